"""The inference step: durable_rules turns evidence facts into element and clause statuses.

This is the only module that imports durable_rules. Its rulesets live in a process-wide registry
that refuses a second registration of a name (durable_rules issue #262), so the ruleset is built
once per process under a versioned name, on a host of our own that runs every action inside
assert_facts (no background dispatcher); every assessment runs in its own session (sid) whose
state is deleted afterwards (#350, #376), so two runs in one process cannot see each other's facts.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from durable import engine as durable_engine
from durable import lang as durable_lang
from durable.lang import c, m, none, ruleset, when_all

RULESET = "aftersales_status_v3"

_lock = threading.Lock()
_host: durable_engine.Host | None = None
# Conclusions of the session being run, keyed by sid. Actions run synchronously inside
# assert_facts, so they can hand their results back through this table.
_sinks: dict[str, dict[str, list[dict]]] = {}


class _SyncHost(durable_engine.Host):
    """A host without durable_rules' background dispatcher.

    durable_rules' Host starts timer threads that, every 0.2 s, start any pending action of any
    session. Running alongside our synchronous assert_facts they took actions from under it: the
    call returned with part of the elements concluded and the rest left to the thread, after we
    had read the results and deleted the session (hence the occasional half-concluded session and
    error 307, ERR_NODE_DELETED). Every action here runs inside assert_facts, so none is needed.
    """

    def _run(self) -> None:
        pass


def _build() -> durable_engine.Host:
    global _host
    if _host is not None:
        return _host
    # The rules are written so that, for each element and each clause, exactly one of them can
    # match; no action retracts a fact. (Retracting the matched fact inside its own action is
    # what made durable_rules fail now and then with error 307, ERR_NODE_DELETED, leaving a
    # session half-concluded.) Evidence facts are unique per (clause, element, strength), so each
    # element rule fires once; a partial clause may match once per pair of levels, and the sink
    # keeps its first conclusion.
    rules = ruleset(RULESET)
    with rules:
        # Element level: the best evidence wins.
        @when_all(
            c.el << (m.t == "element"),
            c.ev << (m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element) & (m.strength == "strong"),
        )
        def element_strong(c):
            _conclude_element(c, "strong")

        @when_all(
            c.el << (m.t == "element"),
            c.ev << (m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element) & (m.strength == "weak"),
            none((m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element) & (m.strength == "strong")),
        )
        def element_weak(c):
            _conclude_element(c, "weak")

        @when_all(
            c.el << (m.t == "element"),
            none((m.t == "evidence") & (m.clause == c.el.clause) & (m.element == c.el.element)),
        )
        def element_none(c):
            _conclude_element(c, "none")

        # Clause status from its elements' levels, which are all asserted before the clauses.
        @when_all(c.cl << (m.t == "clause") & (m.na == True))  # noqa: E712 (durable_rules DSL)
        def clause_na(c):
            _conclude_clause(c, "not_applicable", c.cl.na_reason)

        @when_all(c.cl << (m.t == "clause") & (m.na == False) & (m.n == 0))  # noqa: E712
        def clause_no_rule(c):
            _conclude_clause(c, "missing", "no rule yet: this clause has no elements to check")

        @when_all(
            c.cl << (m.t == "clause") & (m.na == False) & (m.n > 0),  # noqa: E712
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.level != "strong")),
        )
        def clause_met(c):
            _conclude_clause(c, "met", "every element is evidenced")

        @when_all(
            c.cl << (m.t == "clause") & (m.na == False) & (m.n > 0),  # noqa: E712
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.level != "none")),
        )
        def clause_missing(c):
            _conclude_clause(c, "missing", "no element is evidenced")

        # A key element the clause stands on (the supervision body of "设立…监督机构") not
        # evidenced: what else is shown does not count.
        @when_all(
            c.cl << (m.t == "clause") & (m.na == False) & (m.n > 0),  # noqa: E712
            c.key << (m.t == "level") & (m.clause == c.cl.clause) & (m.key == True) & (m.level == "none"),  # noqa: E712
            c.other << (m.t == "level") & (m.clause == c.cl.clause) & (m.level != "none"),
        )
        def clause_key_missing(c):
            _conclude_clause(c, "missing", f"{c.key.element} is not evidenced, and the clause stands on it")

        # Partial: something is weak, or some elements are evidenced and others not. (A fact
        # binds to one pattern per match, so "some and a gap" needs two patterns.)
        @when_all(
            c.cl << (m.t == "clause") & (m.na == False) & (m.n > 0),  # noqa: E712
            c.weak << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "weak"),
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.key == True) & (m.level == "none")),  # noqa: E712
        )
        def clause_partial_weak(c):
            _conclude_clause(c, "partial", "some elements are only weakly evidenced")

        @when_all(
            c.cl << (m.t == "clause") & (m.na == False) & (m.n > 0),  # noqa: E712
            c.some << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "strong"),
            # (a fact bound here is not seen by the none() below: the gap must not be the key)
            c.gap << (m.t == "level") & (m.clause == c.cl.clause) & (m.level == "none") & (m.key == False),  # noqa: E712
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.level == "weak")),
            none((m.t == "level") & (m.clause == c.cl.clause) & (m.key == True) & (m.level == "none")),  # noqa: E712
        )
        def clause_partial_mixed(c):
            _conclude_clause(c, "partial", "some elements are evidenced, others are not")

    # Registered with our host only, never with durable_rules' global one (get_host()).
    durable_lang._rulesets.pop(RULESET, None)
    _host = _SyncHost()
    _host.register_rulesets(dict([rules.define()]))
    return _host


def _conclude_element(c, level: str) -> None:
    el = c.el
    c.assert_fact({"sid": el.sid, "t": "level", "clause": el.clause, "element": el.element, "level": level, "key": el.key})
    _sinks[el.sid]["element"].append({"clause": el.clause, "element": el.element, "level": level})


def _conclude_clause(c, status: str, reason: str) -> None:
    cl = c.cl
    _sinks[cl.sid]["clause"].append({"clause": cl.clause, "status": status, "reason": reason})


@dataclass(frozen=True)
class ClauseInput:
    id: str
    elements: tuple[str, ...]
    not_applicable: str | None = None  # the user's reason, when declared not applicable
    key: tuple[str, ...] = ()  # elements the clause stands on: without them it is missing


@dataclass(frozen=True)
class Conclusions:
    element_levels: Mapping[tuple[str, str], str]
    clause_status: Mapping[str, tuple[str, str]]  # id -> (status, reason)


def _run_session(clauses: list[ClauseInput], evidence: list[tuple[str, str, str]]) -> dict[str, list[dict]]:
    host = _build()
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
            {"sid": sid, "t": "element", "clause": ci.id, "element": e, "key": e in ci.key}
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
# (clauses without a status, elements without a level, clause count, evidence count) of each
incomplete_details: list[tuple[tuple[str, ...], tuple[tuple[str, str], ...], int, int]] = []


def infer(clauses: Iterable[ClauseInput], evidence: Iterable[tuple[str, str, str]]) -> Conclusions:
    """Statuses for the clauses, from evidence given as (clause, element, strength) triples."""
    global incomplete_sessions
    clauses = list(clauses)
    evidence = list(evidence)
    expected = {(ci.id, e) for ci in clauses if not ci.not_applicable for e in ci.elements}
    with _lock:
        for _ in range(SESSION_ATTEMPTS):
            out = _run_session(clauses, evidence)
            status = {d["clause"]: (d["status"], d["reason"]) for d in out["clause"]}
            concluded = {(d["clause"], d["element"]) for d in out["element"]}
            missing = [ci.id for ci in clauses if ci.id not in status]
            if not missing and concluded == expected:
                break
            # A clause status built on missing element levels could be wrong, so an incomplete
            # session is never used; the inference is deterministic, and a fresh session gives
            # the full answer. (With the rules that retracted inside their actions this happened
            # about once in a few hundred sessions; kept as a guard.)
            incomplete_sessions += 1
            incomplete_details.append(
                (tuple(missing), tuple(sorted(expected - concluded)), len(clauses), len(evidence))
            )
        else:
            raise RuntimeError(
                f"the rules reached no conclusion for clause(s) {', '.join(missing)} "
                f"or element(s) {', '.join(f'{c}/{e}' for c, e in sorted(expected - concluded))}"
            )
    levels = {(d["clause"], d["element"]): d["level"] for d in out["element"]}
    _check_single(((d["clause"], d["element"]), d["level"]) for d in out["element"])
    _check_single((d["clause"], d["status"]) for d in out["clause"])
    return Conclusions(levels, status)


def _check_single(conclusions: Iterable[tuple[object, str]]) -> None:
    """The rules are exclusive by construction; two different conclusions for one thing is a bug."""
    seen: dict[object, str] = {}
    for key, value in conclusions:
        if seen.setdefault(key, value) != value:
            raise RuntimeError(f"the rules concluded both {seen[key]!r} and {value!r} for {key}")
