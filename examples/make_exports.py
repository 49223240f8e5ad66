"""Write the README's export examples: one seed article in every export format.

    .venv/bin/python examples/make_exports.py [ARTICLE] [--out examples/exports]

Records come straight from extraction (nobody reviewed them), so the ClaimReview and
annotation files are written with ``include_all`` (every record but rejected ones);
``quotes export`` writes from the review store instead. The seed has no URL or date,
so the drafts have no ``appearance`` or ``datePublished``: nothing is invented.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "seeds" / "000_c43585f0f870b472.txt"

OUTPUTS = {
    "claimreview": "claimreview.jsonl",
    "annotation": "annotation.jsonl",
    "csv": "records.csv",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--out", type=Path, default=ROOT / "examples" / "exports")
    parser.add_argument("--speakers", type=Path, default=ROOT / "seeds" / "speakers.json")
    args = parser.parse_args(argv)

    from quotes.api import extract_documents
    from quotes.document import Document
    from quotes.export import FORMATS
    from quotes.records import DocumentMeta
    from quotes.write.jsonl import write_jsonl

    try:
        # newline="" keeps the text exactly as stored, so offsets point into the file
        with open(args.article, encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"make_exports: {args.article}: {exc}", file=sys.stderr)
        return 3
    doc_id = args.article.stem
    path = args.article.resolve()
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    doc = Document(id=doc_id, text=text, meta=DocumentMeta(id=doc_id, path=str(shown)))
    [(_, records)] = list(extract_documents([doc], speakers=str(args.speakers)))
    dicts = [r.to_dict() for r in records]

    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "records.jsonl", "w", encoding="utf-8") as out:
        write_jsonl(dicts, out)
    for fmt, name in OUTPUTS.items():
        with open(args.out / name, "w", encoding="utf-8", newline="") as out:
            n = FORMATS[fmt](dicts, out, include_all=True, texts={doc_id: text})
        print(f"{args.out / name}: {n} {fmt}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
