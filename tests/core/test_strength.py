"""Head-verb tiers, lead changes, hedges/boosters and precision flags (domain.md §2)."""

from __future__ import annotations

import pytest

from resolution_compare.core.model import Paragraph
from resolution_compare.core.precision import precision_flags
from resolution_compare.core.strength import head_of, lead_change, phrase_flags


def _op(lead: str, rest: str = " the Independent Expert to continue;") -> Paragraph:
    return Paragraph("OP1", "operative", lead + rest, lead, 1)


@pytest.mark.parametrize(
    ("language", "lead", "rest", "tier"),
    [
        ("en", "Decides", " to extend the mandate", 5),  # decision
        ("en", "Urges", " all States to", 4),  # strong exhortation
        ("en", "Also requests", " the Expert to", 3),  # "Also" stripped
        ("en", "Further requests", " the Expert to", 3),  # "Further" stripped
        ("en", "Reiterates its request", " to the Expert", 3),  # longest head wins
        ("en", "Reiterates its determination", " to contribute", 0),  # 35/3 OP3
        ("en", "Calls upon", " States to consider ratifying", 2),  # "to consider" lowers
        ("en", "Calls upon", " States to ratify", 4),
        ("en", "Encourages", " States to", 2),
        ("en", "Takes note", " of the report", 1),  # 44/11 OP9
        ("en", "Reaffirms", " that", 0),
        ("fr", "Prie également", " l’Expert indépendant", 3),  # 44/11 fr
        ("fr", "Demande une nouvelle fois", " à", 3),  # modifier inside the lead
        ("fr", "Exhorte", " tous les États", 4),
        ("fr", "Engage", " les États à envisager", 2),  # "à envisager" lowers
        ("fr", "Prend note", " du rapport", 1),
        ("es", "Insta", " a todos los Estados", 4),
        ("es", "Pide además", " al Experto", 3),
    ],
)
def test_head_tier(language: str, lead: str, rest: str, tier: int) -> None:
    assert head_of(_op(lead, rest), language).tier == tier


@pytest.mark.parametrize(
    ("left", "right", "change"),
    [
        ("Encourages", "Urges", "stronger"),  # 2 -> 4
        ("Requests", "Invites", "weaker"),  # 3 -> 2
        ("Requests", "Recommends", "changed"),  # same tier, other verb
        ("Welcomes", "Takes note of", "weaker"),  # tier 1: approval → mere acknowledgement
        ("Takes note of", "Expresses its appreciation for", "stronger"),  # ranked inside tier 1
        ("Recognizes", "Acknowledges", "changed"),  # same tier, neither ranked
        ("Urges", "Strongly urges", "stronger"),  # lead booster: half a tier
        ("Requests", "Also requests", None),  # same head: no lead change
        ("Decides", "Decides", None),  # unchanged
    ],
)
def test_lead_change(left: str, right: str, change: str | None) -> None:
    result = lead_change(_op(left), _op(right), "en", "en")
    assert (result.change if result else None) == change


def test_preamble_to_operative_is_stronger() -> None:
    pp = Paragraph("PP3", "preambular", "Recalling the report", "Recalling")
    result = lead_change(pp, _op("Recalls", " the report"), "en", "en")
    assert result is not None and result.change == "stronger"
    assert (result.left_tier, result.right_tier) == (None, 0)


def test_preamble_pairs_have_no_lead() -> None:
    a = Paragraph("PP1", "preambular", "Recalling X", "Recalling")
    b = Paragraph("PP1", "preambular", "Reaffirming X", "Reaffirming")
    assert lead_change(a, b, "en", "en") is None


@pytest.mark.parametrize(
    ("language", "left", "right", "flags"),
    [
        (
            "en",
            "Calls upon States to act;",
            "Calls upon States, as appropriate, to act;",
            [("hedge_added", "as appropriate")],
        ),
        ("en", "Strongly urges States", "Urges States", [("booster_removed", "strongly")]),
        (
            "fr",
            "Prie les États d’agir",
            "Prie les États, selon qu’il conviendra, d’agir",
            [("hedge_added", "selon qu'il conviendra")],
        ),
        (
            "es",
            "Pide a los Estados",
            "Pide a los Estados, según proceda,",
            [("hedge_added", "según proceda")],
        ),
        ("en", "Requests the Expert to act", "Requests the Expert to act", []),  # nothing changed
    ],
)
def test_phrase_flags(language: str, left: str, right: str, flags: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.text) for f in phrase_flags(left, right, language)] == flags


@pytest.mark.parametrize(
    ("left", "right", "kind", "detail"),
    [
        (
            "extend the mandate for a period of three years",
            "for a period of two years",
            "period_changed",
            "three years → two years",
        ),
        (
            "to report at its thirty-second session",
            "to report at its thirty-fifth session",
            "reporting_changed",
            "thirty-second session → thirty-fifth session",
        ),
        (
            "to submit by 1 March 2021",
            "to submit by 1 June 2022",
            "deadline_changed",
            "1 march 2021 → 1 june 2022",
        ),
    ],
)
def test_precision_flags(left: str, right: str, kind: str, detail: str) -> None:
    flags = precision_flags(left, right, "en")
    assert [(f.kind, f.detail) for f in flags] == [(kind, detail)]


@pytest.mark.parametrize(
    ("language", "left", "right", "change"),
    [
        ("fr", "Se félicite", "Prend note", "weaker"),  # 53/5 EN "Expresses its appreciation"
        ("fr", "Prend note", "Prend note avec satisfaction", "stronger"),
        ("es", "Acoge con beneplácito", "Toma nota", "weaker"),
    ],
)
def test_rank_inside_tier_one(language: str, left: str, right: str, change: str) -> None:
    result = lead_change(_op(left, " du rapport;"), _op(right, " du rapport;"), language, language)
    assert result is not None and result.change == change
