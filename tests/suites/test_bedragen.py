"""Amounts, example persons, age bands and weights: pure functions, worked out by hand.

Each population result is a sum or a list of the first ids, so the result of two chunks merged
must equal the result of the whole population: that is checked too.
"""

import numpy as np
import pytest

from openfisca_llo.analyse.bedragen import banden, vergelijk_bedrag
from openfisca_llo.analyse.brokken import voeg_samen
from openfisca_llo.analyse.leeftijdsklassen import klassen, leeftijdsklasse
from openfisca_llo.analyse.populatie import lees_bestand, marginalen, synthetisch
from openfisca_llo.analyse.populatie.gewicht import bevolking_16_tot_en_met_75
from openfisca_llo.analyse.vergelijking import vergelijk_recht
from openfisca_llo.analyse.voorbeelden import AANTAL, eerste_ids
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.tax_benefit_system import basissysteem

VOOR = np.array([0.0, 1000.0, 2530.0, 500.0])
NA = np.array([0.0, 1500.0, 1265.0, 500.0])


def test_totalen_verschil_en_wie_meer_of_minder_krijgt():
    uit = vergelijk_bedrag(VOOR, NA)
    assert uit["basis"] == 1000 + 2530 + 500
    assert uit["hervorming"] == 1500 + 1265 + 500
    assert uit["verschil"] == 500 - 1265
    assert (uit["meer"], uit["minder"], uit["gelijk"]) == (1, 1, 2)
    # +500 valt in [500, 1000); -1265 in [-5000, -1000).
    assert uit["banden"] == {"-5000 tot -1000": 1, "500 tot 1000": 1}


def test_met_gewichten_een_schatting():
    gewicht = np.array([2.0, 3.0, 4.0, 1.0])
    schatting = vergelijk_bedrag(VOOR, NA, gewicht)["schatting_nederland"]
    assert schatting["basis"] == 3 * 1000 + 4 * 2530 + 1 * 500
    assert schatting["verschil"] == 3 * 500 + 4 * (1265 - 2530)
    assert (schatting["meer"], schatting["minder"], schatting["gelijk"]) == (3, 4, 2 + 1)


@pytest.mark.parametrize(
    ("verschil", "band"),
    [
        (100.0, "100 tot 500"),  # de ondergrens hoort bij de band
        (99.99, "0 tot 100"),
        (0.005, "0 tot 100"),  # een halve cent telt als verschil
        (-100.0, "-100 tot 0"),
        (-100.01, "-500 tot -100"),
        (5000.0, "5000 of meer"),
        (-5000.01, "minder dan -5000"),
    ],
)
def test_banden_op_de_grens_en_een_eenheid_erover(verschil, band):
    assert banden(np.array([verschil])) == {band: 1}


def test_minder_dan_een_halve_cent_is_geen_verschil():
    uit = vergelijk_bedrag(np.array([10.0]), np.array([10.004]))
    assert (uit["meer"], uit["gelijk"], uit["banden"]) == (0, 1, {})


def test_twee_delen_samengevoegd_zijn_het_geheel():
    rng = np.random.default_rng(3)
    voor, na = rng.integers(0, 3000, 1000).astype(float), rng.integers(0, 3000, 1000).astype(float)
    gewicht = rng.random(1000)
    heel = vergelijk_bedrag(voor, na, gewicht)
    delen = voeg_samen(
        vergelijk_bedrag(voor[:400], na[:400], gewicht[:400]),
        vergelijk_bedrag(voor[400:], na[400:], gewicht[400:]),
    )
    assert set(delen) == set(heel) and delen["banden"] == heel["banden"]
    for sleutel in ("basis", "hervorming", "verschil", "meer", "minder", "gelijk"):
        assert delen[sleutel] == pytest.approx(heel[sleutel])
        assert delen["schatting_nederland"][sleutel] == pytest.approx(heel["schatting_nederland"][sleutel])


