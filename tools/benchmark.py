"""How fast the checker is, phase by phase, on the shipped sample sets and on a larger set made
by copying them. Prints a Markdown report (and writes it with --out).

    python tools/benchmark.py                 # all sample sets, every standard, 3 repeats
    python tools/benchmark.py --scale 8 --out docs/benchmark.md

Timings are wall-clock on this machine; compare runs made on the same machine.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from checker import ingest
from checker.assess import assess_many
from checker.match import Matcher
from checker.rulepack import available_packs, load_pack

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "evidence_samples"
AS_OF = date(2026, 11, 24)


def _time(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def measure(folder: Path, packs, repeats: int) -> dict:
    t_parse, corpus = _time(lambda: ingest.load(folder), repeats)
    matcher = Matcher(packs)
    t_prep, prepared = _time(lambda: matcher.prepare(corpus.documents, AS_OF), repeats)
    t_all, _ = _time(lambda: assess_many(corpus, packs, AS_OF), repeats)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return {
        "set": folder.name,
        "files": len(corpus.documents) + len(corpus.problems),
        "blocks": sum(len(d.blocks) for d in corpus.documents),
        "mb": size / 1e6,
        "parse": t_parse,
        "prepare": t_prep,
        "assess": t_all,
        "passages": len(prepared.passages),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scale", type=int, default=5, help="copies of all sample sets in the large run")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()

    t0 = time.perf_counter()
    packs = [load_pack(p) for p in available_packs()]
    Matcher(packs)  # jieba's dictionary and the term automaton: a one-off cost per process
    startup = time.perf_counter() - t0
    sets = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
    rows = [measure(s, packs, args.repeats) for s in sets]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / f"all-sets-x{args.scale}"
        for i in range(args.scale):
            for s in sets:
                shutil.copytree(s, big / f"{i}-{s.name}")
        rows.append(measure(big, packs, 1))

    lines = [
        "# Benchmark",
        "",
        f"{date.today().isoformat()} · Python {platform.python_version()} · {platform.machine()} · "
        f"standards: {', '.join(p.id for p in packs)} · median of {args.repeats} runs (large set: 1)",
        "",
        f"Start-up (packs loaded, tokenizer and term automaton built): {startup:.2f} s",
        "",
        "| set | files | MB | blocks | parse s | prepare s | assess all standards s | files/s end to end |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        total = r["parse"] + r["assess"]
        lines.append(
            f"| {r['set']} | {r['files']} | {r['mb']:.1f} | {r['blocks']} | {r['parse']:.2f} | "
            f"{r['prepare']:.2f} | {r['assess']:.2f} | {r['files'] / total:.1f} |"
        )
    lines += ["", "`assess` includes preparing passages, matching every element once, the rule engine and scoring."]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
