"""Ids, titles and URLs from articles never name a file outside the chosen folder."""

from __future__ import annotations

import os

import pytest

from quotes.safety.paths import NameAllocator, UnsafePathError, child_path, safe_filename

HOSTILE_IDS = [
    "../../.bashrc",
    "../",
    "..",
    ".",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "\\\\server\\share\\x",
    "a\x00b",
    "CON",
    "con.txt",
    "Nul",
    "COM1",
    "lpt9.jsonl",
    " .hidden",
    "trailing. ",
    "",
    "x" * 1000,
    "é" * 400,
    "https://example.org/a/b?c=d#e",
    "ab\u202ecd\x1b[31m",
    "line\nbreak",
]


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_hostile_id_becomes_one_plain_file_in_the_folder(tmp_path, name):
    path = child_path(tmp_path, name, suffix=".jsonl")
    path.write_text("ok", encoding="utf-8")
    assert path.parent == tmp_path.resolve()
    assert os.listdir(tmp_path) == [path.name]
    stem = path.name[: -len(".jsonl")]
    assert stem and not stem.startswith((".", " ")) and not stem.endswith((".", " "))
    assert not set(stem) & set('/\\:*?"<>|\x00\n\x1b\u202e')
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    assert len(path.name.encode("utf-8")) <= 120


def test_plain_ids_are_kept_as_they_are():
    name = "2024-05-01_ferry-report"
    assert safe_filename(name, suffix=".jsonl") == name + ".jsonl"
    assert safe_filename("Ärzte ohne Grenzen") == "Ärzte ohne Grenzen"


def test_ids_that_clean_to_the_same_text_get_different_files():
    names = ["a/b", "a\\b", "a:b", "a_b", "a\x00b", "x" * 300, "x" * 301]
    assert len({safe_filename(n) for n in names}) == len(names)


def test_cleaning_is_stable():
    for name in HOSTILE_IDS:
        once = safe_filename(name)
        assert safe_filename(once) == once


def test_allocator_keeps_case_variants_apart_on_case_insensitive_disks():
    alloc = NameAllocator(suffix=".json")
    names = [alloc.name_for(n) for n in ("Report", "report", "REPORT", "a/b", "a_b")]
    assert len({n.casefold() for n in names}) == 5
    assert alloc.name_for("report") == names[1]  # the same id keeps its file


def test_a_symlink_out_of_the_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "doc.jsonl").symlink_to(outside / "doc.jsonl")
    with pytest.raises(UnsafePathError):
        child_path(folder, "doc", suffix=".jsonl")


def test_output_input_clash_finds_the_input_by_identity(tmp_path):
    import os

    from quotes.safety.paths import output_input_clash

    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("The mayor said so.\n")
    os.link(article, tmp_path / "hard.txt")  # another name for the same file
    assert output_input_clash(str(tmp_path / "hard.txt"), [str(article)]) == str(article)
    (tmp_path / "link.txt").symlink_to(article)  # written through, onto the article
    assert output_input_clash(str(tmp_path / "link.txt"), ["-", str(folder)]) == str(article)
    assert output_input_clash(str(tmp_path / "new.jsonl"), [str(folder)]) is None  # not there
    (tmp_path / "other.txt").write_text("x")
    assert output_input_clash(str(tmp_path / "other.txt"), [str(article), str(folder)]) is None
