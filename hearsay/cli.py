"""The ``hearsay`` command. Each command parses its options and calls a library function.

Exit status of commands that read articles: 0 when every record was analysed, 1 when some
records were rejected (they are in the rejects file, with the reason), 2 when the job failed
as a whole (nothing could be read, bad options).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

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


def _print_eval(
    run: Callable[[], Any],
    render: Callable[[Any], str],
    as_json: Callable[[Any], Any],
    failures: tuple[type[Exception], ...] = (HearsayError, OSError, ValueError),
) -> None:
    """Run an evaluation, print its report for people and then its scores as one JSON line;
    a failure is one clear message and the "job failed" exit status."""
    try:
        result = run()
    except failures as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    print(render(result))
    print(json.dumps(as_json(result), ensure_ascii=False))


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
    from hearsay.nlp.pipeline import get_analyser, tune_gc_for_batch

    try:
        analyser = get_analyser(lang)
        tune_gc_for_batch()
        records = read_records(inputs, date=date, section=section, lang=lang, format=input_format)
    except (HearsayError, ValueError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error

    analysed = 0
    try:
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
    except OSError as error:
        # A full disk or a closed pipe while writing the output or the rejects: the job
        # failed, said in one line rather than a traceback.
        _err(f"writing failed: {error} (output to standard output, rejects to {rejects})")
        raise typer.Exit(EXIT_FAILED) from error
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

    _print_eval(
        lambda: evaluate_attributions(gold, max_errors=errors, shared=shared),
        lambda result: result[1],
        lambda result: result[0].to_dict(errors=False),
    )


@eval_app.command("timex")
def eval_timex(
    root: Annotated[Path, typer.Argument(help="Folder of the timex test sets.")] = Path(
        "../shared/data/timex"
    ),
    errors: Annotated[int, typer.Option(help="How many errors to keep in the JSON.")] = 20,
) -> None:
    """Score time expressions on the Recognizers-Text and Duckling Dutch sets; last line JSON.

    Example: hearsay eval timex ../shared/data/timex
    """
    from hearsay.eval.timex import evaluate_timex, format_timex_report

    _print_eval(
        lambda: evaluate_timex(root, max_errors=errors),
        format_timex_report,
        lambda result: result["scores"],
    )


@eval_app.command("ner")
def eval_ner(
    gold: Annotated[Path, typer.Argument(help="A CoNLL file: WORD [POS] TAG, IOB1 or IOB2.")],
    model: Annotated[
        Path | None, typer.Option(help="A spaCy model folder (default: the shipped nl_ner).")
    ] = None,
    consistent: Annotated[
        bool,
        typer.Option(
            "--consistent/--independent",
            help="Make entity types consistent within each -DOCSTART- document, as "
            "hearsay.ner does (default), or score the model's own sentence-by-sentence tags.",
        ),
    ] = True,
) -> None:
    """Score the NER model on CoNLL gold tokens (conlleval rules); the last line is JSON.

    Example: hearsay eval ner ../shared/data/ner/conll2002_nl/ned.testb
    """
    from hearsay.eval.ner import evaluate_ner, format_ner_report
    from hearsay.ner import load_ner

    _print_eval(
        lambda: evaluate_ner(gold, load_ner(model), consistent=consistent),
        format_ner_report,
        lambda r: r,
    )


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

    _print_eval(
        lambda: evaluate_agreement(first, second, shared=shared),
        lambda result: result[1],
        lambda result: result[0].to_dict(errors=False),
    )


@eval_app.command("stories")
def eval_stories(
    shared: Annotated[
        Path, typer.Option(help="Where the MEANTIME and Greta Thunberg corpora are read from.")
    ] = Path("../shared"),
    workers: Annotated[
        int | None, typer.Option(help="Analysing processes (default: every core).")
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Keep the store here (default: a throwaway one).")
    ] = None,
) -> None:
    """Score story clusters (B-cubed) against the corpus labels of MEANTIME (4 topics) and
    the Greta Thunberg articles: a story should stay within one label; last line JSON.

    Example: hearsay eval stories --shared ../shared
    """
    from hearsay.stories.evaluate import evaluate_stories, format_report

    _print_eval(
        lambda: evaluate_stories(shared, workers=workers, db=db),
        format_report,
        lambda result: {k: v for k, v in result.items() if k != "crossing"},
        failures=(HearsayError, OSError, ValueError, KeyError),
    )


@app.command()
def bench(
    sizes: Annotated[
        str, typer.Option(help="Sample sizes, comma-separated; 'all' is the whole corpus.")
    ] = "100,1000,all",
    articles: Annotated[
        int | None, typer.Option(help="One sample of this many articles (instead of --sizes).")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="JSON Lines corpus to sample (default: DpgMedia2019 in ../shared, "
            "else the bundled example)."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Worker processes of the parallel runs (default: every core)."),
    ] = None,
    scaling: Annotated[
        bool,
        typer.Option(
            "--scaling",
            help="Instead: time the analysis of 1x, 2x, 4x and 8x inputs (more articles, one "
            "longer article, more quote marks) and report how time grows (ratio 1 = linear).",
        ),
    ] = False,
    ingest: Annotated[
        bool, typer.Option(help="Also time hearsay ingest into a throwaway store.")
    ] = True,
) -> None:
    """Measure throughput (articles/s, words/s) on 1 worker and on every core, stage shares,
    peak memory per worker and model load time, then the store alone and a whole ingest
    (every core, a throwaway SQLite store) on the largest sample. A table, then one JSON line.

    Example: hearsay bench --sizes 100,1000,all
    Example: hearsay bench --scaling --articles 20
    """
    from hearsay.bench import render_table, run_bench, run_scaling

    if scaling:
        try:
            result = run_scaling(articles=articles or 20, corpus=corpus)
        except (HearsayError, OSError) as error:
            _err(str(error))
            raise typer.Exit(EXIT_FAILED) from error
        for key, value in result.items():
            Console().print(f"{key:>14}: {value}", highlight=False)
        print(json.dumps(result))
        return
    try:
        chosen: list[int | None] = (
            [articles]
            if articles is not None
            else [None if part.strip() == "all" else int(part) for part in sizes.split(",")]
        )
        if any(size is not None and size < 1 for size in chosen):
            raise ValueError("sample sizes must be at least 1")
    except ValueError as error:
        _err(f"bad --sizes {sizes!r}: {error}")
        raise typer.Exit(EXIT_FAILED) from error
    try:
        result = run_bench(sizes=chosen, corpus=corpus, workers=workers, ingest=ingest)
    except (HearsayError, OSError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    console = Console(width=max(Console().width, 100))
    console.print(render_table(result))
    for key, value in result.items():
        if key not in ("runs", "corpus", "machine"):
            console.print(f"{key:>30}: {value}", highlight=False)
    print(json.dumps(result))


@app.command()
def version() -> None:
    """Print hearsay's version."""
    from hearsay import __version__

    print(__version__)


