"""The Flask blueprint of the pages and what every page uses: content negotiation, errors, filters.

Every page answers HTML, or its data as JSON to a client that prefers `application/json`. Bad
input is a 4xx: an HTML page with the message at the field, or `{"error": {"code", "veld",
"melding"}}` with a stable code.
"""

from __future__ import annotations

import datetime

from flask import Blueprint, current_app, jsonify, render_template, request

from openfisca_llo.analyse import verslag
from openfisca_llo.uitleg.overzicht import waarde_als_tekst
from openfisca_llo.uitleg.verkenner.artikelen import artikel_tekst, wetnamen
from openfisca_llo.uitleg.zinnen import datum_tekst, maand_tekst

paginas = Blueprint(
    "paginas", __name__, template_folder="templates", static_folder="static", static_url_path="/statisch"
)


def systeem():
    return current_app.config["LLO_SYSTEEM"]


def wil_json() -> bool:
    return request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json"


def pagina(template: str, gegevens=None, status: int = 200, **context):
    """Render `template`, or answer `gegevens` as JSON to a client that asks for JSON."""
    if wil_json() and gegevens is not None:
        return jsonify(gegevens), status
    return render_template(template, **context), status


def fout(
    code: str,
    veld: str | None,
    melding: str,
    status: int = 400,
    template: str = "fout.html",
    fouten=None,
    **context,
):
    """A 4xx answer naming the field: JSON with a stable code, or the page with the message at the field.

    `fouten` (field -> message) shows several at once on the page; the JSON names the first.
    """
    if wil_json():
        return jsonify({"error": {"code": code, "veld": veld, "melding": melding}}), status
    fouten = fouten or {veld or "": melding}
    return render_template(
        template, fout_code=code, fouten=fouten, melding=melding, status=status, **context
    ), status


@paginas.app_template_filter("waarde")
def _waarde(waarde, eenheid=None):
    if waarde is None:
        return "geen waarde"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if eenheid in {"currency-EUR", "month"}:
        return waarde_als_tekst(waarde, eenheid)
    if eenheid == "/1" and isinstance(waarde, int | float):
        return f"{waarde * 100:g} %".replace(".", ",")
    if isinstance(waarde, float):
        return f"{waarde:g}".replace(".", ",")
    return str(waarde)


@paginas.app_template_filter("datum")
def _datum(iso):
    """2024-08-01 as '1 augustus 2024'."""
    if not iso:
        return ""
    try:
        datetime.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return datum_tekst(str(iso))


@paginas.app_template_filter("maand")
def _maand(periode):
    """2026-10 as 'oktober 2026'."""
    try:
        return maand_tekst(periode)
    except ValueError:
        return str(periode)


@paginas.app_template_filter("artikel")
def _artikel(url):
    """A reference URL as "Wet studiefinanciering 2000, art. 2.3a" (names read once per system)."""
    namen = current_app.config.get("LLO_WETNAMEN")
    if namen is None:
        namen = current_app.config["LLO_WETNAMEN"] = wetnamen(systeem())
    return artikel_tekst(url, namen)


@paginas.app_template_filter("euro")
def _euro(bedrag):
    """As `llo compare` prints it: € 1.234.567."""
    return verslag.euro(float(bedrag))


@paginas.app_template_filter("miljoen")
def _miljoen(bedrag):
    """As `llo compare` prints an estimate: +€ 106,4 mln."""
    return verslag.miljoen(float(bedrag))


@paginas.app_template_filter("getal")
def _getal(n):
    return f"{int(n):,}".replace(",", ".")
