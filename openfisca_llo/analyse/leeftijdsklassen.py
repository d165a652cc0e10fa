"""Age bands that follow the age thresholds in play, not fixed ones.

For a right, the thresholds are the values of every age parameter it reads (unit `year`, a path
naming a `leeftijd`), under the current law and under the reform, at the instants they are read
in the month that lie in the year before it (a studiejaar's value, read on its first day; not
the history of the AOW age, read per year of birth): with a maximum age going from 57 to 60 and
a minimum of 30, the bands are 16-29, 30-56, 57-59 and 60-75. A right that reads no age gets the fixed bands.
"""

from __future__ import annotations

import numpy as np

from openfisca_llo.hervorming.document import parameterblad, waarde_op

JONGST, OUDST = 16, 75
VASTE_KLASSEN = [(16, 29), (30, 44), (45, 56), (57, 66), (67, 75)]


def is_leeftijd(blad) -> bool:
    return (blad.metadata or {}).get("unit") == "year" and "leeftijd" in blad.name


def grenzen(paden, momenten: dict[str, frozenset[str]], systemen, maand: str) -> list[int]:
    """The whole-year thresholds between 16 and 75 of the age parameters `paden`, in `systemen`."""
    jaar, nummer = (int(d) for d in maand.split("-"))
    vanaf, tot = f"{jaar - 1}-{nummer:02d}-01", f"{maand}-31"
    gevonden = set()
    for pad in paden:
        for systeem in systemen:
            blad = parameterblad(systeem.parameters, pad)
            if blad is None or not hasattr(blad, "values_list") or not is_leeftijd(blad):
                continue
            for moment in momenten.get(pad, ()):
                if not vanaf <= moment <= tot:
                    continue
                waarde = waarde_op(blad, moment)
                if (
                    isinstance(waarde, int | float)
                    and not isinstance(waarde, bool)
                    and JONGST < waarde <= OUDST
                ):
                    gevonden.add(int(waarde))
    return sorted(gevonden)


def klassen(drempels: list[int]) -> list[tuple[int, int]]:
    """Bands from 16 to 75 that start at every threshold; the fixed bands without thresholds."""
    if not drempels:
        return list(VASTE_KLASSEN)
    begin = [JONGST, *drempels]
    return [(van, tot - 1) for van, tot in zip(begin, [*drempels, OUDST + 1], strict=True)]


def leeftijdsklasse(leeftijd, banden: list[tuple[int, int]]) -> np.ndarray:
    klasse = np.full(len(leeftijd), "overig", dtype=object)
    for van, tot in banden:
        klasse[(leeftijd >= van) & (leeftijd <= tot)] = f"{van}-{tot}" if tot > van else str(van)
    return klasse
