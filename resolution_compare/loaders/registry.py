"""Pick a loader by the file's content (magic bytes) first, its suffix second.

A file is read whole (after a size check) and sniffed: "%PDF-" → PDF, a zip holding
word/document.xml → Word, other known binary signatures → a one-line refusal saying what
the file is. A file whose content does not match its name is read by its content with a
note (a PDF saved as .txt), or refused with a message saying so (text saved as .pdf).
Every text that comes out is cleaned by
:func:`resolution_compare.core.characters.clean_loaded_text` (line separators, ligatures,
control characters) and passes :func:`resolution_compare.core.limits.check_text`.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from resolution_compare.core import limits
from resolution_compare.core.characters import clean_document, clean_loaded_text
from resolution_compare.core.errors import InputError
from resolution_compare.core.printed import PrintedDocument


@dataclass(frozen=True)
class LoadedText:
    """Text extracted from a file, plus what the parser should know about it."""

    text: str
    format: str  # "txt", "pdf", "docx"
    warnings: tuple[str, ...] = ()
    # The page model, for loaders that see printed pages (PDF): the parser reads it instead
    # of ``text`` so that furniture and footnote markers are never guessed from text.
    document: PrintedDocument | None = None


# A file name may hold a newline (legal on Linux and macOS): messages must stay one line.
# Bidi embeddings, overrides and isolates would reorder what the user reads around them.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
# Leading bytes of files delegates may drop by mistake, and what to say about them.
_NOT_A_DOCUMENT = "not a text document"
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", f"is an image (PNG), {_NOT_A_DOCUMENT}"),
    (b"\xff\xd8\xff", f"is an image (JPEG), {_NOT_A_DOCUMENT}"),
    (b"GIF87a", f"is an image (GIF), {_NOT_A_DOCUMENT}"),
    (b"GIF89a", f"is an image (GIF), {_NOT_A_DOCUMENT}"),
    (b"II*\x00", f"is an image (TIFF), {_NOT_A_DOCUMENT}"),
    (b"MM\x00*", f"is an image (TIFF), {_NOT_A_DOCUMENT}"),
    (b"\x1f\x8b", f"is a compressed (gzip) file, {_NOT_A_DOCUMENT}"),
    (b"7z\xbc\xaf\x27\x1c", f"is a compressed (7z) archive, {_NOT_A_DOCUMENT}"),
    (b"Rar!\x1a\x07", f"is a compressed (RAR) archive, {_NOT_A_DOCUMENT}"),
    (b"\x7fELF", f"is a program, {_NOT_A_DOCUMENT}"),
    (b"{\\rtf", "is a Rich Text (.rtf) file — save it as .docx and try again"),
)
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
_SUFFIX_FORMAT = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx"}
_NOT_WHAT_IT_SAYS = {
    "pdf": "is not a PDF (the content does not start with %PDF-) — damaged or misnamed?",
    "docx": "is not a valid Word .docx file (not a zip archive) — damaged or misnamed?",
}
_FORMAT_LABEL = {"pdf": "a PDF", "docx": "a Word .docx file", "txt": "a text file"}


def display_name(path: Path) -> str:
    """The file name for messages and reports, on one line: control, line-separator and
    bidi-control characters as "?"."""
    name = path.name or os.fspath(path)
    return _UNPRINTABLE.sub("?", name)


def _unreadable(exc: OSError, name: str) -> InputError:
    """The one-line message for an OS error met while reaching or reading a file."""
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{name}: file not found (moved or deleted?)")
    if isinstance(exc, PermissionError):
        return InputError(f"{name}: permission denied — the file cannot be read")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{name}: is a folder, not a file")
    return InputError(f"{name}: cannot be read ({exc.strerror or exc})")


def _read(path: Path, name: str) -> bytes:
    """The file's bytes, or an InputError saying why they cannot be had."""
    try:
        info = path.stat()
    except OSError as exc:
        raise _unreadable(exc, name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero never end
        raise InputError(f"{name}: is not a regular file")
    limits.check_file_size(info.st_size, name)
    try:
        with path.open("rb") as handle:
            # One byte past the limit tells a file that grew after stat().
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _unreadable(exc, name) from None
    limits.check_file_size(len(data), name)
    return data


def _zip_kind(data: bytes, name: str) -> str:
    """ "docx" for a Word package; InputError for any other or a damaged zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise InputError(f"{name}: a damaged zip archive, not a readable Word document") from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        raise InputError(
            f"{name}: an OpenDocument file, not a Word document — save it as .docx and try again"
        )
    raise InputError(f"{name}: a zip archive, not a Word document")


# Stream names in an OLE compound file's directory (UTF-16LE): what the container holds.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # an encrypted .docx/.xlsx/.pptx


def _ole_kind(data: bytes) -> str:
    """What an OLE compound file is, for the message (MS-OFFCRYPTO, MS-DOC stream names)."""
    if _ENCRYPTED_PACKAGE in data:
        return (
            "the Word file is password-protected (encrypted) — open it in Word, remove the "
            "password (File ▸ Info ▸ Protect Document) and save it again"
        )
    # A .doc holds a "WordDocument" stream; other OLE files (.xls, .msg) are rarer drops.
    return "legacy Word .doc — save it as .docx and try again"


def sniff(data: bytes, name: str) -> str:
    """The format by content: "pdf", "docx" or "txt"; InputError for known non-documents."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\n\r\x0c ").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_ZIP):
        return _zip_kind(data, name)
    if head.startswith(_OLE):
        raise InputError(f"{name}: {_ole_kind(data)}")
    for signature, message in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"{name}: {message}")
    return "txt"


