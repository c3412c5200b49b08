"""A small page-layout engine on PySide6 (QPdfWriter + QPainter) for QA PDFs.

Paragraph text mini-markup:
  "|"        a possible syllable break (printed as "-" at a line end, removed otherwise)
  "\u00ad"   a soft hyphen, same as "|" but written into the text given to Qt when unused
  "{^x}"     a raised footnote marker x (its note must be given with Doc.note(x, text))
Explicit hyphens ("follow-up") may break after the hyphen.
Footnotes are set at the foot of the page where their marker falls, below a short rule.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QMarginsF, QPointF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)

_app = QGuiApplication.instance() or QGuiApplication([])
# a PySide6 binding returns None without a reference on Python 3.11:
# pad None's count (test tool only)
_NONE_PAD = [None] * 50_000_000

PT = 1.0  # we work in points; painter is scaled from device units
_MARK = re.compile(r"\{\^([^}]+)\}")


def font(family="DejaVu Serif", size=10.0, bold=False, italic=False) -> QFont:
    f = QFont(family)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    return f


# Where a head or foot line is set, by name.
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
}


@dataclass
class Token:
    text: str  # word text with "|" break marks
    space_after: bool = True
    markers: list = field(default_factory=list)  # [(offset in rendered word, marker)]


@dataclass
class Seg:
    text: str
    sup: str | None = None


class Doc:
    def __init__(
        self,
        path,
        page=(595.0, 842.0),
        margins=(72.0, 72.0, 72.0, 72.0),
        family="DejaVu Serif",
        size=10.0,
        leading=1.25,
        rtl=False,
        justify=False,
        columns=1,
        col_gap=18.0,
        note_size=8.0,
        sup_size=6.5,
        note_rule=True,
        note_rule_as_underscores=False,
        cjk=False,
        note_marker_size=5.5,
        note_marker_raised=True,
    ):
        self.path = str(path)
        self.pw, self.ph = page
        self.ml, self.mt, self.mr, self.mb = margins  # left, top, right, bottom
        self.family, self.size, self.leading = family, size, leading
        self.rtl, self.justify, self.cjk = rtl, justify, cjk
        self.columns, self.col_gap = columns, col_gap
        self.note_size, self.sup_size = note_size, sup_size
        self.note_rule, self.note_rule_as_underscores = note_rule, note_rule_as_underscores
        self.notes: dict[str, str] = {}
        self.note_marker_size, self.note_marker_raised = note_marker_size, note_marker_raised
        self.items: list = []  # ("para", kwargs) | ("space", pts) | ("pagebreak",) | ("rule", kw)
        self.head_fn = None
        self.foot_fn = None
        self.head_rule = False
        self.first_page_head = False

    # -- content -----------------------------------------------------------------
    def note(self, marker: str, text: str) -> None:
        self.notes[marker] = text

    def para(
        self,
        text: str,
        indent: float = 0.0,
        first: float = 0.0,
        space_before: float = 6.0,
        bold=False,
        italic=False,
        size=None,
        align=None,
        label: str | None = None,
        label_width: float = 0.0,
        family=None,
        keep=False,
        hang=False,
    ):
        """indent: left indent of all lines; first: extra indent of the first line;
        label: hanging label set in the first line at `indent`, text at indent+label_width."""
        self.items.append(
            (
                "para",
                dict(
                    text=text,
                    indent=indent,
                    first=first,
                    space_before=space_before,
                    bold=bold,
                    italic=italic,
                    size=size,
                    align=align,
                    label=label,
                    label_width=label_width,
                    family=family,
                    hang=hang,
                ),
            )
        )

    def space(self, pts: float):
        self.items.append(("space", pts))

    def pagebreak(self):
        self.items.append(("pagebreak",))

    def row(self, items, advance: float, space_before: float = 0.0):
        """items: [(text, x or 'right', QFont)] on one baseline."""
        self.items.append(("row", dict(items=items, advance=advance, space_before=space_before)))

    def start_columns(self, n: int):
        self.items.append(("columns", n))

    def rule(self, length=None, thickness=0.8, space_before=4.0, space_after=8.0):
        self.items.append(
            (
                "rule",
                dict(
                    length=length,
                    thickness=thickness,
                    space_before=space_before,
                    space_after=space_after,
                ),
            )
        )

    # -- layout --------------------------------------------------------------------
    def _fm(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.writer)

    def _tokens(self, text: str) -> list[Token]:
        out = []
        if self.cjk:
            # every character a token, no spaces (except real spaces)
            parts = re.split(r"(\{\^[^}]+\})", text)
            for part in parts:
                m = _MARK.fullmatch(part)
                if m:
                    if out:
                        w = out[-1]
                        w.markers.append((len(w.text.replace("|", "")), m.group(1)))
                    continue
                for ch in part:
                    if ch == " ":
                        if out:
                            out[-1].space_after = True
                        continue
                    out.append(Token(ch, space_after=False))
            return out
        for raw in text.split():
            markers = []
            word = ""
            pos = 0
            for m in _MARK.finditer(raw):
                word += raw[pos : m.start()]
                markers.append((len(word.replace("|", "").replace("\u00ad", "")), m.group(1)))
                pos = m.end()
            word += raw[pos:]
            out.append(Token(word, True, markers))
        return out

    def _pieces(self, tok: Token):
        """Ways to split a token: list of (head_with_hyphen, tail_token_text) at break points."""
        w = tok.text
        res = []
        for i, ch in enumerate(w):
            if ch in "|\u00ad":
                res.append((w[:i], "-", w[i + 1 :], ch))
            elif ch in "-" and 0 < i < len(w) - 1:
                res.append((w[: i + 1], "", w[i + 1 :], "-"))
        return res

    @staticmethod
    def _clean(s: str) -> str:
        return s.replace("|", "").replace("\u00ad", "")

    def _word_width(self, tok_text: str, markers, f: QFont, fs: QFont) -> float:
        w = self._fm(f).horizontalAdvance(self._clean(tok_text))
        for _, mk in markers:
            w += self._fm(fs).horizontalAdvance(mk) + 0.5
        return w

    def _break_lines(self, tokens: list[Token], widths: list[float], f: QFont, fs: QFont):
        """Greedy line breaking with syllable / compound breaks. Returns list of lists of
        (text, markers, space_after) words per line; the last word of a broken line ends
        with '-'."""
        lines = []
        cur = []
        cur_w = 0.0
        space = self._fm(f).horizontalAdvance(" ")
        queue = list(tokens)
        while queue:
            tok = queue.pop(0)
            avail = widths[min(len(lines), len(widths) - 1)]
            tw = self._word_width(tok.text, tok.markers, f, fs)
            need = tw + (space if cur and not self.cjk else 0.0)
            if self.cjk and cur:
                need = tw + (space if cur[-1][2] else 0.0)
            if cur_w + need <= avail or not cur:
                cur.append((tok.text, tok.markers, tok.space_after))
                cur_w += need
                continue
            # try to split the token at its last fitting break point
            placed = False
            for head, hy, tail, _kind in reversed(self._pieces(tok)):
                hw = self._fm(f).horizontalAdvance(self._clean(head) + hy)
                if cur_w + space + hw <= avail:
                    hlen = len(self._clean(head))
                    hm = [(o, m) for o, m in tok.markers if o <= hlen]
                    tm = [(o - hlen, m) for o, m in tok.markers if o > hlen]
                    cur.append((self._clean(head) + hy, hm, False))
                    lines.append(cur)
                    cur, cur_w = [], 0.0
                    queue.insert(0, Token(tail, tok.space_after, tm))
                    placed = True
                    break
            if placed:
                continue
            lines.append(cur)
            cur, cur_w = [(tok.text, tok.markers, tok.space_after)], tw
        if cur:
            lines.append(cur)
        return lines

    def _line_segments(self, words) -> list[Seg]:
        segs: list[Seg] = []
        buf = ""
        for k, (text, markers, sp) in enumerate(words):
            t = self._clean(text)
            pos = 0
            for off, mk in sorted(markers):
                buf += t[pos:off]
                segs.append(Seg(buf))
                segs.append(Seg("", mk))
                buf = ""
                pos = off
            buf += t[pos:]
            if k < len(words) - 1 and (sp and (not self.cjk or sp)):
                buf += " "
        segs.append(Seg(buf))
        return [s for s in segs if s.text or s.sup]

    # -- rendering -----------------------------------------------------------------
    def save(self):
        writer = QPdfWriter(self.path)
        writer.setResolution(72)
        writer.setPageSize(QPageSize(QSizeF(self.pw, self.ph), QPageSize.Unit.Point))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        writer.setCreator("qa-variants pdfgen")
        self.writer = writer
        p = QPainter(writer)
        self.p = p
        self.page_no = 1
        self._start_page(first=True)
        for item in self.items:
            if item[0] == "para":
                self._render_para(**item[1])
            elif item[0] == "space":
                self.y += item[1]
            elif item[0] == "pagebreak":
                self._new_page()
            elif item[0] == "row":
                kw = item[1]
                self.y += kw["space_before"] + kw["advance"]
                for text, x, f in kw["items"]:
                    p.setFont(f)
                    p.setPen(Qt.GlobalColor.black)
                    if x == "right":
                        x = self.pw - self.mr - self._fm(f).horizontalAdvance(text)
                    p.drawText(QPointF(x, self.y), text)
            elif item[0] == "columns":
                self.columns = item[1]
                self.col = 0
                self.y += 8
                self.col_top = self.y
            elif item[0] == "rule":
                kw = item[1]
                self.y += kw["space_before"]
                length = kw["length"] or (self.pw - self.ml - self.mr)
                pen = QPen(Qt.GlobalColor.black)
                pen.setWidthF(kw["thickness"])
                p.setPen(pen)
                x0 = self.ml if not self.rtl else self.pw - self.mr - length
                p.drawLine(QPointF(x0, self.y), QPointF(x0 + length, self.y))
                self.y += kw["space_after"]
        self._finish_page()
        p.end()
        return self.path

    def _col_x(self):
        width = (self.pw - self.ml - self.mr - (self.columns - 1) * self.col_gap) / self.columns
        x = self.ml + self.col * (width + self.col_gap)
        if self.rtl:
            x = self.pw - self.mr - (self.col + 1) * width - self.col * self.col_gap
        return x, width

    def _start_page(self, first=False):
        self.col = 0
        self.y = self.mt
        self.col_top = self.mt
        self.page_notes: list[tuple[str, list]] = []
        self.notes_height = 0.0
        if self.head_fn and (not first or self.first_page_head):
            self._draw_head()

    def _draw_head(self):
        p = self.p
        items = self.head_fn(self.page_no)
        for text, y, align, f in items:
            p.setFont(f)
            p.setPen(Qt.GlobalColor.black)
            self._draw_text_line(text, f, y, _ALIGN[align])
        if self.head_rule:
            pen = QPen(Qt.GlobalColor.black)
            pen.setWidthF(0.6)
            p.setPen(pen)
            ry = max(y for _, y, _, _ in items) + 5
            p.drawLine(QPointF(self.ml, ry), QPointF(self.pw - self.mr, ry))

    def _draw_text_line(self, text, f, baseline, align):
        p = self.p
        p.setFont(f)
        w = self._fm(f).horizontalAdvance(text)
        if align == Qt.AlignmentFlag.AlignLeft:
            x = self.ml
        elif align == Qt.AlignmentFlag.AlignRight:
            x = self.pw - self.mr - w
        else:
            x = (self.pw - w) / 2
        p.drawText(QPointF(x, baseline), text)

    def _finish_page(self):
        p = self.p
        # footnotes
        if self.page_notes:
            fn = font(self.family, self.note_size)
            fs = font(self.family, self.sup_size)
            pitch = self.note_size * 1.2
            total = sum(len(ls) for _, ls in self.page_notes) * pitch
            y = self.ph - self.mb - total + self.note_size
            ry = y - self.note_size - 6
            if self.note_rule:
                if self.note_rule_as_underscores:
                    p.setFont(fn)
                    p.drawText(QPointF(self.ml, ry), "_" * 20)
                else:
                    pen = QPen(Qt.GlobalColor.black)
                    pen.setWidthF(0.5)
                    p.setPen(pen)
                    x0 = self.ml if not self.rtl else self.pw - self.mr - 110
                    p.drawLine(QPointF(x0, ry), QPointF(x0 + 110, ry))
            for marker, lines in self.page_notes:
                for k, segs in enumerate(lines):
                    x = self.ml + 16
                    if k == 0 and marker is not None:
                        fm_ = (
                            font(self.family, self.note_marker_size)
                            if self.note_marker_raised
                            else fn
                        )
                        p.setFont(fm_)
                        if self.rtl:
                            pass
                        else:
                            mw = self._fm(fm_).horizontalAdvance(marker)
                            p.drawText(
                                QPointF(
                                    self.ml + 13 - mw,
                                    y - (self.note_size * 0.35 if self.note_marker_raised else 0),
                                ),
                                marker,
                            )
                    self._draw_segs(segs, fn, fs, x, y, self.pw - self.mr - x, rtl=self.rtl)
                    y += pitch
        if self.foot_fn:
            for text, y, align, f in self.foot_fn(self.page_no):
                self._draw_text_line(text, f, y, _ALIGN[align])

    def _new_page(self):
        self._finish_page()
        self.writer.newPage()
        self.page_no += 1
        self._start_page()

    def _next_column_or_page(self):
        if self.col + 1 < self.columns:
            self.col += 1
            self.y = self.col_top
        else:
            self._new_page()
            self.col_top = self.y

    def _note_lines(self, marker):
        text = self.notes[marker]
        fn = font(self.family, self.note_size)
        fs = font(self.family, self.sup_size)
        width = self.pw - self.mr - self.ml - 16
        toks = self._tokens(text)
        lines = self._break_lines(toks, [width], fn, fs)
        return [self._line_segments(ws) for ws in lines]

    def _draw_segs(
        self, segs, f, fs, x, baseline, width, align_right=False, rtl=False, justify_words=None
    ):
        p = self.p
        fm, fsm = self._fm(f), self._fm(fs)
        total = sum(
            fm.horizontalAdvance(s.text) if s.sup is None else fsm.horizontalAdvance(s.sup) + 0.5
            for s in segs
        )
        if rtl:
            # draw the whole line right-aligned; markers appended at the logical end (left)
            from PySide6.QtGui import QTextLayout

            text = "".join(s.text for s in segs if s.sup is None)
            layout = QTextLayout(text, f, self.writer)
            opt = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            opt.setTextDirection(Qt.LayoutDirection.RightToLeft)
            opt.setWrapMode(QTextOption.WrapMode.NoWrap)
            layout.setTextOption(opt)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
            layout.endLayout()
            p.setPen(Qt.GlobalColor.black)
            layout.draw(p, QPointF(x, baseline - line.ascent()))
            return
        cx = x + (width - total if align_right else 0)
        for s in segs:
            if s.sup is None:
                p.setFont(f)
                p.drawText(QPointF(cx, baseline), s.text)
                cx += fm.horizontalAdvance(s.text)
            else:
                p.setFont(fs)
                p.drawText(QPointF(cx + 0.3, baseline - f.pointSizeF() * 0.38), s.sup)
                cx += fsm.horizontalAdvance(s.sup) + 0.5

    def _render_para(
        self,
        text,
        indent,
        first,
        space_before,
        bold,
        italic,
        size,
        align,
        label,
        label_width,
        family,
        hang=False,
    ):
        if not hasattr(self, "col_top"):
            self.col_top = self.mt
        sz = size or self.size
        f = font(family or self.family, sz, bold, italic)
        fs = font(family or self.family, self.sup_size)
        pitch = sz * self.leading
        x0, colw = self._col_x()
        if label and not hang:
            # label at indent+first on the first line, text after it; later lines at indent
            text_indent = indent
            first = first + label_width
        else:
            text_indent = indent + (label_width if label else 0)
        widths = [
            colw - text_indent - (first if (not label or not hang) else 0),
            colw - text_indent,
        ]
        lines = []
        for piece in text.split("\n"):
            soft_end = piece.rstrip().endswith("|")
            toks = self._tokens(piece.rstrip().rstrip("|"))
            got = self._break_lines(toks, widths[min(len(lines), 1) :] or widths[-1:], f, fs)
            if soft_end and got:
                t, m, _sp = got[-1][-1]
                got[-1][-1] = (t + "-", m, False)
            lines += got
        if self.y > self.col_top + 0.1:
            self.y += space_before
        for k, words in enumerate(lines):
            segs = self._line_segments(words)
            markers = [mk for s in segs if s.sup for mk in [s.sup]]
            note_lines = [
                (m, self._note_lines(m)) for mk in markers for m in mk.split(",") if m in self.notes
            ]
            extra = sum(len(ls) for _, ls in note_lines) * self.note_size * 1.2
            if not self.page_notes and note_lines:
                extra += 14
            bottom_limit = self.ph - self.mb - self.notes_height - extra
            if self.y + pitch > bottom_limit:
                self._next_column_or_page()
                x0, colw = self._col_x()
            self.y += pitch
            baseline = self.y
            for mk, ls in note_lines:
                self.page_notes.append((mk, ls))
                self.notes_height += len(ls) * self.note_size * 1.2 + (
                    14 if len(self.page_notes) == 1 else 0
                )
            x_line = x0 + text_indent + (first if (k == 0 and (not label or not hang)) else 0)
            w_line = colw - (x_line - x0)
            if label and k == 0:
                self.p.setFont(f)
                lx = indent + (first - label_width if not hang else 0)
                if self.rtl:
                    lw = self._fm(f).horizontalAdvance(label)
                    self.p.drawText(QPointF(x0 + colw - lx - lw, baseline), label)
                else:
                    self.p.drawText(QPointF(x0 + lx, baseline), label)
            if self.rtl:
                rx = x0
                rw = colw - (x_line - x0)
                self._draw_segs(segs, f, fs, rx, baseline, rw, rtl=True)
            elif align == "center":
                total = sum(self._fm(f).horizontalAdvance(s.text) for s in segs)
                self._draw_segs(segs, f, fs, x0 + (colw - total) / 2, baseline, w_line)
            elif align == "right":
                self._draw_segs(segs, f, fs, x_line, baseline, w_line, align_right=True)
            else:
                self._draw_segs(segs, f, fs, x_line, baseline, w_line)


def pdf_text(path) -> str:
    import pypdfium2 as pdfium

    d = pdfium.PdfDocument(str(path))
    return "\n=====\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))


def render_png(path, out, page=0, scale=1.5):
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    d = pdfium.PdfDocument(str(path))
    bm = d[page].render(scale=scale)
    img = QImage(
        bytes(bm.buffer),
        bm.width,
        bm.height,
        bm.stride,
        QImage.Format.Format_BGR888 if bm.n_channels == 3 else QImage.Format.Format_ARGB32,
    )
    img.copy().save(str(out))
    return out
