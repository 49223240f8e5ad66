"""``quotes extract``: articles in, attribution records out."""

from __future__ import annotations

import sys

import click

from quotes.errors import ExitStatus, InputError, QuotesError


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default=None,
    help="jsonl (default when piped), json, or table (default on a terminal).",
)
@click.option("--model", default=None, help="An installed spaCy pipeline to use instead of the default.")
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False), help="A speaker registry JSON file.")
def extract_command(inputs: tuple[str, ...], output: str | None, fmt: str | None, model: str | None,
                    speakers: str | None) -> None:
    """Extract quotes and reported speech from INPUTS (files, or - for stdin)."""
    from quotes.api import extract_documents
    from quotes.pipeline import DEFAULT_MODEL, load_nlp
    from quotes.read import read_inputs
    from quotes.write.jsonl import write_json, write_jsonl

    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else "jsonl"
    try:
        nlp = load_nlp(model or DEFAULT_MODEL, speakers)
    except QuotesError as exc:
        click.echo(f"quotes extract: {exc}", err=True)
        sys.exit(exc.exit_status)

    failures: list[InputError] = []
    ok_docs = 0

    def documents():
        nonlocal ok_docs
        for item in read_inputs(inputs):
            if isinstance(item, InputError):
                failures.append(item)
                click.echo(f"quotes extract: {item}", err=True)
                continue
            ok_docs += 1
            yield item

    def records():
        for _, recs in extract_documents(documents(), nlp=nlp):
            for rec in recs:
                yield rec.to_dict()

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if fmt == "table":
            from rich.console import Console

            from quotes.write.table import records_table

            Console(file=out).print(records_table(list(records())))
        elif fmt == "json":
            write_json(records(), out)
        else:
            write_jsonl(records(), out)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    finally:
        if output:
            out.close()
    if failures and not ok_docs:
        sys.exit(ExitStatus.NO_INPUT)
    if failures:
        sys.exit(ExitStatus.SOME_FAILED)
