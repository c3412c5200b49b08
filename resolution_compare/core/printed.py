"""What a loader that sees the printed page hands the parser: the body apart from the furniture.

A PDF loader knows things plain text has lost: which lines are the masthead, which are
running heads, page numbers and footers, which text sits under the footnote rule, and
where a small raised footnote marker is printed. It hands them over as a
:class:`PrintedDocument` so that the parser in core never sees page furniture and never
has to guess a marker from a digit glued to a word ("Governments4"). A .txt or .docx
loader keeps handing plain text; the parser reads both.

Shapes: offsets are indices into the block's ``text`` (Python str positions); pages are
1-based. Nothing here knows about PDF libraries or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoteRef:
    """A footnote reference printed as a raised marker in a body block.

    ``offset``: the marker sits right after ``text[:offset]`` ("…Governments" + ⁴).
    Several markers printed together ("10,11") give several refs at one offset.
    """

    marker: str
    offset: int


@dataclass(frozen=True)
class TextBlock:
    """One printed paragraph, heading or masthead line group of the body, lines joined.

    ``bold``: every letter is bold (section headings, sponsor lines, titles); ``size``:
    the dominant font size in points (0.0 when unknown), so a title set larger than the
    body can be told apart.
    """

    text: str
    refs: tuple[NoteRef, ...] = ()
    page: int = 1
    bold: bool = False
    size: float = 0.0


@dataclass(frozen=True)
class NoteText:
    """A footnote as printed below the rule: its marker ("1", "*") and whole text.

    A footnote that continues on the next page is one note. ``marker`` is "" for text
    found below a footnote rule that no marker starts (kept, and named in a warning).
    """

    marker: str
    text: str
    page: int = 1


@dataclass(frozen=True)
class PrintedDocument:
    """A document as laid out on its pages, furniture removed.

    ``masthead``: the page-1 lines above the masthead rule, in reading order ("United
    Nations", "A/80/L.6", "General Assembly", "Distr.: Limited", "10 October 2025").
    ``blocks``: the body in reading order (header lines such as "Agenda item 38" and the
    title are body blocks: they are printed in the body area). ``notes``: the footnotes in
    order. ``warnings``: one line for each thing the page model could not place.
    """

    masthead: tuple[str, ...] = ()
    blocks: tuple[TextBlock, ...] = ()
    notes: tuple[NoteText, ...] = ()
    warnings: tuple[str, ...] = ()

    def plain_text(self) -> str:
        """The one-paragraph-per-block text layout the text parser reads.

        Masthead symbol lines first, then the blocks with each marker glued after its
        word ("…Governments4"), then the footnotes ("4 A/80/83.").
        """
        parts = [line for line in self.masthead if _looks_like_symbol(line)]
        for block in self.blocks:
            text = block.text
            at: dict[int, list[str]] = {}
            for ref in block.refs:
                at.setdefault(ref.offset, []).append(ref.marker)
            for offset in sorted(at, reverse=True):
                text = text[:offset] + ",".join(at[offset]) + text[offset:]
            parts.append(text)
        parts += [f"{note.marker} {note.text}".strip() for note in self.notes]
        return "\n\n".join(parts) + "\n"


def _looks_like_symbol(line: str) -> bool:
    head = line.split()[0] if line.split() else ""
    return "/" in head and head[:1].isupper() and not head[:1].isdigit()
