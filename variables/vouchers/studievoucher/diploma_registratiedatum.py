from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class diploma_registratiedatum(Variable):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Dag waarop DUO de mededeling van het diploma (WHW art. 7.9d) ontving"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=12.15&g=2022-09-01",
        "https://duo.nl/particulier/diploma-behaald/voucher-voor-nascholing.jsp",
    ]
    documentation = """
    Invoer. De dag waarop de minister (DUO) de mededeling van het behaalde diploma ontving (WHW art. 7.9d);
    de gebruiksperiode van de voucher telt vanaf die dag (art. 12.15 lid 2 onder c). Ook gebruikt als
    diplomadatum voor de diplomatermijn. Standaard 1970-01-01.
    """