# --- The store: ingest, questions, export (hearsay/store) -------------------------------


class IngestEngine(str, Enum):
    processes = "processes"
    dask = "dask"


class AnswerFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


DbOption = Annotated[
    str,
    typer.Option(
        "--db", help="SQLite file (created when missing) or postgresql://user@host/dbname."
    ),
]
AnswerFormatOption = Annotated[
    AnswerFormat, typer.Option("--format", "-f", help="table for people, csv/json for scripts.")
]


def _open_store(db: str):
    from hearsay.store import open_store

    try:
        return open_store(db)
    except HearsayError as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error


def _print_answer(answer, output_format: AnswerFormat) -> None:
    """An answer of :mod:`hearsay.store.queries` as a rich table, CSV or JSON."""
    import csv

    if output_format is AnswerFormat.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=1, default=str))
        return
    if output_format is AnswerFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=answer.columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(answer.rows)
        return
    from rich.table import Table

    console = Console()
    if answer.header:
        console.print(
            " · ".join(f"{key}: {value}" for key, value in answer.header.items()), highlight=False
        )
    table = Table(title=answer.title, show_lines=False)
    for column in answer.columns:
        wide = column in ("text", "title", "outlets", "outlet_chain", "entities", "note")
        table.add_column(column, overflow="fold", ratio=3 if wide else None)
    for row in answer.rows:
        cells = []
        for column in answer.columns:
            value = row.get(column)
            text = "" if value is None else str(value)
            cells.append(text if len(text) <= 300 else text[:300] + "…")
        table.add_row(*cells)
    console.print(table)
    if not answer.rows:
        console.print("nothing found", style="dim")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders of articles.")],
    db: DbOption = "hearsay.db",
    workers: Annotated[
        int | None, typer.Option(help="Analysing processes (default: every core).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 64,
    metadata: Annotated[
        Path | None,
        typer.Option(help="JSON Lines of fields to add by article id (e.g. publisher)."),
    ] = None,
    date: Annotated[str | None, typer.Option(help="Date where the input has none.")] = None,
    section: Annotated[str | None, typer.Option(help="Section where the input has none.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the articles.")] = "nl",
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="As for analyze; by extension if omitted.")
    ] = None,
    engine: Annotated[
        IngestEngine,
        typer.Option(help="processes: a pool on this machine; dask: a Dask cluster and shards."),
    ] = IngestEngine.processes,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(help="Folder of the Parquet shards of --engine dask (default: temporary)."),
    ] = None,
    shards_only: Annotated[
        bool, typer.Option(help="Write the shards and leave the store alone (for DuckDB).")
    ] = False,
    partition_size: Annotated[
        int, typer.Option(help="Articles per Dask task and per shard.")
    ] = 200,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the shards already in --shards.")
    ] = False,
) -> None:
    """Analyse articles into the store (resumable: what is stored is skipped on a re-run).

    With --engine dask the analysis runs on a Dask cluster (a local one without --scheduler)
    and lands in Parquet shards (--shards), which are then loaded into the store.

    Example: hearsay ingest ../shared/data/corpora/dpgmedia2019/dpgMedia2019-articles-byarticle-all.jsonl --db corpus.db
    Example: hearsay ingest articles/ --db postgresql://hearsay@localhost/news --workers 8
    Example: hearsay ingest articles/ --engine dask --scheduler tcp://10.0.0.5:8786 --shards shards/
    """  # noqa: E501
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from hearsay.store import count_records, load_metadata
    from hearsay.store import ingest as ingest_articles

    if engine is not IngestEngine.dask and (scheduler or shards):
        _err("--scheduler and --shards go with --engine dask")
        raise typer.Exit(EXIT_FAILED)
    if shards_only and (engine is not IngestEngine.dask or shards is None):
        _err("--shards-only needs --engine dask and a --shards folder to keep")
        raise typer.Exit(EXIT_FAILED)
    if partition_size < 1:
        _err("--partition-size must be at least 1")
        raise typer.Exit(EXIT_FAILED)
    store = None if shards_only else _open_store(db)
    try:
        extra = load_metadata(metadata) if metadata else None
        total = count_records(inputs)
        console = Console(stderr=True)
        started = time.perf_counter()
        with Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
        ) as progress:
            task = progress.add_task("ingest", total=total, rate="-")

            def on_progress(done: int, total: int | None) -> None:
                elapsed = time.perf_counter() - started
                rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
                progress.update(task, completed=done, total=total, rate=rate)

            options: dict[str, Any] = dict(
                workers=workers,
                batch_size=batch_size,
                lang=lang,
                date=date,
                section=section,
                input_format=input_format,
                metadata=extra,
                on_progress=on_progress,
                total=total,
            )
            if engine is IngestEngine.dask:
                import tempfile

                from hearsay.store.distributed import ingest_dask

                with tempfile.TemporaryDirectory(prefix="hearsay-shards-") as temporary:
                    result = ingest_dask(
                        inputs,
                        store,
                        shards or temporary,
                        scheduler=scheduler,
                        partition_size=partition_size,
                        overwrite=force,
                        **options,
                    )
            else:
                result = ingest_articles(inputs, store, **options)
        counts = store.counts() if store is not None else None
    except (HearsayError, OSError, ValueError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    finally:
        if store is not None:
            store.close()
    summary = result.to_dict()
    console.print(
        f"{summary['articles']} articles ({summary['skipped']} already stored), "
        f"{summary['attributions']} attributions, {summary['entities']} new entities, "
        f"{summary['rejects']} rejects, {summary['near_duplicates']} near-duplicates "
        f"in {summary['seconds']}s ({summary['articles_per_s']} articles/s)",
        highlight=False,
    )
    if counts is None:
        console.print(f"shards in {shards}: query them with DuckDB", highlight=False)
    else:
        console.print(
            f"store {db}: {counts['articles']} articles, {counts['entities']} entities, "
            f"{counts['stories']} stories ({counts['multi_article_stories']} of several articles), "
            f"{counts['claim_groups']} claims "
            f"({counts['multi_outlet_claims']} reported more than once)",
            highlight=False,
        )
    print(json.dumps({**summary, "store": counts}))
    if summary["articles"] == 0 and summary["skipped"] == 0:
        _err("no article could be analysed")
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_REJECTS if summary["rejects"] else EXIT_OK)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words that must all occur.")],
    db: DbOption = "hearsay.db",
    source: Annotated[str | None, typer.Option(help="Claims from this source.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Articles of this outlet.")] = None,
    entity: Annotated[str | None, typer.Option(help="Articles mentioning this entity.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (ISO).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date (ISO).")] = None,
    limit: Annotated[int, typer.Option(help="Rows of each kind (articles, claims).")] = 20,
    output_format: AnswerFormatOption = AnswerFormat.table,
) -> None:
    """Full-text search over articles and claims.

    Example: hearsay search klimaat --db corpus.db --from 2019-03-01 --to 2019-03-31
    Example: hearsay search brexit --db corpus.db --source "Theresa May" --format json
    """
    from hearsay.store.queries import search as search_store

    _answer(
        db,
        output_format,
        lambda store: search_store(
            store,
            query,
            source=source,
            outlet=outlet,
            entity=entity,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        ),
    )


