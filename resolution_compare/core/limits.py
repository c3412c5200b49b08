"""Input limits, in one place, each with the message that names it.

A real resolution is small: the longest texts in the corpus are about 11 000 characters,
the longest paragraph under 3 000, the official PDFs a few hundred KB. The limits sit one
to two orders of magnitude above that, low enough that a hostile or mistaken file (a
50 MB log, a 5 MB single line, a zip bomb) is refused in well under a second and with
little memory, instead of hanging the word diff or the window.

Enforced where the data enters:
- the loader registry: :data:`MAX_FILE_BYTES` (before reading) and :func:`check_text`
  (characters, lines, paragraph length, script) on the text of every format;
- after parsing (``workflow.load_resolution``): :func:`check_paragraph_count` and
  :func:`check_paragraph_lengths`;
- the PDF loader: :data:`MAX_PDF_PAGES`, :data:`MAX_PDF_OBJECTS` (and, on Linux, the
  memory and CPU limits of its child process, ``loaders.pdf_guard``);
- the Word loader: :data:`MAX_DOCX_UNCOMPRESSED_BYTES` (declared, then counted as the parts
  inflate), :data:`MAX_DOCX_PARTS` and :data:`MAX_DOCX_XML_BYTES`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import NoReturn

from resolution_compare.core.characters import unify_line_breaks
from resolution_compare.core.errors import InputError

MB = 1024 * 1024

# A 60-page official PDF is about 1 MB; a Word draft with a logo a few MB.
MAX_FILE_BYTES = 40 * MB
# Sum of the declared sizes of the parts of a .docx (the zip is checked before unpacking).
MAX_DOCX_UNCOMPRESSED_BYTES = 100 * MB
MAX_DOCX_PARTS = 5000
# Inflated size of the XML parts of a .docx, which python-docx parses into trees of about
# 15 bytes of memory per byte of XML (measured: 29 MB of document.xml peaked at 449 MB and
# took 4.5 s; 24 MB of markup-heavy runs took 8.6 s on a loaded 2-core machine). A real
# draft's XML is 0.1–3 MB; heavy tracked changes stay under 10 MB.
MAX_DOCX_XML_BYTES = 16 * MB
# The longest resolutions run to 30-40 pages.
MAX_PDF_PAGES = 500
# Page objects (text runs, paths, images) in a whole PDF: the official PDFs have at most
# about 400 a page (161 on average), so 500 full pages stay far below; pdfium takes ~3 µs
# to load one and the rule search ~9 µs to look at one (1 000 000 path objects on one
# page: 9.6 s before).
MAX_PDF_OBJECTS = 400_000
# Whole text after decoding/extraction: about 45 times the longest corpus text and twice
# the longest General Assembly omnibus resolutions (~200 000 characters).
MAX_TEXT_CHARS = 500_000
# Non-empty lines of the text: bounds the parser's work; a 40-page resolution hard-wrapped
# at 80 columns has ~2 000. Measured (issue 17, bench/compare.py; this 2-core machine under
# load, `python -c pass` 44 ms): 2 085 lines (338 kB) parse in 0.16 s, 4 169 in 0.26 s.
MAX_LINES = 5000
# Parsed paragraphs a side: bounds what grows with the rows — alignment, the report (970
# paragraphs a side print on about 150 landscape pages) and the window's memory. Measured
# (issue 17, same machine): 1 000 real paragraphs a side compare in 0.2 s with 5 % edited
# and 2.0 s with every paragraph edited (4 s before issue 17); 2 000 a side in 1.1 s and
# 3.1 s (18 s before). The longest General Assembly resolutions have about 450, so the limit
# keeps twice that with every figure of bench/ within a few seconds. Checked after parsing
# (:func:`check_paragraph_count`).
MAX_PARAGRAPHS = 1000
# Counted per line, and again per parsed paragraph (hard-wrapped lines are joined); the
# longest real paragraph is under 3 000 characters.
MAX_PARAGRAPH_CHARS = 100_000

# Entries of a folder given as input (workflow_history): a series has tens of versions; a
# home or download folder given by mistake has thousands.
MAX_FOLDER_ENTRIES = 1000

# Scripts of the six UN languages (first word of the Unicode character name).
SUPPORTED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "CJK"})
# Below this share of letters in a supported script, the text is refused.
MIN_SUPPORTED_LETTER_SHARE = 0.5
# Letters looked at by the script check (enough to judge, bounded on large texts).
SCRIPT_SAMPLE_LETTERS = 20_000


def _megabytes(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1024:.0f} KB"


def check_file_size(size: int, name: str) -> None:
    """Refuse a file larger than :data:`MAX_FILE_BYTES` before reading it."""
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{name}: the file is {_megabytes(size)}, more than the limit of "
            f"{_megabytes(MAX_FILE_BYTES)} for a resolution"
        )


def check_pdf_pages(pages: int, name: str) -> None:
    if pages > MAX_PDF_PAGES:
        raise InputError(
            f"{name}: the PDF has {pages} pages, more than the limit of {MAX_PDF_PAGES}"
        )


def check_pdf_objects(total: int, name: str) -> int:
    """Refuse a PDF whose pages hold more than :data:`MAX_PDF_OBJECTS`; returns ``total``."""
    if total > MAX_PDF_OBJECTS:
        raise InputError(
            f"{name}: the PDF's pages hold more than {MAX_PDF_OBJECTS:,} drawing objects, "
            "far more than a resolution — damaged or not a text document?"
        )
    return total


def check_docx_unpacked(total_bytes: int, parts: int, name: str) -> None:
    if parts > MAX_DOCX_PARTS:
        raise InputError(
            f"{name}: the .docx has {parts} parts, more than the limit of {MAX_DOCX_PARTS}"
        )
    if total_bytes > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise InputError(
            f"{name}: the .docx would unpack to {_megabytes(total_bytes)}, more than the "
            f"limit of {_megabytes(MAX_DOCX_UNCOMPRESSED_BYTES)}"
        )


def check_docx_xml(total_bytes: int, name: str) -> None:
    """Refuse a .docx whose XML parts inflate past :data:`MAX_DOCX_XML_BYTES`."""
    if total_bytes > MAX_DOCX_XML_BYTES:
        raise InputError(
            f"{name}: the .docx text parts unpack to more than the limit of "
            f"{_megabytes(MAX_DOCX_XML_BYTES)}"
        )


def _script(char: str) -> str | None:
    """First word of the character's Unicode name ("LATIN", "THAI", "CJK"…), None if unnamed."""
    name = unicodedata.name(char, "")
    if not name:
        return None
    word = name.split(" ", 1)[0]
    # Full-width Latin letters ("FULLWIDTH LATIN SMALL LETTER A") occur in Chinese texts.
    if word in ("FULLWIDTH", "HALFWIDTH"):
        return "CJK"
    return word


