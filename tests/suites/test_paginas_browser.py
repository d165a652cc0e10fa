"""The pages in a real browser: headless Chromium (Selenium, Debian's chromium-driver) against a
real `llo serve` on 127.0.0.1. Each page loads without a console error and passes the
accessibility checks; the person form gives what /calculate gives, and its explanation what
POST /waarom gives; a pasted reform with a typo shows the error at the field; two built-in
reforms side by side give the counts and the money totals of `llo compare --format json`; a click
on a count opens an example person's explanation under both systems; a sweep renders the rows of
`llo sweep --format json`. The screenshots are made here (in docs/ with LLO_SCHERMAFBEELDINGEN=1,
`make schermafbeeldingen`; else in a temporary folder).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from openfisca_llo.paths import PARAMETERS_DIR
from tests.suites import browser  # noqa: I001

pytestmark = pytest.mark.browser

ANNA = {  # the contract example (CONTRACT.md), born 1968-09-15, part-time wo master, October 2024
    "periode": "2024-10",
    "geboortedatum": "1968-09-15",
    "onderwijssector": "wo",
    "opleidingsvorm": "deeltijd",
    "opleiding_graad": "master",
}
TWEE = ["llk_bbl_en_deeltijd_mbo", "llk_maximumleeftijd_aow_leeftijd"]
PERSONEN, ZAAD, PERIODE = 4000, 2026, "2026-10"


@pytest.fixture(scope="module")
def server():
    if not browser.browser_aanwezig():
        browser.sla_over_of_faal(
            "chromium en chromium-driver ontbreken (apt-get install chromium chromium-driver)"
        )
    s = browser.Server()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def driver(server):
    d = browser.start_browser()
    yield d
    d.quit()


def _by():
    from selenium.webdriver.common.by import By

    return By


def _wacht(driver, voorwaarde, seconden=60):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconden).until(voorwaarde)


@pytest.mark.parametrize(
    "pad",
    [
        "/",
        "/regels",
        "/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftijd?op=2020-09-01&op=2024-09-01",
        "/regels/parameter/whw.wettelijk_collegegeld",
        "/regels/variabele/ww_scholing_vrijstelling_sollicitatieplicht",
        "/regels/datum/2024-09-01",
        "/regels/verschil?van=2023-09-01&tot=2024-09-01",
        "/persoon",
        "/persoon?voorbeeld=ww_45_scholing_kansberoep",
        "/hervorming",
        "/hervorming/bepalingen/llk_maximumleeftijd_aow_leeftijd",
    ],
)
def test_elke_pagina_laadt_zonder_consolefout_en_is_toegankelijk(server, driver, pad):
    driver.get(server.basis + pad)
    browser.controleer_pagina(driver)


@pytest.mark.parametrize(
    ("pad", "status", "veld"),
    [
        ("/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftijd?op=2020-02-30", 400, "op"),
        ("/persoon?periode=2024-10&geboortedatum=1968-02-30", 400, "geboortedatum"),
        ("/regels/verschil?van=2023-09-01&tot=2024-13-01", 400, "tot"),
    ],
)
def test_een_foutpagina_noemt_het_veld_en_is_toegankelijk(server, driver, pad, status, veld):
    driver.get(server.basis + pad)
    browser.controleer_pagina(driver, status)
    invoer = driver.find_element(_by().ID, f"veld-{veld}")
    assert invoer.get_attribute("aria-invalid") == "true"
    assert driver.find_element(_by().ID, f"fout-{veld}").is_displayed()


def test_de_controles_vangen_een_ontoegankelijke_pagina(driver):
    """The checkers themselves: a field without a label, an image without alt text, a skipped
    heading level and grey-on-white text are reported."""
    driver.get(
        "data:text/html;charset=utf-8,<html lang='nl'><head><title>t</title></head><body><main><h1>t</h1>"
        "<h3>overgeslagen</h3><input name='x'><img src='data:,'><p style='color:%23bbb'>licht</p>"
        "</main></body></html>"
    )
    regels = {regel.split(" ")[0] for regel in browser.axe_overtredingen(driver)}
    assert {"label", "image-alt", "color-contrast"} <= regels
    eigen = browser.eigen_overtredingen(driver)
    assert any("kopniveau" in f for f in eigen) and any("zonder label" in f for f in eigen)


def test_met_het_toetsenbord_eerst_naar_de_inhoud(server, driver):
    from selenium.webdriver.common.keys import Keys

    driver.get(server.basis + "/regels")
    driver.find_element(_by().TAG_NAME, "body").send_keys(Keys.TAB)
    actief = driver.switch_to.active_element
    assert actief.get_attribute("class") == "overslaan" and actief.is_displayed()
    actief.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "inhoud"


def test_de_vraag_van_de_auditor_in_een_stap(server, driver):
    """Maximum age on 2020-09-01 and 2024-09-01, with sources: one URL, one table.

    Wsf 2000 art. 2.3a lid 4: 56 from studiejaar 2020-2021 (1 August 2020, DUO); lid 5 and 6: 57
    from studiejaar 2024-2025 (1 August 2024).
    """
    driver.get(server.basis + "/regels/parameter/wsf.levenlanglerenkrediet.maximumleeftijd")
    By = _by()
    velden = driver.find_elements(By.NAME, "op")
    for veld, datum in zip(velden, ["2020-09-01", "2024-09-01"], strict=True):
        driver.execute_script("arguments[0].value = arguments[1];", veld, datum)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    _wacht(driver, lambda d: "op=2024-09-01" in d.current_url)
    rijen = {
        r.get_attribute("data-datum"): r
        for r in driver.find_elements(By.CSS_SELECTOR, "table.op-datum tbody tr")
    }
    assert rijen["2020-09-01"].find_element(By.CSS_SELECTOR, ".waarde").text == "56"
    assert rijen["2024-09-01"].find_element(By.CSS_SELECTOR, ".waarde").text == "57"
    # the sources shown are those of the parameter file for 2020-08-01 and 2024-08-01
    bestand = yaml.safe_load(
        (PARAMETERS_DIR / "wsf/levenlanglerenkrediet/maximumleeftijd.yaml").read_text(encoding="utf-8")
    )
    for datum, ingang in (("2020-09-01", "2020-08-01"), ("2024-09-01", "2024-08-01")):
        links = rijen[datum].find_elements(By.CSS_SELECTOR, ".bronnen a")
        verwacht = bestand["metadata"]["bronnen"][ingang]
        assert [(a.text, a.get_attribute("href")) for a in links] == [(b["title"], b["href"]) for b in verwacht]
    browser.controleer_pagina(driver)
    browser.schermafbeelding(driver, "regels")


def _kies(driver, naam, waarde):
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(_by().NAME, naam)).select_by_value(waarde)


def test_persoonsformulier_geeft_wat_calculate_geeft(server, driver):
    By = _by()
    driver.get(server.basis + "/persoon")
    for naam in ("periode", "geboortedatum"):
        veld = driver.find_element(By.NAME, naam)
        driver.execute_script("arguments[0].value = arguments[1];", veld, ANNA[naam])
    for naam in ("onderwijssector", "opleidingsvorm", "opleiding_graad"):
        _kies(driver, naam, ANNA[naam])
    driver.find_element(By.CSS_SELECTOR, ".persoonsformulier button[type=submit]").click()
    _wacht(driver, lambda d: d.find_elements(By.ID, "overzicht"))
    browser.controleer_pagina(driver)

    op_de_pagina = {
        s.get_attribute("data-recht"): s.get_attribute("data-heeft") == "true"
        for s in driver.find_elements(By.CSS_SELECTOR, "section.recht")
    }
    voorwaarden = {
        r.get_attribute("data-voorwaarde"): r.get_attribute("data-voldaan") == "true"
        for r in driver.find_elements(By.CSS_SELECTOR, "tr[data-voorwaarde]")
    }
    verzoek = json.loads(driver.find_element(By.ID, "verzoek").get_attribute("textContent"))
    status, antwoord = server.post_json("/calculate", verzoek)
    assert status == 200
    api = {naam: w["2024-10"] for naam, w in antwoord["personen"]["persoon"].items() if "2024-10" in w}
    assert op_de_pagina and all(op_de_pagina[naam] == api[naam] for naam in op_de_pagina)
    assert voorwaarden and all(voorwaarden[naam] == api[naam] for naam in voorwaarden)
    # The contract example: 56 on 2024-10-01, under the maximum age 57 (Wsf 2.3a), a part-time
    # master (no studiefinanciering, Wsf 2.12): levenlanglerenkrediet; yearly ceiling 1 x the
    # statutory fee 2024-2025, 2530.
    assert op_de_pagina["levenlanglerenkrediet_recht"] is True
    bedrag = driver.find_element(By.CSS_SELECTOR, '[data-detail="levenlanglerenkrediet_maximum_jaarbedrag"]')
    assert (
        float(bedrag.get_attribute("data-waarde"))
        == 1 * 2530
        == api["levenlanglerenkrediet_maximum_jaarbedrag"]
    )

    # The explanation of each right is what POST /waarom answers for the request shown.
    driver.execute_script("document.querySelectorAll('details.uitleg-blok').forEach(d => d.open = true);")
    browser.controleer_pagina(driver)
    waarom = json.loads(driver.find_element(By.ID, "verzoek-waarom").get_attribute("textContent"))
    status, antwoord = server.post_json("/waarom", waarom)
    assert status == 200
    uitleg = {u["naam"]: u for u in antwoord["uitleg"]["persoon"]}
    blokken = {b.get_attribute("data-uitleg"): b for b in driver.find_elements(By.CSS_SELECTOR, ".uitleg")}
    assert blokken.keys() == uitleg.keys()
    for naam, u in uitleg.items():
        blok = blokken[naam]
        assert json.loads(blok.get_attribute("data-toegekend")) == u["toegekend"], naam
        zinnen = [z.get_attribute("textContent") for z in blok.find_elements(By.CSS_SELECTOR, ".zinnen .zin")]
        assert zinnen == u["zinnen"], naam
        assert (
            blok.find_element(By.CSS_SELECTOR, ".tijdlijn-zin").get_attribute("textContent")
            == u["tijdlijn"]["zin"]
        )
        for v in u["voorwaarden"]:
            li = blok.find_element(By.CSS_SELECTOR, f'li[data-voorwaarde="{v["naam"]}"]')
            assert json.loads(li.get_attribute("data-voldaan")) == v["voldaan"], (naam, v["naam"])
            # every parameter read for this person, in the API's order (a table is read at several dates)
            getoond = [
                (
                    r.get_attribute("data-parameter"),
                    json.loads(r.get_attribute("data-waarde")),
                    r.get_attribute("data-gelezen-op"),
                    r.get_attribute("data-geldt-sinds"),
                )
                for r in li.find_elements(By.CSS_SELECTOR, "table.lezingen tr[data-parameter]")
            ]
            assert getoond == [
                (p["naam"], p["waarde"], p["gelezen_op"], p["geldt_sinds"] or "")
                for p in v["parameters"]
                if p["voor_deze_persoon"]
            ], (naam, v["naam"])
    # Wsf 2000 art. 2.3a lid 5 en 6: 57 from studiejaar 2024-2025, read on 2024-09-01 for a wo student.
    rij = blokken["levenlanglerenkrediet_recht"].find_element(
        By.CSS_SELECTOR, 'tr[data-parameter="wsf.levenlanglerenkrediet.maximumleeftijd"]'
    )
    assert (rij.get_attribute("data-waarde"), rij.get_attribute("data-geldt-sinds")) == ("57", "2024-08-01")
    driver.execute_script(
        "document.querySelectorAll('details.uitleg-blok').forEach(d => d.open = false);"
        "document.querySelector('#recht-levenlanglerenkrediet_recht details.uitleg-blok').open = true;"
    )
    browser.schermafbeelding(driver, "persoon", "recht-levenlanglerenkrediet_recht")


TYPFOUT = """naam: Hogere maximumleeftijd
beschrijving: De maximumleeftijd van het levenlanglerenkrediet wordt 60 jaar.
bron:
- title: Wet studiefinanciering 2000, artikel 2.3a
  href: https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01
