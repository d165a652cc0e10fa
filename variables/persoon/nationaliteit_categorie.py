from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import NationaliteitCategorie
from openfisca_llo.regels.invoer import maandelijks_uit_jaar


class nationaliteit_categorie(Variable):
    value_type = Enum
    possible_values = NationaliteitCategorie
    default_value = NationaliteitCategorie.nederlands
    entity = Persoon
    definition_period = MONTH
    set_input = maandelijks_uit_jaar
    label = "Nationaliteitsgroep voor de Wsf 2000 en de WHW"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.2&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011505&artikel=3&g=2026-01-01",
    ]
    documentation = """
    Invoer. De groep van Wsf 2000 art. 2.2 waartoe de persoon behoort: (a) Nederlander,
    (b) bij verdrag of besluit van een volkenrechtelijke organisatie gelijkgesteld (EU, EER,
    Zwitserland, en gezinsleden), (c) vreemdeling in een groep van Besluit studiefinanciering
    2000 art. 3; daarnaast `surinaams`, dat alleen voor het wettelijk collegegeld telt
    (WHW art. 7.45a lid 1). Standaard `nederlands`.
    """
