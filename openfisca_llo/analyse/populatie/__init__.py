"""Populations for reform comparisons: the built-in synthetic one, or a user's CSV/Parquet file.

A population is a dict of equal-length numpy arrays keyed by column name. Columns named after
an input variable of the tax-benefit system (the contract's names, e.g. `geboortedatum`,
`onderwijssector`, `ww_uitkering`) are set as inputs for the compared month; other columns
(`hoogste_opleidingsniveau`, `arbeidsmarktpositie`, ...) are used for breakdowns, and become
inputs automatically once a variable of that name exists.

The synthetic population draws every person independently from the marginals in
`cbs_marginalen.yaml` (CBS table ids and years cited there), with a numpy generator seeded by
`zaad`: the same seed and size give the same persons. Everything is vectorised.
"""

from __future__ import annotations

import csv
import datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.fouten import GebruikersFout
from openfisca_llo.regels import afgeleid

MARGINALEN_PAD = Path(__file__).with_name("cbs_marginalen.yaml")
STANDAARD_OMVANG = 100_000
STANDAARD_ZAAD = 2026
DAGEN_PER_JAAR = 365.25

# Breakdown columns that are not (yet) variables of the engine.
KENMERKEN = ("hoogste_opleidingsniveau", "arbeidsmarktpositie")


@lru_cache(maxsize=1)
def marginalen() -> dict:
    return yaml.safe_load(MARGINALEN_PAD.read_text(encoding="utf-8"))


def _kies(rng, opties: dict, n: int) -> np.ndarray:
    namen = list(opties)
    kansen = np.array([opties[k] for k in namen], dtype=float)
    return np.array(namen, dtype=object)[rng.choice(len(namen), size=n, p=kansen / kansen.sum())]


