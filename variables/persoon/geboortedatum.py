from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class geboortedatum(Variable):
    value_type = date
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedatum"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
    ]
    documentation = """
    Invoer. De geboortedatum, waaruit de leeftijd op de eerste dag van elke maand volgt
    (Wsf 2000 art. 1.2). Er is geen standaard die de wet kent: de web-API weigert een gevraagde
    waarde die de geboortedatum leest voor wie er geen gaf (code invoer_ontbreekt); alleen de
    Python-API valt terug op OpenFisca's standaarddatum 1970-01-01.
    """
