"""``quotes export``: reviewed records out of the review store, for the fact-check pipeline."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from quotes.errors import ExitStatus, QuotesError
from quotes.safety.terminal import one_line  # inputs name files and ids: never raw

STATUS_CHOICES = ("accepted", "corrected", "rejected", "pending")


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
    "-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout."
)
@click.option(
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    metavar="NAME",
    help="jsonl, claimreview, annotation, csv, or gold (a test set for `quotes eval --gold`).",
)
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
) -> None:
    """Write reviewed records with a `review` object (status, corrections, reviewer, time, note).

    The record body is the machine's draft; what the reviewer changed is in
    review.corrected. A record reviewed by two people is written once per reviewer, with
    review.disagreement true when their decisions differ.
    """
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
    try:
        count = _write(records, output, writer, texts=texts, added=added)
    except OSError as exc:
        click.echo(f"quotes export: {one_line(output or '-')}: {exc.strerror or exc}", err=True)
        sys.exit(ExitStatus.SOME_FAILED)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    for where in damaged:
        click.echo(f"quotes export: {one_line(where)}: damaged in the store (not JSON); "
                   "left out", err=True)
    click.echo(f"quotes export: {count} records", err=True)
    if damaged:
        sys.exit(ExitStatus.SOME_FAILED)


def _write(
    records: list[dict[str, Any]],
    output: str | None,
    writer: Any,
    *,
    texts: dict[str, str],
    added: dict[str, dict[str, str]],
) -> int:
    """Write every record to stdout, or atomically to ``output`` (an old file survives)."""
    from quotes.write.jsonl import write_jsonl

    def emit(out: Any) -> int:
        if writer is None:
            return write_jsonl(iter(records), out)
        extra = {"added": added} if getattr(writer, "takes_added", False) else {}
        return writer(records, out, include_all=True, texts=texts, **extra)

    if not output:
        return emit(sys.stdout)
    target = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            count = emit(out)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


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
        Path(output).write_text(body, encoding="utf-8")
    else:
        click.echo(body, nl=False)
