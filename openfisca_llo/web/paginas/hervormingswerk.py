"""The work behind the Hervorming page: the variants of a request, the limits, and the jobs.

The comparison itself is `openfisca_llo.analyse.vergelijking.vergelijk` (the same as `llo
compare`, with the same population, estimate label and default month), the provisions table
`openfisca_llo.hervorming.bepalingen.verschillen` (the same as `llo diff`), the sweep
`openfisca_llo.analyse.sweep.sweep` (the same as `llo sweep`). The example persons are the
comparison's own (`voorbeelden` per count, their inputs in `personen`): no second selection.
"""

from __future__ import annotations

import json
from functools import lru_cache

from openfisca_llo.analyse import sweep as sweep_
from openfisca_llo.analyse.antwoorden import populatie_volgens
from openfisca_llo.analyse.bedragen import bedragen_in
from openfisca_llo.analyse.vergelijking import rechten, vergelijk
from openfisca_llo.analyse.voorbeeldpersonen import situatie_van
from openfisca_llo.analyse.waarschuwingen import standaard_periode
from openfisca_llo.hervorming import HervormingOngeldig, lees_hervorming, pas_toe, valideer
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.hervorming.document import lees_tekst
from openfisca_llo.paths import REFORMS_DIR

MAX_VARIANTEN = 4
# The largest population the pages build (memory: about 1.9 GB per million persons with four
# variants, measured with `vergelijk` on the synthetic population).
MAX_PERSONEN = 2_000_000
# Measured on this machine's kind (2 cores), 100,000 and 1,000,000 persons: building the synthetic
# population about 3.9 microseconds per person; `vergelijk` alone 1.3 to 1.6 microseconds per person
# per system (the current law counts as one); through `llo serve` (building the reformed systems,
# progress writes, a second worker) a million persons with four variants took 21 s, about 3 per
# person per system. Rounded up.
MICROSECONDEN_BEVOLKING = 4.0
MICROSECONDEN_PER_SYSTEEM = 3.0
# A comparison the pages would compute longer than this is refused with a message (a million
# persons with four variants, estimated 19 s, is accepted; two million with four, 38 s, is not).
MAX_SECONDEN = 20
# A sweep on the pages: at most this many values (each is one reformed system in the comparison).
MAX_SWEEP_WAARDEN = 25
STANDAARD_PERSONEN = 10_000
STANDAARD_PERIODE = ""  # empty: the first month in which every variant shows, as `llo compare`
STANDAARD_ZAAD = 2026
OPGEGEVEN = "opgegeven in het formulier"


def ingebouwd() -> list[dict]:
    """The built-in reforms (reforms/*.yaml): file stem, name, description, status."""
    uit = []
    for pad in sorted(REFORMS_DIR.glob("*.yaml")):
        document = lees_hervorming(pad)
        uit.append(
            {
                "stam": pad.stem,
                "naam": document.get("naam", pad.stem),
                "beschrijving": document.get("beschrijving", ""),
                "status": document.get("status", ""),
                "document": document,
            }
        )
    return uit


def geschatte_seconden(personen: int, varianten: int) -> float:
    return personen * (MICROSECONDEN_BEVOLKING + (1 + varianten) * MICROSECONDEN_PER_SYSTEEM) / 1e6


def lees_eigen(tekst: str, bron: str, systeem) -> dict:
    """A pasted or uploaded reform, read and validated; HervormingOngeldig lists every problem."""
    return valideer(lees_tekst(tekst, bron), systeem, bron)


@lru_cache(maxsize=16)
def _hervormd(tekst: str, basis):
    return pas_toe(json.loads(tekst), basis, bron="pagina")


def hervormd_systeem(document: dict, basis):
    """The reformed system of a validated document, kept per document (building one copies the tree)."""
    return _hervormd(json.dumps(document, sort_keys=True, ensure_ascii=False), basis)


def unieke_namen(varianten: list[dict]) -> list[dict]:
    gezien: dict[str, int] = {}
    for variant in varianten:
        naam = variant["naam"]
        gezien[naam] = gezien.get(naam, 0) + 1
        if gezien[naam] > 1:
            variant["naam"] = f"{naam} ({gezien[naam]})"
    return varianten


