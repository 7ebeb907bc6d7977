"""The command line on the shipped sample set, end to end, and the evidence it quotes checked
against the files themselves with the format libraries directly (not through our parsers)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.rulepack import available_packs, load_pack

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "evidence_samples" / "hengshun-appliance"
AS_OF = "2026-11-24"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@cache
def report(standard: str) -> dict:
    code, out = run("check", str(SAMPLE), "--standard", standard, "--format", "json", "--as-of", AS_OF)
    assert code == 0, out
    return json.loads(out[out.index("{") :])


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


@cache
def independent_text(file: str, page: int | None) -> str:
    """The file's text as the format library gives it: one PDF page, or the whole document."""
    path = SAMPLE / file
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            p = pdf.pages[page - 1]
            parts = [p.extract_text() or ""] + ["".join(c or "" for c in row) for t in p.extract_tables() for row in t]
            return _flat("".join(parts))
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return _flat("".join(parts))
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        return _flat("".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None))
    return _flat(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("standard", "leaves"), [("qzzlh-1001-2022", 74), ("sbt10401-2006-b", 52)])
def test_json_lists_every_leaf_with_a_status(standard: str, leaves: int) -> None:
    r = report(standard)
    assert r["schema_version"] == "1.0"
    assert r["standard"]["id"] == standard
    ids = [c["id"] for c in r["clauses"]]
    assert ids == [n.id for n in load_pack(standard).leaves()] and len(ids) == leaves
    assert {c["status"] for c in r["clauses"]} <= {"met", "partial", "missing", "not_applicable"}
    for key in ("total", "rating", "passed", "reasons"):
        assert key in r["score"]
    assert {g["id"] for g in r["groups"] if g["level"] == 1} == {n.id for n in load_pack(standard).roots}


def test_every_quoted_snippet_is_really_in_the_file_and_page() -> None:
    r = report("qzzlh-1001-2022")
    quoted = 0
    for c in r["clauses"]:
        if c["status"] in ("met", "partial"):
            assert any(e["evidence"] for e in c["elements"]), c["id"]
        for e in c["elements"]:
            for ev in e["evidence"]:
                text = independent_text(ev["file"], ev["page"])
                for piece in ev["snippet"].split(" | "):
                    assert _flat(piece) in text, (c["id"], e["id"], ev)
                if ev["file"].endswith(".pdf"):
                    assert ev["page"] >= 1
                quoted += 1
    assert quoted >= 10


def test_clauses_without_rules_are_missing_never_met() -> None:
    pack = load_pack("qzzlh-1001-2022")
    for c in report("qzzlh-1001-2022")["clauses"]:
        if not pack.node(c["id"]).elements:
            assert c["status"] == "missing" and c["reason"].startswith("no rule yet")
    pack_b = load_pack("sbt10401-2006-b")
    for c in report("sbt10401-2006-b")["clauses"]:
        if not pack_b.node(c["id"]).elements:
            assert c["status"] == "missing" and c["reason"].startswith("no rule yet")


def test_score_adds_up() -> None:
    r = report("qzzlh-1001-2022")
    awarded = sum(c["points_awarded"] for c in r["clauses"])
    assert awarded == pytest.approx(r["score"]["total"], abs=0.01)  # 100 applicable points
    firsts = [g for g in r["groups"] if g["level"] == 1]
    assert sum(g["points_awarded"] for g in firsts) == pytest.approx(awarded, abs=0.01)


def test_documents_are_inventoried() -> None:
    docs = report("qzzlh-1001-2022")["documents"]
    files = {d["file"] for d in docs}
    assert "labels.yaml" not in files and "README.md" not in files
    assert {d["format"] for d in docs} >= {"docx", "pdf", "xlsx"}
    assert any(d["metadata"].get("文件编号") for d in docs)


def test_table_output_shows_scores_rating_and_gaps() -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF)
    assert code == 0
    assert "Total" in out and "Rating" in out and report("qzzlh-1001-2022")["score"]["rating"] in out
    assert "服务执行持续提升" in out and "Top gaps" in out


def test_fail_under(tmp_path: Path) -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "--fail-under", "99", "-o", str(tmp_path / "r.txt"))
    assert code == 1 and "below --fail-under 99" in out
    assert "Total" in (tmp_path / "r.txt").read_text(encoding="utf-8")
    code, _ = run("check", str(SAMPLE), "--as-of", AS_OF, "--fail-under", "1", "-o", str(tmp_path / "r.txt"))
    assert code == 0


def test_two_assessments_in_one_process_agree() -> None:
    first = report("qzzlh-1001-2022")
    code, out = run("check", str(SAMPLE), "--format", "json", "--as-of", AS_OF)
    second = json.loads(out[out.index("{") :])
    assert second == first


