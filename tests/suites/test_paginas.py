"""The pages through Flask's test client: the auditor's question, what held on a date, the diff
of two dates, the person form, reform validation at the field, the limits, jobs, example persons,
the provisions table, content negotiation on GET /, and 4xx (never 500) for bad input.

Expected values come from the law (the parameter files cite the article and the source of each
dated value); the browser tests (test_paginas_browser.py) drive the same pages in Chromium.
"""

from __future__ import annotations

import json
import re
import threading

import pytest
import yaml

from openfisca_llo.hervorming import laad
from openfisca_llo.hervorming.bepalingen import verschillen
from openfisca_llo.paths import PARAMETERS_DIR
from openfisca_llo.uitleg.verkenner.parameters import geschiedenis, op_datum
from openfisca_llo.web.api import maak_app
from openfisca_llo.web.paginas import hervormingswerk
from openfisca_llo.web.paginas.svg import staafgrafiek, trapgrafiek
from openfisca_llo.web.paginas.taken import ServerBezet, Taken

HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}
MAXIMUMLEEFTIJD = "wsf.levenlanglerenkrediet.maximumleeftijd"


def _parameterbestand(pad: str) -> dict:
    """The parameter's YAML file itself, read without the engine."""
    tekst = (PARAMETERS_DIR / (pad.replace(".", "/") + ".yaml")).read_text(encoding="utf-8")
    return yaml.load(tekst, Loader=yaml.BaseLoader)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = maak_app()
    app.config["LLO_TAKEN"] = Taken(tmp_path_factory.mktemp("taken"))
    return app


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


# --- Regels -------------------------------------------------------------------------------------


def test_de_vraag_van_de_auditor_op_een_pagina(client):
    """Wsf 2000 art. 2.3a: 56 from studiejaar 2020-2021 (DUO), 57 from studiejaar 2024-2025
    (rijksoverheid.nl, DUO); the parameter is keyed by 1 August, the first day of the studiejaar."""
    url = f"/regels/parameter/{MAXIMUMLEEFTIJD}?op=2020-09-01&op=2024-09-01"
    op = client.get(url, headers=JSON).get_json()["op"]
    assert [(r["datum"], r["waarde"], r["ingang"]) for r in op] == [
        ("2020-09-01", 56, "2020-08-01"),
        ("2024-09-01", 57, "2024-08-01"),
    ]
    # the sources are those of the parameter file for the date each value took effect
    bronnen = _parameterbestand(MAXIMUMLEEFTIJD)["metadata"]["bronnen"]
    assert op[0]["bronnen"] == bronnen["2020-08-01"] and op[1]["bronnen"] == bronnen["2024-08-01"]
    assert any("duo.nl" in b["href"] for b in op[0]["bronnen"])
    pagina = client.get(url, headers=HTML).get_data(as_text=True)
    for tekst in (
        "1 september 2020",
        "1 september 2024",
        "DUO: Vanaf studiejaar 2020-2021 is 56 de bovengrens",
    ):
        assert tekst in pagina
    assert re.search(r'data-datum="2024-09-01">.*?<td class="waarde">57</td>', pagina, re.S)


@pytest.mark.parametrize(
    ("datum", "waarde", "ingang"),
    [
        ("2017-07-31", None, None),  # the day before the first value (studiejaar 2017-2018)
        ("2017-08-01", 55, "2017-08-01"),  # art. 2.3a lid 1 (text to 2021): "nog niet de leeftijd van 55"
        ("2020-07-31", 55, "2017-08-01"),  # the day before 56
        ("2020-08-01", 56, "2020-08-01"),
        ("2024-07-31", 56, "2020-08-01"),  # the day before 57
        ("2024-08-01", 57, "2024-08-01"),
    ],
)
def test_wat_gold_op_een_datum_op_de_dag_voor_en_op_de_dag_van_elke_wijziging(client, datum, waarde, ingang):
    r = client.get(f"/regels/parameter/{MAXIMUMLEEFTIJD}?op={datum}", headers=JSON).get_json()["op"][0]
    assert (r["waarde"], r["ingang"], r["voor_eerste_waarde"]) == (waarde, ingang, ingang is None)


def test_geschiedenis_met_een_bron_per_gedateerde_waarde(systeem):
    blad = systeem.parameters.wsf.levenlanglerenkrediet.maximumleeftijd
    rijen = geschiedenis(blad)
    assert [(r["vanaf"], r["tot_en_met"], r["waarde"]) for r in rijen] == [
        ("2017-08-01", "2020-07-31", 55),
        ("2020-08-01", "2024-07-31", 56),
        ("2024-08-01", None, 57),
    ]
    assert all(r["bronnen"] for r in rijen)
    assert op_datum(blad, "2024-08-01")["bronnen"] == blad.metadata["bronnen"]["2024-08-01"]


