"""Wsf 2000 art. 2.3a lid 5: the published maximum ages follow the AOW age.

"De maximumleeftijd wordt telkens verhoogd met een volledig jaar met ingang van het studiejaar
dat aanvangt in hetzelfde jaar als waarin de pensioengerechtigde leeftijd ... cumulatief met een
volledig jaar is verhoogd." Lid 4 set 56 when the rule was introduced; the reference point that
reproduces the published values is the AOW age of 2018 (66 years), the last AOW age of whole
years before 56 took effect. The expected value is derived here from the AOW table, not from
the formula of the engine.
"""

import pytest

from openfisca_llo.regels.datums import MAANDEN_PER_JAAR

LID_4_MAXIMUMLEEFTIJD = 56
REFERENTIEJAAR_AOW = 2018


def aow_in_maanden(parameters, jaar):
    aow = parameters(f"{jaar}-01-01").aow.pensioengerechtigde_leeftijd
    return aow.jaren * MAANDEN_PER_JAAR + aow.maanden


@pytest.mark.parametrize("jaar", range(2020, 2032))
def test_gepubliceerde_maximumleeftijd_volgt_lid_5(systeem, jaar):
    parameters = systeem.parameters
    verhoging = aow_in_maanden(parameters, jaar) - aow_in_maanden(parameters, REFERENTIEJAAR_AOW)
    volgens_lid_5 = LID_4_MAXIMUMLEEFTIJD + verhoging // MAANDEN_PER_JAAR
    for begin in (f"{jaar}-08-01", f"{jaar}-09-01"):
        assert parameters(begin).wsf.levenlanglerenkrediet.maximumleeftijd == volgens_lid_5


def test_referentiepunt_is_een_aow_leeftijd_van_hele_jaren(systeem):
    aow = systeem.parameters(f"{REFERENTIEJAAR_AOW}-01-01").aow.pensioengerechtigde_leeftijd
    assert (aow.jaren, aow.maanden) == (66, 0)


@pytest.mark.parametrize(
    "jaar, jaren, maanden",
    [
        (2013, 65, 1),
        (2016, 65, 6),
        (2019, 66, 4),
        (2021, 66, 4),
        (2022, 66, 7),
        (2023, 66, 10),
        (2024, 67, 0),
        (2028, 67, 3),
        (2031, 67, 3),
    ],
)
def test_aow_tabel_van_artikel_7a(systeem, jaar, jaren, maanden):
    # AOW art. 7a lid 1 onder b-n (2013-2025); rijksoverheid.nl for 2026-2029; 2030-2031 reported.
    aow = systeem.parameters(f"{jaar}-06-01").aow.pensioengerechtigde_leeftijd
    assert (aow.jaren, aow.maanden) == (jaren, maanden)
