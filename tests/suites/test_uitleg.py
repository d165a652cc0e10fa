"""`llo waarom` and its explanation: the values, dates and articles it shows, worked out from the law.

The person of the issue: born 1967-09-15, enrolled in a part-time wo master, in October 2026.
Wsf 2000 art. 1.2: the situation on the first day of the month decides, so the age is taken on
2026-10-01: 2026 - 1967 = 59 (the birthday of 15 September has passed). Art. 2.3a lid 2: a
ho-student qualifies who "nog niet de maximumleeftijd heeft bereikt"; the maximum age is 57 from
studiejaar 2024-2025 (Rijksoverheid, DUO; parameters/wsf/levenlanglerenkrediet/maximumleeftijd.yaml,
value dated 2024-08-01, the first day of that studiejaar in the beroepsonderwijs). Art. 1.1: the
studiejaar of the hoger onderwijs starts on 1 September, so the engine reads the maximum age of
this wo student on 2026-09-01 (studiejaar 2026-2027), where the value in force is the one dated
2024-08-01. 59 >= 57 and no uninterrupted credit (lid 3): refused.
"""

import json

import pytest

from openfisca_llo.commando import main
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.uitleg.antwoord import VerzoekFout, beantwoord

PERIODE = "2026-10"
ARTIKEL_2_3A = "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a"
LLK = "levenlanglerenkrediet_recht"
LEEFTIJD = "levenlanglerenkrediet_leeftijdsvoorwaarde"
MAXIMUMLEEFTIJD = "wsf.levenlanglerenkrediet.maximumleeftijd"


def persoon(geboortedatum, sector="wo", vorm="deeltijd", graad="master", leerweg=None, **extra):
    invoer = {
        "geboortedatum": {"ETERNITY": geboortedatum},
        "onderwijssector": {PERIODE: sector},
        "opleidingsvorm": {PERIODE: vorm},
        "opleiding_graad": {PERIODE: graad},
        LLK: {PERIODE: None},
    }
    if leerweg:
        invoer["mbo_leerweg"] = {PERIODE: leerweg}
    invoer.update(extra)
    return {"personen": {"p": invoer}}


def uitleg(situatie, **verzoek):
    antwoord = beantwoord({"situation": situatie, **verzoek}, systeem_())
    return antwoord.items["p"][0]


def systeem_():
    from openfisca_llo.tax_benefit_system import basissysteem

    return basissysteem()


def voorwaarde(u, naam):
    return next(v for v in u.voorwaarden if v.naam == naam)


def test_geweigerd_met_leeftijd_maximumleeftijd_datum_en_artikel():
    basis, _, _ = uitleg(persoon("1967-09-15"))
    assert basis.toegekend is False and basis.waarde is False
    leeftijd = voorwaarde(basis, LEEFTIJD)
    assert leeftijd.voldaan is False
    assert leeftijd.artikel.href.startswith(ARTIKEL_2_3A)
    assert leeftijd.artikel.titel == "Wsf 2000 art. 2.3a"
    assert {w.naam: w.waarde for w in leeftijd.tussenwaarden}["leeftijd"] == 2026 - 1967
    gelezen = [p for p in leeftijd.parameters if p.naam == MAXIMUMLEEFTIJD]
    # One read for this person: on the first day of the ho studiejaar 2026-2027.
    assert [(p.waarde, p.gelezen_op, p.geldt_sinds) for p in gelezen] == [(57, "2026-09-01", "2024-08-01")]
    assert gelezen[0].bronnen and all(b["href"].startswith("https://") for b in gelezen[0].bronnen)
    assert leeftijd.zin.startswith("Leeftijd op 1 oktober 2026: 59 jaar; de maximumleeftijd voor studiejaar ")
    assert "2026-2027 is 57 (sinds 1 augustus 2024, Wsf 2000 art. 2.3a" in leeftijd.zin
    assert basis.eerste_niet_vervuld.naam == LEEFTIJD
    assert basis.zinnen == [leeftijd.zin]


def test_de_lezing_voor_het_andere_studiejaar_telt_niet_voor_deze_persoon():
    """in_studiejaar reads both studiejaren (vectorised); the mbo read on 2026-08-01 is marked."""
    basis, _, _ = uitleg(persoon("1967-09-15"))
    knoop = voorwaarde(basis, LEEFTIJD).knoop.zoek("levenlanglerenkrediet_maximumleeftijd")
    lezingen = {(p.naam, p.gelezen_op): p.voor_deze_persoon for p in knoop.parameters}
    assert lezingen[(MAXIMUMLEEFTIJD, "2026-08-01")] is False
    assert lezingen[(MAXIMUMLEEFTIJD, "2026-09-01")] is True


def test_mbo_leest_de_maximumleeftijd_op_1_augustus():
    """A bol student (Wsf 2000 art. 1.1: studiejaar from 1 August): the read on 2026-08-01 counts.
    Born 1990-01-01: 36 on 2026-10-01, at least 30 (lid 1) and below 57: the condition holds."""
    basis, _, _ = uitleg(persoon("1990-01-01", sector="mbo", vorm="voltijd", graad="geen", leerweg="bol"))
    leeftijd = voorwaarde(basis, LEEFTIJD)
    assert leeftijd.voldaan is True and leeftijd.zin is None
    gelezen = [(p.gelezen_op, p.waarde) for p in leeftijd.parameters if p.naam == MAXIMUMLEEFTIJD]
    assert gelezen == [("2026-08-01", 57)]


