"""The causes of a change, named by the parameter changes behind it.

A flipped condition is explained by the changed parameter paths it reads (directly or through
other variables, from the read graph of openfisca_llo/uitleg/afhankelijkheden.py):
"52 krijgen recht: leeftijdsvoorwaarde levenlanglerenkrediet, door
wsf.levenlanglerenkrediet.maximumleeftijd 57 → 60 (vanaf 2027-08-01)". The counts per condition
and transition are sums over persons, so chunks of a population merge by adding them.
"""

from __future__ import annotations

from openfisca_llo.hervorming.document import parameterblad, waarde_op

OVERGANGEN = ("krijgt_recht", "verliest_recht")
WERKWOORD = {"krijgt_recht": ("krijgt", "krijgen"), "verliest_recht": ("verliest", "verliezen")}


def gewijzigde_paden(document: dict) -> list[str]:
    """The paths a reform changes or ends, in the order of the document."""
    paden = list(document.get("wijzigingen", {}))
    return paden + [p for p in document.get("beeindig", {}) if p not in paden]


def parameterwijzigingen(document: dict, parameters) -> dict[str, list[dict]]:
    """Per changed path, each step in date order: {vanaf, van (current law), naar (reform; None = ended)}."""
    uit: dict[str, list[dict]] = {}
    for pad, waarden in document.get("wijzigingen", {}).items():
        blad = parameterblad(parameters, pad)
        uit[pad] = [{"vanaf": d, "van": waarde_op(blad, d), "naar": w} for d, w in sorted(waarden.items())]
    for pad, datum in document.get("beeindig", {}).items():
        blad = parameterblad(parameters, pad)
        uit.setdefault(pad, []).append({"vanaf": datum, "van": waarde_op(blad, datum), "naar": None})
    return uit


def waardetekst(waarde) -> str:
    if waarde is None:
        return "beëindigd"
    if isinstance(waarde, bool):
        return "waar" if waarde else "onwaar"
    if isinstance(waarde, float):
        return f"{waarde:g}"
    return str(waarde)


def beschrijf(pad: str, stappen: list[dict]) -> str:
    """`pad 57 → 60 (vanaf 2027-08-01)`, steps joined with `; `."""
    delen = [f"{waardetekst(s['van'])} → {waardetekst(s['naar'])} (vanaf {s['vanaf']})" for s in stappen]
    return f"{pad} {'; '.join(delen)}"


def _label(systeem, naam: str) -> str:
    variabele = systeem.variables.get(naam)
    label = (variabele.label if variabele is not None else None) or naam
    return label[:1].lower() + label[1:]


def verklaringen(tellingen: dict, paden: dict[str, list[str]], wijzigingen: dict, systeem) -> list[dict]:
    """The causes of one right as a list, largest count first.

    `tellingen`: {overgang: {voorwaarde: aantal}} (persons whose condition changed, per transition);
    `paden`: {voorwaarde: [changed paths it reads]}; `wijzigingen`: from `parameterwijzigingen`.
    """
    uit = []
    for overgang in OVERGANGEN:
        for voorwaarde, aantal in tellingen.get(overgang, {}).items():
            if not aantal:
                continue
            gelezen = paden.get(voorwaarde, [])
            label = _label(systeem, voorwaarde)
            door = "; ".join(beschrijf(p, wijzigingen[p]) for p in gelezen if p in wijzigingen)
            enkel, meervoud = WERKWOORD[overgang]
            tekst = f"{aantal} {enkel if aantal == 1 else meervoud} recht: {label}"
            tekst += (
                f", door {door}" if door else " (geen gewijzigde parameter gevonden die deze voorwaarde leest)"
            )
            uit.append(
                {
                    "overgang": overgang,
                    "voorwaarde": voorwaarde,
                    "label": label,
                    "aantal": int(aantal),
                    "parameters": [p for p in gelezen if p in wijzigingen],
                    "tekst": tekst,
                }
            )
    return sorted(uit, key=lambda v: (-v["aantal"], v["overgang"], v["voorwaarde"]))
