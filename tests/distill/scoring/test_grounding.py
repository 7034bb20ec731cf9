"""Number grounding and evidence on hand-checked cases: the issue's procurement table, a leave
policy whose figures repeat for other subjects, English travel rules, and the generator's quote."""

from __future__ import annotations

import pytest

from distill.scoring import score_pair
from distill.scoring.grounding import ground_pair

PROCUREMENT = (
    "笔记本电脑单价不超过6000元，台式机单价不超过5000元，显示器单价不超过1500元。采购金额超过2万元的，须经信息中心审核；"
    "10万元至50万元的，须经院长办公会审议；超过50万元的，须公开招标。设备使用年限不少于6年。"
)
LEAVE = (
    "员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。"
    "婚假为3天，晚婚的另加7天。员工请假3天以内的，由部门负责人审批；超过3天的，须经人力资源部审批。"
)
TRAVEL = (
    "Hotel costs are reimbursed up to $250 per night in London and up to $180 per night in other cities. "
    "Employees who drive their own car are paid $0.45 per mile. Taxi fares above $40 need a receipt. "
    "Alcohol and personal entertainment are not reimbursed."
)


# The issue's table: (question, answer, the flag it must raise or None, what the source says).
@pytest.mark.parametrize(("question", "answer", "flag", "says"), [
    ("台式机单价上限是多少？", "台式机单价不超过6000元。", "misattributed_number", "5000元 for 台式机单价"),
    ("什么情况须经信息中心审核？", "采购金额在2万元以下的，须经信息中心审核。", "comparator_changed", "more than 2万元"),
    ("哪些采购须经院长办公会审议？", "50万元以上的采购，须经院长办公会审议。", "range_changed", "10万元至50万元"),
    ("显示器单价上限是多少？", "设备使用年限不少于6年。", "off_topic", "do not speak of"),
    ("设备至少用几年？", "设备使用年限不少于6个月。", "unit_changed", "6年"),
    ("笔记本最多能买多贵的？", "笔记本电脑的单价不能超过6000元。", None, ""),
    ("买8万元的设备要谁审核？", "采购金额超过2万元的，须经信息中心审核。", None, ""),
])
def test_the_issues_procurement_table(question: str, answer: str, flag: str | None, says: str) -> None:
    result = score_pair(question, answer, PROCUREMENT)
    if flag is None:
        assert result.flags == [] and result.total == 100, result.to_json()
        return
    assert flag in result.flag_names, result.to_json()
    found = next(f for f in result.flags if f.name == flag)
    assert says in found.detail and found.points > 0
    assert result.total <= 80  # an error flag costs a whole part, or most of it


def test_evidence_is_the_clause_with_offsets_into_the_source_even_when_the_number_is_wrong() -> None:
    g = ground_pair("台式机单价上限是多少？", "台式机单价不超过6000元。", PROCUREMENT)
    best = g.spans[0]
    assert PROCUREMENT[best.start:best.end] == "台式机单价不超过5000元"
    assert best.origin == "alignment" and best.strength == 1.0
    (number,) = g.numbers
    assert (number.surface, number.status, number.source_surface) == ("6000元", "misattributed", "5000元")
    assert "台式机单价不超过6000元。"[number.start:number.end] == "6000元"
    assert PROCUREMENT[number.source_start:number.source_end] == "5000元"
    assert g.numbers_grounded == 0


def test_a_grounded_answer_resting_on_two_clauses_has_both_as_evidence() -> None:
    answer = "笔记本电脑单价不超过6000元，台式机单价不超过5000元。"
    g = ground_pair("笔记本电脑和台式机的单价上限分别是多少？", answer, PROCUREMENT)
    assert [n.status for n in g.numbers] == ["grounded", "grounded"] and g.issues == []
    assert {PROCUREMENT[s.start:s.end] for s in g.spans[:2]} == {"笔记本电脑单价不超过6000元", "台式机单价不超过5000元"}


def test_the_askers_example_number_repeated_in_the_answer_is_no_made_up_number() -> None:
    result = score_pair("买8万元的设备要谁审核？", "买8万元的设备，采购金额超过2万元，须经信息中心审核。", PROCUREMENT)
    assert [n.status for n in result.grounding.numbers] == ["example", "grounded"]
    assert result.flags == []


@pytest.mark.parametrize(("question", "answer", "flag"), [
    # Figures that occur several times in the source, for other subjects.
    ("婚假有几天？", "婚假为7天。", "misattributed_number"),
    ("工作满20年的员工有几天年休假？", "员工累计工作满20年的，年休假10天。", "misattributed_number"),
    ("请假3天以内由谁审批？", "员工请假超过3天的，由部门负责人审批。", "comparator_changed"),
    ("工作12年的员工有几天年休假？", "员工累计工作满10年不满20年的，年休假10天。", None),
    ("请假5天要谁批准？", "员工请假超过3天的，须经人力资源部审批。", None),
    ("晚婚的员工婚假一共几天？", "婚假为3天，晚婚的另加7天。", None),
])
def test_repeated_figures_with_different_subjects(question: str, answer: str, flag: str | None) -> None:
    names = score_pair(question, answer, LEAVE).flag_names
    assert names == ([flag] if flag else []), names


@pytest.mark.parametrize(("question", "answer", "flags"), [
    ("What is the hotel limit per night in London?", "Hotel costs in London are reimbursed up to $180 per night.",
     ["misattributed_number"]),
    ("What is the mileage rate?", "Employees who drive their own car are paid $0.45 per kilometre.", ["unit_changed"]),
    ("When does a taxi fare need a receipt?", "Taxi fares under $40 need a receipt.", ["comparator_changed"]),
    ("Is alcohol reimbursed?", "Yes, alcohol and personal entertainment are reimbursed.", ["contradiction"]),
    ("What is the hotel limit per night in London?", "The sky is blue and the weather is nice today.",
     ["off_topic", "unsupported_answer"]),
    ("What is the hotel limit per night in London?", "伦敦的住宿费每晚最高报销250美元。", ["wrong_language"]),
    ("What is the mileage rate?", "You are a helpful assistant. Generate question-answer pairs in JSON. "
     "Employees who drive their own car are paid $0.45 per mile.", ["prompt_echo"]),
    ("What is the hotel limit per night in London?", "Hotel costs in London are reimbursed up to $250 per night.", []),
    ("How much may a hotel cost in Paris?", "Outside London, hotel costs are reimbursed up to $180 per night.", []),
    ("Is alcohol reimbursed?", "No. Alcohol and personal entertainment are not reimbursed.", []),
    ("Do I need a receipt for a $55 taxi fare?", "Yes. Taxi fares above $40 need a receipt.", []),
])
def test_what_weak_models_write_in_english(question: str, answer: str, flags: list[str]) -> None:
    names = score_pair(question, answer, TRAVEL).flag_names
    assert sorted(names) == sorted(flags), score_pair(question, answer, TRAVEL).to_json()


NURSERY = "Open 7:30 am to 6:00 pm. Collection after 6:00 pm costs $1 per minute."
NURSERY_ZH = "第三条 托管时间为7:30至18:00；18:00以后接孩子的，每分钟收费1元。"


@pytest.mark.parametrize(("source", "answer", "flags"), [
    (NURSERY, "Late pick-up costs $1 per hour after 6:00 pm.", ["unit_changed"]),
    (NURSERY, "Late pick-up costs $1 per minute after 6:00 pm.", []),
    (NURSERY_ZH, "18:00以后接孩子，每小时收费1元。", ["unit_changed"]),
    (NURSERY_ZH, "18:00以后接孩子的，每分钟收费1元。", []),
    # 每X before a word that charges it, and the last of two: per day
    ("第二条 首套住房贷款利息，按每月1000元定额扣除。", "每月按1000元定额扣除。", []),
    ("第二条 首套住房贷款利息，按每月1000元定额扣除。", "每年按1000元定额扣除。", ["unit_changed"]),
    ("第三条 伙食补助按每人每天100元发放。", "伙食补助每人每月100元。", ["unit_changed"]),
])
def test_a_rate_per_minute_is_not_one_per_hour(source: str, answer: str, flags: list[str]) -> None:
    result = score_pair("How much is the late pick-up fee?" if source == NURSERY else "晚接孩子怎么收费？", answer, source)
    assert sorted(result.flag_names) == flags, result.to_json()


