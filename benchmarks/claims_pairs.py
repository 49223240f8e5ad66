"""Precision and recall of `quotes claims` matching on the labelled claim pairs.

    python benchmarks/claims_pairs.py [PAIRS.jsonl]

The threshold is chosen on the pairs marked "dev" (best F1, ties to the higher) and the
figures that count are those on "test", which did not choose it. Prints a sweep, the
scores per kind of pair at the shipped threshold, and every pair it gets wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotes.claims.match import THRESHOLD
from quotes.claims.pairs import choose_threshold, load_pairs, score, verdicts

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "claims" / "claim_pairs.jsonl"
CANDIDATES = [round(0.3 + 0.05 * i, 2) for i in range(13)]  # 0.30 .. 0.90


def main(path: Path = DEFAULT) -> None:
    pairs = load_pairs(path)
    dev = [p for p in pairs if p.split == "dev"]
    test = [p for p in pairs if p.split == "test"]
    print(f"{len(pairs)} pairs ({sum(p.same for p in pairs)} same), "
          f"dev {len(dev)}, test {len(test)}\n")
    print("threshold  dev P   dev R   dev F1 | test P  test R  test F1")
    for t in CANDIDATES:
        d, s = score(dev, t), score(test, t)
        print(f"  {t:.2f}     {d.precision:.3f}   {d.recall:.3f}   {d.f1:.3f} |"
              f" {s.precision:.3f}   {s.recall:.3f}   {s.f1:.3f}")
    best = choose_threshold(dev, CANDIDATES)
    print(f"\nchosen on dev: {best.threshold:.2f} (shipped THRESHOLD = {THRESHOLD})")
    for name, subset in (("test", test), ("dev", dev), ("all", pairs)):
        s = score(subset, THRESHOLD)
        print(f"{name:>5} at {THRESHOLD}: precision {s.precision:.3f}  recall {s.recall:.3f}  "
              f"F1 {s.f1:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn} tn {s.tn})")
    print("\nby kind (all pairs, shipped threshold): right / total")
    kinds: dict[str, list[int]] = {}
    wrong = []
    for pair, match in verdicts(pairs, THRESHOLD):
        k = kinds.setdefault(pair.kind, [0, 0])
        k[1] += 1
        if match.same == pair.same:
            k[0] += 1
        else:
            wrong.append((pair, match))
    for kind, (right, total) in kinds.items():
        print(f"  {kind:<20} {right}/{total}")
    print("\nwrong:")
    for pair, match in wrong:
        print(f"  {pair.id} {pair.kind} same={pair.same} score={match.score:.2f} "
              f"conflict={match.conflict}: {pair.a.text[:50]!r} / {pair.b.text[:50]!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
