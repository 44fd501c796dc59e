"""Fixtures of the web tests: one headless browser per test module (see browser_support.py)."""

from __future__ import annotations

import pytest
from browser_support import chromium


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b
