"""What changed in the rules between two dates: every parameter whose value in force differs,
or whose value was stated again from a new date, and every formula that starts or ends between."""

from __future__ import annotations

import datetime

from openfisca_llo.uitleg.verkenner.parameters import alle_bladeren, op_datum

BEGIN_DER_TIJDEN = "0001-01-01"


def verschil(systeem, van: str, tot: str) -> dict:
    """The changes from `van` to `tot` (ISO dates; `van` may be later than `tot`)."""
    parameters = []
    for blad in alle_bladeren(systeem):
        a, b = op_datum(blad, van), op_datum(blad, tot)
        if a["ingang"] == b["ingang"]:
            continue
        parameters.append(
            {
                "pad": blad.name,
                "label": (blad.metadata or {}).get("label", ""),
                "eenheid": (blad.metadata or {}).get("unit", ""),
                "van": a,
                "tot": b,
                "waarde_gewijzigd": a["waarde"] != b["waarde"],
            }
        )
    parameters.sort(key=lambda r: (not r["waarde_gewijzigd"], r["pad"]))
    return {"van": van, "tot": tot, "parameters": parameters, "formules": _formules(systeem, van, tot)}


def _formules(systeem, van: str, tot: str) -> list[dict]:
    """Formulas that start after the earlier date and on or before the later one; variables that end."""
    laag, hoog = sorted((van, tot))
    uit = []
    for naam, variabele in sorted(systeem.variables.items()):
        for start in variabele.formulas:
            if start != BEGIN_DER_TIJDEN and laag < start <= hoog:
                uit.append(
                    {"variabele": naam, "label": variabele.label, "soort": "formule vanaf", "datum": start}
                )
        if variabele.end:
            einde = datetime.date.fromisoformat(str(variabele.end))
            dag_erna = (einde + datetime.timedelta(days=1)).isoformat()
            if laag < dag_erna <= hoog:
                uit.append(
                    {
                        "variabele": naam,
                        "label": variabele.label,
                        "soort": "geldt tot en met",
                        "datum": einde.isoformat(),
                    }
                )
    return sorted(uit, key=lambda r: (r["datum"], r["variabele"]))
