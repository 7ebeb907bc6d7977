"""The Markdown report of a real run: summary, category table, gap list, clause table."""

from __future__ import annotations

import re

from report_runs import AS_OF, SAMPLE, plain, plain_json, run

from checker.report.common import STATUS_ZH, fmt_points
from checker.report.markdown import esc


def _md() -> str:
    return plain()["markdown"].read_text(encoding="utf-8")


def _section(md: str, heading: str) -> str:
    start = md.index(heading)
    nxt = md.find("\n## ", start + 1)
    return md[start : nxt if nxt != -1 else len(md)]


def test_summary_and_category_table() -> None:
    md, r = _md(), plain_json()
    s = r["score"]
    assert md.startswith("# ")
    assert f"**总分 {s['total']:.1f} / 100 · 评级 {s['rating']} · {'通过 PASS' if s['passed'] else '未通过 FAIL'}**" in md
    table = _section(md, "## 各一级指标得分")
    for g in (g for g in r["groups"] if g["level"] == 1):
        assert f"| {g['id']} {g['title']} | {fmt_points(g['points_awarded'])} | {fmt_points(g['points_possible'])} |" in table
    assert f"| **合计** | **{fmt_points(s['points_awarded'])}** |" in table


def test_gap_list_says_what_to_write_costliest_first() -> None:
    md, r = _md(), plain_json()
    gaps = _section(md, "## 差距清单")
    lost = [c for c in r["clauses"] if c["status"] in ("missing", "partial")]
    for c in lost:
        assert f"- **{esc(c['id'])} {esc(c['title'])}**" in gaps
        for e in c["elements"]:
            if e["level"] == "weak" or (e["level"] == "none" and e["required"]):  # the element's gap
                assert f"  - [ ] {esc(e['description'])}" in gaps
    # Categories by points lost, largest first.
    lost_per_group = [float(x) for x in re.findall(r"^### .* \(失分 ([\d.]+)\)$", gaps, re.M)]
    assert lost_per_group == sorted(lost_per_group, reverse=True) and lost_per_group


def test_clause_table_has_every_clause() -> None:
    md, r = _md(), plain_json()
    table = _section(md, "## 逐条评价")
    rows = [ln for ln in table.splitlines() if ln.startswith("| ") and not ln.startswith("| 条款")]
    assert len(rows) == len(r["clauses"])
    for row, c in zip(rows, r["clauses"], strict=True):
        cells = [x.strip() for x in re.split(r"(?<!\\)\|", row)[1:-1]]
        assert len(cells) == 5, row
        assert cells[0] == f"{esc(c['id'])} {esc(c['title'])}"
        assert cells[1] == STATUS_ZH[c["status"]]
        assert cells[2] == fmt_points(c["points_awarded"]) and cells[3] == fmt_points(c["points_possible"])


def test_escaping_keeps_tables_intact() -> None:
    assert esc("a|b\nc <x> *y*") == r"a\|b c \<x\> \*y\*"
    assert esc("手册_HS-QM-SH-001_B0.docx") == "手册_HS-QM-SH-001_B0.docx"
    assert esc("_强调_") == r"\_强调\_"


def test_markdown_to_stdout_with_one_format() -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "-f", "md")
    assert code == 0 and "## 差距清单" in out and "## 逐条评价" in out
