"""parse_date / find_date: printed dates in the six languages → ISO dates."""

from __future__ import annotations

import pytest

from resolution_compare.core.dates import find_date, parse_date

CASES = [
    # English adoption line, as in the HRC texts
    ("Resolution adopted by the Human Rights Council on 16 July 2020", "en", "2020-07-16"),
    # English meeting line glued after the meeting number
    ("27th meeting 16 July 2020", "en", "2020-07-16"),
    # US-style month-first order
    ("July 16, 2020", "en", "2020-07-16"),
    # French, accented month
    ("16 février 2021", "fr", "2021-02-16"),
    # French first of the month written "1er"
    ("1er août 2019", "fr", "2019-08-01"),
    # Spanish "de … de"
    ("16 de julio de 2020", "es", "2020-07-16"),
    # Spanish variant spelling "setiembre"
    ("3 de setiembre de 2019", "es", "2019-09-03"),
    # translated text with an English line: other languages are tried after the given one
    ("adopted on 16 July 2020", "fr", "2020-07-16"),
    # Russian genitive month plus "года" (table unverified)
    ("16 июля 2020 года", "ru", "2020-07-16"),
    # Arabic paired month name with Arabic-Indic digits (table unverified)
    ("١٦ تموز/يوليه ٢٠٢٠", "ar", "2020-07-16"),
    # Arabic two-word paired month name (table unverified)
    ("١ كانون الثاني/يناير ٢٠٢١", "ar", "2021-01-01"),
    # Chinese numeric date (table unverified)
    ("2020年7月16日", "zh", "2020-07-16"),
    # impossible day is not a date
    ("31 June 2020", "en", None),
    # unknown month word
    ("16 Juliet 2020", "en", None),
    # no date at all
    ("Decides to remain seized of the matter", "en", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_parse_date(text: str, language: str, expected: str | None) -> None:
    assert parse_date(text, language) == expected


def test_find_date_gives_the_span_of_the_date() -> None:
    text = "27th meeting 16 July 2020 [Adopted without a vote.]"
    found = find_date(text, "en")
    assert found is not None
    assert text[found.start : found.end] == "16 July 2020"


def test_find_date_can_be_restricted_to_one_language() -> None:
    # an English date is not a French one when other languages are excluded
    assert find_date("16 July 2020", "fr", any_language=False) is None
