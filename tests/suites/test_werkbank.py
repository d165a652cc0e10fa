"""The drafter's workbench on a population: money, causes named by parameter, examples, warnings.

Reforms are written here as small documents; expected figures follow from the law (the halved
fee is 2601 / 2 for everyone who owes it) or from the counts of the same comparison.
"""

import json

import numpy as np
import pytest

from openfisca_llo import commando as cli
from openfisca_llo.analyse import waarschuwingen as w
from openfisca_llo.analyse.populatie import synthetisch
from openfisca_llo.analyse.vergelijking import vergelijk
from openfisca_llo.hervorming import pas_toe
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.tax_benefit_system import basissysteem

LEEFTIJD = "wsf.levenlanglerenkrediet.maximumleeftijd"
HALVERING = REFORMS_DIR / "collegegeld_en_lesgeld_gehalveerd_2027_2028.yaml"


def document(wijzigingen):
    return {"naam": "test", "beschrijving": "test", "bron": [{"title": "concept"}], "wijzigingen": wijzigingen}


def vergelijk_een(wijzigingen, periode, personen=20000):
    basis = basissysteem()
    hervormd = pas_toe(document(wijzigingen), basis)
    (resultaat,) = vergelijk(basis, [("test", hervormd)], synthetisch(personen, 2026, f"{periode}-01"), periode)
    return resultaat


@pytest.fixture
def november_2026(monkeypatch):
    """The clock's month for the default period."""
    monkeypatch.setattr(w, "huidige_maand", lambda vandaag=None: "2026-11")


def test_halvering_zonder_periode_kiest_september_2027_en_geeft_een_geldverschil(november_2026, capsys):
    assert cli.main(["compare", str(HALVERING), "--population", "20000", "--format", "json"]) == 0
    uit = json.loads(capsys.readouterr().out)
    # Mbo 2027-08-01, hoger onderwijs 2027-09-01 (studiejaar): pas in september werken beide door.
    assert uit["period"] == "2027-09"
    assert uit["periode_keuze"].startswith("standaard: de eerste maand vanaf de huidige (2026-11)")
    recht = uit["outputs"]["wettelijk_collegegeld_recht"]
    geld = recht["bedragen"]["wettelijk_collegegeld_bedrag"]
    # Wie het wettelijk collegegeld verschuldigd is, betaalt 2601 / 2 minder; het recht zelf blijft.
    assert recht["krijgt_recht"] == recht["verliest_recht"] == 0
    assert geld["verschil"] == pytest.approx(-2601 / 2 * recht["blijft_recht"])
    assert geld["minder"] == recht["blijft_recht"] and geld["meer"] == 0
    assert geld["banden"] == {"-5000 tot -1000": recht["blijft_recht"]}
    llk = uit["outputs"]["levenlanglerenkrediet_recht"]["bedragen"]["levenlanglerenkrediet_maximum_jaarbedrag"]
    assert llk["verschil"] < 0
    assert "schatting" in uit["schatting"]["label"] and geld["schatting_nederland"]["verschil"] < 0
    kosten = uit["kosten"]["bedragen"]["levenlanglerenkrediet_maximum_jaarbedrag"]
    assert kosten["met_gebruik"]["verschil"] == pytest.approx(kosten["maximaal"]["verschil"] * 0.18, abs=0.01)
    assert "wettelijk_collegegeld_bedrag" not in uit["kosten"]["bedragen"]  # een eigen bijdrage, geen uitgave
    assert uit["waarschuwingen"] == []


def test_de_oorzaak_noemt_de_parameterwijziging_en_de_klassen_volgen_de_drempel():
    uit = vergelijk_een({LEEFTIJD: {"2027-08-01": 60}}, "2027-10")
    llk = uit["outputs"]["levenlanglerenkrediet_recht"]
    n = llk["krijgt_recht"]
    assert n > 0 and llk["verliest_recht"] == 0
    (verklaring,) = llk["verklaring"]
    assert verklaring["tekst"] == (
        f"{n} krijgen recht: voldoet aan de leeftijdsvoorwaarde voor levenlanglerenkrediet, "
        f"door {LEEFTIJD} 57 → 60 (vanaf 2027-08-01)"
    )
    # Wie erbij komt, is 57, 58 of 59: de klasse tussen de oude en de nieuwe grens.
    assert llk["uitsplitsing"]["krijgt_recht"]["leeftijd"] == {"57-59": n}


