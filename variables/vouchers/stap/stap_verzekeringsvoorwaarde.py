from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class stap_verzekeringsvoorwaarde(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    end = "2023-12-31"
    label = "Was lang genoeg verzekerd voor de volksverzekeringen (STAP-budget)"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=5&g=2023-09-04",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0045419&artikel=1&g=2023-09-04",
    ]
    documentation = """
    Art. 5 lid 2 onder b: in de periode van twee jaar en drie maanden tot drie maanden vóór de
    kalendermaand van de aanvraag ten minste zes maanden verzekerd voor de volksverzekeringen (AOW, Anw,
    AKW en Wlz, art. 1). Geteld worden de kalendermaanden van 27 tot en met 4 maanden vóór de maand van
    aanvraag (een venster van 24 maanden; zie de parameters onder `vouchers.stap.verzekering`).
    Niet gemodelleerd: gedeeltelijk verzekerde maanden (een maand telt als geheel).
    """

    def formula_2022_01_01(persoon, period, parameters):
        """
        Art. 5 lid 2 onder b: "in de periode van twee jaar en drie maanden tot drie maanden voor de
        kalendermaand van zijn aanvraag gedurende ten minste zes maanden verzekerd is geweest voor de
        volksverzekeringen".
        """
        p = parameters(period).vouchers.stap.verzekering
        maanden_terug = range(int(p.venster_einde_maanden) + 1, int(p.venster_begin_maanden) + 1)
        verzekerde_maanden = sum(
            persoon("verzekerd_volksverzekeringen", period.offset(-terug, "month")).astype(int)
            for terug in maanden_terug
        )
        art_5_lid_2_b = verzekerde_maanden >= p.minimum_maanden
        return art_5_lid_2_b