def test_voorbeelden_zijn_de_eerste_ids_en_voegen_samen():
    ids = np.array([10, 3, 7, 1, 9, 4])
    masker = np.array([True, True, False, True, True, True])
    assert eerste_ids(masker, ids, k=3) == [1, 3, 4]
    # Parts merge their example lists by taking the first ids of both (analyse/brokken.py).
    assert voeg_samen([3, 10], [1, 4, 9, 11, 12]) == [1, 3, 4, 9, 10][:AANTAL]


def test_een_recht_per_groep_met_oorzaken_per_overgang():
    voor = np.array([True, True, False, False, False])
    na = np.array([True, False, True, True, False])
    # De voorwaarde verandert bij persoon 1 (verliest) en 2 (krijgt), niet bij 3.
    voorwaarde = (np.array([1, 1, 0, 1, 0]), np.array([1, 0, 1, 1, 0]))
    kenmerken = {"sector": np.array(["wo", "mbo", "wo", "hbo", "geen"], dtype=object)}
    uit = vergelijk_recht(voor, na, {"c": voorwaarde}, kenmerken, np.arange(5), np.full(5, 10.0))
    assert [uit[g] for g in ("blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht")] == [
        1,
        2,
        1,
        1,
    ]
    assert uit["oorzaken"] == {"c": 2}
    assert uit["oorzaken_per_overgang"] == {"krijgt_recht": {"c": 1}, "verliest_recht": {"c": 1}}
    assert uit["uitsplitsing"]["krijgt_recht"]["sector"] == {"hbo": 1, "wo": 1}
    assert uit["voorbeelden"] == {"krijgt_recht": [2, 3], "verliest_recht": [1]}
    assert uit["schatting_nederland"]["krijgt_recht"] == 2 * 10


def test_leeftijdsklassen_volgen_de_drempels():
    # Minimumleeftijd 30, maximumleeftijd 57 -> 60: klassen beginnen op elke drempel.
    assert klassen([30, 57, 60]) == [(16, 29), (30, 56), (57, 59), (60, 75)]
    assert list(leeftijdsklasse(np.array([16, 29, 30, 59, 60, 75]), klassen([30, 57, 60]))) == [
        "16-29",
        "16-29",
        "30-56",
        "57-59",
        "60-75",
        "60-75",
    ]
    assert klassen([]) == [(16, 29), (30, 44), (45, 56), (57, 66), (67, 75)]


def test_het_gewicht_van_de_synthetische_bevolking_telt_op_tot_de_cbs_bevolking():
    # CBS 37296ned (1 januari 2019): 16-19 voor 4/20, 20-39, 40-64, 65-79 voor 11/15 (0,7333).
    verwacht = 3791838 * 0.2 + 4309987 + 5866334 + 2515184 * 0.7333
    assert bevolking_16_tot_en_met_75(marginalen()) == pytest.approx(verwacht)
    assert synthetisch(1000, 1)["gewicht"].sum() == pytest.approx(verwacht)


def test_een_bestand_met_een_gewichtkolom(tmp_path):
    bestand = tmp_path / "p.csv"
    bestand.write_text("geboortedatum,gewicht\n1968-09-15,1500\n1990-01-01,2500.5\n", encoding="utf-8")
    assert list(lees_bestand(bestand, basissysteem())["gewicht"]) == [1500, 2500.5]


@pytest.mark.parametrize("waarde", ["-1", "veel", "nan", ""])
def test_een_slecht_gewicht_noemt_kolom_en_rij(tmp_path, waarde):
    bestand = tmp_path / "p.csv"
    bestand.write_text(f"geboortedatum,gewicht\n1968-09-15,1\n1990-01-01,{waarde}\n", encoding="utf-8")
    with pytest.raises(GebruikersFout, match="kolom 'gewicht', rij 3"):
        lees_bestand(bestand, basissysteem())
