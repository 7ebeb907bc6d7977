"""The HTML report of a real run on the sample set: self-contained, escaped, and rendered by
headless Chromium into a page with the chart, the gap list and Chinese text."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from markupsafe import escape
from report_runs import AS_OF, SAMPLE, assessment, plain, plain_json, run, tmp_dir

from checker.model import EvidenceRef
from checker.report import common
from checker.report import html as html_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run installs it)",
)

# Anything that would make a browser fetch: a URL or protocol-relative reference in an attribute
# that loads, in CSS url(), or an @import.
FETCHING_ATTR = re.compile(
    r"""\b(?:src|href|xlink:href|srcset|poster|action|data|background)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""",
    re.I,
)


def _html() -> str:
    return plain()["html"].read_text(encoding="utf-8")


def fetches(html: str) -> list[str]:
    """Everything in a page that could cause a network request."""
    found = [m.group(0) for m in FETCHING_ATTR.finditer(html)]
    found += re.findall(r"url\s*\(", html, re.I)
    found += re.findall(r"@import", html, re.I)
    found += re.findall(r"@font-face", html, re.I)
    found += re.findall(r"<(?:script|link|iframe|object|embed|img|video|audio|source)\b", html, re.I)
    # Anchors within the page are fine; nothing else may be linked.
    found += [h for h in re.findall(r"""\bhref\s*=\s*["']([^"']*)["']""", html, re.I) if not h.startswith("#")]
    return found


def test_html_is_one_self_contained_file() -> None:
    html = _html()
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html
    assert fetches(html) == []
    assert "http://" not in html and "https://" not in html
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"' in html
    assert "@media print" in html and "break-before: page" in html
    assert "position: fixed" not in html and "position: sticky" not in html


def test_html_has_rating_chart_gaps_clauses_documents() -> None:
    html = _html()
    r = plain_json()
    head = html[: html.index('id="chart"')]
    assert f"{r['score']['total']:.1f}" in head and r["score"]["rating"] in head
    # The chart: one bar pair per first-level indicator, labelled with its points.
    svg = html[html.index("<svg") : html.index("</svg>")]
    firsts = [g for g in r["groups"] if g["level"] == 1]
    for g in firsts:
        assert f"{g['id']} {g['title']}" in svg
        assert f"{common.fmt_points(g['points_awarded'])} / {common.fmt_points(g['points_possible'])}" in svg
    assert svg.count("<rect") >= len(firsts)
    # The gap list comes before the clause-by-clause section, costliest category first.
    gaps = html[html.index('id="gaps"') : html.index('id="clauses"')]
    lost = [c for c in r["clauses"] if c["status"] in ("missing", "partial")]
    for c in lost:
        assert f'href="#c-{c["id"]}"' in gaps
        for e in c["elements"]:
            if e["level"] == "weak" or (e["level"] == "none" and e["required"]):  # the element's gap
                assert e["description"] in gaps  # the remedy text
    for c in r["clauses"]:
        assert f'id="c-{c["id"]}"' in html
    for d in r["documents"]:
        assert d["file"] in html[html.index('id="documents"') :]
        for v in d["metadata"].values():
            assert v in html


def test_evidence_is_quoted_with_terms_highlighted() -> None:
    html = _html()
    r = plain_json()
    refs = [ev for c in r["clauses"] for e in c["elements"] for ev in e["evidence"] if ev["terms"]]
    assert refs
    ev = refs[0]
    assert ev["location"] in html
    assert any(f"<mark>{t}</mark>" in html for t in ev["terms"])
    rejected = [x for c in r["clauses"] for e in c["elements"] for x in e["rejected"]]
    assert rejected
    for x in rejected:
        assert str(escape(x["reason"])) in html and str(escape(x["snippet"])) in html


def test_highlight_pieces_keep_the_snippet() -> None:
    pieces = common.highlight("第八条 退货须在７日内办理", ("退货", "7日内"))
    assert "".join(t for t, _ in pieces) == "第八条 退货须在７日内办理"
    assert [t for t, hit in pieces if hit] == ["退货", "７日内"]


def test_document_text_is_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    shutil.copytree(SAMPLE, folder)
    (folder / "<img src=x onerror=alert(1)>退换货说明.txt").write_text(
        "<script>alert('x')</script> 退换货管理规定 & 说明\n", encoding="utf-8"
    )
    out = tmp_path / "r.html"
    code, text = run("check", str(folder), "--as-of", AS_OF, "-f", "html", "-o", str(out))
    assert code == 0, text
    page = out.read_text(encoding="utf-8")
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;退换货说明.txt" in page


def test_snippets_and_terms_are_escaped() -> None:
    r = assessment()
    c = next(c for c in r.clauses if any(e.evidence for e in c.elements))
    e = next(e for e in c.elements if e.evidence)
    bad = EvidenceRef(file="a<b>.docx", snippet='退货<script>alert("x")</script>', location="¶1", block=1, terms=("<script>",))
    e2 = dataclasses.replace(e, evidence=(bad,))
    c2 = dataclasses.replace(c, elements=tuple(e2 if x is e else x for x in c.elements))
    page = html_report.render(dataclasses.replace(r, clauses=tuple(c2 if x is c else x for x in r.clauses)))
    assert "<script" not in page
    assert "<mark>&lt;script&gt;</mark>alert(&#34;x&#34;)" in page
    assert "a&lt;b&gt;.docx" in page


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        f"--user-data-dir={tmp / 'profile'}", *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)  # type: ignore[arg-type]


@needs_chromium
def test_chromium_renders_chart_gaps_and_chinese() -> None:
    from PIL import Image

    tmp = tmp_dir("chromium")
    page = plain()["html"].resolve()
    shot = tmp / "report.png"
    done = _chromium(f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri(), tmp=tmp)
    assert shot.is_file(), done.stderr[-2000:]
    img = Image.open(shot).convert("RGB")
    assert img.size == (1280, 2000)
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # a page, not a blank or error screen

    def near(rgb: tuple[int, int, int]) -> int:
        return sum(n for n, c in colours if all(abs(a - b) <= 12 for a, b in zip(c, rgb, strict=True)))

    # The chart's bars (a first-level indicator with points is drawn in its ratio colour; the
    # maximum in grey) and the red of the failed score card are on the first screen.
    r = plain_json()
    bar_colours = {(0x2E, 0x7D, 0x32), (0xE0, 0xA1, 0x00), (0xC6, 0x28, 0x28)}
    assert sum(near(c) for c in bar_colours) > 2000
    assert near((0xE3, 0xE7, 0xEB)) > 2000
    if not r["score"]["passed"]:
        assert near((0xC6, 0x28, 0x28)) > 500

    # The DOM Chromium built: the same page, with the chart, the gap rows and the Chinese text,
    # and nothing to fetch.
    dom = _chromium("--dump-dom", page.as_uri(), tmp=tmp).stdout
    assert "<svg" in dom and dom.count("<rect") >= len([g for g in r["groups"] if g["level"] == 1])
    assert "差距清单" in dom and "各一级指标得分" in dom and 'class="gaprow"' in dom
    assert fetches(dom) == []


@needs_chromium
def test_a_cjk_font_is_installed_for_the_page() -> None:
    """Chinese text needs a CJK font on the system (the page embeds none)."""
    fc = shutil.which("fc-list")
    if fc is None:
        pytest.skip("fontconfig's fc-list is not installed")
    fonts = subprocess.run([fc, ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
    assert fonts.strip(), "no CJK font: apt-get install fonts-noto-cjk"
