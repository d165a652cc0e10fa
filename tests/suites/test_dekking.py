"""Periods the rules cover: before a parameter's first value a clear 4xx or one line, never a 500.

For every rule area a request in the month before its coverage starts gets, from the web API (the
vectorised path, OpenFisca's own handler and plain `openfisca serve`), a 400 with the stable code
`periode_niet_gedekt`, the requested variable and period, the parameter read and the first covered
month; `llo bereken` and `llo overzicht` print one line and exit 2. The first covered month of each
area is the first dated value of the parameter named, as stated in the parameter files and the README
(table "What is modelled"), and that month itself is computed without error.

A scheme that did not exist yet, or has ended, is different: its variables answer their default
(false, 0), which is legally right, and no error.
"""

import json

import pytest
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import instant
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_web_api.app import create_app

from openfisca_llo.commando import main
from openfisca_llo.regels.dekking import CODE, PeriodeNietGedekt, eerste_datum, eerste_gedekte_maand
from openfisca_llo.web.api import maak_app

# (rule area, variable, month before the coverage, parameter read first, first covered month)
GEBIEDEN = [
    (
        "wettelijk collegegeld",
        "wettelijk_collegegeld_bedrag",
        "2016-08",
        "whw.wettelijk_collegegeld.bedrag",
        "2016-09",
    ),
    ("lesgeld", "lesgeldplichtig", "2017-07", "lcw.lesgeld.minimumleeftijd", "2017-08"),
    (
        "studiefinanciering",
        "recht_op_studiefinanciering",
        "2000-08",
        "wsf.studiefinanciering.minimumleeftijd_beroepsonderwijs",
        "2000-09",
    ),
    ("WW-scholing", "ww_scholing_noodzakelijk", "2011-12", "ww.scholing.kansberoep_volstaat", "2012-01"),
    (
        "WW-scholing, duur",
        "ww_scholing_maximale_duur_maanden",
        "2004-07",
        "ww.scholing.maximale_duur_uitzondering_maanden",
        "2004-08",
    ),
    ("AOW-leeftijd", "aow_leeftijd_bereikt", "2013-12", "aow.pensioengerechtigde_leeftijd.jaren", "2014-01"),
    (
        "leerrechten SER/SEO",
        "leerrechten_ser_seo_recht",
        "1999-12",
        "leerrechten.ser_seo.in_werking",
        "2000-01",
    ),
]
IDS = [g[0] for g in GEBIEDEN]


def _situatie(variabele, periode):
    return {"personen": {"a": {"geboortedatum": {"ETERNITY": "1980-01-01"}, variabele: {periode: None}}}}


@pytest.fixture(scope="module")
def llo_client(systeem):
    return maak_app(systeem).test_client()


@pytest.fixture(scope="module")
def openfisca_client(systeem):
    """Plain `openfisca serve`: OpenFisca's own app with the handlers the package wraps."""
    return create_app(systeem).test_client()


def _controleer_antwoord(antwoord, variabele, periode, parameter, gedekt_vanaf):
    assert antwoord.status_code == 400
    fout = antwoord.get_json()
    assert fout["code"] == CODE == "periode_niet_gedekt"
    assert fout["variabele"] == variabele
    assert fout["periode"] == periode
    assert fout["parameter"] == parameter
    assert fout["gedekt_vanaf"] == gedekt_vanaf
    assert variabele in fout["error"] and gedekt_vanaf in fout["error"]


@pytest.mark.parametrize("gebied, variabele, periode, parameter, gedekt_vanaf", GEBIEDEN, ids=IDS)
def test_api_voor_de_dekking_geeft_400(llo_client, gebied, variabele, periode, parameter, gedekt_vanaf):
    antwoord = llo_client.post("/calculate", json=_situatie(variabele, periode))
    _controleer_antwoord(antwoord, variabele, periode, parameter, gedekt_vanaf)


@pytest.mark.parametrize("gebied, variabele, periode, parameter, gedekt_vanaf", GEBIEDEN, ids=IDS)
def test_openfisca_serve_voor_de_dekking_geeft_400(
    openfisca_client, gebied, variabele, periode, parameter, gedekt_vanaf
):
    antwoord = openfisca_client.post("/calculate", json=_situatie(variabele, periode))
    _controleer_antwoord(antwoord, variabele, periode, parameter, gedekt_vanaf)


