"""Invariants of the law, tested with hypothesis over whole persons and over parameters.

Each property is a statement about the law, not about the code:
- exclusivity: studiefinanciering excludes the levenlanglerenkrediet (Wsf 2000 art. 3.1 lid 3);
- conjunction: a right is never granted while one of its conditions fails;
- bounds: the credit ceiling lies between 0 and five times the statutory fee (art. 3.16d);
- monotonicity: a higher maximum age never takes the credit away, a lower one never grants it;
- stability: with nothing changing in the person or the law between two months, the answers
  are the same;
- identity: a reform that restates every parameter as it is changes nothing;
- consistency: one simulation of N persons answers as N simulations of one person.
"""

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.parameters import Parameter
from openfisca_core.reforms import Reform

from openfisca_llo.regels.contract import CONTRACT_RECHTEN, rechten, uitvoer
from openfisca_llo.regels.voorwaarden import VOORWAARDEN

from .personen import maanden, personen, simuleer


@given(mensen=personen(), periode=maanden)
def test_studiefinanciering_sluit_het_krediet_uit(systeem, mensen, periode):
    simulatie = simuleer(systeem, mensen, periode)
    studiefinanciering = simulatie.calculate("recht_op_studiefinanciering", periode)
    krediet = simulatie.calculate("levenlanglerenkrediet_recht", periode)
    assert not np.any(studiefinanciering & krediet)


@given(mensen=personen(), periode=maanden)
def test_geen_recht_zonder_elke_voorwaarde(systeem, mensen, periode):
    simulatie = simuleer(systeem, mensen, periode)
    for recht, voorwaarden in VOORWAARDEN.items():
        toegekend = simulatie.calculate(recht, periode)
        for voorwaarde in voorwaarden:
            vervuld = simulatie.calculate(voorwaarde, periode)
            assert not np.any(toegekend & ~vervuld), f"{recht} granted while {voorwaarde} fails"


@given(mensen=personen(), periode=maanden)
def test_plafond_tussen_nul_en_vijfmaal_het_wettelijk_tarief(systeem, mensen, periode):
    simulatie = simuleer(systeem, mensen, periode)
    plafond = simulatie.calculate("levenlanglerenkrediet_maximum_jaarbedrag", periode)
    recht = simulatie.calculate("levenlanglerenkrediet_recht", periode)
    maand = periods.period(periode)
    # The highest statutory fee (collegegeld or lesgeld) in force at any day of this month or
    # of the eleven months before it: the studiejaar of either sector started in that window.
    tarieven = []
    for terug in range(12):
        op_dag = systeem.parameters(maand.offset(-terug, "month").start)
        for tarief in ("whw.wettelijk_collegegeld.bedrag", "lcw.lesgeld.bedrag"):
            try:
                tarieven.append(_lees(op_dag, tarief))
            except ParameterNotFoundError:  # the fees are kept from the credit's first studiejaar
                pass
    factor = systeem.parameters(maand.start).wsf.levenlanglerenkrediet.maximum_jaarbedrag
    assert np.all(plafond >= 0)
    assert np.all(plafond <= factor.factor_instellingstarief * max(tarieven) + 0.01)
    assert np.all(plafond[~recht] == 0)
    assert np.all(plafond[recht] > 0)


def _lees(parameters, pad):
    for deel in pad.split("."):
        parameters = getattr(parameters, deel)
    return parameters


class VerschuifMaximumleeftijd(Reform):
    """Every published maximum age of the credit moved by `verschil` years."""

    verschil = 0

    def apply(self):
        def aanpassen(parameters):
            for waarde in parameters.wsf.levenlanglerenkrediet.maximumleeftijd.values_list:
                waarde.value += self.verschil
            return parameters

        self.modify_parameters(modifier_function=aanpassen)


_hervormd = {}


def met_maximumleeftijd_verschoven(systeem, verschil):
    if verschil not in _hervormd:
        klasse = type(f"Verschuif{verschil}", (VerschuifMaximumleeftijd,), {"verschil": verschil})
        _hervormd[verschil] = klasse(systeem)
    return _hervormd[verschil]


