"""Generate the held-out sample document set of 宁波清源净水科技有限公司 (a fictional company).

The files are written to evidence_samples/qingyuan-water/.  All content lives in this
script; the output is deterministic (fixed dates, seeded RNG, fixed ZIP timestamps,
fixed PDF dates).

    /work/venv/bin/python tools/samples/make_qingyuan.py [output_dir]

labels.yaml, README.md and .checkerignore in the output folder are maintained by hand
and are not touched by this script.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import zipfile
from pathlib import Path

from docx import Document
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "evidence_samples" / "qingyuan-water"
COMPANY = "宁波清源净水科技有限公司"
HOTLINE = "400-826-3355"
ZIP_TIME = (2026, 11, 20, 9, 0, 0)

# --------------------------------------------------------------------------- #
# helpers (same mechanics as make_hengshun.py)
# --------------------------------------------------------------------------- #

_CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed entry timestamps (byte-identical reruns)."""
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)


def _set_east_asia(element, font: str) -> None:
    rpr = element.get_or_add_rPr()
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


class DocxBuilder:
    """Company-style DOCX: cover block, 第X章 headings, auto-numbered 第X条 articles."""

    def __init__(self, title: str, meta: dict):
        self.doc = Document()
        self.title = title
        self.meta = meta
        self.chapter_no = 0
        self.article_no = 0
        self._styles()
        sec = self.doc.sections[0]
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.2)
        sec.left_margin = Cm(2.6)
        sec.right_margin = Cm(2.4)
        hp = sec.header.paragraphs[0]
        hp.text = f"{COMPANY}　　{meta.get('doc_no', '')}　{meta.get('version', '')}".rstrip()
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.text = meta.get("footer", "受控文件　未经批准不得复印")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(9)

    def _styles(self):
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(10.5)
        _set_east_asia(normal.element, "宋体")
        normal.paragraph_format.space_after = Pt(3)
        normal.paragraph_format.line_spacing = 1.25
        for name, size, font in (("Title", 18, "黑体"), ("Heading 1", 14, "黑体"),
                                 ("Heading 2", 12, "黑体"), ("Heading 3", 10.5, "黑体")):
            s = st[name]
            s.font.size = Pt(size)
            s.font.color.rgb = RGBColor(0, 0, 0)
            s.font.bold = True
            s.font.italic = False
            _set_east_asia(s.element, font)
        st["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        st["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        st["Heading 1"].paragraph_format.space_before = Pt(12)
        st["Heading 1"].paragraph_format.space_after = Pt(6)

    def cover(self):
        m = self.meta
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(COMPANY)
        r.bold = True
        r.font.size = Pt(14)
        self.doc.add_heading(self.title, level=0)
        t = self.doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cells = [("文件编号", m["doc_no"]), ("版本", m["version"]), ("生效日期", m["effective"]),
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
        if m.get("distribution"):
            p = self.doc.add_paragraph(m["distribution"])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in p.runs:
                run.font.size = Pt(9)

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
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(21)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    def table(self, header, rows, widths=None, caption=None, size=9.5):
        if caption:
            cp = self.doc.add_paragraph(caption)
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in cp.runs:
                run.bold = True
                run.font.size = Pt(10)
        t = self.doc.add_table(rows=1, cols=len(header))
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
        self.doc.add_paragraph()
        return t

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path: Path, *, author: str, created: dt.datetime, modified: dt.datetime,
             last_by: str | None = None, revision: int = 1, subject: str = "", keywords: str = ""):
        cp = self.doc.core_properties
        cp.title = self.title
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
        cp.identifier = self.meta.get("doc_no", "")
        self.doc.save(str(path))
        normalize_zip(path)


# ---- PDF ------------------------------------------------------------------ #

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

# reportlab's CJK line breaking does not know the full-width punctuation marks.
import reportlab.lib.textsplit as _rl_textsplit  # noqa: E402
import reportlab.platypus.paragraph as _rl_paragraph  # noqa: E402

for _ch in "，；：！？、。）》”’":
    if _ch not in _rl_textsplit.ALL_CANNOT_START:
        _rl_textsplit.ALL_CANNOT_START += _ch
_rl_paragraph.ALL_CANNOT_START = _rl_textsplit.ALL_CANNOT_START

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
    "right": ParagraphStyle("right", fontName=FONT, fontSize=10, leading=15,
                            wordWrap="CJK", alignment=2),
}


def make_numbered_canvas(header_text: str):
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
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.5)
            self.drawString(2.2 * cm, h - 1.4 * cm, COMPANY)
            self.drawRightString(w - 2.2 * cm, h - 1.4 * cm, header_text)
            self.line(2.2 * cm, h - 1.55 * cm, w - 2.2 * cm, h - 1.55 * cm)
            self.drawCentredString(w / 2, 1.2 * cm, f"第 {self._pageNumber} 页　共 {total} 页")

    return NumberedCanvas


HEAD_BG = colors.HexColor("#E6E6E6")


def pdf_table(header, rows, col_widths, *, center_cols=()):
    data = [[Paragraph(h, PS["cellc"]) for h in header]]
    for r in rows:
        data.append([Paragraph(str(v), PS["cellc"] if i in center_cols else PS["cell"])
                     for i, v in enumerate(r)])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
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


def build_pdf(path: Path, story, *, title: str, author: str, subject: str,
              header_text: str, date: dt.datetime):
    os.environ["SOURCE_DATE_EPOCH"] = str(int(date.replace(tzinfo=dt.UTC).timestamp()))
    try:
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm,
                                rightMargin=2.2 * cm, topMargin=2.2 * cm,
                                bottomMargin=2.0 * cm, title=title, author=author,
                                subject=subject, creator="Microsoft Word", invariant=1)
        doc.build(story, canvasmaker=make_numbered_canvas(header_text))
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


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


