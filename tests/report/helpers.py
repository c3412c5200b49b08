"""Hand-built comparisons and PDF text extraction for the report tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium

from resolution_compare.core.comparison import (
    Comparison,
    DiffSegment,
    Flag,
    LeadChange,
    Row,
    StateVote,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.core.model import Header, Paragraph, Resolution


def resolution(symbol: str, language: str, texts: dict[str, str], source: str) -> Resolution:
    return Resolution(
        source=source,
        language=language,
        header=Header(
            symbol=symbol, title="Human rights and international solidarity", adopted="2020-07-16"
        ),
        paragraphs=tuple(
            Paragraph(id=pid, kind="operative" if pid.startswith("OP") else "preambular", text=text)
            for pid, text in texts.items()
        ),
    )


def redline_comparison() -> Comparison:
    """A small comparison with one of everything the report must show."""
    rows = (
        # unchanged preambular paragraph
        Row(("PP1",), ("PP1",), "unchanged", (DiffSegment("=", "Recalling its resolution 35/3,"),)),
        # modified: a word inserted, the session ordinal changed (routine)
        Row(
            ("OP2",),
            ("OP2",),
            "modified",
            (
                DiffSegment("=", "Decides to continue its "),
                DiffSegment("+", "deliberately "),
                DiffSegment("=", "consideration at its "),
                DiffSegment("-", "thirty-eighth", routine=True),
                DiffSegment("+", "forty-seventh", routine=True),
                DiffSegment("=", " session;"),
            ),
            similarity=0.9,
        ),
        # renumbered and stronger lead verb, hedge removed
        Row(
            ("OP7",),
            ("OP9",),
            "modified",
            (
                DiffSegment("-", "Encourages"),
                DiffSegment("+", "Urges"),
                DiffSegment("=", " States to cooperate"),
                DiffSegment("-", ", as appropriate,"),
                DiffSegment("=", " with the Independent Expert;"),
            ),
            moved=True,
            similarity=0.8,
            lead=LeadChange("Encourages", "Urges", 2, 4, "stronger"),
            flags=(Flag("hedge_removed", "as appropriate"),),
        ),
        # deleted
        Row(
            ("OP8",), (), "deleted", (DiffSegment("-", "Welcomes the report of the Secretariat;"),)
        ),
        # inserted
        Row((), ("OP10",), "inserted", (DiffSegment("+", "Requests a zeitgeist study;"),)),
        # split into two
        Row(
            ("OP3",),
            ("OP3", "OP4"),
            "split",
            (
                DiffSegment("=", "Calls upon States to act."),
                DiffSegment("+", "\nAlso calls upon donors to act."),
            ),
            similarity=0.6,
        ),
    )
    left = resolution(
        "A/HRC/RES/35/3",
        "en",
        {"PP1": "", "OP2": "", "OP3": "", "OP7": "", "OP8": ""},
        "hrc-res-35-3-en.txt",
    )
    right = resolution(
        "A/HRC/RES/44/11",
        "en",
        {"PP1": "", "OP2": "", "OP3": "", "OP4": "", "OP9": "", "OP10": ""},
        "hrc-res-44-11-en.txt",
    )
    votes = VoteComparison(
        left=VoteTotals("recorded", 30, 15, 2),
        right=VoteTotals("recorded", 31, 14, 2),
        states=(
            StateVote("USA", "no", "yes"),  # changed
            StateVote("FRA", "no", "no"),  # unchanged: must not be listed as a shift
            StateVote("BRA", "yes", "abstain"),  # changed
        ),
    )
    return Comparison(left=left, right=right, rows=rows, votes=votes, summary=Summary())


def long_comparison(paragraphs: int) -> Comparison:
    """A pair of ``paragraphs`` operative paragraphs, every third one modified."""
    rows = []
    for n in range(1, paragraphs + 1):
        base = f"Paragraph number {n} of the resolution, which " + "recalls earlier texts " * 6
        if n % 3:
            rows.append(Row((f"OP{n}",), (f"OP{n}",), "unchanged", (DiffSegment("=", base),)))
        else:
            rows.append(
                Row(
                    (f"OP{n}",),
                    (f"OP{n}",),
                    "modified",
                    (
                        DiffSegment("=", base),
                        DiffSegment("-", "old words"),
                        DiffSegment("+", "new words"),
                    ),
                )
            )
    left = resolution("A/80/L.1", "en", {}, "left.txt")
    right = resolution("A/80/L.1/Rev.1", "en", {}, "right.txt")
    empty = VoteTotals(None, None, None, None)
    return Comparison(
        left=left,
        right=right,
        rows=tuple(rows),
        votes=VoteComparison(empty, empty),
        summary=Summary(),
    )


def clean(text: str) -> str:
    """Extracted text made comparable: NFKC (ligatures, Kangxi radicals), pdfium markers out."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\x02", "").replace("\ufffe", "").replace("\r\n", "\n")


def pdf_pages(path: Path) -> list[str]:
    """The cleaned text of every page of a PDF file."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(clean(textpage.get_text_bounded()))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


def flat(text: str) -> str:
    """Whitespace collapsed, so words wrapped across lines still match."""
    return " ".join(text.split())
