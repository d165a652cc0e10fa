from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_in_erkend_ontwikkelpad(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "De scholing is opgenomen in een erkend ontwikkelpad"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.5&g=2025-02-28",
    ]
    documentation = """
    Invoer. Waar als de scholing is opgenomen in een door de minister erkend sectoraal ontwikkelpad
    (SLIM-regeling art. 3.5 lid 2 en 3.6). Standaard onwaar.
    """
