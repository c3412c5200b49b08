"""The votes in report HTML: totals, the States whose vote changed, the vote-shift table.

A State "not listed" on one side is in neither list of that vote: not a member of the body
that year (Human Rights Council membership rotates) or absent. Those are kept apart from the
States that really changed position, which are what a delegate looks for first.
"""

from __future__ import annotations

import unicodedata

from resolution_compare.core.comparison import VOTE_WORDS, Comparison, StateVote, VoteTotals
from resolution_compare.core.countries import state_name as state_display_name
from resolution_compare.report.html_rows import NONE_MARK, GridCell, RowsSection, escape_text

METHOD_WORDS = {"recorded": "recorded vote", "without_vote": "adopted without a vote"}


def value_html(text: str | int | None) -> str:
    return NONE_MARK if text is None or text == "" else escape_text(str(text))


def totals_text(t: VoteTotals) -> str:
    if t.method is None and t.yes is None and t.no is None and t.abstain is None:
        return "no vote in this text"
    method = METHOD_WORDS.get(t.method or "", t.method or "vote")
    if t.yes is None and t.no is None and t.abstain is None:
        return method
    counts = (
        f"{value_html(t.yes)} in favour, {value_html(t.no)} against, "
        f"{value_html(t.abstain)} abstaining"
    )
    return f"{method}: {counts}"


def split_shifts(result: Comparison, language: str) -> tuple[list[StateVote], list[StateVote]]:
    """(changed position, listed on one side only), each sorted by display name."""

    def by_name(s: StateVote) -> str:
        # Accents do not move a name: Côte d'Ivoire sorts among the C's.
        name = unicodedata.normalize("NFD", state_display_name(s.state, language))
        return "".join(c for c in name if not unicodedata.combining(c)).casefold()

    votes = result.votes
    switched = sorted(votes.shifted, key=by_name)
    one_sided = sorted((*votes.only_left, *votes.only_right), key=by_name)
    return switched, one_sided


def _name(shift: StateVote, language: str) -> str:
    return escape_text(state_display_name(shift.state, language))


def render_vote_summary(
    result: Comparison, language: str, roles: tuple[str, str] = ("earlier", "later")
) -> str:
    """The vote lines of the summary; ``roles`` name the sides ("earlier"/"later", or
    "left"/"right" when the dates do not put the left text first: core/sides.py)."""
    votes = result.votes
    out = [
        f"<p><b>Vote:</b> {roles[0]}: {totals_text(votes.left)}; "
        f"{roles[1]}: {totals_text(votes.right)}.</p>"
    ]
    switched, one_sided = split_shifts(result, language)
    if switched:
        names = ", ".join(
            f"<b>{_name(s, language)}</b> ({VOTE_WORDS[s.left]} → {VOTE_WORDS[s.right]})"
            for s in switched
        )
        out.append(f"<p><b>States whose vote changed ({len(switched)}):</b> {names}.</p>")
    elif votes.left.method == "recorded" and votes.right.method == "recorded":
        out.append("<p><b>States whose vote changed:</b> none of the States in both votes.</p>")
    if one_sided:
        names = ", ".join(
            f"{_name(s, language)} ({VOTE_WORDS[s.left]} → {VOTE_WORDS[s.right]})"
            for s in one_sided
        )
        out.append(
            f'<p class="muted">Listed in one vote only ({len(one_sided)}; not a member that '
            f"year, or absent): {names}.</p>"
        )
    sponsors = result.sponsors
    if sponsors is not None:
        out.append(
            f"<p><b>Sponsors:</b> {roles[0]} {len(sponsors.left)}, "
            f"{roles[1]} {len(sponsors.right)}.</p>"
        )
        for title, names_ in (("Joined", sponsors.joined), ("Left", sponsors.withdrawn)):
            if names_:
                listed = ", ".join(escape_text(n) for n in names_)
                out.append(f"<p><b>{title} as sponsors ({len(names_)}):</b> {listed}.</p>")
    return "\n".join(out)


