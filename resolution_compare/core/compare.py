"""compare(): align paragraphs, diff each row word by word, score operative language, votes.

Row status: "unchanged" when the texts are equal under the options (a renumbered paragraph
with the same words is unchanged), "modified" otherwise; "split"/"merged" for one-to-two
groups; "inserted"/"deleted" for paragraphs without counterpart.

Row similarity: for matched rows, the larger of the body similarity (after the lead; what
alignment matched on) and the whole-text similarity, so a modified row always lies in
(align.MATCH_THRESHOLD, 1); capped at 0.999 when the texts differ; 1.0 when unchanged;
0.0 for inserted/deleted rows.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from resolution_compare.core.align import Group, align, dice
from resolution_compare.core.comparison import (
    CompareOptions,
    Comparison,
    DiffSegment,
    Flag,
    Row,
    RowStatus,
    Summary,
    VoteComparison,
)
from resolution_compare.core.model import Paragraph, Resolution
from resolution_compare.core.precision import precision_flags
from resolution_compare.core.routine import is_routine_change
from resolution_compare.core.strength import lead_change, phrase_flags
from resolution_compare.core.votediff import compare_votes
from resolution_compare.core.worddiff import word_diff

_PARAGRAPH_JOIN = "\n"


def _joined(paragraphs: list[Paragraph]) -> str:
    return _PARAGRAPH_JOIN.join(p.text for p in paragraphs)


def _text_similarity(a: str, b: str) -> float:
    wa, wb = a.casefold().split(), b.casefold().split()
    return dice(Counter(wa), Counter(wb), len(wa), len(wb))


def _build_row(
    group: Group,
    left: Resolution,
    right: Resolution,
    options: CompareOptions,
) -> Row:
    lps = [left.paragraphs[i] for i in group.left]
    rps = [right.paragraphs[j] for j in group.right]
    ltext, rtext = _joined(lps), _joined(rps)
    left_ids, right_ids = tuple(p.id for p in lps), tuple(p.id for p in rps)
    if not rps:
        return Row(left_ids, (), "deleted", (DiffSegment("-", ltext),), similarity=0.0)
    if not lps:
        return Row((), right_ids, "inserted", (DiffSegment("+", rtext),), similarity=0.0)
    routine = partial(is_routine_change, language=right.language)
    same_language = left.language == right.language
    diff = word_diff(ltext, rtext, options, routine if same_language else None)
    status: RowStatus
    if len(lps) > 1:
        status = "merged"
    elif len(rps) > 1:
        status = "split"
    else:
        status = "unchanged" if diff.equal else "modified"
    similarity = 1.0
    if not diff.equal:
        similarity = min(0.999, max(group.score, _text_similarity(ltext, rtext)))
    lead = lead_change(lps[0], rps[0], left.language, right.language)
    flags: list[Flag] = []
    if lps[0].kind != rps[0].kind and "operative" in (lps[0].kind, rps[0].kind):
        kind = "moved_to_operative" if rps[0].kind == "operative" else "moved_to_preamble"
        flags.append(Flag(kind, rps[0].lead or rps[0].id))
    if same_language and not diff.equal:
        flags.extend(phrase_flags(ltext, rtext, right.language))
        flags.extend(precision_flags(ltext, rtext, right.language))
    return Row(
        left_ids,
        right_ids,
        status,
        diff.segments,
        moved=group.moved,
        similarity=similarity,
        lead=lead,
        flags=tuple(flags),
    )


def _summary(rows: tuple[Row, ...], votes: VoteComparison) -> Summary:
    counts = Counter(r.status for r in rows)
    return Summary(
        unchanged=counts["unchanged"],
        modified=counts["modified"],
        inserted=counts["inserted"],
        deleted=counts["deleted"],
        split=counts["split"],
        merged=counts["merged"],
        moved=sum(1 for r in rows if r.moved),
        stronger=sum(1 for r in rows if r.lead and r.lead.change == "stronger"),
        weaker=sum(1 for r in rows if r.lead and r.lead.change == "weaker"),
        vote_changes=len(votes.shifted),
        # Only meaningful when both texts record a vote: against a text that prints none,
        # every State would be "in one vote only".
        states_in_one_vote=(
            len(votes.only_left) + len(votes.only_right)
            if votes.left.method == votes.right.method == "recorded"
            else 0
        ),
    )


def compare_resolutions(
    left: Resolution, right: Resolution, options: CompareOptions | None = None
) -> Comparison:
    opts = options or CompareOptions()
    groups = align(left.paragraphs, right.paragraphs)
    rows = tuple(_build_row(g, left, right, opts) for g in groups)
    votes = compare_votes(left.vote, right.vote)
    return Comparison(
        left=left,
        right=right,
        rows=rows,
        votes=votes,
        summary=_summary(rows, votes),
        options=opts,
        warnings=comparison_warnings(left, right),
    )


def comparison_warnings(left: Resolution, right: Resolution) -> tuple[str, ...]:
    """Notes the reader needs: a language mismatch, then each side's parse warnings."""
    notes: list[str] = []
    if left.language != right.language:
        notes.append(
            f"the two texts are in different languages ({left.language} → {right.language}): "
            "wording cannot be matched, so paragraphs show as deleted and inserted; verb tiers "
            "and votes still compare"
        )
    for res in (left, right):
        notes.extend(f"{res.label}: {w}" for w in res.warnings)
    return tuple(notes)