def _extract(fmt: str, data: bytes, name: str) -> LoadedText:
    if fmt == "txt":
        from resolution_compare.loaders import txt

        text, warnings = txt.decode_text_with_warnings(data, name)
        return LoadedText(text=text, format="txt", warnings=warnings)
    label = "PDF" if fmt == "pdf" else "Word .docx"
    try:
        if fmt == "pdf":  # in a child process with memory and CPU limits (pdf_guard)
            import resolution_compare.loaders.pdf  # noqa: F401 - ImportError: no PDF support
            from resolution_compare.loaders.pdf_guard import extract_pdf_guarded as extract
        else:
            from resolution_compare.loaders.docx import extract_docx as extract
    except (ImportError, AttributeError):
        raise InputError(f"{name}: {label} support is not available in this installation") from None
    return extract(data, name)


def load_text(path: Path) -> LoadedText:
    """Read ``path`` and return its text; raise InputError with a one-line user message."""
    path = Path(path)
    name = display_name(path)
    data = _read(path, name)
    try:
        fmt = sniff(data, name)
        suffix = path.suffix.lower()
        claimed = _SUFFIX_FORMAT.get(suffix, "txt" if suffix in _TEXT_SUFFIXES else None)
        note: tuple[str, ...] = ()
        if claimed is not None and claimed != fmt:
            if fmt == "txt":  # a text named .pdf/.docx is most likely a broken download
                raise InputError(f"{name}: {_NOT_WHAT_IT_SAYS[claimed]}")
            note = (f"the file is named {suffix} but is {_FORMAT_LABEL[fmt]}; it was read as such",)
        loaded = _extract(fmt, data, name)
        # Every format, one place: line breaks, ligatures, control characters (for a PDF in
        # its page model, which the parser reads, and the text made from it).
        if loaded.document is not None:
            document, cleaned = clean_document(loaded.document)
            text = document.plain_text()
        else:
            document = None
            text, cleaned = clean_loaded_text(loaded.text)
        loaded = LoadedText(text, loaded.format, (*loaded.warnings, *cleaned), document)
        limits.check_text(loaded.text, name)
    except MemoryError:
        raise InputError(f"{name}: too large to read with the memory available") from None
    if note:
        loaded = LoadedText(loaded.text, loaded.format, (*note, *loaded.warnings), loaded.document)
    return loaded
