# One-off: writes bench/data/cards_sample.json from hand verdicts (each card was read in its sentence).
import json, sys
sys.path.insert(0, "bench")
import huazhongdian as h
from huazhongdian.render.view import build_view
C = "/work/shared/corpus/"
# file -> (split, {start: (exists, [subject alternatives], period, note)} for cards judged NOT as shown,
#          [missing expected cards: (figure, [subjects], period)])
HAND = {
 "national-2024-gov-work-report.txt": ("tune", {}, [
   ("126万亿元", ["国内生产总值"], "2023年"), ("1.39万亿斤", ["粮食产量"], "2023年"),
   ("6.1%", ["居民人均可支配收入"], "2023年"), ("1.3万亿斤以上", ["粮食产量"], "2024年目标")]),
 "national-2026-gov-work-report.txt": ("tune", {}, [
   ("140.19万亿元", ["国内生产总值"], "2025年"), ("1.4万亿斤左右", ["粮食产量"], "2026年目标"),
   ("5.4%", ["居民人均可支配收入年均增长"], "“十四五”时期"), ("7%以上", ["研发经费投入年均增长"], "“十五五”时期"),
   ("2.8%", ["研发经费投入强度"], "“十四五”时期")]),
 "hunan-2026-gov-work-report.txt": ("tune", {}, [
   ("4.8%", ["地区生产总值增长"], "2025年"), ("5%", ["居民人均可支配收入增长"], "2025年"),
   ("3%", ["进出口总额增长"], "2025年")]),
 "guangdong-2026-gov-work-report.txt": ("tune", {
   3121: (False, ["惠州博罗"], "2025年", "subject is a fragment: 惠州博罗成为生产总值")}, [
   ("14.58万亿元", ["地区生产总值"], "“十四五”时期"), ("连续37年", ["总量", "地区生产总值"], "2025年"),
   ("3%左右", ["进出口总额增长"], "2026年目标")]),
 "henan-2026-gov-work-report.txt": ("tune", {}, [
   ("1350.97亿斤", ["粮食产量"], "2025年"), ("4%左右", ["一般公共预算收入增长"], "2026年目标"),
   ("6.5%左右", ["规上工业增加值增长"], "2026年目标")]),
 "neimenggu-hulunbuir-hailar-district-2017-gov-work-report.txt": ("tune", {}, [
   ("303.6亿元", ["地区生产总值"], "2016年"), ("326.4亿元", ["地区生产总值"], "2017年目标"),
   ("13%", ["一般公共财政预算收入增长"], "2016年")]),
 "neimenggu-hulunbuir-hailar-district-2014-gov-work-report.txt": ("tune", {}, [
   ("253.7亿元", ["地区生产总值"], "2013年"), ("282亿元", ["地区生产总值"], "2014年目标"),
   ("207.2亿元", ["规模以上工业总产值"], "2013年")]),
 "cpc-congress/congress-18.txt": ("tune", {
   2915: (True, ["经济总量"], "十年来", "subject is a fragment: 我国经济总量从世界第六位")}, [
   ("四十七点三万亿元", ["国内生产总值"], "五年来"), ("第二位", ["进出口总额"], "五年来"),
   ("第二位", ["经济总量"], "十年来")]),
 "shaanxi-2026-gov-work-report.txt": ("tune", {
   537: (False, ["超长期特别国债"], "2025年", "a 分别 list figure: 中央预算内投资、超长期特别国债分别增长64.8%、42.5%")}, [
   ("1347万吨", ["粮食产量"], "2025年"), ("5.6%", ["居民人均可支配收入增长"], "2025年")]),
 # check: annotated now, scored only at the end
 "national-2025-gov-work-report.txt": ("check", {}, [
   ("134.9万亿元", ["国内生产总值"], "2024年"), ("5.1%", ["居民人均可支配收入"], "2024年"),
   ("1.4万亿斤左右", ["粮食产量"], "2025年目标")]),
 "zhejiang-2026-gov-work-report.txt": ("check", {
   407: (False, ["城镇居民人均可支配收入"], "2025年", "a 分别 list figure labelled with both subjects")}, [
   ("5%—5.5%", ["生产总值增长"], "2026年目标"), ("5.5%", ["生产总值增长"], "2025年"),
   ("115.6亿美元", ["实际使用外资"], "2025年")]),
 "shanghai-2026-gov-work-report.txt": ("check", {}, [
   ("5.67万亿元", ["生产总值"], "2025年"), ("8500亿元", ["地方一般公共预算收入"], "2025年"),
   ("4.51万亿元", ["进出口总额"], "2025年")]),
 "neimenggu-hulunbuir-hailar-district-2015-gov-work-report.txt": ("check", {}, [
   ("274.4亿元", ["地区生产总值"], "2014年"), ("296亿元", ["地区生产总值"], "2015年目标"),
   ("28541元", ["城镇居民人均可支配收入"], "2014年")]),
 "cpc-congress/congress-16.txt": ("check", {
   2595: (True, ["年均增长"], "十三年来", "a 年均 figure: label must keep 年均; period is 1989-2001"),
   8638: (False, ["城乡"], "回顾", "二元 is a word, not a figure")}, [
   ("九万五千九百三十三亿元", ["国内生产总值"], "十三年来"), ("第六位", ["经济总量"], "十三年来")]),
}
out = []
for f, (split, verdicts, missing) in HAND.items():
    d = h.digest(h.read(C + f))
    cards = []
    for c in build_view(d, cards=10).cards:
        fig = c.prefix + c.number + c.unit
        if c.start in verdicts:
            ok, subj, per, note = verdicts[c.start]
            right = False
        else:  # read and judged right as shown: subject and period
            ok, subj, per, note, right = True, [c.label.removeprefix("全省").removeprefix("全市").removeprefix("全区")], c.tag, "", True
        cards.append({"start": c.start, "figure": fig, "label_now": c.label, "tag_now": c.tag,
                      "exists": ok, "right_now": right, "subject": subj, "period": per, "note": note})
    out.append({"file": f, "split": split, "cards": cards,
                "missing": [{"figure": a, "subject": b, "period": p} for a, b, p in missing]})
json.dump({"about": "Hand labels of the 数说 cards (build_view(d, cards=10), before the card fixes of issue 12 item 5). "
           "Each card: exists (should a card show this figure at all), subject (words the label must contain, any one), "
           "period (the right tag). missing: cards an editor expects that the tool does not show. split: tune (rules fitted on) "
           "or check (scored only at the end).", "reports": out},
          open("bench/data/cards_sample.json", "w"), ensure_ascii=False, indent=1)