wijzigingen:
  wsf.levenlanglerenkrediet.maximumleeftyd:
    '2026-08-01': 60
"""


def test_geplakte_hervorming_met_typfout_toont_de_fout_bij_het_veld(server, driver):
    By = _by()
    driver.get(server.basis + "/hervorming")
    veld = driver.find_element(By.ID, "veld-eigen")
    driver.execute_script("arguments[0].value = arguments[1];", veld, TYPFOUT)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    _wacht(driver, lambda d: d.find_elements(By.ID, "fout-eigen"))
    veld = driver.find_element(By.ID, "veld-eigen")
    assert veld.get_attribute("aria-invalid") == "true"
    assert veld.get_attribute("aria-describedby") == "fout-eigen"
    fout = driver.find_element(By.CSS_SELECTOR, "#fout-eigen li")
    assert fout.get_attribute("data-veld") == "wijzigingen.wsf.levenlanglerenkrediet.maximumleeftyd"
    assert "bedoelt u wsf.levenlanglerenkrediet.maximumleeftijd" in fout.text
    assert "maximumleeftyd" in veld.get_attribute("value")  # the pasted text is kept for correcting
    browser.controleer_pagina(driver, 400)


def _llo_compare() -> dict:
    llo = Path(sys.executable).with_name("llo")
    uit = subprocess.run(
        [
            str(llo),
            "compare",
            *TWEE,
            "--population",
            str(PERSONEN),
            "--seed",
            str(ZAAD),
            "--period",
            PERIODE,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {r["reform"]: r for r in json.loads(uit.stdout)}


def test_twee_hervormingen_naast_elkaar_met_de_tellingen_van_llo_compare(server, driver):
    By = _by()
    driver.get(server.basis + "/hervorming")
    for stam in TWEE:
        driver.find_element(By.ID, f"hervorming-{stam}").click()
    for naam, waarde in (("periode", PERIODE), ("personen", str(PERSONEN)), ("zaad", str(ZAAD))):
        veld = driver.find_element(By.NAME, naam)
        driver.execute_script("arguments[0].value = arguments[1];", veld, waarde)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    _wacht(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.variant"), 120)
    browser.controleer_pagina(driver)

    verwacht = _llo_compare()
    varianten = driver.find_elements(By.CSS_SELECTOR, "section.variant")
    assert [v.get_attribute("data-naam") for v in varianten] == list(verwacht)
    for variant in varianten:
        cli = verwacht[variant.get_attribute("data-naam")]["outputs"]
        getoond = set()
        for tabel in variant.find_elements(By.CSS_SELECTOR, "table.omslag"):
            recht = tabel.get_attribute("data-recht")
            getoond.add(recht)
            for cel in tabel.find_elements(By.CSS_SELECTOR, "td[data-groep]"):
                aantal = int(cel.text.lstrip("+−").replace(".", ""))
                assert aantal == cli[recht][cel.get_attribute("data-groep")], (
                    recht,
                    cel.get_attribute("data-groep"),
                )
        # Every right that flips in the CLI's answer is on the page, and only those.
        assert getoond == {r for r, w in cli.items() if w["krijgt_recht"] or w["verliest_recht"]}
        assert getoond
        # The money: every amount that changes, with the sums of the CLI, and the cost totals.
        naam = variant.get_attribute("data-naam")
        bedragen = {b: blok for w in cli.values() for b, blok in w.get("bedragen", {}).items()}
        rijen = {
            r.get_attribute("data-bedrag"): r for r in variant.find_elements(By.CSS_SELECTOR, "tr[data-bedrag]")
        }
        assert set(rijen) == {
            b for b, blok in bedragen.items() if blok["verschil"] or blok["meer"] or blok["minder"]
        }
        assert rijen
        for b, rij in rijen.items():
            for sleutel in ("basis", "hervorming", "verschil"):
                assert float(rij.get_attribute(f"data-{sleutel}")) == bedragen[b][sleutel], (b, sleutel)
        for soort, totaal in verwacht[naam]["kosten"]["totaal"].items():
            rij = variant.find_element(By.CSS_SELECTOR, f'tr[data-kosten-totaal="{soort}"]')
            assert float(rij.get_attribute("data-maximaal")) == totaal["maximaal"]["verschil"]
            assert float(rij.get_attribute("data-met-gebruik")) == totaal["met_gebruik"]["verschil"]
    driver.set_window_size(1280, 1400)
    browser.schermafbeelding(driver, "hervorming", "kop-omslag")
    driver.set_window_size(1280, 1000)


def test_klik_op_een_aantal_opent_de_uitleg_van_een_voorbeeldpersoon(server, driver):
    """From the result of the previous test: a gain opens the comparison's example persons who
    gain; each one's explanation has the right under the reform and not under the current law,
    with the first condition that differs."""
    By = _by()
    if not driver.find_elements(By.CSS_SELECTOR, "td.winst a"):
        pytest.skip("needs the comparison of the previous test")
    cel = driver.find_element(By.CSS_SELECTOR, "td.winst a")
    recht = cel.find_element(By.XPATH, "ancestor::table").get_attribute("data-recht")
    cel.click()
    _wacht(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "ul.personen a"))
    browser.controleer_pagina(driver)
    driver.find_element(By.CSS_SELECTOR, "ul.personen a").click()
    _wacht(driver, lambda d: d.find_elements(By.ID, "uitleg"))
    browser.controleer_pagina(driver)
    geldend = driver.find_element(By.CSS_SELECTOR, f'[data-kant="0"] [data-uitleg="{recht}"]')
    hervormd = driver.find_element(By.CSS_SELECTOR, f'[data-kant="1"] [data-uitleg="{recht}"]')
    assert geldend.get_attribute("data-toegekend") == "false"
    assert hervormd.get_attribute("data-toegekend") == "true"
    # The first condition that differs (the cause): unmet now, met with the reform.
    eerste = driver.find_element(By.CSS_SELECTOR, 'tr[data-eerste="true"]')
    assert (eerste.get_attribute("data-basis"), eerste.get_attribute("data-hervorming")) == ("false", "true")
    naam = eerste.get_attribute("data-voorwaarde")
    assert geldend.find_element(By.CSS_SELECTOR, f'li[data-voorwaarde="{naam}"]').get_attribute(
        "data-voldaan"
    ) == ("false")


SWEEP = {"van": "56", "tot": "58", "stap": "1", "vanaf": "2027-08-01", "periode": "2027-10"}


def test_een_sweep_met_de_rijen_van_llo_sweep(server, driver):
    By = _by()
    driver.get(server.basis + "/hervorming")
    for naam, waarde in (SWEEP | {"personen": str(PERSONEN), "zaad": str(ZAAD)}).items():
        veld = driver.find_element(By.ID, f"veld-sweep-{naam}")
        driver.execute_script("arguments[0].value = arguments[1];", veld, waarde)
    driver.find_element(By.CSS_SELECTOR, "#sweep-formulier button[type=submit]").click()
    _wacht(driver, lambda d: d.find_elements(By.ID, "sweep-tabel"), 120)
    browser.controleer_pagina(driver)
    llo = Path(sys.executable).with_name("llo")
    argumenten = [f"--{k}={v}" for k, v in SWEEP.items()] + [f"--populatie={PERSONEN}", f"--zaad={ZAAD}"]
    uit = subprocess.run(
        [str(llo), "sweep", "wsf.levenlanglerenkrediet.maximumleeftijd", *argumenten, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    verwacht = json.loads(uit.stdout)["rijen"]
    rijen = driver.find_elements(By.CSS_SELECTOR, "#sweep-tabel tbody tr")
    getoond = [
        (
            float(r.get_attribute("data-waarde")),
            int(r.get_attribute("data-krijgt")),
            int(r.get_attribute("data-verliest")),
            float(r.get_attribute("data-maximaal")),
            float(r.get_attribute("data-met-gebruik")),
        )
        for r in rijen
    ]
    assert getoond == [
        (r["waarde"], r["krijgt"], r["verliest"], r["kosten"]["maximaal"], r["kosten"]["met_gebruik"])
        for r in verwacht
    ]
    assert len(driver.find_elements(By.CSS_SELECTOR, "#sweep svg.grafiek")) == 2
