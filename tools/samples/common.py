"""Document helpers shared by the sample-set generators (make_*.py in this folder).

Everything that varies between the sample companies (the company name in DOCX headers,
covers and PDF page headers, the XLSX header fill, the PDF creator, ...) is a parameter;
the generators bind their own values, e.g.

    DocxBuilder = partial(common.DocxBuilder, company=COMPANY)
    build_pdf = partial(common.build_pdf, company=COMPANY)

The output is deterministic: OOXML packages are rewritten with fixed ZIP entry timestamps,
DOCX/XLSX core properties are set explicitly and PDFs are written with invariant=1 and
SOURCE_DATE_EPOCH taken from the document date.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

# reportlab's CJK line breaking does not know the full-width punctuation marks; without
# this a line can start with "，" or "；", which Word never does.
import reportlab.lib.textsplit as _rl_textsplit
import reportlab.platypus.paragraph as _rl_paragraph
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

for _ch in "，；：！？、。）》”’":
    if _ch not in _rl_textsplit.ALL_CANNOT_START:
        _rl_textsplit.ALL_CANNOT_START += _ch
_rl_paragraph.ALL_CANNOT_START = _rl_textsplit.ALL_CANNOT_START

ZIP_TIME = (2026, 11, 20, 9, 0, 0)

# --------------------------------------------------------------------------- #
# general
# --------------------------------------------------------------------------- #

_CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..99 -> 一 .. 九十九"""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def d(y, m, dd, h=9, mi=0):
    return dt.datetime(y, m, dd, h, mi)


def normalize_zip(path: Path, date_time=ZIP_TIME) -> None:
    """Rewrite an OOXML package with fixed entry timestamps (byte-identical reruns)."""
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)


# --------------------------------------------------------------------------- #
# DOCX
# --------------------------------------------------------------------------- #

def set_east_asia(style_or_run_element, font: str) -> None:
    rpr = style_or_run_element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]


INDENT = Pt(21)