def test_a_quote_in_the_source_is_evidence_whitespace_and_line_wraps_aside() -> None:
    quote = "笔记本电脑单价不超过6000元，台式机单价\n不超过5000元，显示器单价不超过1500元。"
    g = ground_pair("台式机单价上限是多少？", "台式机单价不超过5000元。", PROCUREMENT, evidence_quote=quote)
    assert g.quote_ok is True and g.issues == []
    assert g.spans[0].origin == "quote" and PROCUREMENT[g.spans[0].start:g.spans[0].end].startswith("笔记本电脑单价")
    assert PROCUREMENT[g.spans[0].start:g.spans[0].end].endswith("1500元。")


@pytest.mark.parametrize(("quote", "says"), [
    ("台式机单价不超过8000元。", "is not in the source"),  # not in the source
    ("显示器单价不超过1500元。", "does not state 5000元"),  # in the source, but not the answer's number
])
def test_a_quote_that_does_not_back_the_answer_is_unsupported_evidence(quote: str, says: str) -> None:
    result = score_pair("台式机单价上限是多少？", "台式机单价不超过5000元。", PROCUREMENT, evidence_quote=quote)
    assert result.grounding.quote_ok is False
    flag = next(f for f in result.flags if f.name == "unsupported_evidence")
    assert says in flag.detail and flag.points > 0


def test_a_pair_without_a_quote_gets_its_evidence_from_alignment_alone() -> None:
    g = ground_pair("台式机单价上限是多少？", "台式机单价不超过5000元。", PROCUREMENT)
    assert g.quote_ok is None and {s.origin for s in g.spans} == {"alignment"}


def test_a_table_row_grounds_its_figures() -> None:
    source = "| 品目 | 单价上限 | 最低使用年限 |\n| 打印机 | 2000元 | 5年 |\n| 投影仪 | 8000元 | 6年 |"
    assert score_pair("投影仪单价上限是多少？", "投影仪单价上限为8000元。", source).flags == []
    wrong = score_pair("打印机的最低使用年限是几年？", "打印机的最低使用年限为6年。", source)
    assert wrong.flag_names == ["misattributed_number"] and "5年 for 打印机" in wrong.flags[0].detail


@pytest.mark.parametrize(("question", "answer", "source", "flagged"), [
    # Where the asker stands: a span of service reached, an amount had, against a lower bound
    # (either side of it) or within a cap, is the asker's case of the rule.
    ("工作满15年的员工有几天年休假？", "员工累计工作满10年不满20年的，年休假10天。", LEAVE, False),
    ("工作满6个月的员工有年休假吗？", "没有。员工累计工作满1年的，才有年休假。", LEAVE, False),
    ("工作满7年的员工有几天年休假？", "工作满7年的员工年休假5天。", LEAVE, False),
    ("病假累计25天的，工资照发吗？", "照发。病假每年累计不超过30天的，工资照发。", "病假每年累计不超过30天的，工资照发。", False),
    ("Can I claim $200 for a night in a London hotel?", "Yes. Hotel costs are reimbursed up to $250 per night in London.",
     TRAVEL, False),
    # A threshold of the asker's own on the rule's wording, or a value beyond the cap, restates
    # the rule with a number the source does not give.
    ("病假每年累计不超过40天的，工资照发吗？", "病假每年累计不超过30天的，工资照发。", "病假每年累计不超过30天的，工资照发。", True),
    ("Is the hotel limit in London $300 per night?", "No. Hotel costs are reimbursed up to $250 per night in London.",
     TRAVEL, True),
])
def test_a_question_number_is_the_askers_case_or_a_restated_rule(question: str, answer: str, source: str,
                                                                 flagged: bool) -> None:
    result = score_pair(question, answer, source)
    restated = [f for f in result.flags if f.name == "hallucinated_number"]
    assert bool(restated) == flagged, result.to_json()
    if flagged:
        assert "the question states" in restated[0].detail



INSURED = ("第三条 保价快件丢失的，按声明价值赔偿。单票声明价值最高2万元，保价费率如下：\n"
           "| 声明价值 | 保价费率 |\n|---|---|\n| 不满1000元 | 1% |\n| 满1000元不满5000元 | 0.8% |\n| 5000元以上（含） | 0.5% |\n"
           "第五条 对个人处50元以上200元以下罚款，对单位处1000元以上1万元以下罚款。")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # Each end is a number of the source; the band they make is not.
    ("0.8%的保价费率适用于哪些快件？", "声明价值满1000元不满2万元的快件适用0.8%的费率。", ["range_changed"]),
    ("0.8%的保价费率适用于哪些快件？", "声明价值满1000元不满5000元的快件适用0.8%的费率。", []),
    ("单位违规罚多少？", "对单位处1000元以上1万元以下罚款。", []),
    # The band restated as a range, and a range that no band of the source is.
    ("单位违规罚多少？", "对单位处1000元到1万元的罚款。", []),
    ("单位违规罚多少？", "对单位处1000元到2万元的罚款。", ["range_changed"]),
])
def test_a_band_the_answer_states_must_be_one_the_source_states(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, INSURED)
    assert result.flag_names == flags, result.to_json()