# ---- XLSX ----------------------------------------------------------------- #

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def xlsx_sheet(ws, header, rows, *, widths=None, title=None, date_fmt="yyyy-mm-dd"):
    r0 = 1
    if title:
        ws.cell(row=1, column=1, value=title).font = Font(name="宋体", size=14, bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        r0 = 2
    for j, h in enumerate(header, 1):
        c = ws.cell(row=r0, column=j, value=h)
        c.font = Font(name="宋体", bold=True, size=10.5)
        c.fill = HEAD_FILL
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
    # Workbook.save() would stamp `modified` with the current time; write directly.
    archive = zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()
    normalize_zip(path)


def d(y, m, dd, h=9, mi=0):
    return dt.datetime(y, m, dd, h, mi)


SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"


def masked_name(rng):
    return rng.choice(SURNAMES) + rng.choice(["*", "**"])


def masked_phone(rng):
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


# --------------------------------------------------------------------------- #
# 1. 售后服务管理手册 (DOCX)
# --------------------------------------------------------------------------- #

def make_manual(out: Path):
    meta = dict(doc_no="QY-SH-001", version="V3.1", effective="2025年3月1日",
                drafted="周立群 2025.02.10", reviewed="陈建锋 2025.02.18",
                approved="林国栋 2025.02.24", distribution="发放编号：SH-001-05　　持有部门：售后服务中心")
    b = DocxBuilder("售后服务管理手册", meta)
    b.cover()
    b.p("修改记录", indent=False, bold=True)
    b.table(["版本", "日期", "修改内容", "修改人"], [
        ["V1.0", "2019.05.01", "首次发布", "周立群"],
        ["V2.0", "2022.04.01", "增加管线机、饮水机产品；调整服务网点布局；增加滤芯到期提醒要求", "周立群"],
        ["V3.0", "2024.07.01", "售后服务中心机构调整；更新服务承诺和收费标准", "周立群"],
        ["V3.1", "2025.03.01", "更新服务目标；补充退换货费用说明；修订人员定编表", "何佳"],
    ], widths=[1.6, 2.2, 10.0, 1.8])

    b.doc.add_heading("总经理致辞", level=1)
    b.p("净水器是装进用户家里、每天都要用的产品。一台机器能不能让用户放心喝上好水，一半靠产品，一半靠服务。"
        "公司在《2024—2026年发展战略》中把“产品、渠道、服务”确定为三大经营支柱，明确服务不是成本中心，而是用户持续信任清源的基础。")
    b.p("本手册是公司售后服务工作的纲领性文件。我要求全体售后服务人员、各相关部门以及各授权服务商认真学习、严格执行；"
        "公司每年在经营预算中单列售后服务费用，对服务工作中表现突出的集体和个人给予表彰。")
    b.p("总经理：林国栋　　2025年2月24日", align="right", indent=False)
    b.page_break()

    b.ch("总则")
    b.art("为规范公司售后服务工作，保障用户合法权益，依据《中华人民共和国消费者权益保护法》《中华人民共和国产品质量法》等法律法规，结合公司产品特点，制定本手册。")
    b.art("本手册适用于公司生产、销售的家用净水器（含厨下式、台上式）、管线机、台式及立式饮水机的安装调试、维修、滤芯更换、退换货、咨询及投诉等售后服务活动，"
          "包括公司自有服务队伍和授权服务商提供的服务。")
    b.art("公司的服务理念是“清水入户，用心到家”。其含义是：把每一次上门都当作对用户家庭饮水健康的一次承诺，用心做好每一个细节。"
          "服务方针为：快速响应、规范作业、主动关怀、持续改进。")
    b.art("服务理念的宣传贯彻：")
    b.sub("（一）新员工入职培训设“企业文化与服务理念”课程，由售后服务中心经理讲授；")
    b.sub("（二）技师工装背部、服务车辆车身统一印制服务理念和服务热线；")
    b.sub("（三）授权服务商签约时将《清源服务理念与服务规范》作为合作协议附件，服务商负责人签字确认，并在其服务网点张贴；")
    b.sub("（四）微信服务号“清源净水服务”的“关于我们”栏目、产品保修卡封底印有服务理念及服务承诺，向用户公开。")

    b.ch("管理职责与组织机构")
    b.art("总经理是公司售后服务工作的第一责任人。分管副总经理陈建锋负责售后服务中心的日常管理。"
          "总经理每季度主持召开一次服务质量分析会，听取服务指标完成情况汇报，协调解决跨部门问题，并审批下一季度服务改进事项。")
    b.art("售后服务中心是公司售后服务的归口管理部门，下设以下机构：")
    b.table(["机构", "主要职责", "定编（人）"], [
        ["中心经理", "组织制定服务目标、服务制度和年度工作计划，对服务质量全面负责", "1"],
        ["客户服务部", "400热线和在线客服受理、派单、催办，客户回访，滤芯到期提醒，退换货受理", "22"],
        ["安装服务部", "宁波大市范围内的安装调试、维修和滤芯更换上门服务", "44"],
        ["网点管理部", "授权服务商的准入、培训、考核、结算；备件计划与中心仓管理", "8"],
        ["服务质量组", "服务质量监督检查、录音质检、投诉处理督办、服务失误分析", "3"],
        ["技术支持岗", "疑难故障远程支持、技术培训教材编写、售后质量信息汇总", "4"],
    ], widths=[3.0, 10.4, 2.2])
    b.art("公司其他部门的售后服务相关职责：")
    b.sub("（一）研发部：对售后反馈的产品设计问题进行分析和改进，为技术培训提供资料；")
    b.sub("（二）品质部：负责售后质量问题的原因分析和纠正措施的跟踪验证；")
    b.sub("（三）采购部：负责滤芯、配件及包装材料的采购，供应商的选择和管理按《采购控制程序》执行；")
    b.sub("（四）销售部：负责经销商售后服务政策的传达，协调经销商配合处理用户问题；")
    b.sub("（五）人力资源部：负责售后服务人员的招聘、培训组织和绩效考核；")
    b.sub("（六）财务部：负责售后服务费用预算的编制、执行监控和服务商结算审核。")

    b.ch("人员配置与培养")
    b.art("售后服务人员应满足下表的任职资格，由人力资源部在招聘时审核，售后服务中心每年复核一次持证情况。")
    b.table(["岗位", "在岗人数", "任职资格"], [
        ["中心经理", "1", "大专及以上学历，5年以上售后服务管理经验，持售后服务管理师证书"],
        ["部门经理/主管", "5", "大专及以上学历，3年以上相关工作经验"],
        ["安装维修技师", "43", "高中及以上学历，持低压电工作业证和健康证，经公司岗前培训考核合格"],
        ["客服坐席", "16", "普通话二级乙等及以上，熟练使用计算机，经岗前培训考核合格"],
        ["回访专员", "3", "一年以上客服工作经验"],
        ["质检专员", "2", "两年以上客服工作经验，熟悉全部服务流程"],
        ["网点管理专员", "5", "熟悉净水产品安装维修，具备一定的沟通协调能力"],
        ["备件管理员", "3", "熟悉仓储管理和ERP系统操作"],
        ["技术支持工程师", "4", "给排水、电气或相关专业大专及以上学历，3年以上净水设备维修经验"],
    ], widths=[3.2, 2.0, 10.4])
    b.art("中心经理、各部门经理应取得售后服务管理师资格证书；公司鼓励其他管理人员和骨干技师报考，考试费用由公司承担。")
    b.art("人力资源部会同售后服务中心每年12月制定下一年度培训计划，培训分为：")
    b.sub("（一）岗前培训：新员工入职后集中培训不少于5天，内容包括企业文化与服务理念、产品知识、安装维修技能、服务礼仪、安全作业，经笔试和实操考核合格后上岗；")
    b.sub("（二）在岗技能培训：技师每月不少于一次技能培训或实操演练，坐席每月参加产品知识更新学习；")
    b.sub("（三）专项培训：新产品上市、法律法规变化或重大质量问题发生后及时组织。")
    b.sub("培训签到表、试卷和考核成绩由人力资源部归档保存。")
    b.art("新入职技师实行“师带徒”，由三星级及以上技师带教三个月，带教期满考核合格后方可独立上门服务。")

    b.ch("服务资源保障")
    b.art("财务部按上一年度销售收入的1.2%编制售后服务费用预算，经总经理批准后执行。预算项目包括人员费用、车辆及交通费用、备件费用、培训费用、"
          "信息系统维护费用和服务商结算费用。预算执行情况由财务部每季度通报。")
    b.art("公司在宁波市鄞州区总部设售后服务中心，面积约520平方米，设用户接待区、样机展示区、检测维修区、备件库和培训教室。服务中心实行6S管理，"
          "服务质量组每周检查一次，检查记录张贴在公示栏。")
    b.art("每名技师配备标准工具包，清单如下。工具每季度由安装服务部检查一次，压力表等计量器具每年送检。")
    b.table(["类别", "配置内容"], [
        ["检测器具", "TDS测试笔、水压表、余氯测试剂、万用表"],
        ["安装工具", "充电电钻及开孔器、管子割刀、扳手组、扭力扳手、生料带、快接管件"],
        ["防护用品", "鞋套、作业垫布、手持吸尘器、防水手套"],
        ["备品", "常用PP棉滤芯、快接头、密封圈、进水阀等应急备件"],
    ], widths=[3.0, 12.6])
    b.art("备件实行“中心仓＋服务商寄存库”两级管理。常用滤芯及易损件的安全库存不低于近三个月平均月用量的1.5倍，网点管理部每月盘点一次，低于安全库存时及时补货。")
    b.art("公司在宁波配置服务面包车12辆、电动自行车26辆，由安装服务部统一调度；车辆每月保养检查一次。")
    b.art("服务网点布局：宁波大市范围（含余姚、慈溪、宁海、象山）由公司自有技师提供服务；浙江省内其他地市及上海、江苏、安徽、江西、福建等地由授权服务商提供服务，"
          "截至2024年底共有授权服务商61家。尚未设立服务网点的地区，用户报修由客户服务部协调邻近服务商上门或采用寄修方式处理。")

    b.ch("服务承诺与服务时效")
    b.art("公司向用户作出以下服务承诺，并在微信服务号、保修卡及产品说明书中统一公布：")
    b.table(["项目", "承诺内容"], [
        ["服务热线", f"{HOTLINE}，每天8:00—20:00人工受理，全年无休；其他时间可通过微信服务号自助报修"],
        ["响应", "受理报修后30分钟内与用户电话联系，确认故障情况并预约上门时间"],
        ["上门", "宁波市区24小时内上门；浙江省内其他地区48小时内上门；其他有服务网点的地区72小时内上门"],
        ["安装", "首次安装免费（含标准安装配件），超出标准配件的材料按公示价格收费"],
        ["保修", "整机保修1年，增压泵、电磁阀、电脑板保修3年（滤芯为耗材，不在保修范围）"],
        ["滤芯", "滤芯到期前主动提醒，原厂滤芯统一价格，更换上门不收服务费"],
    ], widths=[2.6, 13.0])
    b.art("维修处理时效：技师上门后一般故障当场修复；需更换配件而现场无备件的，自上门之日起3日内修复；确需返厂检测的，10日内给出处理结果。")
    b.art("发货时效：微信服务号商城及电商旗舰店的滤芯、配件订单，付款后48小时内发货（遇法定节假日顺延不超过1天）；服务商备件申请经网点管理部审核后，中心仓在24小时内发出。")
    b.art("整机线上订单由合作物流公司配送，承诺下单后3—7日内送达（偏远地区除外），送达后由客户服务部联系用户预约安装。")

    b.ch("技术支持与维修保养")
    b.art("安装调试按《净水设备安装调试及滤芯更换作业指导书》（QY-SH-004）执行。安装完成后，技师应当场向用户讲解产品使用方法、日常注意事项和滤芯更换周期，"
          "并引导用户关注微信服务号，服务号“使用课堂”栏目提供各型号产品的使用和简易故障排除视频。")
    b.art("保修服务依照国家有关法律法规执行，保修期自安装之日起计算；无安装记录的自购买发票之日起计算。保修期内因产品质量问题发生的故障，公司免费维修，免收上门费和配件费。"
          "属下列情形之一的，不在免费保修范围：人为损坏；未按说明书使用或自行拆装；使用非原厂滤芯导致的故障；因水压过高等不符合使用条件且用户拒绝加装减压阀造成的损坏。")
    b.art("保修期外或非保修范围的维修实行明码标价，收费标准如下。技师收费前必须向用户出示价目表并经用户确认，收费后开具电子收费凭证，不得收取价目表以外的任何费用。")
    b.table(["收费项目", "标准（元）", "说明"], [
        ["上门服务费（宁波市区）", "30", "保修期内免收；同时更换滤芯的免收"],
        ["上门服务费（其他地区）", "50", "同上"],
        ["检测费", "0", "不修不收费"],
        ["维修工时费", "30—80", "按《维修工时价目表》分级"],
        ["配件费", "按价目表", "价目表在微信服务号公布"],
        ["移机费", "120", "含拆机、重新安装、冲洗调试，不含新增管材"],
    ], widths=[5.0, 2.6, 8.0])
    b.art("滤芯的定期更换是净水产品的必要保养。各滤芯建议更换周期如下（实际周期随当地水质和用水量调整）：")
    b.table(["滤芯", "建议更换周期", "提醒方式"], [
        ["PP棉滤芯", "6个月", "到期前15天服务号推送及短信"],
        ["前置活性炭滤芯", "6—12个月", "同上"],
        ["RO反渗透膜", "24个月", "同上，到期前3天未预约的电话提醒"],
        ["后置活性炭滤芯", "12个月", "同上"],
    ], widths=[4.0, 4.0, 7.6])
    b.sub("技师在更换滤芯时应同时检查管路接头、冲洗机器并检测出水TDS值，检测结果记入工单。")

    b.ch("退换货管理")
    b.art("客户服务部为退换货的归口管理部门，指定退换货专员一名，负责退换货申请的受理、审核、跟踪和统计；网点管理部负责退回产品的检测和处置。")
    b.art("退换货条件：")
    b.sub("（一）自用户签收之日起7日内，产品出现性能故障的，用户可选择退货、换货或修理；")
    b.sub("（二）自用户签收之日起15日内，产品出现性能故障的，用户可选择换货或修理；")
    b.sub("（三）线上购买的产品，自签收之日起7日内、未安装使用且不影响二次销售的，支持七日无理由退货。")
    b.art("退换货费用：因产品质量问题退换货的，往返运费、拆装费用均由公司承担；非产品质量原因退货的，按以下标准收费，客户服务部在受理时须事先告知用户并取得同意：")
    b.table(["情形", "收费标准"], [
        ["七日无理由退货（未安装）", "退货运费由用户承担"],
        ["已安装产品非质量原因退货", "收取拆机费50元及已消耗的安装配件费（按价目表）"],
        ["外包装缺失或损坏", "按产品价格的5%收取包装损耗费"],
    ], widths=[6.0, 9.6])
    b.art("退换货流程：用户申请→客户服务部登记并核实→网点管理部安排检测（质量问题的判定以检测结果为准）→审批→取回或换新→财务部在收到退货后3个工作日内退款。")

    b.ch("客户关系与主动服务")
    b.art("客户档案：安装完工后，技师在服务管理系统中为用户建档，录入机型、安装日期、进水水压和TDS值、滤芯批次等信息；客户服务部负责档案的日常维护。"
          "用户的会员权益按《会员积分管理规则》执行。")
    b.art("滤芯到期提醒：服务管理系统按滤芯更换周期自动生成提醒任务，到期前15天通过服务号推送和短信提醒用户；到期前3天仍未预约的，由客户服务部电话提醒。"
          "提醒及更换情况记入《滤芯更换提醒台账》。")
    b.art("客户关怀：客户服务部每年制定关怀活动计划，通过节日问候、夏季免费水质检测、老年用户上门清洗保养、寒潮防冻提醒等方式开展关怀，活动情况记入台账。")
    b.art("满意度调查：客户服务部每季度开展一次满意度调查，方式为电话回访抽样和服务号问卷相结合，每季度有效样本不少于600份；调查结果形成季度报告，报售后服务中心经理和分管副总经理。")
    b.art("学校、医院、企事业单位等团体用户的售后服务，目前按个人用户流程受理，由销售部项目经理负责协调。公司尚未建立专门的大客户服务制度。")

    b.ch("服务监督与考核激励")
    b.art("服务质量组负责售后服务的日常监督，主要方式包括：工单时效抽查、400录音质检、回访不满意工单复核、服务商季度评价，发现的问题下发《服务质量整改通知单》并跟踪关闭。")
    b.art("服务质量奖惩按《售后服务考核奖惩细则》执行。典型情形：回访不满意经核实属技师责任的，每单扣绩效20元；违规收费的，退还用户并处以收费金额三倍的罚款；"
          "用户书面表扬或锦旗的，每次奖励200元。")
    b.art("售后服务人员实行月度KPI考核，技师考核指标包括上门及时率、一次修复率、回访满意率、滤芯更换完成率，坐席考核指标包括接通率、工单准确率和质检得分。"
          "考核结果与月度绩效工资挂钩。")
    b.art("技师实行星级评定，分一星至五星，每年评定一次，星级与基本工资档位挂钩；技师可按“技师—组长—主管”通道晋升。公司每年评选“清源服务之星”10名，在年度大会上表彰。")
    b.art("公司年度服务目标如下，由售后服务中心每年12月对照完成情况进行评审，并提出下一年度目标，报总经理批准：")
    b.table(["指标", "2025年目标", "统计口径"], [
        ["400电话接通率", "≥90%", "接通量/呼入量"],
        ["上门及时率", "≥95%", "按承诺时限上门的工单/全部上门工单"],
        ["一次修复率", "≥92%", "一次上门修复的维修工单/全部维修工单"],
        ["客户满意度", "≥95%", "季度满意度调查“满意”及以上占比"],
        ["投诉处理及时率", "100%", "在规定时限内办结的投诉/全部投诉"],
        ["滤芯提醒覆盖率", "≥98%", "已提醒的到期滤芯/全部到期滤芯"],
    ], widths=[4.0, 3.0, 8.6])

    b.ch("信息反馈与持续改进")
    b.art("技术支持岗每月汇总安装、维修、退换货和投诉中反映的产品质量信息，编制《售后质量信息月报》，报送研发部、品质部、生产部和销售部。"
          "同一故障在一个月内集中出现10起以上，或发生可能影响用户人身财产安全的问题，应在24小时内以《质量信息联络单》通知品质部。")
    b.art("品质部组织相关部门分析原因、制定纠正措施，并在每月质量例会上通报进展；措施落实情况由售后服务中心通过后续维修数据验证。")
    b.art("投诉处理和服务失误补救按《客户投诉处理及服务补救程序》（QY-SH-009）执行；突发事件的处置另行制定预案。")

    b.ch("附则")
    b.art("本手册由售后服务中心负责解释，每两年至少评审一次。")
    b.art("本手册自2025年3月1日起施行，V3.0版同时废止。")

    b.save(out / "售后服务管理手册_QY-SH-001_V3.1.docx", author="周立群", last_by="何佳",
           created=d(2025, 2, 10, 9, 30), modified=d(2025, 2, 24, 16, 5), revision=7,
           subject="售后服务管理", keywords="售后服务;手册")


# --------------------------------------------------------------------------- #
# 2. 安装调试及滤芯更换作业指导书 (DOCX, numbered procedure)
# --------------------------------------------------------------------------- #

def make_work_instruction(out: Path):
    meta = dict(doc_no="QY-SH-004", version="V2.0", effective="2025年6月1日",
                drafted="赵志明 2025.05.08", reviewed="周立群 2025.05.16",
                approved="陈建锋 2025.05.20", distribution="发放范围：安装服务部、各授权服务商")
    b = DocxBuilder("净水设备安装调试及滤芯更换作业指导书", meta)
    b.cover()

    b.h2("1　目的")
    b.p("统一公司自有技师和授权服务商技师的上门作业要求，保证安装质量和用户用水安全，树立规范、专业的服务形象。")
    b.h2("2　适用范围")
    b.p("适用于本公司家用净水器、管线机和饮水机的上门安装调试、滤芯更换、移机作业。")
    b.h2("3　引用文件")
    b.p("GB 5749　生活饮用水卫生标准", indent=False)
    b.p("GB/T 30307　家用和类似用途饮用水处理装置", indent=False)
    b.p("QY-SH-001　售后服务管理手册", indent=False)

    b.h2("4　服务规范")
    b.p("4.1　形象规范：上门人员统一穿着公司工装，佩戴工牌，进门前穿好鞋套；工装保持整洁，不得佩戴夸张饰品，不得在用户家中吸烟、饮食。")
    b.p("4.2　语言规范：使用普通话或用户习惯的方言，语气平和。常用服务用语和禁用语见下表。")
    b.table(["场景", "规范用语", "禁止用语"], [
        ["进门", "您好，我是清源净水的技师××，按约定来为您安装净水器。", "你家是不是××号？"],
        ["作业中", "这里需要打一个孔，我会先铺好垫布，尽量不弄脏您家。", "这个没办法，只能这样装。"],
        ["收费", "这是公司统一的价目表，这一项是保修期外的配件费，您看一下。", "反正都是这个价。"],
        ["离开", "机器已经调试好了，有问题随时打400热线或在服务号上找我们。", "有事别找我，打客服。"],
    ], widths=[2.2, 7.6, 5.8])
    b.p("4.3　行为规范：提前一天电话预约，出发前30分钟再次确认；迟到须提前告知并致歉；不得接受用户礼品和小费，不得推销非公司产品，不得向用户索要好评。")

    b.h2("5　安装调试作业流程")
    b.p("5.1　上门前准备：核对工单信息（机型、地址、安装位置），检查工具包、标准安装配件是否齐全。")
    b.p("5.2　现场勘查：确认安装位置、进水口和排水口位置、电源插座；用水压表测量进水压力，用TDS笔测量进水TDS值并记入工单。进水压力超过0.4MPa的，应建议加装减压阀；"
        "TDS值超过500的，应向用户说明滤芯寿命可能缩短。")
    b.p("5.3　安装：打孔前确认墙内、柜内无水管电线；打孔时使用手持吸尘器同步吸尘，柜内铺设作业垫布；管路连接使用原厂快接管件，管路不得折弯、受压。")
    b.p("5.4　调试：开启进水阀检查各接头无渗漏；RO机型首次制水冲洗不少于15分钟；检测出水TDS值，RO机型出水TDS应不高于进水的10%；通电运行后观察30分钟无漏水报警。")
    b.p("5.5　使用指导：向用户讲解开关机、指示灯含义、滤芯更换周期、长期不用后重新使用的冲洗方法、漏水报警的处理方法；引导用户关注微信服务号并绑定设备。")
    b.p("5.6　完工：清理作业现场，将包装材料按用户意愿带走或留下；用户在电子工单上签字确认，技师拍摄安装照片上传系统。")

    b.h2("6　滤芯更换作业")
    b.p("6.1　预约：根据系统提醒任务或用户预约上门，携带对应型号的原厂滤芯。")
    b.p("6.2　更换：关闭进水阀并断电，排空滤瓶内存水后拆下旧滤芯；新滤芯安装前核对型号和生产日期；更换后检查密封圈，开水冲洗新滤芯不少于5分钟。")
    b.p("6.3　检测：检测出水TDS值并记入工单，同时检查管路接头和废水比例，发现其他异常及时告知用户。")
    b.p("6.4　旧滤芯处理：更换下来的旧滤芯由技师装入专用回收袋带回，交中心仓或服务商寄存库统一存放，不得随意丢弃在用户家中或小区垃圾桶。")

    b.h2("7　安全要求")
    b.p("7.1　电动工具使用前检查电源线和开关完好；在潮湿环境作业时使用带漏电保护的插座。")
    b.p("7.2　登高作业使用稳固的人字梯，高度超过2米时须两人作业。")
    b.p("7.3　涉及用户家中燃气管道附近作业的，不得动用明火和冲击钻。")
    b.p("7.4　安装完成后必须通水检漏不少于30分钟，确认无渗漏后方可离开。")

    b.h2("8　文明施工")
    b.p("8.1　打孔、切管等产生噪声的作业尽量安排在9:00—12:00、14:00—18:00之间，确需在其他时间作业的须征得用户同意。")
    b.p("8.2　作业产生的粉尘、碎屑当场清理干净，不得留在用户家中。")

    b.h2("9　记录")
    b.table(["记录名称", "保存方式", "保存期限"], [
        ["电子安装工单（含进出水TDS、水压、照片）", "服务管理系统", "3年"],
        ["滤芯更换工单", "服务管理系统", "3年"],
        ["旧滤芯回收登记", "中心仓纸质登记本", "1年"],
    ], widths=[7.6, 4.5, 3.5])

    b.save(out / "净水设备安装调试及滤芯更换作业指导书_QY-SH-004.docx", author="赵志明",
           last_by="周立群", created=d(2025, 5, 8, 10, 10), modified=d(2025, 5, 20, 15, 40),
           revision=4, subject="作业指导书", keywords="安装;滤芯更换")


# --------------------------------------------------------------------------- #
# 3. 客户投诉处理及服务补救程序 (DOCX)
# --------------------------------------------------------------------------- #

def make_complaint_procedure(out: Path):
    meta = dict(doc_no="QY-SH-009", version="V2.2", effective="2026年1月15日",
                drafted="徐涛 2025.12.22", reviewed="周立群 2026.01.06",
                approved="陈建锋 2026.01.10", distribution="发放范围：售后服务中心各部门、品质部、销售部")
    b = DocxBuilder("客户投诉处理及服务补救程序", meta)
    b.cover()

    b.ch("总则")
    b.art("为快速、妥善地处理用户投诉，及时补救服务中的失误，防止同类问题重复发生，制定本程序。")
    b.art("本程序适用于用户通过任何渠道对公司产品质量、服务质量、收费等提出的投诉，以及公司在服务过程中发生的服务失误。")
    b.art("投诉处理实行首问负责制：第一个接到投诉的员工负责登记并转交责任部门，在问题办结前负责跟踪进度，不得推诿。")

    b.ch("职责")
    b.art("服务质量组是投诉处理的归口部门，负责投诉的分级、督办、结案审核和统计分析。")
    b.art("客户服务部负责投诉的受理登记、与用户沟通和结案回访；安装服务部、网点管理部及相关授权服务商负责投诉的现场调查和处理；品质部负责涉及产品质量投诉的判定。")

    b.ch("投诉渠道与分级")
    b.art(f"公司公开以下投诉渠道：400服务热线{HOTLINE}（8:00—20:00）；微信服务号“我要投诉”入口；投诉邮箱 ts@qingyuanwater.cn；经销商转交；"
          "电商平台、12315等外部平台转办的投诉由客户服务部统一录入系统。")
    b.art("投诉按影响程度分为三级：")
    b.table(["级别", "判定标准", "办结时限", "报告对象"], [
        ["一般投诉", "服务态度、预约不准时、一般产品故障等，用户诉求明确", "48小时", "服务质量组"],
        ["重要投诉", "重复维修仍未解决、违规收费、经处理后用户仍不满意、外部平台转办", "72小时", "售后服务中心经理"],
        ["重大投诉", "漏水造成财产损失、涉及人身安全、媒体曝光或可能引起群体投诉", "24小时内提出初步方案", "分管副总经理、总经理"],
    ], widths=[2.2, 7.4, 3.0, 3.0])

    b.ch("处理流程")
    b.art("受理登记：受理人员在服务管理系统中创建投诉工单，记录用户信息、投诉内容、诉求和证据材料，并当场向用户说明处理流程和时限。")
    b.art("响应：服务质量组在工单创建后30分钟内完成分级并派给责任部门；责任部门在2小时内与用户联系。")
    b.art("调查：责任部门核实事实，需要上门的在24小时内上门；涉及产品质量的，由品质部在3个工作日内出具判定意见。")
    b.art("处理：责任部门依据调查结果提出处理方案，一般投诉由服务质量组审核，重要及以上投诉由售后服务中心经理审核。方案经用户确认后实施。")
    b.art("反馈与回访：处理完成后，客户服务部在24小时内回访用户；用户不满意的，工单退回责任部门重新处理，并自动升级一级。")
    b.art("归档：投诉工单、通话录音、处理方案、用户确认记录及相关照片在系统中归档，保存期限不少于3年。结案须由服务质量组审核关闭。")

    b.ch("服务失误与补救")
    b.art("服务失误是指因公司或服务商的原因，服务结果未达到服务规范或对用户承诺的情形。常见的服务失误及补救措施如下：")
    b.table(["服务失误", "补救措施", "责任人"], [
        ["预约后失约、未提前告知", "当日由客户服务部致歉，优先重新安排上门", "客户服务部"],
        ["作业不规范造成用户家中财物损坏", "照价赔偿或修复，由技师所在部门先行赔付", "安装服务部/服务商"],
        ["漏装配件、安装后渗漏", "4小时内安排返修，免费更换相关配件", "安装服务部/服务商"],
        ["服务态度不佳", "责任人或其主管向用户致歉，必要时更换服务人员", "相关部门主管"],
        ["告知错误（价格、政策解释错误）", "按对用户有利的原则执行，并书面更正", "客户服务部"],
    ], widths=[4.6, 7.6, 3.4])
    b.art("服务质量组每月汇总投诉和服务失误，按原因分类统计，形成《月度投诉与服务失误分析》，报售后服务中心经理。同一原因在一个季度内重复发生3次以上的，"
          "由责任部门制定纠正措施，服务质量组跟踪验证，必要时修订相关作业文件或增加培训。")

    b.ch("记录")
    b.table(["记录", "保存部门", "保存期限"], [
        ["投诉工单及处理记录", "服务质量组（系统）", "3年"],
        ["通话录音", "客户服务部（系统）", "2年"],
        ["月度投诉与服务失误分析", "服务质量组", "3年"],
    ], widths=[7.0, 5.0, 3.6])
    b.ch("附则")
    b.art("本程序自2026年1月15日起施行，原V2.1版同时废止。")

    b.save(out / "客户投诉处理及服务补救程序_QY-SH-009.docx", author="徐涛", last_by="徐涛",
           created=d(2025, 12, 22, 14, 0), modified=d(2026, 1, 10, 11, 25), revision=5,
           subject="投诉处理", keywords="投诉;服务补救")


# --------------------------------------------------------------------------- #
# 4. 授权服务商管理办法 (DOCX)
# --------------------------------------------------------------------------- #

def make_provider_policy(out: Path):
    meta = dict(doc_no="QY-SH-012", version="V1.1", effective="2024年3月1日",
                drafted="孙蕾 2024.02.05", reviewed="周立群 2024.02.19",
                approved="陈建锋 2024.02.26", distribution="发放范围：网点管理部、客户服务部、财务部")
    b = DocxBuilder("授权服务商管理办法", meta)
    b.cover()

    b.ch("总则")
    b.art("为规范授权服务商（以下简称服务商）的引入、日常管理和考核，保证宁波大市以外地区用户获得与公司自有服务一致的服务，制定本办法。")
    b.art("网点管理部是服务商的归口管理部门；客户服务部负责服务商工单的派发、催办和回访；财务部负责服务费结算。")

    b.ch("准入")
    b.art("申请成为服务商应具备以下条件：")
    b.sub("（一）依法登记的企业或个体工商户，经营范围包含家电安装维修；")
    b.sub("（二）有固定经营场所，面积不少于30平方米，能存放备件；")
    b.sub("（三）专职技师不少于3名，均持有低压电工作业证；")
    b.sub("（四）有满足服务半径要求的交通工具；")
    b.sub("（五）近两年无重大服务纠纷和违法经营记录。")
    b.art("准入程序：服务商提交申请及证照资料→网点管理部资料审核→网点管理专员现场评估（按《服务商准入评估表》打分，满分100分，75分及以上为合格）→"
          "试运行3个月→签订《授权服务协议》并授牌。试运行期间回访满意率低于90%的，不予签约。")

    b.ch("培训")
    b.art("新签约服务商的技师须参加公司组织的岗前培训（产品结构、安装调试、滤芯更换、服务规范、系统操作），考试合格后方可接单。")
    b.art("网点管理部每年组织服务商集中培训不少于一次；新产品上市前，通过线上课程向服务商推送培训资料，服务商组织技师学习并完成线上测试。培训签到及考试成绩由网点管理部保存。")

    b.ch("业务管理与过程跟踪")
    b.art("服务商的全部工单通过公司服务管理系统派发，服务商应在30分钟内接单，并按本公司的服务承诺时限预约和上门。")
    b.art("技师上门时在服务管理系统APP中签到（定位），完工后上传安装或维修照片，由用户电子签字确认；系统自动记录接单、预约、上门、完工各节点时间，客户服务部对超时工单进行催办。")
    b.art("服务商工单完工后由客户服务部按公司回访制度回访，回访结果计入服务商考核。")
    b.art("服务商的备件从公司中心仓领用，按工单核销；旧件按要求返回中心仓。服务商向用户收费须执行公司统一价目表。")

    b.ch("考核")
    b.art("网点管理部每季度对服务商进行考核，考核结果形成《服务商季度考核表》，经售后服务中心经理审核后存档。考核指标及分值如下：")
    b.table(["考核指标", "分值", "数据来源"], [
        ["上门及时率", "25", "服务管理系统"],
        ["一次修复率", "20", "服务管理系统"],
        ["回访满意率", "25", "客户服务部回访记录"],
        ["投诉情况", "15", "服务质量组投诉记录"],
        ["作业规范与收费合规", "15", "现场抽查、照片审核"],
    ], widths=[6.0, 2.0, 7.6])
    b.art("考核等级：90分及以上为A级，80—89分为B级，70—79分为C级，70分以下为D级。")

    b.ch("奖惩与退出")
    b.art("季度考核A级的服务商，当季服务费结算上浮5%；年度四个季度均为A级的，评为“年度优秀服务商”，颁发证书。")
    b.art("季度考核C级的，由网点管理部约谈并限期整改；D级的，暂停派单2周并整改；连续两个季度D级的，取消授权。")
    b.art("服务商违规收费的，除全额退还用户外，按违规金额的3倍扣减服务费；虚报工单的，扣回该工单服务费并处以500元罚款；情节严重的，取消授权。")
    b.art("奖惩由网点管理部提出，售后服务中心经理批准，在当月服务费结算中执行，并登记在奖惩记录中。")

    b.ch("附则")
    b.art("本办法自2024年3月1日起施行。")

    b.save(out / "授权服务商管理办法_QY-SH-012.docx", author="孙蕾", last_by="孙蕾",
           created=d(2024, 2, 5, 9, 0), modified=d(2024, 2, 26, 17, 10), revision=3,
           subject="服务商管理", keywords="服务商;考核")


# --------------------------------------------------------------------------- #
# 5. 突发事件及舆情危机处置预案（征求意见稿）(DOCX)
# --------------------------------------------------------------------------- #

def make_crisis_draft(out: Path):
    meta = dict(doc_no="QY-SH-015（拟）", version="V0.3 征求意见稿", effective="待定",
                drafted="周立群 2026.10.28", reviewed="—", approved="—",
                footer="征求意见稿　仅供内部讨论　不得外传")
    b = DocxBuilder("突发事件及舆情危机处置预案（征求意见稿）", meta)
    b.cover()
    b.p("说明：本稿由售后服务中心起草，现发各部门征求意见，请于2026年12月15日前将书面意见反馈至售后服务中心何佳。文中标注【待定】的内容需经相关部门确认。",
        indent=False, size=9.5)

    b.ch("总则")
    b.art("为及时、有序地处置与售后服务相关的突发事件和舆情危机，减少对用户和公司的损害，制定本预案。")
    b.art("本预案所称突发事件包括：")
    b.sub("（一）批量质量事件：同一批次产品或滤芯在短时间内集中出现同类故障；")
    b.sub("（二）安全事件：产品漏水造成用户或邻居较大财产损失，或发生涉及人身安全的事故；")
    b.sub("（三）舆情事件：在媒体、社交平台上出现对公司产品或服务的集中负面报道；")
    b.sub("（四）公共事件：所在地区停水、水源污染等导致咨询报修量激增。")

    b.ch("组织机构")
    b.art("成立突发事件处置小组，组长由总经理担任，副组长由分管副总经理担任，成员包括售后服务中心、品质部、研发部、销售部、行政部（对外宣传）负责人。【待定：是否设常设联络人】")
    b.art("售后服务中心负责事件信息的收集和初步评估，品质部负责质量原因分析，行政部负责对外口径。")

    b.ch("处置程序")
    b.art("信息报告：任何员工发现可能构成突发事件的情况，应立即报告本部门负责人和售后服务中心经理，售后服务中心经理在1小时内报告处置小组组长。")
    b.art("评估分级：处置小组根据影响范围和严重程度确定响应等级。【待定：分级标准由品质部补充】")
    b.art("处置：按“先控制、后处理”的原则，暂停相关批次产品销售和安装，开通专线受理，统一对外口径，必要时主动召回。")
    b.art("总结：事件处置结束后15日内形成总结报告，提出改进措施。")

    b.ch("保障")
    b.art("专项经费：【待财务部确认】")
    b.art("演练：预案发布后每年至少组织一次演练。")

    b.save(out / "突发事件及舆情危机处置预案（征求意见稿）.docx", author="周立群", last_by="周立群",
           created=d(2026, 10, 20, 15, 30), modified=d(2026, 10, 28, 18, 2), revision=3,
           subject="征求意见稿", keywords="突发事件;预案")


# --------------------------------------------------------------------------- #
# 6. 400客户服务中心管理制度 (PDF, multi-page)
# --------------------------------------------------------------------------- #

def make_callcenter_pdf(out: Path):
    meta = dict(doc_no="QY-KF-002", version="V2.0", effective="2025年9月1日",
                drafted="王海燕 2025.08.04", reviewed="周立群 2025.08.15",
                approved="陈建锋 2025.08.22")
    a = PdfArticles()
    width = A4[0] - 4.4 * cm
    a.p(COMPANY, "company")
    a.p("400客户服务中心管理制度", "title")
    a.add(pdf_cover_table(meta, width))
    a.add(Spacer(1, 10))

    a.ch("总则")
    a.art("为规范400客户服务中心（以下简称客服中心）的运行管理，保证用户咨询、报修、投诉得到及时、准确的处理，制定本制度。")
    a.art("客服中心隶属售后服务中心客户服务部，负责400热线、微信服务号在线客服、电子邮件等渠道的受理工作，以及工单派发、催办、回访和滤芯到期提醒。")

    a.ch("服务时间与受理渠道")
    a.art(f"400服务热线{HOTLINE}人工受理时间为每天8:00—20:00，全年无休（含法定节假日）。非人工受理时间来电转入语音留言，客服中心于次日9:00前回电。")
    a.art("微信服务号“清源净水服务”提供24小时自助报修、滤芯购买和服务进度查询；在线客服人工服务时间为每天8:30—20:00。")
    a.art("受理时间在微信服务号、保修卡、产品说明书和机身标签上统一公示。")

    a.ch("岗位设置与职责")
    a.art("客服中心设置以下岗位，各岗位职责如下：")
    a.add(pdf_table(["岗位", "人数", "主要职责"], [
        ["客服主管", "1", "客服中心日常管理、排班、指标监控，处理升级的用户诉求，每周召开班组会"],
        ["班长", "2", "现场管理，话务高峰调度，疑难来电接管，新人带教"],
        ["热线坐席", "10", "接听400来电，受理咨询、报修、投诉，创建工单，简单故障远程指导"],
        ["在线客服", "4", "服务号在线咨询受理，订单及退换货咨询"],
        ["回访专员", "3", "安装、维修、投诉结案回访，滤芯到期电话提醒"],
        ["质检专员", "2", "录音及在线会话质检，编写质检周报，提出培训需求"],
        ["知识库管理员", "1（兼）", "维护产品知识库和标准话术，由班长兼任"],
    ], [3 * cm, 1.6 * cm, width - 4.6 * cm], center_cols=(1,)))
    a.add(Spacer(1, 6))

    a.ch("坐席配置与排班")
    a.art("客服中心设热线坐席10席、在线客服坐席4席。客服主管根据上年同期话务量和促销计划编制月度排班表，早班8:00—14:00、晚班14:00—20:00，每日11:00—14:00高峰时段安排双倍坐席。")
    a.art("每年5—9月用水旺季，回访专员和班长在话务高峰时段转接热线；遇突发话务激增，可临时抽调客户服务部其他人员支援。")
    a.art("客服中心运行指标：接通率不低于90%，20秒内接通率不低于80%，平均排队时长不超过40秒，来电放弃率不高于8%。客服主管每日查看系统报表，指标异常时调整排班。")

    a.ch("受理与派单")
    a.art("热线来电应在20秒内接起；在线咨询应在60秒内首次回复。")
    a.art("坐席受理报修后在系统中创建工单，宁波大市范围派给安装服务部，其他地区派给对应授权服务商；派单后30分钟内由接单人员联系用户预约。超过30分钟未联系的，系统自动提醒班长催办。")
    a.art("远程诊断：对于制水慢、出水异味、漏水报警、废水不停等常见问题，坐席按知识库引导用户自行排查；无法解决的转技术支持岗，由工程师通过电话或视频指导用户操作，"
          "仍不能解决的再派单上门。远程解决的工单在系统中标注“远程解决”，计入一次解决率。")
    a.art("坐席应准确记录工单信息，严禁使用“已处理”等模糊描述结单。")

    a.ch("回访管理")
    a.art("回访范围和时限：")
    a.add(pdf_table(["回访类型", "回访对象", "时限", "方式"], [
        ["安装回访", "全部安装工单（自有技师及服务商）", "完工后3日内", "电话，未接通的发送服务号问卷"],
        ["维修回访", "全部维修工单", "完工后48小时内", "电话"],
        ["滤芯更换回访", "按30%比例抽样", "完工后7日内", "服务号问卷"],
        ["投诉结案回访", "全部投诉工单", "结案后24小时内", "电话"],
    ], [3 * cm, 5.4 * cm, 3.2 * cm, width - 11.6 * cm]))
    a.add(Spacer(1, 6))
    a.art("回访内容包括：是否按约定时间上门、是否着装规范、是否讲解使用方法、是否存在额外收费、对本次服务的满意程度及意见建议。")
    a.art("回访结果录入系统并形成《安装回访记录》《维修回访记录》；回访结果为“不满意”的，回访专员当日转服务质量组复核处理。回访记录保存不少于3年。")

    a.ch("人员要求与培训")
    a.art("客服人员应熟悉公司全部产品的型号、功能和常见故障，熟悉报修、安装、滤芯更换、退换货、投诉等服务流程，掌握服务用语规范和系统操作。")
    a.art("新入职客服人员须参加为期两周的岗前培训，内容包括产品知识、服务流程、系统操作、标准话术和情绪管理，笔试成绩85分及以上并通过模拟接线考核后方可上岗，上岗后第一个月由班长陪听。")
    a.art("在岗人员每月参加一次产品知识和流程更新学习；客服主管每季度组织一次业务考试，连续两次不合格的调离坐席岗位。")

    a.ch("服务质量检查")
    a.art("质检专员每月对每名坐席抽检录音或在线会话不少于20通，按《坐席质检评分表》评分，内容包括开场结束语、信息核实、问题判断、工单记录、服务态度。")
    a.art("质检结果每周通报，月度质检平均分计入坐席KPI；发现的共性问题由质检专员提交客服主管，纳入当月培训。")

    a.ch("客户信息保密")
    a.art("客服人员入职时签署《保密承诺书》，不得将用户姓名、电话、地址等信息泄露给任何第三方。")
    a.art("服务管理系统按岗位设置访问权限，坐席界面的用户电话号码中间四位脱敏显示；导出用户信息须经客服主管审批。")
    a.art("禁止用个人手机拍摄系统界面，禁止通过个人微信传送用户信息。人员离职时，当日停用其系统账号。")

    a.ch("附则")
    a.art("本制度由客户服务部负责解释，自2025年9月1日起施行。")

    build_pdf(out / "400客户服务中心管理制度_QY-KF-002.pdf", a.story,
              title="400客户服务中心管理制度", author="王海燕", subject="QY-KF-002",
              header_text="QY-KF-002　V2.0", date=d(2025, 8, 22, 10, 0))


# --------------------------------------------------------------------------- #
# 7. 2026年度售后服务工作总结及2027年工作计划 (PDF, multi-page)
# --------------------------------------------------------------------------- #

TRAINING_2026 = [
    ("2026-01-14", "净水器新品QY-R8系列产品知识", "技师、坐席", 3, 58, "笔试"),
    ("2026-02-25", "新员工岗前培训（第1期）", "新入职员工", 40, 9, "笔试＋实操"),
    ("2026-03-18", "服务礼仪与上门沟通技巧", "技师", 3, 38, "现场演练"),
    ("2026-04-15", "RO机型常见故障诊断与维修", "技师、技术支持", 4, 41, "实操"),
    ("2026-05-20", "《消费者权益保护法》《个人信息保护法》要点", "全体售后人员", 2, 67, "笔试"),
    ("2026-06-17", "管线机安装实操", "技师", 4, 36, "实操"),
    ("2026-07-08", "新员工岗前培训（第2期）", "新入职员工", 40, 7, "笔试＋实操"),
    ("2026-08-19", "高温季节用电及登高安全作业", "技师", 2, 40, "笔试"),
    ("2026-09-16", "投诉处理与情绪管理", "坐席、回访专员", 3, 21, "案例研讨"),
    ("2026-10-21", "饮水机产品结构与维修", "技师", 3, 35, "实操"),
]


def make_summary_pdf(out: Path):
    a = PdfArticles()
    width = A4[0] - 4.4 * cm
    a.p(COMPANY, "company")
    a.p("2026年度售后服务工作总结及2027年工作计划", "title")
    a.p("售后服务中心　2026年11月12日", "right")
    a.add(Spacer(1, 6))
    a.p("2026年，售后服务中心围绕“提时效、强主动、控投诉”的年度重点开展工作。现将1—10月工作情况总结如下，并提出2027年工作计划。")

    a.p("一、主要工作及指标完成情况", "h2")
    a.p("（一）服务目标完成情况。对照年初确定的服务目标，1—10月各项指标完成情况如下：")
    a.add(pdf_table(["指标", "2026年目标", "1—10月实际", "评审结论"], [
        ["400电话接通率", "≥90%", "91.2%（7—8月为83.6%）", "全年达成，旺季未达成"],
        ["上门及时率", "≥95%", "96.1%", "达成"],
        ["一次修复率", "≥92%", "93.4%", "达成"],
        ["客户满意度", "≥95%", "96.3%", "达成"],
        ["投诉处理及时率", "100%", "98.7%", "未达成（5起重要投诉超时）"],
        ["滤芯提醒覆盖率", "≥98%", "99.2%", "达成"],
    ], [4 * cm, 2.8 * cm, 4.6 * cm, width - 11.4 * cm], center_cols=(1, 2)))
    a.add(Spacer(1, 4))
    a.p("（二）安装与维修。全年（1—10月）完成安装38,612台，其中自有技师完成16,240台，授权服务商完成22,372台；完成维修工单9,420单，"
        "远程指导解决咨询类报修2,136单。2026年新增授权服务商5家（均经现场评估准入），终止合作2家，现有授权服务商64家。")
    a.p("（三）滤芯主动服务。服务管理系统全年生成滤芯到期提醒12.4万次，服务号推送和短信提醒覆盖率99.2%，到期后30日内的滤芯更换率为61.5%，较上年提高4.2个百分点。"
        "夏季（6—8月）对宁波地区使用满两年的用户开展免费上门水质检测1,860户；重阳节期间为70岁以上老年用户免费上门清洗保养412户。")
    a.p("（四）客户满意度调查。客户服务部按季度开展满意度调查，结果如下：")
    a.add(pdf_table(["季度", "有效样本", "满意及以上", "主要意见"], [
        ["第一季度", "684", "96.8%", "希望滤芯价格更优惠；个别服务商预约时间不准"],
        ["第二季度", "712", "96.1%", "安装打孔噪声大；部分用户不会使用服务号查询进度"],
        ["第三季度", "730", "95.9%", "旺季热线难打通；上门时间等待较长"],
    ], [2.6 * cm, 2.4 * cm, 2.6 * cm, width - 7.6 * cm], center_cols=(0, 1, 2)))
    a.add(Spacer(1, 4))
    a.p("（五）培训。2026年共组织培训10期，具体如下：")
    a.add(pdf_table(["日期", "培训内容", "对象", "课时", "人数", "考核方式"],
                    [list(r) for r in TRAINING_2026],
                    [2.2 * cm, 5.6 * cm, 2.8 * cm, 1.2 * cm, 1.2 * cm, width - 13 * cm],
                    center_cols=(0, 3, 4)))
    a.add(Spacer(1, 4))
    a.p("（六）服务监督与考核。质检专员全年抽检录音及在线会话3,120通，平均得分91.4分；服务质量组下发《服务质量整改通知单》26份，已关闭24份。"
        "对技师奖励18人次、处罚7人次，已在当月绩效中兑现。授权服务商评价：第一、二季度由区域专员完成日常评价并口头反馈，第三季度因网点管理部人员调整未开展。")
    a.p("（七）质量信息反馈与改进。全年编制《售后质量信息月报》10期，发出《质量信息联络单》6份。主要改进事项如下：")
    a.add(pdf_table(["问题", "原因分析", "改进措施", "状态"], [
        ["6月前置复合滤芯接头渗漏集中发生（37起）", "品质部分析确认为某批次密封圈硬度偏低", "该批次滤芯召回更换；来料检验增加硬度抽检", "已关闭"],
        ["管线机加热时异响", "加热控制程序在低水压下频繁启停", "研发部升级控制程序，售后上门刷新", "已关闭"],
        ["7—8月热线接通率下降", "旺季话务量同比增长31%，坐席不足", "临时抽调人员；2027年增加旺季外包坐席", "跟踪中"],
        ["安装打孔噪声及粉尘意见", "部分服务商未配备吸尘器", "向服务商下发整改通知，作业照片增加检查项", "跟踪中"],
    ], [4 * cm, 4 * cm, 5 * cm, width - 13 * cm]))
    a.add(Spacer(1, 4))

    a.p("二、存在的问题", "h2")
    for t in [
        "1．售后服务管理师持证4人，而售后服务人员共82人，持证比例不足5%，与同行先进企业差距较大。",
        "2．服务文化培训仅在新员工岗前培训中安排1课时，全年未对在岗人员开展服务理念方面的专题培训。",
        "3．服务网点覆盖不足。西北、东北及西南地区尚无授权服务商，线上销往上述地区的产品约占线上销量的8%，用户报修只能采用寄修或临时委托，上门时效无法保证。",
        "4．旺季坐席不足，7—8月接通率仅83.6%，用户意见集中。",
        "5．2025年起服务商季度考核改由区域专员日常评价，未形成书面考核表和奖惩记录；服务商培训以线上下发资料为主，没有签到和考试记录。",
        "6．回收的旧滤芯暂存中心仓，目前累计约2.1吨，尚未与有资质的单位签订处置协议。",
        "7．服务管理系统只覆盖售后工单和滤芯提醒，与经销商订单系统、线上商城售前咨询尚未打通，售前、售中信息无法进入用户档案。",
        "8．公司尚未开展售后服务体系内部审核；突发事件处置预案仍在征求意见，未设立应对突发事件的专项经费。",
        "9．近两年服务方式上没有新的突破；对学校、酒店等团体用户没有专门的服务制度和人员。",
        "10．来料质量问题反馈采购部后，对相关供应商没有跟踪和考核记录。",
    ]:
        a.p(t, "sub")

    a.p("三、2027年重点工作", "h2")
    for t in [
        "1．选送4名主管和骨干技师参加售后服务管理师培训，力争年底持证达到8人。",
        "2．修订《授权服务商管理办法》，恢复季度书面考核，建立服务商培训档案和奖惩台账。",
        "3．5—9月增加外包坐席4席，旺季接通率目标不低于88%。",
        "4．拟于2027年二季度制定《大客户服务管理办法》，在客户服务部设大客户专员，为团体用户设立报修专线。",
        "5．完成突发事件处置预案的审批发布并组织一次演练，向财务部申请设立突发事件专项经费。",
        "6．试点净水器滤芯寿命远程监测，在部分联网机型上实现滤芯到期自动提醒上门，视试点效果决定是否推广。",
        "7．研究制定维修超时补偿办法，初步考虑超时期间为用户免费配送桶装水。",
        "8．与宁波职业技术学院洽谈“净水设备服务技师”订单班，建立技师后备队伍。",
        "9．上半年组织一次售后服务体系内部审核，下半年由总经理主持管理评审。",
        "10．与有资质的单位签订旧滤芯处置协议，清理库存旧滤芯。",
    ]:
        a.p(t, "sub")

    a.p("四、2027年服务目标", "h2")
    a.add(pdf_table(["指标", "2027年目标", "说明"], [
        ["400电话接通率", "≥92%", "旺季不低于88%"],
        ["上门及时率", "≥96%", ""],
        ["一次修复率", "≥93%", ""],
        ["客户满意度", "≥96%", ""],
        ["投诉处理及时率", "100%", ""],
        ["滤芯到期30日内更换率", "≥65%", "新增指标"],
    ], [5 * cm, 3 * cm, width - 8 * cm], center_cols=(1,)))
    a.add(Spacer(1, 10))
    a.p("编制：周立群　　审核：陈建锋　　2026年11月12日", "right")

    build_pdf(out / "2026年度售后服务工作总结及2027年工作计划.pdf", a.story,
              title="2026年度售后服务工作总结及2027年工作计划", author="周立群",
              subject="年度工作总结", header_text="售后服务中心", date=d(2026, 11, 12, 17, 30))


# --------------------------------------------------------------------------- #
# 8. 2026年安装回访记录 (XLSX)
# --------------------------------------------------------------------------- #

NINGBO_AREAS = ["海曙区", "江北区", "鄞州区", "镇海区", "北仑区", "奉化区", "余姚市", "慈溪市"]
NINGBO_TECHS = ["张建华", "陆海峰", "邵明", "胡立新", "孔德伟", "蒋飞", "俞斌", "任国庆"]
PROVIDERS = [
    ("杭州拱墅", "杭州净邦家电服务部"),
    ("绍兴越城", "绍兴越安电器维修中心"),
    ("上海闵行", "上海沪净环境设备服务有限公司"),
    ("苏州吴中", "苏州清泉家电服务部"),
    ("合肥蜀山", "合肥润居水处理设备服务部"),
    ("温州鹿城", "温州瓯江家电服务有限公司"),
    ("南昌青山湖", "南昌洪城家电维修服务部"),
]
MODELS = ["QY-R5 厨下RO净水器", "QY-R8 厨下RO净水器", "QY-U3 超滤净水器", "QY-G2 管线机",
          "QY-T1 台式饮水机", "QY-R6 厨下RO净水器"]


def install_followup_rows():
    rng = random.Random(20261124)
    rows = []
    day = dt.date(2026, 9, 1)
    n = 0
    while day <= dt.date(2026, 11, 20):
        for _ in range(rng.choice([0, 1, 1, 2])):
            n += 1
            own = rng.random() < 0.55
            if own:
                area = "宁波" + rng.choice(NINGBO_AREAS)
                unit = "安装服务部/" + rng.choice(NINGBO_TECHS)
            else:
                city, prov = rng.choice(PROVIDERS)
                area, unit = city, prov
            followup = day + dt.timedelta(days=rng.choice([1, 1, 2, 2, 3]))
            way = "电话" if rng.random() < 0.85 else "服务号问卷"
            r = rng.random()
            if r < 0.70:
                sat, ontime, norm, explain, note, act = "非常满意", "是", "是", "是", "", ""
            elif r < 0.90:
                sat, ontime, norm, explain = "满意", "是", "是", "是"
                note, act = rng.choice([("", ""), ("希望滤芯价格便宜一点", ""), ("安装时间稍长", "")])
            elif r < 0.96:
                sat, ontime, norm, explain = "一般", rng.choice(["否", "是"]), "是", rng.choice(["否", "是"])
                note = rng.choice(["技师迟到约1小时，未提前告知", "没有讲解滤芯更换周期", "打孔粉尘较多"])
                act = "已转服务质量组"
            else:
                sat, ontime, norm, explain = "不满意", "是", "否", "是"
                note = rng.choice(["安装后第二天接头渗水", "技师要求另付打孔费"])
                act = "已转服务质量组，开具整改通知单"
            rows.append([n, f"AZ{day:%Y%m%d}{n:04d}", day, followup, masked_name(rng), masked_phone(rng),
                         area, rng.choice(MODELS), unit, way, ontime, norm, explain, sat, note, act,
                         rng.choice(["刘晓燕", "钱芳", "吴静"])])
        day += dt.timedelta(days=1)
    return rows


def make_install_followup(out: Path):
    rows = install_followup_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "安装回访（9-11月）"
    xlsx_sheet(ws, ["序号", "工单号", "安装日期", "回访日期", "用户", "联系电话", "区域", "机型",
                    "安装单位/技师", "回访方式", "按约上门", "着装作业规范", "讲解使用方法",
                    "满意度", "用户意见", "处理情况", "回访人"], rows,
               widths=[6, 18, 12, 12, 8, 15, 16, 20, 30, 11, 9, 11, 11, 9, 30, 28, 8],
               title="2026年安装回访记录（9月—11月）")
    # monthly summary
    ws2 = wb.create_sheet("月度汇总")
    summ = []
    for m in (9, 10, 11):
        mr = [r for r in rows if r[2].month == m]
        good = sum(1 for r in mr if r[13] in ("非常满意", "满意"))
        summ.append([f"2026年{m}月", len(mr), good, f"{good / len(mr):.1%}",
                     sum(1 for r in mr if r[13] in ("一般", "不满意"))])
    xlsx_sheet(ws2, ["月份", "回访数", "满意及以上", "满意率", "转服务质量组"], summ,
               widths=[14, 10, 12, 10, 14])
    save_xlsx(wb, out / "2026年安装回访记录.xlsx", creator="刘晓燕", last_by="吴静",
              created=d(2026, 9, 2, 9, 15), modified=d(2026, 11, 21, 17, 40),
              title="2026年安装回访记录")


# --------------------------------------------------------------------------- #
# 9. 2026年滤芯更换提醒台账 (XLSX)
# --------------------------------------------------------------------------- #

FILTERS = [("PP棉滤芯", 180), ("前置活性炭滤芯", 270), ("RO反渗透膜", 730), ("后置活性炭滤芯", 365)]


def filter_rows():
    rng = random.Random(1001)
    rows = []
    for n in range(1, 91):
        fname, cycle = rng.choice(FILTERS)
        due = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 160))
        last = due - dt.timedelta(days=cycle)
        first = due - dt.timedelta(days=15)
        area = rng.choice(["宁波" + a for a in NINGBO_AREAS] + [p[0] for p in PROVIDERS])
        r = rng.random()
        second = ""
        if r < 0.55:
            result = "服务号预约更换"
            done = due + dt.timedelta(days=rng.randint(-10, 12))
        elif r < 0.72:
            second = due - dt.timedelta(days=3)
            result = "电话提醒后预约更换"
            done = due + dt.timedelta(days=rng.randint(0, 20))
        elif r < 0.84:
            second = due - dt.timedelta(days=3)
            result = "用户暂不更换"
            done = ""
        elif r < 0.93:
            second = due - dt.timedelta(days=3)
            result = "电话未接通，已发短信"
            done = ""
        else:
            result = "用户自行购买更换"
            done = ""
        if done and done > dt.date(2026, 11, 20):
            done, result = "", "已预约，待上门"
        executor = ""
        if done:
            executor = rng.choice(NINGBO_TECHS) if area.startswith("宁波") else dict(
                (c, p) for c, p in PROVIDERS)[area]
        rows.append([n, f"KH{rng.randint(100000, 999999)}", masked_name(rng), area, rng.choice(MODELS[:4] + MODELS[5:]),
                     fname, last, due, first, "服务号推送＋短信", second, result, done, executor])
    rows.sort(key=lambda r: r[7])
    for i, r in enumerate(rows, 1):
        r[0] = i
    return rows


