"""Markdown, for pasting into tickets and wikis: summary, category table, gap list, clause
table (and manual decisions, progress since a baseline, documents, warnings when there are any).

Document text is escaped so that it cannot break a table or turn into markup or HTML."""

from __future__ import annotations

import re

from ..diff import Comparison, signed
from ..model import Assessment, ClauseResult
from . import common

_SPECIAL = re.compile(r"([\\`*\[\]<>|#~])")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # only where it could start or end emphasis


def esc(text: object) -> str:
    """One line of text, safe inside a paragraph or a table cell. Underscores inside words
    (file names like 手册_HS-QM-SH-001_B0.docx) stay as they are: they cannot make emphasis."""
    s = re.sub(r"\s*\n\s*", " ", str(text)).strip()
    s = _SPECIAL.sub(r"\\\1", s)
    return _UNDERSCORE.sub(r"\\_", s)


def _status(c: ClauseResult) -> str:
    s = common.STATUS_ZH[c.status]
    if c.manual:
        s += f" (人工判定; 检查器: {common.STATUS_ZH[c.manual.checker_status]})"
    return s


def _pts(x: float) -> str:
    return common.fmt_points(x)


def baseline_section(b: Comparison, heading: str = "## 与基线对比 Progress") -> list[str]:
    out = [heading, ""]
    out.append(f"基线 {esc(b.before_file)} (评价日期 {esc(b.before_as_of)}) → 本次 (评价日期 {esc(b.after_as_of)})")
    out.append("")
    out.append("| | 基线 | 本次 | 变化 |")
    out.append("|---|---|---|---:|")
    out.append(f"| 总分 | {b.before_total:.1f} | {b.after_total:.1f} | {signed(b.total_change)} |")
    out.append(f"| 评级 | {esc(b.before_rating)} | {esc(b.after_rating)} | |")
    out.append(f"| 结论 | {'通过' if b.before_passed else '未通过'} | {'通过' if b.after_passed else '未通过'} | |")
    for g in b.groups:
        if abs(g.change) > 1e-6:
            out.append(f"| {esc(g.id)} {esc(g.title)} | {_pts(g.before)} | {_pts(g.after)} | {signed(g.change)} |")
    out.append("")
    for label, rows in (("得分增加的条款", b.gained), ("失分的条款", b.lost), ("其他状态变化", b.other)):
        if not rows:
            continue
        out += [f"**{label} ({len(rows)})**", "", "| 条款 | 基线 | 本次 | 得分 |", "|---|---|---|---:|"]
        for x in rows:
            after = common.STATUS_ZH.get(x.after_status, x.after_status) + (" (人工判定)" if x.manual else "")
            out.append(
                f"| {esc(x.id)} {esc(x.title)} | {common.STATUS_ZH.get(x.before_status, x.before_status)} | {after} "
                f"| {_pts(x.before_points)} → {_pts(x.after_points)} ({signed(x.change)}) |"
            )
        out.append("")
    if not b.clauses:
        out += ["没有条款的状态发生变化。", ""]
    for label, files in (("新增文件", b.added_documents), ("移除的文件", b.removed_documents)):
        if files:
            out += [f"**{label}**", ""] + [f"- {esc(f)}" for f in files] + [""]
    if b.revised_documents:
        out += ["**修订的文件**", ""] + [f"- {esc(d.file)}: {esc(d.what)}" for d in b.revised_documents] + [""]
    return out


