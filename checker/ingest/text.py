"""TXT, Markdown and CSV: the encoding is detected (UTF-8, GB18030/GBK, UTF-16…), never assumed."""

from __future__ import annotations

import codecs
import csv
import io
import re

from charset_normalizer import from_bytes

from .common import BlockBuilder, ParseError, heading_level, make_document

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _cjk_share(text: str) -> float:
    letters = [c for c in text if not c.isspace() and not c.isascii()]
    return len(_CJK.findall(text)) / len(letters) if letters else 0.0


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was found to be in."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Chinese office files that are not UTF-8 are nearly always GBK/GB18030; accept that reading
    # when it decodes cleanly and yields Chinese, else ask the detector.
    try:
        text = data.decode("gb18030")
        if _cjk_share(text) > 0.6:
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ParseError("text file in an unknown encoding (not UTF-8, GB18030 or another detectable one)")
    return str(best), best.encoding


def parse(data: bytes, path: str, stem: str):
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ParseError("binary content, not a text file")
    text, encoding = decode(data)
    b = BlockBuilder()
    if path.lower().endswith(".csv"):
        for r, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            b.row(row, table=1, row=r)
    else:
        table_no, row_no = 0, 0
        for line in text.splitlines():
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(set(c) <= set("-: ") for c in cells):
                    continue  # the Markdown rule under a table header
                if row_no == 0:
                    table_no += 1
                row_no += 1
                b.row(cells, table=table_no, row=row_no)
                continue
            row_no = 0
            if m := _MD_HEADING.match(s):
                b.heading(m.group(2), len(m.group(1)))
            elif (lv := heading_level(s)) is not None:
                b.heading(s, lv)
            else:
                b.paragraph(s)
    return make_document(path, "text", b, fallback_title=stem, extra_meta=[("encoding", encoding)])
