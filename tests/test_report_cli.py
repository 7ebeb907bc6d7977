"""`--format` with several formats, where the reports go, and the progress display."""

from __future__ import annotations

import io
import json
from pathlib import Path

from report_runs import AS_OF, SAMPLE, STANDARD, plain, plain_json, run
from rich.console import Console

from checker.progress import RunProgress


def test_several_formats_go_to_a_directory_named_by_set_and_standard() -> None:
    files = plain()
    for fmt, f in files.items():
        assert f.is_file() and f.stat().st_size > 1000, fmt
        assert f.name.startswith(f"{SAMPLE.name}.{STANDARD}.")
    assert files["xlsx"].read_bytes().startswith(b"PK")
    assert json.loads(files["json"].read_text(encoding="utf-8"))["standard"]["id"] == STANDARD
    assert "Total" in files["table"].read_text(encoding="utf-8")
    assert "\x1b[" not in files["table"].read_text(encoding="utf-8")  # no colour codes in files


def test_one_format_writes_the_named_file_or_into_a_directory(tmp_path: Path) -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "-f", "xlsx", "-o", str(tmp_path / "评分表.xlsx"))
    assert code == 0 and (tmp_path / "评分表.xlsx").read_bytes().startswith(b"PK")
    (tmp_path / "reports").mkdir()
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "-f", "json", "-o", str(tmp_path / "reports"))
    assert code == 0
    written = json.loads((tmp_path / "reports" / f"{SAMPLE.name}.{STANDARD}.json").read_text(encoding="utf-8"))
    assert written["score"] == plain_json()["score"]


def test_table_is_still_the_default_on_stdout() -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF)
    assert code == 0 and "Total" in out and "Score by category" in out


def test_format_and_output_mistakes_are_clear(tmp_path: Path) -> None:
    code, out = run("check", str(SAMPLE), "-f", "xlsx")
    assert code == 2 and "binary format" in out and "-o" in out
    code, out = run("check", str(SAMPLE), "-f", "html,json")
    assert code == 2 and "name a directory with -o" in out
    code, out = run("check", str(SAMPLE), "-f", "html,pdf", "-o", str(tmp_path))
    assert code == 2 and "'pdf' is not one of" in out
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    code, out = run("check", str(SAMPLE), "-f", "html,json", "-o", str(tmp_path / "file.txt"))
    assert code == 2 and "is a file" in out


def test_no_progress_when_stderr_is_not_a_terminal() -> None:
    code, out = run("check", str(SAMPLE), "--as-of", AS_OF, "-f", "json")
    assert code == 0 and "Reading files" not in out and "Evaluating" not in out
    assert RunProgress().enabled is False  # pytest's stderr is not a TTY


def test_progress_counts_files_and_clauses_on_a_terminal() -> None:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    with RunProgress(enabled=True, console=console) as p:
        for name in ("a.docx", "b.pdf", "c.xlsx"):
            p.on_file(name)
        p.files_done()
        with p.stage("Evaluating 3 clauses", total=3) as step:
            for cid in ("1", "2", "3"):
                step(cid)
        tasks = {t.description: (t.completed, t.total) for t in p._progress.tasks}  # type: ignore[union-attr]
    assert tasks == {"Reading files": (3, 3), "Evaluating 3 clauses": (3, 3)}
    assert "Reading files" in buf.getvalue()
    quiet = RunProgress(enabled=False)
    with quiet as p, p.stage("x", total=1) as step:
        p.on_file("a")
        step("1")


def test_special_items_show_in_html_markdown_and_xlsx() -> None:
    import dataclasses

    import openpyxl
    from report_runs import assessment

    from checker.model import Adjustment
    from checker.report import html, markdown, xlsx

    a = assessment()
    items = (Adjustment("deduction", "虚假宣传被处罚 <x>", -5, "2026-03-12"), Adjustment("bonus", "省级服务名牌", 1))
    a = dataclasses.replace(a, score=dataclasses.replace(a.score, adjustments=items, base_total=a.score.total))
    page = html.render(a)
    assert "特别扣分项 -5.00:虚假宣传被处罚 &lt;x&gt;(2026-03-12)" in page and "特别加分项 +1.00" in page
    md = markdown.render(a)
    assert r"特别扣分项 -5: 虚假宣传被处罚 \<x\> (2026-03-12)" in md and "特别加分项 +1: 省级服务名牌" in md
    ws = openpyxl.load_workbook(io.BytesIO(xlsx.render(a)))["评分表"]
    total_row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "总分")
    assert "特别扣分项 -5: 虚假宣传被处罚 <x> (2026-03-12)" in total_row[8]