def render(a: Assessment, baseline: Comparison | None = None) -> str:
    s = a.score
    counts = common.counts(a.clauses)
    out = [f"# 售后服务认证文件检查报告: {esc(a.standard_title)}", ""]
    out.append(
        f"**总分 {s.total:.1f} / 100 · 评级 {esc(s.rating)} · {'通过 PASS' if s.passed else '未通过 FAIL'}**"
    )
    out.append("")
    out.append(
        f"- 标准: {esc(a.standard_id)} · 文件集: {esc(a.root)} · 评价日期: {esc(a.as_of)} · "
        f"读取文件 {len(a.documents)} 份 · 警告 {len(a.warnings)} 条"
    )
    out.append(
        f"- {len(a.clauses)} 个条款: 符合 {counts['met']} · 部分符合 {counts['partial']} · "
        f"缺失 {counts['missing']} · 删减 {counts['not_applicable']}"
        + (f" · 人工判定 {sum(1 for c in a.clauses if c.manual)}" if any(c.manual for c in a.clauses) else "")
    )
    if common.adjustments(a):
        out.append(f"- 基础分 {common.base_total(a):.1f}, 特别项:")
        out += [f"  - {esc(common.adjustment_label(x))}" for x in common.adjustments(a)]
    for r in s.reasons:
        out.append(f"- {esc(r)}")
    if baseline:
        out.append(f"- 与基线相比: {baseline.before_total:.1f} → {baseline.after_total:.1f} ({signed(baseline.total_change)})")
    out.append("")

    out += ["## 各一级指标得分", "", "| 一级指标 | 得分 | 满分 | 得分率 | 符合/部分/缺失 |", "|---|---:|---:|---:|---|"]
    for g in common.first_level(a):
        cl = [c for c in a.clauses if g.id in c.path]
        n = common.counts(cl)
        out.append(
            f"| {esc(g.id)} {esc(g.title)} | {_pts(g.points_awarded)} | {_pts(g.points_possible)} "
            f"| {g.ratio:.0%} | {n['met']}/{n['partial']}/{n['missing']} |"
        )
    out.append(f"| **合计** | **{_pts(s.points_awarded)}** | **{_pts(s.points_possible)}** | | |")
    out.append("")

    if baseline:
        out += baseline_section(baseline)

    out += ["## 差距清单 (要补写或收集的材料)", ""]
    gaps = common.gap_groups(a)
    if not gaps:
        out += ["所有适用条款均已符合。", ""]
    for gg in gaps:
        title = f"{esc(gg.group.id)} {esc(gg.group.title)}" if gg.group else "其他"
        out += [f"### {title} (失分 {_pts(gg.lost)})", ""]
        for c in gg.clauses:
            out.append(f"- **{esc(c.id)} {esc(c.title)}**: {_status(c)}, 失分 {_pts(common.lost(c))}")
            miss = common.unsatisfied(c)
            for e in miss:
                out.append(f"  - [ ] {esc(common.remedy(e))}")
            if not miss and not c.elements and not c.manual:
                out.append(f"  - [ ] 尚无检查规则, 对照标准要求准备: {esc(c.text)}")
            if c.manual:
                out.append(f"  - 人工判定 ({esc(c.manual.by)} {esc(c.manual.date)}): {esc(c.manual.reason)}")
        out.append("")

    manual = [c for c in a.clauses if c.manual]
    if manual:
        out += ["## 人工判定", "", "| 条款 | 检查器 | 人工 | 得分 | 理由 | 判定人 | 日期 |", "|---|---|---|---:|---|---|---|"]
        for c in manual:
            m = c.manual
            assert m is not None
            out.append(
                f"| {esc(c.id)} {esc(c.title)} | {common.STATUS_ZH[m.checker_status]} | {common.STATUS_ZH[c.status]} "
                f"| {_pts(m.checker_points)} → {_pts(c.points_awarded)} | {esc(m.reason)} | {esc(m.by)} | {esc(m.date)} |"
            )
        out.append("")

    out += ["## 逐条评价", "", "| 条款 | 状态 | 得分 | 分值 | 证据 |", "|---|---|---:|---:|---|"]
    for c in a.clauses:
        refs = []
        for e in c.elements:
            if e.evidence:
                r = e.evidence[0]
                refs.append(f"{esc(e.id)}: {esc(r.file)} {esc(r.location)}" + (" (弱)" if e.level == "weak" else ""))
        out.append(
            f"| {esc(c.id)} {esc(c.title)} | {_status(c)} | {_pts(c.points_awarded)} | {_pts(c.points_possible)} "
            f"| {'<br>'.join(refs)} |"
        )
    out.append("")

    out += ["## 文件清单", "", "| 文件 | 类型 | 标题 | 文件编号 | 版本 | 生效日期 |", "|---|---|---|---|---|---|"]
    for d in a.documents:
        m = dict(d.metadata)
        out.append(
            f"| {esc(d.file)} | {esc(d.kind)} | {esc(d.title)} | {esc(m.get('文件编号', ''))} "
            f"| {esc(m.get('版本', ''))} | {esc(m.get('生效日期', ''))} |"
        )
    out.append("")
    if a.warnings:
        out += ["## 警告", ""] + [f"- {esc(w)}" for w in a.warnings] + [""]
    return "\n".join(out)
