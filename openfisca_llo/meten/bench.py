"""Benchmarks that print figures (never timed tests): a population, and a reform comparison.

`meet(omvang)` builds the synthetic population of `omvang` persons (openfisca_llo.analyse.populatie),
computes every contract output (openfisca_llo.regels.contract) for one month, and then compares one
reform with the current law on the same persons (openfisca_llo.analyse.vergelijking), as `llo compare`
does, and finally times the whole `llo compare` command, drawing the population included
(`compare_command`). In the same process it measures a floor: the time numpy takes to read every input array
of the simulation once (a sum over each), so that the ratio of the engine to plain numpy is
visible. Timings are the median of `herhalingen` runs, each on a fresh simulation (OpenFisca
caches what it has computed); peak memory is the process's maximum resident set size.

By default the process runs on one CPU core (`os.sched_setaffinity`), as the targets ask.
"""

from __future__ import annotations

import gc
import os
import platform
import resource
import statistics
import time

import numpy as np

from openfisca_llo.analyse import verdeeld, zaaien
from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE, synthetische_brokken
from openfisca_llo.analyse.populatie import STANDAARD_ZAAD, bouw_simulatie, invoerwaarden, synthetisch
from openfisca_llo.analyse.vergelijking import vergelijk
from openfisca_llo.hervorming import laad, lees_hervorming
from openfisca_llo.regels.contract import uitvoer
from openfisca_llo.tax_benefit_system import basissysteem

STANDAARD_PERIODE = "2026-10"
STANDAARD_HERVORMING = "llk_maximumleeftijd_aow_leeftijd"
STANDAARD_HERHALINGEN = 3
BYTES_PER_MB = 1024 * 1024
#: `llo` in a child process with this very interpreter: `python -c LLO subcommand ...`.
LLO = "import sys; from openfisca_llo.commando import main; sys.exit(main())"
KB_PER_MB = 1024


def piek_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is in KB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KB_PER_MB, 1)


def een_kern() -> int | None:
    """Pin this process to one core; returns the core, or None where that is not possible."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    kern = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {kern})
    return kern


def _leesbaar(waarden: np.ndarray) -> np.ndarray:
    """The array as numbers numpy can sum (dates as their day numbers)."""
    if waarden.dtype.kind == "M":
        return waarden.view(np.int64)
    return waarden


def vloer(invoer: dict) -> float:
    """Seconds numpy takes to read every input array once (a sum over each)."""
    arrays = [_leesbaar(np.asarray(w)) for w in invoer.values()]
    begin = time.perf_counter()
    for array in arrays:
        np.sum(array)
    return time.perf_counter() - begin


def _afgerond(seconden: float) -> float:
    return round(seconden, 4)


def meet(
    omvang: int,
    periode: str = STANDAARD_PERIODE,
    hervorming: str | None = STANDAARD_HERVORMING,
    herhalingen: int = STANDAARD_HERHALINGEN,
    zaad: int = STANDAARD_ZAAD,
) -> dict:
    """Build, compute and compare on `omvang` persons; the figures as a dict (see module doc)."""
    begin = time.perf_counter()
    systeem = basissysteem()
    systeem_seconden = time.perf_counter() - begin
    namen = uitvoer(systeem)

    begin = time.perf_counter()
    populatie = synthetisch(omvang, zaad, peildatum=f"{periode}-01")
    populatie_seconden = time.perf_counter() - begin

    bouw, reken, vloeren = [], [], []
    for _ in range(max(herhalingen, 1)):
        gc.collect()
        begin = time.perf_counter()
        simulatie = bouw_simulatie(systeem, populatie, periode)
        bouw.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        for naam in namen:
            np.asarray(simulatie.calculate(naam, periode))
        reken.append(time.perf_counter() - begin)
        vloeren.append(vloer(invoerwaarden(systeem, populatie)))
        del simulatie
    rekentijd = statistics.median(reken)
    vloertijd = statistics.median(vloeren)
    uit = {
        "persons": omvang,
        "period": periode,
        "outputs": len(namen),
        "runs": len(reken),
        "system_seconds": _afgerond(systeem_seconden),
        "population_seconds": _afgerond(populatie_seconden),
        "build_seconds": _afgerond(statistics.median(bouw)),
        "compute_seconds": _afgerond(rekentijd),
        "compute_seconds_all_runs": [_afgerond(s) for s in reken],
        "persons_per_second": round(omvang / rekentijd) if rekentijd else None,
        "floor_seconds": round(vloertijd, 6),
        "ratio_to_floor": round(rekentijd / vloertijd, 1) if vloertijd else None,
        "peak_rss_mb": piek_rss_mb(),
        "input_mb": round(
            sum(np.asarray(w).nbytes for w in invoerwaarden(systeem, populatie).values()) / BYTES_PER_MB, 1
        ),
    }
    if hervorming:
        uit["compare"] = meet_vergelijking(systeem, populatie, periode, hervorming, herhalingen)
        del populatie
        uit["compare_command"] = meet_commando(omvang, periode, hervorming, herhalingen, zaad)
    return uit


def meet_commando(omvang, periode, hervorming, herhalingen, zaad) -> dict:
    """The whole `llo compare` of one reform on the built-in population, as the command runs it:
    read the reform, draw the population, apply the reform, trace the read graph for seeding,
    both simulations, the comparison. Only the baseline system (`system_seconds`) and Python's
    imports are built before the clock starts; every cache of a previous run is emptied."""
    tijden = []
    for _ in range(max(herhalingen, 1)):
        verdeeld._hervormd.clear()
        zaaien._grafen.clear()
        gc.collect()
        begin = time.perf_counter()
        document = lees_hervorming(hervorming)
        brokken = synthetische_brokken(omvang, zaad, f"{periode}-01", _brokgrootte(omvang))
        verdeeld.vergelijk_in_brokken([document], brokken, periode, voortgang=False)
        tijden.append(time.perf_counter() - begin)
    tijd = statistics.median(tijden)
    return {
        "compare_command_seconds": _afgerond(tijd),
        "compare_command_seconds_all_runs": [_afgerond(s) for s in tijden],
        "persons_per_second": round(omvang / tijd) if tijd else None,
        "peak_rss_mb": piek_rss_mb(),
    }


def _brokgrootte(omvang: int) -> int | None:
    return STANDAARD_BROKGROOTTE if omvang > STANDAARD_BROKGROOTTE else None


def meet_vergelijking(systeem, populatie, periode, hervorming, herhalingen) -> dict:
    """`llo compare` of one reform: load and apply the reform, build both simulations, compare."""
    tijden = []
    naam = hervorming
    for _ in range(max(herhalingen, 1)):
        gc.collect()
        begin = time.perf_counter()
        document, hervormd = laad(hervorming, systeem)
        vergelijk(systeem, [(document["naam"], hervormd)], populatie, periode, voortgang=False)
        tijden.append(time.perf_counter() - begin)
        naam = document["naam"]
    tijd = statistics.median(tijden)
    omvang = len(next(iter(populatie.values())))
    return {
        "reform": naam,
        "compare_seconds": _afgerond(tijd),
        "compare_seconds_all_runs": [_afgerond(s) for s in tijden],
        "persons_per_second": round(omvang / tijd) if tijd else None,
        "peak_rss_mb": piek_rss_mb(),
    }


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
