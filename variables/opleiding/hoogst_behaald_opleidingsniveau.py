from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import HoogstBehaaldOpleidingsniveau
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class hoogst_behaald_opleidingsniveau(Variable):
    value_type = Enum
    possible_values = HoogstBehaaldOpleidingsniveau
    default_value = HoogstBehaaldOpleidingsniveau.geen_startkwalificatie
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Hoogst behaalde opleidingsniveau"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=1&g=2026-01-01",
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Invoer. Het hoogste diploma of de hoogste graad die de persoon behaalde. Havo, vwo en mbo
    niveau 2 en hoger zijn een startkwalificatie (Leerplichtwet 1969 art. 1). Gebruikt door het
    leerrechtenvoorstel van SEO en de SER. Moet passen bij `heeft_bachelorgraad` en
    `heeft_mastergraad`; het model controleert dat niet. Standaard geen startkwalificatie.
    """
