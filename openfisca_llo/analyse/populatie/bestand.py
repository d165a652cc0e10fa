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

Reading uses pyarrow (CSV and Parquet), vectorised per column; a CSV value holds no line break.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from openfisca_core.indexed_enums import Enum

from openfisca_llo.analyse.populatie.synthetisch import ENUM_SOORT, KENMERKEN, Enumkolom
from openfisca_llo.fouten import GebruikersFout

KOPREGEL = 1  # the row number of the header; the first person is on the next row
SCANBLOK = 1 << 26  # bytes read at a time when a CSV file is scanned for its rows
WAAR = ("true", "1", "waar")
ONWAAR = ("false", "0", "onwaar")
GEHEEL_GETAL = r"^[+-]?[0-9]+$"
GETAL = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"
DATUM_TEKENS = 10  # JJJJ-MM-DD; a time after it (JJJJ-MM-DDTuu:mm) is ignored


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


def fout(pad, kolom, rij, melding) -> GebruikersFout:
    waar = f"kolom {kolom!r}" + (f", rij {rij}" if rij is not None else "")
    return GebruikersFout(f"{pad}: {waar}: {melding}")


def is_parquet(pad) -> bool:
    return Path(pad).suffix.lower() == ".parquet"


def toegestane_kolommen(systeem) -> list[str]:
    """Input variables (no formula) and the breakdown columns."""
    invoer = [naam for naam, variabele in systeem.variables.items() if not variabele.formulas]
    return sorted(invoer) + [k for k in KENMERKEN if k not in systeem.variables]


