from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studiefinanciering_binnen_duur(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De duurbeperkingen van de studiefinanciering zijn nog niet bereikt"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.7a&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 2.13 lid 1 (hoger onderwijs) en art. 2.7a (mbo niveau 3 en 4): geen
    studiefinanciering meer na de prestatiebeurs plus 36 maanden lening, of wanneer 10 jaar
    zijn verstreken sinds de eerste maand van studiefinanciering. Hier gelezen uit de invoer
    `studiefinanciering_aanspraak_verbruikt`.
    Niet gemodelleerd: de telling van de maanden zelf en de verlenging bij bijzondere
    omstandigheden (art. 5.16).
    """

    def formula(persoon, period):
        """Art. 2.13 lid 1 onder a en b; art. 2.7a."""
        return ~persoon("studiefinanciering_aanspraak_verbruikt", period)
