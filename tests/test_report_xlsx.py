"""The XLSX 评分表 of a real run, read back with openpyxl and compared with the JSON of the same run."""

from __future__ import annotations

import openpyxl
import pytest
from report_runs import plain, plain_json

from checker.report.common import STATUS_ZH
from checker.report.xlsx import HEADERS, STATUS_FILL


@pytest.fixture(scope="module")
def book():
    return openpyxl.load_workbook(plain()["xlsx"])


def _header_row(ws) -> int:
    for row in ws.iter_rows(min_row=1, max_row=10):
        if [c.value for c in row[: len(HEADERS)]] == list(HEADERS):
            return row[0].row
    raise AssertionError("no header row")


def _leaf_rows(ws):
    head = _header_row(ws)
    rows = []
    for row in ws.iter_rows(min_row=head + 1):
        if row[0].value == "合计":
            return rows, row
        rows.append(row)
    raise AssertionError("no totals row")


def test_sheets_and_layout(book) -> None:
    assert book.sheetnames == ["评分表", "文件清单", "警告"]
    ws = book["评分表"]
    head = _header_row(ws)
    assert ws.freeze_panes == f"A{head + 1}"
    rows, _ = _leaf_rows(ws)
    assert ws.auto_filter.ref == f"A{head}:{openpyxl.utils.get_column_letter(len(HEADERS))}{head + len(rows)}"
    for col in "ADHI":
        assert ws.column_dimensions[col].width >= 15
    assert ws.cell(head + 1, 4).alignment.wrap_text


def test_one_row_per_leaf_with_the_points_of_the_json(book) -> None:
    r = plain_json()
    rows, _ = _leaf_rows(book["评分表"])
    assert len(rows) == len(r["clauses"])
    groups = {g["id"]: g for g in r["groups"]}
    for row, c in zip(rows, r["clauses"], strict=True):
        first, second, third, text, possible, awarded, status = (x.value for x in row[:7])
        assert first == f"{c['path'][0]} {groups[c['path'][0]]['title']}"
        if len(c["path"]) == 1:  # a second-level item with no children is itself the leaf
            assert second == f"{c['id']} {c['title']}" and third is None
        else:
            assert second == f"{c['path'][1]} {groups[c['path'][1]]['title']}"
            assert third.endswith(f"{c['id']} {c['title']}")
        assert text == (c["text"] or None)
        assert possible == pytest.approx(c["points_possible"], abs=1e-4)
        assert awarded == pytest.approx(c["points_awarded"], abs=1e-4)
        assert status == STATUS_ZH[c["status"]]
        assert row[6].fill.fgColor.rgb.endswith(STATUS_FILL[c["status"]])
        evidence = row[7].value or ""
        for e in c["elements"]:
            for ev in e["evidence"]:
                assert f"{ev['file']} {ev['location']}" in evidence
        gap = row[8].value or ""
        if c["status"] in ("missing", "partial"):
            assert gap
            for e in c["elements"]:
                if e["level"] == "weak" or (e["level"] == "none" and e["required"]):  # the element's gap
                    assert e["description"] in gap
        else:
            assert gap == ""


def test_totals_and_rating_match_the_json(book) -> None:
    r = plain_json()
    ws = book["评分表"]
    rows, totals = _leaf_rows(ws)
    assert totals[4].value == pytest.approx(r["score"]["points_possible"], abs=1e-4)
    assert totals[5].value == pytest.approx(r["score"]["points_awarded"], abs=1e-4)
    assert sum(row[5].value for row in rows) == pytest.approx(r["score"]["points_awarded"], abs=1e-4)
    below = {ws.cell(totals[0].row + i, 1).value: ws.cell(totals[0].row + i, 6).value for i in (1, 2)}
    assert below["总分"] == pytest.approx(r["score"]["total"], abs=1e-6)
    assert below["评级"] == r["score"]["rating"]


def test_inventory_and_warnings_sheets(book) -> None:
    r = plain_json()
    docs = book["文件清单"]
    header = [c.value for c in docs[1]]
    assert header[:4] == ["文件", "格式", "类型", "标题"] and "文件编号" in header
    files = [row[0].value for row in docs.iter_rows(min_row=2)]
    assert files == [d["file"] for d in r["documents"]]
    col = header.index("文件编号")
    for row, d in zip(docs.iter_rows(min_row=2), r["documents"], strict=True):
        assert (row[col].value or "") == d["metadata"].get("文件编号", "")
    warnings = [row[1].value for row in book["警告"].iter_rows(min_row=2)]
    assert warnings == (r["warnings"] or ["无。所有文件均已读取。"])
