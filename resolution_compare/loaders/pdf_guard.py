"""Run the PDF engine in a child process with a memory and CPU limit.

pdfium inflates content streams inside C code that Python cannot watch: a 3 MB PDF whose
one page inflates to 800 MB made the whole app peak at 1.7 GB. On Linux the extraction
(:func:`resolution_compare.loaders.pdf.extract_pdf`) therefore runs in a forked child whose
address space is capped at what it already maps plus :data:`PDF_MEMORY_BYTES`, and whose CPU
time is capped at :data:`PDF_CPU_SECONDS`. The child sends back (pickled, through a pipe)
the LoadedText with its page model — at most ``limits.MAX_TEXT_CHARS`` characters of text —
or the one-line message; if it dies instead (pdfium
aborts when an allocation fails) the user is told the PDF needs more memory or time than a
resolution does. The parent's memory never sees the inflated streams.

Fork, not spawn: the child starts with pypdfium2 already loaded (about 5 ms instead of a
new interpreter's 100+), and the frozen app needs no second entry point. The PDF lock is
held across the fork, so no other thread is inside pdfium when the child is made. Elsewhere
(macOS, whose system libraries are unsafe after fork, and Windows, which has no fork) the
extraction runs in process as before, bounded only by the page and text limits.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import pickle
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable

# Imported before any fork, so the child never imports (the import lock may be held by
# another thread at the fork). An ImportError here means a build without PDF support.
import resolution_compare.loaders.pdf as pdf
from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.registry import LoadedText

# Memory the child may add to what it maps at the fork: a 500-page PDF of resolution text
# needs well under 200 MB in pdfium (bench/hostile.py); an 800 MB page content does not
# fit. The app's own resident memory (~250 MB with a comparison open) plus this stays
# under the 1 GB bound.
PDF_MEMORY_BYTES = 512 * limits.MB
# CPU seconds of the child: a 500-page PDF takes a few seconds; pdfium looping on a
# crafted file is stopped here (the parent also stops waiting after PDF_WALL_SECONDS).
PDF_CPU_SECONDS = 30
PDF_WALL_SECONDS = 120
# The answer: the text and the page model, each ≤ MAX_TEXT_CHARS characters (≤ 4 bytes
# each), and warnings.
_MAX_ANSWER_BYTES = 16 * limits.MAX_TEXT_CHARS + (1 << 20)
_STATUS_LINE = "VmSize:"


def worker_available() -> bool:
    """True where the extraction runs in a limited child process (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def _mapped_bytes() -> int:
    """The process's current address-space size (VmSize), 0 if it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(_STATUS_LINE):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _limit_child() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _mapped_bytes() + PDF_MEMORY_BYTES
    cap = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    cpu = PDF_CPU_SECONDS if cpu_hard == resource.RLIM_INFINITY else min(PDF_CPU_SECONDS, cpu_hard)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))


def _child(
    write_fd: int, extract: Callable[[bytes, str], LoadedText], data: bytes, name: str
) -> None:
    """Body of the forked child: never returns."""
    status = 0
    # A child killed by its limits is reported by the parent in one line; a fault handler the
    # host enabled (pytest, python -X faulthandler) would print the child's stack as well.
    faulthandler.disable()
    try:
        _limit_child()
        try:
            answer: tuple[str, object] = ("ok", extract(data, name))  # text and page model
        except InputError as err:
            answer = ("input", str(err))
        except MemoryError:
            answer = ("memory", "")
        payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view) :]
    except BaseException:  # the parent reports a dead child in one line
        status = 1
    finally:
        os._exit(status)


def _read_answer(read_fd: int, pid: int, name: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + PDF_WALL_SECONDS
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([read_fd], [], [], max(left, 0))
        if not ready:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            raise InputError(f"{name}: the PDF takes too long to read — damaged or hostile?")
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > _MAX_ANSWER_BYTES:  # cannot happen with our own child; stay bounded
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            raise InputError(f"{name}: the PDF could not be read")
        chunks.append(chunk)


def _died(name: str, status: int) -> InputError:
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        return InputError(
            f"{name}: the PDF takes more than {PDF_CPU_SECONDS} s of processing to read — "
            "damaged or hostile?"
        )
    return InputError(
        f"{name}: the PDF needs more than {PDF_MEMORY_BYTES // limits.MB} MB of memory to "
        "read (its pages inflate far beyond a resolution's) — damaged or hostile?"
    )


def extract_pdf_guarded(data: bytes, name: str) -> LoadedText:
    """:func:`~resolution_compare.loaders.pdf.extract_pdf` within the memory and CPU limits.

    Raises InputError with a one-line message: the extractor's own, or the limit exceeded.
    """
    if not worker_available():
        return pdf.extract_pdf(data, name)
    read_fd, write_fd = os.pipe()
    # Holding the PDF lock across the fork: no other thread is inside pdfium in the copy.
    with pdf._PDFIUM_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            pdf._PDFIUM_LOCK.release()  # this copy of the lock is the child's own
            _child(write_fd, pdf.extract_pdf, data, name)
    os.close(write_fd)
    try:
        raw = _read_answer(read_fd, pid, name)
    finally:
        os.close(read_fd)
        _, status = os.waitpid(pid, 0)
    try:
        kind, value = pickle.loads(raw) if raw else ("dead", None)
    except Exception:  # a truncated answer means the child died mid-write
        kind, value = "dead", None
    if kind == "ok" and isinstance(value, LoadedText):
        return value
    if kind == "input":
        raise InputError(str(value))
    raise _died(name, status if kind == "dead" else 0)
