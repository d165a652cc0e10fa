"""How inputs given for a longer period are spread over the months of the contract.

A situation (a status, a choice, a count of months) given for a year holds in each of its
months: OpenFisca's `set_input_dispatch_by_period` copies it into every month.
"""

from openfisca_core.holders import set_input_dispatch_by_period

maandelijks_uit_jaar = set_input_dispatch_by_period
