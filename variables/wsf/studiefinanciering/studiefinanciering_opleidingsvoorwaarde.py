from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import MboLeerweg, Onderwijssector, OpleidingGraad, Opleidingsvorm


class studiefinanciering_opleidingsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Volgt een opleiding die recht geeft op studiefinanciering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.4&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.8&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.1&g=2026-01-01",
    ]
    documentation = """
    Beroepsonderwijs (Wsf 2000 art. 2.4): een voltijdse beroepsopleidende leerweg (bol).
    Hoger onderwijs (art. 2.8): een voltijdse associate-degree-, bachelor- of masteropleiding
    aan een bekostigde instelling of een rechtspersoon voor hoger onderwijs; een duale
    opleiding wordt als voltijdse opleiding aangemerkt (art. 1.1 lid 2). Deeltijd, een
    post-initiële master en losse onderwijseenheden geven geen studiefinanciering.
    Niet gemodelleerd: de theologische opleidingen en de bij AMvB aangewezen opleidingen
    (art. 2.9 tot en met 2.11), studeren in het buitenland (art. 2.14 e.v.) en de mbo-niveaus
    1 en 2 tegenover 3 en 4.
    """

    def formula(persoon, period):
        """
        Art. 2.4: mbo-student in een voltijdse beroepsopleidende leerweg.
        Art. 2.8: voltijdse ho-opleiding; art. 1.1 lid 2: duaal geldt als voltijd.
        """
        sector = persoon("onderwijssector", period)
        vorm = persoon("opleidingsvorm", period)
        graad = persoon("opleiding_graad", period)
        erkend = persoon("opleiding_geaccrediteerd", period)
        leerweg = persoon("mbo_leerweg", period)

        art_2_4 = (
            (sector == Onderwijssector.mbo) * (leerweg == MboLeerweg.bol) * (vorm == Opleidingsvorm.voltijd)
        )
        hoger_onderwijs = (sector == Onderwijssector.hbo) + (sector == Onderwijssector.wo)
        voltijd_of_duaal = (vorm == Opleidingsvorm.voltijd) + (vorm == Opleidingsvorm.duaal)
        initiele_graad = (
            (graad == OpleidingGraad.associate_degree)
            + (graad == OpleidingGraad.bachelor)
            + (graad == OpleidingGraad.master)
        )
        art_2_8 = hoger_onderwijs * voltijd_of_duaal * initiele_graad
        return erkend * (art_2_4 + art_2_8)
