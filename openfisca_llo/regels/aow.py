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
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_llo.regels.datums import MAANDEN_PER_JAAR, leeftijd_in_maanden_bereikt_op

#: The last calendar year a search for the table's next value looks at: the last an ISO date
#: (YYYY-MM-DD) can name.
LAATSTE_JAAR = 9999


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
    persons who reach the AOW age in or after that year. A table that has no value in any year
    from the asked one to `LAATSTE_JAAR` (ended with null by a reform) is reported as OpenFisca
    reports a missing parameter.

    The table is read once per computation, leaf by leaf (`_lezer`), not as the whole parameter
    tree at each 1 January: OpenFisca keeps only 128 trees at an instant, and a population
    spans some sixty calendar years, so each new tree evicts one that is still needed.
    """
    lees = _lezer(parameters)
    bekend: dict[int, int] = {}

    def leeftijd_in_jaar(jaar: int) -> int:
        if jaar not in bekend:
            zonder_waarde = []
            for gezocht in range(jaar, max(jaar, LAATSTE_JAAR) + 1):
                try:
                    waarde = lees(Instant((gezocht, 1, 1)))
                    break
                except ParameterNotFoundError as fout:
                    zonder_waarde.append(gezocht)
                    laatste_fout = fout
            else:
                raise laatste_fout
            # Every year searched on the way has the same first year with a value.
            for j in [*zonder_waarde, gezocht]:
                bekend[j] = waarde
        return bekend[jaar]

    return leeftijd_in_jaar


def _lezer(parameters):
    """`instant -> AOW age in months`, reading the two leaves of the table directly where it can.

    `parameters` is the function OpenFisca hands a formula. Outside a trace it is the
    tax-benefit system's `get_parameters_at_instant`, whose system holds the parameter tree;
    its leaves give the same values without building the whole tree. In a trace (the
    dependency graph, explanations) every read goes through `parameters`, so that it is recorded.
    """
    systeem = getattr(parameters, "__self__", None)
    if not isinstance(systeem, TaxBenefitSystem):
        return lambda instant: aow_leeftijd_in_maanden(parameters, instant)
    tabel = systeem.parameters.aow.pensioengerechtigde_leeftijd

    def lees(instant) -> int:
        dag = str(instant)
        jaren, maanden = tabel.jaren.get_at_instant(dag), tabel.maanden.get_at_instant(dag)
        if jaren is None or maanden is None:
            ontbreekt = tabel.jaren if jaren is None else tabel.maanden
            raise ParameterNotFoundError(ontbreekt.name, dag)
        return int(jaren) * MAANDEN_PER_JAAR + int(maanden)

    return lees
