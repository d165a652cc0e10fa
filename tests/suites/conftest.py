import os

import pytest
from hypothesis import HealthCheck, settings

from openfisca_llo.tax_benefit_system import basissysteem

# The fast profile runs in CI (fixed seed, bounded examples); `make test-grondig` runs the
# thorough one.
settings.register_profile(
    "ci",
    max_examples=30,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "grondig",
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def systeem():
    return basissysteem()


def pytest_terminal_summary(terminalreporter):
    """Per right, the share of generated persons for whom it is true (test_eigenschappen_gebieden)."""
    from .test_eigenschappen_gebieden import AANDELEN

    if AANDELEN:
        terminalreporter.write_line("Aandeel gegenereerde personen met het recht:")
        for recht, (waar, totaal) in sorted(AANDELEN.items()):
            terminalreporter.write_line(f"  {recht:50} {waar / totaal:6.1%}  ({waar}/{totaal})")
