"""The calendar of the law, as a metamorphic property: every dated parameter change takes effect
exactly on its date.

For each dated change of a parameter (a value that differs from the one before it), the law is
compared with the law without that change (the earlier value continues until the next one), for
persons of every rule area (personen.GEBIEDEN, each under the system that switches its scheme on)
drawn in the months around the date:
- in the month before the month of the date no person gets another outcome: a change never
  acts early;
- in the month of the date, or (a date after the first of a month, read by a rule at the start of
  a month) in the month after it, some person gets another outcome: a change is never ignored and
  never acts late.

The outcomes are every right and condition, every computed amount and count, and the AOW age
reached. Persons are drawn for the rule areas whose window holds the month (all areas when none
does), 4000 per area. A change of a voucher scheme on the day after its variables end, or on
which one of its formulas replaces an earlier one, needs no new outcome on its date (its switch
closes the day after its variables' `end`; the voucher's values end when the tegemoetkoming's
formula starts): there the variables' own calendar governs, which the mutation check moves a
month either way (tests/mutatie_operatoren.py).
A change that by law can matter only later names that month in `EERSTE_GEBRUIK`, and must show
there: the voucher value of 2020 (Bsf 2000 art. 19) first counts for a voucher used in
studiejaar 2020-2021, the first in which the first cohort (diploma 2015-2016) could use one (Wsf
2000 art. 12.15 lid 2 onder c, oud: from the fifth studiejaar after the diploma).
A person's own AOW age (`pensioengerechtigde_leeftijd_in_maanden`) is fixed by the row of the year
in which the person reaches it (AOW art. 7a), so a later row determines it before its date: that
variable is left out of the "never early" comparison for the AOW table, nothing else is.

CI draws 10 changes (hypothesis, derandomised); `make test-grondig` draws 400, which covers
nearly each of them.
"""

import datetime
from functools import cache

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter
from openfisca_core.reforms import Reform

from openfisca_llo.regels.voorwaarden import VOORWAARDEN
from openfisca_llo.tax_benefit_system import basissysteem

from .personen import GEBIEDEN, simuleer_invoer, systeem_van, trek

PERSONEN = 4000  # per rule area and month
ZAAD = 0


def _wijzigingen(systeem):
    """Every dated change: (node, date) for the leaves of one node whose value on that date
    differs from the value before it (the AOW age's years and months change together)."""
    gevonden = set()
    for blad in systeem.parameters.get_descendants():
        if isinstance(blad, Parameter):
            waarden = blad.values_list  # newest first
            knoop = blad.name.rsplit(".", 1)[0]
            gevonden |= {
                (knoop, waarden[i].instant_str)
                for i in range(len(waarden) - 1)
                if waarden[i].value != waarden[i + 1].value
            }
    return sorted(gevonden)


WIJZIGINGEN = _wijzigingen(basissysteem())


def _zonder(systeem, knoopnaam, datum):
    """The law without the change: every leaf of the node keeps its earlier value on `datum`."""

    class Zonder(Reform):
        def apply(self):
            def aanpassen(parameters):
                knoop = parameters
                for deel in knoopnaam.split("."):
                    knoop = knoop.children[deel]
                for blad in knoop.children.values():
                    if isinstance(blad, Parameter):
                        waarden = blad.values_list
                        for i in range(len(waarden) - 1):
                            if waarden[i].instant_str == datum and waarden[i].value != waarden[i + 1].value:
                                del waarden[i]
                                break
                return parameters

            self.modify_parameters(modifier_function=aanpassen)

    return Zonder(systeem)


@cache
def _namen(systeem):
    namen = {n for recht, voorwaarden in VOORWAARDEN.items() for n in [recht, *voorwaarden]}
    namen |= {
        naam
        for naam, v in systeem.variables.items()
        if v.formulas and v.definition_period == "month" and v.value_type in (int, float)
    }
    return sorted(n for n in namen | {"aow_leeftijd_bereikt"} if n in systeem.variables)


def _per_gebied(systeem):
    """The system of every rule area: a dormant proposal under the reform that switches it on."""
    if systeem is basissysteem():
        return {gebied.naam: systeem_van(systeem, gebied) for gebied in GEBIEDEN}
    return {gebied.naam: _hervormd(systeem, gebied) for gebied in GEBIEDEN}


def _gebieden(maand):
    """The rule areas whose window holds `maand`, or all of them when none does."""
    open_ = [g for g in GEBIEDEN if maand in g.maanden()]
    return open_ or GEBIEDEN


