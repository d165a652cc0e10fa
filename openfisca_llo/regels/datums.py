"""Vectorised calendar arithmetic for the rules: ages, months and studiejaren.

Calendar facts (twelve months a year, three a quarter, the Gregorian cycle) live here, so that
formulas in variables/ hold no number at all: every number a formula uses is a dated parameter.

A date is used as two integers, its month number (months since 1970-01) and its day of the
month (`Datumdelen`). They are computed from the day number with integer arithmetic
(`datumdelen`), not with numpy's datetime64 casts, which cost ten times more; every function
below accepts either dates or their `Datumdelen`, so that a birth date split once (the
variables `geboortemaandnummer` and `geboortedag`, kept by OpenFisca's cache) is not split
again by every rule that reads it.
"""

from typing import NamedTuple

import numpy as np
from openfisca_core.periods import Instant

MAANDEN_PER_JAAR = 12
MAANDEN_PER_KWARTAAL = 3
EPOCHE_JAAR = 1970  # numpy month numbers count from 1970-01

# The proleptic Gregorian calendar counted from 1 March of year 0 (so that a leap day is the
# last day of its year): days from 0000-03-01 to 1970-01-01, days in a 400-year cycle, in a
# 100-year and a 4-year span, in a common year, and the months from March (day of that year
# d -> month (5 d + 2) // 153, the first day of month m: (153 m + 2) // 5).
_DAGEN_0000_03_01_TOT_EPOCHE = 719_468
_DAGEN_PER_400_JAAR = 146_097
_DAGEN_PER_100_JAAR = 36_524
_DAGEN_PER_4_JAAR = 1_460
_DAGEN_PER_JAAR = 365
_JAREN_PER_CYCLUS = 400
_JAREN_PER_EEUW = 100
_JAREN_PER_SCHRIKKELJAAR = 4
_MAAND_VANAF_MAART_TELLER, _MAAND_VANAF_MAART_NOEMER, _MAAND_VANAF_MAART_STAP = 5, 153, 2
_MAART = 2  # months from January to March
# int32 arithmetic (three times faster than int64) holds for days within about 580,000 years of 1970.
_INT32_GRENS = np.iinfo(np.int32).max // (_MAAND_VANAF_MAART_TELLER * 2) - _DAGEN_0000_03_01_TOT_EPOCHE


class Datumdelen(NamedTuple):
    """A date as integers: months since 1970-01 (`maandnummer`) and day of the month (1-31)."""

    maandnummer: np.ndarray
    dag: np.ndarray


def datumdelen(datums) -> Datumdelen:
    """Month number and day of the month of every date, in integer arithmetic.

    The civil-from-days algorithm over 400-year cycles (H. Hinnant, "chrono-Compatible
    Low-Level Date Algorithms"); exactly numpy's own calendar, which
    tests/suites/test_datums.py checks day by day from 0001-01-01 to 9999-12-31.
    """
    if isinstance(datums, Datumdelen):
        return datums
    dagen = np.asarray(datums, dtype="datetime64[D]").view(np.int64)
    laagste, hoogste = (int(dagen.min()), int(dagen.max())) if dagen.size else (0, 0)
    if dagen.size > 1 and laagste == hoogste:  # one date for all (an input left at its default)
        een = datumdelen(dagen[:1].view("datetime64[D]"))
        return Datumdelen(np.full(dagen.shape, een.maandnummer[0]), np.full(dagen.shape, een.dag[0]))
    soort = np.int32 if -_INT32_GRENS <= laagste and hoogste <= _INT32_GRENS else np.int64
    z = dagen.astype(soort) + soort(_DAGEN_0000_03_01_TOT_EPOCHE)
    cyclus = z // _DAGEN_PER_400_JAAR
    dag_van_cyclus = z - cyclus * _DAGEN_PER_400_JAAR
    jaar_van_cyclus = (
        dag_van_cyclus
        - dag_van_cyclus // _DAGEN_PER_4_JAAR
        + dag_van_cyclus // _DAGEN_PER_100_JAAR
        - dag_van_cyclus // (_DAGEN_PER_400_JAAR - 1)
    ) // _DAGEN_PER_JAAR
    dag_van_jaar = dag_van_cyclus - (
        _DAGEN_PER_JAAR * jaar_van_cyclus
        + jaar_van_cyclus // _JAREN_PER_SCHRIKKELJAAR
        - jaar_van_cyclus // _JAREN_PER_EEUW
    )
    maand_vanaf_maart = (_MAAND_VANAF_MAART_TELLER * dag_van_jaar + _MAAND_VANAF_MAART_STAP) // (
        _MAAND_VANAF_MAART_NOEMER
    )
    dag = (
        dag_van_jaar
        - (_MAAND_VANAF_MAART_NOEMER * maand_vanaf_maart + _MAAND_VANAF_MAART_STAP) // _MAAND_VANAF_MAART_TELLER
        + 1
    )
    jaar_vanaf_maart = jaar_van_cyclus + cyclus * _JAREN_PER_CYCLUS
    maand = (jaar_vanaf_maart - EPOCHE_JAAR) * MAANDEN_PER_JAAR + maand_vanaf_maart + _MAART
    return Datumdelen(maand, dag)


