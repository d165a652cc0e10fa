"""A user's population file (CSV or Parquet), read and checked in parts of any size.

Columns use the contract's names: an input variable of the tax-benefit system (set as an input
for the compared month), or a breakdown column (`KENMERKEN`). Anything else is refused with a
suggestion (`onderwijsector` -> `onderwijssector`), and so is a column named twice or a file
without `geboortedatum`. Every value of a variable's column is checked against that variable:
a date JJJJ-MM-DD, one of the enum's names, true/false/1/0/waar/onwaar, a whole number within
the variable's integer range, a number. An empty cell takes the variable's default value,
except for the birth date, which every person needs. A file that is not UTF-8, has a row with
more or fewer cells than the header, or holds no person is refused in one line.

The first error is reported with the file, the row and the column; the header is row 1, so the
first person is row 2, as a spreadsheet shows it. A part (`Deel`: rows `begin` to `einde` of
the persons, and for CSV the byte range that holds them) is checked on its own with the same
messages and the row numbers of the whole file, so that reading in parts, in any process,
reports what reading the whole file would.

Reading uses pyarrow (CSV and Parquet); a CSV value holds no line break. The checks of the
values, vectorised per column, are in `kolommen.py`.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from openfisca_llo.analyse.populatie.gewicht import KOLOM as GEWICHT
from openfisca_llo.analyse.populatie.kolommen import fout, naar_populatie
from openfisca_llo.analyse.populatie.synthetisch import KENMERKEN
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels import afgeleid

KOPREGEL = 1  # the row number of the header; the first person is on the next row
SCANBLOK = 1 << 26  # bytes read at a time when a CSV file is scanned for its rows


@dataclass(frozen=True)
class Deel:
    """Persons `begin` to `einde - 1` of a file (0 is the first person, on row 2).

    For CSV, `byte_begin` to `byte_einde` is the range of the file that holds their lines.
    """

    pad: str
    begin: int
    einde: int
    byte_begin: int = 0
    byte_einde: int = 0


def _pyarrow():
    try:
        import pyarrow  # noqa: F401
    except ImportError as fout:
        raise GebruikersFout(
            "een bevolkingsbestand lezen vraagt pyarrow, dat niet is geïnstalleerd (pip install pyarrow)"
        ) from fout


def is_parquet(pad) -> bool:
    return Path(pad).suffix.lower() == ".parquet"


def toegestane_kolommen(systeem) -> list[str]:
    """Input variables (no formula) and the breakdown columns."""
    invoer = [naam for naam, variabele in systeem.variables.items() if not variabele.formulas]
    return sorted(invoer) + [k for k in KENMERKEN if k not in systeem.variables] + [GEWICHT]


def controleer_kolommen(pad, namen: list[str], systeem) -> None:
    """Refuse an unknown, misspelled or repeated column, and a file without a birth date."""
    toegestaan = toegestane_kolommen(systeem)
    gezien = set()
    for naam in namen:
        if naam in gezien:
            raise fout(pad, naam, KOPREGEL, "staat twee keer in de kopregel")
        gezien.add(naam)
        if naam in afgeleid.AFGELEIDE_VARIABELEN:
            raise fout(pad, naam, KOPREGEL, f"{afgeleid.melding(naam)} ({afgeleid.CODE})")
        if naam not in toegestaan:
            if naam in systeem.variables:
                raise fout(pad, naam, KOPREGEL, "is een berekende variabele, geen invoer; laat de kolom weg")
            gelijkend = difflib.get_close_matches(naam, toegestaan, n=1, cutoff=0.75)
            hint = f"; bedoelde u {gelijkend[0]!r}?" if gelijkend else ""
            raise fout(
                pad,
                naam,
                KOPREGEL,
                f"onbekende kolom{hint} (een invoervariabele, {', '.join(KENMERKEN)} of {GEWICHT}; "
                "zie docs/hervormingen.md)",
            )
    if "geboortedatum" not in gezien:
        raise fout(pad, "geboortedatum", None, "ontbreekt; elke persoon heeft een geboortedatum nodig")


# ---------------------------------------------------------------------------------------------
# Dividing a file into parts.


def delen(pad, systeem, personen_per_deel: int | None = None) -> list[Deel]:
    """Check the header of file `pad` and cut its persons into parts of at most `personen_per_deel`.

    Without `personen_per_deel`, the whole file is one part.
    """
    _pyarrow()
    pad = Path(pad)
    if not pad.is_file():
        raise GebruikersFout(f"--population: {pad} bestaat niet (geef een aantal personen of een bestand)")
    try:
        if is_parquet(pad):
            return _delen_parquet(pad, systeem, personen_per_deel)
        return _delen_csv(pad, systeem, personen_per_deel)
    except OSError as e:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({e.strerror or e})") from e


def _delen_parquet(pad, systeem, per_deel):
    import pyarrow.parquet as pq

    try:
        bestand = pq.ParquetFile(pad)
    except Exception as e:  # pyarrow raises several types for a bad file
        raise GebruikersFout(f"{pad}: geen leesbaar Parquet-bestand ({e})") from e
    controleer_kolommen(pad, bestand.schema_arrow.names, systeem)
    totaal = bestand.metadata.num_rows
    if totaal == 0:
        raise GebruikersFout(f"{pad}: het Parquet-bestand bevat geen personen (nul rijen)")
    stap = per_deel or totaal
    return [Deel(str(pad), b, min(b + stap, totaal)) for b in range(0, totaal, stap)]


def _kopregel_csv(pad) -> tuple[list[str], int]:
    """The header's names and the byte where the first person starts."""
    with open(pad, "rb") as bestand:
        eerste = bestand.readline()
    if not eerste.strip():
        raise GebruikersFout(f"{pad}: leeg CSV-bestand, geen kopregel")
    try:
        tekst = eerste.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GebruikersFout(f"{pad}: rij {KOPREGEL}: het bestand is geen UTF-8-tekst") from None
    namen = next(csv.reader([tekst.rstrip("\r\n")]))
    return [naam.strip() for naam in namen], len(eerste)


