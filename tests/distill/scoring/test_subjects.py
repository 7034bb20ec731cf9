"""Whose number is it: subjects of source numbers, and the grounding checks built on them, on
hand-checked cases of clauses that share their shape and differ only in their subject."""

from __future__ import annotations

import pytest

from distill.numbers import Range, find_facts
from distill.scoring import score_pair
from distill.scoring.evidence import stem
from distill.scoring.relations import bound
from distill.scoring.subjects import source_subjects

LIBRARY = (
    "第五条 本科生每人可借阅图书不超过10册，借期30天，可续借1次，续借期15天。研究生每人可借阅图书不超过20册，借期60天。"
    "逾期归还的，每册每天收取滞纳金0.1元。丢失图书的，按图书定价的2倍赔偿。连续逾期3次以上的，暂停借阅权限3个月。"
)
FEES = "第八条　物业费按建筑面积计收，住宅每月每平方米2.5元，商铺每月每平方米6元。"
OVERTIME = "工作日加班的，按本人小时工资的150%支付加班费；法定节假日加班的，按300%支付。"
LEAVE = ("Full-time staff earn 20 days of paid leave per year; part-time staff earn 10 days. "
         "Unused leave of up to 8 days may be carried over. Sick leave of more than 3 days requires a doctor's note. "
         "Parental leave is 16 weeks at full pay.")
SUPPORT = ("Support tickets on the Team plan are answered within 4 hours, on the Basic plan within 2 business days. "
           "Accounts unpaid for more than 30 days are suspended, and deleted after 90 days.")

# Parallel clauses that differ in their first word, a word other rules also name (so that its
# rarity says little); a subject after its number; one named to be excluded.
PASSES = "第四条　年票价格为600元，次票价格为50元。学生购买年票或次票可享受8折优惠。年票每年可补办不超过3次，次票不超过1次。"
RATES = "第六条　一级会员积分兑换比例为10%，二级会员为5%。一级会员和二级会员均可参加年度抽奖，二级会员须先完成实名认证。"
PARKING = ("Parking costs $4 per hour for visitors and $2 per hour for residents. "
           "Outside the city centre, parking is free on Sundays.")
BIKES = "Helmets are lent free of charge for children aged 6 to 12. Adults pay $3 per helmet."
# Parallel clauses naming their subject after the number, with a word (desk) they share, and words
# that other rules name too (so that their rarity says little).
DESKS = ("Hot Desk: 8 a.m. to 8 p.m. on weekdays. Monthly fee: $250 for Hot Desk, $400 for Dedicated Desk. "
         "Meeting-room hours monthly: Hot Desk 4, Dedicated Desk 10.")


def subject_of(text: str, number: str) -> tuple[set[str], set[str]]:
    start = text.index(number)
    s = source_subjects(text).of[start]
    return set(s.rule), set(s.own)


def test_a_clause_without_a_subject_of_its_own_has_its_rules() -> None:
    rule, own = subject_of(LIBRARY, "60天")
    assert {"研究", "究生"} <= rule and "借期" in own and "本科" not in own
    rule, own = subject_of(LIBRARY, "30天")
    assert {"本科", "科生"} <= rule


def test_clauses_of_one_rule_keep_their_own_subjects() -> None:
    _, residential = subject_of(FEES, "2.5元")
    _, shops = subject_of(FEES, "6元")
    assert "住宅" in residential and "住宅" not in shops and "商铺" in shops
    assert {"物业", "业费"} <= residential & shops  # the rule's first clause, a number-less lead


