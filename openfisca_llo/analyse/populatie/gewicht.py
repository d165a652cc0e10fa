"""The weight of each person: how many residents of the Netherlands aged 16 to 75 it stands for.

The synthetic population draws every person from the same CBS marginals (cbs_marginalen.yaml),
so every person carries the same weight: the number of residents aged 16 to 75 that the age
block of that file counts (CBS 37296ned, 1 January 2019: the classes times their share within
16-75, 12,779,073 persons), divided by the number of persons drawn. Counts and sums multiplied
by the weights are estimates for the Netherlands, and are always labelled as such.

A population file may bring its own column `gewicht` (a number of 0 or more per row); without
it, no estimate for the Netherlands is made.
"""

from __future__ import annotations

import math

import numpy as np

from openfisca_llo.fouten import GebruikersFout

KOLOM = "gewicht"


def bevolking_16_tot_en_met_75(marginalen: dict) -> float:
    """Residents aged 16 to 75 in the age block of the marginals: sum of count x share per class."""
    return float(sum(aantal * deel for _van, _tot, aantal, deel in marginalen["leeftijd"]["klassen"]))


def synthetisch_gewicht(marginalen: dict, omvang: int) -> np.ndarray:
    return np.full(omvang, bevolking_16_tot_en_met_75(marginalen) / omvang)


def lees_gewicht(pad, waarden) -> np.ndarray:
    """The `gewicht` column of a population file as floats; the first bad value names its row."""
    uit = np.empty(len(waarden), dtype=float)
    for index, waarde in enumerate(waarden):
        tekst = "" if waarde is None else str(waarde).strip()
        try:
            getal = float(tekst)
        except ValueError:
            getal = math.nan
        if not math.isfinite(getal) or getal < 0:
            raise GebruikersFout(
                f"{pad}: kolom 'gewicht', rij {index + 2}: verwacht een getal van 0 of meer, niet {tekst!r}"
            )
        uit[index] = getal
    return uit


def gewicht_van(populatie: dict) -> np.ndarray | None:
    """The weights of a population, or None when it has none."""
    gewicht = populatie.get(KOLOM)
    return None if gewicht is None else np.asarray(gewicht, dtype=float)


def schattingslabel(herkomst: str, synthetisch: bool) -> str:
    if synthetisch:
        return (
            "schatting voor Nederland (inwoners van 16 tot en met 75 jaar), gewogen naar CBS 37296ned "
            f"(1 januari 2019); bevolking: {herkomst}; een schatting, geen telling"
        )
    return f"schatting met de kolom gewicht van {herkomst}; een schatting, geen telling"
