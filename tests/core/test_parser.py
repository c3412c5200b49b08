"""The parser on the real texts of tests/data (and one constructed Spanish text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resolution_compare.core.model import Header, Resolution
from resolution_compare.core.parser import parse_text

DATA = Path(__file__).parent.parent / "data"
EN_TEXTS = sorted(DATA.glob("hrc-res-*-en.txt"))


def parse_file(name: str | Path) -> Resolution:
    path = DATA / name
    return parse_text(path.read_text(encoding="utf-8"), source=path.name)


@pytest.fixture(scope="module")
def fr_44_11() -> Resolution:
    return parse_file("hrc-res-44-11-fr.txt")


def test_fr_44_11_header(fr_44_11: Resolution) -> None:
    assert fr_44_11.language == "fr"
    header = fr_44_11.header
    assert header.body == "Human Rights Council"
    assert header.symbol == "A/HRC/RES/44/11"
    assert header.session == 44
    assert header.agenda_item == "3"
    assert header.adopted == "2020-07-16"
    assert header.title == (
        "Mandat d’Expert indépendant sur les droits de l’homme et la solidarité internationale"
    )


def test_fr_44_11_preambular_leads(fr_44_11: Resolution) -> None:
    leads = [p.lead for p in fr_44_11.paragraphs if p.kind == "preambular"]
    assert leads == [
        "Réaffirmant", "Rappelant", "Soulignant", "Rappelant", "Réaffirmant", "Constatant",
        "Exprimant sa préoccupation", "Soulignant", "Réaffirmant", "Affirmant", "Déterminé",
        "Affirmant", "Résolu",
    ]  # fmt: skip
    assert [p.id for p in fr_44_11.paragraphs[:13]] == [f"PP{i}" for i in range(1, 14)]


def test_fr_44_11_operative(fr_44_11: Resolution) -> None:
    operative = [p for p in fr_44_11.paragraphs if p.kind == "operative"]
    assert [p.number for p in operative] == list(range(1, 18))
    assert [p.id for p in operative] == [f"OP{i}" for i in range(1, 18)]
    leads = {p.number: p.lead for p in operative}
    assert leads[2] == "Réaffirme également"
    assert leads[7] == "Est d’avis"
    assert leads[8] == "Exhorte"
    assert leads[9] == "Prend note"
    assert leads[10] == "Décide"
    assert leads[13] == "Prie également"
    assert leads[15] == "Demande une nouvelle fois"
    # The text is the paragraph without its printed number.
    assert operative[0].text.startswith("Réaffirme que, comme")
    # The closing is not left in the last paragraph.
    assert operative[-1].text.endswith("au titre du même point de l’ordre du jour.")


def test_fr_44_11_footnote_and_closing(fr_44_11: Resolution) -> None:
    assert [f.to_dict() for f in fr_44_11.footnotes] == [
        {"marker": "1", "text": "A/HRC/44/44 et Add.1.", "paragraph": "OP9"}
    ]
    op9 = fr_44_11.paragraph("OP9").text
    assert op9.endswith("la solidarité internationale ;")
    assert "internationale1" not in op9
    assert fr_44_11.meeting is not None and fr_44_11.meeting.number == 27
    vote = fr_44_11.vote
    assert (vote.method, vote.yes, vote.no, vote.abstain) == ("recorded", 31, 15, 1)
    assert fr_44_11.warnings == ()


def _labels(res: Resolution) -> list[str]:
    out = []
    for p in res.paragraphs:
        out.append(p.id)
        out += [p.id + s.label for s in p.subparagraphs]
    return out


@pytest.mark.parametrize("path", EN_TEXTS, ids=lambda p: p.stem)
def test_en_corpus_labels_equal_reader_json(path: Path) -> None:
    # Every English text: PP/OP/sub-paragraph labels equal the careful reader's .json
    # (its merged preambular blocks carry one label, and so do ours).
    reader = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    expected = [label for label, _ in next(iter(reader.values()))]
    res = parse_file(path.name)
    assert _labels(res) == expected
    assert res.header.symbol is None  # no header printed in these texts
    assert res.meeting is not None and res.vote.method == "recorded"
    # closing material (meeting line, vote record, note text) left the last paragraph
    assert res.paragraphs[-1].text.endswith("under the same agenda item.")


@pytest.mark.parametrize("path", EN_TEXTS, ids=lambda p: p.stem)
def test_en_corpus_texts_equal_reader_json_apart_from_closing(path: Path) -> None:
    # Paragraph texts equal the reader's, except the last OP which the reader kept with
    # its closing and the paragraphs that carried footnote text or a compound split.
    pairs = next(iter(json.loads(path.with_suffix(".json").read_text()).values()))
    expected = {label: text for label, text in pairs if "(" not in label}
    res = parse_file(path.name)
    differing = [
        p.id
        for p in res.paragraphs
        if p.kind == "preambular" and p.text.split("\n")[0] != expected[p.id]
    ]
    assert len(differing) <= 1, differing


# (symbol, paragraph id, footnote marker or None) for footnotes in the English corpus.
EN_FOOTNOTES = [
    # marker glued after ";" and text after the vote record
    ("hrc-res-44-11-en.txt", "1", "OP9", "A/HRC/44/44 and Add.1."),
    # text glued to the end of OP14 ("…programmes of work; 2 A/HRC/35/35.")
    ("hrc-res-35-3-en.txt", "2", "OP8", "A/HRC/35/35."),
    # text glued to the end of OP4, marker glued after a comma in PP6 ("Development,1")
    ("hrc-res-35-3-en.txt", "1", "PP6", "General Assembly resolution 70/1."),
    # page-foot note spliced into PP5; its marker sat on the (missing) adoption line
    ("hrc-res-17-6-en.txt", "∗", None, "The resolutions and decisions adopted by the Human "
     "Rights Council will be contained in the report of the Council on its seventeenth "
     "session (A/HRC/17/2), chap. I."),
]  # fmt: skip


@pytest.mark.parametrize(("name", "marker", "paragraph", "text"), EN_FOOTNOTES)
def test_en_footnotes(name: str, marker: str, paragraph: str | None, text: str) -> None:
    res = parse_file(name)
    notes = {f.marker: f for f in res.footnotes}
    assert notes[marker].text == text
    assert notes[marker].paragraph == paragraph
    assert all(text not in p.text for p in res.paragraphs)


def test_spliced_footnote_cut_out_of_17_6_pp5() -> None:
    pp5 = parse_file("hrc-res-17-6-en.txt").paragraph("PP5").text
    assert "realization of human rights in the international community, and makes" in pp5


def test_op14_of_35_3_ends_without_footnote_text() -> None:
    res = parse_file("hrc-res-35-3-en.txt")
    assert res.paragraph("OP14").text.endswith("respective programmes of work;")
    assert "solidarity2" not in res.paragraph("OP8").text


def test_17_6_subparagraphs_one_per_line() -> None:
    op1 = parse_file("hrc-res-17-6-en.txt").paragraph("OP1")
    lines = op1.text.split("\n")
    assert [line[:3] for line in lines[1:]] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert op1.subparagraphs[0].text.startswith("To promote the realization")


def test_page_cut_paragraph_stays_as_printed() -> None:
    pp3 = parse_file("hrc-res-44-11-en.txt").paragraph("PP3")
    assert pp3.text.endswith("principles of the Charter of the")


def test_en_leads_with_modifiers() -> None:
    res = parse_file("hrc-res-44-11-en.txt")
    leads = {p.id: p.lead for p in res.paragraphs}
    assert leads["OP2"] == "Also reaffirms"
    assert leads["OP15"] == "Reiterates its request"
    assert leads["OP13"] == "Also requests"


def test_two_ga_extractions_give_the_same_paragraphs() -> None:
    raw = parse_file("ga-res-80-4-en_extract-v1.0.0.md")
    cleaned = parse_file("ga-res-80-4-en_extract-v1.3.0.md")
    assert [p.to_dict() for p in raw.paragraphs] == [p.to_dict() for p in cleaned.paragraphs]
    assert [p.id for p in raw.paragraphs] == [f"PP{i}" for i in range(1, 9)] + [
        f"OP{i}" for i in range(1, 6)
    ]
    assert raw.paragraph("OP3").lead == "Once again urges"
    assert raw.paragraph("PP6").text.endswith("and its decision 76/563 of 11 May 2022,")
    assert raw.footnotes == cleaned.footnotes
    assert [f.to_dict() for f in raw.footnotes] == [
        {"marker": "1", "text": "A/80/83.", "paragraph": "OP1"}
    ]
    assert raw.header.symbol == cleaned.header.symbol == "A/RES/80/4"
    assert raw.header.session == 80 and raw.header.agenda_item == "38"
    assert raw.header.adopted == "2025-10-29"
    assert raw.meeting is not None and raw.meeting.number == 22


def test_constructed_spanish_header_and_leads() -> None:
    res = parse_file("constructed/constructed-es-header-leads.txt")
    assert res.language == "es"
    assert res.header.to_dict() == {
        "body": "Human Rights Council",
        "session": 44,
        "symbol": "A/HRC/RES/44/11",
        "agenda_item": "3",
        "title": "Mandato del Experto Independiente sobre los derechos humanos y la "
        "solidaridad internacional",
        "adopted": "2020-07-16",
        "kind": "resolution",
        "sponsors": None,
        "submitted_by": None,
        "issued": None,
        "distribution": None,
        "amends": None,
    }
    leads = [(p.id, p.lead) for p in res.paragraphs]
    assert leads == [
        ("PP1", "Reafirmando"), ("PP2", "Recordando también"),
        ("PP3", "Expresando su preocupación"), ("PP4", "Guiado por"),
        ("OP1", "Reafirma"), ("OP2", "Reafirma también"), ("OP3", "Toma nota"),
        ("OP4", "Decide"), ("OP5", "Reitera su solicitud"), ("OP6", "Pide también"),
        ("OP7", "Decide"),
    ]  # fmt: skip
    assert [s.label for s in res.paragraph("OP4").subparagraphs] == ["a)", "b)"]
    assert res.footnotes[0].paragraph == "OP3"
    assert res.vote.method == "without_vote"


def test_not_a_resolution_gives_other_paragraphs_and_a_warning() -> None:
    res = parse_text("Minutes of the meeting\n\nThe chair opened the meeting.\n", "notes.txt")
    assert [(p.id, p.kind) for p in res.paragraphs] == [("P1", "other"), ("P2", "other")]
    assert any(w.startswith("does not look like a resolution") for w in res.warnings)


def test_explicit_language_wins() -> None:
    assert parse_text("Reaffirming the values,\n\n1. Decides;", language="fr").language == "fr"


def test_extra_warnings_are_kept() -> None:
    res = parse_text("Reaffirming x,\n\n1. Decides y.", extra_warnings=("loader said so",))
    assert res.warnings[0] == "loader said so"


def test_issue_2_json_shape(fr_44_11: Resolution) -> None:
    data = json.loads(fr_44_11.to_json())
    assert data["schema"] == "resolution-compare/resolution@1"
    assert data["paragraphs"][0] == {
        "id": "PP1",
        "kind": "preambular",
        "lead": "Réaffirmant",
        "text": data["paragraphs"][0]["text"],
    }
    assert data["paragraphs"][13]["number"] == 1


SUBPARAGRAPH_CASES = [
    # "(i)" after "(h)" is the ninth letter, not a roman numeral
    (
        [f"({c}) item {c};" for c in "abcdefghi"],
        ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"],
    ),
    # "(i)", "(ii)" after "(a)" are second-degree items of "(a)"
    (["(a) first:", "(i) one;", "(ii) two;", "(b) second;"], ["(a)", "(a)(i)", "(a)(ii)", "(b)"]),
    # French style labels without the opening parenthesis
    (["a) premier ;", "b) second ;"], ["a)", "b)"]),
]


@pytest.mark.parametrize(("items", "labels"), SUBPARAGRAPH_CASES)
def test_subparagraph_levels(items: list[str], labels: list[str]) -> None:
    text = "The Human Rights Council,\n\n1. Decides:\n\n" + "\n\n".join(items)
    op1 = parse_text(text, language="fr" if items[0][0] != "(" else "en").paragraph("OP1")
    got = []
    for sub in op1.subparagraphs:
        got.append(sub.label)
        got += [sub.label + child.label for child in sub.subparagraphs]
    assert got == labels
    assert op1.text.split("\n")[1:] == items


LEAD_CASES = [
    # table phrase with a modifier before it
    ("en", "1. Further decides to act;", "Further decides"),
    # modifier after a preambular opener
    ("en", "Recalling further its resolutions,", "Recalling further"),
    # no table entry: first word plus lower-case words up to a function word
    ("en", "Taking cognizance of the report,", "Taking cognizance"),
    # fallback stops at an elided French article
    ("fr", "Observant l’importance du sujet,", "Observant"),
]


@pytest.mark.parametrize(("language", "block", "lead"), LEAD_CASES)
def test_lead_phrases(language: str, block: str, lead: str) -> None:
    organ = {"en": "The Human Rights Council,", "fr": "Le Conseil des droits de l’homme,"}
    res = parse_text(f"{organ[language]}\n\n{block}", language=language)
    assert res.paragraphs[0].lead == lead


# The plain pdftotext skeleton of domain.md §3 (55/5): no blank lines, "55/5." and "1." alone
# on their lines, masthead and job number lines.
PDFTOTEXT_55_5 = """\
United Nations
A/HRC/RES/55/5
General Assembly
Distr.: General
5 April 2024
Original: English
Human Rights Council
Fifty-fifth session
26 February–5 April 2024
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
Resolution adopted by the Human Rights Council
on 3 April 2024
55/5.
Mandate of Special Rapporteur in the field of cultural rights
The Human Rights Council,
Guided by the purposes and principles of the Charter of the United Nations,
Recalling its resolutions 5/1, on institution-building of the Human Rights Council,
and 5/2, on the Code of Conduct,
1.
Decides to renew, for a period of three years, the mandate of Special
Rapporteur in the field of cultural rights, as follows:
(a) To identify best practices;
(b) To work with States;
2.
Also decides to continue its consideration of this matter under the same agenda
item in accordance with its programme of work.
53rd meeting
3 April 2024
[Adopted without a vote.]
GE.24-06212 (E)
"""


def test_plain_pdftotext_layout() -> None:
    res = parse_text(PDFTOTEXT_55_5)
    assert res.header == Header(
        "Human Rights Council", 55, "A/HRC/RES/55/5", "3",
        "Mandate of Special Rapporteur in the field of cultural rights", "2024-04-03",
        "resolution",
    )  # fmt: skip
    assert [(p.id, p.lead) for p in res.paragraphs] == [
        ("PP1", "Guided by"), ("PP2", "Recalling"), ("OP1", "Decides"), ("OP2", "Also decides"),
    ]  # fmt: skip
    assert res.paragraph("PP2").text.endswith(
        "Human Rights Council, and 5/2, on the Code of Conduct,"
    )
    assert [s.label for s in res.paragraph("OP1").subparagraphs] == ["(a)", "(b)"]
    assert res.paragraph("OP2").text.endswith("in accordance with its programme of work.")
    assert res.vote.method == "without_vote"
    assert res.meeting is not None and res.meeting.number == 53


def test_merged_preambular_block_stays_one_paragraph() -> None:
    # EN 44/11 prints "Determined …, Asserting …, Resolved …" as one block where the FR text
    # has three paragraphs; a capitalised word after ", " is not a safe split point.
    res = parse_file("hrc-res-44-11-en.txt")
    preambular = [p for p in res.paragraphs if p.kind == "preambular"]
    assert len(preambular) == 11
    assert preambular[-1].lead == "Determined"
    assert ", Asserting the necessity" in preambular[-1].text
    assert ", Resolved to strive" in preambular[-1].text