@pytest.mark.parametrize(("source", "question", "answer", "says"), [
    (LIBRARY, "本科生借期多长？", "本科生借期为60天。", "30天"),
    (LIBRARY, "暂停借阅多久？", "暂停借阅权限15天。", "3个月"),
    (FEES, "住宅的物业费每平方米多少钱？", "住宅物业费为每月每平方米6元。", "2.5元"),
    (LEAVE, "How many days do part-time staff earn?", "Part-time staff earn 20 days of paid leave per year.", "10 days"),
    (SUPPORT, "How fast are Basic plan tickets answered?", "On the Basic plan, support tickets are answered within 4 hours.",
     "2 business days"),
    (PASSES, "次票每年能补办几次？", "次票每年可补办不超过3次。", "1次"),
    (RATES, "二级会员积分兑换比例是多少？", "二级会员积分兑换比例为10%。", "5%"),
    (DESKS, "What is the monthly fee for a Hot Desk?", "A Hot Desk membership costs $400 per month.", "$250"),
])
def test_a_number_given_for_another_subject_is_misattributed(source: str, question: str, answer: str, says: str) -> None:
    result = score_pair(question, answer, source)
    flag = next((f for f in result.flags if f.name == "misattributed_number"), None)
    assert flag is not None, result.to_json()
    assert f"the source gives {says}" in flag.detail


@pytest.mark.parametrize(("source", "question", "answer"), [
    (LIBRARY, "研究生借书的借期是多久？", "研究生借阅图书的借期为60天。"),
    (LIBRARY, "续借有什么规定？", "本科生可续借1次，续借期为15天。"),
    (FEES, "商铺的物业费是多少？", "商铺物业费为每月每平方米6元。"),
    # The answer restores wording the source leaves to the rule before: still the holiday rule's number.
    (OVERTIME, "法定节假日加班给多少？", "法定节假日加班的，按小时工资的300%支付。"),
    # A second rule of the answer is told by its own clause, not by the first rule's words.
    (SUPPORT, "When is an unpaid account deleted?", "Unpaid accounts are deleted after 90 days."),
    (LEAVE, "How many days of paid leave do full-time staff get?", "Full-time staff earn 20 days of paid leave per year."),
    (PASSES, "次票可以补办2次吗？", "不能。次票每年补办不超过1次。"),
    (RATES, "二级会员兑换比例多少？", "二级会员积分兑换比例为5%。"),
    (RATES, "一级会员兑换比例多少？", "一级会员积分兑换比例为10%。"),
    (DESKS, "How much is a Dedicated Desk?", "A Dedicated Desk costs $400 per month."),
    (DESKS, "What is the monthly fee for a Hot Desk?", "The Hot Desk monthly fee is $250."),
    # Words after each number differ, but the answer names the words before its own.
    ("Up to 8 hours of monthly maintenance, announced at least 48 hours ahead, is excluded from uptime.",
     "How much notice is given before maintenance?", "Maintenance is announced at least 48 hours in advance."),
])
def test_a_number_given_for_its_own_subject_is_grounded(source: str, question: str, answer: str) -> None:
    result = score_pair(question, answer, source)
    assert result.flags == [], result.to_json()


@pytest.mark.parametrize(("text", "number", "rel"), [
    ("名额不超过学生总数的3%", "3%", "le"),
    ("名额不少于学生总数的3%", "3%", "ge"),
    ("研究室每周至少使用3次", "3次", "ge"),
    ("本科生每人最多可借阅10册", "10册", "le"),
    ("Customers may cancel after 14 days", "14 days", "gt"),
    ("Submit it before 30 days have passed", "30 days", "lt"),
    ("质保金为合同金额的5%", "5%", ""),
    ("须在购房合同备案之日起2年后申请", "2年", "ge"),
    ("开考30分钟以后方可交卷", "30分钟", "ge"),
])
def test_bounds_reach_over_a_的_phrase_and_an_adverbs_verb(text: str, number: str, rel: str) -> None:
    (m,) = [f for f in find_facts(text) if f.text == number]
    assert bound(text, m)[0] == rel


