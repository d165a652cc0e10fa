from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import datumdelen


class geboortedag(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Dag van de maand van de geboortedatum"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
    ]
    documentation = """
    De dag van de maand waarop de persoon geboren is (1 tot en met 31). Wie op de eerste van de
    maand geboren is, is op de eerste dag van die maand jarig (Wsf 2000 art. 1.2: de toestand op
    de eerste dag van de maand is bepalend). Samen met `geboortemaandnummer` de geboortedatum
    zoals de leeftijdsregels haar gebruiken; één keer berekend per maand van een simulatie (per
    maand, niet voor ETERNITY: OpenFisca 46 kan de formule van een ETERNITY-variabele niet voor de
    periode ETERNITY berekenen).
    """

    def formula(persoon, period):
        """De dag van de maand van de geboortedatum."""
        return datumdelen(persoon("geboortedatum", period)).dag