def docx_styles(doc, *, size: float, space_after: float, line_spacing: float, headings) -> None:
    """Times New Roman / 宋体 body text; headings [(style, size), ...] in black bold 黑体."""
    st = doc.styles
    normal = st["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(size)
    set_east_asia(normal.element, "宋体")
    normal.paragraph_format.space_after = Pt(space_after)
    normal.paragraph_format.line_spacing = line_spacing
    for name, hsize in headings:
        s = st[name]
        s.font.size = Pt(hsize)
        s.font.color.rgb = RGBColor(0, 0, 0)
        s.font.bold = True
        s.font.italic = False
        set_east_asia(s.element, "黑体")
    st["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_paragraph(doc, text: str, *, indent=INDENT, align: str | None = None,
                   bold: bool = False, size: float | None = None,
                   color: RGBColor | None = None):
    """A paragraph with one run; indent is the first-line indent (None for none)."""
    p = doc.add_paragraph()
    if indent is not None:
        p.paragraph_format.first_line_indent = indent
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return p


def docx_table(doc, header, rows, widths=None, caption=None, size=9.5):
    """Grid table with a bold centred header row, followed by an empty paragraph."""
    if caption:
        cp = doc.add_paragraph(caption)
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in cp.runs:
            run.bold = True
            run.font.size = Pt(10)
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = h
        for run in c.paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(size)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
            for run in cells[i].paragraphs[0].runs:
                run.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def save_docx(doc, path: Path, *, title: str, author: str, created: dt.datetime,
              modified: dt.datetime, last_by: str | None = None, revision: int = 1,
              subject: str = "", keywords: str = "", identifier: str = ""):
    """Save with fixed core properties and fixed ZIP timestamps."""
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = last_by or author
    cp.created = created
    cp.modified = modified
    cp.last_printed = modified
    cp.revision = revision
    cp.subject = subject
    cp.keywords = keywords
    cp.category = ""
    cp.comments = ""
    cp.identifier = identifier
    doc.save(str(path))
    normalize_zip(path)


class DocxBuilder:
    """Company-style DOCX: cover block, 第X章 headings, auto-numbered 第X条 articles."""

    def __init__(self, title: str, meta: dict, *, company: str, landscape_page: bool = False):
        self.doc = Document()
        self.title = title
        self.meta = meta
        self.company = company
        self.chapter_no = 0
        self.article_no = 0
        self._styles()
        sec = self.doc.sections[0]
        if landscape_page:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.2)
        sec.left_margin = Cm(2.6)
        sec.right_margin = Cm(2.4)
        if meta.get("doc_no"):
            hp = sec.header.paragraphs[0]
            hp.text = f"{company}　　{meta['doc_no']}　{meta.get('version', '')}"
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.text = meta.get("footer", "受控文件　未经批准不得复印")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(9)

    def _styles(self):
        docx_styles(self.doc, size=10.5, space_after=3, line_spacing=1.25,
                    headings=(("Title", 18), ("Heading 1", 14), ("Heading 2", 12),
                              ("Heading 3", 10.5)))
        st = self.doc.styles
        st["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        st["Heading 1"].paragraph_format.space_before = Pt(12)
        st["Heading 1"].paragraph_format.space_after = Pt(6)

    # ---- cover ---------------------------------------------------------- #
    def cover(self, *, controlled: bool = True):
        m = self.meta
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(self.company)
        r.bold = True
        r.font.size = Pt(14)
        self.doc.add_heading(self.title, level=0)
        if m.get("doc_no"):
            t = self.doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            cells = [("文件编号", m["doc_no"]), ("版本", m["version"]),
                     ("生效日期", m["effective"]),
                     ("编制", m["drafted"]), ("审核", m["reviewed"]), ("批准", m["approved"])]
            for i, (k, v) in enumerate(cells):
                row, col = divmod(i, 3)
                t.cell(row, col * 2).text = k
                t.cell(row, col * 2 + 1).text = v
            for row in t.rows:
                for c in row.cells:
                    for para in c.paragraphs:
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for run in para.runs:
                            run.font.size = Pt(9.5)
        if controlled and m.get("distribution"):
            p = self.doc.add_paragraph(m["distribution"])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in p.runs:
                run.font.size = Pt(9)

    # ---- body ----------------------------------------------------------- #
    def ch(self, title: str, numbered: bool = True):
        if numbered:
            self.chapter_no += 1
            title = f"第{cn_num(self.chapter_no)}章　{title}"
        self.doc.add_heading(title, level=1)

    def h2(self, title: str):
        self.doc.add_heading(title, level=2)

    def art(self, text: str):
        self.article_no += 1
        p = self.doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(21)
        r = p.add_run(f"第{cn_num(self.article_no)}条")
        r.bold = True
        p.add_run("　" + text)
        return p

    def sub(self, text: str):
        p = self.doc.add_paragraph(text)
        p.paragraph_format.left_indent = Pt(21)
        p.paragraph_format.first_line_indent = Pt(21)
        return p

    def p(self, text: str, *, indent: bool = True, align=None, bold=False, size=None):
        return docx_paragraph(self.doc, text, indent=INDENT if indent else None, align=align,
                              bold=bold, size=size)

    def table(self, header, rows, widths=None, caption=None, size=9.5):
        return docx_table(self.doc, header, rows, widths, caption, size)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path: Path, *, author: str, created: dt.datetime,
             modified: dt.datetime, last_by: str | None = None, revision: int = 1,
             subject: str = "", keywords: str = ""):
        save_docx(self.doc, path, title=self.title, author=author, created=created,
                  modified=modified, last_by=last_by, revision=revision, subject=subject,
                  keywords=keywords, identifier=self.meta.get("doc_no", ""))


# --------------------------------------------------------------------------- #
# PDF
# --------------------------------------------------------------------------- #

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

PS = {
    "company": ParagraphStyle("company", fontName=FONT, fontSize=13, leading=18,
                              alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4),
    "title": ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26,
                            alignment=TA_CENTER, wordWrap="CJK", spaceAfter=10),
    "h1": ParagraphStyle("h1", fontName=FONT, fontSize=13.5, leading=20, alignment=TA_CENTER,
                         wordWrap="CJK", spaceBefore=10, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName=FONT, fontSize=11.5, leading=17,
                         wordWrap="CJK", spaceBefore=6, spaceAfter=3),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=17,
                           wordWrap="CJK", firstLineIndent=21, spaceAfter=3),
    "sub": ParagraphStyle("sub", fontName=FONT, fontSize=10.5, leading=17,
                          wordWrap="CJK", leftIndent=21, firstLineIndent=21, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=12.5, wordWrap="CJK"),
    "cellc": ParagraphStyle("cellc", fontName=FONT, fontSize=9, leading=12.5,
                            wordWrap="CJK", alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK"),
    "right": ParagraphStyle("right", fontName=FONT, fontSize=10, leading=15,
                            wordWrap="CJK", alignment=2),
}


