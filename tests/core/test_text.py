"""Normalisation and reflow of the extraction layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.lexicon import load_table
from resolution_compare.core.text import (
    is_double_spaced,
    merge_broken_blocks,
    normalize,
    reflow,
    repair_split_compounds,
)

DATA = Path(__file__).parent.parent / "data"
EN = load_table("en", "structure")
FR = load_table("fr", "structure")


def en_reflow(text: str) -> list[str]:
    return reflow(
        normalize(text),
        artefacts=EN["artefact_lines"],
        openers=EN["preambular_openers"],
        hyphen_prefixes=EN["hyphen_prefixes"],
    )


NORMALIZE_CASES = [
    # decomposed accent → NFC
    ("re\u0301solution", "résolution"),
    # CRLF → LF
    ("a\r\nb", "a\nb"),
    # YAML front matter skipped
    ("---\nsymbol: A/RES/80/4\n---\nThe General Assembly,", "The General Assembly,"),
    # soft hyphen at a line end joins the word; elsewhere it is dropped
    ("solida\u00ad\nrité inter\u00adnationale", "solidarité internationale"),
    # U+FFFE and \x02 markers from PDF extraction removed
    ("pro\ufffe\ngramme a\x02b", "programme ab"),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZE_CASES)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


JOIN_CASES = [
    # French word broken at a line end: hyphen removed
    ("Rappelant les ré-\nsolutions adoptées,", "Rappelant les résolutions adoptées,"),
    # compound prefix: hyphen kept
    ("and non-\ngovernmental organizations,", "and non-governmental organizations,"),
    # hyphenated form attested elsewhere in the text: hyphen kept
    ("the institution-building and the institution-\nbuilding,",
     "the institution-building and the institution-building,"),
    # unknown word part: the line-end hyphen is a break
    ("the develop-\nment of States,", "the development of States,"),
    # a hyphen before a capital is a real hyphen followed by a line break
    ("Forty-\nFourth", "Forty- Fourth"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), JOIN_CASES)
def test_line_end_hyphens(raw: str, expected: str) -> None:
    assert en_reflow(raw) == [expected]


def test_stray_space_in_compound_is_repaired_for_known_prefixes_only() -> None:
    prefixes = frozenset({"non"})
    assert repair_split_compounds("and non- governmental", prefixes) == "and non-governmental"
    assert repair_split_compounds("pre- and post-", prefixes) == "pre- and post-"


def test_double_spaced_fr_layout_gives_one_block_per_paragraph() -> None:
    text = normalize((DATA / "hrc-res-44-11-fr.txt").read_text(encoding="utf-8"))
    assert is_double_spaced(text.split("\n"))
    blocks = reflow(text, artefacts=FR["artefact_lines"], hyphen_prefixes=FR["hyphen_prefixes"])
    assert "Le Conseil des droits de l’homme," in blocks
    pp7 = next(b for b in blocks if b.startswith("Exprimant"))  # page join, indented twice
    assert pp7.endswith("dramatiques,")
    op7 = next(b for b in blocks if b.startswith("7. "))  # page join on an operative paragraph
    assert op7.startswith("7. Est d’avis qu’il est de plus en plus nécessaire")


def test_block_layout_is_read_as_is() -> None:
    text = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    assert not is_double_spaced(text.split("\n"))
    blocks = en_reflow(text)
    assert len(blocks) == len([b for b in text.split("\n\n") if b.strip()])


def test_wrapped_layout_without_blank_lines() -> None:
    text = (
        "The Human Rights Council,\n"
        "Reaffirming all previous resolutions adopted by the Commission on Human\n"
        "Rights on the issue,\n"
        "Recalling its resolutions 5/1 and 5/2,\n"
        "1.\n"
        "Decides to extend the mandate\n"
        "for three years:\n"
        "(a) To promote the realization;\n"
        "(b) To seek views;\n"
        "2. Requests the Independent Expert to report.\n"
    )
    assert en_reflow(text) == [
        "The Human Rights Council,",
        "Reaffirming all previous resolutions adopted by the Commission on Human Rights"
        " on the issue,",
        "Recalling its resolutions 5/1 and 5/2,",
        "1. Decides to extend the mandate for three years:",
        "(a) To promote the realization;",
        "(b) To seek views;",
        "2. Requests the Independent Expert to report.",
    ]


def test_running_header_dropped_and_page_break_rejoined() -> None:
    text = (
        "A/RES/80/4\n\nThe General Assembly,\n\n"
        "Recalling its resolutions 47/19 of 24 November 1992, 51/17 of 12 November\n\n"
        "A/RES/80/4\nNecessity of ending the embargo\n \n25-17552\n2/2\n \n"
        "1996, 52/10 of 5 November 1997,\n"
    )
    blocks = merge_broken_blocks(en_reflow(text)[1:])
    assert blocks == [
        "The General Assembly,",
        "Recalling its resolutions 47/19 of 24 November 1992, 51/17 of 12 November 1996,"
        " 52/10 of 5 November 1997,",
    ]


MERGE_CASES = [
    # lower-case continuation after a page break: joined
    (["Recalling the Charter of the", "and the Declaration,"], 1),
    # a new paragraph after a page-cut paragraph stays apart (as printed)
    (["Underlining the purposes of the Charter of the", "Recalling that States,"], 2),
    # a footnote text block is not a continuation
    (["17. Decides to continue", "1 A/HRC/44/44 and Add.1."], 2),
    # after clause punctuation nothing is joined
    (["Recalling the Charter,", "and stressing"], 2),
]


@pytest.mark.parametrize(("blocks", "count"), MERGE_CASES)
def test_merge_broken_blocks(blocks: list[str], count: int) -> None:
    assert len(merge_broken_blocks(blocks)) == count
