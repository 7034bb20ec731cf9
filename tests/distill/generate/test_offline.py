"""The offline QA generator: verbatim numbers, fitting interrogatives, skips, caps, determinism."""

from __future__ import annotations

import re

import pytest

from distill.generate import DraftPair
from distill.generate.offline import clean_sentence, generate_offline
from distill.numbers import find_facts, find_numbers

POLICY = """第二章　差旅费

第七条　差旅费是指员工因公临时到常驻地以外的地区出差所发生的城市间交通费、住宿费、伙食补助费和市内交通补助费。员工单次出差时间超过7天的，《出差申请单》还须经分管副总经理批准。

第十五条　伙食补助费按出差的自然天数计算，赴一类城市出差的员工每人每天补助100元，赴二类城市出差的员工每人每天补助80元。接待单位统一提供工作餐的，伙食补助费按上述标准的50%发放。伙食补助费包干使用，员工不得另行报销出差期间的个人餐费。

第二十八条　固定资产单项采购金额不满5万元的，经分管副总经理审批后由行政部采购；固定资产单项采购金额在5万元至20万元之间的，须经总经理审批。

第二十九条　单价在30000元以上的图书资料，须附采购合同。年费在三万元以上的电子数据库订阅，须附采购合同。

第四十四条　员工出差借款应当在出差返回后10个工作日内办理报销冲账手续。员工借款逾期超过90日的，公司按照每日万分之五的标准计收资金占用费。

第四十五条　员工个人借款原则上应当在每年12月25日前全部结清，经财务总监批准后可以延期至次年1月31日。

第四十七条　员工应当在费用发生之日起30日内提交报销申请。上述期限内未提交的，不予报销。

第五十条　审批人不得审批本人发生的费用。部门负责人本人发生的费用由分管副总经理审批。

第五十七条　同一员工每年因票据遗失申请报销的次数不得超过2次，每次金额不超过两千五百元。

第六十二条　本细则自2026年3月1日起施行。
"""

NUMBER_PAIRS = [p for p in generate_offline(POLICY) if p.type == "number"]
GENERAL_PAIRS = [p for p in generate_offline(POLICY) if p.type == "general"]


def test_pairs_are_qapairs_of_known_types() -> None:
    pairs = generate_offline(POLICY)
    assert pairs and all(isinstance(p, DraftPair) for p in pairs)
    assert {p.type for p in pairs} == {"number", "general"}


def test_every_number_answer_holds_the_exact_numeric_surface_of_the_source() -> None:
    source_surfaces = {m.text for m in find_facts(POLICY)}
    assert len(NUMBER_PAIRS) >= 12
    for pair in NUMBER_PAIRS:
        answer_facts = find_facts(pair.answer)
        assert answer_facts, pair
        for m in answer_facts:
            assert m.text in source_surfaces, (pair, m.text)
        assert pair.answer.replace("，", "").replace("。", "") in POLICY.replace("，", "").replace(
            "。", "").replace("；", ""), pair


def asked_fact(pair: DraftPair):
    """The answer's fact that the question no longer shows."""
    shown = {m.key for m in find_numbers(pair.question)}
    missing = [m for m in find_facts(pair.answer) if m.key not in shown]
    assert missing, pair
    return missing[0]


def test_question_does_not_give_the_asked_fact_away() -> None:
    for pair in NUMBER_PAIRS:
        fact = asked_fact(pair)
        assert fact.text not in pair.question, pair
        assert fact.surface not in pair.question, pair


def test_questions_end_with_a_question_mark_and_are_not_the_answer() -> None:
    for pair in generate_offline(POLICY):
        assert pair.question.endswith("？"), pair
        assert pair.question != pair.answer
        assert not pair.question.startswith(("该", "上述", "本条", "前款"))


def test_deterministic() -> None:
    assert generate_offline(POLICY) == generate_offline(POLICY)
    assert generate_offline(POLICY, per_chunk=5) == generate_offline(POLICY, per_chunk=5)