def test_a_bound_turned_round_across_such_words_is_a_changed_comparator() -> None:
    source = "一等奖学金每人每年8000元，名额不超过学生总数的3%。"
    result = score_pair("一等奖学金名额有多少？", "一等奖学金名额不少于学生总数的3%。", source)
    assert "comparator_changed" in result.flag_names


@pytest.mark.parametrize(("source", "question", "answer"), [
    (LIBRARY, "丢失图书怎么赔？", "研究生每人可借阅图书不超过20册，借期60天。"),
    (LEAVE, "How long is parental leave?", "Unused leave of up to 8 days may be carried over."),
])
def test_an_answer_from_another_sentence_sharing_only_a_common_word_is_off_topic(source: str, question: str,
                                                                                answer: str) -> None:
    assert "off_topic" in score_pair(question, answer, source).flag_names


def test_the_askers_number_in_another_unit_is_not_a_reformatted_source_number() -> None:
    source = "The Team plan includes 10 user seats. Customers may cancel within 14 days of purchase for a full refund."
    result = score_pair("Can I get a refund after 10 days?", "Yes. Customers may cancel within 14 days of purchase.", source)
    assert "number_format_changed" not in result.flag_names, result.to_json()




def test_a_subject_after_its_number_and_one_named_to_be_excluded() -> None:
    _, visitors = subject_of(PARKING, "$4")
    assert stem("visitors") in visitors and stem("residents") not in visitors
    _, residents = subject_of(PARKING, "$2")
    assert stem("residents") in residents
    source = "Rooms cost $120 per night in Rome and $90 per night in other cities."
    result = score_pair("What is the room rate outside Rome?", "Outside Rome, rooms cost $90 per night.", source)
    assert result.flags == [], result.to_json()


def test_bare_english_ranges_are_ranges_and_a_changed_end_is_caught() -> None:
    (ages,) = [f for f in find_facts(BIKES) if f.text == "6 to 12"]
    assert ages.value == Range(6.0, 12.0)
    assert [f.text for f in find_facts("Prices rose 10 to 20%.")] == ["10", "20%"]
    result = score_pair("Who gets a free helmet?", "Helmets are free for children aged 6 to 14.", BIKES)
    assert "range_changed" in result.flag_names or "hallucinated_number" in result.flag_names, result.to_json()
    assert score_pair("Who gets a free helmet?", "Children aged 6 to 12 get a helmet free of charge.", BIKES).flags == []


def test_the_askers_own_case_in_the_first_person_is_an_example() -> None:
    source = "Bookings can be changed free of charge up to 24 hours before the tour."
    result = score_pair("I want to change my booking 30 hours before the tour. Is that free?",
                        "Yes. Bookings can be changed free of charge up to 24 hours before the tour.", source)
    assert result.flags == [], result.to_json()
    # The same number restating the rule is no example.
    restated = score_pair("Can bookings be changed free up to 30 hours before the tour?",
                          "Yes. Bookings can be changed free of charge up to 24 hours before the tour.", source)
    assert "hallucinated_number" in restated.flag_names, restated.to_json()


def test_lengths_are_units() -> None:
    source = "Banners must be at most 120 cm wide."
    result = score_pair("How wide may a banner be?", "Banners must be at most 120 mm wide.", source)
    assert "unit_changed" in result.flag_names, result.to_json()


def test_an_answer_from_the_rule_beside_the_one_asked_about_is_off_topic() -> None:
    source = "第七条　会员卡挂失须在发现丢失后2天内办理；补办会员卡的，收取工本费15元。会员卡有效期为3年。"
    answer = "会员卡挂失须在发现丢失后2天内办理。"
    assert score_pair("会员卡挂失要多久内办？", answer, source).flags == []
    result = score_pair("补办会员卡的工本费是多少？", answer, source)
    assert "off_topic" in result.flag_names, result.to_json()


