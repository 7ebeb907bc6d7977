"""Find each element's evidence in the documents, and say why near-misses were turned down.

Output is data for the engine: for every (clause, element) the accepted evidence (strong or weak)
and the rejected near-misses. Nothing here decides a clause's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import ahocorasick

from .inventory import KIND_LABELS, kind_of
from .model import Block, Document, EvidenceRef, Rejection
from .numbers import UNIT_FACTOR, UNIT_FAMILY, Quantity, compare, describe, quantities
from .rulepack import (
    ConsistencyCheck,
    Element,
    Pack,
    RatioCheck,
    RecordCheck,
    TableTrend,
    TermsCheck,
    ValueCheck,
)
from .text import Cue, Tokenizer, clause_span, sentence_span, snippet_around

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
    header_cells: tuple[str, ...] = ()  # for a table row: its table's header
    control: bool = False  # a document's sign-off, read only by elements that ask for it
    section: bool = False  # a whole section's paragraphs, read only by elements that ask for it
    listing: int = 0  # (with section) a lead-in and this many list items under it
    in_line: bool = False  # (with listing) the items are steps in one line, joined by arrows


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
        return _cue_text(self.tokenizer.cue_for(text, pos))

    # -- passages -----------------------------------------------------------------------------
    @staticmethod
    def passages(docs: Iterable[Document], as_of: date) -> list[_Passage]:
        out: list[_Passage] = []
        docs = list(docs)
        drafts = [_draft(d) for d in docs]
        # A draft beside rules in force is work under way on a working system: weak evidence.
        # Where the drafts are all there is, there is no system yet: no evidence.
        issued = any(kind_of(d) in ("policy", "procedure") and not dr for d, dr in zip(docs, drafts, strict=True))
        for d, draft in zip(docs, drafts, strict=True):
            start = len(out)
            kind = kind_of(d)
            if draft and issued:
                draft = f"{_DRAFT_BESIDE} ({draft})"
            doc_scope = _plan_title(d.title, as_of) or draft
            header: dict[tuple[str | None, int | None], Block] = {}
            lead: str | None = None  # "第五条 服务策略:" stands over the items and table after it
            for b in d.blocks:
                if b.kind == "heading" or b.text == d.title:
                    lead = None
                    continue  # titles and headings are context, not evidence on their own
                if b.kind == "paragraph" and not (lead and _LIST_ITEM.match(b.text)):
                    lead = b.text if _LEAD_IN.search(b.text) else None
                    if lead:
                        lead = lead[:80]
                ctx = [d.title, *b.heading_path]
                if lead and b.text[:80] != lead:
                    ctx.append(lead)
                head_cells: tuple[str, ...] = ()
                if b.kind == "table_row":
                    key = (b.sheet, b.table)
                    head = header.setdefault(key, b)
                    if _CONTROL_ROW.search(b.text) or _CONTROL_TABLE.search(head.text):
                        continue  # document control (revisions, signatures) says nothing about the service
                    if head is not b:
                        ctx.append(head.text)
                        head_cells = head.cells
                scope = doc_scope or next(
                    (why for h in reversed(b.heading_path) if (why := _heading_scope(h, as_of))), None
                ) or (_due_later(b, head_cells, as_of) or _undone(b, head_cells) if head_cells else None)
                out.append(_Passage(d, kind, b, " / ".join(ctx), scope, head_cells))
            paragraphs = [p for p in out[start:] if p.block.kind == "paragraph"]
            out += _sections(d, kind, paragraphs) + _lists(d, kind, paragraphs)
            meta = dict(d.metadata)
            if all(meta.get(k) for k in _SIGN_OFF):
                ident = " ".join(meta[k] for k in ("文件编号", "版本") if meta.get(k))
                text = f"文件控制:{d.title}" + (f"({ident})" if ident else "") + ";" + ";".join(
                    f"{k} {meta[k]}" for k in (*_SIGN_OFF, "生效日期") if meta.get(k)
                )
                first = d.blocks[0] if d.blocks else None
                block = Block(text, "paragraph", first.index if first else 1, page=first.page if first else None)
                out.append(_Passage(d, kind, block, d.title, doc_scope, control=True))
        return out

    # -- terms check --------------------------------------------------------------------------
    def _groups(self, p: _Passage, groups, text_occ, ctx_occ, sign: bool = False) -> tuple[list[_Hit | None], list[str]]:
        """For each group its best non-negated occurrence (in the text before the context), and
        the cues that turned occurrences down. Looking for a sign of a shortfall (`sign`), a
        negation is no obstacle: the sign is often one (超过评审周期未评审)."""
        found: list[_Hit | None] = []
        cues: list[str] = []
        own = [t for g in groups for t in g] if sign else []
        for group in groups:
            best: _Hit | None = None
            for term in group:
                for pos in text_occ.get(term, ()):
                    cue = self.tokenizer.cue_for(p.block.text, pos)
                    if cue and sign and not _denies(p.block.text, pos, cue, own, text_occ):
                        cue = None
                    if cue:
                        cues.append(_cue_text(cue))
                    elif best is None or not best.in_text:
                        best = _Hit(term, pos, True, None)
                if best is None or not best.in_text:
                    for pos in ctx_occ.get(term, ()):
                        if not self._cue_at(p.context, pos) and best is None:
                            best = _Hit(term, pos, False, None)
            found.append(best)
        return found, cues

    def _candidates(self, el: Element, groups, prep: Prepared, none: Sequence[str] = (), within: str | None = None):
        """Passages where every group is found (at least one in the passage's own words), and
        the near-misses turned down by a cue or by the section they stand in."""
        if within is None:
            within = el.check.within if isinstance(el.check, TermsCheck) else "passage"
        hits_out: list[tuple[_Passage, list[_Hit]]] = []
        rejected: list[Rejection] = []
        for i in prep.candidates(groups):
            p = prep.passages[i]
            if p.control and not (isinstance(el.check, TermsCheck) and el.check.document_control):
                continue
            if (within == "list") != bool(p.listing) or (p.section and within == "passage"):
                continue  # sections and lists are read only by the checks that ask for them
            text_occ, ctx_occ = prep.occurrences[i]
            if none and any(t in text_occ for t in none):
                continue
            # A passage under a title or heading about the excluded topic (a row of a 供应商 rule
            # for a 服务商 element) is excluded too, unless the context also names the topic.
            if none and any(t in ctx_occ for t in none) and not any(t in ctx_occ for t in groups[0]):
                continue
            if el.kinds and "record" not in el.kinds and p.kind == "record" and p.block.kind == "table_row":
                continue  # a ledger row reports an event; it never states a rule
            found, cues = self._groups(p, groups, text_occ, ctx_occ, sign=el.contrary)
            in_text = [h for h in found if h and h.in_text]
            if all(found) and in_text and el.contrary and p.scope and p.scope.startswith(NOT_DONE):
                hits_out.append((p, [h for h in found if h]))  # an undone task is a sign of the gap
            elif (
                all(found) and in_text and p.scope
                # under 存在的问题 any negated mention turns the passage down ("没有开展关怀活动,只有
                # 节日短信"); in a draft only the sentences a plan or negation governs do
                and (p.scope.startswith(_DRAFT_BESIDE) or (p.scope.startswith(PROBLEM) and not cues))
                and isinstance(el.check, (TermsCheck, ValueCheck)) and not _TO_DO.match(p.block.text)
            ):
                # "关怀主要是生日券和节日短信,形式比较单一" under 存在的问题: it exists, and the
                # company itself finds it lacking: weak evidence, never more
                hits_out.append((p, [h for h in found if h]))
            elif all(found) and in_text and p.scope:
                rejected.append(Rejection(p.doc.path, p.block.location(), _snip(p.block.text, text_occ), p.scope))
            elif all(found) and in_text:
                hits_out.append((p, [h for h in found if h]))
            elif cues and all(h or _group_negated(g, text_occ) for h, g in zip(found, groups, strict=True)):
                rejected.append(Rejection(p.doc.path, p.block.location(), _snip(p.block.text, text_occ), cues[0]))
        return hits_out, rejected

    def _more_hits(self, p: _Passage, group: Sequence[str]) -> list[_Hit]:
        """All unnegated occurrences of a group's terms in a passage's text."""
        out = []
        for term in group:
            start = p.block.text.find(term)
            while start >= 0:
                if not self._cue_at(p.block.text, start):
                    out.append(_Hit(term, start, True, None))
                start = p.block.text.find(term, start + 1)
        return out

    @staticmethod
    def _rank(el: Element, p: _Passage, hits: list[_Hit], strong: bool) -> tuple:
        # Best first: the right kind of document, one whose title is about the topic (the
        # 退换货管理办法 rather than a passing 换货 in a supplier rule), most groups found in the
        # passage's own words, then shorter passages.
        topic = any(t in p.doc.title for t in el.groups()[0])
        return (0 if strong else 1, 0 if topic else 1, -sum(h.in_text for h in hits), len(p.block.text) > 400)

    def _terms(self, el: Element, chk: TermsCheck, prep: Prepared):
        hits_out, rejected = self._candidates(el, chk.all, prep, chk.none)
        if chk.steps:
            more, rej = self._candidates(el, chk.steps, prep, chk.none, within="list")
            hits_out += more
            rejected += rej
        accepted = []
        if chk.table_trend is not None:
            acc, rej = _table_trend(el, chk.table_trend, prep.tables)
            accepted += [((0 if r.strength == "strong" else 1, 0, 0, False), r) for r in acc]
            rejected += rej
        for p, hits in hits_out:
            strong = (el.kinds is None or p.kind in el.kinds) and not p.scope
            note = p.scope or ("" if strong else _kind_note(p.kind, el.kinds or ()))
            if p.listing:
                how = f"{p.listing} steps in a line" if p.in_line else f"a lead-in and the {p.listing} points under it"
                note = "; ".join(n for n in (how, note) if n)
            ref = _ref(p, [h for h in hits if h.in_text], [h.term for h in hits], "strong" if strong else "weak", note)
            accepted.append((self._rank(el, p, hits, strong), ref))
        accepted.sort(key=lambda x: x[0])
        return [r for _, r in accepted], rejected

    # -- value check --------------------------------------------------------------------------
    def _values(self, el: Element, chk: ValueCheck, prep: Prepared, tables: list[_Table], as_of: date):
        hits_out, rejected = self._candidates(el, chk.subject, prep)
        family = UNIT_FAMILY[chk.unit]
        accepted = []
        seen = {id(p) for p, _ in hits_out}
        in_column = [(p, hits, q) for p, hits, q in self._column_values(el, chk, prep, family) if id(p) not in seen]
        for p, hits, q0 in [(p, h, None) for p, h in hits_out] + in_column:
            # Every unnegated mention of the subject may carry the figure, not only the first
            # ("一般故障当次修复;…疑难故障5日内修复").
            q = q0 or _value_for(p, hits + self._more_hits(p, chk.subject[0]), family)
            subject = hits[0].term
            if q is None:
                rejected.append(
                    Rejection(p.doc.path, p.block.location(), p.block.text[:160], f"no {chk.unit} figure stated for {subject}")
                )
                continue
            shown = describe(q.value, chk.unit)
            if chk.own_target and _is_target(p, q):
                # a result is wanted: "配件满足率 ≥95%" in a targets table is what should be reached
                rejected.append(Rejection(p.doc.path, p.block.location(), _snippet_at(p, q), f"a target, not a result: {subject} {q.text}"))
                continue
            if chk.op is not None and chk.threshold is not None:
                ok = compare(q.value / UNIT_FACTOR[chk.unit], chk.op, chk.threshold)
                verdict = f"{subject} {shown} {chk.op if ok else _NOT[chk.op]} {describe(chk.threshold * UNIT_FACTOR[chk.unit], chk.unit)}"
                target = _own_target(p, q, family) if chk.own_target and ok else None
                if target is not None and q.value < target.value:
                    verdict = f"{subject} {shown} misses the company's own target {target.text}"
                    ok = False
                if not ok:
                    rejected.append(Rejection(p.doc.path, p.block.location(), _snippet_at(p, q), f"{BELOW_THRESHOLD}: {verdict}"))
                    continue
            else:
                verdict = f"{subject}: {q.text} stated"
            if p.scope:
                # under 存在的问题 a figure counts against, never for ("接通率仅83.6%")
                rejected.append(Rejection(p.doc.path, p.block.location(), _snippet_at(p, q), p.scope))
                continue
            strong = el.kinds is None or p.kind in el.kinds
            note = "; ".join(x for x in (verdict, "" if strong else _kind_note(p.kind, el.kinds or ())) if x)
            ref = replace(
                _ref(p, [h for h in hits if h.in_text], [h.term for h in hits], "strong" if strong else "weak", note),
                snippet=_snippet_at(p, q),
                numbers=(q.text,),
            )
            accepted.append((self._rank(el, p, hits, strong), ref))
        if chk.from_records is not None:
            acc, rej = self._record_rate(el, chk, tables, as_of)
            short = [r for r in rej if r.reason.startswith(BELOW_THRESHOLD)]
            if short and not acc:
                # The auditor counts the ledger rather than trusting a report's figure: when the
                # count falls short, a stated figure that passes is only a claim.
                count = short[0].reason.removeprefix(f"{BELOW_THRESHOLD}: ")
                accepted = [
                    (rank, replace(r, strength="weak", note=f"{r.note}; but the ledger says otherwise: {count}"))
                    for rank, r in accepted
                ]
            accepted += [((0 if r.strength == "strong" else 1, 1, 0, False), r) for r in acc]
            rejected += rej
        accepted.sort(key=lambda x: x[0])
        return [r for _, r in accepted], rejected

    def _column_values(self, el: Element, chk: ValueCheck, prep: Prepared, family: str):
        """Table rows whose figure stands under a column named by the subject ("结案时限 | 5天"):
        the row's own words need not repeat it."""
        out = []
        subject = chk.subject[0]
        for i in sorted(set().union(*(prep.ctx_index.get(t, ()) for t in subject))):
            p = prep.passages[i]
            if not p.header_cells or not p.block.cells or p.scope or p.control or p.section:
                continue
            if el.kinds and "record" not in el.kinds and p.kind == "record":
                continue
            col = next((j for j, h in enumerate(p.header_cells) if any(t in h for t in subject)), None)
            if col is None or col >= len(p.block.cells):
                continue
            text_occ, ctx_occ = prep.occurrences[i]
            if not all(any(t in text_occ or t in ctx_occ for t in g) for g in chk.subject[1:]):
                continue
            qs = quantities(p.block.cells[col], family)
            if not qs and family == "count" and re.fullmatch(r"\d{1,5}", p.block.cells[col].strip()):
                # a bare number under a column that names what is counted (皮卡服务车 | 15)
                n = p.block.cells[col].strip()
                qs = [Quantity(float(n), family, n, 0, len(n))]
            if qs:
                term = next(t for t in subject if t in p.header_cells[col])
                start = p.block.text.find(p.block.cells[col])
                q = replace(qs[0], start=qs[0].start + max(start, 0), end=qs[0].end + max(start, 0))
                out.append((p, [_Hit(term, 0, False, None)], q))
        return out

    def _record_rate(self, el: Element, chk: ValueCheck, tables: list[_Table], as_of: date):
        """The rate computed from a ledger's outcome column, over its concluded entries of the
        last `max_age_days`."""
        rr = chk.from_records
        assert rr is not None
        accepted: list[EvidenceRef] = []
        rejected: list[Rejection] = []
        for t in tables:
            if t.is_list or not self._about(t, rr.about):
                continue
            head = t.rows[0].cells
            col = next((i for term in rr.column for i, h in enumerate(head) if term in h), None)
            if col is None:
                continue
            done = left_open = 0
            rows: list[tuple[Block, date]] = []
            words: set[str] = set()
            for r, d in t.dated_rows():
                if (as_of - d).days > rr.max_age_days or d > as_of:
                    continue
                cell = r.cells[col].strip() if col < len(r.cells) else ""
                if not cell.strip("-—/ ") or any(w in cell for w in rr.open):
                    left_open += 1
                    continue
                rows.append((r, d))
                said = [w for w in rr.done if _unnegated(cell, w)]
                done += bool(said)
                words.update(said[:1])
            first = t.rows[0]
            where = f"{t.doc.path} {t.location()}"
            if len(rows) < rr.min_rows:
                why = f"only {len(rows)} concluded entries in the last {rr.max_age_days} days, at least {rr.min_rows} needed to compute a rate"
                rejected.append(Rejection(t.doc.path, t.location(), first.text[:160], why))
                continue
            if not done:
                # not one entry says it was resolved: the column holds something else (状态 已结案)
                why = f"column '{head[col]}' has none of {'/'.join(rr.done[:3])}… in any entry: not an outcome column"
                rejected.append(Rejection(t.doc.path, t.location(), first.text[:160], why))
                continue
            rate = 100.0 * done / len(rows)
            subject = chk.subject[0][0]
            how = f"{subject} computed from {where}: {done} of {len(rows)} concluded entries marked {'/'.join(sorted(words)) or '/'.join(rr.done[:2])} in column '{head[col]}' = {rate:.1f}%"
            if left_open:
                how += f" ({left_open} still open, left out)"
            if chk.op is not None and chk.threshold is not None:
                ok = compare(rate / UNIT_FACTOR[chk.unit], chk.op, chk.threshold)
                limit = describe(chk.threshold * UNIT_FACTOR[chk.unit], chk.unit)
                if not ok:
                    rejected.append(Rejection(t.doc.path, t.location(), first.text[:160], f"{BELOW_THRESHOLD}: {how} {_NOT[chk.op]} {limit}"))
                    continue
                how += f" {chk.op} {limit}"
            newest = max(rows, key=lambda x: x[1])[0]
            accepted.append(_kind_ref(el, t, newest, (head[col],), how, (f"{rate:.1f}%",)))
        return accepted, rejected

    def _about(self, t: _Table, groups: Sequence[Sequence[str]]) -> list[str] | None:
        """The term of each group that a table's context names (unnegated), or None. The topic
        (the first group) named only in the header row must head two columns: one "投诉情况"
        column among a supplier scorecard's eight does not make the scorecard a complaint ledger;
        the other groups name columns (处理结果, 回访日期) and one is enough."""
        occ = self._occurrences(t.context)
        cells = () if t.is_list else t.rows[0].cells
        head_start = len(t.context) - len(t.rows[0].text) if cells and t.context.endswith(t.rows[0].text) else len(t.context)
        hits = []
        for n, group in enumerate(groups):
            hit = None
            for term in group:
                for pos in occ.get(term, ()):
                    if self._cue_at(t.context, pos):
                        continue
                    if n or pos < head_start or sum(any(g in c for g in group) for c in cells) >= 2:
                        hit = term
                        break
                if hit:
                    break
            hits.append(hit)
        return hits if all(hits) else None  # type: ignore[return-value]

    # -- ratio check --------------------------------------------------------------------------
    def _ratio(self, el: Element, chk: RatioCheck, prep: Prepared):
        """Numerator and denominator counts, from sentences that state them or from a roster."""
        rejected: list[Rejection] = []
        counts: dict[str, list[tuple[float, _Passage, Quantity]]] = {"num": [], "den": []}
        for side, groups in (("num", chk.numerator), ("den", chk.denominator)):
            hits_out, rej = self._candidates(el, groups, prep)
            rejected += rej
            for p, hits in hits_out:
                q = _value_for(p, hits, "count")
                if q is not None:
                    counts[side].append((q.value, p, q))
        # A denominator term also matches inside the numerator's title (售后服务管理师 contains
        # 服务): a count stated for the numerator is never the denominator.
        num_spans = {(id(p), q.start) for _, p, q in counts["num"]}
        counts["den"] = [c for c in counts["den"] if (id(c[1]), c[2].start) not in num_spans]
        roster = _roster_counts(self, chk, prep.tables)
        if not counts["num"] and roster:
            counts["num"].append(roster["num"])
        if not counts["den"] and roster:
            counts["den"].append(roster["den"])
        if not counts["num"] or not counts["den"]:
            which = "numerator" if not counts["num"] else "denominator"
            return [], rejected, f"no {which} count found ({'/'.join(chk.numerator[0] if which == 'numerator' else chk.denominator[0])})"
        num, p_num, q_num = max(counts["num"], key=lambda c: (c[1].kind in ("record", "report"), c[0]))
        den, p_den, q_den = max(counts["den"], key=lambda c: c[0])
        ratio = num / den if den else 0.0
        calc = f"{q_num.text} / {q_den.text} = {ratio:.1%} (needs ≥ {chk.min:.0%})"
        strength = "strong" if ratio + 1e-9 >= chk.min else "weak" if num > 0 else "none"
        if strength == "none":
            rejected.append(Rejection(p_num.doc.path, p_num.block.location(), _snippet_at(p_num, q_num), calc))
            return [], rejected, calc
        refs = []
        for p, q, role in ((p_num, q_num, "numerator"), (p_den, q_den, "denominator")):
            refs.append(
                EvidenceRef(
                    file=p.doc.path, snippet=_snippet_at(p, q), location=p.block.location(), block=p.block.index,
                    page=p.block.page, sheet=p.block.sheet, row=p.block.row, strength=strength,  # type: ignore[arg-type]
                    note=f"{role}: {calc}" + ("" if strength == "strong" else " — below the required ratio"),
                    numbers=(q.text,),
                )
            )
        return refs, rejected, calc

    # -- consistency check --------------------------------------------------------------------
    def _consistency(self, el: Element, chk: ConsistencyCheck, prep: Prepared):
        hits_out, rejected = self._candidates(el, chk.subject, prep)
        figures: dict[str, dict[float, list[tuple[_Passage, Quantity]]]] = {}
        # A place is a document, or a channel a document names for the promise (a company's
        # own cross-check table lists 官网, 保修卡, 合同… row by row).
        places: dict[str, _Passage] = {}
        for p, _ in hits_out:
            channel = next((c for c in _CHANNELS if c in p.block.text), None)
            places.setdefault(f"{p.doc.path} ({channel})" if channel else p.doc.path, p)
            for fam in (f for f in chk.compare if f != "hours"):
                for q in quantities(p.block.text, fam):
                    key = _figure_key(p.block.text, q)
                    if key:
                        figures.setdefault(f"{key} ({fam})", {}).setdefault(q.value, []).append((p, q))
            for q, key in _clock_ranges(p.block.text) if "hours" in chk.compare else ():
                figures.setdefault(f"{key} (hours)", {}).setdefault(q.value, []).append((p, q))
        if not places:
            return [], rejected
        conflicts = {k: v for k, v in figures.items() if _differ(v)}
        docs = sorted(places)
        notes = [f"stated in {len(docs)} place(s): {', '.join(docs)}"]
        for key, by_value in conflicts.items():
            detail = "; ".join(f"{ps_[0][1].text} in {ps_[0][0].doc.path} {ps_[0][0].block.location()}" for ps_ in by_value.values())
            notes.append(f"{FIGURES_DIFFER} for {key}: {detail}")
        ok = len(docs) >= chk.min_places and not conflicts
        if len(docs) < chk.min_places:
            notes.append(f"found in {len(docs)} place(s), at least {chk.min_places} needed to compare")
        refs = []
        for place in docs:
            p = places[place]
            refs.append(
                EvidenceRef(
                    file=p.doc.path, snippet=p.block.text[:160], location=p.block.location(), block=p.block.index,
                    page=p.block.page, sheet=p.block.sheet, row=p.block.row,
                    strength="strong" if ok else "weak", note="; ".join(notes),
                    numbers=tuple(q.text for q in quantities(p.block.text, "time")),
                )
            )
        return refs, rejected

    # -- record check -------------------------------------------------------------------------
    def _records(self, el: Element, chk: RecordCheck, tables: list[_Table], as_of: date):
        accepted: list[tuple[tuple, EvidenceRef]] = []
        rejected: list[Rejection] = []
        for t in tables:
            hits = self._about(t, chk.about)
            if not hits:
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
            elif chk.lapsed_after_days is not None and age > chk.lapsed_after_days:
                problems.append(
                    f"the entries stop on {newest.isoformat()}, {age} days before {as_of.isoformat()}: "
                    f"the practice looks lapsed (more than {chk.lapsed_after_days} days)"
                )
            where = f"{len(dated)} dated entries {oldest.isoformat()} … {newest.isoformat()}, rows {_ranges([r.row or r.index for r in rows])}"
            newest_row = max(dated, key=lambda x: x[1])[0]
            ref = _row_ref(t, newest_row, tuple(hits), "weak" if problems else "strong", "; ".join([where, *problems]))
            accepted.append(((1 if problems else 0, -len(dated)), ref))
        accepted.sort(key=lambda x: x[0])
        return [r for _, r in accepted], rejected

    # -- all ----------------------------------------------------------------------------------
    def prepare(self, docs: Sequence[Document], as_of: date) -> Prepared:
        """Passages, term occurrences and tables of a corpus: computed once, shared by every pack."""
        ps = self.passages(docs, as_of)
        occ = {i: (self._occurrences(p.block.text), self._occurrences(p.context)) for i, p in enumerate(ps)}
        text_index: dict[str, set[int]] = {}
        ctx_index: dict[str, set[int]] = {}
        for i, (t_occ, c_occ) in occ.items():
            for term in t_occ:
                text_index.setdefault(term, set()).add(i)
            for term in c_occ:
                ctx_index.setdefault(term, set()).add(i)
        return Prepared(ps, occ, find_tables(docs), text_index, ctx_index)

    def element(self, prep: Prepared, clause: str, el: Element, as_of: date) -> ElementEvidence:
        chk = el.check
        if isinstance(chk, TermsCheck):
            acc, rej = self._terms(el, chk, prep)
        elif isinstance(chk, RecordCheck):
            acc, rej = self._records(el, chk, prep.tables, as_of)
        elif isinstance(chk, ValueCheck):
            acc, rej = self._values(el, chk, prep, prep.tables, as_of)
        elif isinstance(chk, RatioCheck):
            acc, rej, _ = self._ratio(el, chk, prep)
        else:
            acc, rej = self._consistency(el, chk, prep)
        # a figure that falls short is the near-miss that matters most (assess reads it as a
        # shortfall), so it is kept ahead of plans and mentions without a figure
        rej = sorted(rej, key=lambda r: not r.reason.startswith(BELOW_THRESHOLD))
        return ElementEvidence(clause, el.id, el.check.type, tuple(acc[:MAX_EVIDENCE]), tuple(rej[:MAX_REJECTED]))

    def match(self, docs: Sequence[Document] | Prepared, pack: Pack, as_of: date) -> dict[tuple[str, str], ElementEvidence]:
        """Every element of a pack. An element another pack already evaluated on the same
        prepared corpus (a shared one, `use:`) is taken from the cache, not matched again."""
        prep = docs if isinstance(docs, Prepared) else self.prepare(docs, as_of)
        out = {}
        for leaf in pack.leaves():
            for el in leaf.elements:
                key = el.origin or f"{pack.id}:{leaf.id}/{el.id}"
                if key not in prep.evaluated:
                    prep.evaluated[key] = self.element(prep, leaf.id, el, as_of)
                out[(leaf.id, el.id)] = replace(prep.evaluated[key], clause=leaf.id, element=el.id)
        return out


@dataclass(frozen=True)
class Prepared:
    passages: list[_Passage]
    occurrences: dict[int, tuple[dict[str, list[int]], dict[str, list[int]]]]
    tables: list[_Table]
    text_index: dict[str, set[int]] = field(default_factory=dict)  # term -> passages whose text has it
    ctx_index: dict[str, set[int]] = field(default_factory=dict)  # term -> passages whose context has it
    evaluated: dict[str, ElementEvidence] = field(default_factory=dict)  # by element origin

    def candidates(self, groups: Sequence[Sequence[str]]) -> list[int]:
        """Passages that can satisfy (or nearly satisfy) all groups: each group somewhere in the
        text or context, and some group in the text. Everything else is skipped unread."""
        in_text: set[int] = set()
        both: set[int] | None = None
        for g in groups:
            t = set().union(*(self.text_index.get(term, ()) for term in g))
            c = set().union(*(self.ctx_index.get(term, ()) for term in g))
            in_text |= t
            both = (t | c) if both is None else both & (t | c)
        return sorted((both or set()) & in_text)


_FUTURE_WORDS = re.compile(r"(明年|下一年|下年度|来年|下一步|下阶段|下一阶段|展望)")
_PLAN_WORDS = re.compile(r"(计划|打算|安排|规划|思路|展望|下一步|重点工作|工作目标|措施)")
PROBLEM = "reported as a problem"
NOT_DONE = "not done"
_DRAFT_BESIDE = "a draft beside rules in force, so only weakly"
# How a measured shortfall is worded: assess reads these to tell a confirming element fell short.
BELOW_THRESHOLD = "below threshold"
FIGURES_DIFFER = "figures differ"
# a problem written as the thing to do ("1.制定退换货管理办法"): what it names does not exist yet
_TO_DO = re.compile(r"^\s*(\d+[.、)]|[(（]?[一二三四五六七八九十]+[)）、])?\s*(制定|建立|完善|健全|明确|加强|编制|出台|落实|规范|增加|补充|设立)")
_PROBLEM_HEADING = re.compile(r"(存在的?问题|主要问题|问题与不足|不足之处|存在不足|主要不足|差距|薄弱环节)")
_YEAR = re.compile(r"(20\d\d)\s*年")
_ANY_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _future(text: str, as_of: date) -> bool:
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(_FUTURE_WORDS.search(text)) or any(y > as_of.year for y in years)


def _heading_scope(heading: str, as_of: date) -> str | None:
    """Headings whose whole section is not evidence of what exists now."""
    if _PLAN_WORDS.search(heading) and _future(heading, as_of):
        return f"planned (under heading '{heading}')"
    if _PROBLEM_HEADING.search(heading):
        return f"{PROBLEM} (under heading '{heading}')"
    return None


_DUE_COLUMN = re.compile(r"(完成期限|完成时间|完成日期|截止|期限|计划完成|时限要求|预计完成)")


def _due_later(b: Block, header: tuple[str, ...], as_of: date) -> str | None:
    """A row of an action list whose due date is still ahead ("编制三年规划 | 2027-03-31"): a
    decision, not something done."""
    for i, h in enumerate(header):
        if i < len(b.cells) and _DUE_COLUMN.search(h):
            due = find_dates(b.cells[i])
            if due and min(due) > as_of:
                return f"planned (due {min(due).isoformat()} in column '{h}')"
            # "2027年预算编制时", "2027年上半年": a later year without a day
            years = [int(y) for y in _YEAR.findall(b.cells[i])]
            if not due and years and min(years) > as_of.year:
                return f"planned (due in {min(years)} in column '{h}')"
    return None


_STATUS_COLUMN = re.compile(r"((执行|完成|落实|实施|开展)(情况|状态|日期|时间)|进展|进度|^状态)")
_UNDONE = re.compile(r"^\s*(未执行|未开展|未完成|未举办|未实施|未落实|未启动|未进行|取消(?!授权|资格|合作|代理)|推迟|延期|暂停|暂缓)")


def _undone(b: Block, header: tuple[str, ...]) -> str | None:
    """A row whose status says it did not happen ("乡镇服务商培训 | … | 未执行,推迟至2027年"): the
    plan or schedule names the activity, the status says it is missing."""
    for i, h in enumerate(header):
        if i < len(b.cells) and _STATUS_COLUMN.search(h) and _UNDONE.match(b.cells[i]):
            return f"{NOT_DONE} (status '{b.cells[i][:30]}' in column '{h}')"
    return None


def _plan_title(title: str, as_of: date) -> str | None:
    """A plan for a future year ("2027年售后服务工作计划"): nothing in it exists yet."""
    # "2026—2030年发展规划" covers this year: only a title whose every year is later is a plan
    # for the future.
    years = [int(y) for y in _ANY_YEAR.findall(title)]
    if re.search(r"(计划|规划|方案)\s*$", title) and years and all(y > as_of.year for y in years):
        return f"planned (a plan for {max(years)}: '{title}')"
    return None


_NOT = {">=": "<", "<=": ">", ">": "≤", "<": "≥", "==": "≠"}
_TARGET_COLUMN = re.compile(r"(目标|计划|要求|标准|考核值)")  # "2026年目标" is not the actual figure
_ACTUAL_COLUMN = re.compile(r"(实际|完成值|实绩|达成|结果|本年|\d{4}年)")
_CHANNELS = ("官网", "网站", "公众号", "小程序", "保修卡", "说明书", "合同", "宣传册", "宣传品", "广告", "详情页", "店铺", "门店", "服务网点")
_FIGURE_KEYS = ("上门", "到达", "到场", "响应", "受理", "回复", "答复", "处理", "解决", "保修", "包修", "质保", "退货", "换货", "退换", "安装", "回访", "维修", "修复", "发货", "送达")


def _value_for(p: _Passage, hits: list[_Hit], family: str) -> Quantity | None:
    """The figure that belongs to the subject: in a table row the 'actual' column when the header
    names one, else the nearest figure in the subject's sentence (after it first)."""
    b = p.block
    text = b.text
    if b.kind == "table_row" and b.cells and p.header_cells:
        heads = [p.header_cells[i] if i < len(p.header_cells) else "" for i in range(len(b.cells))]
        target = [bool(_TARGET_COLUMN.search(h)) for h in heads]
        actual = [i for i, h in enumerate(heads) if _ACTUAL_COLUMN.search(h) and not target[i]]
        # no column named for the actual figure ("指标 | 目标 | 1—9月 | 评价"): the first figure
        # outside the target columns
        if not actual and any(target):
            actual = [i for i in range(len(b.cells)) if not target[i]]
        slot = _slot(b.cells, [h.term for h in hits if h.in_text])
        for i in actual:
            offset, piece = _part(b.cells[i], slot)
            qs = quantities(piece, family)
            if qs:
                cell_start = max(text.find(b.cells[i]), 0) + offset
                q = qs[0]
                return Quantity(q.value, q.family, q.text, cell_start + q.start, cell_start + q.end)
    best: tuple[int, Quantity] | None = None
    for h in hits:
        if not h.in_text:
            continue
        lo, hi = sentence_span(text, h.start)
        for q in quantities(text[lo:hi], family):
            start = lo + q.start
            dist = start - (h.start + len(h.term)) if start >= h.start else 1000 + (h.start - start)
            if best is None or dist < best[0]:
                best = (dist, Quantity(q.value, q.family, q.text, start, lo + q.end))
    if best is None and not any(h.in_text for h in hits):
        return None
    if best is None:
        # The subject may be the title or header while the figure stands alone in the row.
        qs = quantities(text, family)
        return qs[0] if qs and b.kind == "table_row" else None
    return best[1]


_TARGET_BEFORE = re.compile(r"(目标|要求|考核值|承诺)[^,，;；。]{0,6}?(≥|>=|不低于|不少于|达到|为|:|：)?\s*$")
_TARGET_AFTER = re.compile(r"^\s*(的|之)?(目标|要求|考核值)")


def _is_target(p: _Passage, q: Quantity) -> bool:
    """Whether a figure is a target (≥95%, 目标不低于95%, under a 目标 column), not a result."""
    text = p.block.text
    before = text[max(0, q.start - 12) : q.start]
    if re.search(r"(≥|>=|不低于|不少于|以上|力争|达到)\s*$", before) or _TARGET_BEFORE.search(before):
        return True
    if p.block.kind == "table_row" and p.block.cells:
        for i, cell in enumerate(p.block.cells):
            start = text.find(cell)
            if start <= q.start < start + len(cell):
                return i < len(p.header_cells) and bool(_TARGET_COLUMN.search(p.header_cells[i]))
    return False


def _slot(cells: Sequence[str], terms: Sequence[str]) -> tuple[int, int] | None:
    """Where the subject stands in a cell listing several ("配件满足率/当日发货率"): (count, index)."""
    for cell in cells:
        parts = cell.split("/")
        if len(parts) > 1:
            for k, part in enumerate(parts):
                if any(t in part for t in terms):
                    return len(parts), k
    return None


def _part(cell: str, slot: tuple[int, int] | None) -> tuple[int, str]:
    """The part of a cell in the subject's slot ("91.3%/95.2%" → "95.2%"), with its offset; the
    whole cell when it does not list as many."""
    parts = cell.split("/")
    if slot is None or len(parts) != slot[0]:
        return 0, cell
    k = slot[1]
    return sum(len(x) + 1 for x in parts[:k]), parts[k]


def _own_target(p: _Passage, actual: Quantity, family: str) -> Quantity | None:
    """The target the company states beside a figure: in a table row, a figure under a target
    column or written as 目标≥98%; in text, a figure after 目标/要求 or before 的目标 in the
    same sentence."""
    b = p.block
    text = b.text
    # (where the piece starts in the text, the piece's lead-in, the piece, under a target column)
    spans: list[tuple[int, str, str, bool]] = []
    if b.kind == "table_row" and b.cells:
        # the slot of the figure read: "91.3%/95.2% | 目标≥95%/≥98%" pairs the second with the second
        slot = None
        for cell in b.cells:
            start = text.find(cell)
            if 0 <= start <= actual.start < start + len(cell) and "/" in cell:
                slot = (cell.count("/") + 1, cell[: actual.start - start].count("/"))
        for i, cell in enumerate(b.cells):
            offset, piece = _part(cell, slot)
            header = p.header_cells[i] if i < len(p.header_cells) else ""
            spans.append((max(text.find(cell), 0) + offset, cell[:offset], piece, bool(_TARGET_COLUMN.search(header))))
    else:
        lo, hi = sentence_span(text, actual.start)
        spans.append((lo, "", text[lo:hi], False))
    for start, lead, piece, target_column in spans:
        for q in quantities(piece, family):
            if start + q.start == actual.start:
                continue
            if target_column or _TARGET_BEFORE.search(lead + piece[: q.start]) or _TARGET_AFTER.match(piece[q.end :]):
                return Quantity(q.value, q.family, q.text, start + q.start, start + q.end)
    return None


def _snippet_at(p: _Passage, q: Quantity) -> str:
    return snippet_around(p.block.text, q.start, q.end)


def _differ(by_value: dict[float, list[tuple[_Passage, Quantity]]]) -> bool:
    """Whether two places state different figures for the same thing. Tiers in one passage
    (城区24小时、县城48小时) are not a difference; one place lacking a figure another states is."""
    per_place: dict[tuple[str, str], set[float]] = {}
    for value, where in by_value.items():
        for p, _ in where:
            per_place.setdefault((p.doc.path, p.block.location()), set()).add(value)
    sets = list(per_place.values())
    return any(a != b for a in sets for b in sets)


_CLOCK_RANGE = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s*[-—–~至到]+\s*(\d{1,2}):(\d{2})(?!\d)")
_HOURS_KEYS = ("热线", "在线", "电话", "门店", "营业", "服务中心")


def _clock_ranges(text: str) -> list[tuple[Quantity, str]]:
    """Opening hours ("每天8:00—20:00") with the channel they are for: the nearest channel word
    before them ("400热线", "在线客服"). The value encodes the range: from and to in minutes."""
    out = []
    for m in _CLOCK_RANGE.finditer(text):
        h1, m1, h2, m2 = (int(x) for x in m.groups())
        window = text[max(0, m.start() - 24) : m.start()]
        key = max(_HOURS_KEYS, key=lambda k: window.rfind(k))
        if window.rfind(key) < 0:
            key = "服务时间"
        value = (h1 * 60 + m1) * 10000 + h2 * 60 + m2
        out.append((Quantity(float(value), "clock", m.group(), m.start(), m.end()), key))
    return out


def _figure_key(text: str, q: Quantity) -> str | None:
    """What a promised figure is about: the service word right after it ("3日内修复",
    "24小时内上门"), else the nearest one before it in its clause."""
    after = text[q.end : q.end + 5]
    found = [(i, k) for k in _FIGURE_KEYS if 0 <= (i := after.find(k)) <= 2]  # "48小时内给您答复"
    if found:
        return min(found)[1]
    window = text[max(0, q.start - 14) : q.end + 6]
    best = None
    for k in _FIGURE_KEYS:
        i = window.rfind(k)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, k)
    return best[1] if best else None


