"""What kind of document a file is (制度, 流程, 计划, 记录…), from its title or file name."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .model import Document

# Checked in order: the first kind whose words end the title most closely wins, so that
# "回访管理制度" is a policy and "供应商考核记录表" a record.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "policy": ("制度", "办法", "规定", "规范", "守则", "准则", "手册", "章程", "标准", "说明书", "职责"),
    "procedure": ("流程", "程序", "规程", "指引", "指南", "作业指导书", "细则", "预案"),
    "plan": ("计划", "方案", "规划"),
    "record": ("记录", "台账", "登记", "明细", "清单", "花名册", "一览表", "统计表", "表"),
    # "培训计划及执行情况": what was done against the plan
    "report": ("报告", "总结", "分析", "评审", "通报", "纪要", "月报", "周报", "季报", "年报", "简报", "执行情况", "完成情况", "落实情况"),
    "contract": ("合同", "协议"),
    "certificate": ("证书", "证明", "执照"),
}

KIND_LABELS = {
    "policy": "制度/办法",
    "procedure": "流程/规程",
    "plan": "计划/方案",
    "record": "记录/台账/表",
    "report": "报告/总结",
    "contract": "合同/协议",
    "certificate": "证书",
    "other": "其他",
}

_SUFFIX = re.compile(r"[((].*?[))]$|[\s_\-]*(v|V)?\d+(\.\d+)*$|[\s_\-]*\d{4,8}$")


def classify(title: str, path: str = "") -> str:
    """The kind whose word stands last in the title (the head noun of a Chinese title)."""
    for name in (title, PurePosixPath(path).stem):
        name = _SUFFIX.sub("", name.strip())
        best, pos = "other", -1
        for kind, words in KIND_WORDS.items():
            for w in words:
                i = name.rfind(w)
                if i >= 0 and i + len(w) > pos:
                    best, pos = kind, i + len(w)
        if best == "plan" and any(w in name for w in KIND_WORDS["report"]):
            return "report"  # "2026年工作总结及2027年工作计划": a report with next year's plan attached
        if best != "other":
            return best
    return "other"


_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零\d]+条")
_STEP = re.compile(r"^(\d+(\.\d+)+|步骤\s*\d+|[((]?\d+[))]、?)")
_DATE = re.compile(r"(20\d{2}|19\d{2})\s*(?:[-/.]|年)\s*\d{1,2}")


def kind_of(doc: Document) -> str:
    """From the title or file name; failing that, from the document's structure: mostly dated
    table rows is a record, articles (第X条) a policy, numbered steps a procedure."""
    kind = classify(doc.title, doc.path)
    if kind != "other" or not doc.blocks:
        return kind
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    dated = sum(1 for b in rows if _DATE.search(b.text))
    if rows and dated >= 3 and dated >= 0.5 * len(doc.blocks):
        return "record"
    paras = [b for b in doc.blocks if b.kind == "paragraph"]
    if sum(1 for b in paras if _ARTICLE.match(b.text)) >= 3:
        return "policy"
    if sum(1 for b in paras if _STEP.match(b.text)) >= 5:
        return "procedure"
    return "other"
