"""Per-language data tables, read through the resources helper.

Tables live in ``resources/lang/<language>/<name>.json`` (e.g. ``en/structure.json``,
``fr/votes.json``, ``es/strength.json``) and ``resources/lang/countries.json``. Adding a
language is adding files, not code.

Keys of ``structure.json`` beyond the lead lists: ``organ_lines`` and ``bodies`` (organ →
canonical body and symbol template), ``session``, ``agenda_item``, ``adoption_line`` (may
capture ``date`` when the date stands before the formula, and ``meeting``), ``title_line``,
``symbol_lines`` (a resolution named without a title: "Resolution 2728 (2024)"),
``numbering`` (extra operative number forms: Arabic "1 - "), ``lower_case_leads`` (Russian),
``lead_particles`` (Arabic إذ / وإذ before the verb), ``examples`` (headers every formula
must read; tests/core/test_lang_tables.py). ``votes.json`` carries ``examples`` of closings
the same way, and ``count_words`` (counts written as words). ``_unverified`` and each
example's ``note`` say what no real text has confirmed ([U]).
"""

from __future__ import annotations

from typing import Any

from resolution_compare.resources import read_json, resource_path

SUPPORTED_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# English display names; the app translates them.
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
}


def has_table(language: str, name: str) -> bool:
    return resource_path("lang", language, f"{name}.json").is_file()


def load_table(language: str, name: str) -> dict[str, Any]:
    """The ``name`` table for ``language``; an empty dict when that language lacks it."""
    if not has_table(language, name):
        return {}
    table = read_json("lang", language, f"{name}.json")
    if not isinstance(table, dict):
        raise ValueError(f"lang/{language}/{name}.json is not a JSON object")
    return table
