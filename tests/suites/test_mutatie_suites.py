"""The mutation check runs the pytest suites that compute the rules against a surviving mutant
(tests/mutatie_suites.py): every suite file is either run or left out with its reason."""

from pathlib import Path

from tests.mutatie_suites import REGELSUITES, UITGESLOTEN

SUITES = Path(__file__).resolve().parent


def test_elke_suite_is_gekozen_of_met_reden_uitgesloten():
    bestanden = {pad.name for pad in SUITES.glob("test_*.py")}
    assert not set(REGELSUITES) & set(UITGESLOTEN), set(REGELSUITES) & set(UITGESLOTEN)
    assert bestanden == set(REGELSUITES) | set(UITGESLOTEN), bestanden ^ (set(REGELSUITES) | set(UITGESLOTEN))
    assert all(len(reden) > 20 for reden in UITGESLOTEN.values())


def test_de_eigenschappen_en_de_uit_de_wet_afgeleide_suites_lopen_mee():
    for naam in (
        "test_eigenschappen.py",
        "test_eigenschappen_gebieden.py",
        "test_kalender.py",
        "test_vouchers.py",
    ):
        assert naam in REGELSUITES
