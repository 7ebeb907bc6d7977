"""Every check type on real DOCX, PDF and XLSX files: records (stale, too few rows), measured
values (a rate below its threshold, a stated vs a missing time limit), the staff ratio on both
sides of 10 %, and the consistency of a promise across documents."""

from __future__ import annotations

import datetime as dt
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from test_ingest import _pdf
from test_packs import _mini

from checker import ingest
from checker.match import Matcher
from checker.rulepack import load_pack

AS_OF = date(2026, 11, 24)
STRUCTURE = """
- id: "A"
  title: 组
  points: 10
  children:
    - {id: "1", title: 回访, text: 组织应建立回访制度并有完整的回访记录。}
    - {id: "2", title: 投诉解决率, text: 顾客投诉解决率不能低于97%。}
    - {id: "3", title: 响应时效, text: 组织应有响应时效的规定。}
    - {id: "4", title: 售后服务管理师, text: 按服务人员总数的10%配置售后服务管理师。}
    - {id: "5", title: 服务承诺, text: 服务承诺在各种文档材料中的表述准确一致。}
"""
ELEMENTS = """
"1": {elements: [{id: records, description: 回访记录表, check: {type: record, about: [[回访]], min_rows: 5, max_age_days: 365}}]}
"2": {elements: [{id: rate, description: 投诉解决率不低于97%, check: {type: value, subject: [[投诉解决率]], unit: percent, op: ">=", threshold: 97}}]}
"3": {elements: [{id: limit, description: 规定响应时限, check: {type: value, subject: [[响应, 受理]], unit: hours}}]}
"4": {elements: [{id: ratio, description: 售后服务管理师不少于服务人员的10%, check: {type: ratio, numerator: [[售后服务管理师]], denominator: [[售后服务人员, 服务人员]], min: 0.10}}]}
"5": {elements: [{id: same, description: 服务承诺各处一致, check: {type: consistency, subject: [[服务承诺, 承诺]], min_places: 2}}]}
"""


@pytest.fixture(scope="module")
def checker_(tmp_path_factory):
    root = _mini(tmp_path_factory.mktemp("rules"), STRUCTURE, ELEMENTS)
    pack = load_pack("mini", root)
    return pack, Matcher([pack])


def run(checker_, folder: Path, clause: str):
    pack, matcher = checker_
    corpus = ingest.load(folder)
    el = pack.node(clause).elements[0]
    ev = matcher.element(matcher.prepare(corpus.documents, AS_OF), clause, el, AS_OF)
    s = {r.strength for r in ev.evidence}
    return ("strong" if "strong" in s else "weak" if "weak" in s else "none"), ev