def geboorte(persoon, period) -> Datumdelen:
    """A person's birth date as `Datumdelen`, from the variables that keep it split."""
    return Datumdelen(persoon("geboortemaandnummer", period), persoon("geboortedag", period))


def als_datum(instant) -> np.datetime64:
    """An OpenFisca instant (or period start) as a numpy day."""
    return np.datetime64(f"{instant.year:04d}-{instant.month:02d}-{instant.day:02d}", "D")


def maandnummer(datums):
    """Months since 1970-01 (`EPOCHE_JAAR`), so that months can be compared and counted."""
    return datumdelen(datums).maandnummer


def maandnummer_van_instant(instant) -> int:
    return (instant.year - EPOCHE_JAAR) * MAANDEN_PER_JAAR + instant.month - 1


def dag_van_de_maand(datums):
    return datumdelen(datums).dag


def leeftijd_op(geboortedatum, instant):
    """Age in completed years on the day `instant` (vectorised over birth dates).

    A person born on 29 February completes a year on 1 March in a common year; on the
    first day of a month, the only day the Wsf 2000 asks about (art. 1.2), this is
    the same under every reading of that case.
    """
    geboren = datumdelen(geboortedatum)
    maanden_verschil = maandnummer_van_instant(instant) - geboren.maandnummer
    jaren = maanden_verschil // MAANDEN_PER_JAAR
    jarig_nog_niet_geweest = (maanden_verschil % MAANDEN_PER_JAAR == 0) & (geboren.dag > instant.day)
    return (jaren - jarig_nog_niet_geweest).astype(np.int32)


def maand_waarin_leeftijd_bereikt(geboortedatum, jaren):
    """Month number (see `maandnummer`) in which a person reaches `jaren` years of age."""
    return maandnummer(geboortedatum) + np.asarray(jaren, dtype=np.int64) * MAANDEN_PER_JAAR


def begin_studiejaar(period, eerste_maand: int) -> Instant:
    """First day of the studiejaar that contains the month `period`.

    `eerste_maand` is the calendar month in which that studiejaar starts (a parameter).
    """
    start = period.start
    jaar = start.year if start.month >= eerste_maand else start.year - 1
    return Instant((jaar, int(eerste_maand), 1))


def eerste_maand_van_kwartaal_na_verjaardag(geboortedatum, jaren):
    """Month number of the first day of the quarter after the one in which a person reaches
    `jaren` years, or of that quarter itself when the birthday is its first day."""
    geboren = datumdelen(geboortedatum)
    maand = maand_waarin_leeftijd_bereikt(geboren, jaren)
    begin_kwartaal = maand - maand % MAANDEN_PER_KWARTAAL
    op_eerste_dag = (maand == begin_kwartaal) & (geboren.dag == 1)
    return np.where(op_eerste_dag, begin_kwartaal, begin_kwartaal + MAANDEN_PER_KWARTAAL)


def maanden_voltooid_op(geboortedatum, instant):
    """Age in completed months on the day `instant` (vectorised over birth dates)."""
    geboren = datumdelen(geboortedatum)
    maanden_verschil = maandnummer_van_instant(instant) - geboren.maandnummer.astype(np.int64)
    nog_niet_verjaard = geboren.dag > instant.day
    return (maanden_verschil - nog_niet_verjaard).astype(np.int64)


