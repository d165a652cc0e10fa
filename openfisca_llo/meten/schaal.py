"""`llo bench --scale`: the whole Dutch population (18 million persons) from a Parquet file.

Writes the synthetic population of `omvang` persons to a Parquet file part by part (never the
whole population in memory), then runs `llo compare` of one reform on that file in parts of
`brokgrootte` persons, on `werkers` local processes, and reports the time, the persons per
second and the peak memory (resident set) of this process and of the largest worker (sampled
every 0.1 s).
"""

from __future__ import annotations

import os
import tempfile
import threading
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
from openfisca_llo.meten.bench import STANDAARD_HERVORMING, STANDAARD_PERIODE, piek_rss_mb
from openfisca_llo.tax_benefit_system import basissysteem

NEDERLAND = 18_000_000
BYTES_PER_MB = 1024 * 1024


class PiekKinderen:
    """Samples the resident set of every descendant process (workers started by a fork server or
    a Dask nanny are no direct children, so `RUSAGE_CHILDREN` misses them); the largest, in MB."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.piek, self._stop = interval, 0, threading.Event()

    def _meet(self):
        import psutil

        ik = psutil.Process()
        while not self._stop.wait(self.interval):
            for kind in ik.children(recursive=True):
                try:
                    self.piek = max(self.piek, kind.memory_info().rss)
                except psutil.Error:
                    pass

    def __enter__(self):
        self._draad = threading.Thread(target=self._meet, daemon=True)
        self._draad.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._draad.join()

    @property
    def mb(self) -> float:
        return round(self.piek / BYTES_PER_MB, 1)


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
        with PiekKinderen() as kinderen:
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
        "peak_rss_mb_worker": kinderen.mb if werkers > 1 else None,
        "persons_checked": resultaat["persons"],
    }
