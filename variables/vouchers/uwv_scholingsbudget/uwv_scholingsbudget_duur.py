from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class uwv_scholingsbudget_duur(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2020-12-31"
    label = "De scholing duurt ten hoogste een jaar (scholingsbudget UWV)"
    reference = [
        "https://2018.uwvjaarverslag.nl/jaarverslag-2018/a1041_Scholingsbudget-UWV",
    ]
    documentation = """
    Een bij voorkeur kortdurend scholingstraject van maximaal 1 jaar (UWV-jaarverslag 2018; invoer
    `scholing_duur_maanden`).
    Geen wettelijke grondslag gevonden: UWV voerde dit budget uit; bronnen zijn de jaarverslagen.
    """

    def formula_2018_07_01(persoon, period, parameters):
        """ "een bij voorkeur kortdurend scholingstraject van maximaal 1 jaar"."""
        p = parameters(period).vouchers.uwv_scholingsbudget
        return persoon("scholing_duur_maanden", period) <= p.maximale_duur_maanden