def test_per_chunk_caps_and_prefers_number_questions() -> None:
    everything = generate_offline(POLICY)
    capped = generate_offline(POLICY, per_chunk=3)
    assert len(capped) == 3 and capped == everything[:3]
    assert all(p.type == "number" for p in capped)
    many = generate_offline(POLICY, per_chunk=len(NUMBER_PAIRS) + 1)
    assert many[-1].type == "general"
    assert generate_offline(POLICY, per_chunk=0) == []
    types = [p.type for p in everything]
    assert types == sorted(types, key=lambda t: t != "number")  # numbers first


def test_number_ratio_and_density() -> None:
    pairs = generate_offline(POLICY)
    assert len(NUMBER_PAIRS) / len(pairs) >= 0.3
    numeric_chars = sum(len(s) for s in re.split(r"(?<=[。；])", POLICY) if find_facts(s))
    assert len(NUMBER_PAIRS) >= numeric_chars / 100


def test_headings_and_fragments_are_skipped() -> None:
    assert generate_offline("第一章　总则") == []
    assert generate_offline("# 费用报销管理细则\n\n## 第二章　差旅费") == []
    assert generate_offline("详见附件。") == []
    assert generate_offline("报销30元。") == []  # fewer than 8 CJK characters
    assert generate_offline("表1　住宿费标准（每人每晚最高限额）") == []
    assert generate_offline("| 总经理 | 1000元/晚 | 800元/晚 |\n| --- | --- | --- |") == []
    assert generate_offline("员工出差期间的住宿费标准如下：") == []
    assert generate_offline("文件编号：XLQM-CW-2026-003 2026年2月10日发布　2026年3月1日起施行") == []
    # A heading line glued to its first sentence is dropped, the sentence kept.
    pairs = generate_offline("第三章　业务招待费\n业务招待预计金额在3000元以下的，由部门负责人审批。")
    assert [p.answer for p in pairs] == ["业务招待预计金额在3000元以下的，由部门负责人审批。"]


def test_dangling_reference_sentences_are_skipped() -> None:
    for sentence in ("该费用应当在30日内报销。", "上述人员每人每天补助100元。",
                     "本条规定的期限为15个工作日。", "前款所称费用不得超过5000元。",
                     "其中住宿费不得超过500元。"):
        assert generate_offline(sentence) == [], sentence
    answers = [p.answer for p in generate_offline(POLICY)]
    assert not any(a.startswith("上述") for a in answers)


def test_leading_article_label_is_stripped_from_the_answer() -> None:
    (pair,) = generate_offline("第六十二条　本细则自2026年3月1日起施行。")
    assert pair.answer == "本细则自2026年3月1日起施行。"
    assert pair.question == "本细则自哪一天起施行？"
    assert clean_sentence("第十二条 （一）员工出差须提前申请，经批准后方可出行。") == \
        "员工出差须提前申请，经批准后方可出行。"


@pytest.mark.parametrize("sentence,question", [
    ("差旅费是指员工因公临时出差所发生的城市间交通费和住宿费。", "什么是差旅费？"),
    ("本细则所称费用报销，是指员工因履行工作职责而先行垫付费用的行为。", "什么是费用报销？"),
    ("审批人不得审批本人发生的费用。", "审批人是否可以审批本人发生的费用？"),
    ("员工个人消费以及与公司业务无关的支出不得报销。", "员工个人消费以及与公司业务无关的支出是否可以报销？"),
    ("部门负责人本人发生的费用由分管副总经理审批。", "部门负责人本人发生的费用由谁审批？"),
    ("因员工个人原因发生的机票退票费由员工本人承担。", "因员工个人原因发生的机票退票费由谁承担？"),
    ("业务招待费报销时，须提供发票和消费明细清单。", "业务招待费报销时须提供什么？"),
    ("费用报销应当遵循真实、合法、合理、节约的原则。", "费用报销应当遵循什么原则？"),
    ("固定资产采购须事先列入部门年度预算。", "固定资产采购有什么要求？"),
    ("业务招待实行事前审批制度。", "业务招待实行什么制度？"),
    ("本细则由公司财务部负责解释。", "本细则由谁负责解释？"),
])
def test_general_questions_name_their_subject(sentence: str, question: str) -> None:
    (pair,) = generate_offline(sentence)
    assert (pair.question, pair.answer, pair.type) == (question, sentence, "general")


