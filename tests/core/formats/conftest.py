import pytest


@pytest.fixture
def qt_gui(qapp):
    """QPdfWriter needs an application (offscreen: tests/conftest.py) for its fonts."""
    return qapp
