"""Review files: a consultant's manual decisions over the checker's verdicts, applied on real runs
of the sample set, shown in every format, with the scores recomputed."""

from __future__ import annotations

import dataclasses
import json
import shutil
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from report_runs import AS_OF, SAMPLE, STANDARD, assessment, outputs, plain_json, run, tmp_dir

from checker import scoring
from checker.review import ReviewError, apply_review, load_review
from checker.rulepack import load_pack

WEIGHT = {"met": 1.0, "partial": 0.5, "missing": 0.0, "not_applicable": 0.0}


@cache
def plan() -> dict[str, str]:
    """Clause → the reviewer's status: 17.5 (the README's example) changed from whatever the
    checker says, and the costliest missing clause raised to met."""
    r = plain_json()
    by_id = {c["id"]: c for c in r["clauses"]}
    first = "partial" if by_id["17.5"]["status"] != "partial" else "missing"
    short = [c for c in r["clauses"] if c["status"] in ("missing", "partial") and c["id"] != "17.5"]
    costliest = max(short, key=lambda c: (c["status"] == "missing", c["points_possible"]))
    return {"17.5": first, costliest["id"]: "met"}


REVIEW = """\
reviewer: 王顾问
overrides:
  {std}:
    "17.5": {{status: {s1}, reason: "席位数仅写'合理配置', 接通率84.5% <b>", by: 王敏, date: 2026-11-20}}
    "{c2}": {{status: met, reason: 人事部《员工激励办法》已提供纸质版}}
    "99.9": {{status: met, reason: 不存在的条款}}
  sbt10401-2006-b:
    "B.1.1.1": {{status: met, reason: 另一个标准的判定}}
"""


@cache
def reviewed() -> dict[str, Path]:
    p = plan()
    (c2,) = [c for c in p if c != "17.5"]
    d = tmp_dir("reviewed")
    review = d / "client.review.yaml"
    review.write_text(REVIEW.format(std=STANDARD, s1=p["17.5"], c2=c2), encoding="utf-8")
    out = d / "out"
    code, text = run("check", str(SAMPLE), "--as-of", AS_OF, "--review", str(review), "-f", "html,xlsx,json,markdown,table", "-o", str(out))
    assert code == 0, text
    return outputs(out) | {"review": review}


@cache
def reviewed_json() -> dict:
    return json.loads(reviewed()["json"].read_text(encoding="utf-8"))


def test_override_replaces_status_and_keeps_the_checkers() -> None:
    before = {c["id"]: c for c in plain_json()["clauses"]}
    after = {c["id"]: c for c in reviewed_json()["clauses"]}
    for cid, status in plan().items():
        c = after[cid]
        assert c["status"] == status
        assert c["points_awarded"] == pytest.approx(c["points_possible"] * WEIGHT[status])
        assert c["manual"]["checker_status"] == before[cid]["status"]
        assert c["manual"]["checker_points"] == pytest.approx(before[cid]["points_awarded"])
    m = after["17.5"]["manual"]
    assert m["by"] == "王敏" and m["date"] == "2026-11-20" and m["reason"].startswith("席位数仅写'合理配置'")
    (c2,) = [c for c in plan() if c != "17.5"]
    assert after[c2]["manual"]["by"] == "王顾问" and after[c2]["manual"]["date"] == ""  # the file's reviewer
    untouched = [cid for cid in after if cid not in plan()]
    assert all(after[cid]["manual"] is None and after[cid]["status"] == before[cid]["status"] for cid in untouched)


def test_scores_are_recomputed() -> None:
    base, r = plain_json(), reviewed_json()
    by_id = {c["id"]: c for c in base["clauses"]}
    delta = sum(c["points_awarded"] - by_id[c["id"]]["points_awarded"] for c in r["clauses"] if c["manual"])
    assert delta != 0
    s = r["score"]
    assert s["points_awarded"] == pytest.approx(base["score"]["points_awarded"] + delta, abs=1e-3)
    assert s["total"] == pytest.approx(100 * s["points_awarded"] / s["points_possible"], abs=0.01)
    pack = load_pack(STANDARD)
    assert s["passed"] == (s["total"] >= pack.meta.scoring.pass_total)
    assert s["rating"] == (scoring.rating_for(s["total"], pack.meta.scoring) if s["passed"] else pack.meta.scoring.fail_label)
    for g in r["groups"]:
        members = [c for c in r["clauses"] if g["id"] in c["path"]]
        assert g["points_awarded"] == pytest.approx(sum(c["points_awarded"] for c in members), abs=1e-3)


def test_unknown_clause_is_a_warning_not_an_error() -> None:
    warnings = reviewed_json()["warnings"]
    assert any("clause 99.9" in w and "does not exist" in w for w in warnings)
    assert not any("sbt10401" in w for w in warnings)  # another standard's overrides are not ours


