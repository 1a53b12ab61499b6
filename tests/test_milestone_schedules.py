"""How plans date their tasks in schedules, tables and labels (issue 18: milestones in drafts, second round).

Sentences written for these tests; each expectation is read off the sentence by
hand: which clauses are tasks, and which time word dates each.
"""

from datetime import date

from plan_analysis.extract.milestones import find_milestones
from plan_analysis.text.normalize import normalize_text


def milestones(body: str) -> list[tuple[str, str | None, str]]:
    text = "一、重点工作\n" + body + "\n"
    return [(m.text, m.deadline, m.rule) for m in find_milestones(normalize_text(text), 2025)]


def tasks(body: str) -> list[tuple[str, str | None]]:
    return [(task, deadline) for task, deadline, _ in milestones(body)]


# ------------------------------------------------------------ tables


def test_a_table_row_split_by_bars_is_read_cell_by_cell():
    # The schedule cell holds two dated steps; the unit cell (县住建局) is no task,
    # and the target cell (口袋公园3个) is a quantity row, not a milestone.
    row = "1 | 新建口袋公园3个 | 第一季度：完成选址；第三季度：启动施工 | 县住建局"
    assert tasks(row) == [("完成选址", "第一季度"), ("启动施工", "第三季度")]


def test_a_deadline_leading_into_a_cell_stops_at_the_cell():
    row = "3 | 新建城市书房2个 | 9月底前：书房对外开放 | 县文广旅体局"
    assert tasks(row) == [("书房对外开放", "9月底前")]


def test_a_table_pasted_with_tabs_dates_each_row_by_its_deadline_cell():
    # Tabs reach the text as spaces; every row is a line of five cells, and the
    # deadline cell at its end dates the task cell before it.
    table = (
        "序号\t重点工作\t责任单位\t工作目标\t时间节点\n"
        "1\t镇卫生院迁建\t社会事务办\t门诊楼主体结顶\t9月底前\n"
        "2\t集镇污水管网\t农业农村办\t管网改造完工\t11月底前\n"
    )
    assert tasks(table) == [("门诊楼主体结顶", "9月底前"), ("管网改造完工", "11月底前")]


# ------------------------------------------------------------ a subject and a bare predicate


def test_a_bare_predicate_after_a_project_dates_the_project():
    # 建成通水 has no object: the task is the project named before it.
    assert milestones("南门水厂扩建，年底前建成通水。") == [("南门水厂扩建", "年底前", "deadline-after")]
    assert milestones("东关菜市场提升改造，元旦前完成并恢复营业。") == [
        ("东关菜市场提升改造", "元旦前", "deadline-after")
    ]


def test_a_bare_predicate_after_a_description_is_a_task_of_its_own():
    # 涉及居民860户 describes the renovation (a figure), it names no project.
    assert tasks("改造老旧小区12个，涉及居民860户，6月底前全部开工。") == [("6月底前全部开工", "6月底前")]


def test_a_predicate_with_an_object_is_a_task_of_its_own():
    # 完成桥梁改造 has its object: 推进道路硬化 (no completion verb, no time word) is no task.
    assert tasks("推进道路硬化，11月底前完成桥梁改造。") == [("11月底前完成桥梁改造", "11月底前")]


# ------------------------------------------------------------ ranges, days, notes


def test_a_date_range_alone_dates_the_task_after_it():
    found = [
        (m.text, m.deadline, m.deadline_start, m.deadline_end)
        for m in find_milestones(
            normalize_text("一、重点工作\n10月19日至23日，进行管网冷态试运行；10月24日至28日，开展热态试运行。\n"),
            2025,
        )
    ]
    assert found == [
        ("进行管网冷态试运行", "10月19日至23日", date(2025, 10, 19), date(2025, 10, 23)),
        ("开展热态试运行", "10月24日至28日", date(2025, 10, 24), date(2025, 10, 28)),
    ]


def test_a_numbered_item_dated_by_a_month_range():
    # 2．4月至5月: item 2, April to May (a month is never a decimal 2.4).
    assert tasks("2．4月至5月，完成护岸砌筑。") == [("完成护岸砌筑", "4月至5月")]


def test_a_calendar_day_alone_dates_the_task_after_it():
    assert milestones("11月1日，区域锅炉房统一点火；11月15日，全区正式开栓供热。") == [
        ("区域锅炉房统一点火", "11月1日", "deadline-before"),
        ("全区正式开栓供热", "11月15日", "deadline-before"),
    ]


def test_a_calendar_day_alone_does_not_date_the_clause_before_it():
    # A day after a clause is not read as its deadline (as 年底前 would be).
    assert milestones("组织开展消防演练，11月9日。") == []


def test_a_bracketed_note_after_a_time_word_keeps_it_alone():
    assert tasks("第四季度（11月份）：开展入学保障情况核查。") == [("开展入学保障情况核查", "第四季度")]


# ------------------------------------------------------------ labels and phases


def test_a_label_opening_its_sentence_dates_every_task_of_the_sentence_before():
    assert milestones("编制改造设计方案，经居民议事会讨论后公示。时间节点：4月底前。") == [
        ("编制改造设计方案", "4月底前", "deadline-label"),
        ("经居民议事会讨论后公示", "4月底前", "deadline-label"),
    ]


def test_a_label_in_a_bracket_right_after_the_task_dates_it():
    # A calendar day after a label is a deadline: the label says so.
    assert milestones("争取专项债券项目通过省级审核（时间节点：11月30日）。") == [
        ("争取专项债券项目通过省级审核", "11月30日", "deadline-label")
    ]


def test_the_name_after_a_phase_label_is_no_task():
    # 动员部署 names the phase; its tasks are the sentence after.
    assert milestones("第一阶段（3月—4月）：动员部署。召开动员大会，印发任务清单。") == [
        ("召开动员大会", "3月—4月", "phase"),
        ("印发任务清单", "3月—4月", "phase"),
    ]


# ------------------------------------------------------------ clauses that are no task


def test_a_routine_is_no_milestone_whatever_dates_it():
    # 每月 / 每半月 / 定期: it recurs, it is never done by a date; the dated task beside it is one.
    assert tasks("5月底前，完成户厕摸底，镇整治办每月组织一次交叉检查。") == [("完成户厕摸底", "5月底前")]
    assert tasks("10月，领导小组每半月通报一次进展。") == []
    assert tasks("定期开展河道巡查，年底前。") == []


def test_a_principle_a_prohibition_or_a_purpose_is_no_task():
    # 坚持 / 杜绝 state principles; 为确保… states a purpose. Only 完成问题厕所整改 is done by 5月底前.
    assert tasks("5月底前，完成问题厕所整改，坚持先建后补，杜绝新建即闲置。") == [("完成问题厕所整改", "5月底前")]
    assert tasks("为确保各项工作年底圆满收官，现将安排通知如下。") == []


def test_acceptance_as_a_noun_and_supervision_finish_nothing():
    # 验收关 / 验收结果 name the check, 挂牌督办 is supervision: no completion verb, no date, no task.
    assert tasks("严格落实验收结果通报制度。") == []
    assert tasks("对进度滞后的事项挂牌督办。") == []
    # 验收 as the verb it finishes a task.
    assert tasks("组织竣工联合验收。") == [("组织竣工联合验收", None)]
