"""Article text made safe to print: no control sequences, no rich or Textual markup.

``sanitize`` (in ``quotes.write.terminal``) escapes control and bidi characters;
``one_line`` also escapes line breaks, for messages that must stay one line; ``plain``
wraps text in a ``rich.text.Text`` so no widget or console parses it as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.write.terminal import sanitize

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["one_line", "plain", "sanitize"]


def one_line(value: object) -> str:
    """``str(value)`` sanitised, with line breaks and tabs escaped too.

    For stderr messages that name an input (a file name or a document id can hold a
    newline, which would forge a second, innocent-looking message line).
    """
    return sanitize(str(value), keep="\n").replace("\n", "\\n")


def plain(value: object, style: str = "") -> Text:
    """A rich ``Text`` of sanitised ``value``: shown literally, never parsed as markup."""
    from rich.text import Text

    return Text(sanitize(str(value)), style=style)
