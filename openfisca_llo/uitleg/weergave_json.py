"""The JSON renderer of an explanation: plain dicts, the same for `llo waarom --json` and POST /waarom.

The shape is documented in docs/uitleg.md ("Het datamodel"). Per condition the inputs, the
intermediate variables and the parameters it read are listed flat (the parameters only as read
for this person); the whole tree (`boom`, every read with `voor_deze_persoon`) only on request.
"""

from __future__ import annotations

from dataclasses import asdict

from openfisca_llo.uitleg.spoor import Knoop, ParameterLezing
from openfisca_llo.uitleg.wetten import Artikel


def artikel(a: Artikel | None) -> dict | None:
    return None if a is None else {"titel": a.titel, "href": a.href, "soort": a.soort}


def lezing(p: ParameterLezing) -> dict:
    return asdict(p)


def knoop(k: Knoop) -> dict:
    return {
        "naam": k.naam,
        "label": k.label,
        "periode": k.periode,
        "waarde": k.waarde,
        "eenheid": k.eenheid,
        "soort": k.soort,
        "opgegeven": k.opgegeven,
        "artikel": artikel(k.artikel),
        "wettekst": k.wettekst,
        "parameters": [lezing(p) for p in k.parameters],
        "kinderen": [knoop(kind) for kind in k.kinderen],
    }


def _waarde(w) -> dict:
    uit = {"naam": w.naam, "label": w.label, "waarde": w.waarde, "eenheid": w.eenheid}
    if w.opgegeven is not None:
        uit["opgegeven"] = w.opgegeven
    if w.artikel is not None:
        uit["artikel"] = artikel(w.artikel)
    return uit


def voorwaarde(v) -> dict:
    return {
        "naam": v.naam,
        "label": v.label,
        "waarde": v.waarde,
        "voldaan": v.voldaan,
        "artikel": artikel(v.artikel),
        "wettekst": v.wettekst,
        "zin": v.zin,
        "invoer": [_waarde(w) for w in v.invoer],
        "tussenwaarden": [_waarde(w) for w in v.tussenwaarden],
        "parameters": [lezing(p) for p in v.parameters],
    }


def tijdlijn(t) -> dict | None:
    return None if t is None else asdict(t)


def uitleg(u, alles: bool = False) -> dict:
    uit = {
        "persoon": u.persoon,
        "naam": u.naam,
        "label": u.label,
        "periode": u.periode,
        "waarde": u.waarde,
        "toegekend": u.toegekend,
        "artikel": artikel(u.artikel),
        "regels_van_kracht": u.regels_van_kracht,
        "eerste_niet_vervuld": u.eerste_niet_vervuld.naam if u.eerste_niet_vervuld else None,
        "zinnen": list(u.zinnen),
        "voorwaarden": [voorwaarde(v) for v in u.voorwaarden],
        "tijdlijn": tijdlijn(u.tijdlijn),
    }
    if alles:
        uit["boom"] = knoop(u.knoop)
    return uit


def met_hervorming(basis, hervormd, naast, alles: bool = False) -> dict:
    """The baseline explanation with, under `hervorming`, the reform's explanation and the comparison."""
    uit = uitleg(basis, alles)
    if naast is not None:
        uit["hervorming"] = {
            "naam": naast.hervorming,
            "uitleg": uitleg(hervormd, alles),
            "vergelijking": {k: v for k, v in asdict(naast).items() if k not in ("naam", "hervorming")},
        }
    return uit
