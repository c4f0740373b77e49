"""Podium: a careers story hub generator built on Pelican.

This package is the shared kernel that every pipeline plugin uses (errors,
YAML with line numbers, typed settings) plus the ``podium`` command line.
The pipeline itself lives in the sibling ``podium_*`` plugin packages, one
concern each: read, validate, tag, link, render, cards, index.
"""

__version__ = "0.1.0"
