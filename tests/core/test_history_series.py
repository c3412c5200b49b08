"""history() on the seven English texts of the solidarity series (2008–2020).

Ground truth read from the texts themselves: the mandate renewal ("Decides to extend the
mandate … for a period of three years") is 7/5 OP1, 17/6 OP1, 26/6 OP6, 35/3 OP9 and 44/11
OP10, absent from the annual texts 38/2 and 41/5; the report-welcoming paragraph reads
"Welcomes the report of the Independent Expert" from 26/6 to 41/5 and "Takes note of the
report" in 44/11. Votes are checked against the roll-call data compiled from the OHCHR
voting records (tests/data/votes, research licence: tests only).
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

import resolution_compare as rc
from resolution_compare.core.history import STEPS, History, Provision

DATA = Path(__file__).resolve().parent.parent / "data"
SERIES = ["7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11"]
# Column of the roll-call table for each text, in date order.
SYMBOLS = [f"A/HRC/RES/{s.replace('-', '/')}" for s in SERIES]
V = {s: i for i, s in enumerate(SERIES)}


@cache
def series() -> History:
    # Given newest first: the history puts them in date order.
    texts = [rc.load(DATA / f"hrc-res-{s}-en.txt") for s in reversed(SERIES)]
    return rc.history(texts)


def provision_with(history: History, version: str, paragraph: str) -> Provision:
    found = [p for p in history.provisions if paragraph in p.cells[V[version]].paragraphs]
    assert len(found) == 1, f"{paragraph} of {version} is in {len(found)} provisions"
    return found[0]


def test_versions_are_in_date_order() -> None:
    h = series()
    assert [v.resolution.source for v in h.versions] == [f"hrc-res-{s}-en.txt" for s in SERIES]
    dates = [v.date for v in h.versions]
    assert dates == sorted(dates) and dates[0] == "2008-03-27" and dates[-1] == "2020-07-16"
    assert not [w for w in h.warnings if "order given" in w]


def test_every_paragraph_is_in_exactly_one_provision() -> None:
    h = series()
    for k, version in enumerate(h.versions):
        ids = [pid for p in h.provisions for pid in p.cells[k].paragraphs]
        assert sorted(ids) == sorted(p.id for p in version.resolution.paragraphs)


def test_renewal_returns_after_the_annual_texts() -> None:
    # Absent from 38/2 and 41/5, linked back to 35/3 OP9 — the last version it was in —
    # not left as a new provision in 44/11.
    renewal = provision_with(series(), "44-11", "OP10")
    cells = renewal.cells
    assert cells[V["26-6"]].paragraphs == ("OP6",)
    assert cells[V["35-3"]].paragraphs == ("OP9",)
    assert cells[V["38-2"]].step == "absent" and cells[V["41-5"]].step == "absent"
    assert cells[V["38-2"]].since == V["35-3"]
    back = cells[V["44-11"]]
    assert back.step == "returned" and back.since == V["35-3"]
    assert back.lead == "Decides" and back.tier == 5
    # Same words on return: its wording last changed when it first read so.
    assert renewal.last_changed < V["44-11"]
    assert V["44-11"] in renewal.changes


def test_renewal_is_one_lineage_from_2008() -> None:
    # 17/6 OP1 (the renewal with its sub-paragraphs (a)-(f)) pairs with 26/6 OP6 (the
    # renewal alone) on its chapeau (issue 12).
    renewal = provision_with(series(), "44-11", "OP10")
    ids = [c.paragraph for c in renewal.cells]
    assert ids == ["OP1", "OP1", "OP6", "OP9", None, None, "OP10"]
    assert renewal.first == 0


def test_welcomes_becomes_takes_note_where_it_happened() -> None:
    report = provision_with(series(), "44-11", "OP9")
    leads = [c.lead for c in report.cells]
    assert leads[V["26-6"] : V["41-5"] + 1] == ["Welcomes"] * 4
    assert leads[V["44-11"]] == "Takes note"
    changes = report.lead_changes
    assert [(i, c.left, c.right, c.change) for i, c in changes] == [
        (V["44-11"], "Welcomes", "Takes note", "weaker")
    ]
    step = report.cells[V["44-11"]]
    assert step.step == "modified" and step.rows[0].right_text.startswith("Takes note of")
    assert report.first == V["26-6"] and report.last_changed == V["44-11"]
    # Tier 1 throughout (both are responses to a report); the order inside the tier weakens.
    assert {t for _, t in report.tier_path} == {1}


def _roll_call() -> dict[str, dict[str, str | None]]:
    words = {"Y": "yes", "N": "no", "A": "abstain"}
    with (DATA / "votes" / "hrc-international-solidarity-series-votes-wide.csv").open() as f:
        return {
            row["iso3"]: {s: words.get(row[s].strip()) for s in SYMBOLS}
            for row in csv.DictReader(f)
        }


def test_vote_matrix_equals_the_roll_call_data() -> None:
    h = series()
    table = _roll_call()
    matrix = {s.state: dict(zip(SYMBOLS, s.positions, strict=True)) for s in h.votes.states}
    for state in sorted(set(table) | set(matrix)):
        expected = table.get(state, dict.fromkeys(SYMBOLS))
        got = matrix.get(state, dict.fromkeys(SYMBOLS))
        assert got == expected, state
    for k, symbol in enumerate(SYMBOLS):
        column = [table[s][symbol] for s in table]
        totals = h.votes.totals[k]
        assert (totals.yes, totals.no, totals.abstain) == (
            column.count("yes"),
            column.count("no"),
            column.count("abstain"),
        ), symbol


def test_mexico_moves_from_yes_to_abstain() -> None:
    mexico = next(s for s in series().votes.states if s.state == "MEX")
    assert mexico.positions[V["26-6"]] == "yes"
    assert mexico.positions[V["35-3"]] is None  # not listed: not a member in 2017
    assert mexico.positions[V["38-2"]] == "abstain"
    shifts = [(s.earlier, s.later, s.before, s.after) for s in mexico.shifts]
    assert shifts == [(V["26-6"], V["38-2"], "yes", "abstain")]


def test_json_contract() -> None:
    data = json.loads(series().to_json())
    assert data["schema"] == "resolution-compare/history@1"
    assert set(data) == {"schema", "versions", "provisions", "votes", "warnings"}
    assert set(data["versions"][0]) == {"source", "symbol", "title", "adopted", "language"}
    assert [v["adopted"] for v in data["versions"]][:2] == ["2008-03-27", "2011-06-16"]
    provision = data["provisions"][0]
    assert set(provision) == {"id", "first", "last_changed", "cells"}
    for p in data["provisions"]:
        assert len(p["cells"]) == len(SERIES)
        for cell in p["cells"]:
            assert set(cell) == {"paragraph", "paragraphs", "lead", "tier", "step", "moved"}
            assert cell["step"] in STEPS
            assert (cell["paragraph"] is None) == (cell["step"] == "absent")
            assert cell["paragraph"] == (cell["paragraphs"][0] if cell["paragraphs"] else None)
    assert set(data["votes"]) == {"states", "totals"}
    mexico = next(s for s in data["votes"]["states"] if s["state"] == "MEX")
    assert mexico["positions"] == ["yes", "yes", "yes", None, "abstain", "abstain", "abstain"]
    assert data["votes"]["totals"][0] == {"yes": 34, "no": 13, "abstain": 0}


def test_dropped_provision_stands_where_it_last_stood() -> None:
    h = series()
    order = list(h.provisions)
    # 41/5 PP7 was dropped in 44/11: it follows the provision of 41/5 PP6 (44/11 PP9).
    dropped = provision_with(h, "41-5", "PP7")
    before = provision_with(h, "41-5", "PP6")
    assert dropped.cells[V["44-11"]].step == "absent"
    assert order.index(dropped) == order.index(before) + 1
    # Provisions present in the latest version keep its order.
    latest = [p.cells[-1].paragraph for p in order if p.cells[-1].present]
    ids = [p.id for p in h.versions[-1].resolution.paragraphs]
    assert latest == ids
