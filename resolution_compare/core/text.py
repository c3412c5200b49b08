"""Text normalisation and reflow (the parser work fills this in)."""

from __future__ import annotations
