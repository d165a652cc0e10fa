from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import geboorte, maanden_voltooid_op


class leeftijd_in_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Leeftijd in volledige maanden op de eerste dag van de maand"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    De leeftijd in voltooide maanden op de eerste dag van de maand (Wsf 2000 art. 1.2), om te
    vergelijken met een leeftijd in jaren en maanden zoals de pensioengerechtigde leeftijd
    (AOW art. 7a). Wie op de eerste van de maand een maand ouder wordt, telt die maand mee.
    """

    def formula(persoon, period):
        """Wsf 2000 art. 1.2: "... is de toestand op de eerste dag van de maand bepalend"."""
        geboortedatum = geboorte(persoon, period)
        return maanden_voltooid_op(geboortedatum, period.start)
