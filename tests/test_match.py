"""The matcher on its own: co-occurrence, context, negation and intention, kinds, records."""

from __future__ import annotations

from datetime import date

import pytest
from fixture_docs import fixture_document

from checker.match import Matcher, find_dates
from checker.numbers import quantities
from checker.rulepack import load_pack
from checker.text import Tokenizer

ELEMENTS = """
"1":
  elements:
    - id: policy
      description: 退换货管理制度,写明退换货条件和办理流程
      kinds: [policy, procedure]
      check:
        type: terms
        all:
          - [退换货, 退货, 换货, 三包]
          - [条件, 期限, 流程, 办理, 受理, 天内, 日内]
    - id: records
      description: 回访记录
      check: {type: record, about: [[回访]], min_rows: 3, max_age_days: 365}
"""
AS_OF = date(2026, 11, 24)


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    from test_packs import STRUCTURE, _mini

    root = _mini(tmp_path_factory.mktemp("rules"), STRUCTURE, ELEMENTS)
    pack = load_pack("mini", root)
    return pack, Matcher([pack])


def _level(mini, element: str, **doc):
    pack, matcher = mini
    el = next(e for e in pack.node("1").elements if e.id == element)
    ev = matcher.element(matcher.prepare([fixture_document(doc)], AS_OF), "1", el, AS_OF)
    s = {r.strength for r in ev.evidence}
    return ("strong" if "strong" in s else "weak" if "weak" in s else "none"), ev


def test_terms_in_one_passage(mini) -> None:
    level, ev = _level(mini, "policy", title="退换货管理办法", text="第五条 商品自签收之日起7日内可申请退货,由门店受理。")
    assert level == "strong"
    ref = ev.evidence[0]
    assert ref.terms[0] == "退货" and ref.terms[1] in ("日内", "受理")
    assert "7日内可申请退货" in ref.snippet
    assert ref.location == "¶2"


def test_terms_spread_over_two_paragraphs_do_not_count(mini) -> None:
    level, _ = _level(mini, "policy", title="售后服务手册", text="第三条 公司重视退货问题。\n第九条 维修办理流程见附件。")
    assert level == "none"


def test_title_gives_context_but_is_not_enough_alone(mini) -> None:
    level, _ = _level(mini, "policy", title="退换货管理办法", text="第三条 客户服务部负责本办法的解释。\n第五条 申请须在7日内提出。")
    assert level == "strong"  # 退换货 from the title, 日内 from the text
    level, _ = _level(mini, "policy", title="退换货办理流程", text="第一条 为规范管理制定本文件。")
    assert level == "none"  # the title alone proves nothing


@pytest.mark.parametrize(
    "text",
    [
        "公司目前尚未建立退换货办理流程。",
        "退换货受理流程尚未建立,由销售人员视情况处理。",
        "暂无书面的退换货办理流程。",
        "计划于2027年制定退换货办理流程。",
        "拟在明年上半年出台退换货受理规定。",
        "退换货办理流程正在起草中。",
        "没有专门的退换货受理条件。",
        "没有书面的退换货办理流程,7日内由店长决定。",
        "《退换货管理规定》的办理流程超过两年未修订。",
        "公司未单独设立退换货受理流程,由各店自行处理。",
        "公司未单列退换货办理流程的专项经费。",
    ],
)
def test_negated_and_planned_passages_satisfy_nothing_and_say_why(mini, text: str) -> None:
    level, ev = _level(mini, "policy", title="2026年售后服务工作总结", text=text)
    assert level == "none"
    assert ev.rejected and ev.rejected[0].reason.startswith(("negated", "planned"))


@pytest.mark.parametrize(
    "text",
    [
        "第五条 对尚未解决的退货申请,客服专员每日跟进,3日内办结。",
        "第六条 未按规定办理退货的,扣减当月绩效。",
        "第七条 商品无质量问题的,7日内可无理由退货,运费由客户承担。",
        "第八条 我们将在24小时内受理退换货申请。",
        "第九条 距保质期不足三分之一的产品,门店可在7日内申请调换或退货。",
        "第十条 未回访的退货订单,由客服组长在3日内办理补访。",
        "第十一条 在公司没有自营网点的地区,退货由当地合作网点在7日内办理。",
        "第十二条 门店库存不足的换货申请,由区域仓在3日内调货办理。",
    ],
)
def test_conditions_in_real_rules_are_not_negations(mini, text: str) -> None:
    level, _ = _level(mini, "policy", title="退换货管理办法", text=text)
    assert level == "strong"


