"""Populations for reform comparisons: the built-in synthetic one, or a user's CSV/Parquet file.

A population is a dict of equal-length numpy arrays keyed by column name. Columns named after
an input variable of the tax-benefit system (the contract's names, e.g. `geboortedatum`,
`onderwijssector`, `ww_uitkering`) are set as inputs for the compared month; the breakdown
columns (`hoogste_opleidingsniveau`, `arbeidsmarktpositie`, ...) are used for breakdowns. An
enum column holds the enum's names or, faster, an OpenFisca `EnumArray` of its indices.

The synthetic population (`synthetisch.py`) is drawn block by block from spawned seeds, the
same persons however it is divided; a file (`bestand.py`) is read and checked in parts.
"""

from __future__ import annotations

import numpy as np
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.analyse.populatie.bestand import lees_bestand
from openfisca_llo.analyse.populatie.synthetisch import (
    KENMERKEN,
    STANDAARD_OMVANG,
    STANDAARD_ZAAD,
    marginalen,
    synthetisch,
    synthetisch_deel,
)
from openfisca_llo.fouten import GebruikersFout

__all__ = [
    "KENMERKEN",
    "STANDAARD_OMVANG",
    "STANDAARD_ZAAD",
    "bouw_simulatie",
    "codeer_enum",
    "invoerwaarden",
    "lees_bestand",
    "marginalen",
    "omvang",
    "synthetisch",
    "synthetisch_deel",
]


def omvang(populatie: dict) -> int:
    return len(next(iter(populatie.values())))


def codeer_enum(waarden, enum) -> np.ndarray:
    """Enum names (strings) as the enum's indices, one comparison per member.

    OpenFisca's own `encode` first copies the whole array to fixed-width text; comparing the
    object array with each member's name is about ten times faster. Every value must be a
    member's name (checked when a population file is read). An `EnumArray` of the same enum
    (the synthetic population, a file read by `bestand.py`) is used as it is.
    """
    if isinstance(waarden, EnumArray) and waarden.possible_values is enum:
        return waarden.view(np.ndarray)
    waarden = np.asarray(waarden)
    if waarden.dtype.kind not in "OU":
        return enum.encode(waarden)
    codes = np.zeros(len(waarden), dtype=np.int16)
    herkend = np.zeros(len(waarden), dtype=bool)
    for lid in enum:
        gelijk = waarden == lid.name
        codes[gelijk] = lid.index
        herkend |= gelijk
    if not herkend.all():
        onbekend = waarden[~herkend][0]
        namen = ", ".join(lid.name for lid in enum)
        raise GebruikersFout(f"{enum.__name__}: onbekende waarde {onbekend!r}; kies uit {namen}")
    return codes


def invoerwaarden(systeem, populatie: dict, cache: dict | None = None) -> dict:
    """The population's input columns for `systeem`, encoded and in each variable's dtype.

    `cache` (a dict) keeps them for a next system with the same input variables, such as a
    reform of `systeem`: `llo compare` then encodes every column once, not once per system,
    and the simulations share the arrays (OpenFisca never writes into an input array).
    """
    invoer = {}
    for kolom, waarden in populatie.items():
        variabele = systeem.variables.get(kolom)
        if variabele is None or variabele.formulas:
            continue
        sleutel = (kolom, variabele.value_type, getattr(variabele, "possible_values", None), variabele.dtype)
        if cache is not None and sleutel in cache:
            invoer[kolom] = cache[sleutel]
            continue
        if variabele.value_type is Enum:
            waarden = codeer_enum(waarden, variabele.possible_values)
        waarden = np.asarray(waarden)
        if waarden.dtype != variabele.dtype:
            waarden = waarden.astype(variabele.dtype)
        invoer[kolom] = waarden
        if cache is not None:
            cache[sleutel] = waarden
    return invoer


def bouw_simulatie(systeem, populatie: dict, periode, cache: dict | None = None):
    """An OpenFisca simulation of the whole population, inputs set as vectors for `periode`.

    Persons are numbered 0 to N-1 (their row in the population). `cache`: see `invoerwaarden`.
    """
    n = omvang(populatie)
    bouwer = SimulationBuilder()
    bouwer.create_entities(systeem)
    personen = bouwer.populations["persoon"]
    personen.ids = np.arange(n)
    personen.count = n
    bouwer.persons_plural = personen.entity.plural
    simulatie = bouwer.build(systeem)
    for kolom, waarden in invoerwaarden(systeem, populatie, cache).items():
        variabele = systeem.variables[kolom]
        doel = "ETERNITY" if variabele.definition_period == "eternity" else periode
        simulatie.set_input(kolom, doel, waarden)
    return simulatie
