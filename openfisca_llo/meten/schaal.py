"""`llo bench --scale`: the whole Dutch population (18 million persons) from a Parquet file.

Writes the synthetic population of `omvang` persons to a Parquet file part by part (never the
whole population in memory), then runs `llo compare` of one reform on that file in parts of
`brokgrootte` persons, on `werkers` local processes, and reports the time, the persons per
second and the peak memory (resident set) of this process and of the largest worker.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from openfisca_llo.analyse.brokken import (
    STANDAARD_BROKGROOTTE,
    bestandsbrokken,
    lees_brok,
    synthetische_brokken,
)
from openfisca_llo.analyse.populatie import STANDAARD_ZAAD
from openfisca_llo.analyse.populatie.schrijven import schrijf
from openfisca_llo.analyse.verdeeld import vergelijk_in_brokken
from openfisca_llo.hervorming import lees_hervorming
from openfisca_llo.meten.bench import KB_PER_MB, STANDAARD_HERVORMING, STANDAARD_PERIODE, piek_rss_mb
from openfisca_llo.tax_benefit_system import basissysteem

NEDERLAND = 18_000_000
BYTES_PER_MB = 1024 * 1024


def piek_rss_kinderen_mb() -> float:
    """Peak resident set size of the largest child process waited for, in MB."""
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / KB_PER_MB, 1)


def meet_schaal(
    omvang: int = NEDERLAND,
    pad: str | None = None,
    brokgrootte: int = STANDAARD_BROKGROOTTE,
    werkers: int = 2,
    hervorming: str = STANDAARD_HERVORMING,
    periode: str = STANDAARD_PERIODE,
    zaad: int = STANDAARD_ZAAD,
) -> dict:
    systeem = basissysteem()
    with tempfile.TemporaryDirectory() as map_:
        bestand = Path(pad) if pad else Path(map_) / "bevolking.parquet"
        begin = time.perf_counter()
        delen = synthetische_brokken(omvang, zaad, f"{periode}-01", brokgrootte)
        schrijf((lees_brok(deel, systeem) for deel in delen), bestand)
        schrijftijd = time.perf_counter() - begin
        grootte = os.path.getsize(bestand)

        begin = time.perf_counter()
        document = lees_hervorming(hervorming)
        brokken = bestandsbrokken(bestand, systeem, brokgrootte)
        (resultaat,) = vergelijk_in_brokken([document], brokken, periode, werkers)
        tijd = time.perf_counter() - begin
    return {
        "persons": omvang,
        "period": periode,
        "reform": resultaat["reform"],
        "chunk_size": brokgrootte,
        "chunks": len(brokken),
        "workers": werkers,
        "write_seconds": round(schrijftijd, 2),
        "file_mb": round(grootte / BYTES_PER_MB, 1),
        "compare_seconds": round(tijd, 2),
        "persons_per_second": round(omvang / tijd) if tijd else None,
        "peak_rss_mb_main": piek_rss_mb(),
        "peak_rss_mb_worker": piek_rss_kinderen_mb() if werkers > 1 else None,
        "persons_checked": resultaat["persons"],
    }
