from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class slim_ontwikkelpaden_subsidie(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    end = "2027-12-31"
    label = "SLIM-subsidie voor de scholing in een ontwikkelpad (aan de werkgever; 0 zonder recht)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.8&g=2025-02-28",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0043015&artikel=3.9&g=2025-02-28",
    ]
    documentation = """
    Art. 3.8 lid 3: het subsidiepercentage maal de kosten (cursus-, les- en collegegeld, examens en
    verplichte literatuur; invoer `scholing_kosten`). Art. 3.9: btw en dubbel gefinancierde kosten zijn
    niet subsidiabel (niet gemodelleerd: de invoer hoort zonder btw te zijn).
    """

    def formula_2025_02_28(persoon, period):
        """Art. 3.8 lid 3: een percentage "van de kosten"."""
        percentage = persoon("slim_ontwikkelpaden_subsidiepercentage", period)
        return percentage * persoon("scholing_kosten", period)
