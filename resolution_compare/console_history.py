"""Readable terminal summary of a history (`resolution-compare history FILE...`).

The versions (date, label, size, vote); a grid of the provisions, one line each, one mark
per version (the step's mark, shared with the window and the report); each provision's
first year and the year its wording last changed; the verb-tier moves; the vote shifts.
"""

from __future__ import annotations

import shutil
import textwrap

from resolution_compare.core.comparison import VOTE_WORDS
from resolution_compare.core.countries import state_name
from resolution_compare.core.history import STEP_MARKS, STEP_WORDS, History, Provision
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.strength import tier_words
from resolution_compare.i18n import INTERFACE_LANGUAGE

_ARROWS = {"stronger": "▲", "weaker": "▼", "same": "=", "changed": "◆"}
_COLOURS = {
    "first": "\x1b[32m",
    "modified": "\x1b[33m",
    "rewritten": "\x1b[33;1m",
    "returned": "\x1b[34;1m",
    "routine": "\x1b[2m",
    "absent": "\x1b[2m",
}
_RESET, _BOLD = "\x1b[0m", "\x1b[1m"
_LABEL_WIDTH = 10


def _fit(line: str, width: int) -> str:
    line = line.replace("\n", " ")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _year(history: History, index: int) -> str:
    return history.versions[index].year or f"#{index + 1}"


def _totals(history: History, index: int) -> str:
    t = history.votes.totals[index]
    if t.method == "without_vote":
        return "adopted without a vote"
    if t.yes is None and t.no is None and t.abstain is None:
        return "no vote record"
    counts = "–".join("?" if n is None else str(n) for n in (t.yes, t.no, t.abstain))
    return f"recorded vote {counts}"


def _version_lines(history: History) -> list[str]:
    lines = []
    for i, version in enumerate(history.versions):
        res = version.resolution
        label = res.label if res.label == res.source else f"{res.label} ({res.source})"
        lines.append(
            f"  {i + 1:>2}  {version.date or '(no date)':<10}  {label}  "
            f"{len(res.paragraphs)} paragraphs, {_totals(history, i)}"
        )
    return lines


def _grid_line(history: History, provision: Provision, cell_width: int, color: bool) -> str:
    marks = []
    for cell in provision.cells:
        mark = STEP_MARKS[cell.step].ljust(cell_width)
        code = _COLOURS.get(cell.step) if color else None
        marks.append(f"{code}{mark}{_RESET}" if code else mark)
    label = provision.shown_label
    first, changed = _year(history, provision.first), _year(history, provision.last_changed)
    lead = provision.cells[provision.last_present].lead or ""
    when = f"from {first}" + (
        f", changed {changed}" if provision.last_changed != provision.first else ""
    )
    return f"  {label:<{_LABEL_WIDTH}} {''.join(marks)} {when}  {lead}"


def _tier_moves(history: History) -> list[str]:
    """One line per head-verb change, in version order."""
    lines = []
    for index, n, change in history.lead_changes:
        cell = history.provisions[n].cells[index]
        before = history.provisions[n].cells[cell.since] if cell.since is not None else None
        tiers = tier_words(change)
        tiers = f", {tiers}" if tiers else ""
        where = f"{before.paragraph if before else '—'} → {cell.paragraph}"
        lines.append(
            f"  {_year(history, index)}  {where}: {change.left or '—'} → "
            f"{change.right or '—'}  {_ARROWS.get(change.change, '◆')} {change.change}{tiers}"
        )
    return lines


def _vote_lines(history: History) -> list[str]:
    language = INTERFACE_LANGUAGE  # the terminal's words are English
    shifted = [s for s in history.votes.states if s.shifts]
    if not shifted:
        return ["  No State listed in two versions changed its position."]
    lines = []
    for state in sorted(shifted, key=lambda s: state_name(s.state, language)):
        moves = "; ".join(
            f"{VOTE_WORDS[s.before]} ({_year(history, s.earlier)}) → "
            f"{VOTE_WORDS[s.after]} ({_year(history, s.later)})"
            for s in state.shifts
        )
        lines.append(f"  {state_name(state.state, language)}: {moves}")
    return lines


def format_history(history: History, color: bool = False, width: int | None = None) -> str:
    """The whole summary, lines cut to ``width`` (the terminal's by default)."""
    width = max(width or shutil.get_terminal_size((120, 24)).columns, 60)
    n = len(history.versions)
    language = LANGUAGE_NAMES.get(history.language, history.language)
    lines = [f"History of {n} versions ({language})", *_version_lines(history)]
    for warning in history.warnings:  # wrapped, never cut: a note is read whole
        lines.extend(
            textwrap.wrap(warning, width, initial_indent="  note: ", subsequent_indent="        ")
        )

    provisions = history.provisions
    counts = history.summary
    lines += [
        "",
        f"Provisions: {counts.provisions} — {counts.in_every_version} in every version, "
        f"{counts.reworded} reworded since they first appeared, {counts.not_in_latest} not in "
        f"the latest version, {counts.returned} returned after a gap",
        "  " + "  ".join(f"{STEP_MARKS[s]} {STEP_WORDS[s]}" for s in STEP_MARKS),
    ]
    cell_width = 5 if _LABEL_WIDTH + 5 * n + 30 <= width else 3
    labels = [_year(history, i) if cell_width == 5 else _year(history, i)[-2:] for i in range(n)]
    if len(set(labels)) < n:
        # Two versions of one year (a draft and its resolution): the version numbers of the
        # list above, or the columns could not be told apart (QA pass 2 N6).
        labels = [str(i + 1) for i in range(n)]
    years = "".join(label.ljust(cell_width) for label in labels)
    header = f"  {'':<{_LABEL_WIDTH}} {years}"
    lines.append(f"{_BOLD}{header}{_RESET}" if color else header)
    for provision in provisions:
        line = _grid_line(history, provision, cell_width, color)
        lines.append(line if color else _fit(line, width))
    moves = _tier_moves(history)
    lines += ["", f"Operative verbs that changed ({len(moves)}):"]
    lines += [_fit(m, width) for m in moves] or ["  none"]
    lines += ["", "Vote shifts (between the versions in which a State is listed):"]
    lines += [_fit(v, width) for v in _vote_lines(history)]
    return "\n".join(lines)
