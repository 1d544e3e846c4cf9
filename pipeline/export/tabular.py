"""Claims and facts as flat tables: Parquet and CSV, ready for DuckDB, pandas, a spreadsheet.

Nested fields are flattened into columns (``period`` → ``period_start``, ``period_end``, ...;
``evidence`` → ``evidence_kind``, ``quote_exact``, ``table_id``, ``row``, ...), every column
has a fixed Arrow type (so an empty run still has its columns), and lists (a fact's
``claim_ids``) are Arrow lists in Parquet and JSON arrays in CSV.

    duckdb -c "SELECT metric, display, mentions FROM 'exports/facts.parquet' ORDER BY mentions DESC"
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import orjson
import pyarrow as pa

from ..claims.display import claim_display
from .records import read_jsonl

_S, _F, _I, _B = pa.string(), pa.float64(), pa.int64(), pa.bool_()
_LIST = pa.list_(pa.string())

PERIOD = [("period_start", _S), ("period_end", _S), ("period_text", _S),
          ("period_granularity", _S), ("period_inferred", _B)]

CLAIM_COLUMNS = [
    ("claim_id", _S), ("fact_id", _S), ("doc_id", _S), ("subject", _S), ("subject_id", _S),
    ("counterpart", _S), ("counterpart_id", _S), ("metric", _S), ("metric_text", _S),
    ("predicate", _S), ("qualifier", _S), ("value", _F), ("lower", _F), ("upper", _F),
    ("unit", _S), ("scale", _F), ("si_value", _F), ("si_unit", _S), ("value_kind", _S),
    ("approx", _S), ("display", _S), ("modality", _S), ("status", _S), ("section", _S),
    *PERIOD, ("base_period_start", _S), ("base_period_end", _S), ("base_period_text", _S),
    ("evidence_kind", _S), ("evidence_start", _I), ("evidence_end", _I), ("value_start", _I),
    ("value_end", _I), ("evidence_text", _S), ("quote_exact", _S), ("quote_prefix", _S),
    ("quote_suffix", _S), ("table_id", _S), ("row", _I), ("col", _I), ("row_header", _S),
    ("col_header", _S), ("cell_text", _S), ("extractor", _S), ("confidence", _F),
]

FACT_COLUMNS = [
    ("fact_id", _S), ("subject", _S), ("subject_id", _S), ("counterpart", _S),
    ("counterpart_id", _S), ("metric", _S), ("modality", _S), ("value", _F), ("lower", _F),
    ("upper", _F), ("unit", _S), ("si_value", _F), ("si_unit", _S), ("value_kind", _S),
    ("approx", _S), ("display", _S), *PERIOD, ("mentions", _I), ("claim_ids", _LIST),
    ("doc_ids", _LIST),
]

#: the tables written, each from the output file of its name
TABLES = ("claims", "facts")


def _period(prefix: str, period: dict | None) -> dict:
    period = period or {}
    row = {f"{prefix}_{k}": period.get(k) for k in ("start", "end", "text")}
    if prefix == "period":
        row["period_granularity"] = period.get("granularity")
        row["period_inferred"] = bool(period.get("inferred")) if period else None
    return row


def flat_claim(claim: dict) -> dict:
    """One claim as a flat row.

    >>> row = flat_claim({"claim_id": "c-1", "metric": "trade_growth", "value": 30.0,
    ...                   "unit": "percent", "period": {"start": "2023-01-01",
    ...                   "end": "2023-12-31", "text": "2023"},
    ...                   "evidence": {"kind": "sentence", "start": 5, "end": 40,
    ...                                "quote": {"exact": "30%"}}})
    >>> row["period_text"], row["quote_exact"], row["display"], row["table_id"]
    ('2023', '30%', '30%', None)
    """
    ev = claim.get("evidence") or {}
    quote = ev.get("quote") or {}
    row = {name: claim.get(name) for name, _ in CLAIM_COLUMNS}
    row.update(_period("period", claim.get("period")))
    row.update(_period("base_period", claim.get("base_period")))
    row.update({"display": claim_display(claim), "evidence_kind": ev.get("kind"),
                "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
                "value_start": ev.get("value_start"), "value_end": ev.get("value_end"),
                "evidence_text": ev.get("text"), "quote_exact": quote.get("exact"),
                "quote_prefix": quote.get("prefix"), "quote_suffix": quote.get("suffix"),
                **{k: ev.get(k) for k in ("table_id", "row", "col", "row_header",
                                          "col_header", "cell_text")}})
    return row


def flat_fact(fact: dict) -> dict:
    row = {name: fact.get(name) for name, _ in FACT_COLUMNS}
    row.update(_period("period", fact.get("period")))
    return row


def arrow_table(name: str, out_dir: Path) -> pa.Table:
    """The claims or facts of a run as an Arrow table of fixed columns."""
    columns, flatten = (CLAIM_COLUMNS, flat_claim) if name == "claims" else \
        (FACT_COLUMNS, flat_fact)
    rows = [flatten(r) for r in read_jsonl(out_dir / f"{name}.jsonl")]
    schema = pa.schema(columns)
    return pa.Table.from_pylist(rows, schema=schema)


def _csv_ready(table: pa.Table) -> pa.Table:
    """Lists as JSON arrays: CSV has no list type."""
    for i, column in enumerate(table.schema):
        if pa.types.is_list(column.type):
            values = [None if v is None else orjson.dumps(v).decode()
                      for v in table.column(i).to_pylist()]
            table = table.set_column(i, column.name, pa.array(values, pa.string()))
    return table


def write_tables(out_dir: Path, target: Path, fmt: str,
                 names: Iterable[str] = TABLES) -> list[Path]:
    """``target/claims.<fmt>`` and ``target/facts.<fmt>``; returns the files written."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        table = arrow_table(name, out_dir)
        path = target / f"{name}.{fmt}"
        tmp = path.with_name(f".{path.name}.tmp")
        if fmt == "parquet":
            pq.write_table(table, tmp, compression="zstd")
        else:
            pacsv.write_csv(_csv_ready(table), tmp)
        tmp.replace(path)
        written.append(path)
    return written
