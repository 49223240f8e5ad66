"""The ``quotes`` command line: a thin click layer over the library.

One module per command; each parses options, calls a library function, prints, and
maps library errors to the exit codes documented in ``quotes.errors.ExitStatus``.
spaCy is imported only by commands that parse text, so ``quotes --help`` stays quick.
"""

from __future__ import annotations

import click

from quotes import __version__
from quotes.cli.claims import claims_command
from quotes.cli.eval import eval_command
from quotes.cli.export import export_command
from quotes.cli.extract import extract_command
from quotes.cli.review import review_command
from quotes.cli.schema import schema_command, validate_command
from quotes.cli.speakers import speakers_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def main() -> None:
    """Find who said what in news articles, with offsets, speakers and hedges.

    Exit codes: 0 ok; 1 some documents failed (the others were processed);
    2 usage error; 3 no readable input; 4 invalid records; 5 model not loadable;
    130 interrupted.
    """


main.add_command(extract_command)
main.add_command(validate_command)
main.add_command(schema_command)
main.add_command(eval_command)
main.add_command(review_command)
main.add_command(export_command)
main.add_command(speakers_command)
main.add_command(claims_command)
