"""A provision that comes back after a gap is compared with the version it last stood in,
calendar distance included: its session moved by as much as the two versions did is a
routine update there too, and one that did not is shown (QA D2)."""

from __future__ import annotations

import resolution_compare as rc
from tests.core.test_history_rules import CLOSE, RENEW, REPORT, text


def _returned(report_then: str, report_now: str) -> rc.core.comparison.Row:
    h = rc.history(
        [
            # 35/3 (June 2017), 38/2 (July 2018) without the request, 41/5 (July 2019).
            text("2017-06-22", RENEW, REPORT.format(s=report_then), CLOSE),
            text("2018-07-05", RENEW, CLOSE),
            text("2019-07-11", RENEW, REPORT.format(s=report_now), CLOSE),
        ]
    )
    provision = next(p for p in h.provisions if p.cells[0].paragraph == "OP2")
    assert [c.step for c in provision.cells] == ["first", "absent", "returned"]
    (row,) = provision.cells[2].rows
    return row


def test_a_returned_provision_moved_by_the_calendar_is_routine() -> None:
    # June 2017 → July 2019: six Council sessions; the report moves 38th → 44th.
    row = _returned("thirty-eighth", "forty-fourth")
    assert row.routine_only


def test_a_returned_provision_moved_otherwise_is_a_change() -> None:
    row = _returned("thirty-eighth", "forty-first")
    assert not row.routine_only and any(s.op != "=" for s in row.diff)
