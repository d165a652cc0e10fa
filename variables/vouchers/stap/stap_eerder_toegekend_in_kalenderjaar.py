from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class stap_eerder_toegekend_in_kalenderjaar(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Heeft in dit kalenderjaar al een STAP-budget toegekend gekregen"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=12&g=2023-09-04",
    ]
    documentation = """
    Invoer. Waar als de persoon in het kalenderjaar van de aanvraag al een beschikking tot
    subsidieverlening op grond van de STAP-regeling heeft ontvangen (art. 12 lid 1 onder c). Standaard
    onwaar.
    """
