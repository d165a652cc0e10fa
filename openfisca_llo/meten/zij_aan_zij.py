"""CPU seconds of the main steps, for before/after figures on a shared machine.

Run this file with the interpreter of each checkout to compare, one after the other:

    OUD/.venv/bin/python openfisca_llo/meten/zij_aan_zij.py 1000000 5
    .venv/bin/python openfisca_llo/meten/zij_aan_zij.py 1000000 5

It uses only calls that existed before the scale work (`synthetisch`, `bouw_simulatie`, `laad`,
`vergelijk`), pins itself to one core and prints, per step, the minimum and median CPU time
(`time.process_time`, which other processes on the machine do not inflate) and the minimum wall
time: the synthetic population, the simulation with all contract outputs, one reform's
comparison, and population + reform + comparison together (the command's work).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time

import numpy as np

HERVORMING = "llk_maximumleeftijd_aow_leeftijd"
PERIODE = "2026-10"
ZAAD = 2026


def _klok(stap) -> tuple[float, float]:
    gc.collect()
    cpu, wand = time.process_time(), time.perf_counter()
    stap()
    return time.process_time() - cpu, time.perf_counter() - wand


def meet(omvang: int, herhalingen: int) -> dict:
    from openfisca_llo.analyse import populatie
    from openfisca_llo.analyse.vergelijking import vergelijk
    from openfisca_llo.hervorming import laad
    from openfisca_llo.regels.contract import uitvoer
    from openfisca_llo.tax_benefit_system import basissysteem

    systeem = basissysteem()
    namen = uitvoer(systeem)
    peildatum = f"{PERIODE}-01"
    bevolking = populatie.synthetisch(omvang, ZAAD, peildatum)
    document, hervormd = laad(HERVORMING, systeem)

    def rekenen():
        simulatie = populatie.bouw_simulatie(systeem, bevolking, PERIODE)
        for naam in namen:
            np.asarray(simulatie.calculate(naam, PERIODE))

    def vergelijken():
        vergelijk(systeem, [(document["naam"], hervormd)], bevolking, PERIODE, voortgang=False)

    def commando():
        eigen = populatie.synthetisch(omvang, ZAAD, peildatum)
        doc, sys_ = laad(HERVORMING, systeem)
        vergelijk(systeem, [(doc["naam"], sys_)], eigen, PERIODE, voortgang=False)

    stappen = {
        "population": lambda: populatie.synthetisch(omvang, ZAAD, peildatum),
        "build_and_compute": rekenen,
        "compare": vergelijken,
        "population_reform_compare": commando,
    }
    rekenen()
    vergelijken()
    tijden = {naam: [_klok(stap) for _ in range(herhalingen)] for naam, stap in stappen.items()}
    return {
        naam: {
            "cpu_min": round(min(c for c, _ in t), 3),
            "cpu_median": round(statistics.median(c for c, _ in t), 3),
            "wall_min": round(min(w for _, w in t), 3),
        }
        for naam, t in tijden.items()
    }


if __name__ == "__main__":
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    omvang = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    herhalingen = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print(json.dumps({"persons": omvang, "runs": herhalingen, **meet(omvang, herhalingen)}, indent=2))
