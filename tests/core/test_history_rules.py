"""history() rules on small hand-built series: steps, splits and merges, selection, limits.

Paragraph texts are real operative language of the solidarity series, cut down, so the pair
engine aligns them as it does real texts.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.comparison import DiffSegment, Row
from resolution_compare.core.history import MAX_VERSIONS
from resolution_compare.core.history_build import build_history, step_comparison, step_of_row
from resolution_compare.core.model import Meeting, Paragraph, Resolution

RECALL = "Recalling its resolution {n} on human rights and international solidarity,"
REPORT = (
    "Requests the Independent Expert to report to the Human Rights Council at its {s} "
    "session on the implementation of the present resolution;"
)
RENEW = (
    "Decides to extend the mandate of the Independent Expert on human rights and "
    "international solidarity for a period of three years;"
)
COOPERATE = (
    "Requests all States, United Nations agencies, other relevant international "
    "organizations and non-governmental organizations to mainstream the right of peoples "
    "and individuals to international solidarity into their activities"
)
COOPERATE_MORE = (
    "Also requests all States to cooperate with the Independent Expert in the fulfilment of "
    "the mandate, to supply all necessary information requested and to give serious "
    "consideration to responding favourably to the requests of the Independent Expert to "
    "visit their countries;"
)
CLOSE = "Decides to continue its consideration of this matter under the same agenda item."


def text(date: str, *paragraphs: str, source: str | None = None, lang: str = "en") -> Resolution:
    """A resolution adopted on ``date``: "PP:" preambular, anything else operative."""
    out: list[Paragraph] = []
    pp = op = 0
    for body in paragraphs:
        if body.startswith("PP:"):
            pp += 1
            words = body[3:]
            out.append(Paragraph(f"PP{pp}", "preambular", words, words.split()[0]))
        else:
            op += 1
            lead = "Also requests" if body.startswith("Also requests") else body.split()[0]
            out.append(Paragraph(f"OP{op}", "operative", body, lead, op))
    return Resolution(
        source=source or f"{date}.txt",
        language=lang,
        paragraphs=tuple(out),
        meeting=Meeting(30, date) if date else None,
    )


def cells(history: rc.History, paragraph: str, version: int = -1) -> list[tuple[str, str]]:
    """(first id or "-", step) of the provision holding ``paragraph`` in ``version``."""
    provision = next(p for p in history.provisions if paragraph in p.cells[version].paragraphs)
    return [(c.paragraph or "-", c.step) for c in provision.cells]


def test_routine_step_is_not_a_wording_change() -> None:
    h = rc.history(
        [
            text("2017-06-22", "PP:" + RECALL.format(n="32/9"), REPORT.format(s="thirty-eighth")),
            text("2018-07-05", "PP:" + RECALL.format(n="35/3"), REPORT.format(s="forty-first")),
            text("2019-07-11", "PP:" + RECALL.format(n="35/3"), REPORT.format(s="forty-first")),
        ]
    )
    report = next(p for p in h.provisions if p.cells[0].paragraph == "OP1")
    assert [c.step for c in report.cells] == ["first", "routine", "unchanged"]
    assert report.first == 0 and report.last_changed == 0
    assert report.tier_path == ((0, 3), (1, 3), (2, 3))


def test_split_keeps_the_lineage_and_lists_every_id() -> None:
    joined = COOPERATE + ", and " + COOPERATE_MORE[0].lower() + COOPERATE_MORE[1:]
    h = rc.history(
        [
            text("2014-06-26", RENEW, joined, CLOSE),
            text("2017-06-22", RENEW, COOPERATE + ";", COOPERATE_MORE, CLOSE),
        ]
    )
    assert cells(h, "OP2") == [("OP2", "first"), ("OP2", "modified")]
    split = next(p for p in h.provisions if "OP3" in p.cells[1].paragraphs)
    assert split.cells[1].paragraphs == ("OP2", "OP3")
    assert split.cells[1].rows[0].status == "split"
    assert len(h.provisions) == 3


def test_merge_joins_the_lineages_and_lists_every_id_before() -> None:
    joined = COOPERATE + ", and " + COOPERATE_MORE[0].lower() + COOPERATE_MORE[1:]
    h = rc.history(
        [
            text("2014-06-26", RENEW, COOPERATE + ";", COOPERATE_MORE, CLOSE),
            text("2017-06-22", RENEW, COOPERATE + ";", COOPERATE_MORE, CLOSE),
            text("2020-07-16", RENEW, joined, CLOSE),
        ]
    )
    merged = next(p for p in h.provisions if "OP2" in p.cells[2].paragraphs)
    assert [c.paragraphs for c in merged.cells] == [("OP2", "OP3"), ("OP2", "OP3"), ("OP2",)]
    assert [c.step for c in merged.cells] == ["first", "unchanged", "modified"]
    assert len(h.provisions) == 3


def test_a_provision_dropped_twice_returns_twice() -> None:
    with_renewal = text("2017-06-22", RENEW, REPORT.format(s="thirty-eighth"), CLOSE)
    without = text("2018-07-05", REPORT.format(s="thirty-eighth"), CLOSE)
    h = rc.history(
        [
            with_renewal,
            without,
            replace(with_renewal, source="2020.txt", meeting=Meeting(27, "2020-07-16")),
            replace(without, source="2021.txt", meeting=Meeting(27, "2021-07-16")),
            replace(with_renewal, source="2023.txt", meeting=Meeting(27, "2023-07-12")),
        ]
    )
    steps = [s for _, s in cells(h, "OP1")]
    assert steps == ["first", "absent", "returned", "absent", "returned"]
    renewal = next(p for p in h.provisions if p.cells[-1].paragraph == "OP1")
    assert [c.since for c in renewal.cells] == [None, 0, 0, 2, 2]
    # Returned word for word: not a change of wording.
    assert renewal.last_changed == 0 and renewal.changes == (2, 4)


def test_step_comparison_opens_the_pair_behind_a_cell() -> None:
    h = rc.history(
        [
            text("2017-06-22", RENEW, CLOSE),
            text("2018-07-05", CLOSE),
            text("2019-07-11", CLOSE),
            text("2020-07-16", RENEW, CLOSE),
        ]
    )
    renewal = next(p for p in h.provisions if p.cells[-1].paragraph == "OP1")
    # Back after two years: compared with the 2017 text, its row found there.
    comparison, row = step_comparison(h, renewal, 3) or (None, None)
    assert comparison is not None and row is not None
    assert comparison.left.source == "2017-06-22.txt"
    assert comparison.rows[row].right == ("OP1",) and comparison.rows[row].status == "unchanged"
    # Absent in 2019, since 2017: the row that deletes it.
    comparison, row = step_comparison(h, renewal, 2) or (None, None)
    assert comparison is not None and row is not None
    assert comparison.rows[row].left == ("OP1",) and comparison.rows[row].status == "deleted"
    # The first version has nothing before it.
    assert step_comparison(h, renewal, 0) is None


@pytest.mark.parametrize(
    ("status", "routine", "step"),
    [
        ("unchanged", False, "unchanged"),
        ("modified", False, "modified"),
        ("modified", True, "routine"),
        ("split", False, "modified"),
        ("merged", False, "modified"),
        # Added by the engine later: shown as such.
        ("rewritten", False, "rewritten"),
        # A status this version does not know is a change, never "unchanged".
        ("reordered", False, "modified"),
    ],
)
def test_step_of_row(status: str, routine: bool, step: str) -> None:
    diff = (DiffSegment("-", "32/9", routine), DiffSegment("+", "35/3", routine))
    if status == "unchanged":
        diff = (DiffSegment("=", "same"),)
    row = Row(("OP1",), ("OP1",), status, diff)  # type: ignore[arg-type]
    assert step_of_row(row) == step


def test_not_a_resolution_duplicate_and_other_language_are_left_out() -> None:
    a = text("2017-06-22", RENEW, CLOSE)
    b = text("2018-07-05", RENEW, REPORT.format(s="forty-first"), CLOSE)
    copy = replace(b, source="copy-of-2018.txt")
    notes = Resolution(
        source="notes.txt",
        language="en",
        paragraphs=(Paragraph("P1", "other", "Minutes of the informal consultations."),),
    )
    french = text("2019-07-11", "Décide de proroger le mandat;", source="fr.txt", lang="fr")
    h = rc.history([a, notes, b, copy, b, french])
    assert [v.resolution.source for v in h.versions] == ["2017-06-22.txt", "2018-07-05.txt"]
    assert h.warnings == (
        "notes.txt: not a resolution, a decision or a draft of one; left out",
        "copy-of-2018.txt: the same text as 2018-07-05.txt; taken once",
        "2018-07-05.txt: given twice; taken once",
        "fr.txt: in French, the other versions are in English; left out (a history "
        "compares one language)",
    )


def test_undated_versions_keep_the_order_given() -> None:
    later = text("", RENEW, REPORT.format(s="forty-first"), CLOSE, source="b.txt")
    earlier = text("2017-06-22", RENEW, CLOSE, source="a.txt")
    h = rc.history([later, earlier])
    assert [v.resolution.source for v in h.versions] == ["b.txt", "a.txt"]
    assert h.warnings == ("no adoption date in b.txt: the versions are in the order given",)


def test_draft_revision_and_adopted_text_of_one_day_read_in_order() -> None:
    base = text("2020-07-16", RENEW, CLOSE)

    def version(symbol: str, extra: str) -> Resolution:
        r = text("2020-07-16", RENEW, extra, CLOSE, source=f"{symbol.replace('/', '-')}.txt")
        return replace(r, header=replace(base.header, symbol=symbol))

    adopted = version("A/HRC/RES/44/11", REPORT.format(s="forty-seventh"))
    rev = version("A/HRC/44/L.8/Rev.1", REPORT.format(s="forty-sixth"))
    draft = version("A/HRC/44/L.8", REPORT.format(s="forty-fifth"))
    h = rc.history([adopted, rev, draft])
    assert [v.label for v in h.versions] == [
        "A/HRC/44/L.8",
        "A/HRC/44/L.8/Rev.1",
        "A/HRC/RES/44/11",
    ]


def test_official_draft_is_dated_by_its_masthead_and_comes_before_the_adopted_text() -> None:
    # A/C.2/80/L.12 carries no adoption date, only "Distr.: Limited / 13 October 2025";
    # A/RES/80/123 was adopted on 15 December 2025. Given in the wrong order, no warning.
    pdfs = Path(__file__).parent.parent / "data" / "un-pdf"
    adopted = rc.load(pdfs / "A_RES_80_123.pdf")
    draft = rc.load(pdfs / "A_C.2_80_L.12.pdf")
    h = rc.history([adopted, draft])
    assert [v.label for v in h.versions] == ["A/C.2/80/L.12", "A/RES/80/123"]
    assert [v.date for v in h.versions] == ["2025-10-13", "2025-12-15"]
    assert not any("order given" in w for w in h.warnings)


def test_limits() -> None:
    a = text("2017-06-22", RENEW, CLOSE)
    with pytest.raises(rc.InputError, match="at least two versions"):
        rc.history([a])
    with pytest.raises(rc.InputError, match="at least two versions"):
        rc.history([a, replace(a, source="same.txt")])
    many = [
        replace(a, source=f"{k}.txt", meeting=Meeting(k, f"{1990 + k}-01-01"))
        for k in range(MAX_VERSIONS + 1)
    ]
    # Different dates, same words: still distinct texts (the meeting line differs).
    with pytest.raises(rc.InputError, match=f"at most {MAX_VERSIONS} versions"):
        rc.history(many)
    assert len(rc.history(many[:MAX_VERSIONS]).versions) == MAX_VERSIONS


def test_progress_is_reported_and_can_stop_the_work() -> None:
    texts = [
        text(f"{2015 + k}-07-01", RENEW, REPORT.format(s="forty-first"), CLOSE) for k in range(4)
    ]
    texts = [replace(t, source=f"{k}.txt") for k, t in enumerate(texts)]
    seen: list[tuple[int, int]] = []
    build_history(texts, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        build_history(texts, progress=stop)


def test_an_uncertain_pair_does_not_link_across_a_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pair engine may mark a weak pair "uncertain" (a row field it adds): a lineage
    # across a gap is a stronger claim, so such a pair leaves the provisions apart.
    from resolution_compare.core import history_build

    real = history_build.compare_resolutions

    def marking(left: Resolution, right: Resolution, options=None):  # type: ignore[no-untyped-def]
        result = real(left, right, options)
        if left.source:  # the pair comparisons; the gap comparison has no file name
            return result
        rows = tuple(replace(r, uncertain=True) if r.left and r.right else r for r in result.rows)
        return replace(result, rows=rows)

    monkeypatch.setattr(history_build, "compare_resolutions", marking)
    h = rc.history(
        [
            text("2017-06-22", RENEW, CLOSE),
            text("2018-07-05", CLOSE),
            text("2020-07-16", RENEW, CLOSE),
        ]
    )
    assert [s for _, s in cells(h, "OP1")] == ["absent", "absent", "first"]
