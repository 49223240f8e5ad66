"""Reach a Dask cluster from an address the user typed.

``local:N`` starts a throwaway cluster of N single-threaded worker processes on this
machine (spaCy releases little of the GIL, so processes, not threads, give parallelism);
anything else names the scheduler of an existing cluster (``tcp://host:8786``) or the
scheduler file that ``dask scheduler --scheduler-file`` and dask-jobqueue write.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from quotes.errors import ExitStatus, QuotesError


class ClusterError(QuotesError):
    """The cluster address is malformed or the scheduler cannot be reached."""

    exit_status = ExitStatus.USAGE


@dataclass(frozen=True)
class Address:
    """A parsed ``--dask`` value: a local cluster size, a scheduler address, or a file."""

    local_workers: int | None = None
    scheduler: str | None = None
    scheduler_file: str | None = None


def parse_address(text: str) -> Address:
    """``local``, ``local:N``, ``tcp://host:port`` (or ``host:port``), or a ``.json`` file."""
    text = text.strip()
    if text == "local":
        return Address(local_workers=max(1, os.cpu_count() or 1))
    if text.startswith("local:"):
        count = text.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--dask {text}: expected local:N with N a positive number")
        return Address(local_workers=int(count))
    if text.endswith(".json"):
        if not os.path.isfile(text):
            raise ClusterError(f"--dask {text}: no such scheduler file")
        return Address(scheduler_file=text)
    if not text or ":" not in text:
        raise ClusterError(
            f"--dask {text!r}: expected local:N, a scheduler address like tcp://host:8786, "
            "or a scheduler .json file"
        )
    return Address(scheduler=text)


# A local cluster is ours to tune. Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536
# so they hand memory back to the system quickly; spaCy allocates and frees so much that
# this alone cost ~17% more CPU per document here (glibc's default keeps a worker level
# with the single-process run). Also no statistical profiler sampling the extracting
# thread, and slower housekeeping ticks. Remote workers keep their own config (docs/dask.md).
LOCAL_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextmanager
def connect(address: str | Address) -> Iterator:  # yields distributed.Client
    """A client for the address; a local cluster it started is shut down on exit."""
    from distributed import Client

    addr = parse_address(address) if isinstance(address, str) else address
    if addr.local_workers is not None:
        with _local_cluster(addr.local_workers) as client:
            yield client
        return
    try:
        if addr.scheduler_file is not None:
            client = Client(scheduler_file=addr.scheduler_file)
        else:
            client = Client(addr.scheduler)
    except (OSError, TimeoutError) as exc:
        target = addr.scheduler_file or addr.scheduler
        raise ClusterError(f"cannot reach the Dask scheduler at {target}: {exc}") from None
    with client:
        yield client


@contextmanager
def _local_cluster(workers: int) -> Iterator:
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(LOCAL_CONFIG):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            # Loopback only, and no fixed ports: several runs may share a machine.
            host="127.0.0.1",
            scheduler_port=0,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.CRITICAL,  # failures are reported in the manifest
        )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
