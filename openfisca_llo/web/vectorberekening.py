"""A vectorised /calculate: the same answer as OpenFisca's handler, without its per-person cost.

OpenFisca-Core 46's `handlers.calculate` builds the simulation person by person (its
`SimulationBuilder` looks up each person's index in a list, so 10,000 persons take tens of
seconds), then walks every requested value with dpath. For situations of the common shape
(only `personen`; every value a plain JSON scalar for a variable that exists, at a period
written the way that variable is defined: `ETERNITY`, or one month `YYYY-MM`) this module
gathers the inputs per (variable, period) in one pass, sets each as one vector, computes each
requested (variable, period) once for all persons, and writes the answer in OpenFisca's shape
(the situation with every null replaced by its value, converted as OpenFisca converts it).

`bereken(systeem, situatie)` returns None for anything outside that shape, and for any error
while computing; the caller then uses OpenFisca's own handler, which gives the same answer or
OpenFisca's own error. tests/suites/test_prestaties.py checks the two agree. The one exception:
a period before a parameter's first value raises `PeriodeNietGedekt` naming the requested
variable and period, which the web API answers with a 400 (`openfisca_llo.regels.dekking`).
"""

from __future__ import annotations

import datetime

import numpy as np
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from openfisca_llo.analyse.populatie import bouw_simulatie
from openfisca_llo.regels.dekking import PeriodeNietGedekt, eerste_gedekte_maand

_SCALAIR = (bool, int, float, str)


def _periode_klopt(variabele, tekst: str) -> bool:
    """True where `tekst` is one period of exactly the variable's unit, in canonical form."""
    eenheid = variabele.definition_period
    if eenheid == periods.DateUnit.ETERNITY:
        return tekst == "ETERNITY"
    if eenheid != periods.DateUnit.MONTH:
        return False
    try:
        periode = periods.period(tekst)
    except (ValueError, TypeError):
        return False
    return periode.unit == eenheid and periode.size == 1 and str(periode) == tekst


def _kolom(variabele, n: int, waarden: list[tuple[int, object]]):
    """The input vector for one (variable, period): default value, then the given values."""
    soort = variabele.value_type
    plaatsen = np.fromiter((i for i, _ in waarden), dtype=np.intp, count=len(waarden))
    ruw = [w for _, w in waarden]
    if soort is Enum:
        namen = {lid.name: lid.index for lid in variabele.possible_values}
        if not all(isinstance(w, str) and w in namen for w in ruw):
            return None
        kolom = np.full(n, variabele.default_value.index, dtype=np.int16)
        kolom[plaatsen] = [namen[w] for w in ruw]
        return kolom
    if soort is datetime.date:
        if not all(isinstance(w, str) for w in ruw):
            return None
        kolom = np.full(n, np.datetime64(variabele.default_value, "D"), dtype="datetime64[D]")
        kolom[plaatsen] = np.array(ruw, dtype="datetime64[D]")
        return kolom
    if soort is bool and not all(isinstance(w, bool) for w in ruw):
        return None
    if soort in (int, float) and not all(isinstance(w, int | float) and not isinstance(w, bool) for w in ruw):
        return None
    if soort not in (bool, int, float):
        return None
    if soort is int and not all(float(w).is_integer() for w in ruw):
        return None
    kolom = np.full(n, variabele.default_value, dtype=variabele.dtype)
    kolom[plaatsen] = ruw
    return kolom


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


def bereken(systeem, situatie) -> dict | None:
    """The /calculate answer for `situatie`, or None when the fast path does not apply."""
    if not isinstance(situatie, dict) or list(situatie) != ["personen"]:
        return None
    personen = situatie["personen"]
    if not isinstance(personen, dict) or not personen:
        return None
    invoer: dict[tuple[str, str], list] = {}
    gevraagd: dict[tuple[str, str], list[int]] = {}
    gecontroleerd: dict[tuple[str, str], bool] = {}
    for index, variabelen in enumerate(personen.values()):
        if not isinstance(variabelen, dict):
            return None
        for naam, waarden in variabelen.items():
            if not isinstance(waarden, dict):
                return None
            for periode, waarde in waarden.items():
                sleutel = (naam, periode)
                goed = gecontroleerd.get(sleutel)
                if goed is None:
                    variabele = systeem.variables.get(naam)
                    goed = (
                        variabele is not None
                        and isinstance(periode, str)
                        and _periode_klopt(variabele, periode)
                    )
                    gecontroleerd[sleutel] = goed
                if not goed:
                    return None
                if waarde is None:
                    gevraagd.setdefault(sleutel, []).append(index)
                elif isinstance(waarde, _SCALAIR):
                    invoer.setdefault(sleutel, []).append((index, waarde))
                else:
                    return None
    n = len(personen)
    kolommen = {}
    for (naam, periode), waarden in invoer.items():
        kolom = _kolom(systeem.variables[naam], n, waarden)
        if kolom is None:
            return None
        kolommen[(naam, periode)] = kolom
    try:
        simulatie = bouw_simulatie(systeem, {"_": np.empty(n)}, None)
        for (naam, periode), kolom in kolommen.items():
            simulatie.set_input(naam, periode, kolom)
        antwoorden = {}
        for (naam, periode), plaatsen in gevraagd.items():
            variabele = systeem.variables[naam]
            try:
                resultaat = simulatie.calculate(naam, periode)
            except PeriodeNietGedekt as fout:
                raise fout.bij(naam, periode, eerste_gedekte_maand(systeem, naam, periode)) from None
            antwoorden[(naam, periode)] = dict(
                zip(plaatsen, _als_json(variabele, resultaat, plaatsen), strict=True)
            )
    except PeriodeNietGedekt:
        raise
    except Exception:  # noqa: BLE001 - OpenFisca's own handler reports it in its own way
        return None
    uit = {}
    for index, (persoon_id, variabelen) in enumerate(personen.items()):
        uit[persoon_id] = {
            naam: {
                periode: antwoorden[(naam, periode)][index] if waarde is None else waarde
                for periode, waarde in waarden.items()
            }
            for naam, waarden in variabelen.items()
        }
    return {"personen": uit}
