"""Two languages (issue 12, item 7): the same resolution in English and French is paired by
structure, every pair is uncertain and shown whole, and head-verb tiers are compared only
where both heads map to one tier without doubt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import resolution_compare as rc
from resolution_compare.core.comparison import Comparison
from resolution_compare.core.model import Header, Resolution

DATA = Path(__file__).resolve().parent.parent / "data"


def _pair() -> tuple[Resolution, Resolution]:
    return rc.load(DATA / "hrc-res-44-11-en.txt"), rc.load(DATA / "hrc-res-44-11-fr.txt")


def _rows(result: Comparison) -> dict[str, tuple[tuple[str, ...], str]]:
    return {r.left[0]: (r.right, r.status) for r in result.rows if r.left}


def test_paired_by_structure_all_uncertain_no_word_diff() -> None:
    en, fr = _pair()
    result = rc.compare(en, fr)
    rows = _rows(result)
    # Operative paragraphs by number, preambular ones by position.
    assert all(rows[f"OP{n}"][0] == (f"OP{n}",) for n in range(1, 18))
    assert all(rows[f"PP{n}"][0] == (f"PP{n}",) for n in range(1, 12))
    for row in result.rows:
        if row.left and row.right:
            assert row.uncertain and row.flags == ()
            # Both texts whole, side by side: no word diff across languages.
            assert [s.op for s in row.diff] == ["-", "+"]
    # The English extraction ran PP11-13 into one block: the French PP12, PP13 stand alone.
    assert [r.right for r in result.rows if r.status == "inserted"] == [("PP12",), ("PP13",)]
    (note,) = [w for w in result.warnings if "different languages" in w]
    assert "paired by structure" in note and "without a word diff" in note
    assert "only where both verbs map to one tier" in note


def test_one_text_in_two_languages_gets_no_strength_verdict() -> None:
    # 44/11 renders "Recognizes" (tier 1) as "Déclare" and "Acknowledges" as "Est d'avis":
    # the tables differ, the text does not. The same adoption day says it is one text.
    result = rc.compare(*_pair())
    assert result.summary.stronger == result.summary.weaker == 0
    leads = {r.left[0]: r.lead for r in result.rows if r.left and r.lead is not None}
    assert leads["OP12"] is not None
    assert (leads["OP12"].left, leads["OP12"].right, leads["OP12"].change) == (
        "Requests",
        "Prie",
        "same",
    )
    # "Demande" renders "Requests" (3) and "Calls upon" (4): no tier, no badge.
    assert "OP11" not in leads


def test_tiers_compared_across_two_different_texts() -> None:
    en, fr = _pair()
    # An English draft adopted elsewhere, whose OP12 now urges (tier 4) where the French
    # text requests (Prie, tier 3); OP11 urges too, against the ambiguous "Demande".
    paragraphs = tuple(
        replace(p, text="Urges" + p.text[len("Requests") :], lead="Urges")
        if p.id in ("OP11", "OP12")
        else p
        for p in en.paragraphs
    )
    draft = replace(en, paragraphs=paragraphs, meeting=None, header=Header())
    result = rc.compare(draft, fr)
    leads = {r.left[0]: r.lead for r in result.rows if r.left and r.lead is not None}
    assert leads["OP12"] is not None and leads["OP12"].change == "weaker"  # Urges → Prie
    assert "OP11" not in leads  # Demande: no verdict
