"""Agreement with the auditors' labels, for every sample set and every standard it is labelled
for, as a Markdown table (the README's accuracy section is this script's output).

    python tools/accuracy.py [--as-of 2026-11-24]
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from checker import ingest
from checker.assess import assess_many
from checker.config import load_config
from checker.evaluate import evaluate, labelled_standards, read_labels
from checker.rulepack import load_pack

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = {"kangyi-medical", "shengan-elevator"}  # never used to tune the rules


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 24))
    args = ap.parse_args()
    rows = ["| set | standard | clauses agreeing | accuracy | labelled missing, reported met |", "|---|---|---:|---:|---:|"]
    for folder in sorted(p for p in (ROOT / "evidence_samples").iterdir() if (p / "labels.yaml").is_file()):
        corpus = ingest.load(folder)
        stds = labelled_standards(folder)
        packs = [load_pack(s) for s in stds]
        results = assess_many(corpus, packs, args.as_of, load_config(None, folder))
        for std, result in zip(stds, results, strict=True):
            _, labels = read_labels(folder, std)
            e = evaluate(result, labels)
            name = folder.name + (" (held out)" if folder.name in HELD_OUT else "")
            rows.append(f"| {name} | `{std}` | {e.agreed}/{e.labelled} | {e.accuracy:.1%} | {e.missing_reported_met} |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
