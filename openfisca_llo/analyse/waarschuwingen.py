"""The warnings a drafter needs, and the month a comparison looks at by default.

A change shows in a month when some variable, computing that month, reads the changed parameter
on a day where the reform's value differs from the current law's. The days come from OpenFisca's
tracer on a small sample (the read graph of openfisca_llo/uitleg/afhankelijkheden.py): a value
of a studiejaar is read on the first day of the person's studiejaar, so a change dated
2027-01-01 shows only from studiejaar 2027-2028 (August 2027 in the mbo, September in the hoger
onderwijs). A take-up rate (`gebruik.*`) is read by the cost estimate on the first day of the
month. Three warnings:

- `niet_in_werking`: every change of the reform starts after the month;
- `niet_bereikt`: a change that has started is read in the month only on days before it starts
  (or a parameter no output reads in that month);
- `gelijk_aan_geldend_recht`: a change read in the month, but to the current law's own value;
- `verandert_niets`: the changes show, but no person's right or amount differs: no input of
  this population reaches them.

The first two name the first month in which the change shows (looked for month by month, at
most `HORIZON` months ahead). The default month of a comparison: the first month, from the
current one on, in which every change of every reform shows (a drafter expects the current
month, or the reform's first effective month when that lies ahead); changes that do not show
within the horizon are left out, and the current month is used when none shows.
"""

from __future__ import annotations

import datetime

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from openfisca_llo.analyse.oorzaken import gewijzigde_paden
from openfisca_llo.analyse.populatie import bouw_simulatie, synthetisch
from openfisca_llo.hervorming.document import parameterblad, waarde_op
from openfisca_llo.uitleg.afhankelijkheden import lees_afhankelijkheden, raakt

#: Months looked at ahead for the first month in which a change shows.
HORIZON = 36
#: Persons in the sample whose calculation is traced.
SPOOROMVANG = 32
SPOORZAAD = 7
GEBRUIK = "gebruik."


def maand_erbij(maand: str, aantal: int = 1) -> str:
    return str(np.datetime64(maand, "M") + aantal)


def huidige_maand(vandaag: datetime.date | None = None) -> str:
    return (vandaag or datetime.date.today()).strftime("%Y-%m")


def laatste_dag(maand: str) -> str:
    return str(np.datetime64(maand_erbij(maand), "D") - 1)


def spoor(systeem, maand: str, variabelen, terugval=None):
    """The read graph of `variabelen` in `maand`, traced on a fresh small sample.

    When a variable reads a parameter the reform ended, the graph of `terugval` (the current
    law) is used instead; the comparison itself then reports that parameter.
    """
    try:
        simulatie = bouw_simulatie(systeem, synthetisch(SPOOROMVANG, SPOORZAAD, peildatum=f"{maand}-01"), maand)
        return lees_afhankelijkheden(simulatie, [v for v in variabelen if v in systeem.variables], maand)
    except ParameterNotFoundError:
        if terugval is None:
            raise
        return spoor(terugval, maand, variabelen)


def _gelezen_op(pad: str, graaf, maand: str) -> set[str]:
    if pad.startswith(GEBRUIK):
        return {f"{maand}-01"}
    return {m for gelezen, momenten in graaf.momenten.items() if raakt(pad, gelezen) for m in momenten}


def _verschilt(pad: str, moment: str, basis, hervormd) -> bool:
    a, b = parameterblad(basis.parameters, pad), parameterblad(hervormd.parameters, pad)
    return waarde_op(a, moment) != waarde_op(b, moment)


def doorwerking(basis, hervormd, document: dict, maand: str, variabelen, graaf=None) -> dict[str, dict]:
    """Per changed path: the days it is read in `maand` and whether the change shows there.

    `graaf`: the read graph of the reformed system in `maand`, when already traced.
    """
    if graaf is None:
        graaf = spoor(hervormd, maand, variabelen, terugval=basis)
    uit = {}
    for pad in gewijzigde_paden(document):
        momenten = sorted(_gelezen_op(pad, graaf, maand))
        uit[pad] = {
            "gelezen_op": momenten,
            "zichtbaar": any(_verschilt(pad, m, basis, hervormd) for m in momenten),
        }
    return uit


