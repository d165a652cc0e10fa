from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class studiefinanciering_nog_beschikbaar(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Kan bij een voltijdse opleiding nog studiefinanciering krijgen"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.1&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.13&g=2026-01-01",
        "https://duo.nl/particulier/studiefinanciering/",
    ]
    documentation = """
    Leerrecht (overzicht): zou de persoon deze maand studiefinanciering krijgen als hij een voltijdse
    of duale opleiding volgde? Wsf 2000 art. 2.1: nationaliteit (art. 2.2), leeftijd (art. 2.3: tot
    en met de maand waarin hij 30 wordt, of zonder onderbreking) en de duur (art. 2.13). De eis van
    een voltijdse opleiding (art. 2.8) is hier weggelaten; zie `recht_op_studiefinanciering` voor de
    opleiding die de persoon nu volgt.
    Niet gemodelleerd: zie de voorwaarden.
    """

    def formula(persoon, period):
        """Art. 2.1 met art. 2.2, 2.3 en 2.13, zonder de opleidingsvoorwaarde."""
        art_2_2 = persoon("wsf_nationaliteitsvoorwaarde", period)
        art_2_3 = persoon("studiefinanciering_leeftijdsvoorwaarde", period)
        art_2_13 = persoon("studiefinanciering_binnen_duur", period)
        return art_2_2 * art_2_3 * art_2_13
