"""Items 18 and 19: the terminal, the JSON and the README agree."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from resolution_compare.console import format_outline
from resolution_compare.console_compare import format_comparison
from resolution_compare.workflow import compare_files, load_resolution

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
ELLIPSIS = "…"


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def vote_figures(text: str) -> list[str]:
    return re.findall(r"\d+–\d+–[\d?]+", text)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("hrc-res-17-6-en.txt", "hrc-res-26-6-en.txt"),  # 26/6: "of 33 to 14." (no clause)
        ("hrc-res-7-5-en.txt", "hrc-res-35-3-en.txt"),  # 7/5: "of 34 to 13."
        ("hrc-res-38-2-en.txt", "hrc-res-44-11-en.txt"),  # "with 1 abstention"
    ],
)
def test_parse_and_compare_print_the_same_vote_figures(earlier: str, later: str) -> None:
    outlines = [format_outline(load_resolution(DATA / name)) for name in (earlier, later)]
    parsed = [vote_figures(o)[0] for o in outlines]
    compared = vote_figures(format_comparison(compare_files(DATA / earlier, DATA / later)))
    assert compared == parsed
    assert all("?" not in figures for figures in parsed)  # a record without the clause is 0


def test_summary_vote_changes_is_what_the_text_says() -> None:
    result = compare_files(DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    text = format_comparison(result)
    data = json.loads(result.to_json())
    n = data["summary"]["vote_changes"]
    assert re.search(rf"\b{n} votes? changed\b", text)
    one_side = data["summary"]["states_in_one_vote"]
    assert f"{one_side} States in one vote only" in text
    listed = re.findall(r"Only in the (?:earlier|later) vote \((\d+)\)", text)
    assert sum(int(x) for x in listed) == one_side


@pytest.mark.parametrize(
    "name",
    [
        "hrc-res-35-3-en.txt",  # no header: the date comes from the closing meeting line
        "hrc-res-44-11-fr.txt",  # a header with the adoption date
        "ga-res-80-4-en_extract-v1.3.0.md",  # General Assembly
    ],
)
def test_adopted_is_in_the_json_wherever_the_text_shows_a_date(name: str) -> None:
    result = compare_files(DATA / name, DATA / name)
    shown = re.search(r"left: .*adopted (\S+?)\)", format_comparison(result))
    assert shown is not None
    assert json.loads(result.to_json())["left"]["adopted"] == shown.group(1) != "?"


def test_texts_without_a_vote_say_so_in_the_terminal() -> None:
    ga = DATA / "ga-res-80-4-en_extract-v1.3.0.md"
    assert "Vote:        no vote in this text" in format_outline(load_resolution(ga))
    text = format_comparison(compare_files(ga, ga))
    assert "Votes: no vote in this text → no vote in this text" in text
    assert "unknown" not in text and "?-?-?" not in text


def matches(shown: Any, real: Any) -> bool:
    """README value ``shown`` is ``real`` output, where "…" ends a cut-short text, and in a
    list stands for items left out (so [PP1, OP1, "…"] is PP1, later OP1, more after)."""
    if isinstance(shown, str) and shown.endswith(ELLIPSIS) and isinstance(real, str):
        head = shown[:-1].rstrip()
        return real.startswith(head) and len(real) > len(head)
    if isinstance(shown, list):
        return isinstance(real, list) and _list_matches(shown, real)
    if isinstance(shown, dict):
        return (
            isinstance(real, dict)
            and list(shown) == list(real)
            and all(matches(shown[k], real[k]) for k in shown)
        )
    return bool(shown == real)


def _list_matches(shown: list[Any], real: list[Any]) -> bool:
    if not shown:
        return not real
    if shown[0] == ELLIPSIS:
        rest = shown[1:]
        # At least one item left out, then the rest matches from some later point.
        return any(_list_matches(rest, real[i:]) for i in range(1, len(real) + 1))
    return bool(real) and matches(shown[0], real[0]) and _list_matches(shown[1:], real[1:])


def test_the_readme_json_example_is_real_output() -> None:
    block = re.search(r"```json\n(.*?)```", readme(), re.S)
    assert block is not None
    shown = json.loads(block.group(1))
    real = json.loads(load_resolution(DATA / shown["source"]).to_json())
    assert matches(shown, real)
    for key in shown:  # pin down which part differs when it does not
        assert matches(shown[key], real[key]), key


def test_the_matching_rule_can_fail() -> None:
    assert not matches({"a": "xyz…"}, {"a": "abc"})
    assert not matches(["A", "…"], ["A"])  # "…" promises more items
    assert not matches({"a": 1}, {"a": 1, "b": 2})  # a field left out of the README


def test_the_readme_lists_every_summary_field() -> None:
    result = compare_files(DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    text = readme()
    for key in json.loads(result.to_json())["summary"]:
        assert f"`{key}`" in text, key
