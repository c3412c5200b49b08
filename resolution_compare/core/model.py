"""The parsed resolution: plain frozen data with a stable JSON form.

Schema ``resolution-compare/resolution@1`` (see README, "JSON output"). Fields may be
added; none is renamed or removed without a schema bump.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

RESOLUTION_SCHEMA = "resolution-compare/resolution@1"

ParagraphKind = Literal["preambular", "operative", "other", "annex"]
DocumentKind = Literal[
    "resolution", "decision", "draft resolution", "draft decision", "amendment", "other"
]
VoteMethod = Literal["recorded", "without_vote"]


@dataclass(frozen=True)
class SubParagraph:
    """A lettered or numbered item of an operative paragraph: "(a)", "(ii)"."""

    label: str
    text: str
    subparagraphs: tuple[SubParagraph, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "text": self.text}
        if self.subparagraphs:
            out["subparagraphs"] = [s.to_dict() for s in self.subparagraphs]
        return out


@dataclass(frozen=True)
class Section:
    """A headed section of the operative part or an annex: "I. Calendar of conferences…"."""

    label: str  # as printed: "I", "II", "A"
    heading: str

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "heading": self.heading}


@dataclass(frozen=True)
class Paragraph:
    """One preambular, operative or unclassified paragraph.

    ``id`` is "PP3" (third preambular), "OP7" (printed number 7), "OP5bis" (printed
    "5 bis.", ``number`` 5 and ``number_suffix`` "bis") or "P2" (kind "other").
    ``text`` is the paragraph without its printed number, sub-paragraphs included, each
    sub-paragraph on its own line ("…three years:\\n(a) To promote…;\\n(b) To seek…").
    ``lead`` is the opening phrase as printed ("Also requests", "Réaffirmant"), or None.
    Operative paragraphs without a printed number have ``number`` None and the id "OP"
    ("OP-2", … when there are several); the lettered paragraphs of a decision keep their
    letter in ``label`` ("(a)") and have the id "OP(a)". Annex paragraphs have kind
    "annex" and the id "ANNEX.<number>" ("ANNEX2.3" in a second annex; "ANNEX.P1" when
    unnumbered). ``section`` is the headed section the paragraph stands in, ``part`` the
    part of a multi-part resolution ("A"; ids then read "A.OP1"), and
    ``after_subparagraphs`` the text that continues after the last sub-paragraph
    (also the end of ``text``).
    """

    id: str
    kind: ParagraphKind
    text: str
    lead: str | None = None
    number: int | None = None
    subparagraphs: tuple[SubParagraph, ...] = ()
    label: str | None = None
    section: Section | None = None
    part: str | None = None
    after_subparagraphs: str | None = None
    # The Latin suffix of a paragraph inserted in negotiation: "bis" for "5 bis." (id OP5bis).
    number_suffix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        if self.kind in ("operative", "annex"):
            out["number"] = self.number
            if self.number_suffix:
                out["number_suffix"] = self.number_suffix
        out["lead"] = self.lead
        out["text"] = self.text
        if self.subparagraphs:
            out["subparagraphs"] = [s.to_dict() for s in self.subparagraphs]
        if self.label is not None:
            out["label"] = self.label
        if self.section is not None:
            out["section"] = self.section.to_dict()
        if self.part is not None:
            out["part"] = self.part
        if self.after_subparagraphs is not None:
            out["after_subparagraphs"] = self.after_subparagraphs
        return out


@dataclass(frozen=True)
class Header:
    """The document header. Every field is None when the text does not carry it."""

    body: str | None = None
    session: int | None = None
    symbol: str | None = None
    agenda_item: str | None = None
    title: str | None = None
    adopted: str | None = None  # ISO date, "2020-07-16"
    # What the document is: resolution | decision | draft resolution | draft decision |
    # amendment | other (a report, a budget document); None when the text does not say.
    kind: DocumentKind | None = None
    # States named as sponsors, as printed and in order; () for a draft that names none;
    # None for an adopted text (or a text without a masthead).
    sponsors: tuple[str, ...] | None = None
    submitted_by: str | None = None  # "the Chair of the Committee"
    issued: str | None = None  # ISO date printed under "Distr.:" (a draft's own date)
    distribution: str | None = None  # "General", "Limited"
    amends: str | None = None  # the symbol an amendment amends: "A/C.3/80/L.24"

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "session": self.session,
            "symbol": self.symbol,
            "agenda_item": self.agenda_item,
            "title": self.title,
            "adopted": self.adopted,
            "kind": self.kind,
            "sponsors": list(self.sponsors) if self.sponsors is not None else None,
            "submitted_by": self.submitted_by,
            "issued": self.issued,
            "distribution": self.distribution,
            "amends": self.amends,
        }


@dataclass(frozen=True)
class Footnote:
    """A footnote; ``paragraph`` is the id of the paragraph that carried the marker.

    A footnote on the sponsor list of a draft ("Viet Nam:*") has ``paragraph`` "SPONSORS".
    """

    marker: str
    text: str
    paragraph: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"marker": self.marker, "text": self.text, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Meeting:
    """The closing meeting line: "27th meeting / 16 July 2020"."""

    number: int | None = None
    date: str | None = None  # ISO date
    # As printed: "69th (resumed) plenary meeting"; not part of equality (the same meeting).
    line: str | None = field(default=None, compare=False)
    resumed: bool = False  # a resumed meeting ("69th (resumed) plenary meeting")

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "date": self.date,
            "line": self.line,
            "resumed": self.resumed,
        }


@dataclass(frozen=True)
class VoteRecord:
    """The adoption record at the end of the text.

    States are ISO 3166-1 alpha-3 codes. A name that could not be resolved is kept, as
    printed, in ``unresolved`` — never dropped. Counts are the printed ones (None when not
    printed); a mismatch with the lists is reported in ``Resolution.warnings``.
    """

    method: VoteMethod | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    in_favour: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstaining: tuple[str, ...] = ()
    unresolved: tuple[str, ...] = ()

    def vote_of(self, state: str) -> Literal["yes", "no", "abstain"] | None:
        """How ``state`` (ISO3) voted, or None when it is not named."""
        if state in self.in_favour:
            return "yes"
        if state in self.against:
            return "no"
        if state in self.abstaining:
            return "abstain"
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "in_favour": list(self.in_favour),
            "against": list(self.against),
            "abstaining": list(self.abstaining),
            "unresolved": list(self.unresolved),
        }


@dataclass(frozen=True)
class Annex:
    """An annex printed after the resolution: its heading, title, paragraphs and notes."""

    label: str  # as printed: "Annex", "Annex I"
    title: str | None
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "title": self.title,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "footnotes": [f.to_dict() for f in self.footnotes],
        }


@dataclass(frozen=True)
class Resolution:
    """A parsed resolution (or any text, as paragraphs of kind "other")."""

    source: str  # file name as given, without directories
    language: str  # "en", "fr", "es", "ru", "ar", "zh"
    header: Header = field(default_factory=Header)
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    meeting: Meeting | None = None
    vote: VoteRecord = field(default_factory=VoteRecord)
    warnings: tuple[str, ...] = ()
    annexes: tuple[Annex, ...] = ()

    @property
    def compared_paragraphs(self) -> tuple[Paragraph, ...]:
        """The resolution's own paragraphs, then every annex's: what a comparison aligns."""
        if not self.annexes:
            return self.paragraphs
        return self.paragraphs + tuple(p for a in self.annexes for p in a.paragraphs)

    @property
    def adopted(self) -> str | None:
        """ISO adoption date: the header's, else the closing meeting line's."""
        if self.header.adopted:
            return self.header.adopted
        return self.meeting.date if self.meeting is not None else None

    @property
    def label(self) -> str:
        """What to call this document in a UI: its symbol, else its file name."""
        return self.header.symbol or self.source

    def paragraph(self, paragraph_id: str) -> Paragraph:
        for p in self.compared_paragraphs:
            if p.id == paragraph_id:
                return p
        raise KeyError(paragraph_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": RESOLUTION_SCHEMA,
            "source": self.source,
            "language": self.language,
            "header": self.header.to_dict(),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "meeting": self.meeting.to_dict() if self.meeting else None,
            "vote": self.vote.to_dict(),
            "warnings": list(self.warnings),
            "annexes": [a.to_dict() for a in self.annexes],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