def test_parameterpagina_toont_niet_gevonden_en_grafiek(client):
    pagina = client.get(f"/regels/parameter/{MAXIMUMLEEFTIJD}", headers=HTML).get_data(as_text=True)
    assert "Niet gevonden" in pagina and "Staatscourant-bekendmaking van 57" in pagina
    assert pagina.count("<circle") == 3  # one point per dated value: 55, 56, 57


def test_verschil_tussen_twee_datums(client):
    uit = client.get("/regels/verschil?van=2023-09-01&tot=2024-09-01", headers=JSON).get_json()
    rijen = {r["pad"]: r for r in uit["parameters"]}
    leeftijd = rijen[MAXIMUMLEEFTIJD]
    assert (leeftijd["van"]["waarde"], leeftijd["tot"]["waarde"], leeftijd["waarde_gewijzigd"]) == (
        56,
        57,
        True,
    )
    # unchanged between the two dates, so not listed: the minimum age for mbo students (30, since 2017)
    assert "wsf.levenlanglerenkrediet.minimumleeftijd_beroepsonderwijs" not in rijen
    # the STAP-budget closed on 2023-12-31 (Subsidieregeling STAP-budget, art. 3.1 and 9)
    assert {
        "variabele": "stap_budget_recht",
        "soort": "geldt tot en met",
        "datum": "2023-12-31",
    }.items() <= next(f for f in uit["formules"] if f["variabele"] == "stap_budget_recht").items()


def test_alle_waarden_op_een_datum(client):
    pagina = client.get("/regels/datum/2024-09-01", headers=HTML).get_data(as_text=True)
    assert f'/regels/parameter/{MAXIMUMLEEFTIJD}?op=2024-09-01">{MAXIMUMLEEFTIJD}' in pagina
    assert client.get("/regels/datum?op=2024-09-01").headers["Location"].endswith("/regels/datum/2024-09-01")


def test_variabele_met_formules_en_voorwaardenboom(client):
    info = client.get("/regels/variabele/ww_scholing_vrijstelling_sollicitatieplicht", headers=JSON).get_json()
    boom = info["voorwaardenboom"]
    noodzakelijk = next(v for v in boom["voorwaarden"] if v["naam"] == "ww_scholing_noodzakelijk")
    assert "ww_uitkering" in [v["naam"] for v in noodzakelijk["voorwaarden"]]  # a nested right is expanded
    assert info["formules"] and info["formules"][0]["code"].lstrip().startswith("def formula")
    assert info["referenties"][0].startswith("https://wetten.overheid.nl/")


@pytest.mark.parametrize(
    ("url", "status", "code", "veld"),
    [
        (f"/regels/parameter/{MAXIMUMLEEFTIJD}?op=2020-02-30", 400, "ongeldige_datum", "op"),
        ("/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftyd", 404, "onbekende_parameter", "pad"),
        ("/regels/variabele/bestaat_niet", 404, "onbekende_variabele", "naam"),
        ("/regels/datum/2024-13-01", 400, "ongeldige_datum", "datum"),
        ("/regels/verschil?van=2023-09-01&tot=gisteren", 400, "ongeldige_datum", "tot"),
        ("/persoon?periode=2024-13&geboortedatum=1968-09-15", 400, "ongeldige_invoer", "periode"),
        ("/persoon?periode=2024-10&geboortedatum=1968-02-30", 400, "ongeldige_invoer", "geboortedatum"),
        (
            "/persoon?periode=2024-10&geboortedatum=1968-09-15&onderwijssector=universiteit",
            400,
            "ongeldige_invoer",
            "onderwijssector",
        ),
        (
            "/persoon?periode=2024-10&geboortedatum=1968-09-15&scholing_duur_maanden=-3",
            400,
            "ongeldige_invoer",
            "scholing_duur_maanden",
        ),
        ("/persoon?voorbeeld=bestaat_niet", 400, "onbekend_voorbeeld", "voorbeeld"),
        # studiefinanciering's parameters start on 2000-09-01: January 2000 is before the coverage
        ("/persoon?periode=2000-01&geboortedatum=1968-09-15", 400, "periode_niet_gedekt", "periode"),
        ("/hervorming/bepalingen/bestaat_niet", 404, "onbekende_hervorming", "stam"),
    ],
)
def test_foute_invoer_is_4xx_met_code_en_veld(client, url, status, code, veld):
    antwoord = client.get(url, headers=JSON)
    assert antwoord.status_code == status
    assert antwoord.get_json()["error"]["code"] == code and antwoord.get_json()["error"]["veld"] == veld
    html = client.get(url, headers=HTML)
    assert html.status_code == status and "text/html" in html.content_type


