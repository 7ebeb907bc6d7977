"""Every element of every pack against its fixtures: cases that must satisfy it, near-misses that must not.

Fixtures live in tests/rule_fixtures/<pack-id>/<clause-id>.yaml (format: docs/rule-packs.md).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml
from fixture_docs import fixture_document

from checker.match import Matcher
from checker.rulepack import Pack, available_packs, load_pack

FIXTURES = Path(__file__).parent / "rule_fixtures"
AS_OF = date(2026, 11, 24)
LEVELS = ("strong", "weak", "none")


def _cases():
    for pid in available_packs():
        for f in sorted((FIXTURES / pid).glob("*.yaml")):
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
            for case in data.get("cases") or []:
                yield pytest.param(pid, str(data["clause"]), case, id=f"{pid}:{data['clause']}:{case.get('id')}")


@cache
def _matcher(pid: str) -> tuple[Pack, Matcher]:
    pack = load_pack(pid)
    return pack, Matcher([pack])


def level_of(pid: str, clause: str, element: str, doc_spec: dict) -> tuple[str, object]:
    pack, matcher = _matcher(pid)
    leaf = pack.node(clause)
    el = next((e for e in leaf.elements if e.id == element), None)
    assert el is not None, f"clause {clause} has no element '{element}'"
    prep = matcher.prepare([fixture_document(doc_spec)], AS_OF)
    ev = matcher.element(prep, clause, el, AS_OF)
    strengths = {r.strength for r in ev.evidence}
    level = "strong" if "strong" in strengths else "weak" if "weak" in strengths else "none"
    return level, ev


@pytest.mark.parametrize(("pid", "clause", "case"), list(_cases()))
def test_fixture(pid: str, clause: str, case: dict) -> None:
    assert case.get("expect") in LEVELS, f"expect must be one of {LEVELS}"
    level, ev = level_of(pid, clause, case["element"], case["doc"])
    assert level == case["expect"], (
        f"{clause}/{case['element']} case '{case.get('id')}': expected {case['expect']}, got {level}\n"
        f"evidence: {ev.evidence}\nrejected: {ev.rejected}"
    )
