import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_llo.entities import Persoon


class leerrechten_ser_seo_in_werking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Het leerrechtenvoorstel van SEO en de SER is in werking"
    reference = [
        "https://www.seo.nl/publicaties/naar-een-systeem-van-leerrechten/",
        "https://zoek.officielebekendmakingen.nl/kst-30012-161.html",
    ]
    documentation = """
    Geen geldend recht: een voorstel. In de basis onwaar (parameter
    `leerrechten.ser_seo.in_werking`); een hervorming zet het aan.
    """

    def formula(persoon, period, parameters):
        """Schakelaar: geen wettelijke grondslag; het voorstel geldt alleen in een hervorming."""
        p = parameters(period).leerrechten.ser_seo
        return np.full(persoon.count, bool(p.in_werking))
