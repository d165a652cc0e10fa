"""Where the packaged rule trees live, in editable and in normal installs alike."""

from importlib.resources import files
from pathlib import Path

PARAMETERS_DIR = Path(str(files("openfisca_llo.parameters")))
VARIABLES_DIR = Path(str(files("openfisca_llo.variables")))
REFORMS_DIR = Path(str(files("openfisca_llo.reforms")))
SITUATION_EXAMPLES_DIR = Path(str(files("openfisca_llo"))) / "situation_examples"
