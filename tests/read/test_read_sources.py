"""Every input kind becomes documents with metadata; every bad input becomes one error."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotes.document import Document
from quotes.errors import InputError
from quotes.read import read_inputs

ARTICLE = (
    "The harbour will stay open all winter, the mayor of Port Élling said on Tuesday.\n"
    "“We will not close it while I am mayor,” Ingrid Solberg told reporters.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour stays open | Harbour Gazette</title>
<meta property="og:title" content="Harbour stays open">
<meta property="og:url" content="https://gazette.example/harbour-stays-open">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour stays open</h1>
<p>The harbour will stay open all winter, the mayor of Port Elling said on Tuesday,
despite warnings from the weather service about a season of heavy storms.</p>
<p>"We will not close it while I am mayor," Ingrid Solberg told reporters at the quay,
adding that the fishing fleet depended on it for four hundred jobs.</p>
<p>Advertisement</p>
<p>The harbour master said repairs to the breakwater would be finished by December.</p>
</article>
<footer>Copyright 2024 Harbour Gazette. All rights reserved.</footer>
</body></html>
"""


def read(*inputs: str, **kw) -> list[Document | InputError]:
    return list(read_inputs(inputs, **kw))


def errors(items: list[Document | InputError]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def docs(items: list[Document | InputError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def test_text_file_keeps_its_exact_text_and_says_how_it_was_read(tmp_path: Path) -> None:
    f = tmp_path / "harbour.txt"
    f.write_bytes(ARTICLE.replace("\n", "\r\n").encode("cp1252"))
    [doc] = read(str(f))
    assert doc.text == ARTICLE.replace("\n", "\r\n")  # line endings kept as in the file
    assert doc.id == "harbour.txt"
    assert doc.meta.path == str(f)
    assert (doc.meta.encoding, doc.meta.text_from) == ("cp1252", "decode")


def test_folder_is_walked_recursively_by_extension(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "c.md").write_text(ARTICLE)
    (tmp_path / "b" / "deep" / "d.html").write_text(PAGE)
    (tmp_path / "b" / "notes.docx").write_bytes(b"PK\x03\x04")  # not a readable extension
    (tmp_path / ".git" / "e.txt").write_text(ARTICLE)  # hidden folder
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    items = read(str(tmp_path))
    assert errors(items) == []
    assert [d.id for d in docs(items)] == ["a.txt", "b/c.md", "b/deep/d.html"]


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(ARTICLE)
    ids = [d.id for d in docs(read(str(tmp_path / "x" / "story.txt"),
                                   str(tmp_path / "y" / "story.txt")))]
    assert len(set(ids)) == 2 and ids[0] == "story.txt"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    [doc] = read(str(f))
    assert "Ingrid Solberg told reporters" in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert doc.meta.title == "Harbour stays open"
    assert doc.meta.url == "https://gazette.example/harbour-stays-open"
    assert doc.meta.published == "2024-03-05"
    assert doc.meta.text_from == "decode+trafilatura"
    ad = doc.text.index("Advertisement")
    assert any(s <= ad < e for s, e in doc.ignore)


def test_html_in_a_legacy_encoding_declared_by_meta_charset(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Port Elling", "Port Élling")
    f = tmp_path / "page.htm"
    f.write_bytes(page.encode("cp1252"))
    [doc] = read(str(f))
    assert "Port Élling" in doc.text
    assert doc.meta.encoding == "cp1252"


def test_a_file_without_html_extension_that_is_a_page_is_read_as_html(tmp_path: Path) -> None:
    f = tmp_path / "saved-page"
    f.write_text(PAGE)
    [doc] = read(str(f))
    assert doc.meta.text_from == "decode+trafilatura"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    [err] = errors(read(str(f)))
    assert err.startswith(f"{f}: no article text")


def _batch_lines() -> list[str]:
    return [
        json.dumps({"id": "a1", "text": ARTICLE, "url": "https://gazette.example/a1",
                    "title": "Harbour", "published": "2024-03-05"}),
        "",
        '{"id": "a2", "text": "broken',
        json.dumps({"id": "a3", "html": PAGE}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "body": ARTICLE}),
        json.dumps({"id": 6, "text": "   "}),
        json.dumps({"text": ARTICLE}),
    ]


def test_jsonl_batch_reports_bad_lines_by_number_and_reads_the_rest(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(_batch_lines()) + "\n")
    items = read(str(f))
    assert errors(items) == [
        f"{f}:3: not valid JSON (Unterminated string starting at, column 22)",
        f"{f}:5: expected a JSON object, got list",
        f'{f}:6: needs a "text" or "html" string',
        f"{f}:7: empty",
    ]
    a1, a3, a8 = docs(items)
    assert (a1.id, a1.text, a1.meta.url, a1.meta.title, a1.meta.published, a1.meta.line) == (
        "a1", ARTICLE, "https://gazette.example/a1", "Harbour", "2024-03-05", 1)
    assert a1.meta.path == str(f) and a1.meta.text_from == "json"
    assert a3.meta.text_from == "json+trafilatura" and a3.meta.title == "Harbour stays open"
    assert a8.id == "batch.jsonl:8"


def test_stdin_text(tmp_path: Path) -> None:
    [doc] = read("-", stdin=io.BytesIO(ARTICLE.encode("utf-16")))
    assert doc.text == ARTICLE and doc.id == "stdin" and doc.meta.path is None


def test_stdin_jsonl_is_recognised_by_its_first_line() -> None:
    stream = io.BytesIO(("\n" + "\n".join(_batch_lines()[:3]) + "\n").encode())
    items = read("-", stdin=stream)
    assert [d.id for d in docs(items)] == ["a1"]
    assert docs(items)[0].meta.line == 2
    assert errors(items) == ["stdin:4: not valid JSON (Unterminated string starting at, column 22)"]


def test_stdin_jsonl_is_read_lazily_line_by_line() -> None:
    class OneWayStream(io.BytesIO):
        """Fails if the reader slurps everything before yielding the first document."""

        def read(self, *args):  # noqa: ARG002
            raise AssertionError("JSON Lines from stdin must be streamed, not read whole")

    lines = [json.dumps({"id": f"n{i}", "text": ARTICLE}) for i in range(3)]
    stream = OneWayStream("\n".join(lines).encode())
    it = read_inputs(["-"], stdin=stream)
    assert next(it).id == "n0"
    assert stream.tell() < len(stream.getvalue())
    assert [d.id for d in it] == ["n1", "n2"]


def test_input_format_forces_text(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE)
    [doc] = read(str(f), input_format="text")
    assert doc.text == PAGE and doc.meta.text_from == "decode"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file or folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_text(" \n\t\n"), "empty"),
        (lambda p: p.write_bytes(b"\x00\x01\x02\x03" * 50), "binary file"),
        (lambda p: p.write_bytes(bytes(range(0x80, 0x100)) * 4), "undecodable"),
    ],
    ids=["missing", "empty", "blank", "binary", "undecodable"],
)
def test_bad_files_give_one_error_each(tmp_path: Path, make, message: str) -> None:
    f = tmp_path / "bad.txt"
    make(f)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    items = read(str(f), str(good))
    [err] = errors(items)
    assert err.startswith(f"{f}: ") and message in err and "\n" not in err
    assert [d.id for d in docs(items)] == ["good.txt"]


def test_folder_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    [err] = errors(read(str(tmp_path)))
    assert err.startswith(f"{tmp_path}: folder has no readable files")


def test_document_over_max_chars_is_skipped_and_says_so(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text(ARTICLE * 10)
    short = tmp_path / "short.txt"
    short.write_text(ARTICLE)
    items = read(str(long), str(short), max_chars=len(ARTICLE) * 5)
    [err] = errors(items)
    assert err == (f"{long}: {len(ARTICLE) * 10:,} characters is over --max-chars "
                   f"{len(ARTICLE) * 5:,}; skipped (raise --max-chars to read it)")
    assert [d.id for d in docs(items)] == ["short.txt"]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "dump.txt"
    f.write_text("x" * 1000)
    [err] = errors(read(str(f), max_chars=100))
    assert "1,000 bytes is over the size limit" in err
