"""Boundary cases generated from the dated parameters.

For every dated value that is an age or a date boundary, the persons and months that sit
exactly on it and one day or unit past it, and the month before and the month of every change.
The expected answer of each case is derived from the parameter and the words of the article
("nog niet bereikt": age < value; "30 jaren of ouder": age >= value; "tot en met de maand"),
not from the engine's formulas. What they do not check: the thresholds and fees are read from
the current parameters, so a wrong parameter value moves the case and its answer together; the
values themselves are pinned by the YAML tests of tests/regels, written from the articles.
"""

import datetime
from dataclasses import dataclass, field

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder


@dataclass
class Geval:
    naam: str
    periode: str  # YYYY-MM
    variabele: str
    verwacht: object
    invoer: dict = field(default_factory=dict)
    geboortedatum: datetime.date = datetime.date(1980, 1, 1)


def _jaren_terug(dag: datetime.date, jaren: int) -> datetime.date:
    return dag.replace(year=dag.year - jaren)


def _maand(dag: datetime.date) -> str:
    return f"{dag.year:04d}-{dag.month:02d}"


def _vorige_maand(dag: datetime.date) -> datetime.date:
    return (dag.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def _eerste_studiejaardag(systeem, dag, sector):
    """First day of the studiejaar of `sector` (Wsf 2000 art. 1.1) that starts on or after `dag`."""
    naam = "eerste_maand_beroepsonderwijs" if sector == "mbo" else "eerste_maand_hoger_onderwijs"
    maand = getattr(systeem.parameters(dag.isoformat()).wsf.studiejaar, naam)
    kandidaat = datetime.date(dag.year, maand, 1)
    return kandidaat if kandidaat >= dag else datetime.date(dag.year + 1, maand, 1)


def _waarden(systeem, pad):
    blad = systeem.parameters
    for deel in pad.split("."):
        blad = blad.children[deel]
    return [(datetime.date.fromisoformat(w.instant_str), w.value) for w in reversed(blad.values_list)]


def _paar(variabele, dag, invoer, geboren, verwacht, naam, naam_ernaast, dagen_ernaast=1):
    """Two persons: one born exactly on the boundary, one born `dagen_ernaast` days later (or
    earlier, when negative), for whom the law gives the opposite answer."""
    ernaast = geboren + datetime.timedelta(days=dagen_ernaast)
    return [
        Geval(naam, _maand(dag), variabele, verwacht, invoer, geboren),
        Geval(naam_ernaast, _maand(dag), variabele, not verwacht, invoer, ernaast),
    ]


def maximumleeftijd_krediet(systeem):
    """Wsf 2000 art. 2.3a lid 1-2: "nog niet de maximumleeftijd heeft bereikt"; per studiejaar."""
    gevallen = []
    waarden = _waarden(systeem, "wsf.levenlanglerenkrediet.maximumleeftijd")
    for (sleutel, leeftijd), vorige in zip(waarden, [None, *waarden[:-1]], strict=True):
        for sector, opleiding in (
            ("mbo", {"mbo_leerweg": "bol"}),
            ("wo", {"opleidingsvorm": "deeltijd", "opleiding_graad": "master"}),
        ):
            begin = _eerste_studiejaardag(systeem, sleutel, "mbo" if sector == "mbo" else "ho")
            invoer = {"onderwijssector": sector, **opleiding}
            for dag, grens in ((begin, leeftijd), (_vorige_maand(begin), vorige[1] if vorige else None)):
                if grens is None:
                    continue
                gevallen += _paar(
                    "levenlanglerenkrediet_leeftijdsvoorwaarde",
                    dag,
                    invoer,
                    _jaren_terug(dag, grens),
                    False,
                    f"{sector} {dag}: precies {grens}",
                    f"{sector} {dag}: een dag jonger dan {grens}",
                )
    return gevallen


def minimumleeftijd_krediet_mbo(systeem):
    """Wsf 2000 art. 2.3a lid 1: mbo-student "die 30 jaren of ouder is"."""
    gevallen = []
    for sleutel, leeftijd in _waarden(systeem, "wsf.levenlanglerenkrediet.minimumleeftijd_beroepsonderwijs"):
        dag = datetime.date(2024, 10, 1) if sleutel < datetime.date(2024, 10, 1) else sleutel
        invoer = {"onderwijssector": "mbo", "mbo_leerweg": "bol"}
        gevallen += _paar(
            "levenlanglerenkrediet_leeftijdsvoorwaarde",
            dag,
            invoer,
            _jaren_terug(dag, leeftijd),
            True,
            f"mbo {dag}: precies {leeftijd}",
            f"mbo {dag}: een dag jonger dan {leeftijd}",
        )
    return gevallen


def maximumleeftijd_studiefinanciering(systeem):
    """Wsf 2000 art. 2.3 lid 3: "tot en met de maand waarin hij de leeftijd van 30 jaren heeft bereikt"."""
    gevallen = []
    for sleutel, leeftijd in _waarden(systeem, "wsf.studiefinanciering.maximumleeftijd"):
        dag = datetime.date(max(sleutel.year, 2024), 10, 1)
        invoer = {"onderwijssector": "wo", "opleiding_graad": "bachelor"}
        gevallen += _paar(
            "studiefinanciering_leeftijdsvoorwaarde",
            dag,
            invoer,
            _jaren_terug(dag, leeftijd),
            True,
            f"ho {dag}: {leeftijd} op de eerste van de maand",
            f"ho {dag}: {leeftijd} op de laatste dag van de vorige maand",
            dagen_ernaast=-1,
        )
    return gevallen


def minimumleeftijd_studiefinanciering_mbo(systeem):
    """Wsf 2000 art. 2.3 lid 1: vanaf het kwartaal na het kwartaal waarin hij 18 werd, of vanaf
    de eerste dag van het kwartaal als hij die dag 18 wordt."""
    gevallen = []
    for sleutel, leeftijd in _waarden(systeem, "wsf.studiefinanciering.minimumleeftijd_beroepsonderwijs"):
        dag = datetime.date(max(sleutel.year, 2024), 10, 1)  # first day of the fourth quarter
        invoer = {"onderwijssector": "mbo", "mbo_leerweg": "bol"}
        gevallen += _paar(
            "studiefinanciering_leeftijdsvoorwaarde",
            dag,
            invoer,
            _jaren_terug(dag, leeftijd),
            True,
            f"mbo {dag}: {leeftijd} op de eerste dag van het kwartaal",
            f"mbo {dag}: {leeftijd} een dag later",
        )
    return gevallen


def minimumleeftijd_lesgeld(systeem):
    """Lesgeld: 18 jaar of ouder op 1 augustus, het begin van het cursusjaar."""
    gevallen = []
    for sleutel, leeftijd in _waarden(systeem, "lcw.lesgeld.minimumleeftijd"):
        dag = _eerste_studiejaardag(systeem, max(sleutel, datetime.date(2024, 1, 1)), "mbo")
        invoer = {"onderwijssector": "mbo", "mbo_leerweg": "bol"}
        gevallen += _paar(
            "lesgeldplichtig",
            dag,
            invoer,
            _jaren_terug(dag, leeftijd),
            True,
            f"mbo {dag}: {leeftijd} op 1 augustus",
            f"mbo {dag}: {leeftijd} op 2 augustus",
        )
    return gevallen


def plafond_bij_elke_tariefwijziging(systeem):
    """Wsf 2000 art. 3.16d lid 1: 1 x het verschuldigde wettelijke tarief, of 5 x het volledige,
    in de maand voor en de maand van elke wijziging van het collegegeld en het lesgeld."""
    gevallen = []
    factoren = systeem.parameters("2024-01-01").wsf.levenlanglerenkrediet.maximum_jaarbedrag
    for pad, verlaging_pad, sector, invoer in (
        (
            "whw.wettelijk_collegegeld.bedrag",
            "whw.wettelijk_collegegeld.tijdelijke_verlaging",
            "ho",
            {"onderwijssector": "wo", "opleidingsvorm": "deeltijd", "opleiding_graad": "master"},
        ),
        (
            "lcw.lesgeld.bedrag",
            "lcw.lesgeld.tijdelijke_verlaging",
            "mbo",
            {"onderwijssector": "mbo", "mbo_leerweg": "bol"},
        ),
    ):
        for sleutel, _ in _waarden(systeem, pad):
            for dag in (sleutel, _vorige_maand(sleutel)):
                if dag < datetime.date(2017, 9, 1) or (sector == "mbo" and dag < datetime.date(2017, 8, 1)):
                    continue  # before the credit existed in this sector
                # the studiejaar containing `dag`: its first day is the last studiejaar start <= dag
                start = _eerste_studiejaardag(systeem, dag, sector)
                if start > dag:
                    start = start.replace(year=start.year - 1)
                tarief = _lees(systeem, pad, start)
                verlaging = _lees(systeem, verlaging_pad, start)
                gevallen.append(
                    Geval(
                        f"{sector} {dag}: wettelijk tarief",
                        _maand(dag),
                        "levenlanglerenkrediet_maximum_jaarbedrag",
                        factoren.factor_wettelijk_tarief * tarief * (1 - verlaging),
                        invoer,
                    )
                )
                if sector == "ho":
                    gevallen.append(
                        Geval(
                            f"{sector} {dag}: instellingscollegegeld",
                            _maand(dag),
                            "levenlanglerenkrediet_maximum_jaarbedrag",
                            factoren.factor_instellingstarief * tarief,
                            {**invoer, "heeft_mastergraad": True},
                        )
                    )
    return gevallen


def _lees(systeem, pad, dag):
    waarde = systeem.parameters(dag.isoformat())
    for deel in pad.split("."):
        waarde = getattr(waarde, deel)
    return waarde


GENERATOREN = [
    maximumleeftijd_krediet,
    minimumleeftijd_krediet_mbo,
    maximumleeftijd_studiefinanciering,
    minimumleeftijd_studiefinanciering_mbo,
    minimumleeftijd_lesgeld,
    plafond_bij_elke_tariefwijziging,
]


def alle_gevallen(systeem):
    return [geval for generator in GENERATOREN for geval in generator(systeem)]


def bereken(systeem, geval):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=1)
    simulatie.set_input("geboortedatum", "ETERNITY", np.array([geval.geboortedatum], dtype="datetime64[D]"))
    for naam, waarde in geval.invoer.items():
        simulatie.set_input(naam, geval.periode, np.array([waarde]))
    return simulatie.calculate(geval.variabele, geval.periode)[0]


def klopt(systeem, geval) -> bool:
    uitkomst = bereken(systeem, geval)
    if isinstance(geval.verwacht, bool):
        return bool(uitkomst) == geval.verwacht
    return abs(float(uitkomst) - float(geval.verwacht)) < 0.01
