"""The Chinese wording of the project's keys (metric keys, lenses, levels, kinds, trend flags,
error messages), from ``data/wording.toml``: the one table the web pages and ``hzd trend`` share.

Example: ``word("flag", "spike") == "骤增"``; an unknown key comes back as itself.
"""

from __future__ import annotations

from functools import lru_cache

from huazhongdian.datafiles import load_toml


@lru_cache(maxsize=1)
def wording() -> dict[str, dict[str, str]]:
    """Section → key → Chinese, as the data file has it."""
    return load_toml("wording.toml")


def word(section: str, key: str | None) -> str:
    """The Chinese for ``key`` in ``section`` (``metric``, ``lens``, ``level``, ``kind``, ``flag``, …)."""
    if key is None:
        return ""
    return wording().get(section, {}).get(key, key)


def words(section: str) -> dict[str, str]:
    """A whole section, key → Chinese, in the data file's order (``term_status``, ``track_status`` …)."""
    return wording()[section]


def message(key: str, **values: object) -> str:
    """An error message of the ``error`` section, its ``{placeholders}`` filled."""
    return wording()["error"][key].format(**values)
