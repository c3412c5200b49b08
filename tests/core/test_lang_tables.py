"""Every language table read as a whole: each lead, each vote formula and each header formula
of ``resources/lang/*/`` must parse when embedded in a minimal resolution.

The formulas are regexes, so the tables carry ``examples`` (closings in votes.json, headers in
structure.json) and these tests check both that every example parses to what it says and that
every pattern is used by at least one example: a formula nobody can write down is a defect.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table
from resolution_compare.core.parser import parse_text
from resolution_compare.core.votes import searchable

# Words that follow a lead without making a longer lead of it.
FILLER = {
    "en": " the matter",
    "fr": " la question",
    "es": " la cuestión",
    "ru": " этот вопрос",
    "ar": " هذه المسألة",
    "zh": "这一问题",  # no space: Chinese leads run into the next word
}
CLAUSE_END = {"zh": ("，", "。"), "ar": ("،", ".")}


def _organ_line(language: str) -> str:
    return str(load_table(language, "structure")["examples"][0]["organ"])


def _minimal(language: str, opener: str, lead: str) -> str:
    comma, stop = CLAUSE_END.get(language, (",", "."))
    filler = FILLER[language]
    return f"{_organ_line(language)}\n\n{opener}{filler}{comma}\n\n1. {lead}{filler}{stop}"


def _lead_cases(key: str) -> list[tuple[str, str]]:
    return [
        (language, phrase)
        for language in SUPPORTED_LANGUAGES
        for phrase in load_table(language, "structure").get(key, [])
    ]


def _first(language: str, key: str) -> str:
    return str(load_table(language, "structure")[key][0])


@pytest.mark.parametrize(("language", "opener"), _lead_cases("preambular_openers"))
def test_every_preambular_opener_is_read(language: str, opener: str) -> None:
    res = parse_text(
        _minimal(language, opener, _first(language, "operative_leads")), language=language
    )
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]
    assert res.paragraphs[0].lead == opener


@pytest.mark.parametrize(("language", "lead"), _lead_cases("operative_leads"))
def test_every_operative_lead_is_read(language: str, lead: str) -> None:
    res = parse_text(
        _minimal(language, _first(language, "preambular_openers"), lead), language=language
    )
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]
    assert res.paragraphs[1].lead == lead


def _modifier_cases() -> list[tuple[str, str, str]]:
    cases = []
    for language in SUPPORTED_LANGUAGES:
        table = load_table(language, "structure")
        lead = _first(language, "operative_leads")
        glue = "" if language == "zh" else " "
        for modifier in table.get("lead_modifiers_before", []):
            cases.append((language, lead, f"{modifier}{glue}{lead}"))
        for modifier in table.get("lead_modifiers_after", []):
            cases.append((language, lead, f"{lead} {modifier}"))
    return cases


@pytest.mark.parametrize(("language", "lead", "printed"), _modifier_cases())
def test_every_modifier_wraps_a_lead(language: str, lead: str, printed: str) -> None:
    res = parse_text(
        _minimal(language, _first(language, "preambular_openers"), printed), language=language
    )
    assert res.paragraphs[1].lead == printed


# --- vote formulas -----------------------------------------------------------------------------


def _vote_examples() -> list[tuple[str, dict[str, Any]]]:
    return [
        (language, example)
        for language in SUPPORTED_LANGUAGES
        for example in load_table(language, "votes").get("examples", [])
    ]


@pytest.mark.parametrize(("language", "example"), _vote_examples())
def test_every_vote_example_is_read(language: str, example: dict[str, Any]) -> None:
    text = _minimal(
        language, _first(language, "preambular_openers"), _first(language, "operative_leads")
    )
    res = parse_text(f"{text}\n\n{example['closing']}", language=language)
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]
    vote = res.vote
    assert (vote.method, vote.yes, vote.no, vote.abstain) == (
        example["method"],
        example["yes"],
        example["no"],
        example["abstain"],
    )
    assert res.meeting is not None
    assert (res.meeting.number, res.meeting.date) == (example["meeting"], example["date"])
    # the lists name as many States as the counts say, all recognised
    assert res.warnings == ()
    if vote.method == "recorded":
        assert len(vote.in_favour) == vote.yes and len(vote.against) == vote.no


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_vote_formula_has_an_example(language: str) -> None:
    table = load_table(language, "votes")
    closings = [searchable(e["closing"]) for e in table.get("examples", [])]
    unused = [
        pattern
        for key in ("meeting", "without_vote", "recorded")
        for pattern in table.get(key, [])
        if not any(re.search(pattern, closing) for closing in closings)
    ]
    assert unused == []


# --- header formulas ---------------------------------------------------------------------------


def _header_examples() -> list[tuple[str, dict[str, Any]]]:
    return [
        (language, example)
        for language in SUPPORTED_LANGUAGES
        for example in load_table(language, "structure").get("examples", [])
    ]


@pytest.mark.parametrize(("language", "example"), _header_examples())
def test_every_header_example_is_read(language: str, example: dict[str, Any]) -> None:
    comma, stop = CLAUSE_END.get(language, (",", "."))
    opener, lead = _first(language, "preambular_openers"), _first(language, "operative_leads")
    filler = FILLER[language]
    body = f"{opener}{filler}{comma}\n\n1. {lead}{filler}{stop}"
    res = parse_text(f"{example['header']}\n\n{example['organ']}\n\n{body}", language=language)
    header = res.header
    got = (header.body, header.adopted, header.session, header.symbol, header.agenda_item)
    assert got == (
        example["body"],
        example["adopted"],
        example["session"],
        example["symbol"],
        example["agenda_item"],
    )
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]
    if "meeting" in example:
        assert res.meeting is not None and res.meeting.number == example["meeting"]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_header_formula_and_body_has_an_example(language: str) -> None:
    table = load_table(language, "structure")
    examples = table.get("examples", [])
    headers = [e["header"] for e in examples]
    unused = [
        p for p in table.get("adoption_line", []) if not any(re.search(p, h) for h in headers)
    ]
    unused += [
        p for p in table.get("symbol_lines", []) if not any(re.search(p, h, re.M) for h in headers)
    ]
    bodies = {e["body"] for e in examples}
    unused += [b["body"] for b in table.get("bodies", []) if b["body"] not in bodies]
    assert unused == []
