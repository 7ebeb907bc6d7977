"""Several standards in one run: files parsed once, shared elements matched once; the user's
config (not applicable, special items) applied to each."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from test_packs import ROOT, _mini

from checker import ingest, match
from checker.assess import assess_many, crosswalk
from checker.config import ConfigError, load_config
from checker.rulepack import load_pack

SAMPLE = ROOT / "evidence_samples" / "hengshun-appliance"
AS_OF = date(2026, 11, 24)
MINI_STRUCTURE = """
- id: "B.4"
  title: 产品保证
  points: 20
  children:
    - id: "B.4.2"
      title: 产品退换货
      text: 企业有完善的产品退换制度,能够保证顾客快捷方便的退换产品。
    - id: "B.4.9"
      title: 无规则条款
      text: 企业有明确的售后服务理念。
"""


@pytest.fixture
def packs(tmp_path: Path):
    shutil.copytree(ROOT / "rules" / "qzzlh-1001-2022", tmp_path / "qzzlh-1001-2022")
    _mini(tmp_path, MINI_STRUCTURE, '"B.4.2": {elements: [{use: "qzzlh-1001-2022:16.1/policy"}, {use: "qzzlh-1001-2022:16.1/owner"}]}')
    return [load_pack("qzzlh-1001-2022", tmp_path), load_pack("mini", tmp_path)]


def test_each_file_is_parsed_once_and_each_shared_element_matched_once(packs, monkeypatch) -> None:
    parsed: list[str] = []
    real_parse = ingest.parse_bytes
    monkeypatch.setattr(ingest, "parse_bytes", lambda data, name: parsed.append(name) or real_parse(data, name))
    evaluated: list[str] = []
    real_element = match.Matcher.element
    monkeypatch.setattr(
        match.Matcher, "element", lambda self, prep, clause, el, as_of: evaluated.append(el.origin) or real_element(self, prep, clause, el, as_of)
    )
    corpus = ingest.load(SAMPLE)
    results = assess_many(corpus, packs, AS_OF)
    assert [r.standard_id for r in results] == ["qzzlh-1001-2022", "mini"]
    assert sorted(parsed) == sorted(set(parsed)) and len(parsed) == len(corpus.documents)
    assert len(evaluated) == len(set(evaluated))  # nothing matched twice
    assert "qzzlh-1001-2022:16.1/policy" in evaluated
    b42 = next(c for c in results[1].clauses if c.id == "B.4.2")
    m161 = next(c for c in results[0].clauses if c.id == "16.1")
    assert b42.status == m161.status == "met"
    assert [e.evidence for e in b42.elements] == [e.evidence for e in m161.elements]
    # The crosswalk shows that the same evidence counts in the other scheme.
    assert m161.elements[0].also_in == ("mini B.4.2",)
    assert b42.elements[0].also_in == ("qzzlh-1001-2022 16.1",)


def test_crosswalk_lists_every_clause_using_an_element(packs) -> None:
    cw = crosswalk(packs)
    assert cw["qzzlh-1001-2022:16.1/owner"] == ("qzzlh-1001-2022 16.1", "mini B.4.2")


def _config(tmp_path: Path, text: str) -> Path:
    f = tmp_path / "checker.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_not_applicable_and_special_items_from_the_config(packs, tmp_path: Path) -> None:
    cfg = load_config(_config(tmp_path, """
not_applicable:
  qzzlh-1001-2022:
    "23.1": 公司仅面向个人消费者,无大客户业务
    "99": 不存在的条款
special_deductions:
  - {description: 2026年3月因虚假宣传被市场监管局行政处罚, date: 2026-03-12}
special_bonus:
  - {description: 获评省级服务名牌}
  - {description: 参与行业标准起草}
"""))
    first, second = assess_many(ingest.load(SAMPLE), packs, AS_OF, cfg)
    c231 = next(c for c in first.clauses if c.id == "23.1")
    assert c231.status == "not_applicable" and c231.reason == "公司仅面向个人消费者,无大客户业务"
    assert first.score.points_possible == pytest.approx(99)
    assert any("unknown clause 99" in w for w in first.warnings)
    # one deduction (-1) and bonuses capped at +1 in total
    assert [a.points for a in first.score.adjustments] == [-1, 1, 0]
    assert first.score.adjustments[2].description.endswith("(not counted: bonuses add at most 1)")
    assert first.score.total == pytest.approx(first.score.base_total, abs=0.01)
    assert [a.kind for a in second.score.adjustments] == ["deduction", "bonus", "bonus"]


def test_five_special_deductions_fail_whatever_the_total(packs, tmp_path: Path) -> None:
    items = "\n".join(f"  - {{description: 违规事项{i}}}" for i in range(5))
    cfg = load_config(_config(tmp_path, f"special_deductions:\n{items}\n"))
    result = assess_many(ingest.load(SAMPLE), packs[:1], AS_OF, cfg)[0]
    assert not result.score.passed
    assert any("5 special deductions" in r for r in result.score.reasons)


def test_config_is_found_in_the_assessed_folder_and_never_read_as_evidence(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    shutil.copytree(SAMPLE, folder)
    _config(folder, 'not_applicable: {qzzlh-1001-2022: {"23.1": 无大客户业务}}\n')
    assert load_config(None, folder).na_for("qzzlh-1001-2022") == {"23.1": "无大客户业务"}
    assert "checker.yaml" in ingest.load(folder).skipped


@pytest.mark.parametrize(
    ("text", "message"),
    [("special_deductions: [{points: 1}]", "special_deductions.0.description"), ("nonsense: 1", "nonsense"), ("a: [", "YAML")],
)
def test_a_bad_config_is_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(_config(tmp_path, text))