@pytest.mark.parametrize("gebied, variabele, periode, parameter, gedekt_vanaf", GEBIEDEN, ids=IDS)
def test_eerste_gedekte_maand_wordt_berekend(llo_client, gebied, variabele, periode, parameter, gedekt_vanaf):
    antwoord = llo_client.post("/calculate", json=_situatie(variabele, gedekt_vanaf))
    assert antwoord.status_code == 200, antwoord.get_json()


def test_gedekt_vanaf_is_de_eerste_waarde_van_de_parameter(systeem):
    """The table above against the parameter files: each area starts at its parameter's first value."""
    for _gebied, _variabele, _periode, parameter, gedekt_vanaf in GEBIEDEN:
        blad = systeem.parameters
        for deel in parameter.split("."):
            blad = blad.children[deel]
        eerste = eerste_datum(blad)
        # The AOW rule also reads the last day of the previous year: covered a year after the table starts.
        verwacht = f"{int(eerste[:4]) + 1}-01" if parameter.startswith("aow.") else eerste[:7]
        assert gedekt_vanaf == verwacht


def test_trace_gaat_via_openfisca_en_noemt_de_variabele(llo_client):
    """/trace is answered by OpenFisca's own handler (axes, which once went there too, are now
    refused with `assen_niet_ondersteund`): the same 400, naming the requested variable."""
    situatie = {"personen": {"a": {"wettelijk_collegegeld_bedrag": {"2016-08": None}}}}
    antwoord = llo_client.post("/trace", json=situatie)
    assert antwoord.status_code == 400
    assert antwoord.get_json()["variabele"] == "wettelijk_collegegeld_bedrag"


def test_compare_voor_de_dekking_geeft_400(llo_client):
    hervorming = {
        "naam": "Maximumleeftijd gelijk aan de AOW-leeftijd",
        "beschrijving": "De leeftijdsgrens wordt de eigen AOW-leeftijd.",
        "bron": [
            {
                "title": "Kamerstuk 30 012 nr. 92",
                "href": "https://zoek.officielebekendmakingen.nl/kst-30012-92.html",
            }
        ],
        "wijzigingen": {"wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd": {"2026-08-01": True}},
    }
    antwoord = llo_client.post(
        "/compare",
        json={"situation": _situatie("wettelijk_collegegeld_bedrag", "2016-08"), "reform": hervorming},
    )
    assert antwoord.status_code == 400
    assert antwoord.get_json()["situation"]["code"] == CODE


@pytest.mark.parametrize("gebied, variabele, periode, parameter, gedekt_vanaf", GEBIEDEN, ids=IDS)
def test_llo_bereken_een_regel(tmp_path, capsys, gebied, variabele, periode, parameter, gedekt_vanaf):
    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps(_situatie(variabele, periode)), encoding="utf-8")
    assert main(["bereken", str(bestand)]) == 2
    uit = capsys.readouterr()
    assert uit.out == ""
    regels = uit.err.strip().splitlines()
    assert len(regels) == 1 and "Traceback" not in uit.err
    assert variabele in regels[0] and periode in regels[0] and gedekt_vanaf in regels[0]


def test_llo_overzicht_een_regel(tmp_path, capsys):
    """The overview computes every right: in 2016-08 the wettelijk collegegeld has no amount yet."""
    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps({"personen": {"a": {"geboortedatum": {"ETERNITY": "1980-01-01"}}}}))
    assert main(["overzicht", str(bestand), "--periode", "2016-08"]) == 2
    uit = capsys.readouterr()
    regels = uit.err.strip().splitlines()
    assert len(regels) == 1 and "Traceback" not in uit.err
    assert "2016-08" in regels[0] and "periode" in regels[0]


def test_llo_overzicht_in_de_eerste_gedekte_maand(capsys):
    assert main(["overzicht", "--periode", "2016-09", "--geboortedatum", "1980-01-01", "--kleur", "nooit"]) == 0


