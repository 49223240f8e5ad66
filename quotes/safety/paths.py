"""File names from untrusted ids, titles and URLs, and a check that they stay in their folder.

A document id such as ``../../.bashrc``, ``/etc/passwd``, ``CON`` or one with a NUL
byte must never name a file outside the folder the user chose, nor a device on Windows.
``safe_filename`` turns any string into one portable file name; when it had to change
the string (or shorten it) a short digest of the original is appended, so two ids that
clean to the same text still get different files. ``child_path`` joins, resolves and
verifies; ``NameAllocator`` also keeps names unique in one folder on case-insensitive
file systems. ``output_input_clash`` keeps ``-o`` from replacing one of the run's inputs.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

DEFAULT_MAX_BYTES = 120  # well under the 255-byte limit of common file systems

# Characters no portable file name may hold: separators, Windows' reserved punctuation.
_FORBIDDEN = set('/\\:*?"<>|')
_RUNS = re.compile(r"_{2,}")
_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
    *(f"COM{c}" for c in "123456789¹²³"),
    *(f"LPT{c}" for c in "123456789¹²³"),
}


class UnsafePathError(ValueError):
    """A name that would have led outside its folder."""


def safe_filename(name: str, *, default: str = "document", max_bytes: int = DEFAULT_MAX_BYTES,
                  suffix: str = "", digest: bool = False) -> str:
    """A portable file name (without folder) made from an untrusted ``name``, plus ``suffix``.

    Control and format characters, NUL, separators and ``:*?"<>|`` become ``_``; leading
    dots and spaces and trailing dots and spaces go (no hidden files, no ``..``); Windows
    device names get a leading ``_``; an empty result becomes ``default``. If anything
    was changed, or the name was cut to ``max_bytes`` (UTF-8, suffix included), an
    8-hex digest of the original name is appended so distinct names stay distinct
    (``digest=True`` appends it anyway).
    """
    name = str(name)
    cleaned = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
        for ch in unicodedata.normalize("NFC", name)
    )
    cleaned = _RUNS.sub("_", cleaned).strip(" ").lstrip(".").rstrip(". ")
    if cleaned.split(".")[0].upper().rstrip(" ") in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    changed = digest or cleaned != name
    if not cleaned:
        cleaned, changed = default, True
    budget = max_bytes - len(suffix.encode("utf-8"))
    tag = "-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if len(cleaned.encode("utf-8")) > budget:
        cleaned, changed = _cut(cleaned, budget - len(tag)), True
    if changed:
        cleaned = cleaned.rstrip(". ") + tag
    return cleaned + suffix


def child_path(folder: str | Path, name: str, *, suffix: str = "",
               default: str = "document") -> Path:
    """``folder / safe_filename(name) + suffix``, verified to resolve to a direct child.

    Raises ``UnsafePathError`` if the resolved path is anywhere else (it cannot be for a
    cleaned name, unless a symbolic link already in the folder points out of it).
    """
    base = Path(folder).resolve()
    path = base / safe_filename(name, default=default, suffix=suffix)
    if path.resolve().parent != base:
        raise UnsafePathError(f"{name!r} would be written outside {str(base)!r}")
    return path


class NameAllocator:
    """Unique file names for one folder, even where ``Doc`` and ``doc`` are the same file.

    The first name to clean to a given (case-folded) file name keeps it; later ones get
    a digest of their original name, and a counter if even that is taken.
    """

    def __init__(self, *, suffix: str = "", default: str = "document") -> None:
        self.suffix = suffix
        self.default = default
        self._taken: dict[str, str] = {}  # folded file name -> original name
        self._given: dict[str, str] = {}  # original name -> file name

    def name_for(self, name: str) -> str:
        """The file name for ``name``; the same name always gets the same file."""
        if name in self._given:
            return self._given[name]
        candidate = safe_filename(name, default=self.default, suffix=self.suffix)
        if candidate.casefold() in self._taken:
            stem = safe_filename(name, default=self.default, digest=True)
            candidate = stem + self.suffix
            n = 2
            while candidate.casefold() in self._taken:
                candidate = f"{stem}-{n}{self.suffix}"
                n += 1
        self._taken[candidate.casefold()] = name
        self._given[name] = candidate
        return candidate


def _cut(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` within ``max_bytes`` of UTF-8 (never half a character)."""
    raw = text.encode("utf-8", "surrogatepass")[: max(max_bytes, 1)]
    return raw.decode("utf-8", "ignore") or "_"


def output_input_clash(output: str, inputs: list[str] | tuple[str, ...]) -> str | None:
    """The input that ``output`` would overwrite (the same file, found through links or
    inside an input folder), or None; the output would otherwise replace an article."""
    from quotes.read.sources import walk_folder

    try:
        out_stat = os.stat(output)
    except OSError:
        return None  # nothing there yet: it cannot be an input of this run
    for item in inputs:
        if item == "-":
            continue
        path = Path(item)
        if path.is_dir():
            real_out, real_dir = os.path.realpath(output), os.path.realpath(path)
            if os.path.commonpath([real_out, real_dir]) != real_dir:
                continue  # not under this folder: no need to walk it
            name = os.path.basename(real_out)
            candidates = [p for p in walk_folder(path) if p.name == name]
        else:
            candidates = [path]
        for candidate in candidates:
            try:
                if os.path.samestat(os.stat(candidate), out_stat):
                    return str(candidate)
            except OSError:
                continue
    return None
