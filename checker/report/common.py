"""What the HTML, XLSX and Markdown reports share: labels, the gap list, the hierarchy of a
leaf, and the matched terms of a snippet. Pure functions of an Assessment."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..model import Assessment, ClauseResult, ElementResult, GroupScore

STATUS_ZH = {"met": "符合", "partial": "部分符合", "missing": "缺失", "not_applicable": "不适用(删减)"}
STATUS_EN = {"met": "met", "partial": "partial", "missing": "missing", "not_applicable": "not applicable"}
LEVEL_ZH = {"strong": "充分", "weak": "不充分", "none": "无"}
NO_RULE = "no rule yet"


def lost(c: ClauseResult) -> float:
    return max(0.0, c.points_possible - c.points_awarded)


def first_level(a: Assessment) -> list[GroupScore]:
    level = min((g.level for g in a.groups), default=1)
    return [g for g in a.groups if g.level == level]


def category_of(a: Assessment, c: ClauseResult) -> GroupScore | None:
    firsts = {g.id: g for g in first_level(a)}
    return next((firsts[p] for p in c.path if p in firsts), None)


def counts(clauses: list[ClauseResult] | tuple[ClauseResult, ...]) -> dict[str, int]:
    out = {"met": 0, "partial": 0, "missing": 0, "not_applicable": 0}
    for c in clauses:
        out[c.status] = out.get(c.status, 0) + 1
    return out


def unsatisfied(c: ClauseResult) -> list[ElementResult]:
    """The elements still to write or collect: those not strongly evidenced."""
    return [e for e in c.elements if e.gap]


def remedy(e: ElementResult) -> str:
    """What to write or collect for an element: its description, plus why the evidence is weak."""
    if e.contrary:
        # the element describes the fault itself: what to do is remove it
        return f"需纠正 (to correct): {e.description} ({e.reason})"
    if e.level == "weak" and e.reason:
        return f"{e.description} (现有证据不充分: {e.reason})"
    return e.description


@dataclass(frozen=True)
class GapGroup:
    group: GroupScore | None
    lost: float
    clauses: tuple[ClauseResult, ...]


def gap_groups(a: Assessment) -> list[GapGroup]:
    """Missing and partial clauses grouped by first-level indicator: the costliest group first,
    and in each the costliest clause first."""
    by: dict[str, list[ClauseResult]] = {}
    for c in a.clauses:
        if c.status in ("missing", "partial"):
            g = category_of(a, c)
            by.setdefault(g.id if g else "", []).append(c)
    groups = {g.id: g for g in first_level(a)}
    order = {g.id: i for i, g in enumerate(first_level(a))}
    out = [
        GapGroup(groups.get(gid), sum(lost(c) for c in cl), tuple(sorted(cl, key=lambda c: -lost(c))))
        for gid, cl in by.items()
    ]
    return sorted(out, key=lambda g: (-g.lost, order.get(g.group.id if g.group else "", 999)))


def hierarchy(a: Assessment, c: ClauseResult) -> tuple[str, str, str]:
    """一级 / 二级 / 三级 indicator labels ("id title") of a leaf. A second-level leaf has an
    empty third level; deeper leaves put everything below the second level in the third."""
    titles = {g.id: g.title for g in a.groups}
    labels = [f"{p} {titles.get(p, '')}".strip() for p in c.path] + [f"{c.id} {c.title}"]
    if len(labels) == 1:
        return labels[0], "", ""
    if len(labels) == 2:
        return labels[0], labels[1], ""
    return labels[0], labels[1], " / ".join(labels[2:])


def _fold(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).lower()


def highlight(snippet: str, terms: tuple[str, ...] | list[str]) -> list[tuple[str, bool]]:
    """The snippet cut into (text, is_a_matched_term) pieces. Matching ignores width and case
    (NFKC), as the matcher does, but the pieces are the snippet's own characters."""
    if not snippet:
        return []
    folded: list[str] = []
    owner: list[int] = []  # folded char → index of the snippet char it came from
    for i, ch in enumerate(snippet):
        f = _fold(ch)
        folded.extend(f)
        owner.extend([i] * len(f))
    text = "".join(folded)
    marked = [False] * len(snippet)
    for term in sorted({_fold_str(t) for t in terms if t and t.strip()}, key=len, reverse=True):
        start = text.find(term)
        while start != -1:
            for k in range(start, start + len(term)):
                marked[owner[k]] = True
            start = text.find(term, start + len(term))
    pieces: list[tuple[str, bool]] = []
    for ch, m in zip(snippet, marked, strict=True):
        if pieces and pieces[-1][1] == m:
            pieces[-1] = (pieces[-1][0] + ch, m)
        else:
            pieces.append((ch, m))
    return pieces


def _fold_str(s: str) -> str:
    return "".join(_fold(ch) for ch in s)


def adjustments(a: Assessment) -> tuple:
    """The special items (特别扣分项 / 特别加分项) the total includes, if the model has them."""
    return tuple(getattr(a.score, "adjustments", ()) or ())


def base_total(a: Assessment) -> float:
    """The total before special items."""
    b = getattr(a.score, "base_total", None)
    return a.score.total if b is None else b


def adjustment_label(x) -> str:
    kind = "特别扣分项" if x.kind == "deduction" else "特别加分项"
    when = f" ({x.date})" if x.date else ""
    return f"{kind} {x.points:+g}: {x.description}{when}"


def fmt_points(x: float) -> str:
    """Points as a certifier writes them: 2, 0.5, 0.67."""
    return f"{x:.2f}".rstrip("0").rstrip(".") if abs(x - round(x)) > 1e-9 else f"{round(x):d}"
