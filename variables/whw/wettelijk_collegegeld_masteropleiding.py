from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class wettelijk_collegegeld_masteropleiding(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Een eerste masteropleiding zou tegen het wettelijk collegegeld zijn"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0006152&artikel=2.3&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    Leerrecht (overzicht): zou de persoon bij inschrijving deze maand voor een masteropleiding
    aan een bekostigde instelling het wettelijk collegegeld verschuldigd zijn in plaats van het
    instellingscollegegeld?
    WHW art. 7.45a lid 1: nationaliteitsvoorwaarde (groepen van Wsf 2000 art. 2.2 of de Surinaamse
    nationaliteit) en geen eerdere graad van dat niveau. Dit hangt niet af van een huidige inschrijving;
    zie `wettelijk_collegegeld_recht` voor de opleiding die de persoon nu volgt.
    Niet gemodelleerd: de uitzondering voor een eerste opleiding op het gebied van onderwijs of
    gezondheidszorg (Uitvoeringsbesluit WHW 2008 art. 2.3 lid 3 tot en met 6) en een tweede opleiding
    die tijdens de eerste begon (art. 2.3a); beide geven in meer gevallen het wettelijk collegegeld.
    """

    def formula(persoon, period):
        """WHW art. 7.45a lid 1: groepen van art. 2.2 Wsf 2000 of Surinamer; niet eerder de graad."""
        nationaliteit = persoon("wettelijk_collegegeld_nationaliteitsvoorwaarde", period)
        geen_eerdere_graad = persoon("nog_geen_mastergraad", period)
        return nationaliteit * geen_eerdere_graad
