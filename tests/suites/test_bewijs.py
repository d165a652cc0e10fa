"""The receipt: the rules hash is stable for the same rules and changes with any value, date or
formula; `llo controleer` says identical on a saved answer and "andere regels" after a change."""

import hashlib
import json
import shutil
import subprocess
import sys

import pytest
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_llo.analyse.antwoorden import HERBEREKEN
from openfisca_llo.commando import main
from openfisca_llo.entities import entities
from openfisca_llo.paths import PARAMETERS_DIR, VARIABLES_DIR
from openfisca_llo.uitleg.bewijs import bewijs, canoniek, regels, sha256_json
from openfisca_llo.uitleg.controle import (
    ANDERE_INVOER,
    ANDERE_REGELS,
    DEFECT,
    IDENTIEK,
    VERZOEK_GEWIJZIGD,
    controleer,
)

MAXIMUMLEEFTIJD = "wsf/levenlanglerenkrediet/maximumleeftijd.yaml"
LEEFTIJDSVOORWAARDE = "wsf/levenlanglerenkrediet/levenlanglerenkrediet_leeftijdsvoorwaarde.py"
SITUATIE = {
    "personen": {
        "p": {
            "geboortedatum": {"ETERNITY": "1967-09-15"},
            "onderwijssector": {"2026-10": "wo"},
            "opleidingsvorm": {"2026-10": "deeltijd"},
            "opleiding_graad": {"2026-10": "master"},
            "levenlanglerenkrediet_recht": {"2026-10": None},
        }
    }
}


def systeem_uit(map):
    """A tax-benefit system loaded from copies of the rule trees in `map`."""
    systeem = TaxBenefitSystem(entities)
    systeem.add_variables_from_directory(str(map / "variables"))
    systeem.load_parameters(str(map / "parameters"))
    return systeem


@pytest.fixture
def kopie(tmp_path):
    shutil.copytree(
        PARAMETERS_DIR, tmp_path / "parameters", ignore=shutil.ignore_patterns("__pycache__", "*.py")
    )
    shutil.copytree(VARIABLES_DIR, tmp_path / "variables", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def vervang(pad, oud, nieuw):
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.count(oud) >= 1, oud
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def test_dezelfde_regels_op_een_andere_plek_geven_dezelfde_hash(systeem, kopie):
    assert regels(systeem_uit(kopie)) == regels(systeem)


def test_de_hash_is_gelijk_in_twee_verse_processen(systeem):
    script = (
        "from openfisca_llo.tax_benefit_system import basissysteem;"
        "from openfisca_llo.uitleg.bewijs import regels;"
        "print(regels(basissysteem())['regels_sha256'])"
    )
    uit = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert uit[0].stdout.strip() == uit[1].stdout.strip() == regels(systeem)["regels_sha256"]


@pytest.mark.parametrize(
    ("bestand", "oud", "nieuw", "deel"),
    [
        # A parameter value: the maximum age of studiejaar 2024-2025 from 57 to 58.
        ("parameters/" + MAXIMUMLEEFTIJD, "value: 57", "value: 58", "parameters_sha256"),
        # A date: the same value one day later (the key of the value and of its sources).
        ("parameters/" + MAXIMUMLEEFTIJD, "'2024-08-01'", "'2024-08-02'", "parameters_sha256"),
        # A formula: "nog niet bereikt" (<) written as "ten hoogste" (<=).
        (
            "variables/" + LEEFTIJDSVOORWAARDE,
            "leeftijd < maximumleeftijd",
            "leeftijd <= maximumleeftijd",
            "formules_sha256",
        ),
    ],
    ids=["waarde", "datum", "formule"],
)
def test_een_wijziging_verandert_de_hash(systeem, kopie, bestand, oud, nieuw, deel):
    vervang(kopie / bestand, oud, nieuw)
    voor, na = regels(systeem), regels(systeem_uit(kopie))
    assert na["regels_sha256"] != voor["regels_sha256"]
    assert [k for k in ("parameters_sha256", "formules_sha256") if na[k] != voor[k]] == [deel]


def test_canonieke_json_hangt_niet_af_van_de_volgorde():
    assert canoniek({"b": 1, "a": [1, "é"]}) == '{"a":[1,"é"],"b":1}'.encode()
    assert sha256_json({"b": 1, "a": 2}) == sha256_json({"a": 2, "b": 1})


def test_bewijs_noemt_versies_en_hashes(systeem):
    b = bewijs(systeem, verzoek={"x": 1}, hervorming={"naam": "h"})
    assert set(b) == {
        "versies",
        "regels_sha256",
        "parameters_sha256",
        "formules_sha256",
        "hervorming_sha256",
        "verzoek_sha256",
    }
    assert set(b["versies"]) == {"openfisca_llo", "openfisca_core"} and "onbekend" not in b["versies"].values()
    assert b["verzoek_sha256"] == sha256_json({"x": 1})


def _bewaard(capsys, tmp_path, *argv):
    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps(SITUATIE), encoding="utf-8")
    assert main([argv[0], str(bestand), *argv[1:]]) == 0
    antwoord = tmp_path / "antwoord.json"
    antwoord.write_text(capsys.readouterr().out, encoding="utf-8")
    return antwoord


