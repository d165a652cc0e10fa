"""The OpenAPI document at /spec, made true to what the API answers.

OpenFisca-Core 46's document disagrees with its own answers, and a schema-driven fuzzer finds
each disagreement as a violation. `verbeter_spec` corrects them and adds what this API adds:

- `Variable.defaultValue` is a boolean, a number or a text, not only a text (true, 0, "geen");
- a trace lists parameter values (numbers, booleans), not objects;
- the path parameters of /variable and /parameter list the ids that exist;
- a formula of an ended variable is `null` (the day after `end`), and so can a parameter value
  be (a scheme ended with `null`); `Parameter.id` is a text, not an integer;
- in `SituationInput` a value may be `null` (that is how a value is asked for), a date has
  format `date`, and each input of openfisca_llo/regels/bereik.py has its `minimum`/`maximum`;
- every error answer has the schema `Fout` (a `code` from openfisca_llo/web/codes.py, the
  message `error`, the field `veld`), under each status it can have and under `default`;
- `GET /` and the paths of this API (`/compare`) are described.

Which codes each answer can carry is documented in docs/api.md, from the same table.
"""

from __future__ import annotations

import copy
import datetime

from openfisca_core.indexed_enums import Enum

from openfisca_llo.regels.bereik import BEREIK
from openfisca_llo.web.codes import CODES

FOUT_REF = {"$ref": "#/components/schemas/Fout"}
SITUATIE_REF = {"$ref": "#/components/schemas/SituationInput"}
FOUT_SCHEMA = {
    "type": "object",
    "required": ["code", "error"],
    "properties": {
        "code": {"type": "string", "enum": sorted(CODES)},
        "error": {"type": "string"},
        "veld": {"type": "string", "description": "the offending field as a JSON Pointer (RFC 6901)"},
    },
    "description": "An error: a stable `code` (docs/api.md lists them), a message and, where one field is "
    "at fault, that field. /calculate and /trace also nest the message at the field's path, as OpenFisca does.",
}
# The example situation of the POST endpoints: the part-time wo master student born on
# 15 September 1967, in October 2026 (docs/uitleg.md works it out: 59, over the maximum age 57).
VOORBEELD_SITUATIE = {
    "personen": {
        "anna": {
            "geboortedatum": {"ETERNITY": "1967-09-15"},
            "onderwijssector": {"2026-10": "wo"},
            "opleidingsvorm": {"2026-10": "deeltijd"},
            "opleiding_graad": {"2026-10": "master"},
            "levenlanglerenkrediet_recht": {"2026-10": None},
        }
    }
}
FOUTSTATUSSEN_BEREKENING = {
    "400": "The request is invalid: `code` says why, `veld` names the field",
    "404": "A variable of the situation does not exist (`variabele_onbekend`)",
    "413": "The request is over a limit (body size, nesting, persons, periods, computations)",
    "422": "The request is valid but cannot be answered truthfully (`invoer_ontbreekt`, `geboren_na_periode`)",
    "503": "The computation took longer than LLO_MAX_REKENTIJD (`rekentijd_overschreden`)",
}
ROOT_SPEC = {
    "get": {
        "summary": "What this API is, and where its endpoints and documentation are",
        "tags": ["Documentation"],
        "operationId": "root",
        "responses": {
            "200": {
                "description": "The name, version and endpoints of this API",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["welcome", "endpoints"],
                            "properties": {
                                "welcome": {"type": "string"},
                                "country_package": {"type": "string"},
                                "version": {"type": "string"},
                                "endpoints": {"type": "object", "additionalProperties": {"type": "string"}},
                                "documentation": {"type": "string"},
                            },
                        }
                    }
                },
            }
        },
    }
}


def json_verzoek(verplicht: list[str], velden: dict, voorbeeld: dict) -> dict:
    """The request body of this API's own POST endpoints: a JSON object with these fields."""
    schema = {"type": "object", "required": verplicht, "properties": velden}
    return {"required": True, "content": {"application/json": {"schema": schema, "example": voorbeeld}}}


def json_antwoord(beschrijving: str, velden: dict[str, str]) -> dict:
    """A 200 answer of this API's own endpoints: a JSON object with these fields and types."""
    return {
        "description": beschrijving,
        "content": {
            "application/json": {
                "schema": {"type": "object", "properties": {naam: {"type": t} for naam, t in velden.items()}}
            }
        },
    }


