"""/calculate over real HTTP (gunicorn, started with `openfisca serve`) answers as the Python API."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

from openfisca_llo.regels.contract import uitvoer

from .personen import maanden, persoon, simuleer, situatie


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


@settings(max_examples=15)
@given(mens=persoon, periode=maanden)
def test_http_geeft_dezelfde_antwoorden_als_python(systeem, server, mens, periode):
    namen = uitvoer(systeem)
    antwoord = bereken_via_http(server, situatie(mens, periode, namen))["personen"]["p"]
    simulatie = simuleer(systeem, [mens], periode)
    for naam in namen:
        verwacht = simulatie.calculate(naam, periode)[0]
        assert np.isclose(antwoord[naam][periode], verwacht), naam