@pytest.mark.parametrize(
    "argv",
    [["waarom", "--json", "--maanden", "2"], ["bereken"], ["overzicht", "--periode", "2026-10", "--json"]],
    ids=lambda a: a[0],
)
def test_controleer_zegt_identiek(capsys, tmp_path, argv):
    antwoord = _bewaard(capsys, tmp_path, *argv)
    assert main(["controleer", str(antwoord)]) == 0
    assert capsys.readouterr().out.startswith("identiek")


def test_controleer_na_een_gewijzigde_parameter_zegt_andere_regels(systeem, capsys, tmp_path, kopie):
    antwoord = json.loads(_bewaard(capsys, tmp_path, "waarom", "--json", "--maanden", "0").read_text())
    # The maximum age 57 becomes 60 in a copy of the rules: the person (59) now qualifies.
    vervang(kopie / "parameters" / MAXIMUMLEEFTIJD, "value: 57", "value: 60")
    gewijzigd = systeem_uit(kopie)
    (oordeel,) = controleer(antwoord, HERBEREKEN, gewijzigd)
    assert oordeel.uitkomst == ANDERE_REGELS
    assert oordeel.verschillende_hashes == ["regels_sha256", "parameters_sha256"]
    tekst = oordeel.tekst()
    assert tekst.startswith("andere regels")
    assert (
        f"regels_sha256: opgeslagen {regels(systeem)['regels_sha256']}, nu {regels(gewijzigd)['regels_sha256']}"
        in tekst
    )
    assert "het antwoord is veranderd; eerste verschil: uitleg.p[0].waarde: false -> true" in tekst
    assert controleer(antwoord, HERBEREKEN, systeem)[0].uitkomst == IDENTIEK


def test_controleer_vindt_een_ander_antwoord_en_een_gewijzigd_verzoek(systeem, capsys, tmp_path):
    antwoord = json.loads(_bewaard(capsys, tmp_path, "waarom", "--json", "--maanden", "0").read_text())
    antwoord["uitleg"]["p"][0]["toegekend"] = True
    (oordeel,) = controleer(antwoord, HERBEREKEN, systeem)
    assert oordeel.uitkomst == DEFECT and oordeel.eerste_verschil == "uitleg.p[0].toegekend: true -> false"
    antwoord["verzoek"]["maanden"] = 3
    assert controleer(antwoord, HERBEREKEN, systeem)[0].uitkomst == VERZOEK_GEWIJZIGD


def test_controleer_zonder_bewijs_is_een_regel(capsys, tmp_path):
    bestand = tmp_path / "a.json"
    bestand.write_text(json.dumps({"personen": {}}), encoding="utf-8")
    assert main(["controleer", str(bestand)]) == 2
    assert capsys.readouterr().err.startswith("llo controleer: fout: het antwoord draagt geen verzoek")


def test_compare_draagt_de_herkomst_van_de_populatie(systeem, capsys, tmp_path):
    bestand = tmp_path / "p.csv"
    bestand.write_text(
        "geboortedatum,onderwijssector,opleidingsvorm,opleiding_graad\n1967-09-15,wo,deeltijd,master\n",
        encoding="utf-8",
    )
    hervorming = "llk_maximumleeftijd_aow_leeftijd"
    assert main(["compare", hervorming, "--population", str(bestand), "--format", "json"]) == 0
    antwoord = json.loads(capsys.readouterr().out)
    assert antwoord["bewijs"]["populatie"] == {
        "soort": "bestand",
        "naam": "p.csv",
        "sha256": hashlib.sha256(bestand.read_bytes()).hexdigest(),
    }
    assert antwoord["verzoek"]["populatie"] == {"bestand": str(bestand)}
    assert controleer(antwoord, HERBEREKEN, systeem)[0].uitkomst == IDENTIEK
    bestand.write_text(bestand.read_text(encoding="utf-8").replace("1967", "1957"), encoding="utf-8")
    (oordeel,) = controleer(antwoord, HERBEREKEN, systeem)
    assert oordeel.uitkomst == ANDERE_INVOER and oordeel.verschillende_hashes == ["populatie"]

    assert main(["compare", hervorming, "--population", "300", "--seed", "5", "--format", "json"]) == 0
    synthetisch = json.loads(capsys.readouterr().out)
    assert synthetisch["bewijs"]["populatie"] == {"soort": "synthetisch", "omvang": 300, "zaad": 5}
    assert controleer(synthetisch, HERBEREKEN, systeem)[0].uitkomst == IDENTIEK