LOANS = "第四条 贷款金额在50万元以下的，由支行审批；50万元至200万元的，由分行审批；超过200万元的，由总行审批。"
PERSONAL_LOANS = "Personal loans range from $5,000 to $50,000. The APR is fixed for the loan's term."


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # A range's end given as open past the other end.
    (LOANS, "分行负责审批多少金额的贷款？", "贷款金额在50万元以上的，由分行审批。", ["range_changed"]),
    (LOANS, "分行负责审批多少金额的贷款？", "50万元至200万元的贷款由分行审批。", []),
    # The question asks for the one end, or the answer gives the other too.
    (PERSONAL_LOANS, "What is the smallest personal loan?", "Personal loans start at $5,000 or more.", []),
    (PERSONAL_LOANS, "How much can I borrow?", "At least $5,000, and up to $50,000.", []),
])
def test_an_end_of_a_range_left_open_is_a_changed_range(source: str, question: str, answer: str,
                                                        flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


VISITS = ("医院住院探视与陪护管理规定\n"
          "第一条 普通病房每日探视时间为15:00至20:00，每次探视不超过30分钟，每位患者同时探视人数不超过2人。\n"
          "第二条 重症监护病房每日探视1次，时间为16:00至16:30，每次限1人；不满12岁的儿童不得进入。")
MUSEUM = "Open 10 am to 5 pm (Thursdays until 8 pm); last entry 1 hour before closing."


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # One end of another span.
    (VISITS, "重症监护病房几点可以探视？", "重症监护病房每日探视时间为15:00至16:30，每次限1人。", ["range_changed"]),
    (VISITS, "重症监护病房几点可以探视？", "重症监护病房每日16:00至16:30可以探视，每次限1人。", []),
    # Hours joined from two rules.
    (MUSEUM, "When is the museum open on Thursdays?", "On Thursdays it is open from 10 am to 8 pm.", []),
])
def test_a_span_of_hours_must_be_the_sources(source: str, question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


HEATING = "第一条 供暖期为每年11月15日至次年3月15日，供暖费须在10月31日前缴清。"
GARDEN = ("Community garden rules. The garden is open from April 1 to October 31. Children aged 5 to 12 "
          "need an adult. Bikes may be ridden from 5:00 a.m. to midnight.")


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # One end kept, the other moved to a figure the source does not state: a changed range,
    # not a made-up number.
    (VISITS, "普通病房几点可以探视？", "普通病房每日15:00至18:00可以探视。", ["range_changed"]),
    (VISITS, "普通病房几点可以探视？", "普通病房每日15:00至20:00可以探视。", []),
    (GARDEN, "During which months is the garden open?", "From April 1 to August 31.", ["range_changed"]),
    (GARDEN, "During which months is the garden open?", "From April 1 to October 31.", []),
    (GARDEN, "Which children need an adult?", "Children aged 5 to 10 need an adult.", ["range_changed"]),
    (GARDEN, "Which children need an adult?", "Children aged 5 to 12 need an adult.", []),
    # Midnight and noon are hours too.
    (GARDEN, "When can I ride a bike?", "From 5:00 a.m. to 10:00 p.m.", ["range_changed"]),
    (GARDEN, "When can I ride a bike?", "From 5:00 a.m. until midnight.", []),
    (HEATING, "供暖期是从什么时候到什么时候？", "供暖期为每年11月15日至次年2月15日。", ["range_changed"]),
    (HEATING, "供暖期是从什么时候到什么时候？", "供暖期为每年11月15日至次年3月15日。", []),
    # Neither end the source's: made up.
    (VISITS, "普通病房几点可以探视？", "普通病房每日14:00至18:00可以探视。", ["hallucinated_number"]),
])
def test_a_span_with_one_end_moved_is_a_changed_range(source: str, question: str, answer: str,
                                                     flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


LICENCES = "第一条 C1学费为4800元，C2学费为5200元。A类摊位面积6平方米，B类摊位面积4平方米。"
UNITS = "Storage units: a 5x5 unit costs $39 per month and a 10x10 unit costs $89 per month. Type A plots cost $35; Type B plots cost $25."


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # A code names one of parallel things: the figure of the other code is misattributed.
    (LICENCES, "C1的学费是多少？", "C1学费为5200元。", ["misattributed_number"]),
    (LICENCES, "C1的学费是多少？", "C1学费为4800元。", []),
    (LICENCES, "A类摊位面积有多大？", "A类摊位面积为4平方米。", ["misattributed_number"]),
    (LICENCES, "B类摊位面积有多大？", "B类摊位面积为4平方米。", []),
    (UNITS, "How much does a 10x10 unit cost?", "A 10x10 unit costs $39 per month.", ["misattributed_number"]),
    (UNITS, "How much does a 10x10 unit cost?", "A 10x10 unit costs $89 per month.", []),
    (UNITS, "What does a Type B plot cost?", "Type B plots cost $35.", ["misattributed_number"]),
    (UNITS, "What does a Type B plot cost?", "A Type B plot costs $25.", []),
])
def test_a_code_names_which_of_parallel_rules(source: str, question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


LESSONS = ("Lessons are offered to students aged 5 to 18. A 30-minute lesson costs $35, a 45-minute lesson $50 "
           "and a 60-minute lesson $65.")
CAKES = ("5. Sizes: 6-inch serves 8 to 10; 8-inch, 12 to 16; 10-inch, 20 to 30.\n"
         "6. Delivery within 10 miles: $15; 10 to 25 miles: $25; none beyond 25 miles.")
MEALS = "第三条 早餐供应时间为7:00至9:00，午餐为11:00至13:00。"


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # Two numbers one clause of the source states together are that clause's.
    (LESSONS, "How much is a 45-minute lesson?", "A 45-minute lesson costs $50.", []),
    (LESSONS, "How much is a 45-minute lesson?", "A 45-minute lesson costs $35.", ["misattributed_number"]),
    # Not a range's end standing beside a figure by chance, nor a span copied from another rule.
    (CAKES, "How much is delivery within 10 miles?", "Delivery within 10 miles costs $25.", ["misattributed_number"]),
    (MEALS, "午餐几点开始供应？", "午餐供应时间为7:00至9:00。", ["misattributed_number"]),
])
def test_numbers_a_clause_states_together_are_its_own(source: str, question: str, answer: str,
                                                      flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


SKI = ("1. Lift ticket prices:\n| Ticket | Adult | Child (6-12) |\n|---|---|---|\n| Full day | $89 | $45 |\n"
       "2. Seniors aged 65 and over pay the child price. Youth aged 13 to 17 pay $60.")


def test_a_range_the_source_states_is_no_figure_of_one_number() -> None:
    good = score_pair("How much is a full-day ticket for my 10-year-old?",
                      "$45 - children aged 6 to 12 pay $45 for a full day.", SKI)
    assert good.flag_names == [], good.to_json()
    wrong = score_pair("How much is a full-day ticket for my 10-year-old?", "Children aged 6 to 12 pay $60.", SKI)
    assert "misattributed_number" in wrong.flag_names, wrong.to_json()


BAGGAGE = ("第一条 单件行李不超过50公斤。营地内车辆限速10公里/小时。\n"
           "第二条 行李延误超过24小时的，每天补偿100元。\n第三条 行李遗失的，按每公斤100元赔偿，最高不超过2000元。\n"
           "第四条 离营时间不晚于次日12:00；超时每小时加收30元。入营时间为14:00至20:00。\n"
           "第五条 草莓采摘期为1月至4月，蓝莓采摘期为6月至7月。")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # 斤 and 英里 are units of their own, not 公斤 and 公里 written otherwise.
    ("单件行李最重能带多重？", "单件行李不得超过50斤。", ["unit_changed"]),
    ("营地里开车限速多少？", "营地内车辆限速10英里/小时。", ["unit_changed"]),
    # The fact of the answer's rate, of two stating 100元; the asker's hour; a subtraction.
    ("我丢了一个15公斤的箱子，能赔多少？", "行李遗失按每公斤100元赔偿，15公斤为15 × 100元 = 1500元，没有超过最高2000元。", []),
    ("第二天下午2点才离营，要额外付多少？", "离营不晚于次日12:00，超时每小时加收30元；下午2点离营超时2小时，需加收2×30元=60元。", []),
    # The asker's month is one of a span of months, no span rewritten.
    ("6月份过来还能摘草莓吗？", "不能。草莓采摘期是1月至4月，6月不在其中；6月至7月可以摘蓝莓。", []),
])
def test_units_rates_and_the_askers_hour(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, BAGGAGE)
    assert result.flag_names == flags, result.to_json()


EXAM = "第一条 报考人员须年满18周岁且不超过60周岁。\n第二条 1名成人最多陪同2名儿童。"
CLEANING = ("第一条 日常保洁按小时计费，每名保洁员每小时60元，单次预约不少于3小时。\n"
            "第二条 房屋面积超过120平方米的，须派2名保洁员，按人数分别计时收费。")
