"""history(): the lineages of a series' provisions, built on the pair engine.

One engine: every link between versions comes from ``compare()`` (alignment + word diff),
never from a rule of its own.

1. Each pair of successive versions is compared; a row that pairs paragraphs carries the
   provision on (its step is the row's: unchanged, routine — every change calendar-driven —,
   modified, rewritten; a status this module does not know counts as modified). A split
   lists every id; a merge joins the lineages it merges, listing every id before it.
2. Gaps: the paragraphs a step inserts are compared (again with ``compare()``) with the
   provisions that were absent from the previous version, each as it read in the last
   version in which it existed. A pair found there continues that lineage: the provision
   has *returned* (a pair the engine marks ``uncertain`` is not linked). Provisions deleted
   in this very step are not offered again: the pair comparison has just judged them.
3. What is left is new: a provision that first appears here.

Provisions are ordered as the latest version reads; a dropped one is placed right after the
provision that preceded it in the last version in which it existed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.comparison import CompareOptions, Comparison, Row
from resolution_compare.core.history import (
    History,
    HistoryCell,
    HistoryVersion,
    Provision,
    Step,
)
from resolution_compare.core.history_select import order_versions, select_versions
from resolution_compare.core.history_votes import vote_matrix
from resolution_compare.core.model import Paragraph, Resolution
from resolution_compare.core.strength import head_of

# Called after each step with (steps done, steps in all); it may raise to cancel the work.
ProgressCallback = Callable[[int, int], None]

# When two lineages join, the cell shows the larger change.
_STEP_RANK = {"unchanged": 0, "routine": 1, "returned": 2, "modified": 3, "rewritten": 4}


def step_of_row(row: Row) -> Step:
    """How a paragraph that the pair engine matched reached the later version."""
    status: str = row.status  # a plain str: statuses may be added to the engine
    if status == "unchanged":
        return "unchanged"
    if status == "rewritten":
        return "rewritten"
    if row.routine_only:
        return "routine"
    # modified, split, merged, and any status added to the engine later.
    return "modified"


def _combine(a: Step, b: Step) -> Step:
    if a == b:
        return a
    if "first" in (a, b):  # new words joined to an existing provision
        return "modified"
    return a if _STEP_RANK.get(a, 3) >= _STEP_RANK.get(b, 3) else b


@dataclass
class _Draft:
    """A provision's cell while the lineages are built: paragraph indexes in the version."""

    indexes: list[int]
    step: Step
    moved: bool = False
    since: int | None = None
    rows: list[Row] = field(default_factory=list)

    def add(self, other: _Draft) -> None:
        self.indexes = sorted({*self.indexes, *other.indexes})
        self.step = _combine(self.step, other.step)
        self.moved = self.moved or other.moved
        if other.since is not None:
            self.since = other.since if self.since is None else max(self.since, other.since)
        self.rows.extend(other.rows)


class _Line:
    """A lineage being built; ``merged_into`` points to the lineage that absorbed it."""

    def __init__(self) -> None:
        self.cells: dict[int, _Draft] = {}
        self.dropped: dict[int, list[Row]] = {}  # version -> rows that deleted it there
        self.last = -1
        self.merged_into: _Line | None = None

    def root(self) -> _Line:
        line = self
        while line.merged_into is not None:
            line = line.merged_into
        return line


