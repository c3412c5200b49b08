"""Structure real texts have: parts, sections, decisions, text after sub-paragraphs, kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.masthead import kind_of_symbol, split_sponsors
from resolution_compare.core.parser import parse_document, parse_text
from resolution_compare.core.printed import NoteRef, NoteText, PrintedDocument, TextBlock

DATA = Path(__file__).resolve().parents[1] / "data"


def test_multi_part_resolution_numbers_each_part_from_one() -> None:
    # A constructed GA text in two parts, each with its organ line and meeting line.
    res = parse_text((DATA / "constructed" / "constructed-en-two-parts.txt").read_text())
    assert [p.id for p in res.paragraphs] == [
        "A.PP1", "A.OP1", "A.OP2", "B.PP1", "B.OP1", "B.OP2",
    ]  # fmt: skip
    assert {p.part for p in res.paragraphs} == {"A", "B"}
    assert res.header.title == "Questions relating to information"
    assert res.meeting is not None and res.meeting.number == 50
    assert not any("plenary meeting" in p.text for p in res.paragraphs)


TEXT_WITH_SECTIONS = """The General Assembly,

Recalling its resolutions,

1. Welcomes the report;

I

Calendar of conferences and meetings

2. Approves the calendar;

3. Reiterates its request that the Secretary-General:

(a) Direct all departments;

(b) Ensure compliance;

and its request that all documents include conclusions in bold print;

II. Utilization of conference-servicing resources

