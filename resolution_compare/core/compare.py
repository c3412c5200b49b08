"""compare(): align paragraphs, diff each row word by word, score operative language, votes.

Row status: "unchanged" when the texts are equal under the options (a renumbered paragraph
with the same words is unchanged) and its footnotes too, "modified" otherwise;
"rewritten" for a provision paired by place and lead whose wording was largely replaced
(align.py); "split"/"merged" for one-to-two groups; "inserted"/"deleted" for paragraphs
without counterpart.

No verdict on a guess: a row whose pair is ``uncertain`` gets no lead change and no flags
(verb strength, a negation of the head verb, hedges, boosters, periods, deadlines,
reporting, moves between preamble and operative part). Two texts in different languages
are paired by structure (align.py ``align_by_structure``): every row is uncertain, shown
whole on each side without a word diff, and compares head-verb tiers only where both heads
map to one tier without doubt.

Row similarity: for matched rows, the larger of the alignment score and the whole-text
similarity, capped at 0.999 when the texts differ; 1.0 when unchanged; 0.0 for
inserted/deleted rows and for pairs across languages.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from resolution_compare.core.align import Group, align, align_by_structure, dice
from resolution_compare.core.align_evidence import words_of
from resolution_compare.core.calendar_distance import CalendarDistance, calendar_distance
from resolution_compare.core.comparison import (
    DIFF_SIMPLIFIED,
    CompareOptions,
    Comparison,
    DiffSegment,
    Flag,
    FootnoteChange,
    LeadChange,
    Row,
    RowStatus,
    Summary,
    VoteComparison,
)
from resolution_compare.core.model import Paragraph, Resolution
from resolution_compare.core.negation import negation_flags
from resolution_compare.core.precision import precision_flags
from resolution_compare.core.routine import is_routine_span
from resolution_compare.core.row_footnotes import compare_footnotes, notes_of, unattached_notes
from resolution_compare.core.sides import order_warning
from resolution_compare.core.sponsors import compare_sponsors
from resolution_compare.core.strength import cross_language_lead, lead_change, phrase_flags
from resolution_compare.core.tokens import typography_key
from resolution_compare.core.votediff import compare_votes
from resolution_compare.core.worddiff import RoutineCheck, word_diff

_PARAGRAPH_JOIN = "\n"
_SIMPLIFIED_DETAIL = "long and heavily rewritten: changes matched on words found once on each side"
_SPONSORS = "SPONSORS"  # Footnote.paragraph of a note on a draft's sponsor list (parser.py)


def _joined(paragraphs: list[Paragraph]) -> str:
    return _PARAGRAPH_JOIN.join(p.text for p in paragraphs)


def _text_similarity(a: str, b: str) -> float:
    """Dice of the two texts' words — the alignment's words, so a text without spaces
    (Chinese) is weighed by its character bigrams, not by whitespace "words"."""
    wa, wb = words_of(a), words_of(b)
    return dice(Counter(wa), Counter(wb), len(wa), len(wb))


def _verdict_flags(ltext: str, rtext: str, language: str, distance: CalendarDistance) -> list[Flag]:
    """Hedge, booster and precision flags, read on text with typography folded (a U+2011
    hyphen is not a new reporting session); a precision value that only moved with the
    calendar is no flag."""
    left, right = typography_key(ltext), typography_key(rtext)
    flags = phrase_flags(left, right, language)
    for flag in precision_flags(left, right, language):
        old, _, new = (flag.detail or "").partition(" → ")
        if not _moved_with_calendar(left, old, right, new, language, distance):
            flags.append(flag)
    return flags


def _moved_with_calendar(
    left: str, old: str, right: str, new: str, language: str, distance: CalendarDistance
) -> bool:
    """True when the value ``old`` (as found in ``left``) became ``new`` (in ``right``) by
    the calendar alone, read in context ("第六十一届会议" → "第六十四届会议")."""
    start_l, start_r = left.casefold().find(old.casefold()), right.casefold().find(new.casefold())
    if not old or not new or start_l < 0 or start_r < 0:
        return False
    span_l, span_r = (start_l, start_l + len(old)), (start_r, start_r + len(new))
    return is_routine_span(left, span_l, right, span_r, language, distance)


def same_text(left: Resolution, right: Resolution) -> bool:
    """Two language versions of one resolution: the same symbol, or adopted the same day.
    Their head verbs are translations of each other, so a tier difference between them is
    a difference of the tables, never of the text."""
    if left.header.symbol and right.header.symbol:
        return left.header.symbol == right.header.symbol
    return left.adopted is not None and left.adopted == right.adopted


def _across_languages(
    group: Group,
    lps: list[Paragraph],
    rps: list[Paragraph],
    left: Resolution,
    right: Resolution,
    footnotes: tuple[FootnoteChange, ...],
) -> Row:
    ltext, rtext = _joined(lps), _joined(rps)
    left_ids, right_ids = tuple(p.id for p in lps), tuple(p.id for p in rps)
    equal = ltext == rtext
    diff = (
        (DiffSegment("=", ltext),) if equal else (DiffSegment("-", ltext), DiffSegment("+", rtext))
    )
    return Row(
        left_ids,
        right_ids,
        "unchanged"
        if equal and not any(f.status != "unchanged" for f in footnotes)
        else "modified",
        diff,
        moved=group.moved,
        similarity=1.0 if equal else 0.0,
        lead=_tiers_across(lps[0], rps[0], left, right),
        uncertain=True,
        footnotes=footnotes,
    )


def _tiers_across(
    lp: Paragraph, rp: Paragraph, left: Resolution, right: Resolution
) -> LeadChange | None:
    lead = cross_language_lead(lp, rp, left.language, right.language)
    if lead is not None and lead.change != "same" and same_text(left, right):
        return None  # one text in two languages: the tables disagree, not the text
    return lead


def _build_row(
    group: Group,
    left: Resolution,
    right: Resolution,
    options: CompareOptions,
    distance: CalendarDistance,
) -> Row:
    lps = [left.compared_paragraphs[i] for i in group.left]
    rps = [right.compared_paragraphs[j] for j in group.right]
    ltext, rtext = _joined(lps), _joined(rps)
    left_ids, right_ids = tuple(p.id for p in lps), tuple(p.id for p in rps)
    same_language = left.language == right.language
    routine: RoutineCheck | None = (
        partial(is_routine_span, language=right.language, distance=distance)
        if same_language
        else None
    )
    footnotes = compare_footnotes(
        notes_of(left.footnotes, left_ids),
        notes_of(right.footnotes, right_ids),
        options,
        routine,
        same_language,
        (ltext, rtext),
    )
    if not rps:
        return Row(
            left_ids, (), "deleted", (DiffSegment("-", ltext),), similarity=0.0, footnotes=footnotes
        )
    if not lps:
        return Row(
            (),
            right_ids,
            "inserted",
            (DiffSegment("+", rtext),),
            similarity=0.0,
            footnotes=footnotes,
        )
    if not same_language:
        return _across_languages(group, lps, rps, left, right, footnotes)
    diff = word_diff(ltext, rtext, options, routine)
    status: RowStatus
    if len(lps) > 1:
        status = "merged"
    elif len(rps) > 1:
        status = "split"
    elif not diff.equal:
        status = "rewritten" if group.basis == "rewritten" else "modified"
    else:
        notes_changed = any(f.status in ("changed", "added", "removed") for f in footnotes)
        status = "modified" if notes_changed else "unchanged"
    similarity = 1.0
    if not diff.equal:
        similarity = min(0.999, max(group.score, _text_similarity(ltext, rtext)))
    lead = None
    flags: list[Flag] = []
    if not group.uncertain:
        lead = lead_change(lps[0], rps[0], left.language, right.language)
        if lps[0].kind != rps[0].kind and "operative" in (lps[0].kind, rps[0].kind):
            kind = "moved_to_operative" if rps[0].kind == "operative" else "moved_to_preamble"
            flags.append(Flag(kind, rps[0].lead or rps[0].id))
        if not diff.equal:
            flags.extend(negation_flags(lps[0], rps[0], right.language))
            flags.extend(_verdict_flags(ltext, rtext, right.language, distance))
    if diff.simplified:  # a notice, not a verdict: also on an uncertain pair
        flags.append(Flag(DIFF_SIMPLIFIED, "", _SIMPLIFIED_DETAIL))
    return Row(
        left_ids,
        right_ids,
        status,
        diff.segments,
        moved=group.moved,
        similarity=similarity,
        lead=lead,
        flags=tuple(flags),
        uncertain=group.uncertain,
        footnotes=footnotes,
    )


def _document_footnotes(
    left: Resolution, right: Resolution, options: CompareOptions, distance: CalendarDistance
) -> tuple[FootnoteChange, ...]:
    """The footnotes on no compared paragraph of either side, compared like a row's. Notes
    on a sponsor list only when both texts print one (an adopted text has none: its draft's
    note on the sponsors did not change, it went with the list)."""
    same_language = left.language == right.language
    both_drafts = left.header.sponsors is not None and right.header.sponsors is not None
    skip = () if both_drafts else (_SPONSORS,)
    routine: RoutineCheck | None = (
        partial(is_routine_span, language=right.language, distance=distance)
        if same_language
        else None
    )
    return compare_footnotes(
        unattached_notes(left.footnotes, [p.id for p in left.compared_paragraphs], skip),
        unattached_notes(right.footnotes, [p.id for p in right.compared_paragraphs], skip),
        options,
        routine,
        same_language,
    )


def _summary(
    rows: tuple[Row, ...], votes: VoteComparison, notes: tuple[FootnoteChange, ...] = ()
) -> Summary:
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
        rewritten=counts["rewritten"],
        uncertain=sum(1 for r in rows if r.uncertain),
        footnotes_changed=sum(len(r.footnote_changes) for r in rows)
        + sum(1 for n in notes if n.status in ("changed", "added", "removed")),
    )


def compare_resolutions(
    left: Resolution, right: Resolution, options: CompareOptions | None = None
) -> Comparison:
    opts = options or CompareOptions()
    # Annex paragraphs are compared like the resolution's own (model.Resolution).
    lps, rps = left.compared_paragraphs, right.compared_paragraphs
    if left.language == right.language:
        groups = align(lps, rps, left.language, right.language)
    else:
        groups = align_by_structure(lps, rps)
    distance = calendar_distance(left, right)
    rows = tuple(_build_row(g, left, right, opts, distance) for g in groups)
    notes = _document_footnotes(left, right, opts, distance)
    votes = compare_votes(left.vote, right.vote)
    return Comparison(
        left=left,
        right=right,
        rows=rows,
        votes=votes,
        summary=_summary(rows, votes, notes),
        options=opts,
        warnings=comparison_warnings(left, right),
        sponsors=compare_sponsors(left, right),
        calendar=distance,
        document_footnotes=notes,
    )


def comparison_warnings(left: Resolution, right: Resolution) -> tuple[str, ...]:
    """Notes the reader needs: the later text on the left (verdicts read left → right), a
    language mismatch, then each side's parse warnings."""
    notes: list[str] = []
    backwards = order_warning(left, right)
    if backwards is not None:
        notes.append(backwards)
    if left.language != right.language:
        notes.append(
            f"the two texts are in different languages ({left.language} → {right.language}): "
            "paragraphs are paired by structure (preambular by position, operative by "
            "number), every pair is marked uncertain and shown whole on each side without a "
            "word diff; head-verb tiers are compared only where both verbs map to one tier "
            "without doubt; votes compare as usual"
        )
    for res in (left, right):
        notes.extend(f"{res.label}: {w}" for w in res.warnings)
    return tuple(notes)