def test_manual_decision_shows_in_every_format() -> None:
    files = reviewed()
    html = files["html"].read_text(encoding="utf-8")
    assert "人工判定" in html and "王敏" in html and "2026-11-20" in html
    assert "接通率84.5% &lt;b&gt;" in html and "接通率84.5% <b>" not in html
    assert 'id="manual"' in html
    md = files["markdown"].read_text(encoding="utf-8")
    assert "## 人工判定" in md and "王敏" in md and r"接通率84.5% \<b\>" in md
    table = files["table"].read_text(encoding="utf-8")
    assert "Manual decisions (2)" in table and "manual; checker:" in table
    ws = openpyxl.load_workbook(files["xlsx"])["评分表"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[2] and str(r[2]).startswith("17.5 "))
    assert row[6].endswith("(人工)")
    assert "王敏 2026-11-20" in row[9] and "检查器" in row[9]


def test_review_is_read_on_every_run_and_is_never_evidence(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    shutil.copytree(SAMPLE, folder)
    shutil.copy(reviewed()["review"], folder / "client.review.yaml")
    code, out = run("check", str(folder), "--as-of", AS_OF, "--review", str(folder / "client.review.yaml"), "-f", "json", "-o", str(tmp_path / "again.json"))
    assert code == 0, out
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert "client.review.yaml" not in {d["file"] for d in again["documents"]}
    assert again["score"] == reviewed_json()["score"]
    assert [c["manual"] for c in again["clauses"]] == [c["manual"] for c in reviewed_json()["clauses"]]


def test_overrides_can_pass_an_assessment_and_remove_clauses() -> None:
    a = assessment()
    pack = load_pack(STANDARD)
    review = _review({c.id: "met" for c in a.clauses if c.status != "met"})
    passed = apply_review(a, review, pack)
    assert passed.score.total == 100 and passed.score.passed
    assert passed.score.rating == scoring.rating_for(100, pack.meta.scoring)
    # 删减 by review: the clause leaves both sides of earned / applicable.
    c = min(a.clauses, key=lambda c: c.points_awarded / c.points_possible if c.points_possible else 1)
    na = apply_review(a, _review({c.id: "not_applicable"}), pack)
    cl = next(x for x in na.clauses if x.id == c.id)
    assert cl.points_possible == 0 and cl.points_awarded == 0 and cl.manual.checker_status == c.status
    assert na.score.points_possible == pytest.approx(a.score.points_possible - c.points_possible)
    expected = 100 * (a.score.points_awarded - c.points_awarded) / na.score.points_possible
    assert na.score.total == pytest.approx(expected, abs=0.01)
    # Applying the same review twice changes nothing more, and keeps the checker's own verdict.
    twice = apply_review(na, _review({c.id: "not_applicable"}), pack)
    assert twice.score == na.score
    assert next(x for x in twice.clauses if x.id == c.id).manual.checker_status == c.status


def _review(statuses: dict[str, str]):
    from checker.review import Override, Review

    return Review("r.yaml", "王顾问", {STANDARD: {cid: Override(cid, st, "复核", "王顾问", "2026-11-20") for cid, st in statuses.items()}})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("overrides: {qzzlh-1001-2022: {\"17.5\": {status: partial, reason: x\n", "not valid YAML"),
        ("overrides:\n  qzzlh-1001-2022:\n    \"17.5\": {status: done, reason: x, by: 王敏}\n", "qzzlh-1001-2022 clause 17.5: status 'done' is not one of"),
        ("overrides:\n  qzzlh-1001-2022:\n    \"17.5\": {status: met, by: 王敏}\n", "clause 17.5: a manual decision needs a reason"),
        ("overrides:\n  qzzlh-1001-2022:\n    \"17.5\": {status: met, reason: x}\n", "clause 17.5: say who decided"),
        ("reviewer: 王\noverrides:\n  qzzlh-1001-2022:\n    \"17.5\": {status: met, reason: x, date: 20.11.2026}\n", "clause 17.5: date '20.11.2026'"),
        ("- just a list\n", "must be a mapping"),
    ],
)
def test_bad_review_file_fails_naming_file_and_clause(tmp_path: Path, text: str, expected: str) -> None:
    f = tmp_path / "bad.review.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ReviewError, match="bad.review.yaml") as e:
        load_review(f)
    assert expected in str(e.value)


def test_bad_review_file_is_a_clear_cli_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.review.yaml"
    f.write_text("overrides:\n  qzzlh-1001-2022:\n    \"17.5\": {status: ok, reason: x, by: 王敏}\n", encoding="utf-8")
    from click.testing import CliRunner

    from checker.cli import main

    result = CliRunner().invoke(main, ["check", str(SAMPLE), "--review", str(f)])
    assert result.exit_code == 1
    assert "bad.review.yaml" in result.output and "clause 17.5" in result.output and "Traceback" not in result.output


def test_clause_ids_are_read_as_written(tmp_path: Path) -> None:
    f = tmp_path / "r.yaml"
    f.write_text("reviewer: 王\noverrides:\n  s:\n    17.50: {status: met, reason: x}\n    3: {status: met, reason: y}\n", encoding="utf-8")
    assert set(load_review(f).for_standard("s")) == {"17.50", "3"}


def test_a_review_for_another_standard_changes_nothing() -> None:
    a = assessment()
    from checker.review import Override, Review

    other = Review("r.yaml", "王", {"sbt10401-2006-b": {"B.1.1.1": Override("B.1.1.1", "met", "x", "王")}})
    assert apply_review(a, other, load_pack(STANDARD)) == dataclasses.replace(a)
