"""File → text. One module per format; the registry picks by content first, suffix second.

Public entry: :func:`load_text`. Loaders return text in the "one paragraph per block"
layout the parser reads (footnote texts at the end, "1 A/HRC/44/44 and Add.1."), so
``parse --json`` gives the same output whatever the input format.
"""

from __future__ import annotations

from resolution_compare.loaders.registry import LoadedText, load_text

__all__ = ["LoadedText", "load_text"]
