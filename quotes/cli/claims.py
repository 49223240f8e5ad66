"""``quotes claims``: records that state the same claim, grouped across articles.

Inputs are what ``quotes speakers`` takes (articles, extracted here; record files that
``quotes extract`` wrote) plus the output folders of ``quotes extract --dask``. The
grouping itself is :func:`quotes.claims.group_claims`; this module parses, prints and maps
errors to exit codes.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from quotes.cli.extract import RunReport
from quotes.cli.failures import die, internal_error, quiet_stdout
from quotes.errors import ExitStatus, InputError, QuotesError

PROG = "quotes claims"
MAX_SPEAKERS = 2  # in the table; the JSON has them all


class ClaimsReport(RunReport):
    """``quotes extract``'s report, with this command's name on its messages."""

    @property
    def prog(self) -> str:
        return PROG

    def fail(self, error: QuotesError) -> None:
        from quotes.write.terminal import sanitize

        self.failed.append(error)
        click.echo(f"{PROG}: {sanitize(str(error)).replace(chr(10), chr(92) + 'n')}", err=True)


@click.command("claims")
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here instead of stdout, atomically: a failed run leaves the old file.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None,
              help="jsonl (default when piped: one claim group a line), json, or table "
              "(default on a terminal).")
@click.option("--records", "as_records", is_flag=True,
              help="Write the input records, each with claim.key (its group), instead of the "
              "groups: a column to join on.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines of schema.org ClaimReview items (existing fact-checks, as "
              "`quotes export --format claimreview` writes them): flag groups they cover.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Match score two texts need to be one claim.  [default: the measured 0.7]")
@click.option("--min-size", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only groups with at least this many records (2: claims seen twice or more).")
@click.option("--model", default=None,
              help="An installed spaCy pipeline to extract articles with.")
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="A speaker registry JSON file (articles only).")
def claims_command(inputs: tuple[str, ...], output: str | None, fmt: str | None,
                   as_records: bool, against: str | None, threshold: float | None,
                   min_size: int, model: str | None, speakers: str | None) -> None:
    """Group the records of INPUTS that state the same claim, across articles.

    INPUTS are articles (text, HTML, JSON Lines batches, folders, - or a pipe for
    stdin), record files written by `quotes extract` (.jsonl or .json), or `quotes
    extract --dask` output folders (part-*.jsonl). Each group gives a canonical text, its speakers,
    documents, first and last seen dates, record ids, and why each record joined.

    Exit codes: 0 ok; 1 some inputs failed (the rest were grouped); 2 usage;
    3 nothing readable; 5 model not loadable; 130 interrupted.
    """
    from quotes.claims import THRESHOLD, annotate, group_claims
    from quotes.cli.stdin import inputs_or_stdin

    inputs = inputs_or_stdin(inputs)

    if output and not Path(output).resolve().parent.is_dir():
        raise click.BadParameter(f"folder of {output!r} does not exist", param_hint="--output")
    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() and not as_records else "jsonl"
    if as_records and fmt == "table":
        raise click.UsageError("--records writes records as jsonl or json, not a table")
    report = ClaimsReport()
    try:
        reviews = _reviews(against)
        records = list(gather_records(inputs, report, model=model, speakers=speakers))
        if report.failed and not report.ok:
            sys.exit(report.exit_status())  # nothing readable: no empty result to print
        if threshold is None:
            threshold = THRESHOLD
        result = group_claims(records, threshold=threshold)
        flagged = 0
        if reviews is not None:
            from quotes.claims.reviews import match_reviews

            flagged = match_reviews(result.groups, reviews, threshold=threshold)
        groups = [g for g in result.groups if g.size >= min_size]
        items: Iterable[dict[str, Any]] = (annotate(records, result) if as_records
                                          else (g.to_dict() for g in groups))
        _write(items, fmt, output, groups)
        _summary(result, flagged if reviews is not None else None)
    except QuotesError as exc:
        _die(str(exc), exc.exit_status)
    except KeyboardInterrupt:
        _die("interrupted" + (f"; {output} left as it was" if output else ""),
             ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        quiet_stdout()
    except OSError as exc:
        _die(f"cannot write {output or 'stdout'}: {exc.strerror or exc}", ExitStatus.SOME_FAILED)
    except Exception as exc:  # a bug: one line, not a traceback
        internal_error(PROG, exc, ExitStatus.SOME_FAILED)
    sys.exit(report.exit_status())


def gather_records(inputs: Iterable[str], report: RunReport, *, model: str | None = None,
                   speakers: str | None = None) -> Iterator[dict[str, Any]]:
    """Records from every input: ``--dask`` folders and record files read back, the
    rest extracted as articles (one model load for all of them)."""
    from quotes.claims.inputs import folder_records, is_record_folder
    from quotes.cli.speakers import collect_records

    rest: list[str] = []
    for item in inputs:
        if item != "-" and is_record_folder(item):
            failures: list[dict[str, Any]] = []
            try:
                yield from folder_records(item, failures)
            except InputError as exc:
                report.fail(exc)
                continue
            for f in failures:
                report.fail(InputError(str(item), f"{f.get('doc_id')}: failed in the --dask "
                                                  f"run ({f.get('reason')}); not grouped"))
            report.done()
        else:
            rest.append(item)
    if rest:
        yield from collect_records(rest, report, model=model, speakers=speakers)


def _reviews(path: str | None) -> list[Any] | None:
    if path is None:
        return None
    from quotes.claims.reviews import read_reviews

    try:
        return read_reviews(path)
    except InputError as exc:  # a bad --against file is a usage problem: said before extracting
        _die(f"--against {exc}", ExitStatus.USAGE)


def _write(items: Iterable[dict[str, Any]], fmt: str, output: str | None,
           groups: list[Any]) -> None:
    from quotes.write.atomic import atomic_output

    target = atomic_output(output) if output else contextlib.nullcontext(sys.stdout)
    with target as out:
        if fmt == "table":
            from rich.console import Console

            Console(file=out, width=None if output is None else 120).print(claims_table(groups))
        elif fmt == "json":
            json.dump(list(items), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        out.flush()


def claims_table(groups: Iterable[Any]):  # -> rich.table.Table
    """A table for a person at a terminal; every piece of article text made safe."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from quotes.write.table import safe_text

    table = Table(title="Claims", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True,
                  caption="Recs: records stating it; Docs: articles; ✓ an existing fact-check "
                  "covers it (rating, url)")
    table.add_column("Claim", ratio=6, overflow="fold")
    table.add_column("Said by", ratio=2, overflow="fold")
    table.add_column("Recs", justify="right", no_wrap=True)
    table.add_column("Docs", justify="right", no_wrap=True)
    table.add_column("Seen", no_wrap=True)
    table.add_column("Key", no_wrap=True, style="dim")
    for g in groups:
        d = g.to_dict()
        claim = safe_text(d["text"])
        for r in d.get("reviews", []):
            claim.append("\n✓ ", style="green")
            claim.append_text(safe_text(f"{r['rating'] or 'unrated'}  {r['url']}", "green"))
        names = [s["name"] for s in d["speakers"]]
        said = safe_text(", ".join(names[:MAX_SPEAKERS]) + (", …" if len(names) > MAX_SPEAKERS
                                                             else ""))
        if not names:
            said = Text("unattributed", style="dim italic")
        seen = d["first_seen"] or ""
        if d["last_seen"] and d["last_seen"] != d["first_seen"]:
            seen += f"\n{d['last_seen']}"
        table.add_row(claim, said, str(d["size"]), str(len(d["documents"])), seen,
                      d["key"].removeprefix("claim-"))
    return table


def _summary(result: Any, flagged: int | None) -> None:
    groups = result.groups
    repeated = sum(1 for g in groups if g.size > 1)
    records = sum(g.size for g in groups)
    line = (f"{PROG}: {records} records, {len(groups)} claims ({repeated} stated more than "
            f"once); {result.stats.pairs_scored} pairs compared")
    if result.stats.probes_skipped:
        line += f", {result.stats.probes_skipped} over-common words not used to block"
    if result.duplicates:
        line += f"; {result.duplicates} records read twice, counted once"
    if flagged is not None:
        line += f"; {flagged} claims already fact-checked"
    click.echo(line, err=True)


def _die(message: str, status: int) -> NoReturn:
    die(PROG, message, status)
