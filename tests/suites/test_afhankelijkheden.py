"""The read graph from OpenFisca's tracer: which variables a parameter change can reach."""

import numpy as np
import pytest

from openfisca_llo.analyse.bedragen import bedragen_in
from openfisca_llo.analyse.populatie import bouw_simulatie, synthetisch
from openfisca_llo.hervorming import laad
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.afhankelijkheden import lees_afhankelijkheden, raakt

PERIODE = "2026-10"
# A reform that starts later is checked in its first month (the halving applies to studiejaar 2027-2028).
PERIODEN = {"collegegeld_en_lesgeld_gehalveerd_2027_2028.yaml": "2027-09"}


def gelezen_graaf(systeem, personen: int, periode=PERIODE):
    simulatie = bouw_simulatie(systeem, synthetisch(personen, 7), periode)
    namen = [n for n in VOORWAARDEN if n in systeem.variables] + [b.naam for b in bedragen_in(systeem)]
    return lees_afhankelijkheden(simulatie, namen, periode)


def test_raakt_een_blad_een_knoop_en_niet_een_buur():
    assert raakt("wsf.levenlanglerenkrediet.maximumleeftijd", "wsf.levenlanglerenkrediet.maximumleeftijd")
    assert raakt("vouchers.leervoucher.sectoren", "vouchers.leervoucher.sectoren.ict")
    assert raakt("vouchers.leervoucher.sectoren.ict", "vouchers.leervoucher.sectoren")
    assert not raakt(
        "wsf.levenlanglerenkrediet.maximumleeftijd", "wsf.levenlanglerenkrediet.mbo_bbl_toegestaan"
    )
    assert not raakt(
        "wsf.levenlanglerenkrediet.maximumleeftijd",
        "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd",
    )


def test_de_maximumleeftijd_raakt_het_krediet_en_niet_het_collegegeld(systeem):
    graaf = gelezen_graaf(systeem, 32)
    geraakt = graaf.geraakt_door(["wsf.levenlanglerenkrediet.maximumleeftijd"])
    assert {"levenlanglerenkrediet_leeftijdsvoorwaarde", "levenlanglerenkrediet_recht"} <= geraakt
    assert "wettelijk_collegegeld_recht" not in geraakt
    assert "levenlanglerenkrediet_opleidingsvoorwaarde" not in geraakt


def test_een_tabel_per_sleutel_telt_helemaal_als_gelezen(systeem):
    """One traced person has one sector, yet every key of the sector table counts as read."""
    graaf = gelezen_graaf(systeem, 1)
    gelezen = graaf.parameters_van("leervoucher_sectorvoorwaarde")
    sleutels = {p.rsplit(".", 1)[1] for p in gelezen if p.startswith("vouchers.leervoucher.sectoren.")}
    assert len(sleutels) == len(systeem.parameters.vouchers.leervoucher.sectoren.children)


@pytest.mark.parametrize("bestand", sorted(p.name for p in REFORMS_DIR.glob("*.yaml")))
def test_wat_een_hervorming_verandert_is_geraakt(systeem, bestand):
    """Soundness: every condition, right or amount whose value differs under a reform reads a changed path."""
    periode = PERIODEN.get(bestand, PERIODE)
    document, hervormd = laad(REFORMS_DIR / bestand, systeem)
    graaf = gelezen_graaf(systeem, 32, periode)
    geraakt = graaf.geraakt_door(document["wijzigingen"])
    populatie = synthetisch(20_000, 11)
    voor, na = bouw_simulatie(systeem, populatie, periode), bouw_simulatie(hervormd, populatie, periode)
    veranderd = set()
    namen = [n for recht, voorwaarden in VOORWAARDEN.items() for n in [recht, *voorwaarden]]
    for naam in namen + [b.naam for b in bedragen_in(systeem)]:
        if naam in systeem.variables and not np.array_equal(
            voor.calculate(naam, periode), na.calculate(naam, periode)
        ):
            veranderd.add(naam)
    assert veranderd, "the reform changes nothing in this month: the test would check nothing"
    assert veranderd <= geraakt
