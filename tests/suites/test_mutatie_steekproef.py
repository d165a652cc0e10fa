"""A seeded sample of the mutation check runs in `make test`: 50 mutants spread over every rule
area and the helper modules (every kind of mutant); each must be killed by the YAML tests or the
boundary cases, or shown equivalent on the grid of generated persons, or (when the grid tells it
apart) killed by the pytest suites that compute the rules. A change that weakens the tests of an
area fails here, not only in `make mutation`. The grid is smaller here (1 draw per area and
month) than in the full run, and there is no trace (`--snel`, see tests/mutatie.py)."""

import sys

from tests import mutatie

STEEKPROEF = 50
ZAAD = 17


def test_steekproef_van_mutanten_wordt_gedood_of_is_aantoonbaar_gelijkwaardig(tmp_path, capsys):
    code = mutatie.main(
        [
            "--steekproef",
            str(STEEKPROEF),
            "--zaad",
            str(ZAAD),
            "--raster",
            "1",
            "--resultaten",
            str(tmp_path / "steekproef.jsonl"),
            "--snel",
        ]
    )
    uit = capsys.readouterr().out
    sys.stdout.write(uit)
    assert f"Mutanten: {STEEKPROEF}" in uit
    assert code == 0, uit[uit.find("OVERLEEFT") :]
