"""The web API: OpenFisca's standard app for openfisca_llo, plus POST /compare.

`maak_app()` builds `openfisca_web_api.app.create_app` for the baseline system and
- adds `POST /compare` with a body `{"situation": <as /calculate>, "reform": <a reform document>}`:
  the answer holds, for every requested variable (a `null` in the situation), the baseline
  value, the reform value and the difference. The reformed system is built from the document
  (validated before anything is applied) and kept per worker under the SHA-256 of the document,
  so that the same reform sent again is not rebuilt; nothing else is kept between requests;
- guards /calculate, /trace and /compare so that bad input never answers 500: the body is read
  by `openfisca_llo.web.jsoninvoer` (finite numbers, bounded size and nesting), the situation
  checked by `openfisca_llo.web.invoercontrole` (limits of `openfisca_llo.web.grenzen`, types,
  ranges, periods, ids), and every error answered by `openfisca_llo.web.fouten` as JSON with a
  stable `code` (openfisca_llo/web/codes.py), in OpenFisca's path shape for a situation;
- answers /calculate (and both sides of /compare) with the vectorised computation of
  `openfisca_llo.web.vectorberekening` where the situation has its plain shape, and with
  OpenFisca's own handler otherwise: the same answer, without OpenFisca's per-person cost;
  concurrent /calculate requests are batched into one simulation (`openfisca_llo.web.bundel`);
- documents /compare in the OpenAPI document at /spec, corrected by `openfisca_llo.web.spec`;
- answers `GET /`, JSON 404s, ranges and sources as `openfisca_llo.web.beschrijving` says.
- registers POST /waarom, GET /bewijs and the receipt headers `LLO-Rules-Sha256` (every answer)
  and `LLO-Reform-Sha256` (`openfisca_llo.web.waarom`); /compare's body carries `bewijs`;
- serves the pages (`openfisca_llo.web.paginas`, docs/paginas.md): `GET /` answers HTML to a
  browser and JSON to every other client.

`llo serve` runs it under gunicorn.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import OrderedDict
from threading import Lock

from flask import jsonify, request
from openfisca_web_api.app import create_app
from werkzeug.exceptions import HTTPException

from openfisca_llo.hervorming import pas_toe
from openfisca_llo.regels.dekking import PeriodeNietGedekt, benoem
from openfisca_llo.tax_benefit_system import basissysteem
from openfisca_llo.web import beschrijving, fouten, vergelijkverzoek
from openfisca_llo.web import waarom as waarom_web
from openfisca_llo.web.bundel import VENSTER, Bundelaar
from openfisca_llo.web.grenzen import Grenzen
from openfisca_llo.web.invoercontrole import controleer_situatie
from openfisca_llo.web.jsoninvoer import lees_json
from openfisca_llo.web.paginas import registreer as registreer_paginas
from openfisca_llo.web.spec import SITUATIE_REF, VOORBEELD_SITUATIE, json_antwoord, json_verzoek, verbeter_spec

# Reformed systems kept per worker, keyed by a hash of the validated reform document: a
# document sent again is not validated and applied again (building a reformed system copies
# the whole parameter tree). Least recently used first out.
HERVORMINGEN_IN_CACHE = 32


class _HervormingCache:
    """Reformed systems by the SHA-256 of the reform document (canonical JSON)."""

    def __init__(self, omvang: int = HERVORMINGEN_IN_CACHE):
        self.omvang, self.systemen, self.slot = omvang, OrderedDict(), Lock()

    def systeem(self, document, basis):
        try:
            tekst = json.dumps(document, sort_keys=True, ensure_ascii=False)
        except (TypeError, ValueError):
            return pas_toe(document, basis, bron="reform")
        sleutel = hashlib.sha256(tekst.encode()).hexdigest()
        with self.slot:
            if sleutel in self.systemen:
                self.systemen.move_to_end(sleutel)
                return self.systemen[sleutel]
        hervormd = pas_toe(document, basis, bron="reform")  # raises HervormingOngeldig: not kept
        with self.slot:
            self.systemen[sleutel] = hervormd
            while len(self.systemen) > self.omvang:
                self.systemen.popitem(last=False)
        return hervormd


def _bewaak(app, endpoint, snel=False):
    """Check the situation first; with `snel`, answer with the vectorised /calculate where it applies."""
    origineel = app.view_functions[endpoint]
    grenzen = app.config["LLO_GRENZEN"]

    def bewaakt():
        situatie = lees_json(request, grenzen, diepte=False)  # the check bounds its nesting
        controleer_situatie(app.config["LLO_SYSTEEM"], situatie, grenzen, trace=not snel)
        if snel:
            deadline = time.monotonic() + grenzen.max_rekentijd
            antwoord = app.config["LLO_BUNDELAAR"].bereken(situatie, deadline)
            if antwoord is not None:
                return jsonify(antwoord)
        try:
            return origineel()
        except PeriodeNietGedekt as fout:  # name the requested variable OpenFisca was computing
            raise benoem(app.config["LLO_SYSTEEM"], situatie, fout) from fout
        except HTTPException as fout:  # OpenFisca's abort(response) bypasses the error handlers
            return fouten.als_antwoord(*fouten.antwoord_voor(fout))

    app.view_functions[endpoint] = bewaakt


def _verschil(basis, hervormd):
    if isinstance(basis, dict):
        return {k: _verschil(basis[k], hervormd.get(k)) for k in basis}
    if isinstance(basis, bool) or isinstance(hervormd, bool):
        return basis != hervormd
    if isinstance(basis, int | float) and isinstance(hervormd, int | float):
        return hervormd - basis
    return basis != hervormd


def _alleen_gevraagd(situatie, resultaat):
    """Keep only the requested (null) values of the situation in `resultaat`."""
    uit = {}
    for entiteiten, leden in situatie.items():
        for lid, variabelen in leden.items():
            for naam, waarden in variabelen.items():
                for periode, waarde in waarden.items():
                    if waarde is None:
                        gevonden = resultaat[entiteiten][lid][naam][periode]
                        uit.setdefault(entiteiten, {}).setdefault(lid, {}).setdefault(naam, {})[periode] = (
                            gevonden
                        )
    return uit


COMPARE_SPEC = {
    "post": {
        "summary": "Compare a situation under the current law and under a reform",
        "tags": ["Calculations"],
        "operationId": "compare",
        "requestBody": json_verzoek(
            ["situation", "reform"],
            {
                "situation": SITUATIE_REF,
                "reform": {
                    "type": "object",
                    "description": (
                        "A reform document as in reforms/*.yaml (see reforms/schema.json): naam, "
                        "beschrijving, bron, wijzigingen {parameter path: {YYYY-MM-DD: value}}."
                    ),
                    "required": ["naam", "beschrijving", "bron", "wijzigingen"],
                },
            },
            {
                "situation": VOORBEELD_SITUATIE,
                "reform": {
                    "naam": "Maximumleeftijd levenlanglerenkrediet gelijk aan de AOW-leeftijd",
                    "beschrijving": "De leeftijdsgrens wordt de eigen AOW-leeftijd.",
                    "bron": [
                        {
                            "title": "Kamerstuk 30 012 nr. 92",
                            "href": "https://zoek.officielebekendmakingen.nl/kst-30012-92.html",
                        }
                    ],
                    "wijzigingen": {
                        "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd": {"2026-08-01": True}
                    },
                },
            },
        ),
        "responses": {
            "200": json_antwoord(
                "For every requested variable: baseline, reform and difference (a number for "
                "numbers, true where a boolean or other value changed).",
                {"reform": "string", "baseline": "object", "reformed": "object", "difference": "object"},
            ),
            "400": {
                "description": "Invalid reform or situation; `errors` (reform) or the situation's error tree "
                "names the field; `code` says why",
            },
            "404": {"description": "A variable of the situation does not exist"},
            "413": {"description": "Over a limit, among them LLO_MAX_WIJZIGINGEN dated changes per reform"},
            "422": {"description": "The situation cannot be computed under the reform"},
        },
    }
}


def maak_app(systeem=None, grenzen: Grenzen | None = None, venster: float | None = None):
    """The app; `venster` is the batching window in seconds (openfisca_llo/web/bundel.py), 0 for none.

    Without `venster`, the environment variable LLO_BUNDEL_VENSTER (seconds) or bundel.VENSTER.
    """
    systeem = systeem or basissysteem()
    grenzen = grenzen or Grenzen.uit_omgeving()
    app = create_app(systeem)
    app.config["LLO_SYSTEEM"] = systeem
    app.config["LLO_GRENZEN"] = grenzen
    app.config["MAX_CONTENT_LENGTH"] = grenzen.max_body_bytes
    fouten.installeer(app)
    beschrijving.installeer(app, systeem)
    if venster is None:
        venster = float(os.environ.get("LLO_BUNDEL_VENSTER", VENSTER))
    app.config["LLO_BUNDELAAR"] = Bundelaar(systeem, venster=venster)
    _bewaak(app, "calculate", snel=True)
    _bewaak(app, "trace")

    spec_view = app.view_functions["get_spec"]
    broncode_url = beschrijving.broncode_url()

    def get_spec():
        spec = verbeter_spec(spec_view().get_json(), systeem, {"/compare": COMPARE_SPEC, **waarom_web.SPEC})
        return jsonify(beschrijving.bron_aangepast(spec, broncode_url))

    app.view_functions["get_spec"] = get_spec

    hervormingen = _HervormingCache()
    waarom_web.registreer(app, systeem, hervormingen)  # POST /waarom, GET /bewijs, receipt headers
    registreer_paginas(app)  # the pages (Regels, Persoon, Hervorming) and HTML for GET / in a browser

    @app.route("/compare", methods=["POST"])
    def compare():
        body = lees_json(request, grenzen, diepte=False)
        document = vergelijkverzoek.lees_verzoek(body, grenzen)  # ApiFout: answered by fouten
        hervormd_systeem = hervormingen.systeem(document, systeem)  # HervormingOngeldig: 400, see fouten
        situatie = body["situation"]
        basis, hervormd = vergelijkverzoek.bereken_beide(systeem, hervormd_systeem, situatie, grenzen)
        basis, hervormd = _alleen_gevraagd(situatie, basis), _alleen_gevraagd(situatie, hervormd)
        return jsonify(
            {
                "reform": body["reform"].get("naam"),
                "baseline": basis,
                "reformed": hervormd,
                "difference": _verschil(basis, hervormd),
                "bewijs": waarom_web.bewijs_van(systeem, body, body["reform"]),
            }
        )

    return app


def wsgi_app():
    """Entry point for gunicorn: `gunicorn 'openfisca_llo.web.api:wsgi_app()'`."""
    return maak_app()
