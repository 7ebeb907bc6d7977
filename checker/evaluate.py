"""Agreement between the checker and an auditor's labels (SET/labels.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Assessment, ClauseResult

STATUSES = ("met", "partial", "missing")
LABELS_FILE = "labels.yaml"


class LabelsError(ValueError):
    pass


@dataclass(frozen=True)
class Label:
    clause: str
    status: str
    why: str


@dataclass(frozen=True)
class Disagreement:
    label: Label
    clause: ClauseResult


@dataclass(frozen=True)
class Evaluation:
    standard: str
    labelled: int
    agreed: int
    confusion: dict[str, dict[str, int]]  # label -> tool status -> count
    disagreements: tuple[Disagreement, ...]
    unlabelled: tuple[str, ...]  # leaves the labels do not cover
    unknown: tuple[str, ...]  # labels for clauses the pack does not have

    @property
    def accuracy(self) -> float:
        return self.agreed / self.labelled if self.labelled else 0.0

    @property
    def missing_reported_met(self) -> int:
        return self.confusion["missing"]["met"]


def read_labels(folder: Path, standard: str | None = None) -> tuple[str | None, dict[str, Label]]:
    """A set's labels for one standard. labels.yaml holds either one standard
    (`standard: ID` and `labels: {clause: {status, why}}`) or several
    (`standards: {ID: {clause: {status, why}}}`); returns the standard and its labels."""
    f = folder / LABELS_FILE
    if not f.is_file():
        raise LabelsError(f"{f}: no labels file; a set to evaluate needs {LABELS_FILE}")
    try:
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise LabelsError(f"{f}: not valid YAML: {e}") from e
    if "standards" in data:
        by_std = data["standards"] or {}
        if standard is None:
            if len(by_std) != 1:
                raise LabelsError(f"{f}: labels for {', '.join(by_std)}: say which with --standard")
            standard = next(iter(by_std))
        if standard not in by_std:
            raise LabelsError(f"{f}: no labels for {standard} (labelled: {', '.join(by_std)})")
        raw = by_std[standard] or {}
    else:
        named = data.get("standard")
        if standard is not None and named is not None and named != standard:
            raise LabelsError(f"{f}: labels are for {named}, not {standard}")
        standard = standard or named
        raw = data.get("labels", {})
    labels: dict[str, Label] = {}
    for cid, body in raw.items():
        if not isinstance(body, dict) or body.get("status") not in (*STATUSES, "not_applicable"):
            raise LabelsError(f"{f}: {standard} clause {cid}: status must be one of {', '.join(STATUSES)}")
        labels[str(cid)] = Label(str(cid), body["status"], str(body.get("why", "")))
    return standard, labels


def labelled_standards(folder: Path) -> list[str]:
    data = yaml.safe_load((folder / LABELS_FILE).read_text(encoding="utf-8")) or {}
    return list(data["standards"]) if "standards" in data else [data["standard"]] if data.get("standard") else []


def evaluate(a: Assessment, labels: dict[str, Label]) -> Evaluation:
    by_id = {c.id: c for c in a.clauses}
    confusion = {lab: dict.fromkeys(STATUSES, 0) for lab in STATUSES}
    agreed = labelled = 0
    dis: list[Disagreement] = []
    for cid, lab in labels.items():
        c = by_id.get(cid)
        if c is None or lab.status == "not_applicable" or c.status == "not_applicable":
            continue
        labelled += 1
        confusion[lab.status][c.status] += 1
        if c.status == lab.status:
            agreed += 1
        else:
            dis.append(Disagreement(lab, c))
    return Evaluation(
        standard=a.standard_id,
        labelled=labelled,
        agreed=agreed,
        confusion=confusion,
        disagreements=tuple(dis),
        unlabelled=tuple(c.id for c in a.clauses if c.id not in labels),
        unknown=tuple(sorted(set(labels) - set(by_id))),
    )


def render_text(e: Evaluation, set_name: str) -> str:
    lines = [
        f"{set_name} against {e.standard}: {e.agreed}/{e.labelled} clauses agree ({e.accuracy:.1%})",
        f"labels of 'missing' reported 'met': {e.missing_reported_met}",
        "",
        "confusion (rows: label, columns: checker)",
        f"{'':>10}" + "".join(f"{s:>10}" for s in STATUSES),
    ]
    for lab in STATUSES:
        lines.append(f"{lab:>10}" + "".join(f"{e.confusion[lab][s]:>10}" for s in STATUSES))
    if e.disagreements:
        lines += ["", "disagreements:"]
        for d in e.disagreements:
            c = d.clause
            lines.append(f"- {c.id} {c.title}: label {d.label.status}, checker {c.status}")
            lines.append(f"    label: {d.label.why}")
            lines.append(f"    checker: {c.reason}")
            for el in c.elements:
                for ev in el.evidence[:1]:
                    lines.append(f"    {el.id} ({el.level}): {ev.file} {ev.location}: {ev.snippet[:70]}")
    if e.unlabelled:
        lines += ["", f"not labelled: {', '.join(e.unlabelled)}"]
    if e.unknown:
        lines += ["", f"labels for clauses the standard does not have: {', '.join(e.unknown)}"]
    return "\n".join(lines)


def to_dict(e: Evaluation, set_name: str) -> dict:
    return {
        "set": set_name,
        "standard": e.standard,
        "labelled": e.labelled,
        "agreed": e.agreed,
        "accuracy": round(e.accuracy, 4),
        "missing_reported_met": e.missing_reported_met,
        "confusion": e.confusion,
        "disagreements": [
            {
                "clause": d.clause.id,
                "title": d.clause.title,
                "label": d.label.status,
                "why": d.label.why,
                "checker": d.clause.status,
                "reason": d.clause.reason,
                "evidence": [
                    {"element": el.id, "level": el.level, "file": ev.file, "location": ev.location, "snippet": ev.snippet}
                    for el in d.clause.elements
                    for ev in el.evidence[:1]
                ],
            }
            for d in e.disagreements
        ],
        "unlabelled": list(e.unlabelled),
        "unknown": list(e.unknown),
    }
