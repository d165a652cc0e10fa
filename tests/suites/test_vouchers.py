"""Vouchers and targeted budgets: the schemes' calendar, the condition table and targeting.

The SCP's lesson on STAP (only 10 % of recipients had at most mbo-1, against 23 % of the
population) is the test of the leervoucher: switched on with "tot en met mbo-4" targeting it must
reach exactly the people it aims at, and nobody above that level.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.periods import period as maak_periode
from openfisca_core.reforms import Reform
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.commando.regelingen import open_regelingen, samenvoegen
from openfisca_llo.regels.regelingen import schakelaars
from openfisca_llo.tax_benefit_system import basissysteem

SCHAKELAAR_VARIABELE = {
    "vouchers.stap": "stap_in_werking",
    "vouchers.stap_ontwikkeladvies": "stap_ontwikkeladvies_in_werking",
    "vouchers.nl_leert_door": "nl_leert_door_in_werking",
    "vouchers.ontwikkeladvies_45plus": "ontwikkeladvies_45plus_in_werking",
    "vouchers.kansberoep": "kansberoep_in_werking",
    "vouchers.uwv_scholingsbudget": "uwv_scholingsbudget_in_werking",
    "vouchers.studievoucher.voucher": "studievoucher_voucher_in_werking",
    "vouchers.studievoucher.tegemoetkoming": "studievoucher_tegemoetkoming_in_werking",
    "vouchers.slim_ontwikkelpaden": "slim_ontwikkelpaden_in_werking",
    "vouchers.leervoucher": "leervoucher_in_werking",
    "leerrechten.ser_seo": "leerrechten_ser_seo_in_werking",
}
VOUCHER_RECHTEN = [
    "stap_budget_recht",
    "studievoucher_recht",
    "kansberoep_subsidie_recht",
    "uwv_scholingsbudget_recht",
    "ontwikkeladvies_45plus_recht",
    "stap_ontwikkeladvies_recht",
    "nl_leert_door_recht",
    "slim_ontwikkelpaden_subsidiabele_scholing",
    "leervoucher_recht",
]


@pytest.fixture(scope="module")
def systeem():
    return basissysteem()


def simulatie(systeem, personen):
    return SimulationBuilder().build_from_entities(systeem, {"personen": personen})


# --- the condition table ---------------------------------------------------------------


# Each condition is needed: test_eigenschappen_gebieden.test_elke_voorwaarde_is_nodig.


# --- the calendar of schemes ------------------------------------------------------------


def test_elke_schakelaar_heeft_een_variabele(systeem):
    assert set(schakelaars(systeem.parameters)) == set(SCHAKELAAR_VARIABELE)


# The published first and last day of each scheme, typed from the sources (not read from the
# parameters): a month is open when any of its days is. STAP-budget: applications from 1 March 2022,
# abolished per 1 January 2024 (Subsidieregeling STAP-budget; domain notes 4.1). Ontwikkeladvies STAP:
# registration portal open from 1 April 2022, applications up to and including 15 December 2022
# (Noloc). NL leert door: from 1 August 2020, lapsed 1 January 2022 (Stcrt. 2020, 39785). Ontwikkeladvies
# 45+: from 1 December 2017 (Stcrt. 2017, 69644), applications until 10 January 2020. Kansberoep: from
# 1 May 2016, apply by 31 December 2017. UWV scholingsbudget: 1 July 2018 to the end of 2020 (UWV
# annual reports). Studievoorschotvoucher: studiejaren from 1 September 2015, replaced on 1 September
# 2023 by the tegemoetkoming (Wsf 2000 art. 12.15; Stb. 2023, 188). SLIM chapter 3: from 10 March 2025,
# lapses 1 January 2028 (Stcrt. 2025, 7276; SLIM-regeling art. 4.3). Proposals: never open in the base.
GEPUBLICEERD = {
    "stap_in_werking": ("2022-03-01", "2023-12-31"),
    "stap_ontwikkeladvies_in_werking": ("2022-04-01", "2022-12-15"),
    "nl_leert_door_in_werking": ("2020-08-01", "2021-12-31"),
    "ontwikkeladvies_45plus_in_werking": ("2017-12-01", "2020-01-10"),
    "kansberoep_in_werking": ("2016-05-01", "2017-12-31"),
    "uwv_scholingsbudget_in_werking": ("2018-07-01", "2020-12-31"),
    "studievoucher_voucher_in_werking": ("2015-09-01", "2023-08-31"),
    "studievoucher_tegemoetkoming_in_werking": ("2023-09-01", "9999-12-31"),
    "slim_ontwikkelpaden_in_werking": ("2025-03-10", "2027-12-31"),
    "leervoucher_in_werking": None,
    "leerrechten_ser_seo_in_werking": None,
}


def _open_volgens_bronnen(variabele, maand):
    venster = GEPUBLICEERD[variabele]
    if venster is None:
        return False
    eerste, laatste = (np.datetime64(d) for d in venster)
    begin = np.datetime64(f"{maand}-01")
    einde = (begin.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    return bool(eerste <= einde and laatste >= begin)


def test_tabel_en_variabelen_volgen_de_gepubliceerde_data(systeem):
    """The `llo regelingen` table and the `*_in_werking` variables, 2015-01 to 2028-12, each against
    the published dates above (both read the same parameter, so each is checked on its own)."""
    _, maanden = open_regelingen(systeem.parameters, maak_periode("2015-01"), maak_periode("2028-12"))
    assert len(maanden) == 14 * 12
    assert set(GEPUBLICEERD) == set(SCHAKELAAR_VARIABELE.values())
    sim = simulatie(systeem, {"p": {}})
    for maand, open_ in maanden:
        for pad, variabele in SCHAKELAAR_VARIABELE.items():
            verwacht = _open_volgens_bronnen(variabele, str(maand))
            assert bool(sim.calculate(variabele, maand)[0]) == verwacht, (variabele, str(maand))
            assert (pad in open_) == verwacht, (pad, str(maand))


@pytest.mark.parametrize(
    "maand, open_, dicht",
    [
        ("2016-04", [], ["vouchers.kansberoep"]),
        ("2016-05", ["vouchers.kansberoep"], []),
        ("2017-12", ["vouchers.kansberoep", "vouchers.ontwikkeladvies_45plus"], []),
        ("2018-01", ["vouchers.ontwikkeladvies_45plus"], ["vouchers.kansberoep"]),
        ("2018-07", ["vouchers.uwv_scholingsbudget"], []),
        ("2020-01", ["vouchers.ontwikkeladvies_45plus"], []),
        ("2020-02", [], ["vouchers.ontwikkeladvies_45plus"]),
        ("2021-01", ["vouchers.nl_leert_door"], ["vouchers.uwv_scholingsbudget"]),
        ("2022-01", [], ["vouchers.nl_leert_door", "vouchers.stap"]),
        ("2022-03", ["vouchers.stap"], ["vouchers.stap_ontwikkeladvies"]),
        ("2022-12", ["vouchers.stap_ontwikkeladvies"], []),
        ("2023-01", ["vouchers.stap"], ["vouchers.stap_ontwikkeladvies"]),
        ("2023-08", ["vouchers.studievoucher.voucher"], ["vouchers.studievoucher.tegemoetkoming"]),
        ("2023-09", ["vouchers.studievoucher.tegemoetkoming"], ["vouchers.studievoucher.voucher"]),
        ("2024-01", [], ["vouchers.stap"]),
        ("2025-02", [], ["vouchers.slim_ontwikkelpaden"]),
        ("2025-03", ["vouchers.slim_ontwikkelpaden"], []),
        ("2027-12", ["vouchers.slim_ontwikkelpaden"], ["vouchers.leervoucher"]),
    ],
)
def test_regelingen_open_op_de_grenzen(systeem, maand, open_, dicht):
    periode = maak_periode(maand)
    _, [(_, werkelijk)] = open_regelingen(systeem.parameters, periode, periode)
    assert set(open_) <= set(werkelijk)
    assert not set(dicht) & set(werkelijk)


def test_slim_hoofdstuk_3_dicht_na_2027(systeem):
    _, [(_, werkelijk)] = open_regelingen(systeem.parameters, maak_periode("2028-01"), maak_periode("2028-01"))
    assert "vouchers.slim_ontwikkelpaden" not in werkelijk


def test_samenvoegen_houdt_elke_maand():
    maanden = [(maak_periode(f"2020-{m:02d}"), ["a"] if m < 4 else []) for m in range(1, 7)]
    reeksen = samenvoegen(maanden)
    assert [(str(e), str(laatste), o) for e, laatste, o in reeksen] == [
        ("2020-01", "2020-03", ["a"]),
        ("2020-04", "2020-06", []),
    ]


def test_commando_markdown(capsys):
    from openfisca_llo.commando import main

    assert (
        main(["regelingen", "--van", "2022-03", "--tot", "2022-04", "--format", "markdown", "--per-maand"]) == 0
    )
    uitvoer = capsys.readouterr().out
    assert "| 2022-03 | stap, studievoucher.voucher |" in uitvoer
    assert "| 2022-04 | stap, stap_ontwikkeladvies, studievoucher.voucher |" in uitvoer


def test_commando_foute_maand(capsys):
    from openfisca_llo.commando import main

    assert main(["regelingen", "--van", "2022"]) == 2
    assert "JJJJ-MM" in capsys.readouterr().err


# --- the AOW age -------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    geboren=st.dates(
        min_value=np.datetime64("1946-01-01").astype(object),
        max_value=np.datetime64("1965-12-31").astype(object),
    ),
)
def test_aow_leeftijd_eenmaal_bereikt_blijft_bereikt(geboren):
    """AOW art. 7a: the AOW age rises by less than a year a year, so whoever reached it stays past it."""
    systeem = basissysteem()
    sim = simulatie(systeem, {"p": {"geboortedatum": {"ETERNITY": geboren.isoformat()}}})
    maanden = [maak_periode(f"{jaar}-{maand:02d}") for jaar in range(2014, 2032) for maand in range(1, 13)]
    bereikt = [bool(sim.calculate("aow_leeftijd_bereikt", maand)[0]) for maand in maanden]
    eerste = bereikt.index(True) if True in bereikt else len(bereikt)
    assert all(bereikt[eerste:])


# --- the targeted leervoucher: the SCP's lesson --------------------------------------------


class LeervoucherTotEnMetMbo4(Reform):
    """On from 2026-01-01, for people with at most mbo-4 (NLQF 4), training towards crucial sectors."""

    name = "Gerichte leervoucher tot en met mbo-4"

    def apply(self):
        def wijzig(parameters):
            lv = parameters.vouchers.leervoucher
            lv.in_werking.update(start="2026-01-01", value=True)
            lv.maximaal_opleidingsniveau.update(start="2026-01-01", value=4)
            lv.sectoren.overig.update(start="2026-01-01", value=False)
            return parameters

        self.modify_parameters(modifier_function=wijzig)


class LeervoucherOngericht(Reform):
    name = "Ongerichte leervoucher (zoals STAP)"

    def apply(self):
        def wijzig(parameters):
            parameters.vouchers.leervoucher.in_werking.update(start="2026-01-01", value=True)
            return parameters

        self.modify_parameters(modifier_function=wijzig)


# One diploma per NLQF level 0-8, the level from Nuffic's overview of Dutch diplomas.
DIPLOMA_PER_NIVEAU = {
    0: "geen_diploma",
    1: "mbo_1",
    2: "mbo_2",
    3: "mbo_3",
    4: "mbo_4",
    5: "associate_degree",
    6: "bachelor",
    7: "master",
    8: "doctor",
}


def bevolking():
    """Every combination of NLQF level 0-8 (by its diploma), target sector and age 17/30/60."""
    personen = {}
    for niveau, diploma in DIPLOMA_PER_NIVEAU.items():
        for sector in ["zorg_en_welzijn", "techniek", "overig"]:
            for geboren in ["2009-06-01", "1996-01-01", "1966-01-01"]:
                personen[f"p_{niveau}_{sector}_{geboren}"] = {
                    "geboortedatum": {"ETERNITY": geboren},
                    "hoogst_behaald_opleidingsniveau": {"2026-03": diploma},
                    "scholing_beroepsklasse": {"2026-03": sector},
                }
    return personen


def ontvangers(systeem):
    personen = bevolking()
    sim = simulatie(systeem, personen)
    recht = sim.calculate("leervoucher_recht", "2026-03")
    return {naam for naam, r in zip(personen, recht, strict=True) if r}, sim


def test_leervoucher_slaapt_in_de_basis(systeem):
    gekregen, sim = ontvangers(systeem)
    assert not gekregen
    assert sim.calculate("leervoucher_bedrag", "2026-03").sum() == 0


def test_leervoucher_tot_en_met_mbo4_bereikt_de_doelgroep(systeem):
    gericht, _ = ontvangers(LeervoucherTotEnMetMbo4(systeem))
    doelgroep = {
        f"p_{niveau}_{sector}_{geboren}"
        for niveau in range(5)  # NLQF 0 tot en met 4: tot en met mbo-4
        for sector in ["zorg_en_welzijn", "techniek"]  # cruciale sectoren
        for geboren in ["1996-01-01", "1966-01-01"]  # 18 jaar of ouder, onder de AOW-leeftijd
    }
    assert gericht == doelgroep


def test_leervoucher_ongericht_gaat_ook_naar_hoger_opgeleiden(systeem):
    """Without targeting (the STAP design) most of the money goes above mbo-4 in this population."""
    ongericht, _ = ontvangers(LeervoucherOngericht(systeem))
    boven_mbo4 = {naam for naam in ongericht if int(naam.split("_")[1]) > 4}
    assert boven_mbo4
    gericht, _ = ontvangers(LeervoucherTotEnMetMbo4(systeem))
    assert not {naam for naam in gericht if int(naam.split("_")[1]) > 4}
    assert gericht < ongericht


def test_leervoucher_bedrag_per_niveau(systeem):
    gericht = LeervoucherTotEnMetMbo4(systeem)
    personen = bevolking()
    sim = simulatie(gericht, personen)
    bedrag = sim.calculate("leervoucher_bedrag", "2026-03")
    recht = sim.calculate("leervoucher_recht", "2026-03")
    assert np.all(bedrag[recht] == 1000)
    assert np.all(bedrag[~recht] == 0)


class LeervoucherStrengGericht(Reform):
    """Every targeting switch on, to test each condition on both sides."""

    name = "Leervoucher met alle richtingsvoorwaarden"

    def apply(self):
        def wijzig(parameters):
            lv = parameters.vouchers.leervoucher
            for knoop, waarde in [
                (lv.in_werking, True),
                (lv.maximaal_opleidingsniveau, 4),
                (lv.minimumleeftijd, 25),
                (lv.maximumleeftijd, 55),
                (lv.alleen_flexwerkers, True),
                (lv.alleen_ocw_erkend, True),
                (lv.sectoren.overig, False),
            ]:
                knoop.update(start="2026-01-01", value=waarde)
            lv.bedrag.nlqf_2.update(start="2026-01-01", value=1500)
            return parameters

        self.modify_parameters(modifier_function=wijzig)


DOELPERSOON = {
    "geboortedatum": {"ETERNITY": "1981-03-01"},  # 45 in maart 2026
    "hoogst_behaald_opleidingsniveau": {"2026-03": "mbo_2"},  # NLQF 2
    "scholing_beroepsklasse": {"2026-03": "techniek"},
    "flexcontract": {"2026-03": True},
    "scholing_ocw_erkend": {"2026-03": True},
}


@pytest.mark.parametrize(
    "wijziging, voorwaarde, verwacht",
    [
        ({}, "leervoucher_recht", True),
        # "tot en met mbo-4": NLQF 4 <= 4 (mbo-4, and vwo at 4+), NLQF 5 (associate degree) not
        ({"hoogst_behaald_opleidingsniveau": {"2026-03": "mbo_4"}}, "leervoucher_opleidingsvoorwaarde", True),
        ({"hoogst_behaald_opleidingsniveau": {"2026-03": "vwo"}}, "leervoucher_opleidingsvoorwaarde", True),
        (
            {"hoogst_behaald_opleidingsniveau": {"2026-03": "associate_degree"}},
            "leervoucher_opleidingsvoorwaarde",
            False,
        ),
        ({"scholing_beroepsklasse": {"2026-03": "overig"}}, "leervoucher_sectorvoorwaarde", False),
        ({"geboortedatum": {"ETERNITY": "2001-03-01"}}, "leervoucher_leeftijdsvoorwaarde", True),  # 25 precies
        ({"geboortedatum": {"ETERNITY": "2001-03-02"}}, "leervoucher_leeftijdsvoorwaarde", False),  # 24
        ({"geboortedatum": {"ETERNITY": "1971-03-02"}}, "leervoucher_leeftijdsvoorwaarde", True),  # 54
        ({"geboortedatum": {"ETERNITY": "1971-03-01"}}, "leervoucher_leeftijdsvoorwaarde", False),  # 55 bereikt
        ({"flexcontract": {"2026-03": False}}, "leervoucher_contractvoorwaarde", False),
        ({"scholing_ocw_erkend": {"2026-03": False}}, "leervoucher_aanbiedervoorwaarde", False),
    ],
)
def test_leervoucher_richting_aan_beide_kanten(systeem, wijziging, voorwaarde, verwacht):
    sim = simulatie(LeervoucherStrengGericht(systeem), {"p": {**DOELPERSOON, **wijziging}})
    assert bool(sim.calculate(voorwaarde, "2026-03")[0]) is verwacht
    assert bool(sim.calculate("leervoucher_recht", "2026-03")[0]) is verwacht


def test_leervoucher_bedrag_hangt_af_van_niveau(systeem):
    sim = simulatie(LeervoucherStrengGericht(systeem), {"p": DOELPERSOON})
    assert sim.calculate("leervoucher_bedrag", "2026-03")[0] == pytest.approx(1500)
    sim = simulatie(
        LeervoucherStrengGericht(systeem),
        {"p": {**DOELPERSOON, "hoogst_behaald_opleidingsniveau": {"2026-03": "mbo_3"}}},  # NLQF 3
    )
    assert sim.calculate("leervoucher_bedrag", "2026-03")[0] == pytest.approx(1000)
    # Vmbo kader or theoretisch is NLQF 2 like mbo-2 (Nuffic): the NLQF 2 amount, 1500.
    sim = simulatie(
        LeervoucherStrengGericht(systeem),
        {"p": {**DOELPERSOON, "hoogst_behaald_opleidingsniveau": {"2026-03": "vmbo_kader_of_theoretisch"}}},
    )
    assert sim.calculate("leervoucher_bedrag", "2026-03")[0] == pytest.approx(1500)
