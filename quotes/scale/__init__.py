"""Newsroom scale: run extraction on a Dask cluster, on a laptop or across machines.

- :func:`run_partitions` reads inputs, cuts them into partitions, extracts them on the
  workers and writes one JSON Lines file per partition plus ``manifest.json``; a rerun
  resumes where the last one stopped.
- :func:`extract_bag` does the extraction step for a ``dask.bag`` of documents.

The model is loaded once per worker by a worker plugin (``quotes.scale.work``).
"""

from quotes.scale.bag import DocumentError, extract_bag
from quotes.scale.cluster import ClusterError, parse_address
from quotes.scale.partition import DEFAULT_PARTITION_SIZE, Partition, plan_partitions
from quotes.scale.run import run_partitions

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "ClusterError",
    "DocumentError",
    "Partition",
    "extract_bag",
    "parse_address",
    "plan_partitions",
    "run_partitions",
]
