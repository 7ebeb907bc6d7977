"""DOCX: paragraphs and tables in reading order, headings from styles or numbering."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from .common import BlockBuilder, ParseError, heading_level, make_document

_STYLE_LEVEL = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def _style_level(p: Paragraph) -> int | None:
    name = (p.style.name if p.style is not None else "") or ""
    if name.lower() == "title":
        return 0
    m = _STYLE_LEVEL.match(name.strip())
    return int(m.group(1)) if m else None


def parse(data: bytes, path: str, stem: str):
    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ParseError(f"not a readable DOCX file ({e.__class__.__name__}: {e})") from e
    b = BlockBuilder()
    table_no = 0
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, d)
            text = p.text
            level = _style_level(p)
            if level == 0:
                b.paragraph(text)  # the title: kept as text, found by find_title
            elif level is not None:
                b.heading(text, level)
            elif (lv := heading_level(text.strip())) is not None:
                b.heading(text, lv)
            else:
                b.paragraph(text)
        elif tag == "tbl":
            table_no += 1
            for r, row in enumerate(Table(child, d).rows, start=1):
                b.row((c.text for c in row.cells), table=table_no, row=r)
    title = d.core_properties.title or stem
    return make_document(path, "docx", b, fallback_title=title)