def test_mbo_onder_de_minimumleeftijd():
    """Born 2000-01-01: 26 on 2026-10-01, below the 30 of art. 2.3a lid 1."""
    basis, _, _ = uitleg(persoon("2000-01-01", sector="mbo", vorm="voltijd", graad="geen", leerweg="bol"))
    zin = voorwaarde(basis, LEEFTIJD).zin
    assert zin.startswith("Leeftijd op 1 oktober 2026: 26 jaar; in het mbo is de minimumleeftijd 30")


@pytest.mark.parametrize(
    ("geboortedatum", "leeftijd", "verwacht"),
    [
        # 57 exactly on 2026-10-01 (birthday that day): the maximum age is reached: refused.
        ("1969-10-01", 57, False),
        # One day later: still 56 on 2026-10-01: below 57: granted.
        ("1969-10-02", 56, True),
    ],
)
def test_grens_van_de_maximumleeftijd(geboortedatum, leeftijd, verwacht):
    basis, _, _ = uitleg(persoon(geboortedatum), maanden=0)
    assert basis.toegekend is verwacht
    v = voorwaarde(basis, LEEFTIJD)
    assert v.voldaan is verwacht
    assert {w.naam: w.waarde for w in v.tussenwaarden}["leeftijd"] == leeftijd
    assert (v.zin is None) is verwacht


def test_tijdlijn_eindigt_in_de_maand_na_de_57e_verjaardag():
    """Born 1969-12-15: 56 on 1 October, 1 November and 1 December 2026; 57 on 1 January 2027.
    The maximum age stays 57 in studiejaar 2027-2028 (no new dated value), so the right ends with
    December 2026 and does not come back within the 24 months."""
    basis, _, _ = uitleg(persoon("1969-12-15"))
    lijn = basis.tijdlijn
    assert (lijn.van, lijn.tot_en_met) == ("2026-10", "2028-09")
    assert [m for m, w in lijn.waarden.items() if w] == ["2026-10", "2026-11", "2026-12"]
    assert [(o.maand, o.van, o.naar) for o in lijn.overgangen] == [("2027-01", True, False)]
    assert [v["naam"] for v in lijn.overgangen[0].voorwaarden] == [LEEFTIJD]
    assert lijn.zin == "recht tot en met december 2026; vanaf januari 2027 niet vervuld: leeftijdsvoorwaarde"


def test_tijdlijn_houdt_de_invoer_vast_en_telt_de_maanden():
    basis, _, _ = uitleg(persoon("1969-12-15"), maanden=3)
    assert list(basis.tijdlijn.waarden) == ["2026-10", "2026-11", "2026-12"]
    assert basis.tijdlijn.overgangen == []
    geen, _, _ = uitleg(persoon("1969-12-15"), maanden=0)
    assert geen.tijdlijn is None


