from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import NationaliteitCategorie


class wettelijk_collegegeld_nationaliteitsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Behoort tot een groep van Wsf 2000 art. 2.2 of heeft de Surinaamse nationaliteit"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.2&g=2026-01-01",
    ]
    documentation = """
    WHW art. 7.45a lid 1, eerste zin: het wettelijk collegegeld is verschuldigd door een student
    die tot een van de groepen van personen van art. 2.2 Wsf 2000 behoort of die de Surinaamse
    nationaliteit bezit.
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1: groepen van art. 2.2 Wsf 2000, of de Surinaamse nationaliteit."""
        art_2_2_wsf = persoon("wsf_nationaliteitsvoorwaarde", period)
        surinaams = persoon("nationaliteit_categorie", period) == NationaliteitCategorie.surinaams
        return art_2_2_wsf + surinaams