def eerste_maanden(basis, hervormd, document: dict, vanaf: str, variabelen, horizon: int = HORIZON) -> dict:
    """Per changed path, the first month from `vanaf` in which it shows (None: not within `horizon`)."""
    paden = gewijzigde_paden(document)
    gevonden: dict[str, str | None] = dict.fromkeys(paden)
    maand = vanaf
    for _ in range(horizon):
        open_ = [p for p in paden if gevonden[p] is None]
        if not open_:
            break
        for pad, staat in doorwerking(basis, hervormd, document, maand, variabelen).items():
            if pad in open_ and staat["zichtbaar"]:
                gevonden[pad] = maand
        maand = maand_erbij(maand)
    return gevonden


def _ingang_van(document: dict, pad: str) -> str:
    datums = list(document.get("wijzigingen", {}).get(pad, {}))
    return min(datums + [d for p, d in document.get("beeindig", {}).items() if p == pad])


def _ingang(document: dict) -> str:
    datums = [d for waarden in document.get("wijzigingen", {}).values() for d in waarden]
    return min(datums + list(document.get("beeindig", {}).values()))


def waarschuwingen_vooraf(
    basis, hervormd, document: dict, maand: str, variabelen, graaf=None
) -> tuple[list[dict], bool]:
    """Warnings before computing: (warnings, whether any change shows in `maand`)."""
    staat = doorwerking(basis, hervormd, document, maand, variabelen, graaf)
    verborgen = [p for p, s in staat.items() if not s["zichtbaar"]]
    if not verborgen:
        return [], True
    eerste = eerste_maanden(basis, hervormd, document, maand_erbij(maand), variabelen)
    zichtbaar = len(verborgen) < len(staat)
    ingang = _ingang(document)
    uit = []
    if ingang > laatste_dag(maand):
        maanden = sorted(m for m in eerste.values() if m)
        uit.append(
            {
                "soort": "niet_in_werking",
                "melding": f"de hervorming gaat pas in op {ingang}: in {maand} verandert nog niets; "
                + (f"eerste maand waarin zij doorwerkt: {maanden[0]}" if maanden else _niet_binnen()),
                "eerste_maand": maanden[0] if maanden else None,
                "parameters": verborgen,
            }
        )
        return uit, zichtbaar
    for pad in verborgen:
        momenten = staat[pad]["gelezen_op"]
        if any(m >= _ingang_van(document, pad) for m in momenten):
            uit.append(
                {
                    "soort": "gelijk_aan_geldend_recht",
                    "melding": f"{pad} heeft in {maand} op {', '.join(momenten)} dezelfde waarde als in het "
                    "geldende recht: deze wijziging verandert niets",
                    "eerste_maand": None,
                    "parameters": [pad],
                }
            )
            continue
        waar = (
            f"wordt in {maand} gelezen op {', '.join(momenten)}, vóór haar ingang"
            if momenten
            else f"wordt in {maand} door geen enkele uitvoer gelezen"
        )
        uit.append(
            {
                "soort": "niet_bereikt",
                "melding": f"{pad} {waar}; "
                + (f"eerste maand waarin zij doorwerkt: {eerste[pad]}" if eerste[pad] else _niet_binnen()),
                "eerste_maand": eerste[pad],
                "parameters": [pad],
            }
        )
    return uit, zichtbaar


def _niet_binnen() -> str:
    return f"zij werkt binnen {HORIZON} maanden niet door"


def waarschuwing_niets_veranderd(document: dict, maand: str) -> dict:
    paden = gewijzigde_paden(document)
    return {
        "soort": "verandert_niets",
        "melding": f"voor deze bevolking verandert niets in {maand}: gewijzigd zijn {', '.join(paden)}, "
        "maar de invoer van geen enkele persoon bereikt ze",
        "eerste_maand": None,
        "parameters": paden,
    }


def standaard_periode(basis, hervormingen, variabelen, vandaag: datetime.date | None = None) -> tuple[str, str]:
    """(month, explanation): the first month from the current one in which every change shows."""
    nu = huidige_maand(vandaag)
    maanden = []
    for _naam, hervormd in hervormingen:
        document = getattr(hervormd, "document", None)
        if document is None:
            continue
        eerste = [m for m in eerste_maanden(basis, hervormd, document, nu, variabelen).values() if m]
        if eerste:
            maanden.append(max(eerste))
    if not maanden:
        return nu, f"standaard: de huidige maand ({nu}); geen hervorming werkt binnen {HORIZON} maanden door"
    maand = max(maanden)
    if maand == nu:
        return nu, f"standaard: de huidige maand ({nu}), waarin elke wijziging doorwerkt"
    return maand, f"standaard: de eerste maand vanaf de huidige ({nu}) waarin elke wijziging doorwerkt"
