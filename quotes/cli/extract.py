"""``quotes extract``: articles in, attribution records out.

The command body is three small steps a variant can swap: :func:`read_documents`
(inputs to documents, bad ones reported), :func:`extract_records` (documents to record
dicts, a failing document reported) and :func:`write_records` (streamed to stdout, or
an atomic file). :class:`RunReport` prints one line per failure, drives the progress
bar and gives the exit status.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from quotes.cli.failures import (
    TERMINATED,
    Terminated,
    die,
    internal_error,
    quiet_stdout,
    sigterm_as_interrupt,
)
from quotes.errors import ExitStatus, InputError, QuotesError

PROG = "quotes extract"

# Same value as quotes.read.sources.DEFAULT_MAX_CHARS (spaCy's own nlp.max_length); not
# imported from there so `quotes --help` stays light.
DEFAULT_MAX_CHARS = 1_000_000
CHUNK_SIZE = 16  # documents per nlp.pipe batch; 1 when reading stdin, so records stream


@dataclass
class RunReport:
    """What happened to each document: messages on stderr, progress, exit status."""

    ok: int = 0
    failed: list[QuotesError] = field(default_factory=list)
    invalid: int = 0  # records that failed the schema and were not written
    warnings: list[str] = field(default_factory=list)
    on_document: Callable[[], None] | None = None  # set by the progress bar

    def done(self) -> None:
        """One document extracted."""
        self.ok += 1
        if self.on_document:
            self.on_document()

    def fail(self, error: QuotesError) -> None:
        """Report one bad input or document on stderr, as one line, and count it."""
        from quotes.write.terminal import sanitize

        self.failed.append(error)
        message = sanitize(str(error)).replace("\n", "\\n")
        click.echo(f"{PROG}: {message}", err=True)
        if self.on_document:
            self.on_document()

    def warn(self, message: str) -> None:
        """Say something suspicious on stderr without failing anything."""
        from quotes.write.terminal import sanitize

        self.warnings.append(message)
        click.echo(f"{PROG}: warning: {sanitize(message)}", err=True)

    def reject(self, doc_id: str, record: dict[str, Any], problems: list[Any]) -> None:
        """A record that fails the schema: say which and why; it is not written."""
        from quotes.write.terminal import sanitize

        self.invalid += 1
        first = sanitize(str(problems[0]).removeprefix("record 1: ")).replace("\n", "\\n")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        rec_id = sanitize(str(record.get("id", "?")))
        click.echo(f"{self.prog}: {sanitize(doc_id)}: record {rec_id} not written, it fails "
                   f"the schema: {first}{more}", err=True)

    @property
    def prog(self) -> str:
        return PROG

    def exit_status(self) -> ExitStatus:
        """0 all read; 1 some failed, the rest extracted; 3 nothing readable at all;
        4 some records failed the schema (the valid ones were written)."""
        if self.failed and not self.ok:
            return ExitStatus.NO_INPUT
        if self.invalid:
            return ExitStatus.INVALID
        return ExitStatus.SOME_FAILED if self.failed else ExitStatus.OK


@click.command("extract")
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(),
              help="Write here instead of stdout, atomically: a failed run, or one that read "
              "nothing, leaves the old file. With --dask: the output folder.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default=None,
    help="jsonl (default when piped), json, or table (default on a terminal).",
)
@click.option("--model", default=None,
              help="An installed spaCy pipeline to use instead of the default.")
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="A speaker registry JSON file.")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html", "jsonl"]),
    default="auto",
    show_default=True,
    help="How to read inputs. auto: .html/.htm as HTML, .jsonl/.ndjson as batches, other "
    "files as text unless they open like a web page; stdin by its first line.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Skip, and report, any document longer than this many characters.",
)
@click.option("--repair-mojibake", is_flag=True,
              help="Fix UTF-8 once misread as Windows-1252 (\"itâ€™s\") before extracting. "
              "Offsets then index the repaired text (text_from says \"ftfy\"), not the file.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes, each loading the model once; records stay in input order.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster: local:N starts N worker processes here, "
              "tcp://HOST:8786 (or a scheduler .json file) uses a running one. -o OUT_DIR gets "
              "one JSON Lines file per partition and manifest.json; a rerun resumes.")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help="With --dask: documents per partition file.  [default: 20]")
def extract_command(inputs: tuple[str, ...], output: str | None, fmt: str | None, model: str | None,
                    speakers: str | None, input_format: str, max_chars: int,
                    repair_mojibake: bool, jobs: int, dask_address: str | None,
                    partition_size: int | None) -> None:
    """Extract quotes and reported speech from INPUTS.

    INPUTS are text files, HTML files, JSON Lines batches (one {"id", "text" or "html",
    "url", "title", "published"} object a line), folders of those (walked recursively),
    or - for stdin (also read when no INPUTS are given and stdin is piped). Records
    stream to stdout one per line, or go to --output.

    Every record is checked against the schema before it is written.

    Exit codes: 0 ok; 1 some inputs failed (the rest were extracted); 2 usage;
    3 nothing readable (an -o file is then left as it was); 4 some records failed the
    schema (reported, not written; the valid ones were); 5 model not loadable;
    130 interrupted; 143 terminated (SIGTERM).
    """
    from quotes.cli.stdin import inputs_or_stdin

    inputs = inputs_or_stdin(inputs)
    if dask_address is not None:  # a distributed run (quotes.scale); it exits itself
        from quotes.scale.command import run_dask_command

        run_dask_command(inputs, address=dask_address, output=output, model=model,
                         speakers=speakers, input_format=input_format, max_chars=max_chars,
                         partition_size=partition_size, fmt=fmt,
                         repair_mojibake=repair_mojibake)
    if partition_size is not None:
        raise click.UsageError("--partition-size goes with --dask")
    if output:
        check_output(output, inputs)
    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else "jsonl"
    report = RunReport()
    kept = f"; {output} left as it was" if output else ""
    try:
        with sigterm_as_interrupt():
            model = _load_model(model, speakers, max_chars)
            documents = read_documents(inputs, report, max_chars=max_chars,
                                       input_format=input_format,
                                       repair_mojibake=repair_mojibake)
            records = extract_records(documents, report, model=model, speakers=speakers,
                                      chunk_size=1 if "-" in inputs else CHUNK_SIZE,
                                      max_length=max_chars + 1, jobs=jobs)
            with progress_bar(report, total=count_documents(inputs)):
                write_records(records, output=output, fmt=fmt,
                              keep_old=lambda: report.exit_status() == ExitStatus.NO_INPUT)
    except QuotesError as exc:
        _die(str(exc) + kept, exc.exit_status)
    except Terminated:
        _die("terminated" + kept, TERMINATED)
    except KeyboardInterrupt:
        _die("interrupted" + kept, ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        quiet_stdout()
    except OSError as exc:
        _die(f"cannot write {output or 'stdout'}: {exc.strerror or exc}", ExitStatus.SOME_FAILED)
    except Exception as exc:  # a bug: one line, not a traceback
        internal_error(PROG, exc, ExitStatus.SOME_FAILED)
    status = report.exit_status()
    if output and status == ExitStatus.NO_INPUT:
        click.echo(f"{PROG}: nothing readable{kept}", err=True)
    sys.exit(status)


def check_output(output: str, inputs: tuple[str, ...], *, replaces: str = "the article") -> None:
    """Refuse an ``-o`` that is a folder, in a missing folder, or one of the inputs.

    Shared by the commands that write files (``quotes export`` too), so each says the same.
    """
    from quotes.safety.paths import output_input_clash
    from quotes.write.terminal import sanitize

    shown = sanitize(repr(output))
    if Path(output).is_dir():
        raise click.BadParameter(f"{shown} is a folder; give a file (folders go with --dask)",
                                 param_hint="--output")
    if not Path(output).resolve().parent.is_dir():
        raise click.BadParameter(f"folder of {shown} does not exist", param_hint="--output")
    clash = output_input_clash(output, inputs)
    if clash is not None:
        raise click.BadParameter(f"{shown} is the input {sanitize(repr(clash))}; writing "
                                 f"records there would replace {replaces}", param_hint="--output")


def read_documents(inputs: Iterable[str], report: RunReport, *, max_chars: int = DEFAULT_MAX_CHARS,
                   input_format: str = "auto", repair_mojibake: bool = False) -> Iterator[Any]:
    """Documents to extract, lazily; each bad input is reported and counted, not raised."""
    from quotes.read import read_inputs

    for item in read_inputs(inputs, max_chars=max_chars, input_format=input_format,  # type: ignore[arg-type]
                            repair_mojibake=repair_mojibake, on_warning=report.warn):
        if isinstance(item, InputError):
            report.fail(item)
        else:
            yield item


def extract_records(documents: Iterable[Any], report: RunReport, *, model: str,
                    speakers: str | None, chunk_size: int = CHUNK_SIZE,
                    max_length: int | None = None, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Record dicts in input order; a document the extractor fails on is reported, not fatal."""
    from quotes.parallel import DocumentFailed, extract_documents_parallel

    pairs = extract_documents_parallel(documents, jobs=jobs, model=model, speakers=speakers,
                                       chunk_size=chunk_size, max_length=max_length)
    from quotes.read.names import escape_surrogates
    from quotes.write.jsonl import unwritable

    for doc, outcome in pairs:
        if isinstance(outcome, DocumentFailed):
            report.fail(outcome)
            continue
        try:  # checked per document: one unwritable string must not abort the output
            dicts = [rec.to_dict() for rec in outcome]
            why = unwritable(dicts)
        except UnicodeEncodeError as exc:
            why = f"not valid Unicode ({exc.reason})"
        if why:
            report.fail(DocumentFailed(escape_surrogates(str(doc.id)), why))
            continue
        report.done()
        yield from valid_records(dicts, report, escape_surrogates(str(doc.id)))


