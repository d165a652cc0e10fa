"""The package list, which pyproject.toml cannot compute: every folder of the rule trees is a package.

parameters/, variables/ and reforms/ sit at the repository root (the layout the product asks
for) and are installed inside the package as openfisca_llo.parameters, .variables and .reforms
(`[tool.setuptools.package-dir]` in pyproject.toml). Declaring each of their folders as a
package lets setuptools ship their YAML files without a warning per folder.
"""

from setuptools import find_namespace_packages, find_packages, setup

ONDER_PAKKET = {
    "parameters": "openfisca_llo.parameters",
    "variables": "openfisca_llo.variables",
    "reforms": "openfisca_llo.reforms",
}

# The pages' templates/ and static/ hold data only; declared as packages so that setuptools ships
# them (package-data in pyproject.toml) without a warning.
pakketten = find_packages(include=["openfisca_llo", "openfisca_llo.*"]) + [
    "openfisca_llo.situation_examples",
    "openfisca_llo.web.paginas.templates",
    "openfisca_llo.web.paginas.static",
]
for map_, naam in ONDER_PAKKET.items():
    pakketten += [naam] + [f"{naam}.{sub}" for sub in find_namespace_packages(where=map_)]

setup(packages=pakketten)
