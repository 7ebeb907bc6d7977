"""The inference step: durable_rules turns evidence facts into element and clause statuses.

This is the only module that imports durable_rules. Its rulesets live in a process-wide registry
that refuses a second registration of a name (durable_rules issue #262), so the ruleset is built
once per process under a versioned name; every assessment runs in its own session (sid) whose
state is deleted afterwards (#350, #376), so two runs in one process cannot see each other's facts.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from durable.lang import c, get_host, m, none, pri, ruleset, when_all

RULESET = "aftersales_status_v1"

_lock = threading.Lock()
_built = False
# Conclusions of the session being run, keyed by sid. Actions run synchronously inside
# assert_facts, so they can hand their results back through this table.
_sinks: dict[str, dict[str, list[dict]]] = {}


def _build() -> None:
    global _built
    if _built:
        return
    with ruleset(RULESET):
        # Element level: the best evidence wins. Salience orders strong before weak before none;
        # each rule retracts the open element so exactly one of them concludes.
        @when_all(
            pri(1),
            c.el << (m.t == "element"),
            c.ev << (m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element) & (m.strength == "strong"),
        )
        def element_strong(c):
            _conclude_element(c, "strong")

        @when_all(
            pri(2),
            c.el << (m.t == "element"),
            c.ev << (m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element) & (m.strength == "weak"),
        )
        def element_weak(c):
            _conclude_element(c, "weak")

        @when_all(
            pri(3),
            c.el << (m.t == "element"),
            none((m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element)),
        )
        def element_none(c):
            _conclude_element(c, "none")

        # Clause status from its elements' levels, once all of them are concluded.
        @when_all(pri(1), c.cl << (m.t == "clause") & (m.na == True))  # noqa: E712 (durable_rules DSL)
        def clause_na(c):
            _conclude_clause(c, "not_applicable", c.cl.na_reason)

        @when_all(pri(2), c.cl << (m.t == "clause") & (m.n == 0))
        def clause_no_rule(c):
            _conclude_clause(c, "missing", "no rule yet: this clause has no elements to check")

        @when_all(
            pri(3),
            c.cl << (m.t == "clause") & (m.n > 0),
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.level != "strong")),
        )
        def clause_met(c):
            _conclude_clause(c, "met", "every element is evidenced")

        @when_all(
            pri(3),
            c.cl << (m.t == "clause") & (m.n > 0),
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.level != "none")),
        )
        def clause_missing(c):
            _conclude_clause(c, "missing", "no element is evidenced")

        # Partial: something is weak, or some elements are evidenced and others not. (A fact
        # binds to one pattern per match, so "some and a gap" needs two separate rules.)
        @when_all(
            pri(4),
            c.cl << (m.t == "clause") & (m.n > 0),
            c.weak << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "weak"),
        )
        def clause_partial_weak(c):
            _conclude_clause(c, "partial", "some elements are only weakly evidenced")

        @when_all(
            pri(4),
            c.cl << (m.t == "clause") & (m.n > 0),
            c.some << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "strong"),
            c.gap << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "none"),
        )
        def clause_partial_mixed(c):
            _conclude_clause(c, "partial", "some elements are evidenced, others are not")

    _built = True


def _conclude_element(c, level: str) -> None:
    el = c.el
    c.retract_fact(el)
    c.assert_fact({"t": "level", "clause": el.clause, "element": el.element, "level": level})
    _sinks[el.sid]["element"].append({"clause": el.clause, "element": el.element, "level": level})


def _conclude_clause(c, status: str, reason: str) -> None:
    cl = c.cl
    c.retract_fact(cl)
    _sinks[cl.sid]["clause"].append({"clause": cl.clause, "status": status, "reason": reason})


@dataclass(frozen=True)
class ClauseInput:
    id: str
    elements: tuple[str, ...]
    not_applicable: str | None = None  # the user's reason, when declared not applicable


@dataclass(frozen=True)
class Conclusions:
    element_levels: Mapping[tuple[str, str], str]
    clause_status: Mapping[str, tuple[str, str]]  # id -> (status, reason)


def _run_session(clauses: list[ClauseInput], evidence: list[tuple[str, str, str]]) -> dict[str, list[dict]]:
    host = get_host()
    sid = uuid.uuid4().hex
    _sinks[sid] = {"element": [], "clause": []}
    try:
        facts: list[dict] = []
        seen: set[tuple[str, str, str]] = set()
        for cl, el, strength in evidence:
            if (cl, el, strength) not in seen:  # one fact per strength is all the rules need
                seen.add((cl, el, strength))
                facts.append({"sid": sid, "t": "evidence", "clause": cl, "element": el, "strength": strength})
        facts += [
            {"sid": sid, "t": "element", "clause": ci.id, "element": e}
            for ci in clauses
            if not ci.not_applicable
            for e in ci.elements
        ]
        if facts:
            host.assert_facts(RULESET, facts)
        # Clauses come after every element has its level, so the rules that look for the
        # absence of a level (none(...)) see the complete picture.
        host.assert_facts(
            RULESET,
            [
                {
                    "sid": sid,
                    "t": "clause",
                    # not "id": durable_rules takes a fact's id as its identity
                    "clause": ci.id,
                    "n": len(ci.elements),
                    "na": bool(ci.not_applicable),
                    "na_reason": ci.not_applicable or "",
                }
                for ci in clauses
            ],
        )
        return _sinks[sid]
    finally:
        _sinks.pop(sid, None)
        # Nothing asserted means no state to delete; that is not an error.
        with contextlib.suppress(Exception):
            host.delete_state(RULESET, sid)


SESSION_ATTEMPTS = 3
incomplete_sessions = 0  # sessions the engine left without a conclusion, retried (diagnostics)


def infer(clauses: Iterable[ClauseInput], evidence: Iterable[tuple[str, str, str]]) -> Conclusions:
    """Statuses for the clauses, from evidence given as (clause, element, strength) triples."""
    global incomplete_sessions
    clauses = list(clauses)
    evidence = list(evidence)
    expected = {(ci.id, e) for ci in clauses if not ci.not_applicable for e in ci.elements}
    with _lock:
        _build()
        for _ in range(SESSION_ATTEMPTS):
            out = _run_session(clauses, evidence)
            status = {d["clause"]: (d["status"], d["reason"]) for d in out["clause"]}
            concluded = {(d["clause"], d["element"]) for d in out["element"]}
            missing = [ci.id for ci in clauses if ci.id not in status]
            if not missing and concluded == expected:
                break
            # Seen about once in a few hundred sessions: durable_rules stops firing part-way
            # through a session (some elements concluded, then nothing). A clause status built on
            # missing element levels could be wrong, so an incomplete session is never used; the
            # inference is deterministic, and a fresh session gives the full answer.
            incomplete_sessions += 1
        else:
            raise RuntimeError(
                f"the rules reached no conclusion for clause(s) {', '.join(missing)} "
                f"or element(s) {', '.join(f'{c}/{e}' for c, e in sorted(expected - concluded))}"
            )
    levels = {(d["clause"], d["element"]): d["level"] for d in out["element"]}
    return Conclusions(levels, status)
