"""One resolution source -> a .txt (what the parser reads) and a PDF in several layouts.

Paragraph text markup (see pdfgen): "|" syllable break, "{^1}" raised footnote marker,
"\n" forced line break (a line ending in "|" is a syllable break printed "-",
a line ending in "-" breaks after a real hyphen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tests.tools.pdfgen import Doc, font

_MARK = re.compile(r"\{\^([^}]+)\}")


def plain(text: str) -> str:
    """Text as the .txt carries it: syllable breaks joined, real hyphens kept, markers glued."""
    out = []
    for piece in text.split("\n"):
        out.append(piece.strip())
    joined = ""
    for piece in out:
        if not joined:
            joined = piece
        elif joined.endswith("|"):
            joined = joined[:-1] + piece
        elif joined.endswith("-") and not joined.endswith(" -"):
            joined = joined + piece
        else:
            joined = joined + " " + piece
    joined = joined.replace("|", "").replace("\u00ad", "")
    return _MARK.sub(lambda m: m.group(1), joined)


@dataclass
class Res:
    lang: str = "en"
    masthead: list = field(default_factory=list)  # [(text, align, size, bold)] above the rule
    header: list = field(default_factory=list)  # lines under the masthead (session, agenda...)
    kind_line: str | None = None  # "Draft resolution" / adoption line
    title: str = ""
    organ: str = "The General Assembly,"
    pps: list = field(default_factory=list)
    ops: list = field(default_factory=list)  # (label, text, [(sublabel, text)])
    sections: dict = field(default_factory=dict)  # op index -> heading text ("I. Heading")
    notes: dict = field(default_factory=dict)
    closing: list = field(default_factory=list)  # meeting line etc.
    annex: tuple | None = None  # (label, title, [paragraphs])
    txt_masthead: list | None = None  # lines to put in the txt instead of the masthead


def res_from_txt(src: str, lang: str = "en", number: str = r"\d+\.") -> Res:
    """A text file of the QA form (masthead block, kind, title, organ line, paragraphs); an
    operative paragraph opens with ``number`` (a regex: "1." by default, "1 -" in Arabic)."""
    blocks = [b.strip() for b in src.split("\n\n") if b.strip()]
    pps, ops = [], []
    for block in blocks[4:]:
        m = re.match(rf"^({number})\s+(.*)$", block, re.S)
        if m:
            ops.append((m.group(1), m.group(2), []))
        else:
            pps.append(block)
    return Res(
        lang=lang,
        header=blocks[0].split("\n"),
        kind_line=blocks[1],
        title=blocks[2],
        organ=blocks[3],
        pps=pps,
        ops=ops,
    )


def to_txt(res: Res, with_masthead=False) -> str:
    lines = []
    if with_masthead:
        lines += [m[0] for m in res.masthead] + [""]
    if res.txt_masthead:
        lines += [*res.txt_masthead, ""]
    for h in res.header:
        lines.append(plain(h))
    lines.append("")
    if res.kind_line:
        lines += [plain(res.kind_line), ""]
    if res.title:
        lines += [plain(res.title), ""]
    lines += [plain(res.organ), ""]
    for pp in res.pps:
        lines += [plain(pp), ""]
    for k, (label, text, subs) in enumerate(res.ops):
        if k in res.sections:
            lines += [plain(res.sections[k]), ""]
        lines += [f"{label} {plain(text)}" if label else plain(text), ""]
        for sl, st in subs:
            lines += [f"{sl} {plain(st)}", ""]
    for c in res.closing:
        lines += [plain(c), ""]
    if res.annex:
        label, title, paras = res.annex
        lines += [label, "", plain(title), ""]
        for p in paras:
            lines += [plain(p), ""]
    for mk, t in res.notes.items():
        lines += [f"{mk} {plain(t)}", ""]
    return "\n".join(lines).rstrip() + "\n"


def to_pdf(
    res: Res,
    path,
    style="un",
    width_right=72.0,
    size=10.0,
    family="DejaVu Serif",
    head=None,
    foot=None,
    head_rule=True,
    page=(595.0, 842.0),
    columns=1,
    leading=1.25,
    rtl=False,
    top=72.0,
    bottom=72.0,
    masthead_rule=True,
    first_page_head=False,
    note_rule=True,
    note_rule_as_underscores=False,
    cjk=False,
    page_break_before=(),
    justify=False,
    indent=36.0,
    columns_after_header=False,
    para_gap=None,
):
    d = Doc(
        path,
        page=page,
        margins=(72.0, top, width_right, bottom),
        family=family,
        size=size,
        leading=leading,
        rtl=rtl,
        columns=columns,
        note_rule=note_rule,
        note_rule_as_underscores=note_rule_as_underscores,
        cjk=cjk,
    )
    d.notes = dict(res.notes)
    if head:
        d.head_fn = head
        d.head_rule = head_rule
        d.first_page_head = first_page_head
    if foot:
        d.foot_fn = foot
    for text, align, sz, bold in res.masthead:
        d.para(text, align=align, size=sz, bold=bold, space_before=2)
    if res.masthead and masthead_rule:
        d.rule(thickness=1.5)
    block = style == "block"
    ind = 0.0 if block else indent
    gap = para_gap if para_gap is not None else (9.0 if block else 6.0)
    for h in res.header:
        d.para(h, space_before=1, bold=False)
    if res.kind_line:
        d.para(res.kind_line, space_before=10, bold=False)
    if res.title:
        d.para(res.title, space_before=12, bold=True, size=size + 2)
    if columns_after_header:
        d.columns = 1
        d.start_columns(columns)
    d.para(res.organ, first=ind, space_before=12)
    pbb = set(page_break_before)
    for k, pp in enumerate(res.pps):
        if ("pp", k) in pbb:
            d.pagebreak()
        d.para(pp, first=ind, space_before=gap)
    for k, (label, text, subs) in enumerate(res.ops):
        if ("op", k) in pbb:
            d.pagebreak()
        if k in res.sections:
            d.para(res.sections[k], bold=True, space_before=12)
        if block:
            d.para(f"{label} {text}" if label else text, space_before=gap)
        elif label and not rtl:
            d.para(text, label=label, first=ind, label_width=18.0, space_before=gap)
        elif label:
            d.para(f"{label} {text}", first=ind, space_before=gap)
        else:
            d.para(text, first=ind, space_before=gap)
        for sl, st in subs:
            if block:
                d.para(f"{sl} {st}", space_before=3)
            else:
                d.para(st, label=sl, indent=ind, first=ind, label_width=20.0, space_before=3)
    for c in res.closing:
        d.para(c, space_before=14, align="center" if not block else None)
    if res.annex:
        label, title, paras = res.annex
        d.pagebreak()
        d.para(label, bold=True, size=size + 2)
        d.para(title, bold=True, size=size + 2, space_before=8)
        for p in paras:
            d.para(p, first=ind, space_before=gap)
    return d.save()


def un_masthead(
    symbol: str,
    organ="General Assembly",
    distr="Distr.: Limited",
    date="12 March 2026",
    original="Original: English",
):
    return [
        ("United Nations", "left", 10.0, False),
        (symbol, "right", 13.0, True),
        (organ, "left", 16.0, True),
        (distr, "right", 9.0, False),
        (date, "right", 9.0, False),
        (original, "right", 9.0, False),
    ]


def un_head(symbol):
    def head(n):
        f = font("DejaVu Serif", 8.5, True)
        return [(symbol, 50.0, "right" if n % 2 else "left", f)]

    return head


def un_foot(job="26-04211", total=None):
    def foot(n):
        f = font("DejaVu Serif", 8.0)
        pg = f"{n}/{total}" if total else str(n)
        if n % 2:
            return [(f"{job} (E)", 815.0, "left", f), (pg, 815.0, "right", f)]
        return [(pg, 815.0, "left", f), (f"{job} (E)", 815.0, "right", f)]

    return foot
