"""Seeding a reform simulation with the baseline's values never changes an answer.

For every built-in reform, the comparison with seeding (openfisca_llo/analyse/zaaien.py) is
compared with the comparison without it, as JSON with the breakdown, and every variable the
comparison computed is compared array by array. A further test shows that seeding does take
effect (otherwise the equality would prove nothing).
"""

import json

import numpy as np
import pytest
from openfisca_core.reforms import Reform

from openfisca_llo.analyse import zaaien
from openfisca_llo.analyse.populatie import bouw_simulatie, synthetisch
from openfisca_llo.analyse.vergelijking import als_json, rechten, vergelijk
from openfisca_llo.hervorming import laad
from openfisca_llo.paths import REFORMS_DIR

BIBLIOTHEEK = sorted(REFORMS_DIR.glob("*.yaml"))
PERSONEN = 20_000


@pytest.fixture(scope="module")
def populatie():
    return synthetisch(PERSONEN, 31)


@pytest.mark.parametrize("periode", ["2026-10", "2026-07"], ids=["na-ingang", "voor-ingang"])
@pytest.mark.parametrize("pad", BIBLIOTHEEK, ids=lambda p: p.stem)
def test_seeding_gives_the_same_comparison(systeem, populatie, pad, periode):
    document, hervormd = laad(pad, systeem)
    met = vergelijk(systeem, [(document["naam"], hervormd)], populatie, periode, voortgang=False)
    zonder = vergelijk(
        systeem, [(document["naam"], hervormd)], populatie, periode, voortgang=False, zaaien=False
    )
    assert json.dumps([als_json(r, True) for r in met]) == json.dumps([als_json(r, True) for r in zonder])


@pytest.mark.parametrize("pad", BIBLIOTHEEK, ids=lambda p: p.stem)
def test_every_seeded_variable_equals_its_computed_value(systeem, populatie, pad):
    """Seed a reform simulation, compute everything there, and compare with an unseeded one."""
    periode = "2026-10"
    document, hervormd = laad(pad, systeem)
    basis = bouw_simulatie(systeem, populatie, periode)
    for naam in zaaien.getraceerd(systeem):
        basis.calculate(naam, periode)
    gezaaid = bouw_simulatie(hervormd, populatie, periode)
    variabelen = zaaien.zaaibaar(systeem, hervormd, periode)
    assert zaaien.zaai(basis, gezaaid, variabelen, periode) > 0
    vers = bouw_simulatie(hervormd, populatie, periode)
    for naam in zaaien.getraceerd(systeem):
        assert np.array_equal(gezaaid.calculate(naam, periode), vers.calculate(naam, periode)), naam


def test_a_reform_recomputes_only_its_chain(systeem):
    """The AOW-age reform changes one switch: only the maximum age, the age condition and the
    right read it, so every other traced variable is seeded."""
    document, hervormd = laad(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml", systeem)
    graaf = zaaien.leesgraaf(systeem, "2026-10")
    niet_gezaaid = set(graaf.parameters) - zaaien.zaaibaar(systeem, hervormd, "2026-10")
    assert niet_gezaaid == {
        "levenlanglerenkrediet_maximumleeftijd",
        "levenlanglerenkrediet_leeftijdsvoorwaarde",
        "levenlanglerenkrediet_recht",
    }
    assert len(graaf.parameters) > 100


def test_a_system_not_made_from_a_document_is_not_seeded(systeem):
    class Eigen(Reform):
        def apply(self):
            pass

    assert zaaien.zaaibaar(systeem, Eigen(systeem), "2026-10") == set()
    document, hervormd = laad(BIBLIOTHEEK[0], systeem)
    assert zaaien.zaaibaar(hervormd, hervormd, "2026-10") == set()  # not a reform of this baseline
    assert set(rechten(systeem)) <= set(zaaien.getraceerd(systeem))
