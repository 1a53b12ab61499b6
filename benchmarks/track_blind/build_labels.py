"""Writes links.jsonl and negatives.jsonl from the hand labels below (labels typed by hand, not computed)."""

import json
from pathlib import Path

HERE = Path(__file__).parent

# pair, plan_text, plan_context, doc, text, context, value, unit, as_of, why
LINKS = [
    ("p01", "5%左右", "国内生产总值增长5%左右；城镇新增就业1200万人左右", "p01/review_2024.txt", "5.2%", "比上年增长5.2%，增速居", 5.2, "%", "2023-12-31", "GDP growth target; review of 2023 reports real growth"),
    ("p01", "1200万人左右", "城镇新增就业1200万人左右，城镇调查", "p01/review_2024.txt", "1244万人", "城镇新增就业达到1244万人", 12440000, "人", "2023-12-31", "new urban jobs; 万人 to 人"),
    ("p01", "5.5%左右", "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长与", "p01/review_2024.txt", "5.2%", "失业率平均为5.2%", 5.2, "%", "2023-12-31", "surveyed unemployment, annual average"),
    ("p01", "3%左右", "居民消费价格涨幅3%左右；居民收入增长与", "p01/review_2024.txt", "0.2%", "居民消费价格仅上涨0.2%", 0.2, "%", "2023-12-31", "CPI rise against ceiling"),
    ("p01", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上；单位", "p01/review_2024.txt", "1.39万亿斤", "粮食总产量达到1.39万亿斤", 1.39e12, "斤", "2023-12-31", "grain output; 万亿斤 to 斤"),
    ("p01", "5%左右", "国内生产总值增长5%左右；城镇新增就业1200万人左右", "p01/bulletin_2023.txt", "5.2%", "计算，比上年增长5.2%", 5.2, "%", "2023-12-31", "GDP growth in the bulletin"),
    ("p01", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上；单位", "p01/bulletin_2023.txt", "69541万吨", "全年粮食产量为69541万吨", 1.39082e12, "斤", "2023-12-31", "grain output; 万吨 to 斤 (1 吨 = 2000 斤)"),
    ("p01", "1200万人左右", "城镇新增就业1200万人左右，城镇调查", "p01/bulletin_2023.txt", "1244万人", "城镇新增就业人数为1244万人", 12440000, "人", "2023-12-31", "new urban jobs"),
    ("p01", "5.5%左右", "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长与", "p01/bulletin_2023.txt", "5.2%", "全年平均值为5.2%", 5.2, "%", "2023-12-31", "unemployment annual average (the target is an annual figure)"),
    ("p01", "3%左右", "居民消费价格涨幅3%左右；居民收入增长与", "p01/bulletin_2023.txt", "0.2%", "居民消费价格比上年上涨0.2%", 0.2, "%", "2023-12-31", "CPI"),
    ("p02", "5%左右", "国内生产总值增长5%左右；城镇新增就业1200万人以上", "p02/review_2025.txt", "5%", "同比增长5%，增速继续", 5.0, "%", "2024-12-31", "GDP growth 同比 against growth target"),
    ("p02", "1200万人以上", "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%", "p02/review_2025.txt", "1256万人", "城镇新增就业达到1256万人", 12560000, "人", "2024-12-31", "new urban jobs"),
    ("p02", "5.5%左右", "城镇调查失业率5.5%左右；居民消费价格涨幅3%", "p02/review_2025.txt", "5.1%", "全年平均为5.1%", 5.1, "%", "2024-12-31", "unemployment average"),
    ("p02", "1.3万亿斤以上", "粮食产量稳定在1.3万亿斤以上", "p02/review_2025.txt", "1.4万亿斤", "首次跨上1.4万亿斤台阶", 1.4e12, "斤", "2024-12-31", "grain output"),
    ("p02", "3%左右", "居民消费价格涨幅3%左右；居民收入增长和", "p02/review_2025.txt", "0.2%", "温和上涨0.2%", 0.2, "%", "2024-12-31", "CPI"),
    ("p02", "2.5%左右", "能耗降低2.5%左右，生态", "p02/review_2025.txt", "3%", "能耗降幅超过3%", 3.0, "%", "2024-12-31", "energy intensity cut; 超过 marks a lower bound, value as printed"),
    ("p02", "5%左右", "国内生产总值增长5%左右；城镇新增就业1200万人以上", "p02/bulletin_2024.txt", "5.0%", "计算比上年增长5.0%", 5.0, "%", "2024-12-31", "GDP growth"),
    ("p02", "1.3万亿斤以上", "粮食产量稳定在1.3万亿斤以上", "p02/bulletin_2024.txt", "70650万吨", "粮食产量达到70650万吨", 1.413e12, "斤", "2024-12-31", "grain; 万吨 to 斤"),
    ("p02", "1200万人以上", "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%", "p02/bulletin_2024.txt", "1256万人", "全年城镇新增就业1256万人", 12560000, "人", "2024-12-31", "new urban jobs"),
    ("p02", "5.5%左右", "城镇调查失业率5.5%左右；居民消费价格涨幅3%", "p02/bulletin_2024.txt", "5.1%", "全年平均值为5.1%", 5.1, "%", "2024-12-31", "unemployment average"),
    ("p02", "3%左右", "居民消费价格涨幅3%左右；居民收入增长和", "p02/bulletin_2024.txt", "0.2%", "比上年上涨0.2%", 0.2, "%", "2024-12-31", "CPI"),
    ("p02", "2.5%左右", "能耗降低2.5%左右，生态", "p02/bulletin_2024.txt", "3.8%", "能耗比上年下降3.8%", 3.8, "%", "2024-12-31", "energy intensity cut"),
    ("p03", "5.5%左右", "国内生产总值增长5.5%左右", "p03/review_2023.txt", "3%", "国内生产总值增长3%，城镇", 3.0, "%", "2022-12-31", "GDP growth in 2022"),
    ("p03", "1100万人以上", "城镇新增就业1100万人以上", "p03/review_2023.txt", "1206万人", "城镇新增就业1206万人", 12060000, "人", "2022-12-31", "new urban jobs"),
    ("p03", "5.5%以内", "全年控制在5.5%以内", "p03/review_2023.txt", "5.5%", "失业率降到5.5%", 5.5, "%", "2022-12-31", "year-end unemployment"),
    ("p03", "3%左右", "居民消费价格涨幅3%左右；居民收入增长和", "p03/review_2023.txt", "2%", "居民消费价格上涨2%", 2.0, "%", "2022-12-31", "CPI"),
    ("p03", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上；生态", "p03/review_2023.txt", "1.37万亿斤", "粮食产量达到1.37万亿斤", 1.37e12, "斤", "2022-12-31", "grain output"),
    ("p03", "5.5%左右", "国内生产总值增长5.5%左右", "p03/bulletin_2022.txt", "3.0%", "计算比上年增长3.0%", 3.0, "%", "2022-12-31", "GDP growth"),
    ("p03", "1.3万亿斤以上", "粮食产量保持在1.3万亿斤以上；生态", "p03/bulletin_2022.txt", "68653万吨", "全年粮食产量68653万吨", 1.37306e12, "斤", "2022-12-31", "grain; 万吨 to 斤"),
    ("p03", "1100万人以上", "城镇新增就业1100万人以上", "p03/bulletin_2022.txt", "1206万人", "城镇新增就业1206万人", 12060000, "人", "2022-12-31", "new urban jobs"),
    ("p03", "5.5%以内", "全年控制在5.5%以内", "p03/bulletin_2022.txt", "5.6%", "全年平均值为5.6%", 5.6, "%", "2022-12-31", "annual average unemployment ('全年控制在' names the whole year)"),
    ("p03", "5.5%以内", "全年控制在5.5%以内", "p03/bulletin_2022.txt", "5.5%", "年末全国城镇调查失业率为5.5%", 5.5, "%", "2022-12-31", "year-end unemployment; same indicator and date as the average: a conflict a linker should show"),
    ("p03", "3%左右", "居民消费价格涨幅3%左右；居民收入增长和", "p03/bulletin_2022.txt", "2.0%", "居民消费价格比上年上涨2.0%", 2.0, "%", "2022-12-31", "CPI"),
]

# pair, doc, text, context, why
NEGATIVES = [
    ("p01", "p01/review_2024.txt", "126万亿元", "超过126万亿元", "GDP level; the plan has only a growth target"),
    ("p01", "p01/review_2024.txt", "6.1%", "实际增长6.1%", "income growth: plan names no number (基本同步), same unit as GDP growth"),
    ("p01", "p01/review_2024.txt", "5%左右", "预期目标是：国内生产总值增长5%左右", "next year's target inside the review"),
    ("p01", "p01/review_2024.txt", "1200万人以上", "城镇新增就业1200万人以上", "next year's jobs target"),
    ("p01", "p01/review_2024.txt", "1.3万亿斤以上", "稳定在1.3万亿斤以上", "next year's grain target"),
    ("p01", "p01/review_2024.txt", "2.5%左右", "能耗降低2.5%左右", "next year's energy target"),
    ("p01", "p01/review_2024.txt", "3.9万亿元", "专项债券3.9万亿元", "next year's bond quota, not the 3.8万亿元 plan"),
    ("p01", "p01/review_2024.txt", "4.06万亿元", "赤字规模4.06万亿元", "next year's deficit"),
    ("p01", "p01/bulletin_2023.txt", "888万吨", "比上年增加888万吨", "increment, not the grain level"),
    ("p01", "p01/bulletin_2023.txt", "1.3%", "增长1.3%", "grain growth rate, plan target is a level"),
    ("p01", "p01/bulletin_2023.txt", "38万人", "比上年多增38万人", "change in jobs, not jobs"),
    ("p01", "p01/bulletin_2023.txt", "5.1%", "12月份这一比率为5.1%", "monthly unemployment; the annual average 5.2% is the link"),
    ("p01", "p01/bulletin_2023.txt", "6.3%", "比上年增长6.3%", "nominal income growth, no numeric plan target"),
    ("p02", "p02/review_2025.txt", "134.9万亿元", "达到134.9万亿元", "GDP level, plan sets growth only"),
    ("p02", "p02/review_2025.txt", "5.1%", "实际增长5.1%", "income growth, same unit as unemployment and GDP growth"),
    ("p02", "p02/review_2025.txt", "2%左右", "涨幅2%左右", "next year's CPI target"),
    ("p02", "p02/review_2025.txt", "1.4万亿斤左右", "1.4万亿斤左右", "next year's grain target"),
    ("p02", "p02/review_2025.txt", "3%左右", "能耗降低3%左右", "next year's energy target"),
    ("p02", "p02/review_2025.txt", "4%左右", "按4%左右安排", "next year's deficit ratio"),
    ("p02", "p02/review_2025.txt", "1.3万亿元", "特别国债1.3万亿元", "next year's special bonds, not the 1万亿元 plan"),
    ("p02", "p02/review_2025.txt", "4.4万亿元", "专项债券4.4万亿元", "next year's local bonds"),
    ("p02", "p02/bulletin_2024.txt", "1349084亿元", "国内生产总值1349084亿元", "GDP level"),
    ("p02", "p02/bulletin_2024.txt", "1109万吨", "比上年增加1109万吨", "grain increment"),
    ("p02", "p02/bulletin_2024.txt", "1.6%", "增长1.6%", "grain growth rate"),
    ("p02", "p02/bulletin_2024.txt", "41314元", "可支配收入41314元", "income level, no target"),
    ("p02", "p02/bulletin_2024.txt", "5.3%", "比上年增长5.3%", "nominal income growth"),
    ("p03", "p03/review_2023.txt", "5.2%", "年均增长5.2%", "five-year average growth, not 2022"),
    ("p03", "p03/review_2023.txt", "1270万人以上", "年均1270万人以上", "five-year average jobs"),
    ("p03", "p03/review_2023.txt", "74亿斤", "增产74亿斤", "grain increment"),
    ("p03", "p03/review_2023.txt", "5%左右", "国内生产总值增长5%左右", "next year's GDP target"),
    ("p03", "p03/review_2023.txt", "1200万人左右", "新增就业1200万人左右", "next year's jobs target"),
    ("p03", "p03/review_2023.txt", "3.8万亿元", "专项债券3.8万亿元", "next year's bond quota"),
    ("p03", "p03/bulletin_2022.txt", "63万人", "比上年少增63万人", "change in jobs"),
    ("p03", "p03/bulletin_2022.txt", "0.5%", "增长0.5%", "grain growth rate"),
    ("p03", "p03/bulletin_2022.txt", "2.9%", "实际增长2.9%", "income growth, no numeric target"),
    ("p03", "p03/bulletin_2022.txt", "1210207亿元", "国内生产总值1210207亿元", "GDP level"),
]

LINK_KEYS = ("pair", "plan_text", "plan_context", "doc", "text", "context", "value", "unit", "as_of", "why")
NEG_KEYS = ("pair", "doc", "text", "context", "why")


def write(path: Path, keys: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(dict(zip(keys, row, strict=True)), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(HERE / "links.jsonl", LINK_KEYS, LINKS)
    write(HERE / "negatives.jsonl", NEG_KEYS, NEGATIVES)
