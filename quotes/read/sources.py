"""Turn command-line inputs into documents, reporting bad ones without stopping the batch.

An input is a text file, an HTML file, a JSON Lines batch, a folder of those (walked
recursively, by extension), or ``-`` for stdin (text, HTML, or a JSON Lines stream,
told apart by its first line). Every document gets its boilerplate regions in
``Document.ignore`` and metadata saying how its text was made.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from quotes.document import Document
from quotes.errors import InputError
from quotes.read.boilerplate import ignore_regions
from quotes.read.decode import check_text, decode_bytes
from quotes.read.html import decode_html, extract_page, looks_like_html
from quotes.read.jsonl import BatchItem, bounded_lines, is_batch_line, read_batch
from quotes.read.names import escape_surrogates, is_valid_unicode
from quotes.read.regular import open_regular
from quotes.records import DocumentMeta

InputFormat = Literal["auto", "text", "html", "jsonl"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "html", "jsonl")

# spaCy's own default limit (nlp.max_length); its parser needs about 1 GB of memory per
# 100,000 characters, so a longer "article" is almost always a dump to split first.
DEFAULT_MAX_CHARS = 1_000_000
BYTES_PER_CHAR = 4  # UTF-32 worst case: files over max_chars * 4 bytes are refused unread
HTML_BYTES_PER_CHAR = 20  # pages carry far more markup than text

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def read_inputs(
    inputs: Iterable[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    input_format: InputFormat = "auto",
    stdin: IO[bytes] | None = None,
    repair_mojibake: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Document | InputError]:
    """Documents in input order; a bad input yields an ``InputError`` in its place.

    Args:
        inputs: paths of files or folders, or ``-`` for stdin.
        max_chars: documents longer than this are reported and skipped, not truncated.
        input_format: ``auto`` decides by file extension (and for stdin or unknown
            extensions by content); otherwise every input is read as that kind.
        stdin: the byte stream ``-`` reads (default ``sys.stdin.buffer``).
        repair_mojibake: fix UTF-8 that was once read as Windows-1252 ("itâ€™s"); off by
            default because offsets then index the repaired text, not the file.
        on_warning: told about what is read but suspicious (two documents with one id,
            whose records would then share ids), one message each.
    """
    reader = _Reader(max_chars, input_format, stdin, repair_mojibake, on_warning)
    for item in inputs:
        yield from reader.read(item)


class _Reader:
    """Reads inputs one by one, keeping document ids unique across the run."""

    def __init__(self, max_chars: int, input_format: InputFormat, stdin: IO[bytes] | None,
                 repair_mojibake: bool = False,
                 on_warning: Callable[[str], None] | None = None):
        self.max_chars = max_chars
        self.repair_mojibake = repair_mojibake
        self.input_format = input_format
        self.stdin = stdin
        self.on_warning = on_warning
        self.used_ids: set[str] = set()
        self.id_sources: dict[str, str] = {}  # document id -> where it was first read

    def read(self, item: str) -> Iterator[Document | InputError]:
        if item == "-":
            yield from self._stdin()
            return
        path = Path(item)
        if path.is_dir():
            yield from self._folder(path)
        elif path.exists():
            yield from self._file(path, escape_surrogates(path.name))
        else:
            yield InputError(escape_surrogates(item), "no such file or folder")

    def _folder(self, folder: Path) -> Iterator[Document | InputError]:
        found = list(walk_folder_reporting(folder))
        if not any(isinstance(f, Path) for f in found):
            yield from (f for f in found if isinstance(f, InputError))
            kinds = ", ".join(f"*{s}" for s in READABLE_SUFFIXES)
            yield InputError(escape_surrogates(str(folder)),
                             f"folder has no readable files (looked for {kinds})")
            return
        for path in found:
            if isinstance(path, InputError):
                yield path
            else:
                name = escape_surrogates(path.relative_to(folder).as_posix())
                yield from self._file(path, name)

    def _file(self, path: Path, name: str) -> Iterator[Document | InputError]:
        source = escape_surrogates(str(path))
        kind = self._kind(path)
        try:
            fh, size = open_regular(path, source)
        except InputError as err:
            yield err
            return
        except OSError as exc:
            yield InputError(source, exc.strerror or str(exc))
            return
        with fh:
            if kind == "jsonl":
                try:
                    lines = bounded_lines(fh, self.max_chars * HTML_BYTES_PER_CHAR)
                    yield from self._batch(lines, source, path=source,
                                           name=escape_surrogates(path.name))
                except OSError as exc:
                    yield InputError(source, exc.strerror or str(exc))
                return
            limit = self.max_chars * (HTML_BYTES_PER_CHAR if kind == "html" else BYTES_PER_CHAR)
            try:
                raw = fh.read(limit + 1) if size <= limit else b""  # it may grow meanwhile
            except OSError as exc:
                yield InputError(source, exc.strerror or str(exc))
                return
            if size > limit or len(raw) > limit:
                yield InputError(source, f"{max(size, len(raw)):,} bytes is over the size "
                                 f"limit for --max-chars {self.max_chars:,}; skipped")
                return
        yield self._bytes(raw, source, name, path=source, kind=kind)

    def _kind(self, path: Path) -> str:
        if self.input_format != "auto":
            return self.input_format
        suffix = path.suffix.lower()
        if suffix in HTML_SUFFIXES:
            return "html"
        if suffix in JSONL_SUFFIXES:
            return "jsonl"
        return "auto"  # text, unless it opens like a web page

    def _stdin(self) -> Iterator[Document | InputError]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        try:
            max_line = self.max_chars * HTML_BYTES_PER_CHAR
            head = _first_content_line(stream, max_line)
            if self.input_format == "jsonl" or (
                self.input_format == "auto" and head[-1:] and is_batch_line(head[-1])
            ):
                yield from self._batch(_chain(head, bounded_lines(stream, max_line)), "stdin",
                                       path=None, name="stdin")
                return
            limit = self.max_chars * BYTES_PER_CHAR
            raw = b"".join(head) + stream.read(max(0, limit + 1 - sum(map(len, head))))
        except OSError as exc:
            yield InputError("stdin", exc.strerror or str(exc))
            return
        if len(raw) > limit:
            yield InputError("stdin", f"over {limit:,} bytes, the size limit for --max-chars "
                             f"{self.max_chars:,}; skipped")
            return
        yield self._bytes(raw, "stdin", "stdin", path=None, kind=self.input_format)

    def _bytes(self, raw: bytes, source: str, name: str, *, path: str | None,
               kind: str) -> Document | InputError:
        """One text or HTML document from its bytes."""
        if not raw.strip():
            return InputError(source, "empty")
        try:
            if kind == "html":
                decoded = decode_html(raw, source, repair_mojibake=self.repair_mojibake)
            else:
                decoded = decode_bytes(raw, source, repair_mojibake=self.repair_mojibake)
        except InputError as err:
            return err
        if kind == "html" or (kind == "auto" and looks_like_html(decoded.text)):
            if kind != "html":  # re-decode honouring <meta charset>
                decoded = decode_html(raw, source, repair_mojibake=self.repair_mojibake)
            try:
                page = extract_page(decoded.text, source)
            except InputError as err:
                return err
            meta = DocumentMeta(id=self._unique(name, path), path=path, url=page.url,
                                title=page.title, published=page.published,
                                encoding=decoded.encoding,
                                text_from=decoded.text_from + "+trafilatura")
            return self._document(page.text, meta, source)
        meta = DocumentMeta(id=self._unique(name, path), path=path,
                            encoding=decoded.encoding, text_from=decoded.text_from)
        return self._document(decoded.text, meta, source)

    def _batch(self, lines: Iterable[bytes], source: str, *, path: str | None,
               name: str) -> Iterator[Document | InputError]:
        max_bytes = self.max_chars * HTML_BYTES_PER_CHAR
        seen = False
        for item in read_batch(lines, source, max_bytes=max_bytes):
            seen = True
            if isinstance(item, InputError):
                yield item
            else:
                yield self._batch_document(item, f"{source}:{item.line}", path, name)
        if not seen:  # said, so that an empty batch counts as nothing readable
            yield InputError(source, "empty (no JSON Lines records)")

    def _batch_document(self, item: BatchItem, where: str, path: str | None,
                        name: str) -> Document | InputError:
        meta = DocumentMeta(id=item.id or f"{name}:{item.line}", path=path, url=item.url,
                            title=item.title, published=item.published, line=item.line)
        replaced = "+replace" if item.replaced else ""
        try:
            if item.text is not None:
                text, repaired = check_text(item.text, where,
                                            repair_mojibake=self.repair_mojibake)
                meta.text_from = "json" + replaced + ("+ftfy" if repaired else "")
            else:
                page = extract_page(item.html or "", where)
                text = page.text
                meta.text_from = "json" + replaced + "+trafilatura"
                meta.url = meta.url or page.url
                meta.title = meta.title or page.title
                meta.published = meta.published or page.published
        except InputError as err:
            return err
        doc = self._document(text, meta, where)
        if isinstance(doc, Document):
            self._note_id(doc.id, where)
        return doc

    def _document(self, text: str, meta: DocumentMeta, source: str) -> Document | InputError:
        if not text.strip():
            return InputError(source, "empty")
        if len(text) > self.max_chars:
            return InputError(source, f"{len(text):,} characters is over --max-chars "
                              f"{self.max_chars:,}; skipped (raise --max-chars to read it)")
        ignore = ignore_regions(text)
        if _all_ignored(text, ignore):
            return InputError(source, "no article text, only page furniture (ads, links, "
                              "widgets)")
        unwritable = _unwritable_field(text, meta)
        if unwritable:  # the last guard: one such string would abort every later write
            return InputError(source, f"{unwritable} is not valid Unicode (a lone surrogate); "
                              "skipped")
        return Document(id=meta.id, text=text, meta=meta, ignore=ignore)

    def _note_id(self, doc_id: str, where: str) -> None:
        """Warn when an id was already used: the two documents' records would share ids."""
        first = self.id_sources.get(doc_id)
        if first is None:
            self.id_sources[doc_id] = where
            self.used_ids.add(doc_id)
        elif self.on_warning is not None:
            self.on_warning(f"{where}: document id '{doc_id}' is also the id of {first}; "
                            "their records get the same ids")

    def _unique(self, name: str, path: str | None) -> str:
        """The file's name as id (what gold files use); its path if the name is taken."""
        doc_id = name
        if doc_id in self.used_ids and path:
            doc_id = path
        n = 2
        base = doc_id
        while doc_id in self.used_ids:
            doc_id = f"{base}#{n}"
            n += 1
        self.used_ids.add(doc_id)
        self.id_sources.setdefault(doc_id, path or name)
        return doc_id


