"""The page model: which printed lines are masthead, running head, body, footnotes, footer.

Rules follow how UN documents are set (domain.md §3) but hold for other layouts too:

* masthead (page 1): the lines above the lowest long rule in the upper part of page 1
  ("United Nations", symbol, organ banner, "Distr.: Limited", date, "Original: English");
* running head (later pages): the lines above a long rule at the top of the page, and any
  line in the top band that repeats on other pages (digits ignored) or reads like a
  symbol, a page number or a job number;
* footer: lines in the bottom band that read like a job number ("25-20861 (E) 021225"),
  a bar code ("*2520861*"), a page number ("2/15", "Page 1 of 2"), "Please recycle", or
  that repeat on other pages ("Draft for informal consultations");
* footnote area: below the short rule near the left margin (a drawn path, or a line of
  underscores), down to the footer; without a rule, a run of smaller lines at the foot
  of the page that opens with a marker;
* body: everything else. Only the body makes paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resolution_compare.loaders.pdf_columns import Gutter, cut_at_gutters, find_gutters
from resolution_compare.loaders.pdf_heads import (
    FirstPage,
    first_page_evidence,
    text_top,
    unruled_head,
)
from resolution_compare.loaders.pdf_lines import Line, Page, page_lines

FURNITURE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # running head "A/HRC/RES/44/11 3", "S/RES/2334 (2016)", "A/78/L.3/Rev.1"
        r"^[A-Z]{1,6}(/[A-Za-z0-9.]*[A-Za-z0-9])+\*?(\s+\(\d{4}\))?(\s+\d{1,3})?$",
        r"^\d{1,3}\s+[A-Z]{1,6}(/[A-Za-z0-9.]*[A-Za-z0-9])+$",  # "3 A/HRC/RES/44/11"
        r"^[-–—\s]*\d{1,3}[-–—\s]*$",  # page number, "- 3 -"
        r"^\d{1,3}/\d{1,3}(\s+\d{2}-\d{5})?$|^\d{2}-\d{5}\s+\d{1,3}/\d{1,3}$",  # "2/9 23-21227"
        r"^(\d{1,3}\s+)?GE\.\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6,8}){0,2}(\s+[ivxlc\d]+)?$",
        r"^\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6,8}){0,2}$",  # NY job number "23-21227 (E) 131123"
        r"^\*\d{6,8}\*$",  # bar code text
        r"^Please recycle",
        r"^page\s+\d+(\s+(of|/)\s+\d+)?\b",  # "Page 1 of 2 — Draft for …"
        r"^\d+\s+(of|/)\s+\d+$",
    )
)
_UNDERSCORES = re.compile(r"^_{8,}$")
# What every UN masthead prints: a document symbol ("A/RES/80/4") or the distribution line.
_MASTHEAD_MARK = re.compile(r"\b[A-Z]{1,6}/[A-Za-z0-9.]|^Distr\b")
_NOTE_START = re.compile(r"^(\d{1,3}|[*∗†‡]{1,3})(\s|$)")
TOP_BAND = 0.12  # fraction of the page height where running heads live
BOTTOM_BAND = 0.09  # fraction of the page height where footers live


@dataclass
class PageZones:
    number: int
    width: float
    height: float
    masthead: list[Line] = field(default_factory=list)
    head: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    foot: list[Line] = field(default_factory=list)
    gutters: list[Gutter] = field(default_factory=list)  # the body's columns (pdf_columns)


def looks_like_furniture(text: str) -> bool:
    """Running head, page number, job number, bar code, "Please recycle" (by text alone)."""
    return any(p.search(text.strip()) for p in FURNITURE_PATTERNS)


def _shape(text: str) -> str:
    """A line with its numbers blanked: the same running head on every page."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _key(line: Line) -> tuple[str, int]:
    """Text shape and position: a running head or foot repeats both."""
    return _shape(line.raw), round(line.baseline / 3)


def _repeated(pages: list[Page], lines: list[list[Line]]) -> set[tuple[str, int]]:
    """Keys of the top- and bottom-band lines printed on two or more pages."""
    seen: dict[tuple[str, int], set[int]] = {}
    for page, page_lines_ in zip(pages, lines, strict=True):
        for line in page_lines_:
            if _in_band(line, page):
                seen.setdefault(_key(line), set()).add(page.number)
    return {key for key, numbers in seen.items() if len(numbers) >= 2 and len(key[0]) > 1}


def _in_band(line: Line, page: Page) -> bool:
    return line.top > page.height * (1 - TOP_BAND) or line.baseline < page.height * BOTTOM_BAND


def _masthead_rule(page: Page) -> float | None:
    """y of the lowest long rule in the upper part of page 1, if any."""
    long_rules = [
        r.y for r in page.rules if r.length >= 0.5 * page.width and r.y > 0.55 * page.height
    ]
    return min(long_rules) if long_rules else None


def _head_rule(page: Page) -> float | None:
    """y of a long rule at the very top of a page (under the running head)."""
    top_rules = [
        r.y
        for r in page.rules
        if r.length >= 0.5 * page.width and r.y > (1 - TOP_BAND - 0.04) * page.height
    ]
    return min(top_rules) if top_rules else None


def _separator(page: Page, lines: list[Line]) -> float | None:
    """y of the footnote rule: short, near the left margin, in the lower part of the page."""
    text_left = min((ln.x0 for ln in lines), default=0.0)
    found = [
        r.y
        for r in page.rules
        if 0.06 * page.width <= r.length <= 0.45 * page.width
        and r.left < text_left + 0.2 * page.width
        and r.y < 0.7 * page.height
    ]
    found += [
        ln.baseline + ln.size
        for ln in lines
        if _UNDERSCORES.match(ln.raw) and ln.x0 < text_left + 0.2 * page.width
    ]
    return max(found) if found else None


