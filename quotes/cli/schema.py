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
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
def validate_command(paths: tuple[str, ...], quiet: bool) -> None:
    """Check records (JSON Lines or a JSON array) in PATHS against the schema.

    PATHS are record files (`quotes validate part-*.jsonl`), or - for stdin (also read
    when none is given and stdin is piped). Says which file, record and field fail.

    Exit codes: 0 every record valid; 1 some files unreadable or empty (the others were
    checked and valid); 3 no records at all (an empty result is not a valid run);
    4 some record fails, or a file is not JSON records.
    """
    from quotes.cli.stdin import inputs_or_stdin
    from quotes.write.reading import RecordReadError, read_record_file

    paths = inputs_or_stdin(paths, "PATHS")
    many = len(paths) > 1
    total = bad_files = invalid = 0
    n_problems = 0

    def say(message: str) -> None:
        if not quiet:
            click.echo(one_line(message), err=True)  # messages quote record values

    for path in paths:
        where = f"{path}: " if many else ""
        try:
            records = list(read_record_file(path))
        except RecordReadError as exc:
            say(f"quotes validate: {exc}")
            invalid += 1
            continue
        except OSError as exc:
            say(f"quotes validate: {path}: {exc.strerror or exc}")
            bad_files += 1
            continue
        if not records:  # "0 problems" would pass an extraction that wrote nothing
            say(f"quotes validate: {path}: no records")
            bad_files += 1
            continue
        total += len(records)
        problems = list(validate_records(records))
        n_problems += len(problems)
        invalid += bool(problems)
        for p in problems:
            say(f"{where}{p}")
    if total or many:  # a lone unreadable file: its one line says it all
        files = f" in {len(paths)} files" if many else ""
        say(f"{total} records{files}, {n_problems} problems")
    if invalid:
        sys.exit(ExitStatus.INVALID)
    if not total:
        sys.exit(ExitStatus.NO_INPUT)
    sys.exit(ExitStatus.SOME_FAILED if bad_files else ExitStatus.OK)
