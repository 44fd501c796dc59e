"""Moved to :mod:`huazhongdian.script` (below ``read`` and ``structure``, which both use it);
this name stays for the modules and notebooks that import it from here."""

from huazhongdian.script import (TRADITIONAL_SHARE, by_surface, fold, is_traditional, matching_form, matching_text,
                                 traditional_share)

__all__ = ["TRADITIONAL_SHARE", "by_surface", "fold", "is_traditional", "matching_form", "matching_text", "traditional_share"]