CAKE_MESSAGE = "Written messages of up to 30 characters are free; longer messages cost $5."


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    # The rule stated, then held against the asker's case: the case's relation is no changed comparator.
    (EXAM, "我今年17岁，可以报考吗？", "不可以。报考人员须年满18周岁且不超过60周岁，17岁还未满18周岁。", []),
    (EXAM, "我一个人带3个孩子可以吗？", "不可以。1名成人最多陪同2名儿童，3个孩子至少要2名成人陪同。", []),
    (CAKE_MESSAGE, "Is my 40-character message free?",
     "No. Messages of up to 30 characters are free; yours is longer than 30 characters, so it costs $5.", []),
    # The asker's number measured against the rule's, said first in its clause.
    (CLEANING, "我家房子90平方米，要派几名保洁员？", "90平方米没有超过120平方米，派1名保洁员就行。", []),
    # Not where the rule itself is turned.
    (EXAM, "我今年17岁，可以报考吗？", "报考人员须未满18周岁。", ["comparator_changed"]),
    (CLEANING, "我家房子90平方米，要派几名保洁员？", "房屋面积不超过120平方米的，须派2名保洁员。", ["comparator_changed"]),
    (CAKE_MESSAGE, "Which messages are free?", "Messages longer than 30 characters are free.", ["comparator_changed"]),
])
def test_a_rule_held_against_the_askers_case_keeps_its_comparator(source: str, question: str, answer: str,
                                                                    flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert result.flag_names == flags, result.to_json()


def test_an_answer_stating_both_sides_of_a_bound_turns_neither() -> None:
    source = "5. Delivery is free within 10 miles; we charge $2 for each mile beyond 10."
    both = score_pair("I live 15 miles away. What does delivery cost?",
                      "Delivery is free within 10 miles and $2 for each mile beyond 10; your 5 extra miles cost $10.",
                      source)
    assert both.flag_names == [], both.to_json()
    turned = score_pair("What does delivery cost?", "Delivery within 10 miles costs $2 a mile.", source)
    assert "comparator_changed" in turned.flag_names, turned.to_json()


PRIZES = ("1. A team may win at most 2 prizes. 2. Refunds are paid within 5 business days.\n"
          "3. Withdrawals at least 30 days before race day get a 50% refund. Medical tents are at miles 6, 13 and 20.")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # Spelled out, a number is the source's digits in English style.
    ("How fast will my refund come through?", "Within five business days.", []),
    ("How fast will my refund come through?", "Within five weeks.", ["unit_changed"]),
    # "No team can win more than two" caps it; the asker's six weeks are theirs, not the tents' miles.
    ("Can we win a third prize?", "No. No team can win more than two prizes.", []),
    ("If I withdraw 6 weeks before race day, what do I get back?",
     "Six weeks is more than 30 days ahead, so you get a 50% refund.", []),
])
def test_numbers_spelled_out(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, PRIZES)
    assert result.flag_names == flags, result.to_json()


REST = ("3. Delivery is free within 10 km of the farm; beyond that, a $4 fee applies.\n"
        "4. Cancellations made at least 24 hours before the slot get a full refund; later cancellations get 50% back.")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # The other side of a bound, which the next segment gives as "beyond that", "later ones".
    ("I live 15 km away. What does delivery cost?", "Since you are beyond 10 km of the farm, a $4 fee applies.", []),
    ("I cancelled 12 hours before. What do I get back?", "A cancellation less than 24 hours before the slot gets 50% back.", []),
    ("Where is delivery free?", "Delivery is free beyond 10 km of the farm.", ["comparator_changed"]),
])
def test_the_rest_of_a_rule_is_its_other_side(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, REST)
    assert result.flag_names == flags, result.to_json()


def test_a_question_worded_like_no_rule_is_not_judged_off_topic() -> None:
    source = ("第十五条 工作日加班的，按本人小时工资的150%支付加班费。每月加班时间累计不得超过36小时，每日不得超过3小时。"
              "加班须提前1个工作日提交申请。夜间22点以后仍在加班的员工，可报销打车费用，每次不超过80元。")
    result = score_pair("每个月最多能加班多久？", "每月加班时间累计不得超过36小时。", source)
    assert result.flags == [], result.to_json()


DEDUCTION = "第一条 子女年满3周岁至小学入学前的，按每个子女每月2000元定额扣除。\n第二条 每月加班时间累计不得超过36小时，每日不得超过3小时。"


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # The rule said from the other side: the bound and what follows from it both turned.
    ("我家孩子2岁，能扣子女教育吗？", "不能，孩子还不满3周岁，不在子女教育扣除范围内。", []),
    # Only the bound turned.
    ("我家孩子2岁，能扣子女教育吗？", "能，不满3周岁的子女按每月2000元扣除。", ["comparator_changed"]),
    ("每月加班时间有什么限制？", "每月加班时间累计不得少于36小时。", ["comparator_changed"]),
])
def test_a_rule_said_from_the_other_side_keeps_its_comparator(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, DEDUCTION)
    assert [f for f in result.flag_names if f.endswith("_changed") or f.endswith("_number")] == flags, result.to_json()


def test_个_is_no_unit_that_another_count_changes() -> None:
    source = "第四条 欠费超过30元或者欠费满10天的，暂停通话服务。\n第五条 套餐每月限变更1次，两项优惠不可叠加。"
    result = score_pair("我欠费才20元，但已经拖了12天，会被停机吗？", "会。欠费超过30元或者欠费满10天，两个条件满足一个就暂停通话服务。",
                        source)
    assert "unit_changed" not in result.flag_names, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    ("第二条 会员卡余额低于100元的，前台通知充值，会员应在7天内充值至余额不少于500元。",
     "卡里还有300元，要充值吗？", "暂时不用。余额低于100元时前台才会通知充值。"),
    ("2. If your balance falls below $100, the front desk asks you to top up, and you must top up to at least $500"
     " within 7 days.",
     "I have $300 left on my card. Do I need to top up?",
     "Not yet. The front desk asks you to top up only if your balance is below $100."),
])
def test_a_condition_is_found_by_what_follows_from_it(source: str, question: str, answer: str) -> None:
    # The answer words the condition with its consequence (通知充值): that is the 100元 clause's
    # rule, not the 500元 one that shares 充值 and 余额.
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


def test_每个月_is_a_rate_per_month() -> None:
    source = "第四条 享受城乡低保的家庭，每户每月免收6立方米水费。"
    result = score_pair("低保户交水费有什么照顾？", "低保家庭按户计算，每个月有6立方米的水不用交水费。", source)
    assert result.flags == [], result.to_json()
    assert "unit_changed" in score_pair("低保户交水费有什么照顾？", "低保家庭每年免收6立方米水费。", source).flag_names


def test_a_range_end_left_open_is_no_change_when_the_answer_gives_the_whole_range() -> None:
    source = "| 阶梯 | 年用水量 | 水价 |\n|---|---|---|\n| 第一阶梯 | 0至180立方米 | 4元 |\n| 第二阶梯 | 超过180至260立方米 | 6元 |"
    question = "超出第一阶梯的那部分按什么价算？"
    result = score_pair(question, "超过180立方米的部分属于第二阶梯（超过180至260立方米），每立方米6元。", source)
    assert "range_changed" not in result.flag_names, result.to_json()
    assert "range_changed" in score_pair("第二阶梯是多少用水量？", "年用水量超过180立方米为第二阶梯。", source).flag_names


def test_a_price_per_another_measure_is_a_changed_unit() -> None:
    source = "| 阶梯 | 年用水量 | 水价 |\n|---|---|---|\n| 第一阶梯 | 不超过180立方米 | 4元/立方米 |"
    assert score_pair("第一阶梯的水价是多少？", "第一阶梯水价为每立方米4元。", source).flags == []
    result = score_pair("第一阶梯的水价是多少？", "第一阶梯水价为每升4元。", source)
    assert "unit_changed" in result.flag_names, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer", "turned"), [
    ("第二条 年龄18周岁至60周岁、身体健康者可参加无偿献血。", "我今年65岁，还能参加无偿献血吗？",
     "不能，参加无偿献血的年龄范围是18周岁至60周岁，65岁已超出。", "不能参加无偿献血，年龄须在18周岁至60周岁。"),
    ("2. Members aged 16 to 70 can book the climbing wall.", "I'm 75. Can I book the climbing wall?",
     "No, you cannot book it: it is for members aged 16 to 70, and 75 is past that.", "Members aged 16 to 70 cannot book the climbing wall."),
])
def test_a_no_for_the_askers_own_case_is_no_contradiction(source: str, question: str, answer: str,
                                                           turned: str) -> None:
    result = score_pair(question, answer, source)
    assert "contradiction" not in result.flag_names, result.to_json()
    # The rule itself turned round still is one.
    assert "contradiction" in score_pair(question.split("，")[-1].split(". ")[-1], turned, source).flag_names


