"""Persoon: a form for a person's inputs that shows the overview of every learning right in a
month (openfisca_llo/uitleg/overzicht.py), with per right its conditions (met or not, with the
article), its explanation as POST /waarom gives it (uitleg/antwoord.py `beantwoord`: every
parameter read with value, date and article, the sentence of each unmet condition, the timeline),
and the /calculate and /waarom requests that give the same answers from the API.

The form is a GET form: every computed overview has a permanent URL. `?voorbeeld=<naam>` fills
the form from a situation example.
"""

from __future__ import annotations

import datetime
import json
from urllib.parse import urlencode

from flask import request

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.antwoord import beantwoord
from openfisca_llo.uitleg.overzicht import (
    RUBRIEKEN,
    als_json,
    lees_periode,
    overzicht_situatie,
    periode_als_tekst,
)
from openfisca_llo.web.paginas import formulier
from openfisca_llo.web.paginas.blauwdruk import fout, pagina, paginas, systeem


def waarom_verzoek(situatie: dict, periode: str, alles: bool = False) -> dict:
    """The POST /waarom request (and `llo waarom` situation) that explains every right of the month."""
    verzoek = {"situation": situatie, "periode": periode}
    if alles:
        verzoek["alles"] = True
    return verzoek


def uitleg_per_recht(verzoek: dict, systeem_) -> dict:
    """Per right: its explanation, the JSON that POST /waarom answers for `verzoek` (the same
    function, `uitleg/antwoord.py` `beantwoord`); `_uitleg.html` renders it."""
    antwoord = beantwoord(verzoek, systeem_).als_json()
    return {u["naam"]: u for lijst in antwoord["uitleg"].values() for u in lijst}


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
    alles = request.args.get("alles") == "1"
    waarom = waarom_verzoek(situatie, periode, alles)
    gegevens = als_json({formulier.PERSOON: rechten}, periode) | {"verzoek": verzoek, "waarom_verzoek": waarom}
    return pagina(
        "persoon.html",
        gegevens,
        **context,
        fouten={},
        overzicht=rechten,
        periode_tekst=periode_als_tekst(lees_periode(periode)),
        uitleg=uitleg_per_recht(waarom, s),
        verzoek=json.dumps(verzoek, indent=2, ensure_ascii=False),
        waarom_verzoek=json.dumps(waarom, indent=2, ensure_ascii=False),
        link=vaste_link(waarden, periode),
        alles=alles,
        aantal=sum(r.heeft for r in rechten),
    )


def _fout(context, veld, melding, code, fouten=None):
    return fout(code, veld, melding, template="persoon.html", fouten=fouten, overzicht=None, **context)