def _answer(db: str, output_format: AnswerFormat, question) -> None:
    store = _open_store(db)
    try:
        answer = question(store)
    except HearsayError as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    finally:
        store.close()
    _print_answer(answer, output_format)


@app.command()
def sources(
    db: DbOption = "hearsay.db",
    outlet: Annotated[str | None, typer.Option(help="Only claims in this outlet.")] = None,
    limit: Annotated[int, typer.Option(help="How many sources, most claims first.")] = 30,
    output_format: AnswerFormatOption = AnswerFormat.table,
) -> None:
    """Per source: claims, articles, outlets that carry it, anonymous share, denials.

    Example: hearsay sources --db corpus.db --limit 20
    Example: hearsay sources --db corpus.db --outlet trouw --format csv
    """
    from hearsay.store.queries import sources as store_sources

    _answer(db, output_format, lambda store: store_sources(store, outlet=outlet, limit=limit))


@app.command()
def claims(
    about: Annotated[str, typer.Option("--about", help="An entity mentioned in the claims.")],
    db: DbOption = "hearsay.db",
    limit: Annotated[int, typer.Option(help="How many claims, most reported first.")] = 50,
    output_format: AnswerFormatOption = AnswerFormat.table,
) -> None:
    """Claims about an entity: first appearance, source, the chain of outlets, its fate.

    Example: hearsay claims --about Rutte --db corpus.db
    """
    from hearsay.store.queries import claims as store_claims

    _answer(db, output_format, lambda store: store_claims(store, about=about, limit=limit))


