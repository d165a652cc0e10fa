"""A population in parts (brokken): what a part is, how to read it, how results add up.

A part is a small, picklable description (`Brok`): persons `begin` to `einde - 1` of the
synthetic population of `omvang` persons with seed `zaad`, or of a population file (with the
byte range of a CSV file). Whoever reads it, in this process, in a worker process or on a Dask
worker on another machine, gets the same persons: the synthetic population is drawn per block
from spawned seeds (openfisca_llo/analyse/populatie/synthetisch.py), a file part is read and
checked with the row numbers of the whole file (.../populatie/bestand.py).

Every population result is a sum over persons or a deterministic merge, so that the result of
the whole population is the merge of the results of its parts, whatever the parts
(`samenvoegen`):

- a number (a count, an amount in whole cents) is summed; a string (the reform's name, the
  period) is the same in every part;
- a dict is merged key by key; its keys are then put in the order the comparison of the whole
  population gives them (`orden`: rights as listed, groups as `GROEPEN`, causes as in
  `VOORWAARDEN`, counts per category sorted by name), so that the JSON is identical;
- a list is a list of example person ids in ascending order, at most `AANTAL` per part
  (analyse/voorbeelden.py): merged, the first `AANTAL` ids of all parts.

A float is summed too, but a sum of floats depends on the order of the terms: an amount that
must come out identical however the population is divided is summed in whole cents (an int).
"""

from __future__ import annotations

from dataclasses import dataclass

from openfisca_llo.analyse.bedragen import bandnamen
from openfisca_llo.analyse.oorzaken import OVERGANGEN
from openfisca_llo.analyse.populatie import bestand
from openfisca_llo.analyse.populatie.synthetisch import BLOKGROOTTE, synthetisch_deel
from openfisca_llo.analyse.vergelijking import GROEPEN
from openfisca_llo.analyse.voorbeelden import AANTAL
from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels.voorwaarden import VOORWAARDEN

#: Persons per part when none is asked: a comparison of 5 million persons from Parquet peaks
#: at about 0.5 GB in one process (1,048,576 per part: 0.9 GB).
STANDAARD_BROKGROOTTE = 524_288


@dataclass(frozen=True)
class Brok:
    """Persons `begin` to `einde - 1` of a population: synthetic, or a file's part."""

    begin: int
    einde: int
    omvang: int = 0  # synthetic: the size of the whole population
    zaad: int = 0
    peildatum: str = ""
    deel: bestand.Deel | None = None  # a file's part

    @property
    def personen(self) -> int:
        return self.einde - self.begin


def synthetische_brokken(omvang: int, zaad: int, peildatum: str, brokgrootte: int | None = None) -> list[Brok]:
    """The synthetic population in parts of `brokgrootte` persons.

    A part larger than a generation block is rounded up to whole blocks, so that no block is
    drawn twice; the persons are the same either way.
    """
    if omvang < 1:
        raise GebruikersFout(f"populatie: omvang moet minstens 1 zijn, niet {omvang}")
    if brokgrootte is not None and brokgrootte < 1:
        raise GebruikersFout(f"--chunk-size: minstens 1 persoon, niet {brokgrootte}")
    stap = _brokgrootte(brokgrootte) if brokgrootte else omvang
    return [Brok(b, min(b + stap, omvang), omvang, zaad, peildatum) for b in range(0, omvang, stap)]


def _brokgrootte(gevraagd: int) -> int:
    """A whole number of generation blocks (a part smaller than one block as asked)."""
    if gevraagd <= BLOKGROOTTE:
        return gevraagd
    return -(-gevraagd // BLOKGROOTTE) * BLOKGROOTTE


def bestandsbrokken(pad, systeem, brokgrootte: int | None = None) -> list[Brok]:
    """A population file in parts of at most `brokgrootte` persons (the header checked first)."""
    if brokgrootte is not None and brokgrootte < 1:
        raise GebruikersFout(f"--chunk-size: minstens 1 persoon, niet {brokgrootte}")
    return [Brok(d.begin, d.einde, deel=d) for d in bestand.delen(pad, systeem, brokgrootte)]


def lees_brok(brok: Brok, systeem) -> dict:
    """The persons of `brok`, as a population (see openfisca_llo/analyse/populatie)."""
    if brok.deel is not None:
        return bestand.lees_deel(brok.deel, systeem)
    return synthetisch_deel(brok.omvang, brok.zaad, brok.peildatum, brok.begin, brok.einde)


# ---------------------------------------------------------------------------------------------
# Merging results.


def voeg_samen(a, b):
    """The result of two parts together (see the module doc)."""
    if isinstance(a, dict) and isinstance(b, dict):
        uit = dict(a)
        for sleutel, waarde in b.items():
            uit[sleutel] = voeg_samen(uit[sleutel], waarde) if sleutel in uit else waarde
        return uit
    if isinstance(a, bool) or isinstance(b, bool) or isinstance(a, str) or isinstance(b, str) or a is None:
        if a != b:
            raise ValueError(f"delen van de bevolking geven verschillende waarden: {a!r} en {b!r}")
        return a
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a + b
    if isinstance(a, list) and isinstance(b, list):
        return sorted(a + b)[:AANTAL]
    raise TypeError(f"niet samen te voegen: {type(a).__name__} en {type(b).__name__}")


def _gesorteerd(d: dict, volgorde) -> dict:
    rang = {k: i for i, k in enumerate(volgorde)}
    return {k: d[k] for k in sorted(d, key=lambda k: (rang.get(k, len(rang)), str(k)))}


def orden(resultaat: dict) -> dict:
    """Put the keys of one comparison in the order the whole population's comparison has."""
    uit = dict(resultaat)
    uitkomsten = {}
    for naam, waarden in resultaat.get("outputs", {}).items():
        waarden = dict(waarden)
        if isinstance(waarden.get("oorzaken"), dict):
            waarden["oorzaken"] = _gesorteerd(waarden["oorzaken"], VOORWAARDEN.get(naam, []))
        if isinstance(waarden.get("oorzaken_per_overgang"), dict):
            waarden["oorzaken_per_overgang"] = {
                overgang: _gesorteerd(tellingen, VOORWAARDEN.get(naam, []))
                for overgang, tellingen in _gesorteerd(waarden["oorzaken_per_overgang"], OVERGANGEN).items()
            }
        if isinstance(waarden.get("voorbeelden"), dict):
            waarden["voorbeelden"] = _gesorteerd(waarden["voorbeelden"], OVERGANGEN)
        if isinstance(waarden.get("bedragen"), dict):
            waarden["bedragen"] = {
                bedrag: {**blok, "banden": _gesorteerd(blok.get("banden", {}), bandnamen())}
                if "banden" in blok
                else blok
                for bedrag, blok in waarden["bedragen"].items()
            }
        if isinstance(waarden.get("uitsplitsing"), dict):
            waarden["uitsplitsing"] = {
                groep: {kenmerk: dict(sorted(telling.items())) for kenmerk, telling in kenmerken.items()}
                for groep, kenmerken in _gesorteerd(waarden["uitsplitsing"], GROEPEN).items()
            }
        uitkomsten[naam] = waarden
    if "outputs" in resultaat:
        uit["outputs"] = uitkomsten
    return uit
