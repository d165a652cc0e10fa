from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_schoolbaar(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "In staat de scholing af te ronden en het beoogde beroep uit te oefenen"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=76&g=2026-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon schoolbaar is: in staat de scholing met goed gevolg af te ronden en
    het beroep waartoe zij leidt uit te oefenen. Standaard onwaar.
    """