@app.command()
def stories(
    db: DbOption = "hearsay.db",
    min_articles: Annotated[int, typer.Option(help="Stories of at least this many articles.")] = 2,
    limit: Annotated[int, typer.Option(help="How many stories, largest first.")] = 30,
    output_format: AnswerFormatOption = AnswerFormat.table,
) -> None:
    """Stories: articles about the same events, across outlets and days.

    Example: hearsay stories --db corpus.db --min-articles 3
    """
    from hearsay.store.queries import stories_list

    _answer(
        db,
        output_format,
        lambda store: stories_list(store, min_articles=min_articles, limit=limit),
    )


@app.command()
def story(
    story_id: Annotated[int, typer.Argument(help="A story id from hearsay stories.")],
    db: DbOption = "hearsay.db",
    output_format: AnswerFormatOption = AnswerFormat.table,
) -> None:
    """One story as a timeline of its articles and claims.

    Example: hearsay story 12 --db corpus.db
    """
    from hearsay.store.queries import story as store_story

    _answer(db, output_format, lambda store: store_story(store, story_id))


@app.command()
def serve(
    db: DbOption = "hearsay.db",
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Web pages and an HTTP API over a store: articles with their sources highlighted,
    people, sources, stories, search, and a page to analyse a pasted article.

    Example: hearsay serve --db corpus.db
    Example: hearsay serve --db corpus.db --port 8080   (then open http://127.0.0.1:8080)
    """
    is_url = db.startswith(("postgresql://", "postgres://", "sqlite:///"))
    if not is_url and not Path(db).is_file():
        _err(f"no store at {db}: make one with hearsay ingest FILES --db {db}")
        raise typer.Exit(EXIT_FAILED)
    from hearsay.web import serve as serve_app

    try:
        serve_app(db, host=host, port=port)
    except HearsayError as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def export(
    db: DbOption = "hearsay.db",
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="parquet, csv or jsonl.")
    ] = ExportFormat.parquet,
    out: Annotated[Path, typer.Option(help="Folder for one file per table.")] = Path("export"),
    force: Annotated[bool, typer.Option(help="Overwrite files already in the folder.")] = False,
) -> None:
    """Export every table (articles, entities, mentions, attributions, stories, claim groups,
    rejects) for DuckDB, pandas or a spreadsheet.

    Example: hearsay export --db corpus.db --format parquet --out corpus-export
    """
    from hearsay.store.export import EXPORTED_TABLES
    from hearsay.store.export import export as export_store

    existing = [out / f"{table}.{output_format.value}" for table in EXPORTED_TABLES]
    if not force and any(path.exists() for path in existing):
        _err(f"{out} already holds an export; use --force to overwrite it")
        raise typer.Exit(EXIT_FAILED)
    store = _open_store(db)
    try:
        paths = export_store(store, out, output_format.value)
    except (HearsayError, OSError) as error:
        _err(str(error))
        raise typer.Exit(EXIT_FAILED) from error
    finally:
        store.close()
    for path in paths:
        print(path)


def main() -> None:
    started = time.perf_counter()
    try:
        app()
    except KeyboardInterrupt:
        _err(f"interrupted after {time.perf_counter() - started:.1f}s")
        sys.exit(130)
