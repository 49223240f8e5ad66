"""Synthetic attribution records for the grouping benchmarks and the cost tests.

Claims are made of pseudo-words drawn with a Zipf-like skew (a few words in many claims,
most in few, as in news), each printed by one to four outlets the ways outlets differ:
cut at either end, curly or straight marks, with "she said" inside, in reported form.
Some claims get a twin that is negated or states another number, which must stay apart.
Every record carries its true claim in ``_gold`` so a run can be scored.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

SYLLABLES = ("ka", "lo", "mi", "ter", "van", "su", "dre", "po", "nel", "gar", "ti", "os",
             "bru", "fen", "ha", "lek", "mo", "ri", "zan", "quo", "pel", "du", "stra", "vi")
FUNCTION = ("the", "will", "of", "to", "in", "and", "a", "for", "on", "by", "with", "that")


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def heaps_vocabulary(n: int) -> int:
    """How many distinct words ``n`` quotations use: Heaps' law (V = K n^beta), with K and
    beta in the range measured on English news; a fixed vocabulary would make every word
    ten times as common in ten times the records, which no news archive does."""
    return max(2000, int(25 * n ** 0.65))


def synthetic_records(n: int, *, seed: int = 19, vocab: int | None = None,
                      speakers: int | None = None) -> Iterator[dict[str, Any]]:
    """``n`` record dicts (valid against the record schema, plus ``_gold``)."""
    rng = random.Random(seed)
    words = vocabulary(vocab or heaps_vocabulary(n), rng)
    rng.shuffle(words)  # rank is not alphabetical order
    weights = [1.0 / (rank + 1) for rank in range(len(words))]  # Zipf, exponent 1
    speakers = speakers or max(50, n // 200)
    names = [f"{w1.title()} {w2.title()}" for w1, w2 in
             zip(rng.sample(words, speakers), rng.sample(words, speakers), strict=True)]
    made = 0
    claim = 0
    while made < n:
        claim += 1
        speaker = rng.choice(names)
        content = rng.choices(words, weights=weights, k=rng.randint(6, 14))
        number = rng.choice([None, None, str(rng.randint(2, 900))])
        base = _sentence(content, number, rng)
        variants: list[tuple[str, str]] = []
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            variants.append((_printed(base, rng), f"c{claim}"))
        if rng.random() < 0.1:  # a twin that says the opposite
            variants.append((" ".join(base[:2] + ["not"] + base[2:]), f"c{claim}-not"))
        if number and rng.random() < 0.2:  # a twin with another number
            other = str(int(number) * 10)
            variants.append((" ".join(other if w == number else w for w in base),
                             f"c{claim}-x10"))
        for text, gold in variants:
            made += 1
            yield _record(made, text, speaker, gold, rng)
            if made >= n:
                return


def _sentence(content: list[str], number: str | None, rng: random.Random) -> list[str]:
    out: list[str] = []
    for w in content:
        if rng.random() < 0.4:
            out.append(rng.choice(FUNCTION))
        out.append(w)
    if number:
        out.insert(rng.randint(1, len(out)), number)
    return out


def _printed(base: list[str], rng: random.Random) -> str:
    words = list(base)
    style = rng.random()
    if style < 0.3 and len(words) > 8:  # cut at one end
        cut = rng.randint(1, max(1, len(words) // 5))
        words = words[cut:] if rng.random() < 0.5 else words[:-cut]
    text = " ".join(words)
    if rng.random() < 0.3:
        text = f"\u201c{text},\u201d she said"
    elif rng.random() < 0.3:
        text = text.replace(" will ", " would ")
    return text[0].upper() + text[1:]


def _record(i: int, text: str, speaker: str, gold: str, rng: random.Random) -> dict[str, Any]:
    doc = f"doc-{i // 7:06d}"
    day = 1 + rng.randint(0, 27)
    return {
        "schema_version": "1.0", "id": f"r{i:08d}", "doc_id": doc, "type": "direct",
        "quote": {"text": text, "start": 0, "end": len(text)}, "cue": None,
        "speaker": {"name": speaker, "kind": "person", "resolution": "explicit",
                    "mention": None, "title": None, "ids": {}},
        "hedges": [], "stance": "neutral", "relayed_by": None, "confidence": 0.8,
        "context": {"sentence": None, "paragraph": None}, "positions": [],
        "document": {"id": doc, "path": None, "url": f"https://news.example/{doc}",
                     "title": None, "published": f"2026-03-{day:02d}"},
        "_gold": gold,
    }