def test_general_pairs_found_in_the_policy() -> None:
    questions = {p.question for p in GENERAL_PAIRS}
    assert "什么是差旅费？" in questions
    assert "审批人是否可以审批本人发生的费用？" in questions
    assert "部门负责人本人发生的费用由谁审批？" in questions
    for q in questions:
        assert not re.match(r"^(?:该规定|上述|有什么要求)", q)


# sentence -> the first question it yields
INTERROGATIVES = [
    ("单价在30000元以上的图书资料，须附采购合同。", "单价在多少元以上的图书资料须附采购合同？"),
    ("固定资产单项采购金额不满5万元的，经分管副总经理审批后由行政部采购。",
     "固定资产单项采购金额不满多少万元的，经分管副总经理审批后由行政部采购？"),
    ("年费在三万元以上的电子数据库订阅，须附采购合同。", "年费在多少万元以上的电子数据库订阅须附采购合同？"),
    ("每次因票据遗失申请报销的金额不超过两千五百元。", "每次因票据遗失申请报销的金额不超过多少元？"),
    ("员工出差住宿费标准为每人每天不超过500元/人/天。", "员工出差住宿费标准为每人每天不超过多少元/人/天？"),
    ("固定资产单项采购金额在5万元至20万元之间的，须经总经理审批。",
     "固定资产单项采购金额在多少万元至多少万元之间的须经总经理审批？"),
    ("单价在300元至500元之间的礼品，须经分管副总经理审批。", "单价在多少元至多少元之间的礼品须经分管副总经理审批？"),
    ("员工应当在费用发生之日起30日内提交报销申请。", "员工应当在费用发生之日起多少日内提交报销申请？"),
    ("员工单次出差时间超过7天的，须经分管副总经理批准。", "员工单次出差时间超过多少天的须经分管副总经理批准？"),
    ("出差费用应当在出差返回之日起10个工作日内提交报销申请。",
     "出差费用应当在出差返回之日起多少个工作日内提交报销申请？"),
    ("团组出差人数超过10人的，须报行政部统一安排。", "团组出差人数超过多少人的须报行政部统一安排？"),
    ("同一员工每年因票据遗失申请报销的次数不得超过2次。", "同一员工每年因票据遗失申请报销的次数不得超过多少次？"),
    ("各部门全年业务招待费总额不得超过年度费用预算的8%。", "各部门全年业务招待费总额不得超过年度费用预算的百分之多少？"),
    ("部门费用支出超出年度预算的部分在百分之十以内的，须经分管副总经理批准。",
     "部门费用支出超出年度预算的部分在百分之多少以内的须经分管副总经理批准？"),
    ("员工个人借款原则上应当在每年12月25日前全部结清。", "员工个人借款原则上应当在每年几月几日前全部结清？"),
    ("经财务总监批准后可以延期至次年1月31日。", "经财务总监批准后可以延期至次年几月几日？"),
    ("本细则自2026年3月1日起施行。", "本细则自哪一天起施行？"),
    ("员工单程乘坐火车时间超过6小时的，可以选择乘坐飞机。", "员工单程乘坐火车时间超过多少小时的可以选择乘坐飞机？"),
    ("员工自驾出差单程超过500公里的，须事先取得书面同意。", "员工自驾出差单程超过多少公里的须事先取得书面同意？"),
    ("合住时的住宿费限额按照较高一级人员标准的1.5倍执行。", "合住时的住宿费限额按照较高一级人员标准的多少倍执行？"),
    ("员工因工作需要加班至晚上21时以后下班的，可以报销当日交通费。",
     "员工因工作需要加班至晚上几点以后下班的可以报销当日交通费？"),
    ("邀请外部讲师授课的讲课费按学时计算，每学时为45分钟。", "邀请外部讲师授课的讲课费按学时计算，每学时为多少分钟？"),
    ("员工在12月21日至12月31日之间发生的费用，须在当月提交报销申请。",
     "员工在几月几日至几月几日之间发生的费用须在当月提交报销申请？"),
    ("Claims must be submitted within 30 days of the end of the trip.",
     "Claims must be submitted within how many days of the end of the trip?"),
]