def test_a_lead_in_sentence_is_context_for_the_items_under_it(mini) -> None:
    text = "第五条 退换货的规定如下:\n(一)签收后7日内可以申请;\n第六条 客服人员须在7日内完成培训。"
    level, ev = _level(mini, "policy", title="售后服务管理制度", text=text)
    assert level == "strong" and ev.evidence[0].snippet.startswith("(一)")
    # the next article is not under the lead-in: "7日内" there is not a return time limit
    level, ev = _level(mini, "policy", title="售后服务管理制度", text="第五条 退换货的规定如下:\n第六条 客服人员须在7日内完成培训。")
    assert level == "none"


def test_wrong_document_kind_is_weak(mini) -> None:
    level, ev = _level(mini, "policy", title="2026年售后服务工作总结", text="本年度退货办理流程运行平稳,7日内办结率98%。")
    assert level == "weak" and "报告/总结" in ev.evidence[0].note


def _table(n: int, start: str = "2026-10-") -> list[list[str]]:
    return [["回访日期", "客户", "回访结果"], *[[f"{start}{i + 1:02d}", f"客户{i}", "满意"] for i in range(n)]]


def test_record_with_enough_fresh_rows_is_strong(mini) -> None:
    level, ev = _level(mini, "records", title="2026年客户回访记录表", table=_table(5))
    assert level == "strong"
    assert "5 dated entries 2026-10-01 … 2026-10-05" in ev.evidence[0].note
    assert "rows 2–6" in ev.evidence[0].note


def test_record_with_too_few_rows_is_weak(mini) -> None:
    level, ev = _level(mini, "records", title="客户回访记录表", table=_table(2))
    assert level == "weak" and "only 2 dated entries, at least 3 required" in ev.evidence[0].note


def test_stale_record_is_weak(mini) -> None:
    level, ev = _level(mini, "records", title="客户回访记录表", table=_table(5, "2023-05-"))
    assert level == "weak" and "days before 2026-11-24" in ev.evidence[0].note


def test_a_sign_off_table_is_not_a_record(mini) -> None:
    # the dates of 编制/审核/批准 are the document's own, not entries of what it is about
    sign_off = [
        ["文件编号", "QY-SH-009", "版本", "V2.0", "生效日期", "2026年1月15日"],
        ["编制", "徐涛 2025.12.22", "审核", "周立群 2026.01.06", "批准", "陈建锋 2026.01.10"],
    ]
    level, _ = _level(mini, "records", title="客户回访管理程序", table=sign_off)
    assert level == "none"


def test_table_about_something_else_is_not_a_record(mini) -> None:
    level, _ = _level(mini, "records", title="维修记录表", table=[["日期", "产品", "故障"], ["2026-10-01", "油烟机", "异响"]] * 3)
    assert level == "none"


def test_a_scorecard_with_one_column_on_the_topic_is_not_a_record_of_it(mini) -> None:
    rows = [[f"2026-0{m}-15", f"服务商{m}", "96%", "95%", "88"] for m in range(1, 7)]
    level, _ = _level(mini, "records", title="2026年服务商考核汇总表", table=[["考核日期", "服务商", "上门及时率", "回访满意率", "总分"], *rows])
    assert level == "none"
    # the topic heading two columns makes an untitled sheet a ledger of it
    rows = [[f"2026-0{m}-15", f"客户{m}", "电话", "满意"] for m in range(1, 7)]
    level, _ = _level(mini, "records", title="Sheet1", table=[["回访日期", "客户", "回访方式", "结果"], *rows])
    assert level == "strong"


def test_dated_list_counts_as_record(mini) -> None:
    text = "\n".join(f"2026年10月{i}日 对客户{i}进行电话回访,客户满意。" for i in range(1, 5))
    level, _ = _level(mini, "records", title="回访工作记录", text=text)
    assert level == "strong"


def test_dates_in_every_common_form() -> None:
    assert find_dates("2026-03-04 / 2026/3/5 / 2026.03.06 / 2026年3月7日 / 20260308") == [
        date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 7)
    ]


def test_month_dates_take_the_year_of_their_table_only_when_it_has_one() -> None:
    assert find_dates("6月前置滤芯接头渗漏集中发生", 2026) == [date(2026, 6, 1)]
    assert find_dates("9月18日 上门回访", 2026) == [date(2026, 9, 18)]
    assert find_dates("6月前置滤芯接头渗漏") == []  # no year known: not a date
    assert find_dates("3月内完成整改;12个月保修", 2026) == []  # durations are not dates
    assert find_dates("2025-12-03 提交,12月5日复核", 2026) == [date(2025, 12, 3)]  # a full date wins