def test_onbekende_parameter_krijgt_een_suggestie(client):
    melding = client.get("/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftyd", headers=JSON).get_json()
    assert "bedoelt u wsf.levenlanglerenkrediet.maximumleeftijd" in melding["error"]["melding"]


# --- GET / ----------------------------------------------------------------------------------------


def test_wortel_html_voor_een_browser_en_json_voor_een_api_client(client):
    assert client.get("/").get_json()["welcome"]  # no Accept header: OpenFisca's JSON, unchanged
    assert client.get("/", headers={"Accept": "*/*"}).get_json()["welcome"]
    assert client.get("/", headers=JSON).get_json()["welcome"]
    browser = client.get("/", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.status_code == 200 and 'href="/regels"' in browser.get_data(as_text=True)


# --- Persoon ------------------------------------------------------------------------------------


def test_persoon_geeft_hetzelfde_als_calculate(client):
    """The contract example (CONTRACT.md): the overview's rights and conditions equal /calculate's."""
    args = (
        "periode=2024-10&geboortedatum=1968-09-15&onderwijssector=wo&opleidingsvorm=deeltijd"
        "&opleiding_graad=master"
    )
    uit = client.get(f"/persoon?{args}", headers=JSON).get_json()
    api = client.post("/calculate", json=uit["verzoek"]).get_json()["personen"]["persoon"]
    for recht in uit["personen"]["persoon"]:
        assert recht["heeft"] == api[recht["naam"]]["2024-10"], recht["naam"]
        for voorwaarde in recht["voorwaarden"]:
            assert voorwaarde["voldaan"] == api[voorwaarde["naam"]]["2024-10"], voorwaarde["naam"]
    llk = next(r for r in uit["personen"]["persoon"] if r["naam"] == "levenlanglerenkrediet_recht")
    # 56 on 2024-10-01, under the maximum age 57 of studiejaar 2024-2025 (Wsf 2.3a): a right,
    # with a yearly ceiling of 1 x the statutory fee 2024-2025
    assert llk["heeft"] is True
    assert llk["details"][0]["waarde"] == 1 * 2530


def test_persoon_op_de_grens_van_de_maximumleeftijd(client):
    """Wsf 2.3a lid 2: "nog niet de maximumleeftijd heeft bereikt" (57 in studiejaar 2024-2025), the
    age counted on the first day of the month (art. 1.2). Born 1967-10-01: 57 on 2024-10-01, no
    right in October 2024; born a day later: still 56 on that day, a right."""

    def recht(geboren):
        args = (
            f"periode=2024-10&geboortedatum={geboren}&onderwijssector=wo&opleidingsvorm=deeltijd"
            "&opleiding_graad=master"
        )
        uit = client.get(f"/persoon?{args}", headers=JSON).get_json()["personen"]["persoon"]
        return next(r["heeft"] for r in uit if r["naam"] == "levenlanglerenkrediet_recht")

    assert recht("1967-10-01") is False
    assert recht("1967-10-02") is True


def test_voorbeeld_vult_het_formulier(client):
    pagina = client.get("/persoon?voorbeeld=anna_deeltijd_master", headers=HTML).get_data(as_text=True)
    assert 'value="1968-09-15"' in pagina and 'value="2024-10"' in pagina
    assert 'data-recht="levenlanglerenkrediet_recht" data-heeft="true"' in pagina


# --- Hervorming ---------------------------------------------------------------------------------

GOED = """naam: Hogere maximumleeftijd
beschrijving: De maximumleeftijd van het levenlanglerenkrediet wordt 60 jaar.
bron:
- title: Wet studiefinanciering 2000, artikel 2.3a
  href: https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01
wijzigingen:
  wsf.levenlanglerenkrediet.maximumleeftijd:
    '2026-08-01': 60
"""


def _formulier(**extra):
    return {"periode": "2026-10", "personen": "2000", "zaad": "2026", "eigen": ""} | extra


def test_typfout_in_een_geplakte_hervorming_bij_het_veld(client):
    tekst = GOED.replace("maximumleeftijd:", "maximumleeftyd:")
    antwoord = client.post("/hervorming", data=_formulier(eigen=tekst), headers=HTML)
    pagina = antwoord.get_data(as_text=True)
    assert antwoord.status_code == 400
    assert (
        'name="eigen" rows="12" spellcheck="false" aria-invalid="true" aria-describedby="fout-eigen"' in pagina
    )
    assert 'data-veld="wijzigingen.wsf.levenlanglerenkrediet.maximumleeftyd"' in pagina
    assert "bedoelt u wsf.levenlanglerenkrediet.maximumleeftijd" in pagina
    json_ = client.post("/hervorming", data=_formulier(eigen=tekst), headers=JSON).get_json()
    assert json_["error"] == {
        "code": "ongeldige_hervorming",
        "veld": "eigen",
        "melding": "1 fout in de hervorming",
    }


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("naam: [kapot", "geen geldige YAML: regel 1"),
        ("- een lijst", "verwacht een mapping"),
        (GOED.replace("'2026-08-01': 60", "'2026-08-01': 60.5"), "geheel getal"),
        (GOED.replace("'2026-08-01'", "'2026-02-30'"), "geen bestaande datum"),
    ],
)
def test_andere_fouten_in_een_hervorming_bij_het_veld(client, tekst, melding):
    antwoord = client.post("/hervorming", data=_formulier(eigen=tekst), headers=HTML)
    assert antwoord.status_code == 400
    assert melding in antwoord.get_data(as_text=True).split('id="fout-eigen"')[1]


