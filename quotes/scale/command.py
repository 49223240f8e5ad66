"""``quotes extract --dask``: the command-line side of a distributed run.

``quotes/cli/extract.py`` hands over here when ``--dask`` is given, so the single-machine
command stays as it is. Messages go to stderr, one line each; the exit status follows
``quotes.errors.ExitStatus`` like every other command.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from quotes.errors import ExitStatus, QuotesError


def run_dask_command(
    inputs: Sequence[str],
    *,
    address: str,
    output: str | None,
    model: str | None,
    speakers: str | None,
    input_format: str = "auto",
    max_chars: int | None = None,
    partition_size: int | None = None,
    fmt: str | None = None,
    repair_mojibake: bool = False,
) -> None:
    """Extract INPUTS on the cluster at ``address`` into the folder ``output``; exits."""
    if not output:
        raise click.UsageError("--dask needs -o OUT_DIR: one JSON Lines file per partition "
                               "and a manifest.json are written there")
    if os.path.exists(output) and not os.path.isdir(output):
        raise click.BadParameter(f"{output!r} is a file; with --dask, -o names a folder",
                                 param_hint="-o/--output")
    if fmt not in (None, "jsonl"):
        raise click.BadParameter("with --dask, records are written as JSON Lines files",
                                 param_hint="--format")
    from quotes.cli.failures import TERMINATED, Terminated, sigterm_as_interrupt
    from quotes.pipeline import DEFAULT_MODEL
    from quotes.scale.cluster import parse_address
    from quotes.scale.partition import DEFAULT_PARTITION_SIZE
    from quotes.scale.run import run_partitions

    try:
        parsed = parse_address(address)
        with sigterm_as_interrupt():
            manifest = run_partitions(
                list(inputs), output, parsed, model=model or DEFAULT_MODEL, speakers=speakers,
                partition_size=partition_size or DEFAULT_PARTITION_SIZE, max_chars=max_chars,
                input_format=input_format, repair_mojibake=repair_mojibake,
            )
    except QuotesError as exc:
        _die(str(exc), exc.exit_status)
    except Terminated:
        _die(f"terminated; finished partitions are kept in {output}, rerun to resume",
             TERMINATED)
    except KeyboardInterrupt:
        _die(f"interrupted; finished partitions are kept in {output}, rerun to resume",
             ExitStatus.INTERRUPTED)
    except OSError as exc:
        _die(f"cannot write {output}: {exc.strerror or exc}", ExitStatus.SOME_FAILED)
    except Exception as exc:  # a bug or a cluster fault: one line (QUOTES_DEBUG=1 shows it)
        if os.environ.get("QUOTES_DEBUG"):
            raise
        _die(f"distributed run failed: {type(exc).__name__}: {exc}", ExitStatus.SOME_FAILED)
    sys.exit(report(manifest, output))


def report(manifest: dict[str, Any], output: str) -> ExitStatus:
    """One stderr line per failure and a summary; the exit status of the run."""
    for warning in manifest.get("warnings", []):
        _echo(f"warning: {warning}")
    for failure in manifest["failures"]:
        _echo(f"{failure['source']}: {failure['reason']}")
    for bad in manifest.get("invalid_records", []):
        _echo(f"{bad['doc_id']}: record {bad['id']} not written, it fails the schema: "
              f"{bad['reason']}")
    for part in manifest["partitions"]:
        if part["status"] == "failed":
            _echo(f"partition {part['name']} failed ({part['documents']} documents): "
                  f"{part.get('error', '?')}; rerun to retry it")
    c = manifest["counts"]
    _echo(
        f"{c['documents_extracted']} of {c['documents']} documents extracted, "
        f"{c['records']} records in {c['partitions_done']} partition files "
        f"({c['partitions_resumed']} from an earlier run); "
        f"{c['documents_failed']} failed; manifest: {os.path.join(output, 'manifest.json')}"
    )
    if c["documents_failed"] and not c["documents_extracted"]:
        return ExitStatus.NO_INPUT
    if c.get("records_invalid"):
        return ExitStatus.INVALID
    return ExitStatus.SOME_FAILED if c["documents_failed"] else ExitStatus.OK


def _echo(message: str) -> None:
    from quotes.write.terminal import sanitize

    click.echo(f"quotes extract: {sanitize(message)}", err=True)


def _die(message: str, status: int) -> None:
    _echo(message)
    sys.exit(status)
