"""Two wordings of one old figure share a rule (scorecard.toml [[metric]] keys and words)."""

from __future__ import annotations

from huazhongdian.across.scorecard_data import _data, _rule


def test_farm_income_gained_and_housing_completed_have_rules_naming_the_review_wording() -> None:
    rules = _data().rules
    income = _rule("农村社队和农民的收入", "元")
    assert "农民增加收入" in income.words and income.better == "up"
    housing = _rule("竣工面积", "平方米")
    assert "新建职工住宅" in housing.words and "change" not in housing.kinds
    # A per-head income is not the farm sector's gain.
    assert "人均" in income.not_words
    assert rules["农民人均纯收入"].key != income.key
