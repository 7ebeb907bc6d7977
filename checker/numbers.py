"""Numbers with units in Chinese service documents: 98.6%, 24小时内, 两个工作日, 30分钟, 120人."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = r"[零〇一二两三四五六七八九十百]+"
_NUMBER = rf"(\d+(?:\.\d+)?|{_CN_NUMBER}|半)"


def cn_to_number(s: str) -> float | None:
    """一 → 1, 十二 → 12, 二十四 → 24, 一百二十 → 120, 半 → 0.5; None when it is not a number."""
    if s == "半":
        return 0.5
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return float(total + cur)


# unit family -> (pattern of the unit words, factor to the family's base unit)
_UNITS: dict[str, tuple[tuple[str, float], ...]] = {
    "percent": (("%", 1.0), ("%", 1.0), ("个百分点", 1.0)),
    # time: base unit minutes; a working day counted as a day for comparisons
    "time": (
        ("秒钟", 1 / 60), ("秒", 1 / 60), ("分钟", 1.0), ("min", 1.0), ("个小时", 60.0), ("小时", 60.0), ("h", 60.0), ("个工作日", 1440.0),
        ("工作日", 1440.0), ("天", 1440.0), ("日", 1440.0), ("周", 10080.0), ("个月", 43200.0),
    ),
    "count": (("名", 1.0), ("人", 1.0), ("位", 1.0), ("个", 1.0), ("席", 1.0), ("家", 1.0), ("台", 1.0), ("次", 1.0), ("条", 1.0), ("辆", 1.0)),
    "yuan": (("万元", 10000.0), ("元", 1.0)),
}
UNIT_FAMILY = {"percent": "percent", "minutes": "time", "hours": "time", "days": "time", "workdays": "time", "count": "count", "yuan": "yuan"}
UNIT_FACTOR = {"minutes": 1.0, "hours": 60.0, "days": 1440.0, "workdays": 1440.0, "percent": 1.0, "count": 1.0, "yuan": 1.0}

_PATTERNS = {
    fam: re.compile(
        rf"(?P<cmp>不低于|不少于|不超过|不高于|不大于|不小于|达到|≥|≤|>=|<=|>|<)?\s*{_NUMBER}\s*(?P<unit>"
        + "|".join(re.escape(u) for u, _ in units)
        + r")(?P<within>以内|之内|内)?"
    )
    for fam, units in _UNITS.items()
}
# "百分之九十七" / "百分之97"
_CN_PERCENT = re.compile(rf"百分之{_NUMBER}")


@dataclass(frozen=True)
class Quantity:
    value: float  # in the family's base unit (percent, minutes, count, yuan)
    family: str
    text: str  # as written
    start: int
    end: int


def quantities(text: str, family: str) -> list[Quantity]:
    """Every quantity of a unit family in a text, in order."""
    out: list[Quantity] = []
    factors = dict(_UNITS[family])
    for m in _PATTERNS[family].finditer(text):
        n = cn_to_number(m.group(2))
        if n is None:
            continue
        unit = m.group("unit")
        if family == "time" and unit in ("日", "天") and re.match(r"\d{1,2}$", m.group(2)) and _is_date(text, m.start(2)):
            continue  # "3月5日" is a date, not five days
        if family == "count" and re.search(r"第\s*$", text[: m.start(2)]):
            continue  # 第3条 is an ordinal
        out.append(Quantity(n * factors[unit], family, m.group(0).strip(), m.start(2), m.end()))
    if family == "percent":
        for m in _CN_PERCENT.finditer(text):
            n = cn_to_number(m.group(1))
            if n is not None:
                out.append(Quantity(n, family, m.group(0), m.start(), m.end()))
        out.sort(key=lambda q: q.start)
    return out


def _is_date(text: str, pos: int) -> bool:
    # "3月5日", "2026-03-05", and "每月5日前" (a day of every month)
    return bool(re.search(r"(\d{1,2}\s*月|[每次当本上下]月|\d{4}[-/.]\d{1,2}[-/.])\s*$", text[max(0, pos - 8) : pos]))


def compare(value: float, op: str, threshold: float) -> bool:
    return {
        ">=": value >= threshold - 1e-9,
        "<=": value <= threshold + 1e-9,
        ">": value > threshold,
        "<": value < threshold,
        "==": abs(value - threshold) < 1e-9,
    }[op]


def describe(value: float, unit: str) -> str:
    """A base-unit value in the unit a rule speaks of: 120 minutes → '2 hours'."""
    v = value / UNIT_FACTOR[unit]
    shown = f"{v:.1f}".rstrip("0").rstrip(".")
    return {"percent": f"{shown} %", "minutes": f"{shown} 分钟", "hours": f"{shown} 小时", "days": f"{shown} 天",
            "workdays": f"{shown} 个工作日", "count": shown, "yuan": f"{shown} 元"}[unit]