def walk_folder(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder``, recursively, sorted, hidden ones skipped."""
    for found in walk_folder_reporting(folder):
        if isinstance(found, Path):
            yield found


def walk_folder_reporting(folder: Path) -> Iterator[Path | InputError]:
    """``walk_folder``, with an ``InputError`` for each subfolder that cannot be listed.

    ``os.walk`` skips an unreadable folder silently; a batch that quietly lost a folder
    of articles must say so (and exit 1).
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:
            yield _folder_error(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(READABLE_SUFFIXES):
                yield Path(root) / name
    for exc in errors:
        yield _folder_error(exc)


def _folder_error(exc: OSError) -> InputError:
    where = escape_surrogates(str(exc.filename)) if exc.filename else "folder"
    return InputError(where, f"cannot read folder: {exc.strerror or exc}; skipped")


def _unwritable_field(text: str, meta: DocumentMeta) -> str | None:
    """The first field of a document that cannot be written as UTF-8, if any."""
    if not is_valid_unicode(text):
        return "the text"
    for key in ("id", "path", "url", "title", "published"):
        value = getattr(meta, key)
        if isinstance(value, str) and not is_valid_unicode(value):
            return f"the {key}"
    return None


def _all_ignored(text: str, ignore: list[tuple[int, int]]) -> bool:
    """True when nothing but whitespace stands outside the ignored regions."""
    pos = 0
    for start, end in ignore:
        if text[pos:start].strip():
            return False
        pos = end
    return not text[pos:].strip()


def _first_content_line(stream: IO[bytes], max_bytes: int) -> list[bytes]:
    """Lines up to and including the first non-blank one (to sniff JSON Lines), at most
    ``max_bytes + 1`` bytes in all: stdin may never send a newline."""
    head: list[bytes] = []
    total = 0
    while total <= max_bytes:
        line = stream.readline(max_bytes + 1 - total)
        if not line:
            return head
        head.append(line)
        total += len(line)
        if line.strip():
            return head
    return head


def _chain(head: list[bytes], rest: Iterable[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest
