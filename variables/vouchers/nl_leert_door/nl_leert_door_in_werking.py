import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class nl_leert_door_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2021-12-31"
    label = "Registratie voor NL leert door was deze maand mogelijk"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=6&g=2020-09-05",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043943&artikel=1&g=2020-09-05",
        "https://zoek.officielebekendmakingen.nl/stcrt-2020-39785.html",
    ]
    documentation = """
    Tijdelijke subsidieregeling NL leert door: registratie vanaf 1 augustus 2020; vervallen per 1 januari
    2022.
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.nl_leert_door.in_werking`.
    """

    def formula_2020_08_01(persoon, period, parameters):
        """
        Registratie vanaf 1 augustus 2020; de regeling is vervallen per 1 januari 2022.
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.nl_leert_door.in_werking
        )
        return np.full(persoon.count, open_in_maand)
