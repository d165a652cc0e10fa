"""Reforms as diffs of dated parameters: documents (read, validate) and applying them."""

from openfisca_llo.hervorming.document import (
    SCHEMA_PAD,
    HervormingOngeldig,
    HervormingsDocument,
    controleer,
    inhoudsfouten,
    lees_hervorming,
    lees_tekst,
    schema,
    schemafouten,
    valideer,
    waarschuwingen,
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
    "HervormingsDocument",
    "controleer",
    "hervorming_klasse",
    "hervorming_uit_bestand",
    "inhoudsfouten",
    "laad",
    "lees_hervorming",
    "lees_tekst",
    "pas_toe",
    "schema",
    "schemafouten",
    "valideer",
    "waarschuwingen",
    "wijzig_parameters",
]
