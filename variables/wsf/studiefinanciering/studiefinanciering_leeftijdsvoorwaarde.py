from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector
from openfisca_llo.regels.datums import (
    eerste_maand_van_kwartaal_na_verjaardag,
    geboorte,
    maand_waarin_leeftijd_bereikt,
    maandnummer_van_instant,
)


class studiefinanciering_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de leeftijdsvoorwaarde voor studiefinanciering"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3&g=2026-01-01",
    ]
    documentation = """
    Wsf 2000 art. 2.3. Een mbo-student komt in aanmerking met ingang van het kwartaal volgend
    op het kwartaal waarin hij 18 jaar wordt (of van dat kwartaal, als hij op de eerste dag
    ervan 18 wordt); een ho-student heeft geen ondergrens. Voor iedereen eindigt de aanspraak
    na de maand waarin hij 30 jaar wordt (tot en met die maand), tenzij hij zonder
    onderbreking studiefinanciering geniet (lid 4).
    Niet gemodelleerd: studiefinanciering voor minderjarige ho-studenten boven de
    tegemoetkoming (WTOS) en de verlenging bij bijzondere omstandigheden.
    """

    def formula(persoon, period, parameters):
        """
        Art. 2.3 lid 1: mbo-student: met ingang van het kwartaal na dat waarin hij 18 wordt.
        Art. 2.3 lid 3: "tot en met de maand waarin hij de leeftijd van 30 jaar bereikt".
        Art. 2.3 lid 4: aanspraak blijft zolang hij zonder onderbreking studiefinanciering
        geniet.
        """
        p = parameters(period).wsf.studiefinanciering
        geboortedatum = geboorte(persoon, period)
        sector = persoon("onderwijssector", period)
        maand = maandnummer_van_instant(period.start)

        begin_mbo = eerste_maand_van_kwartaal_na_verjaardag(geboortedatum, p.minimumleeftijd_beroepsonderwijs)
        lid_1 = (sector != Onderwijssector.mbo) + (maand >= begin_mbo)
        lid_3 = maand <= maand_waarin_leeftijd_bereikt(geboortedatum, p.maximumleeftijd)
        lid_4 = persoon("studiefinanciering_ononderbroken_genoten", period)
        return lid_1 * (lid_3 + lid_4)
