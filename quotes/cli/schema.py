"""``quotes schema`` and ``quotes validate``: the record contract."""

from __future__ import annotations

import json
import sys

import click

from quotes.errors import ExitStatus
from quotes.records.schema import load_schema, validate_records
from quotes.safety.terminal import one_line


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema every record is validated against."""
    click.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))


@click.command("validate")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
def validate_command(path: str, quiet: bool) -> None:
    """Check records (JSON Lines or a JSON array) against the schema.

    Says which record and which field fail; exits 4 when any does, 3 when the file holds
    no records at all (an empty file is not a valid result of a run).
    """
    from quotes.write.reading import RecordReadError, read_record_file

    try:
        records = list(read_record_file(path))
    except RecordReadError as exc:
        click.echo(f"quotes validate: {one_line(exc)}", err=True)
        sys.exit(ExitStatus.INVALID)
    except OSError as exc:
        click.echo(f"quotes validate: {one_line(path)}: {one_line(exc.strerror or exc)}", err=True)
        sys.exit(ExitStatus.NO_INPUT)
    if not records:  # "0 problems" would pass an extraction that wrote nothing
        if not quiet:
            click.echo(f"quotes validate: {one_line(path)}: no records", err=True)
        sys.exit(ExitStatus.NO_INPUT)
    problems = list(validate_records(records))
    if not quiet:
        for p in problems:
            click.echo(one_line(p), err=True)  # messages quote record values
        click.echo(f"{len(records)} records, {len(problems)} problems", err=True)
    sys.exit(ExitStatus.INVALID if problems else ExitStatus.OK)
