from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class kansberoep_subsidie_eerder_verleend(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft al eerder subsidie voor scholing richting een kansberoep gekregen"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=6&g=2017-07-18",
    ]
    documentation = """
    Invoer. Waar als ten behoeve van de persoon al subsidie op grond van de kansberoepregeling is
    verleend (art. 6 lid 1 onder b: eenmaal per persoon). Standaard onwaar.
    """
