"""A time word alone in its clause dates the task next to it (issue 18: milestones in drafts).

Sentences written for these tests; each expectation is read off the sentence:
which clauses are tasks, and which time word dates each.
"""

from datetime import date

import pytest

from plan_analysis.extract.milestones import find_milestones
from plan_analysis.text.normalize import normalize_text


def milestones(body: str) -> list[tuple[str, str | None, str]]:
    text = "一、重点工作\n" + body + "\n"
    return [(m.text, m.deadline, m.rule) for m in find_milestones(normalize_text(text), 2025)]


def test_a_leading_time_word_dates_the_task_after_it_even_without_a_completion_verb():
    # 启动 and 开展 are not completion verbs: only the lone time word makes these tasks.
    assert milestones("10月底前，启动老旧小区改造二期工程；11月，全面开展入户调查。") == [
        ("启动老旧小区改造二期工程", "10月底前", "deadline-before"),
        ("全面开展入户调查", "11月", "deadline-before"),
    ]


def test_a_leading_time_word_dates_every_clause_up_to_the_next_time_word():
    found = milestones("12月中旬，开展冬季消防安全大检查，建立隐患台账；年底前，完成整改销号。")
    assert found == [
        ("开展冬季消防安全大检查", "12月中旬", "deadline-before"),
        ("建立隐患台账", "12月中旬", "deadline-before+"),
        ("完成整改销号", "年底前", "deadline-before+verb"),
    ]


def test_a_time_word_with_a_verb_after_a_task_dates_the_task_before_it():
    assert milestones("推进农村道路硬化，11月底前完工。") == [("推进农村道路硬化", "11月底前", "deadline-after")]


def test_a_time_word_closing_the_sentence_dates_the_task_before_it():
    assert milestones("组织开展冬春农田水利建设，年底前。") == [
        ("组织开展冬春农田水利建设", "年底前", "deadline-after")
    ]


def test_a_clause_with_its_own_time_word_keeps_it():
    # 9月底前 is the second clause's own: the lone 8月 before it dates only the first.
    assert milestones("8月，摸排闲置校舍，9月底前启动改造。") == [
        ("摸排闲置校舍", "8月", "deadline-before"),
        ("9月底前启动改造", "9月底前", "deadline"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A calendar day alone is the date of an event or of the report.
        "2月1日，记者从县政府获悉有关情况。",
        # A whole-year word alone is too weak: every sentence of an annual plan is this year's.
        "全年，持续优化营商环境。",
        # What was already done is not a task, whatever dates it.
        "10月，已组织开展培训。",
        # A figure makes its clause a target row, not a milestone.
        "11月底前，新建村级服务站12个。",
        # A start is not a deadline; nor is a reporting period, or a date of what was done.
        "11月起，执行错峰生产方案。",
        "1—9月，民生保障有力有效。",
        "截至年底，园区现有规上企业。",
    ],
)
def test_no_milestone_where_the_time_word_dates_no_task(body):
    assert milestones(body) == []


@pytest.mark.parametrize(
    ("body", "task", "deadline"),
    [
        # The label in the sentence after the task.
        ("开展燃气安全专项整治。完成时限：11月底前。", "开展燃气安全专项整治", "11月底前"),
        # The label in a bracket after the task, past the bracket's other note.
        ("开展燃气安全专项整治（责任单位：县住建局，完成时限：11月底前）。", "开展燃气安全专项整治", "11月底前"),
        # The label in the task's own sentence.
        ("修订村规民约，时间节点：12月底前。", "修订村规民约", "12月底前"),
    ],
)
def test_a_labelled_deadline_dates_the_task_before_its_label(body, task, deadline):
    assert milestones(body) == [(task, deadline, "deadline-label")]


def test_a_label_is_never_a_task_itself():
    # Nothing precedes the label: no task to date, and 完成时间 is not one.
    assert milestones("完成时间：10月31日前。") == []


def test_the_tasks_of_a_dated_phase_are_due_by_its_dates():
    body = (
        "（一）动员部署阶段（10月1日—10日）。成立工作专班，制定实施方案。\n"
        "（二）集中整治阶段（10月中旬至11月底）。开展拉网式排查。\n"
        "二、保障措施\n加强组织领导。"
    )
    text = "一、实施步骤\n" + body + "\n"
    found = [
        (m.text, m.deadline, m.deadline_start, m.deadline_end, m.rule)
        for m in find_milestones(normalize_text(text), 2025)
    ]
    assert found == [
        ("成立工作专班", "10月1日—10日", date(2025, 10, 1), date(2025, 10, 10), "phase"),
        ("制定实施方案", "10月1日—10日", date(2025, 10, 1), date(2025, 10, 10), "phase"),
        ("开展拉网式排查", "10月中旬至11月底", date(2025, 10, 11), date(2025, 11, 30), "phase"),
    ]  # 加强组织领导 lies in the next area: no phase dates it


def test_a_line_naming_several_phases_is_a_schedule_not_a_label():
    # The task keeps its own time word; nothing else on the line becomes a task.
    found = milestones("1月至3月为部署阶段；4月至10月为推进阶段，9月底前完成主体工程。")
    assert found == [("9月底前完成主体工程", "9月底前", "deadline+verb")]
