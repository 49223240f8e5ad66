"""Find page furniture and repeated passages in an article, without touching its text.

Scraped pages carry ad slots, app banners, share and comment widgets, navigation
crumbs, and related stories printed twice. This module returns the regions of the
text that should give no record, for ``Document.ignore``; the text itself is never
changed, so record offsets stay exact.

Three rules, each general rather than tied to one site:

* **Furniture lines**: a whole line matching a pattern in ``boilerplate.txt``
  ("Advertisement", "Related Articles", "No comments yet...", "Download the app").
* **Navigation crumbs**: a short line (at most 4 words) with no sentence punctuation
  and no quotation mark, standing alone between full lines ("logo", "Orange
  background", "South China Morning Post"). Standing alone matters: in hard-wrapped
  text a short line is usually the tail of a sentence, and that is kept.
* **Repeats**: a line (5+ words) or a sentence (8+ words) whose normalised words
  already appeared earlier in the document; the later copies are ignored.

Inline ad markers ("... North Korea. Advertisement The remarks ...") are ignored
where they stand between two sentences.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MAX_FURNITURE_WORDS = 25  # longer lines are prose, whatever they mention
MAX_CRUMB_WORDS = 4
MIN_REPEAT_LINE_WORDS = 5
MIN_REPEAT_SENTENCE_WORDS = 8

_QUOTE_MARKS = "\"“”„‟«»‹›「」『』"
_BULLETS = "•·▪◦‣–—-*>|»›"
_BREAK = re.compile(r"\r\n|\r|\n")
# Starts only at the first mark of a run: retried inside a long run of dots with no
# space after it, the pattern cost O(run²) (8,000 dots took 4 s).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_INLINE_AD = re.compile(
    r"(?:(?<=^)|(?<=[.!?\"'”’]\s))(?:Story continues below advertisement|ADVERTISEMENT|"
    r"Advertisement|Sponsored content)(?=\s+[A-Z\"“‘']|\s*$)",
    re.MULTILINE,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Region:
    """A stretch of the text to ignore, and why (for messages and tests)."""

    start: int
    end: int
    reason: str  # a section of boilerplate.txt, "navigation", "repeat", "inline-advert"


def ignore_regions(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) regions of ``text`` that must give no record."""
    merged: list[list[int]] = []
    for r in sorted(find_boilerplate(text), key=lambda r: (r.start, r.end)):
        if merged and r.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], r.end)
        else:
            merged.append([r.start, r.end])
    return [(s, e) for s, e in merged]


def find_boilerplate(text: str) -> list[Region]:
    """Every furniture line, navigation crumb, repeated passage and inline ad marker."""
    lines = _lines(text)
    regions: list[Region] = []
    flagged: set[int] = set()
    for i, (start, end) in enumerate(lines):
        reason = classify_line(text[start:end])
        if reason is None and _is_crumb(text, lines, i):
            reason = "navigation"
        if reason is not None:
            flagged.add(i)
            regions.append(Region(start, end, reason))
    regions.extend(_repeats(text, lines, flagged))
    regions.extend(
        Region(m.start(), m.end(), "inline-advert") for m in _INLINE_AD.finditer(text)
    )
    return regions


def classify_line(line: str) -> str | None:
    """The furniture class of one line ("advert", "related", ...), or None for prose."""
    core = line.strip().strip(_BULLETS).strip()
    if not core or any(q in core for q in _QUOTE_MARKS):
        return None
    if len(core.split()) > MAX_FURNITURE_WORDS:
        return None
    whole, anywhere = _patterns()
    for reason, pattern in whole:
        if pattern.fullmatch(core):
            return reason
    for reason, pattern in anywhere:
        if pattern.search(core):
            return reason
    return None


def _is_crumb(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    start, end = lines[i]
    core = text[start:end].strip().strip(_BULLETS).strip()
    words = core.split()
    if not words or len(words) > MAX_CRUMB_WORDS or not any(ch.isalpha() for ch in core):
        return False
    if core[-1] in ".!?:;,…" or any(q in core for q in _QUOTE_MARKS + "'‘’"):
        return False
    prev = _neighbour(text, lines, i, -1)
    nxt = _neighbour(text, lines, i, +1)
    # Stands alone: the line before ended a sentence (or there is none / a blank line),
    # and the line after starts a new one.
    prev_ok = prev is None or prev == "" or prev.rstrip()[-1] in ".!?:…\"'”’)]"
    next_ok = nxt is None or nxt == "" or not nxt.lstrip()[0].islower()
    return prev_ok and next_ok


def _neighbour(text: str, lines: list[tuple[int, int]], i: int, step: int) -> str | None:
    j = i + step
    if not 0 <= j < len(lines):
        return None
    s, e = lines[j]
    return text[s:e].strip()


def _repeats(text: str, lines: list[tuple[int, int]], flagged: set[int]) -> list[Region]:
    """Later copies of lines and long sentences seen earlier in the document."""
    seen_lines: set[str] = set()
    seen_sentences: set[str] = set()
    out: list[Region] = []
    for i, (start, end) in enumerate(lines):
        if i in flagged:
            continue
        key = _normalise(text[start:end])
        if len(key.split()) >= MIN_REPEAT_LINE_WORDS:
            if key in seen_lines:
                out.append(Region(start, end, "repeat"))
                continue
            seen_lines.add(key)
        for s, e in _sentences(text, start, end):
            skey = _normalise(text[s:e])
            if len(skey.split()) < MIN_REPEAT_SENTENCE_WORDS:
                continue
            if skey in seen_sentences:
                out.append(Region(s, e, "repeat"))
            else:
                seen_sentences.add(skey)
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rough sentence spans of one line; both copies of a repeat split the same way."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
    return out


def _normalise(passage: str) -> str:
    """Words only, case-folded, ad markers dropped: "Korea-Japan" == "Korea, Japan"."""
    folded = unicodedata.normalize("NFKC", passage).casefold()
    return " ".join(w for w in _WORD.findall(folded) if w != "advertisement")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, blank ones included, without its line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    """Compiled patterns of boilerplate.txt: (whole-line, anywhere-in-line)."""
    whole: list[tuple[str, re.Pattern[str]]] = []
    anywhere: list[tuple[str, re.Pattern[str]]] = []
    reason, target = "boilerplate", whole
    source = resources.files("quotes.read").joinpath("boilerplate.txt").read_text("utf-8")
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name, _, mode = line[1:-1].partition(" ")
            reason, target = name, (anywhere if mode == "anywhere" else whole)
            continue
        target.append((reason, re.compile(line, re.IGNORECASE)))
    return whole, anywhere
