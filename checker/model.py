"""The data that flows through the pipeline: small immutable records, nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA_VERSION = "1.0"

BlockKind = Literal["heading", "paragraph", "table_row"]
Status = Literal["met", "partial", "missing", "not_applicable"]
Level = Literal["strong", "weak", "none"]


@dataclass(frozen=True)
class Block:
    """One unit of text with the place it came from."""

    text: str
    kind: BlockKind
    index: int  # 1-based position among the document's blocks: the "paragraph" users see
    page: int | None = None  # PDF page, 1-based
    sheet: str | None = None  # XLSX sheet
    table: int | None = None  # 1-based table number within the document (or sheet)
    row: int | None = None  # 1-based row within the table or sheet
    cells: tuple[str, ...] = ()
    heading_path: tuple[str, ...] = ()

    def location(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}" if self.table is None else f"table {self.table} row {self.row}")
        else:
            parts.append(f"¶{self.index}")
        return " ".join(parts)


@dataclass(frozen=True)
class Document:
    path: str  # relative to the assessed folder, with forward slashes
    format: str  # docx | pdf | xlsx | text
    title: str
    blocks: tuple[Block, ...]
    pages: int | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def meta(self) -> dict[str, str]:
        return dict(self.metadata)


@dataclass(frozen=True)
class FileProblem:
    """A file the checker could not use, and why."""

    file: str
    reason: str


@dataclass(frozen=True)
class EvidenceRef:
    file: str
    snippet: str
    location: str
    block: int
    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    terms: tuple[str, ...] = ()
    strength: Level = "strong"
    note: str = ""  # why it counts, or counts only weakly: the check's own explanation
    numbers: tuple[str, ...] = ()  # figures the check read, as written


@dataclass(frozen=True)
class Rejection:
    """A passage that looked relevant but was not accepted, with the reason."""

    file: str
    location: str
    snippet: str
    reason: str


@dataclass(frozen=True)
class ElementResult:
    id: str
    description: str
    check: str
    level: Level
    evidence: tuple[EvidenceRef, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    reason: str = ""
    also_in: tuple[str, ...] = ()  # "standard clause" of the other assessed standards sharing this element
    required: bool = True  # False: not needed for met, only evidence that it falls short counts
    contrary: bool = False  # a sign of a shortfall: found, the clause is at most partial

    @property
    def satisfied(self) -> bool:
        return self.level != "none"

    @property
    def gap(self) -> bool:
        """Whether this element keeps its clause from being met."""
        return self.level == "weak" or (self.level == "none" and self.required)


@dataclass(frozen=True)
class ManualDecision:
    """A reviewer's override of the checker's verdict on a clause (from a review file).

    The clause's status and points are the reviewer's; the checker's own are kept here."""

    checker_status: Status
    checker_points: float
    reason: str
    by: str
    date: str = ""


@dataclass(frozen=True)
class ClauseResult:
    id: str
    title: str
    text: str
    path: tuple[str, ...]  # ancestor ids, top first
    status: Status
    points_possible: float
    points_awarded: float
    reason: str
    elements: tuple[ElementResult, ...] = ()
    manual: ManualDecision | None = None  # set when a reviewer overrode the checker's status


@dataclass(frozen=True)
class GroupScore:
    id: str
    title: str
    level: int
    points_possible: float
    points_awarded: float
    parent: str | None = None

    @property
    def ratio(self) -> float:
        return self.points_awarded / self.points_possible if self.points_possible else 0.0


@dataclass(frozen=True)
class Score:
    total: float
    rating: str
    passed: bool
    reasons: tuple[str, ...]
    points_possible: float  # applicable points before rescaling to 100
    points_awarded: float
    base_total: float | None = None  # earned / applicable × 100, before special items
    adjustments: tuple[Adjustment, ...] = ()


@dataclass(frozen=True)
class Adjustment:
    """A certifier's special item the user recorded: 特别扣分项 (deduction) or 特别加分项 (bonus)."""

    kind: Literal["deduction", "bonus"]
    description: str
    points: float  # signed: negative for a deduction
    date: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    file: str
    format: str
    kind: str
    title: str
    pages: int | None
    blocks: int
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    standard_id: str
    standard_title: str
    standard_version: str
    root: str
    as_of: str
    score: Score
    groups: tuple[GroupScore, ...]
    clauses: tuple[ClauseResult, ...]
    documents: tuple[DocumentInfo, ...]
    warnings: tuple[str, ...] = field(default=())
    schema_version: str = SCHEMA_VERSION
