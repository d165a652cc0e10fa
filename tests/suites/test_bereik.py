"""Code health: every numeric parameter carries a plausible range (`metadata.bereik`).

A reform document is checked against it (openfisca_llo/hervorming/document.py): an age of 600
or an amount of 1e30 is refused with the range in the message. The range must hold every value
the current law has, and a switch (unit `bool`) has none.
"""

import math

import pytest
from openfisca_core.parameters import Parameter

from openfisca_llo.tax_benefit_system import basissysteem

BLADEREN = [p for p in basissysteem().parameters.get_descendants() if isinstance(p, Parameter)]
GETALLEN = [p for p in BLADEREN if (p.metadata or {}).get("unit") != "bool"]


def test_er_zijn_numerieke_parameters():
    assert len(GETALLEN) > 50


@pytest.mark.parametrize("blad", GETALLEN, ids=lambda p: p.name)
def test_elk_numeriek_blad_heeft_een_bereik_dat_het_geldende_recht_bevat(blad):
    bereik = blad.metadata.get("bereik")
    assert isinstance(bereik, dict) and set(bereik) == {"min", "max"}, (
        f"{blad.name}: metadata.bereik {{min, max}}"
    )
    laag, hoog = bereik["min"], bereik["max"]
    assert all(
        isinstance(g, int | float) and not isinstance(g, bool) and math.isfinite(g) for g in (laag, hoog)
    )
    assert laag < hoog
    for waarde in blad.values_list:
        if waarde.value is not None:
            assert laag <= waarde.value <= hoog, (
                f"{blad.name} @ {waarde.instant_str}: {waarde.value} buiten het bereik"
            )


@pytest.mark.parametrize("blad", [p for p in BLADEREN if p not in GETALLEN], ids=lambda p: p.name)
def test_een_schakelaar_heeft_geen_bereik(blad):
    assert "bereik" not in blad.metadata
