"""What every parser shares: building blocks with heading paths, titles and document metadata."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Block, BlockKind, Document
from ..text import normalize


class ParseError(Exception):
    """A file that cannot be read; the message says why, in words a user can act on."""


_CN_NUM = "一二三四五六七八九十百零〇"
# Text-pattern headings, for formats without styles (PDF, TXT) or documents typed without them.
_HEADING_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"^第[{_CN_NUM}\d]+[章篇部分]\s*\S.{{0,30}}$"), 1),
    (re.compile(rf"^第[{_CN_NUM}\d]+节\s*\S.{{0,30}}$"), 2),
    (re.compile(rf"^[{_CN_NUM}]+[、.]\s*[^,。;]{{1,25}}$"), 2),
    (re.compile(rf"^[((][{_CN_NUM}]+[))]\s*[^,。;]{{1,25}}$"), 3),
    (re.compile(r"^【[^】]{1,20}】$"), 2),  # web copy: 【我们的承诺】, 【退换货说明】
)


def heading_level(text: str) -> int | None:
    """Level of a line that reads as a heading (第一章 总则, 一、目的), else None."""
    if len(text) > 40 or text.endswith(("。", ";", ",")):
        return None
    for pattern, level in _HEADING_PATTERNS:
        if pattern.match(text):
            return level
    return None


@dataclass
class BlockBuilder:
    """Collects blocks in reading order and keeps the heading path above each one."""

    blocks: list[Block] = field(default_factory=list)
    _headings: list[tuple[int, str]] = field(default_factory=list)

    def heading(self, text: str, level: int, **loc: object) -> None:
        text = normalize(text)
        if not text:
            return
        while self._headings and self._headings[-1][0] >= level:
            self._headings.pop()
        self._add(text, "heading", **loc)
        self._headings.append((level, text))

    def paragraph(self, text: str, **loc: object) -> None:
        text = normalize(text)
        if text:
            self._add(text, "paragraph", **loc)

    def row(self, cells: Iterable[object], **loc: object) -> None:
        norm = tuple(join_lines(normalize(_cell_text(c))) for c in cells)
        # Merged cells repeat their value in every cell they span; say it once.
        dedup: list[str] = []
        for c in norm:
            if not dedup or c != dedup[-1] or not c:
                dedup.append(c)
        if not any(dedup):
            return
        self._add(" | ".join(c for c in dedup if c), "table_row", cells=norm, **loc)

    def _add(self, text: str, kind: BlockKind, **loc: object) -> None:
        self.blocks.append(
            Block(
                text=text,
                kind=kind,
                index=len(self.blocks) + 1,
                heading_path=tuple(h for _, h in self._headings),
                **loc,  # type: ignore[arg-type]
            )
        )


_CJK_WRAP = re.compile(r"(?<=[\u4e00-\u9fff,,。;;::、))》])\n(?=[\u4e00-\u9fff,,。;;::、((《])")


def join_lines(text: str) -> str:
    """A cell's wrapped lines as one line: no break between Chinese characters, a space elsewhere."""
    return _CJK_WRAP.sub("", text).replace("\n", " ")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        if getattr(value, "hour", 0) or getattr(value, "minute", 0):
            return value.strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
        return value.strftime("%Y-%m-%d")  # type: ignore[union-attr]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_KIND_WORDS = re.compile(
    r"(制度|办法|规定|规范|守则|准则|手册|说明书|职责|流程|程序|规程|指引|指南|细则|预案|计划|方案|记录|台账|登记|明细|清单|报告|总结|分析|评审|合同|协议|证书|证明|标准|表)"
)
_META_LINE = re.compile(r"(文件编号|编号|版本|版次|生效|发布|实施日期|编制|审核|批准|受控|页码|第\s*\d+\s*页)")


def find_title(blocks: list[Block], fallback: str) -> str:
    """The document's own title: a short early line that names a kind of document."""
    # A sheet's name is a label, not the workbook's title.
    early = [b for b in blocks[:12] if b.kind != "table_row" and len(b.text) <= 40 and b.text != b.sheet]
    stem = normalize(fallback)
    for b in early:
        if b.text == stem:  # the file is named after its title, as most are
            return b.text
    for b in early:
        if _KIND_WORDS.search(b.text) and not _META_LINE.search(b.text) and not heading_level(b.text):
            return b.text
    for b in early:
        if b.kind == "heading" and not heading_level(b.text):
            return b.text
    return fallback


_META_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("文件编号", re.compile(r"(?:文件编号|文件编码|文件号|编\s*号)\s*[::]?\s*([A-Za-z][A-Za-z0-9/\-_.]{2,})")),
    ("版本", re.compile(r"(?:版\s*本|版\s*次|版本号)\s*[::]?\s*([A-Za-z]?\s*[/.]?\s*\d+(?:[./]\d+)?|[A-Z](?:/\d+)?)")),
    ("生效日期", re.compile(r"(?:生效日期|实施日期|施行日期)\s*[::]?\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)")),
    ("发布日期", re.compile(r"(?:发布日期|印发日期)\s*[::]?\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)")),
    ("编制", re.compile(r"编\s*制(?:人)?\s*[::]\s*([\u4e00-\u9fff]{2,4})")),
    ("审核", re.compile(r"审\s*核(?:人)?\s*[::]\s*([\u4e00-\u9fff]{2,4})")),
    ("批准", re.compile(r"批\s*准(?:人)?\s*[::]\s*([\u4e00-\u9fff]{2,4})")),
)


def find_metadata(blocks: list[Block]) -> tuple[tuple[str, str], ...]:
    """文件编号, 版本, dates and signatories from the document's first blocks (cover or header table)."""
    found: dict[str, str] = {}
    for b in blocks[:40]:
        texts = [b.text]
        if b.cells:
            # A cover table reads 文件编号 | HS-01 | 版本 | A/1: pair each label with the next cell.
            texts += [f"{a}:{v}" for a, v in zip(b.cells, b.cells[1:], strict=False) if a and v]
        for t in texts:
            for key, pattern in _META_PATTERNS:
                if key not in found:
                    m = pattern.search(t)
                    if m:
                        found[key] = re.sub(r"\s+", "", m.group(1))
    return tuple(found.items())


def make_document(
    path: str,
    fmt: str,
    builder: BlockBuilder,
    *,
    fallback_title: str,
    pages: int | None = None,
    warnings: Iterable[str] = (),
    extra_meta: Iterable[tuple[str, str]] = (),
) -> Document:
    blocks = builder.blocks
    warn = list(warnings)
    if not blocks and not warn:
        warn.append("no text could be extracted")
    meta = dict(find_metadata(blocks))
    meta.update(extra_meta)
    return Document(
        path=path,
        format=fmt,
        title=find_title(blocks, fallback_title),
        blocks=tuple(blocks),
        pages=pages,
        metadata=tuple(meta.items()),
        warnings=tuple(warn),
    )
