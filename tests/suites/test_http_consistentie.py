"""/calculate over real HTTP (gunicorn, started with `openfisca serve`), against answers worked
out from the law, not against the Python API (which runs the same code as the server).

Anna (born 1968-09-15), October 2024, a part-time wo master: 56 on 1 October 2024, below the
maximum age of 57 of studiejaar 2024-2025 (Wsf 2000 art. 2.3a; DUO), so the credit is granted;
its ceiling is once the wettelijk collegegeld 2024-2025, € 2.530 (Wsf 2000 art. 3.16d lid 1; WHW
art. 7.45 with the Uitvoeringsbesluit WHW 2008; DUO "Bedragen en uitbetaling"). Born one day
earlier in 1967 she is 57 and has no right and no ceiling.
"""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    openfisca = Path(sys.executable).parent / "openfisca"
    proces = subprocess.Popen(
        [str(openfisca), "serve", "--country-package", "openfisca_llo", "--port", str(poort), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    basis = f"http://127.0.0.1:{poort}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{basis}/spec", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    yield basis
    proces.terminate()
    proces.wait(timeout=20)


def bereken_via_http(basis, body):
    verzoek = urllib.request.Request(
        f"{basis}/calculate", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
        return json.loads(antwoord.read())


def _anna(geboortedatum):
    return {
        "geboortedatum": {"ETERNITY": geboortedatum},
        "onderwijssector": {"2024-10": "wo"},
        "opleidingsvorm": {"2024-10": "deeltijd"},
        "opleiding_graad": {"2024-10": "master"},
        "leeftijd": {"2024-10": None},
        "levenlanglerenkrediet_recht": {"2024-10": None},
        "levenlanglerenkrediet_maximum_jaarbedrag": {"2024-10": None},
    }


@pytest.mark.parametrize(
    "geboortedatum, leeftijd, recht, plafond",
    [
        ("1968-09-15", 56, True, 2530.0),  # 2024 - 1968 = 56, birthday in September passed
        ("1967-10-01", 57, False, 0.0),  # 57 on 1 October 2024: the maximum age reached
        ("1967-10-02", 56, True, 2530.0),  # one day younger: 57 only on 2 October
    ],
)
def test_http_antwoordt_wat_de_wet_zegt(server, geboortedatum, leeftijd, recht, plafond):
    antwoord = bereken_via_http(server, {"personen": {"p": _anna(geboortedatum)}})["personen"]["p"]
    assert antwoord["leeftijd"]["2024-10"] == leeftijd
    assert antwoord["levenlanglerenkrediet_recht"]["2024-10"] is recht
    assert antwoord["levenlanglerenkrediet_maximum_jaarbedrag"]["2024-10"] == pytest.approx(plafond, abs=0.01)
