"""Records from the output folder of ``quotes extract --dask`` (part-*.jsonl, manifest.json).

A folder of part files holds records, not articles, so it is read back rather than
extracted again; ``{"failure": ...}`` lines (documents that failed on a worker, as
``extract_bag(errors="include")`` writes them) are no records and are counted apart, and
so are the failures ``quotes extract --dask`` lists in its manifest (there they are the
only trace of a document that gave no records).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotes.errors import InputError

PART_GLOB = "part-*.jsonl"
MANIFEST = "manifest.json"


def is_record_folder(path: str | Path) -> bool:
    """A ``--dask`` output folder: a manifest or part files at its top level."""
    p = Path(path)
    return p.is_dir() and ((p / MANIFEST).is_file() or any(p.glob(PART_GLOB)))


def folder_records(path: str | Path, failures: list[dict[str, Any]] | None = None
                   ) -> Iterator[dict[str, Any]]:
    """The records of every part file, in partition order (the names sort that way).

    Raises:
        InputError: a part file is unreadable or not JSON Lines (a part that exists is
            complete, so a broken one is damage worth stopping for), or there are none.
    """
    from quotes.write.reading import RecordReadError, read_record_file

    parts = sorted(Path(path).glob(PART_GLOB))
    if not parts:
        raise InputError(str(path), "no part-*.jsonl files yet (has the --dask run written any?)")
    found: list[dict[str, Any]] = []
    for part in parts:
        try:
            for rec in read_record_file(str(part)):
                if "failure" in rec and "quote" not in rec:
                    found.append(rec["failure"])
                    continue
                yield rec
        except (OSError, RecordReadError) as exc:
            raise InputError(str(part), str(exc).removeprefix(f"{part}: ")) from None
    if failures is not None:
        failures.extend(found)
        seen = {f.get("doc_id") for f in found if isinstance(f, dict)}
        failures.extend(f for f in manifest_failures(path) if f["doc_id"] not in seen)


def manifest_failures(path: str | Path) -> list[dict[str, Any]]:
    """The documents the manifest says failed, as ``{"doc_id", "reason"}``; none when there
    is no readable manifest (the part files are then all there is)."""
    from quotes.scale.output import read_manifest

    manifest = read_manifest(Path(path)) or {}
    listed = manifest.get("failures")
    out: list[dict[str, Any]] = []
    for f in listed if isinstance(listed, list) else []:
        if isinstance(f, dict) and f.get("source"):
            out.append({"doc_id": str(f["source"]), "reason": str(f.get("reason", ""))})
    return out