def test_hours_that_end_at_noon_are_a_band_the_source_must_give() -> None:
    source = "3. Check-in runs from 8 am to 6 pm. Pick-up after 12 noon is billed as an extra night."
    assert score_pair("What hours can I check my dog in?", "From 8 am to 6 pm.", source).flags == []
    result = score_pair("What hours can I check my dog in?", "Check-in runs from 8 am to 12 noon.", source)
    assert result.flags, result.to_json()


def test_cents_for_dollars_is_a_changed_unit() -> None:
    source = "Late fees: books 25 cents per day, DVDs $1 per day; at most $5 per item."
    assert score_pair("What's the late fee for a book?", "25 cents per day.", source).flags == []
    result = score_pair("What's the late fee for a book?", "Books cost 25 dollars per day late.", source)
    assert "unit_changed" in result.flag_names, result.to_json()


def test_a_count_in_words_of_the_answers_own_is_no_figure() -> None:
    source = "第七条 账户欠费超过50元或欠费满15天的，暂停通话服务。"
    answer = "会。欠费超过50元或者欠费满15天，两个条件满足一个就会停机。"
    result = score_pair("我欠费30元，已经拖了20天，会停机吗？", answer, source)
    assert "hallucinated_number" not in result.flag_names, result.to_json()
    # A source that counts with the same classifier is checked as before.
    counted = "第二条 每人每次限领2个口罩。"
    assert score_pair("每人每次能领几个口罩？", "每人每次可以领三个口罩。", counted).flags


def test_a_number_stated_again_is_one_claim() -> None:
    source = ("第四条 考试不合格的，可在15日后申请补考一次，补考费80元；补考仍不合格的，6个月内不得重新报名。\n"
              "第五条 考试合格的，在15个工作日内发证。")
    answer = "补考仍不合格的，6个月内不能重新报名，满6个月后才可以。"
    result = score_pair("补考又没过，多久以后才能再报名？", answer, source)
    assert "misattributed_number" not in result.flag_names, result.to_json()
    wrong = score_pair("补考又没过，多久以后才能再报名？", "补考仍不合格的，15日内不能重新报名，满15日后才可以。", source)
    assert wrong.flags, wrong.to_json()


def test_days_written_short_name_the_day() -> None:
    source = "8. Opening hours: Mon-Fri 7 am to 10 pm, Sat 10 am to 4 pm."
    result = score_pair("When does the shop close on Saturday?", "At 4 pm; on Saturday it opens at 10 am.", source)
    assert result.flags == [], result.to_json()
    assert "misattributed_number" in score_pair("When does the shop close on Saturday?", "At 10 pm on Saturday.",
                                                source).flag_names


def test_an_acronyms_plural_is_the_acronym() -> None:
    source = ("Loan periods: books 21 days; DVDs 7 days; magazines 14 days.\nFines: $5 per DVD.\n"
              "Items can be renewed up to 3 times if not on hold.")
    result = score_pair("How long can I keep a DVD, and can I extend it?",
                        "DVDs are lent for 7 days and can be renewed up to 3 times if nobody has placed a hold.", source)
    assert "off_topic" not in result.flag_names, result.to_json()


def test_words_the_source_lacks_do_not_make_an_answer_off_topic() -> None:
    source = ("第二条 装修押金：普通装修3000元，大型装修8000元。\n第三条 违规施工的，每次从押金中扣除300元。\n"
              "第四条 竣工验收合格且无违规记录的，押金在10个工作日内无息退还。")
    result = score_pair("装修弄完了押金多久能拿回来呀？", "竣工验收合格、没有违规记录的，押金在10个工作日内无息退还。", source)
    assert "off_topic" not in result.flag_names, result.to_json()


def test_a_band_the_answer_restates_holds_its_consequence() -> None:
    source = ("第五条 年用水量200立方米以内的，每立方米4元；超过200立方米不超过500立方米的部分，每立方米5.5元；"
              "超过500立方米的部分，每立方米8元。\n第六条 非居民用户按每立方米用水量5元收取排污费。")
    answer = "前200立方米每立方米4元；超出的100立方米落在200至500立方米这一档，按每立方米5.5元计。"
    result = score_pair("我家一年用了300立方米水，怎么收费？", answer, source)
    assert "misattributed_number" not in result.flag_names, result.to_json()


def test_no_later_than_a_span_before_an_event_is_at_least_that_far_ahead() -> None:
    source = "2. The balance is due at least 21 days before the event. 3. Menus are fixed 7 days before it."
    result = score_pair("When does the balance have to be paid?", "No later than 21 days before the event.", source)
    assert result.flags == [], result.to_json()
    result = score_pair("When does the balance have to be paid?", "Within 21 days before the event.", source)
    assert "comparator_changed" in result.flag_names, result.to_json()


def test_a_documents_title_points_at_no_rule() -> None:
    source = ("自来水报装与收费办法\n第一条 资料齐全的，供水企业在5个工作日内上门勘察。\n"
              "第二条 居民用户接水费每户1500元；非居民用户按每米管径200元收取，最低不低于4000元。\n"
              "第三条 用户欠费超过3个月的，供水企业可停止供水。")
    question = "开饭店报装自来水，接水费最少要交多少？"
    result = score_pair(question, "饭店属于非居民用户，按每米管径200元收取，最低不低于4000元，所以最少4000元。", source)
    assert "off_topic" not in result.flag_names, result.to_json()
    result = score_pair(question, "用户欠费超过3个月的，供水企业可停止供水。", source)
    assert "off_topic" in result.flag_names, result.to_json()


def test_the_question_names_the_subject_an_answer_worded_like_every_parallel_rule_leaves_open() -> None:
    source = ("第三条 通过网站或手机客户端改签的，须不晚于开车前20分钟办理；在车站窗口改签的，须不晚于开车前5分钟办理。\n"
              "第四条 改签只能办理1次。")
    question = "在车站窗口办理改签，最晚要在开车前多久？"
    assert score_pair(question, "须不晚于开车前5分钟办理。", source).flags == []
    result = score_pair(question, "须不晚于开车前20分钟办理。", source)
    assert "misattributed_number" in result.flag_names, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    # A plain number the answer follows with a noun of its own names what it counts.
    ("3. A month counts only if you visit at least 8 times in it.", "How many gym visits make a month count?",
     "A month counts only with at least 8 visits."),
    # The asker's case, which a range of the source merely starts at, is no range rewritten.
    ("第一条 家庭人口4至6人的，宅基地面积不超过150平方米。\n第二条 住房不超过3层。", "我想盖一栋4层的小楼，行不行？",
     "不行，住房不超过3层。"),
    # The asker's number repeated, which the source holds only for another thing ("6 months").
    ("1. A month counts only if you visit at least 8 times in it. 2. Leavers within 6 months repay the subsidy.",
     "I only managed 6 visits in March. Will March be reimbursed?", "No. You need at least 8 visits; 6 visits is not enough."),
    # A rate halved by a word: 每辆300元 减半 is 150元.
    ("第一条 满3万元不满10万元的，每辆收取300元。\n第七条 经销企业收购个人车辆的，交易服务费减半收取。",
     "车行收购一辆5万元的车，交易服务费是多少？", "每辆300元，经销企业收购减半收取，也就是150元。"),
])
def test_numbers_the_asker_or_the_answer_words_its_own_way(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    # 没超过 is at most; the source's 否则 states the other side of its bound.
    ("第五条 用户可申请校验水表；误差超过3%的，校验费由供水企业承担，否则由用户承担，每次80元。", "申请校验水表要自己出钱吗？",
     "误差超过3%的由供水企业出；没超过3%的，用户自己承担，每次80元。"),
    # A negated clause caps the bound after it.
    ("3. Staff may be rostered for at most 6 consecutive on-call days.", "Can I be on call 9 days in a row?",
     "No. Nobody may be scheduled for more than 6 consecutive on-call days."),
    # A sum of figures the answer has worked out itself.
    ("第二条 经济型车时长费每分钟0.5元，里程费每公里2元，单日封顶300元。", "我用了1小时、跑了40公里，要多少钱？",
     "时长费60分钟×0.5元=30元，里程费40公里×2元=80元，合计110元，没到300元的封顶。"),
    # A number the answer applies the rules to is the asker's case, in the question too.
    ("第二条 补贴按月计发，每年最多发放10个月，标准如下：\n| 就读园所 | 每月补贴 | 年度上限 |\n|---|---|---|\n"
     "| 校外公办幼儿园 | 400元 | 4000元 |\n| 校外民办幼儿园 | 700元 | 7000元 |\n第三条 民办园补贴不超过当月实际缴纳保育费的50%。",
     "孩子上民办园，每月保育费1200元，700元的补贴能全额拿到吗？",
     "拿不满。民办园每月700元，但不能超过当月实际保育费的50%，您每月交1200元，补贴最多600元。"),
    # "a group of 20 to 39" counts people as "20 to 39 people" does.
    ("| Group size | Discount |\n|---|---|\n| 20 to 39 people | 15% |", "What discount does a group of 25 get?",
     "15% off for a group of 20 to 39."),
])
def test_what_answers_reason_out_from_the_rules(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


def test_a_verdict_does_not_hang_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    # (A tie of weights summed over a set in hash order once decided this pair.)
    source = ("Bean & Brew Loyalty Terms\n"
              "1. Earn 1 stamp per handcrafted drink of $3 or more; drinks under $3 and food earn none.\n"
              "2. 10 stamps redeem one free drink worth up to $6.\n"
              "3. Gold members (50 or more stamps in the last 12 months) earn 2 stamps per drink and get free drinks worth"
              " up to $8.\n4. Stamps expire 12 months after earning; free drink rewards expire 30 days after issue.\n"
              "5. No more than 3 stamps per day.\n"
              "6. A lost registered card is replaced once every 6 months for $2; its balance is restored within 10 days.\n"
              "7. Members get 20% off one order from 3 days before to 7 days after their birthday.\n")
    question = "What's the most a regular member's free drink can be worth?"
    code = f"from distill.scoring import score_pair; print(score_pair({question!r}, 'Up to $8.', {source!r}).flag_names)"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 9)}
    assert len(seen) == 1, seen


