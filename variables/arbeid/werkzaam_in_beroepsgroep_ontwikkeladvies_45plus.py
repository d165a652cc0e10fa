from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class werkzaam_in_beroepsgroep_ontwikkeladvies_45plus(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Werkt in een beroepsgroep van de regeling ontwikkeladvies 45+ (tot en met 2018)"
    reference = [
        "https://zoek.officielebekendmakingen.nl/stcrt-2017-69644.html",
    ]
    documentation = """
    Invoer. Waar als de werkende werkt in een beroepsgroep die de regeling ontwikkeladvies 45+ tot en met
    2018 noemde (art. 2 lid 2: onder meer secretarieel personeel, verkoop en schoonmaak). Standaard onwaar.
    Vanaf 1 januari 2019 doet de beroepsgroep er niet meer toe.
    """