def eigen_aow_leeftijd_in_maanden(geboortedatum, leeftijd_in_jaar):
    """The AOW age (in months) that applies to each person (vectorised over birth dates).

    AOW art. 7a gives the pensioengerechtigde leeftijd per calendar year: a person's AOW
    age is the one in force in the calendar year in which they reach it.
    `leeftijd_in_jaar(jaar)` returns the AOW age in months in force in calendar year `jaar`
    (read from the parameters by the caller). Because that age never falls and never rises
    by a full year or more from one year to the next, the year in which a person reaches it
    is the first fixed point of `jaar -> year(birth month + leeftijd_in_jaar(jaar))`; the
    iteration below climbs to it from the birth year in a handful of steps (a loop over
    steps, each vectorised over all persons). Each step reads the table for the calendar years
    present through an offset table (`_per_jaar`), not a sort of all persons.

    The AOW age depends on the birth month alone, and a population has far fewer birth months
    than persons: the iteration then runs once per month from the first to the last birth
    month, and each person takes the value of their month from that table.
    """
    geboortemaand = maandnummer(geboortedatum)
    if geboortemaand.size:
        laagste, hoogste = int(geboortemaand.min()), int(geboortemaand.max())
        if hoogste - laagste + 1 < geboortemaand.size:
            tabel = _vast_punt(np.arange(laagste, hoogste + 1, dtype=np.int64), leeftijd_in_jaar)
            return tabel[geboortemaand - laagste]
    return _vast_punt(geboortemaand.astype(np.int64), leeftijd_in_jaar)


def _vast_punt(geboortemaand, leeftijd_in_jaar):
    """The fixed point of `eigen_aow_leeftijd_in_maanden` for each month number in `geboortemaand`."""
    jaar = geboortemaand // MAANDEN_PER_JAAR
    for _stap in range(MAANDEN_PER_JAAR * MAANDEN_PER_JAAR):  # a bound; a few steps suffice
        leeftijd = _per_jaar(jaar, leeftijd_in_jaar)
        volgend_jaar = (geboortemaand + leeftijd) // MAANDEN_PER_JAAR
        if np.array_equal(volgend_jaar, jaar):
            return leeftijd
        jaar = volgend_jaar
    raise ValueError("De AOW-leeftijdstabel daalt of stijgt met een jaar of meer: geen vast punt gevonden.")


def _per_jaar(jaar, leeftijd_in_jaar):
    """`leeftijd_in_jaar(j)` for every element `j` of `jaar` (years since 1970), as an int64 array.

    Calendar years span a small range, so a table from the smallest to the largest year, indexed
    by the offset from the smallest, does what `np.unique` does without sorting every person
    (it also reads the years in between that no one has, which changes nothing). A range far
    wider than the number of persons (dates centuries apart) falls back to `np.unique`.
    """
    if jaar.size == 0:
        return np.zeros(jaar.shape, dtype=np.int64)
    laagste, hoogste = int(jaar.min()), int(jaar.max())
    if hoogste - laagste > max(jaar.size, _JAREN_PER_CYCLUS):
        unieke_jaren, plaats = np.unique(jaar, return_inverse=True)
        tabel = np.array([leeftijd_in_jaar(int(j) + EPOCHE_JAAR) for j in unieke_jaren], dtype=np.int64)
        return tabel[plaats].reshape(jaar.shape)
    tabel = np.array([leeftijd_in_jaar(j + EPOCHE_JAAR) for j in range(laagste, hoogste + 1)], dtype=np.int64)
    return tabel[jaar - laagste]


def maandnummer_van_jaar_en_maand(jaar, maand):
    """Month number (see `maandnummer`) of month `maand` of calendar year `jaar`."""
    return (np.asarray(jaar, dtype=np.int64) - 1970) * MAANDEN_PER_JAAR + np.asarray(maand, dtype=np.int64) - 1


def maand_van_eerste_studiejaar_na(datums, eerste_maand: int):
    """Month number of the first day of the first studiejaar that starts after the day `datums`.

    A studiejaar starts on the first day of month `eerste_maand`; one that starts on the day
    itself does not follow it ("volgend op de dag").
    """
    maand = maandnummer(datums)
    maand_in_jaar = maand % MAANDEN_PER_JAAR + 1
    jaar_begin = maand - maand_in_jaar + eerste_maand
    # A studiejaar that started on or before the day does not follow it.
    al_begonnen = maand_in_jaar >= eerste_maand
    return np.where(al_begonnen, jaar_begin + MAANDEN_PER_JAAR, jaar_begin)


def dagen_van_de_maand(period):
    """Every day of the month `period`, as OpenFisca instants (for "open on some day" checks)."""
    return [period.start.offset(dag, "day") for dag in range(period.size_in_days)]


def leeftijd_in_maanden_bereikt_op(geboortedatum, maanden, instant):
    """True where a person has reached an age of `maanden` months on the day `instant`.

    The age is reached on the day of the month on which the person was born; when that month
    has no such day (born on the 31st), on the first day of the next month.
    """
    geboren = datumdelen(geboortedatum)
    maand_bereikt = geboren.maandnummer + np.asarray(maanden, dtype=np.int64)
    nu = maandnummer_van_instant(instant)
    return (nu > maand_bereikt) | ((nu == maand_bereikt) & (geboren.dag <= instant.day))
