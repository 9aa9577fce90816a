"""Command line: ``python -m geo COMMAND ...``.

Each command lives in its own module under :mod:`geo.commands` exposing ``add_parser(subparsers)``
(which registers the sub-command and sets ``func``). Errors deriving from
:class:`geo.errors.AtlasError` (and OSError/UnicodeError from user files) are printed as one line
on stderr with a non-zero exit; ``--debug`` re-raises to show the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from geo.errors import AtlasError

COMMANDS = ("resolve", "boundary", "build", "assets", "export", "extract", "briefing")


def build_parser() -> argparse.ArgumentParser:
    """Parser with every sub-command whose module is present."""
    parser = argparse.ArgumentParser(prog="python -m geo", description="Layout Atlas command line")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"geo.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"geo.commands.{name}":
                continue
            raise
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (AtlasError, OSError, UnicodeError, ValueError) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: a bug must still not show a user a traceback
        if args.debug:
            raise
        print(f"error: internal error ({type(exc).__name__}: {exc}); run with --debug for details", file=sys.stderr)
        return 3
