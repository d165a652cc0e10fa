"""A sweep: the same comparison for each value of one parameter, on the same population.

For each value, a reform document sets the parameter to that value from `vanaf` (and is
validated like any reform: an age of 600 is refused with the parameter's range); all of them
are compared with the current law in one run of `vergelijking.vergelijk`, so the baseline is
computed once. Each value gives one row: the persons who gain and who lose a right (summed over
the rights), per right, and the difference in money (all amounts paid or lent by the state, the
estimate for the Netherlands where the population has weights), maximal and with take-up.
"""

from __future__ import annotations

import math

from openfisca_llo.analyse.bedragen import bedragen_in
from openfisca_llo.analyse.vergelijking import rechten, vergelijk
from openfisca_llo.analyse.waarschuwingen import standaard_periode
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import HervormingOngeldig, controleer, pas_toe
from openfisca_llo.hervorming.document import is_schakelaar, parameterblad

#: At most this many values in one sweep.
MAXIMUM_WAARDEN = 200


def reeks(van: float, tot: float, stap: float) -> list:
    """van, van + stap, ... up to and including tot; whole numbers stay whole numbers."""
    if not all(math.isfinite(x) for x in (van, tot, stap)):
        raise GebruikersFout("--van, --tot en --stap zijn eindige getallen")
    if stap <= 0:
        raise GebruikersFout(f"--stap moet groter dan 0 zijn, niet {stap:g}")
    if tot < van:
        raise GebruikersFout(f"--tot ({tot:g}) ligt onder --van ({van:g})")
    aantal = math.floor((tot - van) / stap + 1e-9) + 1
    if aantal > MAXIMUM_WAARDEN:
        raise GebruikersFout(
            f"{aantal} waarden; een sweep heeft er ten hoogste {MAXIMUM_WAARDEN} (kies een grotere --stap)"
        )
    waarden = [round(van + i * stap, 10) for i in range(aantal)]
    return [int(w) if float(w).is_integer() else w for w in waarden]


def document(pad: str, waarde, vanaf: str) -> dict:
    return {
        "naam": f"{pad} = {waarde}",
        "beschrijving": f"Sweep: {pad} wordt {waarde} vanaf {vanaf}.",
        "bron": [{"title": "llo sweep (verkenning, geen bron)"}],
        "wijzigingen": {pad: {vanaf: waarde}},
    }


def hervormingen(basis, pad: str, waarden: list, vanaf: str) -> list[tuple[str, object]]:
    """A reformed system per value; every invalid value is reported together."""
    blad = parameterblad(basis.parameters, pad)
    if blad is not None and hasattr(blad, "values_list") and is_schakelaar(blad):
        raise GebruikersFout(f"{pad} is een schakelaar (true of false): vergelijk beide met llo compare")
    fouten = []
    for waarde in waarden:
        fouten += controleer(document(pad, waarde, vanaf), basis)
    if fouten:
        uniek = list({(f["veld"], f["melding"]): f for f in fouten}.values())
        raise HervormingOngeldig("sweep", uniek)
    return [(f"{pad} = {w}", pas_toe(document(pad, w, vanaf), basis, bron="sweep")) for w in waarden]


def rij(waarde, resultaat: dict) -> dict:
    """One row of the sweep from the comparison of one value."""
    krijgt = {n: w["krijgt_recht"] for n, w in resultaat["outputs"].items() if w["krijgt_recht"]}
    verliest = {n: w["verliest_recht"] for n, w in resultaat["outputs"].items() if w["verliest_recht"]}
    totaal = resultaat["kosten"]["totaal"]
    return {
        "waarde": waarde,
        "krijgt": sum(krijgt.values()),
        "verliest": sum(verliest.values()),
        "krijgt_recht": krijgt,
        "verliest_recht": verliest,
        "kosten": {
            soort: sum(totaal[s][soort]["verschil"] for s in totaal) for soort in ("maximaal", "met_gebruik")
        },
        "waarschuwingen": [w["melding"] for w in resultaat["waarschuwingen"]],
    }


def kies_periode(basis, pad: str, waarden: list, vanaf: str) -> tuple[str, str]:
    """The default month of a sweep, with its reason: the first in which the last value shows."""
    proef = pas_toe(document(pad, waarden[-1], vanaf), basis, bron="sweep")
    variabelen = rechten(basis) + [b.naam for b in bedragen_in(basis)]
    return standaard_periode(basis, [("proef", proef)], variabelen)


def sweep(
    basis,
    pad: str,
    waarden: list,
    vanaf: str,
    populatie: dict,
    periode: str,
    schattingslabel=None,
    voortgang=None,
):
    """(rows, results): one row per value, and the full comparison of each value.

    `voortgang` as for `vergelijking.vergelijk` (the pages pass their progress report)."""
    systemen = hervormingen(basis, pad, waarden, vanaf)
    resultaten = vergelijk(
        basis, systemen, populatie, periode, voortgang=voortgang, schattingslabel=schattingslabel
    )
    return [rij(w, r) for w, r in zip(waarden, resultaten, strict=True)], resultaten


def als_json(pad: str, vanaf: str, periode: str, keuze: str, resultaten: list, rijen: list) -> dict:
    """The JSON of a sweep (`llo sweep --format json`, the pages' download)."""
    eenheid = "schatting voor Nederland" if "schatting" in resultaten[0] else "som over de bevolking"
    return {
        "parameter": pad,
        "vanaf": vanaf,
        "period": periode,
        "periode_keuze": keuze,
        "persons": resultaten[0]["persons"],
        "kosten_eenheid": f"euro, {eenheid}",
        "rijen": rijen,
    }
