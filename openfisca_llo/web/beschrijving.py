"""The describing endpoints: `GET /`, `/variable/<id>`, `/parameter/<id>`, and who may rewrite URLs.

- `GET /` answers 200 with the name, version and endpoints of the API (OpenFisca answers a bare
  300 there);
- an unknown `/variable/x` or `/parameter/x` answers a JSON 404 with code `variabele_onbekend` or
  `parameter_onbekend` (OpenFisca answers HTML);
- `/variable/<id>` shows the valid range of an input (`bereik`, openfisca_llo/regels/bereik.py)
  and whether it has no meaningful default (`onmisbaar`);
- the `source` links of variables, parameters and formulas read `None/blob/0.2.0/...` because
  the package names no repository. With the setting `LLO_BRONCODE_URL` (say
  `https://example.org/openfisca_llo`) they point there; without it they are left out;
- OpenFisca's app trusts `X-Forwarded-For` and `X-Forwarded-Host` from any client (Werkzeug's
  ProxyFix), so a client could rewrite the `servers` URL of /spec and the links of /variables.
  They are trusted only when `LLO_VERTROUWDE_PROXIES` says how many proxies stand in front.
"""

from __future__ import annotations

import os

from flask import jsonify, request
from werkzeug.exceptions import NotFound
from werkzeug.middleware.proxy_fix import ProxyFix

from openfisca_llo.fouten import json_pointer
from openfisca_llo.regels.bereik import BEREIK, ONMISBAAR
from openfisca_llo.web.fouten import als_antwoord, lichaam

ENDPOINTS = {
    "/calculate": "POST: bereken gevraagde waarden (null) voor een situatie",
    "/trace": "POST: hetzelfde, met elke tussenstap",
    "/compare": "POST: een situatie onder het huidige recht en onder een hervorming",
    "/variables": "GET: alle variabelen",
    "/variable/<id>": "GET: één variabele, met bron, formules en bereik",
    "/parameters": "GET: alle parameters",
    "/parameter/<id>": "GET: één parameter, met elke gedateerde waarde en haar bron",
    "/entities": "GET: de entiteiten (personen)",
    "/spec": "GET: de OpenAPI-beschrijving van deze API",
}


def broncode_url() -> str | None:
    """The setting LLO_BRONCODE_URL: where the source of this package can be read, if anywhere."""
    return os.environ.get("LLO_BRONCODE_URL") or None


def bron_aangepast(waarde, broncode_url: str | None):
    """`waarde` with every `source` link pointed at `broncode_url`, or left out without one."""
    if isinstance(waarde, list):
        return [bron_aangepast(w, broncode_url) for w in waarde]
    if not isinstance(waarde, dict):
        return waarde
    uit = {}
    for sleutel, kind in waarde.items():
        if sleutel == "source" and isinstance(kind, str) and kind.startswith("None/"):
            if broncode_url:
                uit[sleutel] = broncode_url.rstrip("/") + kind[len("None") :]
            continue
        uit[sleutel] = bron_aangepast(kind, broncode_url)
    return uit


def _omhul(app, endpoint, code: str, wat: str, aanvullen=None):
    """The view `endpoint` with a JSON 404 under `code`, sources fixed, and `aanvullen` applied."""
    origineel = app.view_functions[endpoint]
    url = broncode_url()

    def view(**kwargs):
        try:
            antwoord = origineel(**kwargs)
        except NotFound:
            sleutel = next(iter(kwargs.values()), "")
            kort = sleutel if len(sleutel) <= 100 else f"{sleutel[:60]}... ({len(sleutel)} tekens)"
            return als_antwoord(
                404, lichaam(code, f"{wat} '{kort}' bestaat niet.", json_pointer([wat.lower()]))
            )
        inhoud = bron_aangepast(antwoord.get_json(), url)
        if aanvullen is not None:
            aanvullen(inhoud)
        return jsonify(inhoud)

    app.view_functions[endpoint] = view


def _met_bereik(inhoud: dict) -> None:
    naam = inhoud.get("id")
    if naam in BEREIK:
        inhoud["bereik"] = BEREIK[naam].als_json()
    if naam in ONMISBAAR:
        inhoud["onmisbaar"] = ONMISBAAR[naam]


def installeer(app, systeem) -> None:
    if isinstance(app.wsgi_app, ProxyFix):  # OpenFisca's, trusting any client: off
        app.wsgi_app = app.wsgi_app.app
    proxies = int(os.environ.get("LLO_VERTROUWDE_PROXIES", "0") or 0)
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_host=proxies, x_proto=proxies)
    _omhul(app, "get_variable", "variabele_onbekend", "Variabele", _met_bereik)
    _omhul(app, "get_parameter", "parameter_onbekend", "Parameter")
    metadata = systeem.get_package_metadata()

    def root():
        return jsonify(
            {
                "welcome": "openfisca_llo: rechten op leven lang ontwikkelen, berekend uit de wet.",
                "country_package": metadata["name"],
                "version": metadata["version"],
                "endpoints": ENDPOINTS,
                "documentation": f"{request.host_url}spec",
            }
        )

    app.view_functions["get_root"] = root
