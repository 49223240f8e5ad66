"""``quotes review``: a person signs off the machine's attributions, one key per decision."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from quotes.errors import ExitStatus, QuotesError
from quotes.safety.terminal import one_line  # inputs name files and ids: never raw


@click.command("review")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--text",
    "texts",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="The article that a RECORDS.jsonl input points into (repeat for several).",
)
@click.option(
    "--store",
    default=None,
    type=click.Path(dir_okay=False),
    help="The review store (SQLite). Default: ./quotes-review.sqlite.",
)
@click.option(
    "--reviewer", default=None, help="Who signs the decisions. Default: $QUOTES_REVIEWER or login."
)
@click.option(
    "--speakers",
    type=click.Path(exists=True, dir_okay=False),
    help="A speaker registry JSON file: used for extraction and name completion; "
    "corrected speakers can be saved into it as aliases (you are asked each time).",
)
@click.option("--model", default=None, help="An installed spaCy pipeline instead of the default.")
def review_command(
    inputs: tuple[str, ...],
    texts: tuple[str, ...],
    store: str | None,
    reviewer: str | None,
    speakers: str | None,
    model: str | None,
) -> None:
    """Review attributions of ARTICLE files, or of RECORDS.jsonl made earlier (with --text).

    \b
    quotes review article.txt
    quotes review records.jsonl --text article.txt --reviewer alice

    Every decision is saved at once in the review store; reopening the same article
    resumes at the first unreviewed attribution. Press ? in the review for the keys.
    """
    from quotes.review.session import default_reviewer, prepare
    from quotes.review.store import DEFAULT_STORE

    reviewer = (reviewer or default_reviewer()).strip()
    if not reviewer:
        raise click.UsageError("--reviewer must not be empty")

    def nlp_factory():
        from quotes.pipeline import DEFAULT_MODEL, load_nlp

        return load_nlp(model or DEFAULT_MODEL, speakers)

    path = Path(store or DEFAULT_STORE)
    existed = path.exists()
    try:
        review_store = _open_store(path)
    except QuotesError as exc:
        click.echo(f"quotes review: {one_line(exc)}", err=True)
        sys.exit(exc.exit_status)

    def progress(message: str) -> None:
        click.echo(f"quotes review: {one_line(message)}", err=True)

    doc_ids: list[str] = []
    errors: list = []
    try:
        try:
            doc_ids, errors = prepare(review_store, inputs, texts, nlp_factory=nlp_factory,
                                      progress=progress)
        except QuotesError as exc:
            click.echo(f"quotes review: {one_line(exc)}", err=True)
            sys.exit(exc.exit_status)
        except KeyboardInterrupt:
            sys.exit(ExitStatus.INTERRUPTED)
        for err in errors:
            click.echo(f"quotes review: {one_line(err)}", err=True)
        if not doc_ids:
            sys.exit(ExitStatus.NO_INPUT)
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            click.echo("quotes review: needs a terminal (stdin and stdout)", err=True)
            sys.exit(ExitStatus.USAGE)

        from quotes.review.app import ReviewApp

        app = ReviewApp(review_store, doc_ids, reviewer, registry_path=speakers)
        try:
            app.run()
        except KeyboardInterrupt:  # decisions are committed one by one; nothing to flush
            sys.exit(ExitStatus.INTERRUPTED)
        for doc_id in doc_ids:
            try:
                done, total = review_store.progress(doc_id, reviewer)
            except QuotesError:
                continue
            click.echo(f"{one_line(doc_id)}: {done}/{total} reviewed by {one_line(reviewer)}",
                       err=True)
    finally:
        review_store.close()
        if not existed and not doc_ids:
            _remove_empty_store(path)
    if errors:
        sys.exit(ExitStatus.SOME_FAILED)


def _open_store(path: Path):
    """The store, read-only (with a warning) when its folder or file cannot be written."""
    from quotes.review.store import ReviewStore, ReviewStoreError

    try:
        return ReviewStore(path)
    except ReviewStoreError as exc:
        if not path.is_file() or _writable(path):
            raise
        first = exc
    try:
        store = ReviewStore(path, readonly=True)
    except ReviewStoreError:
        raise first from None
    click.echo(f"quotes review: {one_line(path)} cannot be written here; opened read-only "
               "(decisions will not be saved)", err=True)
    return store


def _writable(path: Path) -> bool:
    """Can this process write the store and make its -wal and -shm files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent or Path("."), os.W_OK)


def _remove_empty_store(path: Path) -> None:
    """A run that reviewed nothing leaves no store behind (only one it created itself)."""
    from quotes.review.store import ReviewStore, ReviewStoreError

    try:
        with ReviewStore(path, readonly=True) as check:
            empty = not check.documents()
    except ReviewStoreError:
        return
    if empty:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
