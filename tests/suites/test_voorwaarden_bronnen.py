"""Each condition's explanation cites the condition's own provision, not the right's.

`llo overzicht` and the JSON overview show, per condition, the first reference of the condition
variable. That must be the article (or, for a regulation without a BWB id, the publication) that
states the condition. The table below is written from the law, condition by condition; it is not
read from the variables.
"""

import re

import pytest

from openfisca_llo.regels.voorwaarden import VOORWAARDEN

WSF, WHW, WW = "BWBR0011453", "BWBR0005682", "BWBR0004045"
STAP, SLIM, KANSBEROEP, NL_LEERT_DOOR = "BWBR0045419", "BWBR0043015", "BWBR0037912", "BWBR0043943"

# condition variable: (BWB id or publication, article) of its own provision
EIGEN_BEPALING = {
    # Levenlanglerenkrediet (Wsf 2000)
    "levenlanglerenkrediet_van_toepassing": (WSF, "3.1"),  # lid 3: studiefinanciering bestaat uit llk
    "wsf_nationaliteitsvoorwaarde": (WSF, "2.2"),
    "levenlanglerenkrediet_leeftijdsvoorwaarde": (WSF, "2.3a"),
    "levenlanglerenkrediet_opleidingsvoorwaarde": (WSF, "2.12"),
    "levenlanglerenkrediet_geen_studiefinanciering": (WSF, "3.1"),  # lid 3: geen aanspraak op sf
    # Studiefinanciering
    "studiefinanciering_leeftijdsvoorwaarde": (WSF, "2.3"),
    "studiefinanciering_opleidingsvoorwaarde": (WSF, "2.4"),
    "studiefinanciering_binnen_duur": (WSF, "2.13"),
    # Wettelijk collegegeld (WHW art. 7.45a lid 1)
    "wettelijk_collegegeld_bekostigde_opleiding": (WHW, "7.45a"),
    "wettelijk_collegegeld_nationaliteitsvoorwaarde": (WHW, "7.45a"),
    "wettelijk_collegegeld_geen_eerdere_graad": (WHW, "7.45a"),
    "nog_geen_graad_hoger_onderwijs": (WHW, "7.45a"),
    "nog_geen_bachelorgraad": (WHW, "7.45a"),
    "nog_geen_mastergraad": (WHW, "7.45a"),
    # WW
    "ww_uitkering": (WW, "15"),  # recht op uitkering, hoofdstuk II
    "ww_scholing_arbeidsmarktrelevant": ("BWBR0017139", "1"),  # Scholingsregeling WW
    "ww_scholing_binnen_maximale_duur": ("BWBR0017139", "2"),  # maximaal één jaar
    "ww_scholing_schoolbaarheidsvoorwaarde": ("BWBR0037955", "1"),  # Beleidsregels Scholing 2016: schoolbaar
    "ww_scholing_diplomavoorwaarde": ("BWBR0017139", "1"),
    "ww_scholing_verenigbaar_met_beschikbaarheid": (WW, "24"),
    "ww_scholing_noodzakelijk": (WW, "76"),
    "ww_scholing_vrijstelling_nog_niet_geeindigd": ("BWBR0019305", "6"),
    # STAP-budget
    "stap_in_werking": (STAP, "8"),
    "stap_leeftijdsvoorwaarde": (STAP, "5"),  # lid 2 onder a
    "stap_nationaliteitsvoorwaarde": (STAP, "5"),  # lid 2 onder b (oud)
    "stap_verzekeringsvoorwaarde": (STAP, "5"),  # lid 2 onder b
    "stap_geen_eerdere_toekenning": (STAP, "12"),  # lid 1 onder c
    "stap_geen_studiefinanciering": (STAP, "5"),  # lid 5
    "stap_scholing_in_register": (STAP, "5"),  # lid 1
    "stap_ocw_onderwijs_toegestaan": (STAP, "5"),  # lid 4
    "stap_scholing_ocw_erkend": (STAP, "1"),  # begrip scholing (Stcrt. 2023, 20707)
    # Studievoucher (Wsf 2000 art. 12.15)
    "studievoucher_cohortvoorwaarde": (WSF, "12.15"),
    "studievoucher_diplomavoorwaarde": (WSF, "12.15"),
    "studievoucher_niet_geheel_verzilverd": (WSF, "12.15"),
    "studievoucher_voucher_in_werking": (WSF, "12.15"),
    "studievoucher_gebruiksperiode": (WSF, "12.15"),
    "studievoucher_hoger_onderwijs": (WSF, "12.15"),
    "studievoucher_tegemoetkoming_in_werking": (WSF, "12.15"),
    # Kansberoep
    "kansberoep_in_werking": (KANSBEROEP, "21"),
    "geregistreerd_als_werkzoekende": (KANSBEROEP, "2"),
    "kansberoep_arbeidssituatie": (KANSBEROEP, "2"),
    "scholing_richting_kansberoep": (KANSBEROEP, "3"),  # lid 1
    "kansberoep_niet_eerder_verleend": (KANSBEROEP, "6"),
    # Ontwikkeladvies, NL leert door, SLIM
    "ontwikkeladvies_45plus_in_werking": ("stcrt-2017-69644", None),
    "ontwikkeladvies_45plus_leeftijdsvoorwaarde": ("stcrt-2017-69644", None),
    "ontwikkeladvies_45plus_werkende": ("stcrt-2017-69644", None),
    "ontwikkeladvies_45plus_arbeidsduur": ("stcrt-2017-69644", None),
    "ontwikkeladvies_45plus_beroepsgroep": ("stcrt-2017-69644", None),
    "ontwikkeladvies_45plus_geen_andere_voorziening": ("stcrt-2017-69644", None),
    "stap_ontwikkeladvies_in_werking": ("stcrt-2022-8302", None),
    "stap_ontwikkeladvies_leeftijdsvoorwaarde": ("stcrt-2022-8302", None),
    "stap_ontwikkeladvies_opleidingsvoorwaarde": ("stcrt-2022-8302", None),
    "band_met_nederlandse_arbeidsmarkt": (NL_LEERT_DOOR, "1"),
    "nl_leert_door_in_werking": (NL_LEERT_DOOR, "6"),
    "nl_leert_door_leeftijdsvoorwaarde": (NL_LEERT_DOOR, "1"),
    "slim_ontwikkelpaden_in_werking": (SLIM, "3.12"),
    "scholing_in_erkend_ontwikkelpad": (SLIM, "3.5"),
    "slim_ontwikkelpaden_cruciale_sector": (SLIM, "3.1"),
    "slim_ontwikkelpaden_nlqf_ingeschaald": (SLIM, "3.5"),
    "scholing_kosteloos_voor_deelnemer": (SLIM, "3.5"),
}
# Proposals and schemes without a found legal basis cite their own source first (code health).
ZONDER_WET = re.compile(r"^(leerrechten_ser_seo_|leervoucher_|uwv_scholingsbudget_|grote_kans_op_langdurige)")


