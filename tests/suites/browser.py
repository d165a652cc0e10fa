"""Helpers for the browser tests: a real `llo serve` on loopback, headless Chromium through
Selenium (Debian's chromium and chromium-driver), and accessibility checks in the page.

Accessibility: axe-core (shipped inside the axe-selenium-python wheel, so nothing is downloaded
at test time) with the WCAG 2.0/2.1 A and AA rules, and a few checks of our own that axe leaves
to best practice: one h1, no skipped heading level, a label for every form field, lang="nl".
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
# axe-core 3.1 (in axe-selenium-python 2.1.6) tags the WCAG 2.1 additions at AA as wcag21aa.
AXE_REGELS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}}


def browser_aanwezig() -> bool:
    return Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()


def sla_over_of_faal(reden: str):
    """Without a browser: skip on a developer's machine, fail in CI (where .ci/run installs it)."""
    if os.environ.get("CI"):
        pytest.fail(reden)
    pytest.skip(reden)


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`llo serve` (gunicorn, two workers) on 127.0.0.1 at a free port, jobs in a temporary folder."""

    def __init__(self):
        self.poort = vrije_poort()
        self.basis = f"http://127.0.0.1:{self.poort}"
        self.taken = tempfile.mkdtemp(prefix="llo-taken-")
        llo = Path(sys.executable).with_name("llo")
        self.proces = subprocess.Popen(
            [str(llo), "serve", "--port", str(self.poort), "--workers", "2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=dict(os.environ, LLO_TAKEN_MAP=self.taken),
        )
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{self.basis}/spec", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("llo serve did not start")

    def post_json(self, pad: str, body) -> tuple[int, dict]:
        verzoek = urllib.request.Request(
            self.basis + pad, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
                return antwoord.status, json.loads(antwoord.read())
        except urllib.error.HTTPError as fout:
            return fout.code, json.loads(fout.read())

    def stop(self):
        self.proces.terminate()
        self.proces.wait(timeout=20)
        shutil.rmtree(self.taken, ignore_errors=True)


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opties = webdriver.ChromeOptions()
    opties.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=nl-NL",
        "--window-size=1280,1000",
        f"--user-data-dir={tempfile.mkdtemp(prefix='llo-chromium-')}",
    ):
        opties.add_argument(argument)
    opties.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=opties, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def consolefouten(driver, status: int | None = None) -> list[str]:
    """The console's errors; with `status`, the browser's own report of that status for the page
    itself (an error page answered on purpose, e.g. 400 for a bad date) is not one."""
    eigen = f"{driver.current_url} - Failed to load resource: the server responded with a status of {status}"
    return [
        regel["message"]
        for regel in driver.get_log("browser")
        if regel["level"] in ("SEVERE", "ERROR") and not (status and regel["message"].startswith(eigen))
    ]


def axe_overtredingen(driver) -> list[str]:
    """axe-core's violations of the WCAG 2.0 A/AA and 2.1 AA rules on the current page."""
    from axe_selenium_python import Axe

    Axe(driver).inject()
    uitkomst = driver.execute_async_script(
        "const klaar = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => klaar(r), e => klaar({fout: String(e)}));",
        AXE_REGELS,
    )
    assert "fout" not in uitkomst, uitkomst.get("fout")
    return [
        f"{o['id']} ({o['impact']}): {o['help']} — {[n['target'] for n in o['nodes']][:3]}"
        for o in uitkomst["violations"]
    ]


EIGEN_CONTROLES = """
const fouten = [];
if (document.documentElement.lang !== 'nl') fouten.push('html lang is niet nl');
if (!document.title.trim()) fouten.push('geen titel');
const koppen = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1]);
if (koppen.filter(k => k === 1).length !== 1) fouten.push('niet precies één h1: ' + koppen.join(','));
for (let i = 1; i < koppen.length; i++) {
  if (koppen[i] > koppen[i - 1] + 1) {
    fouten.push('kopniveau overgeslagen: h' + koppen[i - 1] + ' naar h' + koppen[i]);
  }
}
for (const veld of document.querySelectorAll('input:not([type=hidden]),select,textarea')) {
  const label = (veld.id && document.querySelector('label[for="' + veld.id + '"]')) || veld.closest('label')
    || veld.getAttribute('aria-label');
  if (!label) fouten.push('veld zonder label: ' + (veld.name || veld.id));
}
if (!document.querySelector('main')) fouten.push('geen main');
return fouten;
"""


def eigen_overtredingen(driver) -> list[str]:
    return driver.execute_script(EIGEN_CONTROLES)


def controleer_pagina(driver, status: int | None = None):
    """No console error, no axe violation of WCAG 2.1 A/AA, and our own structure checks."""
    for controle in (lambda: consolefouten(driver, status), lambda: axe_overtredingen(driver)):
        gevonden = controle()
        assert gevonden == [], (driver.current_url, gevonden)
    gevonden = eigen_overtredingen(driver)
    assert gevonden == [], (driver.current_url, gevonden)


#: Set to 1 to write the screenshots to docs/ (`make schermafbeeldingen`); otherwise they go to a
#: temporary folder, so that a test run leaves the tree as it was.
SCHERMAFBEELDINGEN = "LLO_SCHERMAFBEELDINGEN"


def schermafbeeldingen_map() -> Path:
    if os.environ.get(SCHERMAFBEELDINGEN) == "1":
        return DOCS
    return Path(tempfile.gettempdir()) / "openfisca_llo-schermafbeeldingen"


def schermafbeelding(driver, naam: str, element_id: str | None = None) -> Path:
    """schermafbeelding-<naam>.png, the page from its top (or from `element_id`), in docs/ with
    LLO_SCHERMAFBEELDINGEN=1, else in a temporary folder; returns the file."""
    if element_id:
        driver.execute_script(f"document.getElementById('{element_id}').scrollIntoView();")
    else:
        driver.execute_script("window.scrollTo(0, 0);")
    doel = schermafbeeldingen_map()
    doel.mkdir(parents=True, exist_ok=True)
    pad = doel / f"schermafbeelding-{naam}.png"
    driver.save_screenshot(str(pad))
    return pad