def test_te_veel_varianten_en_te_grote_bevolking_worden_geweigerd(client):
    stammen = [h["stam"] for h in hervormingswerk.ingebouwd()]
    vijf = client.post("/hervorming", data=_formulier(hervorming=stammen, eigen=GOED), headers=JSON)
    assert vijf.status_code == 400 and vijf.get_json()["error"]["veld"] == "hervorming"
    # 2,000,000 persons with 4 variants: 2e6 * (4 + 5 * 3) microseconds = 38 s, over the 20 s limit
    groot = client.post(
        "/hervorming", data=_formulier(hervorming=stammen[:4], personen="2000000"), headers=JSON
    )
    assert groot.status_code == 422 and groot.get_json()["error"]["code"] == "te_groot"
    assert hervormingswerk.geschatte_seconden(2_000_000, 4) == 2_000_000 * (4 + 5 * 3) / 1e6
    # one million with four variants stays under it: 1e6 * (4 + 5 * 3) / 1e6 = 19 s
    assert hervormingswerk.geschatte_seconden(1_000_000, 4) <= hervormingswerk.MAX_SECONDEN
    te_veel = client.post(
        "/hervorming", data=_formulier(hervorming=stammen[:1], personen="2000001"), headers=JSON
    )
    assert te_veel.status_code == 400 and te_veel.get_json()["error"]["veld"] == "personen"


def test_een_maand_voor_de_dekking_van_de_regels_bij_het_veld(client):
    """Studiefinanciering's minimum age for mbo has a value from 2000-09-01 on (its parameter file):
    January 2000 cannot be computed; the form says so at the month, never a 500."""
    antwoord = client.post(
        "/hervorming", data=_formulier(hervorming=["llk_bbl_en_deeltijd_mbo"], periode="2000-01")
    )
    assert antwoord.status_code == 400
    fout = client.post(
        "/hervorming", data=_formulier(hervorming=["llk_bbl_en_deeltijd_mbo"], periode="2000-01"), headers=JSON
    ).get_json()["error"]
    assert fout["code"] == "niet_te_berekenen" and fout["veld"] == "periode"
    assert "gedekte periode" in fout["melding"]


def test_vergelijking_als_taak_met_de_tellingen_van_vergelijk(client, systeem):
    stammen = ["llk_bbl_en_deeltijd_mbo", "llk_maximumleeftijd_aow_leeftijd"]
    antwoord = client.post("/hervorming", data=_formulier(hervorming=stammen), headers=HTML)
    assert antwoord.status_code == 303
    url = antwoord.headers["Location"]
    assert client.get(f"{url}/status").get_json()["status"] == "klaar"
    downloads = client.get(f"{url}/vergelijking.json").get_json()
    assert [d["reform"] for d in downloads] == [
        "Levenlanglerenkrediet open voor bbl en deeltijd-mbo",
        "Maximumleeftijd levenlanglerenkrediet gelijk aan de AOW-leeftijd",
    ]
    for d in downloads:
        for w in d["outputs"].values():
            assert (
                sum(w[g] for g in ("blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht"))
                == 2000
            )
    csv = client.get(f"{url}/vergelijking.csv").get_data(as_text=True).splitlines()
    assert (
        csv[0]
        == "hervorming,periode,personen,recht,blijft_recht,krijgt_recht,verliest_recht,blijft_zonder_recht"
    )
    assert client.get(f"{url}/vergelijking.png").get_data()[:8] == b"\x89PNG\r\n\x1a\n"
    pagina = client.get(url, headers=HTML).get_data(as_text=True)
    assert pagina.count('class="variant"') == 2


