from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class wettelijk_collegegeld_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Is het wettelijk collegegeld verschuldigd (en niet het instellingscollegegeld)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0006152&artikel=2.3&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    WHW art. 7.45a: het wettelijk collegegeld is verschuldigd door een student aan een bekostigde
    instelling die tot een groep van Wsf 2000 art. 2.2 behoort of Surinamer is, en die niet eerder
    de graad behaalde die de opleiding uitsluit (met de uitzondering voor een eerste opleiding
    onderwijs of gezondheidszorg). Anders stelt de instelling het collegegeld vast.
    Niet gemodelleerd: de hoogte voor deeltijd en duaal (gedeeltelijk wettelijk collegegeld,
    lid 4) en het verlaagd wettelijk collegegeld voor eerstejaars (lid 5).
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1, met lid 2 en Uitvoeringsbesluit WHW 2008 art. 2.3."""
        bekostigd = persoon("wettelijk_collegegeld_bekostigde_opleiding", period)
        nationaliteit = persoon("wettelijk_collegegeld_nationaliteitsvoorwaarde", period)
        geen_eerdere_graad = persoon("wettelijk_collegegeld_geen_eerdere_graad", period)
        return bekostigd * nationaliteit * geen_eerdere_graad