# Letters are counted a chunk at a time with C-level calls; only the chunk where the sample
# ends is walked character by character.
_SCRIPT_CHUNK = 4096
_ASCII_LETTER = re.compile("[A-Za-z]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def unsupported_script(text: str) -> str | None:
    """Name of the dominant unsupported script ("Thai"), or None when the text is readable.

    Letters only (digits, punctuation and symbols are shared by all scripts), the first
    :data:`SCRIPT_SAMPLE_LETTERS` of them. A text with no letters at all is left to the
    parser. Each distinct letter's script is looked up once per chunk, not once per
    occurrence (the per-character walk was 28 % of a load: issue 17).
    """
    counts: Counter[str] = Counter()
    seen = 0
    for start in range(0, len(text), _SCRIPT_CHUNK):
        chunk = text[start : start + _SCRIPT_CHUNK]
        letters = sum(map(str.isalpha, chunk))
        if seen + letters >= SCRIPT_SAMPLE_LETTERS:
            seen = count_scripts(chunk, counts, seen)
            break
        latin = len(_ASCII_LETTER.findall(chunk))
        if latin:
            counts["LATIN"] += latin
        for char, n in Counter(_NON_ASCII.findall(chunk)).items():
            if char.isalpha():
                counts[_script(char) or "UNKNOWN"] += n
        seen += letters
    return script_verdict(counts, seen)


def script_verdict(counts: Counter[str], seen: int) -> str | None:
    """The dominant unsupported script of ``seen`` letters counted by script, or None."""
    if not seen:
        return None
    supported = sum(n for script, n in counts.items() if script in SUPPORTED_SCRIPTS)
    if supported / seen >= MIN_SUPPORTED_LETTER_SHARE:
        return None
    others = [(n, s) for s, n in counts.items() if s not in SUPPORTED_SCRIPTS]
    return max(others)[1].title()


def count_scripts(chunk: str, counts: Counter[str], seen: int) -> int:
    """Count the letters of ``chunk`` one by one into ``counts`` until the sample is full;
    the letters seen so far."""
    for char in chunk:
        if char.isascii():
            if char.isalpha():
                counts["LATIN"] += 1
                seen += 1
        elif char.isalpha():
            counts[_script(char) or "UNKNOWN"] += 1
            seen += 1
        if seen >= SCRIPT_SAMPLE_LETTERS:
            break
    return seen


def _refuse_paragraph(name: str, length: int | None) -> NoReturn:
    if length is None:
        raise InputError(
            f"{name}: a paragraph is longer than the limit of {MAX_PARAGRAPH_CHARS:,} characters"
        )
    raise InputError(
        f"{name}: a paragraph has {length:,} characters, more than the limit of "
        f"{MAX_PARAGRAPH_CHARS:,}"
    )


def check_paragraph_lengths(lengths: Iterable[int], name: str) -> None:
    """Refuse a parsed resolution with a paragraph over :data:`MAX_PARAGRAPH_CHARS`.

    :func:`check_text` measures lines; hard-wrapped lines (or lines split by U+2028) are
    joined into one paragraph by the parser, so the paragraph is measured again here.
    """
    longest = max(lengths, default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        _refuse_paragraph(name, longest)


def check_paragraph_count(count: int, name: str) -> None:
    """Refuse a parsed resolution with more than :data:`MAX_PARAGRAPHS` paragraphs."""
    if count > MAX_PARAGRAPHS:
        raise InputError(
            f"{name}: {count:,} paragraphs, more than the limit of {MAX_PARAGRAPHS:,} "
            "for a resolution"
        )


def check_text(text: str, name: str) -> None:
    """Refuse a decoded/extracted text that exceeds a limit or is in an unsupported script.

    Counts lines, not paragraphs: the parser decides what a paragraph is (see
    :func:`check_paragraph_count` for the count after parsing).
    """
    if len(text) > MAX_TEXT_CHARS:
        # Not split into lines (millions of short lines cost seconds and memory): when the
        # average line is over the paragraph limit, some line is, and that says more.
        if len(text) / (text.count("\n") + 1) > MAX_PARAGRAPH_CHARS:
            _refuse_paragraph(name, None)
        raise InputError(
            f"{name}: the text has {len(text):,} characters, more than the limit of "
            f"{MAX_TEXT_CHARS:,} for a resolution"
        )
    lines = 0
    longest = 0
    # Split exactly as the parser does (U+2028 and the other separators are line breaks
    # there too), so a paragraph that is one line to the parser is one line here.
    for line in unify_line_breaks(text).split("\n"):
        if line.strip():
            lines += 1
            longest = max(longest, len(line.strip()))
    if lines > MAX_LINES:
        raise InputError(
            f"{name}: the text has {lines:,} lines, more than the limit of {MAX_LINES:,}"
        )
    if longest > MAX_PARAGRAPH_CHARS:
        _refuse_paragraph(name, longest)
    script = unsupported_script(text)
    if script is not None:
        raise InputError(
            f"{name}: text in an unsupported script ({script}); "
            "Resolution Compare reads the six UN languages"
        )
