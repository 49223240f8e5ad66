"""``quotes export``: reviewed records out of the review store, for the fact-check pipeline."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import click

from quotes.errors import ExitStatus, QuotesError
from quotes.safety.terminal import one_line  # inputs name files and ids: never raw

STATUS_CHOICES = ("accepted", "corrected", "rejected", "pending")
PROG = "quotes export"
BOM = "\ufeff"


def export_formats() -> dict[str, Any]:
    """Writers other than JSON Lines: ``quotes.export``'s and the gold test set."""
    from quotes.export.gold import write_gold

    try:
        from quotes.export import FORMATS
    except ImportError:
        return {"gold": write_gold}
    return {**FORMATS, "gold": write_gold}


@click.command("export")
@click.option(
    "--store",
    default=None,
    type=click.Path(dir_okay=False),
    help="The review store to read. Default: ./quotes-review.sqlite.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False),
    help="Write here instead of stdout, atomically: a failed or interrupted run leaves the "
    "old file.",
)
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    metavar="NAME",
    help="jsonl and csv (every decided record: accepted, corrected, rejected); claimreview "
    "and annotation (accepted and corrected: rejected ones never); gold, a test set for "
    "`quotes eval --gold` (every record, undecided ones as neutral items).",
)
@click.option("--bom", is_flag=True,
              help="With --format csv: start with a UTF-8 byte order mark, so Excel reads "
              "accents right.")
@click.option(
    "--accepted-only", is_flag=True, help="Only accepted records (corrected ones included)."
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUS_CHOICES),
    help="Only records with this review status (repeat for several).",
)
@click.option("--include-pending", is_flag=True, help="Also records nobody has decided yet.")
@click.option(
    "--reviewer", "reviewers", multiple=True, help="Only this reviewer's decisions (repeatable)."
)
@click.option("--doc", "doc_ids", multiple=True, help="Only this document id (repeatable).")
@click.option(
    "--agreement",
    is_flag=True,
    help="Instead of records: how far reviewers agree (per status and speaker, Cohen's "
    "kappa) and the records they disagree on; --format json for JSON.",
)
def export_command(
    store: str | None,
    output: str | None,
    fmt: str,
    accepted_only: bool,
    statuses: tuple[str, ...],
    include_pending: bool,
    reviewers: tuple[str, ...],
    doc_ids: tuple[str, ...],
    agreement: bool,
    bom: bool,
) -> None:
    """Write reviewed records with a `review` object (status, corrections, reviewer, time, note).

    The record body is the machine's draft; what the reviewer changed is in
    review.corrected. A record reviewed by two people is written once per reviewer, with
    review.disagreement true when their decisions differ.

    Which records, by default: jsonl and csv every decided one (accepted, corrected,
    rejected: filter on review.status or the status column); claimreview and annotation
    accepted and corrected only; gold every record, undecided ones included. --status,
    --accepted-only and --include-pending narrow or widen that.

    Every record is checked against the record schema, and every ClaimReview draft and
    annotation against its own, before it is written; one that fails is named on stderr
    and left out.

    Exit codes: 0 ok; 1 damaged store rows left out, or the output cannot be written;
    2 usage; 3 no store; 4 some records failed their schema (the valid ones were written);
    130 interrupted.
    """
    if bom and fmt != "csv":
        raise click.BadParameter("goes with --format csv (JSON readers take no BOM)",
                                 param_hint="--bom")
    if output:
        from quotes.cli.extract import check_output
        from quotes.review.store import DEFAULT_STORE

        check_output(output, (str(store or DEFAULT_STORE),), replaces="the review store")
    if agreement:
        _agreement(store, output, fmt, set(reviewers) or None, set(doc_ids) or None)
        return
    from quotes.review.export import ACCEPTED, reviewed_records
    from quotes.review.store import DEFAULT_STORE, ReviewStore

    writer = None
    if fmt != "jsonl":
        formats = export_formats()
        writer = formats.get(fmt)
        if writer is None:
            names = ", ".join(["jsonl", *formats])
            raise click.BadParameter(f"unknown format {fmt!r} (available: {names})",
                                     param_hint="--format")
    path = Path(store or DEFAULT_STORE)
    if not path.is_file():
        click.echo(f"quotes export: {one_line(path)}: no review store here (see --store)", err=True)
        sys.exit(ExitStatus.NO_INPUT)
    wanted: set[str] | None = set(statuses) if statuses else None
    if accepted_only:
        wanted = (wanted or set(ACCEPTED)) & set(ACCEPTED)
    if wanted and "pending" in wanted:
        include_pending = True
    if fmt == "gold" and wanted is None:
        include_pending = True  # undecided records become neutral gold items
    try:
        # Read-only: export never creates a store, never rewrites a foreign file's header,
        # and works in a folder it cannot write (a WAL store without its -shm file).
        with ReviewStore(path, readonly=True) as review_store:
            records = list(reviewed_records(
                review_store,
                doc_ids=set(doc_ids) or None,
                reviewers=set(reviewers) or None,
                statuses=wanted,
                include_pending=include_pending,
            ))
            texts = {d.doc_id: d.text for d in review_store.documents()}
            added = {d: review_store.added_ids(d) for d in texts}
            from quotes.review.agreement import disputed

            flagged = disputed(review_store, set(doc_ids) or None)
            for rec in records:
                if (rec["doc_id"], rec["id"]) in flagged:
                    rec["review"]["disagreement"] = True
            damaged = list(review_store.damaged)
    except QuotesError as exc:
        click.echo(f"quotes export: {one_line(exc)}", err=True)
        sys.exit(exc.exit_status)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    invalid: list[str] = []
    records = list(_schema_valid(records, invalid))
    try:
        # ClaimReview and annotation draft undecided records only when they were asked for
        # (--include-pending, --status pending); a pending record that merely carries a
        # note is in the JSON Lines and CSV, not drafted as if accepted.
        count = _write(records, output, writer, texts=texts, added=added, bom=bom,
                       include_all=include_pending,
                       on_invalid=lambda rec, problems: _reject(rec, problems, invalid,
                                                                f"{fmt} item of "))
    except OSError as exc:
        click.echo(f"quotes export: {one_line(output or '-')}: {exc.strerror or exc}", err=True)
        sys.exit(ExitStatus.SOME_FAILED)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    for where in damaged:
        click.echo(f"quotes export: {one_line(where)}: damaged in the store (not JSON); "
                   "left out", err=True)
    left_out = f", {len(invalid)} left out (invalid)" if invalid else ""
    click.echo(f"quotes export: {count} records{left_out}", err=True)
    if invalid:
        sys.exit(ExitStatus.INVALID)
    if damaged:
        sys.exit(ExitStatus.SOME_FAILED)


