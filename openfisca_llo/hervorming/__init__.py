"""Reforms as diffs of dated parameters: documents (read, validate) and applying them."""

from openfisca_llo.hervorming.document import (
    SCHEMA_PAD,
    HervormingOngeldig,
    inhoudsfouten,
    lees_hervorming,
    schema,
    schemafouten,
    valideer,
)
from openfisca_llo.hervorming.toepassen import (
    hervorming_klasse,
    hervorming_uit_bestand,
    laad,
    pas_toe,
    wijzig_parameters,
)

__all__ = [
    "SCHEMA_PAD",
    "HervormingOngeldig",
    "hervorming_klasse",
    "hervorming_uit_bestand",
    "inhoudsfouten",
    "laad",
    "lees_hervorming",
    "pas_toe",
    "schema",
    "schemafouten",
    "valideer",
    "wijzig_parameters",
]
