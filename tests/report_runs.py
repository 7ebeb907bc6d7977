"""Real runs of `checker check` on the shipped sample set, shared by the report tests: each run
happens once per test session and writes every format into its own directory."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "evidence_samples" / "hengshun-appliance"
AS_OF = "2026-11-24"
STANDARD = "qzzlh-1001-2022"
ALL_FORMATS = "html,xlsx,json,markdown,table"

_TMP = Path(tempfile.mkdtemp(prefix="checker-report-tests-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def tmp_dir(name: str) -> Path:
    d = _TMP / name
    d.mkdir(parents=True, exist_ok=True)
    return d


def outputs(out: Path, set_path: Path = SAMPLE, standard: str = STANDARD) -> dict[str, Path]:
    base = f"{set_path.name}.{standard}"
    return {
        "html": out / f"{base}.html",
        "xlsx": out / f"{base}.xlsx",
        "json": out / f"{base}.json",
        "markdown": out / f"{base}.md",
        "table": out / f"{base}.txt",
    }


@cache
def plain() -> dict[str, Path]:
    """Every format of one plain check of the sample set."""
    out = tmp_dir("plain")
    code, text = run("check", str(SAMPLE), "--as-of", AS_OF, "--format", ALL_FORMATS, "-o", str(out))
    assert code == 0, text
    return outputs(out)


@cache
def plain_json() -> dict:
    return json.loads(plain()["json"].read_text(encoding="utf-8"))


@cache
def assessment():
    """The sample set's Assessment object itself (for tests that build variants of it)."""
    from datetime import date

    from checker import ingest
    from checker.assess import assess
    from checker.match import Matcher
    from checker.rulepack import load_pack

    pack = load_pack(STANDARD)
    return assess(ingest.load(SAMPLE), pack, Matcher([pack]), date.fromisoformat(AS_OF))
