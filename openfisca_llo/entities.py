"""The one entity of this engine: the person whose learning rights are computed."""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc=(
        "De persoon wiens rechten op publiek bekostigd leren worden bepaald: "
        "studiefinanciering, levenlanglerenkrediet, scholing met behoud van WW-uitkering "
        "en vouchers."
    ),
    is_person=True,
)

entities = [Persoon]
