"""The built-in synthetic population, drawn block by block as integer codes.

Every person is drawn independently from the marginals in `cbs_marginalen.yaml` (CBS table ids
and years cited there). The population of `omvang` persons is cut into blocks of `BLOKGROOTTE`
persons; block `b` is drawn by its own generator, seeded by `SeedSequence(zaad).spawn(...)[b]`
(`SeedSequence(zaad, spawn_key=(b,))`), and its size depends only on `omvang` and `b`. Persons
`begin` to `einde` are therefore the same persons whether the population is drawn whole
(`synthetisch`) or in any number of parts (`synthetisch_deel`), in one process or in many.

Enum inputs are drawn as the enum's indices and returned as OpenFisca `EnumArray`s, never as
strings (a million strings cost more than computing every right of those persons); the
breakdown columns that are not variables (`KENMERKEN`) are object arrays of their names.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from openfisca_core.indexed_enums import EnumArray

from openfisca_llo.analyse.populatie.gewicht import KOLOM as GEWICHT
from openfisca_llo.analyse.populatie.gewicht import bevolking_16_tot_en_met_75
from openfisca_llo.enums import (
    Beroepsklasse,
    HoogstBehaaldOpleidingsniveau,
    MboLeerweg,
    NationaliteitCategorie,
    Onderwijssector,
    OpleidingGraad,
    Opleidingsvorm,
)
from openfisca_llo.fouten import GebruikersFout

MARGINALEN_PAD = Path(__file__).with_name("cbs_marginalen.yaml")
DAGEN_PER_JAAR = 365.25
#: Persons per generation block: small enough that a part of a population draws little more
#: than it needs, large enough that the Python steps per block do not count.
BLOKGROOTTE = 65_536
ENUM_SOORT = np.int16
STANDAARD_OMVANG = 100_000
STANDAARD_ZAAD = 2026

# Breakdown columns that are not (yet) variables of the engine.
KENMERKEN = ("hoogste_opleidingsniveau", "arbeidsmarktpositie")
POSITIES = ("niet_beroepsbevolking", "werkzaam", "werkloos")
ENUMS = {
    "nationaliteit_categorie": NationaliteitCategorie,
    "onderwijssector": Onderwijssector,
    "opleidingsvorm": Opleidingsvorm,
    "mbo_leerweg": MboLeerweg,
    "opleiding_graad": OpleidingGraad,
    "hoogst_behaald_opleidingsniveau": HoogstBehaaldOpleidingsniveau,
    "scholing_beroepsklasse": Beroepsklasse,
}


@lru_cache(maxsize=1)
def marginalen() -> dict:
    return yaml.safe_load(MARGINALEN_PAD.read_text(encoding="utf-8"))


def _trek(rng, gewichten, n: int) -> np.ndarray:
    """Indices into `gewichten` (a dict's values or a list), drawn with those weights.

    The inverse of the cumulative distribution at uniform draws, as `Generator.choice` with `p`
    does, without its checks and copies. The last class takes every draw past the bound before
    it (the cumulative sum may end a rounding error below 1).
    """
    gewichten = np.array(list(gewichten.values() if isinstance(gewichten, dict) else gewichten), dtype=float)
    grenzen = np.cumsum(gewichten / gewichten.sum())
    trek = rng.random(n)
    # searchsorted(grenzen, trek, side="right"): the number of bounds at or below the draw,
    # counted bound by bound (a handful of classes; faster than a binary search per person).
    index = np.zeros(n, dtype=np.intp)
    for grens in grenzen[:-1]:
        index += trek >= grens
    return index


def _enumcodes(enum, namen) -> np.ndarray:
    """The enum's index of each name, as a lookup table."""
    return np.array([enum[naam].index for naam in namen], dtype=ENUM_SOORT)


class Enumkolom(EnumArray):
    """An enum column of a population: the enum's indices, comparable with a member's name too.

    OpenFisca's `EnumArray == "wo"` is False everywhere, silently; a population column was a
    column of names before it held codes, so `kolom == "wo"` (and `!=`) compares with the member
    of that name here, and an unknown name raises. Other operations see the indices: use
    `decode_to_str()` for names (`np.isin(kolom, ["hbo", "wo"])` compares indices with text).
    """

    def __eq__(self, other):
        if isinstance(other, str):
            return self.view(np.ndarray) == self._index(other)
        return super().__eq__(other)

    def __ne__(self, other):
        if isinstance(other, str):
            return self.view(np.ndarray) != self._index(other)
        return super().__ne__(other)

    __hash__ = None

    def _index(self, naam: str) -> int:
        try:
            return self.possible_values[naam].index
        except KeyError:
            namen = ", ".join(lid.name for lid in self.possible_values)
            raise ValueError(f"{naam!r} is geen waarde van {self.possible_values.__name__}: {namen}") from None


def _enum(codes, enum) -> Enumkolom:
    return Enumkolom(np.asarray(codes, dtype=ENUM_SOORT), enum)


def blokken(omvang: int) -> int:
    return -(-omvang // BLOKGROOTTE)


def blokzaad(zaad: int, blok: int) -> np.random.SeedSequence:
    """The seed of block `blok`: the `blok`-th child that `SeedSequence(zaad).spawn` makes."""
    return np.random.SeedSequence(zaad, spawn_key=(blok,))


def synthetisch(
    omvang: int = STANDAARD_OMVANG, zaad: int = STANDAARD_ZAAD, peildatum: str = "2026-10-01"
) -> dict:
    """A synthetic population of `omvang` residents aged 16 to 75 on `peildatum`."""
    return synthetisch_deel(omvang, zaad, peildatum, 0, omvang)


def synthetisch_deel(omvang: int, zaad: int, peildatum: str, begin: int, einde: int) -> dict:
    """Persons `begin` to `einde - 1` of `synthetisch(omvang, zaad, peildatum)`."""
    if omvang < 1:
        raise GebruikersFout(f"populatie: omvang moet minstens 1 zijn, niet {omvang}")
    if not 0 <= begin < einde <= omvang:
        raise GebruikersFout(f"populatie: deel {begin}-{einde} ligt niet binnen 0-{omvang}")
    delen = []
    for blok in range(begin // BLOKGROOTTE, blokken(einde)):
        eerste = blok * BLOKGROOTTE
        rng = np.random.default_rng(blokzaad(zaad, blok))
        gegevens = _blok(rng, min(BLOKGROOTTE, omvang - eerste), peildatum)
        van, tot = max(begin - eerste, 0), min(einde - eerste, BLOKGROOTTE)
        delen.append({k: v[van:tot] for k, v in gegevens.items()})
    samen = {k: np.concatenate([deel[k] for deel in delen]) for k in delen[0]} if len(delen) > 1 else delen[0]
    # Every person stands for the same share of the Netherlands aged 16-75 (gewicht.py): the
    # whole population's size, not the part's, divides.
    samen[GEWICHT] = np.full(einde - begin, bevolking_16_tot_en_met_75(marginalen()) / omvang)
    return _met_namen(samen)


def _met_namen(codes: dict) -> dict:
    """Blocks hold integer codes only; here enum columns become EnumArrays, breakdowns names."""
    niveaus = np.array(list(marginalen()["opleidingsniveau"]["klassen"]), dtype=object)
    uit = {}
    for kolom, waarden in codes.items():
        if kolom in ENUMS:
            uit[kolom] = _enum(waarden, ENUMS[kolom])
        elif kolom == "hoogste_opleidingsniveau":
            uit[kolom] = niveaus[waarden]
        elif kolom == "arbeidsmarktpositie":
            uit[kolom] = np.array(POSITIES, dtype=object)[waarden]
        else:
            uit[kolom] = waarden
    return uit


def _blok(rng, n: int, peildatum: str) -> dict:
    """`n` persons drawn with `rng` (see the module doc); everything vectorised."""
    m = marginalen()

    # Age: CBS age classes, uniform within a class; birth date uniform within the year of age.
    klassen = m["leeftijd"]["klassen"]
    gewicht = np.array([k[2] * k[3] for k in klassen], dtype=float)
    klasse = _trek(rng, gewicht, n)
    van = np.array([k[0] for k in klassen])[klasse]
    tot = np.array([k[1] for k in klassen])[klasse]
    leeftijd = van + np.floor(rng.random(n) * (tot - van + 1)).astype(np.int64)
    dagen = np.floor((leeftijd + rng.random(n)) * DAGEN_PER_JAAR).astype("timedelta64[D]")
    geboortedatum = np.datetime64(peildatum, "D") - dagen

    # Highest level of education (CBS 85266NED); no degree before 21.
    opleiding = m["opleidingsniveau"]
    niveaus = list(opleiding["klassen"])
    niveau = _trek(rng, opleiding["klassen"], n)
    bachelor, master = niveaus.index("bachelor"), niveaus.index("master")
    hooggraad = (niveau == bachelor) | (niveau == master)
    niveau[(leeftijd < 21) & hooggraad] = niveaus.index("havo_vwo")
    hooggraad = (niveau == bachelor) | (niveau == master)

    # Enrolment: CBS/DUO counts per group scaled to the population, split by age (assumption).
    ins = m["inschrijving"]
    bevolking_16_75 = float(gewicht.sum())
    sector = np.full(n, Onderwijssector.geen.index, dtype=ENUM_SOORT)
    leerweg = np.full(n, MboLeerweg.niet_van_toepassing.index, dtype=ENUM_SOORT)
    vorm = np.full(n, Opleidingsvorm.voltijd.index, dtype=ENUM_SOORT)
    graad = np.full(n, OpleidingGraad.geen.index, dtype=ENUM_SOORT)
    jong = leeftijd < 30
    trek = rng.random(n)
    onder = 0.0
    aantal_jong = max(jong.sum(), 1) / n
    aantal_oud = max((~jong).sum(), 1) / n
    for groep, aantal in ins["aantallen"].items():
        deel = aantal / bevolking_16_75
        deel_oud = deel * ins["aandeel_30_plus"][groep]
        kans = np.where(jong, (deel - deel_oud) / aantal_jong, deel_oud / aantal_oud)
        gekozen = (trek >= onder) & (trek < onder + kans) & (sector == Onderwijssector.geen.index)
        onder = onder + kans
        if groep.startswith("mbo"):
            sector[gekozen] = Onderwijssector.mbo.index
            leerweg[gekozen] = MboLeerweg[groep.removeprefix("mbo_")].index
        else:
            sector[gekozen] = Onderwijssector[groep].index
    in_ho = (sector == Onderwijssector.hbo.index) | (sector == Onderwijssector.wo.index)
    vorm_jong = _enumcodes(Opleidingsvorm, ins["vorm_onder_30"])[_trek(rng, ins["vorm_onder_30"], n)]
    vorm_oud = _enumcodes(Opleidingsvorm, ins["vorm_30_plus"])[_trek(rng, ins["vorm_30_plus"], n)]
    vorm[in_ho] = np.where(jong, vorm_jong, vorm_oud)[in_ho]
    bol_deeltijd = (
        (sector == Onderwijssector.mbo.index)
        & (leerweg == MboLeerweg.bol.index)
        & ~jong
        & (rng.random(n) < ins["mbo_bol_deeltijd_30_plus"])
    )
    vorm[bol_deeltijd] = Opleidingsvorm.deeltijd.index
    graad[in_ho] = _enumcodes(OpleidingGraad, ins["graad"])[_trek(rng, ins["graad"], n)][in_ho]
    heeft_master = niveau == master
    # A degree already held: a student aged 30+ following a master holds a bachelor.
    heeft_bachelor = hooggraad | (in_ho & ~jong & (graad == OpleidingGraad.master.index))

    # Work and WW (CBS 85266NED share in work; WW share is an assumption).
    werkzaam = rng.random(n) < m["arbeid"]["aandeel_werkzaam"]
    ww = (leeftijd >= 18) & (leeftijd < 67) & (rng.random(n) < m["ww"]["aandeel_18_tot_aow"])
    werkzaam = werkzaam & ~ww
    positie = np.where(ww, POSITIES.index("werkloos"), werkzaam * POSITIES.index("werkzaam"))
    overweegt = ww & (rng.random(n) < m["ww"]["scholing_aandeel"])
    # Training considered outside the WW (an assumption, see the data file), for the vouchers.
    sch = m["scholing"]
    overweegt_scholing = (leeftijd >= 18) & (rng.random(n) < sch["aandeel_overweegt"])
    beroepsklasse = _enumcodes(Beroepsklasse, sch["beroepsklassen"])[
        rng.integers(len(sch["beroepsklassen"]), size=n)
    ]
    duur = np.where(overweegt, rng.integers(m["ww"]["duur_van"], m["ww"]["duur_tot_en_met"] + 1, size=n), 0)
    nationaliteit = _enumcodes(NationaliteitCategorie, m["nationaliteit"]["klassen"])[
        _trek(rng, m["nationaliteit"]["klassen"], n)
    ]
    kansberoep = overweegt & (rng.random(n) < m["ww"]["aandeel_kansberoep"])
    erkend = overweegt & (rng.random(n) < m["ww"]["aandeel_erkend"])
    ocw_erkend = overweegt_scholing & (rng.random(n) < sch["aandeel_ocw_erkend"])
    diploma = _enumcodes(HoogstBehaaldOpleidingsniveau, [opleiding["diploma"][x] for x in niveaus])[niveau]

    return {
        "geboortedatum": geboortedatum,
        "nationaliteit_categorie": nationaliteit,
        "onderwijssector": sector,
        "opleidingsvorm": vorm,
        "mbo_leerweg": leerweg,
        "opleiding_graad": graad,
        "heeft_bachelorgraad": heeft_bachelor,
        "heeft_mastergraad": heeft_master,
        "ww_uitkering": ww,
        "scholing_duur_maanden": duur.astype(np.int64),
        "scholing_richting_kansberoep": kansberoep,
        "scholing_schoolbaar": overweegt,
        "scholing_erkend_diploma_of_certificaat": erkend,
        "hoogst_behaald_opleidingsniveau": diploma,
        "scholing_ocw_erkend": ocw_erkend,
        "scholing_beroepsklasse": np.where(overweegt_scholing, beroepsklasse, Beroepsklasse.overig.index),
        "hoogste_opleidingsniveau": niveau,
        "arbeidsmarktpositie": positie,
    }
