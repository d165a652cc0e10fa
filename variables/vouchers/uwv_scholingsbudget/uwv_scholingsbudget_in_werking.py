import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.regelingen import regeling_open_in_maand


class uwv_scholingsbudget_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-12-31"
    label = "UWV kon deze maand scholing uit het tijdelijk scholingsbudget toekennen"
    reference = [
        "https://2017.uwvjaarverslag.nl/jaarverslag-2017/a2475_Scholingsbudget-UWV-2018",
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
    ]
    documentation = """
    Regeling tijdelijk scholingsbudget UWV: van 1 juli 2018 tot en met 2020 (UWV-jaarverslagen; de
    wettelijke grondslag is niet gevonden).
    Open in een maand als op ten minste één dag van die maand kon worden aangevraagd (de maand geldt als de
    maand van aanvraag); afgeleid uit de schakelaar `vouchers.uwv_scholingsbudget.in_werking`.
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """

    def formula_2018_07_01(persoon, period, parameters):
        """
        "Op 1 juli 2018 is de Regeling tijdelijk scholingsbudget UWV van start gegaan ... loopt tot en
        met 2020".
        """
        open_in_maand = regeling_open_in_maand(
            parameters, period, lambda p: p.vouchers.uwv_scholingsbudget.in_werking
        )
        return np.full(persoon.count, open_in_maand)
