"""``quotes speakers``: who speaks in a batch, with the names they go by, to grow a registry.

Inputs are articles (extracted here, as ``quotes extract`` does) or record files that
``quotes extract`` already wrote (told apart by content: every line, or every item of a
JSON array, is an object with ``quote`` and ``speaker``), so a batch extracted once can be
inventoried without loading the model again.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from quotes.cli.extract import RunReport, extract_records
from quotes.cli.failures import die, internal_error, quiet_stdout
from quotes.errors import ExitStatus, InputError, QuotesError

PROG = "quotes speakers"
RECORD_SUFFIXES = (".json", ".jsonl", ".ndjson")
MAX_TITLES = 3  # the most frequent; the JSON has them all
SHORT_KINDS = {"organization": "org"}  # the table is read on 80 columns too


class SpeakersReport(RunReport):
    """``quotes extract``'s report, with this command's name on its messages."""

    @property
    def prog(self) -> str:
        return PROG

    def fail(self, error: QuotesError) -> None:
        from quotes.write.terminal import sanitize

        self.failed.append(error)
        message = sanitize(str(error)).replace("\n", "\\n")
        click.echo(f"{PROG}: {message}", err=True)


@click.command("speakers")
@click.argument("inputs", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "json", "registry"]),
    default=None,
    help="table (default on a terminal), jsonl (default when piped: one speaker a line, "
    "as `quotes extract` writes records), json (an array), or registry (entries to edit "
    "and pass back with --speakers).",
)
@click.option("--model", default=None,
              help="An installed spaCy pipeline to use instead of the default.")
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="A speaker registry JSON file to resolve names with (articles only; "
              "record files keep the speakers they were written with).")
def speakers_command(inputs: tuple[str, ...], fmt: str | None, model: str | None,
                     speakers: str | None) -> None:
    """List the speakers in INPUTS with their name variants, counts and ids.

    INPUTS are articles (text, HTML, JSON Lines batches, folders, - or a pipe for stdin)
    or record files written by `quotes extract` (.jsonl or .json). Pronouns and descriptions ("he",
    "the minister") count as references; only names are listed as variants.

    Exit codes: 0 ok; 1 some inputs failed (the rest were counted); 2 usage;
    3 nothing readable; 5 model not loadable; 130 interrupted.
    """
    from quotes.cli.stdin import inputs_or_stdin
    from quotes.speakers.inventory import speaker_inventory, to_registry_entries

    inputs = inputs_or_stdin(inputs)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    report = SpeakersReport()
    try:
        summaries = speaker_inventory(
            collect_records(inputs, report, model=model, speakers=speakers)
        )
        if report.failed and not report.ok:
            sys.exit(report.exit_status())  # nothing readable: no empty inventory to print
        if fmt == "table":
            from rich.console import Console

            Console().print(speakers_table(summaries))
        elif fmt == "registry":
            _write_json(to_registry_entries(summaries), sys.stdout)
        elif fmt == "jsonl":
            from quotes.write.jsonl import write_jsonl

            write_jsonl((s.to_dict() for s in summaries), sys.stdout)
        else:
            _write_json([s.to_dict() for s in summaries], sys.stdout)
    except QuotesError as exc:
        _die(str(exc), exc.exit_status)
    except KeyboardInterrupt:
        _die("interrupted", ExitStatus.INTERRUPTED)
    except BrokenPipeError:
        quiet_stdout()
    except Exception as exc:  # a bug: one line, not a traceback
        internal_error(PROG, exc, ExitStatus.SOME_FAILED)
    sys.exit(report.exit_status())


def collect_records(inputs: Iterable[str], report: RunReport, *, model: str | None = None,
                    speakers: str | None = None,
                    stdin: IO[bytes] | None = None) -> Iterator[dict[str, Any]]:
    """Record dicts from every input: record files read back, articles extracted.

    Record files come first, then all articles in one extraction run (one model load,
    document ids kept unique across them); each bad input is reported and counted.
    """
    articles: list[str] = []
    stdin_bytes: bytes | None = None
    for item in inputs:
        try:
            if item == "-":
                stdin_bytes = (stdin or sys.stdin.buffer).read()
                records = records_in(stdin_bytes.decode("utf-8", errors="replace"), "<stdin>")
            elif Path(item).suffix.lower() in RECORD_SUFFIXES and Path(item).is_file():
                records = _record_file(item)
            else:
                records = None
        except InputError as exc:
            report.fail(exc)
            continue
        if records is None:
            articles.append(item)
            continue
        report.done()
        yield from records
    if articles:
        yield from _extract(articles, report, model=model, speakers=speakers,
                            stdin=stdin_bytes)


def _record_file(path: str) -> list[dict[str, Any]] | None:
    """The records of a .json/.jsonl file, or None for a JSON Lines batch of articles."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    except UnicodeDecodeError as exc:
        if Path(path).suffix.lower() != ".json":
            return None  # records are UTF-8; an article batch may not be: the reader decides
        raise InputError(path, f"not UTF-8 (byte {exc.start}); records are UTF-8") from None
    records = records_in(raw, path)
    if records is None and Path(path).suffix.lower() == ".json":
        # A JSON file is no article: most likely a registry passed by mistake.
        raise InputError(path, "not a record file (expected the output of `quotes extract`: "
                               "one record per line, or an array of records)")
    return records