def _delen_csv(pad, systeem, per_deel):
    namen, start = _kopregel_csv(pad)
    controleer_kolommen(pad, namen, systeem)
    einde = _einde_zonder_witruimte(pad, start)
    if einde <= start:
        raise GebruikersFout(f"{pad}: het CSV-bestand bevat geen personen, alleen een kopregel")
    # One pass over the bytes: every line end, checked UTF-8 a block of whole lines at a time.
    grenzen = [start]  # the byte where each part starts
    regeleinden = 0
    with open(pad, "rb") as bestand:
        bestand.seek(start)
        positie, rest = start, b""
        while positie < einde:
            blok = bestand.read(min(SCANBLOK, einde - positie))
            data, basis = rest + blok, positie - len(rest)
            positie += len(blok)
            plaatsen = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
            heel = int(plaatsen[-1]) + 1 if plaatsen.size and positie < einde else len(data)
            _controleer_utf8(pad, data[:heel], regeleinden)
            if per_deel:
                nummers = regeleinden + 1 + np.arange(plaatsen.size)
                grenzen += (basis + plaatsen[nummers % per_deel == 0] + 1).tolist()
            regeleinden += plaatsen.size
            rest = data[heel:]
    rijen = regeleinden + 1  # the last line has no line end (trailing blank lines are cut off)
    grenzen.append(einde)
    stap = per_deel or rijen
    return [
        Deel(str(pad), i * stap, min((i + 1) * stap, rijen), grenzen[i], grenzen[i + 1])
        for i in range(len(grenzen) - 1)
    ]


def _einde_zonder_witruimte(pad, start: int) -> int:
    """The file's size without the blank lines and spaces at its end."""
    with open(pad, "rb") as bestand:
        einde = bestand.seek(0, io.SEEK_END)
        while einde > start:
            stap = min(SCANBLOK, einde - start)
            bestand.seek(einde - stap)
            staart = bestand.read(stap)
            zonder = staart.rstrip()
            einde -= len(staart) - len(zonder)
            if zonder:
                break
    return einde


def _controleer_utf8(pad, data: bytes, rijen_ervoor: int) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        rij = KOPREGEL + rijen_ervoor + data.count(b"\n", 0, e.start) + 1
        raise GebruikersFout(f"{pad}: rij {rij}: het bestand is geen UTF-8-tekst (byte {e.start})") from None


# ---------------------------------------------------------------------------------------------
# Reading one part.


def lees_deel(deel: Deel, systeem) -> dict:
    """The population of one part, every column checked (see the module doc)."""
    _pyarrow()
    tabel = _tabel_parquet(deel) if is_parquet(deel.pad) else _tabel_csv(deel)
    return naar_populatie(deel.pad, tabel, systeem, KOPREGEL + 1 + deel.begin)


def lees_bestand(pad, systeem) -> dict:
    """The whole file as one population (see the module doc)."""
    (deel,) = delen(pad, systeem)
    return lees_deel(deel, systeem)


def _tabel_parquet(deel: Deel):
    import pyarrow as pa
    import pyarrow.parquet as pq

    bestand = pq.ParquetFile(deel.pad)
    groepen, eerste, gezien = [], None, 0
    for i in range(bestand.metadata.num_row_groups):
        aantal = bestand.metadata.row_group(i).num_rows
        if gezien + aantal > deel.begin and gezien < deel.einde:
            groepen.append(i)
            eerste = gezien if eerste is None else eerste
        gezien += aantal
    tabel = bestand.read_row_groups(groepen) if groepen else bestand.schema_arrow.empty_table()
    tabel = tabel.slice(deel.begin - (eerste or 0), deel.einde - deel.begin)
    return tabel.combine_chunks() if isinstance(tabel, pa.Table) else tabel


def _tabel_csv(deel: Deel):
    import pyarrow as pa
    import pyarrow.csv as pacsv

    namen, start = _kopregel_csv(deel.pad)
    with open(deel.pad, "rb") as bestand:
        bestand.seek(deel.byte_begin)
        data = bestand.read(deel.byte_einde - deel.byte_begin)
    eerste_rij = KOPREGEL + 1 + deel.begin
    afwijkend = []

    def scheef(rij):
        afwijkend.append(rij)
        return "skip"

    try:
        tabel = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=namen, use_threads=False),
            parse_options=pacsv.ParseOptions(invalid_row_handler=scheef, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={naam: pa.string() for naam in namen}, strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid as e:
        raise GebruikersFout(f"{deel.pad}: rijen {eerste_rij}-{KOPREGEL + deel.einde}: onleesbaar ({e})") from e
    if afwijkend:
        rij = afwijkend[0]
        raise GebruikersFout(
            f"{deel.pad}: rij {eerste_rij + rij.number - 1}: {rij.actual_columns} cellen, "
            f"de kopregel heeft er {rij.expected_columns}"
        )
    return tabel
