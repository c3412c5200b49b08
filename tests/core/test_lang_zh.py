"""Chinese as real UN texts write it: E/RES/2023/2 (ECOSOC), leads without word boundaries,
modifiers written onto the verb, full-width punctuation, "1.决定" numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.parser import parse_text
from resolution_compare.core.strength import head_of, lead_change, phrase_flags
from resolution_compare.workflow import load_resolution

DATA = Path(__file__).resolve().parent.parent / "data"


def _core_header(res: object) -> dict[str, object]:
    """The six header fields these texts print (issue 11 added masthead fields)."""
    header = res.header.to_dict()  # type: ignore[attr-defined]
    keys = ("body", "session", "symbol", "agenda_item", "title", "adopted")
    return {k: header[k] for k in keys}


def test_ecosoc_2023_2_header() -> None:
    res = load_resolution(DATA / "ecosoc-res-2023-2-zh.txt")
    assert res.language == "zh"
    # the source lost the title line, so neither title nor symbol can be known
    assert _core_header(res) == {
        "body": "Economic and Social Council",
        "session": 2023,
        "symbol": None,
        "agenda_item": "19(a)",
        "title": None,
        "adopted": "2022-12-14",
    }


def test_ecosoc_2023_2_paragraphs() -> None:
    res = load_resolution(DATA / "ecosoc-res-2023-2-zh.txt")
    shape = [(p.id, p.kind, p.number, p.lead) for p in res.paragraphs]
    assert shape == [
        ("PP1", "preambular", None, "回顾"),
        ("PP2", "preambular", None, "又回顾"),
        ("PP3", "preambular", None, "表示严重关切"),
        # one unnumbered operative paragraph
        ("OP1", "operative", None, "决定"),
    ]
    assert res.paragraphs[-1].text.endswith("立即生效。")
    assert res.warnings == ()


def test_ecosoc_2023_2_closing_prints_the_date_before_the_meeting_line() -> None:
    res = load_resolution(DATA / "ecosoc-res-2023-2-zh.txt")
    assert res.meeting is not None
    assert (res.meeting.number, res.meeting.date) == (5, "2022-12-14")
    # ECOSOC prints no vote
    assert res.vote.method is None
    assert "第5次全体会议" not in res.paragraphs[-1].text


LEAD_CASES = [
    # the lead runs straight into the next word: no boundary after 重申
    ("preambular", "重申一切人权的普遍性，", "重申"),
    # modifiers written onto the verb
    ("preambular", "又回顾其以往的决议，", "又回顾"),
    ("operative", "还请秘书长提交报告；", "还请"),
    ("operative", "再次表示关切暴力行为；", "再次表示关切"),
    ("operative", "特别强调合作的重要性；", "特别强调"),
    # the longest lead wins: 赞赏地注意到, not 注意到
    ("preambular", "赞赏地注意到特别报告员的工作，", "赞赏地注意到"),
    # a modifier that begins no lead is not a lead
    ("preambular", "特别报告员的报告，", None),
]


@pytest.mark.parametrize(("kind", "text", "lead"), LEAD_CASES)
def test_leads(kind: str, text: str, lead: str | None) -> None:
    body = f"人权理事会，\n\n{text}" if kind == "preambular" else f"人权理事会，\n\n1. {text}"
    res = parse_text(body, language="zh")
    paragraph = res.paragraphs[0]
    assert paragraph.kind == kind
    assert paragraph.lead == lead


def test_numbering_without_a_space_in_wrapped_lines() -> None:
    # one paragraph a line, no blank lines (text copied out of a PDF): "1.决定" starts a
    # paragraph and is not merged into the preamble
    text = "人权理事会，\n回顾其以往的决议，\n1.决定延长任务期限；\n2.请秘书长提供协助。"
    res = parse_text(text, language="zh")
    assert [(p.id, p.lead) for p in res.paragraphs] == [
        ("PP1", "回顾"),
        ("OP1", "决定"),
        ("OP2", "请"),
    ]


def test_full_width_punctuation_ends_clauses_and_chinese_lines_join_without_space() -> None:
    # a paragraph broken over two lines, then a new one after the full-width comma
    text = (
        "人权理事会，\n回顾其以往关于安全饮用水\n和卫生设施的决议，\n"
        "重申各国的义务，\n1.决定继续审议。"
    )
    res = parse_text(text, language="zh")
    assert [p.text for p in res.paragraphs] == [
        "回顾其以往关于安全饮用水和卫生设施的决议，",
        "重申各国的义务，",
        "决定继续审议。",
    ]


HEADER_CASES = [
    # HRC: the date stands before 通过的决议 (domain.md §1.2, 44/11 ZH)
    ("人权理事会2020年7月16日通过的决议", "adopted", "2020-07-16"),
    # ECOSOC: the date first (E/RES/2023/2)
    ("2022年12月14日经济及社会理事会决议", "adopted", "2022-12-14"),
    # agenda item keeps its letter
    ("议程项目19(c)", "agenda_item", "19(c)"),
    ("议程项目 3", "agenda_item", "3"),
    # session ordinals in Chinese numerals, and ECOSOC's year
    ("第四十四届会议", "session", 44),
    ("第一百零一届会议", "session", 101),
    ("2023年届会", "session", 2023),
]


@pytest.mark.parametrize(("line", "field", "value"), HEADER_CASES)
def test_header_lines(line: str, field: str, value: object) -> None:
    res = parse_text(f"{line}\n\n人权理事会，\n\n回顾其决议，\n\n1. 决定继续审议。", language="zh")
    assert getattr(res.header, field) == value


def test_encourages_to_urges_reads_stronger() -> None:
    # shared/cases/chinese-word-diff: the ▲ comes from the Chinese strength table
    left = load_resolution(DATA / "chinese-word-diff" / "min-a.txt")
    right = load_resolution(DATA / "chinese-word-diff" / "min-b.txt")
    change = lead_change(left.paragraph("OP1"), right.paragraph("OP1"), "zh", "zh")
    assert change is not None
    assert (change.left, change.right, change.change) == ("鼓励", "敦促", "stronger")
    row = compare_resolutions(left, right).rows[0]
    assert row.left == ("OP1",) and row.right == ("OP1",)
    assert row.lead is not None and row.lead.change == "stronger"


def test_modifier_is_stripped_before_scoring() -> None:
    res = parse_text("人权理事会，\n\n1. 还请秘书长提交报告。", language="zh")
    head = head_of(res.paragraphs[0], "zh")
    assert (head.phrase, head.tier) == ("请", 3)


def test_hedges_are_found_inside_a_run_of_characters() -> None:
    flags = phrase_flags("请各国采取措施。", "请各国酌情采取措施。", "zh")
    assert [(f.kind, f.text) for f in flags] == [("hedge_added", "酌情")]


def test_footnote_markers_after_full_width_punctuation() -> None:
    text = (
        "人权理事会，\n\n回顾其第5/1号决议，1\n\n1. 决定继续审议这一问题。2"
        "\n\n1 A/HRC/5/1.\n\n2 A/HRC/44/44."
    )
    res = parse_text(text, language="zh")
    assert [p.text for p in res.paragraphs] == ["回顾其第5/1号决议，", "决定继续审议这一问题。"]
    assert [(f.marker, f.paragraph) for f in res.footnotes] == [("1", "PP1"), ("2", "OP1")]
