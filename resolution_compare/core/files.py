"""Reading and writing the app's own files safely: the one atomic writer, the one bounded reader.

Every file the app writes — the report (CLI and app), the history report, settings and the
recent list — goes through :func:`write_atomically`:

- the bytes go to a new temporary file in the target's folder, are flushed to disk, then the
  temporary file is renamed over the target (``os.replace``), so a full disk or a crash leaves
  the old file as it was and never half a file;
- the temporary file is created with mode 0o666, so the kernel applies the user's umask
  (typically 0644) — ``tempfile.mkstemp`` would make it 0600, and that mode would survive the
  rename; an existing target keeps its own mode (and owner, where the OS allows);
- a target that is a link is written through the link (the link stays); a target that exists
  but is not a regular file (a folder, a device such as /dev/null, a pipe, a socket) is
  refused, since the rename would replace it;
- a target that is one of ``inputs`` (the same file, also through links or another hard
  link) is refused: ``report old.txt new.txt -o new.txt`` must not destroy the new text.

Files the app reads back for itself (settings, the recent list) go through
:func:`read_regular_file`: opened without blocking (a FIFO would block forever), only when
regular, never more than ``limit`` bytes (a 1 GB sparse file is not read whole).

Errors are :class:`InputError` with a one-line message naming the file (the CLI exits 2).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from resolution_compare.core.errors import InputError

# Mode of a new file before the umask: what open(..., "w") gives any program.
NEW_FILE_MODE = 0o666

_KIND_OF_FILE = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)


class NotRegularFileError(OSError):
    """The path exists but is a folder, device, pipe or socket (``str`` says which)."""


class FileTooLargeError(OSError):
    """The file is larger than the reader's limit."""


def kind_of(mode: int) -> str:
    """ "a folder", "a device", "a named pipe", "a socket" or "not a regular file"."""
    for test, label in _KIND_OF_FILE:
        if test(mode):
            return label
    return "not a regular file"


def path_for_message(path: Path) -> str:
    """The path as the user gave it (the whole path: "/dev/null", not "null"; two outputs
    with one file name in different folders stay apart), on one line: control and
    line-separator characters would break the message."""
    name = os.fspath(path)
    return "".join("?" if not ch.isprintable() else ch for ch in name)


def output_format(
    output: Path,
    extensions: Mapping[str, str],
    requested: str | None = None,
    what: str = "a file",
) -> str:
    """The format to write ``output`` in: its extension decides — one rule for every writer
    (report, history report, CSV grids, screenshot), on the command line and in the app.

    ``extensions`` maps each accepted extension (lower case, with its dot) to a format, in
    order of preference: ``{".pdf": "pdf", ".html": "html", ".htm": "html"}``; ``requested``
    (``--format``) must agree with it; ``what`` names the content ("a report"). A name
    without an extension ("-o r") is refused, not completed: the command line writes
    exactly the file it was given or none, and a name without an extension says nothing of
    the format (the app's dialog adds the extension before it gets here). Raises InputError
    naming the file: no extension, another extension ("r.docx"), ``requested`` contradicting
    the extension. A target that exists but is not a regular file (``/dev/null``) is named
    as such first, whatever its name.
    """
    output = Path(output)
    name = path_for_message(output)
    with contextlib.suppress(OSError):
        info = os.stat(output)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_not_regular_message(name, info.st_mode))
    suffix = output.suffix.lower()
    # One extension per format ("r.htm" is read as HTML too, but not offered).
    first: dict[str, str] = {}
    for extension, fmt in extensions.items():
        first.setdefault(fmt, extension)
    allowed = " or ".join(first.values())
    by_extension = extensions.get(suffix)
    if not suffix:
        wanted = next((e for e, f in extensions.items() if f == requested), None)
        wanted = wanted or next(iter(extensions))
        raise InputError(f"{name}: {what} is written as {allowed} — name it {name}{wanted}")
    if by_extension is None:
        raise InputError(f"{name}: {what} is written as {allowed}, not {suffix}")
    if requested is not None and requested != by_extension:
        raise InputError(f"{name}: --format {requested} does not match the {suffix} extension")
    return by_extension


def _not_regular_message(name: str, mode: int) -> str:
    return f"{name}: is {kind_of(mode)}, not a regular file — choose a file name to write"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opens with O_NONBLOCK and checks the open descriptor (no race between a check and the
    open: a FIFO swapped in is never read). Raises FileNotFoundError and other OSErrors as
    the OS reports them, :class:`NotRegularFileError` and :class:`FileTooLargeError`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, kind_of(info.st_mode), str(path))
        if info.st_size > limit:
            raise FileTooLargeError(errno.EFBIG, f"larger than {limit} bytes", str(path))
        chunks: list[bytes] = []
        size = 0
        while True:  # read to the end, but never past the limit (a file still growing)
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileTooLargeError(errno.EFBIG, f"larger than {limit} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_output(output: Path, inputs: Iterable[Path] = ()) -> Path:
    """The path to write for ``output`` (links followed), or InputError saying why not.

    Refused: an existing target that is not a regular file, a target that is one of
    ``inputs``, a folder that does not exist.
    """
    output = Path(output)
    name = path_for_message(output)
    target = Path(os.path.realpath(output))  # through links: the link itself stays
    try:
        info: os.stat_result | None = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as err:
        raise InputError(f"{name}: cannot be written ({err.strerror or err})") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise InputError(_not_regular_message(name, info.st_mode))
    if info is not None:
        for source in inputs:
            with contextlib.suppress(OSError):
                if _same_file(info, os.stat(source)):
                    raise InputError(
                        f"{name}: is one of the files being compared — "
                        "choose another name for the output"
                    )
    folder = target.parent
    if not folder.is_dir():
        shown = output.parent if str(output.parent) else Path(".")
        raise InputError(f"{name}: folder {path_for_message(shown)} does not exist")
    return target


def _create_temporary(folder: Path, stem: str) -> tuple[int, Path]:
    """A new file next to the target, opened for writing, mode 0o666 minus the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        temp = folder / f".{stem}.{secrets.token_hex(4)}.part"
        try:
            return os.open(temp, flags, NEW_FILE_MODE), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _keep_mode_and_owner(fd: int, old: os.stat_result | None) -> None:
    if old is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        os.fchmod(fd, stat.S_IMODE(old.st_mode))
    # Root rewriting a user's report hands it back to the user; others cannot chown: fine.
    if hasattr(os, "fchown") and hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.fchown(fd, old.st_uid, old.st_gid)


def write_atomically(
    output: Path, data: bytes, inputs: Iterable[Path] = (), what: str = "the file"
) -> None:
    """Write ``data`` to ``output`` all at once or not at all (see the module docstring).

    ``inputs``: files that must not be overwritten (the files being compared); ``what``
    names the content in messages ("the report"). Raises
    InputError (one line) for a refused target, a missing folder, a full disk or any other
    OS error; the old file is then untouched and no temporary file is left behind.
    """
    output = Path(output)
    name = path_for_message(output)
    target = check_output(output, inputs)
    try:
        old: os.stat_result | None = os.stat(target)
    except OSError:
        old = None
    try:
        fd, temp = _create_temporary(target.parent, target.name)
    except OSError as err:
        shown = output.parent if str(output.parent) else Path(".")
        raise InputError(
            f"{name}: cannot write in folder {path_for_message(shown)} ({err.strerror or err})"
        ) from None
    try:
        _keep_mode_and_owner(fd, old)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(err, OSError):
            raise InputError(f"{name}: cannot write {what} ({err.strerror or err})") from None
        raise
