"""What the report and the terminal claim (QA D3, D15, D16), on real texts.

- The later text on the left: the report names the sides Left/Right — its vote lines too —
  and says that the left text is the later one; the terminal the same.
- A footnote whose text one file lost is printed plain, not as an added footnote.
- A negated head verb is listed with the operative language.
"""

from __future__ import annotations

from pathlib import Path

import resolution_compare as rc
from resolution_compare.console_compare import format_comparison
from resolution_compare.core.parser import parse_text
from resolution_compare.report.html import render_html

DATA = Path(__file__).resolve().parent.parent / "data"
HRC_26_6 = DATA / "hrc-res-26-6-en.txt"
HRC_35_3 = DATA / "hrc-res-35-3-en.txt"
HRC_44_11 = DATA / "hrc-res-44-11-en.txt"


def test_the_later_text_on_the_left_is_never_called_earlier() -> None:
    # 44/11 (2020-07-16) on the left, 35/3 (2017-06-22) on the right (QA D3).
    result = rc.compare(rc.load(HRC_44_11), rc.load(HRC_35_3))
    warning = (
        "the left text (2020-07-16) is later than the right (2017-06-22): changes read "
        "from left to right — swap the sides to read them in date order"
    )
    assert result.warnings[0] == warning
    assert result.to_dict()["warnings"][0] == warning
    page = render_html(result)
    assert "Left version" in page and "Right version" in page
    assert "Earlier" not in page and "Later version" not in page and "earlier:" not in page
    assert "<b>Vote:</b> left: recorded vote: 31 in favour" in page
    assert "right: recorded vote: 32 in favour" in page
    assert "Left vote" in page and "Right vote" in page
    assert "is later than the right" in page
    text = format_comparison(result)
    assert f"note: {warning}" in text
    assert "Only in the left vote" in text and "earlier vote" not in text


def test_in_date_order_the_sides_stay_earlier_and_later() -> None:
    result = rc.compare(rc.load(HRC_35_3), rc.load(HRC_44_11))
    assert not any("is later than" in w for w in result.warnings)
    page = render_html(result)
    assert "Earlier version" in page and "<b>Vote:</b> earlier: recorded vote: 32" in page
    assert "Only in the earlier vote" in format_comparison(result)


def test_a_footnote_whose_text_is_missing_is_printed_plain() -> None:
    # 26/6 → 35/3 OP5 → OP8: the left file kept marker "1" without the note's text (QA D16).
    result = rc.compare(rc.load(HRC_26_6), rc.load(HRC_35_3))
    page = render_html(result)
    assert '<span class="ins">A/HRC/35/35.</span>' not in page
    assert "<sup>2</sup> A/HRC/35/35.</span>" in page
    assert "<sup>1</sup> <i>footnote text not found in this file</i>" in page
    text = format_comparison(result)
    assert "footnote 1 → 2 text not found in the left file (marker kept): A/HRC/35/35." in text
    assert "{+A/HRC/35/35.+}" not in text


def test_a_negated_head_verb_is_listed_with_the_operative_language() -> None:
    text = HRC_44_11.read_text(encoding="utf-8")
    renewal = "Decides to extend the mandate of the Independent Expert"
    left = parse_text(text, "a.txt", "en")
    right = parse_text(text.replace(renewal, renewal.replace("to", "not to", 1)), "b.txt", "en")
    page = render_html(rc.compare(left, right))
    assert "<b>Operative language:</b> 1 negation." in page
    assert "⚑ negation added OP10: “not”" in page