def test_month_rows_of_a_table_in_a_dated_report_are_dated_entries(mini) -> None:
    table = [["月份", "回访内容", "结果"], *[[f"{m}月", f"第{m}批安装用户电话回访", "满意"] for m in (3, 6, 9)]]
    level, ev = _level(mini, "records", title="2026年度客户回访工作总结", table=table)
    assert level == "strong" and "2026-03-01 … 2026-09-01" in ev.evidence[0].note
    level, _ = _level(mini, "records", title="客户回访工作总结", table=table)
    assert level == "none"


def test_tokenizer_is_independent_of_jiebas_global_dictionary() -> None:
    t = Tokenizer(["售后服务管理师"])
    assert "售后服务管理师" in t.cut("配置售后服务管理师3名")
    import jieba

    assert "售后服务管理师" not in list(jieba.cut("配置售后服务管理师3名", HMM=False))


def test_a_term_that_spells_a_gap_does_not_hide_the_negation_from_other_terms() -> None:
    # a contrary element's "没有设立" must not become one token: "设立" would then look unnegated
    text = "公司没有设立服务研究部门。"
    t = Tokenizer(["没有设立", "设立", "服务研究"])
    assert t.cue_for(text, text.index("设立")) is not None
    assert t.cue_for(text, text.index("服务研究")) is not None


@pytest.mark.parametrize("text", ["售后客服组每月5日前统计上月投诉件数", "次月10日内报送", "2026-03-05 回访"])
def test_a_day_of_the_month_is_a_date_not_a_duration(text: str) -> None:
    assert quantities(text, "time") == []


def test_a_duration_after_a_month_word_is_still_a_duration() -> None:
    assert [q.value for q in quantities("每月安排2日集中巡检,投诉5日内办结", "time")] == [2 * 1440, 5 * 1440]


@pytest.mark.parametrize(
    ("title", "headings", "why"),
    [
        ("2026年度售后服务工作总结及2027年工作计划", ["四、2027年工作计划"], "planned (under heading"),
        ("2026年售后服务工作总结", ["三、下一步工作打算"], "planned (under heading"),
        ("2026年售后服务工作总结", ["二、存在的问题"], "reported as a problem"),
        ("2027年售后服务工作计划", [], "planned (a plan for 2027"),
    ],
)
def test_sections_that_plan_or_list_problems_are_not_evidence(mini, title, headings, why) -> None:
    level, ev = _level(mini, "policy", title=title, headings=headings, text="1.制定退换货管理办法,明确退货条件和办理流程。")
    assert level == "none" and ev.rejected[0].reason.startswith(why)


def test_a_practice_the_company_lists_as_a_problem_is_weak_evidence(mini) -> None:
    # it exists, and the company finds it lacking: partial at best
    text = "3.退换货办理流程主要靠客服口头说明,各店铺执行不统一。"
    level, ev = _level(mini, "policy", title="2026年售后服务工作总结", headings=["二、存在的问题"], text=text)
    assert level == "weak" and ev.evidence[0].note.startswith("reported as a problem")


def test_an_action_row_due_after_the_assessment_date_is_planned(mini) -> None:
    table = [["序号", "决议", "责任部门", "完成期限"], ["3", "修订退换货管理规定,明确办理流程和期限", "客服中心", "2027-03-31"]]
    level, ev = _level(mini, "policy", title="2026年度管理评审报告", table=table)
    assert level == "none" and "due 2027-03-31" in ev.rejected[0].reason
    table[1][3] = "2026-03-31"  # done by now: a decision carried out
    level, _ = _level(mini, "policy", title="2026年度管理评审报告", table=table)
    assert level == "weak"
    table[1][3] = "2027年预算编制时"  # a later year without a day
    level, ev = _level(mini, "policy", title="2026年度管理评审报告", table=table)
    assert level == "none" and "due in 2027" in ev.rejected[0].reason


def test_a_row_whose_status_says_not_done_is_no_evidence(mini) -> None:
    table = [["序号", "计划月份", "课目", "对象", "执行情况"], ["7", "7月", "退换货办理流程和受理规范培训", "门店", "未执行,推迟至2027年"]]
    level, ev = _level(mini, "policy", title="2026年员工培训计划", table=table)
    assert level == "none" and ev.rejected[0].reason.startswith("not done (status '未执行")
    table[1][4] = "已完成"
    level, _ = _level(mini, "policy", title="2026年员工培训计划", table=table)
    assert level == "weak"
    table[1][4] = "取消授权"  # an action taken, in a column that is no status
    table[0][4] = "处理结果"
    level, _ = _level(mini, "policy", title="2026年员工培训计划", table=table)
    assert level == "weak"


def test_scheduled_entries_marked_not_done_are_not_entries(mini) -> None:
    table = [["计划日期", "客户", "回访方式", "完成情况"], *[[f"2026-10-0{i}", f"客户{i}", "电话", "已完成"] for i in range(1, 6)]]
    for row in table[1:4]:
        row[3] = "未完成(客户改期)"
    level, ev = _level(mini, "records", title="2026年客户回访计划及完成情况", table=table)
    assert level == "weak" and "only 2 dated entries" in ev.evidence[0].note


