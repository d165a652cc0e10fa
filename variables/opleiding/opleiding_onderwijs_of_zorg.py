from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class opleiding_onderwijs_of_zorg(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Eerste opleiding op het gebied van onderwijs of gezondheidszorg"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon voor de eerste maal een opleiding op het gebied van onderwijs of
    gezondheidszorg volgt (WHW art. 7.45a lid 2). Dan sluit een eerder behaalde graad het wettelijk
    collegegeld niet uit. Standaard onwaar.
    """
