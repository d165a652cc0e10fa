from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import OpleidingGraad


class wettelijk_collegegeld_geen_eerdere_graad(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Geen eerdere graad die het wettelijk collegegeld uitsluit, of eerste opleiding onderwijs of zorg"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0006152&artikel=2.3&g=2026-01-01",
    ]
    documentation = """
    WHW art. 7.45a lid 1: voor een associate-degree-opleiding niet eerder een graad Associate
    degree, Bachelor of Master; voor een bacheloropleiding niet eerder een graad Bachelor; voor
    een masteropleiding niet eerder een graad Master. Uitbreiding op grond van lid 2 in het
    Uitvoeringsbesluit WHW 2008 art. 2.3 lid 3 tot en met 6: wie voor de eerste keer een
    opleiding op het gebied van onderwijs of gezondheidszorg volgt, betaalt daarvoor het
    wettelijk collegegeld ook na een eerdere graad op een ander gebied (eenmaal).
    Niet gemodelleerd: een tweede opleiding die tijdens de eerste begon en zonder onderbreking
    wordt gevolgd (Uitvoeringsbesluit art. 2.3a).
    """

    def formula(persoon, period):
        """
        WHW art. 7.45a lid 1, tweede tot en met vierde zin; Uitvoeringsbesluit WHW 2008
        art. 2.3 lid 3 tot en met 5 (eerste opleiding onderwijs of gezondheidszorg).
        """
        graad = persoon("opleiding_graad", period)
        associate_degree = (graad == OpleidingGraad.associate_degree) * persoon(
            "nog_geen_graad_hoger_onderwijs", period
        )
        bachelor = (graad == OpleidingGraad.bachelor) * persoon("nog_geen_bachelorgraad", period)
        master = (graad == OpleidingGraad.master) * persoon("nog_geen_mastergraad", period)
        art_2_3_uitvoeringsbesluit = persoon("opleiding_onderwijs_of_zorg", period)
        return associate_degree + bachelor + master + art_2_3_uitvoeringsbesluit
