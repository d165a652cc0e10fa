"""The checks and the two computations of a POST /compare, each failure answered with its code.

`lees_verzoek(body, grenzen)` returns the reform document of a body `{"situation": ...,
"reform": ...}` or raises `ApiFout`: a missing field (`veld_ontbreekt`), a reform that is no
object (`hervorming_geen_object`: null, a list, a text), nested deeper than LLO_MAX_NESTING
(`te_diep_genest`), or with more dated changes than LLO_MAX_WIJZIGINGEN (`te_veel_wijzigingen`,
counted before anything is validated or applied). Validating and applying the document is
`openfisca_llo.hervorming`'s (its errors: `hervorming_ongeldig`).

`bereken_beide` computes the situation under both systems. An error of the situation is
answered under `situation`; an error that only the reformed system meets, and that is no error
of the input, is the reform's fault: 422 `hervorming_niet_berekenbaar`.
"""

from __future__ import annotations

import copy
import time

from openfisca_web_api import handlers

from openfisca_llo.fouten import json_pointer
from openfisca_llo.web.fouten import ApiFout, antwoord_voor
from openfisca_llo.web.grenzen import Grenzen
from openfisca_llo.web.invoercontrole import controleer_situatie
from openfisca_llo.web.jsoninvoer import diepte_boven
from openfisca_llo.web.vectorberekening import bereken as bereken_vectorieel


def aantal_wijzigingen(document: dict) -> int:
    """Dated changes of a reform document: every date of every path (a path without dates counts once)."""
    wijzigingen = document.get("wijzigingen")
    if not isinstance(wijzigingen, dict):
        return 0
    return sum(len(datums) if isinstance(datums, dict) else 1 for datums in wijzigingen.values())


def lees_verzoek(body, grenzen: Grenzen) -> dict:
    if not isinstance(body, dict):
        raise ApiFout("json_ongeldig", 'De body moet een object {"situation": ..., "reform": ...} zijn.')
    ontbreekt = [veld for veld in ("situation", "reform") if veld not in body]
    if ontbreekt:
        raise ApiFout(
            "veld_ontbreekt",
            f"Verplicht veld ontbreekt: {', '.join(ontbreekt)}.",
            json_pointer([ontbreekt[0]]),
            {veld: "Dit veld is verplicht." for veld in ontbreekt},
        )
    document = body["reform"]
    if not isinstance(document, dict):
        raise ApiFout(
            "hervorming_geen_object",
            f"`reform` moet een object (een hervormingsdocument) zijn, niet {type(document).__name__}.",
            "/reform",
        )
    if diepte_boven(document, grenzen.max_nesting - 1):  # the body itself is the first level
        raise ApiFout(
            "te_diep_genest",
            f"De hervorming is dieper genest dan {grenzen.max_nesting} (LLO_MAX_NESTING).",
            "/reform",
        )
    aantal = aantal_wijzigingen(document)
    if aantal > grenzen.max_wijzigingen:
        raise ApiFout(
            "te_veel_wijzigingen",
            f"{aantal} gedateerde wijzigingen; ten hoogste {grenzen.max_wijzigingen} per hervorming "
            "(LLO_MAX_WIJZIGINGEN).",
            "/reform/wijzigingen",
        )
    return document


def bereken(systeem, situatie, grenzen: Grenzen):
    """The /calculate answer of `situatie` under `systeem`; raises what openfisca_llo.web.fouten answers."""
    controleer_situatie(systeem, situatie, grenzen)
    snel = bereken_vectorieel(systeem, situatie, time.monotonic() + grenzen.max_rekentijd)
    if snel is not None:
        return snel
    return handlers.calculate(systeem, copy.deepcopy(situatie))


def _onder_situation(uitzondering) -> ApiFout:
    statuscode, inhoud = antwoord_voor(uitzondering)
    return ApiFout(
        inhoud["code"],
        inhoud.get("error", ""),
        f"/situation{inhoud.get('veld', '')}",
        {"situation": inhoud},
        status=statuscode,
    )


def bereken_beide(systeem, hervormd_systeem, situatie, grenzen: Grenzen) -> tuple[dict, dict]:
    try:
        basis = bereken(systeem, situatie, grenzen)
    except Exception as fout:  # noqa: BLE001 - answered with its code, under `situation`
        raise _onder_situation(fout) from fout
    try:
        hervormd = bereken(hervormd_systeem, situatie, grenzen)
    except Exception as fout:  # noqa: BLE001 - the baseline worked, so the reform is at fault
        onder = _onder_situation(fout)
        if onder.status < 500:
            raise onder from fout
        raise ApiFout(
            "hervorming_niet_berekenbaar",
            "De situatie is onder deze hervorming niet te berekenen (een waarde buiten elk bereik?).",
            "/reform",
        ) from fout
    return basis, hervormd
