"""The AOW age table (AOW art. 7a) as a function of the calendar year, for vectorised helpers.

The parameters `aow.pensioengerechtigde_leeftijd.jaren` and `.maanden` hold the AOW age per
calendar year from the first year of the table on; after the last year the last value runs on
(as OpenFisca does for any parameter). A year before the table gets the table's first value:
the rules of this engine only look at persons who reach the AOW age in or after that year.
"""

from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import Instant

from openfisca_llo.datums import MAANDEN_PER_JAAR


def aow_leeftijd_per_jaar(parameters):
    """A function `jaar -> AOW age in months in force in that calendar year`, memoised."""
    bekend: dict[int, int] = {}

    def leeftijd_in_jaar(jaar: int) -> int:
        if jaar not in bekend:
            gezocht = jaar
            while True:
                try:
                    p = parameters(Instant((gezocht, 1, 1))).aow.pensioengerechtigde_leeftijd
                    bekend[jaar] = p.jaren * MAANDEN_PER_JAAR + p.maanden
                    break
                except ParameterNotFoundError:
                    gezocht = gezocht + 1
        return bekend[jaar]

    return leeftijd_in_jaar