def test_een_lange_vergelijking_toont_voortgang_en_kan_worden_verlaten(app, client, systeem):
    """A job that is still running answers its page (with progress) and its status; a second job is
    refused while it runs; when it is done the same URL shows the result."""
    taken, los = app.config["LLO_TAKEN"], threading.Event()
    opdracht = {
        "periode": "2026-10",
        "personen": 500,
        "zaad": 1,
        "varianten": [
            {"naam": "AOW", "bron": "ingebouwd", "document": hervormingswerk.ingebouwd()[1]["document"]}
        ],
    }
    echt = hervormingswerk.werk(opdracht, systeem)

    def werk(voortgang):
        voortgang(1, 3, "wacht")
        los.wait(30)
        return echt(voortgang)

    taak_id = taken.start(opdracht, werk)
    try:
        assert client.get(f"/hervorming/taak/{taak_id}/status").get_json()["status"] == "bezig"
        pagina = client.get(f"/hervorming/taak/{taak_id}", headers=HTML).get_data(as_text=True)
        assert "<progress" in pagina and "voortgang.js" in pagina
        with pytest.raises(ServerBezet):
            taken.start(opdracht, werk)
    finally:
        los.set()
    assert taken.wacht(taak_id, 30)["status"] == "klaar"
    assert "<progress" not in client.get(f"/hervorming/taak/{taak_id}", headers=HTML).get_data(as_text=True)


@pytest.mark.parametrize("taak_id", ["0" * 32, "../../etc/passwd", "abc"])
def test_onbekende_taak_is_404(client, taak_id):
    assert client.get(f"/hervorming/taak/{taak_id}").status_code == 404


def test_bepalingen_van_een_hervorming(client, systeem):
    """What `llo diff` prints: the AOW-age switch false in the current law, true from 2026-08-01."""
    document, _ = laad("llk_maximumleeftijd_aow_leeftijd", systeem)
    tabel = verschillen(document, systeem)
    rij = tabel[0]["waarden"][0]
    assert (rij["datum"], rij["geldend_recht"], rij["hervorming"], rij["door_hervorming_gezet"]) == (
        "2026-08-01",
        False,
        True,
        True,
    )
    assert rij["bron_geldend_recht"]  # the source of the current law's value in force on that date
    pagina = client.get("/hervorming/bepalingen/llk_maximumleeftijd_aow_leeftijd", headers=JSON).get_json()
    assert pagina["wijzigingen"] == json.loads(json.dumps(tabel))


# --- SVG ----------------------------------------------------------------------------------------


def test_trapgrafiek_en_staafgrafiek():
    rijen = [
        {"vanaf": "2017-08-01", "waarde": 55},
        {"vanaf": "2020-08-01", "waarde": 56},
        {"vanaf": "2023-01-01", "waarde": None},
    ]
    svg = trapgrafiek(rijen, "Maximumleeftijd", "year", vandaag="2026-01-01")
    assert svg.startswith("<svg") and svg.count("<circle") == 2 and "vanaf 2020-08-01: 56" in svg
    assert trapgrafiek([{"vanaf": "2020-01-01", "waarde": "tekst"}], "t", None) == ""
    staaf = staafgrafiek([("recht_a", 3, 0), ("recht_b", 0, 2)], "titel")
    assert staaf.count("<rect") == 2 and "+3" in staaf and "−2" in staaf


def test_artikel_als_leesbare_naam(systeem):
    from openfisca_llo.uitleg.verkenner.artikelen import artikel_tekst, wetnamen

    namen = wetnamen(systeem)
    url = "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01"
    assert artikel_tekst(url, namen) == "Wet studiefinanciering 2000, art. 2.3a"
    assert artikel_tekst("https://wetten.overheid.nl/BWBR0099999", namen) == "BWBR0099999"
    assert artikel_tekst("https://duo.nl/particulier/levenlanglerenkrediet/", namen) == (
        "duo.nl/particulier/levenlanglerenkrediet"
    )
