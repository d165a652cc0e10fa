"""The one place where the web API turns an exception into a JSON error with a stable `code`.

`antwoord_voor(uitzondering)` maps every exception a request can raise to (status, body):

- the input check's `SituationParsingError` keeps OpenFisca's path-shaped body (the message
  nested at the offending field, so existing clients still work) with `code`, `veld` (a JSON
  Pointer) and `error` next to it; OpenFisca's own errors get a code from their status;
- a domain exception that describes itself (`als_json()` returning a dict with a `code`, as
  `PeriodeNietGedekt` does) is answered with that body, status 400 unless it has `http_status`;
- `ParameterNotFoundError`, `HervormingOngeldig`, `Rekentijd`, `JsonFout`, a RecursionError and
  any other `GebruikersFout` each have their code;
- Werkzeug's HTTP errors (404, 405, 413, ...) become JSON;
- anything else is a 500 with code `interne_fout` whose message repeats nothing of the request
  (the traceback goes to the log).

`installeer(app)` registers this for every route of the app and sets a JSON encoder that never
writes NaN or Infinity (they are not JSON) and writes dates as ISO `JJJJ-MM-DD`.
"""

from __future__ import annotations

import datetime
import logging

from flask import jsonify, make_response
from flask.json.provider import DefaultJSONProvider
from openfisca_core.errors import ParameterNotFoundError, PeriodMismatchError, SituationParsingError
from werkzeug.exceptions import HTTPException

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import HervormingOngeldig
from openfisca_llo.web.codes import CODES, status
from openfisca_llo.web.jsoninvoer import JsonFout
from openfisca_llo.web.vectorberekening import Rekentijd

log = logging.getLogger("gunicorn.error")

_HTTP_CODES = {
    400: "ongeldig_verzoek",
    404: "niet_gevonden",
    405: "methode_niet_toegestaan",
    413: "verzoek_te_groot",
}


class ApiFout(Exception):
    """An error of a request, answered as it is: `code`, message, field, and extra keys of the body."""

    def __init__(
        self, code: str, bericht: str, veld: str | None = None, extra: dict | None = None, status=None
    ):
        super().__init__(bericht)
        self.code, self.bericht, self.veld, self.extra = code, bericht, veld, extra or {}
        self.status = status or CODES[code].status

    def als_body(self) -> dict:
        return {**self.extra, **lichaam(self.code, self.bericht, self.veld)}


def lichaam(code: str, bericht: str, veld: str | None = None, **extra) -> dict:
    """An error body: the code, the message, the field (a JSON Pointer) where one is at fault."""
    uit = {"code": code, "error": bericht}
    if veld is not None:
        uit["veld"] = veld
    uit.update(extra)
    return uit


def antwoord_voor(uitzondering: BaseException) -> tuple[int, dict]:
    """(HTTP status, JSON body) for an exception raised while answering a request."""
    if isinstance(uitzondering, ApiFout):
        return uitzondering.status, uitzondering.als_body()
    if isinstance(uitzondering, SituationParsingError | PeriodMismatchError):
        return _situatiefout(uitzondering)
    als_json = getattr(uitzondering, "als_json", None)
    if callable(als_json):
        inhoud = als_json()
        if isinstance(inhoud, dict) and inhoud.get("code"):
            return getattr(uitzondering, "http_status", 400), inhoud
    if isinstance(uitzondering, ParameterNotFoundError):
        return status("parameter_ontbreekt"), lichaam(
            "parameter_ontbreekt",
            f"De parameter '{uitzondering.name}' heeft geen waarde op {uitzondering.instant_str}: "
            "de regels dekken die periode niet.",
        )
    if isinstance(uitzondering, JsonFout):
        return status(uitzondering.code), lichaam(uitzondering.code, uitzondering.bericht)
    if isinstance(uitzondering, Rekentijd):
        return status("rekentijd_overschreden"), lichaam(
            "rekentijd_overschreden",
            "De berekening duurde langer dan LLO_MAX_REKENTIJD seconden: "
            "vraag minder personen of perioden per verzoek.",
        )
    if isinstance(uitzondering, RecursionError):
        return status("te_diep_genest"), lichaam("te_diep_genest", "De invoer is te diep genest.")
    if isinstance(uitzondering, HervormingOngeldig):
        return status("hervorming_ongeldig"), {
            **lichaam("hervorming_ongeldig", "De hervorming is ongeldig; zie reform.errors.", "/reform"),
            "reform": {"errors": uitzondering.fouten},
        }
    if isinstance(uitzondering, GebruikersFout):
        return status("ongeldig_verzoek"), lichaam("ongeldig_verzoek", str(uitzondering)[:500])
    if isinstance(uitzondering, HTTPException):
        return _httpfout(uitzondering)
    log.exception("Interne fout bij een verzoek", exc_info=uitzondering)
    return status("interne_fout"), lichaam(
        "interne_fout",
        "Interne fout in de server; het verzoek is niet verwerkt. De fout staat in het serverlog.",
    )


