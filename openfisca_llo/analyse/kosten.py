"""A budget estimate per reform: the maximum entitlement and an estimate with take-up rates.

For each amount paid or lent by the state (analyse/bedragen.py; a fee a person owes is not a
cost), from the totals of the comparison:

- `maximaal`: everyone entitled in the month uses the right in full (the sum of the amounts);
- `met_gebruik`: that sum times the take-up rate of the scheme, a dated parameter of its own
  (parameters/gebruik/<regeling>.yaml, read on the first day of the month, under the current
  law for the baseline and under the reform for the reform: a reform may change the assumption).

With weights, the totals are the estimates for the Netherlands; without, sums over the
population. Either way they are the amounts of those entitled in the compared month (a yearly
ceiling, a voucher), not a cash budget per year. A pure function of the merged totals.
"""

from __future__ import annotations

from openfisca_llo.analyse.bedragen import BEDRAGEN
from openfisca_llo.hervorming.document import parameterblad, waarde_op

SOORTEN = ("uitgave", "lening")
TOELICHTING = (
    "maximaal: iedereen met recht in de maand gebruikt het volledige bedrag; met_gebruik: maal het "
    "aandeel gebruikers uit parameters/gebruik/; bedragen van wie in de maand recht heeft (een "
    "jaarplafond, een voucher), geen kasraming per jaar"
)


def gebruiksaandeel(systeem, pad: str | None, periode: str) -> float | None:
    """The take-up rate at the first day of `periode`, or None (no parameter, or no value then)."""
    if pad is None:
        return None
    blad = parameterblad(systeem.parameters, pad)
    return None if blad is None else waarde_op(blad, f"{periode}-01")


def _nul():
    return {"basis": 0.0, "hervorming": 0.0, "verschil": 0.0}


def schat(resultaat: dict, basis, systeem, gewogen: bool) -> dict:
    periode = resultaat["period"]
    soorten = {b.naam: b for b in BEDRAGEN}
    per_bedrag = {}
    totaal = {soort: {"maximaal": _nul(), "met_gebruik": _nul()} for soort in SOORTEN}
    for blok in resultaat["outputs"].values():
        for naam, bedrag in blok.get("bedragen", {}).items():
            soort = soorten[naam]
            if soort.soort not in SOORTEN:
                continue
            bron = bedrag["schatting_nederland"] if gewogen else bedrag
            maximaal = {k: bron[k] for k in ("basis", "hervorming", "verschil")}
            aandeel_basis = gebruiksaandeel(basis, soort.gebruik, periode)
            aandeel_hervorming = gebruiksaandeel(systeem, soort.gebruik, periode)
            met_gebruik = None
            if aandeel_basis is not None and aandeel_hervorming is not None:
                met_gebruik = {
                    "basis": maximaal["basis"] * aandeel_basis,
                    "hervorming": maximaal["hervorming"] * aandeel_hervorming,
                }
                met_gebruik["verschil"] = met_gebruik["hervorming"] - met_gebruik["basis"]
            per_bedrag[naam] = {
                "soort": soort.soort,
                "gebruik": {
                    "parameter": soort.gebruik,
                    "basis": aandeel_basis,
                    "hervorming": aandeel_hervorming,
                },
                "maximaal": maximaal,
                "met_gebruik": met_gebruik,
            }
            for k in ("basis", "hervorming", "verschil"):
                totaal[soort.soort]["maximaal"][k] += maximaal[k]
                if met_gebruik is not None:
                    totaal[soort.soort]["met_gebruik"][k] += met_gebruik[k]
    return {
        "eenheid": "euro, schatting voor Nederland" if gewogen else "euro, som over de bevolking",
        "toelichting": TOELICHTING,
        "bedragen": per_bedrag,
        "totaal": totaal,
    }
