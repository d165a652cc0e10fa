"""Checks for the WW-scholing and leerrechten areas: the condition table and dated policy rules."""

import inspect

import pytest

from openfisca_llo import CountryTaxBenefitSystem
from openfisca_llo.voorwaarden import VOORWAARDEN


@pytest.fixture(scope="module")
def systeem():
    return CountryTaxBenefitSystem()


def test_elke_voorwaarde_bestaat_en_wordt_gelezen(systeem):
    for recht, voorwaarden in VOORWAARDEN.items():
        assert recht in systeem.variables, recht
        variabele = systeem.variables[recht]
        bron = "".join(inspect.getsource(f) for f in variabele.formulas.values())
        for voorwaarde in voorwaarden:
            assert voorwaarde in systeem.variables, voorwaarde
            assert f'"{voorwaarde}"' in bron, f"{recht} leest {voorwaarde} niet"


def test_ww_scholing_parameters_per_beleidsregel(systeem):
    """Each UWV policy rule has a dated entry for the maximum duration (2012, 2016, 2021)."""
    p = systeem.parameters.ww.scholing.maximale_duur_maanden
    datums = {str(w.instant_str) for w in p.values_list}
    assert {"2004-08-01", "2012-01-01", "2016-05-18", "2021-01-01"} <= datums