def valid_records(dicts: Iterable[dict[str, Any]], report: RunReport,
                  doc_id: str) -> Iterator[dict[str, Any]]:
    """The records that pass the schema (compiled validator); the others are reported."""
    from quotes.records.schema import record_problems

    for rec in dicts:
        problems = record_problems(rec)
        if problems:
            report.reject(doc_id, rec, problems)
        else:
            yield rec


def write_records(records: Iterable[dict[str, Any]], *, output: str | None, fmt: str,
                  keep_old: Callable[[], bool] | None = None) -> int:
    """Write records to ``output`` atomically, or stream them to stdout; returns the count.

    ``keep_old`` is asked once everything is written: True leaves an old ``output`` as it
    was (a run that read nothing must not replace good records with none).
    """
    from quotes.write.atomic import DiscardOutput, atomic_output
    from quotes.write.jsonl import write_json, write_jsonl

    target = atomic_output(output) if output else contextlib.nullcontext(sys.stdout)
    n = 0
    with target as out:
        if fmt == "table":
            from rich.console import Console

            from quotes.write.table import RecordsView

            rows = list(records)
            Console(file=out).print(RecordsView(rows))
            n = len(rows)
        elif fmt == "json":
            n = write_json(records, out)
        else:
            n = write_jsonl(records, out)
        if output and keep_old is not None and keep_old():
            raise DiscardOutput
    return n


