"""The default `llo overzicht` is compact: rights held in full, the rest one line each."""

import subprocess
import sys
from pathlib import Path

VOORBEELD = (
    Path(__file__).resolve().parents[2]
    / "openfisca_llo"
    / "situation_examples"
    / "ww_45_scholing_kansberoep.json"
)


def overzicht(*extra):
    llo = Path(sys.executable).parent / "llo"
    uit = subprocess.run(
        [str(llo), "overzicht", str(VOORBEELD), "--periode", "2026-10", "--kleur", "nooit", *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return uit.stdout


def test_kort_toont_gehouden_rechten_en_gesloten_regelingen_op_een_regel():
    kort = overzicht()
    # Peter (45, WW, 10 months towards a kansberoep): necessary training under WW art. 76.
    assert "✔ Voldoet aan de criteria voor scholing die UWV als noodzakelijk kan aanmerken" in kort
    gesloten = [regel for regel in kort.splitlines() if regel.startswith("Niet open in oktober 2026:")]
    assert len(gesloten) == 1 and "stap_budget_recht" in gesloten[0]  # STAP ended 2023-12-31
    assert "studievoucher_recht" not in gesloten[0]  # its cash replacement is open since 2023-09-01


def test_alles_is_langer_en_noemt_elke_bron():
    kort, alles = overzicht(), overzicht("--alles")
    assert len(alles.splitlines()) > len(kort.splitlines())
    assert alles.count("bron: ") > kort.count("bron: ")
