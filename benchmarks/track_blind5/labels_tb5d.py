# Hand labels of writer tb5d for track_blind5 (typed from the texts, never computed).
# PAIRS: pair, place, plan, plan_year, docs, sources
PAIRS: list[tuple[object, ...]] = [
    (
        "p31",
        "湖南省长沙市",
        "p31/plan.txt",
        2023,
        ["p31/review_2023.txt", "p31/changshaxian_2023.txt", "p31/news_2024_01.txt"],
        [
            "http://o62nequ.cn/Home/2022/1228/108710.html",
            "http://alqotr.com/news/699612.html",
            "http://www.CSX.GOV.CN/zjxs/",
            "http://hn.people.com.cn/n2/2024/0111/c336521-40711008.html",
        ],
    ),
    (
        "p32",
        "陕西省渭南市潼关县",
        "p32/plan.txt",
        2024,
        ["p32/press_2025_11_18.txt", "p32/press_2025_11_19.txt"],
        [
            "http://www.iwgscae.cn/news/xsnews/tg/2024-02-02/887078.html",
            "http://www.iwgscae.cn/folder1/folder2/folder3/folder6/2025-11-18/984813.html",
            "http://wisesu.com/shehui/2025/310595.html",
        ],
    ),
]

_R = "p31/review_2023.txt"
_X = "p31/changshaxian_2023.txt"
_N = "p31/news_2024_01.txt"

# LINKS: pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS: list[tuple[object, ...]] = [
    ("p31", "7%左右", "地区生产总值增长7%左右", _R, "4.8%", "14331.98亿元，同比增长4.8%",
     4.8, "%", "2023-12-31", "city GDP growth, 1—12月 full-year figure"),
    ("p31", "8%以上", "规模以上工业增加值增长8%以上", _R, "6.8%", "规模以上工业增加值同比增长6.8%",
     6.8, "%", "2023-12-31", "industrial value added growth, full year"),
    ("p31", "7%", "社会消费品零售总额增长7%", _R, "6.2%", "5561.67亿元，同比增长6.2%",
     6.2, "%", "2023-12-31", "retail sales growth, full year"),
    ("p31", "7%以上", "固定资产投资增长7%以上", _R, "下降6.8%", "固定资产投资同比下降6.8%",
     -6.8, "%", "2023-12-31", "fixed-asset investment fell 6.8% (negative growth)"),
    ("p31", "12%以上", "进出口总额增长12%以上", _R, "下降14.9%", "2813.49亿元，同比下降14.9%",
     -14.9, "%", "2023-12-31", "import-export total fell 14.9%"),
    ("p31", "7%", "地方一般公共预算收入增长7%", _R, "2.1%", "1227.07亿元，同比增长2.1%",
     2.1, "%", "2023-12-31", "local general budget revenue growth"),
    ("p31", "7.5%", "服务业增加值增长7.5%", _R, "4.3%", "8514.55亿元，增长4.3%",
     4.3, "%", "2023-12-31", "服务业增加值 reported as 第三产业增加值 (judgement call, see README)"),
    ("p31", "3%左右", "居民消费价格指数上涨3%左右", _R, "持平", "居民消费价格与上年同比持平",
     0.0, "%", "2023-12-31", "CPI flat year on year = 0% (word, not digits)"),
]

# NEGATIVES: pair, doc, text, context, why
NEGATIVES: list[tuple[object, ...]] = [
    ("p31", _R, "3.5%", "451.89亿元，增长3.5%", "primary-industry sub-total, no target"),
    ("p31", _R, "5.6%", "5365.53亿元，增长5.6%", "secondary-industry sub-total, not 规模以上工业增加值"),
    ("p31", _R, "3.9%", "1626.83亿元，增长3.9%", "budget expenditure, the target is on revenue"),
    ("p31", _R, "4.1%", "61240元，同比增长4.1%", "income target has no figure (与经济增长同步)"),
    ("p31", _R, "3.2%", "67276元，增长3.2%", "urban income sub-total, no target figure"),
    ("p31", _R, "6.2%", "43200元，增长6.2%", "rural income; same value as retail growth"),
    ("p31", _R, "4.7", "长沙县 | 2129.52 | 4.7", "county inside the city, other place"),
    ("p31", _R, "5.3", "浏阳市 | 1735.69 | 5.3", "county-level city inside the city"),
    ("p31", _R, "4.8", "芙蓉区 | 1381.58 | 4.8", "district row, same value as city GDP growth"),
    ("p31", _X, "4.7%", "地区生产总值同比（下同）增长4.7%", "长沙县 GDP, other place"),
    ("p31", _X, "4.96%", "地方一般公共预算收入增长4.96%", "长沙县 budget revenue, other place"),
    ("p31", _X, "5.3%", "固定资产投资增长5.3%", "长沙县 investment, other place"),
    ("p31", _X, "4.3%", "规模以上工业增加值增长4.3%", "长沙县 industry, other place"),
    ("p31", _X, "6.2%", "社会消费品零售总额增长6.2%", "长沙县 retail; identical value to the city's"),
    ("p31", _X, "5.5%以内", "城镇调查失业率控制在5.5%以内", "长沙县 unemployment, other place"),
    ("p31", _N, "3%", "全社会研发投入强度首次超过3%", "R&D intensity, target is R&D spending growth"),
    ("p31", _N, "6%以上", "地区生产总值增长6%以上", "2024 target printed in the later text"),
    ("p31", _N, "6%", "地方一般公共预算收入增长6%", "2024 target printed in the later text"),
    ("p31", _N, "7.5%", "规模以上工业增加值增长7.5%", "2024 target, same value as a 2023 target"),
    ("p32", "p32/press_2025_11_18.txt", "16个", "16个口袋公园", "five-year cumulative, not the 2024 街头绿地"),
    ("p32", "p32/press_2025_11_18.txt", "642个", "累计策划储备项目642个", "cumulative project count"),
    ("p32", "p32/press_2025_11_18.txt", "329个", "实施重点项目329个", "cumulative key projects, no target"),
    ("p32", "p32/press_2025_11_18.txt", "14个", "亿元以上项目14个", "cumulative investment projects"),
    ("p32", "p32/press_2025_11_18.txt", "90亿元", "2024年工业总产值突破90亿元", "2024 figure with no 民生实事 target"),
    ("p32", "p32/press_2025_11_19.txt", "47.12亿元", "全县地区生产总值完成47.12亿元", "2024 GDP, no target in plan"),
    ("p32", "p32/press_2025_11_19.txt", "92.92亿元", "规上工业总产值完成92.92亿元", "no target in plan"),
    ("p32", "p32/press_2025_11_19.txt", "10%", "固定资产投资年均增长10%", "five-year average growth"),
    ("p32", "p32/press_2025_11_19.txt", "1.8亿元", "地方一般公共预算收入1.8亿元", "no target in plan"),
]
