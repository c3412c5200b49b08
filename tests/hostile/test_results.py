"""Awkward input read right: what a comparison shows must be what the texts say.

Encodings a tired delegate produces (one stray Latin-1 byte in a UTF-8 file, UTF-32),
Unicode line separators, paragraph numbers past 999 and "bis/ter" insertions, empty vote
lists printed as "None", ligatures pasted from a PDF, control characters — each made here
from a real text and checked against the right outcome.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.errors import InputError
from resolution_compare.core.parser import parse_text
from resolution_compare.loaders import load_text
from resolution_compare.loaders.docx import extract_docx
from resolution_compare.workflow import compare_files, load_resolution
from tests.hostile.docx_files import document_xml, docx_bytes, numbering_xml, paragraph
from tests.hostile.harness import write_file

DATA = Path(__file__).resolve().parents[1] / "data"
FRENCH = DATA / "hrc-res-44-11-fr.txt"
ENGLISH = DATA / "hrc-res-44-11-en.txt"
LIGATURES = DATA / "cases" / "ligatures"


# ---------------------------------------------------------------------------- encodings
def test_one_stray_latin1_byte_keeps_the_file_utf8(tmp_path: Path) -> None:
    # one "é" typed in a Latin-1 editor into a UTF-8 French file: before, the whole file
    # was read as Windows-1252 (338 garbled sequences, the vote lost)
    clean = FRENCH.read_bytes()
    at = clean.index("Réaffirmant".encode())
    stray = clean[:at] + b"\xe9" + clean[at:]
    path = write_file(tmp_path, "fr-stray.txt", stray)
    loaded = load_text(path)
    assert "Ã" not in loaded.text  # no mojibake anywhere
    assert loaded.text.count("\ufffd") == 1
    (warning,) = [w for w in loaded.warnings if "not valid UTF-8" in w]
    assert "0xE9" in warning and f"byte {at:,}" in warning
    res, reference = load_resolution(path), load_resolution(FRENCH)
    assert res.vote == reference.vote  # the vote is read
    assert len(res.paragraphs) == len(reference.paragraphs)


def test_a_real_windows_1252_file_is_still_read_as_such(tmp_path: Path) -> None:
    text = FRENCH.read_text(encoding="utf-8").replace("’", "'")
    path = write_file(tmp_path, "fr-1252.txt", text.encode("cp1252", errors="replace"))
    loaded = load_text(path)
    assert "Réaffirmant" in loaded.text
    assert any("Windows-1252" in w for w in loaded.warnings)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-32"])
def test_utf32_is_read(tmp_path: Path, codec: str) -> None:
    # "UTF-32 is not supported" was the least; reading it is better (with or without BOM)
    text = FRENCH.read_text(encoding="utf-8")
    path = write_file(tmp_path, "fr-32.txt", text.encode(codec))
    assert load_resolution(path).paragraphs == load_resolution(FRENCH).paragraphs


def test_damaged_utf32_says_so(tmp_path: Path) -> None:
    data = "Le Conseil,\n\n1. Décide;\n".encode("utf-32-le") + b"\x00\x00\x11\x00" * 4
    path = write_file(tmp_path, "bad-32.txt", data)
    with pytest.raises(InputError, match="UTF-32"):
        load_text(path)


# ---------------------------------------------------------------------- line separators
@pytest.mark.parametrize("separator", ["\u2028", "\n"], ids=["U+2028", "LF"])
def test_a_450k_paragraph_of_short_lines_is_refused(tmp_path: Path, separator: str) -> None:
    # 450 000 characters in 4 900 short lines the parser joins into one paragraph: before,
    # each line passed the paragraph limit (and U+2028 lines were one line to the parser)
    words = ENGLISH.read_text(encoding="utf-8").split()
    line = " ".join(words[:14])
    body = separator.join(f"{line} {n}" for n in range(450_000 // (len(line) + 6)))
    text = f"The Human Rights Council,\n\nRecalling {body},\n"
    assert len(text) < limits.MAX_TEXT_CHARS and text.count(separator) < limits.MAX_LINES
    path = write_file(tmp_path, "long.txt", text.encode())
    with pytest.raises(InputError, match=r"a paragraph has 4\d\d,\d{3} characters"):
        load_resolution(path)


@pytest.mark.parametrize(
    ("separator", "paragraph_break"),
    [("\u2028", False), ("\u0085", False), ("\u2029", True), ("\r", False), ("\x0c", False)],
    ids=["U+2028", "U+0085", "U+2029", "CR", "FF"],
)
def test_line_separators_are_line_breaks_everywhere(separator: str, paragraph_break: bool) -> None:
    text = ENGLISH.read_text(encoding="utf-8")
    reference = parse_text(text)
    swapped = parse_text(text.replace("\n\n", separator if paragraph_break else separator * 2))
    assert [p.text for p in swapped.paragraphs] == [p.text for p in reference.paragraphs]
    limits.check_text(text.replace("\n", separator), "x")  # counted as lines, not one


# --------------------------------------------------------------------- paragraph numbers
def test_bis_and_ter_paragraphs_are_their_own() -> None:
    # UN practice: a paragraph inserted in negotiation is "5 bis." (also "5bis.", "5 ter.")
    text = ENGLISH.read_text(encoding="utf-8")
    text = text.replace("\n\n6. ", "\n\n5 bis. Invites all States to act;\n\n5ter. Urges x;\n\n6. ")
    res = parse_text(text)
    ids = [p.id for p in res.paragraphs if p.kind == "operative"]
    assert ids[4:8] == ["OP5", "OP5bis", "OP5ter", "OP6"]
    inserted = next(p for p in res.paragraphs if p.id == "OP5bis")
    assert (inserted.number, inserted.number_suffix) == (5, "bis")
    assert inserted.text == "Invites all States to act;"
    assert '"number_suffix": "bis"' in res.to_json()
    # compared with the text without them: two insertions, nothing else changed
    result = compare_resolutions(parse_text(ENGLISH.read_text(encoding="utf-8")), res)
    assert result.summary.inserted == 2 and result.summary.modified == 0


def test_paragraph_one_thousand_continues_the_sequence() -> None:
    # the rule: up to three digits always; four or five only right after the number before
    # (999 → 1000), so OP1000 exists only when numbering starts late (within 1 000 paragraphs)
    blocks = ["The Human Rights Council,"] + [f"{n}. Decides item {n};" for n in range(990, 1003)]
    res = parse_text("\n\n".join(blocks))
    assert [p.id for p in res.paragraphs][-4:] == ["OP999", "OP1000", "OP1001", "OP1002"]


def test_a_year_opening_a_block_is_not_a_paragraph_number() -> None:
    text = "The Human Rights Council,\n\n1. Decides to act by\n\n2030. and to report;"
    res = parse_text(text)
    assert [p.id for p in res.paragraphs] == ["OP1"]
    assert res.paragraphs[0].text == "Decides to act by 2030. and to report;"


# --------------------------------------------------------------------------- vote lists
@pytest.mark.parametrize(
    ("source", "old", "new"),
    [
        (ENGLISH, "with 1 abstention", "with no abstentions"),  # English "None"
        (FRENCH, "avec 1 abstention", "sans abstention"),  # French "Néant"
    ],
    ids=["en-None", "fr-Néant"],
)
def test_empty_list_printed_as_none_is_empty(source: Path, old: str, new: str) -> None:
    text = source.read_text(encoding="utf-8").replace(old, new)
    empty = "None" if source == ENGLISH else "Néant"
    abstaining = "Abstaining: Mexico" if source == ENGLISH else "Mexique."
    text = text.replace(abstaining, f"Abstaining: {empty}" if source == ENGLISH else f"{empty}.")
    res = parse_text(text)
    assert res.vote.abstaining == ()
    assert res.vote.unresolved == ()
    assert not [w for w in res.warnings if w.startswith("vote:")], res.warnings


def test_spanish_ninguno_is_an_empty_list() -> None:
    block = (
        "El Consejo de Derechos Humanos,\n\n1. Decide seguir ocupándose de la cuestión.\n\n"
        "[Aprobada en votación registrada por 2 votos contra ninguno y 1 abstención. "
        "Votos a favor: Argentina, Brasil. Votos en contra: Ninguno. Abstenciones: México.]"
    )
    res = parse_text(block, language="es")
    assert (res.vote.in_favour, res.vote.against, res.vote.abstaining) == (
        ("ARG", "BRA"),
        (),
        ("MEX",),
    )
    assert not [w for w in res.warnings if w.startswith("vote:")], res.warnings


# ----------------------------------------------------------------- characters at load
def test_ligatures_from_a_pdf_are_the_same_words() -> None:
    # shared/cases/ligatures: "Oﬃce"/"Office", "eﬀective"/"effective" — unchanged
    for left, right in (("min-a.txt", "min-b.txt"), ("earlier.txt", "later-copied-from-pdf.txt")):
        result = compare_files(LIGATURES / left, LIGATURES / right)
        assert result.summary.unchanged == len(result.rows), (left, right)


def test_ligatures_are_folded_in_word_files_too() -> None:
    body = paragraph("The Human Rights Council,")
    body += paragraph("Invites the Oﬃce to ﬁnd eﬀective ways;", 7)
    text = extract_docx(docx_bytes(document_xml(body), numbering_xml()), "l.docx").text
    assert "ﬃ" in text  # the loader keeps what the file says…
    path_text = load_text_from_docx(body)
    assert "Office to find effective" in path_text  # …the registry folds it, for every format


def load_text_from_docx(body: str) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "l.docx"
        path.write_bytes(docx_bytes(document_xml(body), numbering_xml()))
        return load_text(path).text


def test_meaningful_invisible_characters_stay(tmp_path: Path) -> None:
    # U+2011 non-breaking hyphen, no-break spaces, zero-width joiners inside an emoji
    # sequence: the comparison decides whether they are typography, not the loader
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    text = f"The Human Rights Council,\n\n1. Decides non\u2011governmental\u00a0{family} ﬁ;\n"
    loaded = load_text(write_file(tmp_path, "chars.txt", text.encode()))
    assert "non\u2011governmental\u00a0" + family in loaded.text
    assert "fi;" in loaded.text


def test_codecs_module_names_used_here_exist() -> None:
    # guard for the encodings above (a typo would make a test pass vacuously)
    for name in ("utf-32-le", "utf-32-be", "utf-32", "cp1252"):
        codecs.lookup(name)
