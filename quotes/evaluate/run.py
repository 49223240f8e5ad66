"""Run the extractor over an evaluation folder: gold document ids -> text files -> records.

Every ``*.txt`` file of the folder is extracted, as ``quotes extract DIR/*.txt`` would:
records found in a document without gold items are false positives, as the reference
scorer counts them. A gold id names its file (``abc.txt``), or its file without the
extension (``abc`` -> ``abc.txt``); records carry the gold id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.document import Document
from quotes.errors import InputError
from quotes.evaluate.items import GoldItem


@dataclass
class TextSet:
    """The files to extract, each with the document id records must carry."""

    files: list[tuple[str, Path]]  # (doc id, path), sorted by file name
    missing: list[str] = field(default_factory=list)  # gold doc ids without a file


def match_texts(texts_dir: str | Path, gold: Iterable[GoldItem]) -> TextSet:
    """Pair gold document ids with files in ``texts_dir``; raises InputError when none match."""
    folder = Path(texts_dir)
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder")
    by_name = {p.name: p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}
    by_stem: dict[str, Path] = {}
    for p in by_name.values():
        by_stem.setdefault(p.stem, p)
    doc_ids = list(dict.fromkeys(g.doc for g in gold))
    chosen: dict[Path, str] = {p: p.name for p in by_name.values() if p.suffix == ".txt"}
    missing: list[str] = []
    for doc in doc_ids:
        path = by_name.get(doc) or by_stem.get(doc)
        if path is None:
            missing.append(doc)
        else:
            chosen[path] = doc
    if len(missing) == len(doc_ids):
        raise InputError(str(folder), f"no file matches any of the {len(doc_ids)} gold documents")
    return TextSet(sorted(((d, p) for p, d in chosen.items()), key=lambda t: t[1].name), missing)


def read_documents(texts: TextSet, failures: list[InputError]) -> Iterator[Document]:
    """Documents read the way ``quotes extract`` reads them, with their gold ids.

    Unreadable files are appended to ``failures`` and skipped.
    """
    from quotes.read import read_inputs

    for doc_id, path in texts.files:
        for item in read_inputs([str(path)]):
            if isinstance(item, InputError):
                failures.append(item)
                continue
            if item.id != doc_id:
                item.id = doc_id
                item.meta.id = doc_id
            yield item


def predict(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    speakers: str | None = None,
    jobs: int = 1,
    failures: list[Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Record dicts of every document, in input order; failed documents go to ``failures``."""
    from quotes.parallel import DEFAULT_MODEL, extract_documents_parallel

    for _, outcome in extract_documents_parallel(documents, jobs, model or DEFAULT_MODEL, speakers):
        if isinstance(outcome, Exception):
            if failures is not None:
                failures.append(outcome)
            continue
        for rec in outcome:
            yield rec.to_dict()
