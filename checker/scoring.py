"""Pure scoring: statuses to points, roll-ups, the 100-point total, rating and pass/fail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .model import Adjustment, GroupScore, Score
from .rulepack import Node, Pack, Scoring

EPS = 1e-9


def clause_points(points: float, status: str, scoring: Scoring) -> float:
    """Points a leaf earns: its share times the status weight; not applicable earns nothing."""
    if status == "not_applicable":
        return 0.0
    return points * scoring.weights[status]  # type: ignore[index]


def roll_up(pack: Pack, statuses: Mapping[str, str]) -> tuple[GroupScore, ...]:
    """Applicable and earned points for every non-leaf node (删减 clauses drop out of both)."""
    out: list[GroupScore] = []

    def walk(n: Node) -> tuple[float, float]:
        if n.is_leaf:
            st = statuses[n.id]
            if st == "not_applicable":
                return 0.0, 0.0
            return n.points, clause_points(n.points, st, pack.meta.scoring)
        possible = awarded = 0.0
        for child in n.children:
            p, a = walk(child)
            possible += p
            awarded += a
        out.append(GroupScore(n.id, n.title, n.level, possible, awarded, n.parent))
        return possible, awarded

    for r in pack.roots:
        walk(r)
    order = {n.id: i for i, n in enumerate(pack.nodes())}
    return tuple(sorted(out, key=lambda g: order[g.id]))


def rating_for(total: float, scoring: Scoring) -> str:
    for r in sorted(scoring.ratings, key=lambda r: -r.min):
        if total + EPS >= r.min:
            return r.label
    return scoring.fail_label


def adjust(scoring_: Scoring, deductions: Sequence[Adjustment], bonuses: Sequence[Adjustment]) -> tuple[Adjustment, ...]:
    """The special items as they count under a pack's rules: each deduction at the pack's
    value, bonuses together capped at the pack's maximum."""
    out = [replace(d, points=-scoring_.special_deduction) for d in deductions]
    room = scoring_.special_bonus_max
    for b in bonuses:
        pts = min(abs(b.points) or 1.0, room)
        room -= pts
        # Kept in the list, so the report shows it was recorded and why it adds nothing.
        note = "" if pts > 0 else f" (not counted: bonuses add at most {scoring_.special_bonus_max:g})"
        out.append(replace(b, points=pts, description=b.description + note))
    return tuple(out)


def score(
    pack: Pack,
    groups: Sequence[GroupScore],
    leaves_possible: float,
    leaves_awarded: float,
    adjustments: Sequence[Adjustment] = (),
) -> Score:
    """The certifier's total (earned / applicable × 100, then special items), rating and
    pass/fail with reasons."""
    sc = pack.meta.scoring
    base = 100.0 * leaves_awarded / leaves_possible if leaves_possible > EPS else 0.0
    total = min(100.0, max(0.0, base + sum(a.points for a in adjustments)))
    reasons: list[str] = []
    if leaves_possible <= EPS:
        reasons.append("no applicable clauses: every clause was declared not applicable")
    if total + EPS < sc.pass_total:
        reasons.append(f"total {total:.1f} is below the pass mark of {sc.pass_total:g}")
    if sc.category_floor is not None:
        for g in groups:
            if g.level == sc.category_level and g.points_possible > EPS and g.ratio + EPS < sc.category_floor:
                reasons.append(
                    f"{g.id} {g.title}: {g.points_awarded:.1f} of {g.points_possible:g} points "
                    f"({g.ratio:.0%}) is below the {sc.category_floor:.0%} floor every category must reach"
                )
    n_deductions = sum(1 for a in adjustments if a.kind == "deduction")
    if sc.special_fail_at is not None and n_deductions >= sc.special_fail_at:
        reasons.append(f"{n_deductions} special deductions (特别扣分项): {sc.special_fail_at} or more fail the assessment")
    passed = not reasons
    rating = rating_for(total, sc) if passed else sc.fail_label
    return Score(
        round(total, 2), rating, passed, tuple(reasons), leaves_possible, leaves_awarded,
        base_total=round(base, 2), adjustments=tuple(adjustments),
    )
