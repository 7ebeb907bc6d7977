"""Elements that are not required (`required: false`): the rule alone meets the clause, a
measured shortfall makes it partial, and a clause that uses the element can require it."""

from __future__ import annotations

from datetime import date

import pytest
from fixture_docs import fixture_document

from checker.assess import assess_many
from checker.ingest import Corpus
from checker.report import common, html
from checker.rulepack import load_pack

AS_OF = date(2026, 11, 24)
RULE = {
    "title": "售后服务管理手册",
    "text": "第二十条 发货时效:配件订单付款后48小时内发货;服务网点备件申请审核后24小时内发出。\n"
    "第二十一条 热线20秒内接通,在线留言30分钟内回复,派单后2小时内与用户联系预约。\n"
    "第二十二条 一般故障当次修复,需更换备件的5日内修复。",
}


@pytest.fixture(scope="module")
def packs():
    return [load_pack("qzzlh-1001-2022"), load_pack("sbt10401-2006-a-durable")]


def _run(packs, *docs):
    corpus = Corpus("fixture", tuple(fixture_document(d, f"doc{i}.txt") for i, d in enumerate(docs)), (), ())
    qz, durable = assess_many(corpus, packs, AS_OF)
    return {c.id: c for c in qz.clauses}, {c.id: c for c in durable.clauses}


SUPERVISION = "第三十三条 设服务质量监督组,负责日常监督,每月抽查工单和录音,发现问题开具整改通知单。"


def test_a_contrary_sign_keeps_the_clause_from_being_met(packs) -> None:
    _, durable = _run(packs, {"title": "售后服务管理手册", "text": SUPERVISION + "\n第三十四条 监督组组长由品质部经理兼任。"})
    c = durable["A.2.3.1"]
    sign = next(e for e in c.elements if e.id == "part-time")
    assert c.status == "partial" and sign.level == "weak" and sign.gap and sign.contrary
    assert "兼任" in sign.reason
    assert common.remedy(sign).startswith("需纠正")  # the fix is to remove the fault, not to add it


def test_an_action_left_undone_is_a_sign(packs) -> None:
    # the review's decision not carried out says the fault is still there
    actions = [["序号", "决议事项", "责任部门", "落实情况"], ["2", "设专职监督组长", "品质部", "未完成,监督组长仍由品质部经理兼任"]]
    _, durable = _run(packs, {"title": "售后服务管理手册", "text": SUPERVISION}, {"title": "2026年度管理评审报告", "table": actions})
    c = durable["A.2.3.1"]
    sign = next(e for e in c.elements if e.id == "part-time")
    assert c.status == "partial" and sign.gap and "兼任" in sign.reason


def test_reports_tell_contrary_from_confirming_elements(packs) -> None:
    corpus = Corpus("fixture", (fixture_document({"title": "售后服务管理手册", "text": SUPERVISION}, "doc.txt"),), (), ())
    qz, durable = assess_many(corpus, packs, AS_OF)
    assert "反证项 (contrary" in html.render(durable)  # A.2.3.1's part-time head
    assert "佐证项 (confirming" in html.render(qz)  # 12.1–12.3's measured rates


def test_no_contrary_sign_is_not_a_gap(packs) -> None:
    _, durable = _run(packs, {"title": "售后服务管理手册", "text": SUPERVISION})
    c = durable["A.2.3.1"]
    sign = next(e for e in c.elements if e.id == "part-time")
    assert c.status == "met" and sign.level == "none" and not sign.gap
    assert "no sign of this shortfall" in sign.reason


def test_the_rule_alone_meets_the_clause_and_the_rate_is_not_a_gap(packs) -> None:
    qz, _ = _run(packs, RULE)
    c = qz["12.2"]
    assert c.status == "met"
    perf = next(e for e in c.elements if e.id == "performance")
    assert perf.level == "none" and not perf.required and not perf.gap
    assert "not needed for met" in perf.reason


def test_a_measured_shortfall_makes_the_clause_partial_and_says_so(packs) -> None:
    summary = {"title": "2026年度售后服务工作总结", "text": "全年配件发货及时率85.2%,旺季积压较多。"}
    qz, _ = _run(packs, RULE, summary)
    c = qz["12.2"]
    assert c.status == "partial"
    perf = next(e for e in c.elements if e.id == "performance")
    assert perf.level == "weak" and perf.gap
    assert "falling short" in perf.reason and "85.2" in perf.reason


def test_a_lower_target_in_a_rule_is_not_a_shortfall(packs) -> None:
    # "不低于80%" in a policy is a target, not a measurement: it does not show the limit being missed
    policy = {"title": "呼叫中心管理制度", "text": "第九条 20秒内接通率不低于80%。"}
    qz, _ = _run(packs, RULE, policy)
    assert qz["12.1"].status == "met"


