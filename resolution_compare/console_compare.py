"""Readable terminal report of a comparison (`resolution-compare compare A B --text`)."""

from __future__ import annotations

from resolution_compare.core.comparison import Comparison


def format_comparison(result: Comparison, color: bool = False) -> str:
    lines = [f"{result.left.label} → {result.right.label}"]
    for row in result.rows:
        lines.append(f"{','.join(row.left) or '—'} → {','.join(row.right) or '—'}  {row.status}")
    return "\n".join(lines)