def synthetisch(
    omvang: int = STANDAARD_OMVANG, zaad: int = STANDAARD_ZAAD, peildatum: str = "2026-10-01"
) -> dict:
    """A synthetic population of `omvang` residents aged 16 to 75 on `peildatum`."""
    if omvang < 1:
        raise GebruikersFout(f"populatie: omvang moet minstens 1 zijn, niet {omvang}")
    m = marginalen()
    rng = np.random.default_rng(zaad)
    n = omvang

    # Age: CBS age classes, uniform within a class; birth date uniform within the year of age.
    klassen = m["leeftijd"]["klassen"]
    gewicht = np.array([k[2] * k[3] for k in klassen], dtype=float)
    klasse = rng.choice(len(klassen), size=n, p=gewicht / gewicht.sum())
    van = np.array([k[0] for k in klassen])[klasse]
    tot = np.array([k[1] for k in klassen])[klasse]
    leeftijd = rng.integers(van, tot + 1)
    dagen = np.floor((leeftijd + rng.random(n)) * DAGEN_PER_JAAR).astype("timedelta64[D]")
    geboortedatum = np.datetime64(peildatum, "D") - dagen

    # Highest level of education (CBS 85266NED); no degree before 21.
    niveau = _kies(rng, m["opleidingsniveau"]["klassen"], n)
    niveau[(leeftijd < 21) & np.isin(niveau, ["bachelor", "master"])] = "havo_vwo"
    diploma = np.array([m["opleidingsniveau"]["diploma"][x] for x in niveau], dtype=object)

    # Enrolment: CBS/DUO counts per group scaled to the population, split by age (assumption).
    ins = m["inschrijving"]
    bevolking_16_75 = float(gewicht.sum())
    sector = np.full(n, "geen", dtype=object)
    leerweg = np.full(n, "niet_van_toepassing", dtype=object)
    vorm = np.full(n, "voltijd", dtype=object)
    graad = np.full(n, "geen", dtype=object)
    jong = leeftijd < 30
    trek = rng.random(n)
    onder = 0.0
    aantal_jong = max(jong.sum(), 1) / n
    aantal_oud = max((~jong).sum(), 1) / n
    for groep, aantal in ins["aantallen"].items():
        deel = aantal / bevolking_16_75
        deel_oud = deel * ins["aandeel_30_plus"][groep]
        kans = np.where(jong, (deel - deel_oud) / aantal_jong, deel_oud / aantal_oud)
        gekozen = (trek >= onder) & (trek < onder + kans) & (sector == "geen")
        onder = onder + kans
        if groep.startswith("mbo"):
            sector[gekozen] = "mbo"
            leerweg[gekozen] = groep.removeprefix("mbo_")
        else:
            sector[gekozen] = groep
    in_ho = np.isin(sector, ["hbo", "wo"])
    vorm_jong = _kies(rng, ins["vorm_onder_30"], n)
    vorm_oud = _kies(rng, ins["vorm_30_plus"], n)
    vorm[in_ho] = np.where(jong, vorm_jong, vorm_oud)[in_ho]
    bol_deeltijd = (
        (sector == "mbo") & (leerweg == "bol") & ~jong & (rng.random(n) < ins["mbo_bol_deeltijd_30_plus"])
    )
    vorm[bol_deeltijd] = "deeltijd"
    graad[in_ho] = _kies(rng, ins["graad"], n)[in_ho]
    heeft_bachelor = np.isin(niveau, ["bachelor", "master"])
    heeft_master = niveau == "master"
    # A degree already held: a student aged 30+ following a master holds a bachelor.
    heeft_bachelor = heeft_bachelor | (in_ho & ~jong & (graad == "master"))

    # Work and WW (CBS 85266NED share in work; WW share is an assumption).
    werkzaam = rng.random(n) < m["arbeid"]["aandeel_werkzaam"]
    ww = (leeftijd >= 18) & (leeftijd < 67) & (rng.random(n) < m["ww"]["aandeel_18_tot_aow"])
    werkzaam = werkzaam & ~ww
    positie = np.where(ww, "werkloos", np.where(werkzaam, "werkzaam", "niet_beroepsbevolking")).astype(object)
    overweegt = ww & (rng.random(n) < m["ww"]["scholing_aandeel"])
    # Training considered outside the WW (an assumption, see the data file), for the vouchers.
    sch = m["scholing"]
    overweegt_scholing = (leeftijd >= 18) & (rng.random(n) < sch["aandeel_overweegt"])
    beroepsklasse = np.array(sch["beroepsklassen"], dtype=object)[
        rng.integers(len(sch["beroepsklassen"]), size=n)
    ]
    duur = np.where(overweegt, rng.integers(m["ww"]["duur_van"], m["ww"]["duur_tot_en_met"] + 1, size=n), 0)

    return {
        "geboortedatum": geboortedatum,
        "nationaliteit_categorie": _kies(rng, m["nationaliteit"]["klassen"], n),
        "onderwijssector": sector,
        "opleidingsvorm": vorm,
        "mbo_leerweg": leerweg,
        "opleiding_graad": graad,
        "heeft_bachelorgraad": heeft_bachelor,
        "heeft_mastergraad": heeft_master,
        "ww_uitkering": ww,
        "scholing_duur_maanden": duur.astype(np.int64),
        "scholing_richting_kansberoep": overweegt & (rng.random(n) < m["ww"]["aandeel_kansberoep"]),
        "scholing_schoolbaar": overweegt,
        "scholing_erkend_diploma_of_certificaat": overweegt & (rng.random(n) < m["ww"]["aandeel_erkend"]),
        "hoogst_behaald_opleidingsniveau": diploma,
        "scholing_ocw_erkend": overweegt_scholing & (rng.random(n) < sch["aandeel_ocw_erkend"]),
        "scholing_beroepsklasse": np.where(overweegt_scholing, beroepsklasse, "overig"),
        "hoogste_opleidingsniveau": niveau,
        "arbeidsmarktpositie": positie,
    }


# ---------------------------------------------------------------------------------------------
# A user's population file.


def _kolomfout(pad, kolom, rij, melding):
    waar = f"kolom {kolom!r}" + (f", rij {rij}" if rij is not None else "")
    return GebruikersFout(f"{pad}: {waar}: {melding}")


