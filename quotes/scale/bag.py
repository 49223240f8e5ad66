"""Extraction over a ``dask.bag`` of documents, for pipelines already built on Dask."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from quotes.document import Document
from quotes.pipeline import DEFAULT_MODEL
from quotes.read.names import escape_surrogates
from quotes.records import DocumentMeta

ErrorMode = Literal["raise", "skip", "include"]
META_FIELDS = ("path", "url", "title", "published")


class DocumentError(ValueError):
    """A document of the bag could not be extracted (raised with ``errors="raise"``)."""


def extract_bag(
    documents,
    *,
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
    errors: ErrorMode = "raise",
):  # -> dask.bag.Bag
    """A bag of record dicts (the JSON form) from a bag of documents, lazily.

    Items may be :class:`~quotes.document.Document` objects or mappings with ``id`` and
    ``text`` (plus optional ``path``, ``url``, ``title``, ``published``), as in a JSON
    Lines batch read with ``dask.bag.read_text(...).map(json.loads)``.

    If a ``distributed`` client is active, a worker plugin loads the model once on each
    of its workers; otherwise each process loads it once, on first use.

    Args:
        errors: what a bad document does: ``"raise"`` fails the computation with
            :class:`DocumentError`, ``"skip"`` drops it, ``"include"`` puts
            ``{"failure": {"doc_id": ..., "reason": ...}}`` after its partition's records.
    """
    if errors not in ("raise", "skip", "include"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'include', not {errors!r}")
    plugin_name = _register_if_distributed(model, speakers)
    return documents.map_partitions(
        _records_of_partition, plugin_name=plugin_name, model=model, speakers=speakers,
        errors=errors,
    )


def _register_if_distributed(model: str, speakers: str | None) -> str | None:
    try:
        from distributed import default_client

        client = default_client()
    except (ImportError, ValueError):  # no distributed client: threads or processes
        return None
    from quotes.scale.run import register_plugin
    from quotes.scale.work import LoadModel

    plugin = LoadModel(model, speakers)
    register_plugin(client, plugin)
    return plugin.name


def _records_of_partition(
    items: Iterable[Any], plugin_name: str | None, model: str, speakers: str | None,
    errors: ErrorMode,
) -> list[dict[str, Any]]:
    from quotes.scale.work import DocumentFailure, process_documents, worker_nlp

    docs: list[Document] = []
    bad: list[DocumentFailure] = []
    for item in items:
        doc = as_document(item)
        if isinstance(doc, DocumentFailure):
            bad.append(doc)
        else:
            docs.append(doc)
    result = process_documents(docs, worker_nlp(plugin_name, model, speakers))
    failures = bad + result.failures
    if failures and errors == "raise":
        first = failures[0]
        raise DocumentError(f"{first.doc_id}: {first.reason}")
    out = list(result.records)
    if errors == "include":
        out.extend({"failure": f.to_dict()} for f in failures)
    return out


def as_document(item: Any):  # -> Document | DocumentFailure
    """A bag item as a Document, or the reason it is not one."""
    from quotes.scale.work import DocumentFailure

    if isinstance(item, Document):
        return item
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        text = item.get("text")
        if not isinstance(doc_id, str) or not doc_id:
            return DocumentFailure(escape_surrogates(str(doc_id)), "missing or non-string 'id'")
        if not isinstance(text, str):
            return DocumentFailure(escape_surrogates(doc_id), "missing or non-string 'text'")
        meta = {k: item[k] for k in META_FIELDS if isinstance(item.get(k), str)}
        return Document(id=doc_id, text=text, meta=DocumentMeta(id=doc_id, **meta))
    return DocumentFailure("?", f"not a document: {type(item).__name__}")
