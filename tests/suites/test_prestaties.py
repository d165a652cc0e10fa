"""The speed-ups give the same answers as OpenFisca's own paths; `llo bench` prints its figures.

Nothing here is timed: benchmarks print figures (`llo bench`, `llo bench-api`), tests check
that the faster code computes exactly what the slower code did.
"""

import copy
import json
from pathlib import Path

import numpy as np
import pytest
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_web_api import handlers

from openfisca_llo import commando as cli
from openfisca_llo.analyse.populatie import bouw_simulatie, codeer_enum, synthetisch
from openfisca_llo.enums import Beroepsklasse, Onderwijssector
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.contract import uitvoer
from openfisca_llo.regels.nlqf import nlqf_sleutel
from openfisca_llo.regels.parameterindex import per_sleutel
from openfisca_llo.web import vectorberekening

PERIODE = "2026-10"


@pytest.mark.parametrize(
    "pad", ["vouchers.slim_ontwikkelpaden.cruciale_sectoren", "vouchers.leervoucher.sectoren"]
)
def test_per_sleutel_equals_openfisca_fancy_indexing_on_an_enum(systeem, pad):
    knoop = systeem.parameters("2026-10-01")
    for deel in pad.split("."):
        knoop = knoop[deel]
    codes = np.random.default_rng(1).integers(0, len(Beroepsklasse), 500)
    sleutels = Beroepsklasse.encode(codes)
    verwacht = knoop[sleutels]
    gekregen = per_sleutel(knoop, sleutels)
    assert gekregen.dtype == verwacht.dtype
    assert np.array_equal(gekregen, verwacht)


def test_per_sleutel_equals_openfisca_fancy_indexing_on_strings(systeem):
    knoop = systeem.parameters("2026-10-01").vouchers.leervoucher.bedrag
    sleutels = nlqf_sleutel(np.array([0, 8, 3, 3, 12, -1]))
    assert np.array_equal(per_sleutel(knoop, sleutels), knoop[sleutels])


def test_per_sleutel_reports_an_unknown_key_as_openfisca_does(systeem):
    knoop = systeem.parameters("2026-10-01").vouchers.leervoucher.bedrag
    with pytest.raises(ParameterNotFoundError):
        per_sleutel(knoop, np.array(["nlqf_1", "bestaat_niet"]))


def test_codeer_enum_equals_openfisca_encode_and_rejects_unknown_names():
    waarden = np.array(["geen", "wo", "mbo", "hbo", "wo"], dtype=object)
    assert np.array_equal(codeer_enum(waarden, Onderwijssector), Onderwijssector.encode(waarden.astype(str)))
    with pytest.raises(GebruikersFout, match="universiteit"):
        codeer_enum(np.array(["wo", "universiteit"], dtype=object), Onderwijssector)


def _oude_simulatie(systeem, populatie):
    """The simulation as built before the speed-up: string ids, OpenFisca's own encoding."""
    n = len(populatie["geboortedatum"])
    bouwer = SimulationBuilder()
    bouwer.create_entities(systeem)
    bouwer.declare_person_entity("persoon", [str(i) for i in range(n)])
    simulatie = bouwer.build(systeem)
    for kolom, waarden in populatie.items():
        variabele = systeem.variables.get(kolom)
        if variabele is None or variabele.formulas:
            continue
        doel = "ETERNITY" if variabele.definition_period == "eternity" else PERIODE
        if variabele.value_type.__name__ == "Enum":
            if hasattr(waarden, "decode_to_str"):  # the synthetic population holds enum codes
                waarden = waarden.decode_to_str()
            waarden = variabele.possible_values.encode(np.asarray(waarden, dtype=str))
        simulatie.set_input(kolom, doel, waarden)
    return simulatie


def test_population_simulation_gives_the_same_outputs_as_before(systeem):
    populatie = synthetisch(3000, 11, peildatum=f"{PERIODE}-01")
    nieuw, oud = bouw_simulatie(systeem, populatie, PERIODE), _oude_simulatie(systeem, populatie)
    for naam in uitvoer(systeem) + ["leervoucher_recht", "slim_ontwikkelpaden_subsidiabele_scholing"]:
        if naam in systeem.variables:
            assert np.array_equal(nieuw.calculate(naam, PERIODE), oud.calculate(naam, PERIODE)), naam


