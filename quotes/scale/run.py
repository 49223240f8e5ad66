"""Drive a distributed extraction: partitions out to workers, files and manifest back.

Only this driver writes. Workers return each partition's records; the driver writes the
partition file atomically as its future completes, so a task the scheduler retries after
a worker died still yields exactly one file, and a partition whose file exists is done.
The manifest is rewritten atomically as partitions finish (at most every couple of
seconds) and at the end, so a crash at any moment leaves a consistent one; a partition
finished after the last manifest write is simply extracted again on resume.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from quotes import __version__
from quotes.errors import InputError, ModelError
from quotes.pipeline import DEFAULT_MODEL
from quotes.read.names import escape_surrogates
from quotes.records import SCHEMA_VERSION
from quotes.scale.output import (
    MANIFEST_VERSION,
    lock_folder,
    read_manifest,
    remove_stale_parts,
    remove_temporaries,
    write_atomic,
    write_manifest,
)
from quotes.scale.partition import DEFAULT_PARTITION_SIZE, Partition, plan_partitions

MANIFEST_INTERVAL = 2.0  # seconds between manifest rewrites while partitions finish


def run_partitions(
    inputs: Iterable[str],
    out_dir: str | Path,
    address: Any = "local",
    *,
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    resume: bool = True,
    max_in_flight: int | None = None,
    on_partition: Callable[[dict[str, Any]], None] | None = None,
    max_chars: int | None = None,
    input_format: str = "auto",
    repair_mojibake: bool = False,
) -> dict[str, Any]:
    """Extract ``inputs`` on a Dask cluster into ``out_dir``; returns the manifest.

    Args:
        inputs: what ``quotes extract`` takes: files, folders, JSON Lines batches.
        out_dir: gets one ``part-NNNNN-<digest>.jsonl`` per partition and ``manifest.json``.
        address: ``local:N``, a scheduler address or file, or a ``distributed.Client``.
        model: spaCy pipeline name; it must be installed on every worker.
        speakers: speaker registry file, read here and sent to the workers.
        partition_size: documents per partition (and per output file).
        resume: skip partitions a previous run with the same settings finished.
        max_in_flight: partitions submitted but not yet written (bounds driver memory);
            by default four per worker thread.
        on_partition: called with each partition's manifest entry once it is settled.
        max_chars: documents longer than this are reported, not extracted (default: the
            reader's, 1,000,000); workers raise the model's limit to match, as
            ``quotes extract --max-chars`` does.
        input_format: ``auto``, ``text``, ``html`` or ``jsonl``, as for ``read_inputs``.
        repair_mojibake: as for ``read_inputs``; part of the settings a resume must match.
    """
    from quotes.read import read_inputs
    from quotes.read.sources import DEFAULT_MAX_CHARS
    from quotes.scale.work import LoadModel

    max_chars = max_chars or DEFAULT_MAX_CHARS  # the API and the CLI resume each other's runs
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    inputs = list(inputs)
    shown_inputs = [escape_surrogates(i) for i in inputs]  # as the manifest can hold them
    # Reads the registry here, before any worker starts.
    plugin = LoadModel(model, speakers, max_length=max_chars + 1)
    config = {
        "model": model,
        "speakers": escape_surrogates(speakers) if speakers else speakers,
        "speakers_sha1": hashlib.sha1(plugin.registry).hexdigest() if plugin.registry else None,
        "partition_size": partition_size,
        "max_chars": max_chars,
        # Only when on: manifests written before the option existed still resume.
        **({"repair_mojibake": True} if repair_mojibake else {}),
        "quotes_version": __version__,
        "schema_version": SCHEMA_VERSION,
    }
    read_options: dict[str, Any] = {"input_format": input_format, "max_chars": max_chars,
                                    "repair_mojibake": repair_mojibake}
    with lock_folder(out):
        done_before = _finished_partitions(out, config) if resume else {}
        remove_temporaries(out)
        run = _Run(out, shown_inputs, config, on_partition)
        with _Session(address, plugin) as session:
            _drive(session, run, model, partition_size, done_before, max_in_flight,
                   read_inputs(inputs, **read_options, on_warning=run.warnings.append))
        run.stale = remove_stale_parts(out, {e["file"] for e in run.partitions.values()})
        run.complete = True
        return run.save()


class _Session:
    """The cluster, reached only once a partition actually needs extracting.

    A rerun whose partitions are all done therefore starts no cluster and loads no model.
    On exit the worker plugin is removed (freeing worker memory on a shared cluster) and
    a local cluster this session started is shut down.
    """

    def __init__(self, address: Any, plugin) -> None:
        self.address = address
        self.plugin = plugin
        self.stack = ExitStack()
        self._client = None

    def client(self):
        if self._client is None:
            from distributed import Client

            from quotes.scale.cluster import connect

            if isinstance(self.address, Client):
                client = self.address
            else:
                client = self.stack.enter_context(connect(self.address))
            register_plugin(client, self.plugin)
            self.stack.callback(_unregister, client, self.plugin.name)
            self._client = client
        return self._client

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc) -> None:
        self.stack.close()


def _unregister(client, name: str) -> None:
    try:
        client.unregister_worker_plugin(name)
    except Exception:  # noqa: BLE001 - best effort; the workers may already be gone
        pass


def _drive(session: _Session, run: _Run, model: str, partition_size: int,
           done_before: dict[str, dict[str, Any]], max_in_flight: int | None,
           items: Iterable[Any]) -> None:
    """Submit partitions as they are read, keep a bounded number in flight, settle each."""
    from distributed import as_completed

    from quotes.scale.work import extract_partition

    plugin_name = session.plugin.name
    pending: dict[str, Partition] = {}
    completed = None  # made with the client, which it needs

    def settle_one() -> None:
        future = next(completed)
        part = pending.pop(future.key)
        run.settle(part, future)
        future.release()

    try:
        for item in plan_partitions(items, partition_size):
            if isinstance(item, InputError):
                run.input_failure(item)
                continue
            previous = done_before.get(item.name)
            if previous is not None:
                run.resumed(item, previous)
                continue
            client = session.client()
            if completed is None:
                completed = as_completed(loop=client.loop)
            if max_in_flight is None:
                max_in_flight = 4 * (sum(client.nthreads().values()) or 1)
            # Named by settings and content: a retried task keeps its key.
            key = f"quotes-extract-{plugin_name}-{item.name}"
            future = client.submit(extract_partition, item.documents, plugin_name, model,
                                   key=key, retries=0)
            pending[key] = item
            run.documents_in_flight(item)
            completed.add(future)
            while len(pending) >= max_in_flight:
                settle_one()
        while pending:
            settle_one()
    finally:
        run.save()


def register_plugin(client, plugin) -> None:
    """Load the model on every worker now, so a missing model fails fast and clearly."""
    try:
        if hasattr(client, "register_plugin"):
            client.register_plugin(plugin, name=plugin.name)
        else:  # distributed < 2023.9
            client.register_worker_plugin(plugin, name=plugin.name)
    except ModelError as exc:
        raise ModelError(f"on a Dask worker: {exc}") from None


def _finished_partitions(out: Path, config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Partitions a previous run with the same settings recorded done and whose file exists."""
    previous = read_manifest(out)
    if not previous or previous.get("config") != config:
        return {}
    done = {}
    for entry in previous.get("partitions", []):
        if entry.get("status") == "done" and (out / entry.get("file", "")).is_file():
            done[entry["name"]] = entry
    return done


class _Run:
    """The manifest being built: partitions settled so far, failures, counts."""

    def __init__(self, out: Path, inputs: list[str], config: dict[str, Any],
                 on_partition: Callable[[dict[str, Any]], None] | None) -> None:
        self.out = out
        self.inputs = inputs
        self.config = config
        self.on_partition = on_partition
        self.partitions: dict[str, dict[str, Any]] = {}
        self.input_failures: list[dict[str, Any]] = []
        self.warnings: list[str] = []  # e.g. two documents with one id
        self.complete = False
        self.stale: list[str] = []
        self.started = time.time()
        self._saved = 0.0

    def input_failure(self, err: InputError) -> None:
        self.input_failures.append({"source": err.source, "reason": err.reason, "stage": "read"})

    def documents_in_flight(self, part: Partition) -> None:
        self.partitions[part.name] = {
            "index": part.index, "name": part.name, "file": part.filename,
            "documents": len(part.documents), "records": 0, "status": "pending", "failures": [],
        }

    def resumed(self, part: Partition, previous: dict[str, Any]) -> None:
        self.partitions[part.name] = {**previous, "index": part.index, "resumed": True}
        self._settled(self.partitions[part.name])

    def settle(self, part: Partition, future) -> None:
        entry = self.partitions[part.name]
        if future.status == "finished":
            result = future.result()
            # The one place a partition file is written: once, whole, then renamed.
            write_atomic(self.out / part.filename, result.jsonl())
            entry.update(
                status="done",
                records=len(result.records),
                failures=[f.to_dict() for f in result.failures],
                invalid_records=list(getattr(result, "invalid", [])),
            )
        else:
            from quotes.scale.work import describe

            try:
                reason = describe(future.exception())
            except BaseException as exc:  # noqa: BLE001 - e.g. CancelledError
                reason = describe(exc)
            entry.update(status="failed", error=reason)
        self._settled(entry)

    def _settled(self, entry: dict[str, Any]) -> None:
        if self.on_partition is not None:
            self.on_partition(entry)
        if time.time() - self._saved >= MANIFEST_INTERVAL:
            self.save()

    def save(self) -> dict[str, Any]:
        manifest = self.manifest()
        write_manifest(self.out, manifest)
        self._saved = time.time()
        return manifest

    def manifest(self) -> dict[str, Any]:
        parts = sorted(self.partitions.values(), key=lambda e: e["index"])
        doc_failures = [
            {"source": f["doc_id"], "reason": f["reason"], "stage": "extract",
             "partition": e["name"]}
            for e in parts for f in e.get("failures", [])
        ]
        failed_parts = [e for e in parts if e["status"] == "failed"]
        return {
            "manifest_version": MANIFEST_VERSION,
            "schema_version": SCHEMA_VERSION,
            "complete": self.complete,
            "inputs": self.inputs,
            "config": self.config,
            "counts": {
                "documents": sum(e["documents"] for e in parts) + len(self.input_failures),
                "documents_extracted": sum(
                    e["documents"] - len(e.get("failures", [])) for e in parts
                    if e["status"] == "done"
                ),
                "documents_failed": len(self.input_failures) + len(doc_failures)
                + sum(e["documents"] for e in failed_parts),
                "records": sum(e["records"] for e in parts if e["status"] == "done"),
                "records_invalid": sum(len(e.get("invalid_records", [])) for e in parts),
                "partitions": len(parts),
                "partitions_done": sum(1 for e in parts if e["status"] == "done"),
                "partitions_resumed": sum(1 for e in parts if e.get("resumed")),
                "partitions_failed": len(failed_parts),
            },
            "seconds": round(time.time() - self.started, 3),
            "partitions": parts,
            "failures": self.input_failures + doc_failures,
            "invalid_records": [r for e in parts for r in e.get("invalid_records", [])],
            "warnings": self.warnings,
            "removed_stale_files": self.stale,
        }
