import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.regels.studiejaar import in_studiejaar


class levenlanglerenkrediet_maximum_jaarbedrag(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Plafond van het levenlanglerenkrediet voor het studiejaar"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011453&artikel=3.16d&g=2026-01-01",
        "https://duo.nl/particulier/levenlanglerenkrediet/bedragen-en-uitbetaling.jsp",
    ]
    documentation = """
    Wsf 2000 art. 3.16d lid 1: het krediet bedraagt per maand niet meer dan een twaalfde van het
    feitelijk te betalen collegegeld of lesgeld, en in totaal ten hoogste vijf maal een twaalfde
    van het volledige wettelijk collegegeld (hoger onderwijs) of lesgeld (beroepsonderwijs). Per
    studiejaar dus: eenmaal het verschuldigde wettelijk collegegeld of lesgeld, of vijfmaal het
    volledige tarief bij instellingscollegegeld of cursusgeld; 0 zonder recht. Bedragen van het
    studiejaar van de persoon (1 september in het hoger onderwijs, 1 augustus in het mbo).
    2021-2022: het wettelijk tarief was gehalveerd; het plafond bij het wettelijk tarief is het
    gehalveerde bedrag, het vijfvoud blijft gerekend over het volledige bedrag.
    In augustus 2017 liep in het hoger onderwijs nog studiejaar 2016-2017, zonder
    levenlanglerenkrediet: dan is het tarief 0 (er is ook geen recht).
    Niet gemodelleerd: een instellingscollegegeld lager dan vijfmaal het wettelijk collegegeld
    (het plafond is dan het feitelijke bedrag), het gedeeltelijk wettelijk collegegeld in deeltijd
    (hier het volledige bedrag als bovengrens) en betaling door een derde (art. 3.16b lid 2).
    """

    def formula_2017_08_01(persoon, period, parameters):
        """
        Art. 3.16d lid 1: "niet meer dan een twaalfde deel van het feitelijk ... te betalen
        bedrag aan collegegeld of lesgeld ... en in totaal ten hoogste: a. vijf maal een
        twaalfde deel van het volledige wettelijk collegegeld ...; b. vijf maal een twaalfde
        deel van het lesgeld".
        """
        p = parameters(period).wsf.levenlanglerenkrediet.maximum_jaarbedrag
        recht = persoon("levenlanglerenkrediet_recht", period)
        wettelijk_tarief_betaald = persoon("levenlanglerenkrediet_betaalt_wettelijk_tarief", period)

        def tarief(kies_ho, kies_mbo):
            return in_studiejaar(persoon, period, parameters, kies_ho, kies_mbo, voor_de_start=0)

        volledig_tarief = tarief(lambda q: q.whw.wettelijk_collegegeld.bedrag, lambda q: q.lcw.lesgeld.bedrag)
        verlaging = tarief(
            lambda q: q.whw.wettelijk_collegegeld.tijdelijke_verlaging,
            lambda q: q.lcw.lesgeld.tijdelijke_verlaging,
        )
        feitelijk_wettelijk_tarief = volledig_tarief * (1 - verlaging)

        plafond = np.where(
            wettelijk_tarief_betaald,
            p.factor_wettelijk_tarief * feitelijk_wettelijk_tarief,
            p.factor_instellingstarief * volledig_tarief,
        )
        return np.where(recht, plafond, 0)
