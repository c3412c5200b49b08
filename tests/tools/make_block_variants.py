"""Held-out PDF variants for the lines → blocks rules (one-line paragraphs, small paragraph
spaces, two columns): the texts in tests/data/qa-variants/pdf-block-paragraphs (en-oceans,
en-short) in three faces, two sizes, paragraph spaces of 0, 1 pt and 0.35 em, gutters of 20
and 30 pt, a 110 pt right margin. Developer tool, not a test; each PDF is compared with its
text by ``python -m resolution_compare compare TEXT PDF``.

    python -m tests.tools.make_block_variants OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.tools import pdfgen
from tests.tools.unpdf import res_from_txt, to_pdf

TEXTS = Path(__file__).resolve().parent.parent / "data" / "qa-variants" / "pdf-block-paragraphs"


def variants() -> list[tuple[str, str, dict[str, object]]]:
    oceans = (TEXTS / "en-oceans.txt").read_text(encoding="utf-8")
    short = (TEXTS / "en-short.txt").read_text(encoding="utf-8")
    out: list[tuple[str, str, dict[str, object]]] = []
    for family in ("DejaVu Sans", "Noto Serif", "Liberation Serif"):
        face = family.replace(" ", "")
        for size in (9.0, 11.5):
            common = {"family": family, "size": size}
            out += [
                (f"oceans-indent-nogap-{face}-{size}", oceans, {**common, "para_gap": 0.0}),
                (
                    f"oceans-block-gap3-{face}-{size}",
                    oceans,
                    {**common, "style": "block", "para_gap": 0.35 * size},
                ),
                (
                    f"short-indent-gap1-{face}-{size}",
                    short,
                    {**common, "para_gap": 1.0, "width_right": 110.0},
                ),
                (
                    f"oceans-2col-block-{face}-{size}",
                    oceans,
                    {**common, "style": "block", "columns": 2, "col_gap": 20.0},
                ),
                (
                    f"oceans-2col-indented-hdr-{face}-{size}",
                    oceans,
                    {**common, "columns": 2, "col_gap": 30.0, "columns_after_header": True},
                ),
            ]
    return out


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, src, options in variants():
        gap = options.pop("col_gap", None)
        original = pdfgen.Doc.__init__
        if gap is not None:  # the gutter is a Doc attribute, not a to_pdf option

            def init(self, *args, _gap=gap, _original=original, **kwargs):  # type: ignore[no-untyped-def]
                _original(self, *args, **kwargs)
                self.col_gap = _gap

            pdfgen.Doc.__init__ = init  # type: ignore[method-assign]
        try:
            to_pdf(res_from_txt(src), out / f"{name}.pdf", **options)
        finally:
            pdfgen.Doc.__init__ = original  # type: ignore[method-assign]
    print(f"{len(variants())} PDFs in {out}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    os._exit(0)  # Qt's PDF writer objects crash the interpreter's final collection
