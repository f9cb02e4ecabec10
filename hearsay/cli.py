"""The ``hearsay`` command. Each command parses its options and calls a library function.

Exit status of commands that read articles: 0 when every record was analysed, 1 when some
records were rejected (they are in the rejects file, with the reason), 2 when the job failed
as a whole (nothing could be read, bad options).
"""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from hearsay.errors import HearsayError
from hearsay.model import Reject

app = typer.Typer(
    help="hearsay: who says so, according to whom, how firmly, in news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the analyser against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

EXIT_OK, EXIT_REJECTS, EXIT_FAILED = 0, 1, 2


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _err(message: str) -> None:
    Console(stderr=True).print(f"[bold red]hearsay:[/] {message}", highlight=False)


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text for people, json/jsonl for tools.")
    ] = OutputFormat.text,
    date: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY, YYYY-MM, YYYY-MM-DD) where the input has none."),
    ] = None,
    section: Annotated[str | None, typer.Option(help="Section where the input has none.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the articles.")] = "nl",
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format",
            help="txt, seed, plain, jsonl, json, csv, tsv or html; by extension when omitted.",
        ),
    ] = None,
    rejects: Annotated[
        Path, typer.Option(help="Where records that cannot be read are kept (JSON Lines).")
    ] = Path("hearsay-rejects.jsonl"),
) -> None:
    """Analyse articles: every attribution with its source, cue, kind, stance and outlet chain.

    Example: hearsay analyze ../shared/data/seed/000_a4295f98c8a8ca36.txt
    Example: hearsay analyze articles.jsonl --format jsonl > analysed.jsonl
    """
    from hearsay.io.readers import read_records
    from hearsay.io.rejects import RejectsWriter
    from hearsay.io.writers import print_report, write_json, write_jsonl
    from hearsay.nlp.pipeline import get_analyser

    try:
        analyser = get_analyser(lang)
        records = read_records(inputs, date=date, section=section, lang=lang, format=input_format)
    except (HearsayError, ValueError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error

    analysed = 0
    with RejectsWriter(rejects) as rejects_writer:

        def articles():
            for record in records:
                if isinstance(record, Reject):
                    rejects_writer.write(record)
                    _err(f"rejected {record.origin}: {record.reason}")
                    continue
                yield record

        documents = analyser.analyze_many(articles())
        if output_format is OutputFormat.jsonl:
            analysed = write_jsonl(documents, sys.stdout)
        elif output_format is OutputFormat.json:
            analysed = write_json(documents, sys.stdout)
        else:
            analysed = print_report(documents, Console())
        rejected = rejects_writer.count
    if rejected:
        _err(f"{rejected} record(s) rejected; kept with the reason in {rejects}")
    if analysed == 0:
        _err("no article could be analysed")
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_REJECTS if rejected else EXIT_OK)


@eval_app.command("attributions")
def eval_attributions(
    gold: Annotated[Path, typer.Argument(help="A gold file or a folder of gold files.")],
    errors: Annotated[int, typer.Option(help="How many of the worst errors to list.")] = 20,
    shared: Annotated[
        Path, typer.Option(help="Where the corpora of text-free gold (dev/gold) are read from.")
    ] = Path("../shared"),
) -> None:
    """Score attributions against gold by the rules of the spec; the last line is JSON.

    Example: hearsay eval attributions ../shared/data/gold
    Example: hearsay eval attributions dev/gold/heldout
    """
    from hearsay.eval.runner import evaluate_attributions

    try:
        scores, report = evaluate_attributions(gold, max_errors=errors, shared=shared)
    except (HearsayError, OSError, ValueError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    print(report)
    print(json.dumps(scores.to_dict(errors=False), ensure_ascii=False))


@eval_app.command("agreement")
def eval_agreement(
    first: Annotated[Path, typer.Argument(help="The reference annotation (file or folder).")],
    second: Annotated[Path, typer.Argument(help="The second annotation of the same articles.")],
    shared: Annotated[
        Path, typer.Option(help="Where the corpora of text-free gold are read from.")
    ] = Path("../shared"),
) -> None:
    """Inter-annotator agreement, scored like the analyser; the last line is JSON.

    Example: hearsay eval agreement dev/gold dev/agreement
    """
    from hearsay.eval.runner import evaluate_agreement

    try:
        scores, report = evaluate_agreement(first, second, shared=shared)
    except (HearsayError, OSError, ValueError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    print(report)
    print(json.dumps(scores.to_dict(errors=False), ensure_ascii=False))


@app.command()
def bench(
    articles: Annotated[int, typer.Option(help="How many articles to analyse.")] = 200,
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="JSON Lines corpus to sample (default: DpgMedia2019 in ../shared, "
            "else the bundled example)."
        ),
    ] = None,
) -> None:
    """Measure throughput (articles/s, words/s) and peak memory of the analysis.

    Example: hearsay bench --articles 500
    """
    from hearsay.bench import run_bench

    try:
        result = run_bench(articles=articles, corpus=corpus)
    except (HearsayError, OSError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    console = Console()
    for key, value in result.items():
        console.print(f"{key:>22}: {value}")
    print(json.dumps(result))


@app.command()
def version() -> None:
    """Print hearsay's version."""
    from hearsay import __version__

    print(__version__)


def main() -> None:
    started = time.perf_counter()
    try:
        app()
    except KeyboardInterrupt:
        _err(f"interrupted after {time.perf_counter() - started:.1f}s")
        sys.exit(130)
