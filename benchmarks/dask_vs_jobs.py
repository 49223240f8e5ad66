"""Time ``--dask local:2`` against ``--jobs 2`` on the same corpus, on this machine.

Each variant runs in a fresh Python process, timed from outside (interpreter start, model
loading on the workers, cluster start-up, extraction, writing), as a user would wait for
it. Variants alternate over ``--repeat`` rounds and the medians are compared; both must
give the same record ids, or the comparison means nothing.

    .venv/bin/python benchmarks/dask_vs_jobs.py [CORPUS_DIR] [--limit 400] [--repeat 2]

CORPUS_DIR defaults to /work/shared/eval/polnear-train/texts (third-party news: read in
place, never copied). The target of issue 9: the Dask run costs at most 20% more.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = "/work/shared/eval/polnear-train/texts"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=400, help="first N files (sorted); 0 = all")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of both variants")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=None)
    parser.add_argument("--variant", choices=["dask", "jobs"], help=argparse.SUPPRESS)
    parser.add_argument("--files", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:  # inside a timed child process
        inputs = Path(args.files).read_text(encoding="utf-8").split("\n")
        return run_variant(args.variant, inputs, Path(args.out), args.workers,
                           args.partition_size)

    files = sorted(str(p) for p in Path(args.corpus).glob("*") if p.is_file())
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no files in {args.corpus}", file=sys.stderr)
        return 3
    try:
        import quotes.parallel  # noqa: F401
    except ImportError:
        print("quotes.parallel is missing: nothing to compare --dask with", file=sys.stderr)
        return 3
    chars = sum(len(Path(f).read_text(encoding="utf-8", errors="replace")) for f in files)
    print(f"corpus: {len(files)} files, {chars:,} characters, from {args.corpus}")
    print(f"machine: {os.cpu_count()} cores; workers per variant: {args.workers}")

    times: dict[str, list[float]] = {"jobs": [], "dask": []}
    cpu: dict[str, list[float]] = {"jobs": [], "dask": []}
    ids: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(files), encoding="utf-8")
        for round_ in range(args.repeat):
            order = ["jobs", "dask"] if round_ % 2 == 0 else ["dask", "jobs"]
            for variant in order:
                out = Path(tmp) / f"{variant}-{round_}"
                cmd = [sys.executable, __file__, "--variant", variant, "--files", str(listing),
                       "--out", str(out), "--workers", str(args.workers)]
                if args.partition_size:
                    cmd += ["--partition-size", str(args.partition_size)]
                cpu_before = children_cpu()
                start = time.perf_counter()
                subprocess.run(cmd, check=True)
                seconds = time.perf_counter() - start
                times[variant].append(seconds)
                cpu[variant].append(children_cpu() - cpu_before)
                ids[variant] = record_ids(variant, out)
                print(f"round {round_ + 1}: {variant:4} {seconds:7.2f} s wall, "
                      f"{cpu[variant][-1]:7.2f} s CPU ({len(ids[variant])} records)", flush=True)
    if ids["jobs"] != ids["dask"]:
        print("the two variants gave different records", file=sys.stderr)
        return 1
    jobs, dask = statistics.median(times["jobs"]), statistics.median(times["dask"])
    ratio = dask / jobs
    cpu_ratio = statistics.median(cpu["dask"]) / statistics.median(cpu["jobs"])
    print(f"median wall --jobs {args.workers}: {jobs:.2f} s; --dask local:{args.workers}: "
          f"{dask:.2f} s; ratio {ratio:.3f} ({(ratio - 1) * 100:+.1f}%; target <= +20%)")
    print(f"median CPU ratio {cpu_ratio:.3f} (all processes of each run; less noisy when "
          "other work shares the machine)")
    return 0 if ratio <= 1.2 else 1


def children_cpu() -> float:
    """User + system seconds of finished child processes (and theirs) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_variant(variant: str, inputs: list[str], out: Path, workers: int,
                partition_size: int | None) -> int:
    """One timed run, as ``quotes extract`` would do it with that option."""
    if variant == "dask":
        from quotes.scale import DEFAULT_PARTITION_SIZE, run_partitions

        manifest = run_partitions(inputs, out, f"local:{workers}",
                                  partition_size=partition_size or DEFAULT_PARTITION_SIZE)
        return 0 if manifest["counts"]["partitions_failed"] == 0 else 1
    from quotes.parallel import extract_documents_parallel
    from quotes.read import read_inputs
    from quotes.write.jsonl import dumps_record

    docs = (d for d in read_inputs(inputs) if not isinstance(d, Exception))
    out.mkdir(parents=True)
    with open(out / "records.jsonl", "w", encoding="utf-8") as fh:
        for _, recs in extract_documents_parallel(docs, jobs=workers):
            if isinstance(recs, Exception):
                continue
            for rec in recs:
                fh.write(dumps_record(rec.to_dict()) + "\n")
    return 0


def record_ids(variant: str, out: Path) -> list[str]:
    files = sorted(out.glob("part-*.jsonl")) if variant == "dask" else [out / "records.jsonl"]
    ids = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            ids.extend(json.loads(line)["id"] for line in fh)
    return ids


if __name__ == "__main__":
    sys.exit(main())
