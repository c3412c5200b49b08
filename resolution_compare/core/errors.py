"""The one exception type that carries a message meant for the user."""

from __future__ import annotations


class InputError(Exception):
    """A file or text that cannot be read or compared.

    ``str(error)`` is a complete, single-line sentence fit for a dialog or for stderr,
    e.g. "hrc.pdf: no text layer — scanned document?". No traceback is ever shown for it.
    """
