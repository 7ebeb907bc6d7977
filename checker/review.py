"""A consultant's review file: manual decisions that override the checker's verdict on clauses.

```yaml
reviewer: 王顾问
overrides:
  qzzlh-1001-2022:
    "17.5": {status: partial, reason: "席位数仅写'合理配置', 接通率84.5%", by: 王敏, date: 2026-11-20}
```

The file is read on every run (the decision lives in it, not in a report), applied after the
checker's own verdict, and the points, group totals, total, rating and pass/fail are recomputed
with `scoring`'s functions. The checker's own status is kept alongside (`ClauseResult.manual`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from . import scoring
from .model import Assessment, ClauseResult, ManualDecision
from .rulepack import Pack

STATUSES = ("met", "partial", "missing", "not_applicable")


class ReviewError(ValueError):
    """The review file cannot be used; the message names the file and, where it can, the clause."""


@dataclass(frozen=True)
class Override:
    clause: str
    status: str
    reason: str
    by: str
    date: str = ""


@dataclass(frozen=True)
class Review:
    file: str
    reviewer: str
    overrides: dict[str, dict[str, Override]]  # standard id → clause id → override

    def for_standard(self, standard_id: str) -> dict[str, Override]:
        return self.overrides.get(standard_id, {})


def _text(v: object) -> str:
    return "" if v is None else str(v).strip()


def load_review(path: str | Path) -> Review:
    """Read and validate a review file. Scalars are read as written (BaseLoader), so clause ids
    like 17.10 and dates stay exactly as the reviewer typed them."""
    f = Path(path)
    try:
        text = f.read_text(encoding="utf-8")
    except OSError as e:
        raise ReviewError(f"{f}: cannot be read ({e.strerror or e})") from e
    except UnicodeDecodeError as e:
        raise ReviewError(f"{f}: not UTF-8 text ({e})") from e
    try:
        data = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader: only str, list and dict
    except yaml.YAMLError as e:
        raise ReviewError(f"{f}: not valid YAML: {e}") from e
    if data is None or data == "":
        data = {}
    if not isinstance(data, dict):
        raise ReviewError(f"{f}: must be a mapping with `reviewer` and `overrides`")
    unknown_keys = sorted(set(data) - {"reviewer", "overrides"})
    if unknown_keys:
        raise ReviewError(f"{f}: unknown key(s) {', '.join(unknown_keys)} (expected reviewer, overrides)")
    reviewer = _text(data.get("reviewer"))
    raw = data.get("overrides") or {}
    if not isinstance(raw, dict):
        raise ReviewError(f"{f}: overrides must map standard ids to clauses, like `qzzlh-1001-2022: {{\"17.5\": {{status: partial, ...}}}}`")
    out: dict[str, dict[str, Override]] = {}
    for std, clauses in raw.items():
        std = _text(std)
        if clauses in (None, ""):
            clauses = {}
        if not isinstance(clauses, dict):
            raise ReviewError(f"{f}: overrides for {std} must map clause ids to {{status, reason, by, date}}")
        out[std] = {}
        for cid, body in clauses.items():
            cid = _text(cid)
            where = f"{f}: {std} clause {cid}"
            if not isinstance(body, dict):
                raise ReviewError(f"{where}: give {{status, reason, by, date}}")
            extra = sorted(set(body) - {"status", "reason", "by", "date"})
            if extra:
                raise ReviewError(f"{where}: unknown field(s) {', '.join(extra)} (expected status, reason, by, date)")
            status = _text(body.get("status"))
            if status not in STATUSES:
                got = f"'{status}'" if status else "none"
                raise ReviewError(f"{where}: status {got} is not one of {', '.join(STATUSES)}")
            reason = _text(body.get("reason"))
            if not reason:
                raise ReviewError(f"{where}: a manual decision needs a reason")
            by = _text(body.get("by")) or reviewer
            if not by:
                raise ReviewError(f"{where}: say who decided (`by:`, or `reviewer:` at the top of the file)")
            day = _text(body.get("date"))
            if day:
                try:
                    day = date.fromisoformat(day).isoformat()
                except ValueError:
                    raise ReviewError(f"{where}: date '{day}' is not a date like 2026-11-20") from None
            out[std][cid] = Override(cid, status, reason, by, day)
    return Review(str(f), reviewer, out)


def apply_review(a: Assessment, review: Review, pack: Pack, known_standards: tuple[str, ...] = ()) -> Assessment:
    """The assessment with the review's overrides for its standard applied and everything that
    depends on a status recomputed. Overrides for clauses the standard does not have become
    warnings; so do overrides for standards no rule pack knows (when `known_standards` is given)."""
    if a.standard_id != pack.id:
        raise ValueError(f"assessment of {a.standard_id} with the pack of {pack.id}")
    overrides = review.for_standard(a.standard_id)
    warnings = list(a.warnings)
    for std in review.overrides:
        if known_standards and std not in known_standards and std != a.standard_id:
            warnings.append(f"review {review.file}: overrides for unknown standard '{std}' ignored")
    leaf_points = {n.id: n.points for n in pack.leaves()}
    for cid in overrides:
        if cid not in leaf_points:
            what = "is not a scored clause (it has sub-clauses)" if _is_node(pack, cid) else "does not exist"
            warnings.append(f"review {review.file}: override for {a.standard_id} clause {cid} ignored: the clause {what}")
    if not any(cid in leaf_points for cid in overrides):
        return dataclasses.replace(a, warnings=tuple(warnings))

    sc = pack.meta.scoring
    clauses: list[ClauseResult] = []
    for c in a.clauses:
        o = overrides.get(c.id)
        if o is None:
            clauses.append(c)
            continue
        own = c.manual.checker_status if c.manual else c.status
        own_points = c.manual.checker_points if c.manual else c.points_awarded
        points = leaf_points[c.id]
        clauses.append(
            dataclasses.replace(
                c,
                status=o.status,  # type: ignore[arg-type]
                points_possible=0.0 if o.status == "not_applicable" else points,
                points_awarded=scoring.clause_points(points, o.status, sc),
                manual=ManualDecision(own, own_points, o.reason, o.by, o.date),  # type: ignore[arg-type]
            )
        )
    groups = scoring.roll_up(pack, {c.id: c.status for c in clauses})
    possible = sum(c.points_possible for c in clauses)
    awarded = sum(c.points_awarded for c in clauses)
    # The special items (特别扣分/加分) the assessment was scored with still count.
    adjustments = getattr(a.score, "adjustments", ())
    if adjustments:
        score = scoring.score(pack, groups, possible, awarded, adjustments)
    else:
        score = scoring.score(pack, groups, possible, awarded)
    return dataclasses.replace(a, clauses=tuple(clauses), groups=groups, score=score, warnings=tuple(warnings))


def _is_node(pack: Pack, cid: str) -> bool:
    try:
        pack.node(cid)
    except KeyError:
        return False
    return True
