"""The web pages: Regels (the auditor's explorer), Persoon (a person's overview) and Hervorming
(the drafter's workbench), server-rendered from the same Flask app as the API.

`registreer(app)` adds the blueprint and lets `GET /` answer HTML to a browser (a page with the
three entries) while API clients keep OpenFisca's JSON welcome (content negotiation: HTML only
when the client prefers `text/html` to `application/json`).
"""

from __future__ import annotations

from flask import render_template, request

from openfisca_llo.web.paginas import hervorming, persoon, regels, sweep  # noqa: F401  (they add their routes)
from openfisca_llo.web.paginas.blauwdruk import paginas
from openfisca_llo.web.paginas.taken import Taken


def wil_html() -> bool:
    return request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"


def registreer(app, taken_map=None):
    app.config.setdefault("LLO_TAKEN", Taken(taken_map))
    app.register_blueprint(paginas)
    wortel = app.view_functions["get_root"]

    def get_root():
        if wil_html():
            return render_template("start.html")
        return wortel()

    app.view_functions["get_root"] = get_root
