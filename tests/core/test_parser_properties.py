"""Properties: parse_text never raises; the PDF-extraction layout reads like the blocks."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_compare.core.parser import parse_text

DATA = Path(__file__).parent.parent / "data"
EN_44_11 = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
EN_17_6 = (DATA / "hrc-res-17-6-en.txt").read_text(encoding="utf-8")

# Pieces that steer random text into the parser's interesting branches.
FRAGMENTS = [
    "1.", "2. Decides", "(a)", "(i)", "a)", "∗", "*", "1 ", "[", "]", ",", ";", ":", "\n",
    "\n\n", "  ", "-\n", "\u00ad", "\ufffe", "\x02", "The Human Rights Council,", "Reaffirming",
    "Le Conseil des droits de l’homme,", "27th meeting", "16 July 2020", "44/11.",
    "[Adopted without a vote.]", "A/HRC/RES/44/11", "---\n", "[^1]: ", "25-17552", "2/2",
    "Forty-fourth session", "Agenda item 3", "non-", "In favour:", "solidarity1",
]  # fmt: skip

random_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_text, st.sampled_from([None, "en", "fr", "es", "ru", "ar", "zh"]))
def test_parse_never_raises(text: str, language: str | None) -> None:
    res = parse_text(text, language=language)
    res.to_json()  # the JSON form is always writable


def pdf_layout(text: str, width: int) -> str:
    """Re-wrap blocks like the PDF extraction: indented start, a blank after each line."""
    lines = []
    for block in (b for b in text.split("\n\n") if b.strip()):
        wrapped = textwrap.wrap(block, width=width, break_long_words=False, break_on_hyphens=False)
        lines.append(" " + wrapped[0])
        lines += wrapped[1:]
    return "".join(f"{line} \n\n" for line in lines)


def _same_paragraphs(original: str, width: int) -> None:
    expected = parse_text(original)
    got = parse_text(pdf_layout(original, width))
    assert [p.to_dict() for p in got.paragraphs] == [p.to_dict() for p in expected.paragraphs]
    assert got.footnotes == expected.footnotes
    assert got.vote == expected.vote


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=60, max_value=100))
def test_pdf_layout_gives_the_same_paragraphs_44_11(width: int) -> None:
    _same_paragraphs(EN_44_11, width)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=60, max_value=100))
def test_pdf_layout_gives_the_same_paragraphs_17_6(width: int) -> None:
    # sub-paragraphs (a)–(f) and a page-foot note spliced into PP5
    _same_paragraphs(EN_17_6, width)
