"""The provisions table of a reform: per changed parameter, the current and the reform value per date.

What `llo diff` prints and what the Hervorming page shows, from one function: for every
parameter a reform changes, its label, unit and references, and for every date from the
reform's first date on (the reform's own dates and the later dates of the current law) the
value of the current law, the value under the reform, whether the reform set that date, and
the source of the current law's value in force on that date (`metadata.bronnen` of the
parameter, keyed by the date the value starts).
"""

from __future__ import annotations

import copy

from openfisca_llo.hervorming.document import parameterblad, waarde_op
from openfisca_llo.hervorming.toepassen import wijzig_parameters


def ingang_op(blad, datum: str) -> str | None:
    """The start date of the value in force on `datum`, or None before the first value."""
    for waarde in blad.values_list:
        if waarde.instant_str <= datum:
            return waarde.instant_str
    return None


def bronnen_op(blad, datum: str) -> list[dict]:
    """The sources ({title, href}) of the value in force on `datum`, from `metadata.bronnen`."""
    ingang = ingang_op(blad, datum)
    bronnen = (blad.metadata or {}).get("bronnen") or {}
    return list(bronnen.get(ingang) or []) if ingang else []


def verschillen(document: dict, systeem) -> list[dict]:
    """Per changed parameter: label, unit, reference and the baseline and reform value per date.

    `document` is a validated reform document, `systeem` the baseline tax-benefit system.
    """
    beeindig = document.get("beeindig", {})
    hervormd = wijzig_parameters(copy.deepcopy(systeem.parameters), document["wijzigingen"], beeindig)
    uitkomst = []
    for pad in list(document["wijzigingen"]) + [p for p in beeindig if p not in document["wijzigingen"]]:
        waarden = dict(document["wijzigingen"].get(pad, {}))
        if pad in beeindig:
            waarden[beeindig[pad]] = None
        basis_blad, hervormd_blad = parameterblad(systeem.parameters, pad), parameterblad(hervormd, pad)
        eerste = min(waarden)
        datums = sorted(
            set(waarden) | {w.instant_str for w in basis_blad.values_list if w.instant_str >= eerste}
        )
        metadata = basis_blad.metadata or {}
        uitkomst.append(
            {
                "parameter": pad,
                "label": metadata.get("label", ""),
                "eenheid": metadata.get("unit", ""),
                "referentie": metadata.get("reference", []),
                "waarden": [
                    {
                        "datum": datum,
                        "geldend_recht": waarde_op(basis_blad, datum),
                        "hervorming": waarde_op(hervormd_blad, datum),
                        "door_hervorming_gezet": datum in waarden,
                        "beeindigd": beeindig.get(pad) == datum,
                        "bron_geldend_recht": bronnen_op(basis_blad, datum),
                    }
                    for datum in datums
                ],
            }
        )
    return uitkomst
