import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class leervoucher_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De gerichte leervoucher (voorstel) kon deze maand worden aangevraagd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
    ]
    documentation = """
    Voorstel, geen wet: de gerichte leervoucher, in de basis uit (`vouchers.leervoucher.in_werking`). Een
    hervorming zet de schakelaar aan vanaf een datum.
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.leervoucher.in_werking`.
    """

    def formula_2000_01_01(persoon, period, parameters):
        """
        Voorstel: aanvragen mogelijk zolang de schakelaar aan staat.
        """
        open_in_maand = regeling_open_in_maand(parameters, period, lambda p: p.vouchers.leervoucher.in_werking)
        return np.full(persoon.count, open_in_maand)
