"""POST /waarom, GET /bewijs and the receipt on every answer of the web API (`llo serve`)."""

import json

import pytest
from openfisca_web_api.app import create_app

from openfisca_llo.commando import main
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.uitleg.bewijs import bewijs, regels, sha256_json
from openfisca_llo.web.api import maak_app

SITUATIE = {
    "personen": {
        "p": {
            "geboortedatum": {"ETERNITY": "1969-12-15"},
            "onderwijssector": {"2026-10": "wo"},
            "opleidingsvorm": {"2026-10": "deeltijd"},
            "opleiding_graad": {"2026-10": "master"},
            "levenlanglerenkrediet_recht": {"2026-10": None},
            "levenlanglerenkrediet_maximum_jaarbedrag": {"2026-10": None},
        }
    }
}
HERVORMING = lees_hervorming(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")


@pytest.fixture(scope="module")
def client(systeem):
    return maak_app(systeem).test_client()


def test_waarom_antwoordt_als_de_cli(client, capsys, tmp_path):
    bestand = tmp_path / "s.json"
    bestand.write_text(json.dumps(SITUATIE), encoding="utf-8")
    assert main(["waarom", str(bestand), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    web = client.post("/waarom", json={"situation": SITUATIE})
    assert web.status_code == 200
    assert web.get_json() == cli
    # Born 1969-12-15: 56 on 2026-10-01, below the maximum age 57: granted. The ceiling is an
    # amount, not a right: it has a value and no verdict.
    (recht, plafond) = web.get_json()["uitleg"]["p"]  # the rights of regels/voorwaarden.py first
    assert (recht["naam"], recht["toegekend"]) == ("levenlanglerenkrediet_recht", True)
    assert (
        recht["tijdlijn"]["zin"]
        == "recht tot en met december 2026; vanaf januari 2027 niet vervuld: leeftijdsvoorwaarde"
    )
    assert plafond["naam"] == "levenlanglerenkrediet_maximum_jaarbedrag" and plafond["toegekend"] is None


def test_waarom_met_hervorming_draagt_beide_hashes(client, systeem):
    body = {"situation": SITUATIE, "reform": HERVORMING, "maanden": 0}
    antwoord = client.post("/waarom", json=body)
    assert antwoord.status_code == 200
    assert antwoord.headers["LLO-Reform-Sha256"] == sha256_json(HERVORMING)
    uit = antwoord.get_json()
    assert uit["bewijs"]["hervorming_sha256"] == sha256_json(HERVORMING)
    assert uit["bewijs"]["verzoek_sha256"] == sha256_json(uit["verzoek"])
    assert uit["uitleg"]["p"][0]["hervorming"]["vergelijking"]["verschilt"] is False  # granted in both


def test_compare_draagt_bewijs(client, systeem):
    body = {"situation": SITUATIE, "reform": HERVORMING}
    antwoord = client.post("/compare", json=body)
    assert antwoord.status_code == 200
    uit = antwoord.get_json()
    assert uit["bewijs"] == bewijs(systeem, verzoek=body, hervorming=HERVORMING)
    assert antwoord.headers["LLO-Reform-Sha256"] == sha256_json(HERVORMING)
    assert antwoord.headers["LLO-Rules-Sha256"] == regels(systeem)["regels_sha256"]


def test_calculate_heeft_de_kop_en_het_lijf_van_openfisca(client, systeem):
    antwoord = client.post("/calculate", json=SITUATIE)
    assert antwoord.headers["LLO-Rules-Sha256"] == regels(systeem)["regels_sha256"]
    assert "LLO-Reform-Sha256" not in antwoord.headers
    assert "LLO-Rules-Sha256" in antwoord.headers["Access-Control-Expose-Headers"]
    openfisca = create_app(systeem).test_client().post("/calculate", json=SITUATIE)
    assert antwoord.get_json() == openfisca.get_json()


def test_bewijs_en_spec(client, systeem):
    assert client.get("/bewijs").get_json() == bewijs(systeem)
    paden = client.get("/spec").get_json()["paths"]
    assert {"/waarom", "/bewijs", "/compare", "/calculate"} <= set(paden)
    assert paden["/waarom"]["post"]["requestBody"]["content"]["application/json"]["schema"]["required"] == [
        "situation"
    ]


def test_de_voorbeelden_in_de_spec_geven_het_antwoord_van_de_wet(client):
    # The example of /waarom and /compare: born 15 September 1967, a part-time wo master in
    # October 2026, when she is 59: over the maximum age 57 of studiejaar 2026-2027 (Wsf 2000
    # art. 2.3a lid 5 and 6, 57 from 1 August 2024): no credit. Under the example reform the limit
    # is her own AOW age, at least 67 (AOW art. 7a: 67 from 2024 on), so at 59 she gains it.
    paden = client.get("/spec").get_json()["paths"]

    def voorbeeld(pad):
        return paden[pad]["post"]["requestBody"]["content"]["application/json"]["example"]

    waarom = client.post("/waarom", json=voorbeeld("/waarom")).get_json()
    [uitleg] = waarom["uitleg"]["anna"]
    assert uitleg["waarde"] is False
    assert uitleg["eerste_niet_vervuld"] == "levenlanglerenkrediet_leeftijdsvoorwaarde"
    vergelijking = client.post("/compare", json=voorbeeld("/compare")).get_json()
    assert vergelijking["baseline"]["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is False
    assert vergelijking["reformed"]["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is True


@pytest.mark.parametrize(
    ("body", "status", "code", "veld"),
    [
        ("geen json", 400, "json_ongeldig", ""),
        ({"reform": HERVORMING}, 400, "veld_ontbreekt", "/situation"),
        (
            {"situation": {"personen": {"p": {"geboortedatum": {"ETERNITY": "1969-02-30"}}}}},
            400,
            "situatie_ongeldig",
            "/situation/personen/p/geboortedatum/ETERNITY",
        ),
        (
            {"situation": {"personen": {"p": {"bestaat_niet": {"2026-10": None}}}}},
            404,
            "variabele_onbekend",
            "/situation/personen/p/bestaat_niet",
        ),
        (
            {"situation": {"personen": {"p": {"levenlanglerenkrediet_recht": {"2026": None}}}}},
            400,
            "situatie_ongeldig",
            "/situation/personen/p/levenlanglerenkrediet_recht/2026",
        ),
        (
            {
                "situation": {"personen": {"p": {"ww_uitkering": {"2026-10": "misschien"}}}},
                "periode": "2026-10",
            },
            400,
            "situatie_ongeldig",
            "/situation/personen/p/ww_uitkering/2026-10",
        ),
        ({"situation": SITUATIE, "reform": {"naam": "x"}}, 400, "hervorming_ongeldig", "/reform"),
        (
            {
                "situation": {"personen": {"p": {"hoogst_behaalde_opleidingsniveau": {"2026-10": 4}}}},
                "periode": "2026-10",
            },
            400,
            "afgeleide_variabele",
            "/situation/personen/p/hoogst_behaalde_opleidingsniveau/2026-10",
        ),
        ({"situation": SITUATIE, "persoon": "q"}, 400, "persoon_onbekend", "/persoon"),
        ({"situation": {"personen": {"p": {}}}}, 400, "niets_gevraagd", "/situation"),
        # Before the first value of the studiefinanciering parameters (no rules for 1990); with the
        # coverage check of issue 11 the code is periode_niet_gedekt.
        (
            {"situation": SITUATIE, "periode": "1990-10"},
            400,
            ("parameter_ontbreekt", "periode_niet_gedekt"),
            "/periode",
        ),
    ],
)
def test_slechte_invoer_4xx_met_code_en_veld(client, body, status, code, veld):
    if isinstance(body, str):
        antwoord = client.post("/waarom", data=body, content_type="text/plain")
    else:
        antwoord = client.post("/waarom", json=body)
    assert antwoord.status_code == status
    fout = antwoord.get_json()
    assert fout["code"] in (code if isinstance(code, tuple) else (code,))
    assert fout["veld"] == veld
    assert fout["melding"]
    assert "LLO-Rules-Sha256" in antwoord.headers
