"""The web API: standard endpoints, 4xx (never 500) for bad input, POST /compare, /spec, gunicorn."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.web.api import maak_app

AOW = lees_hervorming(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")
ANNA = {
    "personen": {
        "anna": {
            "geboortedatum": {"ETERNITY": "1968-09-15"},
            "onderwijssector": {"2026-10": "wo"},
            "opleidingsvorm": {"2026-10": "deeltijd"},
            "opleiding_graad": {"2026-10": "master"},
            "levenlanglerenkrediet_recht": {"2026-10": None},
            "levenlanglerenkrediet_maximum_jaarbedrag": {"2026-10": None},
        }
    }
}

SLECHT = {
    "datum 1968-02-30": (
        {"personen": {"a": {"geboortedatum": {"ETERNITY": "1968-02-30"}, "leeftijd": {"2024-10": None}}}},
        "geboortedatum",
    ),
    "onbekende enum": (
        {"personen": {"a": {"onderwijssector": {"2024-10": "universiteit"}}}},
        "onderwijssector",
    ),
    "onbekende variabele": ({"personen": {"a": {"bestaat_niet": {"2024-10": None}}}}, "bestaat_niet"),
    "maand 2024-13": ({"personen": {"a": {"leeftijd": {"2024-13": None}}}}, "leeftijd"),
    "jaar voor een maandvariabele": ({"personen": {"a": {"leeftijd": {"2024": None}}}}, "leeftijd"),
    "dag voor een maandvariabele": ({"personen": {"a": {"leeftijd": {"2024-10-01": None}}}}, "leeftijd"),
    "bool als tekst": ({"personen": {"a": {"ww_uitkering": {"2024-10": "abc"}}}}, "ww_uitkering"),
    "datum als getal": ({"personen": {"a": {"geboortedatum": {"ETERNITY": 5}}}}, "geboortedatum"),
    "lijst": ([], "error"),
}


@pytest.fixture(scope="module")
def client():
    return maak_app().test_client()


@pytest.mark.parametrize("geval", list(SLECHT))
def test_calculate_answers_4xx_json_naming_the_field(client, geval):
    body, veld = SLECHT[geval]
    antwoord = client.post("/calculate", json=body)
    assert 400 <= antwoord.status_code < 500
    assert veld in json.dumps(antwoord.get_json())


def test_calculate_without_json_content_type_is_400(client):
    antwoord = client.post("/calculate", data="{}", content_type="text/plain")
    assert antwoord.status_code == 400


def test_standard_calculate_still_works(client):
    antwoord = client.post("/calculate", json=ANNA)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is False


def test_compare_gives_baseline_reform_and_difference(client):
    antwoord = client.post("/compare", json={"situation": ANNA, "reform": AOW})
    assert antwoord.status_code == 200
    uit = antwoord.get_json()["baseline"]["personen"]["anna"]
    assert uit["levenlanglerenkrediet_recht"]["2026-10"] is False
    body = antwoord.get_json()
    assert body["reformed"]["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is True
    assert body["difference"]["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is True
    # 2601 = wettelijk collegegeld 2025-2026, the last value found (studiejaar 2026-2027 runs on)
    assert body["difference"]["personen"]["anna"]["levenlanglerenkrediet_maximum_jaarbedrag"]["2026-10"] == 2601


def test_compare_keeps_no_state_between_requests(client):
    client.post("/compare", json={"situation": ANNA, "reform": AOW})
    antwoord = client.post("/calculate", json=ANNA)
    assert antwoord.get_json()["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is False


@pytest.mark.parametrize(
    ("wijzigingen", "veld"),
    [
        (
            {"wsf.levenlanglerenkrediet.bestaat_niet": {"2026-08-01": True}},
            "wsf.levenlanglerenkrediet.bestaat_niet",
        ),
        ({"wsf.levenlanglerenkrediet.maximumleeftijd": {"2026-02-30": 60}}, "@ 2026-02-30"),
        ({"wsf.levenlanglerenkrediet.maximumleeftijd": {"2026-8-1": 60}}, "@ 2026-8-1"),
    ],
)
def test_compare_invalid_reform_is_400_naming_the_field(client, wijzigingen, veld):
    antwoord = client.post("/compare", json={"situation": ANNA, "reform": dict(AOW, wijzigingen=wijzigingen)})
    assert antwoord.status_code == 400
    assert veld in json.dumps(antwoord.get_json()["reform"])


def test_compare_invalid_situation_or_missing_field_is_4xx(client):
    antwoord = client.post("/compare", json={"situation": SLECHT["datum 1968-02-30"][0], "reform": AOW})
    assert antwoord.status_code == 400 and "geboortedatum" in json.dumps(antwoord.get_json())
    antwoord = client.post("/compare", json={"reform": AOW})
    assert antwoord.status_code == 400 and "situation" in antwoord.get_json()


def test_spec_describes_compare(client):
    spec = client.get("/spec").get_json()
    assert "/compare" in spec["paths"]
    assert "/calculate" in spec["paths"]


def _vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url, body):
    verzoek = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
            return antwoord.status, json.loads(antwoord.read())
    except urllib.error.HTTPError as fout:
        return fout.code, json.loads(fout.read())


def test_llo_serve_on_gunicorn():
    poort = _vrije_poort()
    llo = Path(sys.executable).with_name("llo")
    proces = subprocess.Popen(
        [str(llo), "serve", "--port", str(poort), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{basis}/spec", timeout=2) as antwoord:
                    assert "/compare" in json.loads(antwoord.read())["paths"]
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn did not start")
        status, body = _post(f"{basis}/calculate", SLECHT["datum 1968-02-30"][0])
        assert status == 400 and "geboortedatum" in json.dumps(body)
        status, body = _post(f"{basis}/calculate", SLECHT["jaar voor een maandvariabele"][0])
        assert status == 400 and "leeftijd" in json.dumps(body)
        status, body = _post(f"{basis}/compare", {"situation": ANNA, "reform": AOW})
        assert (
            status == 200
            and body["reformed"]["personen"]["anna"]["levenlanglerenkrediet_recht"]["2026-10"] is True
        )
        status, body = _post(
            f"{basis}/compare", {"situation": ANNA, "reform": dict(AOW, wijzigingen={"a.b": {"2026-01-01": 1}})}
        )
        assert status == 400 and "a.b" in json.dumps(body)
    finally:
        proces.terminate()
        proces.wait(timeout=10)