def make_numbered_canvas(header_left: str, header_right: str, *, line_width: float = 0.5,
                         stroke_color=colors.black):
    """Canvas class: header line (left / right text) and a 第 X 页 共 Y 页 footer.

    stroke_color=None leaves the stroke colour unset (reportlab's default black, but no
    colour operator in the page stream).
    """

    class NumberedCanvas(rl_canvas.Canvas):
        """Footer 第 X 页 共 Y 页 (needs the total, so pages are buffered)."""

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            w, h = self._pagesize
            self.setFont(FONT, 8.5)
            if stroke_color is not None:
                self.setStrokeColor(stroke_color)
            self.setLineWidth(line_width)
            self.drawString(2.2 * cm, h - 1.4 * cm, header_left)
            self.drawRightString(w - 2.2 * cm, h - 1.4 * cm, header_right)
            self.line(2.2 * cm, h - 1.55 * cm, w - 2.2 * cm, h - 1.55 * cm)
            self.drawCentredString(w / 2, 1.2 * cm, f"第 {self._pageNumber} 页　共 {total} 页")

    return NumberedCanvas


def build_pdf(path: Path, story, *, company: str, title: str, author: str, header_text: str,
              date: dt.datetime, subject: str = "", creator: str = "Microsoft Word",
              pagesize=A4, line_width: float = 0.5, stroke_color=colors.black):
    """Build a PDF with `company` / `header_text` in the page header and page numbers."""
    os.environ["SOURCE_DATE_EPOCH"] = str(int(date.replace(tzinfo=dt.UTC).timestamp()))
    try:
        doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=2.2 * cm,
                                rightMargin=2.2 * cm, topMargin=2.2 * cm,
                                bottomMargin=2.0 * cm, title=title, author=author,
                                subject=subject, creator=creator, invariant=1)
        doc.build(story, canvasmaker=make_numbered_canvas(
            company, header_text, line_width=line_width, stroke_color=stroke_color))
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


HEAD_BG = colors.HexColor("#E6E6E6")


def pdf_table(header, rows, col_widths, *, head_bg=HEAD_BG, center_cols=()):
    data = [[Paragraph(h, PS["cellc"]) for h in header]]
    for r in rows:
        data.append([Paragraph(str(v), PS["cellc"] if i in center_cols else PS["cell"])
                     for i, v in enumerate(r)])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def pdf_cover_table(meta, width):
    rows = [["文件编号", meta["doc_no"], "版本", meta["version"], "生效日期", meta["effective"]],
            ["编制", meta["drafted"], "审核", meta["reviewed"], "批准", meta["approved"]]]
    data = [[Paragraph(v, PS["cellc"]) for v in r] for r in rows]
    cw = width / 6
    t = Table(data, colWidths=[cw * 0.75, cw * 1.25] * 3)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F0F0F0")),
        ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#F0F0F0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


class PdfArticles:
    """Story builder for 第X章 / 第X条 style PDFs."""

    def __init__(self):
        self.story = []
        self.chapter_no = 0
        self.article_no = 0

    def ch(self, title):
        self.chapter_no += 1
        self.story.append(Paragraph(f"第{cn_num(self.chapter_no)}章　{title}", PS["h1"]))

    def art(self, text):
        self.article_no += 1
        self.story.append(Paragraph(f"第{cn_num(self.article_no)}条　{text}", PS["body"]))

    def sub(self, text):
        self.story.append(Paragraph(text, PS["sub"]))

    def p(self, text, style="body"):
        self.story.append(Paragraph(text, PS[style]))

    def add(self, flowable):
        self.story.append(flowable)


# --------------------------------------------------------------------------- #
# XLSX
# --------------------------------------------------------------------------- #

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = "D9E1F2"


def xlsx_sheet(ws, header, rows, *, widths=None, title=None, date_fmt="yyyy-mm-dd",
               head_fill: str = HEAD_FILL):
    """Bordered sheet with an optional merged title row and a filled, frozen header row."""
    fill = PatternFill("solid", fgColor=head_fill)
    r0 = 1
    if title:
        ws.cell(row=1, column=1, value=title).font = Font(name="宋体", size=14, bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        r0 = 2
    for j, h in enumerate(header, 1):
        c = ws.cell(row=r0, column=j, value=h)
        c.font = Font(name="宋体", bold=True, size=10.5)
        c.fill = fill
        c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, r0 + 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.font = Font(name="宋体", size=10)
            c.border = BORDER
            c.alignment = Alignment(vertical="center", wrap_text=isinstance(v, str) and len(v) > 12)
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = date_fmt
    if widths:
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = ws.cell(row=r0 + 1, column=1)


def save_xlsx(wb: Workbook, path: Path, *, creator: str, created: dt.datetime,
              modified: dt.datetime, title: str, last_by: str | None = None):
    props = wb.properties
    props.creator = creator
    props.lastModifiedBy = last_by or creator
    props.created = created
    props.modified = modified
    props.title = title
    # openpyxl's Workbook.save() stamps `modified` with the current time; write directly.
    archive = zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()
    normalize_zip(path)
