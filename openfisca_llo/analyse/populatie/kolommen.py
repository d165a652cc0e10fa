"""The columns of a population file, checked and converted, vectorised per column (pyarrow).

Every value of a column named after an input variable is checked against that variable: a date
JJJJ-MM-DD (that exists: 30 February does not), one of the enum's names, true/false/1/0/waar/
onwaar, a whole number within the variable's integer range, a finite number. An empty cell takes
the variable's default value, except for the birth date, which every person needs. Breakdown
columns are kept as text. The first bad value is reported with the file, the column and the row
(`eerste_rij` is the file's row of the table's first row, so that a part of a file reports the
row numbers of the whole file).
"""

from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass

import numpy as np
from openfisca_core.indexed_enums import Enum

from openfisca_llo.analyse.populatie.gewicht import KOLOM as GEWICHT
from openfisca_llo.analyse.populatie.synthetisch import ENUM_SOORT, Enumkolom
from openfisca_llo.fouten import GebruikersFout

WAAR = ("true", "1", "waar")
ONWAAR = ("false", "0", "onwaar")
GEHEEL_GETAL = r"^[+-]?[0-9]+$"
GETAL = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"
DATUM_TEKENS = 10  # JJJJ-MM-DD; a time after it (JJJJ-MM-DDTuu:mm) is ignored


def fout(pad, kolom, rij, melding) -> GebruikersFout:
    waar = f"kolom {kolom!r}" + (f", rij {rij}" if rij is not None else "")
    return GebruikersFout(f"{pad}: {waar}: {melding}")


def naar_populatie(pad, tabel, systeem, eerste_rij: int) -> dict:
    """A pyarrow table as a population; `eerste_rij` is the file row of the table's first row."""
    populatie = {}
    for kolom in tabel.column_names:
        waarden = tabel.column(kolom)
        variabele = systeem.variables.get(kolom)
        if kolom == GEWICHT:
            populatie[kolom] = _gewichten(_Kolom(pad, kolom, eerste_rij), waarden)
            continue
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


def _gewichten(kolom, waarden):
    """The weight column (analyse/populatie/gewicht.py): a number of 0 or more in every row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    tekst = _als_tekst(waarden)
    ongeldig = np.asarray(pc.invert(pc.match_substring_regex(tekst, GETAL)).to_numpy(), dtype=bool)
    if ongeldig.any():
        i = _eerste(ongeldig)
        raise kolom.fout(i, f"verwacht een gewicht van 0 of meer, niet {tekst[i].as_py()!r}")
    uit = np.asarray(tekst.cast(pa.float64()).to_numpy(), dtype=float)
    slecht = ~np.isfinite(uit) | (uit < 0)
    if slecht.any():
        i = _eerste(slecht)
        raise kolom.fout(i, f"verwacht een gewicht van 0 of meer, niet {uit[i]}")
    return uit


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