def test_a_rate_word_is_no_subject_word() -> None:
    # "打车费每次" and "通讯费每月" share the pair 费每: no reason to take the taxi cap for the phone cap.
    source = ("第1条 部门经理通讯费每月报销不超过300元。"
              "第5条 加班至22点以后离开公司的，可报销打车费，每次不超过100元，每月不超过8次。")
    result = score_pair("加班打车每次能报多少？", "加班到22点以后离开公司的，打车费每次最多报100元。", source)
    assert result.flags == [], result.to_json()


def test_a_non_member_is_not_named_a_member() -> None:
    source = "Classes cost $8 for members and $12 for others. Members may bring one guest a month."
    result = score_pair("What does a class cost without a membership?", "Classes cost $12 for non-members.", source)
    assert result.flags == [], result.to_json()
    wrong = score_pair("What does a class cost for members?", "Classes cost $12 for members.", source)
    assert "misattributed_number" in wrong.flag_names, wrong.to_json()


def test_a_range_end_restated_alone_is_the_sources_number() -> None:
    source = "Personal loans range from $5,000 to $50,000. Scores between 670 and 739 pay 12.9% APR."
    result = score_pair("How much can I borrow?", "You can borrow at least $5,000 and up to $50,000.", source)
    assert result.flags == [], result.to_json()
    result = score_pair("Which scores pay 12.9%?", "Scores from 670 to 739 pay an APR of 12.9%.", source)
    assert "number_format_changed" not in result.flag_names, result.to_json()


@pytest.mark.parametrize(("text", "number", "rel"), [
    ("涉及个人信息1万条以上的", "1万", "ge"),  # a measure word the number leaves out
    ("余额低于首次缴存总额30%的", "30%", "lt"),  # a percentage's base without 的
])
def test_bounds_reach_over_a_measure_word_and_a_percentages_base(text: str, number: str, rel: str) -> None:
    (m,) = [f for f in find_facts(text) if f.text == number]
    assert bound(text, m)[0] == rel


def test_a_bound_turned_round_over_a_percentages_base_is_a_changed_comparator() -> None:
    source = "第3条 押金余额低于首次缴存总额20%的，用户应在10天内补缴。"
    result = score_pair("押金余额剩多少要补缴？", "押金余额超过首次缴存总额20%的，用户应在10天内补缴。", source)
    assert "comparator_changed" in result.flag_names, result.to_json()


def test_a_verb_says_nothing_of_whose_number_it_is() -> None:
    source = ("Registration costs $300 for members until May 1; after May 1 it is $400 for members. "
              "Students pay $100 with a student card.")
    result = score_pair("What will a member pay in June?", "After May 1, members pay $400.", source)
    assert result.flags == [], result.to_json()


def test_ages_and_feet_are_units() -> None:
    source = "Riders must be at least 14. Keep bikes at least 3 feet apart. Rent a bike for 3 hours at most."
    result = score_pair("How old must riders be?", "Riders must be at most 14 years old.", source)
    assert "comparator_changed" in result.flag_names, result.to_json()


def test_an_answer_that_gives_another_clauses_number_for_the_asked_one_is_off_topic() -> None:
    source = "第4条 设备故障可先行报修，维修部门应在2小时内响应，并在5个工作日内修复。"
    answer = "维修部门应在2小时内响应。"
    result = score_pair("设备故障后多久内要修复？", answer, source)
    assert "off_topic" in result.flag_names, result.to_json()
    assert score_pair("维修部门多久内响应？", answer, source).flags == []
    # A question with a case of its own asks how the rules apply: no slot to answer.
    assert "off_topic" not in score_pair("故障报修3小时了还没人来，正常吗？", "不正常。维修部门应在2小时内响应。",
                                         source).flag_names


def test_the_askers_own_case_in_other_words_is_not_off_topic() -> None:
    source = ("第三条　会员年卡价格为3600元，年满60周岁的会员购买年卡可享受7折优惠。"
              "购卡后7日以内可申请全额退款；超过7日不满30日的，退还卡费的50%；超过30日的，不予退款。")
    result = score_pair("我买年卡15天了，想退卡能退多少？", "购卡超过7日不满30日的，可以退还卡费的50%。", source)
    assert "off_topic" not in result.flag_names, result.to_json()


