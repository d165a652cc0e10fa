"""Reading a request body as JSON: finite numbers only, bounded nesting, never an echo.

Python's json module accepts `NaN`, `Infinity` and `1e400` (which becomes infinity) although
none of them is JSON, and a body of 10,000 nested `[` ends in a RecursionError. `lees_json`
refuses each with a 4xx and its code (openfisca_llo/web/codes.py); the size of the body is
bounded before it is read (Flask's MAX_CONTENT_LENGTH, set from `Grenzen.max_body_bytes`), and
the nesting after it is read (`Grenzen.max_nesting`).
"""

from __future__ import annotations

import json
import math

from openfisca_llo.web.grenzen import Grenzen


class JsonFout(Exception):
    """A body that is not acceptable JSON; `code` is its code in openfisca_llo/web/codes.py."""

    def __init__(self, code: str, bericht: str):
        super().__init__(bericht)
        self.code = code
        self.bericht = bericht


class _NietEindig(ValueError):
    pass


def _weiger_constante(naam):
    raise _NietEindig(naam)


def _eindig_getal(tekst):
    waarde = float(tekst)
    if not math.isfinite(waarde):
        raise _NietEindig(tekst[:40])
    return waarde


def ontleed(data: bytes, grenzen: Grenzen, diepte: bool = True):
    """The JSON value of `data`; JsonFout where it is not finite, too deep or not JSON.

    `diepte=False` leaves out the walk that measures the nesting, for a situation: its check
    (openfisca_llo/web/invoercontrole.py) refuses an array or object wherever a value belongs,
    so a situation never reaches deeper than five levels, and the walk would cost as much as
    parsing a 10,000-person batch.
    """
    try:
        waarde = json.loads(data, parse_constant=_weiger_constante, parse_float=_eindig_getal)
    except _NietEindig as fout:
        raise JsonFout(
            "getal_niet_eindig", f"Geen eindig getal: {fout.args[0]} (NaN en Infinity zijn geen JSON)."
        ) from None
    except RecursionError:
        raise JsonFout(
            "te_diep_genest", f"De JSON is dieper genest dan {grenzen.max_nesting} (LLO_MAX_NESTING)."
        ) from None
    except ValueError as fout:  # also UnicodeDecodeError and an integer of more than 4300 digits
        regel = str(fout).splitlines()[0][:120]
        raise JsonFout("json_ongeldig", f"Geen geldige JSON: {regel}.") from None
    if diepte and diepte_boven(waarde, grenzen.max_nesting):
        raise JsonFout(
            "te_diep_genest", f"De JSON is dieper genest dan {grenzen.max_nesting} (LLO_MAX_NESTING)."
        )
    return waarde


def diepte_boven(waarde, maximum: int) -> bool:
    """True where arrays and objects nest deeper than `maximum` (without recursion)."""
    if not isinstance(waarde, dict | list):
        return False
    te_doen = [(waarde, 1)]
    while te_doen:
        knoop, diepte = te_doen.pop()
        if diepte > maximum:
            return True
        kinderen = knoop.values() if isinstance(knoop, dict) else knoop
        te_doen.extend((kind, diepte + 1) for kind in kinderen if isinstance(kind, dict | list))
    return False


def lees_json(request, grenzen: Grenzen, diepte: bool = True):
    """The JSON body of a Flask request; JsonFout where it is not JSON (or not sent as JSON)."""
    if not request.is_json:
        raise JsonFout("json_ongeldig", "De body moet JSON zijn, gestuurd met Content-Type: application/json.")
    return ontleed(request.get_data(cache=True), grenzen, diepte)
