import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class stap_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Een STAP-budget kon deze maand worden aangevraagd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=8&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=29&g=2023-09-04",
    ]
    documentation = """
    Subsidieregeling STAP-budget art. 8 lid 1 (aanvragen vanaf 1 maart 2022) en art. 29 lid 2 (vervalt met
    ingang van 1 januari 2024).
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.stap.in_werking`.
    """

    def formula_2022_01_01(persoon, period, parameters):
        """
        Art. 8 lid 1: "kan een subsidieaanvraag indienen vanaf 1 maart 2022"; art. 29 lid 2: vervalt per
        2024.
        """
        open_in_maand = regeling_open_in_maand(parameters, period, lambda p: p.vouchers.stap.in_werking)
        return np.full(persoon.count, open_in_maand)
