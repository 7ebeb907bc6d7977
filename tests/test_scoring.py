"""Scoring is pure: statuses in, points, total, rating and pass/fail out."""

from __future__ import annotations

import pytest

from checker import scoring
from checker.rulepack import load_pack


def _score(pack_id: str, statuses: dict[str, str]):
    pack = load_pack(pack_id)
    groups = scoring.roll_up(pack, statuses)
    leaves = pack.leaves()
    possible = sum(n.points for n in leaves if statuses[n.id] != "not_applicable")
    awarded = sum(scoring.clause_points(n.points, statuses[n.id], pack.meta.scoring) for n in leaves)
    return pack, groups, scoring.score(pack, groups, possible, awarded)


def _all(pack_id: str, status: str) -> dict[str, str]:
    return {n.id: status for n in load_pack(pack_id).leaves()}


def test_all_met_is_100_and_five_stars() -> None:
    _, groups, s = _score("qzzlh-1001-2022", _all("qzzlh-1001-2022", "met"))
    assert s.total == 100 and s.rating == "五星" and s.passed
    assert [g.points_awarded for g in groups if g.level == 1] == [15, 25, 20, 12, 7, 6, 15]


def test_partial_earns_half() -> None:
    _, _, s = _score("qzzlh-1001-2022", _all("qzzlh-1001-2022", "partial"))
    assert s.total == 50 and s.rating == "未达标" and not s.passed
    assert "below the pass mark of 70" in s.reasons[0]


@pytest.mark.parametrize(
    ("total", "rating"),
    [(100, "五星"), (95, "五星"), (94.99, "四星"), (90, "四星"), (80, "三星"), (79.9, "达标"), (70, "达标"), (69.99, "未达标")],
)
def test_rating_thresholds(total: float, rating: str) -> None:
    assert scoring.rating_for(total, load_pack("qzzlh-1001-2022").meta.scoring) == rating


def test_annex_b_category_floor_fails_a_set_above_70() -> None:
    statuses = _all("sbt10401-2006-b", "met")
    statuses["B.6.1.1"] = "missing"  # 10 points each: the only clause of their indicator
    statuses["B.6.2.1"] = "missing"
    pack, groups, s = _score("sbt10401-2006-b", statuses)
    b6 = next(g for g in groups if g.id == "B.6")
    assert round(b6.points_awarded, 2) == 10 and b6.points_possible == 30
    assert s.total == 80  # well above 70 …
    assert not s.passed and s.rating == "未达标"  # … and still fails
    assert any("B.6 客户投诉" in r and "50% floor" in r for r in s.reasons)


def test_maturity_model_has_no_category_floor() -> None:
    statuses = _all("qzzlh-1001-2022", "met")
    for n in load_pack("qzzlh-1001-2022").leaves():
        if n.id.startswith(("26", "27", "28")):  # all of F 服务创新 (6 points)
            statuses[n.id] = "missing"
    _, _, s = _score("qzzlh-1001-2022", statuses)
    assert s.total == 94 and s.passed and s.rating == "四星"


def test_not_applicable_clauses_are_removed_and_the_total_rescaled() -> None:
    statuses = _all("qzzlh-1001-2022", "met")
    statuses["2"] = "not_applicable"  # 5 points
    statuses["16.1"] = "missing"  # 1 point
    _, groups, s = _score("qzzlh-1001-2022", statuses)
    assert s.points_possible == 95 and s.points_awarded == 94
    assert s.total == round(94 / 95 * 100, 2)
    a = next(g for g in groups if g.id == "A")
    assert a.points_possible == 10 and a.points_awarded == 10


def test_everything_not_applicable_does_not_divide_by_zero() -> None:
    _, _, s = _score("qzzlh-1001-2022", _all("qzzlh-1001-2022", "not_applicable"))
    assert s.total == 0 and not s.passed
