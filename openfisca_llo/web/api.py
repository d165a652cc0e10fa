"""The web API: OpenFisca's standard app for openfisca_llo, plus POST /compare.

`maak_app()` builds `openfisca_web_api.app.create_app` for the baseline system and
- adds `POST /compare` with a body `{"situation": <as /calculate>, "reform": <a reform document>}`:
  the answer holds, for every requested variable (a `null` in the situation), the baseline
  value, the reform value and the difference. The reformed system is built from the document
  (validated before anything is applied) and kept per worker under the SHA-256 of the document,
  so that the same reform sent again is not rebuilt; nothing else is kept between requests;
- guards /calculate and /trace so that bad input never answers 500: a body that is not JSON
  gets a 400, and the checks of `openfisca_llo.web.invoercontrole` (a monthly variable asked for a
  year or a day, an input of the wrong type) a 400 naming the field, in OpenFisca's own shape;
- answers /calculate (and both sides of /compare) with the vectorised computation of
  `openfisca_llo.web.vectorberekening` where the situation has its plain shape, and with
  OpenFisca's own handler otherwise: the same answer, without OpenFisca's per-person cost;
  concurrent /calculate requests are batched into one simulation (`openfisca_llo.web.bundel`);
- documents /compare in the OpenAPI document at /spec.

`llo serve` runs it under gunicorn.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections import OrderedDict
from threading import Lock

from flask import jsonify, make_response, request
from openfisca_core.errors import ParameterNotFoundError, PeriodMismatchError, SituationParsingError
from openfisca_web_api import handlers
from openfisca_web_api.app import create_app

from openfisca_llo.hervorming import HervormingOngeldig, pas_toe
from openfisca_llo.tax_benefit_system import basissysteem
from openfisca_llo.web.bundel import VENSTER, Bundelaar
from openfisca_llo.web.invoercontrole import controleer_situatie
from openfisca_llo.web.vectorberekening import bereken as bereken_vectorieel

# Reformed systems kept per worker, keyed by a hash of the validated reform document: a
# document sent again is not validated and applied again (building a reformed system copies
# the whole parameter tree). Least recently used first out.
HERVORMINGEN_IN_CACHE = 32


def _fout(inhoud, status=400):
    return make_response(jsonify(inhoud), status)


def _bereken(systeem, situatie):
    try:
        controleer_situatie(systeem, situatie)
        snel = bereken_vectorieel(systeem, situatie)
        if snel is not None:
            return snel, None
        return handlers.calculate(systeem, copy.deepcopy(situatie)), None
    except (SituationParsingError, PeriodMismatchError) as e:
        return None, _fout(e.error, e.code or 400)
    except ParameterNotFoundError as e:
        return None, _fout({"error": f"Parameter '{e.parameter_name}' does not exist on {e.instant_str}."}, 400)


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

    def bewaakt():
        situatie = request.get_json(silent=True)
        if situatie is None:
            return _fout(
                {"error": "Invalid JSON: the body must be a JSON object (Content-Type: application/json)."}
            )
        try:
            controleer_situatie(app.config["LLO_SYSTEEM"], situatie)
        except SituationParsingError as fout:
            return _fout(fout.error)
        if snel:
            antwoord = app.config["LLO_BUNDELAAR"].bereken(situatie)
            if antwoord is not None:
                return jsonify(antwoord)
        return origineel()

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
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["situation", "reform"],
                        "properties": {
                            "situation": {"$ref": "#/components/schemas/SituationInput"},
                            "reform": {
                                "type": "object",
                                "description": (
                                    "A reform document as in reforms/*.yaml (see reforms/schema.json): naam, "
                                    "beschrijving, bron, wijzigingen {parameter path: {YYYY-MM-DD: value}}."
                                ),
                                "required": ["naam", "beschrijving", "bron", "wijzigingen"],
                            },
                        },
                    },
                    "example": {
                        "situation": {
                            "personen": {
                                "anna": {
                                    "geboortedatum": {"ETERNITY": "1968-09-15"},
                                    "onderwijssector": {"2026-10": "wo"},
                                    "opleidingsvorm": {"2026-10": "deeltijd"},
                                    "opleiding_graad": {"2026-10": "master"},
                                    "levenlanglerenkrediet_recht": {"2026-10": None},
                                }
                            }
                        },
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
                                "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd": {
                                    "2026-08-01": True
                                }
                            },
                        },
                    },
                }
            },
        },
        "responses": {
            "200": {
                "description": "For every requested variable: baseline, reform and difference (a number for "
                "numbers, true where a boolean or other value changed).",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "reform": {"type": "string"},
                                "baseline": {"type": "object"},
                                "reformed": {"type": "object"},
                                "difference": {"type": "object"},
                            },
                        }
                    }
                },
            },
            "400": {
                "description": "Invalid reform or situation; `errors` (reform) or the situation's error tree "
                "names the field",
            },
            "404": {"description": "A variable of the situation does not exist"},
        },
    }
}


def maak_app(systeem=None, venster: float | None = None):
    """The app; `venster` is the batching window in seconds (openfisca_llo/web/bundel.py), 0 for none.

    Without `venster`, the environment variable LLO_BUNDEL_VENSTER (seconds) or bundel.VENSTER.
    """
    systeem = systeem or basissysteem()
    app = create_app(systeem)
    app.config["LLO_SYSTEEM"] = systeem
    if venster is None:
        venster = float(os.environ.get("LLO_BUNDEL_VENSTER", VENSTER))
    app.config["LLO_BUNDELAAR"] = Bundelaar(systeem, venster=venster)
    _bewaak(app, "calculate", snel=True)
    _bewaak(app, "trace")

    spec_view = app.view_functions["get_spec"]

    def get_spec():
        antwoord = spec_view()
        spec = antwoord.get_json()
        spec.setdefault("paths", {})["/compare"] = COMPARE_SPEC
        return jsonify(spec)

    app.view_functions["get_spec"] = get_spec

    hervormingen = _HervormingCache()

    @app.route("/compare", methods=["POST"])
    def compare():
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _fout(
                {"error": 'Invalid JSON: the body must be an object {"situation": ..., "reform": ...}.'}
            )
        ontbreekt = [veld for veld in ("situation", "reform") if veld not in body]
        if ontbreekt:
            return _fout({veld: "This field is required." for veld in ontbreekt})
        try:
            hervormd_systeem = hervormingen.systeem(body["reform"], systeem)
        except HervormingOngeldig as fout:
            return _fout({"reform": {"errors": fout.fouten}})
        situatie = body["situation"]
        basis, fout = _bereken(systeem, situatie)
        if fout is not None:
            return _fout({"situation": fout.get_json()}, fout.status_code)
        hervormd, fout = _bereken(hervormd_systeem, situatie)
        if fout is not None:
            return _fout({"situation": fout.get_json()}, fout.status_code)
        basis, hervormd = _alleen_gevraagd(situatie, basis), _alleen_gevraagd(situatie, hervormd)
        return jsonify(
            {
                "reform": body["reform"].get("naam"),
                "baseline": basis,
                "reformed": hervormd,
                "difference": _verschil(basis, hervormd),
            }
        )

    return app


def wsgi_app():
    """Entry point for gunicorn: `gunicorn 'openfisca_llo.web.api:wsgi_app()'`."""
    return maak_app()