def _roster_counts(m: Matcher, chk: RatioCheck, tables: list[_Table]):
    """From a staff roster: rows in total, and rows naming the numerator's title."""
    for t in tables:
        if t.is_list or not re.search(r"(花名册|名册|人员名单|人员一览|人员信息|人员明细|持证)", t.context):
            continue
        body = t.rows[1:]
        num = [r for r in body if any(term in r.text for g in chk.numerator for term in g)]
        if not body:
            continue
        first = t.rows[0]
        qn = Quantity(float(len(num)), "count", f"{len(num)} rows naming {chk.numerator[0][0]}", 0, len(first.text))
        qd = Quantity(float(len(body)), "count", f"{len(body)} staff in {t.location()}", 0, len(first.text))
        p = _Passage(t.doc, kind_of(t.doc), first, t.context)
        return {"num": (qn.value, p, qn), "den": (qd.value, p, qd)}
    return None


_DRAFT = re.compile(r"(征求意见稿|草案|讨论稿|送审稿|待[^,。;]{0,12}(审批|批准|签发)后(实施|执行|发布))")
_CONTROL_TABLE = re.compile(r"(修订|变更|版本|版次|修改)(记录|履历|历史|号|说明|内容|日期)")
_SIGN_OFF = ("编制", "审核", "批准")
# a lead-in ends with a colon, or is a short title line of a web page or article ("■ 怎么报修",
# "【装光伏几步走】")
_LEAD_IN = re.compile(r"[:：]\s*$|^\s*([■◆▶]\s*[^■◆▶]{1,16}|【[^】]{1,16}】)\s*$")
# "在线预约 → 到店接待 → 维修 → 质检 → 交车": steps in a line
_ARROW = re.compile(r"\s*(→|->|⇒|—>|＞)\s*")
_LIST_ITEM = re.compile(r"^\s*([(（][一二三四五六七八九十\d]+[)）]|\d+[.、)）]|[一二三四五六七八九十]+、|[①②③④⑤⑥⑦⑧⑨⑩]|[·•●▪\-—])")
_CONTROL_ROW = re.compile(r"^(编\s*制|审\s*核|批\s*准|会\s*签)\s*[|:]")


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _table_trend(el: Element, trend: TableTrend, tables: list[_Table]) -> tuple[list[EvidenceRef], list[Rejection]]:
    """Tables with one row per year and a column named by `trend.column`: the figure's first and
    last year compared."""
    accepted: list[EvidenceRef] = []
    rejected: list[Rejection] = []
    for t in tables:
        if t.is_list or len(t.rows) < 3:
            continue
        head = t.rows[0].cells
        col = next((i for term in trend.column for i, h in enumerate(head) if term in h), None)
        if col is None or col == 0:
            continue
        series: list[tuple[int, str, float, Block]] = []
        for r in t.rows[1:]:
            if not r.cells or col >= len(r.cells):
                continue
            year = _ANY_YEAR.search(r.cells[0])
            figure = _FIGURE.search(r.cells[col])
            if year and figure:
                series.append((int(year.group(1)), r.cells[0], float(figure.group()), r))
        series.sort(key=lambda x: x[0])
        if len(series) < 2 or len({y for y, *_ in series}) < len(series):
            continue
        path = " → ".join(f"{label} {value:g}" for _, label, value, _ in series)
        first, last = series[0][2], series[-1][2]
        moved = last < first if trend.direction == "down" else last > first
        how = f"{head[col]} by year: {path}"
        newest = series[-1][3]
        if not moved:
            rejected.append(Rejection(t.doc.path, t.location(), newest.text[:160], f"not {'falling' if trend.direction == 'down' else 'rising'}: {how}"))
            continue
        way = "falling" if trend.direction == "down" else "rising"
        accepted.append(_kind_ref(el, t, newest, (head[col],), f"{way}: {how}", tuple(f"{v:g}" for _, _, v, _ in series)))
    return accepted, rejected


