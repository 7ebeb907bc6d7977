"""The user's own declarations for an assessment (checker.yaml): clauses that do not apply (删减)
with their reasons, and the certifier's special items (特别扣分项 / 特别加分项) recorded for the
company. Both appear in every report.

```yaml
not_applicable:
  qzzlh-1001-2022:
    "23.1": 公司仅面向个人消费者,无大客户业务
special_deductions:          # apply to every standard assessed
  - {description: 2026年3月因虚假宣传被市场监管局行政处罚, date: 2026-03-12}
special_bonus:
  - {description: 获评省级服务名牌, date: 2026-06-30}
```
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .model import Adjustment

CONFIG_NAME = "checker.yaml"


class ConfigError(ValueError):
    pass


class _Item(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    description: Annotated[str, Field(min_length=2)]
    date: dt.date | str = ""
    points: float = 1


class _ConfigIn(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    not_applicable: dict[str, dict[str, Annotated[str, Field(min_length=2)]]] = {}
    special_deductions: tuple[_Item, ...] = ()
    special_bonus: tuple[_Item, ...] = ()


@dataclass(frozen=True)
class UserConfig:
    source: str | None = None
    not_applicable: dict[str, dict[str, str]] = field(default_factory=dict)  # standard -> clause -> reason
    deductions: tuple[Adjustment, ...] = ()
    bonuses: tuple[Adjustment, ...] = ()

    def na_for(self, standard: str) -> dict[str, str]:
        return self.not_applicable.get(standard, {})


def load_config(path: Path | None, folder: Path | None = None) -> UserConfig:
    """The given file; else checker.yaml in the assessed folder, if there is one; else nothing."""
    if path is None and folder is not None and folder.is_dir() and (folder / CONFIG_NAME).is_file():
        path = folder / CONFIG_NAME
    if path is None:
        return UserConfig()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot be read as YAML: {e}") from e
    try:
        cfg = _ConfigIn.model_validate(raw)
    except ValidationError as e:
        where = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise ConfigError(f"{path}: {where}") from e

    def items(kind: str, src: tuple[_Item, ...]) -> tuple[Adjustment, ...]:
        sign = -1 if kind == "deduction" else 1
        return tuple(Adjustment(kind, i.description, sign * abs(i.points), str(i.date)) for i in src)  # type: ignore[arg-type]

    na = {std: {str(k): v for k, v in clauses.items()} for std, clauses in cfg.not_applicable.items()}
    return UserConfig(str(path), na, items("deduction", cfg.special_deductions), items("bonus", cfg.special_bonus))
