from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class recht_op_studiefinanciering(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft recht op reguliere studiefinanciering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.1&g=2026-01-01",
        "https://duo.nl/particulier/studiefinanciering/",
    ]
    documentation = """
    Wsf 2000 art. 2.1: voor studiefinanciering komt in aanmerking wie voldoet aan de eisen van
    nationaliteit (art. 2.2), leeftijd (art. 2.3) en opleiding (art. 2.4 en 2.8), binnen de
    duurbeperkingen (art. 2.7a en 2.13). Dit recht sluit levenlanglerenkrediet uit
    (art. 3.1 lid 3).
    Niet gemodelleerd: de aanvraag zelf en het buitenland.
    """

    def formula(persoon, period):
        """Art. 2.1: nationaliteit, leeftijd en opleiding; binnen de duur van art. 2.13."""
        art_2_2 = persoon("wsf_nationaliteitsvoorwaarde", period)
        art_2_3 = persoon("studiefinanciering_leeftijdsvoorwaarde", period)
        art_2_4_en_2_8 = persoon("studiefinanciering_opleidingsvoorwaarde", period)
        art_2_13 = persoon("studiefinanciering_binnen_duur", period)
        return art_2_2 * art_2_3 * art_2_4_en_2_8 * art_2_13
