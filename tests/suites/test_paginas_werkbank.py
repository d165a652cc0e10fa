"""The pages call the same layers as the command line and the API (Flask test client):

- Persoon: each right's explanation is the answer of POST /waarom for the request the page shows;
- Hervorming: the money block and the cost are those of `llo compare --format json`; the example
  persons are the comparison's own; one person's explanation under both systems is that of
  POST /waarom with the reform; a sweep shows the rows of `analyse/sweep.sweep`.

Expected values come from the law or the reform file, worked out by hand below; where a value is
"what the CLI says", it is computed by the CLI's own function on the same input.
"""

from __future__ import annotations

import json
import re
import time
from html import unescape

import pytest

from openfisca_llo.analyse import sweep as sweep_
from openfisca_llo.analyse.antwoorden import populatie_volgens
from openfisca_llo.analyse.vergelijking import als_json, vergelijk
from openfisca_llo.hervorming import laad
from openfisca_llo.web.api import maak_app
from openfisca_llo.web.paginas import hervormingswerk
from openfisca_llo.web.paginas.svg import kolommen
from openfisca_llo.web.paginas.taken import Taken

HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}
PERIODE, PERSONEN, ZAAD = "2026-10", 3000, 2026


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = maak_app()
    app.config["LLO_TAKEN"] = Taken(tmp_path_factory.mktemp("taken"))
    return app.test_client()


def _kenmerken(html: str, kenmerk: str) -> dict[str, str]:
    """data-<kenmerk>="naam" with the attributes of that element, per name."""
    uit = {}
    for m in re.finditer(rf"<[a-z]+ [^>]*data-{kenmerk}=\"([^\"]+)\"[^>]*>", html):
        attributen = dict(re.findall(r'data-([a-z-]+)=["\']([^"\']*)["\']', m.group(0)))
        uit.setdefault(m.group(1), attributen)
    return uit


def _anna(geboren: str) -> str:
    return (
        f"/persoon?periode=2024-10&geboortedatum={geboren}&onderwijssector=wo&opleidingsvorm=deeltijd"
        "&opleiding_graad=master"
    )


# --- Persoon ------------------------------------------------------------------------------------


def test_de_uitleg_op_de_persoonspagina_is_die_van_post_waarom(client):
    pagina = client.get(_anna("1968-09-15"), headers=HTML).get_data(as_text=True)
    verzoek = json.loads(unescape(re.search(r'id="verzoek-waarom"><code>(.*?)</code>', pagina, re.S).group(1)))
    assert verzoek["periode"] == "2024-10" and "situation" in verzoek
    antwoord = client.post("/waarom", json=verzoek)
    assert antwoord.status_code == 200
    api = {u["naam"]: u for u in antwoord.get_json()["uitleg"]["persoon"]}
    getoond = _kenmerken(pagina, "uitleg")
    assert getoond and set(getoond) == set(api)
    for naam, u in api.items():
        assert json.loads(getoond[naam]["toegekend"]) == u["toegekend"], naam
    # every sentence of every right is on the page, and every timeline sentence
    for u in api.values():
        for zin in u["zinnen"]:
            assert zin in unescape(pagina)
        assert u["tijdlijn"]["zin"] in unescape(pagina)


def test_de_uitleg_noemt_de_maximumleeftijd_met_datum_en_artikel(client):
    """Born 1968-09-15, 2024-10, a wo master: the maximum age is read on the first day of the ho
    studiejaar, 2024-09-01; 57 holds from 2024-08-01 (Wsf 2000 art. 2.3a lid 5 and 6)."""
    pagina = client.get(_anna("1968-09-15"), headers=HTML).get_data(as_text=True)
    blok = pagina.split('data-uitleg="levenlanglerenkrediet_recht"')[1].split('class="uitleg-blok"')[0]
    rij = _kenmerken(blok, "parameter")["wsf.levenlanglerenkrediet.maximumleeftijd"]
    assert (json.loads(rij["waarde"]), rij["gelezen-op"], rij["geldt-sinds"]) == (
        57,
        "2024-09-01",
        "2024-08-01",
    )
    assert "artikel=2.3a" in blok