@given(mensen=personen(), periode=maanden, verschil=st.integers(-3, 3).filter(bool))
def test_hogere_maximumleeftijd_neemt_nooit_een_recht_af(systeem, mensen, periode, verschil):
    basis = simuleer(systeem, mensen, periode).calculate("levenlanglerenkrediet_recht", periode)
    hervorming = simuleer(met_maximumleeftijd_verschoven(systeem, verschil), mensen, periode)
    na = hervorming.calculate("levenlanglerenkrediet_recht", periode)
    if verschil > 0:
        assert np.all(na >= basis), "raising the maximum age took a right away"
    else:
        assert np.all(na <= basis), "lowering the maximum age granted a right"


# Stability: two consecutive months within one studiejaar of both sectors (September to July),
# for persons with no birthday in either month nor in the three months before (so that no
# age, "tot en met de maand waarin", or "kwartaal na het 18e jaar" boundary lies between).
binnen_studiejaar = maanden.filter(lambda m: int(m[5:]) not in (7, 8))


@given(mensen=personen(), periode=binnen_studiejaar)
def test_zelfde_persoon_zelfde_wet_zelfde_antwoord(systeem, mensen, periode):
    maand = periods.period(periode)
    volgende = str(maand.offset(1, "month"))
    gevoelige_maanden = {(maand.start.month - terug - 1) % 12 + 1 for terug in range(-1, 4)}
    mensen = [m for m in mensen if m["geboortedatum"].month not in gevoelige_maanden]
    assume(mensen)
    nu = simuleer(systeem, mensen, periode)
    straks = simuleer(systeem, mensen, volgende)
    for naam in uitvoer(systeem):
        assert np.array_equal(nu.calculate(naam, periode), straks.calculate(naam, volgende)), naam


class HerhaalElkeParameter(Reform):
    """Restates every dated value of every parameter, as it is, through the reform mechanism."""

    def apply(self):
        def herhalen(parameters):
            for blad in parameters.get_descendants():
                if isinstance(blad, Parameter):
                    waarden = list(reversed(blad.values_list))  # oldest first
                    for waarde in waarden:
                        blad.update(start=periods.instant(waarde.instant_str), value=waarde.value)
            return parameters

        self.modify_parameters(modifier_function=herhalen)


@given(mensen=personen(), periode=maanden)
def test_identiteitshervorming_verandert_niets(systeem, mensen, periode):
    identiek = _identiteit(systeem)
    basis = simuleer(systeem, mensen, periode)
    hervormd = simuleer(identiek, mensen, periode)
    for naam in uitvoer(systeem):
        assert np.array_equal(basis.calculate(naam, periode), hervormd.calculate(naam, periode)), naam


_identiteit_cache = {}


def _identiteit(systeem):
    if "systeem" not in _identiteit_cache:
        _identiteit_cache["systeem"] = HerhaalElkeParameter(systeem)
    return _identiteit_cache["systeem"]


@given(mensen=personen(min_size=2, max_size=12), periode=maanden)
def test_een_simulatie_van_n_is_n_simulaties_van_een(systeem, mensen, periode):
    samen = simuleer(systeem, mensen, periode)
    for naam in uitvoer(systeem):
        alle = samen.calculate(naam, periode)
        los = np.concatenate([simuleer(systeem, [m], periode).calculate(naam, periode) for m in mensen])
        assert np.array_equal(alle, los), naam


def test_rechten_zijn_de_booleaanse_contractuitvoer(systeem):
    assert "levenlanglerenkrediet_recht" in rechten(systeem)
    assert "levenlanglerenkrediet_maximum_jaarbedrag" not in rechten(systeem)


def test_de_lijst_van_rechten_is_de_booleaanse_contractuitvoer(systeem):
    # CONTRACT_RECHTEN is derived from the outputs by naming the numbers; a number left off that
    # set, or a right put in it, makes the two lists differ.
    assert CONTRACT_RECHTEN == rechten(systeem)
