"""Properties of the law over persons of every rule area (personen.GEBIEDEN).

Each scheme is drawn in the months it is open, with every input of the system, so that every
right is true for a share of the generated persons; the shares are printed at the end of the
run (conftest.py) and none may be below 2 % (MINSTE_AANDEEL: a property over a right that
almost no generated person has checks almost nothing). The properties are ones a wrong rule breaks:
- every listed condition is needed: forcing it false takes the right away from everyone who had
  it (a condition that is read but no longer used fails here);
- age: for every age condition ("ten minste", "nog niet bereikt"), the ages for which it holds
  form one interval (older and younger persons for whom it holds bracket every age between);
  the AOW age once reached stays reached as a person gets older;
- a raised maximum age or a lowered minimum age never removes a right, and the reverse never
  grants one (every `maximumleeftijd` and `minimumleeftijd` parameter);
- the credit ceiling is exactly one or five times a statutory fee that applies (Wsf 2000 art.
  3.16d lid 1), or the halved fee of 2021-2022;
- the calendar: shifting a person's dates and the month by the same number of months leaves every
  right unchanged when no dated parameter, formula start or end lies in between.
"""

import datetime

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter
from openfisca_core.reforms import Reform

from openfisca_llo.regels.voorwaarden import VOORWAARDEN

from .personen import GEBIED, GEBIEDEN, gebieden, simuleer_invoer, systeem_van, trek, zaden

N = 40
AANDELEN: dict[str, list[int]] = {}  # right -> [true, drawn], printed by conftest.py
MINSTE_AANDEEL = 0.02


def _simulatie(systeem, gebied, zaad, n=N):
    eigen = systeem_van(systeem, gebied)
    periode, invoer = trek(eigen, gebied, n, zaad)
    return eigen, periode, invoer, simuleer_invoer(eigen, invoer, n)


def test_elk_recht_is_waar_voor_een_deel_van_de_gegenereerde_personen(systeem):
    for gebied in GEBIEDEN:
        for zaad in range(10):
            _, periode, _, simulatie = _simulatie(systeem, gebied, zaad)
            for recht in gebied.rechten:
                waar = simulatie.calculate(recht, periode)
                teller = AANDELEN.setdefault(recht, [0, 0])
                teller[0] += int(waar.sum())
                teller[1] += len(waar)
    laag = {
        recht: f"{waar}/{totaal}"
        for recht, (waar, totaal) in AANDELEN.items()
        if waar < MINSTE_AANDEEL * totaal
    }
    assert not laag, f"rights true for less than {MINSTE_AANDEEL:.0%} of the generated persons: {laag}"
    assert set(AANDELEN) == set(VOORWAARDEN), "every right of the condition table has a rule area"


# A right that is a disjunction of branches (Wsf 2000 art. 12.15: the voucher until 31 August 2023,
# the tegemoetkoming from 1 September 2023): a condition of one branch is needed when the other
# branch fails, so the test switches the other branch off as well.
TAKKEN = {
    "studievoucher_recht": [
        {"studievoucher_voucher_in_werking", "studievoucher_gebruiksperiode", "studievoucher_hoger_onderwijs"},
        {"studievoucher_tegemoetkoming_in_werking"},
    ],
}


def _ook_uit(recht, voorwaarde):
    for tak in TAKKEN.get(recht, []):
        if voorwaarde in tak:
            return [v for andere in TAKKEN[recht] if andere is not tak for v in sorted(andere)][:1]
    return []


@given(gebied=gebieden, zaad=zaden)
def test_elke_voorwaarde_is_nodig(systeem, gebied, zaad):
    eigen, periode, invoer, simulatie = _simulatie(systeem, gebied, zaad)
    for recht in gebied.rechten:
        had = simulatie.calculate(recht, periode)
        for voorwaarde in VOORWAARDEN[recht]:
            uit = {
                naam: {periode: np.zeros(N, dtype=bool)} for naam in [voorwaarde, *_ook_uit(recht, voorwaarde)]
            }
            zonder = simuleer_invoer(eigen, {**invoer, **uit}, N)
            na = zonder.calculate(recht, periode)
            assert not np.any(na), f"{recht} granted while {voorwaarde} is false ({int(had.sum())} had it)"


LEEFTIJDSVOORWAARDEN = sorted(
    {v for voorwaarden in VOORWAARDEN.values() for v in voorwaarden if v.endswith("leeftijdsvoorwaarde")}
)


