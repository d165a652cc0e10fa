"""Dates as integers: the same calendar as numpy's, and the same AOW age as the sorted lookup.

The rules split a date into its month number and day of the month with integer arithmetic
(openfisca_llo/regels/datums.py), and look the AOW age up per calendar year through an offset
table. The reference for both is the slower code they replaced: numpy's own datetime64 casts,
and `np.unique` over the years.
"""

import numpy as np
import pytest

from openfisca_llo.regels import datums
from openfisca_llo.regels.aow import aow_leeftijd_per_jaar


def numpy_delen(dagen):
    """Month number and day of the month through numpy's calendar (the code before)."""
    maanden = dagen.astype("datetime64[M]")
    return maanden.astype(np.int64), (dagen - maanden).astype(np.int64) + 1


@pytest.mark.parametrize(
    ("van", "tot"),
    [("0001-01-01", "9999-12-31"), ("-4000-01-01", "-3000-01-01"), ("1000000-01-01", "1000400-03-01")],
    ids=["iso-jaren", "negatieve-jaren", "int64-pad"],
)
def test_datumdelen_is_numpy_calendar_on_every_day(van, tot):
    dagen = np.arange(np.datetime64(van), np.datetime64(tot))
    delen = datums.datumdelen(dagen)
    maand, dag = numpy_delen(dagen)
    assert np.array_equal(delen.maandnummer, maand)
    assert np.array_equal(delen.dag, dag)


@pytest.mark.parametrize("datum", ["1970-01-01", "2000-02-29", "1969-12-31"])
def test_datumdelen_of_one_date_for_all_persons(datum):
    """An input left at its default holds one date for everyone: a shortcut, the same parts."""
    dagen = np.full(1000, np.datetime64(datum, "D"))
    delen = datums.datumdelen(dagen)
    maand, dag = numpy_delen(dagen)
    assert np.array_equal(delen.maandnummer, maand) and np.array_equal(delen.dag, dag)


def test_datumdelen_by_hand():
    """1994-03-01: (1994 - 1970) * 12 + 3 - 1 = 290; 1969-12-31: -1, day 31; 2000-02-29: day 29."""
    delen = datums.datumdelen(
        np.array(["1994-03-01", "1969-12-31", "1970-01-01", "2000-02-29"], "datetime64[D]")
    )
    assert delen.maandnummer.tolist() == [(1994 - 1970) * 12 + 3 - 1, -1, 0, (2000 - 1970) * 12 + 2 - 1]
    assert delen.dag.tolist() == [1, 31, 1, 29]


def test_helpers_accept_dates_and_their_parts_alike():
    rng = np.random.default_rng(3)
    geboren = np.datetime64("1940-01-01") + rng.integers(0, 365 * 80, 20_000).astype("timedelta64[D]")
    delen = datums.datumdelen(geboren)
    from openfisca_core.periods import Instant

    for dag in (Instant((2026, 10, 1)), Instant((2024, 2, 29)), Instant((2023, 8, 31))):
        assert np.array_equal(datums.leeftijd_op(geboren, dag), datums.leeftijd_op(delen, dag))
        assert np.array_equal(datums.maanden_voltooid_op(geboren, dag), datums.maanden_voltooid_op(delen, dag))
        assert np.array_equal(
            datums.leeftijd_in_maanden_bereikt_op(geboren, 800, dag),
            datums.leeftijd_in_maanden_bereikt_op(delen, 800, dag),
        )


def _aow_met_unique(geboortedatum, leeftijd_in_jaar):
    """`eigen_aow_leeftijd_in_maanden` as it was: `np.unique` over the years at each step."""
    geboortemaand, _ = numpy_delen(np.asarray(geboortedatum, dtype="datetime64[D]"))
    jaar = geboortemaand // datums.MAANDEN_PER_JAAR
    while True:
        unieke_jaren, plaats = np.unique(jaar, return_inverse=True)
        tabel = np.array([leeftijd_in_jaar(int(j) + datums.EPOCHE_JAAR) for j in unieke_jaren], dtype=np.int64)
        leeftijd = tabel[plaats].reshape(jaar.shape)
        volgend_jaar = (geboortemaand + leeftijd) // datums.MAANDEN_PER_JAAR
        if np.array_equal(volgend_jaar, jaar):
            return leeftijd
        jaar = volgend_jaar


@pytest.mark.parametrize(
    ("spreiding_jaren", "personen"),
    [(1, 200_000), (80, 200_000), (3000, 200_000), (80, 50), (3000, 50)],
    ids=["een-jaar", "bevolking", "eeuwen-uiteen", "weinig-personen", "weinig-personen-eeuwen-uiteen"],
)
def test_aow_offset_table_equals_unique(systeem, spreiding_jaren, personen):
    """Per birth month (many persons), per person (few), and with `np.unique` (years far apart)."""
    rng = np.random.default_rng(spreiding_jaren)
    geboren = np.datetime64("1940-01-01") + rng.integers(0, 365 * spreiding_jaren + 1, personen).astype(
        "timedelta64[D]"
    )
    per_jaar = aow_leeftijd_per_jaar(systeem.get_parameters_at_instant)
    verwacht = _aow_met_unique(geboren, per_jaar)
    assert np.array_equal(datums.eigen_aow_leeftijd_in_maanden(geboren, per_jaar), verwacht)
    assert np.array_equal(datums.eigen_aow_leeftijd_in_maanden(datums.datumdelen(geboren), per_jaar), verwacht)


def test_aow_table_read_leaf_by_leaf_equals_the_tree_at_each_year(systeem):
    """The direct leaf reads give what `parameters(1 January)` gives, before, in and after the table."""
    direct = aow_leeftijd_per_jaar(systeem.get_parameters_at_instant)
    via_boom = aow_leeftijd_per_jaar(lambda instant: systeem.get_parameters_at_instant(instant))
    for jaar in range(1900, 2100):
        assert direct(jaar) == via_boom(jaar), jaar


def test_an_aow_table_ended_by_a_reform_is_reported_not_searched_forever(systeem):
    """A reform that ends the table (`beeindig`) leaves later years without a value: OpenFisca's error,
    after the years up to 9999 were searched, both through the leaves and through the tree."""
    from openfisca_core.errors import ParameterNotFoundError

    from openfisca_llo.hervorming import pas_toe

    document = {
        "naam": "AOW-tabel beëindigd",
        "beschrijving": "Test: de tabel eindigt.",
        "bron": [{"title": "test", "href": "https://wetten.overheid.nl/BWBR0002221"}],
        "wijzigingen": {"aow.pensioengerechtigde_leeftijd.jaren": {"2029-01-01": 67}},
        "beeindig": {
            "aow.pensioengerechtigde_leeftijd.jaren": "2030-01-01",
            "aow.pensioengerechtigde_leeftijd.maanden": "2030-01-01",
        },
    }
    hervormd = pas_toe(document, systeem)
    for per_jaar in (
        aow_leeftijd_per_jaar(hervormd.get_parameters_at_instant),
        aow_leeftijd_per_jaar(lambda instant: hervormd.get_parameters_at_instant(instant)),
    ):
        assert per_jaar(2029) == 67 * 12 + 3
        with pytest.raises(ParameterNotFoundError):
            per_jaar(2030)