def _row_ref(t: _Table, row: Block, terms: tuple[str, ...], strength: str, note: str, numbers: tuple[str, ...] = ()) -> EvidenceRef:
    """Evidence that is a table read as a whole, quoted by one of its rows."""
    return EvidenceRef(
        file=t.doc.path, snippet=row.text[:200], location=t.location(), block=row.index, page=row.page,
        sheet=row.sheet, row=row.row, terms=terms, strength=strength, note=note, numbers=numbers,  # type: ignore[arg-type]
    )


def _kind_ref(el: Element, t: _Table, row: Block, terms: tuple[str, ...], how: str, numbers: tuple[str, ...]) -> EvidenceRef:
    """A table-derived figure: strong from the kind of document the element expects, else weak."""
    kind = kind_of(t.doc)
    strong = el.kinds is None or kind in el.kinds
    note = "; ".join(x for x in (how, "" if strong else _kind_note(kind, el.kinds or ())) if x)
    return _row_ref(t, row, terms, "strong" if strong else "weak", note, numbers)


def _sections(d: Document, kind: str, paragraphs: list[_Passage]) -> list[_Passage]:
    """One passage per section (the paragraphs under one innermost heading), for checks whose
    groups may be spread over a section's paragraphs. Sections of one paragraph add nothing."""
    by_heading: dict[tuple[str, ...], list[_Passage]] = {}
    for p in paragraphs:
        if p.block.heading_path:
            by_heading.setdefault(p.block.heading_path, []).append(p)
    out = []
    for path, ps in by_heading.items():
        if len(ps) < 2:
            continue
        first = ps[0]
        text = "\n".join(p.block.text for p in ps)
        block = Block(text, "paragraph", first.block.index, page=first.block.page, heading_path=path)
        scope = next((p.scope for p in ps if p.scope), None)
        out.append(_Passage(d, kind, block, " / ".join([d.title, *path]), scope, section=True))
    return out


