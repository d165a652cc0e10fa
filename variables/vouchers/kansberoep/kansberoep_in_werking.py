import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class kansberoep_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2017-12-31"
    label = "Subsidie voor scholing richting een kansberoep kon deze maand worden aangevraagd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=21&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=9&g=2017-07-18",
    ]
    documentation = """
    Tijdelijke regeling subsidie scholing richting een kansberoep art. 21 lid 1 (1 mei 2016 tot 1 januari
    2018) en art. 9 lid 1 (aanvragen tot en met 31 december 2017).
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.kansberoep.in_werking`.
    """

    def formula_2016_05_01(persoon, period, parameters):
        """
        Art. 21 lid 1: "treedt in werking met ingang van 1 mei 2016 en vervalt met ingang van 1 januari
        2018".
        """
        open_in_maand = regeling_open_in_maand(parameters, period, lambda p: p.vouchers.kansberoep.in_werking)
        return np.full(persoon.count, open_in_maand)