4. Reaffirms the practice.
"""


def test_headed_sections_and_text_after_sub_paragraphs() -> None:
    res = parse_text(TEXT_WITH_SECTIONS)
    sections = {p.id: p.section for p in res.paragraphs if p.kind == "operative"}
    assert sections["OP1"] is None
    assert sections["OP2"] is not None and sections["OP2"].label == "I"
    assert sections["OP2"].heading == "Calendar of conferences and meetings"
    assert sections["OP4"] is not None and sections["OP4"].label == "II"
    op3 = res.paragraph("OP3")
    assert op3.after_subparagraphs == (
        "and its request that all documents include conclusions in bold print;"
    )
    assert op3.subparagraphs[-1].text == "Ensure compliance;"
    assert op3.text.endswith("in bold print;")


def test_decision_with_lettered_paragraphs() -> None:
    res = parse_text(
        "The General Assembly, recalling its decision 79/521 of 4 December 2024:\n\n"
        "(a) Urges the Governments to reach a solution;\n\n"
        "(b) Takes note of the position of Spain;\n\n"
        "(c) Welcomes the efforts made by all."
    )
    assert [(p.id, p.kind, p.label, p.number) for p in res.paragraphs] == [
        ("P1", "other", None, None),
        ("OP(a)", "operative", "(a)", None),
        ("OP(b)", "operative", "(b)", None),
        ("OP(c)", "operative", "(c)", None),
    ]
    assert res.paragraph("OP(a)").text.startswith("Urges the Governments")


@pytest.mark.parametrize(
    ("symbol", "kind"),
    [
        ("A/RES/80/4", "resolution"),  # adopted resolution
        ("A/HRC/DEC/55/101", "decision"),  # adopted decision
        ("A/C.3/80/L.20", "draft resolution"),  # committee draft
        ("A/80/L.6/Rev.1", "draft resolution"),  # revised plenary draft
        ("A/80/123", "other"),  # a report
        ("A/C.5/80/2", "other"),  # a budget document
        (None, None),  # nothing printed
    ],
)
def test_kind_of_symbol(symbol: str | None, kind: str | None) -> None:
    assert kind_of_symbol(symbol) == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Uruguay and Viet Nam", ["Uruguay", "Viet Nam"]),  # the final "and"
        ("Cuba", ["Cuba"]),  # one sponsor
        ("Chile, Trinidad and Tobago", ["Chile", "Trinidad and Tobago"]),  # "and" in a name
        (
            "Spain, Bosnia and Herzegovina and Venezuela (Bolivarian Republic of)",
            ["Spain", "Bosnia and Herzegovina", "Venezuela (Bolivarian Republic of)"],
        ),  # both, and a comma-free parenthesis
        (
            "Iraq (on behalf of the Group of 77 and China)",
            ["Iraq (on behalf of the Group of 77 and China)"],
        ),  # a group sponsorship stays whole
    ],
)
def test_split_sponsors(text: str, names: list[str]) -> None:
    assert list(split_sponsors(text, "en")) == names


def test_a_report_is_recognised_and_named_in_a_warning() -> None:
    document = PrintedDocument(
        masthead=("United Nations", "A/80/123", "General Assembly", "Distr.: General",
                  "3 July 2025", "Original: English"),
        blocks=(
            TextBlock("Eightieth session"),
            TextBlock("Report of the Secretary-General", bold=True),
            TextBlock("Summary"),
            TextBlock("The present report is submitted pursuant to resolution 79/7.",
                      (NoteRef("1", 63),)),
        ),
        notes=(NoteText("1", "A/79/1."),),
    )  # fmt: skip
    res = parse_document(document, "report.pdf")
    assert res.header.kind == "other"
    assert res.header.issued == "2025-07-03"
    assert all(p.kind == "other" for p in res.paragraphs)
    assert any("not a resolution" in w for w in res.warnings)


def test_sponsor_footnote_and_markers_from_the_page_model() -> None:
    # Markers come from where they are printed (refs), never from digits in the text.
    document = PrintedDocument(
        masthead=("A/C.3/80/L.99", "Distr.: Limited", "1 November 2025"),
        blocks=(
            TextBlock("Chile and Mexico: draft resolution", (NoteRef("*", 16),), bold=True),
            TextBlock("Rights of the child", bold=True, size=12.0),
            TextBlock("The General Assembly,"),
            TextBlock("Recalling its resolution 44/25 of 20 November 1989,", (NoteRef("1", 51),)),
            TextBlock("1. Urges the 193 Governments4 to act."),
        ),
        notes=(NoteText("*", "Any changes to the list of sponsors."), NoteText("1", "A/44/1.")),
    )
    res = parse_document(document, "draft.pdf")
    assert res.header.kind == "draft resolution"
    assert res.header.sponsors == ("Chile", "Mexico")
    assert res.header.title == "Rights of the child"
    assert [(f.marker, f.paragraph) for f in res.footnotes] == [("*", "SPONSORS"), ("1", "PP1")]
    assert res.paragraph("OP1").text == "Urges the 193 Governments4 to act."


def test_hrc_draft_with_starred_sponsors_and_a_placeholder_number() -> None:
    # HRC L. drafts star every sponsor that is not a member (domain.md §1.3) and number the
    # title "58/…" until adoption.
    document = PrintedDocument(
        masthead=("A/HRC/58/L.12", "Distr.: Limited", "1 April 2025"),
        blocks=(
            TextBlock("Human Rights Council"),
            TextBlock("Fifty-eighth session"),
            TextBlock(
                "Albania, Antigua and Barbuda, Argentina and Chile: draft resolution",
                (NoteRef("*", 7), NoteRef("*", 28)),
                bold=True,
            ),
            TextBlock("58/… Access to safe drinking water", bold=True),
            TextBlock("The Human Rights Council,"),
            TextBlock("Recalling its resolutions,"),
            TextBlock("1. Decides to act."),
        ),
        notes=(NoteText("*", "State not a member of the Human Rights Council."),),
    )
    res = parse_document(document, "draft.pdf")
    assert res.header.sponsors == ("Albania", "Antigua and Barbuda", "Argentina", "Chile")
    assert res.header.title == "Access to safe drinking water"
    assert res.header.session == 58
    assert [(f.marker, f.paragraph) for f in res.footnotes] == [("*", "SPONSORS")]
