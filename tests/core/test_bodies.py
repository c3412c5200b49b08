"""Organs other than the Human Rights Council: ECOSOC and the Security Council, in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.parser import parse_text
from resolution_compare.workflow import load_resolution

CONSTRUCTED = Path(__file__).resolve().parent.parent / "data" / "constructed"


def _core_header(res: object) -> dict[str, object]:
    """The six header fields these texts print (issue 11 added masthead fields)."""
    header = res.header.to_dict()  # type: ignore[attr-defined]
    keys = ("body", "session", "symbol", "agenda_item", "title", "adopted")
    return {k: header[k] for k in keys}


def test_ecosoc_in_english() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-en-ecosoc-2023-2.txt")
    assert _core_header(res) == {
        "body": "Economic and Social Council",
        "session": 2023,
        "symbol": "E/RES/2023/2",
        "agenda_item": "19(a)",
        "title": "Removal of the Islamic Republic of Iran from the Commission on the Status of "
        "Women",
        "adopted": "2022-12-14",
    }
    assert [(p.id, p.kind, p.lead) for p in res.paragraphs] == [
        ("PP1", "preambular", "Recalling"),
        ("PP2", "preambular", "Recalling also"),
        ("PP3", "preambular", "Expressing serious concern"),
        ("OP1", "operative", "Decides"),
    ]
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (5, "2022-12-14")


def test_security_council_in_english() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-en-sc-2728.txt")
    assert _core_header(res) == {
        "body": "Security Council",
        "session": None,
        "symbol": "S/RES/2728 (2024)",
        "agenda_item": None,
        "title": None,
        "adopted": "2024-03-25",
    }
    # the meeting is printed in the adoption line, not in a closing
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (
        9586,
        "2024-03-25",
    )
    assert [p.lead for p in res.paragraphs] == ["Reaffirming", "Recalling", "Demands", "Decides"]


def test_security_council_symbol_from_the_resolution_line() -> None:
    # without the masthead symbol, "Resolution 2728 (2024)" names the resolution
    text = (
        "Resolution 2728 (2024)\n\n"
        "Adopted by the Security Council at its 9586th meeting, on 25 March 2024\n\n"
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Demands a ceasefire."
    )
    res = parse_text(text, language="en")
    assert res.header.symbol == "S/RES/2728 (2024)"
    # the header's meeting line did not become the closing: both paragraphs are there
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]


ORGAN_CASES = [
    ("en", "The Economic and Social Council,", "Economic and Social Council"),
    ("en", "The Security Council,", "Security Council"),
    ("fr", "Le Conseil économique et social,", "Economic and Social Council"),
    ("fr", "Le Conseil de sécurité,", "Security Council"),
    ("es", "El Consejo Económico y Social,", "Economic and Social Council"),
    ("es", "El Consejo de Seguridad,", "Security Council"),
    ("ru", "Экономический и Социальный Совет,", "Economic and Social Council"),
    ("ru", "Совет Безопасности,", "Security Council"),
    ("ar", "إن المجلس الاقتصادي والاجتماعي،", "Economic and Social Council"),
    ("ar", "إن مجلس الأمن،", "Security Council"),
    ("zh", "经济及社会理事会，", "Economic and Social Council"),
    ("zh", "安全理事会，", "Security Council"),
]


@pytest.mark.parametrize(("language", "organ", "body"), ORGAN_CASES)
def test_organ_lines(language: str, organ: str, body: str) -> None:
    res = parse_text(f"{organ}\n\nX,\n\n1. Y.", language=language)
    assert res.header.body == body
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]