def _situatiefout(uitzondering) -> tuple[int, dict]:
    inhoud = uitzondering.error if isinstance(uitzondering.error, dict) else {"error": str(uitzondering.error)}
    code = getattr(uitzondering, "llo_code", None) or inhoud.get("code")
    statuscode = uitzondering.code or 400
    if code not in CODES:
        code = (
            "variabele_onbekend"
            if statuscode == 404
            else ("periode_ongeldig" if isinstance(uitzondering, PeriodMismatchError) else "situatie_ongeldig")
        )
    inhoud = {**inhoud, "code": code}
    inhoud.setdefault("error", _eerste_bericht(uitzondering.error))
    return statuscode, inhoud


def _eerste_bericht(boom) -> str:
    while isinstance(boom, dict) and boom:
        boom = next(iter(boom.values()))
    return str(boom)[:500]


def _httpfout(uitzondering: HTTPException) -> tuple[int, dict]:
    bestaand = uitzondering.response
    statuscode = uitzondering.code or (bestaand.status_code if bestaand is not None else 500)
    if bestaand is not None:  # OpenFisca's own views answer with abort(response)
        inhoud = bestaand.get_json(silent=True)
        if isinstance(inhoud, dict):
            if "code" not in inhoud:
                inhoud = {**inhoud, "code": "variabele_onbekend" if statuscode == 404 else "situatie_ongeldig"}
                inhoud.setdefault("error", _eerste_bericht(inhoud))
            return statuscode, inhoud
    code = _HTTP_CODES.get(statuscode, "ongeldig_verzoek" if statuscode < 500 else "interne_fout")
    return statuscode, lichaam(code, uitzondering.description or uitzondering.name)


def als_antwoord(statuscode: int, inhoud: dict):
    return make_response(jsonify(inhoud), statuscode)


class LloJSON(DefaultJSONProvider):
    """JSON that is JSON: NaN and Infinity are refused (ValueError), dates are ISO."""

    @staticmethod
    def default(waarde):
        if isinstance(waarde, datetime.date):
            return waarde.isoformat()
        return DefaultJSONProvider.default(waarde)

    def dumps(self, obj, **kwargs):
        kwargs.setdefault("allow_nan", False)
        return super().dumps(obj, **kwargs)


def installeer(app) -> None:
    """Every error of every route as JSON with a code; a JSON encoder without NaN."""
    app.json = LloJSON(app)

    def behandel(uitzondering):
        try:
            statuscode, inhoud = antwoord_voor(uitzondering)
        except Exception:  # noqa: BLE001 - a fault in the mapping itself is still answered as JSON
            log.exception("Fout bij het beantwoorden van een fout", exc_info=uitzondering)
            statuscode, inhoud = status("interne_fout"), lichaam("interne_fout", "Interne fout in de server.")
        try:
            return als_antwoord(statuscode, inhoud)
        except ValueError:  # a non-finite number in an error body: never written
            return als_antwoord(*antwoord_voor(RuntimeError("niet-eindig getal in een foutmelding")))

    app.register_error_handler(Exception, behandel)
    app.register_error_handler(HTTPException, behandel)
    # OpenFisca's create_app registers a handler for 500 that repeats the exception's text.
    app.error_handler_spec[None].pop(500, None)