def records_in(raw: str, source: str) -> list[dict[str, Any]] | None:
    """The records in a file's text, or None when it is not a record file.

    A record file is a JSON array, or JSON Lines, every item of which is an object with
    ``quote`` and ``speaker`` (a JSON Lines batch of articles has ``text`` instead).
    """
    from quotes.write.reading import RecordReadError, parse_records

    if not raw.strip():
        return None
    try:
        items = list(parse_records(raw, source))
    except (RecordReadError, RecursionError) as exc:
        if _is_record(_first_item(raw)):
            # It opens like records and breaks later (a cut-off file): say where.
            raise InputError(source, str(exc).removeprefix(f"{source}: ")) from None
        return None
    if items and all(_is_record(r) for r in items):
        return items
    return None


def _is_record(item: Any) -> bool:
    return isinstance(item, dict) and "quote" in item and "speaker" in item


def _first_item(raw: str) -> Any:
    """The first JSON Lines object of ``raw`` (None when it does not parse)."""
    line = next((ln for ln in raw.splitlines() if ln.strip()), "")
    try:
        return json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None


def _extract(articles: list[str], report: RunReport, *, model: str | None,
             speakers: str | None, stdin: bytes | None) -> Iterator[dict[str, Any]]:
    import io

    from quotes.pipeline import DEFAULT_MODEL, load_nlp
    from quotes.read import read_inputs

    name = model or DEFAULT_MODEL
    load_nlp(name, speakers)  # a missing model fails here, before any reading
    stream = io.BytesIO(stdin) if stdin is not None else None
    documents = _documents(read_inputs(articles, stdin=stream), report)
    yield from extract_records(documents, report, model=name, speakers=speakers)


def _documents(items: Iterable[Any], report: RunReport) -> Iterator[Any]:
    for item in items:
        if isinstance(item, InputError):
            report.fail(item)
        else:
            yield item


def speakers_table(summaries: Iterable[Any]):  # -> rich.table.Table
    """A table for a person at a terminal; every piece of article text made safe."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from quotes.speakers.inventory import UNRESOLVED_LABEL
    from quotes.write.table import safe_text

    table = Table(title="Speakers", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True,
                  caption="✓ known to the speaker registry (ids below the name); Refs: named "
                  "by pronoun or description; also: names that are not forms of theirs")
    table.add_column("Speaker", min_width=16, ratio=3, overflow="fold")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Recs", justify="right", no_wrap=True)
    table.add_column("Docs", justify="right", no_wrap=True)
    table.add_column("Refs", justify="right", no_wrap=True)
    table.add_column("Written as", ratio=4, overflow="fold")
    table.add_column("Titles", ratio=3, overflow="fold")
    for s in summaries:
        if s.name is None:
            name = Text(UNRESOLVED_LABEL, style="dim italic")
        else:
            name = safe_text(s.name, "bold" if s.named else "")
            if s.from_registry:
                name.append(" ✓", style="green")
            if s.ids:
                name.append("\n")
                name.append_text(safe_text(" ".join(f"{k}:{v}" for k, v in s.ids.items()), "dim"))
        table.add_row(
            name,
            SHORT_KINDS.get(s.kind, s.kind),
            str(s.records),
            str(len(s.documents)),
            str(s.references),
            _written_as(s, safe_text),
            safe_text("; ".join(s.titles[:MAX_TITLES])
                      + ("; …" if len(s.titles) > MAX_TITLES else "")),
        )
    return table


def _written_as(summary: Any, safe_text: Any):  # -> rich.text.Text
    """The name variants with their counts, then (dimmed) names that are not forms of it."""
    def counted(names: dict[str, int]) -> str:
        return ", ".join(f"{v} ×{n}" if n > 1 else v for v, n in names.items())

    cell = safe_text(counted(summary.variants))
    if summary.other_names:
        cell.append_text(safe_text(("\n" if summary.variants else "")
                                   + f"also: {counted(summary.other_names)}", "dim"))
    return cell


def _write_json(value: Any, out: IO[str]) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    out.flush()


def _die(message: str, status: int) -> NoReturn:
    die(PROG, message, status)
