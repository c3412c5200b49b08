"""What reaches a terminal: no control or bidi-override characters from files or file names.

A text or a file name may carry characters a terminal obeys instead of showing: ESC
sequences (move the cursor, retitle the window, hide text), BEL, a carriage return that
overwrites the start of the line, C1 controls, and the bidi embeddings, overrides and
isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown — "Trojan Source" for
resolutions: a delegate would read a change that is not there. When stdout or stderr is a
terminal, the CLI writes through :class:`TerminalStream`, which shows each such character
as ``<U+XXXX>``; the colour sequences the CLI itself writes (SGR, ``ESC[…m``) pass.
Output to a file or a pipe (``--json > out.json``) is left exact.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# Our own colours: ESC [ digits/semicolons m (console_compare uses a handful of them).
_SGR = r"\x1b\[[0-9;]{0,16}m"
_UNSAFE_CHARS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
_UNSAFE = re.compile(_UNSAFE_CHARS)
_UNSAFE_OR_SGR = re.compile(f"{_SGR}|{_UNSAFE_CHARS}")


def _shown(char: str) -> str:
    return f"<U+{ord(char):04X}>"


def for_terminal(text: str, keep_colours: bool = False) -> str:
    """``text`` with control and bidi-control characters shown as ``<U+XXXX>``.

    Tab and newline stay. ``keep_colours``: let SGR colour sequences through (the CLI's
    own; texts never hold ESC after loading, see :mod:`resolution_compare.core.characters`).
    """
    if keep_colours:

        def replace(match: re.Match[str]) -> str:
            found = match.group(0)
            return found if len(found) > 1 else _shown(found)

        return _UNSAFE_OR_SGR.sub(replace, text)
    return _UNSAFE.sub(lambda match: _shown(match.group(0)), text)


class TerminalStream:
    """A text stream wrapper that passes everything written through :func:`for_terminal`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(for_terminal(text, keep_colours=True))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class OutputWriteError(OSError):
    """Standard output could not take what a command printed (a full disk, a device that
    refuses writes: ``compare … > /dev/full``); ``str`` is the one-line message."""


class GuardedOutput:
    """Standard output as the commands write to it: an OS error while writing or flushing
    becomes :class:`OutputWriteError` (the CLI: one line, exit 2) instead of an "internal
    error"; a closed pipe stays BrokenPipeError (``| head`` is not an error)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _failed(self, exc: OSError) -> OutputWriteError:
        return OutputWriteError(f"cannot write the output ({exc.strerror or exc})")

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
