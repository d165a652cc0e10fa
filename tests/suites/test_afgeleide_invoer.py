"""One input per fact: the diploma is the input, the NLQF level is derived from it.

`hoogst_behaalde_opleidingsniveau` (the NLQF level) used to be a second input next to the
diploma `hoogst_behaald_opleidingsniveau`. Given as input now, it is refused everywhere a
situation or population enters: the web API (400 with the code `afgeleide_variabele` and the
input to give instead), `llo overzicht` and a population file (one line naming the field).
As an output it keeps working.
"""

import json

import pytest
from openfisca_web_api.app import create_app

from openfisca_llo.analyse.populatie import KENMERKEN, lees_bestand, synthetisch
from openfisca_llo.commando import main
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.uitleg.overzicht import overzicht_situatie
from openfisca_llo.web.api import maak_app

AFGELEID = "hoogst_behaalde_opleidingsniveau"
INVOER = "hoogst_behaald_opleidingsniveau"


def situatie(**persoon):
    return {"personen": {"bram": {"geboortedatum": {"ETERNITY": "1979-11-20"}, **persoon}}}


@pytest.fixture(scope="module", params=["openfisca serve", "llo serve"])
def client(request, systeem):
    app = create_app(systeem) if request.param == "openfisca serve" else maak_app()
    return app.test_client()


@pytest.mark.parametrize("eindpunt", ["/calculate", "/trace"])
def test_api_weigert_het_afgeleide_niveau_als_invoer(client, eindpunt):
    antwoord = client.post(eindpunt, json=situatie(**{AFGELEID: {"2022-05": 3}}))
    assert antwoord.status_code == 400, antwoord.get_data(as_text=True)
    blad = antwoord.get_json()["personen"]["bram"][AFGELEID]["2022-05"]
    assert blad["code"] == "afgeleide_variabele"
    assert blad["gebruik"] == INVOER
    assert INVOER in blad["melding"]


def test_api_geeft_het_afgeleide_niveau_als_uitvoer(client):
    gevraagd = situatie(**{INVOER: {"2022-05": "vmbo_kader_of_theoretisch"}, AFGELEID: {"2022-05": None}})
    antwoord = client.post("/calculate", json=gevraagd)
    assert antwoord.status_code == 200, antwoord.get_data(as_text=True)
    # Vmbo kb/gl/tl: NLQF 2 (Nuffic).
    assert antwoord.get_json()["personen"]["bram"][AFGELEID]["2022-05"] == 2


def test_compare_weigert_het_afgeleide_niveau_als_invoer():
    hervorming = {
        "naam": "Leervoucher aan",
        "beschrijving": "Test.",
        "bron": [{"title": "Test", "href": "https://example.org/"}],
        "wijzigingen": {"vouchers.leervoucher.in_werking": {"2026-01-01": True}},
    }
    antwoord = (
        maak_app()
        .test_client()
        .post(
            "/compare",
            json={"situation": situatie(**{AFGELEID: {"2026-03": 4}}), "reform": hervorming},
        )
    )
    assert antwoord.status_code == 400, antwoord.get_data(as_text=True)
    assert "afgeleide_variabele" in antwoord.get_data(as_text=True)


def test_overzicht_weigert_het_afgeleide_niveau_in_een_regel(tmp_path, capsys):
    with pytest.raises(GebruikersFout, match=f"personen.bram.{AFGELEID}.2022-05: .*{INVOER}"):
        overzicht_situatie(situatie(**{AFGELEID: {"2022-05": 3}}), "2022-05")
    bestand = tmp_path / "bram.json"
    bestand.write_text(json.dumps(situatie(**{AFGELEID: {"2022-05": 3}})))
    assert main(["overzicht", str(bestand), "--periode", "2022-05"]) == 2
    fout = capsys.readouterr().err.strip()
    assert "afgeleide_variabele" in fout and "Traceback" not in fout and len(fout.splitlines()) == 1


def test_populatiebestand_met_het_afgeleide_niveau_geeft_een_regel(tmp_path, systeem):
    bestand = tmp_path / "populatie.csv"
    bestand.write_text(f"geboortedatum,{AFGELEID}\n1979-11-20,3\n", encoding="utf-8")
    with pytest.raises(GebruikersFout, match=f"kolom '{AFGELEID}'.*{INVOER}"):
        lees_bestand(bestand, systeem)


def test_synthetische_populatie_geeft_alleen_het_diploma(systeem):
    populatie = synthetisch(omvang=1000, zaad=1)
    assert AFGELEID not in populatie
    assert "hoogste_opleidingsniveau_nlqf" not in populatie and "hoogste_opleidingsniveau_nlqf" not in KENMERKEN
    namen = {lid.name for lid in systeem.variables[INVOER].possible_values}
    assert set(populatie[INVOER].decode_to_str()) <= namen