def _bron(referentie):
    gevonden = re.search(r"(BWBR\d+)&(?:\S*&)?artikel=([\w.]+)", referentie)
    if gevonden:
        return gevonden.group(1), gevonden.group(2)
    publicatie = re.search(r"(stcrt-\d+-\d+)", referentie)
    return (publicatie.group(1), None) if publicatie else (referentie, None)


VOORWAARDEN_MET_WET = sorted(
    {v for lijst in VOORWAARDEN.values() for v in lijst if not ZONDER_WET.match(v)}
    | {v for v in EIGEN_BEPALING if v in {w for lijst in VOORWAARDEN.values() for w in lijst}}
)


def test_elke_voorwaarde_staat_in_de_tabel():
    assert set(VOORWAARDEN_MET_WET) <= set(EIGEN_BEPALING)


@pytest.mark.parametrize("voorwaarde", VOORWAARDEN_MET_WET)
def test_eerste_bron_van_een_voorwaarde_is_haar_eigen_bepaling(systeem, voorwaarde):
    eerste = systeem.variables[voorwaarde].reference[0]
    assert _bron(eerste) == EIGEN_BEPALING[voorwaarde], f"{voorwaarde}: first reference {eerste}"


def test_overzicht_noemt_bij_een_onvervulde_leeftijdsvoorwaarde_art_2_3a(tmp_path, capsys):
    """A 66-year-old in 2026-10 fails the age condition of Wsf 2000 art. 2.3a, not art. 2.1."""
    import json

    from openfisca_llo.commando import main

    bestand = tmp_path / "s.json"
    persoon = {
        "geboortedatum": {"ETERNITY": "1960-01-01"},
        "onderwijssector": {"2026-10": "wo"},
        "opleidingsvorm": {"2026-10": "deeltijd"},
        "opleiding_graad": {"2026-10": "master"},
    }
    bestand.write_text(json.dumps({"personen": {"jan": persoon}}), encoding="utf-8")
    assert main(["overzicht", str(bestand), "--periode", "2026-10", "--alles", "--kleur", "nooit"]) == 0
    regels = capsys.readouterr().out.splitlines()
    i = regels.index("      niet voldaan: Voldoet aan de leeftijdsvoorwaarde voor levenlanglerenkrediet")
    assert "artikel=2.3a&" in regels[i + 1] and "artikel=2.1&" not in regels[i + 1]
    assert main(["overzicht", str(bestand), "--periode", "2026-10", "--json"]) == 0
    rechten = json.loads(capsys.readouterr().out)["personen"]["jan"]
    llk = next(r for r in rechten if r["naam"] == "levenlanglerenkrediet_recht")
    leeftijd = next(v for v in llk["voorwaarden"] if v["naam"] == "levenlanglerenkrediet_leeftijdsvoorwaarde")
    assert not leeftijd["voldaan"] and "artikel=2.3a&" in leeftijd["bron"]
