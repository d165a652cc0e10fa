"""Writing a population to a Parquet or CSV file, part by part (for `llo bench --scale` and tests).

Columns are written as a person would write them: enum columns as the enum's names (Parquet:
dictionary-encoded), dates as dates (CSV: JJJJ-MM-DD), booleans and numbers as such, so that
`bestand.py` reads back exactly the population that was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
from openfisca_core.indexed_enums import EnumArray

#: Rows per Parquet row group: a part of a million persons reads four groups.
RIJGROEP = 262_144


def als_tabel(populatie: dict):
    """A population (dict of arrays) as a pyarrow table."""
    import pyarrow as pa

    kolommen = {}
    for naam, waarden in populatie.items():
        if isinstance(waarden, EnumArray):
            leden = sorted(waarden.possible_values, key=lambda lid: lid.index)
            kolommen[naam] = pa.DictionaryArray.from_arrays(
                pa.array(np.asarray(waarden.view(np.ndarray), dtype=np.int32)),
                pa.array([lid.name for lid in leden]),
            )
        elif np.asarray(waarden).dtype.kind == "M":
            kolommen[naam] = pa.array(np.asarray(waarden, dtype="datetime64[D]"), type=pa.date32())
        elif np.asarray(waarden).dtype.kind == "O":
            kolommen[naam] = pa.array(waarden, type=pa.string()).dictionary_encode()
        else:
            kolommen[naam] = pa.array(np.asarray(waarden))
    return pa.table(kolommen)


def schrijf(delen: Iterable[dict], pad) -> int:
    """Write the populations `delen` one after the other to `pad` (.parquet or .csv); the rows."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    pad = Path(pad)
    schrijver, rijen = None, 0
    try:
        for deel in delen:
            tabel = als_tabel(deel)
            if pad.suffix.lower() == ".parquet":
                schrijver = schrijver or pq.ParquetWriter(pad, tabel.schema)
                schrijver.write_table(tabel, row_group_size=RIJGROEP)
            else:
                tabel = tabel.cast(_als_tekst_schema(tabel.schema))
                if schrijver is None:
                    schrijver = pacsv.CSVWriter(
                        pad, tabel.schema, write_options=pacsv.WriteOptions(quoting_style="none")
                    )
                schrijver.write_table(tabel)
            rijen += tabel.num_rows
    finally:
        if schrijver is not None:
            schrijver.close()
    return rijen


def _als_tekst_schema(schema):
    import pyarrow as pa

    return pa.schema(
        [pa.field(v.name, pa.string() if pa.types.is_dictionary(v.type) else v.type) for v in schema]
    )