@given(gebied=gebieden, zaad=zaden, stap=st.integers(1, 400))
def test_leeftijdsvoorwaarden_gelden_op_een_interval_van_leeftijden(systeem, gebied, zaad, stap):
    """Three copies of each person, born `stap` days apart: if the oldest and the youngest meet an
    age condition, so does the one in between; the AOW age, once reached, is reached by anyone older."""
    eigen, periode, invoer, _ = _simulatie(systeem, gebied, zaad)
    geboren = invoer["geboortedatum"]["ETERNITY"]
    uitkomst = {}
    for verschil in (-stap, 0, stap):
        kopie = {naam: dict(waarden) for naam, waarden in invoer.items()}
        kopie["geboortedatum"]["ETERNITY"] = geboren + np.timedelta64(verschil, "D")
        simulatie = simuleer_invoer(eigen, kopie, N)
        for naam in [*LEEFTIJDSVOORWAARDEN, "aow_leeftijd_bereikt"]:
            uitkomst[naam, verschil] = simulatie.calculate(naam, periode)
    for naam in LEEFTIJDSVOORWAARDEN:
        ouder, midden, jonger = (uitkomst[naam, v] for v in (-stap, 0, stap))
        assert not np.any(ouder & jonger & ~midden), f"{naam} holds for older and younger, not between"
    ouder, midden, jonger = (uitkomst["aow_leeftijd_bereikt", v] for v in (-stap, 0, stap))
    assert not np.any(midden & ~ouder) and not np.any(jonger & ~midden), "older, yet AOW age not reached"


def _grensparameters(systeem):
    return sorted(
        p.name
        for p in systeem.parameters.get_descendants()
        if isinstance(p, Parameter) and p.name.rsplit(".", 1)[-1] in ("maximumleeftijd", "minimumleeftijd")
    )


_VERSCHOVEN = {}


def _verschoven(systeem, pad, verschil):
    sleutel = (id(systeem), pad, verschil)
    if sleutel not in _VERSCHOVEN:

        class Verschuif(Reform):
            def apply(self):
                def aanpassen(parameters):
                    knoop = parameters
                    for deel in pad.split("."):
                        knoop = knoop.children[deel]
                    for waarde in knoop.values_list:
                        if waarde.value is not None:
                            waarde.value += verschil
                    return parameters

                self.modify_parameters(modifier_function=aanpassen)

        _VERSCHOVEN[sleutel] = Verschuif(systeem)
    return _VERSCHOVEN[sleutel]


@given(gebied=gebieden, zaad=zaden, verschil=st.sampled_from([-2, -1, 1, 2]), keuze=st.integers(0, 10**6))
def test_ruimere_leeftijdsgrens_neemt_nooit_een_recht_af(systeem, gebied, zaad, verschil, keuze):
    eigen, periode, invoer, simulatie = _simulatie(systeem, gebied, zaad)
    grenzen = _grensparameters(eigen)
    pad = grenzen[keuze % len(grenzen)]
    ruimer = (verschil > 0) == pad.endswith("maximumleeftijd")  # higher maximum or lower minimum
    hervormd = simuleer_invoer(_verschoven(eigen, pad, verschil), invoer, N)
    for recht in gebied.rechten:
        voor, na = simulatie.calculate(recht, periode), hervormd.calculate(recht, periode)
        if ruimer:
            assert not np.any(voor & ~na), f"{pad} {verschil:+} removed {recht}"
        else:
            assert not np.any(na & ~voor), f"{pad} {verschil:+} granted {recht}"


@given(zaad=zaden)
def test_plafond_is_een_of_vijf_maal_een_wettelijk_tarief(systeem, zaad):
    eigen, periode, _, simulatie = _simulatie(systeem, GEBIED["wsf_whw"], zaad)
    plafond = simulatie.calculate("levenlanglerenkrediet_maximum_jaarbedrag", periode)
    recht = simulatie.calculate("levenlanglerenkrediet_recht", periode)
    maand = periods.period(periode)
    factor = systeem.parameters(
        maand.start
    ).wsf.levenlanglerenkrediet.maximum_jaarbedrag.factor_instellingstarief
    kandidaten = set()
    for terug in range(13):  # the studiejaar of either sector began in the last twelve months
        p = systeem.parameters(maand.offset(-terug, "month").start)
        for regeling in (p.whw.wettelijk_collegegeld, p.lcw.lesgeld):
            # once the fee (reduced in 2021-2022: Stb. 2021, 270 and 322), or five times the full fee
            try:
                bedrag = float(regeling.bedrag)
            except ParameterNotFoundError:  # the fees are kept from the credit's first studiejaar
                continue
            kandidaten |= {bedrag, bedrag * (1 - float(regeling.tijdelijke_verlaging)), bedrag * factor}
    for bedrag in plafond[recht]:
        assert any(abs(bedrag - k) < 0.01 for k in kandidaten), f"ceiling {bedrag} is no (1 or 5 x) fee"
    assert np.all(plafond[~recht] == 0)


