"""Make the README screenshot: a seed article under review, as an SVG.

    .venv/bin/python docs/make_screenshot.py [ARTICLE] [OUT.svg] [--size 100x30]

Extracts the article with the default model into a throw-away review store, makes a few
decisions (accept, accept, reject), moves to a record with hedges, notes it (the list marks
it with ¶), and saves the screen.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "seeds" / "001_3b34d127b8fd7620.txt"
DEFAULT_OUT = ROOT / "docs" / "review.svg"


async def shoot(article: Path, out: Path, size: tuple[int, int]) -> None:
    from quotes.pipeline import load_nlp
    from quotes.review.app import ReviewApp
    from quotes.review.session import prepare
    from quotes.review.store import ReviewStore

    with tempfile.TemporaryDirectory() as tmp:
        store = ReviewStore(Path(tmp) / "review.sqlite")
        doc_ids, errors = prepare(store, [str(article)], nlp_factory=load_nlp)
        if errors:
            raise SystemExit(str(errors[0]))
        app = ReviewApp(store, doc_ids, "alice")
        async with app.run_test(size=size) as pilot:
            await pilot.press("a", "a", "r")
            hedged = next(
                (rid for rid in app.listed[3:] if app.by_id[rid].get("hedges")), None
            )
            if hedged:
                app.select(hedged)
                typed = ["space" if ch == " " else ch for ch in "check the source"]
                await pilot.press("c", *typed, "enter")
            await pilot.pause()
            out.write_text(app.export_screenshot(title="quotes review"), encoding="utf-8")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--size", default="100x30", help="COLUMNSxROWS")
    args = parser.parse_args()
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    article, out = args.article.resolve(), args.out.resolve()
    os.chdir(ROOT)  # the screen shows the article's path: keep it short and machine-neutral
    asyncio.run(shoot(Path(os.path.relpath(article)), out, (cols, rows)))
    print(args.out)


if __name__ == "__main__":
    main()
