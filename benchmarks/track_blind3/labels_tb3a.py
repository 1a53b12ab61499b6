"""Hand labels of writer tb3a (session 2026-12-07) for track_blind3: economic targets of city and county plans.

Typed by hand from the texts in pNN/ before any linker output was seen; never computed.
"""

# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p01",
        "浙江省嘉兴市",
        "p01/plan.txt",
        2024,
        ["p01/review_2025.txt", "p01/bulletin_2024h1.txt", "p01/review_2024.txt"],
        [
            "https://www.jiaxing.gov.cn/art/2024/2/5/art_1229567743_2512348.html",
            "https://cezhidao.com/reports/GnEt",
            "https://marketmonitor.cn/report_blog/205064.html",
            "http://m.ilynn.cn/document_detail/132045.html",
            "http://district.ce.cn/newarea/roll/202402/04/t20240204_38892792.shtml",
        ],
    ),
    (
        "p02",
        "浙江省嘉兴市桐乡市",
        "p02/plan.txt",
        2024,
        ["p02/execution_2024.txt"],
        ["http://www.tx.gov.cn/art/2025/4/23/art_1229399164_5501716.html"],
    ),
]

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p01", "6%左右", "全市地区生产总值增长6%左右", "p01/review_2025.txt", "5.6%", "、增长5.6%", 5.6, "%", "2024-12-31",
     "GDP growth 2024 in the next year's review"),
    ("p01", "6%以上", "规上工业增加值增长6%以上", "p01/review_2025.txt", "7.1%", "规上工业增加值增长7.1%", 7.1, "%", "2024-12-31",
     "industrial value added growth, above the target"),
    ("p01", "5.5%以上", "社会消费品零售总额增长5.5%以上", "p01/review_2025.txt", "5.3%", "社会消费品零售总额增长5.3%", 5.3, "%",
     "2024-12-31", "retail sales growth, short of the target"),
    ("p01", "3.55%", "研发投入强度达到3.55%", "p01/review_2025.txt", "3.56%", "研发投入强度提高到3.56%", 3.56, "%", "2024-12-31",
     "R&D intensity is a level (share of GDP), not a growth rate"),
    ("p01", "6%以上", "规上工业增加值增长6%以上", "p01/bulletin_2024h1.txt", "8.4%", "同比增长8.4%", 8.4, "%", "2024-06-30",
     "half-year cumulative growth (上半年 -> 06-30)"),
    ("p01", "6%以上", "服务业增加值增长6%以上", "p01/bulletin_2024h1.txt", "5.1%", "同比增长5.1%", 5.1, "%", "2024-06-30",
     "第三产业增加值 is 服务业增加值; half-year cumulative"),
    ("p02", "6.5%左右", "地区生产总值:增长6.5%左右", "p02/execution_2024.txt", "4.8%", "| 增长4.8%", 4.8, "%", "2024-12-31",
     "实际完成 column of the county-level execution report"),
    ("p02", "20.5万元/人", "全员劳动生产率:达到20.5万元/人", "p02/execution_2024.txt", "20.5万元/人", "20.5万元/人 | —", 205000,
     "元/人", "2024-12-31", "result equal to the target; 万元/人 to 元/人; the cell before it is the restated target"),
    ("p02", "5%", "一般公共预算收入:增长5%", "p02/execution_2024.txt", "下降4.6%", "| 下降4.6%", -4.6, "%", "2024-12-31",
     "一般公共预算收入 fell: 下降 gives a negative growth rate"),
    ("p02", "8%", "固定资产投资:增长8%", "p02/execution_2024.txt", "2.7%", "| 增长2.7%", 2.7, "%", "2024-12-31",
     "investment growth, far short of the target"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p01", "p01/review_2025.txt", "7569.5亿元", "地区生产总值达到7569.5亿元", "GDP level in 亿元; the plan targets growth only"),
    ("p01", "p01/review_2025.txt", "1073.6亿元", "分别为1073.6亿元", "财政总收入: no target in the plan"),
    ("p01", "p01/review_2025.txt", "638.7亿元", "638.7亿元,均保持全省第三",
     "一般公共预算收入 level in 亿元; the plan's target is a growth rate (6%左右) and the review gives none"),
    ("p01", "p01/review_2025.txt", "9.3%", "进出口总额增长9.3%", "trade growth: no target in the plan, same unit"),
    ("p01", "p01/review_2025.txt", "九届人大四次会议", "市九届人大四次会议确定", "session number, not a figure"),
    ("p01", "p01/review_2024.txt", "7062.5亿元", "全市地区生产总值7062.5亿元", "2023 GDP level, the year before the plan"),
    ("p01", "p01/review_2024.txt", "6.3%", "7062.5亿元,增长6.3%", "2023 GDP growth, the year before the plan"),
    ("p01", "p01/review_2024.txt", "632亿元", "1102.6亿元和632亿元", "2023 一般公共预算收入 level, earlier year"),
    ("p01", "p01/review_2024.txt", "7.4%", "固定资产投资增长7.4%", "2023 investment growth, earlier year (plan: 6%以上 for 2024)"),
    ("p01", "p01/review_2024.txt", "7.6%", "规上工业增加值增长7.6%", "2023 industrial growth, earlier year"),
    ("p01", "p01/review_2024.txt", "60条", "推动经济高质量发展60条", "count of policy articles, not a result"),
    ("p02", "p02/execution_2024.txt", "6.5%左右", "地区生产总值 | 增长6.5%左右", "target restated in the 预期目标 column"),
    ("p02", "p02/execution_2024.txt", "20.5万元/人", "全员劳动生产率 | 20.5万元/人", "target restated in the 预期目标 column"),
    ("p02", "p02/execution_2024.txt", "5%", "一般公共预算收入 | 增长5%", "target restated in the 预期目标 column"),
    ("p02", "p02/execution_2024.txt", "8%", "固定资产投资 | 增长8%", "target restated in the 预期目标 column"),
    ("p02", "p02/execution_2024.txt", "1347.1亿元", "1347.1亿元", "GDP level in the 备注 column; the plan targets growth"),
    ("p02", "p02/execution_2024.txt", "102.1亿元", "102.1亿元", "一般公共预算收入 level; the plan targets growth"),
    ("p02", "p02/execution_2024.txt", "486.8亿元", "486.8亿元", "investment level; the plan targets growth"),
    ("p02", "p02/execution_2024.txt", "27项", "确定的27项主要指标中", "count of indicators, not a result"),
    ("p02", "p02/execution_2024.txt", "19项", "19项完成全年目标", "count of indicators met"),
    ("p02", "p02/execution_2024.txt", "8项", "8项不及预期", "count of indicators missed; same digit as the 8% investment target"),
    ("p01", "p01/bulletin_2024h1.txt", "1405.46亿元", "规模以上工业增加值达到1405.46亿元", "industrial value added level; the plan targets growth"),
    ("p01", "p01/bulletin_2024h1.txt", "0.4个", "分别高0.4个和2.4个百分点", "gap to the province's growth, not a result"),
    ("p01", "p01/bulletin_2024h1.txt", "8.7%", "两年平均增长8.7%", "two-year average growth"),
    ("p01", "p01/bulletin_2024h1.txt", "2.4个百分点", "比全省平均高2.4个百分点,居全省第5位", "gap to the province's two-year average"),
    ("p01", "p01/bulletin_2024h1.txt", "25个", "33个工业行业大类中有25个", "count of industries growing"),
    ("p01", "p01/bulletin_2024h1.txt", "21.9%", "分别增长21.9%", "sub-industry (电气机械) growth"),
    ("p01", "p01/bulletin_2024h1.txt", "6.2个百分点", "拉动规上工业增加值增速6.2个百分点", "contribution of five industries to growth"),
    ("p01", "p01/bulletin_2024h1.txt", "16.7%", "传统制造业增加值增长16.7%", "sub-sector (传统制造业) growth"),
    ("p01", "p01/bulletin_2024h1.txt", "10.6%", "战略性新兴产业增加值分别增长10.6%", "sub-sector (装备制造业) growth"),
    ("p01", "p01/bulletin_2024h1.txt", "8.8%", "10.6%和8.8%", "sub-sector (战略性新兴产业) growth"),
    ("p01", "p01/bulletin_2024h1.txt", "1545.67亿元", "全市第三产业增加值1545.67亿元", "services value added level; the plan targets growth"),
    ("p01", "p01/bulletin_2024h1.txt", "10.1%", "分别增长10.1%、9.9%", "sub-sector of services (批发零售业)"),
    ("p01", "p01/bulletin_2024h1.txt", "13.3%", "620.80亿元,同比增长13.3%", "1-5月 revenue of 规上服务业 firms, another indicator"),
    ("p01", "p01/bulletin_2024h1.txt", "8.2%", "35.26亿元,增长8.2%", "1-5月 profit of 规上服务业 firms, another indicator"),
]
