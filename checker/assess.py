"""The pipeline in one place: corpus → evidence → engine → scores → Assessment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import PurePosixPath

from . import engine, scoring
from .config import UserConfig
from .ingest import Corpus
from .inventory import kind_of
from .match import (
    BELOW_THRESHOLD,
    FIGURES_DIFFER,
    NOT_DONE,
    PROBLEM,
    ElementEvidence,
    Matcher,
    Prepared,
)
from .model import Adjustment, Assessment, ClauseResult, DocumentInfo, ElementResult, Rejection
from .rulepack import Element, Node, Pack


def _element_result(el: Element, ev: ElementEvidence, level: str, shortfall: Rejection | None = None) -> ElementResult:
    if level == "strong":
        reason = ""
    elif shortfall is not None:
        reason = f"the documents show it falling short: {shortfall.reason} in {shortfall.file} {shortfall.location}: {shortfall.snippet[:80]}"
    elif level == "weak":
        reason = ev.evidence[0].note if ev.evidence else "only weak evidence"
    elif el.contrary:
        reason = f"no sign of this shortfall: looked for {el.check.summary()}"
    elif not el.required:
        reason = f"not shown, and not needed for met unless the documents show it falling short: looked for {el.check.summary()}"
    elif ev.rejected:
        r = ev.rejected[0]
        reason = f"only a near-miss: {r.reason} in {r.file} {r.location}"
    else:
        reason = f"nothing found: looked for {el.check.summary()}"
    return ElementResult(
        id=el.id,
        description=el.description,
        check=el.check.type,
        level=level,  # type: ignore[arg-type]
        evidence=ev.evidence if shortfall is None else (),
        rejected=ev.rejected if level != "strong" else (),
        reason=reason,
        required=el.required,
        contrary=el.contrary,
    )


def _facts(leaf: Node, found: Mapping[tuple[str, str], ElementEvidence], kinds: Mapping[str, str]):
    """The elements the engine decides the clause on, and their evidence facts. An element that is
    not required counts only when shown: falling short (places that disagree, or a figure below
    the threshold in a document of a kind where it counts), which is a weak fact even where other
    places show it fine, or else strongly."""
    ids: list[str] = []
    facts: list[tuple[str, str, str]] = []
    shortfalls: dict[str, Rejection] = {}
    for e in leaf.elements:
        ev = found[(leaf.id, e.id)]
        if e.contrary:
            # a sign counts where it is written in a document of the kinds it names, or where
            # the company lists it among its own problems; a rule that mentions it is no sign
            r = next((r for r in ev.evidence if r.strength == "strong" or r.note.startswith((PROBLEM, NOT_DONE))), None)
            if r is not None:
                ids.append(e.id)
                facts.append((leaf.id, e.id, "weak"))
                shortfalls[e.id] = Rejection(r.file, r.location, r.snippet, f"a sign of it: {'、'.join(r.terms)}")
            continue
        if e.required:
            ids.append(e.id)
            facts += [(leaf.id, e.id, r.strength) for r in ev.evidence]
            continue
        differ = next((r for r in ev.evidence if FIGURES_DIFFER in r.note), None)
        if differ is not None:  # a consistency check that found the places disagreeing
            ids.append(e.id)
            facts.append((leaf.id, e.id, "weak"))
            shortfalls[e.id] = Rejection(differ.file, differ.location, differ.snippet, differ.note)
            continue
        short = next(
            (
                r
                for r in ev.rejected
                if r.reason.startswith(BELOW_THRESHOLD) and (e.kinds is None or kinds.get(r.file) in e.kinds)
            ),
            None,
        )
        if short is not None:
            # a practice shown falling short somewhere (旺季接通率82.7%) is not met by the places
            # where it is fine
            ids.append(e.id)
            facts.append((leaf.id, e.id, "weak"))
            shortfalls[e.id] = short
            continue
        if any(r.strength == "strong" for r in ev.evidence):
            ids.append(e.id)
            facts.append((leaf.id, e.id, "strong"))
    return tuple(ids), facts, shortfalls


def _unread_hint(leaf: Node, unread: Sequence[str]) -> str:
    """Unreadable files whose names suggest they were meant for this clause."""
    names = []
    for f in unread:
        stem = PurePosixPath(f).stem
        for el in leaf.elements:
            if any(t in stem for t in el.groups()[0]):
                names.append(f)
                break
    if not names:
        return ""
    return f"; could not read {', '.join(names)}, which may hold evidence for this clause"


def assess(
    corpus: Corpus,
    pack: Pack,
    matcher: Matcher,
    as_of: date,
    not_applicable: Mapping[str, str] | None = None,
    adjustments: Sequence[Adjustment] = (),
    prepared: Prepared | None = None,
    shared: Mapping[str, tuple[str, ...]] | None = None,
) -> Assessment:
    """One standard's assessment. `prepared` lets several standards share one matching pass;
    `shared` maps an element origin to the other standards' clauses that use it."""
    na = dict(not_applicable or {})
    leaves = pack.leaves()
    unknown = sorted(set(na) - {n.id for n in leaves})
    found = matcher.match(prepared or matcher.prepare(corpus.documents, as_of), pack, as_of)
    kinds = {d.path: kind_of(d) for d in corpus.documents}
    decided = {n.id: _facts(n, found, kinds) for n in leaves}
    conclusions = engine.infer(
        [
            engine.ClauseInput(n.id, decided[n.id][0], na.get(n.id), tuple(e.id for e in n.elements if e.key))
            for n in leaves
        ],
        [f for n in leaves for f in decided[n.id][1]],
    )
    unread = [p.file for p in corpus.problems] + [d.path for d in corpus.documents if not d.blocks]
    statuses = {cid: st for cid, (st, _) in conclusions.clause_status.items()}
    clauses = []
    for n in leaves:
        status, reason = conclusions.clause_status[n.id]
        elements = tuple(
            replace(
                _element_result(
                    e,
                    found[(n.id, e.id)],
                    conclusions.element_levels.get((n.id, e.id), "none"),
                    decided[n.id][2].get(e.id),
                ),
                also_in=tuple(x for x in (shared or {}).get(e.origin, ()) if not x.startswith(f"{pack.id} ")),
            )
            for e in n.elements
            if status != "not_applicable"
        )
        gaps = [f"{e.id}: {e.reason}" for e in elements if e.gap]
        if gaps:
            reason = f"{reason} ({'; '.join(gaps)})"
        if status in ("missing", "partial"):
            reason += _unread_hint(n, unread)
        possible = 0.0 if status == "not_applicable" else n.points
        clauses.append(
            ClauseResult(
                id=n.id,
                title=n.title,
                text=n.text or "",
                path=pack.ancestors(n.id),
                status=status,  # type: ignore[arg-type]
                points_possible=possible,
                points_awarded=scoring.clause_points(n.points, status, pack.meta.scoring),
                reason=reason,
                elements=elements,
            )
        )
    groups = scoring.roll_up(pack, statuses)
    possible = sum(c.points_possible for c in clauses)
    awarded = sum(c.points_awarded for c in clauses)
    score = scoring.score(pack, groups, possible, awarded, adjustments)
    documents = tuple(
        DocumentInfo(d.path, d.format, kind_of(d), d.title, d.pages, len(d.blocks), d.metadata, d.warnings)
        for d in corpus.documents
    )
    warnings = [f"{p.file}: {p.reason}" for p in corpus.problems]
    warnings += [f"{d.path}: {w}" for d in corpus.documents for w in d.warnings]
    warnings += [f"not-applicable declaration for unknown clause {c} ignored" for c in unknown]
    return Assessment(
        standard_id=pack.id,
        standard_title=pack.meta.title,
        standard_version=pack.meta.version,
        root=corpus.root,
        as_of=as_of.isoformat(),
        score=score,
        groups=groups,
        clauses=tuple(clauses),
        documents=documents,
        warnings=tuple(warnings),
    )


