"""Progress between two checks of the same standard: `checker diff OLD.json NEW.json`, and the
`--baseline OLD.json` comparison that `checker check` adds to its reports.

Works on JSON reports (the `report.json` format), so a check from last month can be compared
with today's without the old documents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import SCHEMA_VERSION

EPS = 1e-6
NO_STATUS = "absent"  # a clause one of the two reports does not have (the rule pack changed)


class DiffError(ValueError):
    """The two reports cannot be compared; the message says which file and why."""


@dataclass(frozen=True)
class ClauseChange:
    id: str
    title: str
    before_status: str
    after_status: str
    before_points: float
    after_points: float
    points_possible: float
    manual: bool = False  # the new status is a reviewer's decision

    @property
    def change(self) -> float:
        return self.after_points - self.before_points

    @property
    def kind(self) -> str:
        if self.change > EPS:
            return "gained"
        if self.change < -EPS:
            return "lost"
        return "changed"


@dataclass(frozen=True)
class GroupChange:
    id: str
    title: str
    points_possible: float
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class DocumentChange:
    file: str
    what: str  # "revised: 版本 A/1 → A/2", "42 → 45 blocks"


@dataclass(frozen=True)
class Comparison:
    standard_id: str
    standard_title: str
    before_file: str
    before_root: str
    before_as_of: str
    after_as_of: str
    before_total: float
    after_total: float
    before_rating: str
    after_rating: str
    before_passed: bool
    after_passed: bool
    groups: tuple[GroupChange, ...]
    clauses: tuple[ClauseChange, ...]
    added_documents: tuple[str, ...]
    removed_documents: tuple[str, ...]
    revised_documents: tuple[DocumentChange, ...]

    @property
    def total_change(self) -> float:
        return self.after_total - self.before_total

    @property
    def gained(self) -> list[ClauseChange]:
        return sorted((c for c in self.clauses if c.kind == "gained"), key=lambda c: -c.change)

    @property
    def lost(self) -> list[ClauseChange]:
        return sorted((c for c in self.clauses if c.kind == "lost"), key=lambda c: c.change)

    @property
    def other(self) -> list[ClauseChange]:
        return [c for c in self.clauses if c.kind == "changed"]


def load_report(path: str | Path) -> dict[str, Any]:
    """A JSON report written by `checker check --format json`, checked to be one we can read."""
    f = Path(path)
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except OSError as e:
        raise DiffError(f"{f}: cannot be read ({e.strerror or e})") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise DiffError(f"{f}: not a JSON report ({e}); write one with `checker check PATH --format json -o FILE`") from e
    return check_report(data, str(f))


def check_report(data: Any, label: str) -> dict[str, Any]:
    if not isinstance(data, dict) or "schema_version" not in data:
        raise DiffError(f"{label}: not a JSON report of this checker (no schema_version)")
    if data["schema_version"] != SCHEMA_VERSION:
        raise DiffError(
            f"{label}: report schema_version {data['schema_version']!r}, this checker reads {SCHEMA_VERSION!r}; "
            "run the check again to make a report to compare with"
        )
    for key in ("standard", "score", "clauses", "documents", "groups"):
        if key not in data:
            raise DiffError(f"{label}: not a complete JSON report (no '{key}')")
    if not isinstance(data["standard"], dict) or "id" not in data["standard"]:
        raise DiffError(f"{label}: not a complete JSON report (no standard id)")
    return data


def compare(before: dict[str, Any], after: dict[str, Any], before_label: str = "OLD", after_label: str = "NEW") -> Comparison:
    """What changed from `before` to `after`, two JSON reports (dicts) of the same standard."""
    check_report(before, before_label)
    check_report(after, after_label)
    b_std, a_std = before["standard"]["id"], after["standard"]["id"]
    if b_std != a_std:
        raise DiffError(
            f"{before_label} is a report of {b_std} and {after_label} of {a_std}: "
            "only reports of the same standard can be compared"
        )
    b_clauses = {c["id"]: c for c in before["clauses"]}
    a_clauses = {c["id"]: c for c in after["clauses"]}
    order = [c["id"] for c in after["clauses"]] + [cid for cid in b_clauses if cid not in a_clauses]
    changes = []
    for cid in order:
        b, a = b_clauses.get(cid), a_clauses.get(cid)
        bs = b["status"] if b else NO_STATUS
        as_ = a["status"] if a else NO_STATUS
        bp = float(b["points_awarded"]) if b else 0.0
        ap = float(a["points_awarded"]) if a else 0.0
        if bs == as_ and abs(ap - bp) < EPS:
            continue
        ref = a or b
        assert ref is not None
        changes.append(
            ClauseChange(
                cid, ref["title"], bs, as_, bp, ap, float(ref["points_possible"]), bool(a and a.get("manual"))
            )
        )
    b_groups = {g["id"]: g for g in before["groups"]}
    groups = tuple(
        GroupChange(
            g["id"], g["title"], float(g["points_possible"]),
            float(b_groups[g["id"]]["points_awarded"]) if g["id"] in b_groups else 0.0,
            float(g["points_awarded"]),
        )
        for g in after["groups"]
        if g["level"] == 1
    )
    b_docs = {d["file"]: d for d in before["documents"]}
    a_docs = {d["file"]: d for d in after["documents"]}
    revised = []
    for f, d in a_docs.items():
        if f in b_docs:
            what = _revision(b_docs[f], d)
            if what:
                revised.append(DocumentChange(f, what))
    return Comparison(
        standard_id=a_std,
        standard_title=after["standard"].get("title", ""),
        before_file=before_label,
        before_root=before.get("root", ""),
        before_as_of=before.get("as_of", ""),
        after_as_of=after.get("as_of", ""),
        before_total=float(before["score"]["total"]),
        after_total=float(after["score"]["total"]),
        before_rating=before["score"]["rating"],
        after_rating=after["score"]["rating"],
        before_passed=bool(before["score"]["passed"]),
        after_passed=bool(after["score"]["passed"]),
        groups=groups,
        clauses=tuple(changes),
        added_documents=tuple(f for f in a_docs if f not in b_docs),
        removed_documents=tuple(f for f in b_docs if f not in a_docs),
        revised_documents=tuple(revised),
    )


def _revision(b: dict[str, Any], a: dict[str, Any]) -> str:
    bm, am = b.get("metadata") or {}, a.get("metadata") or {}
    parts = [f"{k} {bm.get(k, '—')} → {am.get(k, '—')}" for k in dict.fromkeys([*bm, *am]) if bm.get(k) != am.get(k)]
    if b.get("blocks") != a.get("blocks"):
        parts.append(f"{b.get('blocks')} → {a.get('blocks')} blocks")
    return "; ".join(parts)


def to_dict(c: Comparison) -> dict[str, Any]:
    """The `baseline` object of a JSON report."""
    return {
        "file": c.before_file,
        "root": c.before_root,
        "as_of": c.before_as_of,
        "total": {"before": c.before_total, "after": c.after_total, "change": round(c.total_change, 4)},
        "rating": {"before": c.before_rating, "after": c.after_rating},
        "passed": {"before": c.before_passed, "after": c.after_passed},
        "groups": [
            {"id": g.id, "title": g.title, "points_possible": g.points_possible,
             "before": round(g.before, 4), "after": round(g.after, 4), "change": round(g.change, 4)}
            for g in c.groups
        ],
        "clauses": [
            {"id": x.id, "title": x.title, "kind": x.kind,
             "before": {"status": x.before_status, "points_awarded": round(x.before_points, 4)},
             "after": {"status": x.after_status, "points_awarded": round(x.after_points, 4)},
             "change": round(x.change, 4), "points_possible": x.points_possible, "manual": x.manual}
            for x in c.clauses
        ],
        "documents": {
            "added": list(c.added_documents),
            "removed": list(c.removed_documents),
            "revised": [{"file": d.file, "what": d.what} for d in c.revised_documents],
        },
    }


def signed(x: float) -> str:
    return f"{x:+.2f}" if abs(x) >= EPS else "±0"


def render_text(c: Comparison, *, width: int | None = None, color: bool = False) -> str:
    import io

    from rich.console import Console

    buf = io.StringIO()
    con = Console(file=buf, width=width or 130, force_terminal=color, no_color=not color, highlight=False)
    print_comparison(con, c, title=f"{c.standard_title} ({c.standard_id}): progress")
    return buf.getvalue()


def print_comparison(con: Any, c: Comparison, *, title: str = "Since the baseline") -> None:
    """Print the comparison to a rich Console (used by `checker diff` and the table report)."""
    from rich.table import Table
    from rich.text import Text

    con.print(Text(title, style="bold"))
    con.print(f"Baseline: {c.before_file} (as of {c.before_as_of or '?'})  →  now (as of {c.after_as_of or '?'})")
    style = "green" if c.total_change > EPS else "red" if c.total_change < -EPS else ""
    con.print(
        Text.assemble(
            "Total ", (f"{c.before_total:.1f} → {c.after_total:.1f}", "bold"), " (", (signed(c.total_change), style), ")",
            "   Rating ", (f"{c.before_rating} → {c.after_rating}", "bold"),
            "   ", f"{'PASS' if c.before_passed else 'FAIL'} → {'PASS' if c.after_passed else 'FAIL'}",
        )
    )
    moved = [g for g in c.groups if abs(g.change) > EPS]
    if moved:
        t = Table(title="Categories that moved", title_justify="left")
        for col, just in (("id", "left"), ("category", "left"), ("before", "right"), ("after", "right"), ("of", "right"), ("change", "right")):
            t.add_column(col, justify=just)  # type: ignore[arg-type]
        for g in moved:
            t.add_row(g.id, g.title, f"{g.before:.2f}", f"{g.after:.2f}", f"{g.points_possible:g}", signed(g.change))
        con.print(t)
    for label, rows in (("Clauses gained", c.gained), ("Clauses lost", c.lost), ("Other status changes", c.other)):
        if not rows:
            continue
        t = Table(title=f"{label} ({len(rows)})", title_justify="left")
        for col in ("clause", "before", "after", "points"):
            t.add_column(col, overflow="fold")
        for x in rows:
            after = x.after_status + (" (manual)" if x.manual else "")
            t.add_row(f"{x.id} {x.title}", x.before_status, after, f"{x.before_points:.2f} → {x.after_points:.2f} ({signed(x.change)})")
        con.print(t)
    if not c.clauses:
        con.print("No clause changed status.")
    for label, files in (("New documents", c.added_documents), ("Removed documents", c.removed_documents)):
        if files:
            con.print(Text(f"{label} ({len(files)})", style="bold"))
            for f in files:
                con.print(f"  {'+' if label.startswith('New') else '-'} {f}")
    if c.revised_documents:
        con.print(Text(f"Revised documents ({len(c.revised_documents)})", style="bold"))
        for d in c.revised_documents:
            con.print(f"  ~ {d.file}: {d.what}")