def test_naast_een_hervorming_de_eerste_voorwaarde_en_de_parameter():
    """The AOW-age reform sets the switch from 2026-08-01; this wo student reads it on 2026-09-01.
    Age on 2026-10-01: 59 years = 708 months; own AOW age 67 years and 3 months = 807 months
    (AOW art. 7a, from 2028 on): 708 < 807, so the age condition now holds."""
    hervorming = lees_hervorming(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")
    basis, hervormd, naast = uitleg(persoon("1967-09-15"), reform=hervorming, maanden=0)
    assert (basis.toegekend, hervormd.toegekend) == (False, True)
    assert naast.verschilt
    assert naast.eerste_verschillende_voorwaarde["naam"] == LEEFTIJD
    assert (
        naast.eerste_verschillende_voorwaarde["basis"],
        naast.eerste_verschillende_voorwaarde["hervorming"],
    ) == (
        False,
        True,
    )
    schakelaar = [p for p in naast.parameters if p["naam"].endswith("maximumleeftijd_volgt_aow_leeftijd")]
    assert len(schakelaar) == 1
    p = schakelaar[0]
    assert p["gelezen_op"] == "2026-09-01"
    assert (p["basis"]["waarde"], p["basis"]["geldt_sinds"]) == (False, "2017-08-01")
    assert (p["hervorming"]["waarde"], p["hervorming"]["geldt_sinds"]) == (True, "2026-08-01")
    assert p["hervorming"]["door_hervorming"] is True
    assert p["hervorming"]["bronnen"] == hervorming["bron"]
    leeftijd = voorwaarde(hervormd, LEEFTIJD)
    tussen = {w.naam: w.waarde for w in leeftijd.tussenwaarden}
    assert tussen["leeftijd_in_maanden"] == 59 * 12
    assert tussen["pensioengerechtigde_leeftijd_in_maanden"] == 67 * 12 + 3


def test_cli_tekst_en_json(capsys, tmp_path):
    bestand = tmp_path / "s.json"
    bestand.write_text(json.dumps(persoon("1967-09-15")), encoding="utf-8")
    assert main(["waarom", str(bestand), "--periode", PERIODE, "--recht", LLK]) == 0
    tekst = capsys.readouterr().out
    assert "levenlanglerenkrediet_recht voor p, oktober 2026: geen recht" in tekst
    assert "Leeftijd op 1 oktober 2026: 59 jaar" in tekst
    assert "is 57 (sinds 1 augustus 2024" in tekst
    assert ARTIKEL_2_3A in tekst
    assert "regels_sha256" in tekst

    assert main(["waarom", str(bestand), "--json"]) == 0
    antwoord = json.loads(capsys.readouterr().out)
    assert set(antwoord) == {"verzoek", "uitleg", "bewijs"}
    (u,) = antwoord["uitleg"]["p"]
    assert u["toegekend"] is False and u["eerste_niet_vervuld"] == LEEFTIJD
    v = next(v for v in u["voorwaarden"] if v["naam"] == LEEFTIJD)
    assert v["artikel"]["href"].startswith(ARTIKEL_2_3A)
    gelezen = [p for p in v["parameters"] if p["naam"] == MAXIMUMLEEFTIJD]
    assert [(p["waarde"], p["gelezen_op"], p["geldt_sinds"]) for p in gelezen] == [
        (57, "2026-09-01", "2024-08-01")
    ]
    assert {w["naam"]: w["waarde"] for w in v["tussenwaarden"]}["leeftijd"] == 59


def test_alles_geeft_de_hele_boom(capsys, tmp_path):
    bestand = tmp_path / "s.json"
    bestand.write_text(json.dumps(persoon("1967-09-15")), encoding="utf-8")
    assert main(["waarom", str(bestand), "--json", "--alles", "--maanden", "0"]) == 0
    boom = json.loads(capsys.readouterr().out)["uitleg"]["p"][0]["boom"]
    assert boom["naam"] == LLK
    assert {k["naam"] for k in boom["kinderen"]} >= {LEEFTIJD, "levenlanglerenkrediet_opleidingsvoorwaarde"}


@pytest.mark.parametrize(
    ("verzoek", "code", "veld"),
    [
        ({"situation": {"personen": {"p": {}}}}, "niets_gevraagd", "situation"),
        ({"situation": persoon("1967-09-15"), "periode": "2026-13"}, "periode_ongeldig", "periode"),
        ({"situation": persoon("1967-09-15"), "persoon": "q"}, "persoon_onbekend", "persoon"),
        ({"situation": persoon("1967-09-15"), "recht": ["bestaat_niet"]}, "variabele_onbekend", "recht"),
        (
            {"situation": persoon("1967-02-30")},
            "situatie_ongeldig",
            "situation.personen.p.geboortedatum.ETERNITY",
        ),
        ({"situation": persoon("1967-09-15"), "maanden": 121}, "maanden_ongeldig", "maanden"),
        (
            {"situation": persoon("1967-09-15"), "reform": {"naam": "x"}},
            "hervorming_ongeldig",
            "reform",
        ),
        ({"situatie": {}}, "veld_onbekend", "situatie"),
    ],
)
def test_slecht_verzoek_heeft_een_code_en_een_veld(verzoek, code, veld):
    with pytest.raises(VerzoekFout) as fout:
        beantwoord(verzoek, systeem_())
    assert (fout.value.code, fout.value.veld) == (code, veld)
    if code == "hervorming_ongeldig":  # the place inside the reform, as a reform file names it
        assert fout.value.melding == "beschrijving: verplicht veld ontbreekt"


def test_cli_fout_is_een_regel(capsys, tmp_path):
    bestand = tmp_path / "s.json"
    bestand.write_text(json.dumps(persoon("1967-09-15")), encoding="utf-8")
    assert main(["waarom", str(bestand), "--periode", "oktober"]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("llo waarom: fout: periode:") and len(fout.strip().splitlines()) == 1


@pytest.mark.parametrize(("klasse", "cruciaal"), [("zorg_en_welzijn", True), ("overig", False)])
def test_een_opzoeking_per_sleutel_staat_in_de_uitleg(klasse, cruciaal):
    """`per_sleutel` (regels/parameterindex.py) reads the table once per key present; the tracer
    records that read, so the explanation shows the person's own key of the SLIM table (SLIM-regeling
    art. 3.1: zorg- en welzijnsberoepen are a crucial sector; other occupations are not)."""
    situatie = {
        "personen": {
            "p": {
                "geboortedatum": {"ETERNITY": "1980-01-01"},
                "scholing_beroepsklasse": {PERIODE: klasse},
                "slim_ontwikkelpaden_subsidiabele_scholing": {PERIODE: None},
            }
        }
    }
    basis, _, _ = uitleg(situatie, maanden=0)
    sector = voorwaarde(basis, "slim_ontwikkelpaden_cruciale_sector")
    assert sector.voldaan is cruciaal
    gelezen = [(p.naam, p.waarde) for p in sector.parameters]
    assert gelezen == [(f"vouchers.slim_ontwikkelpaden.cruciale_sectoren.{klasse}", cruciaal)]
