"""Variables that were inputs once and are now derived from another input: one input per fact.

A caller that still sets such a variable would override its formula and could contradict the
input it derives from (an NLQF level 4 next to the diploma vmbo). The web input check, the
overview and the population reader refuse it, with the stable code `CODE` and the input to give
instead. As an output the name keeps working.
"""

CODE = "afgeleide_variabele"

# derived variable -> the input to give instead
AFGELEIDE_VARIABELEN = {
    "hoogst_behaalde_opleidingsniveau": "hoogst_behaald_opleidingsniveau",
}


def melding(naam: str) -> str:
    """The one-line Dutch message for a derived variable given as input."""
    return (
        f"'{naam}' wordt afgeleid en is geen invoer: geef '{AFGELEIDE_VARIABELEN[naam]}' "
        f"(het hoogst behaalde diploma); vraag '{naam}' als uitvoer met null."
    )


def eerste_afgeleide_invoer(situatie) -> list | None:
    """The path [meervoud, persoon, naam, periode] of the first derived variable set to a value."""
    if not isinstance(situatie, dict):
        return None
    for meervoud, personen in situatie.items():
        if not isinstance(personen, dict):
            continue
        for persoon_id, variabelen in personen.items():
            if not isinstance(variabelen, dict):
                continue
            for naam in AFGELEIDE_VARIABELEN.keys() & variabelen.keys():
                waarden = variabelen[naam]
                if not isinstance(waarden, dict):
                    return [meervoud, persoon_id, naam]
                for periode, waarde in waarden.items():
                    if waarde is not None:
                        return [meervoud, persoon_id, naam, periode]
    return None
