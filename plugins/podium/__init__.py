"""Podium: a careers story hub generator built on Pelican.

This package is the shared kernel that every pipeline plugin uses (errors,
YAML with line numbers, typed settings); it imports none of them. The
pipeline itself lives in the sibling ``podium_*`` plugin packages, one
concern each (``podium.pipeline.STEPS``: read, validate, tag, link, render,
images, cards, index, cms), and the ``podium`` command line in ``podium_cli``.
"""

__version__ = "0.1.0"
