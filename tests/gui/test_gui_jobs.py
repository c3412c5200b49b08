"""Putting a dropped pair in date order."""

from __future__ import annotations

import pytest

from resolution_compare.core.model import Header, Meeting, Resolution
from resolution_compare.gui.jobs import is_later


def res(
    adopted: str | None = None, session: int | None = None, meeting: str | None = None
) -> Resolution:
    return Resolution(
        source="x.txt",
        language="en",
        header=Header(body="Human Rights Council", session=session, adopted=adopted),
        meeting=Meeting(27, meeting) if meeting else None,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (res(adopted="2020-07-16"), res(adopted="2017-06-22"), True),  # header dates
        (res(meeting="2017-06-22"), res(meeting="2020-07-16"), False),  # meeting-line dates
        (res(session=44), res(session=35), True),  # sessions when no date is known
        (res(), res(adopted="2017-06-22"), None),  # one side unknown: keep the drop order
        (res(session=44), res(), None),  # same
    ],
)
def test_is_later(a: Resolution, b: Resolution, expected: bool | None) -> None:
    assert is_later(a, b) is expected
