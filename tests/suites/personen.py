"""Hypothesis strategies over whole persons, and a vectorised simulation of them.

A person is every input of the contract that the rules read, drawn over the whole range the
law distinguishes (all enum values, birth dates from 1940 to 2010, every month from the start
of the levenlanglerenkrediet to the end of 2027).
"""

import datetime
from dataclasses import dataclass

import numpy as np
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_llo.tax_benefit_system import basissysteem

# The enum inputs drawn uniformly, each with the values its variable declares.
_ENUMS = ("nationaliteit_categorie", "onderwijssector", "opleidingsvorm", "mbo_leerweg", "opleiding_graad")
ENUMS = {naam: basissysteem().variables[naam].possible_values for naam in _ENUMS}
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


# --- persons for every rule area --------------------------------------------------------------
#
# The strategies above vary only the Wsf/WHW inputs, so every voucher and WW right is false for
# all of them. Below, a rule area is a window of months in which its scheme is open and the rights
# it grants; a person for an area draws every input of the whole system (so that each scheme sees
# the inputs it reads) from the range that matters for it: ages from 14 to 72 on the first day of
# the month (narrower where a scheme is about an age group), dates of study and diploma around the
# loan-system cohorts, insured months before the month, hours, durations, costs and NLQF levels
# across their thresholds. Booleans and enums are uniform, except where an area narrows or weights
# them (students: the sectors, forms and degrees of studiefinanciering, mostly accredited, mostly
# not used up) so that its rights are true for a fair share. A dormant proposal (leervoucher,
# SER/SEO leerrechten) is drawn under the reform that switches it on (reforms/).


@dataclass(frozen=True)
class Gebied:
    naam: str
    eerste_maand: tuple  # (jaar, maand)
    laatste_maand: tuple
    rechten: tuple
    hervorming: str | None = None  # reforms/<name>.yaml switching a dormant proposal on
    leeftijden: tuple = (14, 72)  # ages drawn, on the first day of the month
    keuzes: tuple = ()  # (input, values drawn from) where not every value of the enum is drawn
    kansen: tuple = ()  # (boolean input, chance of true) where it is not one half

    def maanden(self):
        return [
            f"{i // 12:04d}-{i % 12 + 1:02d}"
            for i in range(_maand_index(*self.eerste_maand), _maand_index(*self.laatste_maand) + 1)
        ]


GEBIEDEN = [
    Gebied(
        "wsf_whw",
        (2017, 8),
        (2027, 12),
        (
            "levenlanglerenkrediet_recht",
            "recht_op_studiefinanciering",
            "wettelijk_collegegeld_recht",
            "wettelijk_collegegeld_associate_degree_opleiding",
            "wettelijk_collegegeld_bacheloropleiding",
            "wettelijk_collegegeld_masteropleiding",
            "studiefinanciering_nog_beschikbaar",
        ),
    ),
    # Students: the ages, sectors and forms that studiefinanciering is about, both sides of each.
    Gebied(
        "studiefinanciering",
        (2017, 9),
        (2027, 12),
        ("recht_op_studiefinanciering", "studiefinanciering_nog_beschikbaar", "wettelijk_collegegeld_recht"),
        leeftijden=(16, 31),
        keuzes=(
            ("onderwijssector", ("mbo", "hbo", "wo")),
            ("opleidingsvorm", ("voltijd", "duaal", "deeltijd")),
            ("opleiding_graad", ("bachelor", "master", "post_initiele_master")),
            ("mbo_leerweg", ("bol", "bbl")),
        ),
        kansen=(("opleiding_geaccrediteerd", 0.9), ("studiefinanciering_aanspraak_verbruikt", 0.2)),
    ),
    Gebied(
        "ww",
        (2012, 1),
        (2027, 12),
        (
            "ww_scholing_noodzakelijk",
            "ww_scholing_behoud_uitkering",
            "ww_scholing_vrijstelling_sollicitatieplicht",
        ),
    ),
    Gebied("stap", (2022, 3), (2023, 12), ("stap_budget_recht",)),
    Gebied("stap_ontwikkeladvies", (2022, 4), (2022, 12), ("stap_ontwikkeladvies_recht",)),
    Gebied("nl_leert_door", (2020, 8), (2021, 12), ("nl_leert_door_recht",)),
    # Ages on both sides of 45 and of the AOW age, where the 45+ advice is about.
    Gebied(
        "ontwikkeladvies_45plus", (2017, 12), (2020, 1), ("ontwikkeladvies_45plus_recht",), leeftijden=(35, 72)
    ),
    Gebied("kansberoep", (2016, 5), (2017, 12), ("kansberoep_subsidie_recht",)),
    Gebied("uwv_scholingsbudget", (2018, 7), (2020, 12), ("uwv_scholingsbudget_recht",)),
    Gebied("studievoucher", (2020, 9), (2027, 12), ("studievoucher_recht",)),
    Gebied("slim_ontwikkelpaden", (2025, 3), (2027, 12), ("slim_ontwikkelpaden_subsidiabele_scholing",)),
    Gebied("leervoucher", (2026, 8), (2027, 12), ("leervoucher_recht",), "leervoucher_tot_en_met_mbo_4"),
    Gebied("ser_seo", (2026, 1), (2027, 12), ("leerrechten_ser_seo_recht",), "leerrechten_ser_seo"),
]
GEBIED = {g.naam: g for g in GEBIEDEN}