def test_llo_bench_prints_its_figures_as_json(capsys):
    assert cli.main(["bench", "--persons", "500", "--runs", "1", "--format", "json", "--all-cores"]) == 0
    uit = json.loads(capsys.readouterr().out)
    for veld in ("build_seconds", "compute_seconds", "persons_per_second", "peak_rss_mb", "floor_seconds"):
        assert uit[veld] > 0, veld
    assert uit["persons"] == 500
    assert uit["compare"]["compare_seconds"] > 0


def test_llo_bench_parallel_compares_three_ways_to_the_same_json(capsys):
    # Three parts of the synthetic population: in this process, in 2 processes and on a warm
    # 2-worker Dask cluster; the figures are printed, the answers must be identical.
    argv = ["bench", "--parallel", "3000", "--chunk-size", "1000", "--workers", "2", "--format", "json"]
    assert cli.main(argv) == 0
    uit = json.loads(capsys.readouterr().out)
    assert uit["gelijk"] is True and uit["chunks"] == 3 and uit["persons"] == 3000
    for veld in ("een_proces_seconds", "processen_seconds", "dask_seconds", "dask_start_seconds"):
        assert uit[veld] > 0, veld
    assert uit["numpy_controle"]["speedup"] > 0


def test_llo_bench_parallel_needs_two_workers(capsys):
    assert cli.main(["bench", "--parallel", "3000", "--workers", "1"]) == 2
    assert "--workers minstens 2" in capsys.readouterr().err


def _situaties():
    from openfisca_llo.meten.bench_api import batch_situatie, situaties

    for nummer, situatie in enumerate(situaties(40)):
        yield f"bench_{nummer}", situatie
    yield "batch_300", batch_situatie(300)
    for pad in sorted((Path(__file__).parents[2] / "openfisca_llo" / "situation_examples").glob("*.json")):
        yield pad.stem, json.loads(pad.read_text(encoding="utf-8"))


# The fast path declines a situation with an input given for a year (spread over its months by
# OpenFisca); the example of Bram (STAP, insured per calendar year) is one. Every other situation
# must go through the fast path, so that the comparison below is never skipped.
GEWEIGERD: set[str] = set()  # every example situation has the plain shape
SITUATIES = list(_situaties())


@pytest.mark.parametrize("naam, situatie", SITUATIES, ids=[naam for naam, _ in SITUATIES])
def test_vectorised_calculate_equals_openfisca_handler(systeem, naam, situatie):
    snel = vectorberekening.bereken(systeem, copy.deepcopy(situatie))
    if naam in GEWEIGERD:
        assert snel is None, f"{naam}: the fast path now handles it; compare it and drop it from GEWEIGERD"
        return
    assert snel is not None, f"{naam}: the fast path declined"
    verwacht = handlers.calculate(systeem, copy.deepcopy(situatie))
    assert snel == verwacht
    assert json.dumps(snel, sort_keys=True) == json.dumps(verwacht, sort_keys=True)


@pytest.mark.parametrize(
    "situatie",
    [
        {"personen": {"a": {"leeftijd": {"2026": None}}}},
        {"personen": {"a": {"ww_uitkering": {"2026-10": "abc"}}}},
        {"personen": {"a": {"onderwijssector": {"2026-10": "universiteit"}}}},
        {"personen": {"a": {"bestaat_niet": {"2026-10": None}}}},
        {"personen": {"a": {"leeftijd": {"2026-10": None}}}, "axes": []},
        {"personen": {}},
    ],
)
def test_vectorised_calculate_leaves_other_shapes_to_openfisca(systeem, situatie):
    assert vectorberekening.bereken(systeem, situatie) is None


def test_api_answers_calculate_and_caches_a_reform_by_its_document():
    from openfisca_llo.hervorming import lees_hervorming
    from openfisca_llo.meten.bench_api import situaties
    from openfisca_llo.web.api import maak_app

    app = maak_app()
    client = app.test_client()
    situatie = situaties(1)[0]
    assert client.post("/calculate", json=situatie).get_json() == handlers.calculate(
        app.config["LLO_SYSTEEM"], copy.deepcopy(situatie)
    )
    document = lees_hervorming("llk_maximumleeftijd_aow_leeftijd")
    eerste = client.post("/compare", json={"situation": situatie, "reform": document})
    tweede = client.post("/compare", json={"situation": situatie, "reform": copy.deepcopy(document)})
    assert eerste.status_code == tweede.status_code == 200
    assert eerste.get_json() == tweede.get_json()