def _is_foot(
    line: Line, page: Page, repeated: set[tuple[str, int]], separator: float | None = None
) -> bool:
    if line.baseline >= page.height * BOTTOM_BAND:
        return False
    if looks_like_furniture(line.raw):
        return True
    if separator is not None and line.top < separator and _NOTE_START.match(line.raw):
        # A footnote under the rule that opens with its number: the notes at the foot of two
        # pages may differ only in their digits ("11 See A/51/21." / "12 See A/52/22.").
        return False
    # A line with a raised marker is a footnote, even at the foot of the page.
    return not line.refs and _key(line) in repeated


def _is_head(line: Line, page: Page, repeated: set[tuple[str, int]], rule: float | None) -> bool:
    if rule is not None and line.baseline > rule:
        return True
    if line.top <= page.height * (1 - TOP_BAND):
        return False
    return looks_like_furniture(line.raw) or _key(line) in repeated


def _small_notes_at_foot(body: list[Line]) -> int:
    """Index where a run of smaller lines opening with a marker ends the body; len when none."""
    if len(body) < 3:
        return len(body)
    sizes = sorted(ln.size for ln in body)
    body_size = sizes[len(sizes) // 2]
    k = len(body)
    while k > 0 and body[k - 1].size < 0.9 * body_size:
        k -= 1
    if k == len(body) or k == 0:
        return len(body)
    first = body[k]
    return k if (first.starts_with_raised or _NOTE_START.match(first.text)) else len(body)


def split_page(
    page: Page,
    lines: list[Line],
    repeated: set[tuple[str, int]],
    first: FirstPage | None = None,
    block_top: float | None = None,
) -> PageZones:
    """Sort one page's lines into the zones of the page model.

    ``first``: what page 1 tells (pdf_heads.first_page_evidence) and ``block_top``: where
    the other pages' text begins (pdf_heads.text_top); with both, a later page's head printed
    without a rule or a repeat is found by its place, gap, size and marks.
    """
    zones = PageZones(page.number, page.width, page.height)
    masthead_y = _masthead_rule(page) if page.number == 1 else None
    above = [ln for ln in lines if masthead_y is not None and ln.baseline > masthead_y]
    if not any(_MASTHEAD_MARK.search(ln.raw) for ln in above):
        # A rule near the top of a page that is no UN masthead (no symbol, no "Distr."):
        # what stands above it is body text, not furniture to drop.
        masthead_y = None
    # Page 1 carries the masthead, not a running head: only repetition finds a head there.
    head_y = _head_rule(page) if page.number > 1 else None
    separator = _separator(page, lines)
    # Heads are read from the top down and feet from the bottom up, each stopping at the
    # first line that is neither: furniture never sits between body lines.
    by_height = sorted(lines, key=lambda ln: -ln.baseline)
    head: set[int] = set()
    for line in by_height:
        if masthead_y is not None and line.baseline > masthead_y:
            continue
        if not _is_head(line, page, repeated, head_y):
            break
        head.add(id(line))
    foot: set[int] = set()
    for line in reversed(by_height):
        if not _is_foot(line, page, repeated, separator):
            break
        foot.add(id(line))
    if first is not None and block_top is not None and page.number > 1:
        rest = [ln for ln in by_height if id(ln) not in head and id(ln) not in foot]
        if masthead_y is not None:
            rest = [ln for ln in rest if ln.baseline <= masthead_y]
        head.update(id(ln) for ln in unruled_head(rest, page.height, TOP_BAND, first, block_top))
    for line in lines:
        if masthead_y is not None and line.baseline > masthead_y:
            zones.masthead.append(line)
        elif id(line) in head:
            zones.head.append(line)
        elif id(line) in foot:
            zones.foot.append(line)
        elif _UNDERSCORES.match(line.raw):
            continue  # the footnote rule set as text
        elif separator is not None and line.top < separator:
            zones.notes.append(line)
        else:
            zones.body.append(line)
    if separator is None:
        cut = _small_notes_at_foot(zones.body)
        zones.notes = zones.body[cut:]
        zones.body = zones.body[:cut]
    _columns(page, zones)
    return zones


def _columns(page: Page, zones: PageZones) -> None:
    """Find the body's gutters and cut the lines printed across one (pdf_columns)."""
    if len(zones.body) < 4:
        return
    zones.gutters = find_gutters(zones.body)
    if zones.gutters:
        zones.body = cut_at_gutters(page, zones.body, zones.gutters)


def split_pages(pages: list[Page]) -> list[PageZones]:
    """Every page sorted into zones; repetition across pages finds heads and feet."""
    lines = [page_lines(page) for page in pages]
    repeated = _repeated(pages, lines) if len(pages) > 1 else set()
    zones = [split_page(page, ls, repeated) for page, ls in zip(pages, lines, strict=True)]
    if len(pages) < 2:
        return zones
    # A head printed on one later page only, without a rule: found against page 1's title
    # and symbol and the other pages' text block (pdf_heads); only such pages are re-read.
    bodies = [sorted(z.body, key=lambda ln: -ln.baseline) for z in zones]
    first = first_page_evidence(lines[0], pages[0].height, TOP_BAND, bodies)
    tops = [text_top(z.body) for z in zones]
    for i in range(1, len(pages)):
        others = [t for j, t in enumerate(tops) if j != i and t is not None]
        own = max((ln.baseline for ln in zones[i].body), default=None)
        if others and own is not None and own > max(others):
            zones[i] = split_page(pages[i], lines[i], repeated, first, max(others))
    return zones
