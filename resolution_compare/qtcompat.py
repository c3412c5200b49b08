"""Work around PySide6 6.12 dropping a reference to None on CPython 3.11.

Shared by everything that calls Qt (the window, the PDF report, the tests): call
:func:`keep_none_alive` once before the first Qt call of the process.

Measured here (PySide6 6.12.0, CPython 3.11.7): every Qt method that returns None —
``QObject.setObjectName``, ``QPainter.fillRect``, ``QTextDocument.setHtml``, ``parent()``
when there is none — lowers ``sys.getrefcount(None)`` by one. None starts with a few
thousand references, so after a few thousand such calls (one second of scrolling) CPython
aborts with "Fatal Python error: none_dealloc". From Python 3.12 on None is immortal
(PEP 683) and the bug is harmless; that is what this module imitates on 3.11: it raises
None's reference count by 2**40 once, so the dropped references never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def keep_none_alive() -> bool:
    """Apply the work-around where it is needed; True when None's count was raised."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if hasattr(sys, "gettotalrefcount"):
        # Debug builds put extra fields before ob_refcnt; do not guess the layout.
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value >= _HEADROOM:
        return False
    refcount.value += _HEADROOM
    return True
