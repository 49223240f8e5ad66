"""``quotes eval``: extract from an evaluation folder (or read predictions) and score them."""

from __future__ import annotations

import json
import sys

import click

from quotes.errors import ExitStatus, QuotesError
from quotes.safety.terminal import one_line  # file names and ids: never raw

_SHOW = ("misses", "false-positives", "wrong-speakers", "rules")


def _parse_show(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    parts = tuple(p.strip() for p in value.split(",") if p.strip())
    if "all" in parts:
        return _SHOW
    bad = [p for p in parts if p not in _SHOW]
    if bad:
        raise click.BadParameter(f"{', '.join(bad)}: choose from {', '.join(_SHOW)}, all")
    return parts


def _parse_match(ctx: click.Context, param: click.Parameter, value: str):
    from quotes.evaluate.rules import MatchRule

    try:
        return MatchRule.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("eval")
@click.argument("texts_dir", required=False, type=click.Path(file_okay=False))
@click.option("--gold", required=True, type=click.Path(dir_okay=False),
              help="Gold attributions, JSON Lines (the format of the shared eval sets).")
@click.option("--pred", "pred_file", type=click.Path(dir_okay=False),
              help="Score this prediction file instead of extracting (no TEXTS_DIR needed).")
@click.option("--match", "rule", default="tokenf1:0.5", show_default=True, callback=_parse_match,
              help="Span match rule: tokenf1:T (token F1 >= T) or coverage:T (gold share > T).")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False),
              help="Speaker alias table: JSON {name: [aliases]}, a speaker registry, or a "
                   "scorer .py with a literal SPEAKER_ALIASES. Default: aliases.json beside "
                   "the gold file, else ../score.py from it.")
@click.option("--no-aliases", is_flag=True, help="Use no alias table, even one found by default.")
@click.option("--show", callback=_parse_show, default=None,
              help="Also list errors: misses,false-positives (grouped by the detector rule "
                   "that made them),wrong-speakers; rules: precision of each rule (or all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True,
              help="table: figures for a person (errors with --show); json: every figure and "
              "error, for scripts.")
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
@click.option("--save-pred", type=click.Path(dir_okay=False),
              help="Write the extracted records here (JSON Lines), to score them elsewhere.")
@click.option("--model", default=None, help="An installed spaCy pipeline instead of the default.")
@click.option("--speakers", type=click.Path(exists=True, dir_okay=False),
              help="A speaker registry JSON file for extraction.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for extraction.")
def eval_command(texts_dir: str | None, gold: str, pred_file: str | None, rule, aliases: str | None,
                 no_aliases: bool,
                 show: tuple[str, ...], fmt: str, as_json: bool, save_pred: str | None,
                 model: str | None,
                 speakers: str | None, jobs: int) -> None:
    """Score extraction on TEXTS_DIR against --gold: P, R and F1 of spans, speakers, hedges.

    Figures agree with the shared score.py run on the same records (--save-pred writes them).
    """
    from quotes.evaluate import (
        find_aliases,
        load_aliases,
        load_gold,
        load_prediction_records,
        match_texts,
        predict,
        predictions_from_records,
        read_documents,
        score,
    )
    from quotes.evaluate.report import error_lines, figures_table, rules_table, summary_lines

    def fail(exc: QuotesError) -> None:
        click.echo(f"quotes eval: {one_line(exc)}", err=True)
        sys.exit(exc.exit_status)

    if (texts_dir is None) == (pred_file is None):
        raise click.UsageError("give either TEXTS_DIR (to extract) or --pred FILE (to score it)")
    failures: list = []
    try:
        gold_items = load_gold(gold)
    except QuotesError as exc:
        fail(exc)
    alias_table = None
    if not aliases and not no_aliases:
        found = find_aliases(gold)
        if found is not None:
            aliases = str(found)
            click.echo(f"quotes eval: speaker aliases from {aliases}", err=True)
    if aliases and not no_aliases:
        try:
            alias_table = load_aliases(aliases)
        except (ValueError, OSError) as exc:
            raise click.BadParameter(str(exc), param_hint="--aliases") from None
    try:
        if pred_file:
            records = load_prediction_records(pred_file)
        else:
            texts = match_texts(texts_dir, gold_items)
            if texts.missing:
                click.echo(f"quotes eval: {len(texts.missing)} gold documents have no file in "
                           f"{texts_dir} (their items count as missed)", err=True)
            docs = read_documents(texts, failures)
            records = list(predict(docs, model=model, speakers=speakers, jobs=jobs,
                                   failures=failures))
            if save_pred:
                from quotes.write.jsonl import write_jsonl

                with open(save_pred, "w", encoding="utf-8") as out:
                    write_jsonl(iter(records), out)
    except QuotesError as exc:
        fail(exc)
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    for f in failures:
        click.echo(f"quotes eval: {one_line(f)}", err=True)

    result = score(gold_items, predictions_from_records(records), rule, alias_table)
    if as_json or fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        from rich.console import Console

        for line in error_lines(result, show):
            click.echo(line)
        console = Console(highlight=False)
        console.print(figures_table(result))
        if "rules" in show:
            console.print(rules_table(result))
        for line in summary_lines(result):
            click.echo(line)
    if failures:
        sys.exit(ExitStatus.SOME_FAILED)
