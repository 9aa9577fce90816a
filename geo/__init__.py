"""Layout Atlas library: gazetteer, resolver, boundaries, designation layers, extraction, outputs.

This package never imports streamlit: ``app.py`` is a thin UI over it, and every command-line
command, test and export goes through the same functions.
"""

__version__ = "0.1.0"
