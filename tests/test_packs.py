"""The packs themselves: complete hierarchies, the standards' own texts, fixtures for every rule,
and clear errors for a broken pack."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from checker.rulepack import PackError, RecordCheck, available_packs, load_pack

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "rule_fixtures"
STANDARDS = ROOT.parent / "shared" / "standards"


def test_maturity_model_hierarchy() -> None:
    p = load_pack("qzzlh-1001-2022")
    levels = [n.level for n in p.nodes()]
    assert (levels.count(1), levels.count(2), levels.count(3)) == (7, 35, 54)
    assert len(p.leaves()) == 74
    assert [r.points for r in p.roots] == [15, 25, 20, 12, 7, 6, 15]
    assert p.node("2").points == 5 and p.node("17").points == 6
    assert round(p.node("17.4").points, 6) == 1.0  # 6 points over 6 clauses
    assert round(sum(n.points for n in p.leaves()), 6) == 100


def test_annex_b_hierarchy() -> None:
    p = load_pack("sbt10401-2006-b")
    assert [(r.id, r.points) for r in p.roots] == [
        ("B.1", 6), ("B.2", 6), ("B.3", 6), ("B.4", 20), ("B.5", 10), ("B.6", 30), ("B.7", 12), ("B.8", 10)
    ]
    assert sum(1 for n in p.nodes() if n.level == 2) == 23
    assert len(p.leaves()) == 52
    assert p.meta.scoring.category_floor == 0.5
    assert "97%" in p.node("B.6.3.2").text


@pytest.mark.parametrize("pid", available_packs())
def test_every_leaf_carries_the_standards_own_text(pid: str) -> None:
    pack = load_pack(pid)
    source = STANDARDS / pack.meta.source
    if not source.is_file():
        pytest.skip(f"standards folder not beside the checkout ({source})")
    flat = re.sub(r"\s+", "", source.read_text(encoding="utf-8"))
    for leaf in pack.leaves():
        assert leaf.text, f"{pid} {leaf.id}: no text"
        if leaf.paraphrase:  # declared, and explained in the pack's `paraphrases`
            assert pack.meta.paraphrases
            continue
        assert re.sub(r"\s+", "", leaf.text) in flat, f"{pid} {leaf.id}: text not in {source.name}"


@pytest.mark.parametrize("pid", available_packs())
def test_every_rule_has_fixtures_both_ways(pid: str) -> None:
    """A clause with elements needs, for each element, a case it must satisfy and one it must not."""
    pack = load_pack(pid)
    problems = []
    for leaf in pack.leaves():
        # An element used from another clause (of this pack or another) is tested with the
        # clause that defines it.
        own = [e for e in leaf.elements if e.origin.startswith(f"{pid}:{leaf.id}/")]
        if not own:
            continue
        f = FIXTURES / pid / f"{leaf.id}.yaml"
        if not f.is_file():
            problems.append(f"{leaf.id}: no fixture file {f.relative_to(ROOT)}")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        assert str(data["clause"]) == leaf.id, f"{f.name} names clause {data['clause']}"
        cases = data.get("cases") or []
        for el in own:
            expects = {c["expect"] for c in cases if c.get("element") == el.id}
            if "strong" not in expects:
                problems.append(f"{leaf.id}/{el.id}: no case that must satisfy it")
            if "none" not in expects:
                problems.append(f"{leaf.id}/{el.id}: no near-miss that must not satisfy it")
            if isinstance(el.check, RecordCheck) and "weak" not in expects:
                problems.append(f"{leaf.id}/{el.id}: record check without a too-few/stale case")
        unknown = {c.get("element") for c in cases} - {e.id for e in leaf.elements}
        if unknown:
            problems.append(f"{leaf.id}: fixtures for unknown elements {sorted(unknown)}")
    assert not problems, "\n".join(problems)


def test_required_spine_clauses_have_rules() -> None:
    pack = load_pack("qzzlh-1001-2022")
    wanted = ["16.1", "16.2", *[f"17.{i}" for i in range(1, 7)], "31", "32", "33.1", "33.2", "33.3", "34.1", "34.2", "34.3", "34.4"]
    assert [c for c in wanted if not pack.node(c).elements] == []


# -- broken packs fail with file, clause and field ------------------------------------------------

PACK_YAML = """
id: mini
title: 测试
version: "1"
source: none.txt
scoring:
  ratings: [{min: 70, label: 达标}]
"""
STRUCTURE = """
- id: "A"
  title: 组
  points: 10
  children:
    - id: "1"
      title: 退换货
      text: 组织应建立退换货制度。
