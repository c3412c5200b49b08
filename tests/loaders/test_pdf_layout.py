"""Geometry and joining rules of the PDF page model, without any PDF (the modules are pure)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_compare.core.printed import PrintedDocument
from resolution_compare.loaders.pdf_blocks import read_document
from resolution_compare.loaders.pdf_hyphens import HyphenJoiner
from resolution_compare.loaders.pdf_lines import Glyph, Page, Rule, normalise_chars
from resolution_compare.loaders.pdf_page import looks_like_furniture

# Words the document prints elsewhere (attested), as the joiner learns them from its lines.
DOCUMENT = ["the development of", "non-governmental", "Guinea-Bissau"]


# A draft made with automatic hyphenation: "implementa-⏎tion" certainly splits a word.
HYPHENATED = [*DOCUMENT, "the implementa-", "tion of"]


def join_lines(lines: list[str], document: list[str] = DOCUMENT) -> str:
    joiner = HyphenJoiner(document)
    text = lines[0]
    for line in lines[1:]:
        text, _ = joiner.join(text, line)
    return text


class Layout:
    def __init__(self, document: PrintedDocument) -> None:
        self.blocks = [b.text for b in document.blocks]
        self.glued = document.plain_text().strip().split("\n\n")
        self.footnotes = [f"{n.marker} {n.text}" for n in document.notes]


def lay_out(pages: list[Page]) -> Layout:
    return Layout(read_document(pages))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the right to develop\x02", "ment of"], "the right to development of"),  # pdfium marker
        (["the right to develop\ufffe", "ment of"], "the right to development of"),  # QtPdf marker
        (["the right to develop-", "ment of"], "the right to development of"),  # attested join
        (["the inter-", "national order"], "the international order"),  # joined word far commoner
        (["a health-", "care service"], "a health-care service"),  # parts far commoner apart
        (["set-", "up of"], "set-up of"),  # "setup" is a word, "set" and "up" far commoner
        (["to re-", "establish the"], "to re-establish the"),  # "reestablish" 18× rarer than parts
        (["the pre-", "vention of"], "the prevention of"),  # a prefix, but "vention" is no word
        (["the period 2026-", "2030 of"], "the period 2026-2030 of"),  # a range: no space
        (["paragraphs 4-", "7 of"], "paragraphs 4-7 of"),  # a range of paragraphs
        (["a 20-", "year plan"], "a 20-year plan"),  # a number starts a compound
        (["rights-", "based approach"], "rights-based approach"),  # no such word: keep
        (["follow-", "up measures"], "follow-up measures"),  # a compound: keep
        (["and non\ufffe", "governmental"], "and non-governmental"),  # attested compound wins
        (["and non-", "governmental"], "and non-governmental"),  # printed hyphen, compound
        (["Guinea-", "Bissau and"], "Guinea-Bissau and"),  # capital after hyphen: keep, no space
        (["a well-", "known rule"], "a well-known rule"),  # prefix: keep the printed hyphen
        (["ends with a dash -", "then"], "ends with a dash - then"),  # a spaced dash is no split
        (["line one", "line two"], "line one line two"),  # plain lines get a space
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("lines", "plain", "hyphenated"),
    [
        # "provision" (1.9k) is rarer than "pro" (17k): in an official document, where
        # line-end hyphens are compounds, the hyphen stays; in a draft that splits words at
        # syllables only a compound whose joined spelling is 10× rarer than its parts does.
        (["the pro-", "vision of"], "the pro-vision of", "the provision of"),
        (["remain under-", "represented in"], "remain under-represented in", None),
        (["the favour-", "able response"], "the favourable response", None),  # no word "favour"
    ],
)
def test_join_lines_in_a_draft_that_splits_words(
    lines: list[str], plain: str, hyphenated: str | None
) -> None:
    assert join_lines(lines) == plain
    assert join_lines(lines, HYPHENATED) == (hyphenated or plain)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["las Cultura-", "les y"], "las Culturales y"),  # "-les" is a word, but no -o compound
        (["los fon-", "dos y"], "los fondos y"),  # "fondos" inflects "fondo"
        (["estudios teórico-", "prácticos sobre"], "estudios teórico-prácticos sobre"),  # -o + word
        (["el 25 de no-", "viembre de"], "el 25 de noviembre de"),  # "viembre" is no word
    ],
)
def test_join_lines_spanish(lines: list[str], expected: str) -> None:
    document = ["Recordando la resolución de la Asamblea General y los derechos humanos"]
    assert join_lines(lines, document) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("e\ufb00ective", "effective"),  # ff ligature
        ("\ufb01nancial", "financial"),  # fi ligature
        ("co\u00adoperation", "cooperation"),  # soft hyphen dropped
        ("Réaffirmant\u202f;", "Réaffirmant\u202f;"),  # French narrow space kept
        ("“quoted” — yes…", "“quoted” — yes…"),  # typography untouched (no blanket NFKC)
        ("\u2f42", "文"),  # Kangxi radical from a CJK font's ToUnicode
    ],
)
def test_normalise_chars(raw: str, expected: str) -> None:
    assert normalise_chars(raw) == expected


def _line(text: str, x: float, baseline: float, size: float = 10.0, start: int = 0) -> list[Glyph]:
    """Glyphs of one line, 0.55·size wide each, spaces as gaps (pdfium-like)."""
    out: list[Glyph] = []
    cursor = x
    space = False
    for k, ch in enumerate(text):
        if ch == " ":
            cursor += 0.3 * size
            space = True
            continue
        out.append(
            Glyph(
                ch,
                cursor,
                baseline,
                cursor + 0.5 * size,
                baseline + 0.72 * size,
                start + k,
                space,
                False,
                size,
            )
        )
        cursor += 0.55 * size
        space = False
    return out


def test_lay_out_reads_two_columns_column_by_column_and_drops_artefacts() -> None:
    page_height = 842.0
    glyphs: list[Glyph] = []
    glyphs += _line("A/HRC/RES/44/11", 72, 800, 8)  # running header, top band
    glyphs += _line("In favour:", 108, 600)
    rows = [("Angola,", "Chile,"), ("Brazil,", "Cuba")]
    for r, (left, right) in enumerate(rows):
        glyphs += _line(left, 128, 580 - 12 * r, start=100 + 20 * r)
        glyphs += _line(right, 330, 580 - 12 * r, start=110 + 20 * r)
    glyphs += _line("3", 300, 40, 8)  # page number, bottom band
    layout = lay_out([Page(595.0, page_height, glyphs, [], number=2)])
    assert layout.blocks == ["In favour:", "Angola, Brazil, Chile, Cuba"]


def test_lay_out_paragraph_breaks_on_gap_indent_and_number() -> None:
    glyphs: list[Glyph] = []
    glyphs += _line("Recalling its resolutions", 108, 700)  # indented first line
    glyphs += _line("and decisions,", 72, 688)  # continuation at the margin
    glyphs += _line("Noting the report,", 108, 676)  # indented again: new paragraph, no gap
    glyphs += _line("1. Decides to renew", 108, 652)  # after a gap
    glyphs += _line("the mandate;", 72, 640)
    glyphs += _line("(a) To promote", 136, 628)  # sub-paragraph label
    layout = lay_out([Page(595.0, 842.0, glyphs, [], number=2)])
    assert layout.blocks == [
        "Recalling its resolutions and decisions,",
        "Noting the report,",
        "1. Decides to renew the mandate;",
        "(a) To promote",
    ]


def test_lay_out_puts_footnotes_below_the_rule_last() -> None:
    glyphs = _line("Takes note of the report;", 108, 500)
    glyphs += _line("1", 236, 504, 6)  # raised, small, right after ";": stays glued
    glyphs += _line("2. Decides to continue.", 108, 476)
    glyphs += _line("1 A/HRC/44/44 and Add.1.", 78, 90, 8.5)  # under the separator at y=100
    layout = lay_out([Page(595.0, 842.0, glyphs, [Rule(100.0, 72.0, 216.0)], number=2)])
    assert layout.blocks == ["Takes note of the report;", "2. Decides to continue."]
    assert layout.glued[:2] == ["Takes note of the report;1", "2. Decides to continue."]
    assert layout.footnotes == ["1 A/HRC/44/44 and Add.1."]


def test_lay_out_hanging_indent_continues_a_numbered_paragraph() -> None:
    # Word's automatic numbering with a hanging indent: "1." at the margin, text and
    # continuation lines at the tab stop.
    glyphs = _line("1.", 72, 700) + _line("Decides to renew", 100, 700, start=10)
    glyphs += _line("the mandate;", 100, 688, start=40)
    glyphs += _line("(a) To promote", 100, 670, start=60)
    glyphs += _line("the right;", 119.5, 658, start=80)  # under the "T" of "To"
    layout = lay_out([Page(595.0, 842.0, glyphs, [], number=2)])
    assert layout.blocks == ["1. Decides to renew the mandate;", "(a) To promote the right;"]


@pytest.mark.parametrize(
    ("text", "artefact"),
    [
        ("A/HRC/RES/44/11", True),  # running header: symbol
        ("A/HRC/RES/37/35 7", True),  # symbol + page number
        ("3 A/HRC/RES/44/11", True),  # page number + symbol
        ("S/RES/2334 (2016)", True),  # Security Council symbol with year
        ("A/78/L.3/Rev.1", True),  # draft symbol with revision
        ("12", True),  # page number
        ("2/9 23-21227", True),  # New York footer
        ("GE.20-10187(F)", True),  # Geneva job number
        ("GE.17-11519(E)", True),  # Geneva job number, English
        ("GE.08-14665 (S) 140808 250808", True),  # older job number with dates
        ("2 GE.11-17059", True),  # page + job number
        ("23-21227 (E) 131123", True),  # New York job number
        ("*2010187*", True),  # bar code text
        ("Please recycle", True),  # recycling line
        ("1 A/HRC/44/44 and Add.1.", False),  # a footnote, not a header (trailing dot)
        ("17. Decides to continue", False),  # an operative paragraph
        ("44/11. Mandate of the Independent Expert", False),  # the title
        ("27th meeting", False),  # the meeting line
    ],
)
def test_looks_like_artefact(text: str, artefact: bool) -> None:
    assert looks_like_furniture(text) is artefact


def test_running_heads_and_feet_that_are_not_uns_go_by_repetition() -> None:
    # "Draft for informal consultations" on top and "Page n of 3" at the foot of every page;
    # the paragraph that runs from page 1 onto page 2 stays one.
    pages = []
    texts = [
        ["Recalling its earlier decisions on the", "matter and the reports before it,"],
        ["Noting the work done by the secretariat", "in the past year and the"],
        ["results it has reached,", "1. Decides to continue."],
    ]
    for number, body in enumerate(texts, 1):
        glyphs = _line("Draft for informal consultations", 200, 800, 8, start=0)
        y = 700.0
        for k, text in enumerate(body):
            x = 108 if (k == 0 and number < 3) or text.startswith("1.") else 72
            glyphs += _line(text, x, y, start=100 + 50 * k)
            y -= 12
        glyphs += _line(f"Page {number} of 3", 280, 30, 8, start=900)
        pages.append(Page(595.0, 842.0, glyphs, [], number=number))
    layout = lay_out(pages)
    assert layout.blocks == [
        "Recalling its earlier decisions on the matter and the reports before it,",
        "Noting the work done by the secretariat in the past year and the results it has reached,",
        "1. Decides to continue.",
    ]


def test_two_column_body_is_read_column_by_column() -> None:
    glyphs: list[Glyph] = []
    left = ["Recalling its resolution", "on the matter,", "", "Noting the report", "with care,"]
    right = ["1. Decides to act", "without delay;", "", "2. Requests a report", "next year."]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        if a:
            x = 108 if k in (0, 3) else 72
            glyphs += _line(a, x, 700 - 12 * k, start=100 * k)
            glyphs += _line(b, 330 if k in (0, 3) else 310, 700 - 12 * k, start=100 * k + 50)
    layout = lay_out([Page(595.0, 842.0, glyphs, [], number=2)])
    assert layout.blocks == [
        "Recalling its resolution on the matter,",
        "Noting the report with care,",
        "1. Decides to act without delay;",
        "2. Requests a report next year.",
    ]


_GLYPH = st.tuples(
    st.sampled_from([*"ab1*,.(-_ A", "\x02", "ﬁ", "ي", "中"]),
    st.floats(0, 590),  # left
    st.floats(0, 840),  # bottom
    st.floats(0.1, 14),  # width
    st.floats(0.1, 14),  # height
    st.sampled_from([0.0, 5.5, 8.5, 10.0, 12.0]),  # font size (0: unknown)
    st.booleans(),  # space before
    st.booleans(),  # line break before
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(_GLYPH, max_size=60), min_size=1, max_size=3),
    st.lists(st.tuples(st.floats(0, 840), st.floats(0, 590), st.floats(1, 590)), max_size=3),
)
def test_any_page_geometry_gives_a_document_and_a_parse(
    pages: list[list[tuple[str, float, float, float, float, float, bool, bool]]],
    rules: list[tuple[float, float, float]],
) -> None:
    # Whatever a PDF's text layer holds, the page model and the parser never raise.
    from resolution_compare.core.parser import parse_document

    built = []
    for number, glyphs in enumerate(pages, 1):
        page_glyphs = [
            Glyph(ch, x, y, x + w, y + h, k, space, brk, size)
            for k, (ch, x, y, w, h, size, space, brk) in enumerate(glyphs)
        ]
        page_rules = [Rule(y, x, x + length) for y, x, length in rules]
        built.append(Page(595.0, 842.0, page_glyphs, page_rules, number))
    document = read_document(built)
    parse_document(document, "fuzz.pdf")
    assert isinstance(document.plain_text(), str)


def test_a_rule_under_a_title_that_is_no_un_masthead_keeps_the_title() -> None:
    # A delegation's draft: its title above a long rule is body text, not a masthead.
    glyphs = _line("Zero draft on water", 72, 790, 14, start=0)
    glyphs += _line("Recalling its resolutions,", 108, 700, start=50)
    page = Page(595.0, 842.0, glyphs, [Rule(770.0, 72.0, 523.0)], number=1)
    layout = lay_out([page])
    assert layout.blocks == ["Zero draft on water", "Recalling its resolutions,"]
