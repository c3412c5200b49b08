"""Apply known edits to a real resolution and remember what became of each paragraph.

``make_edited(res, rng)`` returns the edited Resolution and the expected alignment: a set
of (left ids, right ids, status, moved) rows, against which ``compare`` is checked. Edits
never touch the same paragraph twice, so every relation is known exactly.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, replace

from resolution_compare.core.align import body_of
from resolution_compare.core.model import Paragraph, Resolution

ExpectedRow = tuple[tuple[str, ...], tuple[str, ...], str, bool]

# Head verbs to swap in, per language (real leads of the corpus texts).
SWAP_LEADS = {
    "en": ["Urges", "Encourages", "Invites", "Requests", "Decides", "Welcomes"],
    "fr": ["Exhorte", "Encourage", "Invite", "Prie", "Décide", "Prend note"],
}


@dataclass
class _Item:
    text: str
    kind: str
    lead: str | None
    origin: tuple[int, ...]  # left indexes
    status: str  # unchanged | modified | inserted | split | merged
    moved: bool = False


def _words(text: str) -> list[str]:
    return text.split(" ")


def _nonsense(rng: random.Random, n: int) -> str:
    def word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    return " ".join(word() for _ in range(n))


def _edit_words(text: str, rng: random.Random) -> str:
    words = _words(text)
    for k in rng.sample(range(1, len(words)), max(1, len(words) // 12)):
        words[k] = "zq" + words[k].lower()
    return " ".join(words)


def _swap_lead(item: _Item, language: str, rng: random.Random) -> None:
    lead = item.lead or ""
    choices = [v for v in SWAP_LEADS[language] if v != lead]
    new = rng.choice(choices)
    item.text = new + item.text[len(lead) :]
    item.lead = new


def _split_point(text: str) -> int | None:
    words = [m.start() for m in re.finditer(r"(?<=[,;]) ", text)]
    middle = len(text) // 2
    inside = [w for w in words if len(text) // 4 < w < 3 * len(text) // 4]
    return min(inside, key=lambda w: abs(w - middle)) if inside else None


def make_edited(res: Resolution, rng: random.Random) -> tuple[Resolution, set[ExpectedRow]]:
    """One random edit of each kind (delete, insert, move, split, merge, words, verb swap,
    re-wrap)."""
    paragraphs = list(res.paragraphs)
    items = [_Item(p.text, p.kind, p.lead, (i,), "unchanged") for i, p in enumerate(paragraphs)]
    long_ones = [i for i, p in enumerate(paragraphs) if len(_words(body_of(p))) >= 25]
    free = set(range(len(items)))

    def take(candidates: list[int]) -> int:
        pool = [i for i in candidates if i in free and i - 1 in free and i + 1 in free]
        pool = pool or [i for i in candidates if i in free]
        k = rng.choice(pool)
        free.difference_update({k - 1, k, k + 1})
        return k

    split_at = take([i for i in long_ones if _split_point(paragraphs[i].text)])
    merge_at = take([i for i in range(len(items) - 1) if items[i].kind == items[i + 1].kind])
    free.discard(merge_at + 2)
    word_at = take(long_ones)
    swap_at = take([i for i in long_ones if items[i].kind == "operative"])
    delete_at = take(list(range(len(items))))
    move_at = take(list(range(len(items))))
    rewrap_at = take(long_ones)

    # Re-wrapped as a PDF extraction gives it (hard line breaks): equal under the default
    # options, so still "unchanged".
    items[rewrap_at].text = "\n".join(textwrap.wrap(items[rewrap_at].text, 60))
    items[word_at].text = _edit_words(items[word_at].text, rng)
    items[word_at].status = "modified"
    _swap_lead(items[swap_at], res.language, rng)
    items[swap_at].status = "modified"
    cut = _split_point(items[split_at].text)
    assert cut is not None
    first = items[split_at]
    second = _Item(first.text[cut + 1 :], first.kind, None, first.origin, "split")
    first.text, first.status = first.text[:cut], "split"
    a, b = items[merge_at], items[merge_at + 1]
    merged = _Item(a.text + " " + b.text, a.kind, a.lead, (merge_at, merge_at + 1), "merged")
    moving = items[move_at]
    moving.moved = True
    inserted = _Item(
        f"{SWAP_LEADS[res.language][1]} {_nonsense(rng, 30)};", items[-1].kind, None, (), "inserted"
    )
    inserted.lead = SWAP_LEADS[res.language][1]

    out: list[_Item] = []
    for k, item in enumerate(items):
        if k in (delete_at, move_at, merge_at + 1):
            continue
        out.append(merged if k == merge_at else item)
        if k == split_at:
            out.append(second)
    # Far from where it stood, so that one longest order exists.
    target = (move_at + len(out) // 2) % len(out)
    if target and out[target - 1] is first:  # keep the split halves together
        target += 1
    out.insert(target, moving)
    spot = rng.randrange(len(out) + 1)
    if spot and out[spot - 1] is first:
        spot += 1
    out.insert(spot, inserted)

    new_paragraphs, counters = [], {"preambular": 0, "operative": 0, "other": 0}
    prefix = {"preambular": "PP", "operative": "OP", "other": "P"}
    right_ids: dict[int, list[str]] = {}
    for pos, item in enumerate(out):
        counters[item.kind] += 1
        pid = f"{prefix[item.kind]}{counters[item.kind]}"
        number = counters[item.kind] if item.kind == "operative" else None
        new_paragraphs.append(Paragraph(pid, item.kind, item.text, item.lead, number))  # type: ignore[arg-type]
        right_ids.setdefault(id(item), []).append(pid)
        del pos

    expected: set[ExpectedRow] = set()
    seen: set[int] = set()
    for item in out:
        if id(item) in seen:
            continue
        seen.add(id(item))
        left = tuple(paragraphs[i].id for i in item.origin)
        right = tuple(right_ids[id(item)]) if item.status != "split" else ()
        expected.add((left, right, item.status, item.moved))
    split_ids = right_ids[id(first)] + right_ids[id(second)]
    expected.discard(((paragraphs[split_at].id,), (), "split", False))
    expected.add(((paragraphs[split_at].id,), tuple(split_ids), "split", False))
    expected.add(((paragraphs[delete_at].id,), (), "deleted", False))
    # Footnotes stay with the paragraph that carries their marker, under its new id.
    new_id = {paragraphs[i].id: right_ids[id(item)][0] for item in out for i in item.origin[:1]}
    footnotes = tuple(replace(f, paragraph=new_id.get(f.paragraph or "")) for f in res.footnotes)
    edited = replace(res, paragraphs=tuple(new_paragraphs), footnotes=footnotes)
    return edited, expected
