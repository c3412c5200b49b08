"""The parsed resolution: plain frozen data with a stable JSON form.

Schema ``resolution-compare/resolution@1`` (see README, "JSON output"). Fields may be
added; none is renamed or removed without a schema bump.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

RESOLUTION_SCHEMA = "resolution-compare/resolution@1"

ParagraphKind = Literal["preambular", "operative", "other"]
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
class Paragraph:
    """One preambular, operative or unclassified paragraph.

    ``id`` is "PP3" (third preambular), "OP7" (printed number 7), "OP5bis" (printed
    "5 bis.", ``number`` 5 and ``number_suffix`` "bis") or "P2" (kind "other").
    ``text`` is the paragraph without its printed number, sub-paragraphs included, each
    sub-paragraph on its own line ("…three years:\\n(a) To promote…;\\n(b) To seek…").
    ``lead`` is the opening phrase as printed ("Also requests", "Réaffirmant"), or None.
    """

    id: str
    kind: ParagraphKind
    text: str
    lead: str | None = None
    number: int | None = None
    subparagraphs: tuple[SubParagraph, ...] = ()
    # The Latin suffix of a paragraph inserted in negotiation: "bis" for "5 bis." (id OP5bis).
    number_suffix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        if self.kind == "operative":
            out["number"] = self.number
            if self.number_suffix:
                out["number_suffix"] = self.number_suffix
        out["lead"] = self.lead
        out["text"] = self.text
        if self.subparagraphs:
            out["subparagraphs"] = [s.to_dict() for s in self.subparagraphs]
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "session": self.session,
            "symbol": self.symbol,
            "agenda_item": self.agenda_item,
            "title": self.title,
            "adopted": self.adopted,
        }


@dataclass(frozen=True)
class Footnote:
    """A footnote; ``paragraph`` is the id of the paragraph that carried the marker."""

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

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "date": self.date}


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
        for p in self.paragraphs:
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
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
