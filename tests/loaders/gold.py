"""Test-only: check a parsed official PDF against its gold file (tests/data/un-pdf/gold).

A gold file is what a careful reader sees on the printed pages (see that folder's README).
:func:`differences` returns one line per disagreement, so a failing test names every
field that is wrong, not just the first. Words are compared after folding case,
punctuation and typographic variants; sub-paragraph labels ("(a)") count as words.
The gold's shapes (``sections`` with ``before_op``, one ``annex`` object, ``on`` as
"PP3"/"OP5"/"sponsors"/"annex para 2") are the reader's notation: they are mapped onto
the model here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from resolution_compare.core.model import Paragraph, Resolution

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "un-pdf" / "gold"
PDF_DIR = GOLD_DIR.parent

# Typographic variants that are the same word for a reader.
_VARIANTS = str.maketrans(
    {
        "\u2011": "-",  # non-breaking hyphen
        "\u2010": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def words(text: str | None) -> list[str]:
    """Folded words: case, edge punctuation and typographic variants do not count."""
    if not text:
        return []
    folded = unicodedata.normalize("NFKC", text).translate(_VARIANTS).casefold()
    out = []
    for token in folded.split():
        bare = _EDGE_PUNCTUATION.sub("", token)
        if bare:
            out.append(bare)
    return out


def _same_start(expected: str, text: str) -> bool:
    want = words(expected)
    return words(text)[: len(want)] == want


def _same_end(expected: str, text: str) -> bool:
    want = words(expected)
    got = words(text)
    return len(got) >= len(want) and got[len(got) - len(want) :] == want


def _check_paragraphs(
    label: str, gold: list[dict[str, Any]], got: list[Paragraph], out: list[str]
) -> None:
    for k, (g, p) in enumerate(zip(gold, got, strict=False)):
        name = f"{label}[{k + 1}] {p.id}"
        if not _same_start(g["start"], p.text):
            out.append(f"{name}: starts {' '.join(words(p.text)[:8])!r}, gold {g['start']!r}")
        if not _same_end(g["end"], p.text):
            out.append(f"{name}: ends {' '.join(words(p.text)[-8:])!r}, gold {g['end']!r}")
        labels = [s.label for s in p.subparagraphs]
        if "subparagraphs" in g and labels != g["subparagraphs"]:
            out.append(f"{name}: sub-paragraphs {labels}, gold {g['subparagraphs']}")


def _annex_paragraphs(res: Resolution) -> list[Paragraph]:
    annexes = getattr(res, "annexes", ())
    return list(annexes[0].paragraphs) if annexes else []


def _paragraph_for(on: str, res: Resolution) -> str | None:
    """The id the model gives the paragraph the gold calls ``on``."""
    if on == "sponsors":
        return "SPONSORS"
    own = [p for p in res.paragraphs]
    if on.startswith("annex para "):
        number = int(on.removeprefix("annex para "))
        found = [p for p in _annex_paragraphs(res) if p.number == number]
        return found[0].id if found else f"<annex para {number} missing>"
    kind, number = on[:2], int(on[2:])
    if kind == "PP":
        pps = [p for p in own if p.kind == "preambular"]
        return pps[number - 1].id if number <= len(pps) else f"<{on} missing>"
    ops = [p for p in own if p.kind == "operative" and p.number == number]
    return ops[0].id if ops else f"<{on} missing>"


def _sections(res: Resolution) -> list[tuple[str, str, int | None]]:
    """(label, heading, first operative number) each time the section changes."""
    out: list[tuple[str, str, int | None]] = []
    current = None
    for p in res.paragraphs:
        section = getattr(p, "section", None)
        if p.kind != "operative" or section is None or section == current:
            continue
        current = section
        out.append((section.label, section.heading, p.number))
    return out


def differences(res: Resolution, gold: dict[str, Any]) -> list[str]:
    """Every disagreement between ``res`` and ``gold``, one line each; [] when they agree."""
    out: list[str] = []
    header = res.header
    for field in ("symbol", "body", "session", "agenda_item", "title", "adopted"):
        got = getattr(header, field)
        want = gold[field]
        same = words(got) == words(want) if field == "title" else got == want
        if not same:
            out.append(f"header.{field}: {got!r}, gold {want!r}")
    for field in ("kind", "sponsors", "submitted_by"):
        if field not in gold and field != "submitted_by":
            continue
        got = getattr(header, field, "<no field>")
        want = gold.get(field)
        if isinstance(got, tuple):
            got = list(got)
        if got != want:
            out.append(f"header.{field}: {got!r}, gold {want!r}")

    pps = [p for p in res.paragraphs if p.kind == "preambular"]
    ops = [p for p in res.paragraphs if p.kind == "operative"]
    if len(pps) != len(gold["preambular"]):
        out.append(f"preambular count {len(pps)}, gold {len(gold['preambular'])}")
    _check_paragraphs("PP", gold["preambular"], pps, out)
    numbers = [p.number for p in ops]
    gold_numbers = [o["number"] for o in gold["operative"]]
    if numbers != gold_numbers:
        out.append(f"operative numbers {numbers}, gold {gold_numbers}")
    _check_paragraphs("OP", gold["operative"], ops, out)
    for g, p in zip(gold["operative"], ops, strict=False):
        if g.get("continues_after_subparagraphs") and p.subparagraphs:
            last = p.subparagraphs[-1]
            if _same_end(g["end"], last.text):
                out.append(f"OP{p.number}: the text after the sub-paragraphs is in {last.label}")

    notes = list(res.footnotes)
    for annex in getattr(res, "annexes", ()):
        notes += list(annex.footnotes)
    if len(notes) != len(gold["footnotes"]):
        out.append(f"footnote count {len(notes)}, gold {len(gold['footnotes'])}")
    got_markers = [n.marker for n in notes]
    want_markers = [g["marker"] for g in gold["footnotes"]]
    if got_markers != want_markers:
        out.append(f"footnote markers {got_markers}, gold {want_markers}")
    by_marker = {n.marker: n for n in notes}
    for g in gold["footnotes"]:
        note = by_marker.get(g["marker"])
        if note is None:
            continue
        want_on = _paragraph_for(g["on"], res)
        if note.paragraph != want_on:
            out.append(f"footnote {g['marker']}: on {note.paragraph!r}, gold {g['on']} = {want_on}")
        if not _same_start(g["start"], note.text) or not _same_end(g["end"], note.text):
            out.append(f"footnote {g['marker']}: text {note.text!r}")

    meeting = res.meeting
    got_line = getattr(meeting, "line", None) if meeting else None
    if words(got_line) != words(gold["meeting"]):
        out.append(f"meeting {got_line!r}, gold {gold['meeting']!r}")
    got_date = meeting.date if meeting else None
    if got_date != gold["meeting_date"]:
        out.append(f"meeting date {got_date!r}, gold {gold['meeting_date']!r}")

    want_sections = [
        (s["label"], " ".join(words(s["heading"])), s["before_op"]) for s in gold["sections"]
    ]
    got_sections = [(lb, " ".join(words(h)), n) for lb, h, n in _sections(res)]
    if got_sections != want_sections:
        out.append(f"sections {got_sections}, gold {want_sections}")

    annex = gold.get("annex")
    annexes = getattr(res, "annexes", ())
    if annex:
        if not annexes:
            out.append("annex missing")
        else:
            got_annex = annexes[0]
            if words(got_annex.title) != words(annex["title"]):
                out.append(f"annex title {got_annex.title!r}, gold {annex['title']!r}")
            if len(got_annex.paragraphs) != annex["paragraphs"]:
                out.append(
                    f"annex paragraphs {len(got_annex.paragraphs)}, gold {annex['paragraphs']}"
                )
            items = annex.get("items", [])
            _check_paragraphs("ANNEX", items, list(got_annex.paragraphs), out)
    elif annexes:
        out.append(f"{len(annexes)} annex(es), gold none")

    others = [p for p in res.paragraphs if p.kind == "other"]
    instructions = (gold.get("amendment") or {}).get("instructions", [])
    if instructions and len(others) != len(instructions):
        out.append(f"amendment: {len(others)} unclassified paragraphs, gold {len(instructions)}")
    for instruction in instructions:
        if not any(_same_start(instruction["start"], p.text) for p in others):
            out.append(f"amendment instruction {instruction['text']!r} not a paragraph")
    if gold.get("chapeau") and not any(_same_start(gold["chapeau"], p.text) for p in others):
        out.append(f"chapeau {gold['chapeau']!r} not kept")
    return out
