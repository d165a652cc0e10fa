"""Persoon: a form for a person's inputs that shows the overview of every learning right in a
month (openfisca_llo/uitleg/overzicht.py), with per right its conditions (met or not, with the
article) and the /calculate request that gives the same answer from the API.

The form is a GET form: every computed overview has a permanent URL. `?voorbeeld=<naam>` fills
the form from a situation example.
"""

from __future__ import annotations

import datetime
import json
from urllib.parse import urlencode

from flask import request

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.overzicht import (
    RUBRIEKEN,
    als_json,
    lees_periode,
    overzicht_situatie,
    periode_als_tekst,
)
from openfisca_llo.web.paginas import formulier
from openfisca_llo.web.paginas.blauwdruk import fout, pagina, paginas, systeem


def uitleg_per_recht(situatie: dict, periode: str, systeem_) -> dict:
    """Per right: the explanation tree (each parameter read, with value, date and article).

    PLAATS VOOR DE UITLEG (issue 13, `llo waarom`): return {recht: uitlegboom} here; the template
    `_uitleg_recht.html` renders it under each right. Until then there is none.
    """
    return {}


def vaste_link(waarden: dict, periode: str) -> str:
    teksten = {k: ("ja" if v is True else "nee" if v is False else v) for k, v in waarden.items()}
    return "/persoon?" + urlencode({"periode": periode, **teksten})


@paginas.route("/persoon")
def persoon():
    s = systeem()
    velden = formulier.velden(s)
    voorbeelden = formulier.voorbeelden()
    context = {"velden": velden, "voorbeelden": voorbeelden, "rubrieken": [r for r, _ in RUBRIEKEN]}
    standaard_periode = datetime.date.today().strftime("%Y-%m")
    gekozen = request.args.get("voorbeeld")
    if gekozen:
        gelezen = formulier.uit_voorbeeld(s, gekozen)
        if gelezen is None:
            context |= {"teksten": {v.naam: v.standaard for v in velden}, "periode": standaard_periode}
            return _fout(context, "voorbeeld", f"onbekend voorbeeld {gekozen!r}", "onbekend_voorbeeld")
        teksten, periode = gelezen
        argumenten = {**teksten, "periode": periode or standaard_periode}
    elif "periode" in request.args:
        argumenten = request.args
    else:
        context |= {"teksten": {v.naam: v.standaard for v in velden}, "periode": standaard_periode}
        return pagina("persoon.html", None, **context, fouten={}, overzicht=None)

    teksten, waarden, fouten = formulier.lees(s, argumenten)
    periode_tekst = (argumenten.get("periode") or "").strip()
    context |= {"teksten": teksten, "periode": periode_tekst}
    try:
        periode = str(lees_periode(periode_tekst))
    except GebruikersFout as e:
        fouten["periode"] = str(e).removeprefix("periode ")
    if fouten:
        veld, melding = next(iter(fouten.items()))
        return _fout(context, veld, melding, "ongeldige_invoer", fouten)
    situatie = formulier.situatie(s, waarden, periode, met_vragen=False)
    try:
        rechten = overzicht_situatie(situatie, periode, s)[formulier.PERSOON]
    except GebruikersFout as e:
        if "gedekte periode" in str(e):  # a month before the rules' coverage (regels/dekking.py)
            return _fout(context, "periode", str(e), "periode_niet_gedekt")
        return _fout(context, "", str(e), "ongeldige_situatie")
    verzoek = formulier.situatie(s, waarden, periode)
    gegevens = als_json({formulier.PERSOON: rechten}, periode) | {"verzoek": verzoek}
    return pagina(
        "persoon.html",
        gegevens,
        **context,
        fouten={},
        overzicht=rechten,
        periode_tekst=periode_als_tekst(lees_periode(periode)),
        uitleg=uitleg_per_recht(situatie, periode, s),
        verzoek=json.dumps(verzoek, indent=2, ensure_ascii=False),
        link=vaste_link(waarden, periode),
        aantal=sum(r.heeft for r in rechten),
    )


def _fout(context, veld, melding, code, fouten=None):
    return fout(code, veld, melding, template="persoon.html", fouten=fouten, overzicht=None, **context)