@pytest.mark.parametrize(
    ("geboren", "voldaan"),
    [
        # Wsf 2000 art. 1.2: the age on the first day of the month. 1 October 2024: born 1967-10-02
        # is 56 (under 57, met); born 1967-10-01 turns 57 that day (not under 57, not met).
        ("1967-10-02", True),
        ("1967-10-01", False),
    ],
)
def test_de_zin_van_de_leeftijdsvoorwaarde_op_de_grens(client, geboren, voldaan):
    pagina = client.get(_anna(geboren), headers=HTML).get_data(as_text=True)
    blok = pagina.split('data-uitleg="levenlanglerenkrediet_recht"')[1].split('class="uitleg-blok"')[0]
    voorwaarde = _kenmerken(blok, "voorwaarde")["levenlanglerenkrediet_leeftijdsvoorwaarde"]
    assert json.loads(voorwaarde["voldaan"]) is voldaan
    assert ('data-zin="levenlanglerenkrediet_leeftijdsvoorwaarde"' in blok) is (not voldaan)


def test_de_hele_berekening_alleen_op_verzoek(client):
    kort = client.get(_anna("1968-09-15"), headers=HTML).get_data(as_text=True)
    lang = client.get(_anna("1968-09-15") + "&alles=1", headers=HTML).get_data(as_text=True)
    assert "data-knoop=" not in kort and 'data-knoop="levenlanglerenkrediet_recht"' in lang
    assert '"alles": true' in unescape(lang.split('id="verzoek-waarom"')[1])


# --- Hervorming: money, cost, examples ----------------------------------------------------------


def _wacht(client, url):
    for _ in range(600):
        staat = client.get(f"{url}/status").get_json()
        if staat["status"] != "bezig":
            return staat
        time.sleep(0.1)
    raise AssertionError("de taak werd niet klaar")


@pytest.fixture(scope="module")
def halvering(client):
    """The halving of the statutory fee (reform file: tijdelijke_verlaging 0.5 from 2027-09-01), in 2027-09."""
    data = {"hervorming": ["collegegeld_en_lesgeld_gehalveerd_2027_2028", "llk_maximumleeftijd_aow_leeftijd"]}
    data |= {"periode": "2027-09", "personen": str(PERSONEN), "zaad": str(ZAAD), "eigen": ""}
    antwoord = client.post("/hervorming", data=data, headers=HTML)
    assert antwoord.status_code == 303
    url = antwoord.headers["Location"]
    assert _wacht(client, url)["status"] == "klaar"
    return url


def test_het_geldblok_is_dat_van_llo_compare(client, halvering, systeem):
    pagina = client.get(halvering, headers=HTML).get_data(as_text=True)
    basis = systeem
    populatie, _, label = populatie_volgens({"omvang": PERSONEN, "zaad": ZAAD}, basis, "2027-09")
    hervormingen = [
        (d["naam"], s)
        for d, s in (
            laad("collegegeld_en_lesgeld_gehalveerd_2027_2028", basis),
            laad("llk_maximumleeftijd_aow_leeftijd", basis),
        )
    ]
    verwacht = [
        als_json(r)
        for r in vergelijk(basis, hervormingen, populatie, "2027-09", voortgang=False, schattingslabel=label)
    ]
    varianten = pagina.split('class="variant"')[1:]
    assert len(varianten) == 2
    for html, cli in zip(varianten, verwacht, strict=True):
        getoond = _kenmerken(html, "bedrag")
        bedragen = {b: blok for w in cli["outputs"].values() for b, blok in w.get("bedragen", {}).items()}
        veranderd = {b for b, blok in bedragen.items() if blok["verschil"] or blok["meer"] or blok["minder"]}
        assert set(getoond) == veranderd
        for b in veranderd:
            for sleutel in ("basis", "hervorming", "verschil"):
                assert float(getoond[b][sleutel]) == bedragen[b][sleutel], (b, sleutel)
        totalen = _kenmerken(html, "kosten-totaal")
        for soort, t in cli["kosten"]["totaal"].items():
            assert float(totalen[soort]["maximaal"]) == t["maximaal"]["verschil"]
            assert float(totalen[soort]["met-gebruik"]) == t["met_gebruik"]["verschil"]
        assert cli["schatting"]["label"] in unescape(pagina)
    # The halving: the fee under the reform is 0.5 x the fee under the current law, for everyone
    # who owes it; so the difference is minus half the current sum.
    geld = _kenmerken(varianten[0], "bedrag")["wettelijk_collegegeld_bedrag"]
    assert float(geld["hervorming"]) == pytest.approx(0.5 * float(geld["basis"]), abs=0.01)
    assert float(geld["verschil"]) == pytest.approx(-0.5 * float(geld["basis"]), abs=0.01)
    assert "opgegeven in het formulier" in pagina


