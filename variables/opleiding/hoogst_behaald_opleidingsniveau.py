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
    label = "Hoogst behaalde diploma"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=1&g=2026-01-01",
        "https://www.nuffic.nl/onderwijssystemen/nederland/niveau-van-nederlandse-diplomas",
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
    ]
    documentation = """
    Invoer. Het hoogste diploma of de hoogste graad die de persoon behaalde: de enige invoer over
    het opleidingsniveau. Daaruit volgen het NLQF-niveau (`hoogst_behaalde_opleidingsniveau`,
    parameter `opleiding.nlqf.niveau`) en de startkwalificatie (`heeft_startkwalificatie`,
    Leerplichtwet 1969 art. 1: havo, vwo, mbo niveau 2 en hoger). Fijner dan het NLQF: vmbo-kader
    of -theoretisch en mbo-2 hebben beide NLQF-niveau 2, maar alleen mbo-2 is een
    startkwalificatie. Standaard `geen_startkwalificatie`: geen startkwalificatie, diploma niet
    opgegeven, gelezen als onder NLQF-niveau 1 (een keuze, zie de parameter). Moet passen bij
    `heeft_bachelorgraad` en `heeft_mastergraad`; het model controleert dat niet.
    """
