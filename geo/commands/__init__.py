"""Sub-commands of ``python -m geo`` (one module each)."""
