"""Hostile and careless requests: each answers 4xx JSON with its `code` and field, never 5xx or a wrong answer.

Every reproducer of the hardening issue, and the boundary of every limit and range (at the
boundary and one unit past it). After each hostile request the same app answers the contract
example correctly, so no request leaves state behind. The limits are set low here where the
defaults would need huge bodies (`Grenzen(...)`); their defaults are documented in docs/api.md.
"""

from __future__ import annotations

import datetime
import json

import pytest

from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.web.api import maak_app
from openfisca_llo.web.codes import CODES
from openfisca_llo.web.grenzen import Grenzen

AOW = lees_hervorming(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")
MAAND = "2024-10"


def anna(**extra):
    persoon = {
        "geboortedatum": {"ETERNITY": "1968-09-15"},
        "onderwijssector": {MAAND: "wo"},
        "opleidingsvorm": {MAAND: "deeltijd"},
        "opleiding_graad": {MAAND: "master"},
        "levenlanglerenkrediet_recht": {MAAND: None},
    }
    persoon.update(extra)
    return {"personen": {"anna": persoon}}


def a(**variabelen):
    """One person `a` with these variables and their age asked for MAAND."""
    return {
        "personen": {
            "a": {"geboortedatum": {"ETERNITY": "1968-09-15"}, "leeftijd": {MAAND: None}, **variabelen}
        }
    }


@pytest.fixture(scope="module")
def client():
    return maak_app().test_client()


def klopt_nog(client):
    """The contract example, answered correctly: born 1968-09-15, 56 on 2024-10-01 (< 57, Wsf 2.3a)."""
    antwoord = client.post("/calculate", json=anna())
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["anna"]["levenlanglerenkrediet_recht"][MAAND] is True


def fout(antwoord, status: int, code: str, veld: str | None = None) -> dict:
    assert antwoord.status_code == status, antwoord.get_data(as_text=True)[:500]
    assert antwoord.content_type.startswith("application/json")
    inhoud = antwoord.get_json()
    assert inhoud["code"] == code and code in CODES
    assert CODES[code].status == status
    assert inhoud["error"]
    if veld is not None:
        assert inhoud["veld"] == veld
    return inhoud


# Each: (endpoint, body, status, code, field as JSON Pointer or None)
VIJANDIG = {
    "int32_overloop": (
        "/calculate",
        {"personen": {"a": {"scholing_resterende_maanden": {MAAND: 2147483648}, "leeftijd": {MAAND: None}}}},
        400,
        "waarde_buiten_bereik",
        "/personen/a/scholing_resterende_maanden/2024-10",
    ),
    "periode_van_100000_maanden": (
        "/calculate",
        {"personen": {"a": {"scholing_duur_maanden": {"month:2024-01:100000": 3}}}},
        413,
        "periode_te_lang",
        "/personen/a/scholing_duur_maanden/month:2024-01:100000",
    ),
    "lege_sleutels": ("/calculate", {"personen": {"": {}}, "": None}, 400, "sleutel_onbekend", "/"),
    "leeg_id": (
        "/calculate",
        {"personen": {"": {"leeftijd": {MAAND: None}}}},
        400,
        "id_ongeldig",
        "/personen/",
    ),
    "leeg_id_trace": (
        "/trace",
        {"personen": {"": {"leeftijd": {MAAND: None}}}},
        400,
        "id_ongeldig",
        "/personen/",
    ),
    "id_met_slash_trace": (
        "/trace",
        {"personen": {"a/b": {"leeftijd": {MAAND: None}}}},
        400,
        "id_ongeldig",
        "/personen/a~1b",
    ),
    "assen": (
        "/calculate",
        {
            **a(),
            "axes": [[{"count": 3, "name": "scholing_duur_maanden", "min": 0, "max": 10, "period": MAAND}]],
        },
        400,
        "assen_niet_ondersteund",
        "/axes",
    ),
    "geboren_9999": (
        "/calculate",
        a(geboortedatum={"ETERNITY": "9999-12-31"}, levenlanglerenkrediet_recht={MAAND: None}),
        400,
        "waarde_buiten_bereik",
        "/personen/a/geboortedatum/ETERNITY",
    ),
    "geboortedatum_zonder_streepjes": (
        "/calculate",
        a(geboortedatum={"ETERNITY": "19680915"}),
        400,
        "waarde_ongeldig",
        "/personen/a/geboortedatum/ETERNITY",
    ),
    "geboortedatum_als_week": (
        "/calculate",
        a(geboortedatum={"ETERNITY": "1968-W37-1"}),
        400,
        "waarde_ongeldig",
        "/personen/a/geboortedatum/ETERNITY",
    ),
    "geboren_na_de_maand": (
        "/calculate",
        a(geboortedatum={"ETERNITY": "2024-10-02"}),
        422,
        "geboren_na_periode",
        "/personen/a/geboortedatum/ETERNITY",
    ),
    "negatieve_duur": (
        "/calculate",
        a(scholing_duur_maanden={MAAND: -1}),
        400,
        "waarde_buiten_bereik",
        "/personen/a/scholing_duur_maanden/2024-10",
    ),
    "negatieve_kosten": (
        "/calculate",
        a(scholing_kosten={MAAND: -0.01}),
        400,
        "waarde_buiten_bereik",
        "/personen/a/scholing_kosten/2024-10",
    ),
    "negatieve_maanden_lening": (
        "/calculate",
        a(studiefinanciering_ho_maanden_lening_na_prestatiebeurs={MAAND: -3}),
        400,
        "waarde_buiten_bereik",
        "/personen/a/studiefinanciering_ho_maanden_lening_na_prestatiebeurs/2024-10",
    ),
    "geen_geboortedatum": (
        "/calculate",
        {"personen": {"a": {"levenlanglerenkrediet_recht": {MAAND: None}}}},
        422,
        "invoer_ontbreekt",
        "/personen/a/geboortedatum",
    ),
    "geen_geboortedatum_trace": (
        "/trace",
        {"personen": {"a": {"leeftijd": {MAAND: None}}}},
        422,
        "invoer_ontbreekt",
        "/personen/a/geboortedatum",
    ),
    "geboortedatum_gevraagd_niet_gegeven": (
        "/calculate",
        {"personen": {"a": {"geboortedatum": {"ETERNITY": None}}}},
        422,
        "invoer_ontbreekt",
        "/personen/a/geboortedatum",
    ),
    "onbekende_variabele": (
        "/calculate",
        a(onderwijsector={MAAND: "wo"}),
        404,
        "variabele_onbekend",
        "/personen/a/onderwijsector",
    ),
    "jaar_voor_maandvariabele": ("/calculate", a(leeftijd={"2024": None}), 400, "periode_ongeldig", None),
    "dag_als_invoer_voor_maandvariabele": (
        "/calculate",
        a(onderwijssector={"2024-10-01": "wo"}),
        400,
        "periode_ongeldig",
        "/personen/a/onderwijssector/2024-10-01",
    ),
    "periode_in_het_jaar_9999": (
        "/calculate",
        a(leeftijd={"9999-12": None}),
        400,
        "periode_buiten_bereik",
        "/personen/a/leeftijd/9999-12",
    ),
    "bool_als_tekst": ("/calculate", a(ww_uitkering={MAAND: "misschien"}), 400, "type_ongeldig", None),
    "waarden_geen_object": (
        "/calculate",
        a(ww_uitkering=True),
        400,
        "waarden_geen_object",
        "/personen/a/ww_uitkering",
    ),
    "geen_personen": ("/calculate", {}, 400, "situatie_ongeldig", ""),
    "lijst": ("/calculate", [], 400, "situatie_geen_object", ""),
    "reform_null": (
        "/compare",
        {"situation": anna(), "reform": None},
        400,
        "hervorming_geen_object",
        "/reform",
    ),
    "reform_lijst": ("/compare", {"situation": anna(), "reform": []}, 400, "hervorming_geen_object", "/reform"),
    "reform_tekst": (
        "/compare",
        {"situation": anna(), "reform": "x"},
        400,
        "hervorming_geen_object",
        "/reform",
    ),
    "compare_zonder_situatie": ("/compare", {"reform": AOW}, 400, "veld_ontbreekt", "/situation"),
    "compare_foute_situatie": (
        "/compare",
        {"situation": a(scholing_duur_maanden={MAAND: -1}), "reform": AOW},
        400,
        "waarde_buiten_bereik",
        "/situation/personen/a/scholing_duur_maanden/2024-10",
    ),
    "compare_onbekende_parameter": (
        "/compare",
        {"situation": anna(), "reform": dict(AOW, wijzigingen={"a.b": {"2026-01-01": 1}})},
        400,
        "hervorming_ongeldig",
        "/reform",
    ),
}


@pytest.mark.parametrize("geval", list(VIJANDIG))
def test_vijandig_verzoek_krijgt_4xx_met_code_en_veld(client, geval):
    pad, body, status, code, veld = VIJANDIG[geval]
    fout(client.post(pad, json=body), status, code, veld)
    klopt_nog(client)


@pytest.mark.parametrize(
    ("ruw", "code", "status"),
    [
        (b"[" * 10_000, "te_diep_genest", 413),
        (b'{"personen": {"a": {"scholing_kosten": {"2024-10": NaN}}}}', "getal_niet_eindig", 400),
        (b'{"personen": {"a": {"scholing_kosten": {"2024-10": Infinity}}}}', "getal_niet_eindig", 400),
        (b'{"personen": {"a": {"scholing_kosten": {"2024-10": -Infinity}}}}', "getal_niet_eindig", 400),
        (b'{"personen": {"a": {"scholing_kosten": {"2024-10": 1e400}}}}', "getal_niet_eindig", 400),
        (b"{kapot", "json_ongeldig", 400),
        (b"\xff\xfe{}", "json_ongeldig", 400),
        (b"1" * 5000, "json_ongeldig", 400),
    ],
    ids=["nesting", "nan", "infinity", "min_infinity", "1e400", "kapot", "geen_utf8", "groot_geheel_getal"],
)
@pytest.mark.parametrize("pad", ["/calculate", "/trace", "/compare"])
def test_geen_json_of_geen_eindig_getal(client, ruw, code, status, pad):
    fout(client.post(pad, data=ruw, content_type="application/json"), status, code)
    klopt_nog(client)


def test_nesting_op_de_grens_en_een_voorbij(client):
    """LLO_MAX_NESTING = 32 for the reform of /compare (the body itself at level 1, the reform at 2).

    A situation is checked field by field (no value may be an array or an object), so nesting
    in a situation is refused where it starts, whatever its depth.
    """

    def genest(diepte):
        waarde = 1
        for _ in range(diepte):
            waarde = {"x": waarde}
        return waarde

    reform = dict(AOW, extra=genest(30))  # body 1, reform 2, the objects of extra 3 to 32
    antwoord = client.post("/compare", json={"situation": anna(), "reform": reform})
    assert antwoord.status_code == 400 and antwoord.get_json()["code"] == "hervorming_ongeldig"
    reform = dict(AOW, extra=genest(31))
    fout(client.post("/compare", json={"situation": anna(), "reform": reform}), 413, "te_diep_genest")
    fout(client.post("/calculate", json=a(leeftijd={MAAND: [[[[]]]]})), 400, "type_ongeldig")


def test_geen_json_content_type(client):
    fout(client.post("/calculate", data=json.dumps(anna()), content_type="text/plain"), 400, "json_ongeldig")


@pytest.mark.parametrize(
    ("variabele", "grens", "voorbij"),
    [
        # regels/bereik.py: months 0 to 1200 (100 years), NLQF 0 to 8, 168 hours (7 x 24), 2**24 euro
        ("scholing_duur_maanden", 1200, 1201),
        ("scholing_duur_maanden", 0, -1),
        ("scholing_resterende_maanden", 0, -1),
        ("scholing_nlqf_niveau", 8, 9),
        ("arbeidsuren_per_week", 7 * 24, 7 * 24 + 0.5),
        ("scholing_kosten", 0, -0.01),
        ("scholing_kosten", 2**24, 2**24 + 1),
        ("studievoucher_verzilverd_bedrag", 0, -1),
    ],
)
def test_bereik_op_de_grens_en_een_eenheid_voorbij(client, variabele, grens, voorbij):
    antwoord = client.post("/calculate", json=a(**{variabele: {MAAND: grens}}))
    assert antwoord.status_code == 200, antwoord.get_data(as_text=True)
    assert antwoord.get_json()["personen"]["a"][variabele][MAAND] == grens
    inhoud = fout(
        client.post("/calculate", json=a(**{variabele: {MAAND: voorbij}})),
        400,
        "waarde_buiten_bereik",
        f"/personen/a/{variabele}/2024-10",
    )
    assert "tot en met" in inhoud["error"]  # the message states the valid range


@pytest.mark.parametrize(
    ("geboren", "status"),
    [("2024-10-01", 200), ("2024-10-02", 422), ("1900-01-01", 200), ("1899-12-31", 400)],
)
def test_geboortedatum_grenzen(client, geboren, status):
    """Born on the first day of the asked month: age 0 that month (Wsf 2000 art. 1.2); a day later: refused."""
    antwoord = client.post("/calculate", json=a(geboortedatum={"ETERNITY": geboren}))
    assert antwoord.status_code == status, antwoord.get_data(as_text=True)
    if geboren == "2024-10-01":
        assert antwoord.get_json()["personen"]["a"]["leeftijd"][MAAND] == 0
    if geboren == "1900-01-01":
        assert antwoord.get_json()["personen"]["a"]["leeftijd"][MAAND] == 2024 - 1900


def test_een_recht_zonder_leeftijdsvoorwaarde_vraagt_geen_geboortedatum(client):
    """WW art. 76 (necessary training) has no age condition: no birth date needed."""
    antwoord = client.post("/calculate", json={"personen": {"a": {"ww_scholing_noodzakelijk": {MAAND: None}}}})
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["a"]["ww_scholing_noodzakelijk"][MAAND] is False


def test_jaarinvoer_van_de_een_en_maandinvoer_van_de_ander(client):
    """Each person's own most specific period wins: A's year value holds in October, next to B's month value."""
    situatie = {
        "personen": {
            "A": {"onderwijssector": {"2024": "wo", MAAND: None}},
            "B": {"onderwijssector": {MAAND: "hbo"}},
        }
    }
    antwoord = client.post("/calculate", json=situatie)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["A"]["onderwijssector"][MAAND] == "wo"


def test_tienduizend_personen_met_jaarinvoer(client):
    """10,000 persons, each with inputs for the whole year 2024: answered, every person, at once."""
    personen = {
        f"p{i}": {
            "geboortedatum": {"ETERNITY": "1968-09-15"},
            "onderwijssector": {"2024": "wo"},
            "opleidingsvorm": {"2024": "deeltijd"},
            "opleiding_graad": {"2024": "master"},
            "levenlanglerenkrediet_recht": {MAAND: None},
        }
        for i in range(10_000)
    }
    antwoord = client.post("/calculate", json={"personen": personen})
    assert antwoord.status_code == 200
    rechten = {p["levenlanglerenkrediet_recht"][MAAND] for p in antwoord.get_json()["personen"].values()}
    assert rechten == {True}  # each is Anna: 56 on 2024-10-01, a part-time wo master
    klopt_nog(client)


def grens_app(**grenzen):
    return maak_app(grenzen=Grenzen(**grenzen)).test_client()


def test_personen_op_de_grens_en_een_voorbij():
    client = grens_app(max_personen=3)
    drie = {"personen": {f"p{i}": anna()["personen"]["anna"] for i in range(3)}}
    assert client.post("/calculate", json=drie).status_code == 200
    vier = {"personen": {f"p{i}": anna()["personen"]["anna"] for i in range(4)}}
    fout(client.post("/calculate", json=vier), 413, "te_veel_personen", "/personen")
    klopt_nog(client)


def test_personen_in_een_trace():
    client = grens_app(max_personen_trace=1)
    assert client.post("/trace", json=anna()).status_code == 200
    twee = {"personen": {f"p{i}": anna()["personen"]["anna"] for i in range(2)}}
    fout(client.post("/trace", json=twee), 413, "te_veel_personen", "/personen")


def test_perioden_per_invoer_op_de_grens_en_een_voorbij():
    client = grens_app(max_perioden=12)
    maanden = [f"2024-{m:02d}" for m in range(1, 13)]
    twaalf = a(ww_uitkering={m: False for m in maanden})
    assert client.post("/calculate", json=twaalf).status_code == 200
    dertien = a(ww_uitkering={**{m: False for m in maanden}, "2025-01": False})
    fout(client.post("/calculate", json=dertien), 413, "te_veel_perioden", "/personen/a/ww_uitkering")


def test_maanden_per_periode_op_de_grens_en_een_voorbij(client):
    """LLO_MAX_MAANDEN_PER_PERIODE = 120 by default."""
    assert client.post("/calculate", json=a(scholing_duur_maanden={"month:2024-01:120": 3})).status_code == 200
    fout(
        client.post("/calculate", json=a(scholing_duur_maanden={"month:2024-01:121": 3})),
        413,
        "periode_te_lang",
    )
    fout(client.post("/calculate", json=a(scholing_duur_maanden={"year:2020:11": 3})), 413, "periode_te_lang")


def test_berekeningen_op_de_grens_en_een_voorbij():
    client = grens_app(max_berekeningen=2)
    twee = a(levenlanglerenkrediet_recht={MAAND: None})
    assert client.post("/calculate", json=twee).status_code == 200
    drie = a(levenlanglerenkrediet_recht={MAAND: None, "2024-11": None})
    fout(client.post("/calculate", json=drie), 413, "te_veel_berekeningen")


def test_body_boven_de_grens_zonder_echo():
    client = grens_app(max_body_bytes=2000)
    groot = {"personen": {"a": {"geboortedatum": {"ETERNITY": "x" * 5000}}}}
    antwoord = client.post("/calculate", json=groot)
    fout(antwoord, 413, "verzoek_te_groot")
    assert len(antwoord.get_data()) < 1000


def test_lange_velden_worden_nooit_herhaald(client):
    """A 1 MB id, variable name, period or value: refused, and the answer stays small."""
    lang = "x" * 1_000_000
    for situatie, code in [
        ({"personen": {lang: {"leeftijd": {MAAND: None}}}}, "id_ongeldig"),
        (a(**{lang: {MAAND: None}}), "variabele_onbekend"),
        (a(leeftijd={lang: None}), "periode_ongeldig"),
        (a(geboortedatum={"ETERNITY": lang}), "waarde_ongeldig"),
        (a(onderwijssector={MAAND: lang}), "waarde_ongeldig"),
    ]:
        antwoord = client.post("/calculate", json=situatie)
        fout(antwoord, antwoord.status_code, code)
        assert len(antwoord.get_data()) < 2000, code


def test_rekentijd_overschreden_is_json_503():
    client = grens_app(max_rekentijd=1e-9)
    fout(client.post("/calculate", json=anna()), 503, "rekentijd_overschreden")


def test_wijzigingen_per_hervorming_op_de_grens_en_een_voorbij():
    client = grens_app(max_wijzigingen=500)
    begin = datetime.date(2030, 1, 1)

    def hervorming(aantal):
        datums = {str(begin + datetime.timedelta(days=i)): 57 for i in range(aantal)}
        return dict(AOW, wijzigingen={"wsf.levenlanglerenkrediet.maximumleeftijd": datums})

    assert client.post("/compare", json={"situation": anna(), "reform": hervorming(500)}).status_code == 200
    fout(
        client.post("/compare", json={"situation": anna(), "reform": hervorming(501)}),
        413,
        "te_veel_wijzigingen",
        "/reform/wijzigingen",
    )
    klopt_nog(client)


def test_vijftigduizend_wijzigingen(client):
    """50,000 dated changes (one per path) are refused before anything is validated or applied."""
    paden = {f"pad.{i}": {"2030-01-01": 1} for i in range(50_000)}
    fout(
        client.post("/compare", json={"situation": anna(), "reform": dict(AOW, wijzigingen=paden)}),
        413,
        "te_veel_wijzigingen",
    )
    klopt_nog(client)


def test_get_root_is_nuttig(client):
    antwoord = client.get("/")
    assert antwoord.status_code == 200
    assert "/calculate" in antwoord.get_json()["endpoints"]


@pytest.mark.parametrize(
    ("methode", "pad", "status", "code"),
    [
        ("get", "/variable/bestaat_niet", 404, "variabele_onbekend"),
        ("get", "/parameter/bestaat.niet", 404, "parameter_onbekend"),
        ("get", "/bestaat-niet", 404, "niet_gevonden"),
        ("put", "/calculate", 405, "methode_niet_toegestaan"),
        ("get", "/calculate", 405, "methode_niet_toegestaan"),
    ],
)
def test_onbekende_urls_en_methoden_zijn_json(client, methode, pad, status, code):
    fout(getattr(client, methode)(pad), status, code)


def test_variabele_heeft_bereik_en_standaardwaarde_volgens_spec(client):
    spec = client.get("/spec").get_json()
    toegestaan = spec["components"]["schemas"]["Variable"]["properties"]["defaultValue"]["anyOf"]
    soorten = {"boolean": bool, "number": int | float, "string": str}
    for naam in (
        "scholing_duur_maanden",
        "ww_uitkering",
        "onderwijssector",
        "geboortedatum",
        "scholing_kosten",
    ):
        variabele = client.get(f"/variable/{naam}").get_json()
        assert any(isinstance(variabele["defaultValue"], soorten[s["type"]]) for s in toegestaan), naam
    bereik = client.get("/variable/scholing_duur_maanden").get_json()["bereik"]
    assert (bereik["minimum"], bereik["maximum"]) == (0, 1200)
    assert "onmisbaar" in client.get("/variable/geboortedatum").get_json()


def test_geen_bronlink_naar_none(client):
    for pad in ("/variable/leeftijd", "/parameter/wsf/levenlanglerenkrediet/maximumleeftijd", "/spec"):
        assert "None/blob" not in client.get(pad).get_data(as_text=True)
    assert "source" not in client.get("/variable/leeftijd").get_json()


def test_bronlink_met_instelling(monkeypatch):
    monkeypatch.setenv("LLO_BRONCODE_URL", "https://example.org/openfisca_llo")
    client = maak_app().test_client()
    bron = client.get("/variable/leeftijd").get_json()["source"]
    assert bron.startswith("https://example.org/openfisca_llo/blob/")


def test_x_forwarded_host_alleen_met_instelling(client, monkeypatch):
    kop = {"X-Forwarded-Host": "aanvaller.example", "X-Forwarded-Proto": "https"}
    assert "aanvaller" not in json.dumps(client.get("/spec", headers=kop).get_json()["servers"])
    assert "aanvaller" not in client.get("/variables", headers=kop).get_data(as_text=True)
    monkeypatch.setenv("LLO_VERTROUWDE_PROXIES", "1")
    achter_proxy = maak_app().test_client()
    assert achter_proxy.get("/spec", headers=kop).get_json()["servers"] == [
        {"url": "https://aanvaller.example"}
    ]


def test_nooit_nan_in_een_antwoord():
    app = maak_app()
    with pytest.raises(ValueError):
        app.json.dumps({"x": float("nan")})
    assert app.json.dumps({"d": datetime.date(1968, 9, 15)}) == '{"d": "1968-09-15"}'


def test_invoer_over_meerdere_maanden_geldt_in_elke_maand(client):
    """An input for `month:2024-09:3` holds in September, October and November, not in December."""
    situatie = a(
        scholing_duur_maanden={"month:2024-09:3": 5, "2024-09": None, "2024-11": None, "2024-12": None}
    )
    antwoord = client.post("/calculate", json=situatie)
    assert antwoord.status_code == 200
    waarden = antwoord.get_json()["personen"]["a"]["scholing_duur_maanden"]
    assert (waarden["2024-09"], waarden["2024-11"], waarden["2024-12"]) == (5, 5, 0)  # 0: the default


def test_llo_bereken_meldt_dezelfde_fout_op_een_regel(tmp_path, capsys):
    from openfisca_llo.commando import main

    bestand = tmp_path / "situatie.json"
    bestand.write_text(json.dumps(a(scholing_duur_maanden={MAAND: -1})), encoding="utf-8")
    assert main(["bereken", str(bestand)]) == 2
    regels = capsys.readouterr().err.strip().splitlines()
    assert len(regels) == 1
    assert "/personen/a/scholing_duur_maanden/2024-10" in regels[0] and "(waarde_buiten_bereik)" in regels[0]


def test_geboortedatum_onder_een_maand_telt_ook(client):
    situatie = {"personen": {"a": {"geboortedatum": {MAAND: "2030-01-01"}, "leeftijd": {MAAND: None}}}}
    fout(
        client.post("/calculate", json=situatie), 422, "geboren_na_periode", "/personen/a/geboortedatum/2024-10"
    )


@pytest.mark.parametrize("maand", ["1900-01", "1950-06", "2199-12"])
def test_elke_berekende_variabele_aan_de_randen_van_de_jaren_zonder_5xx(client, systeem, maand):
    """Every computed monthly variable, in the first and last years served and before the rules begin.

    Where a parameter has no value yet the answer is a 4xx with its code (the rules do not cover
    the period), never a 500; born 1900-01-01, so no month lies before the birth.
    """
    statussen = {}
    for naam, variabele in systeem.variables.items():
        if not variabele.formulas or variabele.definition_period != "month":
            continue
        situatie = {"personen": {"a": {"geboortedatum": {"ETERNITY": "1900-01-01"}, naam: {maand: None}}}}
        antwoord = client.post("/calculate", json=situatie)
        assert antwoord.status_code < 500, (naam, antwoord.get_data(as_text=True)[:300])
        if antwoord.status_code != 200:
            statussen[naam] = antwoord.get_json()["code"]
    assert set(statussen.values()) <= {"parameter_ontbreekt", "periode_niet_gedekt"}, statussen


def test_een_lange_reeks_dagen_is_ook_een_lange_periode(client):
    situatie = a(diploma_registratiedatum={"day:2024-01-01:100000": "2020-01-01"})
    fout(client.post("/calculate", json=situatie), 413, "periode_te_lang")