def _lees_ruw(pad: Path) -> dict[str, list]:
    if pad.suffix.lower() == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError as fout:
            raise GebruikersFout(
                f"{pad}: Parquet lezen vraagt pyarrow, dat niet is geïnstalleerd "
                "(pip install 'openfisca-llo[parquet]'); of geef een CSV-bestand"
            ) from fout
        try:
            tabel = pq.read_table(pad)
        except Exception as fout:  # pyarrow raises several types for a bad file
            raise GebruikersFout(f"{pad}: geen leesbaar Parquet-bestand ({fout})") from fout
        return {naam: tabel.column(naam).to_pylist() for naam in tabel.column_names}
    try:
        with pad.open(encoding="utf-8", newline="") as bestand:
            lezer = csv.DictReader(bestand)
            if not lezer.fieldnames:
                raise GebruikersFout(f"{pad}: leeg CSV-bestand, geen kopregel")
            kolommen: dict[str, list] = {naam: [] for naam in lezer.fieldnames}
            for regel in lezer:
                for naam in kolommen:
                    kolommen[naam].append(regel.get(naam))
            return kolommen
    except OSError as fout:
        raise GebruikersFout(f"{pad}: kan het bestand niet lezen ({fout.strerror})") from fout


def lees_bestand(pad, systeem) -> dict:
    """Read a population file (CSV, or Parquet with pyarrow); columns use the contract's names.

    Every value of a column named after an input variable is checked against that variable:
    a date for `geboortedatum`, one of the enum's names, true/false/1/0 for a bool, a whole
    number for an int. The first bad value is reported with its column and row (the header is
    row 1, so the first person is row 2, as a spreadsheet shows it).
    """
    pad = Path(pad)
    ruw = _lees_ruw(pad)
    if "geboortedatum" not in ruw:
        raise _kolomfout(pad, "geboortedatum", None, "ontbreekt; elke persoon heeft een geboortedatum nodig")
    populatie = {}
    for kolom, waarden in ruw.items():
        variabele = systeem.variables.get(kolom)
        if kolom in afgeleid.AFGELEIDE_VARIABELEN:
            raise _kolomfout(pad, kolom, None, f"{afgeleid.melding(kolom)} ({afgeleid.CODE})")
        if variabele is None:
            populatie[kolom] = np.array(["" if w is None else str(w) for w in waarden], dtype=object)
            continue
        populatie[kolom] = _zet_om(pad, kolom, waarden, variabele)
    return populatie


def _zet_om(pad, kolom, waarden, variabele):
    soort = variabele.value_type
    uit = []
    for index, waarde in enumerate(waarden):
        rij = index + 2
        tekst = "" if waarde is None else str(waarde).strip()
        if tekst == "":
            uit.append(variabele.default_value)
            continue
        if soort is datetime.date:
            try:
                uit.append(datetime.date.fromisoformat(tekst[:10]))
            except ValueError:
                raise _kolomfout(pad, kolom, rij, f"geen geldige datum (JJJJ-MM-DD): {tekst!r}") from None
        elif soort is Enum:
            namen = [lid.name for lid in variabele.possible_values]
            if tekst not in namen:
                raise _kolomfout(pad, kolom, rij, f"onbekende waarde {tekst!r}; kies uit {', '.join(namen)}")
            uit.append(tekst)
        elif soort is bool:
            if tekst.lower() not in {"true", "false", "1", "0", "waar", "onwaar"}:
                raise _kolomfout(pad, kolom, rij, f"verwacht true of false, niet {tekst!r}")
            uit.append(tekst.lower() in {"true", "1", "waar"})
        elif soort is int:
            try:
                uit.append(int(tekst))
            except ValueError:
                raise _kolomfout(pad, kolom, rij, f"verwacht een geheel getal, niet {tekst!r}") from None
        elif soort is float:
            try:
                uit.append(float(tekst))
            except ValueError:
                raise _kolomfout(pad, kolom, rij, f"verwacht een getal, niet {tekst!r}") from None
        else:
            uit.append(tekst)
    if soort is datetime.date:
        return np.array(uit, dtype="datetime64[D]")
    if soort is Enum:
        return np.array([w.name if hasattr(w, "name") else w for w in uit], dtype=object)
    return np.array(uit)


def omvang(populatie: dict) -> int:
    return len(next(iter(populatie.values())))


def codeer_enum(waarden, enum) -> np.ndarray:
    """Enum names (strings) as the enum's indices, one comparison per member.

    OpenFisca's own `encode` first copies the whole array to fixed-width text; comparing the
    object array with each member's name is about ten times faster. Every value must be a
    member's name (checked when a population file is read; the synthetic one only uses names).
    """
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
