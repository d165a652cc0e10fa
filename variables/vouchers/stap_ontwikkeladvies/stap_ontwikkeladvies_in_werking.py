import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class stap_ontwikkeladvies_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2022-12-15"
    label = "Registratie voor het ontwikkeladvies STAP was deze maand mogelijk"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8302.html",
        "https://www.noloc.nl/",
    ]
    documentation = """
    Tijdelijke subsidieregeling ontwikkeladvies STAP (Staatscourant 2022, 8302): registratie van 1 april tot
    en met 15 december 2022 (Noloc, middel).
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.stap_ontwikkeladvies.in_werking`.
    """

    def formula_2022_04_01(persoon, period, parameters):
        """
        Registratie vanaf 1 april 2022, aanvragen tot en met 15 december 2022.
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.stap_ontwikkeladvies.in_werking
        )
        return np.full(persoon.count, open_in_maand)
