"""countries.json checked as a whole: scripts, owners, and pycountry's names in six languages.

pycountry ships ISO 3166 names with gettext translations (fr, es, ru, ar, zh_CN). They are not
UN names ("Korea, Republic of", "ساحل العاج"), so they may fail to resolve; but a pycountry
name that resolves to ANOTHER State is a mistake in our table (the Arabic المالديف was filed
under Moldova instead of the Maldives).
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Callable

import pycountry
import pytest

from resolution_compare.core.countries import normalize_name, resolve_state
from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES
from resolution_compare.resources import read_json

STATES = read_json("lang", "countries.json")["states"]
# The script each language's names are written in (first word of the Unicode letter name).
SCRIPTS = {
    "en": "LATIN",
    "fr": "LATIN",
    "es": "LATIN",
    "ru": "CYRILLIC",
    "ar": "ARABIC",
    "zh": "CJK",
}
GETTEXT_LOCALES = {"fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh_CN"}
# Mistakes in pycountry's own catalogues, which our table must NOT copy.
PYCOUNTRY_MISTAKES = {
    # pycountry 26.2.16 translates the common name "Moldova" into Arabic as the Maldives:
    # the source of issue 14's "المالديف filed under Moldova".
    ("ar", "MDA", "المالديف"),
}


def _spellings() -> list[tuple[str, str, str]]:
    """(ISO3, language, spelling) of every name and alias in the table."""
    out = []
    for code, entry in STATES.items():
        out += [(code, lang, name) for lang, name in entry["names"].items()]
        for lang, aliases in entry.get("aliases", {}).items():
            out += [(code, lang, alias) for alias in aliases]
    return out


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


def test_every_language_of_the_table_is_supported() -> None:
    assert {lang for _, lang, _ in _spellings()} == set(SUPPORTED_LANGUAGES)


def test_no_spelling_is_in_another_script_than_its_language() -> None:
    # e.g. "Türkiye" or "Syria" filed among the Arabic aliases
    wrong = [
        (code, lang, spelling)
        for code, lang, spelling in _spellings()
        if _scripts(spelling) - {SCRIPTS[lang]}
    ]
    assert wrong == []


def test_no_spelling_belongs_to_two_states() -> None:
    owners: dict[str, set[str]] = {}
    for code, _, spelling in _spellings():
        owners.setdefault(normalize_name(spelling), set()).add(code)
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}


def test_every_spelling_resolves_to_its_state_in_its_language() -> None:
    wrong = [
        (code, lang, spelling, resolve_state(spelling, lang))
        for code, lang, spelling in _spellings()
        if resolve_state(spelling, lang) != code
    ]
    assert wrong == []


def _translator(language: str) -> Callable[[str], str]:
    if language == "en":
        return str
    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[GETTEXT_LOCALES[language]]
    )
    return catalogue.gettext


def _pycountry_names(language: str) -> list[tuple[str, str]]:
    """(ISO3, name) of pycountry's names, official and common names, in ``language``."""
    translate = _translator(language)
    out = []
    for country in pycountry.countries:
        if country.alpha_3 not in STATES:
            continue
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            name = translate(english)
            if language != "en" and name == english:
                continue  # not translated in pycountry's catalogue
            if (language, country.alpha_3, name) not in PYCOUNTRY_MISTAKES:
                out.append((country.alpha_3, name))
    return out


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_no_pycountry_name_resolves_to_another_state(language: str) -> None:
    wrong = [
        (code, name, resolve_state(name, language))
        for code, name in _pycountry_names(language)
        if resolve_state(name, language) not in (code, None)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_most_pycountry_names_resolve(language: str) -> None:
    # ISO styles ("Korea, Republic of") need not resolve, but nine in ten names do, in
    # every language: the table is not missing whole regions or a language's spellings.
    names = _pycountry_names(language)
    resolved = [code for code, name in names if resolve_state(name, language) == code]
    assert len(names) > 190
    assert len(resolved) >= 0.9 * len(names)


def test_the_known_pycountry_mistakes_are_still_there() -> None:
    # When pycountry fixes them, this list (and the exception above) can go.
    for language, code, name in PYCOUNTRY_MISTAKES:
        translate = _translator(language)
        country = pycountry.countries.get(alpha_3=code)
        printed = [translate(getattr(country, a, "") or "") for a in ("name", "common_name")]
        assert name in printed


def test_every_code_is_a_pycountry_state_with_its_english_name_resolving() -> None:
    # pycountry's short English name resolves, or is one of its ISO inversions.
    unresolved = []
    for code in STATES:
        country = pycountry.countries.get(alpha_3=code)
        assert country is not None, code
        if resolve_state(country.name, "en") != code and "," not in country.name:
            unresolved.append((code, country.name))
    assert unresolved == []


UN_SHORT_NAME_CASES = [
    # the Maldives (issue 14: المالديف was filed under Moldova)
    ("المالديف", "ar", "MDV"),
    ("ملديف", "ar", "MDV"),
    ("جمهورية مولدوفا", "ar", "MDA"),
    # the UN's Arabic short name of Brunei, and pycountry's spelling with a shadda
    ("بروني دار السلام", "ar", "BRN"),
    ("بروناي دار السّلام", "ar", "BRN"),
    # hamza seat and tashkeel do not matter
    ("جنوب إفريقيا", "ar", "ZAF"),
    ("جنوب افريقيا", "ar", "ZAF"),
    # UN Russian and Chinese short names
    ("Мальдивские Острова", "ru", "MDV"),
    ("Бруней-Даруссалам", "ru", "BRN"),
    ("马尔代夫", "zh", "MDV"),
    ("文莱达鲁萨兰国", "zh", "BRN"),
]


@pytest.mark.parametrize(("printed", "language", "code"), UN_SHORT_NAME_CASES)
def test_un_short_names(printed: str, language: str, code: str) -> None:
    assert resolve_state(printed, language) == code
