# %% [markdown]
# # 划重点 in a notebook
#
# National targets 2004–2026, a term over the years and a scorecard, each in a few lines.
# This file is a notebook in the percent format (open it in Jupyter with jupytext, in VS Code
# or in Spyder as cells); `docs/run_notebook.py` runs it and writes `docs/notebook.md` with
# every output, and the test suite runs it too.
#
# Setup: a temporary library of the national 政府工作报告 2004–2026 from `../shared/corpus`
# (the `national-series` files, and the 2020 and 2026 reports the series lacks).

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import huazhongdian as hzd
from huazhongdian.store.batch import add_paths

corpus = Path(os.environ.get("HZD_SHARED", "../shared")) / "corpus"
files = [p for y in range(2004, 2027) if (p := corpus / "national-series" / f"{y}.txt").exists()]
files += [corpus / "national-2020-gov-work-report.txt", corpus / "national-2026-gov-work-report.txt"]
lib = hzd.Library(Path(tempfile.mkdtemp()) / "library.db")
add_paths(lib, [str(f) for f in files], jobs=1)
plt.rcParams.update(hzd.plot_style())  # Chinese labels in the bundled Noto Sans SC
print(len(lib.documents()), "reports,", lib.documents()[0]["year"], "to", lib.documents()[-1]["year"])

# %% [markdown]
# ## 主要预期目标 2004–2026
#
# One comparable number per target: `point` is the value, or the midpoint of a range (2016:
# 6.5–7% → 6.75); `base_value` is in the base unit, so the deficit reads the same whether a
# report writes 亿元 (2010: 10500亿元) or 万亿元 (2016: 2.18万亿元).

# %%
t = hzd.targets(lib, level="national", years="2004-2026").to_pandas()
table = t.pivot_table(index="year", columns="label", values="point")[["GDP增长", "CPI涨幅", "城镇新增就业", "赤字率"]]
table["赤字（亿元）"] = t[t.metric == "deficit"].set_index("year").base_value / 1e8
table

# %% [markdown]
# ## 高质量发展 and 新质生产力 over the years (occurrences per 10,000 characters)

# %%
trend = hzd.trend(lib, ["高质量发展", "新质生产力"], level="national", years="2004-2026").to_pandas()
ax = trend.pivot(index="year", columns="term", values="per_10k").plot(marker="o", figsize=(8, 3.5))
ax.set(xlabel="年份", ylabel="每万字出现次数", title="政府工作报告中的两个词")
ax.legend(title=None)

# %% [markdown]
# ## 目标完成情况: each year's headline targets against the next report's review

# %%
sc = hzd.scorecard(lib, level="national", headline=True).to_pandas()
sc["目标 → 实际"] = sc.target + " → " + sc.realised.fillna("—") + "（" + sc.status + "）"
sc.pivot_table(index="year", columns="label", values="目标 → 实际", aggfunc="first")[["GDP增长", "CPI涨幅", "城镇新增就业"]]
