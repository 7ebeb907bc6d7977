"""Turn files into Documents. The parser is chosen by content (magic bytes), not by extension.

Parsing is a pure function of a file's bytes and name, so results can be cached by content hash
and files parsed in parallel. A file that cannot be read becomes a FileProblem, never a crash.
"""

from __future__ import annotations

import fnmatch
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..model import Document, FileProblem
from . import docx, pdf, text, xlsx
from .common import ParseError

Parser = Callable[[bytes, str, str], Document]

PARSERS: dict[str, Parser] = {"docx": docx.parse, "pdf": pdf.parse, "xlsx": xlsx.parse, "text": text.parse}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".csv", ".text", ""}

# The tool's own files in an evidence folder are never evidence: the labels' `why` lines would
# otherwise prove themselves.
TOOL_FILES = ("labels.yaml", "labels.yml", "checker.yaml", "checker.yml", "*.review.yaml", ".checkerignore")
IGNORE_FILE = ".checkerignore"


def sniff(data: bytes, name: str) -> str:
    """The format of a file from its first bytes; raises ParseError for what cannot be read."""
    suffix = PurePosixPath(name).suffix.lower()
    if not data:
        raise ParseError("the file is empty")
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile as e:
            raise ParseError(f"damaged ZIP/Office file ({e})") from e
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "ppt/presentation.xml" in names:
            raise ParseError("PowerPoint files are not read; export the slides to PDF")
        raise ParseError("a ZIP archive, not a DOCX or XLSX document; unpack it into the folder")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if suffix in (".xls", ".et"):
            raise ParseError("legacy Excel 97-2003 (.xls) format is not read; save it as .xlsx")
        raise ParseError("legacy Word/Office 97-2003 format (.doc/.xls) is not read; save it as .docx or .xlsx")
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise ParseError("an image: scanned documents need OCR, which this version does not do")
    if data.startswith(b"{\\rtf"):
        raise ParseError("RTF is not read; save it as .docx")
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise ParseError(f"unsupported file type '{suffix}' (DOCX, PDF, XLSX, TXT, MD and CSV are read)")


def parse_bytes(data: bytes, name: str) -> Document:
    """Parse one file's content. `name` is its path relative to the assessed folder."""
    fmt = sniff(data, name)
    return PARSERS[fmt](data, name, PurePosixPath(name).stem)


@dataclass(frozen=True)
class Corpus:
    root: str
    documents: tuple[Document, ...]
    problems: tuple[FileProblem, ...]
    skipped: tuple[str, ...]  # the tool's own files and ignored ones, listed so nothing vanishes


def _ignore_patterns(root: Path) -> list[str]:
    f = root / IGNORE_FILE
    if not f.is_file():
        return []
    lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _skipped(rel: str, patterns: list[str]) -> bool:
    name = PurePosixPath(rel).name
    if name.startswith(".") or name.startswith("~$"):
        return True
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in (*TOOL_FILES, *patterns))


def load(path: str | Path, on_file: Callable[[str], None] | None = None) -> Corpus:
    """Read every file under `path` (or the one file `path`), read-only."""
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {root}")
    if root.is_file():
        files, base = [root], root.parent
    else:
        files, base = sorted(p for p in root.rglob("*") if p.is_file()), root
    patterns = _ignore_patterns(base) if root.is_dir() else []
    docs: list[Document] = []
    problems: list[FileProblem] = []
    skipped: list[str] = []
    for f in files:
        rel = f.relative_to(base).as_posix()
        if any(part.startswith(".") for part in PurePosixPath(rel).parts[:-1]) or _skipped(rel, patterns):
            skipped.append(rel)
            continue
        if on_file:
            on_file(rel)
        try:
            data = f.read_bytes()
            docs.append(parse_bytes(data, rel))
        except ParseError as e:
            problems.append(FileProblem(rel, str(e)))
        except OSError as e:
            problems.append(FileProblem(rel, f"cannot be opened ({e.strerror or e})"))
        except Exception as e:  # a parser bug must not lose the rest of the set
            problems.append(FileProblem(rel, f"could not be parsed ({e.__class__.__name__}: {e})"))
    return Corpus(str(root), tuple(docs), tuple(problems), tuple(skipped))
