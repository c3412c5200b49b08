"""Footnotes compared per row (issue 12, item 4).

The footnotes of a row are those whose marker sits in one of its paragraphs
(``Footnote.paragraph``). Notes are paired first by identical text (a renumbered marker is
not a change), then in order; what is left is added (right only) or removed (left only).
A pair is diffed word by word with the row's options and the same calendar rule as the
paragraph text ("A/HRC/55/43" → "A/HRC/58/47" is routine, the reverse is not).

Across two languages the wording cannot be compared: a pair is "changed" only when its
document symbols or numbers differ, and is shown whole on each side, without a word diff.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resolution_compare.core.comparison import (
    CompareOptions,
    DiffSegment,
    FootnoteChange,
    FootnoteStatus,
)
from resolution_compare.core.model import Footnote
from resolution_compare.core.tokens import scan
from resolution_compare.core.worddiff import RoutineCheck, word_diff


def notes_of(footnotes: Sequence[Footnote], paragraph_ids: Sequence[str]) -> list[Footnote]:
    """The notes whose marker is in one of ``paragraph_ids``, in document order."""
    ids = set(paragraph_ids)
    return [f for f in footnotes if f.paragraph in ids]


def unattached_notes(
    footnotes: Sequence[Footnote], paragraph_ids: Sequence[str], skip: Sequence[str] = ()
) -> list[Footnote]:
    """The notes on no compared paragraph — on the title or another heading line
    ("HEADER"), on a draft's sponsor list ("SPONSORS"), or not linked at all — in document
    order: compared apart from the rows, so their changes are shown too (QA variants A2).
    Notes whose ``paragraph`` is in ``skip`` are left out."""
    ids = set(paragraph_ids).union(skip)
    return [f for f in footnotes if f.paragraph not in ids]


def _numbers(text: str) -> list[str]:
    return [t.text for t in scan(text) if t.kind in ("symbol", "number")]


def _pairs(
    left: Sequence[Footnote], right: Sequence[Footnote]
) -> list[tuple[Footnote | None, Footnote | None]]:
    pairs: list[tuple[Footnote | None, Footnote | None]] = []
    free_right = list(right)
    rest_left: list[Footnote] = []
    for note in left:
        same = next((r for r in free_right if r.text == note.text), None)
        if same is None:
            rest_left.append(note)
        else:
            free_right.remove(same)
            pairs.append((note, same))
    pairs.extend(zip(rest_left, free_right, strict=False))
    k = min(len(rest_left), len(free_right))
    pairs.extend((note, None) for note in rest_left[k:])
    pairs.extend((None, note) for note in free_right[k:])
    order = {id(n): k for k, n in enumerate(left)}
    order.update({id(n): len(left) + k for k, n in enumerate(right)})
    pairs.sort(key=lambda p: order[id(p[0])] if p[0] is not None else order[id(p[1])])
    return pairs


# A digit glued to a letter or to closing punctuation, or a superscript digit: where a
# marker can be (checked before cutting the text into tokens, which costs more).
_MAYBE_MARKER = re.compile(r"(?:[^\W\d_]|[.,;:)\]”’\"»])\d|[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def orphan_markers(text: str, notes: Sequence[Footnote]) -> list[str]:
    """Footnote markers left in ``text`` whose note text was not found (the parser strips
    the markers of the notes it found)."""
    if not _MAYBE_MARKER.search(text):
        return []
    known = {n.marker for n in notes}
    return [t.text for t in scan(text) if t.kind == "marker" and t.text not in known]


def compare_footnotes(
    left: Sequence[Footnote],
    right: Sequence[Footnote],
    options: CompareOptions,
    is_routine: RoutineCheck | None,
    same_language: bool = True,
    texts: tuple[str, str] = ("", ""),
) -> tuple[FootnoteChange, ...]:
    """The footnotes of one row's two sides, compared (see the module docstring).

    ``texts``: the row's left and right paragraph texts, where a marker without its note
    text shows that the note exists but was lost ("text_missing", not removed/added)."""
    out: list[FootnoteChange] = []
    if not left and not right:
        return ()
    orphans_left = orphan_markers(texts[0], left) if len(right) > len(left) else []
    orphans_right = orphan_markers(texts[1], right) if len(left) > len(right) else []
    for a, b in _pairs(left, right):
        if b is None:
            assert a is not None
            gone = (DiffSegment("-", a.text),)
            if orphans_right:
                out.append(FootnoteChange(a.marker, orphans_right.pop(0), "text_missing", gone))
            else:
                out.append(FootnoteChange(a.marker, None, "removed", gone))
        elif a is None:
            new = (DiffSegment("+", b.text),)
            if orphans_left:
                out.append(FootnoteChange(orphans_left.pop(0), b.marker, "text_missing", new))
            else:
                out.append(FootnoteChange(None, b.marker, "added", new))
        elif not same_language:
            changed = _numbers(a.text) != _numbers(b.text)
            verdict: FootnoteStatus = "changed" if changed else "unchanged"
            diff = (DiffSegment("-", a.text), DiffSegment("+", b.text))
            out.append(FootnoteChange(a.marker, b.marker, verdict, diff))
        else:
            wd = word_diff(a.text, b.text, options, is_routine)
            status: FootnoteStatus = "unchanged" if wd.equal else "changed"
            out.append(FootnoteChange(a.marker, b.marker, status, wd.segments))
    return tuple(out)
