"""Held-out PDF variants for a running head printed on one later page only, without a rule
(QA finding B8): the texts in tests/data/qa-variants/pdf-block-paragraphs (en-oceans, en-short,
fr-water) in three faces and two sizes on A5 and A4 pages, with a head on page 2 only that
carries the title's words, a revision date and time, the document's symbol, or nothing but
its smaller type; set left, right or centred, high in the margin or just above the text.
Controls: the same drafts without a head (every line must stay); the section-heading
control is A/C.3/80/L.71 at 12 pt (tests/loaders/test_pdf_heads.py). Developer tool, not a
test; each PDF is compared with its text by ``python -m resolution_compare compare TEXT PDF``
(the name says which text).

    python -m tests.tools.make_head_variants OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.tools.make_block_variants import TEXTS
from tests.tools.pdfgen import font
from tests.tools.unpdf import res_from_txt, to_pdf, un_masthead

HEADS = {
    # kind: (text, size as a fraction of the body's, marks)
    "title": "{short_title} — draft resolution",
    "date": "Rev.1 — 3 June 2026, 10:30",
    "symbol": "{symbol} (advance unedited version)",
    "plain": "Informal consultations — not for circulation",
}
SYMBOL = "A/80/L.27"


def _short_title(title: str) -> str:
    words = title.split(" ", 1)[1].split(":")[0].split()
    return " ".join(words[:5])


def variants() -> list[tuple[str, str, dict[str, object]]]:
    """(name, text file stem, to_pdf options + 'head_text', 'head_size', 'symbol_masthead')."""
    out: list[tuple[str, str, dict[str, object]]] = []
    faces = ("DejaVu Sans", "Noto Serif", "Liberation Serif")
    for stem, page in (
        ("en-oceans", (420.0, 595.0)),
        ("en-short", (420.0, 595.0)),
        ("fr-water", (595.0, 842.0)),
    ):
        for fi, family in enumerate(faces):
            face = family.replace(" ", "")
            for size in (10.0, 12.0):
                for hi, kind in enumerate(HEADS):
                    align = ("left", "right", "center")[(fi + hi) % 3]
                    y = (40.0, 64.0)[(fi + hi + int(size)) % 2]
                    # smaller type for the 'plain' head (its only evidence); the others
                    # alternate between smaller and the body's own size
                    head_size = 0.8 * size if kind == "plain" or hi % 2 else size
                    name = f"{stem}-{kind}-{face}-{int(size)}-{align}-y{int(y)}"
                    opts: dict[str, object] = {
                        "family": family,
                        "size": size,
                        "page": page,
                        "style": "un",
                        "head_text": HEADS[kind],
                        "head_size": head_size,
                        "head_y": y,
                        "head_align": align,
                        "symbol_masthead": kind == "symbol",
                    }
                    out.append((name, stem, opts))
            # controls: a section heading opening page 2; no head at all
            out.append(
                (
                    f"{stem}-control-nohead-{face}",
                    stem,
                    {"family": family, "size": 11.0, "page": page},
                )
            )
    return out


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, stem, options in variants():
        src = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8")
        res = res_from_txt(src, lang=stem[:2])
        opts = dict(options)
        text = opts.pop("head_text", None)
        head_size = float(opts.pop("head_size", 0.0) or 0.0)
        y = float(opts.pop("head_y", 40.0) or 40.0)
        align = str(opts.pop("head_align", "right"))
        if opts.pop("symbol_masthead", False):
            res.masthead = un_masthead(SYMBOL)
            res.txt_masthead = None
        if text:
            label = str(text).format(short_title=_short_title(res.title), symbol=SYMBOL)
            family = str(opts["family"])

            def head(n, _t=label, _s=head_size, _y=y, _a=align, _f=family):  # type: ignore[no-untyped-def]
                return [(_t, _y, _a, font(_f, _s))] if n == 2 else []

            opts["head"] = head
            opts["head_rule"] = False
        to_pdf(res, out / f"{name}.pdf", **opts)
    print(f"{len(variants())} PDFs in {out}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    os._exit(0)  # Qt's PDF writer objects crash the interpreter's final collection