def test_a_question_asking_how_many_times_answered_with_another_rules_number_is_off_topic() -> None:
    source = "第5条 每位学员每学期可申请调课不超过2次；调课须提前3天提出，逾期不予受理。"
    result = score_pair("每学期可申请调课最多几次？", "调课须提前3天提出，逾期不予受理。", source)
    assert "off_topic" in result.flag_names, result.to_json()
    assert score_pair("每学期最多能调几次课？", "每位学员每学期可申请调课不超过2次。", source).flags == []


@pytest.mark.parametrize(("source", "question", "answer", "right"), [
    ("第六条 出院后30天以内可申请复印病历，每页收费0.5元。", "复印病历怎么收费？", "出院后30天以内可以申请复印病历。",
     "复印病历每页收费0.5元。"),
    ("Withdrawals: bank transfer free, 3 to 5 business days; PayPal $2 each, within 2 days.",
     "What does a PayPal withdrawal cost?", "Bank transfers are free and take 3 to 5 business days.",
     "A PayPal withdrawal costs $2."),
])
def test_an_answer_giving_no_number_of_the_asked_kind_is_off_topic(source: str, question: str, answer: str,
                                                                   right: str) -> None:
    result = score_pair(question, answer, source)
    assert "off_topic" in result.flag_names, result.to_json()
    assert score_pair(question, right, source).flags == []


def test_a_list_item_that_leaves_out_its_measure_has_the_first_items() -> None:
    source = ("4. Jury duty: 10 paid days for full-time staff; 5 for part-time staff; 2 for contractors.\n"
              "5. Jury duty leave must be requested within 7 days of the summons.")
    # "5 for part-time staff" is 5 paid days: the answer's "paid days" point at no other item.
    result = score_pair("How much jury duty leave does part-time staff get?", "5 paid days of leave.", source)
    assert result.flags == [], result.to_json()
    # The asker's case says whose number is asked when the answer's words do not.
    wrong = score_pair("I work full-time. How many paid days do I get for jury duty?", "5 paid days.", source)
    assert "misattributed_number" in wrong.flag_names, wrong.to_json()


def test_the_words_after_an_answers_number_name_its_subject_too() -> None:
    source = ("1. Entry: $6 per visit for residents; children under 4 free.\n"
              "2. Children under 10 need an adult at least 16; one adult may supervise no more than 4 children.")
    result = score_pair("Does my 3-year-old have to pay?", "No. Children younger than 4 swim for free.", source)
    assert result.flags == [], result.to_json()


def test_the_askers_case_measured_like_the_answers_number_is_not_off_topic() -> None:
    source = ("Checked: Economy includes 1 bag of up to 23 kg; Premium 2 bags of up to 32 kg each. "
              "Bags over 32 kg are not accepted.")
    result = score_pair("Can I check a 35 kg bag?", "No. Bags heavier than 32 kg are not accepted.", source)
    assert result.flags == [], result.to_json()
    spelled = score_pair("成立一年的企业最多能拿多少贴息？", "设立不满2年的企业，年度贴息最高不超过10万元。",
                         "第三条 设立不满2年的企业，年度贴息最高不超过10万元；设立满1年的企业须提供纳税证明。")
    assert "number_format_changed" not in spelled.flag_names, spelled.to_json()


RENTAL = ("1. Drivers must be at least 21. Ages 21 to 24: surcharge of $25 per day.\n"
          "2. Additional drivers: $10 per day.\n3. Deposit: $300 economy, $500 SUV.")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    ("How much does an additional driver cost per day?", "$25 per day.", ["misattributed_number"]),
    ("How much does an additional driver cost per day?", "$10 per day.", []),
    ("What is the surcharge for a 23-year-old driver?", "$25 per day.", []),
])
def test_an_answer_that_names_no_subject_has_the_questions(question: str, answer: str, flags: list[str]) -> None:
    assert score_pair(question, answer, RENTAL).flag_names == flags


