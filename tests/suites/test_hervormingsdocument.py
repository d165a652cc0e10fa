"""Reform files that catch every mistake: keys given twice, aliases, ranges, explicit ends, drafts.

Each test writes the mistake a drafter makes and checks that the message names the field (path
and date) in Dutch, and that every mistake of a file comes back in one message.
"""

import pytest

from openfisca_llo import commando as cli
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import (
    HervormingOngeldig,
    controleer,
    hervorming_klasse,
    lees_hervorming,
    lees_tekst,
    valideer,
    waarschuwingen,
)
from openfisca_llo.tax_benefit_system import basissysteem

KOP = "naam: x\nbeschrijving: y\nbron:\n- title: t\n  href: https://example.org\n"
LEEFTIJD = "wsf.levenlanglerenkrediet.maximumleeftijd"


def velden(fouten):
    return [f["veld"] for f in fouten]


def document(wijzigingen, **meer):
    return {
        "naam": "test",
        "beschrijving": "test",
        "bron": [{"title": "t", "href": "https://example.org"}],
        "wijzigingen": wijzigingen,
        **meer,
    }


def test_een_dubbele_datum_wordt_geweigerd_met_beide_regels():
    tekst = KOP + f"wijzigingen:\n  {LEEFTIJD}:\n    '2027-08-01': 60\n    '2027-08-01': 61\n"
    fouten = controleer(lees_tekst(tekst), basissysteem())
    assert velden(fouten) == [f"wijzigingen.{LEEFTIJD} @ 2027-08-01"]
    assert "twee keer" in fouten[0]["melding"] and "regel 8 en 9" in fouten[0]["melding"]


def test_een_dubbel_pad_wordt_geweigerd():
    tekst = KOP + f"wijzigingen:\n  {LEEFTIJD}:\n    '2027-08-01': 60\n  {LEEFTIJD}:\n    '2028-08-01': 61\n"
    fouten = controleer(lees_tekst(tekst), basissysteem())
    assert velden(fouten) == [f"wijzigingen.{LEEFTIJD}"]


def test_een_dubbele_sleutel_bovenaan_wordt_geweigerd():
    fouten = controleer(
        lees_tekst("naam: a\nnaam: b\n" + KOP.split("\n", 1)[1] + "wijzigingen: {}\n"), basissysteem()
    )
    assert "naam" in velden(fouten)


def test_een_aliasbom_wordt_geweigerd_voordat_hij_uitdijt():
    bom = 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n'
    bom += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    with pytest.raises(GebruikersFout, match="alias"):
        lees_tekst(bom, "bom.yaml")


def test_schemafouten_en_inhoudsfouten_komen_samen_in_het_nederlands():
    doc = document({"wsf.levenlanglerenkrediet.bestaat_niet": {"2027-08-01": 1}})
    del doc["beschrijving"]
    doc["naam"] = 5
    doc["extra"] = "?"
    fouten = {f["veld"]: f["melding"] for f in controleer(doc, basissysteem())}
    assert fouten["beschrijving"] == "verplicht veld ontbreekt"
    assert fouten["naam"] == "verwacht tekst, niet 5"
    assert fouten["extra"].startswith("onbekend veld; toegestaan: naam, beschrijving")
    assert fouten["wijzigingen.wsf.levenlanglerenkrediet.bestaat_niet"].startswith("onbekend parameterpad")


@pytest.mark.parametrize(
    ("datum", "melding"),
    [("2027-8-1", "geen datum in de vorm JJJJ-MM-DD"), ("2027-02-30", "geen bestaande datum (JJJJ-MM-DD)")],
)
def test_een_slechte_datum_heeft_een_nederlandse_melding(datum, melding):
    (fout,) = controleer(document({LEEFTIJD: {datum: 60}}), basissysteem())
    assert fout == {"veld": f"wijzigingen.{LEEFTIJD} @ {datum}", "melding": melding}


def test_een_tikfout_in_een_pad_krijgt_het_dichtstbijzijnde_pad_als_suggestie():
    (fout,) = controleer(
        document({"wsf.levenlanglerenkrediet.maximumleeftyd": {"2027-08-01": 60}}), basissysteem()
    )
    assert fout["suggestie"] == LEEFTIJD
    assert fout["melding"] == f"onbekend parameterpad; bedoelt u {LEEFTIJD}?"


@pytest.mark.parametrize(
    ("pad", "waarde"),
    [
        (LEEFTIJD, 600),  # bereik 0 tot en met 100 jaar
        (LEEFTIJD, 2**31),
        ("whw.wettelijk_collegegeld.bedrag", 1e30),  # bereik 0 tot en met 50.000 euro
        ("aow.pensioengerechtigde_leeftijd.maanden", 12),  # bereik 0 tot en met 11 maanden
    ],
)
def test_een_waarde_buiten_het_bereik_van_de_parameter_wordt_geweigerd(pad, waarde):
    (fout,) = controleer(document({pad: {"2027-08-01": waarde}}), basissysteem())
    assert fout["veld"] == f"wijzigingen.{pad} @ 2027-08-01"
    assert "buiten het plausibele bereik" in fout["melding"]


def test_de_grenzen_van_het_bereik_zelf_zijn_toegestaan():
    # Bereik van de maximumleeftijd: 0 tot en met 100 jaar; 100 is toegestaan, 101 niet.
    assert controleer(document({LEEFTIJD: {"2027-08-01": 100}}), basissysteem()) == []
    assert len(controleer(document({LEEFTIJD: {"2027-08-01": 101}}), basissysteem())) == 1


