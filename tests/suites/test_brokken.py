"""A population in parts gives the same JSON however it is divided, wherever the parts run.

Small populations (a few thousand persons), so that `make test` stays fast: 1, 3 and 7 parts
of the synthetic population, of a CSV file and of a Parquet file holding the same persons, in
this process, in two local processes, and on a Dask LocalCluster (`--dask local`).
"""

import json

import numpy as np
import pytest

from openfisca_llo import commando as cli
from openfisca_llo.analyse import brokken
from openfisca_llo.analyse.populatie import synthetisch, synthetisch_deel
from openfisca_llo.analyse.populatie.schrijven import schrijf
from openfisca_llo.analyse.populatie.synthetisch import BLOKGROOTTE, blokzaad
from openfisca_llo.analyse.voorbeelden import AANTAL
from openfisca_llo.paths import REFORMS_DIR

BIBLIOTHEEK = [str(p) for p in sorted(REFORMS_DIR.glob("*.yaml"))]
PERSONEN = 3000
ZAAD = 5


PERIODE = "2026-10"  # the month the files' persons were drawn for (synthetisch's peildatum)


def vergelijking(capsys, *args) -> str:
    assert (
        cli.main(["compare", *BIBLIOTHEEK, *args, "--periode", PERIODE, "--format", "json", "--uitsplitsing"])
        == 0
    )
    return capsys.readouterr().out


def zonder_herkomst(uitvoer: str) -> list[dict]:
    """The comparison without what names the population's origin: the request, the receipt and
    the label of the estimates differ between a file and the synthetic population it holds."""
    resultaten = json.loads(uitvoer)
    for resultaat in resultaten:
        resultaat.pop("verzoek"), resultaat.pop("bewijs")
        resultaat["schatting"].pop("label")
    return resultaten


