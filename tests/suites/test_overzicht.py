"""The learning-rights overview (`llo overzicht` and the API variables) on the three example persons."""

import json

import pytest

from openfisca_llo.analyse.situatie import bereken_situatie
from openfisca_llo.commando import main
from openfisca_llo.paths import SITUATION_EXAMPLES_DIR
from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.overzicht import overzicht_situatie

VOORBEELDEN = {
    "ww_45_scholing_kansberoep": "peter",
    "hbo_bachelor_35_deeltijd_master": "fatima",
    "mbo4_gediplomeerd_19": "daan",
}


def _situatie(naam):
    return json.loads((SITUATION_EXAMPLES_DIR / f"{naam}.json").read_text(encoding="utf-8"))


def _heeft(naam):
    persoon = VOORBEELDEN[naam]
    return {r.naam for r in overzicht_situatie(_situatie(naam), "2026-10")[persoon] if r.heeft}


def test_ww_45_scholing_richting_kansberoep():
    heeft = _heeft("ww_45_scholing_kansberoep")
    assert {
        "ww_scholing_noodzakelijk",
        "ww_scholing_behoud_uitkering",
        "ww_scholing_vrijstelling_sollicitatieplicht",
    } <= heeft
    assert "levenlanglerenkrediet_recht" not in heeft  # not enrolled in mbo or ho
    assert "studiefinanciering_nog_beschikbaar" not in heeft  # over 30


def test_hbo_bachelor_35_deeltijd_master():
    heeft = _heeft("hbo_bachelor_35_deeltijd_master")
    assert heeft == {
        "levenlanglerenkrediet_recht",
        "wettelijk_collegegeld_recht",
        "wettelijk_collegegeld_masteropleiding",
    }


def test_mbo4_gediplomeerd_19():
    heeft = _heeft("mbo4_gediplomeerd_19")
    assert heeft == {
        "studiefinanciering_nog_beschikbaar",
        "wettelijk_collegegeld_associate_degree_opleiding",
        "wettelijk_collegegeld_bacheloropleiding",
        "wettelijk_collegegeld_masteropleiding",
    }


def test_elk_recht_uit_de_tabel_staat_in_het_overzicht():
    rechten = overzicht_situatie(_situatie("mbo4_gediplomeerd_19"), "2026-10")["daan"]
    assert {r.naam for r in rechten} == set(VOORWAARDEN)
    assert all(r.bron.startswith("https://") for r in rechten)


def test_api_geeft_hetzelfde_overzicht():
    """/calculate returns leerrechten_overzicht and leerrechten_aantal, matching the CLI overview."""
    for naam, persoon in VOORBEELDEN.items():
        antwoord = bereken_situatie(_situatie(naam))["personen"][persoon]
        tekst = antwoord["leerrechten_overzicht"]["2026-10"]
        heeft = _heeft(naam)
        assert antwoord["leerrechten_aantal"]["2026-10"] == len(heeft)
        assert {deel.split(" (")[0] for deel in tekst.split("; ")} == heeft


def test_api_tekst_met_bedragen():
    antwoord = bereken_situatie(_situatie("ww_45_scholing_kansberoep"))["personen"]["peter"]
    tekst = antwoord["leerrechten_overzicht"]["2026-10"]
    assert (
        "ww_scholing_vrijstelling_sollicitatieplicht (ww_scholing_vrijstelling_resterende_maanden: 8)" in tekst
    )
    assert "scholing_duur_maanden: 10, ww_scholing_maximale_duur_maanden: 12" in tekst


@pytest.mark.parametrize("naam", list(VOORBEELDEN))
def test_cli_overzicht(naam, capsys):
    bestand = str(SITUATION_EXAMPLES_DIR / f"{naam}.json")
    assert main(["overzicht", bestand, "--periode", "2026-10", "--kleur", "nooit"]) == 0
    uit = capsys.readouterr().out
    assert f"Leerrechtenoverzicht voor {VOORBEELDEN[naam]}, oktober 2026" in uit
    assert "bron: https://wetten.overheid.nl/" in uit


def test_cli_invoer_zonder_bestand(capsys):
    argv = ["overzicht", "--periode", "2026-10", "--geboortedatum", "1981-03-12", "--json"]
    argv += ["--invoer", "ww_uitkering=true", "--invoer", "scholing_duur_maanden=13"]
    assert main(argv) == 0
    uit = json.loads(capsys.readouterr().out)
    rechten = {r["naam"]: r for r in uit["personen"]["persoon"]}
    assert rechten["ww_scholing_behoud_uitkering"]["heeft"] is True
    assert rechten["ww_scholing_noodzakelijk"]["heeft"] is False
    assert "ww_scholing_binnen_maximale_duur" in rechten["ww_scholing_noodzakelijk"]["niet_voldaan"]


@pytest.mark.parametrize(
    "argv",
    [
        ["overzicht", "--periode", "2026"],
        ["overzicht", "--periode", "oktober"],
        ["overzicht", "--periode", "2026-10", "--invoer", "bestaat_niet=1"],
        ["overzicht", "--periode", "2026-10", "--invoer", "zonder_is_teken"],
        ["overzicht", "/bestaat/niet.json", "--periode", "2026-10"],
    ],
)
def test_cli_gebruikersfout_is_een_regel(argv, capsys):
    assert main(argv) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("llo overzicht: fout:")
    assert len(fout.strip().splitlines()) == 1
