"""Text normalisation and reflow: any extraction layout → one block per paragraph.

Three layouts are read (tests/data holds a real example of each):

* double-spaced PDF extraction (hrc-res-44-11-fr.txt): a blank line after every physical
  line, a paragraph starts on an indented line; a page join is a line indented twice with
  no blank line before it, so it is a paragraph start too. Only indentation decides.
* blocks (hrc-res-*-en.txt, the cleaned GA extraction): blank lines separate paragraphs.
* wrapped lines (pdftotext, the raw GA extraction): lines broken every ~90 characters,
  with or without blank lines; a paragraph also starts at "1.", "1.决定", "1 - " (Arabic),
  "(a)", "[" or a lexicon opener after a line that ends a clause (full-width "，；。" and
  Arabic "،؛" end clauses too). A number alone on its line ("1.") joins the next line.
  Lines of a script written without spaces (Chinese) are joined without a space.

Words broken at a line end are rejoined: "ré-\\nsolutions" → "résolutions", but the hyphen
stays when the hyphenated word is attested elsewhere in the text or its first part is a
known compound prefix ("non-\\ngovernmental" → "non-governmental"). The same prefix rule
repairs the stray space the EN corpus keeps inside such compounds ("non- governmental" →
"non-governmental"): it is the trace of a line-end hyphen, not wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from resolution_compare.core.characters import unify_line_breaks
from resolution_compare.core.script import is_unspaced, phrase_keys, prefix_end, strip_marks

# Characters some PDF extractors leave where a word was hyphenated or a glyph was lost.
_INVISIBLE_BREAKS = re.compile("[\u00ad\ufffe\x02]\\s*\\n\\s*")
_INVISIBLE = re.compile("[\u00ad\ufffe\ufeff\x02\u200b]")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.DOTALL)
_NUMBER_ALONE = re.compile(r"^(?:\d{1,3}|(?:S-)?\d{1,3}\s*/\s*\d{1,4})\.$|^\d{1,3}\s?[-–]$")
# The title line "55/5. Mandate …" (the period tells it from "64/6 of 28 October").
_TITLE_NUMBER = re.compile(r"^(?:S-)?\d{1,3}\s*/\s*\d{1,4}\.(?:\s|$)")
# "1. Decides", "1.决定" (no space in Chinese), "1.Expresses" (tab lost), Arabic "1 - يحث"
# and "١ - " (\d is any decimal digit).
# The dash form needs a letter after it: "2 – 4 December" in a wrapped line is a date range.
_NUMBERED = re.compile(r"^\d{1,3}(?:\.(?:\s|$|(?=[^\W\d_]))|\s?[-–]\s+(?=[^\W\d_]))")
_LABELLED = re.compile(r"^\(?(?:[a-z]{1,2}|[ivxl]{1,6})\)\s")
_FOOTNOTE_LIKE = re.compile(r"^(?:\d{1,2}|[∗*]{1,3})\s+\S")
# ASCII, Arabic (، ؛ ؟) and full-width (，；：。！？) clause and sentence ends.
_CLAUSE_END = re.compile(r"[,;:.،؛，；：。]\s*$")
_PARAGRAPH_END = re.compile(r"[,;:.!?»”\")\]،؛؟，；：。！？」』）]\s*$")
_FULL_WIDTH_PUNCTUATION = "，；：。！？、（）「」『』《》"
# Runs of plain spaces and tabs collapse; no-break spaces (U+00A0, U+202F before French
# ";:!?") are kept: they are typography the comparison ignores by default and shows under
# --strict-typography.
_SPACES = re.compile(r"[ \t]+")
# (?<!\w): the word is matched from its start only (from inside a long word every start
# would rescan it: quadratic).
_HYPHEN_END = re.compile(r"(?<!\w)(\w+)-$")
_HEAD_WORD = re.compile(r"^(\w+)")


def normalize(text: str) -> str:
    """NFC, LF line ends, no YAML front matter, no invisible extraction markers."""
    text = unify_line_breaks(unicodedata.normalize("NFC", text))
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _INVISIBLE_BREAKS.sub("", text)
    return _INVISIBLE.sub("", text)


def is_double_spaced(lines: Sequence[str]) -> bool:
    """True for the layout with a blank line after (almost) every physical line."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 6:
        return False
    followed_by_blank = sum(1 for i in filled if i + 1 < len(lines) and not lines[i + 1].strip())
    # One-paragraph-per-block text is blank-line separated too; there no line is indented.
    indented = sum(1 for i in filled if lines[i][:1].isspace())
    return followed_by_blank >= 0.7 * len(filled) and 2 <= indented <= 0.6 * len(filled)


