"""Bring articles (or records made earlier) into the review store before the screen opens.

An article already in the store with the same text is not extracted again: its stored
draft records are reviewed, so a reopened review shows exactly the list it left.
"""

from __future__ import annotations

import getpass
import json
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from quotes.errors import InputError
from quotes.review.store import ReviewStore, text_sha256

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")

Progress = Callable[[str], None]


def default_reviewer() -> str:
    """``$QUOTES_REVIEWER``, else the login name: who signs the decisions."""
    name = os.environ.get("QUOTES_REVIEWER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "reviewer"
    except (KeyError, OSError):
        return "reviewer"


def is_record_file(path: str) -> bool:
    """Records made earlier, not articles: ``.json``, or JSON Lines whose lines are records.

    A JSON Lines file of articles (``{"id", "text"}``, what ``quotes extract`` reads as a
    batch) is articles to extract, told apart by its first line.
    """
    lower = path.lower()
    if not lower.endswith(RECORD_SUFFIXES):
        return False
    if lower.endswith(".json"):
        return True
    first = _first_line(path)
    if first is None:
        return True  # unreadable or empty: the record reader gives the clear message
    from quotes.read.jsonl import is_batch_line

    try:
        obj = json.loads(first)
    except ValueError:
        return True
    if isinstance(obj, dict) and "quote" in obj and "doc_id" in obj:
        return True
    return not is_batch_line(first)


def _first_line(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    return line.removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return None
    return None


def prepare(
    store: ReviewStore,
    inputs: Sequence[str],
    texts: Sequence[str] = (),
    *,
    nlp_factory: Callable[[], Any] | None = None,
    progress: Progress | None = None,
) -> tuple[list[str], list[InputError]]:
    """Register every input in the store; return the doc ids to review and the bad inputs.

    Args:
        inputs: articles (text, HTML, a JSON Lines batch, a folder: what ``quotes
            extract`` reads), or record files (``.jsonl``/``.json``) made earlier.
        texts: the articles that record files point into (``--text``).
        nlp_factory: gives the spaCy pipeline, called only if some article needs extracting.
        progress: told what is happening while the model loads and articles are
            extracted, so a long article is not a silent wait.
    """
    doc_ids: list[str] = []
    errors: list[InputError] = []
    articles = [i for i in inputs if not is_record_file(i)]
    record_files = [i for i in inputs if is_record_file(i)]

    if articles:
        ids, errs = _prepare_articles(store, articles, nlp_factory, progress or _quiet)
        doc_ids += ids
        errors += errs
    for path in record_files:
        try:
            doc_ids += _prepare_record_file(store, path, texts)
        except InputError as exc:
            errors.append(exc)
    seen: set[str] = set()
    return [d for d in doc_ids if not (d in seen or seen.add(d))], errors


def _quiet(message: str) -> None:
    pass


def _prepare_articles(
    store: ReviewStore,
    articles: Sequence[str],
    nlp_factory: Callable[[], Any] | None,
    progress: Progress,
) -> tuple[list[str], list[InputError]]:
    from quotes.read import read_inputs

    ids: list[str] = []
    errors: list[InputError] = []
    todo = []
    for item in read_inputs(articles):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        known = store.document(item.id)
        if known is not None and known.text_sha256 == text_sha256(item.text):
            ids.append(item.id)  # resume: review the stored draft, no model needed
            continue
        if known is not None:
            errors.append(InputError(
                item.meta.path or item.id,
                f"the store holds a different text under the id {item.id} (the article "
                "changed, or another file has the same name); use another --store",
            ))
            continue
        ids.append(item.id)
        todo.append(item)
    if todo:
        if nlp_factory is None:
            raise ValueError("articles need extracting but no nlp_factory was given")
        from quotes.api import extract_documents

        chars = sum(len(d.text) for d in todo)
        progress(f"loading the language model to extract {len(todo)} "
                 f"article{'s' if len(todo) > 1 else ''} ({chars:,} characters)…")
        nlp = nlp_factory()
        for n, item in enumerate(todo, 1):
            progress(f"extracting {item.id} ({n}/{len(todo)}, {len(item.text):,} characters)…")
            # One at a time: each article is in the store as soon as it is extracted,
            # so an interrupted start keeps the finished ones.
            for document, records in extract_documents([item], nlp=nlp):
                store.add_document(
                    document.id,
                    document.text,
                    [r.to_dict() for r in records],
                    path=document.meta.path,
                )
    return ids, errors


def _prepare_record_file(store: ReviewStore, path: str, texts: Sequence[str]) -> list[str]:
    from quotes.records.schema import record_problems
    from quotes.write.reading import RecordReadError, read_record_file

    try:
        records = list(read_record_file(path))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (RecordReadError, UnicodeDecodeError) as exc:
        raise InputError(path, str(exc)) from None
    for i, rec in enumerate(records):
        problems = record_problems(rec, i)
        if problems:
            raise InputError(path, f"{problems[0]} (check with `quotes validate`)")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        groups[rec["doc_id"]].append(rec)
    ids = []
    for doc_id, recs in groups.items():
        text, text_path = _find_text(store, doc_id, recs, texts, single=len(groups) == 1)
        for rec in recs:
            q = rec["quote"]
            if text[q["start"] : q["end"]] != q["text"]:
                raise InputError(
                    path,
                    f"record {rec['id']} does not match the text of {text_path or doc_id} "
                    f"(offsets {q['start']}-{q['end']} point elsewhere)",
                )
        store.add_document(doc_id, text, recs, path=text_path)
        ids.append(doc_id)
    return ids


def _find_text(
    store: ReviewStore,
    doc_id: str,
    records: list[dict[str, Any]],
    texts: Sequence[str],
    single: bool,
) -> tuple[str, str | None]:
    """The article text records point into: ``--text``, the store, or ``document.path``."""
    doc_path = (records[0].get("document") or {}).get("path")
    chosen: str | None = None
    if len(texts) == 1 and single:
        chosen = texts[0]
    else:
        for t in texts:
            same_path = doc_path and os.path.abspath(t) == os.path.abspath(doc_path)
            if os.path.basename(t) == doc_id or same_path:
                chosen = t
                break
    if chosen is not None:
        return _read_text(chosen), chosen
    stored = store.document(doc_id)
    if stored is not None:
        return stored.text, stored.path
    if doc_path and Path(doc_path).is_file():
        return _read_text(doc_path), doc_path
    raise InputError(doc_id, "no article text for these records: pass it with --text ARTICLE")


def _read_text(path: str) -> str:
    """The article text as ``quotes extract`` reads it (encodings, HTML), so offsets agree."""
    from quotes.read import read_inputs

    if not Path(path).is_file():
        raise InputError(path, "no such file")
    for item in read_inputs([path]):
        if isinstance(item, InputError):
            raise item
        return item.text
    raise InputError(path, "no text in this file")
