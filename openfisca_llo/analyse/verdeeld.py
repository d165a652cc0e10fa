"""A comparison computed part by part: in this process, in local processes, or on a Dask cluster.

Each part (`Brok`, openfisca_llo/analyse/brokken.py) is counted on its own by `reken_brok`
(`vergelijk_ruw`: counts, sums, the first example ids numbered over the whole population), the
counts are merged (`voeg_samen`), and what follows from them (causes named by parameter, cost,
warnings, example inputs) is derived once from the merged counts (`rond_af_alle`), exactly as
for a population in one piece: peak memory follows the size of a part, not of the population,
and the JSON is the same however the population is divided.

What travels to a worker is the part's description and the reform documents (small dicts);
the tax-benefit system is built inside each worker process (once, `basissysteem()`), and each
reform is applied there once per document (kept under the SHA-256 of its canonical JSON).

- in this process (`werkers=1`, no `dask`): part after part;
- `werkers=N`: N local processes (`concurrent.futures`, from a fork server), parts in order;
- `dask=ADDRESS`: an existing `dask.distributed` scheduler (`tcp://host:8786`), or `"local"`
  for a `LocalCluster` of `werkers` processes started here (a demonstration, and the tests).
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
from collections.abc import Callable

from openfisca_llo.analyse.brokken import Brok, lees_brok, orden, voeg_samen
from openfisca_llo.analyse.vergelijking import rond_af_alle, vergelijk_ruw
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.hervorming import pas_toe
from openfisca_llo.tax_benefit_system import basissysteem

_hervormd: dict[str, object] = {}


def _sleutel(document: dict) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, default=str).encode()).hexdigest()


def hervormd_systeem(document: dict, basis):
    """The reformed system of `document`, applied once per process."""
    sleutel = _sleutel(document)
    if sleutel not in _hervormd:
        _hervormd[sleutel] = pas_toe(document, basis, bron=document.get("naam", "hervorming"))
    return _hervormd[sleutel]


def reken_brok(brok: Brok, documenten: list[dict], periode: str, voortgang: bool | None = False) -> list[dict]:
    """Compare every reform document with the current law on the persons of `brok`.

    `voortgang`: the comparison's progress bar (None: from 50,000 persons on, in this process).
    """
    basis = basissysteem()
    hervormingen = [(d["naam"], hervormd_systeem(d, basis)) for d in documenten]
    resultaat = vergelijk_ruw(
        basis, hervormingen, lees_brok(brok, basis), periode, voortgang=voortgang, eerste_id=brok.begin
    )
    # OpenFisca's simulations hold reference cycles (simulation, populations, holders): free the
    # part's arrays now, not when the cycle collector next runs, or memory grows part by part.
    gc.collect()
    return resultaat


def vergelijk_in_brokken(
    documenten: list[dict],
    brokken: list[Brok],
    periode: str,
    werkers: int = 1,
    dask: str | None = None,
    na_brok: Callable[[int, int], None] | None = None,
    voortgang: bool | None = None,
    schattingslabel: str | None = None,
) -> list[dict]:
    """The comparison of the whole population, merged from its parts (see the module doc).

    `na_brok(gedaan, totaal)` is called after each part (progress); `voortgang` is the progress
    bar of a population computed in one part in this process (None: from 50,000 persons on).
    """
    if not brokken:
        raise GebruikersFout("populatie: geen personen")
    if werkers < 1:
        raise GebruikersFout(f"--workers: minstens 1, niet {werkers}")
    if dask:
        uitkomsten = _op_dask(dask, werkers, documenten, brokken, periode)
    elif werkers > 1 and len(brokken) > 1:
        uitkomsten = _in_processen(werkers, documenten, brokken, periode)
    else:
        voortgang = voortgang if len(brokken) == 1 else False
        uitkomsten = (reken_brok(brok, documenten, periode, voortgang) for brok in brokken)
    samen = None
    for gedaan, uitkomst in enumerate(uitkomsten, start=1):
        samen = uitkomst if samen is None else [voeg_samen(a, b) for a, b in zip(samen, uitkomst, strict=True)]
        if na_brok:
            na_brok(gedaan, len(brokken))
    basis = basissysteem()
    hervormingen = [(d["naam"], hervormd_systeem(d, basis)) for d in documenten]
    return [orden(r) for r in rond_af_alle(basis, hervormingen, samen, periode, schattingslabel)]


def _in_processen(werkers, documenten, brokken, periode):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Not "fork": the parent may hold pyarrow's threads. A fork server starts workers cheaply.
    methode = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=werkers, mp_context=multiprocessing.get_context(methode)) as pool:
        yield from pool.map(reken_brok, brokken, [documenten] * len(brokken), [periode] * len(brokken))


def _op_dask(adres, werkers, documenten, brokken, periode):
    try:
        from distributed import Client, LocalCluster
    except ImportError as fout:
        raise GebruikersFout(
            "--dask vraagt dask.distributed, dat niet is geïnstalleerd (pip install 'openfisca-llo[dask]')"
        ) from fout
    if adres == "local":
        cluster = LocalCluster(
            n_workers=werkers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)
    else:
        cluster = None
        try:
            client = Client(adres, timeout="10s")
        except (OSError, ValueError, TypeError) as fout:  # unreachable, timed out, or no address
            raise GebruikersFout(f"--dask: geen Dask-scheduler bereikbaar op {adres} ({fout})") from fout
    try:
        taken = client.map(reken_brok, brokken, documenten=documenten, periode=periode, pure=False)
        for taak in taken:
            yield taak.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