def crosswalk(packs: Sequence[Pack]) -> dict[str, tuple[str, ...]]:
    """Element origin -> every "standard clause" that uses it, across the given packs."""
    out: dict[str, list[str]] = {}
    for p in packs:
        for leaf in p.leaves():
            for e in leaf.elements:
                out.setdefault(e.origin, []).append(f"{p.id} {leaf.id}")
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def assess_many(
    corpus: Corpus, packs: Sequence[Pack], as_of: date, config: UserConfig | None = None
) -> tuple[Assessment, ...]:
    """Several standards from one reading of the documents: files are parsed once (the corpus),
    passages prepared once, and an element shared between packs is matched once."""
    cfg = config or UserConfig()
    matcher = Matcher(packs)
    prepared = matcher.prepare(corpus.documents, as_of)
    shared = crosswalk(packs)
    results = []
    for p in packs:
        adjustments = scoring.adjust(p.meta.scoring, cfg.deductions, cfg.bonuses)
        results.append(assess(corpus, p, matcher, as_of, cfg.na_for(p.id), adjustments, prepared, shared))
    unknown = sorted(set(cfg.not_applicable) - {p.id for p in packs})
    if unknown and results:
        note = f"{cfg.source}: not-applicable clauses given for standards not assessed: {', '.join(unknown)}"
        results[0] = replace(results[0], warnings=(*results[0].warnings, note))
    return tuple(results)
