"""Readable terminal views of a run's outputs and of one document's repairs (rich)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from .claims.display import claim_display
from .clean import clean_text
from .config import Config
from .ingest import read_document
from .io.jsonl import loads


def _records(path: Path) -> Iterator[dict]:
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                yield loads(line)


def explain(file: Path, config: Config, console: Console | None = None) -> None:
    """Print each repair of ``file`` with a few characters of context, before in red,
    after in green; then the spans left as suspects (damaged-looking, no clearly better
    reading) in yellow with their best reading; then the count of repairs by kind."""
    console = console or Console()
    doc = read_document(file.name, file.read_bytes(), file.stem, config.ingest)
    result = clean_text(doc.raw_text, config.clean)
    raw = doc.raw_text
    kinds: dict[str, int] = defaultdict(int)
    for r in result.repairs:
        kinds[r.kind] += 1
        line = Text(f"{r.kind:16} raw {r.raw_start}-{r.raw_end} clean {r.start}-{r.end} "
                    f"conf {r.confidence:.2f}  ", style="bold")
        line.append(raw[max(0, r.raw_start - 25):r.raw_start].replace("\n", "⏎"), style="dim")
        line.append(r.before.replace("\n", "⏎")[:200], style="red strike")
        line.append(r.after.replace("\n", "⏎")[:200], style="green")
        line.append(raw[r.raw_end:r.raw_end + 25].replace("\n", "⏎"), style="dim")
        console.print(line)
    for s in result.suspects:
        line = Text(f"{'suspect ' + s.kind:16} clean {s.start}-{s.end} "
                    f"conf {s.confidence:.2f}  ", style="bold yellow")
        line.append(s.text.replace("\n", "⏎")[:200], style="yellow")
        line.append("  best reading: ", style="dim")
        line.append(s.candidate.replace("\n", "⏎")[:200], style="italic")
        console.print(line)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no repairs"
    console.print(f"{file}: {summary}; {len(result.suspects)} suspect spans left as they are; "
                  f"{len(raw)} → {len(result.text)} characters")


def show_tables(out: Path, console: Console | None = None) -> None:
    """Each table of a run as laid out: typed column heads, totals in bold, a ``†`` on
    cells with a footnote mark or a note."""
    console = console or Console()
    for record in _records(out / "tables.jsonl"):
        title = f"{record['doc_id']} · {record['table_id']}"
        if record.get("page"):
            title += f" · p{record['page']}"
        if record.get("caption"):
            title += f" · {record['caption']}"
        view = RichTable(title=title, caption=record.get("source_note"), show_lines=False)
        for column in record["columns"]:
            unit = " ".join(x for x in (column.get("unit"),
                                        f"×{column['scale']:g}" if column.get("scale", 1) != 1
                                        else None) if x)
            view.add_column(f"{column['name']}\n[dim]{unit} {column.get('kind', '')}[/dim]")
        for kind, row in zip(record.get("row_kinds") or [], record["rows"]):
            view.add_row(*[c["text"] + (" †" if c.get("note") else "") for c in row],
                         style="bold" if kind == "total" else None)
        console.print(view)


def show_claims(out: Path, subject: str | None = None, metric: str | None = None,
                console: Console | None = None) -> None:
    """Claims, one table per document, with their values written for people
    (``USD 31.5 bn``, ``30%``) and, in the ``×`` column, how many claims state the same
    fact (``facts.jsonl``); the evidence is a sentence's offset or a table cell."""
    console = console or Console()
    mentions = {f["fact_id"]: f["mentions"] for f in _records(out / "facts.jsonl")} \
        if (out / "facts.jsonl").exists() else {}
    shown = 0
    view, current = None, None
    for c in _records(out / "claims.jsonl"):
        if subject and subject.casefold() not in (c.get("subject") or "").casefold() \
                and subject != c.get("subject_id"):
            continue
        if metric and metric != c.get("metric"):
            continue
        if c["doc_id"] != current:
            if view is not None:
                console.print(view)
            view, current = _claims_table(c["doc_id"]), c["doc_id"]
        ev = c["evidence"]
        where = (f"@{ev['start']}" if "start" in ev
                 else f"{str(ev.get('table_id'))[:6]} r{ev.get('row')}c{ev.get('col')}")
        period = (c.get("period") or {}).get("text") or ""
        said = mentions.get(c.get("fact_id") or "", 1)
        assert view is not None
        view.add_row(c.get("subject") or "", c["metric"].replace("_", " "), claim_display(c),
                     period, c.get("status", ""), str(said) if said > 1 else "", where)
        shown += 1
    if view is not None:
        console.print(view)
    console.print(f"{shown} claims")


def _claims_table(doc_id: str) -> RichTable:
    view = RichTable(title=doc_id, title_justify="left", title_style="bold")
    view.add_column("subject", ratio=3, min_width=10)
    view.add_column("metric", ratio=2, min_width=8)
    view.add_column("value", justify="right", no_wrap=True)
    view.add_column("period", min_width=4)
    view.add_column("status", no_wrap=True)
    view.add_column("×", justify="right", no_wrap=True)
    view.add_column("evidence", no_wrap=True)
    return view


SEVERITY_ORDER = {"gross": 0, "major": 1, "minor": 2, "info": 3}


def show_findings(out: Path, console: Console | None = None) -> None:
    console = console or Console()
    findings = sorted(_records(out / "findings.jsonl"),
                      key=lambda f: (SEVERITY_ORDER.get(f.get("severity", ""), 9), f["kind"],
                                     f["message"]))
    if not findings:
        console.print("no findings")
        return
    current = None
    for f in findings:
        group = (f.get("severity"), f["kind"])
        if group != current:
            current = group
            console.print(Text(f"\n{group[0]} · {group[1]}", style="bold"))
        facts = f.get("fact_ids") or []
        named = f" [dim]({len(facts)} facts, {len(f['claim_ids'])} claims)[/dim]" \
            if facts else ""
        console.print(f"  {escape(f['message'])}{named}")


def show_evaluation(result, console: Console | None = None) -> None:
    """Scores per kind as a table (``extract evaluate``), then what was not scored."""
    console = console or Console()
    view = RichTable(title=f"{result.gold} gold: {result.source}")
    for name in ("kind", "tp", "fp", "fn", "precision", "recall", "F1"):
        view.add_column(name, justify="left" if name == "kind" else "right")
    pct = lambda x: "–" if x is None else f"{x:.1%}"  # noqa: E731
    for kind, s in result.scores.items():
        view.add_row(kind, str(s.tp), str(s.fp), str(s.fn), pct(s.precision), pct(s.recall),
                     pct(s.f1))
    console.print(view)
    if result.gold == "reviews":
        console.print("recall counts corrections only: reviews cannot name what the run "
                      "never extracted")
    for line in result.skipped:
        console.print(f"not scored: {escape(line)}", style="yellow")