@pytest.fixture(scope="module")
def bestanden(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("bevolking")
    populatie = synthetisch(PERSONEN, ZAAD)
    paden = {soort: map_ / f"bevolking.{soort}" for soort in ("csv", "parquet")}
    for pad in paden.values():
        assert schrijf([populatie], pad) == PERSONEN
    return paden


@pytest.fixture(scope="module")
def in_een_keer(bestanden):
    """The comparison of the synthetic population in one part, in this process."""
    import io
    from contextlib import redirect_stdout

    uit = io.StringIO()
    with redirect_stdout(uit):
        assert cli.main(["compare", *BIBLIOTHEEK, "--population", str(PERSONEN), "--seed", str(ZAAD),
                         "--periode", PERIODE, "--format", "json", "--uitsplitsing"]) == 0  # fmt: skip
    return uit.getvalue()


@pytest.mark.parametrize("delen", [1, 3, 7])
def test_synthetic_population_in_parts_gives_identical_json(capsys, in_een_keer, delen):
    grootte = -(-PERSONEN // delen)
    assert len(brokken.synthetische_brokken(PERSONEN, ZAAD, "2026-10-01", grootte)) == delen
    uit = vergelijking(capsys, "--population", str(PERSONEN), "--seed", str(ZAAD), "--chunk-size", str(grootte))
    assert uit == in_een_keer


@pytest.mark.parametrize("delen", [1, 3, 7])
@pytest.mark.parametrize("soort", ["csv", "parquet"])
def test_a_file_in_parts_gives_the_json_of_the_same_persons_in_memory(
    capsys, bestanden, in_een_keer, soort, delen
):
    grootte = -(-PERSONEN // delen)
    assert len(brokken.bestandsbrokken(bestanden[soort], _systeem(), grootte)) == delen
    uit = vergelijking(capsys, "--population", str(bestanden[soort]), "--chunk-size", str(grootte))
    assert zonder_herkomst(uit) == zonder_herkomst(in_een_keer)


def _systeem():
    from openfisca_llo.tax_benefit_system import basissysteem

    return basissysteem()


def test_two_local_processes_give_identical_json(capsys, in_een_keer):
    uit = vergelijking(capsys, "--population", str(PERSONEN), "--seed", str(ZAAD), "--chunk-size", "1000",
                       "--workers", "2")  # fmt: skip
    assert uit == in_een_keer


def test_dask_local_gives_the_json_of_the_in_process_run(capsys, bestanden, in_een_keer):
    """Two Dask worker processes, each building the system itself; parts read from a file."""
    uit = vergelijking(capsys, "--population", str(bestanden["parquet"]), "--chunk-size", "1000",
                       "--dask", "local", "--workers", "2")  # fmt: skip
    assert zonder_herkomst(uit) == zonder_herkomst(in_een_keer)


def test_parts_of_the_synthetic_population_are_the_same_persons_across_blocks():
    """Parts that cut through a generation block, and one of a single person."""
    omvang = BLOKGROOTTE * 2 + 123
    heel = synthetisch(omvang, 9)
    grenzen = [0, 1000, BLOKGROOTTE - 1, BLOKGROOTTE + 1, BLOKGROOTTE + 2, omvang]
    delen = [
        synthetisch_deel(omvang, 9, "2026-10-01", a, b) for a, b in zip(grenzen, grenzen[1:], strict=False)
    ]
    for kolom, waarden in heel.items():
        samen = np.concatenate([np.asarray(deel[kolom]) for deel in delen])
        assert np.array_equal(np.asarray(waarden), samen), kolom


def test_block_seeds_are_the_children_that_spawn_makes():
    kinderen = np.random.SeedSequence(2026).spawn(4)
    for blok, kind in enumerate(kinderen):
        assert np.array_equal(blokzaad(2026, blok).generate_state(4), kind.generate_state(4))


def test_merge_sums_counts_keeps_names_and_first_example_ids():
    a = {
        "reform": "r",
        "persons": 3,
        "outputs": {"x": {"krijgt_recht": 1, "oorzaken": {"b": 1}, "ids": [4, 9]}},
    }
    b = {
        "reform": "r",
        "persons": 2,
        "outputs": {"x": {"krijgt_recht": 2, "oorzaken": {"a": 2}, "ids": [1, 2, 3, 5]}},
    }
    samen = brokken.voeg_samen(a, b)
    assert samen["persons"] == 3 + 2
    assert samen["outputs"]["x"]["krijgt_recht"] == 1 + 2
    assert samen["outputs"]["x"]["oorzaken"] == {"b": 1, "a": 2}
    assert samen["outputs"]["x"]["ids"] == [1, 2, 3, 4, 5][:AANTAL]
    with pytest.raises(ValueError):
        brokken.voeg_samen({"reform": "r"}, {"reform": "s"})


def test_merge_orders_causes_and_counts_as_the_whole_comparison():
    oorzaken = {"levenlanglerenkrediet_opleidingsvoorwaarde": 2, "levenlanglerenkrediet_leeftijdsvoorwaarde": 1}
    uitsplitsing = {"verliest_recht": {"sector": {"wo": 1, "hbo": 2}}, "krijgt_recht": {"sector": {"mbo": 1}}}
    resultaat = {
        "outputs": {"levenlanglerenkrediet_recht": {"oorzaken": oorzaken, "uitsplitsing": uitsplitsing}}
    }
    uit = brokken.orden(resultaat)["outputs"]["levenlanglerenkrediet_recht"]
    assert list(uit["uitsplitsing"]) == ["krijgt_recht", "verliest_recht"]
    assert list(uit["uitsplitsing"]["verliest_recht"]["sector"]) == ["hbo", "wo"]
    from openfisca_llo.regels.voorwaarden import VOORWAARDEN

    volgorde = [v for v in VOORWAARDEN["levenlanglerenkrediet_recht"] if v in uit["oorzaken"]]
    assert list(uit["oorzaken"]) == volgorde


def test_enum_columns_hold_codes_and_compare_with_names():
    """A column of codes still answers `kolom == "wo"` as the column of names did."""
    from openfisca_llo.enums import Onderwijssector

    kolom = synthetisch(2000, 3)["onderwijssector"]
    namen = kolom.decode_to_str()
    assert np.array_equal(kolom == "wo", namen == "wo")
    assert np.array_equal(kolom != "wo", namen != "wo")
    assert np.array_equal(kolom == Onderwijssector.wo, namen == "wo")
    assert 0 < int((kolom == "wo").sum()) < len(kolom)
    with pytest.raises(ValueError, match="universiteit"):
        _ = kolom == "universiteit"
