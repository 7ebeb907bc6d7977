"""PDF: text lines joined into paragraphs, tables as rows, every block with its page."""

from __future__ import annotations

import io
import re

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError

from .common import BlockBuilder, ParseError, heading_level, make_document

# A line that starts a new paragraph even when the previous one did not end a sentence.
_STARTS_PARAGRAPH = re.compile(
    r"^(第[一二三四五六七八九十百零\d]+[章节条款]|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+(\.\d+)*[、.\s]|[•·●▪\-—]\s*)"
)
_ENDS_SENTENCE = ("。", ":", ":", ";", ";", "!", "!", "?", "?")


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines back into paragraphs: Chinese PDFs break lines mid-sentence."""
    if not lines:
        return []
    full = max(len(line) for line in lines)
    paras: list[str] = []
    cur = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        new = (
            not cur
            or cur.endswith(_ENDS_SENTENCE)
            or _STARTS_PARAGRAPH.match(line)
            or heading_level(line) is not None
            or heading_level(cur) is not None
            or len(cur.splitlines()[-1] if "\n" in cur else cur) < 0.7 * full
        )
        if new and cur:
            paras.append(cur)
            cur = line
        elif new:
            cur = line
        else:
            cur += line
    if cur:
        paras.append(cur)
    return paras


def _running_lines(pages: list[list[dict]]) -> set[str]:
    """Headers and footers: lines at a page's top or bottom that recur on most pages
    (page numbers folded, so "第 1 页 共 4 页" and "第 2 页 共 4 页" are one line)."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        edge = {_fold(ln["text"]) for ln in lines[:2] + lines[-2:]}
        for key in edge:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n >= 2 and n >= len(pages) / 2}


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def parse(data: bytes, path: str, stem: str):
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFSyntaxError, ValueError, TypeError) as e:
        raise ParseError(f"not a readable PDF ({e.__class__.__name__}: {e})") from e
    except Exception as e:  # pdfminer raises many kinds, e.g. for encrypted files
        raise ParseError(f"PDF could not be opened ({e.__class__.__name__}: {e})") from e
    b = BlockBuilder()
    warnings: list[str] = []
    table_no = 0
    empty_pages = []
    with pdf:
        n_pages = len(pdf.pages)
        read: list[tuple[int, list[dict], list]] = []
        for pno, page in enumerate(pdf.pages, start=1):
            try:
                tables = page.find_tables()
                text_page = page
                for t in tables:
                    text_page = text_page.outside_bbox(t.bbox)
                lines = text_page.extract_text_lines(layout=False, strip=True)
                read.append((pno, lines, [(t.bbox[1], t.extract()) for t in tables]))
            except Exception as e:  # one bad page should not lose the rest of the file
                warnings.append(f"page {pno} could not be read ({e.__class__.__name__}: {e})")
        running = _running_lines([lines for _, lines, _ in read])
        for pno, lines, tables in read:
            lines = [ln for i, ln in enumerate(lines) if not ((i < 2 or i >= len(lines) - 2) and _fold(ln["text"]) in running)]
            # Text and tables in reading order, by their top edge.
            items: list[tuple[float, str, object]] = []
            chunk: list[str] = []
            chunk_top = 0.0
            tops = sorted(top for top, _ in tables)
            cursor = 0
            for ln in lines:
                while cursor < len(tops) and tops[cursor] < ln["top"]:
                    if chunk:
                        items.append((chunk_top, "text", chunk))
                        chunk = []
                    cursor += 1
                if not chunk:
                    chunk_top = ln["top"]
                chunk.append(ln["text"])
            if chunk:
                items.append((chunk_top, "text", chunk))
            items += [(top, "table", rows) for top, rows in tables]
            items.sort(key=lambda it: it[0])
            before = len(b.blocks)
            for _, kind, payload in items:
                if kind == "text":
                    for para in _paragraphs(payload):  # type: ignore[arg-type]
                        lv = heading_level(para)
                        if lv is not None:
                            b.heading(para, lv, page=pno)
                        else:
                            b.paragraph(para, page=pno)
                else:
                    table_no += 1
                    for r, row in enumerate(payload, start=1):  # type: ignore[arg-type]
                        b.row(row, page=pno, table=table_no, row=r)
            if len(b.blocks) == before:  # ruled lines of a scan can look like an empty table
                empty_pages.append(pno)
    if empty_pages and len(empty_pages) == n_pages:
        warnings.append("no text layer on any page: a scanned PDF needs OCR, which this version does not do; its content is not assessed")
    elif empty_pages:
        warnings.append(f"no text on page(s) {', '.join(map(str, empty_pages))} (scanned or blank)")
    # Said in the inventory, so a user can see what was left out of the text.
    running_meta = [("页眉页脚", "; ".join(sorted(running))[:120])] if running else []
    return make_document(path, "pdf", b, fallback_title=stem, pages=n_pages, warnings=warnings, extra_meta=running_meta)
