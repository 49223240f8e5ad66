"""Cut a stream of documents into fixed-size partitions with stable names.

Resume depends on this being deterministic: the same inputs read in the same order give
the same partitions, and a partition's name (its index plus a digest of its documents)
changes whenever anything that shapes its records changes (an id, the text, the metadata,
the ignored regions). A finished partition whose name still matches need not run again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from quotes.document import Document
from quotes.errors import InputError

# Small enough that two workers share a few hundred articles evenly (a partition is also
# the unit a dead worker loses); raise it for millions of articles to get fewer files.
DEFAULT_PARTITION_SIZE = 20


@dataclass
class Partition:
    """One unit of distributed work: consecutive documents, written to one output file."""

    index: int
    name: str
    documents: list[Document]

    @property
    def filename(self) -> str:
        """The JSON Lines file this partition's records go to."""
        return f"{self.name}.jsonl"


def document_digest(document: Document) -> str:
    """A digest of everything in a document that can change its records."""
    text_digest = hashlib.sha1(document.text.encode("utf-8", "surrogatepass")).hexdigest()
    key = json.dumps(
        [document.id, text_digest, asdict(document.meta), [list(r) for r in document.ignore]],
        ensure_ascii=True,
        sort_keys=True,
    )
    return hashlib.sha1(key.encode("ascii")).hexdigest()


def partition_name(index: int, documents: list[Document]) -> str:
    """``part-00007-<12 hex>``: position in the run plus a digest of the documents."""
    h = hashlib.sha1()
    for doc in documents:
        h.update(document_digest(doc).encode("ascii"))
    return f"part-{index:05d}-{h.hexdigest()[:12]}"


def plan_partitions(
    items: Iterable[Document | InputError], size: int = DEFAULT_PARTITION_SIZE
) -> Iterator[Partition | InputError]:
    """Group documents into partitions of ``size``, passing input errors through as met.

    Streams: at most one partition's documents are held at a time, so a run over a large
    archive does not read it all before the first partition can start.
    """
    if size < 1:
        raise ValueError("partition size must be at least 1")
    batch: list[Document] = []
    index = 0
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        batch.append(item)
        if len(batch) == size:
            yield Partition(index, partition_name(index, batch), batch)
            index += 1
            batch = []
    if batch:
        yield Partition(index, partition_name(index, batch), batch)
