from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.datums import geboorte, leeftijd_op


class leeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Leeftijd in volledige jaren op de eerste dag van de maand"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
    ]
    documentation = """
    De leeftijd in voltooide levensjaren op de eerste dag van de maand. Wsf 2000 art. 1.2:
    voor de toepassing van deze wet is de toestand op de eerste dag van de maand bepalend.
    Wie op de eerste van de maand jarig is, heeft die maand de nieuwe leeftijd.
    """

    def formula(persoon, period):
        """Wsf 2000 art. 1.2: "... is de toestand op de eerste dag van de maand bepalend"."""
        geboortedatum = geboorte(persoon, period)
        return leeftijd_op(geboortedatum, period.start)
