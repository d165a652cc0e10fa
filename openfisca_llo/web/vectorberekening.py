"""A vectorised /calculate: the same answer as OpenFisca's handler, without its per-person cost.

OpenFisca-Core 46's `handlers.calculate` builds the simulation person by person (its
`SimulationBuilder` looks up each person's index in a list, so 10,000 persons take tens of
seconds), then walks every requested value with dpath. This module answers every situation
that passed `openfisca_llo.web.invoercontrole` (only `personen`; every value a JSON scalar of
the variable's type; periods checked): it gathers the inputs per (variable, period) in one
pass, sets them as vectors, computes each requested (variable, period) once for all persons,
and writes the answer in OpenFisca's shape (the situation with every null replaced by its
value, converted as OpenFisca converts it). Checks happen per (variable, period), never per
person: the values themselves were checked by the input check.

An input given for a longer period (a year, `month:2024-01:3`) holds in each of its months.
Where persons give the same variable for overlapping periods (one for 2024, another for
2024-10), each person's own most specific period wins. OpenFisca's builder instead lets the
second person's month array, default included, overwrite the first person's year value in that
month, a silently wrong answer that this path does not give.

`bereken(systeem, situatie)` returns None for a situation outside that shape; the caller then
uses OpenFisca's own handler. A domain error while computing (a period before a parameter's
first value) propagates to the caller, which answers it with its code; another error returns
None, so that OpenFisca's handler reports it in its own way. `deadline` (a `time.monotonic()`
instant) is checked between computations: past it, `Rekentijd` is raised.
tests/suites/test_prestaties.py checks that both paths agree.
"""

from __future__ import annotations

import datetime
import time

import numpy as np
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.indexed_enums import Enum

from openfisca_llo.analyse.populatie import bouw_simulatie
from openfisca_llo.regels.dekking import PeriodeNietGedekt, eerste_gedekte_maand

_SCALAIR = (bool, int, float, str)
_MAANDEN_PER = {periods.DateUnit.MONTH: 1, periods.DateUnit.YEAR: 12}


class Rekentijd(Exception):
    """The computation of a request ran past its deadline."""


def _periode(variabele, tekst):
    """(canonical key, months covered or None for ETERNITY) of a period of `variabele`, or None."""
    if not isinstance(tekst, str):
        return None
    try:
        periode = periods.period(tekst)
    except (ValueError, TypeError, AttributeError):
        return None
    eenheid = variabele.definition_period
    if eenheid == periods.DateUnit.ETERNITY:
        return "ETERNITY", None
    if eenheid != periods.DateUnit.MONTH or periode.unit not in _MAANDEN_PER:
        return None
    maanden = periode.size * _MAANDEN_PER[periode.unit]
    return str(periode), maanden


def _maanden(tekst: str, aantal: int) -> list[str]:
    eerste = periods.period(tekst).first_month
    return [str(eerste.offset(i, periods.DateUnit.MONTH)) for i in range(aantal)]


def _codeer(variabele, ruw: list):
    """The given values of one (variable, period) as an array of the variable's dtype, or None."""
    soort = variabele.value_type
    if soort is Enum:
        namen = {lid.name: lid.index for lid in variabele.possible_values}
        if not all(isinstance(w, str) and w in namen for w in ruw):
            return None
        return np.array([namen[w] for w in ruw], dtype=np.int16)
    if soort is datetime.date:
        if not all(isinstance(w, str) for w in ruw):
            return None
        try:
            return np.array(ruw, dtype="datetime64[D]")
        except ValueError:
            return None
    if soort is bool:
        return np.array(ruw, dtype=bool) if all(isinstance(w, bool) for w in ruw) else None
    if soort in (int, float):
        if not all(isinstance(w, int | float) and not isinstance(w, bool) for w in ruw):
            return None
        if soort is int and not all(float(w).is_integer() for w in ruw):
            return None
        try:
            with np.errstate(over="raise", invalid="raise"):
                waarden = np.array(ruw, dtype=np.float64 if soort is float else np.int64)
                uit = waarden.astype(variabele.dtype)
        except (OverflowError, FloatingPointError, ValueError):
            return None
        if soort is int and not np.array_equal(uit, waarden):
            return None  # beyond int32: refused by the input check, never wrapped here
        if soort is float and not np.all(np.isfinite(uit)):
            return None
        return uit
    return None


def _standaard(variabele, n: int):
    if variabele.value_type is Enum:
        return np.full(n, variabele.default_value.index, dtype=np.int16)
    if variabele.value_type is datetime.date:
        return np.full(n, np.datetime64(variabele.default_value, "D"), dtype="datetime64[D]")
    return np.full(n, variabele.default_value, dtype=variabele.dtype)


