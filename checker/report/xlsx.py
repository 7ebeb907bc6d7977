"""XLSX 评分表: the certifier's score-sheet layout, one row per leaf clause, for working through
with the client. Sheets: 评分表 (scores), 文件清单 (documents), 警告 (warnings).

Values, not formulas: the sheet shows exactly the checker's (and reviewer's) numbers, and any
reader (openpyxl, pandas, a browser preview) sees them without recalculating."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..inventory import KIND_LABELS
from ..model import Assessment, ClauseResult
from . import common

HEADERS = ("一级指标", "二级指标", "三级指标", "标准要求", "分值", "得分", "状态", "证据", "差距与建议", "人工复核")
WIDTHS = (18, 20, 22, 48, 7, 7, 11, 42, 52, 34)
HEADER_ROW = 3  # rows 1–2: title and the set/date line
STATUS_FILL = {
    "met": "C8E6C9",
    "partial": "FFE08A",
    "missing": "F4B6B6",
    "not_applicable": "D9D9D9",
}
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
POINTS = "0.00"


def _evidence(c: ClauseResult) -> str:
    lines: list[str] = []
    for e in c.elements:
        for r in e.evidence:
            weak = "(弱)" if r.strength == "weak" else ""
            line = f"{e.id}: {r.file} {r.location}{weak}"
            if line not in lines:
                lines.append(line)
    return "\n".join(lines)


def _gap(c: ClauseResult) -> str:
    if c.status in ("met", "not_applicable") and not c.manual:
        return ""
    miss = common.unsatisfied(c)
    if miss:
        return "\n".join(f"• {common.remedy(e)}" for e in miss)
    if not c.elements and c.status in ("missing", "partial"):
        return "本条尚无检查规则,请对照标准要求人工核查并准备材料。"
    return ""


def _manual(c: ClauseResult) -> str:
    m = c.manual
    if m is None:
        return ""
    when = f" {m.date}" if m.date else ""
    return (
        f"人工判定: {common.STATUS_ZH[c.status]} (检查器: {common.STATUS_ZH[m.checker_status]}, "
        f"{common.fmt_points(m.checker_points)} 分)\n{m.reason}\n— {m.by}{when}"
    )


def _score_sheet(ws: Worksheet, a: Assessment) -> None:
    ws.title = "评分表"
    last_col = get_column_letter(len(HEADERS))
    ws["A1"] = f"{a.standard_title}({a.standard_id})评分表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last_col}1")
    ws["A2"] = f"文件集: {a.root}    评价日期: {a.as_of}    读取文件: {len(a.documents)} 份    警告: {len(a.warnings)} 条"
    ws["A2"].font = Font(color="595959")
    ws.merge_cells(f"A2:{last_col}2")

    for col, (name, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 22

    row = HEADER_ROW
    for c in a.clauses:
        row += 1
        first, second, third = common.hierarchy(a, c)
        values = (
            first,
            second,
            third,
            c.text,
            c.points_possible,
            c.points_awarded,
            common.STATUS_ZH[c.status] + ("(人工)" if c.manual else ""),
            _evidence(c),
            _gap(c),
            _manual(c),
        )
        for col, v in enumerate(values, start=1):
            cell = ws.cell(row, col, v)
            cell.alignment = WRAP
            cell.border = BORDER
        for col in (5, 6):
            ws.cell(row, col).number_format = POINTS
        status = ws.cell(row, 7)
        status.fill = PatternFill("solid", fgColor=STATUS_FILL[c.status])
        status.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    last_leaf = row
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_leaf}"

    s = a.score
    row += 1
    ws.cell(row, 1, "合计")
    ws.cell(row, 4, "适用分值合计 / 得分合计(删减条款不计)")
    ws.cell(row, 5, s.points_possible).number_format = POINTS
    ws.cell(row, 6, s.points_awarded).number_format = POINTS
    for col in range(1, len(HEADERS) + 1):
        cell = ws.cell(row, col)
        cell.font = Font(bold=True)
        cell.fill = TOTAL_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    row += 1
    ws.cell(row, 1, "总分")
    ws.cell(row, 4, "得分 ÷ 适用分值 × 100" + (" + 特别项" if common.adjustments(a) else ""))
    ws.cell(row, 6, s.total).number_format = "0.0"
    for x in common.adjustments(a):
        ws.cell(row, 9, (ws.cell(row, 9).value or f"基础分 {common.base_total(a):.1f}") + "\n" + common.adjustment_label(x))
        ws.cell(row, 9).alignment = WRAP
    row += 1
    ws.cell(row, 1, "评级")
    ws.cell(row, 4, f"{s.rating}({'通过' if s.passed else '未通过'})")
    ws.cell(row, 6, s.rating)
    for reason in s.reasons:
        row += 1
        ws.cell(row, 4, reason).alignment = WRAP
    for r in (last_leaf + 2, last_leaf + 3):
        for col in (1, 6):
            ws.cell(r, col).font = Font(bold=True, size=12)

    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _documents_sheet(ws: Worksheet, a: Assessment) -> None:
    main = ("文件编号", "版本", "生效日期")
    headers = ("文件", "格式", "类型", "标题", *main, "其他信息", "页数", "段落/行数", "警告")
    widths = (40, 8, 14, 36, 18, 9, 14, 36, 7, 10, 36)
    for col, (h, w) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(1, col, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BORDER
        ws.column_dimensions[get_column_letter(col)].width = w
    for row, d in enumerate(a.documents, start=2):
        meta = dict(d.metadata)
        other = "\n".join(f"{k}: {v}" for k, v in d.metadata if k not in main)
        values = (
            d.file, d.format, KIND_LABELS.get(d.kind, d.kind), d.title,
            *(meta.get(k, "") for k in main), other, d.pages, d.blocks, "\n".join(d.warnings),
        )
        for col, v in enumerate(values, start=1):
            cell = ws.cell(row, col, v)
            cell.alignment = WRAP
            cell.border = BORDER
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(a.documents) + 1)}"


def _warnings_sheet(ws: Worksheet, a: Assessment) -> None:
    ws.cell(1, 1, "#").font = Font(bold=True, color="FFFFFF")
    ws.cell(1, 2, "警告").font = Font(bold=True, color="FFFFFF")
    for col in (1, 2):
        ws.cell(1, col).fill = HEAD_FILL
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 120
    if not a.warnings:
        ws.cell(2, 2, "无。所有文件均已读取。")
    for i, w in enumerate(a.warnings, start=1):
        ws.cell(i + 1, 1, i)
        ws.cell(i + 1, 2, w).alignment = WRAP
    ws.freeze_panes = "A2"


def build(a: Assessment) -> Workbook:
    wb = Workbook()
    _score_sheet(wb.active, a)
    _documents_sheet(wb.create_sheet("文件清单"), a)
    _warnings_sheet(wb.create_sheet("警告"), a)
    wb.properties.title = f"{a.standard_id} 评分表"
    wb.properties.creator = "aftersales-checker"
    return wb


def render(a: Assessment) -> bytes:
    buf = io.BytesIO()
    build(a).save(buf)
    return buf.getvalue()
