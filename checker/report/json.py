"""JSON: the Assessment serialised, with a schema_version (documented in the README)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import diff
from ..diff import Comparison
from ..model import SCHEMA_VERSION, Assessment, ClauseResult


def _clause(c: ClauseResult) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "text": c.text,
        "path": list(c.path),
        "status": c.status,
        "points_possible": round(c.points_possible, 4),
        "points_awarded": round(c.points_awarded, 4),
        "reason": c.reason,
        "elements": [
            {
                "id": e.id,
                "description": e.description,
                "check": e.check,
                "satisfied": e.satisfied,
                "level": e.level,
                "required": e.required,  # false: a confirming element, needed for met only if it falls short
                "contrary": e.contrary,  # true: a sign of a shortfall; found, the clause is at most partial
                "reason": e.reason,
                "evidence": [asdict(r) for r in e.evidence],
                "rejected": [asdict(r) for r in e.rejected],
                # The same element decides these clauses of the other standards assessed.
                "also_in": list(e.also_in),
            }
            for e in c.elements
        ],
        # A reviewer's decision (review file): status and points above are the reviewer's.
        "manual": None
        if c.manual is None
        else {
            "checker_status": c.manual.checker_status,
            "checker_points": round(c.manual.checker_points, 4),
            "reason": c.manual.reason,
            "by": c.manual.by,
            "date": c.manual.date,
        },
    }


def to_dict(a: Assessment) -> dict[str, Any]:
    return {
        "schema_version": a.schema_version,
        "standard": {"id": a.standard_id, "title": a.standard_title, "version": a.standard_version},
        "root": a.root,
        "as_of": a.as_of,
        "score": {
            "total": a.score.total,
            "rating": a.score.rating,
            "passed": a.score.passed,
            "reasons": list(a.score.reasons),
            "base_total": a.score.base_total,  # before special items
            "adjustments": [asdict(x) for x in a.score.adjustments],
            "points_possible": round(a.score.points_possible, 4),
            "points_awarded": round(a.score.points_awarded, 4),
        },
        "groups": [
            {
                "id": g.id,
                "title": g.title,
                "level": g.level,
                "parent": g.parent,
                "points_possible": round(g.points_possible, 4),
                "points_awarded": round(g.points_awarded, 4),
            }
            for g in a.groups
        ],
        "clauses": [_clause(c) for c in a.clauses],
        "documents": [
            {
                "file": d.file,
                "format": d.format,
                "kind": d.kind,
                "title": d.title,
                "pages": d.pages,
                "blocks": d.blocks,
                "metadata": dict(d.metadata),
                "warnings": list(d.warnings),
            }
            for d in a.documents
        ],
        "warnings": list(a.warnings),
    }


def _with_baseline(a: Assessment, baseline: Comparison | None) -> dict[str, Any]:
    data = to_dict(a)
    if baseline is not None:
        data["baseline"] = diff.to_dict(baseline)
    return data


def render(a: Assessment, baseline: Comparison | None = None) -> str:
    return json.dumps(_with_baseline(a, baseline), ensure_ascii=False, indent=2)


def render_many(results: list[tuple[Assessment, Comparison | None]]) -> str:
    """Several standards from one run: `results` holds one assessment object per standard,
    each as in the single-standard output."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "standards": [a.standard_id for a, _ in results],
        "results": [_with_baseline(a, b) for a, b in results],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
