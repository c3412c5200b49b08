"""Held-out line-end hyphen PDFs (not used to design pdf_hyphens): real resolution texts
(hrc-res-44-11 in English and French, a Spanish HRC text), every word of 6+ letters given
pyphen's syllable break points (as a word processor's automatic hyphenation), set at column
widths, fonts and sizes the QA sweep did not use. Each PDF's source paragraphs are in the
.txt beside it. Run on demand from the repository root (needs pyphen, for the generator
only: `pip install pyphen`):

    python -m tests.tools.make_hyphen_heldout
"""

import re
from pathlib import Path

import pyphen

import resolution_compare as rc
from tests.tools.unpdf import Res, to_pdf

DATA = Path(__file__).resolve().parent.parent / "data"
HERE = DATA / "hyphen-heldout"
DICTS = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}
ORGAN = {
    "en": "The Human Rights Council,",
    "fr": "Le Conseil des droits de l’homme,",
    "es": "El Consejo de Derechos Humanos,",
}
SOURCES = {
    "en": DATA / "hrc-res-44-11-en.txt",
    "fr": DATA / "hrc-res-44-11-fr.txt",
    "es": DATA / "constructed" / "constructed-es-header-leads.txt",
}
MORE = {"es": [DATA / "constructed" / "constructed-es-recorded-vote.txt"]}
# (column width in points, font, size): none is a QA sweep setting (DejaVu Serif 10, widths
# 150–420 via the right margin).
SETTINGS = [
    (175, "DejaVu Sans", 9.0),
    (240, "DejaVu Sans", 11.0),
    (300, "DejaVu Serif", 9.0),
    (360, "DejaVu Serif", 11.0),
    (205, "DejaVu Sans Mono", 9.0),
]


def soft(text: str, lang: str) -> str:
    dic = pyphen.Pyphen(lang=DICTS[lang], left=2, right=3)
    return re.sub(r"[^\W\d_]{6,}", lambda m: dic.inserted(m.group(0), hyphen="|"), text)


def main() -> None:
    for lang, path in SOURCES.items():
        parsed = rc.load(path)
        paragraphs = [p for f in [path, *MORE.get(lang, [])] for p in rc.load(f).paragraphs]
        pps = [p.text for p in paragraphs if p.kind == "preambular"]
        ops = [p.text for p in paragraphs if p.kind == "operative"]
        (HERE / f"{lang}-heldout.txt").write_text("\n\n".join(pps + ops) + "\n", encoding="utf-8")
        res = Res(
            lang=lang,
            header=["Human Rights Council"],
            kind_line=None,
            title=parsed.header.title or "Title",
            organ=ORGAN[lang],
            pps=[soft(t, lang) for t in pps],
            ops=[("", soft(t, lang), []) for t in ops],
        )
        for width, family, size in SETTINGS:
            name = f"{lang}-heldout-w{width}-{family.split()[-1].lower()}{int(size)}.pdf"
            to_pdf(res, HERE / name, width_right=595 - 72 - width, family=family, size=size)


if __name__ == "__main__":
    main()
    import os

    os._exit(0)  # Qt's teardown in a script without an app object can hang