def _als_json(variabele, resultaat, plaatsen: list[int]) -> list:
    """The values at `plaatsen`, converted as OpenFisca's handler converts them."""
    soort = variabele.value_type
    if soort is Enum:
        return resultaat.decode_to_str()[plaatsen].tolist()
    if soort is float:
        return [float(str(w)) for w in np.asarray(resultaat)[plaatsen]]
    if soort is str:
        return [str(w) for w in np.asarray(resultaat)[plaatsen]]
    return np.asarray(resultaat)[plaatsen].tolist()


def _verzamel(systeem, personen):
    """One pass over the persons: inputs and requests per (variable, canonical period), or None."""
    invoer: dict[tuple[str, str], tuple[int, list, list]] = {}
    gevraagd: dict[tuple[str, str], list[int]] = {}
    perioden: dict[tuple[str, str], tuple | None] = {}
    for index, variabelen in enumerate(personen.values()):
        if not isinstance(variabelen, dict):
            return None
        for naam, waarden in variabelen.items():
            if not isinstance(waarden, dict):
                return None
            for tekst, waarde in waarden.items():
                sleutel = (naam, tekst)
                if sleutel not in perioden:
                    variabele = systeem.variables.get(naam)
                    perioden[sleutel] = None if variabele is None else _periode(variabele, tekst)
                gelezen = perioden[sleutel]
                if gelezen is None:
                    return None
                kanoniek, maanden = gelezen
                if waarde is None:
                    if maanden not in (None, 1):
                        return None
                    gevraagd.setdefault((naam, kanoniek), []).append(index)
                elif isinstance(waarde, _SCALAIR):
                    _, plaatsen, ruw = invoer.setdefault((naam, kanoniek), (maanden, [], []))
                    plaatsen.append(index)
                    ruw.append(waarde)
                else:
                    return None
    return invoer, gevraagd, perioden


def _kolommen(systeem, invoer, n: int):
    """The input columns per (variable, month or ETERNITY): longer periods first, shorter ones over them."""
    kolommen: dict[tuple[str, str], np.ndarray] = {}
    volgorde = sorted(invoer.items(), key=lambda item: -(item[1][0] or 0))
    for (naam, kanoniek), (maanden, plaatsen, ruw) in volgorde:
        variabele = systeem.variables[naam]
        waarden = _codeer(variabele, ruw)
        if waarden is None:
            return None
        index = np.fromiter(plaatsen, dtype=np.intp, count=len(plaatsen))
        doelen = [kanoniek] if maanden is None else _maanden(kanoniek, maanden)
        for doel in doelen:
            kolom = kolommen.get((naam, doel))
            if kolom is None:
                kolom = kolommen[(naam, doel)] = _standaard(variabele, n)
            kolom[index] = waarden
    return kolommen


def bereken(systeem, situatie, deadline: float | None = None) -> dict | None:
    """The /calculate answer for `situatie`, or None when this path does not apply."""
    if not isinstance(situatie, dict) or list(situatie) != ["personen"]:
        return None
    personen = situatie["personen"]
    if not isinstance(personen, dict) or not personen:
        return None
    verzameld = _verzamel(systeem, personen)
    if verzameld is None:
        return None
    invoer, gevraagd, perioden = verzameld
    n = len(personen)
    kolommen = _kolommen(systeem, invoer, n)
    if kolommen is None:
        return None
    try:
        simulatie = bouw_simulatie(systeem, {"_": np.empty(n)}, None)
        for (naam, periode), kolom in kolommen.items():
            simulatie.set_input(naam, periode, kolom)
        antwoorden = {}
        for (naam, periode), plaatsen in gevraagd.items():
            if deadline is not None and time.monotonic() > deadline:
                raise Rekentijd(naam, periode)
            variabele = systeem.variables[naam]
            try:
                resultaat = simulatie.calculate(naam, periode)
            except PeriodeNietGedekt as fout:
                raise fout.bij(naam, periode, eerste_gedekte_maand(systeem, naam, periode)) from None
            antwoorden[(naam, periode)] = dict(
                zip(plaatsen, _als_json(variabele, resultaat, plaatsen), strict=True)
            )
    except (Rekentijd, ParameterNotFoundError):
        raise  # the caller answers these with their own code
    except Exception:  # noqa: BLE001 - OpenFisca's own handler reports it in its own way
        return None
    uit = {}
    for index, (persoon_id, variabelen) in enumerate(personen.items()):
        uit[persoon_id] = {
            naam: {
                tekst: antwoorden[(naam, perioden[(naam, tekst)][0])][index] if waarde is None else waarde
                for tekst, waarde in waarden.items()
            }
            for naam, waarden in variabelen.items()
        }
    return {"personen": uit}
