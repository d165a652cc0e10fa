"""The stable, machine-readable error codes of the web API: one table, listed in docs/api.md.

Every error body of the API carries one of these codes under `code`, next to the human
message (`error`) and, where one field is at fault, that field as a JSON Pointer (`veld`,
RFC 6901, e.g. `/personen/anna/geboortedatum/ETERNITY`). A client branches on `code`, never
on the wording of the message. A code, once published, keeps its meaning; new ones are added.

This module imports nothing from Flask, so that the input check of the country package
(`invoercontrole`, also run by plain `openfisca serve`) can use it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    status: int
    betekenis: str


CODES: dict[str, Code] = {
    # The request as a whole
    "json_ongeldig": Code(400, "de body is geen JSON-object, of niet als application/json gestuurd"),
    "getal_niet_eindig": Code(400, "NaN, Infinity of een getal buiten het bereik van een double"),
    "verzoek_te_groot": Code(413, "de body is groter dan LLO_MAX_BODY_BYTES"),
    "te_diep_genest": Code(413, "de hervorming dieper genest dan LLO_MAX_NESTING, of JSON te diep om te lezen"),
    "te_veel_personen": Code(413, "meer personen dan LLO_MAX_PERSONEN (of LLO_MAX_PERSONEN_TRACE voor /trace)"),
    "te_veel_perioden": Code(413, "meer perioden voor één variabele van één persoon dan LLO_MAX_PERIODEN"),
    "periode_te_lang": Code(413, "een periode van meer maanden dan LLO_MAX_MAANDEN_PER_PERIODE"),
    "te_veel_berekeningen": Code(413, "meer gevraagde (variabele, periode)-paren dan LLO_MAX_BEREKENINGEN"),
    "te_veel_wijzigingen": Code(413, "een hervorming met meer gedateerde wijzigingen dan LLO_MAX_WIJZIGINGEN"),
    "rekentijd_overschreden": Code(503, "de berekening duurde langer dan LLO_MAX_REKENTIJD seconden"),
    # The situation
    "situatie_geen_object": Code(400, "de situatie is geen JSON-object"),
    "sleutel_onbekend": Code(400, "een sleutel op het hoogste niveau die geen entiteit is (alleen `personen`)"),
    "assen_niet_ondersteund": Code(400, "`axes` (OpenFisca's assen) worden niet ondersteund"),
    "id_ongeldig": Code(400, "een persoons-id die leeg is, een '/' bevat of te lang is"),
    "variabele_onbekend": Code(404, "een variabele die niet bestaat (in een situatie of /variable/<id>)"),
    "waarden_geen_object": Code(400, "de waarden van een variabele zijn geen object {periode: waarde}"),
    "periode_ongeldig": Code(400, "een periode die niet te lezen is of niet past bij de variabele"),
    "periode_buiten_bereik": Code(
        400, "een periode buiten de jaren LLO_EERSTE_JAAR tot en met LLO_LAATSTE_JAAR"
    ),
    "type_ongeldig": Code(
        400, "een waarde van het verkeerde type (tekst voor een getal, getal voor een datum)"
    ),
    "waarde_ongeldig": Code(
        400, "een onbekende keuzewaarde, of een datum die niet JJJJ-MM-DD is of niet bestaat"
    ),
    "waarde_buiten_bereik": Code(400, "een waarde buiten het geldige bereik van de variabele (zie `bereik`)"),
    "afgeleide_variabele": Code(
        400,
        "een afgeleide variabele als invoer gegeven (regels/afgeleid.py); geef de invoer die `gebruik` noemt",
    ),
    "geboren_na_periode": Code(422, "een gevraagde maand ligt vóór de geboortedatum"),
    "invoer_ontbreekt": Code(422, "een gevraagd recht hangt af van een invoer die ontbreekt (geboortedatum)"),
    "situatie_ongeldig": Code(400, "een andere fout in de situatie, gemeld door OpenFisca"),
    "parameter_ontbreekt": Code(400, "een parameter heeft op de gevraagde dag geen waarde"),
    "periode_niet_gedekt": Code(400, "de gevraagde periode ligt vóór de eerste waarde van een parameter"),
    # /waarom (openfisca_llo/uitleg/antwoord.py)
    "veld_onbekend": Code(400, "/waarom: een veld dat het verzoek niet kent"),
    "persoon_onbekend": Code(400, "/waarom: `persoon` noemt geen persoon van de situatie"),
    "recht_ongeldig": Code(400, "/waarom: `recht` is geen lijst van variabelen"),
    "maanden_ongeldig": Code(400, "/waarom: `maanden` (de tijdlijn) is geen geheel getal van 0 tot en met 120"),
    "niets_gevraagd": Code(400, "/waarom: geen variabele met null gevraagd en geen `recht`"),
    # /compare
    "veld_ontbreekt": Code(400, "`situation` of `reform` ontbreekt in /compare"),
    "hervorming_geen_object": Code(400, "`reform` is geen object (null, een lijst, tekst)"),
    "hervorming_ongeldig": Code(400, "de hervorming is ongeldig; `reform.errors` noemt elk veld"),
    "hervorming_niet_berekenbaar": Code(422, "de situatie is onder de hervorming niet te berekenen"),
    # URLs
    "niet_gevonden": Code(404, "geen endpoint op deze URL"),
    "parameter_onbekend": Code(404, "/parameter/<id>: die parameter bestaat niet"),
    "methode_niet_toegestaan": Code(405, "deze HTTP-methode kan niet op deze URL"),
    "ongeldig_verzoek": Code(400, "een HTTP-verzoek dat de server niet kan lezen"),
    # The server
    "interne_fout": Code(500, "een fout in de server; de melding noemt geen invoer"),
}


def status(code: str) -> int:
    return CODES[code].status
