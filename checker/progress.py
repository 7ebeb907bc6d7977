"""A progress display for long runs (files parsed, clauses evaluated), on stderr.

Shown only when stderr is a terminal: piped or redirected output, CI logs and tests get nothing.
It is transient: once the run is done it disappears, leaving the report alone on the screen."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


class RunProgress:
    """`with RunProgress() as p:` then `ingest.load(path, on_file=p.on_file)` and
    `with p.stage("Evaluating clauses", total=n): ...`. Every method is a no-op when disabled."""

    def __init__(self, enabled: bool | None = None, console: Console | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress: Progress | None = None
        self._files: TaskID | None = None
        self._console = console

    def __enter__(self) -> RunProgress:
        if self.enabled:
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("[dim]{task.fields[item]}"),
                TimeElapsedColumn(),
                console=self._console or Console(stderr=True),
                transient=True,
            )
            self._progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def on_file(self, rel: str) -> None:
        """The `on_file` callback of `ingest.load`: one more file being read."""
        if self._progress is None:
            return
        if self._files is None:
            self._files = self._progress.add_task("Reading files", total=None, item="")
        self._progress.update(self._files, advance=1, item=rel)

    def files_done(self) -> None:
        if self._progress is not None and self._files is not None:
            task = self._progress.tasks[self._files]
            self._progress.update(self._files, total=task.completed, item="")

    @contextmanager
    def stage(self, description: str, total: int | None = None) -> Iterator[Callable[[str], None]]:
        """A step of the run; yields a callback to advance it by one item (when `total` is
        given), and marks it complete when the block ends."""
        if self._progress is None:
            yield lambda _item="": None
            return
        task = self._progress.add_task(description, total=total, item="")

        def advance(item: str = "") -> None:
            assert self._progress is not None
            self._progress.update(task, advance=1, item=item)

        try:
            yield advance
        finally:
            if self._progress is not None:
                t = self._progress.tasks[task]
                self._progress.update(task, total=t.total or 1, completed=t.total or 1, item="")
