"""Each parser on real files made here (DOCX, PDF, XLSX, TXT in several encodings) and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from checker import ingest
from checker.ingest.common import ParseError
from checker.inventory import classify


def _docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("浙江恒顺电器有限公司")
    d.add_paragraph("客户回访管理办法")
    cover = d.add_table(rows=1, cols=4)
    for i, v in enumerate(["文件编号", "HS/QM-SH-021", "版本", "A/1"]):
        cover.cell(0, i).text = v
    d.add_paragraph("生效日期:2026-01-01    编制:王磊    审核:刘芳    批准:陈建国")
    d.add_heading("第一章 总则", level=1)
    d.add_paragraph("第一条 为规范客户回访工作,提升客户满意度,特制定本办法。")
    d.add_heading("第二章 回访要求", level=1)
    d.add_heading("一、回访时限", level=2)
    d.add_paragraph("第五条 维修完工后3个工作日内由客服中心进行电话回访。")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["日期", "客户", "结果"], ["2026-03-01", "张先生", "满意"], ["2026-03-08", "李女士", "一般"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.save(path)
    return path


def _pdf(path: Path, pages: int = 2) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("n", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    story = [
        Paragraph("呼叫中心管理制度", st),
        Paragraph("第一章 总则", st),
        Paragraph(
            "第一条 为规范公司呼叫中心的运营管理,明确各岗位职责,提高客户来电接通率和一次解决率,"
            "保障客户咨询、报修和投诉得到及时处理,依据公司《售后服务管理手册》,制定本制度。",
            st,
        ),
    ]
    for _ in range(pages - 1):
        story.append(PageBreak())
        story.append(Paragraph("第二章 服务时间", st))
        story.append(Paragraph("第五条 400服务热线受理时间为每日8:00至20:00,节假日不休。", st))
    tbl = Table([["岗位", "人数"], ["坐席代表", "24"], ["质检专员", "2"]])
    tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(tbl)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回访记录"
    ws.append(["2026年客户回访记录表"])
    ws.append(["序号", "回访日期", "客户", "回访方式", "满意度"])
    ws.append([1, dt.datetime(2026, 10, 3), "张先生", "电话回访", "满意"])
    ws.append([2, "2026/10/9", "李女士", "短信", "一般"])
    wb.create_sheet("说明").append(["本表由客服中心每月汇总。"])
    wb.save(path)
    return path


def test_docx_paragraphs_headings_tables_and_metadata(tmp_path: Path) -> None:
    doc = ingest.parse_bytes(_docx(tmp_path / "a.docx").read_bytes(), "a.docx")
    assert doc.format == "docx"
    assert doc.title == "客户回访管理办法"
    meta = doc.meta
    assert meta["文件编号"] == "HS/QM-SH-021"
    assert meta["版本"] == "A/1"
    assert meta["生效日期"] == "2026-01-01"
    assert meta["批准"] == "陈建国"
    para = next(b for b in doc.blocks if "3个工作日内" in b.text)
    assert para.heading_path == ("第二章 回访要求", "一、回访时限")
    rows = [b for b in doc.blocks if b.kind == "table_row" and b.table == 2]
    assert [r.row for r in rows] == [1, 2, 3]
    assert rows[1].cells == ("2026-03-01", "张先生", "满意")
    assert [b.index for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))


def test_pdf_pages_paragraphs_and_tables(tmp_path: Path) -> None:
    doc = ingest.parse_bytes(_pdf(tmp_path / "c.pdf").read_bytes(), "c.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    first = next(b for b in doc.blocks if b.text.startswith("第一条"))
    # The wrapped lines of one article come back as one paragraph.
    assert first.text.endswith("制定本制度。") and first.page == 1
    hours = next(b for b in doc.blocks if "受理时间" in b.text)
    assert hours.page == 2 and hours.heading_path[-1] == "第二章 服务时间"
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[1].cells == ("坐席代表", "24") and rows[1].page == 2
    assert doc.title == "呼叫中心管理制度"


def test_xlsx_sheets_rows_and_dates(tmp_path: Path) -> None:
    doc = ingest.parse_bytes(_xlsx(tmp_path / "r.xlsx").read_bytes(), "r.xlsx")
    rows = [b for b in doc.blocks if b.kind == "table_row" and b.sheet == "回访记录"]
    assert rows[0].row == 2 and rows[0].cells[1] == "回访日期"
    assert rows[1].cells[1] == "2026-10-03"  # a real date cell
    assert rows[2].cells[1] == "2026/10/9"
    assert any(b.sheet == "说明" for b in doc.blocks)
    title = next(b for b in doc.blocks if b.text == "2026年客户回访记录表")
    assert title.kind == "heading"


@pytest.mark.parametrize(
    ("encoding", "detected"),
    # GB18030 is a superset of GBK: a GBK file is read as GB18030.
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16")],
)
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    body = "客户投诉处理程序\n第一条 客户可通过400热线、官网留言和门店投诉。\n第二条 投诉在24小时内响应。\n"
    doc = ingest.parse_bytes(body.encode(encoding), "投诉.txt")
    assert doc.blocks[1].text == "第一条 客户可通过400热线、官网留言和门店投诉。"
    assert doc.meta["encoding"] == detected


def test_bracketed_lines_of_web_copy_are_headings() -> None:
    body = "小程序服务中心\n【退换货说明】\n调味品签收7日内、未开封的,可申请无理由退货。\n【联系我们】\n客服热线:400-880-5217\n"
    doc = ingest.parse_bytes(body.encode(), "page.txt")
    rule = next(b for b in doc.blocks if b.text.startswith("调味品"))
    assert [b.text for b in doc.blocks if b.kind == "heading"][-2:] == ["【退换货说明】", "【联系我们】"]
    assert rule.heading_path[-1] == "【退换货说明】"


def test_fullwidth_digits_are_normalised(tmp_path: Path) -> None:
    doc = ingest.parse_bytes("服务承诺\n接到报修后２４小时内上门。".encode(), "x.txt")
    assert "24小时" in doc.blocks[1].text


BAD = {
    "empty.docx": (b"", "empty"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "97-2003"),
    "scan.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "OCR"),
    "broken.pdf": (b"%PDF-1.4\n garbage without objects", "PDF"),
    "data.bin": (b"\x01\x02\x03", "unsupported file type"),
}


def test_bad_files_become_warnings_and_the_rest_is_assessed(tmp_path: Path) -> None:
    for name, (data, _) in BAD.items():
        (tmp_path / name).write_bytes(data)
    zf = tmp_path / "fake.docx"
    with zipfile.ZipFile(zf, "w") as z:
        z.writestr("hello.txt", "not word")
    _docx(tmp_path / "good.docx")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    corpus = ingest.load(tmp_path)
    assert [d.path for d in corpus.documents] == ["good.docx"]
    problems = {p.file: p.reason for p in corpus.problems}
    for name, (_, why) in BAD.items():
        assert why in problems[name], (name, problems[name])
    assert "ZIP" in problems["fake.docx"]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert before == after  # nothing the user gave is modified


def test_tool_files_are_never_evidence(tmp_path: Path) -> None:
    (tmp_path / "labels.yaml").write_text('"16.1": {status: met, why: 退换货管理办法}', encoding="utf-8")
    (tmp_path / ".checkerignore").write_text("README.md\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("示例文件集", encoding="utf-8")
    (tmp_path / "~$lock.docx").write_bytes(b"x")
    (tmp_path / "a.txt").write_text("退换货管理办法", encoding="utf-8")
    corpus = ingest.load(tmp_path)
    assert [d.path for d in corpus.documents] == ["a.txt"]
    assert set(corpus.skipped) == {"labels.yaml", ".checkerignore", "README.md", "~$lock.docx"}


def test_parsing_is_a_pure_function_of_bytes(tmp_path: Path) -> None:
    data = _docx(tmp_path / "a.docx").read_bytes()
    assert ingest.parse_bytes(data, "a.docx") == ingest.parse_bytes(data, "a.docx")


def test_sniff_uses_content_not_extension(tmp_path: Path) -> None:
    data = _xlsx(tmp_path / "r.xlsx").read_bytes()
    assert ingest.sniff(data, "misnamed.docx") == "xlsx"
    with pytest.raises(ParseError):
        ingest.sniff(b"", "x.txt")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("退换货管理办法", "policy"),
        ("客户投诉处理程序", "procedure"),
        ("2026年客户回访记录表", "record"),
        ("2026年售后服务工作总结", "report"),
        ("2026年客服满意度月报", "report"),
        ("2027年售后服务工作计划", "plan"),
        ("2026年消费者服务中心培训计划及执行情况", "report"),
        ("2026年培训计划完成情况统计表", "record"),
        ("服务商合作协议", "contract"),
        ("危机事件应急处理预案", "procedure"),
        ("公司简介", "other"),
    ],
)
def test_document_kind_from_title(title: str, kind: str) -> None:
    assert classify(title) == kind


def test_kind_from_structure_when_the_title_says_nothing() -> None:
    from checker.inventory import kind_of

    articles = "\n".join(f"第{n}条 客户服务部负责相关工作的组织实施。" for n in "一二三四")
    assert kind_of(ingest.parse_bytes(f"恒顺电器\n{articles}".encode(), "doc1.txt")) == "policy"
    rows = "\n".join(f"| 2026-0{m}-01 | 张先生 | 电话 |" for m in range(1, 7))
    assert kind_of(ingest.parse_bytes(f"| 日期 | 客户 | 方式 |\n{rows}".encode(), "export.csv.txt")) == "record"
    assert kind_of(ingest.parse_bytes("恒顺电器\n今天天气很好。".encode(), "notes.txt")) == "other"


def test_a_summary_with_next_years_plan_is_a_report() -> None:
    assert classify("2026年度售后服务工作总结及2027年工作计划") == "report"


def test_a_workbooks_title_is_not_its_sheet_name(tmp_path: Path) -> None:
    doc = ingest.parse_bytes(_xlsx(tmp_path / "r.xlsx").read_bytes(), "r.xlsx")
    assert doc.title == "2026年客户回访记录表"


def test_a_scanned_pdf_without_text_says_so(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    for _ in range(2):
        c.rect(50, 50, 400, 600)
        c.line(50, 300, 450, 300)
        c.showPage()
    c.save()
    doc = ingest.parse_bytes((tmp_path / "scan.pdf").read_bytes(), "营业执照扫描件.pdf")
    assert doc.blocks == () and doc.pages == 2
    assert doc.warnings == ("no text layer on any page: a scanned PDF needs OCR, which this version does not do; its content is not assessed",)
