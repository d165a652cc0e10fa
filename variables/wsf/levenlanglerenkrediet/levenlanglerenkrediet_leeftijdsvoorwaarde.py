import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector
from openfisca_llo.regels.studiejaar import in_studiejaar


class levenlanglerenkrediet_leeftijdsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voldoet aan de leeftijdsvoorwaarde voor levenlanglerenkrediet"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=2.3a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=1.2&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002221&artikel=7a&g=2026-07-01",
    ]
    documentation = """
    Wsf 2000 art. 2.3a. De leeftijd telt op de eerste dag van de maand (art. 1.2): wie op de
    eerste van de maand de maximumleeftijd bereikt, heeft die maand geen aanspraak meer, tenzij
    lid 3 van toepassing is.
    Staat de beleidsschakelaar `wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd` aan
    (een hervorming; onwaar in het geldende recht), dan is de grens de eigen pensioengerechtigde
    leeftijd van de student (AOW art. 7a), op de maand nauwkeurig: leeftijd in maanden op de eerste
    dag van de maand kleiner dan de AOW-leeftijd in maanden.
    Niet gemodelleerd: DUO's uitvoeringsregel dat het krediet moet zijn ingegaan vóór de
    maximumleeftijd; lid 3 wordt gelezen uit de invoer
    `levenlanglerenkrediet_ononderbroken_genoten`.
    """

    def formula_2017_08_01(persoon, period, parameters):
        """
        Art. 2.3a lid 1: mbo-student "die 30 jaren of ouder is maar nog niet de
        maximumleeftijd heeft bereikt".
        Art. 2.3a lid 2: ho-student "die nog niet de maximumleeftijd heeft bereikt".
        Art. 2.3a lid 3: "behoudt een student bij het bereiken van de maximumleeftijd zijn
        aanspraak, zolang hij zonder onderbreking levenlanglerenkrediet geniet".
        """
        p = parameters(period).wsf.levenlanglerenkrediet
        leeftijd = persoon("leeftijd", period)
        sector = persoon("onderwijssector", period)
        maximumleeftijd = persoon("levenlanglerenkrediet_maximumleeftijd", period)
        volgt_aow_leeftijd = in_studiejaar(
            persoon,
            period,
            parameters,
            lambda q: q.wsf.levenlanglerenkrediet.maximumleeftijd_volgt_aow_leeftijd,
            voor_de_start=False,
        )
        onder_aow_leeftijd = persoon("leeftijd_in_maanden", period) < persoon(
            "pensioengerechtigde_leeftijd_in_maanden", period
        )

        nog_niet_de_maximumleeftijd = np.where(
            volgt_aow_leeftijd, onder_aow_leeftijd, leeftijd < maximumleeftijd
        )
        lid_3 = persoon("levenlanglerenkrediet_ononderbroken_genoten", period)
        onder_maximum = nog_niet_de_maximumleeftijd + lid_3

        mbo_student = sector == Onderwijssector.mbo
        ho_student = (sector == Onderwijssector.hbo) + (sector == Onderwijssector.wo)
        lid_1 = mbo_student * (leeftijd >= p.minimumleeftijd_beroepsonderwijs) * onder_maximum
        lid_2 = ho_student * onder_maximum
        return lid_1 + lid_2
