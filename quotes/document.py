"""The unit of work: one article's text as read, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes.records import DocumentMeta


@dataclass
class Document:
    """An article ready for extraction.

    ``text`` is exactly the text as decoded: every offset in every record points into it.
    ``ignore`` lists (start, end) regions that must yield no record (boilerplate lines,
    paragraphs repeated later on a scraped page); they stay in the text so offsets hold.
    """

    id: str
    text: str
    meta: DocumentMeta = field(default_factory=lambda: DocumentMeta(id=""))
    ignore: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.meta.id:
            self.meta.id = self.id