def _unresolved_names(result: Comparison, roles: tuple[str, str]) -> str:
    """Names in a vote list that matched no State: shown, so no vote silently disappears."""
    out = []
    for side, res in ((roles[0], result.left), (roles[1], result.right)):
        if res.vote.unresolved:
            names = ", ".join(escape_text(n) for n in res.vote.unresolved)
            out.append(f'<p class="muted">Names not recognised in the {side} vote: {names}.</p>')
    return "".join(out)


# State, code, earlier vote, later vote — twice: two States a row.
VOTE_SHARES = (0.2, 0.06, 0.12, 0.12, 0.2, 0.06, 0.12, 0.12)


def vote_header(roles: tuple[str, str]) -> tuple[str, ...]:
    """The vote table's header, its sides named by ``roles``."""
    return ("State", "Code", f"{roles[0].capitalize()} vote", f"{roles[1].capitalize()} vote") * 2


def _shift_cells(shift: StateVote | None, language: str) -> tuple[GridCell, ...]:
    if shift is None:
        return (GridCell("", paragraph=False),) * 4
    return tuple(
        GridCell(html, paragraph=False)
        for html in (
            _name(shift, language),
            escape_text(shift.state),
            VOTE_WORDS[shift.left],
            VOTE_WORDS[shift.right],
        )
    )


def _shift_rows(title: str, shifts: list[StateVote], language: str) -> list[tuple[GridCell, ...]]:
    """A group of the shift table, two States a row in reading order (left, then right):
    row by row, so a group that runs over a page break still reads in order."""
    if not shifts:
        return []
    rows: list[tuple[GridCell, ...]] = [(GridCell(f"{title} ({len(shifts)})"),)]
    for i in range(0, len(shifts), 2):
        right = shifts[i + 1] if i + 1 < len(shifts) else None
        rows.append(_shift_cells(shifts[i], language) + _shift_cells(right, language))
    return rows


def _has_vote(t: VoteTotals) -> bool:
    return t.method is not None or t.yes is not None


def vote_section(
    result: Comparison,
    language: str,
    heading: str = "",
    roles: tuple[str, str] = ("earlier", "later"),
) -> RowsSection:
    """The vote shifts: ``heading``, the totals, then the table of the States whose vote
    changed and of those listed in one vote only (a grid: report/pages.py paints it)."""
    votes = result.votes
    left, right = votes.left, votes.right
    if not _has_vote(left) and not _has_vote(right):
        # General Assembly resolutions never print the vote: say so rather than print an
        # empty table — but only of them (an HRC or ECOSOC text without one is just that).
        why = (
            " General Assembly resolutions do not print the vote (it is in the meeting record)."
            if "General Assembly" in (result.left.header.body, result.right.header.body)
            else ""
        )
        return RowsSection(heading + f'<p class="muted">No vote in either text.{why}</p>', (), ())
    head = (
        '<table class="grid" cellspacing="0" cellpadding="4">'
        f"<thead><tr><th></th><th>{roles[0].capitalize()}</th>"
        f"<th>{roles[1].capitalize()}</th></tr></thead><tbody>"
        f"<tr><th>Method</th><td>{value_html(METHOD_WORDS.get(left.method or '', left.method))}"
        f"</td><td>{value_html(METHOD_WORDS.get(right.method or '', right.method))}</td></tr>"
        f"<tr><th>In favour</th><td>{value_html(left.yes)}</td>"
        f"<td>{value_html(right.yes)}</td></tr>"
        f"<tr><th>Against</th><td>{value_html(left.no)}</td><td>{value_html(right.no)}</td></tr>"
        f"<tr><th>Abstaining</th><td>{value_html(left.abstain)}</td>"
        f"<td>{value_html(right.abstain)}</td></tr></tbody></table>"
    )
    head += _unresolved_names(result, roles)
    if votes.method_changed:
        head += "<p><b>The adoption method changed.</b></p>"
    switched, one_sided = split_shifts(result, language)
    if not switched and not one_sided:
        return RowsSection(
            heading + head + '<p class="muted">No State changed its vote.</p>', (), ()
        )
    rows = _shift_rows("Changed position", switched, language)
    rows += _shift_rows("Listed in one vote only", one_sided, language)
    header = tuple(GridCell(name) for name in vote_header(roles))
    return RowsSection(heading + head + "<p></p>", header, tuple(rows), VOTE_SHARES)
