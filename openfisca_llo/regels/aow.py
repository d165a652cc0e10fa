"""The pensioengerechtigde leeftijd (AOW-leeftijd) of a person, for rules that end there.

Algemene Ouderdomswet art. 7a lid 1: the pensioengerechtigde leeftijd is, "in 2022: 66 jaar en
zeven maanden", and so on per calendar year. A person reaches it on the day their age equals the
AOW age in force in that calendar year, and from then on has reached it. When the AOW age rises at
the turn of a year (say from 67 to 67 years and 3 months in 2028), someone who reached 67 in
October 2027 does not fall back below it in January 2028: whoever reached it in an earlier year
stays past it. Because the AOW age rises by less than a year per year, checking the current
calendar year and the last day of the previous one is enough. The AOW age of a calendar year is a
dated parameter (parameters/aow/pensioengerechtigde_leeftijd), so this module holds no number of
the law.
"""

from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import Instant

from openfisca_llo.regels.datums import MAANDEN_PER_JAAR, leeftijd_in_maanden_bereikt_op


def aow_leeftijd_in_maanden(parameters, instant) -> int:
    """The AOW age in force on `instant`, in months."""
    p = parameters(instant).aow.pensioengerechtigde_leeftijd
    return int(p.jaren) * MAANDEN_PER_JAAR + int(p.maanden)


def aow_leeftijd_bereikt_op(geboortedatum, parameters, instant):
    """True where a person has reached the AOW age on or before the day `instant` (vectorised)."""
    dit_jaar = leeftijd_in_maanden_bereikt_op(
        geboortedatum, aow_leeftijd_in_maanden(parameters, instant), instant
    )
    eind_vorig_jaar = Instant((instant.year, 1, 1)).offset(-1, "day")
    vorig_jaar = leeftijd_in_maanden_bereikt_op(
        geboortedatum, aow_leeftijd_in_maanden(parameters, eind_vorig_jaar), eind_vorig_jaar
    )
    return dit_jaar | vorig_jaar


def aow_leeftijd_per_jaar(parameters):
    """A function `jaar -> AOW age in months in force in that calendar year`, memoised.

    A year before the table gets the table's first value: the rules of this engine only look at
    persons who reach the AOW age in or after that year.
    """
    bekend: dict[int, int] = {}

    def leeftijd_in_jaar(jaar: int) -> int:
        if jaar not in bekend:
            gezocht = jaar
            while True:
                try:
                    bekend[jaar] = aow_leeftijd_in_maanden(parameters, Instant((gezocht, 1, 1)))
                    break
                except ParameterNotFoundError:
                    gezocht = gezocht + 1
        return bekend[jaar]

    return leeftijd_in_jaar
