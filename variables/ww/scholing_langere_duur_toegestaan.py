from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class scholing_langere_duur_toegestaan(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "UWV staat in dit individuele geval een langere scholing toe"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0017139&artikel=2",
    ]
    documentation = """
    Invoer. Waar als UWV in het individuele geval een scholing langer dan de gewone maximale duur
    toestaat (Scholingsregeling WW art. 2, tweede volzin: "doch niet meer dan twee jaar").
    Standaard onwaar.
    """
