"""The small HTML subset of the report's grid cells, read back as styled runs; the report CSS
read as rules. Pure Python (no Qt).

The grid's cells are written once, as HTML (report/html_rows.py), for the HTML export; the
PDF and the printout paint the same cells themselves (report/pages.py) instead of handing a
1,000-row table to Qt's rich-text engine, whose layout and paging grow faster than the table
(bench/report.py). Reading the cells back from their HTML keeps one source for both: what
the HTML says is what the paper shows. The subset is what html_rows writes — text with the
entities of ``html.escape``, ``<br>``, ``<span class="…">``, ``<sup>``, ``<b>``, ``<i>`` —
and anything else raises ValueError, so a new tag cannot silently lose its styling on paper
(tests/report/test_cell_markup.py renders real comparisons through it).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# Classes that the inline tags stand for: <b> and <i> style like a class would.
TAG_CLASSES = {"b": "b", "i": "i", "sup": "sup"}
# Any "<" in a cell is markup: document text reaches the cell escaped (html_rows.escape_text).
_ANY_TAG = re.compile(r"<[^>]*>?")
_TAG = re.compile(r"<(/?)([a-z]+)((?:\s+[a-z-]+=\"[^\"]*\")*)\s*/?>")
_CLASS = re.compile(r'class="([^"]*)"')
_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


@dataclass(frozen=True)
class Run:
    """A piece of cell text and the classes in force on it, outermost first."""

    text: str
    classes: tuple[str, ...] = ()


def cell_runs(markup: str) -> list[Run]:
    """The runs of one cell's HTML, in order; ``<br>`` becomes a "\\n" run.

    Raises ValueError for a tag outside the subset or an unbalanced closing tag.
    """
    runs: list[Run] = []
    stack: list[str] = []
    pos = 0
    for found_tag in _ANY_TAG.finditer(markup):
        match = _TAG.fullmatch(found_tag.group())
        if match is None:
            raise ValueError(f"{found_tag.group()!r} is not in the report cells' markup subset")
        if found_tag.start() > pos:
            runs.append(Run(html.unescape(markup[pos : found_tag.start()]), tuple(stack)))
        pos = found_tag.end()
        closing, tag, attributes = match.group(1), match.group(2), match.group(3)
        if tag == "br":
            runs.append(Run("\n", tuple(stack)))
        elif tag == "span" and not closing:
            found = _CLASS.search(attributes)
            stack.append(found.group(1) if found else "")
        elif tag in TAG_CLASSES and not closing:
            stack.append(TAG_CLASSES[tag])
        elif closing and tag in ("span", *TAG_CLASSES):
            if not stack:
                raise ValueError(f"unbalanced </{tag}> in a report cell")
            stack.pop()
        else:
            raise ValueError(f"<{closing}{tag}> is not in the report cells' markup subset")
    if pos < len(markup):
        runs.append(Run(html.unescape(markup[pos:]), tuple(stack)))
    return [run for run in runs if run.text]


def css_rules(css: str) -> dict[str, dict[str, str]]:
    """``selector → {property: value}`` of a style sheet; a selector list gives each
    selector the declarations, and later rules add to (and override) earlier ones."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(css):
        declarations = {}
        for declaration in body.split(";"):
            name, colon, value = declaration.partition(":")
            if colon:
                declarations[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            key = " ".join(selector.split())
            if key:
                rules.setdefault(key, {}).update(declarations)
    return rules


def style_sheet(head: str) -> str:
    """The CSS inside the ``<style>`` element(s) of an HTML head."""
    return "\n".join(re.findall(r"<style>(.*?)</style>", head, re.DOTALL))


def pixels(value: str | None, default: float) -> float:
    """A CSS length in px ("12px") as a number; ``default`` when absent or not in px."""
    if value and value.endswith("px"):
        try:
            return float(value[:-2])
        except ValueError:
            return default
    return default