def sweepvelden(gegeven: dict) -> dict:
    """The fields of the sweep form, with their defaults (the example of docs/hervormingen.md)."""
    return {
        "parameter": "wsf.levenlanglerenkrediet.maximumleeftijd",
        "van": "55",
        "tot": "67",
        "stap": "1",
        "vanaf": "",
        "periode": "",
        "personen": str(STANDAARD_PERSONEN),
        "zaad": str(STANDAARD_ZAAD),
    } | gegeven


def kies_periode(periode: str | None, basis, hervormingen) -> tuple[str, str]:
    """The month asked for, or the default month of `llo compare`, with the reason."""
    if periode:
        return periode, OPGEGEVEN
    variabelen = rechten(basis) + [b.naam for b in bedragen_in(basis)]
    return standaard_periode(basis, hervormingen, variabelen)


def _stappen(voortgang):
    """A progress report for `vergelijk` that leaves the last step for the caller's "klaar"."""
    totaal = [1]

    def stap(gedaan, stappen, wat):
        totaal[0] = stappen + 1
        voortgang(gedaan, stappen + 1, wat)

    return stap, totaal


def werk(opdracht: dict, basis):
    """The job of a comparison request: returns a function of `voortgang(done, total, what)`."""

    def uitvoeren(voortgang):
        personen, zaad = opdracht["personen"], opdracht["zaad"]
        voortgang(0, 1, "hervormingen toepassen")
        hervormingen = [(v["naam"], hervormd_systeem(v["document"], basis)) for v in opdracht["varianten"]]
        periode, keuze = kies_periode(opdracht["periode"], basis, hervormingen)
        voortgang(0, 1, f"bevolking van {personen} personen opbouwen")
        populatie, herkomst, label = populatie_volgens({"omvang": personen, "zaad": zaad}, basis, periode)
        stap, totaal = _stappen(voortgang)
        resultaten = vergelijk(basis, hervormingen, populatie, periode, voortgang=stap, schattingslabel=label)
        for resultaat in resultaten:
            resultaat["periode_keuze"] = keuze
        voortgang(totaal[0], totaal[0], "klaar")
        return {
            "resultaten": resultaten,
            "periode": periode,
            "periode_keuze": keuze,
            "bepalingen": [verschillen(v["document"], basis) for v in opdracht["varianten"]],
            "herkomst": herkomst,
        }

    return uitvoeren


def voorbeeldsituatie(basis, resultaat: dict, index: int, periode: str) -> dict | None:
    """Example person `index` of a comparison (its inputs in the result's `personen`) as a
    /calculate situation, or None when the comparison names no such person."""
    invoer = resultaat.get("personen", {}).get(str(index))
    if invoer is None:
        return None
    kolommen = {kolom: [waarde] for kolom, waarde in invoer.items()}
    return situatie_van(basis, kolommen, 0, periode, naam=f"persoon_{index}")


def sweep_werk(opdracht: dict, basis):
    """The job of a sweep request (`llo sweep`): its rows and the JSON of `llo sweep --format json`."""

    def uitvoeren(voortgang):
        pad, waarden, vanaf = opdracht["parameter"], opdracht["waarden"], opdracht["vanaf"]
        voortgang(0, 1, "de maand kiezen")
        if opdracht["periode"]:
            periode, keuze = opdracht["periode"], OPGEGEVEN
        else:
            periode, keuze = sweep_.kies_periode(basis, pad, waarden, vanaf)
        voortgang(0, 1, f"bevolking van {opdracht['personen']} personen opbouwen")
        soort = {"omvang": opdracht["personen"], "zaad": opdracht["zaad"]}
        populatie, herkomst, label = populatie_volgens(soort, basis, periode)
        stap, totaal = _stappen(voortgang)
        rijen, resultaten = sweep_.sweep(basis, pad, waarden, vanaf, populatie, periode, label, voortgang=stap)
        voortgang(totaal[0], totaal[0], "klaar")
        return {
            "sweep": sweep_.als_json(pad, vanaf, periode, keuze, resultaten, rijen),
            "herkomst": herkomst,
            "schatting": resultaten[0].get("schatting"),
        }

    return uitvoeren


__all__ = ["HervormingOngeldig", "MAX_VARIANTEN", "werk"]
