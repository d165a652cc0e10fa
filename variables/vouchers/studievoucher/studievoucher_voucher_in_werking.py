import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class studievoucher_voucher_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-08-31"
    label = "De studievoorschotvoucher bestond deze maand (oude art. 12.15 Wsf 2000)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Wsf 2000 art. 12.15 (oud): de voucher voor de kosten van hoger onderwijs, tot 1 september 2023.
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.studievoucher.voucher.in_werking`.
    """

    def formula_2015_09_01(persoon, period, parameters):
        """
        Art. 12.15 (oud): de voucher voor de cohorten vanaf 1 september 2015; vervangen per 1 september
        2023.
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.studievoucher.voucher.in_werking
        )
        return np.full(persoon.count, open_in_maand)
