"""A reform recomputes only what it changes: seed its simulation with the baseline's values.

A reform document changes a few parameter paths. A variable that reads none of them, directly
or through the variables it reads, has the same value under the reform as under the current
law, for the same persons in the same month. The read graph of openfisca_llo/uitleg/
afhankelijkheden.py (OpenFisca's own tracer on a small sample, the whole table counted as read
for a per-key lookup) names those variables; their baseline values are put in the reform
simulation's cache before anything is computed there, so that OpenFisca computes only the
chain that reads a changed parameter (typically 3 of some 90 variables).

Only a reform made from a document (`openfisca_llo.hervorming`: parameters only, on this very
baseline) is seeded; any other reformed system is computed in full. Only values of the compared
month (and ETERNITY) are copied, the month the graph was traced in. The arrays are shared, not
copied: OpenFisca never writes into a cached array.
"""

from __future__ import annotations

from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as als_periode

from openfisca_llo.analyse.populatie import bouw_simulatie, synthetisch
from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.afhankelijkheden import Afhankelijkheden, lees_afhankelijkheden

#: Persons in the traced sample: every branch of a vectorised formula runs for each of them.
STEEKPROEF = 32
STEEKPROEF_ZAAD = 7
#: Variables the comparison computes besides the rights and their conditions.
OOK_GETRACEERD = ("leeftijd", "onderwijssector")

_grafen: dict[tuple[int, str], tuple[object, Afhankelijkheden]] = {}


def gewijzigde_paden(basis, systeem) -> list[str] | None:
    """The parameter paths a document reform of `basis` changes; None for any other system."""
    document = getattr(systeem, "document", None)
    if not isinstance(document, dict) or getattr(systeem, "baseline", None) is not basis:
        return None
    return list(document.get("wijzigingen") or {}) + list(document.get("beeindig") or {})


def getraceerd(basis) -> list[str]:
    """The variables whose reads are traced: every right, its conditions, and `OOK_GETRACEERD`."""
    namen = list(VOORWAARDEN) + [v for lijst in VOORWAARDEN.values() for v in lijst] + list(OOK_GETRACEERD)
    return [n for n in dict.fromkeys(namen) if n in basis.variables]


def leesgraaf(basis, periode) -> Afhankelijkheden:
    """The read graph of `basis` in month `periode`, traced once per process and kept."""
    sleutel = (id(basis), str(periode))
    if sleutel not in _grafen:
        steekproef = synthetisch(STEEKPROEF, STEEKPROEF_ZAAD, peildatum=f"{als_periode(periode).start}")
        simulatie = bouw_simulatie(basis, steekproef, periode)
        _grafen[sleutel] = (basis, lees_afhankelijkheden(simulatie, getraceerd(basis), periode))
    return _grafen[sleutel][1]


def zaaibaar(basis, systeem, periode) -> set[str]:
    """The variables whose baseline values hold under `systeem` in `periode` (empty if unknown)."""
    paden = gewijzigde_paden(basis, systeem)
    if paden is None:
        return set()
    graaf = leesgraaf(basis, periode)
    return set(graaf.parameters) - graaf.geraakt_door(paden)


def zaai(basis_simulatie, simulatie, variabelen, periode) -> int:
    """Copy the baseline's computed values of `variabelen` in `periode` into `simulatie`.

    Returns how many arrays were copied. Inputs are already set in both simulations.
    """
    maand = als_periode(periode)
    gezaaid = 0
    for naam in variabelen:
        variabele = basis_simulatie.tax_benefit_system.variables[naam]
        if not variabele.formulas:
            continue
        bron = basis_simulatie.get_holder(naam)
        for p in bron.get_known_periods():
            if p == maand or p.unit == DateUnit.ETERNITY:
                waarde = bron.get_array(p)
                if waarde is not None:
                    simulatie.get_holder(naam).put_in_cache(waarde, p)
                    gezaaid += 1
    return gezaaid