def test_de_voorbeeldpersonen_zijn_die_van_de_vergelijking(client, halvering):
    download = client.get(f"{halvering}/vergelijking.json").get_json()
    aow = download[1]
    assert aow["verzoek"]["soort"] == "compare" and aow["bewijs"]["regels_sha256"]
    ids = aow["outputs"]["levenlanglerenkrediet_recht"]["voorbeelden"]["krijgt_recht"]
    assert ids and ids == sorted(ids)
    lijst = client.get(
        f"{halvering}/voorbeelden/1/levenlanglerenkrediet_recht/krijgt_recht", headers=HTML
    ).get_data(as_text=True)
    assert [int(i) for i in re.findall(r'data-index="(\d+)"', lijst)] == ids
    # the amount's own examples: persons with a higher ceiling under the reform
    meer = aow["outputs"]["levenlanglerenkrediet_recht"]["bedragen"]["levenlanglerenkrediet_maximum_jaarbedrag"]
    lijst = client.get(
        f"{halvering}/voorbeelden/1/levenlanglerenkrediet_maximum_jaarbedrag/meer", headers=HTML
    ).get_data(as_text=True)
    assert [int(i) for i in re.findall(r'data-index="(\d+)"', lijst)] == meer["voorbeelden"]["meer"]


def test_de_uitleg_van_een_voorbeeldpersoon_onder_beide_systemen(client, halvering):
    """The AOW-age switch (true from 2026-08-01): a person who gains the credit has it only under the
    reform, the age condition is the first that differs, and the switch is named with both values."""
    download = client.get(f"{halvering}/vergelijking.json").get_json()
    index = download[1]["outputs"]["levenlanglerenkrediet_recht"]["voorbeelden"]["krijgt_recht"][0]
    url = f"{halvering}/persoon/1/{index}?recht=levenlanglerenkrediet_recht"
    pagina = client.get(url, headers=HTML).get_data(as_text=True)
    kanten = pagina.split('data-kant="')[1:]
    assert [k[0] for k in kanten] == ["0", "1"]
    assert json.loads(_kenmerken(kanten[0], "uitleg")["levenlanglerenkrediet_recht"]["toegekend"]) is False
    assert json.loads(_kenmerken(kanten[1], "uitleg")["levenlanglerenkrediet_recht"]["toegekend"]) is True
    eerste = re.search(r'data-voorwaarde="([a-z_]+)"[^>]*data-eerste="true"', pagina).group(1)
    assert eerste == "levenlanglerenkrediet_leeftijdsvoorwaarde"
    schakelaar = _kenmerken(pagina, "parameter")["wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd"]
    assert (json.loads(schakelaar["basis"]), json.loads(schakelaar["hervorming"])) == (False, True)
    # the same as POST /waarom with the reform, for the request the page shows
    verzoek = json.loads(unescape(re.search(r'id="verzoek-waarom"><code>(.*?)</code>', pagina, re.S).group(1)))
    api = client.post("/waarom", json=verzoek).get_json()
    assert "uitleg" in api, api
    naam = next(iter(api["uitleg"]))
    assert api["uitleg"][naam][0]["hervorming"]["vergelijking"]["zin"] in unescape(pagina)


@pytest.mark.parametrize(
    "pad",
    [
        "/voorbeelden/1/levenlanglerenkrediet_recht/blijft_recht",
        "/voorbeelden/1/bestaat_niet/krijgt_recht",
        "/voorbeelden/9/levenlanglerenkrediet_recht/krijgt_recht",
        "/persoon/1/999999999",
        "/persoon/1/0?recht=bestaat_niet",
    ],
)
def test_onbekende_groep_of_persoon_is_404(client, halvering, pad):
    assert client.get(halvering + pad, headers=HTML).status_code == 404


# --- Sweep --------------------------------------------------------------------------------------

SWEEP = {
    "parameter": "wsf.levenlanglerenkrediet.maximumleeftijd",
    "van": "56",
    "tot": "58",
    "stap": "1",
    "vanaf": "2027-08-01",
    "periode": "2027-10",
    "personen": str(PERSONEN),
    "zaad": str(ZAAD),
}


