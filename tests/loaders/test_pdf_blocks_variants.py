"""Lines → paragraphs on the QA pass's PDF variants (A2 note numbers, A3 columns, B9
one-line paragraphs) and on held-out variants of another text, faces and sizes.

Each PDF is compared with the .txt it was made from: every paragraph unchanged, the
paragraph counts right. The held-out PDFs (``held-*``) were made by
tests/tools/make_block_variants.py (the QA pass's Qt PDF writer): en-oceans.txt in DejaVu
Sans, Noto Serif, 9 and 11.5 pt, paragraph spaces of 0, 1 and 0.35 em, a 20 pt column gutter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc

DATA = Path(__file__).resolve().parent.parent / "data" / "qa-variants"
BLOCKS = DATA / "pdf-block-paragraphs"


def _counts(path: Path) -> tuple[int, int]:
    paragraphs = rc.load(path).paragraphs
    return (
        sum(1 for p in paragraphs if p.kind == "preambular"),
        sum(1 for p in paragraphs if p.kind == "operative"),
    )


@pytest.mark.parametrize(
    ("pdf", "txt", "counts"),
    [
        # B9: first-line indents only, no space between one-line paragraphs.
        ("indent-only-no-gap-short-10pt.pdf", "en-short.txt", (4, 8)),
        # B9: block paragraphs 3 pt apart at 10 pt type.
        ("block-small-gap-3pt-10pt.pdf", "en-water.txt", (5, 6)),
        # A3: two columns 14 pt apart (lines joined across the gutter), indented layout.
        ("two-columns-indented-gap14.pdf", "en-water.txt", (5, 6)),
        # A3: a full-width masthead and title over two columns; indented first lines
        # must not end the column run.
        ("two-columns-after-fullwidth-header-indented-gap18.pdf", "en-water.txt", (5, 6)),
        ("two-columns-block-gap24.pdf", "en-water.txt", (5, 6)),
        # held out: another text, faces and sizes.
        ("held-oceans-indent-nogap-NotoSerif-9.0.pdf", "en-oceans.txt", (4, 5)),
        ("held-oceans-block-gap3-DejaVuSans-11.5.pdf", "en-oceans.txt", (4, 5)),
        ("held-oceans-2col-block-NotoSerif-9.0.pdf", "en-oceans.txt", (4, 5)),
        ("held-short-indent-gap1-DejaVuSans-9.0.pdf", "en-short.txt", (4, 8)),
        # held out: a 110 pt right margin and one-line paragraphs, three of which end
        # within 1.3 pt of each other far inside the margin (not the right margin).
        ("held-short-indent-gap1-NotoSerif-11.5.pdf", "en-short.txt", (4, 8)),
        # held out: two columns under a full-width header; the right column holds one
        # short paragraph whose rows do not share the left column's baselines.
        ("held-oceans-2col-indented-hdr-NotoSerif-11.5.pdf", "en-oceans.txt", (4, 5)),
    ],
)
def test_a_block_variant_reads_as_the_text_it_was_made_from(
    pdf: str, txt: str, counts: tuple[int, int]
) -> None:
    comparison = rc.compare(rc.load(BLOCKS / txt), rc.load(BLOCKS / pdf))
    changed = [r for r in comparison.rows if r.status != "unchanged" or r.moved]
    assert changed == []
    assert _counts(BLOCKS / pdf) == counts


def test_full_size_right_aligned_note_numbers_link_every_note() -> None:
    # QA A2: notes numbered "1"–"9" and "10"–"12" set full size and right-aligned.
    official = DATA / "official-pdf"
    left = rc.load(official / "notes-numbers-full-size-right-aligned.pdf")
    right = rc.load(official / "notes-numbers-full-size-right-aligned-note5-changed.pdf")
    numbered = [n for n in left.footnotes if n.marker.isdigit()]
    assert [n.marker for n in numbered] == [str(k) for k in range(1, 13)]
    assert all(n.paragraph for n in left.footnotes)  # 13 notes, each on its paragraph
    assert len(left.footnotes) == 13
    comparison = rc.compare(left, right)
    changed = [
        (r.left, r.right, f.left, f.status)
        for r in comparison.rows
        for f in r.footnotes
        if f.status != "unchanged"
    ]
    assert changed == [(("PP2",), ("PP2",), "5", "changed")]
    assert [r.status for r in comparison.rows if r.status != "unchanged"] == ["modified"]
