"""countries.json and core/countries.py: UN names ↔ ISO3 in six languages."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pycountry
import pytest

from resolution_compare.core.countries import (
    known_states,
    normalize_name,
    resolve_state,
    split_state_list,
    state_name,
)
from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES
from resolution_compare.resources import read_json

DATA = Path(__file__).resolve().parent.parent / "data"
STATES = read_json("lang", "countries.json")["states"]


# --- the table ------------------------------------------------------------------------------


def test_table_holds_the_member_states_holy_see_and_palestine() -> None:
    # 193 Member States + 2 observer States
    assert len(STATES) == 195
    assert {"VAT", "PSE"} <= set(STATES)


def test_every_key_is_an_iso3_code_known_to_pycountry() -> None:
    unknown = [code for code in STATES if pycountry.countries.get(alpha_3=code) is None]
    assert unknown == []


def test_every_state_has_a_name_in_all_six_languages() -> None:
    missing = [
        (code, lang)
        for code, entry in STATES.items()
        for lang in SUPPORTED_LANGUAGES
        if not entry["names"].get(lang, "").strip()
    ]
    assert missing == []


def test_no_spelling_points_to_two_states() -> None:
    owners: dict[str, set[str]] = {}
    for code, entry in STATES.items():
        spellings = list(entry["names"].values())
        spellings += [a for aliases in entry["aliases"].values() for a in aliases]
        for spelling in spellings:
            owners.setdefault(normalize_name(spelling), set()).add(code)
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}


def test_every_name_and_alias_resolves_to_its_own_state() -> None:
    wrong = [
        (code, lang, spelling)
        for code, entry in STATES.items()
        for lang, spellings in [(lg, [n]) for lg, n in entry["names"].items()]
        + list(entry["aliases"].items())
        for spelling in spellings
        if resolve_state(spelling, lang) != code
    ]
    assert wrong == []


def _csv_rows(name: str) -> list[dict[str, str]]:
    with (DATA / "votes" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_english_names_of_countries_csv_resolve() -> None:
    # former States (USSR, Yugoslavia…) are not in the table; every current one must resolve
    rows = [r for r in _csv_rows("countries.csv") if r["iso3"] in STATES]
    assert len(rows) > 140
    wrong = [(r["iso3"], r["name"]) for r in rows if resolve_state(r["name"], "en") != r["iso3"]]
    assert wrong == []


def test_english_names_of_the_vote_series_resolve() -> None:
    rows = _csv_rows("hrc-international-solidarity-series-votes-wide.csv")
    wrong = [
        (r["iso3"], r["country"]) for r in rows if resolve_state(r["country"], "en") != r["iso3"]
    ]
    assert wrong == []


def test_french_vote_lists_of_44_11_resolve_completely() -> None:
    text = (DATA / "hrc-res-44-11-fr.txt").read_text(encoding="utf-8")
    block = text[text.index("Ont voté pour") :]
    lists = re.split(r"Ont voté pour\s*:|Ont voté contre\s*:|Se sont abstenus\s*:", block)
    codes: list[str] = []
    for printed in lists[1:]:
        found, unresolved = split_state_list(printed.replace("]", ""), "fr")
        assert unresolved == []
        codes += found
    assert len(codes) == 47
    assert {"CZE", "KOR", "MHL", "VEN", "NLD", "DEU", "MEX", "COD"} <= set(codes)


# --- normalisation and single names -----------------------------------------------------------

NORMALIZE_CASES = [
    # typographic and straight apostrophes are one key
    ("Côte d’Ivoire", "cote d'ivoire"),
    # accents stripped, case folded
    ("TÜRKIYE", "turkiye"),
    # whitespace collapsed, footnote-ish edge punctuation removed
    ("  United   Kingdom\nof Great Britain.", "united kingdom of great britain"),
    # Arabic tashkeel and tatweel stripped
    ("جمهوريّة كوريـا", "جمهورية كوريا"),
    # dash variants around a hyphen unified (Russian "Папуа — Новая Гвинея")
    ("Папуа — Новая Гвинея", "папуа-новая гвинея"),
    # compatibility forms folded by NFKC (no-break space)
    ("Viet\u00a0Nam", "viet nam"),
]


@pytest.mark.parametrize(("printed", "key"), NORMALIZE_CASES)
def test_normalize_name(printed: str, key: str) -> None:
    assert normalize_name(printed) == key


RESOLVE_CASES = [
    # UN short names in each language
    ("Venezuela (Bolivarian Republic of)", "en", "VEN"),
    ("Tchéquie", "fr", "CZE"),
    ("República de Corea", "es", "KOR"),
    ("Российская Федерация", "ru", "RUS"),
    ("大不列颠及北爱尔兰联合王国", "zh", "GBR"),
    ("المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "ar", "GBR"),
    # old and variant names seen in real lists
    ("Czech Republic", "en", "CZE"),
    ("the former Yugoslav Republic of Macedonia", "en", "MKD"),
    ("Turkey", "en", "TUR"),
    ("Swaziland", "en", "SWZ"),
    ("Bolivia", "en", "BOL"),
    ("Netherlands (Kingdom of the)", "en", "NLD"),
    ("Netherlands", "en", "NLD"),
    ("Cote d'Ivoire", "en", "CIV"),
    # typos kept as aliases
    ("CAMERON", "en", "CMR"),
    ("Unites States of America", "en", "USA"),
    # a name in another language than the one given is still found
    ("Allemagne", "en", "DEU"),
    # French name without its accent
    ("Republique de Coree", "fr", "KOR"),
    # not a State
    ("Atlantis", "en", None),
    # empty
    ("", "en", None),
]


@pytest.mark.parametrize(("printed", "language", "code"), RESOLVE_CASES)
def test_resolve_state(printed: str, language: str, code: str | None) -> None:
    assert resolve_state(printed, language) == code


STATE_NAME_CASES = [
    # display name in the language asked for
    ("CIV", "fr", "Côte d’Ivoire"),
    ("DEU", "es", "Alemania"),
    # unsupported language falls back to English
    ("DEU", "de", "Germany"),
    # unknown code falls back to the code
    ("XXK", "en", "XXK"),
]


@pytest.mark.parametrize(("code", "language", "name"), STATE_NAME_CASES)
def test_state_name(code: str, language: str, name: str) -> None:
    assert state_name(code, language) == name


def test_known_states_are_the_table_keys() -> None:
    assert known_states() == tuple(sorted(STATES))


# --- lists --------------------------------------------------------------------------------------

LIST_CASES = [
    # the long name wins: no "Ireland" out of the United Kingdom
    ("Japan, United Kingdom of Great Britain and Northern Ireland", "en", ["JPN", "GBR"], []),
    # names that contain "and"
    ("Bosnia and Herzegovina, Trinidad and Tobago", "en", ["BIH", "TTO"], []),
    # final " and " between the last two names
    ("Uruguay and Venezuela (Bolivarian Republic of)", "en", ["URY", "VEN"], []),
    # Oxford comma ", and"
    ("Slovakia, Spain, and Ukraine", "en", ["SVK", "ESP", "UKR"], []),
    # list ends with a period (7/5 style)
    ("Slovenia, Switzerland, Ukraine.", "en", ["SVN", "CHE", "UKR"], []),
    # running header spliced into a name
    ("Togo, United Arab A/HRC/RES/37/35 7 Emirates, Uruguay", "en", ["TGO", "ARE", "URY"], []),
    # footnote marker glued to a name
    ("Mexico1, Peru", "en", ["MEX", "PER"], []),
    # footnote marker glued after a closing parenthesis
    ("Venezuela (Bolivarian Republic of)2, Peru", "en", ["VEN", "PER"], []),
    # unknown names are kept as printed, never dropped
    ("Chile, Atlantis, Freedonia and Peru", "en", ["CHL", "PER"], ["Atlantis", "Freedonia"]),
    # French list with "et" and parenthesised name
    ("Uruguay et Venezuela (République bolivarienne du).", "fr", ["URY", "VEN"], []),
    # Spanish list with "y"
    ("Chequia, España y Japón", "es", ["CZE", "ESP", "JPN"], []),
    # Chinese list separated by the enumeration comma (table unverified)
    ("中国、古巴、俄罗斯联邦", "zh", ["CHN", "CUB", "RUS"], []),
    # Arabic: "،" separates, "و" is written onto the last name (table unverified)
    ("فرنسا، ألمانيا والمكسيك", "ar", ["FRA", "DEU", "MEX"], []),
    # empty list
    ("", "en", [], []),
]


@pytest.mark.parametrize(("text", "language", "codes", "unresolved"), LIST_CASES)
def test_split_state_list(
    text: str, language: str, codes: list[str], unresolved: list[str]
) -> None:
    assert split_state_list(text, language) == (codes, unresolved)