def test_een_sweep_toont_de_rijen_van_llo_sweep(client, systeem):
    antwoord = client.post("/hervorming/sweep", data=SWEEP, headers=HTML)
    assert antwoord.status_code == 303
    url = antwoord.headers["Location"]
    assert _wacht(client, url)["status"] == "klaar"
    pagina = client.get(url, headers=HTML).get_data(as_text=True)
    populatie, _, label = populatie_volgens({"omvang": PERSONEN, "zaad": ZAAD}, systeem, "2027-10")
    rijen, _ = sweep_.sweep(
        systeem, SWEEP["parameter"], [56, 57, 58], "2027-08-01", populatie, "2027-10", label
    )
    getoond = _kenmerken(pagina, "waarde")
    assert len(getoond) == 3 and pagina.count("<svg") >= 2
    for rij, attributen in zip(rijen, sorted(getoond.values(), key=lambda a: float(a["waarde"])), strict=True):
        assert (int(attributen["waarde"]), int(attributen["krijgt"]), int(attributen["verliest"])) == (
            rij["waarde"],
            rij["krijgt"],
            rij["verliest"],
        )
        assert float(attributen["maximaal"]) == rij["kosten"]["maximaal"]
    # 57 is the current law from 2024-08-01 (Wsf 2000 art. 2.3a lid 5 en 6): nobody gains or loses,
    # nothing costs; 56 can only take the credit away, 58 only give it.
    per_waarde = {int(a["waarde"]): a for a in getoond.values()}
    assert (per_waarde[57]["krijgt"], per_waarde[57]["verliest"], float(per_waarde[57]["maximaal"])) == (
        "0",
        "0",
        0,
    )
    assert per_waarde[56]["krijgt"] == "0" and per_waarde[58]["verliest"] == "0"
    assert client.get(f"{url}/vergelijking.json").get_json()["rijen"] == json.loads(json.dumps(rijen))


@pytest.mark.parametrize(
    ("veld", "waarde", "foutveld", "melding"),
    [
        (
            "parameter",
            "wsf.levenlanglerenkrediet.maximumleeftyd",
            "parameter",
            "bedoelt u wsf.levenlanglerenkrediet.maximumleeftijd",
        ),
        (
            "parameter",
            "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd",
            "parameter",
            "schakelaar",
        ),
        ("van", "zes", "van", "verwacht een getal"),
        ("tot", "50", "tot", "ligt onder van"),
        ("stap", "0", "stap", "groter dan 0"),
        # 56 up to and including 56 + 25 = 81 in steps of 1: 26 values, one over the pages' 25;
        # the message is at the step (a larger step gives fewer values)
        ("tot", "81", "stap", "26 waarden"),
        ("vanaf", "2027-02-30", "vanaf", "geen bestaande datum"),
        ("personen", "0", "personen", "kies een getal van 1"),
    ],
)
def test_een_foute_sweep_bij_het_veld(client, veld, waarde, foutveld, melding):
    data = SWEEP | {veld: waarde}
    fout = client.post("/hervorming/sweep", data=data, headers=JSON)
    assert fout.status_code == 400
    assert fout.get_json()["error"]["veld"] == foutveld and melding in fout.get_json()["error"]["melding"]
    pagina = client.post("/hervorming/sweep", data=data, headers=HTML).get_data(as_text=True)
    assert f'aria-describedby="fout-sweep-{foutveld}"' in pagina and f'id="fout-sweep-{foutveld}"' in pagina


def test_een_sweep_buiten_het_bereik_van_de_parameter(client):
    """metadata.bereik of the maximum age: 0 to 100 years; 105 is refused, as by llo sweep."""
    fout = client.post("/hervorming/sweep", data=SWEEP | {"van": "95", "tot": "105", "stap": "5"}, headers=JSON)
    assert (
        fout.status_code == 400
        and "105 ligt buiten het plausibele bereik 0 tot en met 100" in fout.get_json()["error"]["melding"]
    )


def test_een_te_grote_sweep_wordt_geweigerd(client):
    # 2,000,000 persons and 3 values: 2e6 * (4 + 4 * 3) microseconds = 32 s, over the 20 s limit
    assert hervormingswerk.geschatte_seconden(2_000_000, 3) == 2_000_000 * (4 + 4 * 3) / 1e6
    fout = client.post("/hervorming/sweep", data=SWEEP | {"personen": "2000000"}, headers=JSON)
    assert fout.status_code == 422 and fout.get_json()["error"]["code"] == "te_groot"


def test_kolommen_boven_en_onder_nul():
    svg = kolommen(["56", "57"], [("krijgt", "#000", [0, 3]), ("verliest", "#111", [-2, 0])], "titel")
    assert svg.startswith("<svg") and svg.count("<rect") == 2 + 4  # legend 2, columns 2 x 2
    assert "57: krijgt 3" in svg and "56: verliest -2" in svg
    assert kolommen([], [], "t") == ""
