"""Reproduce the accuracy table of README.md and docs/accuracy.md in one command.

    python benchmarks/accuracy.py ../shared/eval [--sets seeds,ggt-dev,ggt-train,polnear-dev]

Runs ``quotes eval`` on each evaluation set (each a folder with ``gold.jsonl`` and
``texts/``), with the match rule the table names (coverage > 0.3 for the Gender Gap Tracker
sets, token F1 >= 0.5 otherwise), and prints the rows of both tables as Markdown. The sets
are third-party articles: read in place, never copied into this repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SETS = ("seeds", "ggt-dev", "ggt-train", "polnear-dev")


def match_rule(name: str) -> str:
    """The match rule the table uses for a set: its own corpus's convention."""
    return "coverage:0.3" if name.startswith("ggt") else "tokenf1:0.5"


def figures(eval_dir: Path, name: str) -> dict:
    """``quotes eval --format json`` on one set."""
    folder = eval_dir / name
    cmd = [
        sys.executable, "-m", "quotes", "eval", "--gold", str(folder / "gold.jsonl"),
        str(folder / "texts"), "--match", match_rule(name), "--format", "json",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def rows(name: str, fig: dict) -> tuple[str, str]:
    """The README row and the docs/accuracy.md row for one set."""
    p, r, f1 = fig["span_partial"]
    att = fig["attribution"][2]
    acc = fig["speaker_acc_on_matched"]
    readme = f"| {name} | {p:.3f} | **{f1:.3f}** | {att:.3f} | {acc:.3f} |"
    spans = f"{p:.3f} / {r:.3f} / **{f1:.3f}**"
    docs = f"| {name} | {match_rule(name)} | {spans} | {att:.3f} | {acc:.3f} |"
    return readme, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the shared evaluation folder")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    args = parser.parse_args(argv)
    results = [(name, figures(args.eval_dir, name)) for name in args.sets.split(",")]
    print("README.md:")
    print("| set | span P | span F1 | attribution F1 | speaker accuracy |")
    for name, fig in results:
        print(rows(name, fig)[0])
    print("\ndocs/accuracy.md:")
    print("| set | match rule | span P / R / F1 | attribution F1 | speaker accuracy on matched |")
    for name, fig in results:
        print(rows(name, fig)[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