def test_non_members_are_a_subject_of_their_own() -> None:
    source = "Special exhibitions: $12 non-members, $5 members. Members also get 10% off in the shop."
    result = score_pair("How much is a special exhibition ticket for non-members?", "$5 for non-members.", source)
    assert "misattributed_number" in result.flag_names, result.to_json()
    assert score_pair("How much do non-members pay for an exhibition?", "Non-members pay $12.", source).flags == []


def test_numbers_the_answer_states_together_are_of_the_rule_that_states_them_together() -> None:
    source = ("第六条 公共停车点每天6时至22时免费停放2小时，超过2小时的部分每小时收费1元，单日最高收费10元；"
              "22时至次日6时每次收费3元。")
    result = score_pair("晚上11点把车停进公共停车点，第二天早上5点取走，怎么收费？",
                        "这段时间在22时至次日6时之间，按次收费，每次3元。", source)
    assert result.flags == [], result.to_json()


ALLOWANCES = ("1. Non-managers get a $50 monthly phone allowance; managers get $80.\n"
              "2. Staff working from home 2 to 4 days a week get $40 a month for home internet.")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # The asker's own case names the subject the answer leaves out.
    ("I'm a manager. What phone allowance do I get?", "You get an $80 mobile phone allowance each month.", []),
    ("What phone allowance do non-managers get?", "They get an $80 mobile phone allowance each month.",
     ["misattributed_number"]),
])
def test_the_askers_own_case_names_a_subject_too(question: str, answer: str, flags: list[str]) -> None:
    assert score_pair(question, answer, ALLOWANCES).flag_names == flags


def test_a_total_the_answer_works_out_is_no_other_rules_figure() -> None:
    # 3小时 is the asker's 5 hours less the 2 free ones (3日 is another rule's); 3元 is 3 × 1元.
    source = ("第四条 号牌遗失的，应在3日内申请补领，补领手续费10元。\n"
              "第六条 公共停车点每天6时至22时免费停放2小时，超过2小时的部分每小时收费1元，单日最高收费10元；"
              "22时至次日6时每次收费3元。")
    result = score_pair("白天在公共停车点停了5个小时，要交多少钱？", "前2小时免费，多出的3小时每小时1元，一共3元。", source)
    assert result.flags == [], result.to_json()


SCHOLARSHIP = ("第二条 学业奖学金按学年评定，等级与金额如下：\n"
               "| 等级 | 硕士 | 博士 | 比例 |\n|---|---|---|---|\n"
               "| 一等 | 8000元 | 12000元 | 20% |\n| 二等 | 6000元 | 10000元 | 40% |\n| 三等 | 4000元 | 8000元 | 30% |\n"
               "第三条 国家奖学金：博士每生3万元，硕士每生2万元。")


def test_a_table_cell_is_its_rows_and_its_columns_under_the_tables_caption() -> None:
    start = SCHOLARSHIP.index("4000元")
    s = source_subjects(SCHOLARSHIP).of[start]
    assert {"三等", "硕士"} <= s.own and "博士" not in s.own and {"学业", "奖学"} <= s.rule


@pytest.mark.parametrize(("question", "answer", "flags"), [
    ("硕士生三等学业奖学金有多少钱？", "硕士三等学业奖学金为8000元。", ["misattributed_number"]),
    ("硕士生三等学业奖学金有多少钱？", "硕士三等学业奖学金为4000元。", []),
    ("博士生三等学业奖学金有多少钱？", "博士三等学业奖学金为8000元。", []),
    # A row read out: the caption says what it is of.
    ("一等学业奖学金的名额比例和金额是多少？", "一等占20%，硕士8000元，博士12000元。", []),
])
def test_numbers_of_a_table_are_told_apart_by_row_and_column(question: str, answer: str, flags: list[str]) -> None:
    result = score_pair(question, answer, SCHOLARSHIP)
    assert result.flag_names == flags, result.to_json()


