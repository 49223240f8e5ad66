"""What hostile inputs cost against prose of the same length: time and peak memory.

    PYTHONPATH=$PWD python benchmarks/hostile_cost.py [--lengths 10000,50000,100000,200000]
        [--prose-dir DIR] [--kinds prose,said,...]

Every case (one kind of text at one length) runs in a fresh Python process: the model
is loaded and warmed first, then ``quotes.api.extract`` runs once on the text, timed;
peak memory is the process's ``ru_maxrss``, reported in full and above the loaded model.
A document the engine refuses as too costly (``DocumentTooCostly``, which the CLI
reports as one failed input) shows as ``failed``; the time is what it took to refuse.

Prose is a concatenation of the PolNeAR train articles of the shared evaluation data
(read in place, never copied; ``--prose-dir``), or, without them, the test suite's
synthetic article. The ratio columns divide by prose of the same length.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The shared evaluation data sits next to the main checkout (/work/shared beside /work/main),
# two levels up from a worktree under /work/wt.
DEFAULT_PROSE = next(
    (p / "shared" / "eval" / "polnear-train" / "texts" for p in REPO.parents
     if (p / "shared" / "eval" / "polnear-train" / "texts").is_dir()),
    REPO.parent / "shared" / "eval" / "polnear-train" / "texts",
)
UNITS = {
    "said": "said ",
    "he-said": "he said ",
    "according-to": "according to ",
    "quote-marks": "“”‘’",
    "nested-quotes": "“a ‘b “c ‘d ",  # openings only: every mark nests in the last
    "dialogue-line": "“Yes,” he said. ",
}
KINDS = ["prose", *UNITS]


def prose(n: int, folder: Path) -> str:
    """About ``n`` characters of news, one article after another."""
    if folder.is_dir():
        out, size = [], 0
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace").strip() + "\n"
            out.append(text)
            size += len(text)
            if size >= n:
                return "".join(out)[:n]
    sys.path.insert(0, str(REPO / "tests" / "safety"))
    from safety_texts import normal_article

    return normal_article(n)


def text_of(kind: str, n: int, folder: Path) -> str:
    if kind == "prose":
        return prose(n, folder)
    unit = UNITS[kind]
    return (unit * (n // len(unit) + 1))[:n]


def one_case(kind: str, n: int, folder: Path) -> dict:
    """Run in the child process: load, warm, extract once, report."""
    import resource
    import time

    from quotes.api import extract
    from quotes.errors import DocumentTooCostly
    from quotes.pipeline import load_nlp

    text = text_of(kind, n, folder)
    nlp = load_nlp()
    extract("“We will rebuild the pier,” said Tomas Brandt.", nlp=nlp)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    outcome = "ok"
    try:
        records = len(extract(text, nlp=nlp))
    except DocumentTooCostly:
        records, outcome = 0, "failed"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"kind": kind, "n": n, "seconds": seconds, "peak_mb": peak / 1024,
            "above_mb": (peak - base) / 1024, "records": records, "outcome": outcome}


def run_case(kind: str, n: int, folder: Path) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, str(n), "--prose-dir", str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"kind": kind, "n": n, "seconds": float("nan"), "peak_mb": float("nan"),
                "above_mb": float("nan"), "records": 0,
                "outcome": f"crashed rc={proc.returncode}: {tail[:60]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    out = [
        "| chars | input | time s | × prose | peak MB | above model MB | × prose | records |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    base = {r["n"]: r for r in rows if r["kind"] == "prose"}
    for r in rows:
        p = base.get(r["n"])
        t_ratio = r["seconds"] / p["seconds"] if p else float("nan")
        m_ratio = r["above_mb"] / max(p["above_mb"], 1.0) if p else float("nan")
        what = r["records"] if r["outcome"] == "ok" else r["outcome"]
        out.append(
            f"| {r['n']:,} | {r['kind']} | {r['seconds']:.1f} | {t_ratio:.2f} | "
            f"{r['peak_mb']:.0f} | {r['above_mb']:.0f} | {m_ratio:.2f} | {what} |"
        )
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lengths", default="10000,50000,100000,200000")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--prose-dir", type=Path, default=DEFAULT_PROSE)
    ap.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_case(args.one[0], int(args.one[1]), args.prose_dir)))
        return
    rows = []
    for n in (int(x) for x in args.lengths.split(",")):
        for kind in args.kinds.split(","):
            row = run_case(kind, n, args.prose_dir)
            rows.append(row)
            print(f"{kind} {n}: {row['seconds']:.1f} s, {row['peak_mb']:.0f} MB, "
                  f"{row['outcome']}", file=sys.stderr, flush=True)
    print(f"{platform.python_version()} on {platform.machine()}, one process per case\n")
    print(table(rows))


if __name__ == "__main__":
    main()