def _lists(d: Document, kind: str, paragraphs: list[_Passage], min_items: int = 3) -> list[_Passage]:
    """One passage per lead-in and the list under it ("第六条 售后服务策略:" then (一)…(四)…),
    and per chain of steps in a line ("预约 → 接待 → 维修 → 交车"), for checks that ask for
    something spelled out point by point."""
    out: list[_Passage] = []
    lead: _Passage | None = None
    items: list[_Passage] = []

    def close() -> None:
        if lead is not None and len(items) >= min_items:
            text = "\n".join(p.block.text for p in [lead, *items])
            block = Block(text, "paragraph", lead.block.index, page=lead.block.page, heading_path=lead.block.heading_path)
            scope = next((p.scope for p in [lead, *items] if p.scope), None)
            ctx = " / ".join([d.title, *lead.block.heading_path])
            out.append(_Passage(d, kind, block, ctx, scope, section=True, listing=len(items)))

    for p in paragraphs:
        steps = len(_ARROW.findall(p.block.text)) + 1
        if steps >= min_items:
            # a chain of steps is a list of its own, under the title line before it if any
            head = [lead] if lead is not None and not items else []
            text = "\n".join(q.block.text for q in [*head, p])
            block = Block(text, "paragraph", p.block.index, page=p.block.page, heading_path=p.block.heading_path)
            scope = next((q.scope for q in [*head, p] if q.scope), None)
            ctx = " / ".join([d.title, *p.block.heading_path])
            out.append(_Passage(d, kind, block, ctx, scope, section=True, listing=steps, in_line=True))
        if lead is not None and _LIST_ITEM.match(p.block.text):
            items.append(p)
            continue
        close()
        lead, items = (p, []) if _LEAD_IN.search(p.block.text) else (None, [])
    close()
    return out


