"""Texts without word spaces pair by their characters, not by whitespace "words" (QA D4).

A one-phrase edit in the only operative paragraph of the real ECOSOC resolution
E/RES/2023/2 (Chinese) is one modified row with a character diff — as the same edit is in
English — never the decision deleted and a new one inserted, nor an uncertain pairing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.align_evidence import words_of
from resolution_compare.core.model import Resolution

DATA = Path(__file__).resolve().parent.parent / "data"
ECOSOC_ZH = DATA / "ecosoc-res-2023-2-zh.txt"
OP1_END = "成员资格，立即生效。"


def _edited(old: str, new: str, tmp_path: Path) -> tuple[Resolution, Resolution]:
    text = ECOSOC_ZH.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "edited.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return rc.load(ECOSOC_ZH), rc.load(path)


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        # "with immediate effect" → "with effect from 1 January 2023" (and variants)
        ("立即生效", "自2023年1月1日起生效", [("-", "立即"), ("+", "自2023年1月1日起")]),
        ("立即生效", "于2023年1月1日生效", [("-", "立即"), ("+", "于2023年1月1日")]),
        ("立即生效", "于2023年生效", [("-", "立即"), ("+", "于2023年")]),
        ("立即生效", "于会议结束时生效", [("-", "立即"), ("+", "于会议结束时")]),
        # a clause appended: "and requests the Secretary-General to inform the Member States"
        ("立即生效。", "立即生效，并请秘书长通知各会员国。", [("+", "，并请秘书长通知各会员国")]),
        # the head's object: "revoke" → "suspend"
        ("决定撤销", "决定暂停", [("-", "撤销"), ("+", "暂停")]),
    ],
)
def test_one_phrase_edit_of_the_only_operative_paragraph_is_one_modified_row(
    old: str, new: str, changed: list[tuple[str, str]], tmp_path: Path
) -> None:
    left, right = _edited(old, new, tmp_path)
    rows = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert [(r.left, r.right, r.status, r.uncertain) for r in rows] == [
        (("OP1",), ("OP1",), "modified", False)
    ]
    assert [(s.op, s.text) for s in rows[0].diff if s.op != "="] == changed
    assert rows[0].similarity > 0.8


def test_a_preambular_edit_keeps_its_pair(tmp_path: Path) -> None:
    # 表示严重关切 → 表示关切 ("Expressing grave concern" → "Expressing concern").
    left, right = _edited("表示严重关切", "表示关切", tmp_path)
    (row,) = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert (row.left, row.right, row.status, row.uncertain) == (
        ("PP3",),
        ("PP3",),
        "modified",
        False,
    )
    assert [(s.op, s.text) for s in row.diff if s.op != "="] == [("-", "严重")]
    # 表示关切 ("Expressing concern") is read as the lead on both sides (QA D15).
    assert (left.paragraph("PP3").lead, right.paragraph("PP3").lead) == ("表示严重关切", "表示关切")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a run of Han cut from the digits beside it, each run as its bigrams
        ("于2023年1月1日生效", ["于", "2023", "年", "1", "月", "1", "日生", "生效"]),
        ("立即生效", ["立即", "即生", "生效"]),
        # Latin text keeps its words
        ("Decides to extend", ["decides", "to", "extend"]),
        # Thai has no word spaces either
        ("ข้อมติ 2566", ["ข้", "้อ", "อม", "มต", "ติ", "2566"]),
    ],
)
def test_words_of_a_text_without_spaces(text: str, words: list[str]) -> None:
    assert words_of(text) == words


VARIANTS = DATA / "qa-variants" / "chinese-word-diff"


@pytest.mark.parametrize(
    ("name", "row", "old", "new"),
    [
        ("op4-strongly-urges", "OP4", "敦促", "强烈敦促"),  # "urges" → "strongly urges"
        ("op1-qianglie-guli", "OP1", "鼓励", "强烈鼓励"),  # "encourages" → "strongly encourages"
        ("op4-jinji-huyu", "OP4", "敦促", "紧急呼吁"),  # "urges" → "urgently calls upon"
    ],
)
def test_a_lead_opening_with_a_booster_is_read_and_stronger(
    name: str, row: str, old: str, new: str
) -> None:
    result = rc.compare(rc.load(VARIANTS / "base.txt"), rc.load(VARIANTS / f"{name}.txt"))
    (changed,) = [r for r in result.rows if r.status != "unchanged"]
    assert changed.left == changed.right == (row,)
    assert changed.lead is not None
    assert (changed.lead.left, changed.lead.right, changed.lead.change) == (old, new, "stronger")
