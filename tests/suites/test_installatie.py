"""A plain (non-editable) wheel install carries the rules, and `openfisca serve` works from
any directory: the contract example over real HTTP, against a real gunicorn process."""

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vraag(url, data=None):
    verzoek = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
            return antwoord.status, json.loads(antwoord.read())
    except urllib.error.HTTPError as fout:
        return fout.code, json.loads(fout.read())


@pytest.fixture(scope="module")
def geinstalleerd(tmp_path_factory):
    werk = tmp_path_factory.mktemp("wiel")
    bouw = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(werk / "dist"), str(REPO)],
        capture_output=True,
        text=True,
    )
    assert bouw.returncode == 0, bouw.stderr
    (werk / "bouw.log").write_text(bouw.stdout + bouw.stderr, encoding="utf-8")
    wiel = next((werk / "dist").glob("openfisca_llo-*.whl"))
    venv = werk / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(wiel)], check=True)
    elders = werk / "elders"
    elders.mkdir()
    return venv, elders


def test_het_wiel_bouwt_zonder_waarschuwing(geinstalleerd):
    """setuptools warns per undeclared data folder and for a deprecated licence table: neither."""
    venv, elders = geinstalleerd
    log = (elders.parent / "bouw.log").read_text(encoding="utf-8")
    waarschuwingen = [r for r in log.splitlines() if "warning" in r.lower() or "deprecat" in r.lower()]
    assert waarschuwingen == []


def test_pakket_bevat_regels_en_hervormingen(geinstalleerd):
    venv, elders = geinstalleerd
    script = (
        "import openfisca_llo, openfisca_llo.reforms;"
        "from openfisca_llo.paths import PARAMETERS_DIR, VARIABLES_DIR;"
        "assert 'site-packages' in str(VARIABLES_DIR), VARIABLES_DIR;"
        "print(len(list(VARIABLES_DIR.rglob('*.py'))), len(list(PARAMETERS_DIR.rglob('*.yaml'))))"
    )
    uit = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script], cwd=elders, capture_output=True, text=True
    )
    assert uit.returncode == 0, uit.stderr
    aantal_variabelen, aantal_parameters = map(int, uit.stdout.split())
    assert aantal_variabelen == len([p for p in (REPO / "variables").rglob("*.py")])
    assert aantal_parameters == len(list((REPO / "parameters").rglob("*.yaml")))


def test_openfisca_serve_vanuit_een_andere_map(geinstalleerd):
    venv, elders = geinstalleerd
    poort = vrije_poort()
    server = subprocess.Popen(
        [
            str(venv / "bin" / "openfisca"),
            "serve",
            "--country-package",
            "openfisca_llo",
            "--port",
            str(poort),
            "--workers",
            "1",
        ],
        cwd=elders,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(120):
            try:
                if vraag(f"{basis}/spec")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        voorbeeld = (REPO / "openfisca_llo" / "situation_examples" / "anna_deeltijd_master.json").read_bytes()
        status, antwoord = vraag(f"{basis}/calculate", voorbeeld)
        assert status == 200
        assert antwoord["personen"]["anna"]["levenlanglerenkrediet_recht"]["2024-10"] is True

        status, leeftijd = vraag(f"{basis}/parameter/wsf/levenlanglerenkrediet/maximumleeftijd")
        assert leeftijd["values"] == {"2017-08-01": 55, "2020-08-01": 56, "2024-08-01": 57}
        assert leeftijd["metadata"]["bronnen"]["2024-08-01"]
        status, collegegeld = vraag(f"{basis}/parameter/whw/wettelijk_collegegeld/bedrag")
        assert collegegeld["values"]["2024-09-01"] == 2530
        assert set(collegegeld["values"]) == set(collegegeld["metadata"]["bronnen"])

        fout = json.dumps({"personen": {"anna": {"onderwijssector": {"2024-10": "universiteit"}}}}).encode()
        status, antwoord = vraag(f"{basis}/calculate", fout)
        assert status == 400 and "onderwijssector" in antwoord["personen"]["anna"]
        fout = json.dumps({"personen": {"anna": {"levenlanglerenkrediet_recht": {"2024": None}}}}).encode()
        status, antwoord = vraag(f"{basis}/calculate", fout)
        assert status == 400 and "2024" in antwoord["personen"]["anna"]["levenlanglerenkrediet_recht"]
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_regelhash_van_het_wiel_is_die_van_de_werkmap(geinstalleerd, systeem):
    """The same commit installed as a wheel (in site-packages, run from another folder) and in
    editable mode (this checkout) loads the same rules: the receipt's hashes are equal."""
    from openfisca_llo.uitleg.bewijs import regels

    venv, elders = geinstalleerd
    script = (
        "import json; from openfisca_llo.tax_benefit_system import basissysteem;"
        "from openfisca_llo.uitleg.bewijs import regels; print(json.dumps(regels(basissysteem())))"
    )
    uit = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script], cwd=elders, capture_output=True, text=True
    )
    assert uit.returncode == 0, uit.stderr
    assert json.loads(uit.stdout) == regels(systeem)


def test_het_wiel_draagt_de_paginas(geinstalleerd):
    """Templates and static files are in the wheel: the pages render from a plain install, with no CDN."""
    venv, elders = geinstalleerd
    script = (
        "from openfisca_llo.web.api import maak_app;"
        "c = maak_app().test_client();"
        "h = {'Accept': 'text/html'};"
        "r = c.get('/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftijd?op=2024-09-01', headers=h);"
        "s = c.get('/statisch/stijl.css');"
        "t = r.get_data(as_text=True);"
        "print(r.status_code, s.status_code, 'site-packages' in __import__('openfisca_llo').__file__,"
        " 'https://cdn' in t or '//cdn' in t)"
    )
    uit = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script], cwd=elders, capture_output=True, text=True
    )
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.split() == ["200", "200", "True", "False"]