def _draft(d: Document) -> str | None:
    """A draft is not a rule in force: its title or cover says so."""
    for text in (d.title, *(b.text for b in d.blocks[:6])):
        m = _DRAFT.search(text)
        if m:
            return f"a draft, not in force ({m.group(0)})"
    return None


def _unnegated(text: str, word: str) -> bool:
    """`word` occurs in `text` not right after a negation (解决 in 已解决, not in 未解决)."""
    i = text.find(word)
    while i >= 0:
        if i == 0 or text[i - 1] not in "不未没无非":
            return True
        i = text.find(word, i + 1)
    return False


def _denies(text: str, pos: int, cue: Cue, own: Sequence[str], occ: dict[str, list[int]]) -> bool:
    """Whether a cue says a sign is absent. Not when the cue is the sign's own wording ("未按期",
    "管理细则另行制定"); a negation only in the sign term's own clause ("没有出现安装超期"): in an
    earlier clause it is the gap the sign goes on to describe ("尚未配备专职监督人员,由客服主管兼任")."""
    lo, hi = sentence_span(text, pos)
    at = lo + cue.start
    if any(q <= at < q + len(t) for t in own for q in occ.get(t, ())):
        return False
    if cue.kind != "negated":
        return True
    c_lo, c_hi = clause_span(text[lo:hi], pos - lo)
    return c_lo <= cue.start < c_hi


