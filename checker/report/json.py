"""JSON: the Assessment serialised, with a schema_version (documented in the README)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import diff
from ..diff import Comparison
from ..model import Assessment, ClauseResult


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
                "reason": e.reason,
                "evidence": [asdict(r) | {"terms": list(r.terms)} for r in e.evidence],
                "rejected": [asdict(r) for r in e.rejected],
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


def render(a: Assessment, baseline: Comparison | None = None) -> str:
    data = to_dict(a)
    if baseline is not None:
        data["baseline"] = diff.to_dict(baseline)
    return json.dumps(data, ensure_ascii=False, indent=2)
