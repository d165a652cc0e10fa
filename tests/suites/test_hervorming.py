"""Reform files: schema, validation before anything is applied, and the library of reforms."""

import copy
from pathlib import Path

import jsonschema
import pytest

from openfisca_llo import commando as cli
from openfisca_llo.hervorming import (
    HervormingOngeldig,
    hervorming_klasse,
    lees_hervorming,
    schema,
    valideer,
)
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.tax_benefit_system import basissysteem

ROOT = Path(__file__).resolve().parents[2]
BIBLIOTHEEK = sorted(REFORMS_DIR.glob("*.yaml"))


def document(wijzigingen):
    return {
        "naam": "test",
        "beschrijving": "test",
        "bron": [{"title": "t", "href": "https://example.org"}],
        "wijzigingen": wijzigingen,
    }


def fouten_van(wijzigingen):
    with pytest.raises(HervormingOngeldig) as fout:
        valideer(document(wijzigingen), basissysteem(), "test.yaml")
    return fout.value.fouten


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_library_has_the_two_llk_reforms_and_three_waiting_ones():
    assert len(BIBLIOTHEEK) >= 5
    assert {p.stem for p in BIBLIOTHEEK} >= {"llk_maximumleeftijd_aow_leeftijd", "llk_bbl_en_deeltijd_mbo"}


@pytest.mark.parametrize("pad", BIBLIOTHEEK, ids=lambda p: p.stem)
def test_every_library_reform_is_valid_has_a_module_and_a_yaml_test(pad):
    valideer(lees_hervorming(pad), basissysteem(), pad.name)
    assert pad.with_suffix(".py").exists(), "een module voor `reforms:` in YAML-tests"
    test = ROOT / "tests" / "regels" / "hervormingen" / pad.name
    assert test.exists()
    assert f"openfisca_llo.reforms.{pad.stem}.Hervorming" in test.read_text(encoding="utf-8")


def test_unknown_path_is_named():
    fouten = fouten_van({"wsf.levenlanglerenkrediet.bestaat_niet": {"2026-08-01": True}})
    assert [f["veld"] for f in fouten] == ["wijzigingen.wsf.levenlanglerenkrediet.bestaat_niet"]
    assert fouten[0]["melding"].startswith("onbekend parameterpad")


def test_a_node_is_not_a_leaf():
    (fout,) = fouten_van({"wsf.levenlanglerenkrediet": {"2026-08-01": True}})
    assert "groep parameters" in fout["melding"]


@pytest.mark.parametrize("datum", ["2026-02-30", "2026-13-01", "2026-00-10"])
def test_impossible_date_is_named_with_path(datum):
    (fout,) = fouten_van({"wsf.levenlanglerenkrediet.maximumleeftijd": {datum: 60}})
    assert fout["veld"] == f"wijzigingen.wsf.levenlanglerenkrediet.maximumleeftijd @ {datum}"


@pytest.mark.parametrize("datum", ["2026-8-1", "1 augustus 2026", "2026-08"])
def test_malformed_date_fails_the_schema(datum):
    (fout,) = fouten_van({"wsf.levenlanglerenkrediet.maximumleeftijd": {datum: 60}})
    assert fout["veld"] == f"wijzigingen.wsf.levenlanglerenkrediet.maximumleeftijd @ {datum}"


def test_dates_must_increase():
    (fout,) = fouten_van({"wsf.levenlanglerenkrediet.maximumleeftijd": {"2027-08-01": 60, "2026-08-01": 61}})
    assert fout["veld"].endswith("@ 2026-08-01")
    assert "oplopen" in fout["melding"]


@pytest.mark.parametrize(
    ("pad", "waarde", "woord"),
    [
        ("wsf.levenlanglerenkrediet.mbo_bbl_toegestaan", 1, "true of false"),
        ("wsf.levenlanglerenkrediet.maximumleeftijd", True, "getal"),
        ("wsf.levenlanglerenkrediet.maximumleeftijd", 60.5, "geheel getal"),
        ("wsf.levenlanglerenkrediet.maximumleeftijd", -1, "0 of meer"),
        ("whw.wettelijk_collegegeld.bedrag", -5.0, "0 of meer"),
        ("whw.wettelijk_collegegeld.tijdelijke_verlaging", 1.5, "aandeel"),
        ("wsf.studiejaar.eerste_maand_hoger_onderwijs", 13, "maand"),
    ],
)
def test_value_must_fit_the_unit(pad, waarde, woord):
    (fout,) = fouten_van({pad: {"2026-08-01": waarde}})
    assert fout["veld"] == f"wijzigingen.{pad} @ 2026-08-01"
    assert woord in fout["melding"]


def test_a_multiplier_with_unit_share_may_exceed_one():
    valideer(
        document({"wsf.levenlanglerenkrediet.maximum_jaarbedrag.factor_instellingstarief": {"2026-08-01": 6}}),
        basissysteem(),
    )


def test_every_problem_is_reported_and_nothing_is_half_applied():
    systeem = basissysteem()
    voor = copy.deepcopy(systeem.parameters.wsf.levenlanglerenkrediet.maximumleeftijd.values_list)
    doc = document(
        {
            "wsf.levenlanglerenkrediet.maximumleeftijd": {"2026-08-01": 60},
            "wsf.levenlanglerenkrediet.bestaat_niet": {"2026-08-01": 1},
        }
    )
    with pytest.raises(HervormingOngeldig):
        hervorming_klasse(doc)(systeem)
    na = systeem.parameters.wsf.levenlanglerenkrediet.maximumleeftijd.values_list
    assert [(w.instant_str, w.value) for w in na] == [(w.instant_str, w.value) for w in voor]


def test_applied_reform_changes_from_its_date_and_leaves_the_baseline():
    systeem = basissysteem()
    doc = document({"wsf.levenlanglerenkrediet.maximumleeftijd": {"2026-08-01": 60}})
    doc["beeindig"] = {"wsf.levenlanglerenkrediet.maximumleeftijd": "2028-08-01"}
    hervormd = hervorming_klasse(doc)(systeem)
    lees = lambda s, d: s.get_parameters_at_instant(d).wsf.levenlanglerenkrediet.maximumleeftijd  # noqa: E731
    assert lees(hervormd, "2026-07-31") == 57
    assert lees(hervormd, "2026-08-01") == 60
    assert lees(systeem, "2026-08-01") == 57
    with pytest.raises(Exception, match="maximumleeftijd"):
        lees(hervormd, "2028-08-01")


def test_cli_diff_names_path_and_date_and_exits_non_zero(tmp_path, capsys):
    slecht = tmp_path / "slecht.yaml"
    slecht.write_text(
        "naam: x\nbeschrijving: y\nbron:\n- title: t\n  href: https://example.org\n"
        "wijzigingen:\n  wsf.levenlanglerenkrediet.onbekend:\n    '2026-08-01': true\n"
        "  wsf.levenlanglerenkrediet.maximumleeftijd:\n    2026-02-30: 60\n",
        encoding="utf-8",
    )
    assert cli.main(["diff", str(slecht)]) == 2
    fout = capsys.readouterr().err
    assert "wsf.levenlanglerenkrediet.onbekend" in fout
    assert "wsf.levenlanglerenkrediet.maximumleeftijd @ 2026-02-30" in fout


def test_cli_diff_shows_baseline_and_reform_values(capsys):
    assert cli.main(["diff", str(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml")]) == 0
    uit = capsys.readouterr().out
    assert "wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd" in uit
    assert "2026-08-01" in uit and "false" in uit and "true" in uit
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a" in uit