def _group_negated(group: Sequence[str], text_occ: dict[str, list[int]]) -> bool:
    return any(t in text_occ for t in group)


def _cue_text(cue: Cue | None) -> str | None:
    """How a cue is reported as a near-miss's reason: "negated (没有)", "planned (拟于)"."""
    return f"{'negated' if cue.kind == 'negated' else 'planned'} ({cue.word})" if cue else None


def _kind_note(kind: str, wanted: Sequence[str]) -> str:
    want = "、".join(KIND_LABELS[k] for k in wanted)
    return f"found in a {KIND_LABELS[kind]} document; a {want} is expected"


def _snip(text: str, occ: dict[str, list[int]]) -> str:
    if not occ:
        return text[:160]
    first = min(min(v) for v in occ.values())
    return snippet_around(text, first, first + 2)


def _ref(p: _Passage, in_text: list[_Hit], terms: list[str], strength: str, note: str) -> EvidenceRef:
    # no term in the text itself (a figure under its column's name): the row from its start
    lo = min((h.start for h in in_text), default=0)
    hi = max((h.start + len(h.term) for h in in_text), default=0)
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


_MONTH = re.compile(r"(?<![\d年/.-])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?!\s*[内底])")


def find_dates(text: str, year: int | None = None) -> list[date]:
    """Full dates in a text; with `year` (a table in a 2026 report), month dates such as
    "6月" or "6月15日" too, when the text has no full date."""
    out = []
    for m in _DATE.finditer(text):
        try:
            out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    if not out and year is not None:
        for m in _MONTH.finditer(text):
            try:
                out.append(date(year, int(m.group(1)), int(m.group(2) or 1)))
            except ValueError:
                continue
    return out


@dataclass(frozen=True)
class _Table:
    doc: Document
    rows: tuple[Block, ...]  # header first (for lists: the entries themselves)
    context: str
    is_list: bool = False

    year: int | None = None  # the year the table is about, from its caption, heading or title

    def dated_rows(self) -> list[tuple[Block, date]]:
        body = self.rows if self.is_list else self.rows[1:]
        head = () if self.is_list else self.rows[0].cells
        out = []
        for r in body:
            if head and _undone(r, head):
                continue  # a scheduled visit marked 未完成 is not a visit made
            ds = find_dates(r.text, self.year)
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
            if any(_CONTROL_ROW.search(r.text) for r in rows):
                continue  # a cover or sign-off table: its dates are the document's, not entries
            ctx = [d.title, *head.heading_path, before.get(key, ""), head.sheet or "", head.text]
            # The innermost caption, sheet, heading or title that names a year dates "6月" rows.
            inner = [before.get(key, ""), head.sheet or "", *reversed(head.heading_path), d.title]
            year = next((int(m.group(1)) for c in inner if (m := _YEAR.search(c))), None)
            out.append(_Table(d, tuple(rows), " / ".join(c for c in ctx if c), year=year))
    return out
