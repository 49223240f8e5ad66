"""The terminal table shows stance and hedges at a glance: label and colour."""

from __future__ import annotations

from rich.console import Console

from quotes.records import Attribution, Cue, Hedge, Relay, Speaker, TextSpan
from quotes.write.table import HEDGE_STYLE, STANCE_STYLE, hedge_tags, records_table, stance_label


def _render(rows: list[dict]) -> str:
    console = Console(width=140, record=True, force_terminal=True, color_system="truecolor")
    console.print(records_table(rows))
    return console.export_text(styles=False)


def _span(text: str, words: str) -> tuple[str, int, int]:
    start = text.index(words)
    return words, start, start + len(words)


def _rows() -> list[dict]:
    text = (
        'Amid reports of a delay, "we are on schedule," the engineer said, '
        "as reported by Dock News."
    )
    reports, said, relay = (
        _span(text, "reports"),
        _span(text, "said"),
        _span(text, "as reported by Dock News"),
    )
    a = Attribution(
        doc_id="d",
        type="unattributed",
        quote=TextSpan(*_span(text, "a delay")),
        cue=Cue(*reports, "report", "reported"),
        hedges=[Hedge("reported", *reports), Hedge("unattributed", *reports)],
        stance="unsourced",
    )
    b = Attribution(
        doc_id="d",
        type="direct",
        quote=TextSpan(*_span(text, "we are on schedule,")),
        cue=Cue(*said, "say", "neutral", negated=True),
        speaker=Speaker("the engineer", "person", "description"),
        relayed_by=Relay("Dock News", *relay),
        hedges=[Hedge("relayed", *relay), Hedge("negated", *said)],
        stance="negated",
    )
    return [a.to_dict(), b.to_dict()]


def test_table_shows_stance_labels_hedges_and_relay():
    out = _render(_rows())
    assert "UNSOURCED" in out and "NEGATED" in out
    assert "(nobody named)" in out
    assert "via Dock News" in out
    assert "(negated)" in out
    assert "unattributed “reports”" in out
    # the legend names the stances shown, and only those
    assert "nobody named" in out and "cue negated" in out
    assert "presented as fact" not in out


def test_stance_label_and_hedge_tags_are_coloured():
    label = stance_label("hearsay")
    assert label.plain == " HEARSAY "
    assert label.spans[0].style == STANCE_STYLE["hearsay"][0]
    tags = hedge_tags([{"type": "alleged", "text": "allegedly"}])
    assert tags.plain == "\nalleged “allegedly”"
    assert any(s.style == HEDGE_STYLE["alleged"] for s in tags.spans)
    # each stance has its own look
    assert len({style for style, _ in STANCE_STYLE.values()}) == len(STANCE_STYLE)


def test_article_text_is_never_markup():
    rows = _rows()
    rows[0]["quote"]["text"] = "[bold red]boom[/bold red]\x1b[2J"
    rows[0]["hedges"][0]["text"] = "[link=x]r[/link]"
    out = _render(rows)
    assert "[bold red]boom[/bold red]" in out
    assert "[link=x]r[/link]" in out
    assert "\x1b[2J" not in out