def _schema_valid(records: list[dict[str, Any]], invalid: list[str]):
    """The records that pass the record schema (compiled validator); the rest reported."""
    from quotes.records.schema import record_problems

    for rec in records:
        problems = record_problems(rec)
        if problems:
            _reject(rec, problems, invalid)
        else:
            yield rec


def _reject(rec: dict[str, Any], problems: list[Any], invalid: list[str], what: str = "") -> None:
    invalid.append(str(rec.get("id")))
    first = str(problems[0]).removeprefix("record 1: ")
    click.echo(f"quotes export: {one_line(rec.get('doc_id'))}: {what}record "
               f"{one_line(rec.get('id'))} not written, it fails the schema: {one_line(first)}",
               err=True)


def _write(
    records: list[dict[str, Any]],
    output: str | None,
    writer: Any,
    *,
    texts: dict[str, str],
    added: dict[str, dict[str, str]],
    bom: bool = False,
    on_invalid: Any = None,
    include_all: bool = True,
) -> int:
    """Write every record to stdout, or atomically to ``output`` (an old file survives).

    Files are opened with ``newline=""`` (by :func:`quotes.write.atomic.atomic_output`, as
    ``quotes extract`` writes), so the csv module's CRLF row ends are not doubled on
    Windows; stdout gets the same for CSV.
    """
    from quotes.write.atomic import atomic_output
    from quotes.write.jsonl import write_jsonl

    def emit(out: Any) -> int:
        if bom:
            out.write(BOM)
        if writer is None:
            return write_jsonl(iter(records), out)
        extra: dict[str, Any] = {"added": added} if getattr(writer, "takes_added", False) else {}
        if getattr(writer, "checks_output", False):
            extra["on_invalid"] = on_invalid
        return writer(records, out, include_all=include_all, texts=texts, **extra)

    if output:
        with atomic_output(output) as out:
            return emit(out)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream without bytes underneath (an embedding host): as it is
        return emit(sys.stdout)
    sys.stdout.flush()
    out = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        return emit(out)
    finally:
        out.flush()
        out.detach()  # sys.stdout keeps the buffer


def _agreement(
    store: str | None,
    output: str | None,
    fmt: str,
    reviewers: set[str] | None,
    doc_ids: set[str] | None,
) -> None:
    """``--agreement``: the reviewers' agreement summary, as lines or (``--format json``) JSON."""
    import json

    from quotes.review.agreement import agreement, report_lines
    from quotes.review.store import DEFAULT_STORE, ReviewStore
    from quotes.write.terminal import sanitize

    if fmt not in ("jsonl", "json"):
        raise click.BadParameter("with --agreement, use --format json or no --format",
                                 param_hint="--format")
    path = Path(store or DEFAULT_STORE)
    if not path.is_file():
        click.echo(f"quotes export: {one_line(path)}: no review store here (see --store)", err=True)
        sys.exit(ExitStatus.NO_INPUT)
    try:
        with ReviewStore(path, readonly=True) as review_store:
            pairs = agreement(review_store, doc_ids=doc_ids, reviewers=reviewers)
    except QuotesError as exc:
        click.echo(f"quotes export: {one_line(exc)}", err=True)
        sys.exit(exc.exit_status)
    if fmt == "json":
        body = json.dumps([p.to_dict() for p in pairs], ensure_ascii=False, indent=1) + "\n"
    else:
        body = "".join(sanitize(line) + "\n" for line in report_lines(pairs))
    if output:
        from quotes.write.atomic import atomic_output

        with atomic_output(output) as out:
            out.write(body)
    else:
        click.echo(body, nl=False)