def _compile(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


def _starts_with_opener(line: str, opener_keys: Sequence[str]) -> bool:
    return prefix_end(unify_apostrophes(line), opener_keys) is not None


# One kind of apostrophe for matching; same length in and out, so match offsets still hold.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_APOSTROPHE_KINDS = ("’", "‘", "ʼ")  # the keys of APOSTROPHES
_ANY_SPACE = re.compile(r"\s+")


def unify_apostrophes(text: str) -> str:
    """``text`` with ’ ‘ ʼ written ' (same length). A replace per kind, each a C scan that
    skips text without it: ``translate`` looks every character up in a dict (35 ms on a
    330 kB text against 0.04 ms; it ran over whole texts in the closing-block search)."""
    for apostrophe in _APOSTROPHE_KINDS:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


def fold_phrase(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces, no Arabic vowel marks: the form
    lexicon tables are written in."""
    return _ANY_SPACE.sub(" ", strip_marks(unify_apostrophes(text)).casefold()).strip()


def fold(text: str) -> str:
    """Lower case with unified apostrophes, same length as ``text`` (for prefix matching)."""
    text = text.replace("’", "'")
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    out = []
    for char in text:
        low = char.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out)


def _join_two(left: str, right: str, attested: str, prefixes: frozenset[str]) -> str:
    broken = _HYPHEN_END.search(left) if left.endswith("-") else None
    if broken and right[:1].islower():
        head = _HEAD_WORD.match(right)
        first, rest = broken.group(1), head.group(1) if head else ""
        hyphenated = f"{first}-{rest}"
        if fold(first) in prefixes or fold(hyphenated) in attested:
            return left + right
        return left[:-1] + right
    if is_unspaced(left[-1:]) or is_unspaced(right[:1]) or left[-1:] in _FULL_WIDTH_PUNCTUATION:
        # Chinese is written without spaces: a line break inside it is not a word break.
        return left + right
    return f"{left} {right}"


def _attested_hyphenated(text: str) -> str:
    """Words printed with a hyphen inside a line, folded, as one searchable string."""
    # \b: start only at a word's start; from inside a 99 000-letter word each start would
    # rescan the rest of the word (quadratic, 12 s a parse).
    return " " + " ".join(fold(w) for w in re.findall(r"\b\w+-\w+", text)) + " "


def join_lines(lines: Sequence[str], attested: str, prefixes: frozenset[str]) -> str:
    out = ""
    for raw in lines:
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            continue
        out = line if not out else _join_two(out, line, attested, prefixes)
    return out


def repair_split_compounds(text: str, prefixes: frozenset[str]) -> str:
    """ "non- governmental" → "non-governmental" for known compound prefixes only."""
    if not prefixes:
        return text

    def repair(match: re.Match[str]) -> str:
        return match.group(1) + "-" if fold(match.group(1)) in prefixes else match.group(0)

    # "low- and middle-income": a suspended hyphen before a conjunction stays as printed.
    return re.sub(r"\b(\w+)- (?!(?:and|or|to|et|ou|y|o|e)\b)(?=[a-zà-ÿ])", repair, text)


def reflow(
    text: str,
    *,
    artefacts: Sequence[str] = (),
    openers: Sequence[str] = (),
    hyphen_prefixes: Iterable[str] = (),
    own_lines: Sequence[str] = (),
) -> list[str]:
    """Paragraph blocks of ``text`` (already normalised), in order, one string each.

    ``artefacts``: regexes of whole lines to drop (mastheads, job numbers, separators);
    ``openers``: lead phrases that start a paragraph in the wrapped layout;
    ``own_lines``: regexes of lines that stand alone in the wrapped layout (organ line).
    """
    prefixes = frozenset(fold(p) for p in hyphen_prefixes)
    opener_keys = phrase_keys([unify_apostrophes(o) for o in openers])
    attested = _attested_hyphenated(text)
    lines = drop_running_headers(text.split("\n"))
    drop = _compile(artefacts)
    alone = _compile(own_lines)
    lines = ["" if any(p.match(line.strip()) for p in drop) else line for line in lines]
    double = is_double_spaced(lines)
    paragraphs: list[list[str]] = []
    previous_blank = True
    glue_next = after_own_line = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        if double:
            start = line[:1].isspace()
        else:
            start = previous_blank or bool(_NUMBERED.match(stripped) or _LABELLED.match(stripped))
            own_line = any(p.match(stripped) for p in alone)
            start = start or stripped.startswith("[") or own_line or after_own_line
            start = start or bool(_TITLE_NUMBER.match(stripped))
            after_own_line = own_line
            if not start and paragraphs and _CLAUSE_END.search(paragraphs[-1][-1]):
                start = _starts_with_opener(stripped, opener_keys)
        if not paragraphs:
            start = True
        elif glue_next:  # "1." alone on its line: the text follows on the next line
            start = False
        if start:
            paragraphs.append([stripped])
        else:
            paragraphs[-1].append(stripped)
        glue_next = bool(_NUMBER_ALONE.match(stripped))
        previous_blank = False
    blocks = [join_lines(p, attested, prefixes) for p in paragraphs]
    return [repair_split_compounds(b, prefixes) for b in blocks if b]


_SYMBOL_LINE = re.compile(r"^A/(?:HRC/)?RES/[\w./-]+\s*$")
_PAGE_LINE = re.compile(r"^(?:\d{2}-\d{5}\b.*|\d+/\d+|GE\.\d{2}-\d{5}.*)$")
_RUNNING_HEADER_SPAN = 6


def drop_running_headers(lines: list[str]) -> list[str]:
    """Remove page running headers: a symbol line, short title lines, job no. and page.

    The masthead (the first symbol line) is kept for the header reader.
    """
    out: list[str] = []
    seen_symbol = False
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if _SYMBOL_LINE.match(stripped):
            if not seen_symbol:
                seen_symbol = True
                out.append(lines[i])
                i += 1
                continue
            window = [w.strip() for w in lines[i + 1 : i + 1 + _RUNNING_HEADER_SPAN]]
            last_page = max((k for k, w in enumerate(window) if _PAGE_LINE.match(w)), default=None)
            i += 1 + (last_page + 1 if last_page is not None else 0)
            continue
        out.append(lines[i])
        i += 1
    return out


def merge_broken_blocks(blocks: Sequence[str], hyphen_prefixes: Iterable[str] = ()) -> list[str]:
    """Join a block cut at a page break to the block that continues it.

    A block continues the previous one when the previous one ends without clause
    punctuation and this one starts in lower case or with a bare number ("1996, 52/10 …").
    A paragraph cut at a page break whose continuation starts a new paragraph ("…the
    Charter of the" / "Recalling that …") is left as printed.
    """
    prefixes = frozenset(fold(p) for p in hyphen_prefixes)
    out: list[str] = []
    for block in blocks:
        continues = (
            out
            and not _PARAGRAPH_END.search(out[-1])
            and (
                block[:1].islower()
                or (
                    block[:1].isdigit()
                    and not _NUMBERED.match(block)
                    and not _FOOTNOTE_LIKE.match(block)
                )
            )
        )
        if continues:
            out[-1] = _join_two(out[-1], block, "", prefixes)
        else:
            out.append(block)
    return out