def test_voorbeelden_zijn_personen_die_het_recht_kregen_met_hun_invoer():
    uit = vergelijk_een({LEEFTIJD: {"2027-08-01": 60}}, "2027-10")
    ids = uit["outputs"]["levenlanglerenkrediet_recht"]["voorbeelden"]["krijgt_recht"]
    assert len(ids) == 5 and ids == sorted(ids)
    for i in ids:
        geboren = np.datetime64(uit["personen"][str(i)]["geboortedatum"])
        leeftijd = (np.datetime64("2027-10-01") - geboren).astype(int) / 365.25
        assert 57 <= leeftijd < 60


def test_een_wijziging_van_het_gebruik_verandert_alleen_de_kostenschatting():
    uit = vergelijk_een({"gebruik.levenlanglerenkrediet": {"2026-01-01": 0.5}}, "2026-10")
    assert all(o["krijgt_recht"] == o["verliest_recht"] == 0 for o in uit["outputs"].values())
    kosten = uit["kosten"]["bedragen"]["levenlanglerenkrediet_maximum_jaarbedrag"]
    assert kosten["maximaal"]["verschil"] == 0
    assert kosten["met_gebruik"]["verschil"] == pytest.approx(kosten["maximaal"]["basis"] * (0.5 - 0.18))
    assert uit["waarschuwingen"] == []


def test_een_wijziging_midden_in_het_studiejaar_werkt_pas_door_in_het_volgende():
    uit = vergelijk_een({LEEFTIJD: {"2027-01-01": 60}}, "2027-03", personen=2000)
    (waarschuwing,) = uit["waarschuwingen"]
    assert waarschuwing["soort"] == "niet_bereikt"
    # Gelezen op de eerste dag van het studiejaar: mbo 2026-08-01, hoger onderwijs 2026-09-01.
    assert "gelezen op 2026-08-01, 2026-09-01, vóór haar ingang" in waarschuwing["melding"]
    assert waarschuwing["eerste_maand"] == "2027-08"


def test_een_hervorming_die_nog_niet_ingaat():
    uit = vergelijk_een({LEEFTIJD: {"2028-01-01": 60}}, "2027-10", personen=2000)
    (waarschuwing,) = uit["waarschuwingen"]
    assert waarschuwing["soort"] == "niet_in_werking"
    assert waarschuwing["melding"].startswith(
        "de hervorming gaat pas in op 2028-01-01: in 2027-10 verandert nog niets"
    )
    assert waarschuwing["eerste_maand"] == "2028-08"


def test_een_wijziging_die_geen_persoon_bereikt():
    # De leerrechten staan in de basis uit: een hoger bedrag bereikt niemand.
    uit = vergelijk_een({"leerrechten.ser_seo.bedrag.master": {"2026-08-01": 5000}}, "2026-10", personen=2000)
    (waarschuwing,) = uit["waarschuwingen"]
    assert waarschuwing["soort"] == "verandert_niets"
    assert "leerrechten.ser_seo.bedrag.master" in waarschuwing["melding"]


def test_de_standaardperiode_is_de_huidige_maand_als_de_hervorming_al_doorwerkt(november_2026, capsys):
    assert cli.main(["compare", "llk_maximumleeftijd_aow_leeftijd", "--population", "2000"]) == 0
    eerste = capsys.readouterr().out.splitlines()[0]
    assert eerste.startswith(
        "Periode 2026-11 (standaard: de huidige maand (2026-11), waarin elke wijziging doorwerkt)"
    )


def test_de_tabel_toont_geld_kosten_en_oorzaken(capsys):
    assert cli.main(["compare", str(HALVERING), "--population", "5000", "--periode", "2027-09"]) == 0
    uit = capsys.readouterr().out
    assert "Bedragen (som over de bevolking" in uit
    assert "Kosten, verschil (euro, schatting voor Nederland)" in uit
    assert "Schattingen voor Nederland: schatting voor Nederland" in uit
