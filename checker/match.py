"""Find each element's evidence in the documents, and say why near-misses were turned down.

Output is data for the engine: for every (clause, element) the accepted evidence (strong or weak)
and the rejected near-misses. Nothing here decides a clause's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import ahocorasick

from .inventory import KIND_LABELS, kind_of
from .model import Block, Document, EvidenceRef, Rejection
from .rulepack import Element, Pack, RecordCheck, TermsCheck
from .text import Tokenizer, snippet_around

MAX_EVIDENCE = 3
MAX_REJECTED = 3


@dataclass(frozen=True)
class ElementEvidence:
    clause: str
    element: str
    check: str
    evidence: tuple[EvidenceRef, ...]  # best first: strong before weak
    rejected: tuple[Rejection, ...]


@dataclass(frozen=True)
class _Passage:
    doc: Document
    kind: str
    block: Block
    context: str  # title, headings (and table header) the passage stands under
    scope: str | None = None  # why everything here is not evidence: under a plan or problems heading


@dataclass
class _Hit:
    term: str
    start: int
    in_text: bool
    cue: str | None  # negation/intention word governing this occurrence, if any


class Matcher:
    """Built once per set of packs; matching a corpus is then a pure function of the documents."""

    def __init__(self, packs: Sequence[Pack]) -> None:
        self.packs = tuple(packs)
        terms = set().union(*(p.terms() for p in packs)) if packs else set()
        self.tokenizer = Tokenizer(terms)
        self._ac = ahocorasick.Automaton()
        for t in terms:
            self._ac.add_word(t, t)
        if terms:
            self._ac.make_automaton()
        self._has_terms = bool(terms)

    # -- occurrences --------------------------------------------------------------------------
    def _occurrences(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        if self._has_terms and text:
            for end, term in self._ac.iter(text):
                found.setdefault(term, []).append(end - len(term) + 1)
        return found

    def _cue_at(self, text: str, pos: int) -> str | None:
        cue = self.tokenizer.cue_for(text, pos)
        return f"{'negated' if cue.kind == 'negated' else 'planned'} ({cue.word})" if cue else None

    # -- passages -----------------------------------------------------------------------------
    @staticmethod
    def passages(docs: Iterable[Document], as_of: date) -> list[_Passage]:
        out: list[_Passage] = []
        for d in docs:
            kind = kind_of(d)
            doc_scope = _plan_title(d.title, as_of)
            header: dict[tuple[str | None, int | None], Block] = {}
            for b in d.blocks:
                if b.kind == "heading" or b.text == d.title:
                    continue  # titles and headings are context, not evidence on their own
                ctx = [d.title, *b.heading_path]
                if b.kind == "table_row":
                    key = (b.sheet, b.table)
                    head = header.setdefault(key, b)
                    if head is not b:
                        ctx.append(head.text)
                scope = doc_scope or next(
                    (why for h in reversed(b.heading_path) if (why := _heading_scope(h, as_of))), None
                )
                out.append(_Passage(d, kind, b, " / ".join(ctx), scope))
        return out

    # -- terms check --------------------------------------------------------------------------
    def _terms(self, el: Element, chk: TermsCheck, ps: list[_Passage], occ: dict[int, tuple[dict, dict]]):
        accepted: list[tuple[tuple, EvidenceRef]] = []
        rejected: list[Rejection] = []
        for i, p in enumerate(ps):
            text_occ, ctx_occ = occ[i]
            if chk.none and any(t in text_occ for t in chk.none):
                continue
            if el.kinds and "record" not in el.kinds and p.kind == "record" and p.block.kind == "table_row":
                continue  # a ledger row reports an event; it never states a rule
            groups_ok: list[_Hit | None] = []
            cues: list[str] = []
            for group in chk.all:
                best: _Hit | None = None
                for term in group:
                    for pos in text_occ.get(term, ()):
                        cue = self._cue_at(p.block.text, pos)
                        if cue:
                            cues.append(cue)
                        elif best is None or not best.in_text:
                            best = _Hit(term, pos, True, None)
                    if best is None or not best.in_text:
                        for pos in ctx_occ.get(term, ()):
                            if not self._cue_at(p.context, pos) and best is None:
                                best = _Hit(term, pos, False, None)
                groups_ok.append(best)
            in_text = [h for h in groups_ok if h and h.in_text]
            if all(groups_ok) and in_text and p.scope:
                rejected.append(Rejection(p.doc.path, p.block.location(), _snip(p.block.text, text_occ), p.scope))
            elif all(groups_ok) and in_text:
                strong = el.kinds is None or p.kind in el.kinds
                note = "" if strong else _kind_note(p.kind, el.kinds or ())
                ref = _ref(p, in_text, [h.term for h in groups_ok if h], "strong" if strong else "weak", note)
                # Best first: the right kind of document, one whose title is about the topic
                # (the 退换货管理办法 rather than a passing 换货 in a supplier rule), most groups
                # found in the passage's own words, then shorter passages.
                topic = any(t in p.doc.title for t in chk.all[0])
                rank = (0 if strong else 1, 0 if topic else 1, -len(in_text), len(p.block.text) > 400)
                accepted.append((rank, ref))
            elif cues and all(h or _group_negated(g, text_occ) for h, g in zip(groups_ok, chk.all, strict=True)):
                rejected.append(
                    Rejection(p.doc.path, p.block.location(), _snip(p.block.text, text_occ), cues[0])
                )
        accepted.sort(key=lambda x: x[0])
        return [r for _, r in accepted], rejected

    # -- record check -------------------------------------------------------------------------
    def _records(self, el: Element, chk: RecordCheck, tables: list[_Table], as_of: date):
        accepted: list[tuple[tuple, EvidenceRef]] = []
        rejected: list[Rejection] = []
        for t in tables:
            occ = self._occurrences(t.context)
            hits = []
            for group in chk.about:
                hit = next(
                    (term for term in group for pos in occ.get(term, ()) if not self._cue_at(t.context, pos)),
                    None,
                )
                hits.append(hit)
            if not all(hits):
                continue
            dated = [(r, d) for r, d in t.dated_rows()]
            first = t.rows[0]
            if not dated:
                rejected.append(Rejection(t.doc.path, first.location(), first.text[:160], "table has no dated entries"))
                continue
            rows = [r for r, _ in dated]
            newest = max(d for _, d in dated)
            oldest = min(d for _, d in dated)
            problems = []
            if len(dated) < chk.min_rows:
                problems.append(f"only {len(dated)} dated entries, at least {chk.min_rows} required")
            age = (as_of - newest).days
            if chk.max_age_days is not None and age > chk.max_age_days:
                problems.append(
                    f"newest entry {newest.isoformat()} is {age} days before {as_of.isoformat()} (limit {chk.max_age_days})"
                )
            where = f"{len(dated)} dated entries {oldest.isoformat()} … {newest.isoformat()}, rows {_ranges([r.row or r.index for r in rows])}"
            newest_row = max(dated, key=lambda x: x[1])[0]
            ref = EvidenceRef(
                file=t.doc.path,
                snippet=newest_row.text[:200],
                location=t.location(),
                block=newest_row.index,
                page=newest_row.page,
                sheet=newest_row.sheet,
                row=newest_row.row,
                terms=tuple(h for h in hits if h),
                strength="weak" if problems else "strong",
                note="; ".join([where, *problems]),
            )
            accepted.append(((1 if problems else 0, -len(dated)), ref))
        accepted.sort(key=lambda x: x[0])
        return [r for _, r in accepted], rejected

    # -- all ----------------------------------------------------------------------------------
    def prepare(self, docs: Sequence[Document], as_of: date) -> Prepared:
        """Passages, term occurrences and tables of a corpus: computed once, shared by every pack."""
        ps = self.passages(docs, as_of)
        occ = {i: (self._occurrences(p.block.text), self._occurrences(p.context)) for i, p in enumerate(ps)}
        return Prepared(ps, occ, find_tables(docs))

    def element(self, prep: Prepared, clause: str, el: Element, as_of: date) -> ElementEvidence:
        if isinstance(el.check, TermsCheck):
            acc, rej = self._terms(el, el.check, prep.passages, prep.occurrences)
        else:
            acc, rej = self._records(el, el.check, prep.tables, as_of)
        return ElementEvidence(clause, el.id, el.check.type, tuple(acc[:MAX_EVIDENCE]), tuple(rej[:MAX_REJECTED]))

    def match(self, docs: Sequence[Document] | Prepared, pack: Pack, as_of: date) -> dict[tuple[str, str], ElementEvidence]:
        prep = docs if isinstance(docs, Prepared) else self.prepare(docs, as_of)
        return {
            (leaf.id, el.id): self.element(prep, leaf.id, el, as_of) for leaf in pack.leaves() for el in leaf.elements
        }


@dataclass(frozen=True)
class Prepared:
    passages: list[_Passage]
    occurrences: dict[int, tuple[dict[str, list[int]], dict[str, list[int]]]]
    tables: list[_Table]


_FUTURE_WORDS = re.compile(r"(明年|下一年|下年度|来年|下一步|下阶段|下一阶段|展望)")
_PLAN_WORDS = re.compile(r"(计划|打算|安排|规划|思路|展望|下一步|重点工作|工作目标|措施)")
_PROBLEM_HEADING = re.compile(r"(存在的?问题|主要问题|问题与不足|不足之处|存在不足|主要不足|差距|薄弱环节)")
_YEAR = re.compile(r"(20\d\d)\s*年")


def _future(text: str, as_of: date) -> bool:
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(_FUTURE_WORDS.search(text)) or any(y > as_of.year for y in years)


def _heading_scope(heading: str, as_of: date) -> str | None:
    """Headings whose whole section is not evidence of what exists now."""
    if _PLAN_WORDS.search(heading) and _future(heading, as_of):
        return f"planned (under heading '{heading}')"
    if _PROBLEM_HEADING.search(heading):
        return f"reported as a problem (under heading '{heading}')"
    return None


def _plan_title(title: str, as_of: date) -> str | None:
    """A plan for a future year ("2027年售后服务工作计划"): nothing in it exists yet."""
    years = [int(y) for y in _YEAR.findall(title)]
    if re.search(r"(计划|规划|方案)\s*$", title) and years and all(y > as_of.year for y in years):
        return f"planned (a plan for {max(years)}: '{title}')"
    return None


def _group_negated(group: Sequence[str], text_occ: dict[str, list[int]]) -> bool:
    return any(t in text_occ for t in group)


def _kind_note(kind: str, wanted: Sequence[str]) -> str:
    want = "、".join(KIND_LABELS[k] for k in wanted)
    return f"found in a {KIND_LABELS[kind]} document; a {want} is expected"


def _snip(text: str, occ: dict[str, list[int]]) -> str:
    if not occ:
        return text[:160]
    first = min(min(v) for v in occ.values())
    return snippet_around(text, first, first + 2)


def _ref(p: _Passage, in_text: list[_Hit], terms: list[str], strength: str, note: str) -> EvidenceRef:
    lo = min(h.start for h in in_text)
    hi = max(h.start + len(h.term) for h in in_text)
    b = p.block
    return EvidenceRef(
        file=p.doc.path,
        snippet=snippet_around(b.text, lo, hi),
        location=b.location(),
        block=b.index,
        page=b.page,
        sheet=b.sheet,
        row=b.row,
        terms=tuple(dict.fromkeys(terms)),
        strength=strength,  # type: ignore[arg-type]
        note=note,
    )


def _ranges(nums: list[int]) -> str:
    nums = sorted(set(nums))
    out: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


# -- records: tables and dated lists ------------------------------------------------------------

_DATE = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)"
)


def find_dates(text: str) -> list[date]:
    out = []
    for m in _DATE.finditer(text):
        try:
            out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return out


@dataclass(frozen=True)
class _Table:
    doc: Document
    rows: tuple[Block, ...]  # header first (for lists: the entries themselves)
    context: str
    is_list: bool = False

    def dated_rows(self) -> list[tuple[Block, date]]:
        body = self.rows if self.is_list else self.rows[1:]
        out = []
        for r in body:
            ds = find_dates(r.text)
            if ds:
                out.append((r, max(ds)))
        return out

    def location(self) -> str:
        first = self.rows[0]
        if first.sheet is not None:
            return f"sheet {first.sheet}"
        where = f"p.{first.page} " if first.page is not None else ""
        return where + (f"table {first.table}" if first.table is not None else f"list at ¶{first.index}")


def find_tables(docs: Iterable[Document]) -> list[_Table]:
    """Tables (DOCX/PDF tables, XLSX sheets) and runs of paragraphs that each start with a date."""
    out: list[_Table] = []
    for d in docs:
        groups: dict[tuple, list[Block]] = {}
        before: dict[tuple, str] = {}
        prev: Block | None = None
        run: list[Block] = []
        for b in d.blocks:
            if b.kind == "table_row":
                key = (b.sheet, b.table)
                if key not in groups and prev is not None and prev.kind != "table_row" and len(prev.text) <= 60:
                    before[key] = prev.text  # a caption such as "表1 2026年回访记录"
                groups.setdefault(key, []).append(b)
            starts_dated = b.kind == "paragraph" and bool(find_dates(b.text[:14]))
            if starts_dated and (not run or run[-1].heading_path == b.heading_path):
                run.append(b)
            else:
                if len(run) >= 2:
                    out.append(_Table(d, tuple(run), " / ".join([d.title, *run[0].heading_path]), True))
                run = [b] if starts_dated else []
            prev = b
        if len(run) >= 2:
            out.append(_Table(d, tuple(run), " / ".join([d.title, *run[0].heading_path]), True))
        for key, rows in groups.items():
            head = rows[0]
            ctx = [d.title, *head.heading_path, before.get(key, ""), head.sheet or "", head.text]
            out.append(_Table(d, tuple(rows), " / ".join(c for c in ctx if c)))
    return out
