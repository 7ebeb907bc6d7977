"""The terminal report: score by category, rating, the costliest gaps, documents and warnings."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..diff import Comparison, print_comparison
from ..inventory import KIND_LABELS
from ..model import Assessment
from . import common

STATUS_STYLE = {"met": "green", "partial": "yellow", "missing": "red", "not_applicable": "dim"}
STATUS_LABEL = {"met": "met 符合", "partial": "partial 部分符合", "missing": "missing 缺失", "not_applicable": "n/a 删减"}


def _status(c) -> Text:
    """The clause's status; a reviewer's decision says so and keeps the checker's own."""
    label = STATUS_LABEL[c.status]
    if c.manual:
        label += f" (manual; checker: {STATUS_LABEL[c.manual.checker_status]})"
    return Text(label, style=STATUS_STYLE[c.status])


def render(
    a: Assessment, *, gaps: int = 10, width: int | None = None, color: bool = False, baseline: Comparison | None = None
) -> str:
    buf = io.StringIO()
    con = Console(file=buf, width=width or 130, force_terminal=color, no_color=not color, highlight=False)
    s = a.score
    verdict = "PASS" if s.passed else "FAIL"
    con.print(Text(f"{a.standard_title} ({a.standard_id})", style="bold"))
    con.print(f"Documents: {a.root}  ·  {len(a.documents)} read, {sum(1 for w in a.warnings)} warning(s)  ·  as of {a.as_of}")
    con.print(
        Text.assemble(
            ("Total ", "bold"),
            (f"{s.total:.1f}", "bold"),
            " / 100   Rating ",
            (s.rating, "bold"),
            "   ",
            (verdict, "bold green" if s.passed else "bold red"),
        )
    )
    for r in s.reasons:
        con.print(f"  - {r}")
    if s.adjustments:
        con.print(f"Base total {s.base_total:.1f}; special items:")
        for x in s.adjustments:
            label = "特别扣分项" if x.kind == "deduction" else "特别加分项"
            con.print(f"  {x.points:+g}  {label}: {x.description}" + (f" ({x.date})" if x.date else ""))
    removed = [c for c in a.clauses if c.status == "not_applicable"]
    if removed:
        con.print("Not applicable (删减), removed from the score:")
        for c in removed:
            con.print(f"  {c.id} {c.title}: {c.reason}")

    level = min((g.level for g in a.groups), default=1)
    t = Table(title="Score by category", title_justify="left", show_lines=False)
    for col, just in (("id", "left"), ("category", "left"), ("points", "right"), ("of", "right"), ("%", "right"), ("met/partial/missing", "left")):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for g in (g for g in a.groups if g.level == level):
        cl = [c for c in a.clauses if g.id in c.path]
        counts = "/".join(str(sum(1 for c in cl if c.status == st)) for st in ("met", "partial", "missing"))
        t.add_row(g.id, g.title, f"{g.points_awarded:.2f}", f"{g.points_possible:g}", f"{g.ratio:.0%}", counts)
    con.print(t)

    lost = sorted(
        (c for c in a.clauses if c.status in ("missing", "partial")),
        key=lambda c: (-(c.points_possible - c.points_awarded), c.id),
    )
    if lost:
        t = Table(title=f"Top gaps (of {len(lost)})", title_justify="left")
        for col in ("clause", "status", "lost", "what is lacking"):
            t.add_column(col, overflow="fold")
        for c in lost[:gaps]:
            missing = common.unsatisfied(c)
            need = "; ".join(
                ("to correct: " if e.contrary else "")
                + e.description
                + (f" [{e.reason}]" if e.level == "weak" else "")
                + (f" (also costs: {', '.join(e.also_in)})" if e.also_in else "")
                for e in missing
            )
            t.add_row(
                f"{c.id} {c.title}",
                _status(c),
                f"{c.points_possible - c.points_awarded:.2f}",
                (need or c.reason) + (f"\n[manual: {c.manual.reason} — {c.manual.by} {c.manual.date}]" if c.manual else ""),
            )
        con.print(t)

    evidenced = [c for c in a.clauses if c.status in ("met", "partial")]
    if evidenced:
        t = Table(title="Evidence found", title_justify="left")
        for col in ("clause", "status", "element", "where", "snippet"):
            t.add_column(col, overflow="fold")
        for c in evidenced:
            for e in c.elements:
                if e.evidence:
                    r = e.evidence[0]
                    quote = r.snippet[:60] + ("…" if len(r.snippet) > 60 else "")
                    t.add_row(
                        f"{c.id} {c.title}",
                        _status(c),
                        e.id + ("" if e.level == "strong" else " (weak)"),
                        f"{r.file} {r.location}",
                        # Records and figures explain themselves: rows counted, values compared.
                        f"{quote}\n[{r.note}]" if r.note else quote,
                    )
        con.print(t)

    if a.documents:
        t = Table(title="Documents (inventory)", title_justify="left")
        for col in ("file", "kind", "title", "文件编号", "版本", "生效/发布", "size"):
            t.add_column(col, overflow="fold")
        for d in a.documents:
            meta = dict(d.metadata)
            size = f"{d.pages} pages" if d.pages else f"{d.blocks} blocks"
            t.add_row(
                d.file,
                KIND_LABELS.get(d.kind, d.kind),
                d.title,
                meta.get("文件编号", ""),
                meta.get("版本", ""),
                meta.get("生效日期", meta.get("发布日期", "")),
                size,
            )
        con.print(t)

    manual = [c for c in a.clauses if c.manual]
    if manual:
        t = Table(title=f"Manual decisions ({len(manual)})", title_justify="left")
        for col in ("clause", "checker", "decision", "points", "reason", "by"):
            t.add_column(col, overflow="fold")
        for c in manual:
            m = c.manual
            t.add_row(
                f"{c.id} {c.title}",
                Text(STATUS_LABEL[m.checker_status], style=STATUS_STYLE[m.checker_status]),
                Text(STATUS_LABEL[c.status], style=STATUS_STYLE[c.status]),
                f"{m.checker_points:.2f} → {c.points_awarded:.2f}",
                m.reason,
                f"{m.by} {m.date}".strip(),
            )
        con.print(t)

    if baseline is not None:
        print_comparison(con, baseline)

    if a.warnings:
        con.print(Text("Warnings", style="bold"))
        for w in a.warnings:
            con.print(f"  ! {w}")
    return buf.getvalue()