def make_filter_ledger(out: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "滤芯到期提醒"
    xlsx_sheet(ws, ["序号", "客户编号", "用户", "区域", "机型", "滤芯", "上次更换日期", "到期日期",
                    "首次提醒日期", "首次提醒方式", "电话提醒日期", "提醒结果", "更换日期", "执行人/单位"],
               filter_rows(), widths=[6, 11, 8, 16, 20, 15, 13, 12, 13, 16, 13, 20, 12, 28],
               title="2026年滤芯更换提醒台账（6月—11月到期）")
    ws2 = wb.create_sheet("客户关怀活动")
    xlsx_sheet(ws2, ["日期", "活动名称", "对象", "形式", "覆盖人数/户数", "负责部门", "备注"], [
        [dt.date(2026, 2, 10), "春节问候", "全部在保用户", "服务号推送＋短信", 48620, "客户服务部", ""],
        [dt.date(2026, 5, 10), "母亲节以旧换新优惠", "使用满5年的老用户", "服务号推送", 6230, "客户服务部/销售部", "以旧换新127台"],
        [dt.date(2026, 6, 15), "夏季免费上门水质检测", "宁波地区使用满两年用户", "上门检测", 1860, "安装服务部", "6月15日—8月31日"],
        [dt.date(2026, 7, 20), "高温季节饮水机清洁提示", "饮水机用户", "服务号推送", 9140, "客户服务部", ""],
        [dt.date(2026, 10, 29), "重阳节老年用户上门清洗保养", "宁波地区70岁以上用户", "上门服务", 412, "安装服务部", "10月29日—11月10日"],
        [dt.date(2026, 11, 18), "寒潮防冻提醒", "浙北、皖南、苏南地区用户", "服务号推送＋短信", 31500, "客户服务部", ""],
    ], widths=[12, 28, 26, 18, 14, 18, 22], title="2026年客户关怀活动记录")
    save_xlsx(wb, out / "2026年滤芯更换提醒台账.xlsx", creator="钱芳", last_by="钱芳",
              created=d(2026, 5, 25, 10, 0), modified=d(2026, 11, 20, 18, 20),
              title="2026年滤芯更换提醒台账")


# --------------------------------------------------------------------------- #
# 10. 2024年度授权服务商考核汇总表 (XLSX, stale)
# --------------------------------------------------------------------------- #

def make_provider_2024(out: Path):
    rng = random.Random(2024)
    wb = Workbook()
    ws = wb.active
    ws.title = "季度考核"
    rows = []
    qdates = {1: dt.date(2024, 4, 12), 2: dt.date(2024, 7, 11), 3: dt.date(2024, 10, 15),
              4: dt.date(2025, 1, 14)}
    for q in (1, 2, 3, 4):
        for city, name in PROVIDERS:
            t = rng.randint(18, 25)
            f = rng.randint(14, 20)
            s = rng.randint(17, 25)
            c = rng.randint(8, 15)
            g = rng.randint(9, 15)
            total = t + f + s + c + g
            grade = "A" if total >= 90 else "B" if total >= 80 else "C" if total >= 70 else "D"
            rows.append([f"2024年第{cn_num(q)}季度", city, name, t, f, s, c, g, total, grade, "孙蕾", qdates[q]])
    xlsx_sheet(ws, ["考核期", "区域", "服务商", "上门及时率(25)", "一次修复率(20)", "回访满意率(25)",
                    "投诉情况(15)", "作业规范与收费(15)", "总分", "等级", "考核人", "考核日期"], rows,
               widths=[16, 12, 30, 14, 14, 14, 12, 16, 8, 8, 8, 12],
               title="2024年度授权服务商季度考核汇总表")
    ws2 = wb.create_sheet("奖惩记录")
    rp = []
    for r in rows:
        if r[9] == "A":
            rp.append([r[11], r[2], "奖励", f"{r[0]}考核A级", "当季服务费结算上浮5%", "周立群"])
        elif r[9] in ("C", "D"):
            rp.append([r[11], r[2], "处罚", f"{r[0]}考核{r[9]}级",
                       "约谈并限期整改" if r[9] == "C" else "暂停派单2周并整改", "周立群"])
    rp.append([dt.date(2024, 8, 23), "合肥润居水处理设备服务部", "处罚", "向用户加收打孔费80元（用户投诉）",
               "退还用户80元，扣减服务费240元", "周立群"])
    rp.sort(key=lambda x: x[0])
    xlsx_sheet(ws2, ["日期", "服务商", "奖/惩", "事由", "处理结果", "批准人"], rp,
               widths=[12, 30, 8, 34, 30, 10], title="2024年服务商奖惩记录")
    ws3 = wb.create_sheet("培训签到")
    xlsx_sheet(ws3, ["日期", "培训内容", "服务商", "参训人数", "考试平均分"], [
        [dt.date(2024, 4, 25), "QY-R5/R6产品结构与安装", name, rng.randint(2, 5), rng.randint(78, 95)]
        for _, name in PROVIDERS
    ], widths=[12, 30, 30, 10, 12], title="2024年服务商集中培训签到及考试")
    save_xlsx(wb, out / "2024年度授权服务商考核汇总表.xlsx", creator="孙蕾", last_by="孙蕾",
              created=d(2024, 4, 12, 14, 0), modified=d(2025, 1, 14, 16, 30),
              title="2024年度授权服务商考核汇总表")


# --------------------------------------------------------------------------- #
# 11. 微信服务号服务政策页面文案 (TXT)
# --------------------------------------------------------------------------- #

POLICY_TXT = f"""【清源净水服务】服务政策
（微信服务号“服务”菜单—“服务政策”页面文案，2026年8月更新，客户服务部维护）

一、我们的服务理念
清水入户，用心到家。

二、服务热线与在线服务
1. 服务热线：{HOTLINE}
   人工受理时间：每天8:00—20:00，全年无休（含法定节假日）。
   其他时间来电可语音留言，我们将在次日9:00前回电。
2. 微信服务号：24小时在线报修、购买滤芯、查询服务进度；在线客服人工服务时间为每天8:30—20:00。
3. 服务号“使用课堂”提供各型号产品使用、滤芯更换和简易故障排除视频。

三、服务时效
1. 受理报修后30分钟内与您电话联系并预约上门时间。
2. 宁波市区24小时内上门；浙江省内其他地区48小时内上门；其他有服务网点的地区72小时内上门。
3. 商城滤芯、配件订单付款后48小时内发货。

四、保修政策
1. 整机保修1年，增压泵、电磁阀、电脑板保修3年，保修期自安装之日起计算。
2. 滤芯属于耗材，不在保修范围内。
3. 人为损坏、自行拆装、使用非原厂滤芯导致的故障不在免费保修范围内。

五、收费标准（保修期外或非保修范围）
1. 上门服务费：宁波市区30元，其他地区50元；同时更换滤芯的免收。
2. 检测不收费，不修不收费。
3. 维修工时费30—80元，配件按公司统一价目表收费（见“服务”菜单—“配件价格”）。
4. 移机费120元（不含新增管材）。
技师收费前会出示价目表，请您确认后再付款；如遇价目表以外的收费，请拨打服务热线反映。

六、退换货
1. 签收之日起7日内出现性能故障，可选择退货、换货或修理；15日内出现性能故障，可选择换货或修理。
2. 线上购买、未安装且不影响二次销售的，支持七日无理由退货，退货运费由您承担。
3. 已安装产品非质量原因退货的，收取拆机费50元及已消耗的安装配件费。

七、滤芯到期提醒
您的滤芯到期前15天，我们会通过服务号和短信提醒您；到期前3天仍未预约的，客服会电话联系您。您也可以在服务号“我的设备”中随时查看滤芯剩余寿命。

八、投诉与建议
如对我们的服务不满意，可拨打服务热线，或在服务号“我要投诉”提交，也可发送邮件至 ts@qingyuanwater.cn。我们将在48小时内给您答复。
"""


def make_policy_txt(out: Path):
    (out / "微信服务号服务政策页面文案（2026年8月版）.txt").write_text(POLICY_TXT, encoding="utf-8")


# --------------------------------------------------------------------------- #

def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    for make in (make_manual, make_work_instruction, make_complaint_procedure, make_provider_policy,
                 make_crisis_draft, make_callcenter_pdf, make_summary_pdf, make_install_followup,
                 make_filter_ledger, make_provider_2024, make_policy_txt):
        make(out)
    for f in sorted(out.iterdir()):
        if f.suffix in (".docx", ".pdf", ".xlsx", ".txt"):
            print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main(sys.argv)