def test_steps_under_a_title_line_or_in_one_line_are_lists() -> None:
    doc = fixture_document({
        "title": "公众号服务承诺页面文案",
        "text": "■ 怎么报修\n1. 拨打400热线\n2. 工程师电话联系您\n3. 修好后请您签字\n"
        "■ 维修保养流程\n在线预约 → 到店接待 → 维修 → 交车 → 回访\n客服登记→安排上门",
    })
    lists = [p for p in Matcher.passages([doc], AS_OF) if p.listing]
    assert [(p.listing, p.in_line) for p in lists] == [(3, False), (5, True)]  # two steps are no list
    assert lists[0].block.text.startswith("■ 怎么报修") and lists[1].block.text.startswith("■ 维修保养流程")


def test_a_question_under_study_is_a_plan() -> None:
    text = "决议6:研究将服务督导从客服中心分出、独立监督的可行性。"
    cue = Tokenizer(["独立监督"]).cue_for(text, text.index("独立监督"))
    assert cue is not None and cue.kind == "planned"


def test_a_proposed_step_is_a_plan() -> None:
    text = "预算中拟单列退换货专项经费。"
    cue = Tokenizer(["退换货"]).cue_for(text, text.index("退换货"))
    assert cue is not None and cue.kind == "planned"


def test_a_current_years_plan_is_still_evidence(mini) -> None:
    level, _ = _level(mini, "policy", title="2026年售后服务工作计划", text="1.严格执行退换货管理办法,退货在7日内办结。")
    assert level == "weak"  # present, but a plan is not the policy itself


@pytest.mark.parametrize("title", ["售后服务管理办法(征求意见稿)", "退换货管理办法(草案)"])
def test_a_draft_is_not_a_rule_in_force(mini, title) -> None:
    level, ev = _level(mini, "policy", title=title, text="第五条 商品签收后7日内可申请退货,由门店受理。")
    assert level == "none" and ev.rejected[0].reason.startswith("a draft, not in force")


def test_a_draft_beside_rules_in_force_is_weak_evidence(mini) -> None:
    """Work under way on a working system: the draft counts, weakly; alone it does not."""
    pack, matcher = mini
    el = next(e for e in pack.node("1").elements if e.id == "policy")
    draft = fixture_document({"title": "大客户退换货管理办法(征求意见稿)", "text": "第五条 商品签收后7日内可申请退货,由门店受理。"}, "a.txt")
    issued = fixture_document({"title": "售后服务管理手册", "text": "第一条 为规范售后服务工作,制定本手册。"}, "b.txt")
    ev = matcher.element(matcher.prepare([draft, issued], AS_OF), "1", el, AS_OF)
    assert [r.strength for r in ev.evidence] == ["weak"]
    assert ev.evidence[0].note.startswith("a draft beside rules in force")
    ev = matcher.element(matcher.prepare([draft], AS_OF), "1", el, AS_OF)
    assert not ev.evidence and ev.rejected[0].reason.startswith("a draft, not in force")
    # a plan in another sentence of the draft's paragraph does not turn the rule down
    text = "第五条 商品签收后7日内可申请退货,由门店受理。预计2027年退货量约【300】单。"
    draft = fixture_document({"title": "大客户退换货管理办法(征求意见稿)", "text": text}, "a.txt")
    ev = matcher.element(matcher.prepare([draft, issued], AS_OF), "1", el, AS_OF)
    assert [r.strength for r in ev.evidence] == ["weak"]
    # but the sentence a plan governs is no evidence even in the draft
    text = "第五条 公司拟设退货专员,负责7日内的退货受理。"
    draft = fixture_document({"title": "大客户退换货管理办法(征求意见稿)", "text": text}, "a.txt")
    ev = matcher.element(matcher.prepare([draft, issued], AS_OF), "1", el, AS_OF)
    assert not ev.evidence and ev.rejected[0].reason.startswith("planned")


def test_a_draft_pending_approval_says_so_on_its_cover(mini) -> None:
    level, ev = _level(mini, "policy", title="退换货管理办法", text="本办法待总经理审批后实施。\n第五条 商品签收后7日内可申请退货,由门店受理。")
    assert level == "none" and "审批后实施" in ev.rejected[0].reason


def test_revision_history_rows_are_not_evidence(mini) -> None:
    table = [["版本", "修订日期", "修订内容"], ["A/1", "2026-01-05", "增加退货受理流程和7日内办结要求"]]
    level, _ = _level(mini, "policy", title="退换货管理办法", table=table)
    assert level == "none"
