import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class slim_ontwikkelpaden_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2027-12-31"
    label = "Subsidie voor scholing in een ontwikkelpad kon deze maand worden aangevraagd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.12&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=4.3&g=2025-02-28",
    ]
    documentation = """
    SLIM-regeling art. 3.12 (eerste tijdvak vanaf 10 maart 2025) en art. 4.3 lid 1 (hoofdstuk 3 vervalt met
    ingang van 1 januari 2028).
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.slim_ontwikkelpaden.in_werking`.
    """

    def formula_2025_02_28(persoon, period, parameters):
        """
        Art. 3.12: "van 10 maart 09:00 uur tot en met 30 juni 17:00 uur"; art. 4.3 lid 1: hoofdstuk 3
        vervalt per 2028.
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.slim_ontwikkelpaden.in_werking
        )
        return np.full(persoon.count, open_in_maand)
