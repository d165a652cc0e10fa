"""`llo bench --parallel N`: the speed-up of a comparison in parts over processes and over Dask.

The same comparison of one reform on the synthetic population of N persons, in parts, four ways:
- in this process, part after part (the reference);
- on `werkers` local processes (`--workers`), each started for the run and building its system;
- on a Dask cluster of `werkers` processes that is already running and warm (every worker has
  built the tax-benefit system and the reform once), as a cluster that serves drafters is: the
  time is the comparison's, not the cluster's start;
- the start of that cluster, reported on its own.

All three comparisons must give the same JSON (`gelijk`). A control says what the machine can
give: plain numpy work (no engine) done `werkers` times one after the other and in `werkers`
processes at once; on cores that other work keeps busy, no program can be faster than that
control shows, so the comparison's speed-up is reported next to it.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import time

import numpy as np

from openfisca_llo.analyse.brokken import STANDAARD_BROKGROOTTE, synthetische_brokken
from openfisca_llo.analyse.populatie import STANDAARD_ZAAD
from openfisca_llo.analyse.verdeeld import hervormd_systeem, vergelijk_in_brokken
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.meten.bench import STANDAARD_HERVORMING, STANDAARD_PERIODE
from openfisca_llo.tax_benefit_system import basissysteem

STANDAARD_PARALLEL = 5_000_000
CONTROLE_GROOTTE = 4_000_000
CONTROLE_HERHALINGEN = 40


def _warm(documenten: list[dict]) -> None:
    """Build the system and every reform in this process (run on each Dask worker)."""
    basis = basissysteem()
    for document in documenten:
        hervormd_systeem(document, basis)


def _numpy_werk(_=None) -> float:
    rij = np.arange(CONTROLE_GROOTTE, dtype=np.float64)
    for _ in range(CONTROLE_HERHALINGEN):
        rij = rij * 1.000001
    return float(rij[-1])


def numpy_controle(werkers: int) -> dict:
    """Seconds for `werkers` pieces of numpy work one after the other, and in `werkers` processes."""
    begin = time.perf_counter()
    for _ in range(werkers):
        _numpy_werk()
    na_elkaar = time.perf_counter() - begin
    with multiprocessing.get_context("forkserver").Pool(werkers) as pool:
        pool.map(_numpy_werk, range(werkers))  # the pool is started before the clock
        begin = time.perf_counter()
        pool.map(_numpy_werk, range(werkers))
        tegelijk = time.perf_counter() - begin
    return {
        "na_elkaar_seconds": round(na_elkaar, 3),
        "tegelijk_seconds": round(tegelijk, 3),
        "speedup": round(na_elkaar / tegelijk, 2),
    }


def meet_parallel(
    omvang: int = STANDAARD_PARALLEL,
    werkers: int = 2,
    hervorming: str = STANDAARD_HERVORMING,
    periode: str = STANDAARD_PERIODE,
    brokgrootte: int = STANDAARD_BROKGROOTTE,
    zaad: int = STANDAARD_ZAAD,
) -> dict:
    try:
        from distributed import Client, LocalCluster
    except ImportError as fout:
        raise GebruikersFout(
            "--parallel vraagt dask.distributed, dat niet is geïnstalleerd (pip install 'openfisca-llo[dask]')"
        ) from fout

    documenten = [lees_hervorming(hervorming)]
    brokken = synthetische_brokken(omvang, zaad, f"{periode}-01", brokgrootte)

    def vergelijk(**opties):
        begin = time.perf_counter()
        uit = vergelijk_in_brokken(documenten, brokken, periode, voortgang=False, **opties)
        return time.perf_counter() - begin, json.dumps(uit, sort_keys=True)

    _warm(documenten)
    een_s, een = vergelijk()
    processen_s, processen = vergelijk(werkers=werkers)
    begin = time.perf_counter()
    with LocalCluster(
        n_workers=werkers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster:
        with Client(cluster) as client:
            client.wait_for_workers(werkers)
            client.run(_warm, documenten)
        start_s = time.perf_counter() - begin
        dask_s, via_dask = vergelijk(dask=cluster.scheduler_address, werkers=werkers)
    return {
        "persons": omvang,
        "period": periode,
        "reform": documenten[0]["naam"],
        "chunk_size": brokgrootte,
        "chunks": len(brokken),
        "workers": werkers,
        "een_proces_seconds": round(een_s, 2),
        "processen_seconds": round(processen_s, 2),
        "processen_speedup": round(een_s / processen_s, 2),
        "dask_start_seconds": round(start_s, 2),
        "dask_seconds": round(dask_s, 2),
        "dask_speedup": round(een_s / dask_s, 2),
        "gelijk": een == processen == via_dask,
        "numpy_controle": numpy_controle(werkers),
    }


def tekst(uit: dict) -> str:
    controle = uit["numpy_controle"]
    return "\n".join(
        [
            f"llo compare '{uit['reform']}' op {uit['persons']:,} personen, maand {uit['period']}, "
            f"{uit['chunks']} delen van {uit['chunk_size']:,}",
            f"  één proces:                         {uit['een_proces_seconds']:7.2f} s",
            f"  {uit['workers']} processen (elk gestart en gebouwd): {uit['processen_seconds']:7.2f} s  "
            f"{uit['processen_speedup']:.2f}x",
            f"  Dask, {uit['workers']} werkers, warm:              {uit['dask_seconds']:7.2f} s  "
            f"{uit['dask_speedup']:.2f}x  (het cluster starten en opwarmen: {uit['dask_start_seconds']:.2f} s)",
            f"  zelfde JSON: {'ja' if uit['gelijk'] else 'NEE'}",
            f"controle, numpy zonder engine: {uit['workers']} stukken na elkaar "
            f"{controle['na_elkaar_seconds']:.3f} s, tegelijk {controle['tegelijk_seconds']:.3f} s: "
            f"{controle['speedup']:.2f}x (meer kan deze machine nu niet geven)",
        ]
    )