def _uitkomsten(systemen, maand):
    """{(area, variable): outcome} for the persons of the areas of `maand`."""
    uitkomst = {}
    for gebied in _gebieden(maand):
        eigen = systemen[gebied.naam]
        _, invoer = trek(eigen, gebied, PERSONEN, ZAAD, maand)
        simulatie = simuleer_invoer(eigen, invoer, PERSONEN)
        for naam in _namen(basissysteem()):
            try:
                uitkomst[gebied.naam, naam] = simulatie.calculate(naam, maand)
            except ParameterNotFoundError:  # before this part of the law: compared as such
                uitkomst[gebied.naam, naam] = np.array(["geen parameter"])
    return uitkomst


def _hervormd(systeem, gebied):
    if gebied.hervorming is None:
        return systeem
    from openfisca_llo.hervorming import hervorming_uit_bestand
    from openfisca_llo.paths import REFORMS_DIR

    return hervorming_uit_bestand(REFORMS_DIR / f"{gebied.hervorming}.yaml")(systeem)


_WET = {}


def _wet(maand):
    if maand not in _WET:
        _WET[maand] = _uitkomsten(_per_gebied(basissysteem()), maand)
    return _WET[maand]


def _verschil(wet, zonder, behalve=()):
    return sorted(
        f"{gebied} {naam}"
        for (gebied, naam), a in wet.items()
        if naam not in behalve and not np.array_equal(a, zonder[gebied, naam])
    )


# Lifetime values fixed by a row of a later year (AOW art. 7a): not "early" for that table.
LATER_JAAR = {"aow.pensioengerechtigde_leeftijd": {"pensioengerechtigde_leeftijd_in_maanden"}}
EERSTE_GEBRUIK = {("vouchers.studievoucher.voucher", "2020-01-01"): "2020-09"}


def _kalenderdagen(systeem):
    """Per voucher scheme (`vouchers.<scheme>`, variables `<scheme>_*`): the days on which one of
    its formulas replaces an earlier one, or which follow the end of one of its variables."""
    dagen = {}
    for naam, variabele in systeem.variables.items():
        eigen = {str(d) for d in sorted(variabele.formulas)[1:]}
        if variabele.end:
            einde = datetime.date.fromisoformat(str(variabele.end))
            eigen.add((einde + datetime.timedelta(days=1)).isoformat())
        for regeling in {n.split(".")[1] for n, _ in WIJZIGINGEN if n.startswith("vouchers.")}:
            if naam.startswith(f"{regeling}_"):
                dagen.setdefault(regeling, set()).update(eigen)
    return dagen


def _door_kalender(knoop, datum):
    delen = knoop.split(".")
    return delen[0] == "vouchers" and datum in KALENDERDAGEN.get(delen[1], set())


KALENDERDAGEN = _kalenderdagen(basissysteem())
MAX_VOORBEELDEN = 10 if settings.default.max_examples <= 30 else settings.default.max_examples


def test_er_zijn_gedateerde_wijzigingen():
    assert len(WIJZIGINGEN) > 50, WIJZIGINGEN


def test_wijzigingen_zonder_nieuwe_uitkomst_zijn_verklaard():
    """The changes that need no new outcome on their date are few, and each is explained."""
    assert set(EERSTE_GEBRUIK) <= set(WIJZIGINGEN)
    vrij = [w for w in WIJZIGINGEN if _door_kalender(*w)]
    assert len(vrij) < len(WIJZIGINGEN) // 3, vrij


@settings(max_examples=MAX_VOORBEELDEN)
@given(keuze=st.sampled_from(WIJZIGINGEN))
def test_elke_wijziging_werkt_precies_vanaf_haar_datum(keuze):
    naam, datum = keuze
    dag = datetime.date.fromisoformat(datum)
    maand = periods.period(f"{dag:%Y-%m}")
    zonder = _per_gebied(_zonder(basissysteem(), naam, datum))
    voor = str(maand.offset(-1, "month"))
    te_vroeg = _verschil(_wet(voor), _uitkomsten(zonder, voor), LATER_JAAR.get(naam, ()))
    assert not te_vroeg, f"{naam} {dag} acts in {voor}, before its date: {te_vroeg[:3]}"
    if _door_kalender(naam, datum):
        return
    eerste = [str(maand)] if dag.day == 1 else [str(maand), str(maand.offset(1, "month"))]
    eerste = [EERSTE_GEBRUIK[keuze]] if keuze in EERSTE_GEBRUIK else eerste
    gezien = [m for m in eerste if _verschil(_wet(m), _uitkomsten(zonder, m))]
    assert gezien, f"{naam} {dag}: no generated person gets another outcome in {' or '.join(eerste)}"
