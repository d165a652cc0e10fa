"""openfisca_llo: Dutch lifelong-learning law (Leven Lang Ontwikkelen) as OpenFisca rules."""

from openfisca_llo.tax_benefit_system import CountryTaxBenefitSystem

__all__ = ["CountryTaxBenefitSystem"]