# Months of insurance history drawn before the month (STAP art. 5 lid 2 onder b looks 27 back).
VERZEKERING_TERUG = 28
_GETALLEN = {  # (lowest, highest) drawn uniformly; integers unless the variable holds floats
    "arbeidsuren_per_week": (0, 40),
    "scholing_duur_maanden": (1, 30),
    "scholing_resterende_maanden": (0, 24),
    "scholing_aansluitende_dienstbetrekking_maanden": (0, 12),
    "scholing_nlqf_niveau": (0, 8),
    "hoogst_behaalde_opleidingsniveau": (0, 8),
    "studiefinanciering_ho_maanden_lening_na_prestatiebeurs": (0, 60),
    "scholing_kosten": (0, 6000),
    "studievoucher_verzilverd_bedrag": (0, 2500),
}


def _dagen(rng, n, van, tot):
    """`n` days drawn uniformly between the numpy days `van` and `tot`."""
    van, tot = np.asarray(van, dtype="datetime64[D]"), np.asarray(tot, dtype="datetime64[D]")
    return van + (rng.random(n) * (tot - van).astype(np.int64)).astype(np.int64)


def _jaren(dagen, jaren):
    return np.asarray(dagen, dtype="datetime64[D]") + np.asarray(
        np.round(np.asarray(jaren) * 365.25), "timedelta64[D]"
    )


_EERST = "eerste_maand_studiefinanciering_bachelor"  # the diploma date is drawn after it


def trek(systeem, gebied: Gebied, n: int, zaad: int, periode: str | None = None):
    """(periode, invoer) for `n` persons of `gebied`: invoer maps each input variable to
    {periode or "ETERNITY": array}, and verzekerd_volksverzekeringen to its history as well."""
    rng = np.random.default_rng(zaad)
    gekozen = gebied.maanden()[rng.integers(len(gebied.maanden()))]
    periode = periode or gekozen
    peildag = np.datetime64(f"{periode}-01")
    jongst, oudst = gebied.leeftijden
    geboren = _dagen(rng, n, _jaren(peildag, -oudst), _jaren(peildag, -jongst))
    keuzes, kansen = dict(gebied.keuzes), dict(gebied.kansen)
    invoer = {}
    for naam, variabele in sorted(systeem.variables.items(), key=lambda nv: nv[0] != _EERST):
        if variabele.formulas:
            continue
        soort = variabele.value_type.__name__
        if naam == "geboortedatum":
            waarden = geboren
        elif naam == "eerste_maand_studiefinanciering_bachelor":
            waarden = _dagen(rng, n, np.datetime64("2013-09-01"), np.datetime64("2020-09-01"))
            waarden = waarden.astype("datetime64[M]").astype("datetime64[D]")
        elif naam == "diploma_registratiedatum":
            eerste = invoer["eerste_maand_studiefinanciering_bachelor"]["ETERNITY"]
            waarden = _jaren(eerste, rng.uniform(0, 11, n))
        elif naam in ("einde_initieel_onderwijs", "studiefinanciering_ho_eerste_maand"):
            waarden = _jaren(geboren, rng.uniform(16, 30, n))
        elif soort == "bool":
            waarden = rng.random(n) < kansen.get(naam, 0.5)
        elif soort == "Enum":
            leden = (
                [variabele.possible_values[w] for w in keuzes[naam]]
                if naam in keuzes
                else list(variabele.possible_values)
            )
            waarden = np.array([leden[i].name for i in rng.integers(len(leden), size=n)])
        elif naam in _GETALLEN:
            laag, hoog = _GETALLEN[naam]
            waarden = rng.uniform(laag, hoog, n) if soort == "float" else rng.integers(laag, hoog + 1, n)
            if naam == "studievoucher_verzilverd_bedrag":
                waarden = np.where(rng.random(n) < 0.5, 0, waarden)
        else:
            raise KeyError(f"no range for the input {naam}: add it to _GETALLEN")
        sleutel = "ETERNITY" if variabele.definition_period == "eternity" else periode
        invoer[naam] = {sleutel: waarden}
    # Insured in the last k months before the month (k uniform), as STAP counts them.
    verzekerd_sinds = rng.integers(0, VERZEKERING_TERUG + 1, n)
    maand = periods.period(periode)
    for terug in range(1, VERZEKERING_TERUG + 1):
        invoer["verzekerd_volksverzekeringen"][str(maand.offset(-terug, "month"))] = terug <= verzekerd_sinds
    return periode, invoer


def simuleer_invoer(systeem, invoer, n):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=n)
    for naam, per_periode in invoer.items():
        for periode, waarden in per_periode.items():
            if systeem.variables[naam].value_type.__name__ == "Enum":
                waarden = systeem.variables[naam].possible_values.encode(waarden)
            simulatie.set_input(naam, periode, waarden)
    return simulatie


_SYSTEMEN = {}


def systeem_van(systeem, gebied: Gebied):
    """The base system, or for a dormant proposal the system under the reform that switches it on."""
    if gebied.hervorming is None:
        return systeem
    if gebied.hervorming not in _SYSTEMEN:
        from openfisca_llo.hervorming import hervorming_uit_bestand
        from openfisca_llo.paths import REFORMS_DIR

        _SYSTEMEN[gebied.hervorming] = hervorming_uit_bestand(REFORMS_DIR / f"{gebied.hervorming}.yaml")(
            systeem
        )
    return _SYSTEMEN[gebied.hervorming]


gebieden = st.sampled_from(GEBIEDEN)
zaden = st.integers(0, 2**32 - 1)