class _Builder:
    def __init__(self, resolutions: Sequence[Resolution], options: CompareOptions) -> None:
        self.res = list(resolutions)
        self.options = options
        self.owner: list[dict[int, _Line]] = [{} for _ in self.res]
        self.index_of = [{p.id: i for i, p in enumerate(r.paragraphs)} for r in self.res]
        self.lines: list[_Line] = []
        # Verb tier by (language, lead, text): most provisions keep their words for years.
        self._tiers: dict[tuple[str, str | None, str], int | None] = {}

    def _tier(self, paragraph: Paragraph, language: str) -> int | None:
        """The head verb's tier of an operative paragraph (None otherwise), as in a pair."""
        if paragraph.kind != "operative":
            return None
        key = (language, paragraph.lead, paragraph.text)
        if key not in self._tiers:
            self._tiers[key] = head_of(paragraph, language).tier
        return self._tiers[key]

    # --- lineage bookkeeping --------------------------------------------------------------
    def _attach(self, line: _Line, version: int, draft: _Draft) -> None:
        cell = line.cells.get(version)
        if cell is None:
            line.cells[version] = draft
        else:
            cell.add(draft)
        for i in draft.indexes:
            self.owner[version][i] = line
        line.last = max(line.last, version)

    def _new_line(self, version: int, draft: _Draft) -> None:
        line = _Line()
        self.lines.append(line)
        self._attach(line, version, draft)

    def _merge(self, keep: _Line, other: _Line) -> None:
        for version, cell in other.cells.items():
            self._attach(keep, version, cell)
        for version, rows in other.dropped.items():
            keep.dropped.setdefault(version, []).extend(rows)
        other.merged_into = keep

    def _owners(self, version: int, indexes: Sequence[int]) -> list[_Line]:
        lines: list[_Line] = []
        for i in indexes:
            line = self.owner[version][i].root()
            if line not in lines:
                lines.append(line)
        return lines

    def _joined(self, lines: list[_Line]) -> _Line:
        for other in lines[1:]:
            self._merge(lines[0], other)
        return lines[0]

    # --- the steps ------------------------------------------------------------------------
    def first_version(self) -> None:
        for i in range(len(self.res[0].paragraphs)):
            self._new_line(0, _Draft([i], "first"))

    def add_step(self, k: int, comparison: Comparison) -> None:
        """Carry the lineages from version k-1 to version k along the pair's rows."""
        before, after = self.index_of[k - 1], self.index_of[k]
        inserted: list[tuple[list[int], Row]] = []
        deleted: list[tuple[list[int], Row]] = []
        for row in comparison.rows:
            left = [before[x] for x in row.left]
            right = [after[x] for x in row.right]
            if left and right:
                line = self._joined(self._owners(k - 1, left))
                self._attach(line, k, _Draft(right, step_of_row(row), row.moved, k - 1, [row]))
            elif left:
                deleted.append((left, row))
            else:
                inserted.append((right, row))
        for left, row in deleted:
            for line in self._owners(k - 1, left):
                if line.last == k:  # part of it lives on in another paragraph
                    line.cells[k].rows.append(row)
                    line.cells[k].step = _combine(line.cells[k].step, "modified")
                else:
                    line.dropped.setdefault(k, []).append(row)
        for right, row in self._relink(k, inserted):
            self._new_line(k, _Draft(right, "first", since=k - 1, rows=[row]))

    def _relink(self, k: int, inserted: list[tuple[list[int], Row]]) -> list[tuple[list[int], Row]]:
        """Link paragraphs inserted at k to provisions absent since before k-1; the rest."""
        pool = [line for line in self.lines if line.merged_into is None and line.last < k - 1]
        if not pool or not inserted:
            return inserted
        pool.sort(key=lambda line: (line.last, min(line.cells[line.last].indexes)))
        left: list[Paragraph] = []
        left_from: list[tuple[_Line, str]] = []
        for line in pool:
            version = self.res[line.last]
            for i in line.cells[line.last].indexes:
                p = version.paragraphs[i]
                left.append(replace(p, id=f"H{len(left)}"))
                left_from.append((line, p.id))
        right_indexes = sorted(i for indexes, _ in inserted for i in indexes)
        paragraphs = self.res[k].paragraphs
        right = [replace(paragraphs[i], id=f"H{n}") for n, i in enumerate(right_indexes)]
        language = self.res[k].language
        # The calendar distance (routine updates) is known when every pooled provision last
        # stood in one version: that version's header and date against version k's.
        lasts = {line.last for line in pool}
        was = self.res[lasts.pop()] if len(lasts) == 1 else Resolution(source="", language="")
        now = self.res[k]
        gap = compare_resolutions(
            Resolution("", language, was.header, tuple(left), meeting=was.meeting),
            Resolution("", language, now.header, tuple(right), meeting=now.meeting),
            self.options,
        )
        linked: set[int] = set()
        for row in gap.rows:
            # A pair the engine marks uncertain is shown side by side in a pair, but a
            # lineage across a gap claims more: it is not linked on a guess.
            if not row.left or not row.right or getattr(row, "uncertain", False):
                continue
            sources = [left_from[int(x[1:])] for x in row.left]
            targets = [right_indexes[int(x[1:])] for x in row.right]
            lines = []
            for line, _ in sources:
                if line.root() not in lines:
                    lines.append(line.root())
            line = self._joined(lines)
            since = max(source.last for source, _ in sources)
            real = replace(
                row,
                left=tuple(pid for _, pid in sources),
                right=tuple(paragraphs[i].id for i in targets),
                moved=False,
            )
            self._attach(line, k, _Draft(targets, "returned", False, since, [real]))
            linked.update(targets)
        return [(r, row) for r, row in inserted if not linked.intersection(r)]

    # --- the result -----------------------------------------------------------------------
    def _cell(self, line: _Line, version: int, since: int | None) -> HistoryCell:
        draft = line.cells.get(version)
        dropped = tuple(line.dropped.get(version, ()))
        if draft is None:
            return HistoryCell(step="absent", since=since, rows=dropped)
        res = self.res[version]
        indexes = sorted(draft.indexes)
        head = res.paragraphs[indexes[0]]
        tier = self._tier(head, res.language)
        step = _combine(draft.step, "modified") if dropped else draft.step
        return HistoryCell(
            paragraphs=tuple(res.paragraphs[i].id for i in indexes),
            lead=head.lead,
            tier=tier,
            step=step,
            moved=draft.moved,
            since=draft.since,
            rows=(*draft.rows, *dropped),
        )

    def _cells(self, line: _Line) -> tuple[HistoryCell, ...]:
        cells: list[HistoryCell] = []
        last_seen: int | None = None
        for version in range(len(self.res)):
            cells.append(self._cell(line, version, last_seen))
            if version in line.cells:
                last_seen = version
        return tuple(cells)

    def _display_order(self, lines: list[_Line]) -> list[_Line]:
        """Latest version's order; a dropped provision after the one that preceded it in
        the last version in which it existed (front when it stood first)."""
        latest = len(self.res) - 1
        present = sorted(
            (line for line in lines if line.last == latest),
            key=lambda line: min(line.cells[latest].indexes),
        )
        head: object = object()  # sentinel before the first provision
        after: dict[object, object] = {}
        previous: object = head
        for line in present:
            after[previous] = line
            previous = line
        placed = {id(line) for line in present}
        dropped = sorted(
            (line for line in lines if line.last != latest),
            key=lambda line: (-line.last, min(line.cells[line.last].indexes)),
        )
        for line in dropped:
            version, start = line.last, min(line.cells[line.last].indexes)
            anchor: object = head
            for i in range(start - 1, -1, -1):
                owner = self.owner[version][i].root()
                if id(owner) in placed:
                    anchor = owner
                    break
            if anchor in after:
                after[line] = after[anchor]
            after[anchor] = line
            placed.add(id(line))
        ordered: list[_Line] = []
        node = after.get(head)
        while node is not None:
            assert isinstance(node, _Line)
            ordered.append(node)
            node = after.get(node)
        return ordered

    def provisions(self) -> tuple[Provision, ...]:
        live = [line for line in self.lines if line.merged_into is None]
        out = []
        for n, line in enumerate(self._display_order(live), start=1):
            cells = self._cells(line)
            first = min(line.cells)
            changed = [v for v, c in enumerate(cells) if c.wording_changed]
            out.append(Provision(f"L{n}", first, max(changed, default=first), cells))
        return tuple(out)