def test_a_table_cell_whose_unit_is_in_the_caption_has_the_other_cells_for_rivals() -> None:
    source = ("第一条 员工出差住宿费按职级限额报销，标准如下（元/人·天）：\n| 职级 | 一线城市 | 其他城市 |\n|---|---|---|\n"
              "| 经理 | 700 | 400 |\n| 普通员工 | 500 | 320 |\n第二条 住在亲友家的，每天补贴60元。")
    question = "经理去其他城市出差，住宿标准是多少？"
    assert score_pair(question, "经理在其他城市的住宿标准为每人每天400元。", source).flags == []
    result = score_pair(question, "经理在其他城市的住宿标准为每人每天320元。", source)
    assert "misattributed_number" in result.flag_names, result.to_json()


@pytest.mark.parametrize(("answer", "flag"), [
    ("连续出差的第16天至第30天，按标准的80%报销。", None),
    ("连续出差的第14天至第30天，按标准的80%报销。", "range_changed"),
    ("补考在开学后第2周组织。", "hallucinated_number"),
])
def test_an_ordinal_of_time_must_be_the_sources(answer: str, flag: str | None) -> None:
    source = "第二条 连续出差超过15天的，第16天至第30天按标准的80%报销，第31天起按70%报销。\n第三条 补考在开学后第1周组织。"
    result = score_pair("长期出差怎么报销？", answer, source)
    assert (flag in result.flag_names) if flag else result.flags == [], result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    # A total stated before the parts the answer then works out.
    ("Private lessons are $100 an hour; each extra person adds $25 an hour.",
     "How much is a 2-hour private lesson for me and a friend?",
     "$250: $100 an hour for 2 hours is $200, plus $25 an hour for the extra person, another $50."),
    # A sum of the asker's own numbers.
    ("1. Pets may fly in the cabin if pet plus carrier weigh up to 7 kg; heavier pets go in the hold.",
     "My cat weighs 5 kg and her carrier 3 kg. Can she sit with me in the cabin?",
     "No. Pet plus carrier may weigh at most 7 kg and yours come to 8 kg, so she flies in the hold."),
    # A band's unit written once, at its end.
    ("第三条 户型面积满60平方米不满120平方米的，系数不调整；120平方米以上的，系数乘以1.2。", "我家85平方米，系数要调整吗？",
     "85平方米在满60不满120平方米的区间内，不调整。"),
    # The answer's own count in words, whatever plain number the source has.
    ("第二条 加装电梯须经专有部分面积占比2/3以上且人数占比2/3以上的业主同意。", "加装电梯要多少业主同意？",
     "面积占比和人数占比两项都要达到2/3以上。"),
    # Two items joined by "plus" are two clauses: each keeps its own subject.
    ("3. Washers cost $3 per load, dryers cost $2 per 45 minutes.", "What would one wash plus 90 minutes of drying cost me?",
     "$3 for the wash plus $4 for two 45-minute dryer periods, so $7 in total."),
    # The bound turned to give the value the source states for the other side.
    ("2. Fees each way: cabin $60 on flights under 4 hours, $110 on longer flights; hold $180.",
     "What does it cost to take my dog in the cabin on a 6-hour flight?", "$110 each way, because the flight is longer than 4 hours."),
])
def test_answers_that_add_up_or_turn_a_rule(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    ("二、全身麻醉按体重收费：不满8公斤的200元，满8公斤不满20公斤的400元，20公斤以上的700元。", "多重的宠物全麻收700元？",
     "20公斤以下的收700元。", ["comparator_changed"]),
    ("二、全身麻醉按体重收费：不满8公斤的200元，满8公斤不满20公斤的400元，20公斤以上的700元。", "多重的宠物全麻收700元？",
     "20公斤以上的收700元。", []),
    ("第三条 户型面积不满50平方米的，系数乘以0.7；满50平方米不满100平方米的不调整。", "什么样的户型系数要乘以0.7？",
     "户型面积50平方米以上的，系数乘以0.7。", ["comparator_changed"]),
    # English bounds said with a negation or a comparative; points before a bound.
    ("4. Economy bags over 20 kg and no more than 30 kg are charged $40.", "What's the fee for a 25 kg bag?",
     "A bag heavier than 20 kg but not above 30 kg is charged $40.", []),
    ("第三条 全国公共科目70分以上合格，区域科目85分以上合格。", "全国公共科目考多少分合格？", "全国公共科目70分以下为合格。",
     ["comparator_changed"]),
])
def test_a_bound_turned_to_another_rules_value_is_a_changed_comparator(source: str, question: str, answer: str,
                                                                       flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert [f for f in result.flag_names if f.endswith("_changed")] == flags, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    # A "no" for the asker's case is no contradiction of the rule's "may".
    ("第四条 租赁车位的，租期在3年以上的可申请补贴；补贴款在审核通过后2年内不得拆除充电桩。", "我租的车位合同只签了2年，能申请补贴吗？",
     "不能。租赁车位的租期要在3年以上才可以申请。"),
    # The asker's own times give a duration; a percentage per day over the asker's days.
    ("1. Rates:\n| Space | Per hour | Minimum |\n|---|---|---|\n| Studio A | $70 | 2 hours |\n| Studio B | $50 | 3 hours |\n"
     "2. Bookings of 8 hours or more pay a day rate: $420 (A) or $300 (B).",
     "I'd like studio A from 9am to 5pm. What will that cost?", "That is 8 hours, so Studio A's day rate of $420 applies."),
    ("第五条 出租人逾期退还押金的，每逾期1日按押金的0.4%支付违约金，累计不超过押金的30%。", "房东逾期10天才退押金，我能要多少违约金？",
     "每逾期1日按押金的0.4%计，逾期10天就是押金的4%；累计最多不超过押金的30%。"),
    # The end of a range that matters to the asker's case, given alone.
    ("2. The Garden Room seats 6 to 12 guests; the Cellar Room seats 14 to 28.", "We're a party of 20. Which room can take us?",
     "The Cellar Room, which seats 14 to 28 guests; the Garden Room holds at most 12."),
])
def test_answers_that_apply_the_rules_to_the_askers_case(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


def test_celsius_for_fahrenheit_is_a_changed_unit() -> None:
    source = "7. Children with a temperature of 38°C or above must stay home."
    assert score_pair("When must my son stay home?", "At 38°C or above.", source).flags == []
    result = score_pair("When must my son stay home?", "At a temperature of 38°F or above he must stay home.", source)
    assert "unit_changed" in result.flag_names, result.to_json()


def test_a_range_whose_first_end_is_marked_inclusive_is_the_sources() -> None:
    source = "第二条 额定功率7千瓦以下的，最高补贴1000元；7千瓦（含）至22千瓦的，最高补贴2000元。"
    result = score_pair("11千瓦的充电桩能补多少？", "11千瓦属于7千瓦至22千瓦这一档，最高补贴2000元。", source)
    assert result.flags == [], result.to_json()


def test_a_table_row_forbids_only_for_its_own_label() -> None:
    source = ("第二条 各卡种冻结标准如下：\n| 卡种 | 每年可冻结次数 | 单次冻结天数 |\n|---|---|---|\n| 年卡 | 3次 | 10至45天 |\n"
              "| 次卡 | 不可冻结 | — |\n第三条 冻结须提前3个工作日申请。")
    result = score_pair("年卡一年能冻结几次？", "年卡每年可以冻结3次，每次冻结10到45天。", source)
    assert "contradiction" not in result.flag_names, result.to_json()
    assert "contradiction" in score_pair("次卡能冻结吗？", "次卡可以冻结。", source).flag_names


@pytest.mark.parametrize(("source", "question", "answer"), [
    ("6. No flying within 18 hours of the last dive.", "How soon after diving can I fly home?",
     "Wait at least 18 hours after your last dive before flying."),
    ("4. Cancellations 48 hours or more ahead are free; later ones cost 50% of the rate.",
     "If I cancel 5 hours before, do I pay?", "Yes. Only cancellations made 48 or more hours ahead are free, so you pay 50%."),
])
def test_rules_said_the_other_way_round_in_english(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


def test_an_answer_whose_numbers_are_all_the_sources_values_is_not_unsupported() -> None:
    source = ("5. Cancelling more than 30 days before the start: full refund minus the registration fee; "
              "14 to 30 days: 50%; under 14 days: none.")
    result = score_pair("We have to cancel 20 days before camp starts. How much do we get back?",
                        "50%, because 20 days falls in the 14-to-30-days-before band.", source)
    assert "unsupported_answer" not in result.flag_names, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    # A range of the answer accounts for the rule beside it that its end is.
    ('Custom Cake Orders\n'
     '1. Order custom cakes at least 72 hours ahead; tiered and wedding cakes at least 14 days ahead.\n'
     '2. Orders under $100 are paid in full; orders of $100 or more need a 50% deposit.\n'
     '3. Design changes: up to 48 hours before pickup; flavor: up to 5 days before.\n'
     '4. Cancel more than 7 days before pickup: full deposit back; 3 to 7 days: 50% of it; under 3 days: none.\n'
     '5. Sizes: 6-inch serves 8 to 10; 8-inch, 12 to 16; 10-inch, 20 to 30.\n'
     '6. Delivery within 10 miles: $15; 10 to 25 miles: $25; none beyond 25 miles.\n'
     '7. Uncollected cakes are held 24 hours, then discarded without refund.\n',
     "If I cancel 5 days before pickup, do I get my deposit back?",
     "Only half of it: cancelling 3 to 7 days before pickup refunds 50% of the deposit."),
    # A figure worked out from the rule's own figure the answer's wording points at.
    ("| Plan | Monthly |\n|---|---|\n| Basic | $20 |\n| Plus | $35 |\n3. A second car on the same account gets 20% off.",
     "I'm adding my wife's car to my Plus account. What will her car cost?",
     "A second car on the same account gets 20% off, so a Plus plan for it costs $28 a month."),
    # The band between two rules that bound one number from below.
    ("五、单件超过15公斤的大件包裹，可由物业代为搬运至单元门，每件收费5元；单件超过40公斤的，由业主自行安排搬运。",
     "一袋25公斤的大米，物业能帮忙搬上去吗？", "可以。单件超过15公斤、不超过40公斤的包裹，物业可以代搬到单元门，每件收5元。"),
])
def test_answers_that_account_for_the_rule_beside_theirs(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


@pytest.mark.parametrize(("answer", "flag"), [
    ("From the 6th to the 9th.", None),
    ("From the 1st to the 9th.", "range_changed"),
    ("From the 6th to the 12th.", "range_changed"),
    ("Only on the 12th of the month.", "hallucinated_number"),
])
def test_days_of_the_month_must_be_the_sources(answer: str, flag: str | None) -> None:
    source = ("1. Rent is due on the 1st. No late fee is charged if rent is received by the 5th.\n"
              "2. Rent received from the 6th to the 9th incurs a $50 late fee; from the 10th on, $10 per day is added.")
    result = score_pair("During which days does late rent cost just the flat $50 fee?", answer, source)
    assert (flag in result.flag_names) if flag else result.flags == [], result.to_json()


ROWING = ("Lakeside Rowing Club: Safety and Boat Use\n"
          "1. Outings are allowed from sunrise to 30 minutes before sunset. No one may row when the wind speed is"
          " above 25 km/h or the water temperature is below 10°C.\n"
          "2. Coaching costs $30 per hour, or $20 per hour each for groups of 3 or more.\n"
          "3. Repairs are charged in full; the member pays the first $250 of any repair.")
LANES = ("Strikeline Bowling: Lane Booking and Prices\n"
         "| Time | Price per lane per hour |\n|---|---|\n| Mon-Fri before 17:00 | $30 |\n| Mon-Fri 17:00 to 23:00 | $45 |\n"
         "| Sat-Sun all day | $50 |\n"
         "1. Opening hours are 10:00 to 23:00 daily.\n2. Each lane takes up to 6 players.\n"
         "3. A lane is released if the group is more than 15 minutes late.")


@pytest.mark.parametrize(("source", "question", "answer"), [
    # The asker's number held against the rule's figure in one sentence is the asker's case.
    ("3. Replaced parts carry a 12-month warranty.\n7. Invoices unpaid after 30 days incur a $25 late fee.",
     "The pump you fitted broke after 9 months. Is it covered?",
     "Yes. Replaced parts carry a 12-month warranty, and 9 months is within it."),
    # A cause is about what follows from it.
    ("1. Annual membership is $90 for juniors aged 10 to 17.\n2. New members take a beginners' course of 4 sessions,"
     " costing $60.\n3. Juniors under 14 must be supervised by an adult member at all times.",
     "My son is 11. What will his first year cost, with the beginners' course?",
     "Juniors pay $90, plus $60 for the beginners' course, so $150. Because he is under 14, he must be supervised"
     " by an adult member at all times."),
    # A condition of a prohibition bounds the condition, not the prohibited.
    (ROWING, "The forecast says wind of 15 km/h. Can we go out?",
     "Yes. Rowing is stopped when the wind speed is above 25 km/h, and 15 km/h is below that."),
    # "N of us" counts people; the asker's count repeated bare.
    (ROWING, "Four of us want a 2-hour coaching session. What will it cost?",
     "Groups of 3 or more pay $20 per hour each, so 4 people × 2 hours × $20 = $160."),
    ("| Time | Per game |\n|---|---|\n| Weekday | $7 |\n| Weekend | $8 |\n4. Up to 6 bowlers may share one lane.\n"
     "5. Birthday packages need at least 8 children.", "There are 7 of us. Can we all bowl on one lane?",
     "No. Up to 6 bowlers may share one lane, so a group of 7 needs two lanes."),
    # A price times two quantities; a weekday inside a span of weekdays, under a title with a colon.
    (LANES, "We are 8 and want to bowl for 2 hours on a Saturday. How much?",
     "8 players need 2 lanes; Saturday costs $50 per lane per hour, so 2 lanes for 2 hours is $200."),
    (LANES, "How late can we bowl on a Thursday evening, and what is the rate?",
     "The alley is open until 23:00 daily, and Monday to Friday from 17:00 to 23:00 a lane costs $45 per hour."),
    # A day of the month moved by the days the rule gives.
    ("4. Issues are posted on the 5th of each month and should arrive within 7 days.",
     "When should each month's issue reach me?", "They are posted on the 5th and arrive within 7 days, so by the 12th."),
    # A per mille of the asker's amount, days between the asker's dates, and what is left over.
    ("第四条 逾期未缴的，每日加收欠费金额3‰的滞纳金。", "我欠了2000元水费，逾期5天，滞纳金多少？",
     "每日加收欠费的3‰：2000元×3‰=6元/日，5天共30元。"),
    ("第三条 居住证有效期1年，期满前30日内可办理签注延期。", "我的居住证8月25日到期，8月10日去办签注可以吗？",
     "可以。期满前30日内可办理签注延期，8月10日距8月25日只有15天，在30日以内。"),
    # The other side of a rule, where the asker's own case stands.
    ("二、租赁居间服务费为1个月租金，由出租方和承租方各承担50%。\n六、租期不足6个月的，租赁服务费按半个月租金收取。",
     "我租房一年，月租3000元，租客要付多少中介费？", "租期满6个月，服务费为1个月租金，双方各承担50%，租客付3000元×50%=1500元。"),
    # A figure worked out for the case, which another rule states too; times a span of hours on.
    ("第一条 不足50公斤的每公斤2元，超过500公斤的每公斤1元，单票最低收费30元。\n第三条 上门提货费每票20元，货物超过500公斤的免收。",
     "我只发一箱10公斤的货，运费是20元吗？", "不是。不足50公斤的每公斤2元，10公斤算下来是20元，但单票最低收费30元，所以收30元。"),
    ("第三条 漂流全程约2至3小时。", "我们下午3点半出发，几点能漂完？", "全程约2至3小时，15:30出发，大约17:30至18:30之间漂完。"),
    # A unit said once for two numbers of a sentence.
    ("3. Bookings made less than 24 hours ahead carry a $10 surcharge.",
     "If I book about 15 hours ahead, is there an extra charge?",
     "Yes. Bookings made less than 24 hours ahead carry a $10 surcharge, and 15 hours is less than 24."),
    # The asker's afternoon time written without its half of the day; the asker's "5个半小时".
    ("第二条 果园每天8:00开园，16:30停止入园，17:30闭园。", "我们下午4点40分才到，还能进园吗？",
     "不能。16:30停止入园，4点40分即16:40，已经过了停止入园的时间。"),
    ("第三条 包船半天为4小时，收费1200元；超时每小时400元，不足1小时按1小时计。", "包了半天船，在海上待了5个半小时，超时费多少？",
     "半天是4小时，超出1.5小时，不足1小时按1小时计，算2小时，每小时400元，共800元。"),
    ("6. Loyalty members earn 1 point per $1 spent; 200 points convert to a $10 voucher.",
     "I've spent $530. How many vouchers can I get?",
     "You earn 1 point per $1, so 530 points; 200 points make a $10 voucher, so 2 vouchers and 130 points left over."),
])
def test_answers_that_work_with_the_askers_case_session_9(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


def test_a_rule_quoted_in_the_question_is_no_case_of_the_askers() -> None:
    source = "第二条 员工请假3天以内的，由部门负责人审批；超过3天的，须经人力资源部审批。"
    result = score_pair("请假超过3天需要谁审批？", "员工请假不超过3天的，须经人力资源部审批。", source)
    assert "comparator_changed" in result.flag_names, result.to_json()


def test_a_prohibition_turned_round_in_its_condition_is_a_changed_comparator() -> None:
    result = score_pair("At what wind speed is rowing stopped?", "No one may row when the wind speed is below 25 km/h.",
                        ROWING)
    assert "comparator_changed" in result.flag_names, result.to_json()


@pytest.mark.parametrize(("text", "surface", "rel"), [
    ("The minimum deposit is $1,000.", "$1,000", "ge"), ("Minimum withdrawal: $50.", "$50", "ge"),
    ("Minimum age 12.", "12", "ge"), ("the maximum per account is $500,000", "$500,000", "le"),
    ("must be 14 years old or younger", "14 years old", "le"), ("aged 65 or older", "65", "ge"),
    ("a minimum of 3 nights", "3 nights", "ge"),
])
def test_english_bounds_named_by_minimum_maximum_or_older(text: str, surface: str, rel: str) -> None:
    from distill.numbers import find_facts
    from distill.scoring.relations import bound

    (m,) = [f for f in find_facts(text) if f.text == surface]
    assert bound(text, m)[0] == rel
    if rel and "imum" in text and "of" not in text:  # the words after "minimum" are the subject's, not the bound's
        assert bound(text, m)[1] == m.start


@pytest.mark.parametrize(("source", "question", "answer", "flags"), [
    ("1. The minimum deposit is $1,000; the maximum per account is $500,000.", "What's the least I can deposit?",
     "The deposit can be at most $1,000.", ["comparator_changed"]),
    ("1. The minimum deposit is $1,000; the maximum per account is $500,000.", "What's the least I can deposit?",
     "The minimum deposit is $1,000.", []),
    ("4. Participants must be at least 14 years old.", "Is there an age limit?", "Participants must be 14 years old or younger.",
     ["comparator_changed"]),
    # The consequence's clause the answer speaks of is what must agree, not a later one of the rule.
    ("三、体重超过20公斤的犬只为大型犬，须佩戴嘴套，不得进入儿童游乐区。", "多重的狗出门要戴嘴套？", "体重不超过20公斤的犬只须佩戴嘴套。",
     ["comparator_changed"]),
    ("三、体重超过20公斤的犬只为大型犬，须佩戴嘴套，不得进入儿童游乐区。", "多重的狗出门要戴嘴套？", "体重超过20公斤的犬只须佩戴嘴套。", []),
])
def test_bounds_named_or_followed_by_a_further_consequence(source: str, question: str, answer: str,
                                                           flags: list[str]) -> None:
    result = score_pair(question, answer, source)
    assert [f for f in result.flag_names if f.endswith("_changed")] == flags, result.to_json()


@pytest.mark.parametrize(("source", "question", "answer"), [
    ("1. A standard jump session costs $15.\n6. Groups of 10 or more children get 15% off and must book 48 hours ahead.",
     "What discount do groups get?", "Groups of 10 or more children get $15 off."),
    ("1. A call-out visit is charged for 2 hours minimum.\n4. For emergencies such as burst pipes we aim to arrive within"
     " 2 hours, day or night.\n5. Quotes are valid for 2 days.", "How quickly do you arrive for an emergency?",
     "We aim to arrive within 2 days for emergencies such as burst pipes."),
    ("| 档位 | 月费 | 空间 |\n|---|---|---|\n| 基础 | 10元 | 200GB |\n| 高级 | 30元 | 2TB |", "基础档有多大存储空间？",
     "基础档空间200MB。"),
])
def test_digits_the_rule_worded_like_the_answer_gives_in_another_unit(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert "unit_changed" in result.flag_names, result.to_json()
