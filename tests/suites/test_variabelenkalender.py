"""A variable begins and ends on a day the law changes.

Every dated formula of a variable (`formula_YYYY_MM_DD`) begins, and every variable's `end` falls
the day before, a date on which a parameter of the variable's own rule area (the parameter folder
that mirrors the variable's folder) has a dated value, with its source: the opening of a scheme,
an amendment, the end of a scheme. A formula or an end moved by a month lands on a day the law does
not name, and fails here. The dates themselves are pinned by the YAML tests of the parameters.
"""

import datetime
from pathlib import Path

import pytest
from openfisca_core.parameters import Parameter

from openfisca_llo.paths import VARIABLES_DIR
from openfisca_llo.tax_benefit_system import basissysteem

GEEN_DATUM = "0001-01-01"  # OpenFisca's key of an undated `formula`


def _map(variabele):
    functie = next(iter(variabele.formulas.values()))
    return Path(functie.__code__.co_filename).resolve().relative_to(VARIABLES_DIR.resolve()).parent


def _datums_van_het_gebied(systeem, map_):
    knoop = systeem.parameters
    for deel in map_.parts:
        knoop = knoop.children.get(deel) if hasattr(knoop, "children") else None
        if knoop is None:
            return set()
    return {w.instant_str for p in knoop.get_descendants() if isinstance(p, Parameter) for w in p.values_list}


def _kalender(systeem):
    """(variable, what, date) for every dated formula start and every day after an end."""
    gevonden = []
    for naam, variabele in sorted(systeem.variables.items()):
        for dag in variabele.formulas:
            if str(dag) != GEEN_DATUM:
                gevonden.append((naam, "formule", str(dag)))
        if variabele.end:
            einde = datetime.date.fromisoformat(str(variabele.end))
            gevonden.append((naam, "dag na het einde", (einde + datetime.timedelta(days=1)).isoformat()))
    return gevonden


def test_er_zijn_gedateerde_formules_en_einden():
    soorten = {wat for _, wat, _ in _kalender(basissysteem())}
    assert soorten == {"formule", "dag na het einde"}
    assert len(_kalender(basissysteem())) > 100


@pytest.mark.parametrize("naam,wat,datum", _kalender(basissysteem()))
def test_formule_en_einde_vallen_op_een_datum_van_de_wet(systeem, naam, wat, datum):
    variabele = systeem.variables[naam]
    kalender = {(n, w, d) for n, w, d in _kalender(systeem) if n == naam}
    map_ = _map(variabele)
    datums = _datums_van_het_gebied(systeem, map_)
    assert {(n, w, d) for n, w, d in kalender if d not in datums} == set(), (
        f"{naam}: a {wat} on a day no parameter of {map_} names"
    )