def test_unreadable_file_is_a_warning_and_the_rest_is_assessed(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "set"
    shutil.copytree(SAMPLE, folder)
    (folder / "退换货管理办法(旧版).doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    code, out = run("check", str(folder), "--format", "json", "--as-of", AS_OF, "-o", str(tmp_path / "r.json"))
    assert code == 0
    assert "warning: 退换货管理办法(旧版).doc: legacy Word" in out
    r = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert any(w.startswith("退换货管理办法(旧版).doc: legacy") for w in r["warnings"])
    assert len(r["documents"]) == len(report("qzzlh-1001-2022")["documents"])


def test_unknown_standard_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["check", str(SAMPLE), "--standard", "nope"])
    assert result.exit_code != 0 and "unknown standard 'nope'" in result.output


def test_standards_lists_packs() -> None:
    code, out = run("standards")
    assert code == 0 and "qzzlh-1001-2022" in out and "74 clauses" in out and "52 clauses" in out


def test_several_standards_in_one_run(tmp_path: Path) -> None:
    code, out = run("check", str(SAMPLE), "-s", "qzzlh-1001-2022", "-s", "sbt10401-2006-b", "-f", "json", "--as-of", AS_OF)
    assert code == 0
    data = json.loads(out[out.index("{") :])
    assert data["standards"] == ["qzzlh-1001-2022", "sbt10401-2006-b"]
    # Each result is the single-standard output; only `also_in` adds the other standard's clauses
    # that share an element.
    def without_crosswalk(r: dict) -> dict:
        r = json.loads(json.dumps(r))
        for c in r["clauses"]:
            for e in c["elements"]:
                e.pop("also_in")
        return r

    assert without_crosswalk(data["results"][0]) == without_crosswalk(report("qzzlh-1001-2022"))
    b42 = next(c for c in data["results"][0]["clauses"] if c["id"] == "16.1")
    assert "sbt10401-2006-b B.4.2" in b42["elements"][0]["also_in"]
    assert [len(r["clauses"]) for r in data["results"]] == [74, 52]
    code, _ = run("check", str(SAMPLE), "-s", "all", "-f", "json,markdown", "-o", str(tmp_path / "out"), "--as-of", AS_OF)
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(["hengshun-appliance.json", *(f"hengshun-appliance.{p}.md" for p in available_packs())])
    assert len(json.loads((tmp_path / "out" / "hengshun-appliance.json").read_text(encoding="utf-8"))["results"]) == len(available_packs())


def test_config_declares_not_applicable_clauses_and_special_items(tmp_path: Path) -> None:
    cfg = tmp_path / "checker.yaml"
    cfg.write_text(
        'not_applicable:\n  qzzlh-1001-2022:\n    "23.1": 公司产品仅面向家庭用户\n'
        "special_deductions:\n  - {description: 2026年因虚假宣传受到行政处罚, date: 2026-05-06}\n",
        encoding="utf-8",
    )
    code, out = run("check", str(SAMPLE), "--config", str(cfg), "-f", "json", "--as-of", AS_OF)
    assert code == 0 and f"declarations read from {cfg}" in out
    r = json.loads(out[out.index("{") : out.rindex("}") + 1])
    c = next(c for c in r["clauses"] if c["id"] == "23.1")
    assert c["status"] == "not_applicable" and c["reason"] == "公司产品仅面向家庭用户"
    assert r["score"]["adjustments"][0]["points"] == -1
    assert r["score"]["points_possible"] == pytest.approx(99)
    code, out = run("check", str(SAMPLE), "--config", str(cfg), "--as-of", AS_OF)
    assert "2026年因虚假宣传受到行政处罚" in out and "23.1" in out


def test_crosswalk_command() -> None:
    code, out = run("crosswalk")
    assert code == 0 and out.startswith("# Crosswalk between standards")


def test_a_gap_shared_by_two_standards_says_so_in_the_reports(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "售后服务工作总结.txt").write_text("2026年售后服务工作总结\n公司目前尚未建立退换货制度。\n", encoding="utf-8")
    code, out = run("check", str(folder), "-s", "qzzlh-1001-2022", "-s", "sbt10401-2006-b", "-f", "html,table", "-o", str(tmp_path / "out"), "--as-of", AS_OF)
    assert code == 0
    table = (tmp_path / "out" / "set.qzzlh-1001-2022.txt").read_text(encoding="utf-8")
    assert "also costs: sbt10401-2006-b" in table  # the cell wraps: the clause id follows
    html = (tmp_path / "out" / "set.qzzlh-1001-2022.html").read_text(encoding="utf-8")
    assert "sbt10401-2006-b B.4.2" in html
