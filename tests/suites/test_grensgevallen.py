"""Runs every boundary case generated from the parameters (see grensgevallen.py)."""

import pytest

from openfisca_llo.tax_benefit_system import basissysteem

from .grensgevallen import alle_gevallen, bereken, klopt

GEVALLEN = alle_gevallen(basissysteem())


def test_er_zijn_grensgevallen_voor_elke_generator():
    assert len(GEVALLEN) >= 40


@pytest.mark.parametrize("geval", GEVALLEN, ids=lambda g: f"{g.variabele}:{g.naam}")
def test_grensgeval(systeem, geval):
    assert klopt(systeem, geval), f"{geval.naam}: expected {geval.verwacht}, got {bereken(systeem, geval)}"
