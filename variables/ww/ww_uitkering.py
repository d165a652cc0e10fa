from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class ww_uitkering(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Ontvangt een WW-uitkering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0004045&artikel=15&g=2026-01-01",
        "https://www.uwv.nl/nl/ww",
    ]
    documentation = """
    Invoer. Waar als de persoon een uitkering ontvangt op grond van hoofdstuk II van de
    Werkloosheidswet. Standaard onwaar.
    """
