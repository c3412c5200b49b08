"""Held-out PDF variants for the characters → lines rules (word spaces, raised markers, Arabic).

Developer tool, not a test: it builds PDFs with Qt (QPdfWriter writes no space characters, so
every word space is pdfium's guess) through the QA pass's layout engine
(tests/tools/pdfgen.py / unpdf.py), with texts, fonts, sizes and widths that the QA
inputs do not use. Each PDF comes with the .txt it was made from; ``evaluate`` compares
each pair and counts the rows that are not unchanged.

    python -m tests.tools.make_pdf_variants OUT_DIR [wordspace|markers|arabic ...]
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

# Words that end in an overhanging glyph (f, ff, j, italic letters) before a word that starts
# low or narrow; and words with kerning pairs, ligatures and tracking that must stay whole.
WORDSPACE_PPS = [
    "Recalling its decision in favour of a brief of the Chief of Staff, and itself thereof "
    "the proof of belief in the half of the staff off the record,",
    "Noting with concern that the self-reliance of Raj and Beograd if taken apart, or "
    "if left to itself, affords no relief to the tariff of the sheriff,",
    "Welcoming the AVANT report, To Vote for Yves and the official efforts of the office "
    "to affirm the efficient flow of fifty financial offers,",
]
WORDSPACE_OPS = [
    "Affirms that the chief of the tariff office is responsible for staff and for the "
    "proof of the effects of the plaintiff's brief;",
    "Requests the staff of the Office of Legal Affairs to report thereof, if needed, on "
    "the behalf of all of the offices, and of Fiji;",
]


def wordspace(out: Path) -> list[tuple[Path, Path]]:
    from tests.tools.unpdf import Res, to_pdf, to_txt

    pairs = []
    fonts = [
        ("DejaVu Sans Condensed", 9.0, False),
        ("DejaVu Serif Condensed", 10.5, False),
        ("DejaVu Serif", 13.0, True),
        ("Noto Serif", 9.0, True),
        ("Noto Serif", 11.5, False),
        ("Noto Sans", 10.0, True),
        ("DejaVu Sans", 11.0, False),
    ]
    for italic in (False, True):
        for family, size, justify in fonts:
            pps = list(WORDSPACE_PPS)
            res = Res(
                header=["Human Rights Council", "Sixtieth session", "Agenda item 4"],
                kind_line="Resolution adopted by the Human Rights Council on 2 October 2026",
                title="60/7 Staff of the office",
                organ="The Human Rights Council,",
                pps=pps,
                ops=[(f"{k + 1}.", t, []) for k, t in enumerate(WORDSPACE_OPS)],
            )
            name = f"ws-{family.replace(' ', '-')}-{size:g}pt{'-just' if justify else ''}"
            name += "-italic" if italic else ""
            pdf, txt = out / f"{name}.pdf", out / f"{name}.txt"
            with _all_italic(italic):
                to_pdf(res, pdf, family=family, size=size, justify=justify, width_right=110.0)
            txt.write_text(to_txt(res))
            pairs.append((txt, pdf))
    return pairs


@contextlib.contextmanager
def _all_italic(on: bool) -> Iterator[None]:
    """Every paragraph set in italics (pdfgen's paragraphs take an italic flag)."""
    from tests.tools import pdfgen

    original = pdfgen.Doc.para
    if on:
        pdfgen.Doc.para = lambda self, text, **kw: original(self, text, **{**kw, "italic": True})
    try:
        yield
    finally:
        pdfgen.Doc.para = original


# Last lines made only of x-height letters (no ascender, no capital) before a raised marker.
MARKER_OPS = [
    "Urges all States to give priority to the needs of women in rural\nareas;{^4}",
    "Invites the relevant bodies to assess the progress made in those\ncases,{^12} and to "
    "report on one or more concrete\nmeasures;{^5}",
    "Encourages States to share their experience in the provision of water\nservices;{^6}",
    "Decides to continue the consideration of the question in a manner of\nuse.{^7}",
]
MARKER_NOTES = {
    "4": "See A/79/220.",
    "5": "See A/HRC/60/30, annex.",
    "6": "Resolution 78/206.",
    "7": "See E/2025/15.",
    "12": "See A/80/190, para. 12.",
}


def markers(out: Path) -> list[tuple[Path, Path]]:
    from tests.tools import pdfgen
    from tests.tools.unpdf import Res, to_pdf, to_txt

    pairs = []
    layouts = [  # family, body size, marker size, right margin
        ("Noto Serif", 9.0, 5.0, 90.0),
        ("Noto Sans", 10.5, 6.0, 80.0),
        ("DejaVu Serif Condensed", 11.0, 7.5, 100.0),
        ("DejaVu Sans", 12.0, 7.0, 60.0),
        ("DejaVu Serif", 13.0, 8.5, 72.0),
    ]
    for family, size, sup, right in layouts:
        res = Res(
            header=["General Assembly", "Eighty-first session", "Agenda item 27"],
            kind_line="Resolution adopted by the General Assembly on 9 December 2026",
            title="81/112. Rural water supply",
            organ="The General Assembly,",
            pps=["Recalling its resolution 64/292 of 28 July 2010,"],
            ops=[(f"{k + 1}.", t, []) for k, t in enumerate(MARKER_OPS)],
            notes=dict(MARKER_NOTES),
        )
        name = f"mk-{family.replace(' ', '-')}-{size:g}pt-sup{sup:g}"
        pdf, txt = out / f"{name}.pdf", out / f"{name}.txt"
        original = pdfgen.Doc.__init__

        def init(self, *args, _sup=sup, _init=original, **kw):  # type: ignore[no-untyped-def]
            _init(self, *args, **kw)
            self.sup_size = _sup

        pdfgen.Doc.__init__ = init
        try:
            to_pdf(res, pdf, family=family, size=size, width_right=right)
        finally:
            pdfgen.Doc.__init__ = original
        txt.write_text(to_txt(res))
        pairs.append((txt, pdf))
    return pairs


# Arabic resolutions (tests/data/qa-variants/pdf-arabic/ar-*.txt) with what a right-to-left
# line holds besides Arabic words: symbols in brackets, several left-to-right runs in one
# line, numbers before Arabic punctuation,
# guillemets, a digit glued to "و". No lam-alef and no vowel signs: Qt's text layer maps
# those glyphs wrongly (QA report), which no reader can undo.
ARABIC_TEXTS = Path(__file__).resolve().parent.parent / "data" / "qa-variants" / "pdf-arabic"
ARABIC_KEYS = ("water", "education")


def arabic(out: Path) -> list[tuple[Path, Path]]:
    """Arabic texts in other faces, sizes and widths than the QA inputs."""
    import re

    from tests.tools.unpdf import res_from_txt, to_pdf

    pairs = []
    layouts = [  # family, size, right margin, style
        ("Noto Naskh Arabic", 11.0, 100.0, "un"),
        ("Noto Naskh Arabic", 13.0, 60.0, "block"),
        # Noto Kufi Arabic: Qt writes control characters for its glyphs, unreadable text.
        ("Noto Sans Arabic", 10.0, 150.0, "un"),
        ("DejaVu Sans", 10.0, 180.0, "block"),
    ]
    for key in ARABIC_KEYS:
        text = (ARABIC_TEXTS / f"ar-{key}.txt").read_text(encoding="utf-8")
        assert not re.search("ل[اأإآ]|[\u064b-\u0652]", text), key
        res = res_from_txt(text, lang="ar", number=r"\d+ -")
        for family, size, right, style in layouts:
            name = f"ar-{key}-{family.replace(' ', '-')}-{size:g}pt-r{right:g}-{style}"
            pdf, txt = out / f"{name}.pdf", out / f"{name}.txt"
            to_pdf(res, pdf, rtl=True, family=family, size=size, width_right=right, style=style)
            txt.write_text(text)
            pairs.append((txt, pdf))
    return pairs


def evaluate(pairs: list[tuple[Path, Path]]) -> int:
    """Print one line per pair and return how many pairs show a change."""
    import resolution_compare as rc

    bad = 0
    for txt, pdf in pairs:
        comparison = rc.compare(rc.load(txt), rc.load(pdf))
        pieces = [
            (op, text)
            for row in json.loads(comparison.to_json())["rows"]
            for op, text, *_ in row["diff"]
            if op != "="
        ]
        bad += bool(pieces)
        print(("FAIL " if pieces else "ok   ") + pdf.name, pieces[:4])
    return bad


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    kinds = argv[1:] or ["wordspace"]
    pairs = []
    if "wordspace" in kinds:
        pairs += wordspace(out)
    if "markers" in kinds:
        pairs += markers(out)
    if "arabic" in kinds:
        pairs += arabic(out)
    bad = evaluate(pairs)
    print(f"{len(pairs) - bad}/{len(pairs)} unchanged")
    import os

    os._exit(0)  # pdfgen's Qt application: skip teardown


if __name__ == "__main__":
    main(sys.argv[1:])
