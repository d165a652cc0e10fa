"""A requested value that reads an input without a meaningful default, for a person who did not give it.

OpenFisca answers a missing input with the variable's default; for a birth date that is
1970-01-01, which would silently give every such person an age of 54 in 2024. The inputs
listed in `openfisca_llo.regels.bereik.ONMISBAAR` have no default the law gives a meaning, so
a request that needs one of them for a person who did not give it is refused
(`invoer_ontbreekt`), naming the person, the input and the requested value that needs it.

Whether a requested (variable, period) reads such an input is learnt once per system and pair
from a probe: one person without inputs, the pair computed, and then a look at whether
OpenFisca filled in the input's default (it caches the default of every input it reads). The
formulas are vectorised, so every branch is computed and a probe of one person shows every read.
"""

from __future__ import annotations

import weakref
from threading import Lock

from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.regels.bereik import ONMISBAAR

#: (variable, period) pairs remembered per system before the memory is cleared.
MAX_ONTHOUDEN = 10_000

_GELEZEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SLOT = Lock()


def gelezen_onmisbaar(systeem, naam: str, periode: str) -> frozenset[str]:
    """The inputs of ONMISBAAR that computing `naam` for `periode` reads (empty when the probe fails)."""
    with _SLOT:
        per_systeem = _GELEZEN.setdefault(systeem, {})
        bekend = per_systeem.get((naam, periode))
    if bekend is not None:
        return bekend
    onmisbaar = [invoer for invoer in ONMISBAAR if invoer in systeem.variables]
    try:
        simulatie = SimulationBuilder().build_default_simulation(systeem, 1)
        simulatie.calculate(naam, periode)
        bekend = frozenset(invoer for invoer in onmisbaar if simulatie.get_holder(invoer).get_known_periods())
    except Exception:  # noqa: BLE001 - the real computation reports its own error
        bekend = frozenset()
    with _SLOT:
        if len(per_systeem) >= MAX_ONTHOUDEN:
            per_systeem.clear()
        per_systeem[(naam, periode)] = bekend
    return bekend


def eerste_ontbrekende(systeem, situatie):
    """(person id, input, requested variable, period) for the first request that needs a missing input."""
    personen = situatie.get("personen") if isinstance(situatie, dict) else None
    if not isinstance(personen, dict):
        return None
    for lid, variabelen in personen.items():
        ontbreekt = [
            invoer
            for invoer in ONMISBAAR
            if not any(w is not None for w in (variabelen.get(invoer) or {}).values())
        ]
        if not ontbreekt:
            continue
        for naam, waarden in variabelen.items():
            for periode, waarde in waarden.items():
                if waarde is not None:
                    continue
                if naam in ontbreekt:
                    return lid, naam, naam, periode
                gelezen = gelezen_onmisbaar(systeem, naam, periode)
                for invoer in ontbreekt:
                    if invoer in gelezen:
                        return lid, invoer, naam, periode
    return None
