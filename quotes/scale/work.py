"""What runs on a Dask worker: the model loaded once, then partitions extracted with it.

The spaCy pipeline is built by a :class:`LoadModel` worker plugin when the worker joins
(and again on any worker that replaces a dead one), so tasks carry only documents and a
plugin name, never the model. The speaker registry travels inside the plugin as bytes,
so workers on other machines do not need the driver's file paths.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from distributed import WorkerPlugin

from quotes.document import Document
from quotes.pipeline import DEFAULT_MODEL, load_nlp
from quotes.read.names import escape_surrogates, is_valid_unicode
from quotes.write.jsonl import dumps_record, unwritable


class LoadModel(WorkerPlugin):
    """Load the quotes pipeline on each worker as it starts, once per worker process."""

    def __init__(self, model: str = DEFAULT_MODEL, speakers: str | None = None,
                 max_length: int | None = None) -> None:
        self.model = model
        self.max_length = max_length
        self.registry: bytes | None = None
        if speakers is not None:
            with open(speakers, "rb") as fh:
                self.registry = fh.read()
        self.nlp = None

    @property
    def name(self) -> str:  # type: ignore[override]
        """Distinct per model and registry, so runs with other settings do not collide."""
        key = f"{self.model}\0{self.max_length}\0".encode()
        digest = hashlib.sha1(key + (self.registry or b""))
        return f"quotes-nlp-{digest.hexdigest()[:12]}"

    def setup(self, worker) -> None:
        speakers = None
        if self.registry is not None:
            speakers = os.path.join(worker.local_directory, f"{self.name}-speakers.json")
            with open(speakers, "wb") as fh:
                fh.write(self.registry)
        nlp = load_nlp(self.model, speakers)
        if self.max_length:  # as `quotes extract --max-chars` does in one process
            nlp.max_length = max(nlp.max_length, self.max_length)
        self.nlp = nlp

    def __getstate__(self) -> dict[str, Any]:
        # Ship settings only; each worker builds its own pipeline in setup().
        return {**self.__dict__, "nlp": None}


def worker_nlp(plugin_name: str | None, model: str = DEFAULT_MODEL, speakers: str | None = None):
    """The pipeline the named plugin loaded on this worker, or one loaded here and cached.

    The fallback serves dask.bag runs on the threaded scheduler, or on a cluster where no
    plugin was registered: ``load_nlp`` caches per process, so it still loads only once.
    """
    if plugin_name is not None:
        from distributed import get_worker

        try:
            worker = get_worker()
        except ValueError:  # not inside a worker: a local scheduler computes the bag
            return load_nlp(model, speakers)
        plugin = worker.plugins.get(plugin_name)
        if plugin is None or getattr(plugin, "nlp", None) is None:
            # Never fall back to a pipeline built without the run's speaker registry.
            raise RuntimeError(f"worker {worker.address} has no {plugin_name} model loaded")
        return plugin.nlp
    return load_nlp(model, speakers)


@dataclass
class DocumentFailure:
    """A document that gave no records, and why; its partition still completes."""

    doc_id: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"doc_id": self.doc_id, "reason": self.reason}


@dataclass
class PartitionOutput:
    """What a worker sends back for one partition."""

    documents: int
    records: list[dict[str, Any]] = field(default_factory=list)
    failures: list[DocumentFailure] = field(default_factory=list)
    # Records left out because they fail the schema: {doc_id, id, reason}.
    invalid: list[dict[str, str]] = field(default_factory=list)

    def jsonl(self) -> str:
        """The records as JSON Lines, exactly as ``quotes extract`` prints them."""
        return "".join(dumps_record(r) + "\n" for r in self.records)


def extract_partition(
    documents: Sequence[Document],
    plugin_name: str | None = None,
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
) -> PartitionOutput:
    """The Dask task: records for every document of a partition, bad documents reported."""
    return process_documents(documents, worker_nlp(plugin_name, model, speakers))


def process_documents(documents: Sequence[Document], nlp) -> PartitionOutput:
    """Extract a batch; one failing document is isolated and reported, not fatal.

    The batch goes through ``nlp.pipe`` first (fast); if anything in it raises, the batch
    is redone one document at a time so only the documents that fail are lost.
    """
    from quotes.api import extract_documents

    failures: dict[int, DocumentFailure] = {}
    good: list[tuple[int, Document]] = []
    for i, doc in enumerate(documents):
        reason = precheck(doc, nlp)
        if reason:
            failures[i] = DocumentFailure(escape_surrogates(str(getattr(doc, "id", "?"))), reason)
        else:
            good.append((i, doc))

    results: dict[int, list[dict[str, Any]]] = {}
    try:
        pairs = extract_documents([d for _, d in good], nlp=nlp)
        for (i, _), (_, recs) in zip(good, pairs, strict=True):
            results[i] = [r.to_dict() for r in recs]
    except Exception:  # noqa: BLE001 - isolate the culprit below
        # Batches already yielded are sound; redo the rest one by one.
        for i, doc in good:
            if i in results:
                continue
            try:
                for _, recs in extract_documents([doc], nlp=nlp):
                    results[i] = [r.to_dict() for r in recs]
            except Exception as exc:  # noqa: BLE001 - reported per document
                failures[i] = DocumentFailure(escape_surrogates(str(doc.id)), describe(exc))

    for i, recs in list(results.items()):  # one unwritable record must not sink the file
        why = unwritable(recs)
        if why:
            del results[i]
            failures[i] = DocumentFailure(escape_surrogates(str(documents[i].id)), why)

    from quotes.records.schema import record_problems

    out = PartitionOutput(documents=len(documents))
    for i in range(len(documents)):
        if i in results:
            for rec in results[i]:  # as `quotes extract` does: only valid records are written
                problems = record_problems(rec)
                if problems:
                    out.invalid.append({
                        "doc_id": escape_surrogates(str(documents[i].id)),
                        "id": str(rec.get("id")),
                        "reason": str(problems[0]).removeprefix("record 1: "),
                    })
                else:
                    out.records.append(rec)
        elif i in failures:
            out.failures.append(failures[i])
    return out


def precheck(doc: Any, nlp) -> str | None:
    """Why a document cannot be extracted at all, before spending the parser on it."""
    if not isinstance(doc, Document):
        return f"not a document ({type(doc).__name__})"
    if not isinstance(doc.text, str):
        return f"text is {type(doc.text).__name__}, not a string"
    if not doc.text.strip():
        return "empty text"
    if not is_valid_unicode(str(doc.id)) or not is_valid_unicode(doc.text):
        return "id or text is not valid Unicode (a lone surrogate); records could not be written"
    if len(doc.text) > nlp.max_length:
        return f"text too long ({len(doc.text)} characters; the model takes {nlp.max_length})"
    return None


def describe(exc: BaseException) -> str:
    """A one-line reason for the manifest."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."
