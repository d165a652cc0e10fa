from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class levenlanglerenkrediet_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet deze maand aan alle voorwaarden voor levenlanglerenkrediet"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.1&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.12&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.1&g=2026-01-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/",
    ]
    documentation = """
    Wsf 2000 art. 2.1: nationaliteit (art. 2.2), leeftijd (art. 2.3a) en opleiding (art. 2.4 en
    2.12); art. 3.1 lid 3: geen aanspraak op reguliere studiefinanciering; en de regeling geldt
    in het studiejaar. Elke voorwaarde is een eigen variabele, zodat de oorzaak van een
    afwijzing te vinden is.
    Niet gemodelleerd: de aanvraag vóór de start van de opleiding, het buitenland (art. 2.14 lid 1
    geldt niet), volledige vergoeding van het collegegeld door een derde (art. 3.16b lid 2
    onder c) en de duur van vier jaar (art. 3.16c).
    """

    def formula_2017_08_01(persoon, period):
        """Art. 2.1 met art. 2.2, 2.3a, 2.4, 2.12 en 3.1 lid 3."""
        van_toepassing = persoon("levenlanglerenkrediet_van_toepassing", period)
        art_2_2 = persoon("wsf_nationaliteitsvoorwaarde", period)
        art_2_3a = persoon("levenlanglerenkrediet_leeftijdsvoorwaarde", period)
        art_2_12 = persoon("levenlanglerenkrediet_opleidingsvoorwaarde", period)
        art_3_1_lid_3 = persoon("levenlanglerenkrediet_geen_studiefinanciering", period)
        return van_toepassing * art_2_2 * art_2_3a * art_2_12 * art_3_1_lid_3
