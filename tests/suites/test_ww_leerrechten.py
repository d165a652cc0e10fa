"""Checks for the WW-scholing and leerrechten areas: the condition table and dated policy rules."""

import pytest

from openfisca_llo import CountryTaxBenefitSystem


@pytest.fixture(scope="module")
def systeem():
    return CountryTaxBenefitSystem()


# Each condition is needed: test_eigenschappen_gebieden.test_elke_voorwaarde_is_nodig.


def test_ww_scholing_parameters_per_beleidsregel(systeem):
    """Each UWV policy rule has a dated entry for the maximum duration (2012, 2016, 2021)."""
    p = systeem.parameters.ww.scholing.maximale_duur_maanden
    datums = {str(w.instant_str) for w in p.values_list}
    assert {"2004-08-01", "2012-01-01", "2016-05-18", "2021-01-01"} <= datums


def _ser_seo_aan(bedragen):
    from openfisca_core.reforms import Reform

    def wijzig(parameters):
        ser_seo = parameters.leerrechten.ser_seo
        ser_seo.in_werking.update(start="2026-01-01", value=True)
        for niveau, bedrag in bedragen.items():
            getattr(ser_seo.bedrag, niveau).update(start="2026-01-01", value=bedrag)
        return parameters

    class SerSeoAan(Reform):
        def apply(self):
            self.modify_parameters(modifier_function=wijzig)

    return SerSeoAan


def test_ser_seo_leerrechten_via_parameterhervorming(systeem):
    """A parameter-only reform switches the dormant SER/SEO learning rights on and sets amounts."""
    from openfisca_core.simulations import SimulationBuilder

    hervormd = _ser_seo_aan({"mbo_4": 5000, "master": 1000})(systeem)
    situatie = {
        "personen": {
            "mbo4_45": {
                "geboortedatum": {"ETERNITY": "1981-03-12"},
                "hoogst_behaald_opleidingsniveau": {"2026-10": "mbo_4"},
            },
            "master_35": {
                "geboortedatum": {"ETERNITY": "1991-05-01"},
                "hoogst_behaald_opleidingsniveau": {"2026-10": "master"},
            },
            "mbo4_19": {
                "geboortedatum": {"ETERNITY": "2007-06-15"},
                "hoogst_behaald_opleidingsniveau": {"2026-10": "mbo_4"},
                "einde_initieel_onderwijs": {"ETERNITY": "2026-07-01"},
            },
            "zonder_startkwalificatie": {
                "geboortedatum": {"ETERNITY": "1981-03-12"},
            },
        }
    }
    sim = SimulationBuilder().build_from_entities(hervormd, situatie)
    assert sim.calculate("leerrechten_ser_seo_recht", "2026-10").tolist() == [True, True, False, False]
    assert sim.calculate("leerrechten_ser_seo_bedrag", "2026-10").tolist() == [5000, 1000, 0, 0]
    # Before the reform's start date nothing changes.
    assert not sim.calculate("leerrechten_ser_seo_recht", "2025-12").any()
