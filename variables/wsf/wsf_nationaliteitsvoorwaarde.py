from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import NationaliteitCategorie


class wsf_nationaliteitsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de nationaliteitseis van de Wsf 2000"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.2&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011505&artikel=3&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 2.2: voor studiefinanciering (en dus voor levenlanglerenkrediet, art. 2.1)
    komt in aanmerking wie (a) de Nederlandse nationaliteit bezit, (b) bij verdrag of besluit
    van een volkenrechtelijke organisatie met een Nederlander gelijk wordt gesteld, of (c) in
    Nederland woont en behoort tot een bij AMvB aangewezen groep vreemdelingen (Besluit
    studiefinanciering 2000 art. 3).
    Niet gemodelleerd: de voorwaarden binnen groep (b) en (c) (verblijfsvergunning type,
    arbeid van 56 uur per maand voor EU-werknemers); die zitten in de invoer
    `nationaliteit_categorie`.
    """

    def formula(persoon, period):
        """Art. 2.2 lid 1 onder a, b en c."""
        categorie = persoon("nationaliteit_categorie", period)
        onder_a = categorie == NationaliteitCategorie.nederlands
        onder_b = categorie == NationaliteitCategorie.eer_of_zwitsers
        onder_c = categorie == NationaliteitCategorie.gelijkgestelde_vreemdeling
        return onder_a | onder_b | onder_c
