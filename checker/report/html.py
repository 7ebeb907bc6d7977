"""HTML: one self-contained file a consultant sends to the client.

Everything is inline (CSS, the SVG chart); nothing is fetched, no fonts are embedded (the
system's CJK fonts are named in a font stack). Text from documents is escaped by Jinja2's
autoescaping: the template never marks document text safe."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..diff import Comparison, signed
from ..inventory import KIND_LABELS
from ..model import Assessment, ClauseResult
from . import common

MAIN_META = ("文件编号", "版本", "生效日期")

_env: Environment | None = None


def _environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(
            loader=PackageLoader("checker.report", "templates"),
            autoescape=select_autoescape(["html", "j2"], default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        _env.filters["pts"] = common.fmt_points
        _env.filters["signed"] = signed
        _env.globals.update(
            status_zh=common.STATUS_ZH,
            status_en=common.STATUS_EN,
            level_zh=common.LEVEL_ZH,
            highlight=common.highlight,
            remedy=common.remedy,
            unsatisfied=common.unsatisfied,
            lost=common.lost,
            kind_label=lambda k: KIND_LABELS.get(k, k),
        )
    return _env


def chart(a: Assessment, baseline: Comparison | None = None) -> dict[str, Any]:
    """Geometry of the points-per-category bar chart (drawn as SVG by the template)."""
    groups = common.first_level(a)
    before = {g.id: g.before for g in baseline.groups} if baseline else {}
    label_w, bar_w, value_w, row_h, top = 230, 440, 130, 38, 30
    scale = max((g.points_possible for g in groups), default=1.0) or 1.0
    bars = []
    for i, g in enumerate(groups):
        y = top + i * row_h
        ratio = g.ratio
        colour = "#2e7d32" if ratio >= 0.8 else "#e0a100" if ratio >= 0.5 else "#c62828"
        bars.append(
            {
                "id": g.id,
                "title": g.title,
                "y": y,
                "max_w": round(bar_w * g.points_possible / scale, 1),
                "w": round(bar_w * g.points_awarded / scale, 1),
                "colour": colour,
                "awarded": g.points_awarded,
                "possible": g.points_possible,
                "pct": f"{ratio:.0%}",
                "before_x": round(label_w + bar_w * before[g.id] / scale, 1) if g.id in before else None,
            }
        )
    return {
        "bars": bars,
        "label_w": label_w,
        "bar_w": bar_w,
        "width": label_w + bar_w + value_w,
        "height": top + len(groups) * row_h + 16,
        "row_h": row_h,
        "bar_h": 20,
        "baseline": baseline is not None,
    }


def _sections(a: Assessment) -> list[dict[str, Any]]:
    """Every clause, grouped by first-level indicator, in the standard's order."""
    out: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for c in a.clauses:
        g = common.category_of(a, c)
        key = g.id if g else ""
        if key not in by_id:
            by_id[key] = {"group": g, "clauses": []}
            out.append(by_id[key])
        by_id[key]["clauses"].append(c)
    for s in out:
        s["counts"] = common.counts(s["clauses"])
    return out


def _item_label(a: Assessment, c: ClauseResult) -> str:
    first, second, third = common.hierarchy(a, c)
    return " › ".join(x for x in (first, second, third) if x)


def render(a: Assessment, baseline: Comparison | None = None, *, generated: str | None = None) -> str:
    env = _environment()
    docs = [
        {
            "d": d,
            "main": [(k, dict(d.metadata).get(k, "")) for k in MAIN_META],
            "other": [(k, v) for k, v in d.metadata if k not in MAIN_META],
        }
        for d in a.documents
    ]
    return env.get_template("report.html.j2").render(
        a=a,
        s=a.score,
        chart=chart(a, baseline),
        gaps=common.gap_groups(a),
        sections=_sections(a),
        counts=common.counts(a.clauses),
        manual=[c for c in a.clauses if c.manual],
        adjustments=common.adjustments(a),
        docs=docs,
        main_meta=MAIN_META,
        baseline=baseline,
        item_label=lambda c: _item_label(a, c),
        generated=generated or datetime.now().strftime("%Y-%m-%d %H:%M"),
    )
