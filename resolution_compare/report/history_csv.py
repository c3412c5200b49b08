"""The two grids of a history as CSV, for analysts' own tools.

Provisions: one row per provision (the window's order) — id, where it last stood, its lead
there, the first version and the version of its last wording change — then three columns
per version: the paragraph ids ("OP3+OP4" for a split), the step and the verb tier.
Votes: one row per State (ISO3 code, English name, number of shifts), then one column per
version: yes, no, abstain, or empty when the State is not listed.
Columns are headed "<year> <label>". A cell that a spreadsheet would run as a formula
(starting with = + - @) is prefixed with an apostrophe: file names and symbols come from
outside.
"""

from __future__ import annotations

import csv
import io

from resolution_compare.core.countries import state_name
from resolution_compare.core.history import History

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _heads(history: History) -> list[str]:
    return [f"{v.year or '#' + str(i + 1)} {v.label}" for i, v in enumerate(history.versions)]


def _write(rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return out.getvalue()


def provisions_csv(history: History) -> str:
    heads = _heads(history)
    header: list[object] = ["provision", "label", "lead", "first", "last_changed"]
    for head in heads:
        header += [f"{head} paragraphs", f"{head} step", f"{head} tier"]
    rows: list[list[object]] = [header]
    for p in history.provisions:
        row: list[object] = [
            p.id,
            p.label,
            p.cells[p.last_present].lead,
            heads[p.first],
            heads[p.last_changed],
        ]
        for cell in p.cells:
            row += ["+".join(cell.paragraphs), cell.step, cell.tier]
        rows.append(row)
    return _write(rows)


def votes_csv(history: History) -> str:
    rows: list[list[object]] = [["iso3", "state", "shifts", *_heads(history)]]
    for s in history.votes.states:
        rows.append([s.state, state_name(s.state, "en"), len(s.shifts), *s.positions])
    return _write(rows)