@pytest.mark.parametrize("datum", ["1899-12-31", "2101-01-01"])
def test_een_ingangsdatum_buiten_1900_tot_2100_wordt_geweigerd(datum):
    (fout,) = controleer(document({LEEFTIJD: {datum: 60}}), basissysteem())
    assert "tussen 1900 en 2100" in fout["melding"]


def test_een_datum_voor_de_eerste_waarde_is_een_waarschuwing():
    # De leervoucher bestaat in het geldende recht vanaf 2000-01-01 (parameter in_werking).
    doc = valideer(document({"vouchers.leervoucher.in_werking": {"1999-01-01": True}}), basissysteem())
    (waarschuwing,) = waarschuwingen(doc, basissysteem().parameters)
    assert "vóór de eerste waarde van het geldende recht (2000-01-01)" in waarschuwing["melding"]


def test_null_is_geen_waarde_en_wijst_op_beeindig():
    (fout,) = controleer(document({LEEFTIJD: {"2028-08-01": None}}), basissysteem())
    assert fout["veld"] == f"wijzigingen.{LEEFTIJD} @ 2028-08-01"
    assert f"beeindig: {{{LEEFTIJD}: '2028-08-01'}}" in fout["melding"]


def test_beeindig_beeindigt_de_parameter_vanaf_de_datum():
    doc = document({LEEFTIJD: {"2026-08-01": 60}}, beeindig={LEEFTIJD: "2028-08-01"})
    hervormd = hervorming_klasse(doc)(basissysteem())
    lees = lambda d: hervormd.get_parameters_at_instant(d).wsf.levenlanglerenkrediet.maximumleeftijd  # noqa: E731
    assert lees("2028-07-31") == 60
    with pytest.raises(Exception, match="maximumleeftijd"):
        lees("2028-08-01")


def test_een_wijziging_na_het_einde_wordt_geweigerd():
    doc = document({LEEFTIJD: {"2028-08-01": 60}}, beeindig={LEEFTIJD: "2028-08-01"})
    (fout,) = controleer(doc, basissysteem())
    assert fout["veld"] == f"wijzigingen.{LEEFTIJD} @ 2028-08-01"
    assert "op of na het einde" in fout["melding"]


def test_een_bron_mag_een_concept_zonder_adres_zijn_maar_een_adres_is_https():
    concept = document({LEEFTIJD: {"2027-08-01": 60}})
    concept["bron"] = [{"title": "Concept-amendement, 2026-11-28"}]
    assert controleer(concept, basissysteem()) == []
    concept["bron"] = [{"title": "Concept", "href": "http://example.org"}]
    assert controleer(concept, basissysteem()) == [
        {"veld": "bron.0.href", "melding": "een adres begint met https://"}
    ]


def test_diff_toont_een_beeindiging_en_een_concept(tmp_path, capsys):
    bestand = tmp_path / "einde.yaml"
    bestand.write_text(
        "naam: x\nbeschrijving: y\nbron:\n- title: Concept-amendement, 2026-11-28\n"
        f"wijzigingen:\n  {LEEFTIJD}:\n    '2027-08-01': 60\nbeeindig:\n  {LEEFTIJD}: '2030-08-01'\n",
        encoding="utf-8",
    )
    assert cli.main(["diff", str(bestand)]) == 0
    uit = capsys.readouterr().out
    assert "(geen adres: concept)" in uit
    assert "2030-08-01" in uit and "BEËINDIGD" in uit


def test_drie_fouten_in_een_bestand_komen_samen_in_een_melding(tmp_path, capsys):
    """A duplicate date, a mistyped path and an age of 600 years: all three, in one message."""
    bestand = tmp_path / "drie.yaml"
    bestand.write_text(
        KOP + "wijzigingen:\n"
        f"  {LEEFTIJD}:\n    '2027-08-01': 60\n    '2027-08-01': 600\n"
        "  wsf.levenlanglerenkrediet.minimumleeftijd_beroepsonderwys:\n    '2027-08-01': 25\n",
        encoding="utf-8",
    )
    with pytest.raises(HervormingOngeldig) as fout:
        valideer(lees_hervorming(bestand), basissysteem(), str(bestand))
    assert len(fout.value.fouten) == 3
    assert cli.main(["diff", str(bestand)]) == 2
    (regel,) = capsys.readouterr().err.strip().splitlines()
    assert "(3 fout(en))" in regel
    assert f"wijzigingen.{LEEFTIJD} @ 2027-08-01: staat twee keer" in regel
    assert "bedoelt u wsf.levenlanglerenkrediet.minimumleeftijd_beroepsonderwijs?" in regel
    assert "600 ligt buiten het plausibele bereik 0 tot en met 100" in regel


def test_een_stap_die_niets_verandert_is_een_waarschuwing_een_stap_terug_niet():
    systeem = basissysteem()
    # Geldend recht: maximumleeftijd 57 vanaf studiejaar 2024-2025.
    gelijk = valideer(document({LEEFTIJD: {"2027-08-01": 57}}), systeem)
    (waarschuwing,) = waarschuwingen(gelijk, systeem.parameters)
    assert waarschuwing["melding"] == "verandert niets: het geldende recht heeft op die datum al 57"
    herhaald = valideer(document({LEEFTIJD: {"2027-08-01": 60, "2028-08-01": 60}}), systeem)
    (waarschuwing,) = waarschuwingen(herhaald, systeem.parameters)
    assert waarschuwing["veld"] == f"wijzigingen.{LEEFTIJD} @ 2028-08-01"
    terug = valideer(document({LEEFTIJD: {"2027-08-01": 60, "2028-08-01": 57}}), systeem)
    assert waarschuwingen(terug, systeem.parameters) == []
