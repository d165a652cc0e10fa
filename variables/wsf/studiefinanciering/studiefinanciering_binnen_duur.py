from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector


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
    Wsf 2000 art. 2.13 lid 1 (hoger onderwijs): geen studiefinanciering meer na de prestatiebeurs
    plus 36 maanden lening (onder a), of wanneer 10 jaar zijn verstreken sinds de eerste maand van
    studiefinanciering in het hoger onderwijs (onder b). Vanaf de versie 2017-09-01 berekend uit
    `studiefinanciering_ho_resterende_maanden_lening` en `studiefinanciering_ho_resterende_maanden_termijn`;
    wie niet in het mbo staat ingeschreven, wordt als (toekomstige) ho-student beoordeeld.
    De invoer `studiefinanciering_aanspraak_verbruikt` blijft een overschrijving: staat die op waar,
    dan is de duur altijd verbruikt (ook in het mbo, art. 2.7a, en voor 2017-09-01).
    Niet gemodelleerd: de grenzen van art. 2.7a voor mbo niveau 3 en 4 (alleen via de overschrijving),
    art. 2.13 lid 1 onder c en d, en de verlenging bij bijzondere omstandigheden (art. 5.16).
    """

    def formula(persoon, period):
        """Art. 2.13 lid 1 onder a en b; art. 2.7a: hier alleen uit de invoer."""
        return ~persoon("studiefinanciering_aanspraak_verbruikt", period)

    def formula_2017_09_01(persoon, period):
        """
        Art. 2.13 lid 1: "Een ho-student heeft geen aanspraak op studiefinanciering: a. indien hij na
        het verstrijken van zijn aanspraak op prestatiebeurs hoger onderwijs gedurende 36 maanden een
        lening heeft genoten, b. indien er 10 jaren verstreken zijn met ingang van de maand waarover
        voor het eerst studiefinanciering is toegekend voor het volgen van hoger onderwijs".
        """
        verbruikt = persoon("studiefinanciering_aanspraak_verbruikt", period)
        mbo_student = persoon("onderwijssector", period) == Onderwijssector.mbo
        art_2_13_lid_1_a = persoon("studiefinanciering_ho_resterende_maanden_lening", period) > 0
        art_2_13_lid_1_b = persoon("studiefinanciering_ho_resterende_maanden_termijn", period) > 0
        return ~verbruikt * (mbo_student + art_2_13_lid_1_a * art_2_13_lid_1_b)