def controleer_kolommen(pad, namen: list[str], systeem) -> None:
    """Refuse an unknown, misspelled or repeated column, and a file without a birth date."""
    toegestaan = toegestane_kolommen(systeem)
    gezien = set()
    for naam in namen:
        if naam in gezien:
            raise fout(pad, naam, KOPREGEL, "staat twee keer in de kopregel")
        gezien.add(naam)
        if naam not in toegestaan:
            if naam in systeem.variables:
                raise fout(pad, naam, KOPREGEL, "is een berekende variabele, geen invoer; laat de kolom weg")
            gelijkend = difflib.get_close_matches(naam, toegestaan, n=1, cutoff=0.75)
            hint = f"; bedoelde u {gelijkend[0]!r}?" if gelijkend else ""
            raise fout(
                pad,
                naam,
                KOPREGEL,
                f"onbekende kolom{hint} (een invoervariabele of {', '.join(KENMERKEN)}; "
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


# ---------------------------------------------------------------------------------------------
# Checking and converting columns.


def naar_populatie(pad, tabel, systeem, eerste_rij: int) -> dict:
    """A pyarrow table as a population; `eerste_rij` is the file row of the table's first row."""
    populatie = {}
    for kolom in tabel.column_names:
        waarden = tabel.column(kolom)
        variabele = systeem.variables.get(kolom)
        if variabele is None:
            populatie[kolom] = _Tekst(waarden).als_objecten()
            continue
        populatie[kolom] = _zet_om(_Kolom(pad, kolom, eerste_rij), waarden, variabele)
    return populatie


@dataclass(frozen=True)
class _Kolom:
    pad: str
    naam: str
    eerste_rij: int

    def fout(self, index, melding):
        return fout(self.pad, self.naam, self.eerste_rij + int(index), melding)


def _als_tekst(waarden):
    """Every value as trimmed text, an empty string for an empty cell."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(waarden.type):
        waarden = waarden.cast(waarden.type.value_type)
    if not (pa.types.is_string(waarden.type) or pa.types.is_large_string(waarden.type)):
        waarden = waarden.cast(pa.string())
    return pc.fill_null(pc.utf8_trim_whitespace(waarden), "")


def _eerste(masker) -> int | None:
    plaatsen = np.flatnonzero(masker)
    return int(plaatsen[0]) if plaatsen.size else None


def _zet_om(kolom: _Kolom, waarden, variabele):
    soort = variabele.value_type
    if soort is datetime.date:
        return _datums(kolom, waarden, variabele)
    if soort is Enum:
        return _enums(kolom, waarden, variabele)
    if soort is bool:
        return _booleans(kolom, waarden, variabele)
    if soort is int:
        return _gehele_getallen(kolom, waarden, variabele)
    if soort is float:
        return _getallen(kolom, waarden, variabele)
    return _Tekst(waarden).als_objecten()


class _Tekst:
    """A column's cells as trimmed text (`tekst`), "" for an empty cell.

    A dictionary-encoded column (Parquet writes text columns so) is worked on per distinct value:
    `tekst` then holds the dictionary and, last, an empty cell, and `per_rij` spreads an array
    computed per value over the rows by their indices (an empty cell has index -1: the last).
    """

    def __init__(self, waarden):
        import pyarrow as pa
        import pyarrow.compute as pc

        self.indices = None
        if pa.types.is_dictionary(waarden.type):
            kolom = waarden.combine_chunks() if isinstance(waarden, pa.ChunkedArray) else waarden
            self.indices = np.asarray(
                pc.fill_null(kolom.indices.cast(pa.int64()), -1).to_numpy(zero_copy_only=False)
            )
            waarden = pa.concat_arrays([_als_tekst(kolom.dictionary), pa.array([""])])
        self.tekst = _als_tekst(waarden)

    def per_rij(self, per_waarde):
        per_waarde = np.asarray(per_waarde)
        return per_waarde if self.indices is None else per_waarde[self.indices]

    def cel(self, rij: int) -> str:
        return self.tekst[int(rij if self.indices is None else self.indices[rij])].as_py()

    def leeg(self):
        import pyarrow.compute as pc

        return self.per_rij(np.asarray(pc.equal(self.tekst, "").to_numpy(zero_copy_only=False), dtype=bool))

    def als_objecten(self):
        """The cells as a numpy object array, one Python string per distinct value."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if self.indices is None:
            gecodeerd = pc.dictionary_encode(self.tekst)
            if isinstance(gecodeerd, pa.ChunkedArray):
                gecodeerd = gecodeerd.combine_chunks()
            waarden = np.array(gecodeerd.dictionary.to_pylist(), dtype=object)
            return waarden[gecodeerd.indices.to_numpy(zero_copy_only=False)]
        return np.array(self.tekst.to_pylist(), dtype=object)[self.indices]


def _leeg_of_standaard(kolom: _Kolom, tekst, variabele, uit):
    """Fill empty cells with the default value; an empty birth date is refused."""
    import pyarrow.compute as pc

    if isinstance(tekst, _Tekst):
        leeg = tekst.leeg()
    else:
        leeg = np.asarray(pc.equal(tekst, "").to_numpy(zero_copy_only=False), dtype=bool)
    if leeg.any():
        if kolom.naam == "geboortedatum":
            raise kolom.fout(_eerste(leeg), "leeg; elke persoon heeft een geboortedatum nodig")
        uit[leeg] = variabele.default_value.index if variabele.value_type is Enum else variabele.default_value
    return leeg


def _datums(kolom, waarden, variabele):
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_date(waarden.type) or pa.types.is_timestamp(waarden.type):
        if waarden.null_count:
            leeg = np.asarray(waarden.is_null().to_numpy(zero_copy_only=False), dtype=bool)
            if kolom.naam == "geboortedatum":
                raise kolom.fout(_eerste(leeg), "leeg; elke persoon heeft een geboortedatum nodig")
        uit = np.asarray(waarden.cast(pa.date32()).to_numpy(zero_copy_only=False), dtype="datetime64[D]")
        if waarden.null_count:
            uit[leeg] = np.datetime64(variabele.default_value, "D")
        return uit
    tekst = _als_tekst(waarden)
    kort = pc.utf8_slice_codeunits(tekst, 0, DATUM_TEKENS)
    gelezen = pc.strptime(kort, format="%Y-%m-%d", unit="s", error_is_null=True)
    # strptime rolls 30 February over to 1 March; writing the date back shows it.
    terug = pc.fill_null(pc.strftime(gelezen, format="%Y-%m-%d"), "")
    ongeldig = np.asarray(pc.and_(pc.not_equal(kort, terug), pc.not_equal(tekst, "")).to_numpy(), dtype=bool)
    if ongeldig.any():
        i = _eerste(ongeldig)
        raise kolom.fout(i, f"geen geldige datum (JJJJ-MM-DD): {tekst[i].as_py()!r}")
    uit = np.asarray(
        pc.fill_null(gelezen.cast(pa.date32()), pa.scalar(variabele.default_value, pa.date32())).to_numpy(
            zero_copy_only=False
        ),
        dtype="datetime64[D]",
    )
    _leeg_of_standaard(kolom, tekst, variabele, uit)
    return uit


def _enums(kolom, waarden, variabele):
    import pyarrow as pa
    import pyarrow.compute as pc

    leden = sorted(variabele.possible_values, key=lambda lid: lid.index)
    namen = [lid.name for lid in leden]
    tekst = _Tekst(waarden)
    plaats = pc.index_in(tekst.tekst, value_set=pa.array(namen))
    onbekend = tekst.per_rij(
        pc.and_(plaats.is_null(), pc.not_equal(tekst.tekst, "")).to_numpy(zero_copy_only=False)
    )
    if onbekend.any():
        i = _eerste(onbekend)
        waarde = tekst.cel(i)
        gelijkend = difflib.get_close_matches(waarde, namen, n=1, cutoff=0.75)
        hint = f" (bedoelde u {gelijkend[0]!r}?)" if gelijkend else ""
        raise kolom.fout(i, f"onbekende waarde {waarde!r}{hint}; kies uit {', '.join(namen)}")
    indices = tekst.per_rij(pc.fill_null(plaats, 0).to_numpy(zero_copy_only=False))
    codes = np.array([lid.index for lid in leden], dtype=ENUM_SOORT)[indices]
    _leeg_of_standaard(kolom, tekst, variabele, codes)
    return Enumkolom(codes, variabele.possible_values)


def _booleans(kolom, waarden, variabele):
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_boolean(waarden.type):
        return np.asarray(pc.fill_null(waarden, bool(variabele.default_value)).to_numpy(zero_copy_only=False))
    tekst = _Tekst(waarden)
    plaats = pc.index_in(pc.utf8_lower(tekst.tekst), value_set=pa.array(list(WAAR + ONWAAR)))
    onbekend = tekst.per_rij(
        pc.and_(plaats.is_null(), pc.not_equal(tekst.tekst, "")).to_numpy(zero_copy_only=False)
    )
    if onbekend.any():
        i = _eerste(onbekend)
        raise kolom.fout(i, f"verwacht true of false, niet {tekst.cel(i)!r}")
    uit = tekst.per_rij(pc.fill_null(plaats, len(WAAR)).to_numpy(zero_copy_only=False)) < len(WAAR)
    _leeg_of_standaard(kolom, tekst, variabele, uit)
    return uit


def _gehele_getallen(kolom, waarden, variabele):
    import pyarrow as pa
    import pyarrow.compute as pc

    grenzen = np.iinfo(variabele.dtype)
    if pa.types.is_integer(waarden.type):
        getallen = pc.fill_null(waarden, variabele.default_value).cast(pa.int64())
        tekst = None
    else:
        tekst = _als_tekst(waarden)
        ongeldig = np.asarray(
            pc.and_(
                pc.invert(pc.match_substring_regex(tekst, GEHEEL_GETAL)), pc.not_equal(tekst, "")
            ).to_numpy(),
            dtype=bool,
        )
        if ongeldig.any():
            i = _eerste(ongeldig)
            raise kolom.fout(i, f"verwacht een geheel getal, niet {tekst[i].as_py()!r}")
        # More digits than any int64 has are out of range for every integer variable.
        te_lang = np.asarray(pc.greater(pc.utf8_length(pc.utf8_ltrim(tekst, "+-0")), 18).to_numpy(), dtype=bool)
        if te_lang.any():
            i = _eerste(te_lang)
            raise kolom.fout(i, _buiten_bereik(tekst[i].as_py(), grenzen))
        getallen = pc.if_else(pc.equal(tekst, ""), str(variabele.default_value), tekst).cast(pa.int64())
    uit = np.asarray(getallen.to_numpy(zero_copy_only=False), dtype=np.int64)
    buiten = (uit < grenzen.min) | (uit > grenzen.max)
    if buiten.any():
        i = _eerste(buiten)
        raise kolom.fout(i, _buiten_bereik(str(uit[i]) if tekst is None else tekst[i].as_py(), grenzen))
    return uit


def _buiten_bereik(tekst, grenzen) -> str:
    return f"{tekst} ligt buiten het bereik van deze kolom ({grenzen.min} tot en met {grenzen.max})"


def _getallen(kolom, waarden, variabele):
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_floating(waarden.type) or pa.types.is_integer(waarden.type):
        uit = np.asarray(
            pc.fill_null(waarden.cast(pa.float64()), variabele.default_value).to_numpy(), dtype=float
        )
    else:
        tekst = _als_tekst(waarden)
        ongeldig = np.asarray(
            pc.and_(pc.invert(pc.match_substring_regex(tekst, GETAL)), pc.not_equal(tekst, "")).to_numpy(),
            dtype=bool,
        )
        if ongeldig.any():
            i = _eerste(ongeldig)
            raise kolom.fout(i, f"verwacht een getal, niet {tekst[i].as_py()!r}")
        uit = np.asarray(
            pc.if_else(pc.equal(tekst, ""), str(variabele.default_value), tekst).cast(pa.float64()).to_numpy(),
            dtype=float,
        )
    if not np.isfinite(uit).all():
        i = _eerste(~np.isfinite(uit))
        raise kolom.fout(i, f"verwacht een eindig getal, niet {uit[i]}")
    return uit