def _waardeschema(variabele, nullable: bool) -> dict:
    schema = {"type": variabele.json_type}
    if variabele.value_type is Enum:
        schema["enum"] = [lid.name for lid in variabele.possible_values]
    if variabele.value_type is datetime.date:
        schema["format"] = "date"
    bereik = BEREIK.get(variabele.name)
    if bereik is not None and variabele.value_type in (int, float):
        schema["minimum"], schema["maximum"] = bereik.minimum, bereik.maximum
    if nullable:
        schema["nullable"] = True
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def _entiteitschema(systeem, entiteit, nullable: bool) -> dict:
    return {
        "type": "object",
        "properties": {
            naam: {"type": "object", "additionalProperties": _waardeschema(variabele, nullable)}
            for naam, variabele in systeem.get_variables(entiteit).items()
        },
        "additionalProperties": False,
    }


def _foutantwoorden(operatie: dict, statussen: dict[str, str]) -> None:
    antwoorden = operatie.setdefault("responses", {})
    for status, beschrijving in statussen.items():
        antwoord = antwoorden.setdefault(str(status), {"description": beschrijving})
        antwoord["content"] = {"application/json": {"schema": FOUT_REF}}
    antwoorden["default"] = {
        "description": "Any other error, always JSON with a code",
        "content": {"application/json": {"schema": FOUT_REF}},
    }


def _bekende_ids(paden: dict, pad: str, ids: list[str]) -> None:
    """The ids that exist, as the enum of the path parameter: a fuzzer then reaches every one."""
    for parameter in paden.get(pad, {}).get("get", {}).get("parameters", []):
        if parameter.get("in") == "path":
            parameter["schema"] = {"type": "string", "enum": ids}


def verbeter_spec(spec: dict, systeem, extra_paden: dict) -> dict:
    """A corrected copy of OpenFisca's OpenAPI document, with `extra_paden` added."""
    spec = copy.deepcopy(spec)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas["Fout"] = FOUT_SCHEMA
    variabele = schemas.get("Variable", {}).get("properties", {})
    if "defaultValue" in variabele:
        variabele["defaultValue"] = {"anyOf": [{"type": "boolean"}, {"type": "number"}, {"type": "string"}]}
    variabele["bereik"] = {"type": "object", "description": "the valid range of an input (regels/bereik.py)"}
    if "Formula" in schemas:
        schemas["Formula"]["nullable"] = True
    if "Value" in schemas:
        schemas["Value"]["nullable"] = True
    parameter = schemas.get("Parameter", {}).get("properties", {})
    if "id" in parameter:
        parameter["id"] = {"type": "string"}
    for entiteit in systeem.entities:
        sleutel = entiteit.key.title()
        schemas[sleutel] = _entiteitschema(systeem, entiteit, nullable=True)
        schemas[f"{sleutel}Uitvoer"] = _entiteitschema(systeem, entiteit, nullable=False)
    if "SituationOutput" in schemas:
        uitvoer = schemas["SituationOutput"]
        uitvoer["properties"] = {
            entiteit.plural: {
                "type": "object",
                "additionalProperties": {"$ref": f"#/components/schemas/{entiteit.key.title()}Uitvoer"},
            }
            for entiteit in systeem.entities
        }
    spoor = schemas.get("Trace", {}).get("properties", {}).get("trace", {}).get("additionalProperties", {})
    if "parameters" in spoor.get("properties", {}):  # a parameter's value, not an object
        spoor["properties"]["parameters"] = {
            "type": "object",
            "additionalProperties": {"$ref": "#/components/schemas/Value"},
        }
    paden = spec.setdefault("paths", {})
    _bekende_ids(paden, "/variable/{variableID}", sorted(systeem.variables))
    _bekende_ids(
        paden, "/parameter/{parameterID}", sorted(p.name for p in systeem.parameters.get_descendants())
    )
    paden["/"] = ROOT_SPEC
    paden.update(copy.deepcopy(extra_paden))
    for pad, operaties in paden.items():
        for methode, operatie in operaties.items():
            if methode == "post":
                _foutantwoorden(operatie, FOUTSTATUSSEN_BEREKENING)
            elif pad in ("/variable/{variableID}", "/parameter/{parameterID}"):
                _foutantwoorden(operatie, {"404": "No variable or parameter with this id"})
            else:
                _foutantwoorden(operatie, {})
    return spec
