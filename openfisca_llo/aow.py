"""The pensioengerechtigde leeftijd (AOW-leeftijd) of a person, for rules that end there.

Algemene Ouderdomswet art. 7a lid 1: the pensioengerechtigde leeftijd is, "in 2022: 66 jaar en
zeven maanden", and so on per calendar year. A person reaches it on the day their age equals
the AOW age in force in that calendar year. Because the AOW age rises by less than a year from
one calendar year to the next, whoever reached it stays past it. The AOW age of a calendar year
is a dated parameter (parameters/aow/pensioengerechtigde_leeftijd), so this module holds no
number of the law.
"""

from openfisca_llo.datums import MAANDEN_PER_JAAR, leeftijd_in_maanden_bereikt_op


def aow_leeftijd_in_maanden(parameters, instant) -> int:
    """The AOW age in force on `instant`, in months."""
    p = parameters(instant).aow.pensioengerechtigde_leeftijd
    return int(p.jaren) * MAANDEN_PER_JAAR + int(p.maanden)


def aow_leeftijd_bereikt_op(geboortedatum, parameters, instant):
    """True where a person has reached the AOW age on the day `instant` (vectorised)."""
    return leeftijd_in_maanden_bereikt_op(geboortedatum, aow_leeftijd_in_maanden(parameters, instant), instant)
