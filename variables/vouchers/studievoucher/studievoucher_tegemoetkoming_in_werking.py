import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class studievoucher_tegemoetkoming_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De tegemoetkoming in plaats van de voucher bestond deze maand (art. 12.15 Wsf 2000)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2023-09-01",
        "https://duo.nl/particulier/studievoucher/nieuwe-regeling-geld-in-plaats-van-studievoucher.jsp",
    ]
    documentation = """
    Wsf 2000 art. 12.15 (versie 2023-09-01): een tegemoetkoming in geld in plaats van de voucher.
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.studievoucher.tegemoetkoming.in_werking`.
    """

    def formula_2023_09_01(persoon, period, parameters):
        """
        Art. 12.15 lid 1 (versie 2023-09-01): tegemoetkoming in plaats van de voucher.
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.studievoucher.tegemoetkoming.in_werking
        )
        return np.full(persoon.count, open_in_maand)
