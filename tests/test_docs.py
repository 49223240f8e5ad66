"""The README stays honest: every command is documented and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

from quotes.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_in_the_readme():
    missing = [name for name in main.commands if f"quotes {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_exit_code_is_documented():
    from quotes.errors import ExitStatus

    for status in ExitStatus:
        assert f"**{int(status)}**" in README, f"exit code {int(status)} not in README.md"


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    start = blocks[0]
    test_command = next(
        line.split("#")[0].strip() for line in start.splitlines() if "pytest" in line
    )
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_example_article_is_bundled():
    for name in re.findall(r"seeds/(\w+\.txt)", README):
        assert (ROOT / "seeds" / name).is_file(), name