@pytest.mark.parametrize("sentence,question", INTERROGATIVES, ids=[q for _, q in INTERROGATIVES])
def test_interrogative_fits_the_unit_family(sentence: str, question: str) -> None:
    pairs = generate_offline(sentence)
    assert pairs[0].question == question
    assert pairs[0].answer == sentence and pairs[0].type == "number"


def test_one_question_per_distinct_fact_in_a_sentence() -> None:
    sentence = "员工借款逾期超过90日的，公司按照每日万分之五的标准计收资金占用费。"
    assert [p.question for p in generate_offline(sentence)] == [
        "员工借款逾期超过多少日的，公司按照每日万分之五的标准计收资金占用费？",
        "员工借款逾期超过90日的，公司按照每日万分之多少的标准计收资金占用费？",
    ]


def test_ordinals_are_not_asked_about() -> None:
    pairs = generate_offline("第三条　依照第五条规定，一类城市的差旅费由财务部统一核定。")
    assert all(p.type == "general" for p in pairs)
    assert not any("多少" in p.question for p in pairs)


def test_a_value_stated_twice_is_not_asked() -> None:
    # Asking for one "30日" would leave the other in the question.
    pairs = generate_offline("报销期限为30日，逾期30日未报销的，视为放弃。")
    assert all("30日" not in p.question or p.type != "number" for p in pairs)


def test_english_sentences() -> None:
    (number,) = generate_offline("Claims must be submitted within 15 working days of the trip.")
    assert number.question == "Claims must be submitted within how many working days of the trip?"
    (general,) = generate_offline("Employees must not claim personal expenses such as alcohol.")
    assert general.question == "Can employees claim personal expenses such as alcohol?"
    (definition,) = generate_offline("A per diem means the fixed daily allowance paid for meals.")
    assert definition.question == "What does A per diem mean?"


# Update this when the offline generator's rules change (the failure says to what): chunks made
# by the old version are then generated again.
OFFLINE_GOLDEN = "offline-9aea58c49eca"


def test_the_offline_version_is_the_pinned_hash_of_its_rules() -> None:
    from distill.generate.offline import OFFLINE_VERSION
    from distill.generate.select import OfflineGenerator

    assert OfflineGenerator().version == OFFLINE_VERSION
    assert OFFLINE_VERSION == OFFLINE_GOLDEN, (
        f"the offline generator's rules changed: set OFFLINE_GOLDEN in {__name__.rsplit('.', 1)[-1]}.py to"
        f" {OFFLINE_VERSION!r} (chunks of the old version will be generated again)")


def test_every_pair_quotes_the_source_sentence_it_was_made_from() -> None:
    from distill.scoring.evidence import find_quote

    chunk = "第三条　单笔报销金额超过5000元的，须经部门负责人审批。\n员工应当在费用发生之日起30日内提交\n报销申请。"
    pairs = generate_offline(chunk)
    assert pairs and all(p.evidence for p in pairs)
    assert pairs[0].evidence == "第三条　单笔报销金额超过5000元的，须经部门负责人审批。"
    for p in pairs:
        assert p.evidence in chunk and find_quote(p.evidence, chunk) is not None
