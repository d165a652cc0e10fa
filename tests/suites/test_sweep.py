"""`llo sweep`: one comparison per value of a parameter, on the same population."""

import json

import pytest

from openfisca_llo import commando as cli
from openfisca_llo.analyse.sweep import reeks
from openfisca_llo.fouten import GebruikersFout

LEEFTIJD = "wsf.levenlanglerenkrediet.maximumleeftijd"


def sweep_json(capsys, *args):
    assert cli.main(["sweep", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_reeks_tot_en_met_de_laatste_waarde():
    assert reeks(55, 67, 1) == list(range(55, 68))
    assert reeks(0.1, 0.3, 0.1) == [0.1, 0.2, 0.3]
    with pytest.raises(GebruikersFout, match="--stap"):
        reeks(1, 2, 0)
    with pytest.raises(GebruikersFout, match="--tot"):
        reeks(2, 1, 1)


def test_maximumleeftijd_55_tot_67_een_rij_per_waarde_en_monotoon_in_winnaars(capsys):
    reeks_ = ["--van", "55", "--tot", "67", "--stap", "1"]
    uit = sweep_json(
        capsys, LEEFTIJD, *reeks_, "--vanaf", "2027-08-01", "--periode", "2027-10", "--populatie", "20000"
    )
    rijen = uit["rijen"]
    assert [r["waarde"] for r in rijen] == list(range(55, 68))
    winnaars = [r["krijgt"] for r in rijen]
    assert winnaars == sorted(winnaars)
    # Geldend recht 57 (studiejaar 2024-2025 en later): 57 verandert niets, lager kost, hoger wint.
    bij = {r["waarde"]: r for r in rijen}
    assert bij[57]["krijgt"] == bij[57]["verliest"] == 0 and bij[57]["kosten"]["maximaal"] == 0
    assert bij[56]["verliest"] > 0 and bij[56]["krijgt"] == 0
    assert bij[58]["krijgt"] > 0 and bij[58]["verliest"] == 0
    assert set(bij[67]["krijgt_recht"]) == {"levenlanglerenkrediet_recht"}
    assert bij[67]["kosten"]["met_gebruik"] == pytest.approx(bij[67]["kosten"]["maximaal"] * 0.18, rel=1e-9)


def test_de_tabel_begint_elke_rij_met_de_waarde(capsys, tmp_path):
    plot = tmp_path / "s.png"
    args = [
        LEEFTIJD,
        "--van",
        "56",
        "--tot",
        "58",
        "--stap",
        "1",
        "--vanaf",
        "2027-08-01",
        "--periode",
        "2027-10",
    ]
    assert cli.main(["sweep", *args, "--populatie", "5000", "--plot", str(plot)]) == 0
    regels = capsys.readouterr().out.splitlines()
    kop = next(i for i, r in enumerate(regels) if r.lstrip().startswith("waarde"))
    assert [regels[kop + i].split()[0] for i in (1, 2, 3)] == ["56", "57", "58"]
    assert plot.stat().st_size > 1000


def test_een_waarde_buiten_het_bereik_wordt_geweigerd_met_alle_waarden(capsys):
    args = [
        LEEFTIJD,
        "--van",
        "99",
        "--tot",
        "102",
        "--stap",
        "1",
        "--vanaf",
        "2027-08-01",
        "--periode",
        "2027-10",
    ]
    assert cli.main(["sweep", *args, "--populatie", "100"]) == 2
    fout = capsys.readouterr().err
    assert "101 ligt buiten het plausibele bereik" in fout and "102 ligt buiten" in fout


def test_een_schakelaar_is_geen_sweep(capsys):
    args = ["wsf.levenlanglerenkrediet.mbo_bbl_toegestaan", "--van", "0", "--tot", "1", "--stap", "1"]
    assert cli.main(["sweep", *args, "--periode", "2027-10", "--populatie", "100"]) == 2
    assert "schakelaar" in capsys.readouterr().err
