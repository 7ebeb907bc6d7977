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
    "report": ("报告", "总结", "分析", "评审", "通报", "纪要"),
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
        if best != "other":
            return best
    return "other"


def kind_of(doc: Document) -> str:
    return classify(doc.title, doc.path)