def _xlsx_records(path: Path, dates: list[dt.date]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "回访记录"
    ws.append(["2026年客户回访记录表"])
    ws.append(["序号", "回访日期", "客户", "回访方式", "结果"])
    for i, d in enumerate(dates, start=1):
        ws.append([i, dt.datetime(d.year, d.month, d.day), f"客户{i}", "电话回访", "满意"])
    wb.save(path)


def _docx(path: Path, paragraphs: list[str], title: str) -> None:
    d = docx.Document()
    d.add_paragraph(title)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


# -- records ------------------------------------------------------------------------------------

def test_fresh_record_with_enough_rows_names_its_rows(checker_, tmp_path: Path) -> None:
    _xlsx_records(tmp_path / "回访记录表.xlsx", [dt.date(2026, m, 10) for m in range(3, 11)])
    level, ev = run(checker_, tmp_path, "1")
    assert level == "strong"
    ref = ev.evidence[0]
    assert ref.sheet == "回访记录" and "8 dated entries 2026-03-10 … 2026-10-10, rows 3–10" in ref.note


def test_too_few_rows_is_weak(checker_, tmp_path: Path) -> None:
    _xlsx_records(tmp_path / "回访记录表.xlsx", [dt.date(2026, 10, 1), dt.date(2026, 10, 2)])
    level, ev = run(checker_, tmp_path, "1")
    assert level == "weak" and "only 2 dated entries, at least 5 required" in ev.evidence[0].note


def test_stale_record_is_weak(checker_, tmp_path: Path) -> None:
    _xlsx_records(tmp_path / "回访记录表.xlsx", [dt.date(2023, m, 10) for m in range(1, 9)])
    level, ev = run(checker_, tmp_path, "1")
    assert level == "weak" and "newest entry 2023-08-10 is" in ev.evidence[0].note


def test_record_table_in_a_pdf(checker_, tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("n", fontName="STSong-Light", fontSize=11, leading=16)
    rows = [["回访日期", "客户", "结果"]] + [[f"2026-09-{i:02d}", f"客户{i}", "满意"] for i in range(1, 7)]
    t = Table(rows)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(tmp_path / "回访记录.pdf")).build([Paragraph("2026年9月客户回访记录", st), t])
    level, ev = run(checker_, tmp_path, "1")
    assert level == "strong" and ev.evidence[0].page == 1


# -- measured values -----------------------------------------------------------------------------

def test_rate_at_or_above_threshold(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["2026年顾客投诉共312件,已解决306件,投诉解决率98.1%。"], "2026年售后服务工作总结")
    level, ev = run(checker_, tmp_path, "2")
    assert level == "strong" and ev.evidence[0].numbers == ("98.1%",)
    assert "投诉解决率 98.1 % >= 97 %" in ev.evidence[0].note


def test_rate_below_threshold_is_rejected_with_the_figure(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["全年投诉解决率为95.2%,未达到年度目标。"], "2026年售后服务工作总结")
    level, ev = run(checker_, tmp_path, "2")
    assert level == "none"
    assert ev.rejected[0].reason == "below threshold: 投诉解决率 95.2 % < 97 %"


def test_rate_in_words_only_is_not_a_number(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["公司投诉解决率较高,客户普遍满意。"], "2026年售后服务工作总结")
    level, ev = run(checker_, tmp_path, "2")
    assert level == "none" and "no percent figure" in ev.rejected[0].reason


def test_actual_column_of_a_target_table(checker_, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["指标", "目标值", "实际完成值", "完成情况"])
    ws.append(["投诉解决率", "≥98%", "96.5%", "未达成"])
    wb.save(tmp_path / "2026年服务目标完成情况统计表.xlsx")
    level, ev = run(checker_, tmp_path, "2")
    assert level == "none" and "96.5 % < 97 %" in ev.rejected[0].reason


def test_stated_time_limit(checker_, tmp_path: Path) -> None:
    _pdf(tmp_path / "c.pdf", pages=1)  # also read, holds no time limit
    _docx(tmp_path / "b.docx", ["第六条 客户来电报修,客服中心须在两小时内响应并派单。"], "报修受理管理办法")
    level, ev = run(checker_, tmp_path, "3")
    assert level == "strong" and ev.evidence[0].numbers == ("两小时内",) and ev.evidence[0].file == "b.docx"


def test_missing_time_limit(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "b.docx", ["第六条 客户来电报修,客服中心应及时响应并尽快派单。"], "报修受理管理办法")
    level, ev = run(checker_, tmp_path, "3")
    assert level == "none" and "no hours figure stated for 响应" in ev.rejected[0].reason


# -- the staff ratio -----------------------------------------------------------------------------

@pytest.mark.parametrize(("managers", "level"), [(12, "strong"), (9, "weak")])
def test_staff_ratio_both_sides_of_ten_percent(checker_, tmp_path: Path, managers: int, level: str) -> None:
    _docx(
        tmp_path / "a.docx",
        [f"公司现有售后服务人员120人,其中持证售后服务管理师{managers}名,分布在各区域服务中心。"],
        "售后服务人员配置说明",
    )
    got, ev = run(checker_, tmp_path, "4")
    assert got == level
    ratio = f"{managers / 120:.1%}"
    assert all(f"= {ratio} (needs ≥ 10%)" in r.note for r in ev.evidence)
    assert {r.note.split(":")[0] for r in ev.evidence} == {"numerator", "denominator"}


def test_staff_ratio_from_a_roster(checker_, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "售后服务人员花名册"
    ws.append(["工号", "姓名", "岗位", "资格证书"])
    for i in range(20):
        ws.append([f"S{i:03d}", f"员工{i}", "维修技师", "售后服务管理师" if i < 3 else "电工证"])
    wb.save(tmp_path / "售后服务人员花名册.xlsx")
    got, ev = run(checker_, tmp_path, "4")
    assert got == "strong" and "3 rows naming 售后服务管理师 / 20 staff" in ev.evidence[0].note


def test_no_staff_total_means_no_ratio(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["公司鼓励员工考取售后服务管理师证书。"], "培训管理办法")
    got, _ = run(checker_, tmp_path, "4")
    assert got == "none"


# -- consistency of the promise ------------------------------------------------------------------

def test_same_promise_everywhere(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["服务承诺:接到报修后24小时内上门,产品整机保修3年。"], "售后服务管理手册")
    _docx(tmp_path / "b.docx", ["我们承诺:报修后24小时内上门服务。"], "产品保修卡")
    got, ev = run(checker_, tmp_path, "5")
    assert got == "strong" and "stated in 2 place(s)" in ev.evidence[0].note


def test_differing_promises_are_reported_with_their_places(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["服务承诺:接到报修后24小时内上门。"], "售后服务管理手册")
    _docx(tmp_path / "b.docx", ["服务承诺:接到报修后48小时内上门。"], "产品保修卡")
    got, ev = run(checker_, tmp_path, "5")
    assert got == "weak"
    note = ev.evidence[0].note
    assert "figures differ for 上门" in note and "24小时内 in a.docx" in note and "48小时内 in b.docx" in note


def test_promise_in_one_place_only_is_weak(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["服务承诺:接到报修后24小时内上门。"], "售后服务管理手册")
    got, ev = run(checker_, tmp_path, "5")
    assert got == "weak" and "at least 2 needed" in ev.evidence[0].note


def test_a_year_named_target_column_is_not_the_actual(checker_, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["指标", "2026年目标", "1—10月实际"])
    ws.append(["投诉解决率", "≥98%", "95.0%"])
    wb.save(tmp_path / "2026年服务目标完成情况.xlsx")
    level, ev = run(checker_, tmp_path, "2")
    assert level == "none" and "95 % < 97 %" in ev.rejected[0].reason


def test_tiers_in_one_promise_are_not_a_difference(checker_, tmp_path: Path) -> None:
    _docx(tmp_path / "a.docx", ["服务承诺:城区报修后24小时内上门,县城48小时内上门。"], "售后服务管理手册")
    _docx(tmp_path / "b.docx", ["服务承诺:城区报修后24小时内上门,县城48小时内上门。"], "产品保修卡")
    got, ev = run(checker_, tmp_path, "5")
    assert got == "strong" and "figures differ" not in ev.evidence[0].note


def test_a_ledger_that_falls_short_outweighs_a_reported_rate() -> None:
    """The auditor counts the ledger: a review's 97.4 % is only a claim when the ledger's own
    count is 95 %, so the rate is weak (partial), and says why."""
    from datetime import date

    from fixture_docs import fixture_document

    from checker.assess import assess_many
    from checker.ingest import Corpus
    from checker.rulepack import load_pack

    review = {"title": "2026年度管理评审报告", "table": [["指标", "目标", "1—9月", "评价"], ["投诉解决率", "≥95%", "97.4%", "达成"]]}
    rows = [["序号", "受理日期", "投诉内容", "处理措施", "状态"]]
    rows += [[str(i), f"2026-{1 + i % 10:02d}-{10 + i % 9:02d}", "到场慢", "致歉", "已解决"] for i in range(19)]
    rows += [["20", "2026-10-20", "收费争议", "解释", "未解决"]]
    ledger = {"title": "2026年客户投诉登记台账", "table": rows}
    pack = load_pack("sbt10401-2006-b")

    def rate(*docs):
        corpus = Corpus("fixture", tuple(fixture_document(d, f"doc{i}.txt") for i, d in enumerate(docs)), (), ())
        (result,) = assess_many(corpus, [pack], date(2026, 11, 24))
        c = next(c for c in result.clauses if c.id == "B.6.3.2")
        return c.status, next(e for e in c.elements if e.id == "rate")

    first = rate(review)
    assert first[0] == "met", first[1]  # no ledger: the stated figure is the evidence
    status, el = rate(review, ledger)
    assert status == "partial" and el.level == "weak"
    assert "ledger says otherwise" in el.evidence[0].note and "19 of 20" in el.evidence[0].note
    # a 状态 column that only says 已结案 is not an outcome: no rate is computed from it
    closed = {"title": "2026年客户投诉登记台账", "table": [[*r[:4], "已结案"] if i else r for i, r in enumerate(rows)]}
    status, el = rate(review, closed)
    assert status == "met" and el.level == "strong"
