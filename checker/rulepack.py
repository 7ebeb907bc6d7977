"""Load and validate rule packs (rules/<pack-id>/): the standard's hierarchy plus our elements.

A bad pack fails with the file, the clause id and the field, so a rule author can fix it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
DEFAULT_STANDARD = "qzzlh-1001-2022"

Kind = Literal["policy", "procedure", "plan", "record", "report", "contract", "certificate", "other"]


class PackError(ValueError):
    pass


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


TermGroup = Annotated[tuple[Annotated[str, Field(min_length=1)], ...], Field(min_length=1)]


def _g(groups: tuple[tuple[str, ...], ...], n: int = 3) -> str:
    return " + ".join("/".join(g[:n]) + ("…" if len(g) > n else "") for g in groups)


class TableTrend(_Strict):
    """A figure followed year by year in a table (rows 2024年, 2025年, 2026年1—10月): the
    statistic an auditor reads a trend from when no sentence states it."""

    column: TermGroup  # header words of the figure's column, most specific first
    direction: Literal["down", "up"]


class TermsCheck(_Strict):
    type: Literal["terms"]
    all: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    none: tuple[str, ...] = ()
    # Also read each document's sign-off (编制, 审核, 批准 on its cover) as a passage: the proof
    # auditors take that rules are made by a controlled procedure. Other elements never see it.
    document_control: bool = False
    # section: the groups may be spread over the paragraphs of one section (a process written as
    # 第七条 受理登记…, 第八条 联系消费者…, … under "第三章 处理流程"); list: over a lead-in and the
    # three or more list items under it ("服务策略:" (一)…(二)…(三)…); passage: in one paragraph
    within: Literal["passage", "section", "list"] = "passage"
    table_trend: TableTrend | None = None  # or: a table whose column moves this way year by year
    # or: these groups in a process spelled out step by step, a lead-in and its list or a chain
    # of steps in a line ("在线预约 → 到店接待 → … → 回访"), where a web page or article shows
    # the whole process without the words a rule would use
    steps: tuple[TermGroup, ...] = ()

    def summary(self) -> str:
        signed = ", or a document signed off by 编制, 审核 and 批准" if self.document_control else ""
        where = {"section": "one section", "list": "a lead-in with at least 3 list items"}.get(self.within, "one passage")
        trend = ""
        if self.table_trend:
            way = "falls" if self.table_trend.direction == "down" else "rises"
            trend = f", or a table whose {self.table_trend.column[0]} column {way} year by year"
        steps = f", or a list of steps (or 3 steps in a line) with {_g(self.steps)}" if self.steps else ""
        return f"{where} with {_g(self.all)}{signed}{trend}{steps}"


class RecordCheck(_Strict):
    type: Literal["record"]
    about: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    min_rows: Annotated[int, Field(ge=1)] = 1
    max_age_days: Annotated[int, Field(ge=1)] | None = None
    # a record of a continuous practice (monthly supervision, callbacks) whose entries stop this
    # long before the assessment shows the practice lapsed: weak evidence
    lapsed_after_days: Annotated[int, Field(ge=1)] | None = None

    def summary(self) -> str:
        age = f", the newest within {self.max_age_days} days" if self.max_age_days else ""
        if self.lapsed_after_days:
            age += f" (within {self.lapsed_after_days} days for full credit)"
        return f"a record about {_g(self.about)} with at least {self.min_rows} dated entries{age}"


Unit = Literal["percent", "minutes", "hours", "days", "workdays", "count", "yuan"]


class RecordRate(_Strict):
    """A rate an auditor computes from a ledger when no document states it: the share of the
    concluded entries whose outcome column says `done` (解决率 from a complaint ledger's
    是否解决 or 用户确认 column). Entries still open are left out, as an auditor leaves out a
    complaint received last week."""

    about: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    column: TermGroup  # header words of the outcome column, most specific first
    done: TermGroup  # outcome words counted in the numerator (a negated one, 未解决, is not)
    open: tuple[str, ...] = ()  # outcome words of entries not concluded yet; an empty cell is open too
    min_rows: Annotated[int, Field(ge=1)] = 5
    max_age_days: Annotated[int, Field(ge=1)] = 365


class ValueCheck(_Strict):
    type: Literal["value"]
    subject: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    unit: Unit
    op: Literal[">=", "<=", ">", "<", "=="] | None = None
    threshold: float | None = None
    from_records: RecordRate | None = None
    # A figure that misses the company's own target stated beside it ("95.2% | 目标≥98%",
    # "回访率87.8%,未达到100%的目标") falls short too, though it passes `threshold`.
    own_target: bool = False

    def summary(self) -> str:
        limit = f" {self.op} {self.threshold:g}" if self.op is not None and self.threshold is not None else ""
        if self.own_target:
            limit += " and not below the target the company states beside it"
        computed = (
            f", or computed from a record about {_g(self.from_records.about)} (its {self.from_records.column[0]} column)"
            if self.from_records
            else ""
        )
        return f"a stated {self.unit} figure{limit} for {_g(self.subject)}{computed}"

    @model_validator(mode="after")
    def _op_with_threshold(self) -> ValueCheck:
        if (self.op is None) != (self.threshold is None):
            raise ValueError("op and threshold go together")
        if self.from_records is not None and self.unit != "percent":
            raise ValueError("from_records computes a rate: the unit must be percent")
        if self.own_target and self.op not in (">=", ">"):
            raise ValueError("own_target compares a rate with the target it should reach: op must be >= or >")
        return self


class RatioCheck(_Strict):
    type: Literal["ratio"]
    numerator: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    denominator: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    min: Annotated[float, Field(gt=0)]

    def summary(self) -> str:
        return f"{_g(self.numerator)} at least {self.min:.0%} of {_g(self.denominator)}, from stated headcounts or a roster"


class ConsistencyCheck(_Strict):
    type: Literal["consistency"]
    subject: Annotated[tuple[TermGroup, ...], Field(min_length=1)]
    min_places: Annotated[int, Field(ge=1)] = 2
    # which figures are compared: time limits and rates ("24小时内上门"), or opening hours
    # ("每天8:00—20:00", by channel)
    compare: tuple[Literal["time", "percent", "hours"], ...] = ("time", "percent")

    def summary(self) -> str:
        what = "" if self.compare == ("time", "percent") else f" ({', '.join(self.compare)})"
        return f"{_g(self.subject)} stated alike{what} in at least {self.min_places} documents"


Check = Annotated[TermsCheck | RecordCheck | ValueCheck | RatioCheck | ConsistencyCheck, Field(discriminator="type")]
ElementId = Annotated[str, Field(pattern=r"^[a-z0-9_-]+$")]


class Element(_Strict):
    id: ElementId
    description: Annotated[str, Field(min_length=4)]
    kinds: tuple[Kind, ...] | None = None
    check: Check
    # False: the clause can be met without this element (the documents need not show it), but
    # when they show it falling short (a measured figure below the threshold) the clause is at
    # most partial. For "…应在规定的时间范围内" after the rule itself: auditors accept the rule
    # and look for signs it is not kept.
    required: bool = True
    # True: the element describes a sign that the clause falls short ("监督组长由…兼任" where a
    # full-time head is asked for). Found, it keeps the clause from being met; absent, it is
    # nothing. Never required.
    contrary: bool = False
    # True: the clause stands on this element ("设立…监督机构": the body itself); without any
    # evidence of it the clause is missing, whatever else is shown. Always required.
    key: bool = False
    origin: str = ""  # pack:clause/element where it is defined; set on load

    @model_validator(mode="before")
    @classmethod
    def _contrary_is_not_required(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("contrary"):
            if data.get("key"):
                raise ValueError("a contrary element cannot be a key element")
            data = {**data, "required": False}
        if isinstance(data, dict) and data.get("key") and data.get("required") is False:
            raise ValueError("a key element is required")
        return data

    def groups(self) -> tuple[tuple[str, ...], ...]:
        """The term groups that say what the element is about."""
        c = self.check
        if isinstance(c, TermsCheck):
            return c.all
        if isinstance(c, RecordCheck):
            return c.about
        if isinstance(c, RatioCheck):
            return c.numerator + c.denominator
        return c.subject

    def terms(self) -> set[str]:
        out = {t for g in self.groups() for t in g}
        if isinstance(self.check, TermsCheck):
            out |= set(self.check.none) | {t for g in self.check.steps for t in g}
            if self.check.table_trend:
                out |= set(self.check.table_trend.column)
        if isinstance(self.check, ValueCheck) and self.check.from_records:
            r = self.check.from_records
            out |= {t for g in r.about for t in g} | set(r.column) | set(r.done) | set(r.open)
        return out


class ElementRef(_Strict):
    use: Annotated[str, Field(pattern=r"^[a-z0-9.\-]+:[^/\s]+/[a-z0-9_-]+$")]
    id: ElementId | None = None
    required: bool | None = None  # this clause's own say on whether the element is needed for met


def _element_kind(v: Any) -> str:
    is_ref = isinstance(v, ElementRef) or (isinstance(v, dict) and "use" in v)
    return "ref" if is_ref else "element"


_TAGS = {"ref", "element"}  # left out of error locations: the user wrote no such field
AnyElement = Annotated[
    Annotated[Element, Tag("element")] | Annotated[ElementRef, Tag("ref")], Discriminator(_element_kind)
]


class ClauseRules(_Strict):
    # at most 4 that the clause requires (checked once references are resolved), plus at most
    # two that confirm practice or sign a shortfall
    elements: Annotated[tuple[AnyElement, ...], Field(min_length=1, max_length=6)]
    notes: str | None = None

    @field_validator("elements")
    @classmethod
    def _unique(cls, v: tuple[Element | ElementRef, ...]) -> tuple[Element | ElementRef, ...]:
        ids = [e.id or e.use.rsplit("/", 1)[1] if isinstance(e, ElementRef) else e.id for e in v]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"element ids repeated: {', '.join(sorted(dup))}")
        return v


class Rating(_Strict):
    min: float
    label: str


class Scoring(_Strict):
    weights: dict[Literal["met", "partial", "missing"], Annotated[float, Field(ge=0, le=1)]] = {
        "met": 1.0,
        "partial": 0.5,
        "missing": 0.0,
    }
    pass_total: Annotated[float, Field(ge=0, le=100)] = 70
    ratings: tuple[Rating, ...]
    fail_label: str = "未达标"
    category_level: Annotated[int, Field(ge=1)] = 1
    category_floor: Annotated[float, Field(gt=0, le=1)] | None = None
    # Certification practice (特别扣分项 / 特别加分项): each recorded deduction costs this many
    # points, this many of them fail the assessment, and bonuses add at most bonus_max.
    special_deduction: Annotated[float, Field(ge=0)] = 1
    special_fail_at: Annotated[int, Field(ge=1)] | None = 5
    special_bonus_max: Annotated[float, Field(ge=0)] = 1


class PackMeta(_Strict):
    id: str
    title: str
    version: str
    source: str
    paraphrases: str | None = None
    scoring: Scoring


class _NodeIn(_Strict):
    id: Annotated[str, Field(min_length=1)]
    title: Annotated[str, Field(min_length=1)]
    points: Annotated[float, Field(gt=0)] | None = None
    text: str | None = None
    # The standard's own text is not available and `text` is our paraphrase (say from where in
    # the pack's `paraphrases`); reports show it as such.
    paraphrase: bool = False
    children: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Node:
    id: str
    title: str
    points: float
    level: int
    text: str | None
    parent: str | None
    children: tuple[Node, ...]
    rules: ClauseRules | None = None
    paraphrase: bool = False

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def elements(self) -> tuple[Element, ...]:
        # References are resolved on load: only Elements remain.
        return self.rules.elements if self.rules else ()  # type: ignore[return-value]


@dataclass(frozen=True)
class Pack:
    meta: PackMeta
    roots: tuple[Node, ...]
    folder: Path

    @property
    def id(self) -> str:
        return self.meta.id

    def nodes(self) -> list[Node]:
        out: list[Node] = []

        def walk(n: Node) -> None:
            out.append(n)
            for c in n.children:
                walk(c)

        for r in self.roots:
            walk(r)
        return out

    def leaves(self) -> list[Node]:
        return [n for n in self.nodes() if n.is_leaf]

    def node(self, node_id: str) -> Node:
        for n in self.nodes():
            if n.id == node_id:
                return n
        raise KeyError(node_id)

    def ancestors(self, node_id: str) -> tuple[str, ...]:
        by_id = {n.id: n for n in self.nodes()}
        path: list[str] = []
        cur = by_id[node_id].parent
        while cur is not None:
            path.append(cur)
            cur = by_id[cur].parent
        return tuple(reversed(path))

    def terms(self) -> set[str]:
        return {t for leaf in self.leaves() for e in leaf.elements for t in e.terms()}


def _err(file: Path, where: str, e: ValidationError | str) -> PackError:
    if isinstance(e, ValidationError):
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'] if p not in _TAGS) or '(top)'}: {err['msg']}" for err in e.errors()
        )
    else:
        details = e
    return PackError(f"{file}: {where}: {details}")


def _read_yaml(file: Path) -> Any:
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise PackError(f"{file}: not valid YAML: {e}") from e
    except OSError as e:
        raise PackError(f"{file}: cannot be read: {e}") from e


def _build(
    raw: Any,
    file: Path,
    level: int,
    parent: str | None,
    share: float | None,
    seen: set[str],
    rules: dict[str, ClauseRules],
    paraphrases_declared: bool,
) -> Node:
    if not isinstance(raw, dict):
        raise _err(file, f"under {parent or 'top level'}", "each node must be a mapping with id and title")
    where = f"clause {raw.get('id', '?')}"
    try:
        node = _NodeIn.model_validate(raw)
    except ValidationError as e:
        raise _err(file, where, e) from e
    if node.id in seen:
        raise _err(file, where, "id: used twice in this pack")
    seen.add(node.id)
    points = node.points if node.points is not None else share
    if points is None:
        raise _err(file, where, "points: first-level nodes must give their points")
    kids_raw = node.children
    given = sum(float(c.get("points") or 0) for c in kids_raw if isinstance(c, dict))
    open_kids = [c for c in kids_raw if isinstance(c, dict) and c.get("points") is None]
    if given - points > 1e-6:
        raise _err(file, where, f"points: children give {given} points, more than the node's {points}")
    if kids_raw and not open_kids and abs(given - points) > 1e-6:
        raise _err(file, where, f"points: children give {given} points, the node has {points}")
    child_share = (points - given) / len(open_kids) if open_kids else None
    children = tuple(
        _build(c, file, level + 1, node.id, child_share, seen, rules, paraphrases_declared) for c in kids_raw
    )
    if not children and not (node.text and node.text.strip()):
        raise _err(file, where, "text: a leaf must carry the standard's requirement text")
    if node.paraphrase and not paraphrases_declared:
        raise _err(file, where, "paraphrase: the pack's `paraphrases` must say which texts are paraphrased and from where")
    return Node(node.id, node.title, points, level, node.text, parent, children, rules.get(node.id), node.paraphrase)


@cache
def load_pack(pack_id: str, rules_dir: Path = RULES_DIR) -> Pack:
    folder = rules_dir / pack_id
    if not folder.is_dir():
        known = ", ".join(available_packs(rules_dir)) or "none"
        raise PackError(f"unknown standard '{pack_id}' (known: {known})")
    meta_file = folder / "pack.yaml"
    try:
        meta = PackMeta.model_validate(_read_yaml(meta_file))
    except ValidationError as e:
        raise _err(meta_file, "pack", e) from e
    if meta.id != pack_id:
        raise _err(meta_file, "pack", f"id: '{meta.id}' does not match its folder '{pack_id}'")

    rules: dict[str, ClauseRules] = {}
    origin: dict[str, Path] = {}
    for f in sorted((folder / "elements").glob("*.yaml")):
        data = _read_yaml(f) or {}
        if not isinstance(data, dict):
            raise _err(f, "file", "must map clause ids to their elements")
        for cid, body in data.items():
            cid = str(cid)
            if cid in rules:
                raise _err(f, f"clause {cid}", f"already given in {origin[cid].name}")
            try:
                rules[cid] = ClauseRules.model_validate(body)
            except ValidationError as e:
                raise _err(f, f"clause {cid}", e) from e
            origin[cid] = f

    own = {
        f"{cid}/{e.id}": e.model_copy(update={"origin": f"{pack_id}:{cid}/{e.id}"})
        for cid, cr in rules.items()
        for e in cr.elements
        if isinstance(e, Element)
    }
    for cid, cr in list(rules.items()):
        resolved = []
        for e in cr.elements:
            if isinstance(e, ElementRef):
                try:
                    e = _resolve(e, pack_id, rules_dir, own)
                except PackError as err:
                    raise _err(origin[cid], f"clause {cid}", str(err)) from None
            else:
                e = e.model_copy(update={"origin": f"{pack_id}:{cid}/{e.id}"})
            resolved.append(e)
        if sum(e.required for e in resolved) > 4:
            raise _err(origin[cid], f"clause {cid}", "at most 4 required elements (the rest `required: false`)")
        rules[cid] = cr.model_copy(update={"elements": tuple(resolved)})

    struct_file = folder / "structure.yaml"
    raw = _read_yaml(struct_file)
    if not isinstance(raw, list) or not raw:
        raise _err(struct_file, "top level", "must be a list of first-level nodes")
    seen: set[str] = set()
    roots = tuple(_build(r, struct_file, 1, None, None, seen, rules, bool(meta.paraphrases)) for r in raw)
    pack = Pack(meta, roots, folder)
    leaf_ids = {n.id for n in pack.leaves()}
    for cid in rules:
        if cid not in leaf_ids:
            where = "not a leaf of the structure" if cid in seen else "no such clause in structure.yaml"
            raise _err(origin[cid], f"clause {cid}", where)
    return pack


def _resolve(ref: ElementRef, pack_id: str, rules_dir: Path, own: dict[str, Element]) -> Element:
    other, rest = ref.use.split(":", 1)
    clause, element = rest.rsplit("/", 1)
    if other == pack_id:
        # another clause of the same pack: one element, evaluated once, counted for both
        found = own.get(rest)
        if found is None:
            raise PackError(f"use: {ref.use}: this pack has no element '{element}' of its own in clause {clause}")
    else:
        try:
            target = load_pack(other, rules_dir).node(clause)
        except KeyError:
            raise PackError(f"use: {ref.use}: {other} has no clause {clause}") from None
        found = next((e for e in target.elements if e.id == element), None)
        if found is None:
            raise PackError(f"use: {ref.use}: clause {clause} of {other} has no element '{element}'")
        if not found.origin.startswith(f"{other}:"):
            raise PackError(f"use: {ref.use}: that element is itself a reference ({found.origin}); refer to it directly")
    update: dict[str, Any] = {"id": ref.id or found.id}
    if ref.required is not None:
        update["required"] = ref.required
        if not ref.required:
            update["key"] = False
    return found.model_copy(update=update)


def available_packs(rules_dir: Path = RULES_DIR) -> list[str]:
    return sorted(p.name for p in rules_dir.iterdir() if (p / "pack.yaml").is_file()) if rules_dir.is_dir() else []
