"""Export every table of the store as Parquet, CSV or JSON Lines (DuckDB and pandas read all)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from hearsay.store.schema import EXPORTED_TABLES, INT, REAL, TABLE_BY_NAME
from hearsay.store.store import Store

EXPORT_FORMATS = ("parquet", "csv", "jsonl")


def export(store: Store, out_dir: str | Path, fmt: str = "parquet") -> list[Path]:
    """Write ``<table>.<fmt>`` for every exported table into ``out_dir``; return the paths."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {EXPORT_FORMATS}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in EXPORTED_TABLES:
        columns, rows = store.rows(table)
        path = out / f"{table}.{fmt}"
        if fmt == "parquet":
            _write_parquet(table, columns, rows, path)
        elif fmt == "csv":
            with open(path, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            with open(path, "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def _write_parquet(table: str, columns: list[str], rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {INT: pa.int64(), REAL: pa.float64()}
    schema = pa.schema(
        [(name, types.get(kind, pa.string())) for name, kind in TABLE_BY_NAME[table].columns]
    )
    arrays = [
        pa.array([row[name] for row in rows], type=schema.field(name).type) for name in columns
    ]
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path)