def _wijzigingsdagen(systeem):
    """Every day on which a dated parameter value, a formula or a variable's end takes effect."""
    dagen = set()
    for p in systeem.parameters.get_descendants():
        if isinstance(p, Parameter):
            dagen |= {datetime.date.fromisoformat(w.instant_str) for w in p.values_list}
    for variabele in systeem.variables.values():
        dagen |= {datetime.date.fromisoformat(str(d)) for d in variabele.formulas}
        if variabele.end:
            dagen.add(datetime.date.fromisoformat(str(variabele.end)) + datetime.timedelta(days=1))
    return dagen


_DAGEN = {}
KALENDERDATUMS = ("diploma_registratiedatum", "eerste_maand_studiefinanciering_bachelor")
_STUDIEJAREN = {datetime.date(j, m, 1) for j in range(1990, 2040) for m in (1, 8, 9)}


@given(gebied=gebieden, zaad=zaden, kwartalen=st.integers(1, 3))
def test_verschuiven_in_de_tijd_verandert_niets_zonder_wijziging_ertussen(systeem, gebied, zaad, kwartalen):
    """Whole quarters, so that calendar quarters and years line up; studiejaren begin on a
    parameter date (wsf.studiejaar) and the AOW table changes on 1 January, both in the list."""
    eigen = systeem_van(systeem, gebied)
    if id(eigen) not in _DAGEN:
        jaren = range(2000, 2031)
        _DAGEN[id(eigen)] = _wijzigingsdagen(eigen) | {
            datetime.date(j, m, 1)
            for j in jaren
            for m in (1, 8, 9)  # calendar and studiejaren
        }
    maanden = kwartalen * 3

    def eerste_dag(maand):
        return datetime.date(maand.start.year, maand.start.month, 1)

    rustig = [
        m
        for m in gebied.maanden()
        if not any(
            eerste_dag(periods.period(m)) < dag <= eerste_dag(periods.period(m).offset(maanden, "month"))
            for dag in _DAGEN[id(eigen)]
        )
    ]
    assume(rustig)
    periode = rustig[zaad % len(rustig)]
    _, invoer = trek(eigen, gebied, N, zaad, periode)
    simulatie = simuleer_invoer(eigen, invoer, N)
    naar = periods.period(periode).offset(maanden, "month")
    # Two date inputs are compared with the calendar of studiejaren (the first studiejaar after a
    # diploma, art. 12.15 lid 2 onder c; the cohorts of lid 2 onder a begin on 1 September):
    # persons for whom the shift moves one of them across the start of a studiejaar are left out.
    kalender = np.array(sorted(_STUDIEJAREN), dtype="datetime64[D]")
    vergelijkbaar = np.ones(N, dtype=bool)
    verschoven = {}
    for naam, per_periode in invoer.items():
        verschoven[naam] = {}
        for sleutel, waarden in per_periode.items():
            if sleutel != "ETERNITY":
                sleutel = str(periods.period(sleutel).offset(maanden, "month"))
            elif eigen.variables[naam].value_type.__name__ == "date":
                dag_in_maand = waarden - waarden.astype("datetime64[M]").astype("datetime64[D]")
                nieuw = (waarden.astype("datetime64[M]") + maanden).astype("datetime64[D]") + dag_in_maand
                if naam in KALENDERDATUMS and gebied.naam == "studievoucher":  # the only reader
                    vergelijkbaar &= np.searchsorted(kalender, waarden) == np.searchsorted(kalender, nieuw)
                waarden = nieuw
            verschoven[naam][sleutel] = waarden
    later = simuleer_invoer(eigen, verschoven, N)
    for recht in gebied.rechten:
        voor, na = simulatie.calculate(recht, periode), later.calculate(recht, str(naar))
        assert np.array_equal(voor[vergelijkbaar], na[vergelijkbaar]), recht
    VERGELEKEN[0] += int(vergelijkbaar.sum())
    VERGELEKEN[1] += N


VERGELEKEN = [0, 0]  # persons compared after a shift, persons drawn (a guard against a vacuous test)


def test_verschuiven_vergelijkt_genoeg_personen():
    assert VERGELEKEN[1] == 0 or VERGELEKEN[0] >= VERGELEKEN[1] // 4, VERGELEKEN
