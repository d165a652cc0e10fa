import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class ontwikkeladvies_45plus_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-01-10"
    label = "Een ontwikkeladvies 45+ kon deze maand worden aangevraagd"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
        "https://zoek.officielebekendmakingen.nl/stcrt-2018-72839.html",
    ]
    documentation = """
    Tijdelijke subsidieregeling ontwikkeladvies vijfenveertigplussers: van december 2017 tot en met 10
    januari 2020.
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.ontwikkeladvies_45plus.in_werking`.
    """

    def formula_2017_12_01(persoon, period, parameters):
        """
        Staatscourant 2017, 69644; aanvragen tot uiterlijk 10 januari 2020 (Staatscourant 2018, 72839).
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.ontwikkeladvies_45plus.in_werking
        )
        return np.full(persoon.count, open_in_maand)