@contextlib.contextmanager
def progress_bar(report: RunReport, *, total: int | None, stream: IO[str] | None = None):
    """A rich progress bar on stderr while the block runs, fed by ``report``.

    Drawn only when stderr is a terminal and more than one document is expected (an
    unknown count, as for a JSON Lines batch, counts as more); stdout is never touched.
    """
    err = stream if stream is not None else sys.stderr
    if not err.isatty() or total == 1:
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=Console(file=err), transient=True,
        redirect_stdout=False,  # records written to stdout must not pass through the bar
    )
    task = progress.add_task("extract", total=total, failed=0)
    report.on_document = lambda: progress.update(task, advance=1, failed=len(report.failed))
    try:
        with progress:
            yield
    finally:
        report.on_document = None


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents to expect, when cheap to know (files and folders), else None."""
    from quotes.read.sources import JSONL_SUFFIXES, walk_folder

    n = 0
    for item in inputs:
        path = Path(item)
        if item == "-":
            return None
        files = list(walk_folder(path)) if path.is_dir() else [path]
        if any(f.suffix.lower() in JSONL_SUFFIXES for f in files):
            return None
        n += len(files) or 1
    return n


def _load_model(model: str | None, speakers: str | None, max_chars: int) -> str:
    """Load (and cache) the pipeline now, so a missing model fails before any reading."""
    from quotes.pipeline import DEFAULT_MODEL, load_nlp

    name = model or DEFAULT_MODEL
    nlp = load_nlp(name, speakers)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return name


def _die(message: str, status: int) -> NoReturn:
    die(PROG, message, status)
