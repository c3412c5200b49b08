"""Which texts make a history, and in what order.

A history compares versions of ONE text in ONE language. Left out, each with a warning that
names it (never an error): a text that is neither a resolution, a decision nor a draft of
one (the parser found no preambular or operative paragraph); a second copy of a text already
taken; a version in another language than most of the set; a text that is not a version of
the same text as the others (history_related.py: symbol, title or shared wording). Then the
versions are put in date order — the adoption date, which for these texts is the header's or
the closing meeting line's date — so draft → Rev.1 → adopted reads in order too (same date:
the draft first, by the symbol's "L." and "Rev.n", UN editorial manual symbol rules,
domain.md §1.1). When a version has no date the order given is kept, with a warning.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence

from resolution_compare.core.document_date import document_day
from resolution_compare.core.errors import InputError
from resolution_compare.core.history import MAX_VERSIONS, HistoryVersion
from resolution_compare.core.history_related import select_same_text
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.model import Resolution

# "A/HRC/44/L.8", "A/HRC/44/L.23/Rev.1", "A/C.3/78/L.41/Rev.2": drafts and their revisions.
_DRAFT = re.compile(r"/L\.\s*\d+", re.IGNORECASE)
_REVISION = re.compile(r"/Rev\.\s*(\d+)", re.IGNORECASE)


def is_resolution(res: Resolution) -> bool:
    """True for a resolution, a decision or a draft of one: the parser found a preambular or
    an operative paragraph (a text it could not read as one gives only kind "other")."""
    return any(p.kind != "other" for p in res.paragraphs)


def _content_key(res: Resolution) -> str:
    """Everything the parser read except the file name: equal keys are the same text."""
    data = res.to_dict()
    data.pop("source", None)
    data.pop("warnings", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _named(res: Resolution) -> str:
    """How a warning names a text: its file, and its symbol when it has one."""
    symbol = res.header.symbol
    return f"{res.source} ({symbol})" if symbol and symbol != res.source else res.source


def _language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def select_versions(resolutions: Sequence[Resolution]) -> tuple[list[Resolution], list[str]]:
    """The texts a history takes (in the order given) and a warning for each one left out."""
    warnings: list[str] = []
    candidates: list[Resolution] = []
    for res in resolutions:
        if is_resolution(res):
            candidates.append(res)
        else:
            warnings.append(
                f"{_named(res)}: not a resolution, a decision or a draft of one; left out"
            )
    unique: list[Resolution] = []
    seen: dict[str, Resolution] = {}
    for res in candidates:
        key = _content_key(res)
        if key in seen:
            same = seen[key]
            warnings.append(
                f"{_named(res)}: given twice; taken once"
                if res.source == same.source
                else f"{_named(res)}: the same text as {same.source}; taken once"
            )
            continue
        seen[key] = res
        unique.append(res)
    if not unique:
        return [], warnings
    counts = Counter(r.language for r in unique)
    # Most versions decide; on a tie, the language of the first one given.
    first_seen = {lang: i for i, lang in reversed(list(enumerate(r.language for r in unique)))}
    language = max(counts, key=lambda lang: (counts[lang], -first_seen[lang]))
    kept = [r for r in unique if r.language == language]
    for res in unique:
        if res.language != language:
            warnings.append(
                f"{_named(res)}: in {_language_name(res.language)}, the other versions are in "
                f"{_language_name(language)}; left out (a history compares one language)"
            )
    # Versions of one text only: a folder of different resolutions is said so, and the
    # texts that are not versions of the others are named (history_related.py).
    kept, unrelated = select_same_text(kept)
    return kept, [*unrelated, *warnings]


def _stage(res: Resolution) -> tuple[int, int]:
    """(0, revision) for a draft ("L.8" → 0, "L.8/Rev.1" → 1), (1, 0) for an adopted text."""
    symbol = res.header.symbol or ""
    if not _DRAFT.search(symbol):
        return (1, 0)
    revision = _REVISION.search(symbol)
    return (0, int(revision.group(1)) if revision else 0)


def version_date(res: Resolution) -> str | None:
    """The ISO date a version is ordered by: its adoption date, else (a draft) the date the
    document was issued ("Distr.: Limited / 13 October 2025" in an L. document's masthead),
    else None."""
    return document_day(res)


def order_versions(resolutions: Sequence[Resolution]) -> tuple[list[HistoryVersion], list[str]]:
    """Versions by date (stable; same date: drafts by revision, then the adopted text).

    Raises InputError when there are more than :data:`MAX_VERSIONS` or fewer than two.
    """
    if len(resolutions) > MAX_VERSIONS:
        raise InputError(
            f"{len(resolutions)} versions: a history takes at most {MAX_VERSIONS} versions"
        )
    if len(resolutions) < 2:
        raise InputError(
            "a history needs at least two versions of the same text in one language "
            f"({len(resolutions)} left to compare)"
        )
    versions = [HistoryVersion(r, version_date(r)) for r in resolutions]
    undated = [v.label for v in versions if v.date is None]
    if undated:
        names = ", ".join(undated)
        return versions, [f"no adoption date in {names}: the versions are in the order given"]
    order = sorted(
        range(len(versions)),
        key=lambda i: (versions[i].date or "", _stage(versions[i].resolution), i),
    )
    return [versions[i] for i in order], []
