from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_erkend_diploma_of_certificaat(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing leidt tot een door OCW of een landelijke branche erkend diploma of certificaat"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de scholing leidt tot een diploma of certificaat dat door het ministerie van
    OCW of een landelijke brancheorganisatie is erkend. Standaard onwaar.
    """
