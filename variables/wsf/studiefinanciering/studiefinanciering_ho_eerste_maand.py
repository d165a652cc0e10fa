from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studiefinanciering_ho_eerste_maand(Variable):
    value_type = date
    default_value = date(9999, 12, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Eerste maand waarover studiefinanciering voor hoger onderwijs is toegekend"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
    ]
    documentation = """
    Invoer. Een dag in de eerste maand waarover voor het eerst studiefinanciering voor hoger
    onderwijs is toegekend (Wsf 2000 art. 2.13 lid 1 onder b; de dag telt niet). Standaard
    9999-12-01: nog nooit studiefinanciering in het hoger onderwijs, zodat de termijn van tien jaar
    nog niet loopt.
    """
