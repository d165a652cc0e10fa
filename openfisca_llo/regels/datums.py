"""Vectorised calendar arithmetic for the rules: ages, months and studiejaren.

Calendar facts (twelve months a year, three a quarter) live here, so that formulas in
variables/ hold no number at all: every number a formula uses is a dated parameter.
"""

import numpy as np
from openfisca_core.periods import Instant

MAANDEN_PER_JAAR = 12
MAANDEN_PER_KWARTAAL = 3
EPOCHE_JAAR = 1970  # numpy month numbers count from 1970-01


def als_datum(instant) -> np.datetime64:
    """An OpenFisca instant (or period start) as a numpy day."""
    return np.datetime64(f"{instant.year:04d}-{instant.month:02d}-{instant.day:02d}", "D")


def maandnummer(datums):
    """Months since 1970-01 (`EPOCHE_JAAR`), so that months can be compared and counted."""
    return np.asarray(datums, dtype="datetime64[D]").astype("datetime64[M]").astype(np.int64)


def maandnummer_van_instant(instant) -> int:
    return (instant.year - EPOCHE_JAAR) * MAANDEN_PER_JAAR + instant.month - 1


def dag_van_de_maand(datums):
    datums = np.asarray(datums, dtype="datetime64[D]")
    return (datums - datums.astype("datetime64[M]")).astype(np.int64) + 1


def leeftijd_op(geboortedatum, instant):
    """Age in completed years on the day `instant` (vectorised over birth dates).

    A person born on 29 February completes a year on 1 March in a common year; on the
    first day of a month, the only day the Wsf 2000 asks about (art. 1.2), this is
    the same under every reading of that case.
    """
    geboren = np.asarray(geboortedatum, dtype="datetime64[D]")
    maanden_verschil = maandnummer_van_instant(instant) - maandnummer(geboren)
    jaren = maanden_verschil // MAANDEN_PER_JAAR
    jarig_nog_niet_geweest = (maanden_verschil % MAANDEN_PER_JAAR == 0) & (
        dag_van_de_maand(geboren) > instant.day
    )
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
    geboren = np.asarray(geboortedatum, dtype="datetime64[D]")
    maand = maand_waarin_leeftijd_bereikt(geboren, jaren)
    begin_kwartaal = maand - maand % MAANDEN_PER_KWARTAAL
    op_eerste_dag = (maand == begin_kwartaal) & (dag_van_de_maand(geboren) == 1)
    return np.where(op_eerste_dag, begin_kwartaal, begin_kwartaal + MAANDEN_PER_KWARTAAL)


def maanden_voltooid_op(geboortedatum, instant):
    """Age in completed months on the day `instant` (vectorised over birth dates)."""
    geboren = np.asarray(geboortedatum, dtype="datetime64[D]")
    maanden_verschil = maandnummer_van_instant(instant) - maandnummer(geboren)
    nog_niet_verjaard = dag_van_de_maand(geboren) > instant.day
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
    steps, each vectorised over all persons).
    """
    geboortemaand = maandnummer(geboortedatum)
    jaar = geboortemaand // MAANDEN_PER_JAAR
    leeftijd = np.zeros_like(geboortemaand)
    for _stap in range(MAANDEN_PER_JAAR * MAANDEN_PER_JAAR):  # a bound; a few steps suffice
        unieke_jaren, plaats = np.unique(jaar, return_inverse=True)
        tabel = np.array([leeftijd_in_jaar(int(j) + EPOCHE_JAAR) for j in unieke_jaren], dtype=np.int64)
        leeftijd = tabel[plaats].reshape(jaar.shape)
        volgend_jaar = (geboortemaand + leeftijd) // MAANDEN_PER_JAAR
        if np.array_equal(volgend_jaar, jaar):
            return leeftijd
        jaar = volgend_jaar
    raise ValueError("De AOW-leeftijdstabel daalt of stijgt met een jaar of meer: geen vast punt gevonden.")


def maandnummer_van_jaar_en_maand(jaar, maand):
    """Month number (see `maandnummer`) of month `maand` of calendar year `jaar`."""
    return (np.asarray(jaar, dtype=np.int64) - 1970) * MAANDEN_PER_JAAR + np.asarray(maand, dtype=np.int64) - 1


def maand_van_eerste_studiejaar_na(datums, eerste_maand: int):
    """Month number of the first day of the first studiejaar that starts after the day `datums`.

    A studiejaar starts on the first day of month `eerste_maand`; one that starts on the day
    itself does not follow it ("volgend op de dag").
    """
    datums = np.asarray(datums, dtype="datetime64[D]")
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
    geboren = np.asarray(geboortedatum, dtype="datetime64[D]")
    maand_bereikt = maandnummer(geboren) + np.asarray(maanden, dtype=np.int64)
    nu = maandnummer_van_instant(instant)
    return (nu > maand_bereikt) | ((nu == maand_bereikt) & (dag_van_de_maand(geboren) <= instant.day))
