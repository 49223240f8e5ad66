"""``quotes export``: reviewed records out of the review store, for the fact-check pipeline."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from quotes.errors import ExitStatus, QuotesError
from quotes.safety.terminal import one_line  # inputs name files and ids: never raw

STATUS_CHOICES = ("accepted", "corrected", "rejected", "pending")


def export_formats() -> dict[str, Any]:
    """Writers other than JSON Lines, from ``quotes.export`` when it is installed."""
    try:
        from quotes.export import FORMATS
    except ImportError:
        return {}
    return dict(FORMATS)


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
    help="jsonl, or another export format (claimreview, annotation, csv) when available.",
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
def export_command(
    store: str | None,
    output: str | None,
    fmt: str,
    accepted_only: bool,
    statuses: tuple[str, ...],
    include_pending: bool,
    reviewers: tuple[str, ...],
    doc_ids: tuple[str, ...],
) -> None:
    """Write reviewed records with a `review` object (status, corrections, reviewer, time, note).

    The record body is the machine's draft; what the reviewer changed is in
    review.corrected. A record reviewed by two people is written once per reviewer.
    """
    from quotes.review.export import ACCEPTED, reviewed_records
    from quotes.review.store import DEFAULT_STORE, ReviewStore
    from quotes.write.jsonl import write_jsonl

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
    try:
        review_store = ReviewStore(path)
    except QuotesError as exc:
        click.echo(f"quotes export: {one_line(exc)}", err=True)
        sys.exit(exc.exit_status)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        records = reviewed_records(
            review_store,
            doc_ids=set(doc_ids) or None,
            reviewers=set(reviewers) or None,
            statuses=wanted,
            include_pending=include_pending,
        )
        if writer is None:
            count = write_jsonl(records, out)
        else:
            texts = {d.doc_id: d.text for d in review_store.documents()}
            count = writer(records, out, include_all=True, texts=texts)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    finally:
        review_store.close()
        if output:
            out.close()
    click.echo(f"quotes export: {count} records", err=True)
