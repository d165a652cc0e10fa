"""The standard OpenFisca web API over this country package, through Flask's test client.

The contract example must be answered correctly, and bad input must get a 4xx JSON answer that
names the offending field, never a 500.
"""

import json

import pytest
from openfisca_web_api.app import create_app

from openfisca_llo.paths import SITUATION_EXAMPLES_DIR


@pytest.fixture(scope="module")
def client(systeem):
    return create_app(systeem).test_client()


def anna(**extra):
    persoon = {
        "geboortedatum": {"ETERNITY": "1968-09-15"},
        "onderwijssector": {"2024-10": "wo"},
        "opleidingsvorm": {"2024-10": "deeltijd"},
        "opleiding_graad": {"2024-10": "master"},
        "levenlanglerenkrediet_recht": {"2024-10": None},
    }
    persoon.update(extra)
    return {"personen": {"anna": persoon}}


def test_contractvoorbeeld(client):
    voorbeeld = json.loads((SITUATION_EXAMPLES_DIR / "anna_deeltijd_master.json").read_text())
    antwoord = client.post("/calculate", json=voorbeeld)
    assert antwoord.status_code == 200
    # Born 1968-09-15: 56 on 2024-10-01, below the maximum age 57 of studiejaar 2024-2025;
    # a part-time master (Wsf 2.12 onder c) gives no studiefinanciering.
    assert antwoord.get_json()["personen"]["anna"]["levenlanglerenkrediet_recht"]["2024-10"] is True


def test_alle_contractuitvoer_in_een_verzoek(client):
    gevraagd = {
        "leeftijd": 56,
        "levenlanglerenkrediet_maximumleeftijd": 57,
        "levenlanglerenkrediet_recht": True,
        "levenlanglerenkrediet_maximum_jaarbedrag": 2530.0,
        "recht_op_studiefinanciering": False,
        "wettelijk_collegegeld_recht": True,
    }
    situatie = anna(**{naam: {"2024-10": None} for naam in gevraagd})
    antwoord = client.post("/calculate", json=situatie).get_json()["personen"]["anna"]
    assert {naam: antwoord[naam]["2024-10"] for naam in gevraagd} == gevraagd


def test_jaarinvoer_wordt_over_de_maanden_verdeeld(client):
    situatie = anna(
        onderwijssector={"2024": "wo"}, opleidingsvorm={"2024": "deeltijd"}, opleiding_graad={"2024": "master"}
    )
    antwoord = client.post("/calculate", json=situatie)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["anna"]["levenlanglerenkrediet_recht"]["2024-10"] is True


@pytest.mark.parametrize(
    "situatie, pad",
    [
        (anna(geboortedatum={"ETERNITY": "1968-02-30"}), ["geboortedatum", "ETERNITY"]),
        (anna(onderwijssector={"2024-10": "universiteit"}), ["onderwijssector", "2024-10"]),
        (anna(bestaat_niet={"2024-10": None}), ["bestaat_niet"]),
        (anna(levenlanglerenkrediet_recht={"2024-13": None}), ["levenlanglerenkrediet_recht"]),
        (anna(onderwijssector={"2024-13": "wo"}), ["onderwijssector"]),
        (anna(levenlanglerenkrediet_recht={"2024": None}), ["levenlanglerenkrediet_recht", "2024"]),
        (anna(ww_uitkering={"2024-10": "misschien"}), ["ww_uitkering", "2024-10"]),
        (anna(scholing_duur_maanden={"2024-10": "tien"}), ["scholing_duur_maanden", "2024-10"]),
        (anna(geboortedatum={"ETERNITY": 19680915}), ["geboortedatum", "ETERNITY"]),
    ],
    ids=[
        "datum",
        "enum",
        "variabele",
        "maand_gevraagd",
        "maand_invoer",
        "jaar_voor_maand",
        "bool",
        "int",
        "datum_getal",
    ],
)
def test_foute_invoer_krijgt_4xx_met_het_veld(client, situatie, pad):
    antwoord = client.post("/calculate", json=situatie)
    assert 400 <= antwoord.status_code < 500, antwoord.get_data(as_text=True)
    fout = antwoord.get_json()["personen"]["anna"]
    for sleutel in pad:
        fout = fout[sleutel]
    assert fout  # a message at the path of the offending field


def test_geen_json(client):
    antwoord = client.post("/calculate", data="{kapot", content_type="application/json")
    assert antwoord.status_code == 400


def test_parameter_toont_elke_waarde_met_bronnen(client):
    antwoord = client.get("/parameter/wsf/levenlanglerenkrediet/maximumleeftijd").get_json()
    assert antwoord["values"] == {"2024-08-01": 57, "2020-08-01": 56, "2017-08-01": 55}
    assert set(antwoord["metadata"]["bronnen"]) == {"2017-08-01", "2020-08-01", "2024-08-01"}
    assert antwoord["metadata"]["reference"][0]["href"].startswith("https://wetten.overheid.nl/")
