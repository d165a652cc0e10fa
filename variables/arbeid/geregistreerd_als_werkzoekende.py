from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class geregistreerd_als_werkzoekende(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Als werkzoekende bij UWV geregistreerd"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=2&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0013060&artikel=30b&g=2017-01-01",
    ]
    documentation = """
    Invoer. Waar als de persoon als werkzoekende bij UWV is geregistreerd (Wet SUWI art. 30b lid 1).
    Standaard onwaar. Gebruikt voor de kansberoepregeling (art. 2).
    """