def test_a_ledger_of_late_deliveries_is_a_shortfall(packs) -> None:
    ledger = {
        "title": "2026年门窗安装验收单汇总",
        "table": [["序号", "合同编号", "安装验收日期", "是否超期", "备注"]]
        + [[i, f"AJ26-{i:03d}", f"2026-0{1 + i % 9}-1{i % 10}", "是" if i % 4 == 0 else "否", ""] for i in range(1, 13)]
        + [[13, "AJ26-013", "2026-10-20", "顺延", "客户原因顺延"]],
    }
    qz, _ = _run(packs, RULE, ledger)
    perf = next(e for e in qz["12.2"].elements if e.id == "performance")
    assert qz["12.2"].status == "partial"
    assert "9 of 12 concluded entries" in perf.reason and "1 still open, left out" in perf.reason


def test_a_clause_can_require_an_element_another_leaves_optional(packs) -> None:
    # Annex A's 承诺履行 is about keeping the promise: the rates are what show it
    _, durable = _run(packs, RULE)
    c = durable["A.1.2.2"]
    assert c.status != "met"
    assert next(e for e in c.elements if e.id == "response").required


def test_a_shortfall_anywhere_outweighs_places_where_the_practice_is_fine(packs) -> None:
    """A confirming rate shown fine in one report and falling short in another (peak season)
    keeps the clause from being met."""
    seats = {"title": "客服中心管理制度", "text": "第七条 热线配置人工坐席12席,接通率不低于90%。"}
    fine = {"title": "2026年10月客服中心运营月报", "text": "10月人工接通率95.3%。"}
    dip = {"title": "2026年客服工作总结", "text": "1—2月旺季来电是平时的2.6倍,虽然抽调人员支援,接通率仍只有82.7%。"}
    qz, _ = _run(packs, seats, fine)
    assert qz["17.5"].status == "met"
    qz, _ = _run(packs, seats, fine, dip)
    c = qz["17.5"]
    rate = next(e for e in c.elements if e.id == "answer-rate")
    assert c.status == "partial" and rate.level == "weak" and "82.7" in rate.reason


def test_a_shortfall_is_not_crowded_out_by_mentions_without_a_figure(packs) -> None:
    """Only a few near-misses are kept per element; a rate below the line must be among them, or
    the clause would read as met."""
    policy = {
        "title": "售后服务管理手册",
        "text": "第三十二条 回访范围:所有维修保养交车客户,交车后3个工作日内电话回访。\n"
        "第三十五条 客户服务部每月出具回访月报,列明应回访台次、实际回访台次、回访率。\n"
        "第四十一条 服务经理考核指标:产值、投诉解决率、回访率。\n"
        "第四十二条 客服人员考核指标:回访完成率、热线接通率。",
    }
    log = {
        "title": "2026年售后回访记录",
        "table": [["回访日期", "车牌号", "回访结果"]] + [[f"2026-11-{d:02d}", f"川A{d:05d}", "满意"] for d in range(1, 13)],
    }
    summary = {"title": "2026年度售后服务工作总结", "text": "全年交车后回访率64.1%,离全部回访的要求差距很大。"}
    qz, _ = _run(packs, policy, log, summary)
    c = qz["17.4"]
    perf = next(e for e in c.elements if e.id == "performance")
    assert c.status == "partial" and "64.1" in perf.reason


def test_a_sign_counts_only_in_the_kinds_it_names(packs) -> None:
    """A rule's remedy for wrong answers ("客服答复错误 | 书面更正知识库") is not a sign that the
    agents do not know the products; the same words in a report are."""
    rule = {
        "title": "呼叫中心管理制度",
        "text": "第十条 热线坐席应熟悉全部产品知识和服务流程,上岗前须通过产品知识考试,每月组织一次培训。",
    }
    remedy = {"title": "消费者投诉处理程序", "table": [["情形", "处理"], ["客服答复错误", "按对消费者有利的原则执行,书面更正知识库"]]}
    qz, _ = _run(packs, rule, remedy)
    assert qz["17.6"].status == "met"
    survey = {"title": "2026年客户满意度调查报告", "text": "3.部分客服对新品参数不熟悉,答复前后不一致。"}
    qz, _ = _run(packs, rule, remedy, survey)
    assert qz["17.6"].status == "partial"


def test_a_sign_denied_in_its_own_clause_is_no_sign(packs) -> None:
    # "没有…兼任" says the fault is absent; "尚未配备专职…,由…兼任" describes it
    _, durable = _run(packs, {"title": "售后服务管理手册", "text": SUPERVISION + "\n第三十四条 监督组组长没有兼任其他职务。"})
    sign = next(e for e in durable["A.2.3.1"].elements if e.id == "part-time")
    assert sign.level == "none" and not sign.gap