DEDUCTIONS = ("第一条 纳税人的子女接受学前教育和学历教育的，按每个子女每月2000元定额扣除。\n"
              "第二条 纳税人首套住房贷款利息，在偿还贷款期间按每月1000元定额扣除，扣除期限最长不超过240个月。")


@pytest.mark.parametrize(("question", "answer", "flags"), [
    # The answer's words ("定额扣除") are every rule's: the question's tell them apart.
    ("首套住房贷款利息每月扣除标准是多少？", "按每月2000元定额扣除。", ["misattributed_number"]),
    ("首套住房贷款利息每月扣除标准是多少？", "按每月1000元定额扣除。", []),
    ("子女教育每月扣除多少？", "按每月2000元定额扣除。", []),
])
def test_an_answer_worded_like_every_rule_has_the_questions_subject(question: str, answer: str,
                                                                   flags: list[str]) -> None:
    assert score_pair(question, answer, DEDUCTIONS).flag_names == flags


def test_what_a_price_is_per_may_be_its_subject() -> None:
    source = ("4. Pets: up to 2 cats or dogs under 40 lbs. Pet deposit: $300 per pet. "
              "Monthly pet rent: $35 per cat, $50 per dog.\n5. Rent is $1,450 per month.")
    assert score_pair("What is the monthly pet rent for a cat?", "$50 per month.", source).flag_names == [
        "misattributed_number"]
    assert score_pair("What is the monthly pet rent for a dog?", "$50 per month.", source).flags == []


def test_a_preposition_joins_no_words_of_a_subject() -> None:
    source = ("第一条 开车前48小时以上、不满8天的，按票价5%收取退票费。\n"
              "第六条 通过网上办理退票的，须不晚于开车前30分钟；在车站窗口办理的，须不晚于开车前5分钟。")
    result = score_pair("离开车还有三天，退票要扣多少？", "距开车三天属于开车前48小时以上、不满8天，按票价5%收退票费。", source)
    assert "misattributed_number" not in result.flag_names, result.to_json()


TICKETS = ("第一条 旅客退票，开车前8天以上的，不收退票费；开车前48小时以上、不满8天的，按票价5%收取退票费；"
           "开车前24小时以上、不满48小时的，按票价10%收取；开车前不满24小时的，按票价20%收取。")


@pytest.mark.parametrize(("answer", "flags"), [
    # The consequence of the condition the answer states with it.
    ("开车前不满24小时退票的，按票价的20%收取退票费。", []),
    ("开车前不满24小时退票的，按票价的5%收取退票费。", ["misattributed_number"]),
])
def test_a_number_after_a_condition_the_answer_states_is_that_conditions(answer: str, flags: list[str]) -> None:
    assert score_pair("开车前不到一天才去退票，手续费按什么比例收？", answer, TICKETS).flag_names == flags


def test_a_question_naming_its_subject_by_the_sources_own_number_says_whose_number_is_asked() -> None:
    source = "第三条 无房职工租房提取，每月不超过1500元；本市有一套住房且面积低于60平方米的职工租房提取，每月不超过1000元。"
    question = "本市有一套60平方米以下住房的职工租房，每月能提多少？"
    result = score_pair(question, "每月提取额不超过1500元。", source)
    assert "misattributed_number" in result.flag_names, result.to_json()
    assert score_pair(question, "每月提取额不超过1000元。", source).flags == []
    # A number of the asker's own may be anyone's: the short answer is then not judged by it.
    assert score_pair("我有一套50平方米的住房，租房每月能提多少？", "每月提取额不超过1000元。", source).flags == []
