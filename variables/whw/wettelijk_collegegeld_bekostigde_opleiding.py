from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon
from openfisca_llo.enums import Onderwijssector, OpleidingGraad


class wettelijk_collegegeld_bekostigde_opleiding(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Ingeschreven voor een initiële opleiding aan een bekostigde instelling"
    reference = [
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.45a&g=2026-01-01",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&artikel=7.46&g=2026-01-01",
        "https://duo.nl/zakelijk/hoger-onderwijs/studentenadministratie/soort-collegegeld.jsp",
    ]
    documentation = """
    Het wettelijk collegegeld geldt voor een inschrijving aan een associate-degree-, bachelor- of
    masteropleiding van een bekostigde instelling (WHW art. 7.45a; DUO zakelijk). Elders, en voor
    een post-initiële master, stelt de instelling het collegegeld vast (instellingscollegegeld,
    art. 7.46).
    Niet gemodelleerd: de Open Universiteit (collegegeld per studiepunt) en losse
    onderwijseenheden; die krijgen hier geen wettelijk collegegeld.
    """

    def formula(persoon, period):
        """Art. 7.45a lid 1: inschrijving aan een associate-degree-, bachelor- of masteropleiding."""
        sector = persoon("onderwijssector", period)
        graad = persoon("opleiding_graad", period)
        hoger_onderwijs = (sector == Onderwijssector.hbo) + (sector == Onderwijssector.wo)
        initiele_opleiding = (
            (graad == OpleidingGraad.associate_degree)
            + (graad == OpleidingGraad.bachelor)
            + (graad == OpleidingGraad.master)
        )
        return hoger_onderwijs * initiele_opleiding * persoon("opleiding_bekostigd", period)
