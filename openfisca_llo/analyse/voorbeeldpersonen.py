"""Example persons behind a count of a comparison: who gains or loses a right, as situations.

For every right whose count of `krijgt_recht` or `verliest_recht` is not zero, a few persons of
the population in that group (the first ones, in population order), found by computing the
right under both systems block by block until enough are found. Each example comes back as a
/calculate-style situation (the person's inputs for the month), so that the overview or the
explanation of that person can be computed from it, under the current law and under the reform.
"""

from __future__ import annotations

import datetime

import numpy as np

from openfisca_llo.analyse.populatie import bouw_simulatie, omvang

PER_GROEP = 5
BLOK = 50_000
FLIP_GROEPEN = ("krijgt_recht", "verliest_recht")


def voorbeelden(
    basis,
    hervormingen: list[tuple[str, object]],
    populatie: dict,
    periode: str,
    resultaten: list[dict],
    per_groep: int = PER_GROEP,
    blok: int = BLOK,
) -> list[dict]:
    """Per reform (in the order of `resultaten`): {right: {group: [row index, ...]}}."""
    doel = {
        (i, recht, groep): min(per_groep, waarden[groep])
        for i, resultaat in enumerate(resultaten)
        for recht, waarden in resultaat["outputs"].items()
        for groep in FLIP_GROEPEN
        if waarden[groep]
    }
    uit: list[dict] = [{} for _ in resultaten]
    n = omvang(populatie)
    for begin in range(0, n, blok):
        if not doel:
            break
        deel = {kolom: waarden[begin : begin + blok] for kolom, waarden in populatie.items()}
        invoer: dict = {}
        basis_sim = bouw_simulatie(basis, deel, periode, invoer)
        voor = {recht: np.asarray(basis_sim.calculate(recht, periode), dtype=bool) for _, recht, _ in doel}
        for i, (_, systeem) in enumerate(hervormingen):
            mijn = [(recht, groep) for (j, recht, groep) in doel if j == i]
            if not mijn:
                continue
            sim = bouw_simulatie(systeem, deel, periode, invoer)
            for recht, groep in mijn:
                na = np.asarray(sim.calculate(recht, periode), dtype=bool)
                masker = (~voor[recht] & na) if groep == "krijgt_recht" else (voor[recht] & ~na)
                lijst = uit[i].setdefault(recht, {}).setdefault(groep, [])
                nog = doel[(i, recht, groep)] - len(lijst)
                lijst += (np.flatnonzero(masker)[:nog] + begin).tolist()
        doel = {k: v for k, v in doel.items() if len(uit[k[0]][k[1]][k[2]]) < v}
    return uit


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
