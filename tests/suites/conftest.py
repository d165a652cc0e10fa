import pytest

from openfisca_llo.situatie import basissysteem


@pytest.fixture(scope="session")
def systeem():
    return basissysteem()
