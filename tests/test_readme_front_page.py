"""What the front page promises a reader at a glance holds: the review screenshot it shows
is the screen the app draws (issue 17), and the claim-matching figures it quotes are what
the labelled pairs give today (issue 19)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from quotes.claims.match import THRESHOLD
from quotes.claims.pairs import load_pairs, score
from quotes.review.app import ReviewApp

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAIRS = ROOT / "tests" / "claims" / "claim_pairs.jsonl"


def svg_text(path: Path) -> str:
    """The characters a Textual screenshot draws, one string."""
    svg = path.read_text(encoding="utf-8")
    drawn = " ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S))
    return re.sub(r"\s+", " ", drawn.replace("\xa0", " "))


def test_readme_shows_the_review_screenshot():
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", README)
    assert "docs/review.svg" in images
    shown = svg_text(ROOT / "docs" / "review.svg")
    assert "quotes review" in shown and "reviewed" in shown  # title and progress
    assert "¶" in shown  # the list marks a record with a note (issue 17, defect 2)


def test_the_screenshot_footer_is_the_app_s_footer():
    # Keys renamed or moved since the screenshot was made show up here: regenerate it
    # with `python docs/make_screenshot.py`.
    shown = svg_text(ROOT / "docs" / "review.svg").rsplit("╯", 1)[-1]  # below the panels
    footer = [b.description for b in ReviewApp.BINDINGS if b.show]
    assert footer, "the app shows no key in its footer"
    found = [d for d in footer if re.search(rf"\b{re.escape(d)}\b", shown)]
    assert found == footer


def test_readme_quotes_the_claim_pairs_figures_measured_today():
    line = re.search(r"Claims: same-claim pairs precision ([\d.]+), recall ([\d.]+) on "
                     r"(\d+) held-out labelled pairs\s*\(threshold ([\d.]+)", README)
    assert line, "README's Accuracy section has no line on the labelled claim pairs"
    test = [p for p in load_pairs(PAIRS) if p.split == "test"]
    s = score(test, THRESHOLD)
    assert (line[1], line[2], int(line[3]), float(line[4])) == (
        f"{s.precision:.3f}", f"{s.recall:.3f}", len(test), THRESHOLD)
    assert README.index("## Accuracy") < line.start() < README.index("## More")
