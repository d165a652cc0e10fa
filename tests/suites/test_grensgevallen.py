"""Runs every boundary case generated from the parameters (see grensgevallen.py).

What these cases check, and what not: each threshold is read from the current parameters, so a
case sits on the boundary the rules use and checks the side of it (`<` against `<=`, "nog niet
bereikt" against "bereikt", the studiejaar on which a value is read). A wrong parameter value
moves the case with it and is not caught here: the YAML tests in tests/regels, written from the
articles, pin the values.
"""

import pytest

from openfisca_llo.tax_benefit_system import basissysteem

from .grensgevallen import GENERATOREN, alle_gevallen, bereken, klopt

SYSTEEM = basissysteem()
GEVALLEN = alle_gevallen(SYSTEEM)


@pytest.mark.parametrize("generator", GENERATOREN, ids=lambda g: g.__name__)
def test_elke_generator_maakt_paren_aan_beide_kanten(generator):
    gevallen = generator(SYSTEEM)
    assert len(gevallen) >= 2, f"{generator.__name__} makes no pair"
    verwacht = [g.verwacht for g in gevallen]
    if all(isinstance(v, bool) for v in verwacht):
        assert True in verwacht and False in verwacht, f"{generator.__name__}: cases on one side only"
    else:
        assert len(set(verwacht)) >= 2, f"{generator.__name__}: one expected amount for all cases"


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: f"{g.variabele}:{g.naam}")
def test_grensgeval(systeem, geval):
    assert klopt(systeem, geval), f"{geval.naam}: expected {geval.verwacht}, got {bereken(systeem, geval)}"
