"""The explanation agrees with the answer, on generated persons, for every right; every condition
it cites has an article link.

The explanation is built from the engine's own trace of one simulation per person; the answers it
is compared with come from one vectorised simulation of all generated persons, without tracer.
"""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openfisca_llo.paths import SITUATION_EXAMPLES_DIR
from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.uitleg.waarom import leg_uit_persoon
from openfisca_llo.uitleg.wetten import WETTEN, citeer

from .personen import maanden, persoon, simuleer, situatie

# As in the code-health test: a proposal or a scheme without a found legal basis says so and cites
# its own source first.
VOORSTEL = "Geen geldend recht"
ZONDER_GRONDSLAG = "Geen wettelijke grondslag gevonden"


def _rechten(systeem):
    return [r for r in VOORWAARDEN if r in systeem.variables]


@given(mensen=st.lists(persoon, min_size=1, max_size=4), periode=maanden)
def test_het_oordeel_van_de_uitleg_is_het_berekende_antwoord(systeem, mensen, periode):
    rechten = _rechten(systeem)
    simulatie = simuleer(systeem, mensen, periode)
    berekend = {}
    for i, mens in enumerate(mensen):
        invoer = situatie(mens, periode, [])["personen"]["p"]
        for u in leg_uit_persoon(systeem, "p", invoer, [(r, periode) for r in rechten]):
            if u.naam not in berekend:
                berekend[u.naam] = simulatie.calculate(u.naam, periode)
            assert u.toegekend is bool(berekend[u.naam][i]), f"{u.naam} for {mens} in {periode}"
            for v in u.voorwaarden:
                if v.naam not in berekend:
                    berekend[v.naam] = simulatie.calculate(v.naam, periode)
                assert v.waarde == berekend[v.naam][i].item(), f"{u.naam}: {v.naam}"
                assert (v.zin is not None) is (v.voldaan is False), f"{v.naam}: a sentence iff not met"
            if u.toegekend is False:
                assert u.zinnen, f"{u.naam} refused without a sentence saying why"


def _voorbeeldpersonen():
    for bestand in sorted(SITUATION_EXAMPLES_DIR.glob("*.json")):
        for naam, invoer in json.loads(bestand.read_text(encoding="utf-8"))["personen"].items():
            yield f"{bestand.stem}:{naam}", invoer


@pytest.mark.parametrize(
    ("wie", "invoer"), list(_voorbeeldpersonen()), ids=lambda x: x if isinstance(x, str) else ""
)
def test_elke_aangehaalde_voorwaarde_heeft_een_artikellink(systeem, wie, invoer):
    gevraagd = [(r, "2026-10") for r in _rechten(systeem)] + [(r, "2022-06") for r in _rechten(systeem)]
    invoer = {k: v for k, v in invoer.items() if not (isinstance(v, dict) and None in v.values())}
    aangehaald = 0
    for u in leg_uit_persoon(systeem, wie, invoer, gevraagd):
        for v in [u, *u.voorwaarden]:
            variabele = systeem.variables[v.naam]
            assert v.artikel is not None and v.artikel.href.startswith("https://"), v.naam
            assert v.artikel.href == variabele.reference[0], f"{v.naam} cites its own first reference"
            documentatie = variabele.documentation or ""
            if VOORSTEL not in documentatie and ZONDER_GRONDSLAG not in documentatie:
                assert v.artikel.is_wettelijk, f"{v.naam}: {v.artikel}"
            if v.artikel.soort == "wetsartikel":
                assert " art. " in v.artikel.titel and not v.artikel.titel.startswith("BWBR"), v.artikel
            aangehaald += 1
    assert aangehaald > len(gevraagd)


@pytest.mark.parametrize(
    ("href", "titel", "soort"),
    [
        (
            "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01",
            "Wsf 2000 art. 2.3a",
            "wetsartikel",
        ),
        (
            "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&lid=6&g=2026-01-01",
            "Wsf 2000 art. 2.3a lid 6",
            "wetsartikel",
        ),
        (
            "https://wetten.overheid.nl/BWBR0011453/2024-09-01#Hoofdstuk2_Paragraaf2.1_Artikel2.3a",
            "Wsf 2000 art. 2.3a",
            "wetsartikel",
        ),
        ("https://wetten.overheid.nl/BWBR0034783", "Beleidsregels Protocol Scholing 2014", "regeling"),
        (
            "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
            "Stcrt. 2017, 69644",
            "officiele_publicatie",
        ),
        (
            "https://zoek.officielebekendmakingen.nl/kst-30012-92.html",
            "Kamerstuk 30012 nr. 92",
            "officiele_publicatie",
        ),
        ("https://duo.nl/particulier/levenlanglerenkrediet/", "duo.nl", "overige_bron"),
    ],
)
def test_citaat(href, titel, soort):
    a = citeer(href)
    assert (a.titel, a.soort, a.href) == (titel, soort, href)


def test_elke_wet_van_een_eerste_referentie_heeft_een_naam(systeem):
    """Every BWB id that a condition or right cites first is named in the table of uitleg/wetten.py."""
    import re

    ontbreekt = set()
    for recht, voorwaarden in VOORWAARDEN.items():
        for naam in [recht, *voorwaarden]:
            gevonden = re.search(r"BWBR\d+", systeem.variables[naam].reference[0])
            if gevonden and gevonden.group() not in WETTEN:
                ontbreekt.add(gevonden.group())
    assert ontbreekt == set()
