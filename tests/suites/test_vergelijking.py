"""Reform comparison on populations: counts add up, the AOW-age reform only gains, bad files."""

import json

import numpy as np
import pytest

from openfisca_llo import commando as cli
from openfisca_llo.analyse.populatie import lees_bestand, synthetisch
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.paths import REFORMS_DIR
from openfisca_llo.tax_benefit_system import basissysteem

BIBLIOTHEEK = sorted(REFORMS_DIR.glob("*.yaml"))


def compare_json(capsys, *args):
    """`llo compare ... --format json` in October 2026 (not the clock's month) unless a period is given."""
    periode = [] if "--periode" in args else ["--periode", "2026-10"]
    assert cli.main(["compare", *args, *periode, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_population_is_deterministic_and_16_to_75():
    a, b = synthetisch(5000, 7), synthetisch(5000, 7)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    leeftijd = (np.datetime64("2026-10-01") - a["geboortedatum"]).astype(int) / 365.25
    assert leeftijd.min() >= 16 and leeftijd.max() < 76


@pytest.mark.parametrize("pad", BIBLIOTHEEK, ids=lambda p: p.stem)
def test_counts_sum_to_population_for_every_output(pad, capsys):
    uit = compare_json(capsys, str(pad), "--population", "20000")
    assert uit["persons"] == 20000
    for naam, w in uit["outputs"].items():
        assert (
            sum(w[g] for g in ("blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht"))
            == 20000
        ), naam
        groepen = {"blijft_recht", "krijgt_recht", "verliest_recht", "blijft_zonder_recht", "oorzaken"}
        assert groepen <= set(w) <= groepen | {"verklaring", "voorbeelden", "bedragen", "schatting_nederland"}


def test_aow_age_reform_only_gains_levenlanglerenkrediet(capsys):
    uit = compare_json(capsys, str(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml"))
    llk = uit["outputs"]["levenlanglerenkrediet_recht"]
    assert uit["persons"] == 100000
    assert llk["krijgt_recht"] > 0
    assert llk["verliest_recht"] == 0
    assert llk["oorzaken"] == {"levenlanglerenkrediet_leeftijdsvoorwaarde": llk["krijgt_recht"]}


def test_several_reforms_side_by_side_and_a_plot(tmp_path, capsys):
    plot = tmp_path / "v.png"
    bestanden = [str(p) for p in BIBLIOTHEEK]
    assert (
        cli.main(["compare", *bestanden, "--population", "5000", "--periode", "2026-10", "--plot", str(plot)])
        == 0
    )
    uit = capsys.readouterr().out
    assert uit.count("Hervorming:") == len(bestanden)
    assert plot.stat().st_size > 1000


def test_malformed_reform_exits_non_zero_naming_the_path(tmp_path, capsys):
    slecht = tmp_path / "slecht.yaml"
    slecht.write_text(
        "naam: x\nbeschrijving: y\nbron:\n- title: t\n  href: https://example.org\n"
        "wijzigingen:\n  ww.scholing.niet_bestaand:\n    '2026-08-01': 24\n",
        encoding="utf-8",
    )
    assert cli.main(["compare", str(slecht), "--population", "100"]) == 2
    assert "ww.scholing.niet_bestaand" in capsys.readouterr().err


def test_population_file_csv(tmp_path, capsys):
    bestand = tmp_path / "p.csv"
    bestand.write_text(
        "geboortedatum,onderwijssector,opleidingsvorm,opleiding_graad,hoogste_opleidingsniveau\n"
        "1968-09-15,wo,deeltijd,master,bachelor\n"
        "1990-01-01,geen,voltijd,geen,mbo_4\n",
        encoding="utf-8",
    )
    uit = compare_json(
        capsys, str(REFORMS_DIR / "llk_maximumleeftijd_aow_leeftijd.yaml"), "--population", str(bestand)
    )
    assert uit["persons"] == 2
    assert uit["outputs"]["levenlanglerenkrediet_recht"]["krijgt_recht"] == 1


@pytest.mark.parametrize(
    ("inhoud", "woorden"),
    [
        ("geboortedatum,onderwijssector\n1968-02-30,wo\n", ["geboortedatum", "rij 2", "datum"]),
        (
            "geboortedatum,onderwijssector\n1968-02-01,universiteit\n",
            ["onderwijssector", "rij 2", "universiteit"],
        ),
        ("geboortedatum,ww_uitkering\n1968-02-01,true\n1970-01-01,misschien\n", ["ww_uitkering", "rij 3"]),
        ("onderwijssector\nwo\n", ["geboortedatum", "ontbreekt"]),
    ],
)
def test_bad_population_file_names_column_and_row(tmp_path, inhoud, woorden):
    bestand = tmp_path / "p.csv"
    bestand.write_text(inhoud, encoding="utf-8")
    with pytest.raises(GebruikersFout) as fout:
        lees_bestand(bestand, basissysteem())
    for woord in woorden:
        assert woord in str(fout.value)


def test_a_month_before_the_coverage_is_one_line_not_a_traceback(capsys):
    """wsf.studiefinanciering.minimumleeftijd_beroepsonderwijs has a value from 2000-09-01 on."""
    assert cli.main(["compare", "llk_bbl_en_deeltijd_mbo", "--period", "2000-01", "--population", "50"]) == 2
    fout = capsys.readouterr().err
    assert "valt buiten de gedekte periode" in fout and "Traceback" not in fout
