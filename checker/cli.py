"""Command line: `checker check PATH`, `checker standards`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from . import diff as differ
from . import evaluate as evaluation
from . import explain as explainer
from . import ingest
from . import review as reviews
from .assess import assess_many
from .config import ConfigError, load_config
from .model import Assessment
from .progress import RunProgress
from .report import html as html_report
from .report import json as json_report
from .report import markdown as markdown_report
from .report import table as table_report
from .report import xlsx as xlsx_report
from .rulepack import DEFAULT_STANDARD, PackError, available_packs, load_pack

FORMATS = {
    "table": table_report.render,
    "json": json_report.render,
    "html": html_report.render,
    "xlsx": xlsx_report.render,
    "markdown": markdown_report.render,
}
FORMAT_ALIASES = {"md": "markdown", "txt": "table", "text": "table", "htm": "html"}
EXTENSIONS = {"table": "txt", "json": "json", "html": "html", "xlsx": "xlsx", "markdown": "md"}
BINARY_FORMATS = {"xlsx"}


def _formats(_ctx, _param, value: str) -> tuple[str, ...]:
    """`--format html,xlsx,json`: one or several formats, in the order given, each once."""
    out: list[str] = []
    for part in value.replace(" ", ",").split(","):
        name = FORMAT_ALIASES.get(part.strip().lower(), part.strip().lower())
        if not name:
            continue
        if name not in FORMATS:
            raise click.BadParameter(f"'{part.strip()}' is not one of {', '.join(FORMATS)}")
        if name not in out:
            out.append(name)
    if not out:
        raise click.BadParameter(f"name at least one of {', '.join(FORMATS)}")
    return tuple(out)


def _as_of(_ctx, _param, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"'{value}' is not a date like 2026-11-24") from e


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aftersales-checker")
def main() -> None:
    """Check after-sales service documents against the 售后服务认证 standards."""


@main.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--standard", "-s", "standard_ids", multiple=True,
    help=f"Rule pack id (see `checker standards`); repeat it, or say `all`, to assess several in one run. Default: {DEFAULT_STANDARD}.",
)
@click.option(
    "--format", "-f", "fmts", callback=_formats, default="table", show_default=True,
    help=f"One or several of {', '.join(FORMATS)}, comma-separated (html,xlsx,json).",
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path),
    help="Write the report to this file; with several formats or standards, the directory to write them to "
    "(named <set>.<standard>.<ext>).",
)
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Not-applicable clauses and special items (YAML); default: checker.yaml in PATH, if any.")
@click.option("--review", "review_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A reviewer's file of manual decisions (YAML) applied over the checker's verdicts.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An earlier JSON report: the reports show what changed since (for the standard it is of).")
@click.option("--fail-under", type=float, help="Exit with status 1 when a total is below this.")
@click.option("--as-of", callback=_as_of, help="Assessment date for record freshness (default: today).")
def check(
    path: Path,
    standard_ids: tuple[str, ...],
    fmts: tuple[str, ...],
    output: Path | None,
    config_file: Path | None,
    review_file: Path | None,
    baseline: Path | None,
    fail_under: float | None,
    as_of: date,
) -> None:
    """Assess the documents in PATH (a folder or one file) and score them."""
    packs = _packs(standard_ids)
    _check_outputs(fmts, output, len(packs))
    try:
        config = load_config(config_file, path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    review = _load_review(review_file)
    before = _load_baseline(baseline)
    with RunProgress() as progress:
        corpus = ingest.load(path, on_file=progress.on_file)
        progress.files_done()
        if not corpus.documents and not corpus.problems:
            raise click.ClickException(f"no documents found in {path}")
        leaves = sum(len(p.leaves()) for p in packs)
        names = ", ".join(p.id for p in packs)
        with progress.stage(f"Evaluating {leaves} clauses of {names}", total=leaves):
            results = list(assess_many(corpus, packs, as_of, config))
    if review is not None:
        known = tuple(available_packs())
        results = [reviews.apply_review(r, review, p, known) for r, p in zip(results, packs, strict=True)]
    if before is not None and not any(r.standard_id == before.get("standard", {}).get("id") for r in results):
        raise click.ClickException(f"--baseline {baseline} is a report of another standard than those assessed: a baseline compares only with the same standard")
    pairs = [
        (r, _compare(before, baseline, r) if before and before.get("standard", {}).get("id") == r.standard_id else None)
        for r in results
    ]
    _emit(pairs, fmts, output, path)
    if config.source:
        click.echo(f"declarations read from {config.source}", err=True)
    for p in corpus.problems:
        click.echo(f"warning: {p.file}: {p.reason}", err=True)
    low = [r for r in results if fail_under is not None and r.score.total < fail_under]
    for r in low:
        click.echo(f"{r.standard_id}: total {r.score.total:.1f} is below --fail-under {fail_under:g}", err=True)
    if low:
        sys.exit(1)


def _packs(ids: tuple[str, ...]):
    wanted: list[str] = []
    for i in ids or (DEFAULT_STANDARD,):
        for part in i.split(","):
            part = part.strip()
            for pid in available_packs() if part == "all" else [part]:
                if pid and pid not in wanted:
                    wanted.append(pid)
    return [_pack(pid) for pid in wanted]


@main.command()
@click.option("--standard", "-s", "standard_ids", multiple=True, help="Packs to compare (default: all).")
def crosswalk(standard_ids: tuple[str, ...]) -> None:
    """Which clauses of different standards are decided by the same element: one missing
    document costs points in each of them."""
    packs = _packs(standard_ids or ("all",))
    click.echo(explainer.crosswalk_reference(packs), nl=False)


@main.command()
@click.argument("clause")
@click.option("--standard", "-s", default=DEFAULT_STANDARD, show_default=True)
def explain(clause: str, standard: str) -> None:
    """Show a clause's text, points, elements and what satisfies each."""
    pack = _pack(standard)
    try:
        node = pack.node(clause)
    except KeyError:
        raise click.ClickException(f"{standard} has no clause '{clause}'") from None
    click.echo(explainer.explain_clause(pack, node))


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=explainer.DOCS_DIR, show_default=True)
def docs(out: Path) -> None:
    """Regenerate the rule reference (docs/rules/*.md) from the packs."""
    for f in explainer.write_docs([_pack(pid) for pid in available_packs()], out):
        click.echo(f"wrote {f}")


