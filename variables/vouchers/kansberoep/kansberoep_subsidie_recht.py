from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class kansberoep_subsidie_recht(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2017-12-31"
    label = "Voldoet aan de voorwaarden voor subsidie voor scholing richting een kansberoep"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=2&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=3&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=6&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=9&g=2017-07-18",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0037912&artikel=21&g=2017-07-18",
    ]
    documentation = """
    Tijdelijke regeling subsidie scholing richting een kansberoep (aanvragen van 1 mei 2016 tot en met
    31 december 2017): als werkzoekende bij UWV geregistreerd (art. 2), in loondienst, met WW of als
    zelfstandige (art. 2 onder a en b), scholing gericht op een kansberoep (art. 3 lid 1) en nog niet
    eerder subsidie (art. 6 lid 1 onder b).
    Niet gemodelleerd: de EVC-procedure (art. 3 lid 2), de start van de scholing uiterlijk 1 april 2018
    (art. 3 lid 3), de aanvraag binnen twee weken na de eerste scholingsdag, de kortere termijn voor
    vervallen kansberoepen (art. 20a), de plafonds (art. 11) en de samenloop met sectorplannen.
    """

    def formula_2016_05_01(persoon, period):
        """Art. 2, 3, 6 en 9."""
        in_werking = persoon("kansberoep_in_werking", period)
        art_2_werkzoekende = persoon("geregistreerd_als_werkzoekende", period)
        art_2_a_b = persoon("kansberoep_arbeidssituatie", period)
        art_3_lid_1 = persoon("scholing_richting_kansberoep", period)
        art_6_lid_1_b = persoon("kansberoep_niet_eerder_verleend", period)
        return in_werking * art_2_werkzoekende * art_2_a_b * art_3_lid_1 * art_6_lid_1_b
