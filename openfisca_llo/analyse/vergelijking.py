"""Who gains and who loses a right under a reform, and why.

For each contract output (a right) that exists in the tax-benefit system, the persons of a
population fall in four groups: `blijft_recht` (right in both), `krijgt_recht` (only with the
reform), `verliest_recht` (only without it) and `blijft_zonder_recht`. For every person whose
right flipped, `oorzaken` counts which condition variables of that right (the table in
openfisca_llo/regels/voorwaarden.py) changed value; `uitsplitsing` breaks the flips down by age band,
highest education level and sector.
"""

from __future__ import annotations

import sys

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from openfisca_llo.analyse.populatie import bouw_simulatie, omvang
from openfisca_llo.analyse.zaaien import zaai, zaaibaar
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.contract import CONTRACT_RECHTEN
from openfisca_llo.regels.voorwaarden import VOORWAARDEN

# Rights listed in voorwaarden.py that are not contract rights follow the contract's own, so
# that rights added by other rule areas appear too.

LEEFTIJDSKLASSEN = [(16, 29), (30, 44), (45, 56), (57, 66), (67, 75)]
GROEPEN = ("blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht")
VOORTGANG_VANAF = 50_000


def rechten(systeem) -> list[str]:
    namen = CONTRACT_RECHTEN + [naam for naam in VOORWAARDEN if naam not in CONTRACT_RECHTEN]
    return [naam for naam in namen if naam in systeem.variables]


def leeftijdsklasse(leeftijd) -> np.ndarray:
    klasse = np.full(len(leeftijd), "overig", dtype=object)
    for van, tot in LEEFTIJDSKLASSEN:
        klasse[(leeftijd >= van) & (leeftijd <= tot)] = f"{van}-{tot}"
    return klasse


def _telling(waarden) -> dict:
    namen, aantallen = np.unique(np.asarray(waarden, dtype=str), return_counts=True)
    return {str(naam): int(aantal) for naam, aantal in zip(namen, aantallen, strict=True)}


class _Voortgang:
    def __init__(self, totaal: int, aan: bool):
        self.totaal, self.gedaan, self.aan = totaal, 0, aan

    def stap(self, wat: str):
        self.gedaan += 1
        if self.aan:
            breedte = 30
            vol = breedte * self.gedaan // self.totaal
            print(
                f"\r[{'#' * vol}{'.' * (breedte - vol)}] {self.gedaan}/{self.totaal} {wat[:50]:<50}",
                end="",
                file=sys.stderr,
            )
            if self.gedaan == self.totaal:
                print(file=sys.stderr)


def _bereken(simulatie, naam, periode):
    try:
        return simulatie.calculate(naam, periode)
    except ParameterNotFoundError as fout:
        raise GebruikersFout(
            f"{naam} in {periode}: parameter {fout.parameter_name} bestaat niet op {fout.instant_str} "
            "(beëindigd met null?), terwijl de regels haar nog lezen"
        ) from fout


def vergelijk(
    basis, hervormingen: list[tuple[str, object]], populatie: dict, periode: str, voortgang=None, zaaien=True
) -> list[dict]:
    """Compare each (name, reformed system) with the baseline on `populatie` in month `periode`.

    With `zaaien`, each reform simulation starts with the baseline's values of every variable
    the reform cannot change (openfisca_llo/analyse/zaaien.py); the answer is the same.
    """
    n = omvang(populatie)
    uitvoer = rechten(basis)
    stappen = len(uitvoer) * (1 + len(hervormingen)) + 1 + len(hervormingen)
    balk = _Voortgang(stappen, voortgang if voortgang is not None else n >= VOORTGANG_VANAF)

    invoer = {}  # encoded input columns, shared by every system
    basis_sim = bouw_simulatie(basis, populatie, periode, invoer)
    balk.stap("bevolking (geldend recht)")
    basis_waarden = {}
    for naam in uitvoer:
        basis_waarden[naam] = np.asarray(_bereken(basis_sim, naam, periode), dtype=bool)
        balk.stap(f"geldend recht: {naam}")
    leeftijd = _bereken(basis_sim, "leeftijd", periode)
    kenmerken = {
        "leeftijd": leeftijdsklasse(leeftijd),
        "opleidingsniveau": populatie.get("hoogste_opleidingsniveau", np.full(n, "onbekend", dtype=object)),
        "sector": basis_sim.calculate("onderwijssector", periode).decode_to_str(),
    }

    resultaten = []
    for naam_hervorming, systeem in hervormingen:
        sim = bouw_simulatie(systeem, populatie, periode, invoer)
        if zaaien:
            zaai(basis_sim, sim, zaaibaar(basis, systeem, periode), periode)
        balk.stap(f"bevolking ({naam_hervorming})")
        uitkomst = {}
        for naam in uitvoer:
            voor = basis_waarden[naam]
            na = np.asarray(_bereken(sim, naam, periode), dtype=bool)
            krijgt, verliest = ~voor & na, voor & ~na
            omgeslagen = krijgt | verliest
            oorzaken = {}
            for voorwaarde in VOORWAARDEN.get(naam, []):
                if voorwaarde not in systeem.variables or not omgeslagen.any():
                    continue
                a = _bereken(basis_sim, voorwaarde, periode)[omgeslagen]
                b = _bereken(sim, voorwaarde, periode)[omgeslagen]
                veranderd = int(np.sum(a != b))
                if veranderd:
                    oorzaken[voorwaarde] = veranderd
            uitkomst[naam] = {
                "blijft_recht": int(np.sum(voor & na)),
                "krijgt_recht": int(krijgt.sum()),
                "verliest_recht": int(verliest.sum()),
                "blijft_zonder_recht": int(np.sum(~voor & ~na)),
                "oorzaken": oorzaken,
                "uitsplitsing": {
                    groep: {kenmerk: _telling(waarden[masker]) for kenmerk, waarden in kenmerken.items()}
                    for groep, masker in (("krijgt_recht", krijgt), ("verliest_recht", verliest))
                    if masker.any()
                },
            }
            balk.stap(f"{naam_hervorming}: {naam}")
        resultaten.append({"reform": naam_hervorming, "period": periode, "persons": n, "outputs": uitkomst})
    return resultaten


def als_json(resultaat: dict, met_uitsplitsing: bool = False) -> dict:
    """The documented JSON shape; the breakdown only on request."""
    uit = {k: resultaat[k] for k in ("reform", "period", "persons")}
    uit["outputs"] = {
        naam: {
            k: v
            for k, v in waarden.items()
            if k in GROEPEN or k == "oorzaken" or (met_uitsplitsing and k == "uitsplitsing")
        }
        for naam, waarden in resultaat["outputs"].items()
    }
    return uit