@main.command("eval")
@click.argument("set_path", metavar="SET", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--standard", "-s", default=None, help="Rule pack id (default: the one labels.yaml names).")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--as-of", callback=_as_of, help="Assessment date for record freshness (default: today).")
def eval_(set_path: Path, standard: str | None, fmt: str, as_of: date) -> None:
    """Compare the checker's statuses with the auditor's labels in SET/labels.yaml."""
    try:
        named, labels = evaluation.read_labels(set_path, standard)
    except evaluation.LabelsError as e:
        raise click.ClickException(str(e)) from e
    pack = _pack(named or DEFAULT_STANDARD)
    try:
        config = load_config(None, set_path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    result = assess_many(ingest.load(set_path), [pack], as_of, config)[0]
    ev = evaluation.evaluate(result, labels)
    if fmt == "json":
        import json

        click.echo(json.dumps(evaluation.to_dict(ev, set_path.name), ensure_ascii=False, indent=2))
    else:
        click.echo(evaluation.render_text(ev, set_path.name))


def _pack(standard: str):
    try:
        return load_pack(standard)
    except PackError as e:
        raise click.ClickException(str(e)) from e


def _load_review(file: Path | None) -> reviews.Review | None:
    if file is None:
        return None
    try:
        return reviews.load_review(file)
    except reviews.ReviewError as e:
        raise click.ClickException(str(e)) from e


def _load_baseline(file: Path | None) -> dict | None:
    if file is None:
        return None
    try:
        return differ.load_report(file)
    except differ.DiffError as e:
        raise click.ClickException(str(e)) from e


def _compare(before: dict | None, file: Path | None, result: Assessment) -> differ.Comparison | None:
    if before is None:
        return None
    try:
        return differ.compare(before, json_report.to_dict(result), str(file), "this check")
    except differ.DiffError as e:
        raise click.ClickException(f"--baseline {e}") from e


def _one_file(fmts: tuple[str, ...], n_standards: int) -> bool:
    """Whether the run makes exactly one report file: one format, and one standard or JSON
    (several standards' JSON is one document with a `results` list)."""
    return len(fmts) == 1 and (n_standards == 1 or fmts[0] == "json")


def _check_outputs(fmts: tuple[str, ...], output: Path | None, n_standards: int) -> None:
    """Fail before any work when the reports cannot be written where asked."""
    if output is None:
        if len(fmts) > 1:
            raise click.UsageError("several formats: name a directory with -o")
        if fmts[0] in BINARY_FORMATS:
            raise click.UsageError(f"{fmts[0]} is a binary format: name the file to write with -o")
    elif not _one_file(fmts, n_standards) and output.exists() and not output.is_dir():
        raise click.UsageError(f"several reports go to a directory, and {output} is a file")


def report_name(path: Path, standard_id: str, fmt: str) -> str:
    """`<set-folder-name>.<standard-id>.<ext>`; a single file's set is named after the file."""
    p = path.resolve()
    return f"{p.name if p.is_dir() else p.stem}.{standard_id}.{EXTENSIONS[fmt]}"


def _render(fmt: str, result: Assessment, baseline: differ.Comparison | None, to_terminal: bool) -> str | bytes:
    if fmt == "table":
        return table_report.render(result, color=to_terminal and sys.stdout.isatty(), baseline=baseline)
    if fmt == "xlsx":
        return xlsx_report.render(result)
    return FORMATS[fmt](result, baseline=baseline)


def _write(target: Path, content: str | bytes, fmt: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content if content.endswith("\n") else content + "\n", encoding="utf-8")
    click.echo(f"{fmt} report written to {target}", err=True)


def _emit(
    results: list[tuple[Assessment, differ.Comparison | None]], fmts: tuple[str, ...], output: Path | None, path: Path
) -> None:
    """Write every report: to stdout without -o; to the -o file when the run makes one report;
    else into the -o directory as <set>.<standard>.<ext> (several standards' JSON: <set>.json)."""
    _check_outputs(fmts, output, len(results))
    to_dir = output is not None and (not _one_file(fmts, len(results)) or output.is_dir())
    set_name = path.resolve().name if path.resolve().is_dir() else path.resolve().stem
    for fmt in fmts:
        if fmt == "json" and len(results) > 1:
            # One JSON document for the run, with a `results` list: one assessment per standard.
            text = json_report.render_many(results)
            if output is None:
                click.echo(text)
            else:
                _write(output / f"{set_name}.json" if to_dir else output, text, fmt)
            continue
        for result, baseline in results:
            if output is None:
                click.echo(_render(fmt, result, baseline, to_terminal=True))
            elif to_dir:
                _write(output / report_name(path, result.standard_id, fmt), _render(fmt, result, baseline, False), fmt)
            else:
                _write(output, _render(fmt, result, baseline, False), fmt)


@main.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the comparison to this file.")
def diff_(old: Path, new: Path, fmt: str, output: Path | None) -> None:
    """What changed between two JSON reports of the same standard (OLD, then NEW): total and
    rating, clauses gained or lost, documents added or removed."""
    try:
        cmp = differ.compare(differ.load_report(old), differ.load_report(new), str(old), str(new))
    except differ.DiffError as e:
        raise click.ClickException(str(e)) from e
    if fmt == "json":
        import json

        text = json.dumps(differ.to_dict(cmp) | {"new": str(new)}, ensure_ascii=False, indent=2)
    elif fmt == "markdown":
        head = f"# {markdown_report.esc(cmp.standard_title)} ({cmp.standard_id}): 进展 Progress"
        text = "\n".join(markdown_report.baseline_section(cmp, heading=head))
    else:
        text = differ.render_text(cmp, color=output is None and sys.stdout.isatty())
    if output:
        _write(output, text, fmt)
    else:
        click.echo(text)


@main.command()
def standards() -> None:
    """List the rule packs with their clause counts and points."""
    for pid in available_packs():
        try:
            p = load_pack(pid)
        except PackError as e:
            click.echo(f"{pid}: invalid pack: {e}")
            continue
        leaves = p.leaves()
        ruled = sum(1 for n in leaves if n.elements)
        pts = sum(r.points for r in p.roots)
        width = max(len(x) for x in available_packs())
        click.echo(f"{pid:<{width}}  {len(leaves):>3} clauses ({ruled} with rules)  {pts:g} points  {p.meta.title}")


if __name__ == "__main__":
    main()
