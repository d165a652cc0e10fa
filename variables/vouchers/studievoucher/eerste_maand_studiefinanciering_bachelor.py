from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class eerste_maand_studiefinanciering_bachelor(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Eerste dag van de eerste maand studiefinanciering voor een bacheloropleiding"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Invoer. De eerste dag van de maand waarin de persoon voor het eerst studiefinanciering ontving voor een
    bacheloropleiding in het hoger onderwijs (Wsf 2000 art. 12.15 lid 2 onder a). Standaard 1970-01-01
    (niet in het vouchercohort).
    """
