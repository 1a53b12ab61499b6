"""extract_quantities: values, units, qualifiers, kinds, deadlines, traps."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from plan_analysis.extract.quantities import COLUMNS, extract_quantities, iter_quantities
from plan_analysis.text.normalize import normalize_text

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "raw" / "chentao-2025q4.txt"
INDICATORS = REPO / "data" / "plans" / "chentao-2025q4" / "indicators.csv"


def one(text: str, **kwargs) -> dict:
    frame = extract_quantities(text, **kwargs)
    assert len(frame) == 1, frame[["text", "value", "unit"]]
    return frame.iloc[0].to_dict()


def texts(text: str) -> list[str]:
    return list(extract_quantities(text)["text"])


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return extract_quantities(SEED, year=2025)


def test_seed_reproduces_every_curated_quantity(seed):
    curated = pd.read_csv(INDICATORS)
    curated = curated[curated["kind"].isin(["target", "descriptor"])]
    assert len(curated) == 23
    for row in curated.itertuples():
        hits = seed[(seed["text"] == row.quantity_text) & (seed["kind"] == row.kind)]
        hits = hits[[math.isclose(v, row.target) for v in hits["value"]]]
        assert len(hits) >= 1, row.id
        hit = hits.iloc[0]
        assert hit["unit"] == row.unit, row.id
        assert hit["qualifier"] == row.qualifier, row.id
        expected_deadline = None if pd.isna(row.deadline_text) else row.deadline_text
        assert (hit["deadline"] if isinstance(hit["deadline"], str) else None) == expected_deadline, row.id


def test_seed_emits_no_other_target(seed):
    curated = pd.read_csv(INDICATORS)
    curated_targets = set(curated.loc[curated["kind"] == "target", "quantity_text"])
    emitted_targets = set(seed.loc[seed["kind"] == "target", "text"])
    assert emitted_targets == curated_targets
    assert len(seed) == 23


def test_seed_rows_carry_context(seed):
    row = seed[seed["text"] == "8亿元"].iloc[0]
    # 全年工業(yè)實(shí)施開(kāi)票8億元 → 8e8 元, whole year 2025
    assert row["value"] == 8e8 and row["unit"] == "元" and row["kind"] == "target"
    assert (row["deadline_start"], row["deadline_end"]) == (date(2025, 1, 1), date(2025, 12, 31))
    assert row["area"].startswith("聚焦经济运行") and row["measure"] == "紧盯核心指标实现"
    assert "8亿元" in row["sentence"]
    raw = SEED.read_text(encoding="utf-8")
    assert raw[row["raw_start"] : row["raw_end"]] == "8億元"
    assert list(seed.columns) == COLUMNS


# ----------------------------------------------------------- values and units


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全年实现开票8亿元。", 8e8, "元"),
        ("完成投资2.5亿元。", 2.5e8, "元"),
        ("建设1.2万亩高标准农田。", 12000, "亩"),
        ("引进外资500万美元。", 5e6, "美元"),
        ("粮食产量9800万斤。", 9.8e7, "斤"),
        ("新建年产10000台（套）电机项目签约。", 10000, "台(套)"),
        ("新增3座危桥改造。", 3, "座"),
        ("改造提升运动场2個。", 2, "个"),
        ("新增绿地面积5000平方米。", 5000, "平方米"),
        ("新建光伏电站装机20兆瓦。", 20, "兆瓦"),
        ("完成造林1200公顷。", 1200, "公顷"),
        ("港口吞吐量达到120万标准箱。", 1.2e6, "标准箱"),
        ("培训农民500人次。", 500, "人次"),
        ("全年发电量1.5亿千瓦时。", 1.5e8, "千瓦时"),
        ("完成招商签约一千二百万元。", 1.2e7, "元"),
        ("新增就业岗位3000余个。", 3000, "个"),
        ("完成投资500 万元。", 5e6, "元"),  # a space before the multiplier
        ("争取上级资金3000余万元。", 3e7, "元"),
        ("全年发电量2亿千瓦时。", 2e8, "千瓦时"),  # 千 of 千瓦时 is the unit's, not a multiplier
        ("PM2.5浓度控制在35微克/立方米以下。", 35, "微克/立方米"),
        ("城镇登记失业率下降2个百分点。", 2, "个百分点"),
    ],
)
def test_values_in_base_units(text, value, unit):
    row = one(text)
    assert row["value"] == pytest.approx(value)
    assert row["unit"] == unit


def test_chinese_numerals():
    frame = extract_quantities("办好十件民生实事，新建两个示范基地，建设三所学校。")
    assert list(zip(frame["value"], frame["unit"])) == [(10, "件"), (2, "个"), (3, "所")]


@pytest.mark.parametrize(
    "text, value, high, unit",
    [
        ("计划引进3-5项新品种。", 3, 5, "项"),
        ("规划建设2-3个采摘园。", 2, 3, "个"),
        ("新增街头绿地3-5處。", 3, 5, "处"),
        ("地区生产总值增长4.5%至5%。", 4.5, 5, "%"),
        ("新增投资1-2亿元。", 1e8, 2e8, "元"),
    ],
)
def test_ranges(text, value, high, unit):
    row = one(text)
    assert (row["value"], row["high"], row["unit"], row["qualifier"]) == (
        pytest.approx(value),
        pytest.approx(high),
        unit,
        "range",
    )


# ------------------------------------------------------------------ qualifiers


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("新增停车位500个以上。", ">="),
        ("全年培训农民不少于500人次。", ">="),
        ("签约项目突破10个。", ">="),
        ("新增就业超过2000人。", ">="),
        ("至少建成3座。", ">="),
        ("能耗控制在5万吨标准煤以内。", "<="),
        ("新增债务不超过2亿元。", "<="),
        ("事故起数控制在3起以下。", "<="),
        ("新增就业2000人左右。", "~"),
        ("争取上级资金3000余万元。", ">="),
        ("新增就业岗位300多个。", ">="),
        ("完成投资约3亿元。", "~"),
        ("完成投资3亿元。", "="),
        ("一季度已超前完成500万美元外资到账任务。", "="),  # 超前 is not 超
        ("新签约项目3个，签约金额5亿元。", "="),  # 签约 is not 约
    ],
)
def test_qualifiers(text, qualifier):
    assert list(extract_quantities(text)["qualifier"])[-1] == qualifier


# ------------------------------------------------------------------ kinds


def test_nested_quantities_give_descriptor_and_target():
    frame = extract_quantities("计划全年引进投资5000万元以上的项目3个以上。")
    assert list(frame["text"]) == ["5000万元以上", "3个以上"]
    assert list(frame["kind"]) == ["descriptor", "target"]
    assert list(frame["qualifier"]) == [">=", ">="]
    assert list(frame["value"]) == [5e7, 3]
    assert frame["deadline"].iloc[1] == "全年" and pd.isna(frame["deadline"].iloc[0])


def test_bare_yiyuan_project_is_a_descriptor_of_one_yi():
    frame = extract_quantities("确保四季度新签约亿元项目2个以上。")
    first = frame.iloc[0]
    assert (first["text"], first["value"], first["unit"], first["kind"], first["qualifier"]) == (
        "亿元",
        1e8,
        "元",
        "descriptor",
        "=",
    )
    assert frame.iloc[1]["kind"] == "target" and frame.iloc[1]["deadline"] == "四季度"
    above = extract_quantities("新签约亿元以上项目8个以上。").iloc[0]
    assert (above["text"], above["qualifier"]) == ("亿元以上", ">=")


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("规上工业企业研发投入增长15%以上。", ["growth"]),
        ("地区生产总值同比增长6%。", ["growth"]),
        ("森林覆盖率达到45%。", ["target"]),
        ("卫生厕所普及率提高到95%。", ["target"]),  # the level to reach, not a rate
        ("城乡居民收入分别增长5.5%和7%。", ["growth", "growth"]),
        ("招引10亿元以上项目5个。", ["descriptor", "target"]),
        ("建设110千伏变电站1座。", ["descriptor", "target"]),
        ("全镇共有12个行政村、3个社区，总人口5.6万人。", ["descriptor"] * 3),
        ("扎实干好“十件民生实事”，新建两所学校。", ["descriptor", "target"]),
        ("推动年产50000套用品、350万条瑜伽垫项目竣工。", ["descriptor", "descriptor"]),
        ("做好联建的3400亩基地管护。", ["descriptor"]),
        ("推进4个村1.2万亩高标准农田建设。", ["descriptor", "target"]),
        ("实施友联等3村1.4公里道路建设。", ["descriptor", "target"]),
        ("完成农村6.5公里道路大中修。", ["target"]),
        ("镇目标工作计划(2篇)\n正文。", ["descriptor"]),
    ],
)
def test_kinds(text, kinds):
    assert list(extract_quantities(text)["kind"]) == kinds


# ------------------------------------------------------------------ deadlines


def test_deadline_is_the_time_word_of_the_sentence():
    # The convention of benchmarks/README.md: a time word inside a clause
    # governs its own clause (its predicate), not the next one (跟踪…).
    text = (
        "全年新增天然气入户1800户以上；持续改善办学条件，改造运动场2个；"
        "四季度做好手续，跟踪5000平方米厂房竣工，确保年底前投产。四季度新建道路3公里。一季度完成500万美元到账。"
    )
    frame = extract_quantities(text, year=2024)
    assert list(frame["deadline"].fillna("-")) == ["全年", "-", "-", "四季度", "一季度"]
    assert frame.iloc[3]["deadline_start"] == date(2024, 10, 1)
    assert frame.iloc[4]["deadline_end"] == date(2024, 3, 31)


def test_a_sentence_opener_governs_across_semicolons_a_clause_word_only_its_predicate():
    text = (
        "年底前，完成户厕改造200户；新建村级广场3个，其中，示范广场1个。"
        "全年安排重点项目60个，计划完成投资102亿元。"
        "全年新签约项目8个，特色产业项目2个；下半年，新建公园2个，全年累计达到5个，改造游园4个。"
    )
    frame = extract_quantities(text, year=2026)
    assert list(zip(frame["text"], frame["deadline"].fillna("-"))) == [
        ("200户", "年底前"),
        ("3个", "年底前"),
        ("1个", "年底前"),  # the opener, across ；
        ("60个", "全年"),
        ("102亿元", "-"),  # a new predicate (计划完成) after the comma
        ("8个", "全年"),
        ("2个", "全年"),  # no verb after the comma: the same predicate
        ("2个", "下半年"),
        ("5个", "全年"),
        ("4个", "下半年"),  # a clause's own word, then the opener again
    ]


def test_by_a_year_and_clause_by_clause():
    frame = extract_quantities(
        "到2026年，建成5G基站100个。一季度完成投资3亿元，上半年完成8亿元，全年完成20亿元。", year=2025
    )
    assert list(frame["deadline"]) == ["到2026年", "一季度", "上半年", "全年"]
    assert frame.iloc[0]["deadline_end"] == date(2026, 12, 31)


def test_year_is_inferred_from_the_text():
    frame = extract_quantities("2025年，某镇将全年新增就业2480人。")
    assert frame.iloc[0]["deadline_end"] == date(2025, 12, 31)
    assert extract_quantities("全年新增就业2480人。").iloc[0]["deadline_start"] is None


# ------------------------------------------------------------------ traps


@pytest.mark.parametrize(
    "text",
    [
        "2025年，确保10月底投产。",
        "一是紧盯指标。二是抓项目。",
        "第1篇，第十九届人民代表大会第三次会议。",
        "推进一期厂房和二期项目，做好首批企业培训。",
        "用好“1+19+N”阵地，建设“三纵三横”道路。",
        "培植“一村一品”特色，形成“一级抓一级”体系。",
        "确保“十四五”圆满收官，为“十五五”奠定基础，十四五期间。",
        "抓住村“两委”换届契机。",
        "四季度做好七顷犬只留检投入使用。",
        "安全生产治本攻坚三年行动，检验五年发展成效，3个月内完成，24小时服务。",
        "11月底前攻坚化解一批信访积案。",
        "千家万户，百亩良田，汽车零部件产业链，三大主导产业，242精网微格。",
        "建成数十个站点，服务几百户群众。",
        "坚决做到“两个维护”，深化“三个一批”，推进二次供水改造。",
    ],
)
def test_traps_are_never_emitted(text):
    assert texts(text) == []


# ------------------------------------------------------------------ inputs


def test_accepts_str_bytes_path_and_normalized(tmp_path):
    text = "全年完成技改投入1億元。"
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode("gb18030"))
    frames = [
        extract_quantities(text),
        extract_quantities(text.encode("utf-8")),
        extract_quantities(path),
        extract_quantities(str(path)),
        extract_quantities(normalize_text(text)),
    ]
    for frame in frames:
        assert list(frame["value"]) == [1e8] and list(frame["unit"]) == ["元"]
    assert frames[2]["doc"].iloc[0] == "plan.txt"


def test_spans_are_exact_in_the_normalised_text():
    nt = normalize_text(SEED.read_bytes())
    for q in iter_quantities(nt):
        assert nt.text[q.start : q.end] == q.text
        assert q.raw_start <= q.raw_end


def test_empty_text_gives_an_empty_frame_with_all_columns():
    frame = extract_quantities("")
    assert frame.empty and list(frame.columns) == COLUMNS


# ------------------------------------------------- measure words and numerals


def rows(text: str, **kwargs) -> list[tuple]:
    frame = extract_quantities(text, **kwargs)
    return [
        (r.text, r.value, r.unit, r.qualifier, r.kind, r.deadline if isinstance(r.deadline, str) else None)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("全年开展食品抽检不少于800批次。", 800, "批次"),
        ("督查重点企业260家次。", 260, "家次"),
        ("淘汰燃煤锅炉总容量120蒸吨/小时。", 120, "蒸吨/小时"),
        ("新增规模化养殖肉鸡50万羽。", 5e5, "羽"),
        ("增殖放流鱼苗200万尾。", 2e6, "尾"),
        ("新建储能电站100兆瓦时。", 100, "兆瓦时"),
        ("新增供水能力5万立方米/日。", 5e4, "立方米/日"),
        ("清运淤泥3000立方。", 3000, "立方米"),
    ],
)
def test_added_units(text, value, unit):
    row = one(text)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


def test_a_percentage_written_in_words():
    assert rows("到年底，农村卫生厕所普及率达到百分之八十五以上。") == [
        ("百分之八十五以上", 85, "%", ">=", "target", "年底")
    ]
    assert rows("规划编制完成率百分之百。")[0][1:3] == (100, "%")
    assert rows("耕地保有率保持在百分之九十七点五。")[0][1] == pytest.approx(97.5)


def test_chinese_numerals_after_a_committing_qualifier_count_any_measure_word():
    # 份, 人次 and the article-like 一 all count once 不少于/至少 commits to them.
    assert rows("每所学校不少于三十份应急预案，每个小区至少设置一处快递柜，年培训不少于二万人次。") == [
        ("三十份", 30, "份", ">=", "target", None),
        ("一处", 1, "处", ">=", "target", None),
        ("二万人次", 2e4, "人次", ">=", "target", None),
    ]
    assert texts("建设一批示范点，打造一张名片。") == []


def test_days_counted_after_tianshu_are_not_a_duration():
    assert rows("全市空气优良天数不少于310天，7天内完成整改。") == [("310天", 310, "天", ">=", "target", None)]


def test_ages_are_descriptors():
    assert rows("为全县60周岁以上低保对象、三岁以下婴幼儿家庭发放补贴。") == [
        ("60周岁以上", 60, "周岁", ">=", "descriptor", None),
        ("三岁以下", 3, "岁", "<=", "descriptor", None),
    ]
    assert texts("岁月如歌。") == []


def test_a_bare_multiplier_with_a_threshold_suffix():
    # 千/万 + unit + 以上 before a noun: the size of what is counted next.
    assert rows("新建千亩以上连片茶园4个。") == [
        ("千亩以上", 1000, "亩", ">=", "descriptor", None),
        ("4个", 4, "个", "=", "target", None),
    ]
    # At the end of a clause it is the amount itself.
    assert rows("今年带动农民增收万人以上。") == [("万人以上", 1e4, "人", ">=", "target", "今年")]
    assert texts("万亩良田，千家万户，百亩以上。") == []


def test_numeral_plus_li_or_jia_before_a_place_suffix_is_a_place_name():
    assert texts("走访六里屯、九里坡村、十里店社区和两家庄。") == []
    assert texts("途经二道河村、七星村、三河镇。") == []  # no measure word at all
    assert rows("修复古驿道三里。")[0][1:3] == (3, "里")
    # 家 before 村级 counts village-level bodies.
    assert rows("扶持四家村级集体企业。")[0][1:3] == (4, "家")


# ------------------------------------------------------------------ new kinds


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("猪肉价格涨幅控制在2%左右。", ["growth"]),
        ("服务业增速保持在7%以上。", ["growth"]),
        ("养老保险参保率稳定在96%。", ["target"]),
        ("污水集中收集率提高至68%以上。", ["target"]),
        # A facility's design or daily/annual throughput describes it ...
        ("建成垃圾中转站1座，设计日处理规模200吨。", ["target", "descriptor"]),
        ("建设屋顶光伏500千瓦，建成后年发电约60万千瓦时。", ["target", "descriptor"]),
        ("建设日处理能力50吨的餐厨处理中心1处。", ["descriptor", "target"]),
        # ... but capacity the plan adds, or a whole year's output, is a target.
        ("新增自来水日供水能力3万立方米。", ["target"]),
        ("全年发电量4亿千瓦时。", ["target"]),
        ("2027年发电量达到3亿千瓦时，今年供水量2000万立方米。", ["target", "target"]),
        # A threshold before a noun describes what the next count counts.
        ("关停20蒸吨/小时以下燃煤锅炉6台。", ["descriptor", "target"]),
        ("带动农户150户以上增收2000元。", ["target", "target"]),  # 增收…元 is no count of 户
        # Counts of places where something happens, and 涉及 scopes.
        ("在6个社区推行垃圾分类，驻村工作队进驻15个行政村。", ["descriptor", "descriptor"]),
        ("建成3个村级物流站。", ["target"]),
        ("选取6个村开展宅基地改革试点，建设2个村史馆。", ["descriptor", "target"]),
        ("棚户区改造涉及房屋520套。", ["descriptor"]),
        # Counts that name the document's structure or programme.
        ("从以下四个方面推进，年内办好12件民生实事。", ["descriptor", "descriptor"]),
        ("全区安排28个为民办实事项目，新增2个社区长者食堂。", ["descriptor", "target"]),
    ],
)
def test_more_kinds(text, kinds):
    assert list(extract_quantities(text)["kind"]) == kinds


def test_kind_and_deadline_do_not_depend_on_the_numeral_script():
    chinese = rows("全年新建公厕两座、改造农户三百户以上。")
    arabic = rows("全年新建公厕2座、改造农户300户以上。")
    assert (
        [r[1:] for r in chinese]
        == [r[1:] for r in arabic]
        == [
            (2, "座", "=", "target", "全年"),
            (300, "户", ">=", "target", "全年"),
        ]
    )


def test_a_chinese_year_governs_the_clause_that_follows():
    frame = extract_quantities("到二〇二八年底，城市绿道总长达到120公里。", year=2026)
    assert list(frame["deadline"]) == ["二〇二八年底"]
    assert frame.iloc[0]["deadline_end"] == date(2028, 12, 31)
    frame = extract_quantities("二〇二六年9月底前完成排查窨井500座。", year=2026)
    assert frame.iloc[0]["deadline_end"] == date(2026, 9, 30)


def test_multi_character_chinese_numerals_count_with_any_measure_word():
    # 三万头, 两百张 are counts; single digits with these words are idioms (两张皮, 三头并进).
    assert rows("全年出栏肉牛一万二千头，新增病床两百张。") == [
        ("一万二千头", 12000, "头", "=", "target", "全年"),
        ("两百张", 200, "张", "=", "target", None),  # 新增: its own predicate, no time word
    ]
    assert texts("破解党建业务两张皮，坚持三头并进。") == []


# ------------------------------------------------- second round (issue 11)


def kinds_of(text: str, **kwargs) -> list[tuple]:
    frame = extract_quantities(text, **kwargs)
    return [(r.text, r.kind) for r in frame.itertuples()]


def test_a_number_after_renshu_or_hushu_counts_but_shushi_stays_a_trap():
    assert rows("城镇新增就业人数3000人，脱贫户数1200户，参保个数15个。") == [
        ("3000人", 3000, "人", "=", "target", None),
        ("1200户", 1200, "户", "=", "target", None),
        ("15个", 15, "个", "=", "target", None),
    ]
    assert texts("带动数十个村、数百户农户增收。") == []


def test_chinese_decimals_with_one_digit_whole_part():
    assert rows("出生人口性别比下降百分之三点五，完成投资三点五亿元，新建道路二点八公里。") == [
        ("百分之三点五", 3.5, "%", "=", "growth", None),
        ("三点五亿元", 3.5e8, "元", "=", "target", None),
        ("二点八公里", 2.8, "公里", "=", "target", None),
    ]


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("新建年产能10万吨/年的生产线一条，扩建后处理能力达到30万吨/年。", "吨/年", 3e5),
        ("对流转土地补贴200元/亩。", "元/亩", 200),
        ("开展小麦统防统治作业5万亩次。", "亩次", 5e4),
        ("每年培训新型职业农民500人/年。", "人/年", 500),
        ("为消防站配备空气呼吸器12具。", "具", 12),
        ("储备救灾帐篷300顶。", "顶", 300),
        ("组织党员干部集中培训40学时。", "学时", 40),
        ("查处违法用地案件12宗。", "宗", 12),
        ("新购置冲锋舟6艘、抽水泵20台。", "艘", 6),
    ],
)
def test_compound_units_and_measure_words(text, unit, value):
    hits = extract_quantities(text)
    assert (hits.iloc[-1]["unit"], hits.iloc[-1]["value"]) == (unit, value) or (
        hits.iloc[0]["unit"],
        hits.iloc[0]["value"],
    ) == (unit, value)


def test_measure_words_do_not_eat_terms():
    # 具体, 顶层, 列入: the classifier runs on into a word, so no quantity.
    assert texts("制定3具体措施，做好5顶层设计，将2列入计划。") == []


def test_qing_is_an_area_after_digits_and_a_place_in_numerals():
    assert rows("七顷村开垦荒地20顷。") == [("20顷", 20, "顷", "=", "target", None)]


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("春节前发放困难群众慰问金50万元。", "春节前"),
        ("汛前完成河道清淤3公里。", "汛前"),
        ("汛期前完成病险水库除险加固2座。", "汛期前"),
        ("国庆前建成口袋公园1个。", "国庆前"),
        ("年中完成老旧小区改造5个。", "年中"),
        ("5月上旬完成防汛物资储备3批次。", "5月上旬"),
        ("8月中旬前完成堤防巡查40公里。", "8月中旬前"),
        ("12月下旬完成年度考核10项。", "12月下旬"),
    ],
)
def test_deadline_words_of_festivals_seasons_and_parts_of_a_month(text, deadline):
    assert one(text, year=2026)["deadline"] == deadline


def test_festival_deadlines_resolve_to_dates():
    from plan_analysis.extract.deadlines import resolve_deadline

    assert resolve_deadline("春节前", 2026) == (date(2026, 1, 1), date(2026, 2, 16))  # 春节 2026-02-17
    assert resolve_deadline("国庆前", 2026) == (date(2026, 1, 1), date(2026, 9, 30))
    assert resolve_deadline("汛前", 2026) == (None, None)  # the flood season differs by basin
    assert resolve_deadline("5月上旬", 2026) == (date(2026, 5, 1), date(2026, 5, 10))


def test_structure_and_slogan_counts_are_descriptors():
    assert kinds_of("重点抓好以下六个方面工作。") == [("六个", "descriptor")]
    assert texts("围绕“一个目标、三大任务”，奋力推进。") == []
    assert kinds_of("一、十件民生实事\n新建幼儿园2所。") == [("十件", "descriptor"), ("2所", "target")]


@pytest.mark.parametrize("word", ["增速", "增幅", "升幅", "降幅", "回落"])
def test_growth_words(word):
    assert one(f"规上工业增加值{word}5%。")["kind"] == "growth"


def test_an_appositive_that_explains_a_count_is_a_descriptor():
    assert kinds_of("成立工作专班，即2个工作专班，排查隐患30处。") == [("2个", "descriptor"), ("30处", "target")]


# ----------------------------------------------------------------- results


def as_of(row) -> str | None:
    return row.as_of if isinstance(row.as_of, str) else None


REPORT = """2026年县政府工作报告
一、2025年工作回顾
全县地区生产总值完成320亿元，增长6.1%。新建农村公路45公里。
二、2026年主要预期目标
地区生产总值增长6%左右，新建农村公路50公里。
"""


def test_figures_under_a_review_heading_are_results_with_its_period():
    frame = extract_quantities(REPORT)
    got = [(r.text, r.kind, as_of(r), r.deadline if isinstance(r.deadline, str) else None) for r in frame.itertuples()]
    assert got == [
        ("320亿元", "result", "2025年", None),
        ("6.1%", "result", "2025年", None),
        ("45公里", "result", "2025年", None),
        ("6%左右", "growth", None, None),
        ("50公里", "target", None, None),
    ]


def test_markers_of_what_is_achieved():
    frame = extract_quantities(
        "截至10月底，已完成投资45亿元，同比增长9.2%。1—10月累计完成项目12个。"
        "力争地区生产总值同比增长6%，全年累计达到5个。",
        year=2026,
    )
    got = [(r.text, r.kind, as_of(r)) for r in frame.itertuples()]
    assert got == [
        ("45亿元", "result", "10月底"),
        ("9.2%", "result", "10月底"),
        ("12个", "result", "1—10月"),
        ("6%", "growth", None),
        ("5个", "target", None),  # 力争, 全年: still the plan
    ]


def test_a_past_year_makes_an_achieved_figure():
    frame = extract_quantities("2026年工作要点\n2025年全镇实现财政收入2.1亿元。2026年力争实现财政收入2.3亿元。")
    assert [(r.text, r.kind, as_of(r)) for r in frame.itertuples()] == [
        ("2.1亿元", "result", "2025年"),
        ("2.3亿元", "target", None),
    ]


def test_a_plan_period_in_the_figures_own_clause_keeps_it_a_target():
    # The 1—10月 of the first clause does not reach 全年完成投资5亿元: its own clause
    # names the plan's year. Under a review heading, or after a done word, 全年 is the past.
    got = lambda text: [(r.text, r.kind, as_of(r)) for r in extract_quantities(text, year=2025).itertuples()]
    assert got("一、经济\n1—10月累计完成投资3亿元，全年完成投资5亿元。\n") == [
        ("3亿元", "result", "1—10月"),
        ("5亿元", "target", None),
    ]
    assert got("一、2024年工作回顾\n全年完成投资5亿元，同比增长5%。\n") == [
        ("5亿元", "result", "2024年"),
        ("5%", "result", "2024年"),
    ]
    assert got("一、经济\n全年已完成投资4亿元。\n") == [("4亿元", "result", None)]


def test_a_share_of_the_plan_is_read_with_its_sentence():
    # 占…的 names the plan a share is taken of; its 计划/目标 is no plan word for the share.
    got = lambda text: [(r.text, r.kind, as_of(r)) for r in extract_quantities(text, year=2026).itertuples()]
    assert got("1—9月，全区完成投资61亿元，占年度计划的76.3%，同比增长8.1%。") == [
        ("61亿元", "result", "1—9月"),
        ("76.3%", "result", "1—9月"),
        ("8.1%", "result", "1—9月"),
    ]
    # The plan's own figure quoted as the base stays a target, even in a review.
    assert got("一、前三季度工作完成情况\n完成税收2.7亿元，占全年目标任务3.6亿元的75%。\n") == [
        ("2.7亿元", "result", "前三季度"),
        ("3.6亿元", "target", None),
        ("75%", "result", "前三季度"),
    ]
    # A percentage after 的 is a share, not an attribute: 常住人口的15%.
    assert kinds_of("注册志愿者达到常住人口的15%。") == [("15%", "target")]


def test_jinnian_yilai_is_the_past_and_yaosu_is_no_plan_word():
    got = lambda text: [(r.text, r.kind, as_of(r)) for r in extract_quantities(text, year=2026).itertuples()]
    assert got("今年以来，累计发放创业贷款3100万元，比去年同期增加12%。") == [
        ("3100万元", "result", "今年以来"),
        ("12%", "result", "今年以来"),
    ]
    assert got("三、存在的问题\n用地要素制约明显，4个项目未能按期开工。\n") == [("4个", "result", None)]


def test_a_progress_heading_makes_results():
    frame = extract_quantities(
        "一、前期工作进展\n冬修完成堤防加固8公里。\n二、下步工作\n年底前加固堤防5公里。\n", year=2026
    )
    assert [(r.text, r.kind) for r in frame.itertuples()] == [("8公里", "result"), ("5公里", "target")]


def test_a_review_section_of_a_quarterly_report():
    # 截至…，opens the sentence across ；; a plan word (预计) reaches only its own part;
    # 今年 under a review heading is the year reviewed; 较上半年 is no deadline;
    # 全年目标的 is the base of a share.
    text = (
        "一、前三季度工作情况\n截至9月底，完成投资5.1亿元，完成全年目标的68%；工业产值同比增长6.2%，"
        "较上半年提高0.8个百分点。今年种植油菜1.5万亩，预计总产0.3万吨；建成冷库4座。\n"
        "二、四季度工作安排\n确保全年完成投资7.5亿元。\n"
    )
    frame = extract_quantities(text, year=2025)
    got = [(r.text, r.kind, r.deadline if isinstance(r.deadline, str) else None) for r in frame.itertuples()]
    assert got == [
        ("5.1亿元", "result", None),
        ("68%", "result", None),
        ("6.2%", "result", None),
        ("0.8个百分点", "result", None),
        ("1.5万亩", "result", None),
        ("0.3万吨", "target", None),
        ("4座", "result", None),
        ("7.5亿元", "target", "全年"),
    ]
    assert extract_quantities("增幅较上半年回落0.5个百分点。", year=2025)["deadline"].isna().all()


def test_a_heading_reviewing_the_plan_is_a_review():
    text = (
        "一、2026年计划执行情况\n全市新增城镇就业5.2万人，较上年末提高0.4个百分点。\n"
        "二、2027年计划安排\n新增城镇就业5万人以上。\n"
        "三、上半年工作完成情况和下半年工作打算\n力争新增就业3000人。\n"
    )
    frame = extract_quantities(text, year=2027)
    assert [(r.text, r.kind) for r in frame.itertuples()] == [
        ("5.2万人", "result"),
        ("0.4个百分点", "result"),
        ("5万人以上", "target"),
        ("3000人", "target"),
    ]


@pytest.mark.parametrize(
    "text, kinds",
    [
        # A level before 由…提升至: where things stand now; the level after it is the target.
        ("污水处理厂日处理规模由3万吨提升至5万吨。", ["descriptor", "target"]),
        ("村集体收入从12万元提高到20万元。", ["descriptor", "target"]),
        # Objects a measure applies to (对…实行/逐一), and how a whole is divided.
        ("对全镇9个行政村实行网格化管理。", ["descriptor"]),
        ("汛前，对42处地质灾害隐患点逐一落实监测责任人。", ["descriptor"]),
        ("将全街道划分为35个网格。", ["descriptor"]),
        ("对接企业20家。", ["target"]),  # 对接 is a verb, not 对 naming objects
        # A count opening its clause, then the rate of those things.
        ("（３）5个省控断面水质达标率保持100%。", ["descriptor", "target"]),
        ("12所学校完成校舍改造。", ["target"]),
        # What remains, named at a clause's start, vs the remaining work done.
        ("剩余9个村逐一明确包保干部。", ["descriptor"]),
        ("年底前完成剩余120户改厕。", ["target"]),
        # A plant named by its rated capacity.
        ("推进华盛建材60万吨/年骨料项目建设。", ["descriptor"]),
        # Capacity words: how many a place can hold or serve.
        ("设置避险安置点12个，可容纳群众3000人。", ["target", "descriptor"]),
        ("储备物资可满足5000人转移安置需要。", ["descriptor"]),
        # Beneficiaries (惠及) scope a measure; the count of a list of programmes names it.
        ("改造老旧小区8个，惠及居民2600户。", ["target", "descriptor"]),
        ("确定年度民生实事项目10项。", ["descriptor"]),
        ("建成议事点6个，实现全镇6个村全覆盖。", ["target", "descriptor"]),
        # A threshold right before a noun names a group; before a verb or a break, it is the amount.
        ("年底前实现20户以上自然村通硬化路。", ["descriptor"]),
        ("消除66人以上超大班额。", ["descriptor"]),
        ("培训高素质农民500人以上。", ["target"]),
        ("带动低收入农户80户以上增收。", ["target"]),
        # Items joined by 和 are no scope-then-amount pair (unlike 4个村1.2万亩).
        ("人均可支配收入分别达到4.8万元和2.3万元。", ["target", "target"]),
        ("新增产值达到2024年的1.5倍。", ["target"]),
        # 削减 and 压减 name a change.
        ("化学需氧量排放量削减12%以上。", ["growth"]),
    ],
)
def test_kinds_third_round(text, kinds):
    assert list(extract_quantities(text)["kind"]) == kinds


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("每台泵车排涝能力不低于2000立方米/小时。", "立方米/小时", 2000),
        ("新增沥青拌合能力240吨/小时。", "吨/小时", 240),
        ("发展香菇种植80万棒。", "棒", 8e5),
    ],
)
def test_hourly_rates_and_more_measure_words(text, unit, value):
    row = one(text)
    assert (row["unit"], row["value"]) == (unit, value)


def test_results_have_the_as_of_column():
    assert COLUMNS[-1] == "as_of" and "confidence" in COLUMNS


# --------------------------------------------------------------- linearity


def test_one_match_never_spans_more_than_the_bound():
    from plan_analysis.extract.quantities import _QUANTITY, MAX_MATCH_CHARS

    runs = [
        "1" * 5000,
        "一二三四五六七八九十" * 500,
        "1," * 2500,
        ",111" * 1250,
        "万亿" * 2500,
        "1-" * 2500,
        "三点" * 2500,
        "百分之" * 1000,
    ]
    for run in runs:
        text = run + "亿元以上"
        for pos in range(0, len(text), 7):
            m = _QUANTITY.match(text, pos)
            assert m is None or m.end() - pos <= MAX_MATCH_CHARS, (run[:6], pos, m.end() - pos)


def test_a_long_run_of_digits_gives_no_quantity_and_a_long_list_a_bounded_sentence():
    from plan_analysis.extract.quantities import MAX_SENTENCE_CHARS

    assert texts("1" * 3000 + "亿元。") == []  # inside a run of digits: a code, not an amount
    frame = extract_quantities("全年新建" + "1个、" * 2000 + "。")
    assert len(frame) == 2000
    assert frame["sentence"].str.len().max() <= MAX_SENTENCE_CHARS


# ---------------------------------------------------------------- the API


def test_a_str_that_looks_like_a_path_is_not_read_as_text():
    from plan_analysis.errors import InputError

    for missing in ("/missing/file.txt", "plan.txt", "./plans/q4.md"):
        with pytest.raises(InputError, match="does not exist"):
            extract_quantities(missing)
    with pytest.raises(InputError, match="file.txt"):
        extract_quantities(path="/missing/file.txt")
    # text= takes any string as the text itself; an existing file is still read.
    assert list(extract_quantities(text="/missing/file.txt 新建道路3公里")["text"]) == ["3公里"]
    assert len(extract_quantities(str(SEED))) == len(extract_quantities(path=SEED)) > 0
    with pytest.raises(TypeError):
        extract_quantities("新建道路3公里。", text="新建道路3公里。")


def test_the_prefix_pre_check_covers_every_prefix_word():
    """_qualifier looks for a prefix (不少于, 控制在, 约 …) only where the window
    holds a character that can start one: every word of the prefix pattern
    must start with a character of that pre-check, else its qualifier is lost."""
    import re as _re

    from plan_analysis.extract import quantities as q

    source = _re.sub(r"\[[^\]]*\]", "", q._PREFIX_AT_END.pattern)  # lookbehind classes hold no prefix
    words = _re.findall(r"[\u4e00-\u9fff]+", source)
    assert {"不少于", "控制在", "力争突破", "约", "逾", "完成"} <= set(words)
    assert [w for w in words if not q._PREFIX_START.match(w)] == []
    assert q._qualifier("力争突破3个", q._QUANTITY.search("力争突破3个"), 4, "个") == (">=", "prefix")


def test_a_deadline_of_another_clause_dates_no_result():
    # 预计11月底前完成 is the deadline of what remains; the 4条 opened lines are
    # reported as of the year the sentence names. In its own clause, 已于10月底前
    # 建成 dates the result.
    frame = extract_quantities(
        "2022年，农村公路已完成50公里，剩余部分预计11月底前完成；新开通4条公交线路；已于10月底前建成学校2所。"
    )
    assert [(r.text, r.kind, as_of(r)) for r in frame.itertuples()] == [
        ("50公里", "result", "2022年"),
        ("4条", "result", "2022年"),
        ("2所", "result", "10月底"),
    ]


def test_a_multiplier_with_no_unit_takes_the_unit_of_what_it_counts():
    # 就业人数超1200万: 12,000,000 people; 工业投资284.7亿……: 28,470,000,000 yuan;
    # 贫困人口减少130万 (a review's wording): 1,300,000 people. A bare 300万 after words
    # that name no people and no money (排名提升300万) is left out: it could count anything.
    frame = extract_quantities("新增就业人数超1200万。其中工业投资284.7亿……农村贫困人口减少130万；全市排名提升300万。")
    assert [(r.text, r.value, r.unit, r.qualifier) for r in frame.itertuples()] == [
        ("1200万", 12000000.0, "人", ">="),
        ("284.7亿", 28470000000.0, "元", "="),
        ("130万", 1300000.0, "人", "="),
    ]
    assert all(rule.split("/")[0] == "number-implied" for rule in frame["rule"])