"""


def _mini(tmp_path: Path, structure: str = STRUCTURE, elements: str | None = None) -> Path:
    d = tmp_path / "mini"
    (d / "elements").mkdir(parents=True)
    (d / "pack.yaml").write_text(PACK_YAML, encoding="utf-8")
    (d / "structure.yaml").write_text(structure, encoding="utf-8")
    if elements is not None:
        (d / "elements" / "x.yaml").write_text(elements, encoding="utf-8")
    return tmp_path


def test_a_good_mini_pack_loads(tmp_path: Path) -> None:
    p = load_pack("mini", _mini(tmp_path))
    assert p.node("1").points == 10


@pytest.mark.parametrize(
    ("structure", "elements", "expected"),
    [
        (STRUCTURE.replace("      text: 组织应建立退换货制度。\n", ""), None, r"structure\.yaml: clause 1: text"),
        (STRUCTURE.replace('title: 组\n  points: 10', 'title: 组'), None, r"clause A: points"),
        (STRUCTURE.replace('      text: 组', '      points: 12\n      text: 组'), None, r"clause A: points: children give 12"),
        (STRUCTURE, '"1": {elements: [{id: p, description: 退换货制度, check: {type: terms, all: []}}]}', r"x\.yaml: clause 1: elements\.0\.check\.terms\.all"),
        (STRUCTURE, '"1": {elements: [{id: p, description: 退换货制度, check: {type: magic}}]}', r"x\.yaml: clause 1: elements\.0\.check"),
        (STRUCTURE, '"1": {elements: [{id: P!, description: 退换货制度, check: {type: terms, all: [[退货]]}}]}', r"x\.yaml: clause 1: elements\.0\.id"),
        (STRUCTURE, '"9": {elements: [{id: p, description: 退换货制度, check: {type: terms, all: [[退货]]}}]}', r"x\.yaml: clause 9: no such clause"),
        (STRUCTURE, '"A": {elements: [{id: p, description: 退换货制度, check: {type: terms, all: [[退货]]}}]}', r"clause A: not a leaf"),
        (STRUCTURE, '"1": {elements: [{id: p, description: 退换货制度, kinds: [memo], check: {type: terms, all: [[退货]]}}]}', r"clause 1: elements\.0\.kinds"),
        (STRUCTURE, '"1": {elements: [{id: p, description: 退换货制度, key: true, required: false, check: {type: terms, all: [[退货]]}}]}', r"clause 1: elements\.0.*key element is required"),
        (STRUCTURE, '"1": {elements: [{id: p, description: 退换货制度, key: true, contrary: true, check: {type: terms, all: [[退货]]}}]}', r"clause 1: elements\.0.*contrary element cannot be a key"),
    ],
)
def test_a_bad_pack_names_file_clause_and_field(tmp_path: Path, structure: str, elements: str | None, expected: str) -> None:
    with pytest.raises(PackError, match=expected):
        load_pack("mini", _mini(tmp_path, structure, elements))


@pytest.mark.parametrize("pid", available_packs())
def test_rule_reference_docs_are_generated_from_the_packs(pid: str) -> None:
    from checker.explain import DOCS_DIR, pack_reference

    committed = (DOCS_DIR / f"{pid}.md").read_text(encoding="utf-8")
    assert committed == pack_reference(load_pack(pid)), f"docs/rules/{pid}.md is stale: run `checker docs`"


def test_an_element_of_another_pack_is_used_not_copied(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "rules" / "qzzlh-1001-2022", tmp_path / "qzzlh-1001-2022")
    _mini(tmp_path, elements='"1": {elements: [{use: "qzzlh-1001-2022:16.1/policy"}, {use: "qzzlh-1001-2022:16.1/owner", id: who}]}')
    leaf = load_pack("mini", tmp_path).node("1")
    source = load_pack("qzzlh-1001-2022", tmp_path).node("16.1")
    assert [e.id for e in leaf.elements] == ["policy", "who"]
    assert leaf.elements[0].check == source.elements[0].check
    assert [e.origin for e in leaf.elements] == ["qzzlh-1001-2022:16.1/policy", "qzzlh-1001-2022:16.1/owner"]


@pytest.mark.parametrize(
    ("use", "expected"),
    [
        ("qzzlh-1001-2022:99.9/policy", "has no clause 99.9"),
        ("qzzlh-1001-2022:16.1/nope", "has no element 'nope'"),
        ("nosuch:1/x", "unknown standard 'nosuch'"),
    ],
)
def test_a_bad_reference_is_named(tmp_path: Path, use: str, expected: str) -> None:
    import shutil

    shutil.copytree(ROOT / "rules" / "qzzlh-1001-2022", tmp_path / "qzzlh-1001-2022")
    _mini(tmp_path, elements=f'"1": {{elements: [{{use: "{use}"}}]}}')
    with pytest.raises(PackError, match=rf"x\.yaml: clause 1: .*{re.escape(expected)}"):
        load_pack("mini", tmp_path)


def test_crosswalk_docs_are_generated_from_the_packs() -> None:
    from checker.explain import DOCS_DIR, crosswalk_reference

    packs = [load_pack(p) for p in available_packs()]
    assert (DOCS_DIR / "crosswalk.md").read_text(encoding="utf-8") == crosswalk_reference(packs)


def test_a_leaf_requires_at_most_four_elements(tmp_path) -> None:
    """1–4 required elements per leaf (DESIGN.md); confirming or contrary ones come on top."""
    import shutil

    assert load_pack("gbt27922-2011").node("1.3").elements[-1].required is False  # 4 + 1 confirming
    root = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", root)
    f = root / "gbt27922-2011" / "elements" / "1-system.yaml"
    text = f.read_text(encoding="utf-8")
    ref = "    - use: qzzlh-1001-2022:8.2/fill-rate\n"
    assert ref in text
    f.write_text(text.replace(ref, ref + "      required: true\n"), encoding="utf-8")
    with pytest.raises(PackError, match="at most 4 required"):
        load_pack("gbt27922-2011", root)


def test_a_clause_may_use_an_element_of_its_own_pack(tmp_path) -> None:
    import shutil

    alike = next(e for e in load_pack("qzzlh-1001-2022").node("11.2").elements if e.id == "alike")
    assert alike.origin == "qzzlh-1001-2022:17.2/alike" and alike.required is False
    root = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", root)
    f = root / "qzzlh-1001-2022" / "elements" / "B-management.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("17.2/alike", "17.2/no-such"), encoding="utf-8")
    with pytest.raises(PackError, match="no element 'no-such' of its own"):
        load_pack("qzzlh-1001-2022", root)