def build_history(
    resolutions: Sequence[Resolution],
    options: CompareOptions | None = None,
    progress: ProgressCallback | None = None,
) -> History:
    """The history of the versions given (any order): provisions, vote matrix, warnings.

    Texts that are not resolutions, second copies and versions in another language than
    most are left out with a warning (see history_select). Raises InputError when more than
    ``MAX_VERSIONS`` or fewer than two versions remain. ``progress(done, total)`` is called
    after each pair of versions is compared; an exception it raises stops the work.
    """
    kept, warnings = select_versions(resolutions)
    versions, order_warnings = order_versions(kept)
    warnings.extend(order_warnings)
    for version in versions:
        warnings.extend(f"{version.label}: {w}" for w in version.resolution.warnings)
    opts = options or CompareOptions()
    texts = [v.resolution for v in versions]
    builder = _Builder(texts, opts)
    builder.first_version()
    steps: list[Comparison] = []
    for k in range(1, len(texts)):
        comparison = compare_resolutions(texts[k - 1], texts[k], opts)
        steps.append(comparison)
        builder.add_step(k, comparison)
        if progress is not None:
            progress(k, len(texts) - 1)
    return History(
        versions=tuple(versions),
        provisions=builder.provisions(),
        votes=vote_matrix(texts),
        steps=tuple(steps),
        options=opts,
        warnings=tuple(warnings),
    )


def step_comparison(
    history: History, provision: Provision, version: int
) -> tuple[Comparison, int | None] | None:
    """The pair comparison behind one cell, and the index of the provision's row in it.

    Successive versions give the stored comparison; a step across a gap (a return, or an
    absence since an earlier version) is compared anew with ``compare()``. None for a cell
    with nothing to compare (the first version, or before the provision first appeared).
    """
    cell = provision.cells[version]
    since = cell.since
    if since is None:
        return None
    if since == version - 1:
        comparison = history.steps[version - 1]
    else:
        comparison = compare_resolutions(
            history.versions[since].resolution,
            history.versions[version].resolution,
            history.options,
        )
    if cell.present:
        wanted, side = set(cell.paragraphs), "right"
    else:
        wanted, side = set(provision.cells[since].paragraphs), "left"
    for index, row in enumerate(comparison.rows):
        if wanted.intersection(getattr(row, side)):
            return comparison, index
    return comparison, None


__all__ = ["HistoryVersion", "ProgressCallback", "build_history", "step_comparison"]
