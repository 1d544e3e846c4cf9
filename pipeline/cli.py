"""The ``extract`` command: a thin typer layer over :mod:`pipeline.api`.

``extract CORPUS_DIR`` runs the pipeline; the other commands read a run's outputs.
Library errors become one-line messages: exit 1 when some inputs failed, 2 for a
usage error.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from . import __version__
from .config import Config
from .errors import ConfigError, PipelineError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn a folder of documents into clean, traceable claim records.")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"extract: error: {message}", err=True)
    raise typer.Exit(code)


def _load_config(config: Path | None, overrides: list[str]) -> Config:
    try:
        cfg = Config.from_file(config) if config else Config()
        parsed = {}
        for item in overrides:
            if "=" not in item:
                raise ConfigError(f"--set needs key=value, got {item!r}")
            key, value = item.split("=", 1)
            parsed[key.strip()] = _parse_value(value.strip())
        return cfg.with_overrides(parsed) if parsed else cfg
    except ConfigError as err:
        _fail(str(err))
        raise  # unreachable


def _parse_value(value: str):
    import tomllib

    try:
        return tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        return value


@app.command("run")
def run_command(
    corpus: Path = typer.Argument(..., help="Folder holding the documents."),
    out: Path = typer.Option(Path("outputs"), "-o", "--out", help="Folder the outputs go to."),
    config: Path | None = typer.Option(None, "--config", help="TOML file of settings."),
    set_: list[str] = typer.Option([], "--set", help="Override one setting: key=value."),
    workers: int | None = typer.Option(None, "--workers", "-w",
                                          help="Worker processes (default: all cores; 0: in this "
                                               "process, without per-file limits)."),
    force: bool = typer.Option(False, "--force", help="Ignore the cache, re-extract all."),
    engine: str = typer.Option("local", "--engine",
                               help="local (this machine's worker pool) or dask "
                                    "(dask.distributed; see --scheduler)."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                         help="Address of a running dask scheduler "
                                              "(tcp://HOST:PORT); without it --engine dask "
                                              "starts a LocalCluster of --workers processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="One line per input."),
) -> None:
    """Extract entities, quantities, tables and claims from CORPUS into OUT."""
    from .api import STATUSES, extract_corpus

    cfg = _load_config(config, set_)
    started = time.time()
    with _progress(quiet, verbose) as report:
        try:
            result = extract_corpus(corpus, out, cfg, workers=workers, force=force,
                                    progress=report, engine=engine, scheduler=scheduler)
        except UsageError as err:
            _fail(err.message)
        except PipelineError as err:
            _fail(str(err))
    if not quiet:
        summary = {s: len(result.by_status(s)) for s in STATUSES}
        records = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        typer.echo(f"documents: {summary['ok']} ok, {summary['unchanged']} unchanged, "
                   f"{summary['skipped']} skipped, {summary['failed']} failed, "
                   f"{summary['duplicate']} duplicate; "
                   f"records: {records}; {time.time() - started:.1f}s → {out}", err=True)
    for item in result.by_status("failed"):
        typer.echo(f"extract: failed: {item.path}: {item.stage}: {item.error}", err=True)
    raise typer.Exit(1 if result.failed else 0)


class _progress:
    """A rich progress bar on a terminal, plain log lines otherwise."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.bar = None

    def __enter__(self):
        if not self.quiet and sys.stderr.isatty() and not self.verbose:
            from rich.progress import Progress, SpinnerColumn, TextColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("starting", total=None)
        return self.report

    def report(self, path: str, status: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=f"{status:9} {path}", advance=1)
        elif self.verbose or (status == "failed" and not self.quiet):
            typer.echo(f"{status:9} {path}", err=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("schema")
def schema_command(name: str = typer.Argument(..., help="documents, entities, quantities, facts, "
                                               "tables, claims, findings, errors or manifest")):
    """Print the JSON Schema of one output file."""
    from .io.schemas import SCHEMAS, load_schema

    if name.removesuffix(".jsonl").removesuffix(".json") not in SCHEMAS:
        _fail(f"unknown schema {name!r}; available: {', '.join(SCHEMAS)}")
    import json

    typer.echo(json.dumps(load_schema(name.removesuffix(".jsonl").removesuffix(".json")),
                          indent=2, ensure_ascii=False))


@app.command("explain")
def explain_command(
    file: Path = typer.Argument(..., help="A document file to clean."),
    config: Path | None = typer.Option(None, "--config", help="TOML file of settings."),
):
    """Show every repair the clean stage makes to FILE, as a coloured diff."""
    from .views import explain

    cfg = _load_config(config, [])
    if not file.is_file():
        _fail(f"{file} is not a file")
    try:
        explain(file, cfg)
    except PipelineError as err:
        _fail(str(err), 1)


@app.command("tables")
def tables_command(out: Path = typer.Argument(Path("outputs"), help="A run's output folder.")):
    """Print the tables of a run."""
    from .views import show_tables

    _guard(out, "tables.jsonl")
    show_tables(out)


@app.command("claims")
def claims_command(
    out: Path = typer.Argument(Path("outputs"), help="A run's output folder."),
    subject: str | None = typer.Option(None, "--subject", help="Only this subject."),
    metric: str | None = typer.Option(None, "--metric", help="Only this metric."),
):
    """List the claims of a run."""
    from .views import show_claims

    _guard(out, "claims.jsonl")
    show_claims(out, subject, metric)


@app.command("findings")
def findings_command(out: Path = typer.Argument(Path("outputs"), help="A run's output folder.")):
    """List the findings of a run, grouped and sorted by severity."""
    from .views import show_findings

    _guard(out, "findings.jsonl")
    show_findings(out)


@app.command("export")
def export_command(
    out: Path = typer.Argument(Path("outputs"), help="A run's output folder."),
    to: str = typer.Option(..., "--to", help="parquet, csv, labelstudio, prodigy or spacy."),
    target: Path = typer.Option(..., "-o", "--output",
                                help="Where to write: a folder for parquet and csv (claims "
                                     "and facts), a file for the others."),
    kinds: str = typer.Option("entities,quantities,claims", "--kinds",
                              help="Span kinds of the span formats, comma-separated."),
):
    """Export a run's claims and facts (Parquet, CSV) or its spans (Label Studio tasks with
    predictions, Prodigy / spaCy JSONL, a spaCy DocBin)."""
    from .export import ExportError, export

    _guard(out, "documents.jsonl")
    try:
        written = export(out, to, target, tuple(k.strip() for k in kinds.split(",") if k))
    except ExportError as err:
        _fail(str(err))
    for path in written:
        typer.echo(f"wrote {path}", err=True)


@app.command("evaluate")
def evaluate_command(
    out: Path = typer.Argument(Path("outputs"), help="A run's output folder."),
    gold: Path | None = typer.Option(None, "--gold",
                                     help="A Label Studio export corrected by annotators, or "
                                          "reviews JSONL (default: OUT/reviews.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
):
    """Score a run against gold: precision, recall and F1 per kind (entities, quantities,
    claims; facts for reviews)."""
    from .export import ExportError, evaluate
    from .views import show_evaluation

    _guard(out, "documents.jsonl")
    try:
        result = evaluate(out, gold)
    except ExportError as err:
        _fail(str(err))
    if as_json:
        import json

        typer.echo(json.dumps(result.as_dict(), indent=2, sort_keys=True))
    else:
        show_evaluation(result)


def _guard(out: Path, name: str) -> None:
    if not (out / name).exists():
        _fail(f"{out / name} not found; run `extract CORPUS_DIR -o {out}` first")


@app.command("review")
def review_command(
    out: Path = typer.Argument(Path("outputs"), help="A run's output folder."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8765, "--port", help="Port to listen on (0: any free port)."),
    corpus: Path | None = typer.Option(None, "--corpus",
                                       help="The documents' folder, to show PDF pages."),
):
    """Serve the review app over OUT: accept, reject or correct claims in the browser."""
    from .review.server import make_server
    from .review.store import ReviewError

    _guard(out, "documents.jsonl")
    try:
        server = make_server(out, host, port, corpus)
    except ReviewError as err:
        _fail(err.message)
    except OSError as err:
        _fail(f"cannot listen on {host}:{port} ({err.strerror or err})")
    bound_port = server.server_address[1]
    typer.echo(f"extract review: serving {out} at http://{host}:{bound_port}/ "
               "(Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("version")
def version_command():
    """Print the version."""
    typer.echo(__version__)


COMMANDS = {"run", "schema", "explain", "tables", "claims", "findings", "version", "export",
            "evaluate"}


def main(argv: list[str] | None = None) -> None:
    """Entry point: ``extract CORPUS_DIR ...`` means ``extract run CORPUS_DIR ...``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and args[0] not in ("--help", "-h"):
        args.insert(0, "run")
    app(args=args, prog_name="extract")


COMMANDS.add("review")  # the review app (pipeline/review)

if __name__ == "__main__":
    main()
