"""What validating every record costs, against extracting it, in one run.

    PYTHONPATH=$PWD python benchmarks/validation_cost.py [CORPUS_DIR] [--limit N] [--repeat R]

Extracts the corpus once (timed: parse plus records), then checks every record R times
with the compiled validator ``quotes extract`` uses (``compiled_validator``: fastjsonschema
when installed) and with jsonschema's ``iter_errors`` (what validating without it would
cost); prints both as a share of extraction time. Default corpus: the seed articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "seeds")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from quotes.api import extract_documents
    from quotes.pipeline import load_nlp
    from quotes.read import read_inputs
    from quotes.records.schema import _validator, compiled_validator, validator_name

    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    docs = [d for d in read_inputs([str(f) for f in files]) if not isinstance(d, Exception)]
    nlp = load_nlp()
    list(extract_documents(docs[:1], nlp=nlp))  # warm up
    t0 = time.process_time()
    records = [r.to_dict() for _, recs in extract_documents(docs, nlp=nlp) for r in recs]
    extract_s = time.process_time() - t0

    fast = compiled_validator()
    slow = _validator()
    t0 = time.process_time()
    for _ in range(args.repeat):
        assert all(fast(r) for r in records)
    fast_s = (time.process_time() - t0) / args.repeat
    t0 = time.process_time()
    for _ in range(args.repeat):
        assert not any(list(slow.iter_errors(r)) for r in records)
    slow_s = (time.process_time() - t0) / args.repeat

    result = {
        "documents": len(docs), "records": len(records), "validator": validator_name(),
        "extract_cpu_s": round(extract_s, 3),
        "compiled_cpu_s": round(fast_s, 5), "compiled_share": round(fast_s / extract_s, 5),
        "jsonschema_cpu_s": round(slow_s, 5), "jsonschema_share": round(slow_s / extract_s, 5),
        "jsonschema_over_compiled": round(slow_s / fast_s, 1) if fast_s else None,
    }
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
