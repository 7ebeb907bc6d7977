"""Progress between two checks: check the sample set, delete a document in a copy, check again,
and compare (`checker diff`, and `--baseline` on `check`)."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pytest
from report_runs import AS_OF, SAMPLE, outputs, run, tmp_dir

from checker import diff

REMOVED = "退换货管理办法_HS-QM-SH-016.docx"


@cache
def runs() -> dict[str, Path]:
    d = tmp_dir("diff")
    folder = d / SAMPLE.name
    shutil.copytree(SAMPLE, folder)
    code, out = run("check", str(folder), "--as-of", AS_OF, "-f", "json", "-o", str(d / "old.json"))
    assert code == 0, out
    (folder / REMOVED).unlink()
    code, out = run("check", str(folder), "--as-of", AS_OF, "-f", "json", "-o", str(d / "new.json"))
    assert code == 0, out
    code, out = run(
        "check", str(folder), "--as-of", AS_OF, "--baseline", str(d / "old.json"),
        "-f", "json,html,markdown,table", "-o", str(d / "with-baseline"),
    )
    assert code == 0, out
    return {"old": d / "old.json", "new": d / "new.json", "folder": folder} | outputs(d / "with-baseline", folder)


def _load(name: str) -> dict:
    return json.loads(runs()[name].read_text(encoding="utf-8"))


def test_deleting_a_document_loses_its_clauses() -> None:
    old, new = _load("old"), _load("new")
    code, out = run("diff", str(runs()["old"]), str(runs()["new"]), "-f", "json")
    assert code == 0, out
    d = json.loads(out)
    assert d["total"] == {"before": old["score"]["total"], "after": new["score"]["total"],
                          "change": round(new["score"]["total"] - old["score"]["total"], 4)}
    assert d["total"]["change"] < 0
    assert d["rating"] == {"before": old["score"]["rating"], "after": new["score"]["rating"]}
    assert d["documents"]["removed"] == [REMOVED] and d["documents"]["added"] == []
    before = {c["id"]: c for c in old["clauses"]}
    after = {c["id"]: c for c in new["clauses"]}
    changed = {c["id"]: c for c in d["clauses"]}
    for cid in after:
        moved = before[cid]["status"] != after[cid]["status"] or before[cid]["points_awarded"] != after[cid]["points_awarded"]
        assert (cid in changed) == moved
    lost = [c for c in d["clauses"] if c["kind"] == "lost"]
    assert lost and all(c["change"] < 0 for c in lost)
    for x in d["clauses"]:
        cid = x["id"]
        assert x["before"] == {"status": before[cid]["status"], "points_awarded": before[cid]["points_awarded"]}
        assert x["after"] == {"status": after[cid]["status"], "points_awarded": after[cid]["points_awarded"]}
    assert sum(c["change"] for c in d["clauses"]) == pytest.approx(new["score"]["points_awarded"] - old["score"]["points_awarded"], abs=1e-3)


def test_diff_text_and_the_way_back() -> None:
    code, out = run("diff", str(runs()["old"]), str(runs()["new"]))
    assert code == 0
    old, new = _load("old"), _load("new")
    assert f"Total {old['score']['total']:.1f} → {new['score']['total']:.1f}" in out
    lost = [c for c in json.loads(run("diff", str(runs()["old"]), str(runs()["new"]), "-f", "json")[1])["clauses"] if c["kind"] == "lost"]
    assert f"Clauses lost ({len(lost)})" in out
    for c in lost:
        assert f"{c['id']} {c['title']}" in out
    assert "Removed documents (1)" in out and REMOVED in out
    code, back = run("diff", str(runs()["new"]), str(runs()["old"]))
    assert code == 0 and "Clauses gained" in back and "New documents (1)" in back and REMOVED in back
    code, md = run("diff", str(runs()["old"]), str(runs()["new"]), "-f", "markdown")
    assert code == 0 and "**失分的条款" in md and "**移除的文件**" in md


def test_same_report_twice_is_no_change() -> None:
    code, out = run("diff", str(runs()["old"]), str(runs()["old"]), "-f", "json")
    d = json.loads(out)
    assert code == 0 and d["clauses"] == [] and d["total"]["change"] == 0 and d["documents"]["removed"] == []


def test_baseline_in_every_report() -> None:
    files = runs()
    report = json.loads(files["json"].read_text(encoding="utf-8"))
    code, out = run("diff", str(files["old"]), str(files["new"]), "-f", "json")
    expected = json.loads(out)
    b = report["baseline"]
    assert b["file"] == str(files["old"])
    for key in ("total", "rating", "passed", "clauses", "documents", "groups"):
        assert b[key] == expected[key], key
    html = files["html"].read_text(encoding="utf-8")
    assert 'id="progress"' in html and "与基线对比" in html and REMOVED in html and "失分的条款" in html
    md = files["markdown"].read_text(encoding="utf-8")
    assert "## 与基线对比" in md and REMOVED in md
    table = files["table"].read_text(encoding="utf-8")
    assert "Since the baseline" in table and "Clauses lost" in table and REMOVED in table


def test_reports_of_other_standards_or_schemas_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "sbt.json"
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "--standard", "sbt10401-2006-b", "-f", "json", "-o", str(other))
    assert code == 0, out
    code, out = run("diff", str(runs()["old"]), str(other))
    assert code == 1 and "qzzlh-1001-2022" in out and "sbt10401-2006-b" in out and "same standard" in out
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "--baseline", str(other))
    assert code == 1 and "--baseline" in out and "same standard" in out

    old_schema = tmp_path / "v0.json"
    data = json.loads(runs()["old"].read_text(encoding="utf-8")) | {"schema_version": "0.9"}
    old_schema.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out = run("diff", str(old_schema), str(runs()["new"]))
    assert code == 1 and "v0.json" in out and "schema_version '0.9'" in out

    junk = tmp_path / "notes.json"
    junk.write_text("这不是报告", encoding="utf-8")
    code, out = run("diff", str(junk), str(runs()["new"]))
    assert code == 1 and "notes.json: not a JSON report" in out
    with pytest.raises(diff.DiffError, match="no schema_version"):
        diff.check_report({"standard": {}}, "x.json")
