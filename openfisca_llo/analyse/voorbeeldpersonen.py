"""An example person of a comparison as a /calculate situation.

The comparison chooses its own example persons (`analyse/voorbeelden.py`: the first ids per
transition, their inputs in the result's `personen`); `situatie_van` turns one row of inputs into
a situation (the person's inputs for the month), so that the overview or the explanation of
that person can be computed from it, under the current law and under the reform.
"""

from __future__ import annotations

import datetime

import numpy as np


def _als_json(waarde):
    if isinstance(waarde, np.datetime64):
        return str(waarde.astype("datetime64[D]"))
    if isinstance(waarde, datetime.date):
        return waarde.isoformat()
    if isinstance(waarde, np.generic):
        return waarde.item()
    return waarde


def situatie_van(systeem, populatie: dict, index: int, periode: str, naam: str | None = None) -> dict:
    """The person in row `index` as a /calculate situation: every input column, for `periode`.

    Values equal to the variable's default are left out (the answer is the same), except the
    birth date.
    """
    persoon = {}
    for kolom, waarden in populatie.items():
        variabele = systeem.variables.get(kolom)
        if variabele is None or variabele.formulas:
            continue
        waarde = _als_json(waarden[index])
        standaard = getattr(variabele.default_value, "name", variabele.default_value)
        if kolom != "geboortedatum" and waarde == _als_json(standaard):
            continue
        sleutel = "ETERNITY" if str(variabele.definition_period) == "eternity" else periode
        persoon[kolom] = {sleutel: waarde}
    return {"personen": {naam or f"persoon_{index}": persoon}}
