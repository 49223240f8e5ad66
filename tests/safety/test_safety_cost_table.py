"""The measured cost of hostile input stays in the docs (issue 20, done when): time and peak
memory, hostile kinds against prose, at four lengths or more, within the 3x goal, and
linked from the page on untrusted input."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")


def hostile_rows() -> list[list[tuple[str, str]]]:
    """The table's rows as (column, cell) pairs: two columns are both "× prose"."""
    section = BENCH.split("### Hostile input", 1)[1]
    lines = [ln for ln in section.splitlines() if ln.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    rows = []
    for ln in lines[2:]:
        cells = [c.strip() for c in ln.strip("|").split("|")]
        if len(cells) != len(header):
            break  # the next table
        rows.append(list(zip(header, cells, strict=True)))
    return rows


def test_the_hostile_cost_table_has_time_and_memory_at_four_lengths():
    rows = [dict(r) for r in hostile_rows()]
    assert {"chars", "input", "time s", "peak MB"} <= set(rows[0])
    lengths = {r["chars"] for r in rows}
    assert len(lengths) >= 4
    for n in lengths:
        kinds = {r["input"] for r in rows if r["chars"] == n}
        assert "prose" in kinds and len(kinds) >= 4, (n, kinds)


def test_every_hostile_row_is_within_three_times_prose():
    # Both ratio columns: time against prose, memory above the model against prose.
    for row in hostile_rows():
        ratios = [float(v) for k, v in row if k.startswith("×")]
        assert len(ratios) == 2 and max(ratios) <= 3.0, row


def test_the_untrusted_input_page_links_the_table():
    page = (ROOT / "docs" / "untrusted-input.md").read_text(encoding="utf-8")
    assert re.search(r"\]\(\.\./benchmarks/README\.md#hostile-input\)", page)
