"""Hypothesis strategies over whole persons, and a vectorised simulation of them.

A person is every input of the contract that the rules read, drawn over the whole range the
law distinguishes (all enum values, birth dates from 1940 to 2010, every month from the start
of the levenlanglerenkrediet to the end of 2027).
"""

import datetime

import numpy as np
from hypothesis import strategies as st
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.enums import (
    MboLeerweg,
    NationaliteitCategorie,
    Onderwijssector,
    OpleidingGraad,
    Opleidingsvorm,
)

ENUMS = {
    "nationaliteit_categorie": NationaliteitCategorie,
    "onderwijssector": Onderwijssector,
    "opleidingsvorm": Opleidingsvorm,
    "mbo_leerweg": MboLeerweg,
    "opleiding_graad": OpleidingGraad,
}
BOOLS = [
    "opleiding_bekostigd",
    "opleiding_geaccrediteerd",
    "opleiding_onderwijs_of_zorg",
    "heeft_associate_degreegraad",
    "heeft_bachelorgraad",
    "heeft_mastergraad",
    "studiefinanciering_aanspraak_verbruikt",
    "studiefinanciering_ononderbroken_genoten",
    "levenlanglerenkrediet_ononderbroken_genoten",
]
EERSTE_MAAND = (2017, 8)
LAATSTE_MAAND = (2027, 12)


def _maand_index(jaar, maand):
    return jaar * 12 + maand - 1


maanden = st.integers(_maand_index(*EERSTE_MAAND), _maand_index(*LAATSTE_MAAND)).map(
    lambda i: f"{i // 12:04d}-{i % 12 + 1:02d}"
)

persoon = st.fixed_dictionaries(
    {
        "geboortedatum": st.dates(datetime.date(1940, 1, 1), datetime.date(2010, 12, 31)),
        **{naam: st.sampled_from([lid.name for lid in enum]) for naam, enum in ENUMS.items()},
        **{naam: st.booleans() for naam in BOOLS},
    }
)


def personen(min_size=1, max_size=40):
    return st.lists(persoon, min_size=min_size, max_size=max_size)


def simuleer(systeem, mensen, periode):
    """One simulation over all `mensen` (a list of input dicts), inputs set as arrays."""
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=len(mensen))
    simulatie.set_input(
        "geboortedatum", "ETERNITY", np.array([m["geboortedatum"] for m in mensen], dtype="datetime64[D]")
    )
    for naam in [*ENUMS, *BOOLS]:
        waarden = np.array([m[naam] for m in mensen])
        simulatie.set_input(naam, periode, waarden)
    return simulatie


def situatie(mens, periode, gevraagd):
    """The /calculate JSON of one person, asking for `gevraagd` in `periode`."""
    invoer = {"geboortedatum": {"ETERNITY": mens["geboortedatum"].isoformat()}}
    for naam in [*ENUMS, *BOOLS]:
        invoer[naam] = {periode: mens[naam]}
    for naam in gevraagd:
        invoer[naam] = {periode: None}
    return {"personen": {"p": invoer}}
