"""Command line: `checker check PATH`, `checker standards`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from . import evaluate as evaluation
from . import explain as explainer
from . import ingest
from .assess import assess
from .match import Matcher
from .report import json as json_report
from .report import table as table_report
from .rulepack import DEFAULT_STANDARD, PackError, available_packs, load_pack

FORMATS = {"table": table_report.render, "json": json_report.render}


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
@click.option("--standard", "-s", default=DEFAULT_STANDARD, show_default=True, help="Rule pack id (see `checker standards`).")
@click.option("--format", "-f", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file.")
@click.option("--fail-under", type=float, help="Exit with status 1 when the total is below this.")
@click.option("--as-of", callback=_as_of, help="Assessment date for record freshness (default: today).")
def check(path: Path, standard: str, fmt: str, output: Path | None, fail_under: float | None, as_of: date) -> None:
    """Assess the documents in PATH (a folder or one file) and score them."""
    pack = _pack(standard)
    corpus = ingest.load(path)
    if not corpus.documents and not corpus.problems:
        raise click.ClickException(f"no documents found in {path}")
    result = assess(corpus, pack, Matcher([pack]), as_of)
    if fmt == "table":
        text = table_report.render(result, color=output is None and sys.stdout.isatty())
    else:
        text = FORMATS[fmt](result)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        click.echo(f"{fmt} report written to {output}", err=True)
    else:
        click.echo(text)
    for p in corpus.problems:
        click.echo(f"warning: {p.file}: {p.reason}", err=True)
    if fail_under is not None and result.score.total < fail_under:
        click.echo(f"total {result.score.total:.1f} is below --fail-under {fail_under:g}", err=True)
        sys.exit(1)


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
    result = assess(ingest.load(set_path), pack, Matcher([pack]), as_of)
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
        click.echo(f"{pid:<20} {len(leaves):>3} clauses ({ruled} with rules)  {pts:g} points  {p.meta.title}")


if __name__ == "__main__":
    main()
