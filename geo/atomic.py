"""Atomic file writes: write a temporary file beside the target, then ``os.replace`` it into place.

Why: a reviewed layer or an export that is half-written (crash, full disk, Ctrl-C) is worse than no file at
all — a reader would load a truncated YAML or a GeoPackage with missing rows without noticing. Writing
beside the target (same directory, hence same filesystem) makes ``os.replace`` an atomic rename, so
readers see either the old file or the complete new one. Optionally the previous version is kept as
``NAME.bak`` (for hand-reviewed layers, where an accidental overwrite loses human work).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`atomic_path` keeps the previous version (``layer.yaml`` -> ``layer.yaml.bak``)."""
    target = Path(path)
    return target.with_name(target.name + ".bak")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success move it over ``path``.

    The temporary name keeps the target's suffix so that writers choosing a format by extension (GDAL)
    behave the same. If the body raises, the temporary file is removed and ``path`` is untouched.
    With ``backup=True`` an existing ``path`` is first copied to :func:`backup_path`.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as GDAL refuse to create over an existing (empty) file
    try:
        yield tmp
        if not tmp.exists():
            msg = f"nothing was written to {target}"
            raise OSError(msg)
        if backup and target.exists():
            shutil.copy2(target, backup_path(target))
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False, bom: bool = False) -> Path:
    """Write ``text`` as UTF-8 (optionally with a BOM) atomically; returns the target path."""
    target = Path(path)
    with atomic_path(target, backup=backup) as tmp:
        tmp.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    return target


def write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> Path:
    """Write ``data`` atomically; returns the target path."""
    target = Path(path)
    with atomic_path(target, backup=backup) as tmp:
        tmp.write_bytes(data)
    return target


@contextlib.contextmanager
def atomic_files(directory: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary directory inside ``directory``; on success move every file in it into ``directory``.

    For multi-file formats (a shapefile is .shp/.shx/.dbf/.prj/.cpg): each file lands atomically and only
    after all of them were written, so a failed export leaves the previous files untouched.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".export.", dir=target))
    try:
        yield tmp
        for item in sorted(tmp.iterdir()):
            os.replace(item, target / item.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
