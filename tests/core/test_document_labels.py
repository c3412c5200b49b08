"""What the window, the terminal and the report call a document's sides and date: two
language versions of one text by their languages (QA D14), a draft by its own date
(QA D17: "adopted ?" for A/C.3/80/L.20)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.document_date import document_date_text, is_draft, long_date
from resolution_compare.core.model import Header, Resolution
from resolution_compare.core.sides import language_roles, language_versions

DATA = Path(__file__).parent.parent / "data"
PDF = DATA / "un-pdf"


def text(language: str, symbol: str | None = None, adopted: str | None = None) -> Resolution:
    return Resolution(
        source=f"{language}.txt", language=language, header=Header(symbol=symbol, adopted=adopted)
    )


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the same symbol in two languages
        (text("en", "A/HRC/RES/44/11"), text("fr", "A/HRC/RES/44/11"), True),
        # symbols that differ: two different texts, whatever their languages
        (text("en", "A/HRC/RES/35/3"), text("fr", "A/HRC/RES/44/11"), False),
        # a plain text without its masthead: the adoption date decides
        (text("en", None, "2020-07-16"), text("fr", "A/HRC/RES/44/11", "2020-07-16"), True),
        (text("en", None, "2017-06-22"), text("fr", None, "2020-07-16"), False),
        # nothing to tell by: not claimed
        (text("en"), text("fr"), False),
        # one language: never a language pair
        (text("en", "A/RES/80/4"), text("en", "A/RES/80/4"), False),
    ],
)
def test_language_versions(left: Resolution, right: Resolution, expected: bool) -> None:
    assert language_versions(left, right) is expected


def test_the_real_language_pair_is_named_by_language() -> None:
    en, fr = rc.load(DATA / "hrc-res-44-11-en.txt"), rc.load(DATA / "hrc-res-44-11-fr.txt")
    assert language_roles(en, fr) == ("English", "French")
    assert language_roles(fr, en) == ("French", "English")
    assert language_roles(rc.load(DATA / "hrc-res-35-3-en.txt"), en) is None


def test_a_draft_is_dated_by_its_own_date() -> None:
    draft = rc.load(PDF / "A_C.3_80_L.20.pdf")
    assert is_draft(draft) and draft.adopted is None
    assert document_date_text(draft) == "draft of 2025-10-22"
    assert document_date_text(draft, long=True) == "draft of 22 October 2025"
    adopted = rc.load(PDF / "A_RES_80_4.pdf")
    assert document_date_text(adopted).startswith("adopted 2025-")
    assert document_date_text(Resolution(source="x.txt", language="en")) == "date unknown"
    report = replace(draft, header=replace(draft.header, kind="other", symbol="A/80/1"))
    assert document_date_text(report) == "issued 2025-10-22"


def test_long_date() -> None:
    assert long_date("2025-10-13") == "13 October 2025"
    assert long_date("2020-07-01") == "1 July 2020"
    assert long_date("not a date") == "not a date"
