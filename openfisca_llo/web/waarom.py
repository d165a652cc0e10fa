"""POST /waarom, GET /bewijs and the receipt headers on every answer of the web API.

`registreer(app, systeem, hervormingen)` (called by `web/api.py` `maak_app`):

- every answer carries `LLO-Rules-Sha256` (the rules as loaded, `uitleg/bewijs.py`), and where a
  reform applies (/compare, /waarom with `reform`) `LLO-Reform-Sha256`; both are exposed to
  browsers (`Access-Control-Expose-Headers`). The body of /calculate is untouched;
- `GET /bewijs`: the receipt of the installed rules (versions and hashes);
- `POST /waarom`: the request of `uitleg/antwoord.py` (`{"situation": ..., "reform": ...}` and the
  optional `periode`, `persoon`, `recht`, `maanden`, `alles`) answered with the same JSON as
  `llo waarom --json`: the request, an explanation per requested variable, the receipt. Bad input
  gets a 4xx `{"code", "veld", "melding"}`, never a 500;
- `bewijs_van(systeem, verzoek, hervorming)`: the receipt for the body of /compare, which also sets
  the reform header;
- /spec documents both endpoints (`SPEC`, added by web/api.py with its corrections).
"""

from __future__ import annotations

from flask import g, jsonify, make_response, request
from openfisca_core.errors import SituationParsingError

from openfisca_llo.hervorming import HervormingOngeldig
from openfisca_llo.uitleg.antwoord import (
    VerzoekFout,
    beantwoord,
    hervorming_fout,
    normaliseer,
    situatie_fout,
)
from openfisca_llo.uitleg.bewijs import bewijs, regels, sha256_json
from openfisca_llo.web.codes import status
from openfisca_llo.web.invoercontrole import controleer_situatie
from openfisca_llo.web.jsoninvoer import JsonFout, lees_json
from openfisca_llo.web.spec import SITUATIE_REF, VOORBEELD_SITUATIE, json_antwoord, json_verzoek

REGELS_KOP = "LLO-Rules-Sha256"
HERVORMING_KOP = "LLO-Reform-Sha256"

WAAROM_SPEC = {
    "post": {
        "summary": "Why each requested variable has its value: conditions, articles, parameters, timeline",
        "tags": ["Calculations"],
        "operationId": "waarom",
        "requestBody": json_verzoek(
            ["situation"],
            {
                "situation": SITUATIE_REF,
                "reform": {"type": "object", "description": "A reform document, as for /compare."},
                "periode": {"type": "string", "description": "Only this month (YYYY-MM)."},
                "persoon": {"type": "string", "description": "Only this person."},
                "recht": {"type": "array", "items": {"type": "string"}},
                "maanden": {
                    "type": "integer",
                    "description": "Timeline length (default 24; 0: none).",
                },
                "alles": {"type": "boolean", "description": "Add the whole computation tree."},
            },
            {"situation": VOORBEELD_SITUATIE},
        ),
        "responses": {
            "200": json_antwoord(
                "verzoek (the request), uitleg (per person, per requested variable: value, "
                "conditions with article, what each read, sentences, timeline, comparison with the "
                "reform) and bewijs (receipt). Same JSON as `llo waarom --json`; see docs/uitleg.md.",
                {"verzoek": "object", "uitleg": "object", "bewijs": "object"},
            ),
            "400": {"description": "Invalid request: a stable `code`, the message `error`, the field `veld`"},
            "404": {"description": "A variable does not exist (`code` variabele_onbekend)"},
        },
    }
}

BEWIJS_SPEC = {
    "get": {
        "summary": "The receipt of the installed rules: versions and SHA-256 of parameters and formulas",
        "tags": ["Documentation"],
        "operationId": "bewijs",
        "responses": {"200": {"description": "versies, regels_sha256, parameters_sha256, formules_sha256"}},
    }
}


def _fout(fout: VerzoekFout):
    return make_response(jsonify(fout.als_json()), fout.status)


def bewijs_van(systeem, verzoek, hervorming: dict | None = None) -> dict:
    """The receipt of a web answer; with a reform, the reform header is set too."""
    if hervorming is not None:
        g.llo_hervorming_sha256 = sha256_json(hervorming)
    return bewijs(systeem, verzoek=verzoek, hervorming=hervorming)


def registreer(app, systeem, hervormingen) -> None:
    regels_sha256 = regels(systeem)["regels_sha256"]  # once, when the app is made

    @app.after_request
    def kopteksten(antwoord):
        antwoord.headers[REGELS_KOP] = regels_sha256
        hervorming = g.get("llo_hervorming_sha256")
        if hervorming:
            antwoord.headers[HERVORMING_KOP] = hervorming
        bestaand = antwoord.headers.get("Access-Control-Expose-Headers")
        antwoord.headers["Access-Control-Expose-Headers"] = ", ".join(
            [d for d in [bestaand, REGELS_KOP, HERVORMING_KOP] if d]
        )
        return antwoord

    @app.route("/bewijs", methods=["GET"])
    def bewijs_route():
        return jsonify(bewijs(systeem))

    @app.route("/waarom", methods=["POST"])
    def waarom():
        grenzen = app.config["LLO_GRENZEN"]
        try:
            try:
                body = lees_json(request, grenzen, diepte=False)  # the check bounds the nesting
            except JsonFout as fout:
                raise VerzoekFout(fout.code, "(body)", fout.bericht, status=status(fout.code)) from fout
            verzoek = normaliseer(body)
            try:
                controleer_situatie(systeem, verzoek["situation"], grenzen)
            except SituationParsingError as fout:
                raise situatie_fout(fout) from fout
            hervormd = None
            if "reform" in verzoek:
                g.llo_hervorming_sha256 = sha256_json(verzoek["reform"])
                hervormd = _hervormd(hervormingen, verzoek["reform"], systeem)
            antwoord = beantwoord(verzoek, systeem, hervormd)
        except VerzoekFout as fout:
            return _fout(fout)
        return jsonify(antwoord.als_json())


def _hervormd(hervormingen, document, systeem):
    try:
        return hervormingen.systeem(document, systeem)
    except HervormingOngeldig as fout:
        raise hervorming_fout(fout) from fout


#: The OpenAPI paths of this module, for /spec (web/api.py passes them through web/spec.py).
SPEC = {"/waarom": WAAROM_SPEC, "/bewijs": BEWIJS_SPEC}
