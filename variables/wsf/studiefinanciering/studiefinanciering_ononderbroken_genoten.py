from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class studiefinanciering_ononderbroken_genoten(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft tot deze maand zonder onderbreking studiefinanciering genoten"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon tot en met de vorige maand zonder onderbreking studiefinanciering
    heeft genoten; dan blijft de aanspraak na de maand waarin hij 30 werd bestaan (art. 2.3 lid 4).
    Standaard onwaar.
    """