# A scheme before its start or after its end: the default is the legal answer, no error.
REGELING_BESTOND_NIET = [
    ("levenlanglerenkrediet_recht", "2017-07", False),  # Wsf 2000: from studiejaar 2017-2018
    ("levenlanglerenkrediet_maximum_jaarbedrag", "2017-07", 0),
    ("stap_budget_recht", "2021-12", False),  # before the regulation (1 January 2022)
    ("stap_budget_recht", "2024-01", False),  # ended 31 December 2023
    ("kansberoep_subsidie_recht", "2018-01", False),  # ended 31 December 2017
    ("studievoucher_recht", "2015-08", False),  # from the first cohort, September 2015
    ("slim_ontwikkelpaden_subsidie", "2028-01", 0),  # chapter 3 expires 1 January 2028
]


@pytest.mark.parametrize("variabele, periode, verwacht", REGELING_BESTOND_NIET)
def test_regeling_die_niet_bestond_of_eindigde_geeft_de_standaardwaarde(
    llo_client, variabele, periode, verwacht
):
    antwoord = llo_client.post("/calculate", json=_situatie(variabele, periode))
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["a"][variabele][periode] == verwacht


@pytest.mark.parametrize("maand", ["1990-01", "2000-08", "2013-12", "2016-08", "2017-07"])
def test_elke_variabele_geeft_een_waarde_of_periode_niet_gedekt(systeem, maand):
    """Sweep: every computed variable in an early month answers, or says the period is not covered."""
    for naam, variabele in sorted(systeem.variables.items()):
        if not variabele.formulas:
            continue
        periode = "ETERNITY" if variabele.definition_period == "eternity" else maand
        simulatie = SimulationBuilder().build_default_simulation(systeem, 1)
        try:
            simulatie.calculate(naam, periode)
        except PeriodeNietGedekt as fout:
            assert fout.instant < fout.gedekt_vanaf
        # any other exception fails the test


def test_periode_niet_gedekt_is_een_parameter_not_found_error(systeem):
    """Callers that treat a missing value on purpose (studiejaar.in_studiejaar) keep working."""
    with pytest.raises(ParameterNotFoundError) as fout:
        systeem.get_parameters_at_instant(instant("2016-08-31")).whw.wettelijk_collegegeld.bedrag  # noqa: B018
    assert isinstance(fout.value, PeriodeNietGedekt)
    assert (fout.value.parameter, fout.value.instant, fout.value.gedekt_vanaf) == (
        "whw.wettelijk_collegegeld.bedrag",
        "2016-08-31",
        "2016-09-01",
    )
    assert systeem.get_parameters_at_instant(instant("2016-09-01")).whw.wettelijk_collegegeld.bedrag == 1984


def test_een_beeindigde_waarde_is_geen_periode_niet_gedekt(systeem):
    """After a value `null` (a scheme ended) OpenFisca's own error stays: not a coverage gap."""
    with pytest.raises(ParameterNotFoundError) as fout:
        systeem.get_parameters_at_instant(instant("2024-01-01")).vouchers.stap.minimumleeftijd  # noqa: B018
    assert not isinstance(fout.value, PeriodeNietGedekt)


def test_een_hervorming_houdt_de_dekking(systeem):
    from openfisca_llo.hervorming import pas_toe

    document = {
        "naam": "test",
        "beschrijving": "test",
        "bron": [
            {
                "title": "Kamerstuk 30 012 nr. 92",
                "href": "https://zoek.officielebekendmakingen.nl/kst-30012-92.html",
            }
        ],
        "wijzigingen": {"wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd": {"2026-08-01": True}},
    }
    hervormd = pas_toe(document, systeem, bron="test")
    with pytest.raises(PeriodeNietGedekt):
        hervormd.get_parameters_at_instant(instant("2016-08-31")).whw.wettelijk_collegegeld.bedrag  # noqa: B018


def test_eerste_gedekte_maand(systeem):
    assert eerste_gedekte_maand(systeem, "wettelijk_collegegeld_bedrag", "2010-01") == "2016-09"
    assert eerste_gedekte_maand(systeem, "aow_leeftijd_bereikt", "2013-06") == "2014-01"
