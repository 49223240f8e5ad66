"""Cost of `quotes claims` grouping as the batch grows: synthetic records, one machine.

    python benchmarks/claims_scale.py [--sizes 10000,100000] [--dask N]

For each size: wall time, records per second, pairs compared (all pairs would be
n(n-1)/2), index entries read while blocking, and pairwise precision and recall of the
groups against the claims the records were made from (see quotes/claims/synthetic.py).
With --dask N the largest size is written as part files (the layout of a `quotes extract
--dask` folder), grouped again over a Dask bag of them on a local cluster of N worker
processes, and the groups are checked to be the same.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from quotes.claims import group_claims
from quotes.claims.synthetic import synthetic_records
from quotes.claims.text import normalize


def pairwise(labels: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for rid, label in labels.items():
        members[label].append(rid)
    return {p for m in members.values() for p in itertools.combinations(sorted(m), 2)}


def report(n: int, seconds: float, result, records) -> None:
    gold = pairwise({r["id"]: r["_gold"] for r in records})
    found = pairwise(result.key_of())
    tp = len(gold & found)
    s = result.stats
    print(f"{n:>8,} records  {seconds:7.1f} s  {n / seconds:8,.0f} rec/s  "
          f"pairs compared {s.pairs_scored:>9,} ({s.pairs_scored / n:.2f}/record, all pairs "
          f"{n * (n - 1) // 2:,})  postings read {s.postings_read:,}  probes skipped "
          f"{s.probes_skipped:,}  groups {len(result.groups):,}  "
          f"P {tp / max(1, len(found)):.3f} R {tp / max(1, len(gold)):.3f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--dask", type=int, default=0, metavar="N")
    args = ap.parse_args()
    normalize("warm up")  # textacy's import is not part of the grouping
    sizes = [int(x) for x in args.sizes.split(",")]
    last = None
    for n in sizes:
        records = list(synthetic_records(n))
        start = time.perf_counter()
        result = group_claims(records)
        report(n, time.perf_counter() - start, result, records)
        last = (n, records, result)
    if args.dask and last:
        from distributed import Client, LocalCluster

        from quotes.claims.bag import group_claims_bag, read_record_folder

        n, records, local = last
        with tempfile.TemporaryDirectory() as folder, LocalCluster(
                n_workers=args.dask, threads_per_worker=1, processes=True) as cluster, \
                Client(cluster):
            # Records as a `quotes extract --dask` run leaves them: part files, read by Dask.
            size = -(-n // (4 * args.dask))
            for i in range(0, n, size):
                with open(Path(folder) / f"part-{i // size:05d}-000000000000.jsonl", "w",
                          encoding="utf-8") as fh:
                    fh.writelines(json.dumps(r) + "\n" for r in records[i:i + size])
            start = time.perf_counter()
            result = group_claims_bag(read_record_folder(folder))
            seconds = time.perf_counter() - start
        print(f"dask bag, {args.dask} workers:", end=" ")
        report(n, seconds, result, records)
        same = [g.key for g in result.groups] == [g.key for g in local.groups]
        print(f"same groups as the local run: {same}")


if __name__ == "__main__":
    main()
