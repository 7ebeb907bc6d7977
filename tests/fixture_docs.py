"""Build small documents for rule fixtures, through the real text parser."""

from __future__ import annotations

from typing import Any

from checker.ingest import text as text_parser
from checker.model import Document


def fixture_document(spec: dict[str, Any], name: str = "fixture.txt") -> Document:
    """A document from a fixture's `doc`: title, headings, text (one paragraph a line), table."""
    lines: list[str] = []
    if spec.get("title"):
        lines.append(str(spec["title"]))
    for depth, h in enumerate(spec.get("headings") or [], start=1):
        lines.append("#" * depth + " " + str(h))
    lines += [ln for ln in str(spec.get("text") or "").splitlines() if ln.strip()]
    for row in spec.get("table") or []:
        lines.append("| " + " | ".join(str(c) for c in row) + " |")
    return text_parser.parse("\n".join(lines).encode("utf-8"), name, spec.get("title") or "fixture")
