"""Hand-labelled pairs for number grounding and for what weak models write (issues 11 and 13).

Documents of four domains (procurement and IT/HR leave in Chinese, travel expenses and a product
warranty in English) and two more used only by the held-out rows. `HOLDOUT` was written first,
before any grounding rule existed, and the rules were never tuned on it; `TUNING` was written
afterwards and the rules were settled on it. Each row: (document, kind, question, answer,
expected flags[, the generator's quoted evidence]). `benchmarks/build_scoring_gold.py` turns
them into `tests/fixtures/scoring_gold_grounding*.jsonl`.
"""

from __future__ import annotations

DOCS: dict[str, str] = {
    "procurement": (
        "第八条　笔记本电脑单价不超过6000元，台式机单价不超过5000元，显示器单价不超过1500元。"
        "采购金额超过2万元的，须经信息中心审核；10万元至50万元的，须经院长办公会审议；超过50万元的，须公开招标。"
        "设备使用年限不少于6年。\n"
        "第九条　办公家具单价不超过3000元。同一品目年度采购金额低于5000元的，可由部门自行采购。"
        "供应商应当在合同签订后15个工作日内交货。验收合格后，财务处在10个工作日内付款，质保金为合同金额的5%。\n"
        "| 品目 | 单价上限 | 最低使用年限 |\n| 打印机 | 2000元 | 5年 |\n| 投影仪 | 8000元 | 6年 |"
    ),
    "leave": (
        "第三条　员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。"
        "病假每年累计不超过30天的，工资照发。婚假为3天，晚婚的另加7天。\n"
        "第四条　员工请假3天以内的，由部门负责人审批；超过3天的，须经人力资源部审批。"
        "员工不得在试用期内申请年休假。\n"
        "第五条　笔记本电脑的更换周期为4年，台式机的更换周期为5年。员工离职时须在3个工作日内归还全部IT设备。"
        "系统密码长度不少于8位，每90天更换一次。"
    ),
    "travel": (
        "Hotel costs are reimbursed up to $250 per night in London and up to $180 per night in other cities. "
        "Meals are reimbursed up to $60 per day. Employees who drive their own car are paid $0.45 per mile. "
        "Taxi fares above $40 need a receipt. Economy class must be booked for flights under 6 hours; "
        "business class may be booked for flights of more than 6 hours. Claims must be submitted within 30 days "
        "of the trip. Alcohol and personal entertainment are not reimbursed. "
        "Trips longer than 5 days need the approval of a director."
    ),
    "warranty": (
        "The X200 vacuum cleaner carries a warranty of 24 months from the date of purchase. "
        "The battery is covered for 12 months and accessories for 6 months. "
        "Products may be returned within 30 days for a full refund. Refunds are paid within 14 business days. "
        "Repairs outside the warranty cost a flat fee of $49. Damage caused by water is not covered. "
        "The warranty is void if the serial number is removed.\n"
        "| Part | Warranty |\n| Motor | 60 months |\n| Filter | 3 months |"
    ),
    # Only the held-out rows use these two.
    "vehicles": (
        "第十条　公务用车油耗补贴为每公里0.8元。单程超过50公里的用车，须提前1天申请。"
        "驾驶员连续驾驶不得超过4小时。车辆每行驶5000公里保养一次，单次保养费用不超过800元。"
        "公务用车不得用于私人用途。"
    ),
    "hr_en": (
        "New employees receive 20 days of paid leave per year. Up to 5 unused days may be carried over to the "
        "next year. Sick leave of more than 3 days requires a doctor's note. Parental leave is 16 weeks. "
        "Remote work is allowed for up to 2 days per week. Overtime is paid at 1.5 times the hourly rate."
    ),
}

G, MIS, CMP, RNG, UNIT = "good", "misattributed", "comparator", "range", "unit"
OFF, NEG, LANG, ECHO, HAL, EVID = "off_topic", "negation", "wrong_language", "prompt_echo", "hallucinated", "evidence"
f_mis, f_cmp, f_rng, f_unit = ["misattributed_number"], ["comparator_changed"], ["range_changed"], ["unit_changed"]
f_off, f_neg, f_lang, f_echo = ["off_topic"], ["contradiction"], ["wrong_language"], ["prompt_echo"]
f_hal, f_evid = ["hallucinated_number"], ["unsupported_evidence"]

# Written before the grounding rules; never tuned on.
HOLDOUT: list[tuple] = [
    # procurement
    ("procurement", G, "显示器单价最高可以是多少？", "显示器单价不超过1500元。", []),
    ("procurement", G, "采购一台4万元的服务器需要谁审核？", "采购金额超过2万元的，须经信息中心审核。", []),
    ("procurement", G, "供应商应在多长时间内交货？", "供应商应当在合同签订后15个工作日内交货。", []),
    ("procurement", G, "投影仪的最低使用年限是几年？", "投影仪的最低使用年限为6年。", []),
    ("procurement", G, "质保金是合同金额的多少？", "质保金为合同金额的5%。", []),
    ("procurement", G, "打印机单价上限是多少？", "打印机的单价上限为2000元。", []),
    ("procurement", MIS, "办公家具单价不能超过多少？", "办公家具单价不超过5000元。", f_mis),
    ("procurement", MIS, "验收合格后财务处多久付款？", "验收合格后，财务处在15个工作日内付款。", f_mis),
    ("procurement", MIS, "打印机的最低使用年限是几年？", "打印机的最低使用年限为6年。", f_mis),
    ("procurement", CMP, "哪些采购须公开招标？", "采购金额在50万元以下的，须公开招标。", f_cmp),
    ("procurement", CMP, "什么情况下部门可以自行采购？", "同一品目年度采购金额超过5000元的，可由部门自行采购。", f_cmp),
    ("procurement", RNG, "哪些采购须经院长办公会审议？", "采购金额在10万元以下的，须经院长办公会审议。", f_rng),
    ("procurement", UNIT, "供应商应当在合同签订后多久交货？", "供应商应当在合同签订后15天内交货。", f_unit),
    ("procurement", OFF, "笔记本电脑单价上限是多少？", "质保金为合同金额的5%。", f_off),
    ("procurement", LANG, "台式机单价上限是多少？", "The price of a desktop computer may not exceed 5000 yuan.", f_lang),
    ("procurement", ECHO, "显示器单价上限是多少？", "请根据以下原文生成问答对，只输出JSON。显示器单价不超过1500元。", f_echo),
    # leave
    ("leave", G, "工作满12年的员工有几天年休假？", "员工累计工作满10年不满20年的，年休假10天。", []),
    ("leave", G, "请假2天由谁审批？", "员工请假3天以内的，由部门负责人审批。", []),
    ("leave", G, "台式机多久更换一次？", "台式机的更换周期为5年。", []),
    ("leave", G, "婚假有几天？", "婚假为3天，晚婚的另加7天。", []),
    ("leave", G, "系统密码多久必须更换？", "系统密码每90天更换一次。", []),
    ("leave", MIS, "笔记本电脑的更换周期是几年？", "笔记本电脑的更换周期为5年。", f_mis),
    ("leave", MIS, "晚婚的员工婚假另加几天？", "晚婚的员工婚假另加3天。", f_mis),
    ("leave", CMP, "请假超过3天需要谁审批？", "员工请假不超过3天的，须经人力资源部审批。", f_cmp),
    ("leave", UNIT, "员工离职时须在多长时间内归还IT设备？", "员工离职时须在3个月内归还全部IT设备。", f_unit),
    ("leave", NEG, "员工可以在试用期内申请年休假吗？", "可以，员工可以在试用期内申请年休假。", f_neg),
    ("leave", OFF, "病假每年累计多少天内工资照发？", "系统密码长度不少于8位。", f_off),
    # travel
    ("travel", G, "What is the hotel limit per night outside London?", "Outside London, hotel costs are reimbursed up to $180 per night.", []),
    ("travel", G, "How much are meals reimbursed per day?", "Meals are reimbursed up to $60 per day.", []),
    ("travel", G, "Do I need a receipt for a $55 taxi fare?", "Yes. Taxi fares above $40 need a receipt.", []),
    ("travel", G, "Within how many days must claims be submitted?", "Claims must be submitted within 30 days of the trip.", []),
    ("travel", MIS, "What is the hotel limit per night in London?", "Hotel costs in London are reimbursed up to $180 per night.", f_mis),
    ("travel", MIS, "How long may a trip last without a director's approval?", "Trips longer than 6 days need the approval of a director.", f_mis),
    ("travel", CMP, "When must economy class be booked?", "Economy class must be booked for flights of more than 6 hours.", f_cmp),
    ("travel", UNIT, "How much is paid for driving one's own car?", "Employees who drive their own car are paid $0.45 per kilometre.", f_unit),
    ("travel", OFF, "What is the hotel limit per night in London?", "The sky is blue and the weather is pleasant today.", f_off + ["unsupported_answer"]),
    ("travel", NEG, "Is alcohol reimbursed?", "Yes, alcohol and personal entertainment are reimbursed.", f_neg),
    ("travel", LANG, "What is the meal allowance per day?", "每天的餐费报销上限为60美元。", f_lang),
    ("travel", ECHO, "What is the meal allowance per day?", "You are a helpful assistant. Generate question-answer pairs in JSON. Meals are reimbursed up to $60 per day.", f_echo),
    # warranty
    ("warranty", G, "How long is the motor covered?", "The motor is covered for 60 months.", []),
    ("warranty", G, "How long does a refund take?", "Refunds are paid within 14 business days.", []),
    ("warranty", G, "What does a repair outside the warranty cost?", "Repairs outside the warranty cost a flat fee of $49.", []),
    ("warranty", MIS, "How long is the battery covered?", "The battery is covered for 6 months.", f_mis),
    ("warranty", MIS, "How long is the filter covered?", "The filter is covered for 12 months.", f_mis),
    ("warranty", UNIT, "How long is the warranty of the X200?", "The X200 carries a warranty of 24 weeks from the date of purchase.", f_unit),
    ("warranty", NEG, "Is water damage covered?", "Yes, damage caused by water is covered.", f_neg),
    ("warranty", OFF, "Within how many days can products be returned?", "The warranty is void if the serial number is removed.", f_off),
    # vehicles (a document no tuning row uses)
    ("vehicles", G, "公务用车油耗补贴是每公里多少钱？", "公务用车油耗补贴为每公里0.8元。", []),
    ("vehicles", G, "单程去80公里外需要提前多久申请用车？", "单程超过50公里的用车，须提前1天申请。", []),
    ("vehicles", G, "驾驶员最多可以连续驾驶多久？", "驾驶员连续驾驶不得超过4小时。", []),
    ("vehicles", G, "车辆多久保养一次？", "车辆每行驶5000公里保养一次。", []),
    ("vehicles", MIS, "单次保养费用上限是多少？", "单次保养费用不超过50元。", f_hal),
    ("vehicles", MIS, "单程超过多少公里的用车须提前申请？", "单程超过5000公里的用车，须提前1天申请。", f_mis),
    ("vehicles", UNIT, "公务用车油耗补贴是多少？", "公务用车油耗补贴为每英里0.8元。", f_unit),
    ("vehicles", UNIT, "驾驶员连续驾驶不得超过多久？", "驾驶员连续驾驶不得超过4天。", f_unit),
    ("vehicles", CMP, "单次保养费用有什么限制？", "单次保养费用不低于800元。", f_cmp),
    ("vehicles", NEG, "公务用车可以用于私人用途吗？", "可以，公务用车可以用于私人用途。", f_neg),
    # hr_en (a document no tuning row uses)
    ("hr_en", G, "How many days of paid leave do new employees get?", "New employees receive 20 days of paid leave per year.", []),
    ("hr_en", G, "How much unused leave can be carried over?", "Up to 5 unused days may be carried over to the next year.", []),
    ("hr_en", G, "How long is parental leave?", "Parental leave is 16 weeks.", []),
    ("hr_en", G, "How many days a week may employees work remotely?", "Remote work is allowed for up to 2 days per week.", []),
    ("hr_en", MIS, "How many unused days may be carried over?", "Up to 3 unused days may be carried over to the next year.", f_mis),
    ("hr_en", CMP, "When is a doctor's note needed for sick leave?", "Sick leave of less than 3 days requires a doctor's note.", f_cmp),
    ("hr_en", UNIT, "How long is parental leave?", "Parental leave is 16 days.", f_unit),
    ("hr_en", UNIT, "How often may employees work remotely?", "Remote work is allowed for up to 2 days per month.", f_unit),
    ("hr_en", OFF, "How long is parental leave?", "Overtime is paid at 1.5 times the hourly rate.", f_off),
    ("hr_en", LANG, "How long is parental leave?", "产假为16周。", f_lang),
    # quoted evidence
    ("procurement", EVID, "台式机单价上限是多少？", "台式机单价不超过5000元。", f_evid, "台式机单价不超过8000元。"),
    ("procurement", G, "台式机单价上限是多少？", "台式机单价不超过5000元。", [], "笔记本电脑单价不超过6000元，台式机单价不超过5000元，\n显示器单价不超过1500元。"),
    ("travel", EVID, "How much are meals reimbursed per day?", "Meals are reimbursed up to $60 per day.", f_evid, "Meals are always reimbursed in full."),
    ("travel", G, "How much are meals reimbursed per day?", "Meals are reimbursed up to $60 per day.", [], "Meals are reimbursed up to\n$60 per day."),
]

TUNING: list[tuple] = [
    # procurement: the issue's table first
    ("procurement", MIS, "台式机单价上限是多少？", "台式机单价不超过6000元。", f_mis),
    ("procurement", CMP, "什么情况须经信息中心审核？", "采购金额在2万元以下的，须经信息中心审核。", f_cmp),
    ("procurement", RNG, "哪些采购须经院长办公会审议？", "50万元以上的采购，须经院长办公会审议。", f_rng),
    ("procurement", OFF, "显示器单价上限是多少？", "设备使用年限不少于6年。", f_off),
    ("procurement", UNIT, "设备至少用几年？", "设备使用年限不少于6个月。", f_unit),
    ("procurement", G, "笔记本最多能买多贵的？", "笔记本电脑的单价不能超过6000元。", []),
    ("procurement", G, "买8万元的设备要谁审核？", "采购金额超过2万元的，须经信息中心审核。", []),
    # procurement: good pairs (paraphrases, reordered clauses, examples, two clauses, table rows)
    ("procurement", G, "台式机单价上限是多少？", "台式机单价不超过5000元。", []),
    ("procurement", G, "显示器单价不能超过多少？", "显示器的单价上限是1500元。", []),
    ("procurement", G, "笔记本电脑和台式机的单价上限分别是多少？", "笔记本电脑单价不超过6000元，台式机单价不超过5000元。", []),
    ("procurement", G, "采购金额为30万元时由谁审议？", "10万元至50万元的采购，须经院长办公会审议。", []),
    ("procurement", G, "什么样的采购必须公开招标？", "采购金额超过50万元的，须公开招标。", []),
    ("procurement", G, "须经信息中心审核的是哪些采购？", "须经信息中心审核的是采购金额超过2万元的采购。", []),
    ("procurement", G, "设备的使用年限有什么要求？", "设备使用年限不少于6年。", []),
    ("procurement", G, "办公家具单价最高多少？", "办公家具单价不超过3000元。", []),
    ("procurement", G, "一把3500元的办公椅可以买吗？", "不可以，办公家具单价不超过3000元。", []),
    ("procurement", G, "年度采购金额低于多少时可以由部门自行采购？", "同一品目年度采购金额低于5000元的，可由部门自行采购。", []),
    ("procurement", G, "部门自行采购的条件是什么？", "同一品目年度采购金额低于5000元的，可由部门自行采购。", []),
    ("procurement", G, "供应商交货期限是多少？", "合同签订后，供应商应当在15个工作日内交货。", []),
    ("procurement", G, "验收合格后多久付款？", "验收合格后，财务处在10个工作日内付款。", []),
    ("procurement", G, "交货和付款的期限各是多少？", "供应商应当在合同签订后15个工作日内交货，验收合格后财务处在10个工作日内付款。", []),
    ("procurement", G, "质保金比例是多少？", "质保金为合同金额的5%。", []),
    ("procurement", G, "投影仪单价上限是多少？", "投影仪单价上限为8000元。", []),
    ("procurement", G, "打印机最低要用几年？", "打印机的最低使用年限为5年。", []),
    ("procurement", G, "投影仪的单价上限和最低使用年限是多少？", "投影仪单价上限为8000元，最低使用年限为6年。", []),
    ("procurement", G, "采购一套60万元的系统应当怎样采购？", "采购金额超过50万元的，须公开招标。", []),
    # procurement: defects
    ("procurement", MIS, "显示器单价上限是多少？", "显示器单价不超过5000元。", f_mis),
    ("procurement", MIS, "笔记本电脑单价上限是多少？", "笔记本电脑单价不超过1500元。", f_mis),
    ("procurement", MIS, "办公家具单价上限是多少？", "办公家具单价不超过1500元。", f_mis),
    ("procurement", MIS, "投影仪单价上限是多少？", "投影仪单价上限为2000元。", f_mis),
    ("procurement", MIS, "打印机单价上限是多少？", "打印机单价上限为8000元。", f_mis),
    ("procurement", MIS, "供应商应当在合同签订后多久交货？", "供应商应当在合同签订后10个工作日内交货。", f_mis),
    ("procurement", MIS, "财务处在验收合格后多少个工作日内付款？", "验收合格后，财务处在15个工作日内付款。", f_mis),
    ("procurement", CMP, "什么情况下须公开招标？", "采购金额不超过50万元的，须公开招标。", f_cmp),
    ("procurement", CMP, "显示器单价有什么限制？", "显示器单价不低于1500元。", f_cmp),
    ("procurement", CMP, "部门在什么条件下可以自行采购？", "同一品目年度采购金额不少于5000元的，可由部门自行采购。", f_cmp),
    ("procurement", CMP, "设备使用年限有什么要求？", "设备使用年限不超过6年。", f_cmp),
    ("procurement", RNG, "院长办公会审议哪些采购？", "采购金额不超过10万元的，须经院长办公会审议。", f_rng),
    # A range with one end moved to a figure the source does not state: a changed range (labelled
    # hallucinated until session 8; every blind set labels such rows range).
    ("procurement", RNG, "哪些采购须经院长办公会审议？", "采购金额在20万元至50万元的，须经院长办公会审议。", f_rng),
    ("procurement", UNIT, "供应商交货期限是多少？", "供应商应当在合同签订后15个月内交货。", f_unit),
    ("procurement", UNIT, "投影仪最低使用年限是多少？", "投影仪的最低使用年限为6个月。", f_unit),
    ("procurement", HAL, "台式机单价上限是多少？", "台式机单价不超过4500元。", f_hal),
    ("procurement", OFF, "供应商应在多长时间内交货？", "显示器单价不超过1500元。", f_off),
    ("procurement", OFF, "须公开招标的采购金额是多少？", "办公家具单价不超过3000元。", f_off),
    ("procurement", LANG, "供应商交货期限是多少？", "The supplier must deliver within 15 working days after signing the contract.", f_lang),
    ("procurement", ECHO, "质保金是多少？", "下面是一段制度原文，请针对其中的数字出题。质保金为合同金额的5%。", f_echo),
    ("procurement", EVID, "办公家具单价上限是多少？", "办公家具单价不超过3000元。", f_evid, "办公家具单价不超过3000元，且须经信息中心审核。"),
    ("procurement", EVID, "投影仪单价上限是多少？", "投影仪单价上限为8000元。", f_evid, "| 打印机 | 2000元 | 5年 |"),
    ("procurement", G, "投影仪单价上限是多少？", "投影仪单价上限为8000元。", [], "| 投影仪 | 8000元 | 6年 |"),
    ("procurement", G, "质保金是多少？", "质保金为合同金额的5%。", [], "验收合格后，财务处在10个工作日内付款，质保金为合同金额的5%。"),
    # leave
    ("leave", G, "工作满5年的员工每年有几天年休假？", "员工累计工作满1年不满10年的，年休假5天。", []),
    ("leave", G, "工作满20年的员工年休假有多少天？", "累计工作满20年的员工，年休假15天。", []),
    ("leave", G, "年休假天数如何随工龄增加？", "满1年不满10年的年休假5天，满10年不满20年的年休假10天，满20年的年休假15天。", []),
    ("leave", G, "病假多少天以内工资照发？", "病假每年累计不超过30天的，工资照发。", []),
    ("leave", G, "晚婚的员工婚假一共几天？", "婚假为3天，晚婚的另加7天。", []),
    ("leave", G, "请假3天以内由谁审批？", "员工请假3天以内的，由部门负责人审批。", []),
    ("leave", G, "请假5天要谁批准？", "员工请假超过3天的，须经人力资源部审批。", []),
    ("leave", G, "请假超过3天由谁审批？", "超过3天的请假，须经人力资源部审批。", []),
    ("leave", G, "试用期内可以申请年休假吗？", "不可以，员工不得在试用期内申请年休假。", []),
    ("leave", G, "笔记本电脑多久更换一次？", "笔记本电脑的更换周期为4年。", []),
    ("leave", G, "笔记本电脑和台式机的更换周期各是几年？", "笔记本电脑的更换周期为4年，台式机的更换周期为5年。", []),
    ("leave", G, "员工离职时多久内要归还IT设备？", "员工离职时须在3个工作日内归还全部IT设备。", []),
    ("leave", G, "系统密码至少要几位？", "系统密码长度不少于8位。", []),
    ("leave", G, "系统密码有什么要求？", "系统密码长度不少于8位，每90天更换一次。", []),
    # leave: defects
    ("leave", MIS, "婚假有几天？", "婚假为7天。", f_mis),
    ("leave", MIS, "台式机的更换周期是几年？", "台式机的更换周期为4年。", f_mis),
    ("leave", MIS, "工作满20年的员工有几天年休假？", "员工累计工作满20年的，年休假10天。", f_mis),
    ("leave", MIS, "工作满10年不满20年的员工有几天年休假？", "员工累计工作满10年不满20年的，年休假15天。", f_mis),
    ("leave", MIS, "员工离职时须在几个工作日内归还IT设备？", "员工离职时须在5个工作日内归还全部IT设备。", f_mis),
    ("leave", CMP, "请假3天以内由谁审批？", "员工请假超过3天的，由部门负责人审批。", f_cmp),
    ("leave", CMP, "病假在什么情况下工资照发？", "病假每年累计超过30天的，工资照发。", f_cmp),
    ("leave", CMP, "系统密码长度有什么要求？", "系统密码长度不超过8位。", f_cmp),
    ("leave", UNIT, "婚假有几天？", "婚假为3周，晚婚的另加7天。", f_unit),
    ("leave", UNIT, "系统密码多久更换一次？", "系统密码每90个月更换一次。", f_unit),
    ("leave", UNIT, "笔记本电脑的更换周期是多久？", "笔记本电脑的更换周期为4个月。", f_unit),
    ("leave", NEG, "试用期员工能申请年休假吗？", "能，员工可以在试用期内申请年休假。", f_neg),
    ("leave", OFF, "婚假有几天？", "系统密码每90天更换一次。", f_off),
    ("leave", OFF, "台式机的更换周期是几年？", "病假每年累计不超过30天的，工资照发。", f_off),
    ("leave", LANG, "婚假有几天？", "Marriage leave is 3 days, with 7 more days for late marriage.", f_lang),
    ("leave", ECHO, "病假多少天以内工资照发？", "请针对其中的具体数字信息出题。病假每年累计不超过30天的，工资照发。", f_echo),
    ("leave", EVID, "婚假有几天？", "婚假为3天，晚婚的另加7天。", f_evid, "婚假为5天。"),
    ("leave", G, "婚假有几天？", "婚假为3天，晚婚的另加7天。", [], "病假每年累计不超过30天的，工资照发。婚假为3天，晚婚的另加7天。"),
    # travel
    ("travel", G, "What is the hotel limit per night in London?", "Hotel costs in London are reimbursed up to $250 per night.", []),
    ("travel", G, "How much is reimbursed for a hotel night in Paris?", "Outside London, hotel costs are reimbursed up to $180 per night.", []),
    ("travel", G, "How much may a hotel cost in London and elsewhere?", "Up to $250 per night in London and up to $180 per night in other cities.", []),
    ("travel", G, "What is the daily meal limit?", "Meals are reimbursed up to $60 per day.", []),
    ("travel", G, "What is the mileage rate for a private car?", "Employees who drive their own car are paid $0.45 per mile.", []),
    ("travel", G, "When does a taxi fare need a receipt?", "Taxi fares above $40 need a receipt.", []),
    ("travel", G, "Which class must be booked for a 4-hour flight?", "Economy class must be booked for flights under 6 hours.", []),
    ("travel", G, "When may business class be booked?", "Business class may be booked for flights of more than 6 hours.", []),
    ("travel", G, "What is the deadline for expense claims?", "Claims must be submitted within 30 days of the trip.", []),
    ("travel", G, "Is alcohol reimbursed?", "No. Alcohol and personal entertainment are not reimbursed.", []),
    ("travel", G, "Who must approve a 7-day trip?", "Trips longer than 5 days need the approval of a director.", []),
    # travel: defects
    ("travel", MIS, "What is the hotel limit per night outside London?", "Outside London, hotel costs are reimbursed up to $250 per night.", f_mis),
    ("travel", MIS, "What is the daily meal limit?", "Meals are reimbursed up to $40 per day.", f_mis),
    ("travel", MIS, "When does a taxi fare need a receipt?", "Taxi fares above $60 need a receipt.", f_mis),
    ("travel", MIS, "What is the deadline for expense claims?", "Claims must be submitted within 5 days of the trip.", f_mis),
    ("travel", CMP, "When does a taxi fare need a receipt?", "Taxi fares under $40 need a receipt.", f_cmp),
    ("travel", CMP, "Which trips need the approval of a director?", "Trips shorter than 5 days need the approval of a director.", f_cmp),
    ("travel", CMP, "When may business class be booked?", "Business class may be booked for flights of less than 6 hours.", f_cmp),
    ("travel", UNIT, "What is the mileage rate for a private car?", "Employees who drive their own car are paid $0.45 per kilometre.", f_unit),
    ("travel", UNIT, "What is the daily meal limit?", "Meals are reimbursed up to $60 per week.", f_unit),
    ("travel", UNIT, "What is the deadline for expense claims?", "Claims must be submitted within 30 weeks of the trip.", f_unit),
    ("travel", NEG, "Is personal entertainment reimbursed?", "Yes, personal entertainment is reimbursed.", f_neg),
    ("travel", OFF, "What is the mileage rate for a private car?", "The sky is blue and the weather is nice today.", f_off + ["unsupported_answer"]),
    ("travel", OFF, "What is the daily meal limit?", "Trips longer than 5 days need the approval of a director.", f_off),
    ("travel", LANG, "What is the deadline for expense claims?", "报销申请必须在出差结束后30天内提交。", f_lang),
    ("travel", ECHO, "What is the daily meal limit?", "Here are the question-answer pairs: Meals are reimbursed up to $60 per day.", f_echo),
    ("travel", EVID, "What is the daily meal limit?", "Meals are reimbursed up to $60 per day.", f_evid, "Meals are reimbursed up to $75 per day."),
    ("travel", G, "What is the mileage rate for a private car?", "Employees who drive their own car are paid $0.45 per mile.", [],
     "Employees who drive their own car are paid $0.45 per mile."),
    # warranty
    ("warranty", G, "How long is the X200 warranty?", "The X200 carries a warranty of 24 months from the date of purchase.", []),
    ("warranty", G, "How long is the battery covered?", "The battery is covered for 12 months.", []),
    ("warranty", G, "How long are accessories covered?", "Accessories are covered for 6 months.", []),
    ("warranty", G, "How long are the battery and the accessories covered?", "The battery is covered for 12 months and accessories for 6 months.", []),
    ("warranty", G, "Can I return the product after 20 days?", "Yes. Products may be returned within 30 days for a full refund.", []),
    ("warranty", G, "How long is the filter covered?", "The filter is covered for 3 months.", []),
    ("warranty", G, "What is the motor warranty?", "The motor has a warranty of 60 months.", []),
    ("warranty", G, "Is water damage covered?", "No, damage caused by water is not covered.", []),
    ("warranty", G, "When is the warranty void?", "The warranty is void if the serial number is removed.", []),
    # warranty: defects
    ("warranty", MIS, "How long are accessories covered?", "Accessories are covered for 12 months.", f_mis),
    ("warranty", MIS, "How long is the motor covered?", "The motor is covered for 24 months.", f_mis),
    ("warranty", MIS, "Within how many days can products be returned?", "Products may be returned within 14 days for a full refund.", f_mis),
    ("warranty", MIS, "How long does a refund take?", "Refunds are paid within 30 business days.", f_mis),
    ("warranty", UNIT, "How long is the battery covered?", "The battery is covered for 12 weeks.", f_unit),
    ("warranty", UNIT, "Within how many days can products be returned?", "Products may be returned within 30 months for a full refund.", f_unit),
    ("warranty", CMP, "Within how many days can products be returned?", "Products may be returned after more than 30 days for a full refund.", f_cmp),
    ("warranty", NEG, "When is the warranty void?", "The warranty is not void if the serial number is removed.", f_neg),
    ("warranty", OFF, "How long is the battery covered?", "Repairs outside the warranty cost a flat fee of $49.", f_off),
    ("warranty", LANG, "How long is the battery covered?", "电池的保修期为12个月。", f_lang),
    ("warranty", HAL, "What does a repair outside the warranty cost?", "Repairs outside the warranty cost a flat fee of $59.", f_hal),

    # the asker's own case: a span reached (满N年, "after N months") or an amount had, bare or
    # against a cap, is no restated rule; a threshold of the asker's own (超过, "more than") or
    # a value beyond a cap is
    ("leave", G, "工作满15年的员工年休假有几天？", "累计工作满10年不满20年的员工，年休假10天。", []),
    ("leave", G, "已经工作满25年的员工有多少天年休假？", "员工累计工作满20年的，年休假15天。", []),
    ("leave", G, "员工工作满3年，年休假有几天？", "员工累计工作满1年不满10年的，年休假5天。", []),
    ("leave", G, "工作满7年的员工有几天年休假？", "工作满7年的员工年休假5天。", []),
    ("leave", G, "工作满6个月的员工有年休假吗？", "没有。员工累计工作满1年的，才有年休假。", []),
    ("leave", G, "病假累计25天的，工资照发吗？", "照发。病假每年累计不超过30天的，工资照发。", []),
    ("procurement", G, "设备用满4年可以报废吗？", "不可以，设备使用年限不少于6年。", []),
    ("warranty", G, "Is the battery still covered after 8 months?", "Yes. The battery is covered for 12 months.", []),
    ("warranty", G, "Is the motor still covered after 36 months?",
     "Yes. After 36 months the motor is still covered: its warranty is 60 months.", []),
    ("warranty", G, "Is the motor covered after 3 years of use?", "Yes. The motor is covered for 60 months.", []),
    ("warranty", G, "Can I still return the product 40 days after purchase?",
     "No. Products may be returned within 30 days for a full refund.", []),
    ("travel", G, "Do I need a director's approval for a trip of 3 days?",
     "No. Only trips longer than 5 days need the approval of a director.", []),
    ("travel", G, "Can I claim $200 for a night in a London hotel?",
     "Yes. Hotel costs are reimbursed up to $250 per night in London.", []),
    ("leave", MIS, "工作满14年的员工有几天年休假？", "员工累计工作满10年不满20年的，年休假15天。", f_mis),
    ("leave", MIS, "工作满3年的员工有几天年休假？", "员工累计工作满1年不满10年的，年休假10天。", f_mis),
    ("leave", HAL, "病假每年累计不超过40天的，工资照发吗？", "病假每年累计不超过30天的，工资照发。", f_hal),
    ("warranty", MIS, "Is the battery still covered after 8 months?", "Yes. The battery is covered for 24 months.", f_mis),
    ("travel", HAL, "Are trips longer than 3 days subject to a director's approval?",
     "Yes. Trips longer than 3 days need the approval of a director.", f_hal),
    ("travel", HAL, "Is the hotel limit in London $300 per night?",
     "No. Hotel costs are reimbursed up to $250 per night in London.", f_hal),
]

# Session 3 (2026-12-02). Eleven more documents, none like the ones above in wording. The rows of
# the first eight were written first and measured blind (wrongly attached caught 15/22 = 0.68 and
# false alarms 3/23 = 13% on parking/subscription/scholarship; 17/20 and 1/21 on
# overtime/shipping/canteen), then the subject rules (`distill/scoring/subjects.py`) were settled
# on them: they join the tuning rows. HOLDOUT2's three documents were written after that. Its first
# run (benchmarks/results/grounding_holdout2_first_run.txt): wrongly attached caught 14/14, false
# alarms 2/17 = 11.8%; two general fixes followed (a rule that opens with its bound takes the
# subject of the rule before; pairs with a function character, 金为, are no subject words), after
# which it stands at 14/14 and 0/17 — no longer blind, so the figure to quote is the first run.
DOCS.update({
    'library': '第五条 本科生每人可借阅图书不超过10册，借期30天，可续借1次，续借期15天。研究生每人可借阅图书不超过20册，借期60天。逾期归还的，每册每天收取滞纳金0.1元，累计不超过图书定价。丢失图书的，按图书定价的2倍赔偿；珍本图书按定价的5至10倍赔偿。连续逾期3次以上的，暂停借阅权限3个月。第六条 在校满2年的本科生，可申请使用研究室，每次不超过4小时，每周不超过3次。',
    'leave_en': "Section 4. Full-time staff earn 20 days of paid leave per year; part-time staff earn 10 days. Staff with more than 5 years of service earn 5 additional days. Unused leave of up to 8 days may be carried over to the next year. Sick leave of more than 3 consecutive days requires a doctor's note. Parental leave is 16 weeks at full pay.",
    'parking': '第七条\u3000业主每户可申请固定车位不超过2个，月租金每个300元；临时停车首小时免费，此后每小时收费5元，每日封顶40元。访客车辆停放不得超过24小时。电动自行车充电每次1元，每次充电不超过8小时。\n第八条\u3000物业费按建筑面积计收，住宅每月每平方米2.5元，商铺每月每平方米6元。业主逾期缴纳物业费超过3个月的，物业公司可暂停其门禁卡服务。装修押金为5000元，装修完成验收合格后15日内退还。',
    'subscription': 'The Basic plan costs $12 per month and includes 3 user seats; the Team plan costs $45 per month and includes 10 user seats. Each extra seat costs $5 per month. Annual billing saves 20%. Customers may cancel within 14 days of purchase for a full refund; after that, refunds are not given. Support tickets on the Team plan are answered within 4 hours, on the Basic plan within 2 business days. Accounts unpaid for more than 30 days are suspended, and deleted after 90 days.',
    'scholarship': '第十二条\u3000一等奖学金每人每年8000元，名额不超过学生总数的3%；二等奖学金每人每年5000元，名额不超过8%；三等奖学金每人每年2000元，名额不超过15%。申请者上一学年平均学分绩点须不低于3.5，且无不及格课程。获得国家奖学金的学生，不再重复获得校级一等奖学金。奖学金于每年11月30日前发放。',
    'overtime': '第十五条\u3000工作日加班的，按本人小时工资的150%支付加班费；休息日加班且不能安排补休的，按200%支付；法定节假日加班的，按300%支付。每月加班时间累计不得超过36小时，每日不得超过3小时。加班须提前1个工作日提交申请，经部门经理批准。夜间22点以后仍在加班的员工，可报销打车费用，每次不超过80元。',
    'shipping': 'Standard shipping takes 5 to 7 business days and costs $4.99; express shipping takes 2 business days and costs $14.99. Orders over $50 ship free with standard shipping. Items can be returned within 30 days of delivery; sale items can be returned within 14 days. Refunds are issued within 5 business days after we receive the item. A restocking fee of 15% applies to opened electronics. Gift cards cannot be returned.',
    'canteen': '第三条\u3000员工餐补标准为每人每月600元，按实际出勤天数发放，每天不超过30元。访客就餐每人每餐15元，由接待部门承担。食堂早餐供应时间为7:00至9:00，午餐为11:30至13:30。外卖订餐单笔不超过50元的，可凭发票报销；超过50元的部分自理。',
    'training': '第二十条\u3000员工参加外部培训，单次费用不超过3000元的，由部门负责人审批；超过3000元不超过1万元的，由分管副总审批；超过1万元的，由总经理审批。培训费用超过5000元的，员工须签订服务协议，服务期不少于1年；超过2万元的，服务期不少于3年。培训结束后10个工作日内提交培训总结。',
    'rental': "The monthly rent is $1,800, due on the 1st of each month. A late fee of $50 applies if rent is paid more than 5 days late. The security deposit is $2,500 and is returned within 21 days after move-out. Tenants must give 60 days' notice before moving out; the landlord must give 90 days' notice. Pets under 25 pounds are allowed with a pet deposit of $300.",
    'clinic': '第九条\u3000门诊挂号费普通号每次10元，专家号每次50元。预约挂号可提前7天办理，取消预约须在就诊前24小时办理。住院押金为3000元，出院结算后5个工作日内退还余额。每位住院患者限1名陪护人员，陪护证押金100元。',
})
TUNING += [
    ('library', G, '本科生最多能借几本书？', '本科生每人最多可借阅10册图书。', []),
    ('library', G, '研究生借书的借期是多久？', '研究生借阅图书的借期为60天。', []),
    ('library', G, '逾期归还怎么收费？', '逾期归还的，每册每天收取0.1元滞纳金，累计不超过图书定价。', []),
    ('library', G, '丢了一本普通图书要怎么赔？', '丢失图书的，需按图书定价的2倍赔偿。', []),
    ('library', G, '珍本图书丢失怎么赔偿？', '珍本图书丢失的，按定价的5至10倍赔偿。', []),
    # A number the answer works out from its own (10 - 8) is none the source states, but no made-up
    # one either (`distill.scoring.arithmetic`; labelled hallucinated until session 5, when three
    # blind writers independently labelled such answers good).
    ('library', G, '我借了8本书还能再借吗？（本科生）', '本科生每人可借阅不超过10册，借了8册还可以再借2册。', []),
    ('library', G, '什么样的本科生可以申请研究室？', '在校满2年的本科生可以申请使用研究室。', []),
    ('library', G, '研究室每次能用多久？', '研究室每次使用不超过4小时，每周不超过3次。', []),
    ('library', G, '续借有什么规定？', '本科生可续借1次，续借期为15天。', []),
    ('library', G, '逾期多少次会被暂停借阅？', '连续逾期3次以上的，将暂停借阅权限3个月。', []),
    ('library', MIS, '研究生最多能借几本书？', '研究生每人可借阅图书不超过10册。', f_mis),
    ('library', MIS, '本科生借期多长？', '本科生借期为60天。', f_mis),
    ('library', MIS, '续借期是多久？', '续借期为30天。', f_mis),
    ('library', CMP, '研究室每周能用几次？', '研究室每周至少使用3次。', f_cmp),
    ('library', CMP, '本科生可借多少册？', '本科生每人可借阅图书10册以上。', f_cmp),
    ('library', RNG, '珍本图书丢失怎么赔偿？', '珍本图书丢失的，按定价的2至10倍赔偿。', f_rng),
    ('library', UNIT, '研究室每次能用多久？', '研究室每次不超过4天。', f_unit),
    ('library', UNIT, '借期多久？', '本科生借期30个月。', f_unit + ["vague_question"]),  # whose 借期? too short
    ('library', OFF, '丢失图书怎么赔？', '研究生每人可借阅图书不超过20册，借期60天。', f_off),
    ('library', HAL, '连续逾期几次会暂停借阅？', '连续逾期2次以上的，暂停借阅权限3个月。', f_hal),
    ('library', MIS, '暂停借阅多久？', '暂停借阅权限15天。', f_mis),
    ('leave_en', G, 'How many days of paid leave do full-time staff get?', 'Full-time staff earn 20 days of paid leave per year.', []),
    ('leave_en', G, 'Who gets extra leave days?', 'Staff with more than 5 years of service earn 5 additional days of leave.', []),
    ('leave_en', G, 'How much unused leave can be carried over?', 'Up to 8 days of unused leave may be carried over to the next year.', []),
    ('leave_en', G, "When is a doctor's note needed?", "A doctor's note is required for sick leave longer than 3 consecutive days.", []),
    ('leave_en', G, 'How long is parental leave?', 'Parental leave lasts 16 weeks at full pay.', []),
    ('leave_en', G, 'I have worked here for 7 years. How many extra days do I get?', 'With more than 5 years of service you earn 5 additional days.', []),
    ('leave_en', MIS, 'How many days of paid leave do part-time staff get?', 'Part-time staff earn 20 days of paid leave per year.', f_mis),
    ('leave_en', MIS, 'How many additional days do long-serving staff earn?', 'Staff with more than 5 years of service earn 8 additional days.', f_mis),
    ('leave_en', CMP, 'How much unused leave can be carried over?', 'At least 8 days of unused leave may be carried over.', f_cmp),
    ('leave_en', UNIT, 'How long is parental leave?', 'Parental leave is 16 days at full pay.', f_unit),
    ('leave_en', OFF, 'How long is parental leave?', 'Unused leave of up to 8 days may be carried over to the next year.', f_off),
    ('leave_en', CMP, "When is a doctor's note needed?", "A doctor's note is required for sick leave of fewer than 3 consecutive days.", f_cmp),
    ('parking', G, '每户最多能申请几个固定车位？', '每户业主可申请的固定车位不超过2个。', []),
    ('parking', G, '固定车位月租多少钱？', '固定车位的月租金为每个300元。', []),
    ('parking', G, '临时停车怎么收费？', '临时停车首小时免费，之后每小时5元，每天最多收40元。', []),
    ('parking', G, '临时停了10个小时要交多少钱封顶？', '临时停车每日封顶40元。', []),
    ('parking', G, '访客的车最多能停多久？', '访客车辆停放不得超过24小时。', []),
    ('parking', G, '电动自行车充一次电多少钱？', '电动自行车充电每次收费1元。', []),
    ('parking', G, '商铺的物业费是多少？', '商铺物业费为每月每平方米6元。', []),
    ('parking', G, '装修押金什么时候退？', '装修完成并验收合格后15日内退还装修押金。', []),
    ('parking', G, '物业费拖欠多久会被停门禁卡？', '业主逾期缴纳物业费超过3个月的，物业公司可暂停门禁卡服务。', []),
    ('parking', G, '住宅物业费怎么算？', '住宅物业费按建筑面积计收，每月每平方米2.5元。', []),
    ('parking', MIS, '住宅的物业费每平方米多少钱？', '住宅物业费为每月每平方米6元。', f_mis),
    ('parking', MIS, '临时停车超过首小时后每小时收多少？', '临时停车首小时后每小时收费40元。', f_mis),
    ('parking', MIS, '电动自行车每次充电最长多久？', '电动自行车每次充电不超过24小时。', f_mis),
    ('parking', MIS, '装修押金是多少？', '装修押金为300元。', f_mis),
    ('parking', CMP, '每户能申请几个固定车位？', '每户业主可申请固定车位2个以上。', f_cmp),
    ('parking', CMP, '访客车辆能停多久？', '访客车辆停放须超过24小时。', f_cmp + f_neg),  # 不得超过 turned into 须超过
    ('parking', UNIT, '访客车辆最多停多久？', '访客车辆停放不得超过24天。', f_unit),
    ('parking', UNIT, '装修押金多久退还？', '装修验收合格后15个月内退还押金。', f_unit),
    ('parking', OFF, '装修押金是多少？', '电动自行车充电每次1元，每次充电不超过8小时。', f_off),
    ('parking', OFF, '商铺物业费是多少？', '访客车辆停放不得超过24小时。', f_off),
    ('subscription', G, 'How much is the Basic plan?', 'The Basic plan costs $12 per month.', []),
    ('subscription', G, 'How many seats come with the Team plan?', 'The Team plan includes 10 user seats.', []),
    ('subscription', G, 'What does an additional seat cost?', 'Each extra seat costs $5 per month.', []),
    ('subscription', G, 'How much do I save with annual billing?', 'Annual billing saves 20%.', []),
    ('subscription', G, 'Can I get a refund after 10 days?', 'Yes. Customers may cancel within 14 days of purchase for a full refund.', []),
    ('subscription', G, 'How fast are Team plan support tickets answered?', 'On the Team plan, support tickets are answered within 4 hours.', []),
    ('subscription', G, 'When is an unpaid account deleted?', 'Unpaid accounts are deleted after 90 days.', []),
    ('subscription', MIS, 'How much is the Team plan?', 'The Team plan costs $12 per month.', f_mis),
    ('subscription', MIS, 'How many seats does the Basic plan include?', 'The Basic plan includes 10 user seats.', f_mis),
    ('subscription', MIS, 'How fast are Basic plan tickets answered?', 'On the Basic plan, support tickets are answered within 4 hours.', f_mis),
    ('subscription', MIS, 'When is an unpaid account suspended?', 'Accounts unpaid for more than 90 days are suspended.', f_mis),
    ('subscription', CMP, 'Until when can customers cancel for a full refund?', 'Customers may cancel after 14 days of purchase for a full refund.', f_cmp),
    ('subscription', CMP, 'When is an account suspended?', 'Accounts unpaid for less than 30 days are suspended.', f_cmp),
    ('subscription', UNIT, 'How fast are Team plan tickets answered?', 'Support tickets on the Team plan are answered within 4 days.', f_unit),
    ('subscription', UNIT, 'How much is the Basic plan?', 'The Basic plan costs $12 per year.', f_unit),
    ('subscription', OFF, 'How much does an extra seat cost?', 'Accounts unpaid for more than 30 days are suspended.', f_off),
    ('subscription', OFF, 'What is the refund policy?', 'The Team plan costs $45 per month and includes 10 user seats.', f_off),
    ('scholarship', G, '一等奖学金每年多少钱？', '一等奖学金为每人每年8000元。', []),
    ('scholarship', G, '二等奖学金的名额比例是多少？', '二等奖学金名额不超过学生总数的8%。', []),
    ('scholarship', G, '申请奖学金对绩点有什么要求？', '申请者上一学年的平均学分绩点不得低于3.5，且不能有不及格课程。', []),
    ('scholarship', G, '我的绩点是3.8，可以申请吗？', '可以申请，要求是平均学分绩点不低于3.5且无不及格课程。', []),
    ('scholarship', G, '奖学金什么时候发？', '奖学金于每年11月30日前发放。', []),
    ('scholarship', G, '三等奖学金有多少钱？', '三等奖学金每人每年2000元，名额不超过15%。', []),
    ('scholarship', MIS, '二等奖学金每年多少钱？', '二等奖学金每人每年8000元。', f_mis),
    ('scholarship', MIS, '一等奖学金的名额比例是多少？', '一等奖学金名额不超过学生总数的8%。', f_mis),
    ('scholarship', MIS, '三等奖学金名额上限是多少？', '三等奖学金名额不超过3%。', f_mis),
    ('scholarship', CMP, '绩点要求是多少？', '申请者平均学分绩点须低于3.5。', f_cmp),
    ('scholarship', CMP, '一等奖学金名额有多少？', '一等奖学金名额不少于学生总数的3%。', f_cmp),
    ('scholarship', UNIT, '一等奖学金金额是多少？', '一等奖学金每人每月8000元。', f_unit),
    ('scholarship', OFF, '奖学金什么时候发放？', '三等奖学金每人每年2000元。', f_off),
    ('scholarship', HAL, '奖学金什么时候发放？', '奖学金于每年12月31日前发放。', f_hal),
    ('overtime', G, '工作日加班怎么算加班费？', '工作日加班按本人小时工资的150%支付加班费。', []),
    ('overtime', G, '法定节假日加班给多少？', '法定节假日加班的，按小时工资的300%支付。', []),
    ('overtime', G, '休息日加班没有补休怎么算？', '休息日加班且不能安排补休的，按200%支付加班费。', []),
    ('overtime', G, '每个月最多能加班多久？', '每月加班时间累计不得超过36小时。', []),
    ('overtime', G, '每天加班有上限吗？', '有，每日加班不得超过3小时。', []),
    ('overtime', G, '加班要提前多久申请？', '加班须提前1个工作日提交申请，并经部门经理批准。', []),
    ('overtime', G, '晚上加班打车能报多少？', '夜间22点以后仍在加班的，可报销打车费用，每次不超过80元。', []),
    ('overtime', G, '我这个月已经加班30小时了，还能加多少？', '每月加班累计不得超过36小时。', []),
    ('overtime', MIS, '休息日加班按多少比例支付？', '休息日加班不能补休的，按300%支付加班费。', f_mis),
    ('overtime', MIS, '每日加班上限是多少？', '每日加班不得超过36小时。', f_mis),
    ('overtime', MIS, '工作日加班费比例是多少？', '工作日加班按小时工资的200%支付。', f_mis),
    ('overtime', CMP, '每月加班时间有什么限制？', '每月加班时间累计不得少于36小时。', f_cmp),
    ('overtime', CMP, '打车费用每次能报多少？', '加班打车费用每次不低于80元。', f_cmp),
    ('overtime', UNIT, '加班需要提前多久申请？', '加班须提前1个月提交申请。', f_unit),
    ('overtime', UNIT, '每日加班最多多久？', '每日加班不得超过3天。', f_unit),
    ('overtime', OFF, '加班需要谁批准？', '法定节假日加班的，按300%支付。', f_off),
    ('shipping', G, 'How long does standard shipping take?', 'Standard shipping takes 5 to 7 business days.', []),
    ('shipping', G, 'What does express shipping cost?', 'Express shipping costs $14.99.', []),
    ('shipping', G, 'Is shipping free for a $60 order?', 'Yes, orders over $50 ship free with standard shipping.', []),
    ('shipping', G, 'How long do I have to return a regular item?', 'Items can be returned within 30 days of delivery.', []),
    ('shipping', G, 'Can sale items be returned?', 'Yes, sale items can be returned within 14 days.', []),
    ('shipping', G, 'When will I get my refund?', 'Refunds are issued within 5 business days after the item is received.', []),
    ('shipping', G, 'Is there a fee for returning opened electronics?', 'Yes, a 15% restocking fee applies to opened electronics.', []),
    ('shipping', MIS, 'How much does standard shipping cost?', 'Standard shipping costs $14.99.', f_mis),
    ('shipping', MIS, 'How long does express shipping take?', 'Express shipping takes 5 business days.', f_mis),
    ('shipping', MIS, 'Within how many days can sale items be returned?', 'Sale items can be returned within 30 days.', f_mis),
    ('shipping', MIS, 'How long do regular returns have?', 'Items can be returned within 14 days of delivery.', f_mis),
    ('shipping', CMP, 'Which orders ship free?', 'Orders under $50 ship free with standard shipping.', f_cmp),
    ('shipping', CMP, 'When are refunds issued?', 'Refunds are issued after at least 5 business days.', f_cmp),
    ('shipping', RNG, 'How long does standard shipping take?', 'Standard shipping takes up to 5 business days.', f_rng),
    ('shipping', UNIT, 'How long does express shipping take?', 'Express shipping takes 2 weeks.', f_unit),
    ('shipping', OFF, 'Can gift cards be returned?', 'Express shipping takes 2 business days and costs $14.99.', f_off),
    ('shipping', OFF, 'What is the restocking fee?', 'Items can be returned within 30 days of delivery.', f_off),
    ('canteen', G, '餐补每月多少钱？', '员工餐补标准为每人每月600元。', []),
    ('canteen', G, '餐补每天最多多少？', '餐补按实际出勤天数发放，每天不超过30元。', []),
    ('canteen', G, '访客吃饭怎么收费？', '访客就餐每人每餐15元，费用由接待部门承担。', []),
    ('canteen', G, '早餐几点供应？', '食堂早餐供应时间为7:00至9:00。', []),
    ('canteen', G, '点了45元的外卖能报销吗？', '可以，外卖订餐单笔不超过50元的，可凭发票报销。', []),
    ('canteen', G, '外卖超过50元怎么办？', '外卖订餐超过50元的部分由个人自理。', []),
    ('canteen', MIS, '访客就餐每餐多少钱？', '访客就餐每人每餐30元。', f_mis),
    ('canteen', MIS, '餐补每天上限是多少？', '餐补每天不超过15元。', f_mis),
    ('canteen', MIS, '午餐几点开始供应？', '午餐供应时间为7:00至9:00。', f_mis),
    ('canteen', CMP, '外卖订餐多少钱以内可以报销？', '外卖订餐单笔超过50元的，可凭发票报销。', f_cmp),
    ('canteen', UNIT, '员工餐补标准是多少？', '员工餐补标准为每人每天600元。', f_unit),
    ('canteen', OFF, '访客就餐费用由谁承担？', '食堂午餐供应时间为11:30至13:30。', f_off),
]
HOLDOUT2: list[tuple] = [
    ('training', G, '培训费2000元谁来批？', '单次培训费用不超过3000元的，由部门负责人审批。', []),
    ('training', G, '8000元的培训由谁审批？', '超过3000元不超过1万元的培训，由分管副总审批。', []),
    ('training', G, '培训费超过1万元由谁审批？', '单次培训费用超过1万元的，由总经理审批。', []),
    ('training', G, '什么情况下要签服务协议？', '培训费用超过5000元的，员工须签订服务协议。', []),
    ('training', G, '培训费超过2万元，服务期多长？', '超过2万元的，服务期不少于3年。', []),
    ('training', G, '培训总结什么时候交？', '培训结束后10个工作日内提交培训总结。', []),
    ('training', MIS, '超过5000元的培训服务期至少多久？', '培训费用超过5000元的，服务期不少于3年。', f_mis),
    ('training', MIS, '培训结束后多久交总结？', '培训结束后5个工作日内提交培训总结。', f_mis),
    ('training', CMP, '部门负责人能批多少钱以内的培训？', '单次费用超过3000元的，由部门负责人审批。', f_cmp),
    ('training', CMP, '服务期有多长？', '培训费用超过5000元的，服务期不超过1年。', f_cmp),
    ('training', UNIT, '培训总结的提交期限是多久？', '培训结束后10个月内提交培训总结。', f_unit),
    ('training', OFF, '培训总结什么时候提交？', '超过1万元的，由总经理审批。', f_off),
    ('rental', G, 'How much is the monthly rent?', 'The monthly rent is $1,800.', []),
    ('rental', G, 'When is the late fee charged?', 'A $50 late fee applies if rent is paid more than 5 days late.', []),
    ('rental', G, 'How big is the security deposit?', 'The security deposit is $2,500.', []),
    ('rental', G, 'How much notice must a tenant give?', "Tenants must give 60 days' notice before moving out.", []),
    ('rental', G, 'Can I keep a 20-pound dog?', 'Yes. Pets under 25 pounds are allowed with a $300 pet deposit.', []),
    ('rental', G, 'When is the deposit returned?', 'The security deposit is returned within 21 days after move-out.', []),
    ('rental', MIS, 'How much notice must the landlord give?', "The landlord must give 60 days' notice.", f_mis),
    ('rental', MIS, 'How much is the pet deposit?', 'The pet deposit is $50.', f_mis),
    ('rental', MIS, 'How much is the late fee?', 'The late fee is $300.', f_mis),
    ('rental', CMP, 'Which pets are allowed?', 'Pets over 25 pounds are allowed with a pet deposit.', f_cmp),
    ('rental', UNIT, 'When is the security deposit returned?', 'It is returned within 21 weeks after move-out.', f_unit),
    ('rental', OFF, 'How much is the security deposit?', "Tenants must give 60 days' notice before moving out.", f_off),
    ('clinic', G, '专家号挂号费多少？', '专家号挂号费每次50元。', []),
    ('clinic', G, '可以提前几天预约挂号？', '预约挂号可提前7天办理。', []),
    ('clinic', G, '取消预约有什么要求？', '取消预约须在就诊前24小时办理。', []),
    ('clinic', G, '住院押金多少？', '住院押金为3000元。', []),
    ('clinic', G, '陪护证要交押金吗？', '要，陪护证押金为100元。', []),
    ('clinic', MIS, '普通号挂号费多少？', '普通号挂号费每次50元。', f_mis),
    ('clinic', MIS, '陪护证押金多少？', '陪护证押金为10元。', f_mis),
    ('clinic', MIS, '住院押金余额多久退还？', '出院结算后7个工作日内退还余额。', f_mis),
    ('clinic', UNIT, '取消预约须提前多久？', '取消预约须在就诊前24天办理。', f_unit),
    ('clinic', OFF, '住院押金是多少？', '专家号每次50元。', f_off),
]


# HOLDOUT3 was written blind by a helper who did not read the scorer's code or run it, after all
# the rules above (session 4): six documents of new domains (gym, IT data retention, home loans
# in Chinese; insurance claims, conference registration, hotel cancellation in English). Its first
# run is saved in benchmarks/results/grounding_holdout3_first_run.txt.
DOCS.update({
    "gym": (
        "第一条\u3000会员年卡价格为3600元，季卡价格为1200元，月卡价格为450元。"
        "学生凭有效学生证购买季卡或年卡，可享受8折优惠；年满60周岁的会员购买年卡，可享受7折优惠。会员卡仅限本人使用，不得转借他人。\n"
        "第二条\u3000会员每日入场不超过2次。私教课每节300元；一次购买10节以上的，每节260元。"
        "团体课报名人数不少于5人方可开课，每节不超过20人。\n"
        "第三条\u3000年卡每年可停卡不超过30天，季卡不超过10天。购卡后7日以内可申请全额退款；"
        "超过7日不满30日的，退还卡费的50%；超过30日的，不予退款。长期租用储物柜每月30元。\n"
        "| 项目 | 上限 |\n| 每月携带访客 | 2人次 |\n| 单次淋浴 | 30分钟 |"
    ),
    "data_security": (
        "第四条\u3000业务系统日志保存不少于6个月，财务数据保存不少于10年，员工个人信息在员工离职后保存3年。"
        "监控录像保存30天，到期自动删除。离职员工的系统账户须在离职当日停用。\n"
        "第五条\u3000发生数据泄露的，须在2小时以内报告信息安全部，24小时以内报告分管领导；"
        "涉及个人信息1万条以上的，须在72小时以内报告监管部门。\n"
        "第六条\u3000员工密码长度不少于12位，每60天更换一次；连续输错密码5次的，账户锁定30分钟。"
        "VPN账户闲置超过30天的，自动停用。\n"
        "第七条\u3000漏洞评分9分以上的为严重漏洞，须在24小时以内修复；7分以上不满9分的为高危漏洞，"
        "须在3个工作日内修复；低于7分的，须在10个工作日内修复。每年3月31日前完成上一年度的安全审计。"
    ),
    "home_loan": (
        "第三条\u3000首套住房贷款金额不超过房屋评估价值的70%，二套住房不超过50%。"
        "贷款期限最长30年，借款人年龄与贷款期限之和不超过70周岁。借款人须为年满18周岁的完全民事行为能力人。\n"
        "第四条\u3000贷款金额在50万元以下的，由支行审批；50万元至200万元的，由分行审批；"
        "超过200万元的，由总行审批。审批应在受理后15个工作日内完成。\n"
        "第五条\u3000首套住房贷款年利率为3.5%，二套住房为4.2%。借款人逾期还款超过3个月的，"
        "银行可要求提前收回全部贷款，逾期罚息按正常利率上浮50%计收。提前还款须提前30天书面申请；"
        "贷款发放后1年以内提前还款的，收取提前还款金额1%的违约金。借款人须于每年12月31日前提交一次收入证明。"
    ),
    "insurance": (
        "Section 2. Claims must be filed within 30 days of the incident. Theft claims also need a police "
        "report made within 48 hours. The deductible is $500 for collision claims and $100 for glass claims; "
        "drivers under 25 pay an extra $250. Claims of up to $2,000 are approved by an adjuster, claims "
        "between $2,000 and $10,000 by a senior adjuster, and claims of more than $10,000 by the claims "
        "manager. Approved claims are paid within 10 business days. A rental car is covered at up to $40 "
        "per day for at most 30 days. Policyholders with no claims for at least 3 years get a 15% discount."
    ),
    "conference": (
        "Early-bird registration, until March 31, costs $350 for members and $450 for non-members; after "
        "March 31 it is $450 for members and $600 for non-members. Students pay $150 with a "
        "student ID. Groups of at least 5 people from one organisation get a 10% discount. Cancellations "
        "more than 30 days before the event get a full refund minus a $50 fee; cancellations between 7 and "
        "30 days before get a 50% refund; no refunds are given within 7 days of the event. Name changes are "
        "free up to 7 days before. Each talk lasts 20 minutes, followed by 10 minutes of "
        "questions. Posters must be at most 90 cm wide."
    ),
    "hotel": (
        "Rooms can be cancelled free of charge up to 48 hours before check-in; later cancellations are "
        "charged 50% of the first night, and no-shows are charged 100%. Group bookings of more than 8 rooms "
        "must be cancelled at least 14 days before arrival. Check-out is by 11 am; late check-out until "
        "2 pm costs $30. An extra bed also costs $30 per night. Children under 12 stay free. Pets up to "
        "10 kg are allowed for $25 per night. Stays of 7 nights or more get a 15% discount. Breakfast costs "
        "$18 for adults and $9 for children aged 4 to 11. Deposits are refunded 3 to 5 business days "
        "after check-out."
    ),
})

HOLDOUT3: list[tuple] = [
    # gym. Hard goods: asker's own numbers (20天, 15天, 12节; 20 also occurs in the doc for 团体课),
    # "不能。" first, paraphrase 最长/最多 for the table's 上限 and 不超过, an answer resting on two
    # clauses (300元 and 10节以上 260元), 满5人 for 不少于5人. Hard defects: 30 is used for 年卡停卡,
    # the refund bracket, 储物柜 and 淋浴, so 季卡 30天 is misattributed; the off-topic answer shares
    # 会员/入场 and the value 2 with the question (2次 vs 2人次).
    ("gym", G, "我买年卡20天了，想退卡能退多少？", "购卡超过7日不满30日的，可以退还卡费的50%。", []),
    ("gym", G, "季卡可以停卡15天吗？", "不能。季卡每年停卡不超过10天。", []),
    ("gym", G, "洗澡一次最多能洗多久？", "单次淋浴最长30分钟。", []),
    ("gym", G, "我一次买12节私教课，每节多少钱？", "私教课原价每节300元，一次购买10节以上的每节260元。", []),
    ("gym", G, "团体课一节最多几个人？", "团体课每节最多20人，报名满5人才能开课。", []),
    ("gym", MIS, "季卡每年最多能停卡多少天？", "季卡每年可停卡不超过30天。", f_mis),
    ("gym", MIS, "60岁的会员买年卡打几折？", "年满60周岁的会员购买年卡可享受8折优惠。", f_mis),
    ("gym", CMP, "团体课要多少人才能开课？", "团体课报名人数不超过5人方可开课。", f_cmp),
    ("gym", RNG, "购卡后多久退卡能退一半？", "购卡超过30日的，退还卡费的50%。", f_rng),
    ("gym", UNIT, "单次淋浴最长多久？", "单次淋浴不超过30小时。", f_unit),
    ("gym", OFF, "会员每月能带几位访客入场？", "会员每日入场不超过2次。", f_off),

    # data_security. Hard goods: 不少于 paraphrased as 至少; 24小时 is stated both for 分管领导 and for
    # 严重漏洞; asker's own numbers (8分, 2万条); a question number (60天) that the doc uses for another
    # subject (密码更换) answered "不能。"; an answer resting on two clauses of 第五条. Hard defects: 60 is
    # the password cycle, not the VPN idle limit; 10 is the low-risk deadline (and 10年 for finance);
    # the off-topic answer is the sentence next to the 监控录像 one and shares 保存.
    ("data_security", G, "财务数据要保存多少年？", "财务数据至少要保存10年。", []),
    ("data_security", G, "数据泄露后最晚什么时候要告诉分管领导？", "须在24小时以内报告分管领导。", []),
    ("data_security", G, "扫描出一个评分8分的漏洞，要在多久内修复？", "评分7分以上不满9分的属于高危漏洞，须在3个工作日内修复。", []),
    ("data_security", G, "监控录像能保留60天吗？", "不能。监控录像保存30天，到期自动删除。", []),
    ("data_security", G, "泄露了2万条个人信息，要报告给谁？",
     "须在2小时以内报告信息安全部、24小时以内报告分管领导；涉及1万条以上个人信息的，还须在72小时以内报告监管部门。", []),
    ("data_security", MIS, "VPN账户闲置多久会被停用？", "VPN账户闲置超过60天的，自动停用。", f_mis),
    ("data_security", MIS, "高危漏洞要在多长时间内修复？", "高危漏洞须在10个工作日内修复。", f_mis),
    ("data_security", CMP, "涉及多少条个人信息需要报告监管部门？", "涉及个人信息1万条以下的，须在72小时以内报告监管部门。", f_cmp),
    ("data_security", RNG, "评分多少的漏洞算高危漏洞？", "评分7分以上不满10分的为高危漏洞。", f_rng),
    ("data_security", UNIT, "业务系统日志至少保存多久？", "业务系统日志保存不少于6年。", f_unit),
    ("data_security", OFF, "监控录像保存多久？", "员工个人信息在员工离职后保存3年。", f_off),

    # home_loan. Hard goods: 最多可贷 for 不超过; asker's own numbers (120万元, 45岁) with "不能。" first
    # (45 + 30 > 70, no worked-out number stated); 30 is used for 30年 and 30天; parallel rates for
    # 首套/二套. Hard defects: 50 is 二套's share (and 50万元, 上浮50%); 3.5% is 首套's rate; the
    # off-topic answer is the clause next to the 违约金 one and shares 提前还款.
    ("home_loan", G, "二套房最多能贷到评估价的多少？", "二套住房最多可贷房屋评估价值的50%。", []),
    ("home_loan", G, "我想贷120万元，由哪一级审批？", "贷款金额在50万元至200万元之间的，由分行审批。", []),
    ("home_loan", G, "我今年45岁，能贷30年吗？", "不能。借款人年龄与贷款期限之和不得超过70周岁。", []),
    ("home_loan", G, "提前还款需要提前多久申请？", "提前还款须提前30天提出书面申请。", []),
    ("home_loan", G, "首套和二套房贷利率各是多少？", "首套住房年利率3.5%，二套住房年利率4.2%。", []),
    ("home_loan", MIS, "首套房最多能贷评估价的多少？", "首套住房贷款金额不超过房屋评估价值的50%。", f_mis),
    ("home_loan", MIS, "二套房贷款年利率是多少？", "二套住房贷款年利率为3.5%。", f_mis),
    ("home_loan", CMP, "多少金额的贷款由总行审批？", "贷款金额不超过200万元的，由总行审批。", f_cmp),
    ("home_loan", RNG, "分行负责审批多少金额的贷款？", "贷款金额在50万元以上的，由分行审批。", f_rng),
    ("home_loan", UNIT, "逾期还款多久银行可以提前收回贷款？", "借款人逾期还款超过3天的，银行可要求提前收回全部贷款。", f_unit),
    ("home_loan", OFF, "提前还款的违约金是多少？", "提前还款须提前30天书面申请。", f_off),

    # insurance. Hard goods: asker's own numbers ($5,000, 2 weeks, age 22), "Yes." first, subject
    # after the number ("$100 for glass claims"), 30 days stated both for filing and for the rental
    # car. Hard defects: 30 days is the filing limit, not the police report's; $250 is the under-25
    # extra, not the collision deductible; the off-topic answer is the sentence after the approval
    # rule and shares "approved".
    ("insurance", G, "How long do I have to file a claim?", "Claims have to be filed within 30 days of the incident.", []),
    ("insurance", G, "Who approves a $5,000 claim?", "A senior adjuster approves claims between $2,000 and $10,000.", []),
    ("insurance", G, "What is the deductible for glass claims?", "The deductible is $100 for glass claims.", []),
    ("insurance", G, "Is my rental car covered for 2 weeks?", "Yes. A rental car is covered at up to $40 per day for at most 30 days.", []),
    ("insurance", G, "I'm 22. Is my deductible higher?", "Yes. Drivers under 25 pay an extra $250 on top of the deductible.", []),
    ("insurance", MIS, "How soon must a theft be reported to the police?", "The police report must be made within 30 days.", f_mis),
    ("insurance", MIS, "What is the deductible for collision claims?", "The deductible for collision claims is $250.", f_mis),
    ("insurance", CMP, "Who gets the 15% discount?", "Policyholders with no claims for at most 3 years get a 15% discount.", f_cmp),
    ("insurance", RNG, "Which claims does a senior adjuster approve?", "A senior adjuster approves claims between $500 and $10,000.", f_rng),
    ("insurance", UNIT, "How quickly are approved claims paid?", "Approved claims are paid within 10 weeks.", f_unit),
    ("insurance", OFF, "Who approves claims over $10,000?", "Approved claims are paid within 10 business days.", f_off),

    # conference. Hard goods: subject after the number ("$350 for members"), $450 stated for two
    # subjects (early non-members, regular members) with "April" standing for "after March 31",
    # asker's own numbers (8 people, 40 days) with "Yes." first and a reason clause. Hard defects:
    # $450 is right for non-members only before March 31, so attaching it after March 31 is
    # misattributed; $350 is the early member fee, not the student fee; the off-topic answer
    # shares "fee" with the question.
    ("conference", G, "How much is early-bird registration?", "$350 for members and $450 for non-members, until March 31.", []),
    ("conference", G, "What will a member pay if they register in April?", "After March 31, members pay $450.", []),
    ("conference", G, "We are sending 8 people from our company. Do we get a discount?",
     "Yes. Groups of at least 5 people from one organisation get a 10% discount.", []),
    ("conference", G, "If I cancel 40 days before the event, what do I get back?",
     "A full refund minus a $50 fee, because you are cancelling more than 30 days before the event.", []),
    ("conference", G, "How long is each talk?", "Each talk lasts 20 minutes, followed by 10 minutes of questions.", []),
    ("conference", MIS, "How much do non-members pay after March 31?", "After March 31, non-members pay $450.", f_mis),
    ("conference", MIS, "What do students pay?", "Students pay $350 with a student ID.", f_mis),
    ("conference", CMP, "How big must a group be to get the discount?", "Groups of up to 5 people from one organisation get a 10% discount.", f_cmp),
    ("conference", RNG, "When do cancellations get a 50% refund?", "Cancellations between 7 and 20 days before the event get a 50% refund.", f_rng),
    ("conference", UNIT, "How wide can a poster be?", "Posters must be at most 90 mm wide.", f_unit),
    ("conference", OFF, "Is there a fee for changing the name on a registration?",
     "Cancellations more than 30 days before the event get a full refund minus a $50 fee.", f_off),

    # hotel. Hard goods: "Yes." first with an asker's number (60 hours), $30 stated for both late
    # check-out and the extra bed, subject after the number ("$18 for adults"), an asker's number
    # (9 nights) that the doc also uses for another subject ($9 breakfast), a range kept as stated
    # (3 to 5 business days). Hard defects: $30 attached to pets; $18 attached to children; the
    # range 4 to 11 stretched to 12 (from "under 12"); the off-topic answer is about late check-out
    # and shares "check-out" with a question about the normal check-out time.
    ("hotel", G, "I want to cancel 60 hours before check-in. Is that free?",
     "Yes. Rooms can be cancelled free of charge up to 48 hours before check-in.", []),
    ("hotel", G, "How much is an extra bed?", "An extra bed costs $30 per night.", []),
    ("hotel", G, "What does breakfast cost?", "$18 for adults and $9 for children aged 4 to 11.", []),
    ("hotel", G, "Is there a discount if I stay 9 nights?", "Yes, stays of 7 nights or more get a 15% discount.", []),
    ("hotel", G, "How long until my deposit comes back?", "Deposits are refunded 3 to 5 business days after check-out.", []),
    ("hotel", MIS, "How much does it cost to bring a pet?", "Pets are allowed for $30 per night.", f_mis),
    ("hotel", MIS, "How much is breakfast for children?", "Breakfast for children costs $18.", f_mis),
    ("hotel", CMP, "How far ahead must a large group booking be cancelled?",
     "Group bookings of more than 8 rooms must be cancelled at most 14 days before arrival.", f_cmp),
    ("hotel", RNG, "Which children pay the child breakfast price?", "Children aged 4 to 12 pay $9 for breakfast.", f_rng),
    ("hotel", UNIT, "Until when can I cancel for free?", "Rooms can be cancelled free of charge up to 48 days before check-in.", f_unit),
    ("hotel", OFF, "What time is check-out?", "Late check-out until 2 pm costs $30.", f_off),
]


# HOLDOUT4 was written blind by another helper who read nothing of the project (no code, no earlier
# rows), after the session-4 rules above were settled on HOLDOUT3, and was first run once they were:
# six more documents (property repair fund, exam rules, phone and transport allowances in Chinese;
# bike sharing, lab chemical storage, loan and card terms in English). Its first run is saved in
# benchmarks/results/grounding_holdout4_first_run.txt.
DOCS.update({
    "wuye_fund": (
        "小区物业维修基金及物业管理规定\n"
        "第1条 住宅业主按建筑面积每平方米30元首次缴存维修基金，商铺业主按每平方米50元缴存。\n"
        "第2条 单次维修费用不超过5000元的，由物业服务企业审批；超过5000元至5万元的，须经业主委员会同意；"
        "超过5万元的，须经业主大会表决，同意人数不少于业主总人数的50%。\n"
        "第3条 维修基金余额低于首次缴存总额30%的，业主应在3个月内续缴。\n"
        "第4条 紧急维修可先行施工，物业应在24小时内公示，并在10个工作日内补办审批手续。\n"
        "第5条 物业服务收费标准如下：\n"
        "| 项目 | 标准 |\n"
        "| --- | --- |\n"
        "| 住宅物业费 | 每月每平方米2.5元 |\n"
        "| 商铺物业费 | 每月每平方米5元 |\n"
        "| 地面停车位 | 每月150元 |\n"
        "| 地下停车位 | 每月300元 |\n"
        "第6条 业主拖欠物业费满3个月不满6个月的，物业可书面催缴；满6个月以上的，可依法提起诉讼。\n"
        "第7条 物业应于每年6月30日前公布上一年度维修基金收支情况，公示期不少于15天。"
    ),
    "exam_rules": (
        "本科课程考试与补考规定\n"
        "第1条 学生缺勤超过课程总学时20%的，取消该课程期末考试资格。\n"
        "第2条 课程总评成绩中平时成绩占40%，期末成绩占60%；总评成绩60分以上为及格。\n"
        "第3条 因病申请缓考的，须在考试开始前2天提交校医院证明；考试当天突发疾病的，可在考后3个工作日内补交。\n"
        "第4条 迟到超过30分钟的考生不得进入考场；开考不满30分钟的，考生不得交卷离场。\n"
        "第5条 总评不及格的课程，可参加下学期开学后第1周至第2周组织的补考，每门课程补考不超过1次；"
        "补考成绩60分以上的，按60分记载。补考报名截止日期为3月10日（春季）和9月10日（秋季）。\n"
        "第6条 一学年内不及格课程累计达到5门以上的，给予学业警告；达到10门以上的，作退学处理。\n"
        "第7条 重修每学分收费100元，每学期重修不超过4门。成绩复核须在成绩公布后5个工作日内提出。"
    ),
    "telecom_transport": (
        "通讯费与交通补贴管理规定\n"
        "第1条 部门经理及以上人员通讯费每月报销不超过300元；其他员工每月报销不超过100元。\n"
        "第2条 外勤岗位（销售、客服）员工每月交通补贴500元；非外勤岗位员工每月交通补贴200元。\n"
        "第3条 入职不满3个月的员工，通讯费和交通补贴按标准的50%发放；满3个月不满6个月的按80%发放；满6个月以上的全额发放。\n"
        "第4条 当月出勤低于15天的，交通补贴按实际出勤天数折算；当月病假超过10天的，不发交通补贴。\n"
        "第5条 加班至22点以后离开公司的，可报销打车费，每次不超过100元，每月不超过8次。\n"
        "第6条 报销单据须在费用发生后30天内提交，财务部在5个工作日内审核，审核通过后10个工作日内打款。\n"
        "第7条 当年通讯费须在12月31日前报销，逾期不予报销。"
    ),
    "bike_share": (
        "CityCycle Rules\n"
        "1. Rides cost $2 per ride for members, $3 for others, and include up to 30 minutes.\n"
        "2. Each additional 15 minutes or part thereof costs $1.\n"
        "3. Monthly membership is $15; annual membership is $90.\n"
        "4. Riders must be at least 16. Riders under 18 need a parent's consent and may not use e-bikes.\n"
        "5. Bikes not docked within 24 hours count as lost ($250 fee).\n"
        "6. Parking outside a station zone costs $15. More than 3 such violations in a month suspend the account for 7 days.\n"
        "7. Billing refunds are issued within 3 to 5 business days if requested no more than 30 days after the ride."
    ),
    "lab_storage": (
        "Chemical Storage\n"
        "1. Flammables: no more than 10 gallons outside a cabinet; each cabinet holds up to 60 gallons.\n"
        "2. Acids and bases: separate cabinets at least 3 feet apart; oxidizers at least 20 feet from flammables.\n"
        "3. Opened peroxide formers: test every 3 months, discard within 12 months; unopened, after 18 months.\n"
        "4. Flush eyewashes weekly for at least 3 minutes.\n"
        "5. Fume hood face velocity: between 80 and 120 ft/min.\n"
        "6. Waste containers may stay in a lab no more than 90 days; full ones must go within 3 days.\n"
        "7. Trained staff may clean spills under 1 liter; spills over 1 liter require EHS."
    ),
    "loan_card": (
        "Credit Terms\n"
        "1. Personal loans: $5,000 to $50,000, for 12 to 60 months. Origination fee: 2%.\n"
        "2. APR is 7.9% for credit scores of 740 or higher and 12.9% for scores between 670 and 739; "
        "scores under 670 are not eligible.\n"
        "3. Payments more than 15 days late incur a $35 fee.\n"
        "4. Purchase APR is 19.9%; cash advance APR is 24.9%. Purchases get a grace period of at least 21 days, "
        "cash advances none.\n"
        "5. Cash advance fee: 5% or $10, whichever is greater.\n"
        "6. Minimum payment: 2% of the balance or $35, whichever is greater.\n"
        "7. Balance transfers made within 60 days of opening get 0% APR for 12 months."
    ),
})

HOLDOUT4: list[tuple] = [
    # --- wuye_fund. Hard cases: 30 used for 住宅缴存标准 (30元/平方米) and for the 30% 余额 threshold;
    # 3 used for 续缴期限 and for 满3个月 拖欠; parallel 住宅30元 / 商铺50元 (MIS); bracket
    # 超过5000元至5万元 (委员会) vs 超过5万元 (业主大会) (RNG); 24小时公示 adjacent to
    # 10个工作日补办 (OFF, shares 紧急维修); asker's own 3000元 and 4个月; markdown table row.
    ("wuye_fund", G, "住宅首次缴存维修基金的标准是多少？",
     "住宅业主按建筑面积每平方米30元首次缴存维修基金。", []),
    ("wuye_fund", G, "我们楼电梯维修要花3000元，需要业主委员会同意吗？",
     "不需要。3000元不超过5000元，由物业服务企业审批即可。", []),
    ("wuye_fund", MIS, "商铺首次缴存维修基金的标准是多少？",
     "商铺业主按每平方米30元首次缴存维修基金。", f_mis),
    ("wuye_fund", CMP, "维修基金余额剩多少时需要续缴？",
     "维修基金余额超过首次缴存总额30%的，业主应在3个月内续缴。", f_cmp),
    ("wuye_fund", RNG, "维修费用多少时需要业主委员会同意？",
     "单次维修费用超过5万元的，须经业主委员会同意。", f_rng),
    ("wuye_fund", UNIT, "紧急维修后物业要在多长时间内公示？",
     "紧急维修可先行施工，物业应在24天内公示。", f_unit),
    ("wuye_fund", OFF, "紧急维修后多久内要补办审批手续？",
     "紧急维修可以先行施工，物业应在24小时内公示。", f_off),
    ("wuye_fund", G, "地下车位每个月收多少钱？",
     "地下停车位的收费标准是每月300元。", []),
    ("wuye_fund", G, "欠了4个月物业费，物业会直接起诉吗？",
     "暂时不会。拖欠满3个月不满6个月的，物业可以书面催缴；满6个月以上才可以依法提起诉讼。", []),
    ("wuye_fund", G, "维修基金的收支情况什么时候公布？要公示多久？",
     "物业应在每年6月30日前公布上一年度的收支情况，公示至少15天。", []),

    # --- exam_rules. Hard cases: 60 used for 期末占比 (60%), 及格线 (60分) and 补考记载 (60分);
    # 30分钟 used for both 迟到入场 and 交卷离场; parallel 平时40% / 期末60% (MIS); 2天 缓考 vs
    # 第2周 补考 (UNIT 天→周 where 周 occurs with 2 elsewhere); 补考 weeks 第1周至第2周 (RNG);
    # 补考次数 adjacent to 补考记载 (OFF, shares 补考); asker's own 85分 and 5门.
    ("exam_rules", G, "缺课多少会被取消考试资格？",
     "缺勤一旦超过课程总学时的20%，就会被取消该课程的期末考试资格。", []),
    ("exam_rules", MIS, "平时成绩在总评里占多少？",
     "平时成绩占课程总评成绩的60%。", f_mis),
    ("exam_rules", G, "期末成绩占总评多少？总评多少分算及格？",
     "期末成绩占总评的60%，总评达到60分以上即为及格。", []),
    ("exam_rules", CMP, "迟到多久就不能进考场了？",
     "迟到不超过30分钟的考生不得进入考场。", f_cmp),
    ("exam_rules", G, "开考多久以后才能交卷离场？",
     "开考满30分钟后才可以交卷离场，不满30分钟不得离场。", []),
    ("exam_rules", UNIT, "因病缓考的证明要提前多久交？",
     "因病申请缓考的，须在考试开始前2周提交校医院证明。", f_unit),
    ("exam_rules", G, "我补考考了85分，成绩单上会记多少分？",
     "会记为60分。补考成绩60分以上的，一律按60分记载。", []),
    ("exam_rules", RNG, "补考一般安排在什么时候？",
     "补考在下学期开学后第2周至第3周组织。", f_rng),
    ("exam_rules", OFF, "每门课程补考最多能考几次？",
     "补考成绩60分以上的，按60分记载。", f_off),
    ("exam_rules", G, "这学期我想重修5门课，可以吗？",
     "不能。每学期最多只能重修4门。", []),

    # --- telecom_transport. Hard cases: 100 used for 普通员工通讯费 and 打车每次上限; parallel
    # 经理300元 / 其他员工100元 (MIS); brackets 不满3个月50% / 满3个月不满6个月80% / 满6个月以上全额
    # (RNG); 低于15天 flipped to 不低于 (CMP); 病假10天 vs 出勤15天 adjacent, shares 当月/交通补贴 (OFF);
    # 10 also used for 10个工作日打款; asker's own 150元 and 5个月; 销售 resolved via 外勤 parenthetical.
    ("telecom_transport", G, "我是普通员工，这个月话费150元，能全报吗？",
     "不能全报。普通员工通讯费每月最多报销100元。", []),
    ("telecom_transport", MIS, "部门经理每月通讯费能报多少？",
     "部门经理每月通讯费最多报销100元。", f_mis),
    ("telecom_transport", G, "加班打车每次最多能报多少？",
     "加班到22点以后离开公司的，打车费每次最多报100元，每月最多报8次。", []),
    ("telecom_transport", G, "做销售的每月交通补贴是多少？",
     "销售属于外勤岗位，每月交通补贴500元。", []),
    ("telecom_transport", CMP, "什么情况下交通补贴要按出勤天数折算？",
     "当月出勤不低于15天的，交通补贴按实际出勤天数折算。", f_cmp),
    ("telecom_transport", UNIT, "财务部收到报销单据后多久审核？",
     "财务部在收到单据后5个月内完成审核。", f_unit),
    ("telecom_transport", RNG, "哪些员工的补贴按80%发放？",
     "入职满6个月以上的员工，补贴按80%发放。", f_rng),
    ("telecom_transport", OFF, "当月病假多少天就不发交通补贴了？",
     "当月出勤低于15天的，交通补贴按实际出勤天数折算。", f_off),
    ("telecom_transport", G, "我入职5个月了，能拿全额交通补贴吗？",
     "不能。入职满3个月不满6个月的按80%发放，满6个月以上才全额发放。", []),
    ("telecom_transport", G, "去年的话费拖到今年还能报吗？",
     "不能。当年通讯费须在12月31日前报销，逾期不予报销。", []),

    # --- bike_share. Hard cases: subject after number ("$2 per ride for members, $3 for others");
    # $15 used for monthly membership and for the parking fee; 30 used for included minutes and
    # refund deadline days; 3 used for violations and refund lower bound; "3 to 5" -> "5 to 7"
    # with 7 taken from the suspension rule (RNG); parking fee adjacent to the >3 violations rule
    # (OFF, shares "parking outside a station zone"); asker's own 40 minutes and 17-year-old.
    ("bike_share", G, "How much does a standard ride cost for someone without a membership?",
     "Non-members pay $3 per ride, which covers up to 30 minutes.", []),
    ("bike_share", MIS, "What does a member pay per ride?",
     "Members pay $3 per ride, including up to 30 minutes.", f_mis),
    ("bike_share", G, "My ride lasted 40 minutes. How much extra will I pay as a member?",
     "You'll pay $1 extra: rides include 30 minutes, and each additional 15 minutes or part thereof costs $1.", []),
    ("bike_share", CMP, "How old do you have to be to ride?",
     "Riders must be at most 16 years old.", f_cmp),
    ("bike_share", G, "Can my 17-year-old ride an e-bike if I give consent?",
     "No. Riders under 18 may not use e-bikes; parental consent only covers regular bikes.", []),
    ("bike_share", UNIT, "How long can I keep a bike before it's considered lost?",
     "A bike not docked within 24 minutes is treated as lost, and a $250 fee applies.", f_unit),
    ("bike_share", RNG, "How quickly are billing refunds issued?",
     "Billing refunds are issued within 5 to 7 business days.", f_rng),
    ("bike_share", OFF, "What happens if I park outside a station zone more than 3 times in a month?",
     "Parking outside a station zone costs $15.", f_off),
    ("bike_share", G, "How much is a monthly membership, and what's the fine for parking outside a zone?",
     "A monthly membership is $15, and parking outside a station zone also costs $15.", []),
    ("bike_share", G, "Is there a deadline for requesting a refund on a billing error?",
     "Yes. You have at most 30 days after the ride to request it, and refunds arrive within 3 to 5 business days.", []),

    # --- lab_storage. Hard cases: 3 used for feet apart, test interval months, eyewash minutes and
    # waste pickup days; parallel opened 12 months / unopened 18 months (MIS); parallel acids-bases
    # 3 feet / oxidizers 20 feet (MIS); 80-120 -> 60-120 using the cabinet's 60 (RNG); under/over
    # 1 liter (CMP); 90-day limit adjacent to the full-container 3-day rule (OFF, shares "waste
    # containers ... stay in a lab"); asker's own 0.5 liters and 50 gallons.
    ("lab_storage", G, "How much flammable liquid can be kept outside a cabinet?",
     "At most 10 gallons of flammable liquids may be kept outside a storage cabinet.", []),
    ("lab_storage", MIS, "How far apart must acids and bases be stored?",
     "Acids and bases must be kept in separate cabinets at least 20 feet apart.", f_mis),
    ("lab_storage", RNG, "What is the acceptable fume hood face velocity?",
     "Face velocity must be between 60 and 120 ft/min.", f_rng),
    ("lab_storage", UNIT, "How long does each eyewash flush have to run?",
     "Eyewash stations must be flushed weekly for at least 3 hours.", f_unit),
    ("lab_storage", G, "We spilled about 0.5 liters of acetone. Do we need to call EHS?",
     "No. Trained staff may clean up spills under 1 liter; EHS is only required for spills over 1 liter.", []),
    ("lab_storage", CMP, "When does a spill require EHS?",
     "Spills under 1 liter require EHS.", f_cmp),
    ("lab_storage", G, "How often are opened peroxide formers tested, and when must they be thrown out?",
     "They are tested every 3 months and must be discarded within 12 months of opening.", []),
    ("lab_storage", MIS, "When must unopened peroxide formers be discarded?",
     "Unopened peroxide formers must be discarded after 12 months.", f_mis),
    ("lab_storage", OFF, "How long can a full waste container stay in the lab?",
     "Waste containers may stay in a lab no more than 90 days.", f_off),
    ("lab_storage", G, "Can one cabinet hold 50 gallons of flammable liquid?",
     "Yes. Each cabinet can hold up to 60 gallons.", []),

    # --- loan_card. Hard cases: 2% used for origination fee and minimum payment; $35 used for late
    # fee and minimum payment floor; 12 used for minimum term and the 0% APR period; 60 used for
    # maximum term and balance-transfer window; parallel 7.9% / 12.9% score bands (MIS); 670 band
    # edge (CMP); 12-60 -> 15-60 using the late-fee 15 (RNG); cash advance APR adjacent to cash
    # advance fee (OFF, shares "cash advance"); asker's own 700 score and $1,000 balance.
    ("loan_card", G, "What's the smallest personal loan I can get?",
     "The minimum personal loan is $5,000, and loans go up to $50,000.", []),
    ("loan_card", RNG, "What loan terms are offered?",
     "Personal loans have terms between 15 and 60 months.", f_rng),
    ("loan_card", MIS, "What APR applies to borrowers with credit scores between 670 and 739?",
     "Those borrowers get an APR of 7.9%.", f_mis),
    ("loan_card", G, "My credit score is 700. What APR would I get on a personal loan?",
     "A score of 700 falls in the 670 to 739 band, so your APR would be 12.9%.", []),
    ("loan_card", CMP, "Who is not eligible for a personal loan?",
     "Applicants with credit scores of 670 or higher are not eligible.", f_cmp),
    ("loan_card", G, "Do cash advances get a grace period?",
     "No. The grace period of at least 21 days applies only to purchases; cash advances get none.", []),
    ("loan_card", UNIT, "How long is the grace period on card purchases?",
     "Purchases get a grace period of at least 21 weeks.", f_unit),
    ("loan_card", G, "What's my minimum payment on a $1,000 balance?",
     "It would be $35, since 2% of $1,000 is only $20 and the minimum is the greater of 2% or $35.", []),
    ("loan_card", OFF, "What is the fee for taking a cash advance?",
     "The cash advance APR is 24.9%.", f_off),
    ("loan_card", CMP, "When do balance transfers qualify for 0% APR?",
     "Balance transfers made after 60 days of opening get 0% APR for 12 months.", f_cmp),
]


# HOLDOUT5 was written blind by a third helper who read nothing of the project, and first run
# after the session-4 rules settled on HOLDOUT3 and HOLDOUT4 (six documents: kindergarten fees,
# year-end bonuses and taxi/ride-hailing rules in Chinese; a swimming pool, university housing and
# a software refund/SLA policy in English). Its first run is saved in
# benchmarks/results/grounding_holdout5_first_run.txt.
DOCS.update({
    "kindergarten_zh": (
        "第一条 本园招收年满3周岁至6周岁的幼儿。小班为满3岁不满4岁，中班为满4岁不满5岁，大班为满5岁不满6岁。\n"
        "第二条 秋季入园报名时间为6月1日至6月15日，新生于9月1日入园。入园前须完成体检，体检报告有效期为3个月。\n"
        "第三条 小班每班不超过25人，中班每班不超过30人，大班每班不超过35人。\n"
        "第四条 收费标准如下：\n"
        "| 项目 | 标准 |\n"
        "|---|---|\n"
        "| 保育教育费 | 每月1200元 |\n"
        "| 伙食费 | 每天15元 |\n"
        "| 校车费 | 每月300元 |\n"
        "第五条 幼儿因病连续请假超过5天的，按实际请假天数退还伙食费；不满5天的，伙食费不予退还。\n"
        "第六条 当月请假15天以上的，保育教育费减半收取；整月请假的，保育教育费全免。\n"
        "第七条 家长应于每月10日前缴纳当月费用；逾期超过10天的，园方可暂停校车服务。\n"
        "第八条 同一家庭2名以上幼儿同时在园的，第二名幼儿保育教育费减免20%。"
    ),
    "year_end_bonus_zh": (
        "第一条 本办法适用于在职满1年的正式员工；入职满3个月不满1年的，按实际在职月数折算年终奖；试用期员工不参与发放。\n"
        "第二条 年度考核分为A、B、C、D四个等级，A级人数不超过部门人数的10%，D级人数不低于5%。\n"
        "第三条 年终奖基数为本人12月份基本工资：A级发放基数的3倍，B级发放2倍，C级发放1倍，D级不发放。司龄5年以上的员工另加发2000元。\n"
        "第四条 部门全年利润超过500万元的，年终奖上浮20%；利润在100万元至500万元之间的，不作调整；低于100万元的，下浮20%。\n"
        "第五条 员工全年出勤不少于200天方可参加考核；病假累计超过30天或事假累计超过10天的，考核等级不得高于C级。\n"
        "第六条 年终奖于次年1月31日前发放；单人年终奖超过10万元的，分两次发放，第二次于6月30日前发放。\n"
        "第七条 在年终奖发放前提出离职的员工，不享受当年年终奖。\n"
        "第八条 员工对考核结果有异议的，应在结果公布后5个工作日以内提出申诉，人力资源部在10个工作日内答复。"
    ),
    "taxi_rideshare_zh": (
        "第一条 出租车起步价13元，含3公里；超过3公里的部分每公里2.5元。夜间23时至次日5时，起步价为16元。\n"
        "第二条 单程超过15公里的，超出部分加收50%空驶费。\n"
        "第三条 网约车使用年限不超过8年，行驶里程达到60万公里的应当报废；出租车使用年限不超过6年。\n"
        "第四条 网约车驾驶员须取得驾驶证满3年，年龄不超过60周岁；出租车驾驶员年龄不超过55周岁。驾驶员每连续驾驶4小时，应休息不少于20分钟。\n"
        "第五条 等候费每5分钟2元；乘客预约后，驾驶员超过约定时间10分钟未到达的，乘客可免费取消订单。\n"
        "第六条 乘客投诉应在行程结束后30天以内提出，平台须在24小时内受理，7个工作日内反馈结果。\n"
        "第七条 驾驶员一年内被有效投诉3次以上的，暂停接单30天；不满3次的，进行培训教育。\n"
        "第八条 拒载、绕路的，每次处以200元以上500元以下罚款。"
    ),
    "swimming_pool_en": (
        "Riverside Pool Rules\n"
        "1. Entry: $5 per visit for residents, $8 for visitors; seniors over 65 pay $3; children under 3 free.\n"
        "2. Children under 12 need an adult at least 18; one adult may supervise no more than 3 children.\n"
        "3. 10-visit pass: $40 for residents, $65 for visitors, valid 6 months.\n"
        "4. Lessons run 8 weeks, at least 4 and no more than 10 students. Cancel within 7 days for a full refund.\n"
        "5. Parties cancelled more than 48 hours ahead are refunded. Parties for between 20 and 50 people cost $120 per hour, booked 3 to 5 days ahead.\n"
        "6. Entry within 30 minutes of closing: $3."
    ),
    "university_housing_en": (
        "Housing Policy\n"
        "1. First-year students must live in university housing for at least 2 semesters.\n"
        "2. Rent per semester: $3,400 single room, $2,600 shared room. A $300 deposit is due within 14 days of the offer.\n"
        "3. Quiet hours: 10 p.m. to 8 a.m. weeknights, midnight to 10 a.m. weekends.\n"
        "4. Overnight guests: no more than 3 nights per month; guests must be at least 16.\n"
        "5. Urgent repairs answered within 4 hours, routine ones within 3 to 5 business days.\n"
        "6. Contracts cancelled before July 1 get a full deposit refund.\n"
        "7. Vacate within 24 hours after the last exam; late checkout costs $50 per day."
    ),
    "software_refund_sla_en": (
        "Refund and SLA\n"
        "1. Monthly plans: full refund within 14 days of purchase.\n"
        "2. Annual plans: full refund within 30 days, 50% between day 31 and day 90, none after day 90. "
        "Refunds carry a $25 fee and take 5 to 10 working days.\n"
        "3. Uptime guarantee: 99.9% for Business, 99.5% for Starter. Below it but at least 99.0%: 10% credit; "
        "95.0% to 99.0%: 25%; under 95.0%: 50%. Credits cap at 50% of the fee.\n"
        "4. Critical tickets: reply within 1 hour on Business, 4 hours on Starter; normal ones within 24 hours.\n"
        "5. Up to 8 hours of monthly maintenance, announced at least 48 hours ahead, is excluded from uptime."
    ),
})

HOLDOUT5: list[tuple] = [
    # --- kindergarten_zh ---
    # Hard cases: 30 is 中班's cap (MIS gives it to 大班); asker's own 7天 in the
    # question (not in source); asker's 2岁 where 2 appears in the source only as
    # 2名; table-row fees answered from two rows; OFF answer shares "校车" with the
    # question but states the late-payment rule, not the bus fee; RNG turns the
    # 3至6周岁 span into an open "6周岁以上" bracket.
    ("kindergarten_zh", G, "中班每个班最多有多少名幼儿？",
     "中班每个班级的幼儿人数最多为30人。", []),
    ("kindergarten_zh", G, "孩子生病请了7天假，伙食费能退吗？",
     "可以。幼儿因病连续请假超过5天的，伙食费会按实际请假天数退还。", []),
    ("kindergarten_zh", G, "新生哪天入园？什么时候报名？",
     "新生在9月1日正式入园，报名则安排在6月1日至6月15日。", []),
    ("kindergarten_zh", G, "我家孩子才2岁，能报名入园吗？",
     "不能。本园只招收年满3周岁至6周岁的幼儿。", []),
    ("kindergarten_zh", G, "伙食费和保育教育费各收多少？",
     "伙食费按每天15元收取，保育教育费为每月1200元。", []),
    ("kindergarten_zh", MIS, "大班每班人数上限是多少？",
     "大班每班人数不超过30人。", f_mis),
    ("kindergarten_zh", CMP, "当月请假多少天可以减半收取保育教育费？",
     "当月请假15天以下的，保育教育费减半收取。", f_cmp),
    ("kindergarten_zh", RNG, "幼儿园招收多大年龄的孩子？",
     "本园招收年满6周岁以上的幼儿。", f_rng),
    ("kindergarten_zh", UNIT, "入园体检报告的有效期是多长？",
     "体检报告的有效期为3年。", f_unit),
    ("kindergarten_zh", OFF, "校车费每月收多少钱？",
     "家长逾期超过10天未缴费的，园方可以暂停校车服务。", f_off),

    # --- year_end_bonus_zh ---
    # Hard cases: 20% restated for both the raise and the cut (good); asker's 8个月
    # and 15万元 are not in the source; 30 is the 病假 threshold (MIS gives it to
    # 事假, whose threshold is 10); RNG replaces the 100万元至500万元 band with
    # "500万元以上"; UNIT 个工作日→个月; OFF answer (第六条, payout date) sits right
    # before the asked 第七条 and shares "年终奖".
    ("year_end_bonus_zh", G, "考核为B级的员工年终奖怎么算？",
     "B级员工可以拿到本人12月份基本工资2倍的年终奖。", []),
    ("year_end_bonus_zh", G, "我入职8个月了，今年有年终奖吗？",
     "可以拿。入职满3个月不满1年的员工，会按实际在职月数折算年终奖。", []),
    ("year_end_bonus_zh", G, "部门利润会怎样影响年终奖？",
     "部门全年利润高于500万元时年终奖上浮20%，低于100万元时下浮20%，在100万元至500万元之间的保持不变。", []),
    ("year_end_bonus_zh", G, "如果我的年终奖是15万元，会一次发完吗？",
     "不会。单人年终奖超过10万元的要分两次发放，第二次在6月30日前发放。", []),
    ("year_end_bonus_zh", G, "对考核结果不满意，怎么申诉、多久有答复？",
     "需在结果公布后5个工作日以内提出申诉，人力资源部会在10个工作日内给予答复。", []),
    ("year_end_bonus_zh", MIS, "事假请多少天会影响考核等级？",
     "全年事假累计超过30天的，考核等级不得高于C级。", f_mis),
    ("year_end_bonus_zh", CMP, "D级人数比例有什么要求？",
     "D级人数不超过部门人数的5%。", f_cmp),
    ("year_end_bonus_zh", RNG, "部门利润在什么范围内年终奖不作调整？",
     "部门全年利润在500万元以上的，年终奖不作调整。", f_rng),
    ("year_end_bonus_zh", UNIT, "考核结果公布后多长时间内可以申诉？",
     "应在考核结果公布后5个月以内提出申诉。", f_unit),
    ("year_end_bonus_zh", OFF, "离职的员工还能拿年终奖吗？",
     "年终奖于次年1月31日前发放。", f_off),

    # --- taxi_rideshare_zh ---
    # Hard cases: asker's 9公里 and 12分钟 are not in the source; 3 and 30 each
    # used for two subjects (3公里/3年/3次, 30天 complaint window / 30天 suspension);
    # 8 years belongs to 网约车, 6 to 出租车 (MIS swaps); RNG collapses the
    # 200元以上500元以下 band to "500元以上"; UNIT changes only the rest-time unit
    # (分钟→小时) while keeping 4小时 right; OFF answers the service-life limit
    # (same article, shares "网约车") when mileage was asked.
    ("taxi_rideshare_zh", G, "白天打车9公里，费用怎么算？",
     "起步价13元包含3公里，超出3公里的部分按每公里2.5元计费。", []),
    ("taxi_rideshare_zh", G, "网约车司机和出租车司机的年龄上限分别是多少？",
     "出租车司机最多55周岁，网约车司机最多60周岁。", []),
    ("taxi_rideshare_zh", G, "司机被有效投诉一次会被停止接单吗？",
     "不会。一年内有效投诉不满3次的只进行培训教育，达到3次以上才会暂停接单30天。", []),
    ("taxi_rideshare_zh", G, "投诉以后多久能有结果？",
     "平台会在24小时内受理投诉，并在7个工作日内反馈处理结果。", []),
    ("taxi_rideshare_zh", G, "司机比约定时间晚了12分钟还没到，我能免费取消吗？",
     "可以。驾驶员超过约定时间10分钟仍未到达的，乘客可以免费取消订单。", []),
    ("taxi_rideshare_zh", MIS, "出租车最多能使用几年？",
     "出租车使用年限不超过8年。", f_mis),
    ("taxi_rideshare_zh", CMP, "跑多远开始加收空驶费？",
     "单程不超过15公里的，超出部分加收50%空驶费。", f_cmp),
    ("taxi_rideshare_zh", RNG, "司机绕路会被罚多少钱？",
     "绕路的，每次处以500元以上罚款。", f_rng),
    ("taxi_rideshare_zh", UNIT, "司机连续开车多久必须休息，要休息多长时间？",
     "驾驶员每连续驾驶4小时，应休息不少于20小时。", f_unit),
    ("taxi_rideshare_zh", OFF, "网约车行驶多少公里就要报废？",
     "网约车的使用年限不超过8年。", f_off),

    # --- swimming_pool_en ---
    # Hard cases: "$5 per visit for residents" (subject after the number);
    # asker's 11-year-old (11 not in source) and 2-year-old (2 only as a list
    # item number); $3 restated for two subjects
    # (seniors and late arrivals); $65 is the visitors' pass price and also the
    # senior age (MIS gives it to residents); RNG "3 to 5" -> "5 to 7" with 7 from
    # the lesson rule; OFF answer is the party-refund sentence right after the
    # lesson-refund rule and shares "cancel"/"refund".
    ("swimming_pool_en", G, "How much does a single swim cost for someone who lives in town?",
     "Residents pay $5 for each visit.", []),
    ("swimming_pool_en", G, "Does my 2-year-old have to pay to get in?",
     "No. Children younger than 3 swim for free.", []),
    ("swimming_pool_en", G, "Can my 11-year-old come swim on her own?",
     "No. Children under 12 have to be accompanied by an adult aged 18 or older.", []),
    ("swimming_pool_en", G, "Is there a cheaper entry price for seniors?",
     "Yes. Swimmers over 65 pay $3, the same reduced fee charged to guests who arrive within 30 minutes of closing.", []),
    ("swimming_pool_en", G, "How many people can come to a private party, and how far ahead must I book?",
     "You need to book 3 to 5 days in advance, and parties are for groups of 20 to 50 people.", []),
    ("swimming_pool_en", MIS, "How much is the 10-visit pass for residents?",
     "Residents pay $65 for the 10-visit pass.", f_mis),
    ("swimming_pool_en", CMP, "What is the minimum class size for swimming lessons?",
     "Lesson classes have at most 4 students.", f_cmp),
    ("swimming_pool_en", RNG, "How far in advance does a party rental have to be booked?",
     "Party rentals must be booked 5 to 7 days ahead.", f_rng),
    ("swimming_pool_en", UNIT, "How long does a course of swimming lessons last?",
     "Swimming lessons run for 8 months.", f_unit),
    ("swimming_pool_en", OFF, "Can I get my money back if I cancel my swimming lessons?",
     "Parties cancelled more than 48 hours ahead get a refund.", f_off),

    # --- university_housing_en ---
    # Hard cases: asker's 17-year-old guest (17 not in source; the rule
    # states 16); 10 restated for two quiet-hour subjects; "June" question answered
    # from "before July 1" with no new number; $2,600 is the shared-room rent (MIS
    # gives it to singles); RNG "3 to 5" -> "5 to 8" with 8 from quiet hours;
    # OFF shares "deposit" but answers the cancellation refund, not the deposit
    # amount.
    ("university_housing_en", G, "Do first-year students have to live on campus?",
     "Yes. First-year students are required to stay in university housing for a minimum of 2 semesters.", []),
    ("university_housing_en", G, "My 17-year-old sister wants to stay overnight in my room. Is that allowed?",
     "Yes. Overnight guests must be at least 16, and you can host guests for no more than 3 nights a month.", []),
    ("university_housing_en", G, "How quickly are repair requests handled?",
     "Routine requests are handled within 3 to 5 business days, while urgent repairs get an answer within 4 hours.", []),
    ("university_housing_en", G, "When are quiet hours?",
     "On weeknights quiet hours run from 10 p.m. to 8 a.m.; on weekends they start at midnight and end at 10 a.m.", []),
    ("university_housing_en", G, "If I cancel my housing contract in June, do I get my deposit back?",
     "You get the full deposit back, since contracts cancelled before July 1 are fully refunded.", []),
    ("university_housing_en", MIS, "How much is the rent for a single room?",
     "A single room costs $2,600 per semester.", f_mis),
    ("university_housing_en", CMP, "How old do overnight guests have to be?",
     "Overnight guests may be at most 16 years old.", f_cmp),
    ("university_housing_en", RNG, "How long do routine maintenance requests take?",
     "Routine requests are handled within 5 to 8 business days.", f_rng),
    ("university_housing_en", UNIT, "How soon after my last exam do I have to move out?",
     "Rooms must be vacated within 24 days after your last exam.", f_unit),
    ("university_housing_en", OFF, "How much is the housing deposit?",
     "Contracts cancelled before July 1 get a full deposit refund.", f_off),

    # --- software_refund_sla_en ---
    # Hard cases: asker's 11 days and 97% (not in source); 50% used for three
    # subjects (annual refund, lowest-tier credit, credit cap) and restated for two
    # in a good row; 4 hours is Starter critical response (MIS gives it to normal
    # tickets, which get 24); CMP "at least 48 hours" -> "no more than 48 hours";
    # RNG "5 to 10" -> "10 to 14" with 14 from the monthly-refund rule; UNIT
    # hours -> minutes; OFF answers the processing-time clause of the same
    # sentence as the asked fee, sharing "refund(s)".
    ("software_refund_sla_en", G, "I paid for a monthly plan 11 days ago. Can I still get my money back?",
     "Yes. Monthly plans qualify for a full refund when cancelled within 14 days of purchase.", []),
    ("software_refund_sla_en", G, "What uptime do you promise?",
     "Business plans are guaranteed 99.9% uptime, and Starter plans 99.5%.", []),
    ("software_refund_sla_en", G, "Our uptime was 97% last month. What credit do we get?",
     "When uptime falls between 95.0% and 99.0%, you receive a 25% credit.", []),
    ("software_refund_sla_en", G, "How fast will support answer a critical ticket on the Starter plan?",
     "On Starter, critical tickets get a first response within 4 hours, compared with 1 hour on Business.", []),
    ("software_refund_sla_en", G, "Is a 50% credit the most I can get?",
     "Yes. Credits are capped at 50% of the fee, which is also the credit given when uptime is under 95.0%.", []),
    ("software_refund_sla_en", MIS, "How quickly do normal support tickets get a response?",
     "Normal tickets get a first response within 4 hours.", f_mis),
    ("software_refund_sla_en", CMP, "How much notice do you give before scheduled maintenance?",
     "Scheduled maintenance is announced no more than 48 hours in advance.", f_cmp),
    ("software_refund_sla_en", RNG, "How long does it take to process a refund?",
     "Refunds are processed in 10 to 14 business days.", f_rng),
    ("software_refund_sla_en", UNIT, "How much scheduled maintenance is excluded from the uptime figure?",
     "Up to 8 minutes of scheduled maintenance per month is excluded from uptime.", f_unit),
    ("software_refund_sla_en", OFF, "Is there a fee when an annual plan is refunded?",
     "Refunds are processed in 5 to 10 business days.", f_off),
]


# HOLDOUT6 was written blind by a fourth helper who read nothing of the project, and first run
# after every session-4 rule (six documents: hospital visiting, small-business loan subsidies and
# campus cards in Chinese; airline baggage, a library's e-books and printing, and co-working
# membership in English). Its first run is saved in benchmarks/results/grounding_holdout6_first_run.txt.
DOCS.update({
    "hospital_visiting": (
        "医院住院探视与陪护管理规定\n"
        "第一条 普通病房每日探视时间为15:00至20:00，每次探视不超过30分钟，每位患者同时探视人数不超过2人。"
        "探视人员携带的食品、物品每次不超过5公斤。\n"
        "第二条 重症监护病房每日探视1次，时间为16:00至16:30，每次限1人；不满12岁的儿童不得进入。\n"
        "第三条 住院患者原则上限1人陪护；70周岁以上的患者或手术后72小时以内的患者，可申请2人陪护。\n"
        "第四条 陪护证押金为50元，出院时凭证退还；陪护证遗失的，补办收取工本费10元。\n"
        "第五条 陪护床租金为每晚15元；连续租用超过7天的，自第8天起按每晚10元收取。\n"
        "第六条 陪护人员须年满18周岁、不满65周岁；体温超过37.3℃的不得陪护。\n"
        "第七条 患者出院后应在3个工作日内办理结算；逾期超过30天未结算的，医院将电话催缴。"
    ),
    "sme_loan_subsidy": (
        "小微企业贷款贴息政策\n"
        "第一条 本政策适用于年营业收入不超过2000万元、从业人员不超过100人的小微企业。\n"
        "第二条 贴息标准如下：\n"
        "| 项目 | 标准 |\n"
        "| --- | --- |\n"
        "| 单户贷款额度 | 不超过500万元 |\n"
        "| 一般企业贴息比例 | 贷款利息的50% |\n"
        "| 科技型企业贴息比例 | 贷款利息的60% |\n"
        "| 贴息期限 | 不超过12个月 |\n"
        "第三条 贷款期限满6个月不满1年的，按实际期限贴息；贷款期限1年以上的，最多贴息1年。\n"
        "第四条 企业应于每年12月31日前提交当年度贴息申请；财政部门收到申请材料后15个工作日内完成审核，"
        "审核通过后10个工作日内拨付资金。\n"
        "第五条 纳税信用等级为C级以下的，或近2年内贷款逾期超过3次的，不予贴息。\n"
        "第六条 单户企业年度贴息金额最高不超过20万元；设立不满2年的企业，最高不超过10万元。"
    ),
    "campus_card": (
        "校园一卡通与食堂充值规定\n"
        "第一条 新生入学时免费领取一卡通，卡内预存押金20元，毕业离校时退还押金。\n"
        "第二条 一卡通遗失补办收取工本费20元，补卡在1个工作日内完成；入学不满1年且卡片非人为损坏的，可免费更换。\n"
        "第三条 食堂充值单次不少于10元、不超过500元；自助充值机每日累计充值不超过1000元。\n"
        "第四条 卡内余额低于5元时不能在食堂消费；单笔消费超过50元需输入密码。\n"
        "第五条 早餐时段为6:30至9:00，午餐时段为11:00至13:00，晚餐时段为17:00至19:00。\n"
        "第六条 挂失后24小时以内可在线解除挂失；挂失超过7天未解除的，系统自动注销原卡。\n"
        "第七条 毕业生应于6月30日前申请退还卡内余额；逾期未申请的，余额于12月31日后转入学生资助基金。\n"
        "第八条 教职工每月餐补300元，于每月5日前发放；当月未用完的餐补不结转。"
    ),
    "airline_baggage": (
        "Baggage Policy\n"
        "1. Carry-on: Economy passengers may bring 1 bag of up to 7 kg; Premium passengers 2 bags of up to 7 kg each.\n"
        "2. Checked: Economy includes 1 bag of up to 23 kg; Premium 2 bags of up to 32 kg each. "
        "Infants under 2 years get 10 kg.\n"
        "3. Extra bags cost $30 per bag for economy, $20 for premium if bought online at least 24 hours before departure; "
        "$60 at the airport.\n"
        "4. Economy bags over 23 kg and no more than 32 kg are charged $50. Bags over 32 kg are not accepted.\n"
        "5. Report damaged bags within 7 days and delayed bags within 21 days. Delayed bags usually arrive in 3 to 5 days."
    ),
    "library_ebook_print": (
        "E-book & Printing Rules\n"
        "1. Adults may borrow up to 10 e-books at once; juniors (under 16) up to 5.\n"
        "2. Loans last 21 days and can be renewed once for 14 days if nobody is on the hold list.\n"
        "3. Members may place no more than 5 holds; held titles are kept 3 days once available.\n"
        "4. Black-and-white pages cost $0.10, color pages $0.50. Members get 20 free black-and-white pages a week.\n"
        "5. Jobs not released within 24 hours are deleted; jobs of more than 100 pages need staff approval.\n"
        "6. Fines over $10 block e-book borrowing.\n"
        "7. Printing: between 9 a.m. and 8 p.m. on weekdays, until 5 p.m. on weekends."
    ),
    "coworking_membership": (
        "Member Terms\n"
        "1. Hot Desk: 8 a.m. to 8 p.m. weekdays. Dedicated Desk: 24 hours, 7 days a week.\n"
        "2. Monthly fee: $250 for Hot Desk, $400 for Dedicated Desk; paying annually saves 10%.\n"
        "3. Free meeting-room hours monthly: Hot Desk 4, Dedicated Desk 10; extra hours $25 each. "
        "Bookings last no more than 3 hours.\n"
        "4. Up to 2 guests per member a day; guests staying over 4 hours pay a $15 fee.\n"
        "5. Cancel with at least 30 days' written notice. Cancelling in the first 3 months forfeits the $100 deposit; "
        "otherwise it is refunded within 14 days after leaving.\n"
        "6. Payments more than 7 days late incur a 5% fee."
    ),
})

HOLDOUT6: list[tuple] = [
    # hospital_visiting — hard cases: 10 appears as 工本费 and as discounted bed rent (MIS uses it for 押金);
    # 2 is both visitor count and companion count (good row restates both); 75岁 asker number;
    # CMP flips 超过→不超过 on 37.3℃; RNG moves ICU start to the general-ward 15:00;
    # OFF answers 陪护证押金 when 陪护床 fee was asked (shared word 陪护).
    ("hospital_visiting", G, "普通病房每次探视最长可以待多久？", "普通病房每次探视的时长不能超过30分钟。", []),
    ("hospital_visiting", G, "我父亲75岁住院，可以安排两个人陪护吗？", "可以。70周岁以上的患者可以申请2人陪护。", []),
    ("hospital_visiting", G, "陪护床连续租10天怎么收费？", "连续租用超过7天的，从第8天起按每晚10元收取，之前每晚15元。", []),
    ("hospital_visiting", G, "普通病房同时能来几个探视的人？手术后的病人能有几个陪护？",
     "普通病房每位患者同时探视不超过2人；术后72小时以内的患者可申请2人陪护。", []),
    ("hospital_visiting", G, "我16岁，可以留在医院陪护我妈妈吗？", "不能。陪护人员必须年满18周岁且不满65周岁。", []),
    ("hospital_visiting", MIS, "陪护证押金要交多少？", "陪护证押金为10元，出院时凭证退还。", f_mis),
    ("hospital_visiting", CMP, "体温多少就不能陪护了？", "体温不超过37.3℃的人员不得陪护。", f_cmp),
    ("hospital_visiting", RNG, "重症监护病房几点可以探视？", "重症监护病房每日探视时间为15:00至16:30，每次限1人。", f_rng),
    ("hospital_visiting", UNIT, "出院以后多久之内要办结算？", "患者出院后应在3个月内办理结算。", f_unit),
    ("hospital_visiting", OFF, "陪护床怎么收费？", "陪护证押金为50元，出院时凭证退还。", f_off),

    # sme_loan_subsidy — hard cases: table rows for 一般 50% vs 科技型 60% (MIS swaps them);
    # 10 is both 拨付工作日 and new-firm cap; 2 is both 近2年 and 设立不满2年; RNG changes 不满1年→不满2年;
    # UNIT 20万元→20元; OFF answers 审核期限 when 提交截止 asked (shared 贴息申请).
    ("sme_loan_subsidy", G, "我们公司员工80人，年收入1500万元，能申请贴息吗？",
     "可以。年营业收入不超过2000万元、从业人员不超过100人的小微企业都适用这项政策。", []),
    ("sme_loan_subsidy", G, "科技型企业的贴息比例是多少？", "科技型企业可以获得贷款利息60%的贴息。", []),
    ("sme_loan_subsidy", G, "审核和拨款各需要多长时间？", "财政部门收到材料后15个工作日内审核完毕，审核通过后再于10个工作日内拨付。", []),
    ("sme_loan_subsidy", G, "刚成立一年的企业，一年最多能拿到多少贴息？", "设立不满2年的企业，年度贴息最高不超过10万元。", []),
    ("sme_loan_subsidy", G, "纳税信用是D级的企业能享受贴息吗？", "不能。纳税信用等级在C级以下的企业不予贴息。", []),
    ("sme_loan_subsidy", MIS, "一般企业的贴息比例是多少？", "一般企业的贴息比例为贷款利息的60%。", f_mis),
    ("sme_loan_subsidy", CMP, "单户贷款额度有什么要求？", "单户贷款额度需在500万元以上才能享受贴息。", f_cmp),
    ("sme_loan_subsidy", RNG, "贷款期限多长时按实际期限贴息？", "贷款期限满6个月不满2年的，按实际期限贴息。", f_rng),
    ("sme_loan_subsidy", UNIT, "单户企业一年最多能拿多少贴息？", "单户企业年度贴息金额最高不超过20元。", f_unit),
    ("sme_loan_subsidy", OFF, "贴息申请的截止时间是什么时候？", "财政部门收到贴息申请材料后，会在15个工作日内完成审核。", f_off),

    # campus_card — hard cases: 20元 is both 押金 and 工本费 (good row restates both); 500 vs 50 (MIS puts
    # 充值上限 500 on password threshold); CMP 不超过→不少于 on daily 1000; RNG stretches breakfast to 11:00;
    # UNIT 天→周; OFF: asks 毕业生押金, answer gives adjacent 毕业生余额 rule (shared 毕业生/退还).
    ("campus_card", G, "一卡通丢了，补办要多少钱、多久能拿到？", "补办需交20元工本费，一般1个工作日内就能办好。", []),
    ("campus_card", G, "新生押金和补卡工本费分别是多少？", "两者都是20元：新生卡内预存押金20元，补卡工本费也是20元。", []),
    ("campus_card", G, "卡里只剩3元了，还能在食堂吃饭吗？", "不能。卡内余额低于5元时无法在食堂消费。", []),
    ("campus_card", G, "食堂晚饭几点开始？", "晚餐时段从17:00开始，到19:00结束。", []),
    ("campus_card", G, "挂失以后还能自己在网上取消吗？", "可以。挂失后24小时以内可以在线解除挂失。", []),
    ("campus_card", MIS, "单笔消费多少钱需要输入密码？", "单笔消费超过500元需要输入密码。", f_mis),
    ("campus_card", CMP, "自助充值机一天能充多少钱？", "自助充值机每日累计充值不少于1000元。", f_cmp),
    ("campus_card", RNG, "早餐几点供应？", "早餐时段为6:30至11:00。", f_rng),
    ("campus_card", UNIT, "挂失多久不解除会注销原卡？", "挂失超过7周未解除的，系统会自动注销原卡。", f_unit),
    ("campus_card", OFF, "毕业生的押金怎么退？", "毕业生应在6月30日前申请退还卡内余额。", f_off),

    # airline_baggage — hard cases: "$30 per bag for economy, $20 for premium" (subject after number; MIS gives
    # $20 to economy); 7 kg shared by both cabins (good row); CMP at least→no more than 24 hours;
    # RNG 3 to 5 → 3 to 7 days; UNIT days→weeks; OFF answers damaged-bag deadline when delayed-bag asked.
    ("airline_baggage", G, "I'm flying economy with a 20 kg suitcase. Is it included?",
     "Yes. An economy ticket includes one checked bag weighing up to 23 kg.", []),
    ("airline_baggage", G, "What does an extra bag cost for a premium passenger who buys it online?",
     "If bought online at least 24 hours before departure, each extra bag costs premium passengers $20.", []),
    ("airline_baggage", G, "What is the carry-on weight limit in economy and in premium?",
     "Both cabins share the same 7 kg limit per carry-on bag, although premium passengers may bring two bags instead of one.", []),
    ("airline_baggage", G, "Can I check a 35 kg bag?", "No. Bags heavier than 32 kg are not accepted.", []),
    ("airline_baggage", G, "What's the overweight fee for a 25 kg economy bag?",
     "An economy bag heavier than 23 kg but not above 32 kg is charged $50.", []),
    ("airline_baggage", MIS, "How much is an extra bag for economy if I buy it online?",
     "Economy passengers pay $20 per extra bag when it is bought online at least 24 hours before departure.", f_mis),
    ("airline_baggage", CMP, "When do I need to buy an extra bag online to get the lower fee?",
     "Extra bags must be bought online no more than 24 hours before departure.", f_cmp),
    ("airline_baggage", RNG, "How long does it usually take for a delayed bag to arrive?",
     "Delayed bags usually arrive in 3 to 7 days.", f_rng),
    ("airline_baggage", UNIT, "How long do I have to report a damaged bag?",
     "Damaged bags must be reported within 7 weeks.", f_unit),
    ("airline_baggage", OFF, "By when must I report a delayed bag?",
     "Damaged bags must be reported within 7 days.", f_off),

    # library_ebook_print — hard cases: 5 is junior limit, hold limit and weekend closing (good row restates
    # two); $4 and age 12 asker numbers; MIS gives renewal 14 days to hold pickup; CMP more than→no more than;
    # RNG weekday end 8 p.m.→5 p.m. (weekend number); UNIT hours→minutes; OFF price vs free-page quota.
    ("library_ebook_print", G, "My son is 12. How many e-books can he have out at once?",
     "As a junior member under 16, he can borrow at most 5 e-books at a time.", []),
    ("library_ebook_print", G, "Can I renew an e-book if someone is waiting for it?",
     "No. A loan can be renewed once, for 14 days, only when no one is on the hold list.", []),
    ("library_ebook_print", G, "How many e-books can a junior member borrow, and how many holds can a member place?",
     "Junior members can borrow up to 5 e-books, and holds are likewise capped at 5 per member.", []),
    ("library_ebook_print", G, "How much does a color print cost?", "Color pages are $0.50 each.", []),
    ("library_ebook_print", G, "I owe $4 in fines. Can I still borrow e-books?",
     "Yes. Borrowing e-books is only blocked once fines exceed $10.", []),
    ("library_ebook_print", MIS, "How long will a held title be kept for me?",
     "A held title is kept for 14 days after it becomes available.", f_mis),
    ("library_ebook_print", CMP, "Which print jobs need staff approval?",
     "Print jobs of no more than 100 pages need staff approval.", f_cmp),
    ("library_ebook_print", RNG, "When can I print on a weekday?",
     "On weekdays, printing is available between 9 a.m. and 5 p.m.", f_rng),
    ("library_ebook_print", UNIT, "How long do I have to release a print job?",
     "Print jobs not released within 24 minutes are deleted.", f_unit),
    ("library_ebook_print", OFF, "How many free black-and-white pages do I get?",
     "Black-and-white pages cost $0.10 each.", f_off),

    # coworking_membership — hard cases: "$250 for Hot Desk, $400 for Dedicated Desk" (MIS swaps);
    # 4 is free hours and guest-fee threshold; 10 is free hours and 10% discount; asker numbers 2 a.m., 5-hour;
    # CMP more than→no more than 7 days; RNG 8 p.m.→10 p.m.; UNIT days→weeks; OFF: deposit asked,
    # adjacent notice-period sentence given (shared "cancel").
    ("coworking_membership", G, "I have a Dedicated Desk. Can I come in at 2 a.m. on a Sunday?",
     "Yes. Dedicated Desk members have round-the-clock access every day of the week.", []),
    ("coworking_membership", G, "How many free meeting-room hours come with a Dedicated Desk?",
     "Dedicated Desk members get 10 free meeting-room hours each month.", []),
    ("coworking_membership", G, "Can I book a meeting room for a 5-hour workshop?",
     "No. A single booking can last 3 hours at most.", []),
    ("coworking_membership", G, "How much notice do I need to give to cancel?",
     "You need to give written notice at least 30 days in advance.", []),
    ("coworking_membership", G, "My guest will stay the whole afternoon. Is there a charge?",
     "Guests who stay longer than 4 hours are charged a $15 fee.", []),
    ("coworking_membership", MIS, "What is the monthly fee for a Hot Desk?",
     "A Hot Desk membership costs $400 per month.", f_mis),
    ("coworking_membership", CMP, "When does the late-payment fee apply?",
     "A 5% fee is charged on payments no more than 7 days late.", f_cmp),
    ("coworking_membership", RNG, "What are the Hot Desk access hours?",
     "Hot Desk members can use the space from 8 a.m. to 10 p.m. on weekdays.", f_rng),
    ("coworking_membership", UNIT, "How soon is my deposit refunded after my membership ends?",
     "Deposits are refunded within 14 weeks after the membership ends.", f_unit),
    ("coworking_membership", OFF, "Do I lose my deposit if I cancel?",
     "To cancel, you must give at least 30 days' written notice.", f_off),
]


# HOLDOUT7 and HOLDOUT8 were written blind by two more helpers who read nothing of the project
# (session 5), and first run after the rules learned from HOLDOUT3-6. HOLDOUT7: housing-fund
# withdrawals, driving-school fees and home-care subsidies in Chinese; car rental, a nursery and a
# museum in English. First run: benchmarks/results/grounding_holdout7_first_run.txt.
DOCS.update({
    "gjj_tiqu": (
        "住房公积金提取管理规定\n"
        "第一条 购买自住住房的，职工可提取本人及配偶账户余额，提取总额不超过购房款总额，须在购房合同备案之日起2年内申请。\n"
        "第二条 租赁自住住房的，每年提取1次：无房职工每月提取额不超过1500元；本市已有1套住房但人均面积低于15平方米的，每月不超过1000元。\n"
        "第三条 偿还住房贷款的，每年可提取1次，提取额不超过上年度实际还款本息额。\n"
        "第四条 离职后连续失业满2年不满5年的，可提取账户余额的50%；满5年的，可提取全部余额。\n"
        "第五条 男职工满60周岁、女职工满55周岁，或出境定居的，可销户提取全部余额。\n"
        "第六条 申请材料齐全的，公积金中心在5个工作日内办结；材料不全的，在2个工作日内一次性告知需补正的材料。\n"
        "第七条 以虚假材料骗提的，责令退回，5年内不得再次申请提取和公积金贷款。\n"
    ),
    "jiaxiao_shoufei": (
        "机动车驾驶培训与考试收费规定\n"
        "第一条 培训费按准驾车型收取：\n"
        "| 车型 | 培训费 | 学时不少于 |\n"
        "|---|---|---|\n"
        "| C1手动挡 | 4500元 | 62学时 |\n"
        "| C2自动挡 | 4800元 | 58学时 |\n"
        "| D摩托车 | 1500元 | 30学时 |\n"
        "第二条 考试费：科目一50元；科目二C1为230元、C2为200元；科目三路考200元，安全文明常识考试50元。\n"
        "第三条 补考收费与首次考试相同；同一科目考试不合格的，10日后方可再次预约，每科目补考不超过5次。\n"
        "第四条 报名后7日内未开始培训而退学的，全额退费；已培训不满10学时的，退还培训费的70%；满10学时的，按剩余学时折算退费。\n"
        "第五条 驾校另行加收费用超过200元的，学员可向运管部门投诉，投诉受理后15个工作日内答复。\n"
        "第六条 学员年龄须在18周岁至70周岁之间。\n"
    ),
    "yanglao_butie": (
        "社区居家养老服务补贴实施办法\n"
        "第一条 本办法适用于本市户籍、年满60周岁并居住在社区的老年人。\n"
        "第二条 按失能等级每月发放服务补贴：轻度失能300元，中度失能500元，重度失能800元。\n"
        "第三条 年满80周岁不满90周岁的老人另发高龄津贴每月100元；年满90周岁的，每月300元。\n"
        "第四条 低保家庭老人补贴标准上浮20%；家庭人均月收入低于当地低保标准2倍的，上浮10%。\n"
        "第五条 补贴以服务券形式发放，用于助餐、助洁、助浴等服务；当月未使用的可累计使用，但累计不得超过3个月，不得兑换现金。\n"
        "第六条 申请人提交材料后，街道在10个工作日内完成评估，区民政部门在5个工作日内审核，审核通过的次月起发放。\n"
        "第七条 老人住院超过30天或入住养老机构的，暂停发放补贴。\n"
    ),
    "car_rental": (
        "Car Rental - Key Terms\n"
        "1. Drivers must be at least 21 and have held a full licence for at least 2 years. "
        "Ages 21 to 24: surcharge of $25 per day.\n"
        "2. Daily rentals include 200 miles per day, then $0.25 per mile; 7 days or more: unlimited miles.\n"
        "3. Return with a full tank, or pay fuel plus a $10 fee.\n"
        "4. Grace period: 29 minutes. More than 29 minutes late: one extra hour at $15; "
        "more than 3 hours late: a full extra day.\n"
        "5. Free cancellation at least 48 hours before pick-up; within 48 hours: $50.\n"
        "6. Deposit: $300 economy, $500 SUV; refunded within 10 days.\n"
        "7. Additional drivers: $10 per day.\n"
    ),
    "daycare_policy": (
        "Little Oaks Nursery - Parent Policy\n"
        "1. Open 7:30 am to 6:00 pm, Monday to Friday. Collection after 6:00 pm costs $1 per minute.\n"
        "2. Ages 6 months to 5 years; each child attends at least 2 full days per week.\n"
        "3. Full day $60; half day (up to 5 hours) $35.\n"
        "4. A child with a temperature of 38°C or above stays home until fever-free for 24 hours; "
        "after vomiting or diarrhoea, for 48 hours.\n"
        "5. Up to 2 weeks' holiday a year at half fees, with at least 4 weeks' notice.\n"
        "6. Withdrawal requires 4 weeks' written notice.\n"
        "7. Staff ratios: 1:3 under 2 years, 1:5 for 2-year-olds, 1:8 for ages 3 to 5.\n"
    ),
    "museum_rules": (
        "City Museum - Admission and Membership\n"
        "1. Admission:\n"
        "| Visitor | Price |\n"
        "|---|---|\n"
        "| Adult (18-64) | $20 |\n"
        "| Senior (65+) | $15 |\n"
        "| Student (ID) | $12 |\n"
        "| Child (5-17) | $8 |\n"
        "| Under 5 | Free |\n"
        "2. Membership: Individual $60 per year; Family $120 per year (2 adults, up to 4 children). "
        "Members: free admission, 10% off in the shop.\n"
        "3. Special exhibitions: $12 non-members, $5 members.\n"
        "4. Groups of 10 or more: 20% off if booked at least 14 days ahead.\n"
        "5. Open 10 am to 5 pm (Thursdays until 8 pm); last entry 1 hour before closing.\n"
        "6. Unused memberships are refundable within 14 days of purchase.\n"
    ),
})

HOLDOUT7: list[tuple] = [
    # gjj_tiqu — hard: 2/5/1 each used for several things (年/个工作日/次/套), parallel 1500 vs 1000元, 满2年不满5年 band, asker's own numbers (4000元, 3年)
    ("gjj_tiqu", G, "我在本市没有房子，一直租房住，月租4000元，每个月最多能提多少公积金？",
     "无房职工租房提取，每月最多可以提1500元，每年办理一次。", []),
    ("gjj_tiqu", G, "我失业已经3年了，能把公积金全部取出来吗？",
     "还不能全部取。连续失业满2年不满5年的，只能提取账户余额的50%；失业满5年后才可以提取全部余额。", []),
    ("gjj_tiqu", G, "提取申请交上去以后要等多久？",
     "材料齐全的，中心5个工作日内办结；材料不全的，会在2个工作日内一次性告诉你要补哪些材料。", []),
    ("gjj_tiqu", G, "女职工多大年纪可以把公积金账户销掉、余额全取出来？",
     "女职工年满55周岁即可销户提取全部余额，男职工则要满60周岁。", []),
    ("gjj_tiqu", G, "买房合同备案一年半了才想起来提公积金，还来得及吗？",
     "来得及，购房提取只要在合同备案之日起2年内申请就行。", []),
    ("gjj_tiqu", MIS, "本市已有一套小面积住房的职工租房，每月能提多少？",
     "每月提取额不超过1500元。", f_mis),
    ("gjj_tiqu", CMP, "购房提取公积金有没有时间限制？",
     "有，须在购房合同备案之日起2年后申请。", f_cmp),
    ("gjj_tiqu", RNG, "离职失业多久可以提取一半的余额？",
     "连续失业满1年不满5年的，可提取账户余额的50%。", f_rng),
    ("gjj_tiqu", UNIT, "用假材料骗提公积金会怎么处理？",
     "责令退回，并且5个月内不得再次申请提取和公积金贷款。", f_unit),
    ("gjj_tiqu", OFF, "还房贷提取公积金，一年最多能提多少钱？",
     "无房职工租房提取的，每月提取额不超过1500元。", f_off),

    # jiaxiao_shoufei — hard: table rows, 200元 used three times (C2科目二/科目三/投诉门槛), 50元 twice, 10 as 日 and 学时, C1/C2 digits, asker's 3天/300元
    ("jiaxiao_shoufei", G, "我想学自动挡，学费多少？最少要练多少学时？",
     "C2自动挡培训费4800元，培训不少于58学时。", []),
    ("jiaxiao_shoufei", G, "科目三没过，能不能第二天就约补考？补考要多少钱？",
     "不能，同一科目不合格要等10日后才能再预约；补考收费和首次一样，科目三路考是200元。", []),
    ("jiaxiao_shoufei", G, "C1和C2科目二的考试费一样吗？",
     "不一样：C1科目二230元，C2科目二200元。", []),
    ("jiaxiao_shoufei", G, "我报名才3天，还没开始练车就不想学了，学费能全退吗？",
     "可以，报名后7日内还没开始培训就退学的，全额退费。", []),
    ("jiaxiao_shoufei", G, "驾校另外让我交300元的杂费，我能投诉吗？",
     "可以。另行加收超过200元的，可以向运管部门投诉，受理后15个工作日内给答复。", []),
    ("jiaxiao_shoufei", MIS, "考摩托车驾照至少要学多少学时？",
     "D摩托车培训不少于58学时。", f_mis),
    ("jiaxiao_shoufei", CMP, "同一科目补考次数有限制吗？",
     "每科目补考不少于5次。", f_cmp),
    ("jiaxiao_shoufei", RNG, "多大年纪可以报名学车？",
     "学员年龄须在18周岁至62周岁之间。", f_rng),
    ("jiaxiao_shoufei", UNIT, "投诉驾校乱收费后多久会有答复？",
     "投诉受理后15周内答复。", f_unit),
    ("jiaxiao_shoufei", OFF, "科目二补考要交多少钱？",
     "同一科目考试不合格的，10日后方可再次预约。", f_off),

    # yanglao_butie — hard: 300元 is both 轻度失能 and 90岁津贴, 10 as 工作日 and %, parallel 300/500/800 and 20%/10%, sums across two clauses (500+100), 满80不满90 band
    ("yanglao_butie", G, "我妈中度失能，今年85岁，每月一共能领多少？",
     "中度失能服务补贴每月500元，再加上80至90周岁之间的高龄津贴每月100元，合计每月600元。", []),
    ("yanglao_butie", G, "服务券这个月没用完，会作废吗？",
     "不会马上作废，可以累计使用，但最多累计3个月，也不能换成现金。", []),
    ("yanglao_butie", G, "从交材料到开始领补贴，大概要多久？",
     "街道10个工作日内评估，区民政部门再用5个工作日内审核，审核通过后从次月开始发放。", []),
    ("yanglao_butie", G, "我父亲92岁了，高龄津贴每月有多少？",
     "年满90周岁的老人，高龄津贴为每月300元。", []),
    ("yanglao_butie", G, "低保家庭的重度失能老人，补贴会不会多一些？",
     "会。重度失能标准是每月800元，低保家庭老人在此基础上上浮20%。", []),
    ("yanglao_butie", MIS, "家庭人均月收入低于低保标准两倍的，补贴上浮多少？",
     "上浮20%。", f_mis),
    ("yanglao_butie", CMP, "老人住院多久会停发补贴？",
     "住院不超过30天的，暂停发放补贴。", f_cmp),
    ("yanglao_butie", RNG, "多大年纪的老人能领每月100元的高龄津贴？",
     "年满60周岁不满90周岁的老人。", f_rng),
    ("yanglao_butie", UNIT, "没用完的服务券最多能攒多久？",
     "可以累计使用，但累计不得超过3年。", f_unit),
    ("yanglao_butie", OFF, "申请居家养老服务补贴要满多少岁？",
     "年满80周岁不满90周岁的老人另发高龄津贴每月100元。", f_off),

    # car_rental — hard: $10 is refuel fee, extra-driver rate and 10 days; 25 as $25 and $0.25; 29-minute grace vs 3 hours; parallel $300/$500; asker's 23, 5-day/1,000 miles, 20 minutes
    ("car_rental", G, "I'm 23. Can I rent a car, and will it cost me extra?",
     "Yes, provided you've held a full licence for at least 2 years; drivers aged 21 to 24 pay an extra $25 a day.", []),
    ("car_rental", G, "I'm planning a 5-day road trip of about 1,000 miles. Is mileage unlimited?",
     "No. Unlimited mileage only comes with weekly rentals of 7 days or more; a daily rental includes 200 miles per day and each extra mile costs $0.25.", []),
    ("car_rental", G, "How much is the deposit on an SUV, and when do I get it back?",
     "It is $500 for an SUV, and the deposit is refunded within 10 days.", []),
    ("car_rental", G, "If I bring the car back 20 minutes late, will I be charged?",
     "No. There is a 29-minute grace period; the $15 extra-hour charge only applies once you are more than 29 minutes late.", []),
    ("car_rental", G, "Do I have to fill the tank up before I return the car?",
     "Yes, it should come back full; otherwise you pay the fuel cost plus a $10 refuelling fee.", []),
    ("car_rental", MIS, "How much does an additional driver cost per day?",
     "$25 per day.", f_mis),
    ("car_rental", CMP, "Can I cancel my booking for free?",
     "Yes, cancellations made within 48 hours of pick-up are free.", f_cmp),
    ("car_rental", RNG, "Which drivers have to pay the young driver surcharge?",
     "Drivers aged 21 to 29 pay $25 per day.", f_rng),
    ("car_rental", UNIT, "How long is the grace period for returning the car late?",
     "The grace period is 29 hours.", f_unit),
    ("car_rental", OFF, "What happens if I return the car more than 3 hours late?",
     "Returns more than 29 minutes late are charged one extra hour at $15.", f_off),

    # daycare_policy — hard: 5 as years/hours/ratio, 2 as days/weeks/age, 4 weeks used for holiday notice and withdrawal, 24 vs 48 hours, times like 6:00 pm, derived late fee, asker's 38.5°C and 6:20 pm
    ("daycare_policy", G, "My son is 4. How many children does each staff member look after in his group?",
     "For children aged 3 to 5 the ratio is one adult to 8 children.", []),
    ("daycare_policy", G, "Can I send my baby for just one day a week?",
     "No, every child has to attend a minimum of two full days each week.", []),
    ("daycare_policy", G, "My daughter had a 38.5°C fever yesterday. When can she come back?",
     "That is 38°C or above, so she must stay home until she has been fever-free for 24 hours.", []),
    ("daycare_policy", G, "What do a full day and a half day cost?",
     "A full day is $60; a half day, of up to 5 hours, is $35.", []),
    ("daycare_policy", G, "If I pick my child up at 6:20 pm, what will I be charged?",
     "Collection after 6:00 pm costs $1 per minute, so 20 minutes late means a $20 late fee.", []),
    ("daycare_policy", MIS, "How long must a child stay away after vomiting?",
     "For 24 hours.", f_mis),
    ("daycare_policy", CMP, "How much notice do we need to give before taking a holiday?",
     "No more than 4 weeks' notice.", f_cmp),
    ("daycare_policy", RNG, "What ages does the nursery take?",
     "Children from 6 months to 8 years.", f_rng),
    ("daycare_policy", UNIT, "How much is the late pick-up fee?",
     "$1 per hour after 6:00 pm.", f_unit),
    ("daycare_policy", OFF, "How many weeks of holiday a year can we take at half fees?",
     "Holiday requests need at least 4 weeks' notice.", f_off),

    # museum_rules — hard: table rows, $12 is student price and non-member exhibition price, 5 as age/$5/5 pm, 10 as group size/10%/10 am, 14 days twice, derived last entry 4 pm, asker's 70 and group of 25
    ("museum_rules", G, "I'm 70. What does a ticket cost me?",
     "Visitors aged 65 and over pay $15.", []),
    ("museum_rules", G, "Can I still get in at 4:30 pm on a Tuesday?",
     "No. On a normal day the museum closes at 5 pm and last entry is 1 hour before closing, i.e. 4 pm.", []),
    ("museum_rules", G, "I'm a member. Do I still pay for the special exhibition?",
     "Yes, but only $5 rather than the $12 non-member price; general admission itself is free for members.", []),
    ("museum_rules", G, "We're a school group of 25. Is there a discount?",
     "Yes, groups of 10 or more get 20% off admission if you book at least 14 days ahead.", []),
    ("museum_rules", G, "Would a family membership cover me, my wife and our three kids?",
     "Yes, the family membership ($120 a year) covers 2 adults and up to 4 children.", []),
    ("museum_rules", MIS, "How much is a special exhibition ticket for non-members?",
     "$5 for non-members.", f_mis),
    ("museum_rules", CMP, "How big does a group have to be to get the group discount?",
     "Groups of 10 or fewer get 20% off admission.", f_cmp),
    ("museum_rules", RNG, "Which ages pay the $8 child price?",
     "Children aged 5 to 12 pay $8.", f_rng),
    ("museum_rules", UNIT, "How much is an individual membership?",
     "$60 per month.", f_unit),
    ("museum_rules", OFF, "What time does the museum close on Thursdays?",
     "Regular opening hours are 10 am to 5 pm.", f_off),
]


# HOLDOUT8: parcel compensation, e-bike registration and graduate scholarships in Chinese; a bank's
# savings and overdraft terms, marathon rules and a phone/internet allowance in English. First run:
# benchmarks/results/grounding_holdout8_first_run.txt.
DOCS.update({
    "zh_express_compensation": (
        "快递丢失损坏赔偿规定\n"
        "第一条 本规定适用于本公司承运的国内快件。\n"
        "第二条 未保价快件丢失或全部损毁的，按实际损失赔偿，每票最高不超过运费的5倍，且不超过1000元。\n"
        "第三条 保价快件丢失的，按声明价值赔偿；部分损坏的，按损坏比例赔偿。单票声明价值最高2万元，保价费率如下：\n"
        "| 声明价值 | 保价费率 |\n"
        "|---|---|\n"
        "| 不满1000元 | 1% |\n"
        "| 满1000元不满5000元 | 0.8% |\n"
        "| 5000元以上（含） | 0.5% |\n"
        "第四条 损坏的，寄件人应在签收后7日内提出索赔；丢失的，应在寄件之日起30日内提出索赔；逾期不予受理。\n"
        "第五条 公司收到完整索赔材料后5个工作日内作出核定，核定后3个工作日内支付赔款。\n"
        "第六条 快件超过承诺时限5天仍未送达的，视为丢失。\n"
        "第七条 易碎品未按规定包装的，损坏赔偿最高为实际损失的50%。\n"
    ),
    "zh_ebike_registration_parking": (
        "电动自行车登记与停放管理办法\n"
        "第一条 电动自行车应当自购买之日起15日内到公安机关交通管理部门办理登记，领取号牌。\n"
        "第二条 办理登记须提供身份证明、购车发票和产品合格证。驾驶人须年满16周岁。\n"
        "第三条 车辆须符合国家标准：最高设计车速不超过25公里/小时，整车质量不超过55公斤，电机功率不超过400瓦。\n"
        "第四条 号牌遗失的，应在3日内申请补领，补领手续费10元。\n"
        "第五条 电动自行车应停放在指定区域，禁止在楼道、安全出口停放或充电；拒不改正的，对个人处50元以上200元以下罚款，对单位处1000元以上1万元以下罚款。\n"
        "第六条 公共停车点每天6时至22时免费停放2小时，超过2小时的部分每小时收费1元，单日最高收费10元；22时至次日6时每次收费3元。\n"
    ),
    "zh_grad_scholarship": (
        "研究生奖助学金评定办法\n"
        "第一条 国家助学金：全日制博士研究生每生每年15000元，硕士研究生每生每年6000元，按10个月发放。\n"
        "第二条 学业奖学金按学年评定，等级与金额如下：\n"
        "| 等级 | 硕士 | 博士 | 比例 |\n"
        "|---|---|---|---|\n"
        "| 一等 | 8000元 | 12000元 | 20% |\n"
        "| 二等 | 6000元 | 10000元 | 40% |\n"
        "| 三等 | 4000元 | 8000元 | 30% |\n"
        "第三条 国家奖学金：博士每生3万元，硕士每生2万元；申请者课程平均成绩须在85分以上，且无不及格课程。\n"
        "第四条 受到警告以上处分或学位课程不及格的，取消当年评定资格；累计旷课10至20学时的，降低一个等级评定；超过20学时的，取消当年评定资格。\n"
        "第五条 评审每年9月至10月进行，结果公示不少于5个工作日；有异议的可在公示期内向学院提出，学院在10个工作日内答复。\n"
        "第六条 延期毕业超过1年的研究生不再享受国家助学金。\n"
    ),
    "en_bank_savings_overdraft": (
        "Savings and Overdraft Terms\n"
        "1. Savings interest, paid monthly:\n"
        "| Balance | Annual rate |\n"
        "|---|---|\n"
        "| Under $1,000 | 0.5% |\n"
        "| $1,000 to $9,999 | 1.5% |\n"
        "| $10,000 and over | 2% |\n"
        "2. Up to 6 free savings withdrawals a month; then $2 each.\n"
        "3. Arranged overdraft: up to $1,000 at 19.9% a year.\n"
        "4. Going more than $10 over your arranged limit costs a $25 unarranged overdraft fee, at most 3 times a month.\n"
        "5. Notice: at least 30 days before a rate change, at least 2 months before closing an account.\n"
        "6. Deposits before 4 pm on a business day are credited that day; later ones the next business day.\n"
    ),
    "en_city_marathon_rules": (
        "City Marathon Race Rules\n"
        "1. Marathon runners must be 18 or over on race day; the 10K is open to runners aged 16 and over.\n"
        "2. The race starts at 7:00 am; bag drop closes at 6:30 am.\n"
        "3. The course closes 6 hours after the start; runners not at halfway (13.1 miles) within 3 hours must leave it.\n"
        "4. Entry: $90 for the marathon, $40 for the 10K. Withdrawals at least 30 days before race day get a 50% refund; later ones get none.\n"
        "5. Bibs may be transferred up to 14 days before race day for a $10 fee.\n"
        "6. Water stations are every 2 miles from mile 2 to mile 24; medical tents are at miles 6, 13 and 20.\n"
    ),
    "en_phone_internet_allowance": (
        "Phone and Internet Allowances\n"
        "1. Non-managers get a $50 monthly phone allowance; managers get $80.\n"
        "2. Staff working from home 2 to 4 days a week get $40 a month for home internet; 5 days a week, $60.\n"
        "3. Allowances are taxable and paid with salary.\n"
        "4. New staff are eligible after 30 days of service.\n"
        "5. Business roaming is repaid up to $100 per trip if claimed within 60 days of return with an itemised bill.\n"
        "6. Company phones are replaced every 24 months; staff pay 50% of the cost if a replacement is lost within 12 months.\n"
        "7. Part-time staff under 20 hours a week get 50% of the allowances.\n"
    ),
})

HOLDOUT8: list[tuple] = [
    # zh_express_compensation — hard: 5 used as 倍数/工作日/天, 1000 as cap and table threshold, asker's own numbers (3000, 20), table band lookup, two-clause timing; 损坏7日 vs 丢失30日 parallel rules
    ("zh_express_compensation", G, "我寄了一件没保价的东西，运费20元，东西值3000元，丢了能按3000元全赔吗？", "不能。没保价的快件按实际损失赔，但每票最多赔运费的5倍，而且封顶1000元。", []),
    ("zh_express_compensation", G, "声明价值3000元的快件，保价费按什么比例收？", "3000元属于满1000元不满5000元这一档，费率是0.8%。", []),
    ("zh_express_compensation", G, "东西寄到时摔坏了，我过了两周才去索赔，还来得及吗？", "来不及了，损坏要在签收后7日内提出索赔，过期不予受理。", []),
    ("zh_express_compensation", G, "材料交齐以后，要多久才能拿到赔款？", "公司先在5个工作日内核定，核定完再在3个工作日内付款。", []),
    ("zh_express_compensation", G, "快件一直没送到，什么时候可以按丢件处理？", "超过承诺的送达时限5天还没送到，就视为丢失。", []),
    ("zh_express_compensation", MIS, "快件丢了，最晚什么时候要提出索赔？", "丢失的快件应在寄件之日起7日内提出索赔。", f_mis),
    ("zh_express_compensation", CMP, "易碎品没按规定包装，摔坏了怎么赔？", "损坏赔偿至少为实际损失的50%。", f_cmp),
    ("zh_express_compensation", RNG, "0.8%的保价费率适用于哪些快件？", "声明价值满1000元不满2万元的快件适用0.8%的费率。", f_rng),
    ("zh_express_compensation", UNIT, "一票快件最多能保价多少？", "单票声明价值最高2千元。", f_unit),
    ("zh_express_compensation", OFF, "快件损坏的话，索赔期限是多长？", "丢失的快件应在寄件之日起30日内提出索赔，逾期不予受理。", f_off),

    # zh_ebike_registration_parking — hard: asker's 15岁 collides with 15日, 10元 both 补领费 and 单日封顶, 3 both 3日 and 3元, computed parking fee, 个人/单位 parallel fines
    ("zh_ebike_registration_parking", G, "我家孩子15岁，能骑电动自行车吗？", "不能，驾驶人必须年满16周岁。", []),
    ("zh_ebike_registration_parking", G, "白天在公共停车点停了5个小时，要交多少钱？", "前2小时免费，多出的3小时每小时1元，一共3元。", []),
    ("zh_ebike_registration_parking", G, "物业发现某公司在楼道里给电动车充电，劝了也不改，会怎么罚？", "对单位处1000元到1万元的罚款。", []),
    ("zh_ebike_registration_parking", G, "一辆最高设计车速30公里/小时的电动自行车符合国家标准吗？", "不符合，国家标准要求最高设计车速不超过25公里/小时。", []),
    ("zh_ebike_registration_parking", G, "晚上11点把车停进公共停车点，第二天早上5点取走，怎么收费？", "这段时间在22时至次日6时之间，按次收费，每次3元。", []),
    ("zh_ebike_registration_parking", MIS, "号牌丢了，补办要交多少手续费？", "补领号牌的手续费是3元。", f_mis),
    ("zh_ebike_registration_parking", CMP, "国家标准对电动自行车的整车质量有什么要求？", "整车质量不低于55公斤。", f_cmp),
    ("zh_ebike_registration_parking", RNG, "个人在安全出口停车，拒不改正的罚多少？", "对个人处50元以上1000元以下罚款。", f_rng),
    ("zh_ebike_registration_parking", UNIT, "买了电动自行车后多久内要去登记？", "应自购买之日起15周内办理登记、领取号牌。", f_unit),
    ("zh_ebike_registration_parking", OFF, "白天在公共停车点停车，一天最多收多少钱？", "22时至次日6时停放的，每次收费3元。", f_off),

    # zh_grad_scholarship — hard: 6000 and 8000 each appear for two subjects, computed total 12000 equals an unrelated table cell, monthly 1500 derived, asker's 84分/18学时, 10 as 个月/工作日/学时
    ("zh_grad_scholarship", G, "我是硕士，今年评上了二等学业奖学金，加上国家助学金，一年一共能拿多少？", "二等学业奖学金硕士是6000元，国家助学金硕士每年也是6000元，合计12000元。", []),
    ("zh_grad_scholarship", G, "博士生的国家助学金每个月发多少？", "每年15000元，分10个月发放，每月1500元。", []),
    ("zh_grad_scholarship", G, "我课程平均分84分，能申请国家奖学金吗？", "不能，国家奖学金要求课程平均成绩在85分以上。", []),
    ("zh_grad_scholarship", G, "一等学业奖学金的名额比例和金额是多少？", "一等占20%，硕士8000元，博士12000元。", []),
    ("zh_grad_scholarship", G, "我这学年累计旷课18学时，还能参加评定吗？", "还能参加，但旷课在10至20学时之间，要降低一个等级评定。", []),
    ("zh_grad_scholarship", MIS, "硕士生三等学业奖学金有多少钱？", "硕士三等学业奖学金为8000元。", f_mis),
    ("zh_grad_scholarship", CMP, "评审结果要公示几天？", "评审结果公示不超过5个工作日。", f_cmp),
    ("zh_grad_scholarship", RNG, "旷课多少会被降一个等级评定？", "累计旷课10至30学时的，降低一个等级评定。", f_rng),
    ("zh_grad_scholarship", UNIT, "旷课多少会被取消评定资格？", "累计旷课超过20天的，取消当年评定资格。", f_unit),
    ("zh_grad_scholarship", OFF, "对评审结果有异议，学院多久给答复？", "评审结果公示不少于5个工作日。", f_off),

    # en_bank_savings_overdraft — hard: $1,000 is both a rate-band edge and the overdraft limit, 2 as $2 / 2% / 2 months, 10 as $10 and $10,000, asker's $4,500 / 5 pm / 8 withdrawals, computed fee
    ("en_bank_savings_overdraft", G, "I keep about $4,500 in my savings account. What interest rate do I get?", "That balance sits in the $1,000 to $9,999 band, so you earn 1.5% a year, paid monthly.", []),
    ("en_bank_savings_overdraft", G, "If I take money out of savings 8 times this month, what will it cost me?", "The first 6 withdrawals are free; the other 2 cost $2 each, so $4 in total.", []),
    ("en_bank_savings_overdraft", G, "Can the bank shut my account without telling me first?", "No. It has to give you at least 2 months' notice before closing the account.", []),
    ("en_bank_savings_overdraft", G, "I paid in a cheque at 5 pm on a business day. When will it be credited?", "Because that is after the 4 pm cut-off, it is credited on the next business day.", []),
    ("en_bank_savings_overdraft", G, "What's the biggest arranged overdraft I can get, and what does it cost?", "You can agree an arranged overdraft of up to $1,000, charged at 19.9% interest a year.", []),
    ("en_bank_savings_overdraft", MIS, "How many free savings withdrawals do I get each month?", "You get up to 3 free withdrawals per month.", f_mis),
    ("en_bank_savings_overdraft", CMP, "When does the unarranged overdraft fee kick in?", "If you go less than $10 beyond your arranged limit, a $25 unarranged overdraft fee applies.", f_cmp),
    ("en_bank_savings_overdraft", RNG, "Which savings balances earn 1.5%?", "Balances between $10 and $9,999 earn 1.5% a year.", f_rng),
    ("en_bank_savings_overdraft", UNIT, "How much warning do I get before a rate change?", "At least 30 weeks' notice is given before any rate change.", f_unit),
    ("en_bank_savings_overdraft", OFF, "How much notice will the bank give before closing my account?", "The bank gives at least 30 days' notice of any rate change.", f_off),

    # en_city_marathon_rules — hard: 6 as hours / 6:30 / mile 6, 30 as days and 6:30, 10 as 10K and $10, asker's age 17 and "6 weeks", marathon/10K parallel ages and fees, computed refund
    ("en_city_marathon_rules", G, "My daughter is 17. Can she run the full marathon?", "No. Marathon runners must be 18 or older on race day, although at 17 she could enter the 10K, which is open from age 16.", []),
    ("en_city_marathon_rules", G, "If I pull out of the marathon 6 weeks before race day, how much do I get back?", "Six weeks is more than 30 days ahead, so you get a 50% refund of the $90 fee, which is $45.", []),
    ("en_city_marathon_rules", G, "By what time must I hand in my bag?", "Bag drop shuts at 6:30 am, half an hour before the 7:00 am start.", []),
    ("en_city_marathon_rules", G, "How often will I find water on the course?", "There is a water station every 2 miles, from mile 2 through mile 24.", []),
    ("en_city_marathon_rules", G, "I'm a slow runner. Is there a time limit?", "Yes. You must reach halfway (13.1 miles) within 3 hours, and the course closes 6 hours after the start.", []),
    ("en_city_marathon_rules", MIS, "What is the entry fee for the 10K?", "The 10K entry fee is $90.", f_mis),
    ("en_city_marathon_rules", CMP, "Who is allowed to enter the 10K?", "The 10K is open to runners aged 16 and under.", f_cmp),
    ("en_city_marathon_rules", RNG, "Where along the course are the water stations?", "Water stations are every 2 miles from mile 2 to mile 20.", f_rng),
    ("en_city_marathon_rules", UNIT, "Where is the halfway cut-off and what is the time limit there?", "Halfway is at 13.1 kilometres, and you must reach it within 3 hours.", f_unit),
    ("en_city_marathon_rules", OFF, "How late can I transfer my bib to a friend?", "A bib transfer costs $10.", f_off),

    # en_phone_internet_allowance — hard: 50 as $50 / 50% twice, 60 as $60 and 60 days, 2-to-4 band vs 5 days, staff/manager parallel amounts, asker's 3 days / 15 hours / 45 days, derived $25
    ("en_phone_internet_allowance", G, "I'm a manager and I work from home 3 days a week. What allowances do I get each month?", "A $80 mobile phone allowance plus a $40 home internet allowance, since 3 days falls in the 2-to-4-day band.", []),
    ("en_phone_internet_allowance", G, "I work 15 hours a week part-time. Do I get the full $50 phone allowance?", "No. Staff working under 20 hours a week get 50% of the allowances, so $25 instead of $50.", []),
    ("en_phone_internet_allowance", G, "I'm joining next week. Will I get the allowance from day one?", "No, you become eligible once you have completed 30 days of service.", []),
    ("en_phone_internet_allowance", G, "I got back from a work trip abroad 45 days ago. Is it too late to claim my roaming charges?", "No. Claims are accepted within 60 days of return, with an itemised bill, and up to $100 per trip is reimbursed.", []),
    ("en_phone_internet_allowance", G, "How often does the company swap out my work phone?", "Every 24 months, i.e. every two years.", []),
    ("en_phone_internet_allowance", MIS, "What is the home internet allowance if I work from home 5 days a week?", "You receive $40 a month.", f_mis),
    ("en_phone_internet_allowance", CMP, "Which employees get only half of the allowances?", "Part-time employees working over 20 hours a week receive 50% of the allowances.", f_cmp),
    ("en_phone_internet_allowance", RNG, "Who qualifies for the $40 home internet allowance?", "Employees who work from home 2 to 5 days a week.", f_rng),
    ("en_phone_internet_allowance", UNIT, "How long after a trip do I have to claim roaming costs?", "You must claim within 60 hours of return, with an itemised bill.", f_unit),
    ("en_phone_internet_allowance", OFF, "What happens if I lose my company phone?", "A company handset is replaced every 24 months.", f_off),
]


# HOLDOUT9 and HOLDOUT10 were written blind by two more helpers who read nothing of the project
# (session 5), and first run after the rules learned from HOLDOUT7 and HOLDOUT8. HOLDOUT9: train
# ticket refunds, income-tax deductions and elderly meal subsidies in Chinese; an apartment lease,
# course withdrawal and EV charging in English. First run: benchmarks/results/grounding_holdout9_first_run.txt.
DOCS.update({
    "gaotie_tuipiao": (
        "高铁车票退票改签规定\n"
        "第一条 旅客退票，开车前8天以上的，不收退票费；开车前48小时以上、不满8天的，按票价5%收取退票费；"
        "开车前24小时以上、不满48小时的，按票价10%收取；开车前不满24小时的，按票价20%收取。\n"
        "第二条 退票费按元计算，尾数以5角为单位，每张最低收取2元。\n"
        "第三条 改签限办理1次。开车前48小时以上的，可改签预售期内的其他车次；不满48小时的，"
        "可改签至票面日期当日24时前的其他车次。\n"
        "第四条 改签后新票票价低于原票的，退还差额，对差额部分按第一条标准收取退票费；新票票价高于原票的，补收差额。\n"
        "第五条 开车后，旅客可在当日24时前改签当日其他车次，但不得退票，因伤病等特殊情况除外。\n"
        "第六条 通过网上办理退票、改签的，须不晚于开车前30分钟；在车站窗口办理的，须不晚于开车前5分钟。\n"
        "第七条 退票款按原支付渠道返还，网上支付的在1至15个工作日内到账。\n"
    ),
    "geshui_kouchu": (
        "个人所得税专项附加扣除办法（节选）\n"
        "第一条 子女教育：纳税人的子女自年满3周岁至全日制学历教育结束，按每个子女每月2000元定额扣除。"
        "父母可选择由其中一方按100%扣除，也可选择双方各按50%扣除，扣除方式在一个纳税年度内不能变更。\n"
        "第二条 住房贷款利息：纳税人本人或配偶购买首套住房发生的贷款利息，按每月1000元定额扣除，"
        "扣除期限最长不超过240个月。经夫妻双方约定，可选择由其中一方扣除。\n"
        "第三条 夫妻双方婚前分别购买住房发生的首套住房贷款，婚后可选择其中一套由购买方按100%扣除，"
        "也可由双方对各自购买的住房分别按50%扣除。\n"
        "第四条 赡养老人：被赡养人为年满60周岁的父母。纳税人为独生子女的，按每月3000元定额扣除；"
        "为非独生子女的，由其与兄弟姐妹分摊每月3000元的扣除额度，每人分摊的额度不能超过每月1500元。\n"
        "第五条 纳税人可在每年3月1日至6月30日办理年度汇算时申报上述扣除。\n"
    ),
    "shitang_butie": (
        "某区社区食堂老年人就餐补贴实施细则\n"
        "第一条 本区户籍、年满60周岁的老年人在社区食堂就餐可享受补贴，每人每天限补贴1餐（午餐）。\n"
        "第二条 补贴标准如下：\n"
        "| 对象 | 每餐补贴 |\n"
        "|---|---|\n"
        "| 60周岁以上不满70周岁 | 2元 |\n"
        "| 70周岁以上不满80周岁 | 3元 |\n"
        "| 80周岁以上 | 5元 |\n"
        "| 低保、特困老年人 | 10元 |\n"
        "第三条 低保、特困老年人按每餐10元补贴，不与年龄档补贴叠加。\n"
        "第四条 每餐餐标不超过15元的，按上表补贴；超过15元的部分由本人自付。\n"
        "第五条 食堂每日11时至13时供应午餐。行动不便的80周岁以上老年人可申请送餐，送餐费每次不超过3元。\n"
        "第六条 补贴按月结算，食堂须于次月10日前报送就餐记录；老年人连续3个月未就餐的，暂停补贴资格。\n"
        "第七条 老年人凭补贴卡刷卡就餐，补贴卡遗失的，须在2个工作日内挂失。\n"
    ),
    "lease_terms": (
        "Apartment Lease Terms\n"
        "1. Monthly rent is $1,450, due on the 1st. No late fee is charged if rent is received by the 5th.\n"
        "2. Rent received from the 6th to the 9th incurs a $50 late fee; from the 10th on, $10 per day is added. "
        "Late fees may not exceed $150 per month.\n"
        "3. The deposit is one month's rent, returned within 30 days after move-out, minus documented damage.\n"
        "4. Pets: up to 2 cats or dogs under 40 lbs. Pet deposit: $300 per pet. Monthly pet rent: $35 per cat, $50 per dog.\n"
        "5. Move-out requires at least 60 days' written notice.\n"
        "6. Breaking the lease early costs 2 months' rent.\n"
    ),
    "course_withdrawal": (
        "Withdrawal and Grading Policy\n"
        "1. A course dropped within the first 10 days of term leaves no record and gets a full refund.\n"
        "2. From day 11 to week 8, students may withdraw with a W; 50% of tuition is refunded through week 4, none after.\n"
        "3. After week 8, withdrawal needs dean approval for a documented medical reason.\n"
        "4. Grades: A = 90-100, B = 80-89, C = 70-79, D = 60-69, F = below 60.\n"
        "5. A course may be repeated at most 2 times; only the latest grade counts in GPA.\n"
        "6. More than 3 W grades in a year leads to academic review.\n"
        "7. An Incomplete (I) not resolved within 1 term becomes an F.\n"
    ),
    "ev_charging": (
        "EV Charging Station Pricing and Rules\n"
        "| Charger | Peak (7am-7pm) | Off-peak |\n"
        "|---|---|---|\n"
        "| Level 2 | $0.30/kWh | $0.20/kWh |\n"
        "| DC Fast | $0.45/kWh | $0.35/kWh |\n"
        "1. Members receive 10% off all energy prices.\n"
        "2. DC Fast sessions are limited to 45 minutes; Level 2 sessions to 4 hours.\n"
        "3. After charging ends, an idle fee of $0.40 per minute applies after a 10-minute grace period, up to $20 per session.\n"
        "4. Reservations may be made up to 24 hours ahead and are held for 15 minutes.\n"
        "5. Parking in a charging bay without charging is fined $50.\n"
    ),
})

HOLDOUT9: list[tuple] = [
    # gaotie_tuipiao — hard: time bands (8天/48小时/24小时) in 满…不满 form, 24 used as hours and as 24时 clock time, 5 as %/角/分钟, parallel online vs window deadlines, computed fee in a G row.
    ("gaotie_tuipiao", G, "我买了一张400元的车票，离开车还有三天，现在退票要扣多少钱？",
     "距开车三天属于开车前48小时以上、不满8天，按票价5%收退票费，400元的票扣20元。", []),
    ("gaotie_tuipiao", G, "开车前不到一天才去退票，手续费按什么比例收？",
     "开车前不满24小时退票的，按票价的20%收取退票费。", []),
    ("gaotie_tuipiao", G, "我已经改签过一次了，还能再改吗？",
     "不能，改签只能办理1次。", []),
    ("gaotie_tuipiao", G, "车已经开了，我还能换到当天晚些的车次吗？",
     "可以，开车后在当日24时前仍可改签当天的其他车次，不过开车后就不能退票了（伤病等特殊情况除外）。", []),
    ("gaotie_tuipiao", G, "网上办和去车站窗口办，最晚分别要在什么时候前办理？",
     "网上办理须不晚于开车前30分钟，车站窗口办理须不晚于开车前5分钟。", []),
    ("gaotie_tuipiao", MIS, "在车站窗口办理改签，最晚要在开车前多久？",
     "须不晚于开车前30分钟办理。", f_mis),
    ("gaotie_tuipiao", CMP, "开车前多久退票可以不交退票费？",
     "开车前不满8天退票的，不收退票费。", f_cmp),
    ("gaotie_tuipiao", RNG, "网上买的票退了以后，钱多久能到账？",
     "按原支付渠道返还，在5至15个工作日内到账。", f_rng),
    ("gaotie_tuipiao", UNIT, "在网上退票，最晚要在开车前多长时间办理？",
     "须不晚于开车前30小时办理。", f_unit),
    ("gaotie_tuipiao", OFF, "改签后的新票比原来便宜，差价怎么处理？",
     "改签只能办理1次，开车前48小时以上的可以改签预售期内的其他车次。", f_off),

    # geshui_kouchu — hard: 100%/50% reused for children and for housing, 3 as 周岁/3000/3月, 每月 vs 每年, asker's ages (5岁/2岁/62岁) not in document, sibling cap 1500 vs total 3000.
    ("geshui_kouchu", G, "我有两个孩子，一个5岁一个2岁，子女教育每月能扣多少？",
     "子女教育从年满3周岁开始扣除，5岁的孩子每月可扣2000元；2岁的孩子还不满3周岁，不在子女教育扣除范围内。", []),
    ("geshui_kouchu", G, "我是独生子女，父亲今年62岁，赡养老人这项每月能扣多少？",
     "父亲已满60周岁，作为独生子女您可以按每月3000元扣除。", []),
    ("geshui_kouchu", G, "我和哥哥一起赡养父母，我这一份最多能扣多少？",
     "非独生子女共同分摊每月3000元的额度，每人分摊的部分每月不能超过1500元。", []),
    ("geshui_kouchu", G, "首套房的房贷利息可以扣多久？",
     "最长不超过240个月（即20年），期间每月按1000元定额扣除。", []),
    ("geshui_kouchu", G, "我们夫妻婚前各自买了首套房并且都有贷款，婚后能不能两个人都扣？",
     "可以，双方可以对各自购买的住房分别按50%扣除；也可以选其中一套由购买方按100%扣除。", []),
    ("geshui_kouchu", MIS, "首套住房贷款利息每月扣除标准是多少？",
     "按每月2000元定额扣除。", f_mis),
    ("geshui_kouchu", CMP, "我和妹妹分摊赡养老人扣除，每人有上限吗？",
     "有，每人分摊的额度不能低于每月1500元。", f_cmp),
    ("geshui_kouchu", RNG, "什么时间段可以办理年度汇算申报这些扣除？",
     "每年1月1日至6月30日。", f_rng),
    ("geshui_kouchu", UNIT, "独生子女赡养老人可以扣除多少？",
     "按每年3000元定额扣除。", f_unit),
    ("geshui_kouchu", OFF, "子女教育扣除，父母双方可以怎么分？",
     "夫妻婚前分别购买住房的，可以由双方对各自购买的住房分别按50%扣除。", f_off),

    # shitang_butie — hard: table with 满…不满 age bands, 80 as table band and as 送餐 threshold, 3 as 元/送餐费/个月, 10 as 元 and 10日, 低保 not stacking, asker ages 75/78/82/68.
    ("shitang_butie", G, "我妈妈今年75岁，在社区食堂吃午饭每顿补多少？",
     "75岁属于70周岁以上不满80周岁这一档，每餐补贴3元。", []),
    ("shitang_butie", G, "我爸是低保户，今年82岁，能拿10元再加5元吗？",
     "不能叠加。低保老年人按每餐10元补贴，不再另加年龄档的补贴。", []),
    ("shitang_butie", G, "食堂中午几点开饭，几点结束？",
     "午餐供应时间是每天11点到13点。", []),
    ("shitang_butie", G, "我78岁，腿脚不太方便，可以申请送餐吗？",
     "不能，送餐只面向80周岁以上行动不便的老人；您可以到食堂就餐，按70周岁以上不满80周岁这一档每餐补3元。", []),
    ("shitang_butie", G, "老人要是三个月都没去食堂吃饭，会怎么样？",
     "连续3个月未就餐的，会暂停其补贴资格。", []),
    ("shitang_butie", MIS, "80岁以上的老人每餐补贴多少钱？",
     "每餐补贴3元。", f_mis),
    ("shitang_butie", CMP, "餐标在什么范围内才按补贴表补贴？",
     "每餐餐标超过15元的，按上表补贴。", f_cmp),
    ("shitang_butie", RNG, "68岁的老人属于哪一档补贴？",
     "属于60周岁以上不满80周岁这一档，每餐补贴2元。", f_rng),
    ("shitang_butie", UNIT, "补贴卡丢了，要在多长时间内挂失？",
     "须在2个月内挂失。", f_unit),
    ("shitang_butie", OFF, "食堂每个月什么时候要报送就餐记录？",
     "补贴按月结算，老年人连续3个月未就餐的，暂停补贴资格。", f_off),

    # lease_terms — hard: 50 as late fee and dog rent, 2 as pets and months, 10 as $/day and the 10th, cat vs dog parallel rent, computed pet-rent total, asker's date (4th) not in document.
    ("lease_terms", G, "My rent reached the landlord on the 4th. Do I owe a late fee?",
     "No. Rent is due on the 1st, but no late fee applies if it is received by the 5th, so the 4th is fine.", []),
    ("lease_terms", G, "I have a small dog and a cat. What will I pay each month in pet rent?",
     "$85 a month in total: $35 for the cat plus $50 for the dog (both must be under 40 lbs).", []),
    ("lease_terms", G, "How much notice do I need to give before moving out?",
     "At least 60 days, and it has to be in writing.", []),
    ("lease_terms", G, "What's the most I could be charged in late fees for a single month?",
     "$150. Even with the $10 daily charge from the 10th, total late fees for one month are capped at that amount.", []),
    ("lease_terms", G, "Will I get my deposit back, and when?",
     "Yes. The deposit, which equals one month's rent ($1,450), is returned within 30 days after you move out, minus any documented damage.", []),
    ("lease_terms", MIS, "What is the monthly pet rent for a cat?",
     "$50 per month.", f_mis),
    ("lease_terms", CMP, "What size pets am I allowed to keep?",
     "You may keep up to 2 cats or dogs, as long as each weighs over 40 lbs.", f_cmp),
    ("lease_terms", RNG, "During which days of the month does late rent cost just the flat $50 fee?",
     "From the 1st to the 9th.", f_rng),
    ("lease_terms", UNIT, "What happens if I break the lease early?",
     "Breaking the lease early costs 2 weeks' rent.", f_unit),
    ("lease_terms", OFF, "What is the pet deposit if I bring two cats?",
     "You may keep up to 2 cats or dogs under 40 lbs.", f_off),

    # course_withdrawal — hard: days vs weeks (10 days, day 11, week 4, week 8), grade bands with boundary score 79, "more than 3" vs "at least 3", asker's week 3/week 10 (10 also a day count).
    ("course_withdrawal", G, "I'm in week 3 and want to withdraw. Will I get any money back?",
     "Yes. You would get a W, and since half of tuition is refunded through week 4, you'd get 50% back.", []),
    ("course_withdrawal", G, "I scored 79 in the course. What letter grade is that?",
     "A C, which covers scores from 70 to 79.", []),
    ("course_withdrawal", G, "Is it possible to withdraw in week 10?",
     "Only with dean approval and a documented medical reason, because regular withdrawal ends after week 8.", []),
    ("course_withdrawal", G, "What happens if I never finish my Incomplete?",
     "If it isn't resolved within one term, the I turns into an F.", []),
    ("course_withdrawal", G, "I already have 3 W grades this year. Would a fourth put me on academic review?",
     "Yes. Review applies once a student has more than 3 W grades in a year, and four is more than 3.", []),
    ("course_withdrawal", MIS, "What refund do I get if I drop within the first 10 days?",
     "A 50% tuition refund.", f_mis),
    ("course_withdrawal", CMP, "How many W grades put a student on academic review?",
     "At least 3 W grades in a year.", f_cmp),
    ("course_withdrawal", RNG, "When can I withdraw with a grade of W?",
     "From day 11 through week 4.", f_rng),
    ("course_withdrawal", UNIT, "How long is the period for dropping a course with no record?",
     "The first 10 weeks of the term.", f_unit),
    ("course_withdrawal", OFF, "If I repeat a course, which grade counts toward my GPA?",
     "A course may be repeated at most 2 times.", f_off),

    # ev_charging — hard: 2x2 price table (charger x time band), 45 as $0.45 and 45 minutes, 20 as $0.20 and $20 cap, 10 as % and grace minutes, asker's 9pm / 8 minutes not in document, member discount computed.
    ("ev_charging", G, "I'm a member using a DC Fast charger at 9pm. What's my rate?",
     "9pm is off-peak, so DC Fast is $0.35/kWh; with the 10% member discount that comes to $0.315/kWh.", []),
    ("ev_charging", G, "How long can I stay on a Level 2 charger?",
     "A Level 2 session can last up to 4 hours.", []),
    ("ev_charging", G, "My car finished charging and I got back 8 minutes later. Will I pay an idle fee?",
     "No. The idle fee only starts after a 10-minute grace period.", []),
    ("ev_charging", G, "What's the most idle fee I can be charged?",
     "$20 per session; it accrues at $0.40 a minute after the grace period.", []),
    ("ev_charging", G, "During peak hours, how do Level 2 and DC Fast prices compare?",
     "At peak (7am-7pm), Level 2 costs $0.30/kWh and DC Fast costs $0.45/kWh.", []),
    ("ev_charging", MIS, "What's the off-peak price on a Level 2 charger?",
     "$0.35/kWh.", f_mis),
    ("ev_charging", CMP, "How far ahead can I reserve a charger?",
     "At least 24 hours ahead.", f_cmp),
    ("ev_charging", RNG, "When does peak pricing apply?",
     "From 7am to 10pm.", f_rng),
    ("ev_charging", UNIT, "How long is a reserved charger held for me?",
     "It is held for 15 hours.", f_unit),
    ("ev_charging", OFF, "What is the fine for parking in a charging bay when I'm not charging?",
     "After charging ends, an idle fee of $0.40 per minute applies after a 10-minute grace period.", f_off),
]


# HOLDOUT10: outpatient insurance, scenic-area tickets and online-shopping returns in Chinese; car
# insurance claims, waste collection and a photography contest in English. First run:
# benchmarks/results/grounding_holdout10_first_run.txt.
DOCS.update({
    "h10_yibao_menzhen": (
        "职工医保门诊费用报销规定\n"
        "第一条 参保人员在一个自然年度内发生的普通门诊费用，起付标准为在职职工800元、退休人员500元。\n"
        "第二条 起付标准以上的费用按下表比例报销：\n"
        "| 医疗机构 | 在职职工 | 退休人员 |\n"
        "|---|---|---|\n"
        "| 社区卫生服务中心 | 80% | 90% |\n"
        "| 二级医院 | 70% | 80% |\n"
        "| 三级医院 | 60% | 70% |\n"
        "第三条 年度门诊最高支付限额为在职职工5000元、退休人员8000元。\n"
        "第四条 经认定的门诊慢性病患者不设起付标准，每月报销限额为500元。\n"
        "第五条 异地就医须在就诊前办理备案，未备案的，报销比例降低10个百分点。\n"
        "第六条 参保人员应在费用发生之日起90天内申请报销；材料齐全的，经办机构在10个工作日内完成审核。\n"
        "第七条 单次门诊费用满200元不满1000元的，可在医院窗口直接结算；1000元以上的，须提交纸质材料报销。\n"
    ),
    "h10_jingqu_menpiao": (
        "某景区门票优惠政策\n"
        "一、景区全价门票为120元/人，夜场票为60元/人。\n"
        "二、6周岁（含）以下或身高1.2米（含）以下的儿童免票；6周岁以上至18周岁（含）的未成年人凭有效证件购半价票。\n"
        "三、60周岁至69周岁的老年人购半价票，70周岁以上的老年人免票。\n"
        "四、全日制在校大学生凭学生证购买60元优惠票，每人每日限购1张。\n"
        "五、10人以上的团队可享受8折优惠；30人以上的团队每10人免1名领队门票。\n"
        "六、现役军人、残疾人凭本人有效证件免票，可走绿色通道。\n"
        "七、网上预约须最迟于游览前一日18时前完成；现场售票时间为每日8时至16时。\n"
        "八、门票当日有效，售出后未使用的，可在7天内申请退票，收取票价10%的手续费。\n"
    ),
    "h10_wanggou_tuihuo": (
        "某平台网络购物七天无理由退货规定\n"
        "第一条 消费者自收到商品之日起7日内，有权无理由退货，退回的商品应当完好。\n"
        "第二条 定制商品、鲜活易腐商品、已拆封的音像制品和计算机软件、已交付的报纸期刊，不适用无理由退货。\n"
        "第三条 商品实付金额不满100元的，退回运费由消费者承担；满100元的，退回运费由经营者承担。\n"
        "第四条 消费者应在提出退货申请后3日内寄出商品，逾期未寄出的，视为撤销申请。\n"
        "第五条 经营者应在48小时内处理退货申请；超时未处理的，平台自动同意退货。\n"
        "第六条 经营者应当自收到退回商品之日起7日内返还消费者已支付的商品价款。\n"
        "第七条 商品已使用或包装缺失的，经营者可按商品价款的10%至30%扣减折旧费。\n"
        "第八条 一年内无理由退货超过30次的账户，平台可限制其退货权限。\n"
    ),
    "h10_car_claims": (
        "Car Insurance Claims Procedure\n"
        "1. Report any accident or theft to us within 24 hours; a theft must also be reported to the police within 24 hours.\n"
        "2. Submit the claim form within 30 days of the accident.\n"
        "3. Deductibles:\n"
        "| Cover | Deductible |\n"
        "|---|---|\n"
        "| Comprehensive | $500 |\n"
        "| Collision | $300 |\n"
        "| Glass only | $50 |\n"
        "4. Claims up to $2,000 are paid within 10 business days. Claims from $2,001 to $10,000 need an adjuster visit within 5 days; larger claims go to a senior adjuster.\n"
        "5. A rental car is covered for up to 10 days at $30 per day.\n"
        "6. Drivers under 25 pay an extra $300 deductible.\n"
    ),
    "h10_waste_rules": (
        "Municipal Waste and Recycling Rules\n"
        "1. General waste is collected every week, recycling every 2 weeks, and garden waste every 4 weeks from March to November.\n"
        "2. Put bins out after 6 p.m. the day before and no later than 7 a.m. on collection day; bring them in within 12 hours of collection.\n"
        "3. Each household gets one 240-litre waste bin and up to 2 recycling bins.\n"
        "4. Bulky items: up to 3 items per collection for $25; each extra item costs $10.\n"
        "5. Bins heavier than 25 kg will not be emptied.\n"
        "6. Leaving waste beside a bin carries a $100 fine; a repeat offence within 12 months costs $250.\n"
    ),
    "h10_photo_contest": (
        "Amateur Photo Contest Rules\n"
        "1. Open to amateurs aged 16 and over; entrants under 18 enter the Youth category.\n"
        "2. Entrants may enter up to 5 photos in the Open category and up to 3 in the Youth category.\n"
        "3. Files must be JPEG, between 2 MB and 10 MB, with the long side at least 3,000 pixels.\n"
        "4. Entries are accepted from 1 May to 31 July. Fee: $10 per photo; free for entrants under 18.\n"
        "5. Photos must have been taken within the last 24 months.\n"
        "6. Prizes per category: 1st $1,000, 2nd $500, 3rd $250.\n"
        "7. Winners are notified within 14 days after judging and must reply within 5 days of notification.\n"
    ),
})

HOLDOUT10: list[tuple] = [
    # h10_yibao_menzhen — hard: 500 is both the retiree deductible and the chronic-disease monthly cap; 80%/70% each sit in two table columns; 10 is 个百分点 and 个工作日; 800 hides inside 8000; asker's own numbers (3000元, 4个月).
    ("h10_yibao_menzhen", G, "我是退休人员，今年门诊一共花了3000元，要先自付多少才开始报销？", "退休人员的普通门诊年度起付标准是500元，超过500元的部分才按比例报销。", []),
    ("h10_yibao_menzhen", G, "在职职工去二级医院看门诊，起付线以上的部分能报几成？", "在职职工在二级医院就诊，起付标准以上的费用报销70%。", []),
    ("h10_yibao_menzhen", G, "得了门诊慢性病，看病也要先过起付线吗？每个月最多能报多少？", "不用。经认定的门诊慢性病患者不设起付标准，每月报销限额为500元。", []),
    ("h10_yibao_menzhen", G, "一年里门诊最多能报销多少钱？", "分两档：在职职工年度最高支付限额5000元，退休人员8000元。", []),
    ("h10_yibao_menzhen", G, "我有一张门诊票据放了4个月了，现在去报销还可以吗？", "不可以。报销须在费用发生之日起90天内申请，4个月已经超过期限。", []),
    ("h10_yibao_menzhen", MIS, "退休人员一年的门诊报销最高能到多少？", "退休人员年度门诊最高支付限额为5000元。", f_mis),
    ("h10_yibao_menzhen", CMP, "单次门诊花多少钱就得交纸质材料报销？", "单次门诊费用在1000元以下的，须提交纸质材料报销。", f_cmp),
    ("h10_yibao_menzhen", RNG, "单次门诊费用多少可以直接在医院窗口结算？", "单次门诊费用满500元不满1000元的，可在医院窗口直接结算。", f_rng),
    ("h10_yibao_menzhen", UNIT, "材料交齐以后，审核要多长时间？", "材料齐全的，经办机构在10周内完成审核。", f_unit),
    ("h10_yibao_menzhen", OFF, "异地就医没有提前备案，报销会受什么影响？", "参保人员应在费用发生之日起90天内申请报销，材料齐全的10个工作日内完成审核。", f_off),

    # h10_jingqu_menpiao — hard: 60 is the night ticket price, the student ticket price and an age; 10 is a group size, a per-10 ratio and 10%; 18 is an age and a clock hour; derived half price (120→60); 25人/65岁/5岁 are the asker's own numbers.
    ("h10_jingqu_menpiao", G, "我儿子今年5岁，不过身高已经1.3米了，他要买票吗？", "不用买。6周岁（含）以下的儿童就可以免票，年龄和身高满足一项即可，他的年龄已经符合。", []),
    ("h10_jingqu_menpiao", G, "我今年65岁，进景区要花多少钱？", "60至69周岁的老年人买半价票，全价120元，半价就是60元。", []),
    ("h10_jingqu_menpiao", G, "我们单位组织25个人去玩，能享受什么优惠？", "10人以上的团队可以打8折；每10人免1名领队的优惠要30人以上才有，25人享受不到。", []),
    ("h10_jingqu_menpiao", G, "大学生能一次多买几张优惠票吗？", "不能。全日制在校大学生凭学生证买60元的优惠票，每人每天只能买1张。", []),
    ("h10_jingqu_menpiao", G, "到了景区现场，几点能买到票？", "现场售票每天早上8点开始，到16点结束。", []),
    ("h10_jingqu_menpiao", MIS, "夜场票一张多少钱？", "夜场票每人120元。", f_mis),
    ("h10_jingqu_menpiao", CMP, "多大年纪的老人可以免票进景区？", "70周岁以下的老年人免票。", f_cmp),
    ("h10_jingqu_menpiao", RNG, "哪个年龄段的未成年人可以买半价票？", "6周岁以上至16周岁（含）的未成年人，凭有效证件可购半价票。", f_rng),
    ("h10_jingqu_menpiao", UNIT, "买了票没去成，多久之内可以退？", "售出后未使用的门票，可在7小时内申请退票，收取票价10%的手续费。", f_unit),
    ("h10_jingqu_menpiao", OFF, "网上预约最晚要在什么时候完成？", "景区现场售票时间为每日8时至16时。", f_off),

    # h10_wanggou_tuihuo — hard: 7日 is both the consumer's return window and the merchant's refund deadline; 30 is a % and a count of returns; 100 is a 不满/满 threshold; 80元/第5天 are the asker's own numbers; one good answer has no number at all.
    ("h10_wanggou_tuihuo", G, "我买了件80元的衣服想退货，寄回去的运费谁出？", "实付金额不满100元的商品，退回运费由你自己承担。", []),
    ("h10_wanggou_tuihuo", G, "商家收到我退回去的东西，最晚几天要把钱还我？", "经营者要在收到退回商品之日起7日内返还你已付的货款。", []),
    ("h10_wanggou_tuihuo", G, "快递签收已经第5天了，还能不讲理由直接退吗？", "可以，只要商品完好，收到商品之日起7日内都可以无理由退货。", []),
    ("h10_wanggou_tuihuo", G, "买的软件已经拆封了，能七天无理由退货吗？", "不能，已拆封的计算机软件不适用无理由退货。", []),
    ("h10_wanggou_tuihuo", G, "我提交了退货申请，商家一直不处理怎么办？", "商家必须在48小时内处理；超过这个时间还没处理的，平台会自动同意退货。", []),
    ("h10_wanggou_tuihuo", MIS, "提交退货申请以后，我要在几天内把商品寄出去？", "消费者应在提出退货申请后7日内寄出商品。", f_mis),
    ("h10_wanggou_tuihuo", CMP, "商品多少钱以上，退货运费由商家承担？", "商品实付金额不满100元的，退回运费由经营者承担。", f_cmp),
    ("h10_wanggou_tuihuo", RNG, "包装弄丢了，商家会扣多少折旧费？", "商品包装缺失的，经营者可按商品价款的3%至30%扣减折旧费。", f_rng),
    ("h10_wanggou_tuihuo", UNIT, "商家收到退货申请后要多久处理？", "经营者应在48天内处理退货申请。", f_unit),
    ("h10_wanggou_tuihuo", OFF, "一年里退货次数太多会有什么后果？", "消费者应在提出退货申请后3日内寄出商品，逾期未寄出的视为撤销申请。", f_off),

    # h10_car_claims — hard: $300 is both the collision deductible and the under-25 surcharge; 10 is business days and rental days; 24 hours appears for two subjects; table rows; $1,200/$1,500 are the asker's own amounts; "up to $2,000" paraphrased as "or less".
    ("h10_car_claims", G, "I only have collision cover and the repair bill is $1,200. How much of it do I pay myself?", "Your collision deductible is $300, so you pay the first $300; if you are under 25 you pay an extra $300 on top.", []),
    ("h10_car_claims", G, "How long will it take to get paid on a $1,500 claim?", "Claims of $2,000 or less are paid within 10 business days.", []),
    ("h10_car_claims", G, "My car was stolen last night. Who do I have to tell, and how fast?", "Both us and the police, each within 24 hours.", []),
    ("h10_car_claims", G, "Can I get a rental car while mine is being repaired?", "Yes, a rental is covered for a maximum of 10 days at $30 a day.", []),
    ("h10_car_claims", G, "What deductible applies to a comprehensive claim?", "Comprehensive cover has a $500 deductible.", []),
    ("h10_car_claims", MIS, "What is the deductible on a glass-only policy?", "Glass-only cover carries a $300 deductible.", f_mis),
    ("h10_car_claims", CMP, "Which claims get paid within 10 business days?", "Claims over $2,000 are paid within 10 business days.", f_cmp),
    ("h10_car_claims", RNG, "Which claims need an adjuster to come out?", "Claims from $2,001 to $5,000 need an adjuster visit within 5 days.", f_rng),
    ("h10_car_claims", UNIT, "How long do I have to send in the claim form?", "You must submit it within 30 hours of the accident.", f_unit),
    ("h10_car_claims", OFF, "How quickly do I need to report an accident to you?", "The claim form must be submitted within 30 days of the accident.", f_off),

    # h10_waste_rules — hard: 25 is a fee ($25) and a weight (25 kg); 12 is hours and months; 2 is weeks and bins; a computed total ($35 for 4 items); a time window restated across days; "family of five"/30 kg are the asker's own numbers.
    ("h10_waste_rules", G, "We're a family of five. Can we have three recycling bins?", "No. Every household is allowed up to 2 recycling bins, whatever its size.", []),
    ("h10_waste_rules", G, "How often do they pick up garden waste?", "Once every 4 weeks, and only from March through November.", []),
    ("h10_waste_rules", G, "My street is collected on Tuesdays. When can I put my bins out?", "Any time from 6 p.m. on Monday until 7 a.m. on Tuesday.", []),
    ("h10_waste_rules", G, "I want 4 old chairs taken away as bulky items. What will that cost me?", "$35 in total: $25 covers the first 3 items and the fourth costs another $10.", []),
    ("h10_waste_rules", G, "My bin weighs about 30 kg. Will it still be emptied?", "No, bins over 25 kg are not emptied.", []),
    ("h10_waste_rules", MIS, "What's the fine the first time I leave a bag next to my bin?", "Leaving waste beside a bin carries a $250 fine.", f_mis),
    ("h10_waste_rules", CMP, "By what time do bins have to be out on collection day?", "Bins must be put out no earlier than 7 a.m. on collection day.", f_cmp),
    ("h10_waste_rules", RNG, "During what hours am I allowed to put my bins out?", "From 4 p.m. the day before until 7 a.m. on collection day.", f_rng),
    ("h10_waste_rules", UNIT, "How long can I leave the bins at the kerb after they've been emptied?", "You must bring them in within 12 days of collection.", f_unit),
    ("h10_waste_rules", OFF, "How often is recycling collected?", "Garden waste is collected every 4 weeks from March to November.", f_off),

    # h10_photo_contest — hard: 5 is the Open photo limit and the reply deadline in days; 3 is the Youth limit, 3,000 pixels and 3rd prize; 10 is MB and $; 18 marks both category and fee waiver; 15/12 MB/17/three years are the asker's own numbers.
    ("h10_photo_contest", G, "I'm 15 and love taking pictures. Can I enter?", "Not yet: the contest is only open to entrants aged 16 or older.", []),
    ("h10_photo_contest", G, "My photo file is 12 MB. Is that acceptable?", "No. Files have to be between 2 MB and 10 MB, so 12 MB is too large.", []),
    ("h10_photo_contest", G, "I'm 17. How much will it cost me to enter 3 photos?", "Nothing. Entrants under 18 pay no entry fee, and 3 photos is the most the Youth category allows.", []),
    ("h10_photo_contest", G, "What do the top three in each category win?", "$1,000 for first place, $500 for second and $250 for third.", []),
    ("h10_photo_contest", G, "Can I submit a picture I took three years ago?", "No, photos must have been taken within the last 24 months.", []),
    ("h10_photo_contest", MIS, "How many photos can someone in the Youth category submit?", "Youth entrants may submit up to 5 photos.", f_mis),
    ("h10_photo_contest", CMP, "How long does the long side of the image need to be?", "The long side must be at most 3,000 pixels.", f_cmp),
    ("h10_photo_contest", RNG, "When can I send in my entries?", "Entries are accepted from 1 May to 24 July.", f_rng),
    ("h10_photo_contest", UNIT, "Once I'm told I've won, how long do I have to reply?", "Winners must reply within 5 weeks of notification.", f_unit),
    ("h10_photo_contest", OFF, "When will the winners be told?", "Winners must reply within 5 days of notification.", f_off),
]


# HOLDOUT11 and HOLDOUT12 were written blind by two more helpers who read nothing of the project
# (session 5), and first run after the rules learned from HOLDOUT9 and HOLDOUT10: the session's last
# honest figures. HOLDOUT11: business-travel lodging, home renovation and driving-licence points in
# Chinese; hotel loyalty tiers, library fees and a freelance platform in English. First run:
# benchmarks/results/grounding_holdout11_first_run.txt.
DOCS.update({
    "h11_travel_lodging": (
        "公司差旅住宿费报销标准\n"
        "第一条 员工出差住宿费按城市等级和职级实行限额报销，标准如下（元/人·天）：\n"
        "| 职级 | 一线城市 | 二线城市 | 其他城市 |\n"
        "|---|---|---|---|\n"
        "| 总监及以上 | 800 | 600 | 500 |\n"
        "| 经理 | 600 | 450 | 350 |\n"
        "| 普通员工 | 450 | 350 | 300 |\n"
        "第二条 连续出差超过15天的，第16天至第30天按上表标准的80%报销，第31天起按70%报销。\n"
        "第三条 两名同性别员工同行的，原则上合住一间，按其中较高职级的标准报销。\n"
        "第四条 实际住宿费低于标准的按实报销，节余部分不予补贴；超出标准不超过10%的，经部门负责人批准可以报销；"
        "超出10%以上的，超出标准的部分全部由个人承担。\n"
        "第五条 住宿发票须在出差结束后10个工作日内提交；出差结束超过30天仍未提交的，不予报销。\n"
        "第六条 出差期间住在亲友家、未产生住宿费的，每天给予50元住宿补贴，最多补贴15天。\n"
    ),
    "h11_renovation": (
        "XX花园小区住宅装修管理规定\n"
        "第一条 业主装修前须到物业服务中心登记并提交装修方案，物业在3个工作日内完成审核。\n"
        "第二条 装修押金：普通装修2000元；涉及改动门窗或水电管线的3000元。竣工验收合格且无违规记录的，押金在15个工作日内无息退还。\n"
        "第三条 施工时间：工作日8:00至12:00、14:00至18:00；周六、周日9:00至12:00、14:00至17:00，仅可进行无噪音作业；法定节假日全天禁止施工。\n"
        "第四条 装修垃圾须装袋运至指定堆放点，清运费每户每月200元；未按规定堆放的，每次从押金中扣除200元。\n"
        "第五条 普通装修工期不超过60天，涉及水电改造的不超过90天。确需延期的，须提前3天书面申请，每次延期不超过15天。\n"
        "第六条 施工人员须办理出入证，每证工本费10元，装修结束后3日内退还出入证。\n"
        "第七条 擅自拆改承重墙的，物业立即制止并报告主管部门，押金不予退还。\n"
    ),
    "h11_driving_points": (
        "机动车驾驶证记分与审验规定（摘要）\n"
        "第一条 记分周期为12个月，满分为12分，自驾驶人初次领取驾驶证之日起连续计算。\n"
        "第二条 一次记分标准：\n"
        "（一）饮酒后驾驶机动车的，记12分；\n"
        "（二）超过规定时速50%以上的，记12分；超过20%以上不满50%的，记6分；超过10%以上不满20%的，记3分；\n"
        "（三）驾驶时拨打、接听手持电话的，记3分；\n"
        "（四）不按规定使用安全带的，记2分。\n"
        "第三条 一个记分周期内累积记分满12分的，应当在15日内到公安机关交通管理部门参加为期不少于7天的道路交通安全法律法规学习，并参加考试。\n"
        "第四条 记分周期届满，累积记分未满12分且无未缴罚款的，记分予以清除。\n"
        "第五条 驾驶人每6年审验一次；年满70周岁的，每年审验一次，并提交身体条件证明。\n"
        "第六条 记分周期内参加交通安全学习的，每学满1小时减免1分，一个周期最多减免6分。\n"
    ),
    "h11_hotel_loyalty": (
        "Harborline Rewards: Tier Benefits\n"
        "1. Tier is set by nights stayed per calendar year:\n"
        "| Tier | Nights | Bonus points | Late checkout |\n"
        "|---|---|---|---|\n"
        "| Silver | 10 to 24 | 10% | 2 pm |\n"
        "| Gold | 25 to 49 | 25% | 4 pm |\n"
        "| Platinum | 50 or more | 50% | 4 pm |\n"
        "2. Members earn 10 base points per $1 on room rates and 5 points per $1 on dining.\n"
        "3. Gold and Platinum get a room upgrade when available; Platinum also gets free breakfast for up to 2 guests.\n"
        "4. Points expire after 24 months with no activity.\n"
        "5. Members may buy up to 50,000 points a year at $10 per 1,000.\n"
    ),
    "h11_library": (
        "Riverside Library Lending Rules\n"
        "1. Limits by card: Adult 30 items; Teen (ages 13 to 17) 20 items; Child (under 13) 15 items; Visitor 5 items.\n"
        "2. Loans: books 21 days, DVDs 7 days. Items can be renewed up to 2 times if not on hold.\n"
        "3. Late fees per item per day: books 25 cents, DVDs $1. Child and Teen cards pay no late fees on books.\n"
        "4. Fees stop at $5 per book and $10 per DVD.\n"
        "5. Borrowing is blocked once unpaid fees reach $10.\n"
        "6. Items more than 30 days overdue are billed as lost at replacement cost plus a $5 fee; "
        "if returned within 90 days of billing, the replacement cost is refunded.\n"
    ),
    "h11_freelance": (
        "Gigwell Fees and Payouts\n"
        "1. Service fee per client: 20% on the first $500 billed, 10% from $500.01 to $10,000, "
        "5% above $10,000.\n"
        "2. Clients pay a 3% processing fee; freelancers do not.\n"
        "3. Fixed-price milestone pay is held 5 days after client approval; hourly earnings "
        "10 days after each weekly billing period.\n"
        "4. Withdrawals: bank transfer free, 3 to 5 business days; PayPal $2 each, within 2 days; "
        "instant to debit card 1.5% (min. $1), within 30 minutes.\n"
        "5. Minimum withdrawal: $50; balances under $50 stay in the account.\n"
        "6. After 12 months of no activity, a $10 monthly inactivity fee applies.\n"
    ),
})

HOLDOUT11: list[tuple] = [
    # h11_travel_lodging — hard: table cells (450/350/600 each appear in two cells), asker's own number (280, 5%), a derived 640 from two clauses; OFF shares "超过" with the question; RNG shifts 16→15 inside the same clause.
    ("h11_travel_lodging", G, "我是经理，这周去二线城市出差，一晚住宿最多能报多少？", "经理在二线城市的住宿标准是每人每天450元。", []),
    ("h11_travel_lodging", G, "我是普通员工，去其他城市出差住了一晚花了280元，能报多少？", "实际住宿费低于标准（其他城市普通员工为300元）的按实报销，可以报280元，节余部分不补贴。", []),
    ("h11_travel_lodging", G, "总监去一线城市连续出差，第20天的住宿标准是多少？", "第20天落在第16天至第30天之间，按800元标准的80%报销，即每天640元。", []),
    ("h11_travel_lodging", G, "出差时住在亲戚家没花住宿费，公司给补贴吗？", "给。每天补贴50元，最多补贴15天。", []),
    ("h11_travel_lodging", G, "这次酒店比标准贵了大约5%，还能报销吗？", "可以。超出标准不超过10%的，经部门负责人批准就可以报销。", []),
    ("h11_travel_lodging", MIS, "经理去其他城市出差，住宿标准是多少？", "经理在其他城市的住宿标准为每人每天300元。", f_mis),
    ("h11_travel_lodging", CMP, "出差回来后住宿发票什么时候交？", "住宿发票须在出差结束10个工作日后提交。", f_cmp),
    ("h11_travel_lodging", RNG, "长期出差的话，哪段时间按80%标准报销？", "连续出差的第15天至第30天，按上表标准的80%报销。", f_rng),
    ("h11_travel_lodging", UNIT, "住在亲友家的住宿补贴怎么算？", "每天给予50元住宿补贴，最多补贴15周。", f_unit),
    ("h11_travel_lodging", OFF, "住宿费超过标准很多的话，超出的钱由谁承担？", "连续出差超过15天的，第16天至第30天按标准的80%报销。", f_off),

    # h11_renovation — hard: 200元 is both the monthly clearance fee and the per-violation deduction (OFF reuses it), 3 and 15 each serve three/two rules, asker's times (两点半, 8点半) and count (5人), weekday vs weekend hour bands.
    ("h11_renovation", G, "周二下午两点半可以用电钻吗？", "可以。工作日下午14:00至18:00允许施工，\"仅可进行无噪音作业\"是对周六、周日的要求。", []),
    ("h11_renovation", G, "我家装修要改水电，押金交多少，工期最长多久？", "涉及水电管线改动的押金是3000元，工期不超过90天。", []),
    ("h11_renovation", G, "周日早上8点半能让工人进场贴壁纸吗？", "不能。周日上午要到9:00才能施工（9:00至12:00、14:00至17:00），而且只能做无噪音作业。", []),
    ("h11_renovation", G, "施工队有5个人，办出入证一共要多少钱？", "每证工本费10元，5个人共50元。", []),
    ("h11_renovation", G, "装修完了押金多久能拿回来？", "竣工验收合格且没有违规记录的，押金在15个工作日内无息退还。", []),
    ("h11_renovation", MIS, "普通装修要交多少押金？", "普通装修押金为3000元。", f_mis),
    ("h11_renovation", CMP, "工期到了还没装完，能延期吗？", "可以，须提前3天书面申请，每次延期不少于15天。", f_cmp),
    ("h11_renovation", RNG, "周末几点可以施工？", "周六、周日9:00至12:00、14:00至18:00可以进行无噪音作业。", f_rng),
    ("h11_renovation", UNIT, "装修垃圾清运费怎么收？", "清运费每户每周200元。", f_unit),
    ("h11_renovation", OFF, "装修垃圾不按规定堆放会怎么处理？", "装修垃圾清运费每户每月200元。", f_off),

    # h11_driving_points — hard: 12 is months, full score and two point values; 6 and 3 each attach to several rules; G1 needs the asker's 60/75 turned into a 25% band; 满…不满 bands; OFF restates the 12-month period when asked when it starts.
    ("h11_driving_points", G, "路段限速60，我开到了75，要记几分？", "超速25%，属于超过规定时速20%以上不满50%的情形，一次记6分。", []),
    ("h11_driving_points", G, "开车打电话和不系安全带分别记几分？", "不按规定使用安全带记2分，驾驶时接打手持电话记3分。", []),
    ("h11_driving_points", G, "我今年72岁了，驾驶证多久审验一次？", "年满70周岁的驾驶人每年审验一次，还要提交身体条件证明。", []),
    ("h11_driving_points", G, "参加交通安全学习能减分吗？最多减多少？", "能。每学满1小时减免1分，一个记分周期最多减免6分。", []),
    ("h11_driving_points", G, "这个周期扣了9分，罚款也都交了，分数会带到下个周期吗？", "不会。周期届满时累积记分未满12分且没有未缴罚款的，记分予以清除。", []),
    ("h11_driving_points", MIS, "超速10%以上不满20%的，记几分？", "记6分。", f_mis),
    ("h11_driving_points", CMP, "一个周期记满12分后，学习有什么要求？", "应当在15日内参加为期不超过7天的道路交通安全法律法规学习，并参加考试。", f_cmp),
    ("h11_driving_points", RNG, "超速超过多少会被记3分？", "超过规定时速10%以上不满50%的，记3分。", f_rng),
    ("h11_driving_points", UNIT, "一个记分周期有多长？", "记分周期为12周。", f_unit),
    ("h11_driving_points", OFF, "记分周期从什么时候开始算？", "记分周期为12个月，满分为12分。", f_off),

    # h11_hotel_loyalty — hard: table rows (4 pm shared by Gold and Platinum), 10/24/25/50 each used as nights, % and points, asker's 30 nights and "a year", yes/no answered by rule; OFF answers a Gold-bonus question with the base-points rule.
    ("h11_hotel_loyalty", G, "I stayed 30 nights last year. Which tier am I, and how late can I check out?", "30 nights falls in the Gold band (25 to 49 nights), which comes with late checkout until 4 pm.", []),
    ("h11_hotel_loyalty", G, "Do Silver members get room upgrades?", "No. Room upgrades are only for Gold and Platinum members, and only when available.", []),
    ("h11_hotel_loyalty", G, "If I don't use my account for a year, will I lose my points?", "No. Points only expire after 24 months with no activity, so one quiet year is fine.", []),
    ("h11_hotel_loyalty", G, "I'm Platinum. Can my partner have breakfast free too?", "Yes. Platinum free breakfast covers up to 2 guests.", []),
    ("h11_hotel_loyalty", G, "Do I earn anything on restaurant bills, or just on rooms?", "Both: dining earns 5 points per $1, while room rates earn 10 base points per $1.", []),
    ("h11_hotel_loyalty", MIS, "How late can a Silver member check out?", "Silver members can check out until 4 pm.", f_mis),
    ("h11_hotel_loyalty", CMP, "How many nights a year do I need to reach Platinum?", "Platinum is for members with 50 or fewer nights a year.", f_cmp),
    ("h11_hotel_loyalty", RNG, "What number of nights gets me Silver?", "Silver covers 10 to 49 nights in a calendar year.", f_rng),
    ("h11_hotel_loyalty", UNIT, "When do my points expire?", "Points expire after 24 weeks with no activity.", f_unit),
    ("h11_hotel_loyalty", OFF, "How many bonus points does a Gold member get?", "Members earn 10 base points per $1 on room rates.", f_off),

    # h11_library — hard: 30 is items and overdue days, $5 and $10 each serve two rules, $1 DVD fee applies to all cards, asker's 9-year-old/12 days/$8, a computed $3 checked against a cap; OFF gives the daily DVD fee when the cap is asked.
    ("h11_library", G, "My daughter is 9 and has a child card. How many books can she take out?", "A child card (for under-13s) lets her borrow up to 15 items.", []),
    ("h11_library", G, "I returned an adult-card book 12 days late. How much do I owe?", "$3: books are 25 cents per day, and 12 days stays below the $5 per-book cap.", []),
    ("h11_library", G, "Will my teenager be charged if a library book comes back late?", "No. Teen cards pay no late fees on books; only DVDs cost $1 a day.", []),
    ("h11_library", G, "How long can I keep a DVD, and can I extend it?", "DVDs are lent for 7 days and can be renewed up to 2 times if nobody has placed a hold.", []),
    ("h11_library", G, "I have $8 in unpaid fines. Can I still check things out?", "Yes. Borrowing is only blocked once unpaid fees reach $10, so $8 is still fine.", []),
    ("h11_library", MIS, "How many items can a teen card borrow?", "Teen card holders may borrow up to 15 items.", f_mis),
    ("h11_library", CMP, "If I find a book after it was billed as lost, do I get money back?", "Yes, the replacement cost is refunded if you return it more than 90 days after billing.", f_cmp),
    ("h11_library", RNG, "What ages is the teen card for?", "The teen card is for ages 13 to 21.", f_rng),
    ("h11_library", UNIT, "What's the late fee for a book?", "Books cost 25 dollars per item per day late.", f_unit),
    ("h11_library", OFF, "What's the most I can be charged in late fees for one DVD?", "DVDs are charged $1 per item per day late.", f_off),

    # h11_freelance — hard: 5 is a %, a hold period and a transfer-day bound; 10 is a %, hold days, $10,000 and the $10 fee; tiered fee bands; asker's $300/$40/"tomorrow"; a number word ("five"); OFF answers a PayPal question with the bank-transfer rule.
    ("h11_freelance", G, "A client has paid me $300 in total so far. What service fee rate applies?", "20%: the first $500 billed with each client is charged at 20%, and $300 is within that.", []),
    ("h11_freelance", G, "Is the 3% processing fee taken out of my earnings?", "No. Clients pay the 3% processing fee; freelancers don't.", []),
    ("h11_freelance", G, "After a client approves my fixed-price milestone, how soon can I get the money?", "Five days after approval, since milestone payments are held that long.", []),
    ("h11_freelance", G, "I need my money by tomorrow. Which withdrawal option should I use and what will it cost?", "Instant transfer to a debit card: it arrives within 30 minutes and costs 1.5% (at least $1). PayPal ($2) can take up to 2 days and bank transfer 3 to 5 business days.", []),
    ("h11_freelance", G, "I have $40 in my balance. Can I cash it out?", "No. The minimum withdrawal is $50, so the money stays in your account for now.", []),
    ("h11_freelance", MIS, "How long are hourly earnings held?", "Hourly earnings are held 5 days after the weekly billing period ends.", f_mis),
    ("h11_freelance", CMP, "What happens to a small balance?", "Balances over $50 stay in the account.", f_cmp),
    ("h11_freelance", RNG, "How long does a bank transfer withdrawal take?", "Bank transfers are free and take 3 to 10 business days.", f_rng),
    ("h11_freelance", UNIT, "When does the inactivity fee start?", "After 12 weeks with no activity.", f_unit),
    ("h11_freelance", OFF, "What does a PayPal withdrawal cost?", "Bank transfer withdrawals are free and take 3 to 5 business days.", f_off),
]


# HOLDOUT12: a phone plan, student dormitories and hospital deposits in Chinese; ski-resort prices,
# bike share and parental/bereavement leave in English. First run:
# benchmarks/results/grounding_holdout12_first_run.txt.
DOCS.update({
    "h12_phone_plan": (
        "手机话费套餐资费说明\n"
        "第一条 本公司提供以下三档月套餐：\n"
        "| 套餐 | 月费 | 国内流量 | 国内通话 |\n"
        "|---|---|---|---|\n"
        "| 畅享38 | 38元 | 10GB | 100分钟 |\n"
        "| 畅享58 | 58元 | 30GB | 300分钟 |\n"
        "| 畅享128 | 128元 | 100GB | 1000分钟 |\n"
        "第二条 套餐内流量用尽后，超出部分按每GB 5元计费；当月超出费用满50元后不再加收，网速降至1Mbps。\n"
        "第三条 套餐外国内通话每分钟0.1元，国内短信每条0.1元。\n"
        "第四条 新入网用户首月套餐费按天折算；入网当月赠送流量10GB，有效期30天。\n"
        "第五条 年满60周岁的用户办理畅享58及以上套餐的，月费享受8折；年满16周岁不满25周岁的在校学生享受9折。两项优惠不可叠加。\n"
        "第六条 变更套餐的，自次月1日起生效，每月限变更1次。\n"
        "第七条 账户欠费超过30元或欠费满10天的，暂停通话服务；停机后60天内未缴清欠费的，号码予以回收。\n"
    ),
    "h12_dorm": (
        "高校学生宿舍管理规定\n"
        "第一条 宿舍楼门每晚23:00关闭，次日6:00开启。晚归超过30分钟的，须在值班室登记。\n"
        "第二条 本科生宿舍每间住4人，住宿费每人每学年1200元；研究生宿舍每间住2人，住宿费每人每学年1800元。\n"
        "第三条 宿舍内禁止使用功率超过500瓦的电器，违者没收电器并通报批评；累计3次的，给予警告处分。\n"
        "第四条 访客须在8:00至22:00之间来访，登记有效证件，每次停留不得超过2小时；异性访客不得进入寝室。\n"
        "第五条 寒暑假留校住宿的，须提前7天申请，留校期间每人每天收取管理费10元。\n"
        "第六条 学生因故退宿的，入住不满1个月的退还当学年住宿费的80%；满1个月不满3个月的退还50%；满3个月的不予退还。\n"
        "第七条 损坏公物的照价赔偿；故意损坏的，按价格的2倍赔偿。\n"
    ),
    "h12_hospital": (
        "住院押金与出院结算规定\n"
        "第一条 患者入院时须预交住院押金：普通病房3000元，重症监护病房20000元；参加医保的患者按上述标准的50%预交。\n"
        "第二条 住院期间押金余额低于1000元的，收费处通知补交，患者应在24小时内补交至余额不少于3000元。\n"
        "第三条 出院结算须在出院当日16:00前办理；周末及节假日出院的，可于下一个工作日办理。\n"
        "第四条 医保患者结算时，统筹支付部分直接扣除，个人只付自付部分；住院费用在起付线800元以下的，全部由个人支付。\n"
        "第五条 押金多退少补，退款须出示押金收据原件。收据遗失的，须持身份证在3个工作日内办理挂失，挂失满7天后方可退款。\n"
        "第六条 出院后30天以内可申请复印病历，每页收费0.5元。\n"
        "第七条 退款金额不超过5000元的可领取现金；超过5000元的一律原路退回，3至7个工作日到账。\n"
    ),
    "h12_ski": (
        "Pinecrest Ski Area - Lift Tickets and Rentals\n"
        "1. Lift ticket prices:\n"
        "| Ticket | Adult | Child (6-12) |\n"
        "|---|---|---|\n"
        "| Full day | $89 | $45 |\n"
        "| Half day (from 12:30 pm) | $65 | $35 |\n"
        "2. Children under 6 ski free with a paying adult.\n"
        "3. Seniors aged 65 and over pay the child price.\n"
        "4. Ski or snowboard rental is $45 per day; helmets are $12 per day.\n"
        "5. Rentals returned more than 1 hour after closing (4:00 pm) are charged an extra day.\n"
        "6. Unused tickets get a full refund if returned within 1 hour of purchase.\n"
    ),
    "h12_bikeshare": (
        "CityCycle Pricing\n"
        "1. Annual membership is $120; monthly membership is $15.\n"
        "2. Members ride free for the first 45 minutes of each trip, then pay $0.15 per minute.\n"
        "3. Casual riders pay $3 to unlock plus $0.20 per minute.\n"
        "4. E-bikes cost an extra $0.15 per minute for all riders.\n"
        "5. Riders aged 16 to 17 may join with a parent's consent; under 16 may not ride.\n"
        "6. A bike not returned within 24 hours is treated as lost and a $1,200 fee is charged.\n"
        "7. Members on the low-income plan pay $5 per month.\n"
    ),
    "h12_leave": (
        "Parental and Bereavement Leave\n"
        "1. Birth mothers get 16 weeks of paid parental leave; other parents, adoptive included, get 8 weeks.\n"
        "2. Staff with under 6 months of service get no paid parental leave; those with 6 to 12 months get half.\n"
        "3. Parental leave must be taken within 12 months of the birth or adoption, in up to 2 blocks of at least 2 weeks.\n"
        "4. Pay is 100% of base salary for the first 8 weeks and 50% after that.\n"
        "5. Bereavement: 5 paid days for a spouse, child or parent; 3 for a sibling or grandparent; 1 for other relatives.\n"
        "6. Bereavement leave must be taken within 30 days of the death.\n"
    ),
})

HOLDOUT12: list[tuple] = [
    # h12_phone_plan — hard: 10 (GB in the table, gift GB, days overdue), 30 (GB, 元, 天) and 60 (周岁, 天) each mean several things; 0.1元 shared by calls and SMS; a table row; asker numbers 65 / 24 / 12 / 20 not in the document; an OR rule.
    ("h12_phone_plan", G, "我用的是58元那一档，一个月给多少流量、多少通话时长？",
     "畅享58每月包含国内流量30GB、国内通话300分钟。", []),
    ("h12_phone_plan", G, "我父亲今年65岁，办38元的套餐能打八折吗？",
     "不能。年满60周岁的用户只有办理畅享58及以上套餐才享受月费8折，畅享38不在优惠范围内。", []),
    ("h12_phone_plan", G, "流量超了会不会无限扣钱？",
     "不会。超出部分每GB收5元，但当月超出费用满50元后就不再加收，只是网速会降到1Mbps。", []),
    ("h12_phone_plan", G, "我欠费才20元，但已经拖了12天，会被停机吗？",
     "会。欠费超过30元或者欠费满10天，两个条件满足一个就暂停通话服务；你已欠费满10天。", []),
    ("h12_phone_plan", G, "我是24岁的在校大学生，能享受什么优惠？",
     "可以享受9折。学生优惠适用于年满16周岁、不满25周岁的在校学生，你在这个年龄段内。", []),
    ("h12_phone_plan", MIS, "38元的套餐一个月能打多少分钟电话？",
     "畅享38每月包含国内通话300分钟。", f_mis),
    ("h12_phone_plan", CMP, "欠费到什么程度会被停机？",
     "账户欠费不超过30元或欠费满10天的，会暂停通话服务。", f_cmp),
    ("h12_phone_plan", RNG, "学生优惠对年龄有什么要求？",
     "年满16周岁不满30周岁的在校学生可享受9折。", f_rng),
    ("h12_phone_plan", UNIT, "套餐流量用完以后，超出的部分怎么收费？",
     "超出部分按每MB 5元计费，当月满50元后不再加收。", f_unit),
    ("h12_phone_plan", OFF, "新入网的话，第一个月的套餐费怎么收？",
     "新入网用户入网当月赠送流量10GB，有效期30天。", f_off),

    # h12_dorm — hard: 2 is roommates, visiting hours and the damage multiple; 3 is violations and months; 22:00 paraphrased as 晚上10点 next to the 10元 fee; asker numbers 800 / 45 / 20 and a computed total 200.
    ("h12_dorm", G, "读研的话住宿一年交多少钱？几个人一间？",
     "研究生宿舍每间住2人，每人每学年住宿费1800元。", []),
    ("h12_dorm", G, "同学周六上午过来找我玩，可以吗？最多能待多长时间？",
     "可以，访客在早上8点到晚上10点之间来访、登记有效证件即可，每次最多停留2小时；如果是异性则不能进寝室。", []),
    ("h12_dorm", G, "我入住45天后因病要退宿，住宿费能退多少？",
     "入住满1个月不满3个月的，退还当学年住宿费的50%。", []),
    ("h12_dorm", G, "宿舍里能用800瓦的吹风机吗？",
     "不能，宿舍禁止使用功率超过500瓦的电器，违者电器会被没收并通报批评。", []),
    ("h12_dorm", G, "暑假我想留校住20天，要交多少钱、提前多久申请？",
     "留校管理费每人每天10元，20天共200元；需要提前7天提出申请。", []),
    ("h12_dorm", MIS, "本科生宿舍一间住几个人？",
     "本科生宿舍每间住2人。", f_mis),
    ("h12_dorm", CMP, "晚归多久需要去值班室登记？",
     "晚归不超过30分钟的，须在值班室登记。", f_cmp),
    ("h12_dorm", RNG, "入住多长时间内退宿能退一半住宿费？",
     "入住满1个月不满2个月的，退还住宿费的50%。", f_rng),
    ("h12_dorm", UNIT, "寒假留校要提前多久申请？",
     "须提前7周申请。", f_unit),
    ("h12_dorm", OFF, "违规用电被抓几次会受处分？",
     "宿舍内禁止使用功率超过500瓦的电器，违者没收电器。", f_off),

    # h12_hospital — hard: 3000 is both the ward deposit and the top-up level; the 医保 deposit must be computed (50% of 3000 = 1500); 16:00 paraphrased as 下午4点; asker numbers 1200 / 6000; 7 is both days after the loss report and refund working days.
    ("h12_hospital", G, "我有医保，住普通病房入院时要先交多少押金？",
     "参加医保的按标准的50%预交，普通病房标准3000元，所以预交1500元。", []),
    ("h12_hospital", G, "押金还剩1200元，现在需要补交吗？",
     "暂时不需要。押金余额低于1000元时收费处才会通知补交。", []),
    ("h12_hospital", G, "接到补交押金的通知后，要多快交、交到多少？",
     "应在24小时内补交，补交后押金余额不少于3000元。", []),
    ("h12_hospital", G, "星期六出院，当天结算不了怎么办？",
     "周末出院的可以在下一个工作日办理结算，不必赶在出院当天下午4点前。", []),
    ("h12_hospital", G, "出院要退6000元押金，能拿现金吗？",
     "不能。超过5000元的退款一律原路退回，3至7个工作日到账；只有不超过5000元的才能领现金。", []),
    ("h12_hospital", MIS, "住重症监护病房要交多少押金？",
     "重症监护病房须预交住院押金3000元。", f_mis),
    ("h12_hospital", CMP, "住院费用多少以下要全部自己付？",
     "住院费用在起付线800元以上的，全部由个人支付。", f_cmp),
    ("h12_hospital", RNG, "原路退回的押金多久能到账？",
     "原路退回的押金在3至30个工作日内到账。", f_rng),
    ("h12_hospital", UNIT, "押金收据丢了，要在多长时间内挂失？",
     "须持身份证在3个月内办理挂失。", f_unit),
    ("h12_hospital", OFF, "复印病历怎么收费？",
     "出院后30天以内可以申请复印病历。", f_off),

    # h12_ski — hard: $45 is both the child full-day ticket and the rental; 65 is the senior age and the adult half-day price; 12 is age, helmet price and 12:30; "1 hour" appears in two rules; asker numbers 10 / 70 / 4 / 4:45 and a computed $57.
    ("h12_ski", G, "How much is a full-day lift ticket for my 10-year-old?",
     "$45 - children aged 6 to 12 pay $45 for a full day.", []),
    ("h12_ski", G, "I'm 70. What would a half-day ticket cost me?",
     "Seniors 65 and over pay the child price, so your half-day ticket is $35.", []),
    ("h12_ski", G, "Does my 4-year-old need a ticket?",
     "No. Children under 6 ski free as long as they're with a paying adult.", []),
    ("h12_ski", G, "What's the total to rent a snowboard and a helmet for one day?",
     "$57 a day: $45 for the snowboard plus $12 for the helmet.", []),
    ("h12_ski", G, "If I bring my rental skis back at 4:45 pm, do I pay for another day?",
     "No. The extra day is only charged when rentals come back more than 1 hour after the 4:00 pm closing.", []),
    ("h12_ski", MIS, "How much is a half-day ticket for an adult?",
     "An adult half-day ticket costs $35.", f_mis),
    ("h12_ski", CMP, "Which seniors can pay the child price?",
     "Seniors aged 65 and under pay the child price.", f_cmp),
    ("h12_ski", RNG, "What ages does the child ticket cover?",
     "Child tickets are for ages 4 to 12.", f_rng),
    ("h12_ski", UNIT, "How much does it cost to rent a helmet?",
     "Helmets are $12 per hour.", f_unit),
    ("h12_ski", OFF, "How late can I return my rental before I'm charged extra?",
     "Unused tickets get a full refund if returned within 1 hour of purchase.", f_off),

    # h12_bikeshare — hard: $0.15 is both the member overage rate and the e-bike surcharge; 15 is the monthly fee and, in a computed answer, the extra minutes; 16 is both ends of the age rule; "a day" paraphrases 24 hours; asker number 60.
    ("h12_bikeshare", G, "I'm a member and my ride on a regular bike lasted 60 minutes. What do I pay?",
     "$2.25 - the first 45 minutes are free and the remaining 15 minutes cost $0.15 each.", []),
    ("h12_bikeshare", G, "Do casual riders pay extra for e-bikes too?",
     "Yes. The e-bike surcharge of $0.15 per minute applies to all riders, casual ones included.", []),
    ("h12_bikeshare", G, "Can my 16-year-old sign up?",
     "Yes, riders aged 16 or 17 can join if a parent consents.", []),
    ("h12_bikeshare", G, "What are the membership options and prices?",
     "You can pay $120 for a year or $15 a month; low-income members pay $5 a month.", []),
    ("h12_bikeshare", G, "What happens if I keep a bike for more than a day?",
     "If it isn't back within 24 hours it is treated as lost and you are charged a $1,200 fee.", []),
    ("h12_bikeshare", MIS, "How much do casual riders pay per minute?",
     "Casual riders pay $3 to unlock plus $0.15 per minute.", f_mis),
    ("h12_bikeshare", CMP, "Who is not allowed to ride?",
     "Riders over 16 may not ride.", f_cmp),
    ("h12_bikeshare", RNG, "Which riders need a parent's consent to join?",
     "Riders aged 15 to 17 need a parent's consent.", f_rng),
    ("h12_bikeshare", UNIT, "How much is the low-income plan?",
     "Members on the low-income plan pay $5 per year.", f_unit),
    ("h12_bikeshare", OFF, "How long can members ride before per-minute charges start?",
     "E-bikes cost an extra $0.15 per minute for all riders.", f_off),

    # h12_leave — hard: 8 weeks is other parents' leave, the full-pay period, and half of 16 for short-service staff; 12 months is both a service band end and the time window; 2 is blocks and weeks; asker numbers 3 years / 9 months.
    ("h12_leave", G, "I'm adopting and have worked here 3 years. How much paid leave do I get?",
     "8 weeks. Adoptive parents get 8 weeks, and with more than 12 months of service you get the full amount.", []),
    ("h12_leave", G, "My grandmother died. How many paid days off can I take, and by when?",
     "3 paid days, which must be taken within 30 days of her death.", []),
    ("h12_leave", G, "Can I take my parental leave in two chunks?",
     "Yes - up to 2 blocks, each at least 2 weeks long, all within 12 months of the birth or adoption.", []),
    ("h12_leave", G, "I'm giving birth and have 9 months of service. How long is my leave?",
     "8 weeks: with 6 to 12 months of service you get half of the 16-week entitlement.", []),
    ("h12_leave", G, "Is parental leave paid in full the whole time?",
     "No. You get 100% of base salary for the first 8 weeks and 50% after that.", []),
    ("h12_leave", MIS, "How many paid days do I get when my spouse dies?",
     "You get 3 paid days of bereavement leave.", f_mis),
    ("h12_leave", CMP, "By when does parental leave have to be taken?",
     "Parental leave must be taken after 12 months of the birth or adoption.", f_cmp),
    ("h12_leave", RNG, "Who gets only half of the parental leave?",
     "Staff with 6 to 16 months of service get half.", f_rng),
    ("h12_leave", UNIT, "How long do I have to use bereavement leave?",
     "Bereavement leave must be taken within 30 weeks of the death.", f_unit),
    ("h12_leave", OFF, "How many days of bereavement leave do I get for a cousin?",
     "Bereavement leave must be taken within 30 days of the death.", f_off),
]


# HOLDOUT13 and HOLDOUT14 were written blind by two more helpers who read nothing of the project
# (session 6), and first run after the rules learned from HOLDOUT11 and HOLDOUT12. HOLDOUT13: dog
# registration, parcel-locker overtime fees and tiered water prices in Chinese; a pet-boarding kennel,
# a music school and a community garden in English. First run:
# benchmarks/results/grounding_holdout13_first_run.txt.
DOCS.update({
    "h13_养犬登记管理规定": (
        "养犬登记管理规定\n"
        "第一条 犬只出生满3个月的，犬主应当在此后30日内到居住地派出所办理养犬登记。\n"
        "第二条 犬主应当年满18周岁。每户限养犬1只，重点管理区内禁止饲养肩高超过45厘米的大型犬。\n"
        "第三条 首次登记费每只500元，年度审验费每只每年300元；已绝育的犬只首次登记费为300元。\n"
        "第四条 养犬登记证有效期为1年，犬主应当在期满前30日内办理年度审验。逾期超过3个月未审验的，登记证自动注销。\n"
        "第五条 携犬出户应当束犬链，犬链长度不得超过1.5米，并由18周岁以上的人牵领。\n"
        "第六条 登记证遗失的，应当在7日内申请补办，补办费20元。\n"
        "第七条 未办理登记养犬的，处200元以上1000元以下罚款；犬只伤人的，处1000元以上5000元以下罚款。\n"
    ),
    "h13_智能快递柜超时收费规则": (
        "智能快递柜超时收费规则\n"
        "第一条 普通快件自投柜之时起免费保管24小时，生鲜快件免费保管12小时。\n"
        "第二条 超过免费保管期的，按格口收取超时费：小格口每12小时0.5元，中格口每12小时1元，大格口每12小时1.5元；不满12小时的按12小时计。\n"
        "第三条 单件快件累计超时费不超过3元。\n"
        "第四条 快件在柜时间满3天不满7天的，系统每天发送一次取件提醒；满7天仍未取出的，由快递员取出并退回寄件人。\n"
        "第五条 因快递柜故障无法取件的，故障期间不计超时费。\n"
        "第六条 收件人对收费有异议的，可在缴费后7日内申请退费，平台应在3个工作日内处理完毕。\n"
        "第七条 收件人可在免费保管期内申请延长保管1次，延长时间为24小时，不收费。\n"
    ),
    "h13_居民阶梯水价": (
        "居民阶梯水价实施办法\n"
        "第一条 居民生活用水按年度实行阶梯水价，以一户一表为单位计量。\n"
        "第二条 各阶梯年用水量及水价如下：\n"
        "| 阶梯 | 年用水量 | 水价 |\n"
        "|---|---|---|\n"
        "| 第一阶梯 | 不超过180立方米 | 4元/立方米 |\n"
        "| 第二阶梯 | 超过180至260立方米 | 6元/立方米 |\n"
        "| 第三阶梯 | 超过260立方米 | 9元/立方米 |\n"
        "第三条 户籍人口超过4人的，每增加1人，各阶梯年用水量基数增加30立方米。\n"
        "第四条 享受城乡低保的家庭，每户每月免收6立方米水费。\n"
        "第五条 供水企业每2个月抄表一次，每年12月进行年度结算。\n"
        "第六条 用户对水表计量有异议的，可申请校验；误差超过2%的，校验费由供水企业承担，否则由用户承担，每次50元。\n"
        "第七条 逾期缴费的，自逾期之日起每日加收欠费金额0.1%的滞纳金；逾期满30日不满90日的，供水企业应书面催缴；满90日仍未缴纳的，可依法中止供水。\n"
    ),
    "h13_pet_boarding_kennel": (
        "Pawsome Pet Boarding - Kennel Policy\n"
        "1. Dogs must be at least 4 months old, with vaccines given at least 14 days before check-in.\n"
        "2. Nightly rates:\n"
        "| Dog weight | Standard | Deluxe |\n"
        "|---|---|---|\n"
        "| Under 25 lb | $40 | $55 |\n"
        "| 25 to 60 lb | $50 | $65 |\n"
        "| Over 60 lb | $60 | $75 |\n"
        "3. Check-in runs from 8 am to 6 pm. Pick-up after 12 noon is billed as an extra night.\n"
        "4. A second dog sharing the same suite gets 25% off its rate.\n"
        "5. Stays of 14 nights or more include one free bath.\n"
        "6. Cancel at least 48 hours before check-in for a full refund; later cancellations forfeit the $40 deposit.\n"
    ),
    "h13_music_school_lessons": (
        "Harmony Music School - Lessons\n"
        "1. Lessons run from 2 pm to 8 pm on weekdays. Students under 8 take 30-minute lessons; students 8 and up may choose 30, 45 or 60.\n"
        "2. Fees: $30 for 30 minutes, $42 for 45, $55 for 60.\n"
        "3. Monthly tuition is due by the 5th; a $15 late fee is added after the 10th.\n"
        "4. Cancel at least 24 hours ahead for a make-up; up to 2 make-ups per term.\n"
        "5. Cancellations with under 24 hours' notice are charged in full; teacher cancellations are made up or refunded.\n"
        "6. Withdrawal requires 30 days' written notice.\n"
        "7. Sibling discount: 10% for the second child, 15% for the third.\n"
    ),
    "h13_community_garden_rules": (
        "Riverside Community Garden - Plot Rules\n"
        "1. Standard plots are 10 by 20 feet and cost $40 per year; raised beds cost $25. Gardeners 65 or older pay half.\n"
        "2. Each household may rent up to 2 plots.\n"
        "3. Plots must be planted by May 15. A plot left untended for more than 3 weeks gets a warning; after 2 warnings it is reassigned.\n"
        "4. Plants may not grow taller than 6 feet, and trees are not allowed.\n"
        "5. Water is on from April 1 to October 31.\n"
        "6. Each member must volunteer at least 6 hours per season.\n"
        "7. The $20 key deposit is refunded if the key is returned within 10 days after the season ends.\n"
    ),
})

HOLDOUT13: list[tuple] = [
    # h13_养犬登记管理规定 — hard: 300元 is both the neutered-dog first fee and the annual review fee; 30日/3个月/18周岁/1000元 each occur twice; two fine bands share the 1000元 endpoint; asker's age 16 not in doc
    ("h13_养犬登记管理规定", G, "我家小狗是今年2月出生的，满三个月以后要多久之内去办登记？", "从犬只满3个月起算，30日内就要到居住地派出所办好养犬登记。", []),
    ("h13_养犬登记管理规定", G, "狗已经做过绝育了，第一次登记要交多少钱？", "已绝育犬只首次登记费是300元，比普通犬只的500元便宜。", []),
    ("h13_养犬登记管理规定", G, "登记完以后每年还要再交钱吗？", "要，每只狗每年都要交300元的年度审验费。", []),
    ("h13_养犬登记管理规定", G, "我今年16岁，可以自己当犬主去登记吗？", "不可以，犬主必须年满18周岁。", []),
    ("h13_养犬登记管理规定", G, "狗把人咬伤了，主人最多会被罚多少？", "犬只伤人的，罚款在1000元以上5000元以下，最高可罚5000元。", []),
    ("h13_养犬登记管理规定", MIS, "给一只没绝育的狗做首次登记，登记费多少？", "每只300元。", f_mis),
    ("h13_养犬登记管理规定", CMP, "遛狗用的犬链长度有要求吗？", "有，犬链长度不得少于1.5米。", f_cmp),
    ("h13_养犬登记管理规定", RNG, "没办登记就养狗，会被怎么罚？", "处200元以上5000元以下罚款。", f_rng),
    ("h13_养犬登记管理规定", UNIT, "养犬登记证能用多长时间？", "登记证有效期为1个月。", f_unit),
    ("h13_养犬登记管理规定", OFF, "年审过期了没去办，会怎么样？", "犬主应当在登记证期满前30日内办理年度审验。", f_off),

    # h13_智能快递柜超时收费规则 — hard: 12 is both the fresh-goods free period and the billing unit; 24小时 is both the ordinary free period and the extension; 3 is the fee cap, the reminder start day and the refund processing days; 7 is reminder end/return day and refund window; a computed answer with the asker's 30小时
    ("h13_智能快递柜超时收费规则", G, "我买的生鲜放进快递柜了，多久之内取不用花钱？", "生鲜件从投柜起有12小时免费保管，超过以后才开始计超时费。", []),
    ("h13_智能快递柜超时收费规则", G, "普通快递放在中格口，已经超时30小时了，要交多少钱？", "不满12小时按12小时计，30小时算3个12小时，中格口每12小时1元，共3元，正好是单件累计上限3元。", []),
    ("h13_智能快递柜超时收费规则", G, "快递在柜子里放了5天还没拿，会被退回去吗？", "还不会。满3天不满7天期间系统每天提醒一次，满7天仍未取出才由快递员取出退回寄件人。", []),
    ("h13_智能快递柜超时收费规则", G, "柜子坏了取不出来，这段时间也要算超时费吗？", "不算，快递柜故障期间不计超时费。", []),
    ("h13_智能快递柜超时收费规则", G, "我觉得超时费扣错了，多久之内能申请退钱？平台多久给处理？", "缴费后7日内可以申请退费，平台会在3个工作日内处理完毕。", []),
    ("h13_智能快递柜超时收费规则", MIS, "普通快件能免费放多长时间？", "免费保管12小时。", f_mis),
    ("h13_智能快递柜超时收费规则", CMP, "一个快件的超时费最多会收多少？", "单件快件累计超时费不低于3元。", f_cmp),
    ("h13_智能快递柜超时收费规则", RNG, "快件放在柜里第几天起系统会每天发提醒？", "在柜时间满1天不满7天的，系统每天发送一次取件提醒。", f_rng),
    ("h13_智能快递柜超时收费规则", UNIT, "大格口超时了怎么收费？", "大格口每12分钟收1.5元。", f_unit),
    ("h13_智能快递柜超时收费规则", OFF, "申请延长保管的话，能延长多久？", "收件人可在免费保管期内申请延长保管1次。", f_off),

    # h13_居民阶梯水价 — hard: table rows with shared 180/260 boundaries; 6 is both the tier-2 price and the 低保 free volume; 30 is both the per-person volume increase and the overdue day threshold; asker's numbers 200 and a computed 240 not in doc; 2 is both months and %
    ("h13_居民阶梯水价", G, "我家一年用了200立方米水，超出第一阶梯的那部分按什么价算？", "超过180立方米的部分落在第二阶梯（超过180至260立方米），按每立方米6元计。", []),
    ("h13_居民阶梯水价", G, "我家户口本上有6口人，第一阶梯一年能用多少水？", "比4人多出2人，每人增加30立方米，第一阶梯基数为180+60=240立方米。", []),
    ("h13_居民阶梯水价", G, "一年用水超过260立方米以后，每方水多少钱？", "超过260立方米的部分属于第三阶梯，每立方米9元。", []),
    ("h13_居民阶梯水价", G, "申请校验水表，要自己掏钱吗？", "看误差：误差超过2%的，校验费由供水企业出；没超过2%的，用户自己承担，每次50元。", []),
    ("h13_居民阶梯水价", G, "低保户交水费有什么照顾？", "享受城乡低保的家庭按户计算，每个月有6立方米的水不用交水费。", []),
    ("h13_居民阶梯水价", MIS, "第二阶梯的水价是多少？", "每立方米9元。", f_mis),
    ("h13_居民阶梯水价", CMP, "年用水量多少算第一阶梯？", "年用水量超过180立方米的为第一阶梯。", f_cmp),
    ("h13_居民阶梯水价", RNG, "水费拖欠多久时供水企业会书面催缴？", "逾期满30日不满180日的，供水企业应书面催缴。", f_rng),
    ("h13_居民阶梯水价", UNIT, "第一阶梯的水价是多少？", "第一阶梯水价为每升4元。", f_unit),
    ("h13_居民阶梯水价", OFF, "水表多久抄一次？", "每年12月进行年度结算。", f_off),

    # h13_pet_boarding_kennel — hard: table lookups where 25 and 60 are both weight bounds and (60) a price; $40 is both a rate and the deposit; 25 is also the 25% discount; 14 is vaccine days and bath nights; asker's 32 lb / 70 lb / 3 pm / 2 weeks
    ("h13_pet_boarding_kennel", G, "My beagle weighs 32 lb. What would a deluxe suite cost per night?", "Dogs from 25 to 60 lb pay $65 a night for a deluxe suite.", []),
    ("h13_pet_boarding_kennel", G, "How much is a standard suite for my 70 lb shepherd?", "$60 a night, since dogs over 60 lb pay $60 for a standard suite.", []),
    ("h13_pet_boarding_kennel", G, "If my two dogs share a suite, is there any discount?", "Yes, the second dog in the same suite gets 25% off its nightly rate.", []),
    ("h13_pet_boarding_kennel", G, "We plan to collect our dog at 3 pm. Is that charged?", "Yes. Pick-up after 12 noon is billed as an extra night, so a 3 pm pick-up adds one night.", []),
    ("h13_pet_boarding_kennel", G, "We're away for 2 weeks. Do we get anything free?", "Yes. Two weeks is 14 nights, and stays of 14 nights or more include one free bath.", []),
    ("h13_pet_boarding_kennel", MIS, "What's the standard nightly rate for a dog under 25 lb?", "$50 a night.", f_mis),
    ("h13_pet_boarding_kennel", CMP, "When do my dog's vaccines need to be done?", "Vaccines must be given no more than 14 days before check-in.", f_cmp),
    ("h13_pet_boarding_kennel", RNG, "What hours can I check my dog in?", "Check-in runs from 8 am to 12 noon.", f_rng),
    ("h13_pet_boarding_kennel", UNIT, "How far ahead must I cancel to get all my money back?", "At least 48 days before check-in.", f_unit),
    ("h13_pet_boarding_kennel", OFF, "How late in the day can I drop my dog off?", "Pick-up after 12 noon is billed as an extra night.", f_off),

    # h13_music_school_lessons — hard: 30 is minutes, dollars and notice days; 8 is an age and a clock time; 24 hours rule stated twice (make-up vs charged in full); 15 is a late fee and a discount; asker's 6-year-old, 8th of month, 12 hours, 3 kids
    ("h13_music_school_lessons", G, "My daughter is 6. Can she book hour-long lessons?", "No. Students under 8 take 30-minute lessons; the 60-minute option is only for students 8 and up.", []),
    ("h13_music_school_lessons", G, "What does a three-quarter-hour lesson cost?", "$42 per lesson.", []),
    ("h13_music_school_lessons", G, "I paid this month's tuition on the 8th. Will I be charged a late fee?", "No. Tuition is due by the 5th, but the $15 late fee is only added after the 10th.", []),
    ("h13_music_school_lessons", G, "I have to skip a lesson that starts 12 hours from now. Do I get a make-up?", "No. A make-up needs at least 24 hours' notice; with under 24 hours' notice the lesson is charged in full.", []),
    ("h13_music_school_lessons", G, "We have 3 kids enrolled. What sibling discounts apply?", "The second child gets 10% off and the third gets 15% off.", []),
    ("h13_music_school_lessons", MIS, "What's the discount for a second sibling?", "15% off.", f_mis),
    ("h13_music_school_lessons", CMP, "How many make-up lessons can I get in a term?", "At least 2 make-ups per term.", f_cmp),
    ("h13_music_school_lessons", RNG, "At what times are lessons held?", "From 2 pm to 5 pm on weekdays.", f_rng),
    ("h13_music_school_lessons", UNIT, "How much notice do I need to give to withdraw?", "30 weeks' written notice.", f_unit),
    ("h13_music_school_lessons", OFF, "What happens if my teacher cancels a lesson?", "If you cancel with under 24 hours' notice, the lesson is charged in full.", f_off),

    # h13_community_garden_rules — hard: 10/20 are plot dimensions and also $20 deposit / 10 days; 6 is plant height (feet) and volunteer hours; 2 is plots and warnings; computed senior fee $12.50 from asker's age 70; plot size reordered
    ("h13_community_garden_rules", G, "I'm 70 and want a raised bed. How much will I pay per year?", "Half the $25 raised-bed fee, so $12.50 a year, because gardeners 65 or older pay half.", []),
    ("h13_community_garden_rules", G, "Can my family rent three plots?", "No, a household may rent at most 2 plots.", []),
    ("h13_community_garden_rules", G, "How big is a standard plot?", "It measures 20 feet by 10 feet.", []),
    ("h13_community_garden_rules", G, "If I return the key a week after the season closes, do I get my deposit back?", "Yes, the $20 deposit is refunded when the key comes back within 10 days after the season ends.", []),
    ("h13_community_garden_rules", G, "Will there be water at the garden in mid-November?", "No, water is only on from April 1 to October 31.", []),
    ("h13_community_garden_rules", MIS, "What's the yearly fee for a standard plot?", "$25 per year.", f_mis),
    ("h13_community_garden_rules", CMP, "How many volunteer hours do I owe each season?", "Up to 6 hours per season.", f_cmp),
    ("h13_community_garden_rules", RNG, "During which months is the water turned on?", "From April 1 to October 15.", f_rng),
    ("h13_community_garden_rules", UNIT, "How long can a plot go untended before a warning?", "A plot left untended for more than 3 days gets a warning.", f_unit),
    ("h13_community_garden_rules", OFF, "How many warnings can I get before I lose my plot?", "A plot left untended for more than 3 weeks gets a warning.", f_off),
]


# HOLDOUT14: blood-donor benefits, intern allowances and power-bank rental in Chinese; kayak rental,
# a moving company and youth football registration in English. First run:
# benchmarks/results/grounding_holdout14_first_run.txt.
DOCS.update({
    "h14_blood_donor": (
        "无偿献血者优待办法\n"
        "第一条 年龄18周岁至60周岁、身体健康的公民可参加无偿献血，两次献全血间隔不少于6个月。\n"
        "第二条 献血者本人临床用血：累计献血量不满800毫升的，免费用血量为献血量的3倍；满800毫升不满1000毫升的，为献血量的5倍；满1000毫升的，终身免费用血。\n"
        "第三条 献血者的配偶、父母、子女临床用血，按献血者累计献血量等量免费用血。\n"
        "第四条 献血者凭献血证免费乘坐本市公交、地铁，有效期自献血之日起1年；免费游览政府投资的公园景区，每年不超过10次。\n"
        "第五条 累计献血10次以上的，在本市公立医院就诊免收挂号费。\n"
        "第六条 用血费用应在出院之日起3个月内申请报销，逾期不予受理；材料齐全的，血站在10个工作日内办结。\n"
    ),
    "h14_intern": (
        "实习生管理办法\n"
        "第一条 本办法适用于在公司实习、年满18周岁的在校学生。\n"
        "第二条 实习期为1至6个月；每周到岗不少于3天，每天工作不超过8小时，不安排夜班。\n"
        "第三条 实习补贴标准如下：\n"
        "| 学历 | 月补贴 | 餐补（每天） |\n"
        "|---|---|---|\n"
        "| 专科 | 2000元 | 20元 |\n"
        "| 本科 | 3000元 | 30元 |\n"
        "| 硕士及以上 | 4500元 | 30元 |\n"
        "第四条 当月出勤不满15天的，月补贴按实际出勤天数折算；无故缺勤超过3天的，取消当月餐补。\n"
        "第五条 外地实习生可申请住房补贴每月800元，或免费入住公司宿舍，二者只能选其一。\n"
        "第六条 实习满3个月且考核优秀的，可获得留用推荐。补贴于次月10日前发放。\n"
        "第七条 请假1天以内由导师审批，超过1天由部门负责人审批。\n"
    ),
    "h14_powerbank": (
        "共享充电宝租借规则\n"
        "第一条 用户信用分满550分的可免押金租借，不满550分的须支付押金99元。\n"
        "第二条 租借5分钟以内归还的免费；超过5分钟的，每小时3元，不足1小时按1小时计，每24小时封顶30元。\n"
        "第三条 累计租金达到99元的视为买断，充电宝归用户所有，不再计费。\n"
        "第四条 可在任意网点归还，押金于归还后1至3个工作日内原路退回。\n"
        "第五条 租借后5分钟内发现无法充电的，可免费归还并更换；超过5分钟才报告的，按正常计费。\n"
        "第六条 外壳破损的，赔偿30元；无法使用或丢失的，按99元买断处理。\n"
        "第七条 会员每天享有2小时免费时长，每月最多使用10次。\n"
        "第八条 未满18周岁的用户须使用监护人账号租借，每个账号同时最多租借2台。\n"
    ),
    "h14_kayak": (
        "Kayak & Canoe Rental Policy\n"
        "1. Renters must be at least 18; children aged 5 to 12 must share a boat with an adult.\n"
        "2. Rates:\n"
        "| Boat | Hour | Full day (up to 8 hours) |\n"
        "|---|---|---|\n"
        "| Single kayak | $15 | $60 |\n"
        "| Tandem kayak | $25 | $90 |\n"
        "| Canoe | $25 | $80 |\n"
        "3. Deposit: $100 per boat, refundable.\n"
        "4. Boats more than 15 minutes late are charged $15 per extra half hour.\n"
        "5. Cancel at least 24 hours ahead for a full refund; later, 50% back.\n"
        "6. No launches in winds over 20 mph; weather cancellations get a full refund or free rebooking within 30 days.\n"
        "7. Groups of 8 or more boats get 10% off.\n"
    ),
    "h14_moving": (
        "Swift Movers Quote and Cancellation Terms\n"
        "1. Local moves (up to 50 miles): $120/hour with 2 movers, $160/hour with 3 movers; 3-hour minimum.\n"
        "2. Moves over 50 miles: flat quote plus $2 per mile.\n"
        "3. A 20% deposit is due at booking.\n"
        "4. Cancel more than 7 days before the move: full deposit refund; 2 to 7 days: 50% of the deposit; under 2 days: no refund.\n"
        "5. One free reschedule if asked at least 7 days ahead; otherwise a $50 fee.\n"
        "6. Items over 300 lbs (pianos, safes): $150 extra each.\n"
        "7. Balance due on delivery; unpaid after 30 days, 2% monthly interest.\n"
    ),
    "h14_football": (
        "Youth Football Registration Rules\n"
        "1. Players must be aged 6 to 14 on August 1.\n"
        "2. Divisions: U8 ages 6-7, U11 ages 8-10, U14 ages 11-14.\n"
        "3. Fee: $120 per player, $90 for each additional sibling; $20 off if registered before June 1.\n"
        "4. Registration closes August 15; late registration within 14 days after that costs $30 extra.\n"
        "5. Withdraw at least 14 days before the first game for a full refund minus a $20 fee; later, no refund.\n"
        "6. Players must attend at least 2 practices before their first game; rosters hold up to 18 players.\n"
        "7. A medical form signed within the past 12 months is required.\n"
    ),
})

HOLDOUT14: list[tuple] = [
    # h14_blood_donor — hard: 10 is both the yearly park-visit cap, the donation count for free registration and the 10 working days; the 800/1000毫升 bands; asker's own age/volume; derived 4500毫升
    ("h14_blood_donor", G, "我今年65岁，还能参加无偿献血吗？", "不能，参加无偿献血的年龄范围是18周岁至60周岁，65岁已超出。", []),
    ("h14_blood_donor", G, "我累计献血900毫升，自己住院时能免费用多少血？", "累计满800毫升不满1000毫升的，按献血量的5倍免费用血，也就是4500毫升。", []),
    ("h14_blood_donor", G, "我妈妈住院需要输血，能沾我献血的光吗？", "可以。献血者的父母临床用血，能按献血者累计献血量等量免费用血。", []),
    ("h14_blood_donor", G, "献血以后凭献血证坐地铁不花钱，这个优待能用多久？", "从献血那天起算1年内有效。", []),
    ("h14_blood_donor", G, "用血的钱报销有没有期限？办下来要几天？", "要在出院之日起3个月内提出申请，过期不受理；材料齐全的，血站10个工作日内办结。", []),
    ("h14_blood_donor", MIS, "累计献血多少次以上看病可以免挂号费？", "累计献血6次以上，在本市公立医院就诊就免收挂号费。", f_mis),
    ("h14_blood_donor", CMP, "两次献全血之间至少要隔多长时间？", "两次献全血的间隔不超过6个月。", f_cmp),
    ("h14_blood_donor", RNG, "累计献血量在什么范围内，本人用血是按3倍免费的？", "累计献血量不满1000毫升的，免费用血量为献血量的3倍。", f_rng),
    ("h14_blood_donor", UNIT, "用血费用最晚什么时候要申请报销？", "应在出院之日起3周内申请报销，逾期不予受理。", f_unit),
    ("h14_blood_donor", OFF, "拿献血证逛公园，一年最多能免费去几次？", "累计献血10次以上的，在本市公立医院就诊免收挂号费。", f_off),

    # h14_intern — hard: table rows with the shared 30元 meal allowance, 3 used for 天/周, absence days and 个月, asker's own 2 days, 1天 leave threshold
    ("h14_intern", G, "我在读硕士，来实习一个月补贴能拿多少？", "硕士及以上学历月补贴4500元，另外每天还有30元餐补。", []),
    ("h14_intern", G, "本科生和硕士生的餐补标准一样吗？", "一样，本科和硕士及以上每天餐补都是30元，只有专科是每天20元。", []),
    ("h14_intern", G, "我一周只能去2天，可以申请实习吗？", "不可以，实习生每周到岗不能少于3天。", []),
    ("h14_intern", G, "我是外地学生，住了公司宿舍还能再领住房补贴吗？", "不能。外地实习生每月800元的住房补贴和免费公司宿舍只能二选一。", []),
    ("h14_intern", G, "我想请2天假，找导师签字就行吗？", "不行，请假超过1天要由部门负责人审批，导师只能批1天以内的假。", []),
    ("h14_intern", MIS, "专科实习生每个月补贴多少钱？", "专科学历的月补贴是3000元。", f_mis),
    ("h14_intern", CMP, "实习生一天最多工作几个小时？", "每天工作不少于8小时。", f_cmp),
    ("h14_intern", RNG, "实习期可以安排多长？", "实习期为3至6个月。", f_rng),
    ("h14_intern", UNIT, "外地实习生的住房补贴是怎么给的？", "外地实习生可以申请住房补贴，每天800元，也可以选择免费住公司宿舍。", f_unit),
    ("h14_intern", OFF, "当月出勤不满15天，月补贴怎么算？", "无故缺勤超过3天的，当月餐补取消。", f_off),

    # h14_powerbank — hard: 99 is deposit, buyout total and loss charge; 30 is daily cap and damage fee; 5分钟 in two clauses; computed fee 9元 from the round-up rule
    ("h14_powerbank", G, "我的信用分是600分，借充电宝还要交押金吗？", "不用交，信用分满550分就能免押金租借。", []),
    ("h14_powerbank", G, "我不是会员，借了2个半小时才还，要付多少钱？", "不足1小时按1小时算，按3小时计费，每小时3元，一共9元。", []),
    ("h14_powerbank", G, "充电宝一直不还会被扣多少钱？", "每24小时最多收30元；累计租金达到99元就视为买断，充电宝归你，之后不再收费。", []),
    ("h14_powerbank", G, "会员的免费时长每个月能用几次？", "会员每天有2小时免费时长，每月最多可以用10次。", []),
    ("h14_powerbank", G, "外壳摔裂了和直接丢了，赔的钱一样吗？", "不一样。外壳破损赔30元；丢失或无法使用的按99元买断处理。", []),
    ("h14_powerbank", MIS, "借充电宝一天最多收多少钱？", "每24小时封顶99元。", f_mis),
    ("h14_powerbank", CMP, "借到手发现充不进电怎么办？", "租借后5分钟以上发现无法充电的，可以免费归还并更换。", f_cmp),
    ("h14_powerbank", RNG, "还了充电宝以后押金多久能退？", "押金于归还后1至10个工作日内原路退回。", f_rng),
    ("h14_powerbank", UNIT, "会员每天有多少免费时长？", "会员每天享有2分钟免费时长。", f_unit),
    ("h14_powerbank", OFF, "租借超过5分钟以后怎么收费？", "租借后5分钟内发现无法充电的，可免费归还并更换。", f_off),

    # h14_kayak — hard: 15 is single-kayak hourly rate, late grace in minutes and late fee; $25 shared by tandem and canoe in the table; 8 is hours and group size; asker's own 10 and 9
    ("h14_kayak", G, "What does a canoe cost for the whole day?", "A full day in a canoe (up to 8 hours) is $80.", []),
    ("h14_kayak", G, "My son is 10. Can he take out a single kayak by himself?", "No. Children aged 5 to 12 have to share a boat with an adult.", []),
    ("h14_kayak", G, "I brought the kayak back 10 minutes late. Do I owe a late fee?", "No. The $15 per extra half hour only kicks in once a boat is more than 15 minutes late.", []),
    ("h14_kayak", G, "We want 9 tandem kayaks for one hour. What's the rate, and is there a discount?", "Tandem kayaks are $25 an hour each, and since you're renting 8 or more boats you get 10% off.", []),
    ("h14_kayak", G, "If you call off our trip because of strong wind, do we lose our money?", "No. When a rental is cancelled for weather you get a full refund or a free rebooking within 30 days.", []),
    ("h14_kayak", MIS, "How much is a single kayak per hour?", "A single kayak costs $25 per hour.", f_mis),
    ("h14_kayak", CMP, "How far ahead must I cancel to get all my money back?", "You get a full refund if you cancel less than 24 hours ahead.", f_cmp),
    ("h14_kayak", RNG, "Which children have to ride with an adult?", "Children aged 5 to 18 must share a boat with an adult.", f_rng),
    ("h14_kayak", UNIT, "When do late charges start?", "Late charges start once a boat is more than 15 hours late, at $15 per extra half hour.", f_unit),
    ("h14_kayak", OFF, "How much is the deposit on a tandem kayak?", "A tandem kayak costs $90 for a full day of up to 8 hours.", f_off),

    # h14_moving — hard: 2 is crew size, $ per mile, days and %; 7 days in two clauses; 50 is miles, % and $ fee; parallel crew rates; computed 3-hour minimum $480; asker's own 35 miles / 5 days
    ("h14_moving", G, "We're moving 35 miles across town. How will we be charged?", "That's a local move (up to 50 miles), billed by the hour: $120 an hour with 2 movers or $160 an hour with 3, with a 3-hour minimum.", []),
    ("h14_moving", G, "If I cancel 5 days before the move, what do I get back?", "Half your deposit: cancelling 2 to 7 days before the move refunds 50% of it.", []),
    ("h14_moving", G, "We only need a 3-person crew for 2 hours. What will that cost?", "You pay the 3-hour minimum: 3 hours at $160 an hour, so $480.", []),
    ("h14_moving", G, "Do you charge more to move a piano?", "Yes. Items heavier than 300 pounds, such as pianos, cost an extra $150 each.", []),
    ("h14_moving", G, "Can I change my moving date without paying anything?", "Yes, once, as long as you ask at least 7 days ahead; otherwise rescheduling costs $50.", []),
    ("h14_moving", MIS, "How big is the deposit at booking?", "A deposit of 50% of the quote is due when you book.", f_mis),
    ("h14_moving", CMP, "Can I still get my whole deposit back if I cancel?", "Yes, if you cancel less than 7 days before the move.", f_cmp),
    ("h14_moving", RNG, "When do I get half my deposit back?", "If you cancel 2 to 30 days before the move, 50% of the deposit is refunded.", f_rng),
    ("h14_moving", UNIT, "What happens if I don't pay the balance on time?", "After 30 days unpaid, the balance accrues $2 of interest per month.", f_unit),
    ("h14_moving", OFF, "What's the minimum I'll be billed for a local move?", "Local moves cover distances of up to 50 miles.", f_off),

    # h14_football — hard: 14 is max age, U14 and a day count in two clauses; $20 is both early discount and withdrawal fee; age bands; asker's own 9 / 3 kids / 8 months / 3 weeks; computed $300
    ("h14_football", G, "My daughter turns 9 in July. Which division is she in?", "She'll be 9 on August 1, so she plays in U11, which covers ages 8 to 10.", []),
    ("h14_football", G, "I'm signing up 3 kids. What's the total fee?", "$120 for the first child plus $90 for each additional sibling, so $300 before any early-registration discount.", []),
    ("h14_football", G, "Our doctor signed the medical form 8 months ago. Is it still valid for registration?", "Yes, the form only has to be signed within the past 12 months.", []),
    ("h14_football", G, "We missed the August 15 deadline by a week. Can we still register?", "Yes. Late registration stays open for 14 days after registration closes, for an extra $30.", []),
    ("h14_football", G, "If we withdraw 3 weeks before the first game, do we get our money back?", "Yes. 3 weeks is more than the 14-day cutoff, so you get a full refund minus the $20 fee.", []),
    ("h14_football", MIS, "What does each additional sibling cost?", "Each additional sibling costs $30.", f_mis),
    ("h14_football", CMP, "How many practices must my son attend before his first game?", "He can attend at most 2 practices before his first game.", f_cmp),
    ("h14_football", RNG, "What ages play in U14?", "U14 is for ages 12 to 14.", f_rng),
    ("h14_football", UNIT, "How long is late registration open after the deadline?", "Late registration runs for 14 weeks after registration closes, at $30 extra.", f_unit),
    ("h14_football", OFF, "How many players can a team roster have?", "Each player must attend at least 2 practices before their first game.", f_off),
]


# HOLDOUT15: public rental housing, ride-hail driver admission and gas connection fees in Chinese; pharmacy refills, marina boat slips and a tutoring centre's billing in English. First run:
# benchmarks/results/grounding_holdout15_first_run.txt.
DOCS.update({
    "h15_public_housing": (
        "公共租赁住房申请与租金管理规定\n"
        "第一条 申请人须年满18周岁，在本市连续缴纳社会保险满12个月以上。\n"
        "第二条 申请家庭人均月收入不超过3000元，家庭总资产不超过30万元；单身申请人月收入不超过3500元。\n"
        "第三条 申请家庭在本市无自有住房，或人均住房面积低于15平方米。\n"
        "第四条 资格审核在受理后20个工作日内完成，审核通过的公示7天。\n"
        "第五条 租金按家庭人均月收入分档计收：\n"
        "| 人均月收入 | 租金标准 |\n"
        "|---|---|\n"
        "| 不满1500元 | 市场租金的30% |\n"
        "| 1500元以上至3000元 | 市场租金的50% |\n"
        "第六条 租金按月缴纳，每月15日前交清；逾期超过15天的，按日加收应缴租金0.5%的滞纳金。\n"
        "第七条 租赁合同期限最长为3年；期满需续租的，应在期满前3个月提出申请。\n"
        "第八条 累计拖欠租金满6个月的，或无正当理由连续空置超过6个月的，收回住房。\n"
    ),
    "h15_ridehail_driver": (
        "网络预约出租汽车驾驶员准入与考核办法\n"
        "第一条 申请人须取得相应准驾车型驾驶证并具有3年以上驾驶经历，年龄为21周岁至60周岁。\n"
        "第二条 申请人最近连续3个记分周期内无记满12分记录，且无交通肇事、危险驾驶犯罪记录。\n"
        "第三条 从业资格考试分全国公共科目和区域科目，满分均为100分；全国公共科目80分以上合格，区域科目90分以上合格。\n"
        "第四条 考试不合格的，可在10日后申请补考一次，补考费50元；补考仍不合格的，3个月内不得重新报名。\n"
        "第五条 考试合格的，发证机关在10个工作日内核发从业资格证。\n"
        "第六条 服务质量信誉考核每年一次，按年度累计扣分定级：\n"
        "| 年度累计扣分 | 考核等级 |\n"
        "|---|---|\n"
        "| 不满10分 | 合格 |\n"
        "| 10分以上不满20分 | 基本合格 |\n"
        "| 20分以上 | 不合格 |\n"
        "第七条 考核等级为基本合格的，须参加不少于12学时的继续教育；不合格的，须参加不少于18学时的继续教育。\n"
    ),
    "h15_gas_connection": (
        "管道燃气报装与收费办法\n"
        "第一条 用户报装应提交房屋产权证明和身份证明；资料齐全的，燃气企业在3个工作日内受理并上门勘察。\n"
        "第二条 居民用户安装工程自勘察之日起15个工作日内完工；非居民用户30个工作日内完工。\n"
        "第三条 居民用户初装费每户2000元；非居民用户按每立方米小时流量300元收取，最低不低于5000元。\n"
        "第四条 安装后通气点火免费。用户自行申请改管的，每处收取200元，管线超过3米的部分每米加收30元。\n"
        "第五条 居民阶梯气价：年用气量300立方米以内的，每立方米3元；超过300立方米不超过600立方米的部分，每立方米3.6元；超过600立方米的部分，每立方米4.5元。\n"
        "第六条 用户欠费超过2个月的，燃气企业可在书面通知7日后停止供气；结清欠费后24小时内恢复供气。\n"
        "第七条 燃气企业对居民用户每年至少入户安全检查1次。\n"
    ),
    "h15_pharmacy_refill": (
        "Refill and Pickup Policy\n"
        "1. Request refills at least 2 business days before you run out.\n"
        "2. Standard refills are ready within 24 hours; those needing prescriber approval take 3 to 5 business days.\n"
        "3. A 30-day supply may be refilled no earlier than 7 days before its due date.\n"
        "4. Controlled drugs may not be refilled more than 2 days early.\n"
        "5. Filled prescriptions are held for 10 days, then returned to stock.\n"
        "6. Photo ID is required at pickup. A representative may collect up to 3 prescriptions at a time.\n"
        "7. Copays: $10 generic, $35 brand-name.\n"
        "8. Hours: Mon-Fri 8 am to 9 pm, Sat 9 am to 5 pm.\n"
    ),
    "h15_marina_slip": (
        "Marina Slip Rules\n"
        "1. Rates per foot:\n"
        "| Length | Monthly | Season |\n"
        "|---|---|---|\n"
        "| Up to 30 ft | $12 | $60 |\n"
        "| 31 to 45 ft | $15 | $75 |\n"
        "| Over 45 ft | $18 | $90 |\n"
        "2. Length is rounded up to the whole foot; minimum billed length 20 ft.\n"
        "3. Rent unpaid 10 days after the due date incurs a $25 late fee; after 30 days the slip may be reassigned.\n"
        "4. Liveaboard use: up to 3 nights per week; longer stays need a $150 monthly permit.\n"
        "5. Engines may not run more than 15 minutes while docked.\n"
        "6. Liability insurance of at least $300,000 is required.\n"
        "7. Guests may use a slip up to 7 days per season.\n"
    ),
    "h15_tutoring_billing": (
        "Tutoring Fees and Cancellations\n"
        "1. One-to-one: $60/hour. Groups of 3 to 6: $25 per student per hour.\n"
        "2. 10-session packages are prepaid at a 10% discount and expire 6 months after purchase.\n"
        "3. Invoices are due within 14 days; late payment costs $15.\n"
        "4. Cancelling at least 24 hours ahead is free; later cancellations cost 50%.\n"
        "5. Up to 2 free reschedules per package.\n"
        "6. If a tutor cancels, the session is credited or made up within 14 days.\n"
        "7. Unused sessions are refundable within 30 days of purchase, less a $25 admin fee.\n"
        "8. Sibling discount: 10% for a second child, 15% for a third or more.\n"
    ),
})

HOLDOUT15: list[tuple] = [
    # h15_public_housing — hard: 15 is 平方米/日/天, 3 is 年/个月, 6个月 twice (拖欠 vs 空置), 30 is 万元 and 30%, 3000 is both the eligibility cap and a table band end; asker numbers 17/2000/40万.
    ("h15_public_housing", G, "我今年17岁，可以申请公租房吗？", "不可以，申请人必须年满18周岁。", []),
    ("h15_public_housing", G, "我家人均月收入2000元，租金按什么标准交？", "人均月收入在1500元以上至3000元这一档，按市场租金的50%缴纳。", []),
    ("h15_public_housing", G, "合同快到期了想接着租，什么时候要去申请？", "要在合同期满前3个月提出续租申请。", []),
    ("h15_public_housing", G, "房租晚交了会怎么样？", "租金须在每月15日前交清；逾期超过15天的，每天按应缴租金的0.5%加收滞纳金。", []),
    ("h15_public_housing", G, "我家存款加车子算下来有40万元，还符合申请条件吗？", "不符合，家庭总资产不能超过30万元。", []),
    ("h15_public_housing", MIS, "单身申请人的月收入上限是多少？", "单身申请人月收入不超过3000元。", f_mis),
    ("h15_public_housing", CMP, "家里已经有房子的，住房面积要满足什么条件才能申请？", "人均住房面积高于15平方米的才可以申请。", f_cmp),
    ("h15_public_housing", RNG, "人均月收入多少的家庭按市场租金的一半交租？", "人均月收入1500元以上至3500元的家庭，按市场租金的50%缴纳。", f_rng),
    ("h15_public_housing", UNIT, "社保要在本市交够多久才能申请？", "须在本市连续缴纳社会保险满12年以上。", f_unit),
    ("h15_public_housing", OFF, "续租需要提前多久申请？", "租赁合同期限最长为3年。", f_off),

    # h15_ridehail_driver — hard: 10 is 日/个工作日/分, 12 is 分 and 学时, 3 is 年/记分周期/个月; 满…不满 bands in a table; parallel 80 vs 90 分 and 12 vs 18 学时; asker numbers 58/5/15.
    ("h15_ridehail_driver", G, "我今年58岁，开车5年了，年龄和驾龄这两项够不够？", "都够：年龄要求在21至60周岁之间，驾驶经历要求3年以上。", []),
    ("h15_ridehail_driver", G, "区域科目考多少分才算过？", "区域科目要考到90分及以上；全国公共科目则是80分及以上。", []),
    ("h15_ridehail_driver", G, "我这一年被扣了15分，考核会评成什么等级？要做什么？", "扣分在10分以上不满20分，评为基本合格，需要参加不少于12学时的继续教育。", []),
    ("h15_ridehail_driver", G, "补考还是没过，要等多久才能重新报名？", "补考仍不合格的，3个月内不能重新报名，满3个月后才可以。", []),
    ("h15_ridehail_driver", G, "考试通过后多久能拿到从业资格证？", "发证机关会在10个工作日内核发。", []),
    ("h15_ridehail_driver", MIS, "考核被评为不合格，继续教育要上多少学时？", "须参加不少于12学时的继续教育。", f_mis),
    ("h15_ridehail_driver", CMP, "全国公共科目考多少分合格？", "全国公共科目80分以下为合格。", f_cmp),
    ("h15_ridehail_driver", RNG, "年度扣多少分会被评为基本合格？", "年度累计扣分12分以上不满20分的，评为基本合格。", f_rng),
    ("h15_ridehail_driver", UNIT, "第一次没考过，什么时候能补考？", "可在10周后申请补考一次。", f_unit),
    ("h15_ridehail_driver", OFF, "补考要交多少钱？", "补考仍不合格的，3个月内不得重新报名。", f_off),

    # h15_gas_connection — hard: 300 is 元/立方米小时 and 立方米, 3 is 工作日/米/元, 30 is 工作日 and 元/米, 200 vs 2000; computed answers (450立方米 tiers, 5米改管 = 260元); resident vs non-resident parallels.
    ("h15_gas_connection", G, "我家一年用了450立方米气，价格怎么算？", "前300立方米按每立方米3元计；超出的150立方米落在300至600立方米这一档，按每立方米3.6元计。", []),
    ("h15_gas_connection", G, "开饭店报装管道燃气，初装费最少要交多少？", "饭店属于非居民用户，按每立方米小时流量300元收取，但最低不低于5000元，所以最少5000元。", []),
    ("h15_gas_connection", G, "我想改一处燃气管，管线长5米，要多少钱？", "每处200元，超过3米的那2米每米加收30元，合计260元。", []),
    ("h15_gas_connection", G, "居民家装燃气，从勘察到完工最长要多少天？", "居民用户的安装工程自勘察之日起15个工作日内完工。", []),
    ("h15_gas_connection", G, "停气以后把欠费交清了，多快能恢复用气？", "结清欠费后24小时内恢复供气。", []),
    ("h15_gas_connection", MIS, "商铺这类非居民用户，安装工程多长时间完工？", "自勘察之日起15个工作日内完工。", f_mis),
    ("h15_gas_connection", CMP, "欠费多久会被停气？", "用户欠费不超过2个月的，燃气企业可在书面通知7日后停止供气。", f_cmp),
    ("h15_gas_connection", RNG, "每立方米3.6元的价格适用于哪一段用气量？", "年用气量超过200立方米不超过600立方米的部分。", f_rng),
    ("h15_gas_connection", UNIT, "燃气公司多久来家里做一次安全检查？", "对居民用户每月至少入户安全检查1次。", f_unit),
    ("h15_gas_connection", OFF, "居民每户的初装费是多少？", "用户自行申请改管的，每处收取200元。", f_off),

    # h15_pharmacy_refill — hard: 2 is business days and days-early, 10 is $ and days, 9 is am and pm, 3 is days and prescriptions; computed date (20th - 7 = 13th); asker numbers (a week, 4 prescriptions).
    ("h15_pharmacy_refill", G, "I'm on a 30-day supply and my next fill is due on the 20th. What's the earliest day I can ask for the refill?", "The 13th - a 30-day supply can be refilled at most 7 days before it is due.", []),
    ("h15_pharmacy_refill", G, "How long does it take if my doctor has to sign off on the refill?", "Refills needing prescriber approval take between 3 and 5 business days.", []),
    ("h15_pharmacy_refill", G, "I forgot to pick up my prescription for a week. Will it still be there?", "Yes. Filled prescriptions are held for 10 days before being returned to stock.", []),
    ("h15_pharmacy_refill", G, "Can my husband pick up 4 prescriptions for me in one go?", "Not all four at once: a representative can collect at most 3 prescriptions at a time.", []),
    ("h15_pharmacy_refill", G, "What time does the pharmacy close on Saturday?", "At 5 pm (Saturday hours are 9 am to 5 pm).", []),
    ("h15_pharmacy_refill", MIS, "What's the copay for a brand-name drug?", "A brand-name prescription has a $10 copay.", f_mis),
    ("h15_pharmacy_refill", CMP, "How far ahead should I put in a refill request?", "No more than 2 business days before your medication runs out.", f_cmp),
    ("h15_pharmacy_refill", RNG, "What are the weekday opening hours?", "Monday to Friday, 8 am to 5 pm.", f_rng),
    ("h15_pharmacy_refill", UNIT, "How quickly is a standard refill ready?", "Standard refills are ready within 24 days.", f_unit),
    ("h15_pharmacy_refill", OFF, "Do I need ID to pick up my prescription?", "A representative may collect up to 3 prescriptions at a time.", f_off),

    # h15_marina_slip — hard: table rows with per-foot rates (computed $570), band boundary at 45 ft, 30 is ft and days, 15 is $ and minutes, 7 vs 3 (guest days vs liveaboard nights); asker numbers 38/14/two weeks.
    ("h15_marina_slip", G, "My boat is 38 feet long. What will a month cost?", "38 ft falls in the 31 to 45 ft band at $15 per foot, so $570 a month.", []),
    ("h15_marina_slip", G, "My dinghy is only 14 feet. What length do I get billed for?", "20 feet - that is the minimum billed length.", []),
    ("h15_marina_slip", G, "Can I sleep aboard on Friday and Saturday nights every week?", "Yes. Liveaboard use is allowed for up to 3 nights a week; only longer stays need the $150 monthly permit.", []),
    ("h15_marina_slip", G, "What happens if my rent is two weeks late?", "Past 10 days you owe a $25 late fee; the slip can only be reassigned once payment is 30 days late.", []),
    ("h15_marina_slip", G, "Is a 45-foot boat charged at the top rate?", "No. 45 ft is still in the 31 to 45 ft band ($15 monthly, $75 per season); the top rate is for boats over 45 ft.", []),
    ("h15_marina_slip", MIS, "What's the seasonal rate per foot for a 40-foot boat?", "$60 per foot for the season.", f_mis),
    ("h15_marina_slip", CMP, "How much liability insurance do I need?", "You need liability insurance of at most $300,000.", f_cmp),
    ("h15_marina_slip", RNG, "Which boat lengths pay the $15 monthly rate?", "Boats between 20 and 45 feet.", f_rng),
    ("h15_marina_slip", UNIT, "How long can I run my engine while tied up at the dock?", "No more than 15 hours.", f_unit),
    ("h15_marina_slip", OFF, "How long can a guest use my slip?", "Liveaboard use is allowed for up to 3 nights per week.", f_off),

    # h15_tutoring_billing — hard: 10 is sessions and % (twice), 14 is invoice days and make-up days, 25 is group rate and admin fee, 15 is $ and %, 6 is students and months; computed $90; asker numbers 3 kids / 30 hours / 90 minutes.
    ("h15_tutoring_billing", G, "I have 3 kids enrolled. What sibling discount do we get?", "The second child gets 10% off and the third child 15% off.", []),
    ("h15_tutoring_billing", G, "If I cancel the evening before, about 30 hours ahead, am I charged anything?", "No. Cancelling 24 hours or more before the session is free.", []),
    ("h15_tutoring_billing", G, "How much would a 90-minute one-to-one session cost?", "$90, since one-to-one tutoring is $60 per hour.", []),
    ("h15_tutoring_billing", G, "Can I get money back for package sessions I haven't used?", "Yes, if you ask within 30 days of purchase; a $25 admin fee is deducted.", []),
    ("h15_tutoring_billing", G, "The tutor cancelled on us. Do we lose that session?", "No. It is either credited or made up within 14 days.", []),
    ("h15_tutoring_billing", MIS, "What's the late fee if I pay my invoice late?", "A $25 late fee applies.", f_mis),
    ("h15_tutoring_billing", CMP, "When can I cancel a session for free?", "Cancelling is free if you do it within 24 hours of the session.", f_cmp),
    ("h15_tutoring_billing", RNG, "How many students can be in a small group?", "Between 3 and 10 students.", f_rng),
    ("h15_tutoring_billing", UNIT, "When does a session package expire?", "6 weeks after purchase.", f_unit),
    ("h15_tutoring_billing", OFF, "How many times can I reschedule within a package?", "Packages of 10 sessions are paid in advance at a 10% discount.", f_off),
]


# HOLDOUT16: social-insurance base and back pay, food-delivery lateness pay and estate-agency commission in Chinese; wedding venue booking, a vet clinic's payment plans and airport lounge access in English. First run:
# benchmarks/results/grounding_holdout16_first_run.txt.
DOCS.update({
    "h16_social_insurance": (
        "社会保险缴费基数与补缴规定\n"
        "第一条 职工缴费基数按本人上年度月平均工资确定。低于全省上年度职工月平均工资60%的，按60%确定；超过300%的，按300%确定。\n"
        "第二条 新参保人员当年缴费基数按全省上年度职工月平均工资7500元的100%确定。2024年度缴费基数下限为4500元，上限为22500元。\n"
        "第三条 缴费比例如下：\n"
        "| 险种 | 单位 | 个人 |\n"
        "|---|---|---|\n"
        "| 养老保险 | 16% | 8% |\n"
        "| 医疗保险 | 8% | 2% |\n"
        "| 失业保险 | 0.5% | 0.5% |\n"
        "第四条 单位未按时足额缴费的，应在3个月内补缴；逾期的，自欠缴之日起按日加收0.05%的滞纳金。\n"
        "第五条 灵活就业人员可在全省上年度职工月平均工资的60%至300%之间自选缴费基数，补缴期限最长不超过36个月。\n"
        "第六条 补缴申请材料齐全的，经办机构应在15个工作日内办结。\n"
    ),
    "h16_delivery_lateness": (
        "外卖配送超时赔付规则\n"
        "第一条 订单实际送达时间晚于平台承诺送达时间的，视为超时。\n"
        "第二条 超时10分钟以内的，不予赔付；超时满10分钟不满20分钟的，赔付订单实付金额的10%；满20分钟不满30分钟的，赔付20%；满30分钟及以上的，赔付50%，单笔最高不超过30元。\n"
        "第三条 会员用户在上述标准之外，另获3元无门槛红包一张。\n"
        "第四条 因恶劣天气、用户更改地址或联系不上用户导致超时的，不予赔付。\n"
        "第五条 赔付以红包形式在订单完成后24小时内发放，红包有效期为7天。\n"
        "第六条 用户对赔付结果有异议的，须在订单完成后3天内申请人工复核，平台在2个工作日内答复。\n"
        "第七条 同一用户每个自然月最多获得10次超时赔付，超出部分不再赔付。\n"
    ),
    "h16_agency_commission": (
        "房屋中介佣金收取办法\n"
        "第一条 二手房买卖成交的，佣金按成交价分档收取：不满100万元的，收取2.5%；满100万元不满300万元的，收取2%；满300万元不满500万元的，收取1.5%；满500万元的，收取1%。\n"
        "第二条 买卖佣金由买方承担，单笔不少于1万元。\n"
        "第三条 房屋租赁成交的，佣金为1个月租金，由出租方和承租方各承担50%；租期不满6个月的，佣金为半个月租金。\n"
        "第四条 因卖方原因未能签约的，中介不得收取佣金；签约后因买方违约解约的，收取应收佣金的50%。\n"
        "第五条 佣金在网签完成后3个工作日内支付；中介应在收款后1个工作日内开具发票。\n"
        "第六条 独家委托期限最长为6个月，期满可续签，续签不另收费用。\n"
    ),
    "h16_wedding_venue": (
        "Wedding Venue Booking and Deposit Terms\n"
        "1. A date is held only once a deposit of 25% of the venue fee is paid, within 7 days of signing.\n"
        "2. The balance is due at least 30 days before the event.\n"
        "3. Deposit refunds on cancellation:\n"
        "| Notice before event | Refund |\n"
        "|---|---|\n"
        "| more than 180 days | 100% |\n"
        "| 90 to 180 days | 50% |\n"
        "| under 90 days | none |\n"
        "4. One date change is free if requested at least 90 days before the event; later changes cost $500.\n"
        "5. Guest numbers may be cut by up to 10% at no charge until 30 days before the event.\n"
        "6. Events must end by 11 pm; each extra hour costs $500.\n"
    ),
    "h16_vet_payment_plan": (
        "Veterinary Clinic Payment-Plan Policy\n"
        "1. Payment plans are offered for treatment bills between $500 and $5,000.\n"
        "2. A down payment of at least 20% is due at the time of treatment.\n"
        "3. The rest is paid in equal monthly instalments: bills up to $2,000 over up to 6 months; bills above $2,000 over up to 12 months.\n"
        "4. No interest is charged while instalments are paid on time. A payment more than 10 days late incurs a $25 fee.\n"
        "5. After 2 missed instalments the plan is cancelled and the full balance is due within 30 days.\n"
        "6. Applicants must have been registered with the clinic for at least 6 months.\n"
    ),
    "h16_airport_lounge": (
        "Airport Lounge Access Rules\n"
        "1. First and Business class passengers and Gold members enter free.\n"
        "2. Other passengers may buy a day pass: $45 for adults, $25 for children aged 2 to 11; children under 2 enter free.\n"
        "3. Gold members may bring up to 2 guests; each guest needs a day pass.\n"
        "4. Entry opens 3 hours before scheduled departure (4 hours for international flights). Stays are limited to 4 hours.\n"
        "5. Showers: 30 minutes per use, free for First class, $25 for everyone else.\n"
        "6. Children under 12 must be accompanied by an adult.\n"
        "7. Arriving passengers may use the lounge within 2 hours of landing.\n"
    ),
})

HOLDOUT16: list[tuple] = [
    # h16_social_insurance — hard: 60%/300% appear as both cap rules and the flexible-worker range, 8% is both personal pension and employer medical (table), asker's own wage 3000元, answers resting on two clauses.
    ("h16_social_insurance", G, "我上年度月工资只有3000元，今年缴费基数按多少算？", "低于全省平均工资60%的按60%确定，2024年度对应的下限是4500元，所以按4500元缴。", []),
    ("h16_social_insurance", G, "养老保险我自己要交几个点？", "个人部分按缴费基数的8%缴纳养老保险。", []),
    ("h16_social_insurance", G, "打零工的灵活就业人员，基数能不能自己挑？", "可以，在全省上年度职工月平均工资的60%到300%之间自己选。", []),
    ("h16_social_insurance", G, "失业保险单位和个人分别交多少？", "两边一样，单位和个人都是0.5%。", []),
    ("h16_social_insurance", G, "公司欠缴社保拖着不补，会有额外费用吗？", "会。单位须在3个月内补缴，逾期的要从欠缴之日起每天加收0.05%的滞纳金。", []),
    ("h16_social_insurance", MIS, "医疗保险个人缴费比例是多少？", "医疗保险个人按8%缴纳。", f_mis),
    ("h16_social_insurance", CMP, "缴费基数的上限是怎么确定的？", "本人上年度月平均工资低于全省上年度职工月平均工资300%的，按300%确定。", f_cmp),
    ("h16_social_insurance", RNG, "灵活就业人员可以在什么范围内选择缴费基数？", "可在全省上年度职工月平均工资的60%至100%之间自选。", f_rng),
    ("h16_social_insurance", UNIT, "灵活就业人员最多能往前补缴多久？", "补缴期限最长不超过36年。", f_unit),
    ("h16_social_insurance", OFF, "补缴申请交上去以后，多久能办完？", "单位未按时足额缴费的，应在3个月内补缴。", f_off),

    # h16_delivery_lateness — hard: 10/20/30 are both minute bands and percentages/元 cap, 3 is both 元 (member bonus) and 天 (review window), 满…不满 bands, asker's own 60元 order and 25分钟.
    ("h16_delivery_lateness", G, "我点了60元的外卖，晚到了25分钟，能赔多少？", "超时满20分钟不满30分钟，赔实付金额的20%，也就是12元。", []),
    ("h16_delivery_lateness", G, "只晚了5分钟，平台会赔吗？", "不会，超时在10分钟以内的不予赔付。", []),
    ("h16_delivery_lateness", G, "超时超过半小时，最多能拿多少赔付？", "按实付金额的50%赔付，但单笔封顶30元。", []),
    ("h16_delivery_lateness", G, "会员和普通用户超时赔付一样吗？", "不完全一样，会员在普通标准之外还会多拿一张3元无门槛红包。", []),
    ("h16_delivery_lateness", G, "赔的红包什么时候到账，能用多久？", "订单完成后24小时内发放，发放后7天内有效。", []),
    ("h16_delivery_lateness", MIS, "对赔付结果不满意，申请人工复核有时间限制吗？", "有，须在订单完成后7天内申请人工复核。", f_mis),
    ("h16_delivery_lateness", CMP, "超时多久以内是不赔的？", "超时10分钟以上的，不予赔付。", f_cmp),
    ("h16_delivery_lateness", RNG, "超时多长时间赔实付金额的20%？", "超时满20分钟不满50分钟的，赔付实付金额的20%。", f_rng),
    ("h16_delivery_lateness", UNIT, "申请人工复核后，平台多久给答复？", "平台会在2个小时内答复。", f_unit),
    ("h16_delivery_lateness", OFF, "超时赔付的红包有效期是多久？", "赔付红包在订单完成后24小时内发放。", f_off),

    # h16_agency_commission — hard: 50% used for both the rental split and the default-penalty share, 6个月 for both short lease and exclusive mandate, 1 as 万元/个月/%/工作日, four 满…不满 price bands, asker's 450万 price and 4-month lease.
    ("h16_agency_commission", G, "我买了一套450万的二手房，中介费怎么算、谁出？", "落在满300万元不满500万元这一档，按1.5%收，即6.75万元，由买方承担。", []),
    ("h16_agency_commission", G, "租房的中介费房东和租客怎么分？", "佣金是一个月租金，房东和租客各出一半。", []),
    ("h16_agency_commission", G, "我只租4个月，中介费还是一个月房租吗？", "不是，租期不满6个月的，佣金按半个月租金收。", []),
    ("h16_agency_commission", G, "签约后买方反悔解约了，中介还能收佣金吗？", "能，但只收应收佣金的50%。", []),
    ("h16_agency_commission", G, "独家委托签一次最长能签多久？到期了怎么办？", "最长6个月，期满后可以续签。", []),
    ("h16_agency_commission", MIS, "网签完成后佣金最晚什么时候付？", "网签完成后1个工作日内支付。", f_mis),
    ("h16_agency_commission", CMP, "二手房买卖佣金最低收多少？", "单笔不超过1万元。", f_cmp),
    ("h16_agency_commission", RNG, "成交价在什么区间的房子按1.5%收佣金？", "成交价满100万元不满500万元的，按1.5%收取。", f_rng),
    ("h16_agency_commission", UNIT, "租期短到什么程度，中介费只收半个月租金？", "租期不满6周的，佣金为半个月租金。", f_unit),
    ("h16_agency_commission", OFF, "中介收到佣金后多久开发票？", "佣金应在网签完成后3个工作日内支付。", f_off),

    # h16_wedding_venue — hard: 90 days is both a refund-table boundary and the free date-change cutoff, 30 days is both balance and guest-cut deadline, $500 is both late date change and extra hour (OFF reuses it), table rows, paraphrases (a quarter, a week, half).
    ("h16_wedding_venue", G, "Our venue fee is $12,000. What do we pay to lock in the date, and by when?", "A quarter of the fee, so $3,000, paid within a week of signing.", []),
    ("h16_wedding_venue", G, "If we cancel 120 days before the wedding, do we get the deposit back?", "Half of it: cancelling between 90 and 180 days ahead refunds 50% of the deposit.", []),
    ("h16_wedding_venue", G, "When does the remaining balance have to be in?", "No later than 30 days before the event.", []),
    ("h16_wedding_venue", G, "Can we move our wedding date without paying extra?", "Yes, once, provided you ask at least 90 days before the event; a later change costs $500.", []),
    ("h16_wedding_venue", G, "What happens if the reception runs past 11 pm?", "Each additional hour is billed at $500.", []),
    ("h16_wedding_venue", MIS, "How much notice do we need to give to change the date for free?", "At least 180 days before the event.", f_mis),
    ("h16_wedding_venue", CMP, "Can we lower our guest count without paying for it?", "Yes, you can cut guest numbers by more than 10% at no charge until 30 days before the event.", f_cmp),
    ("h16_wedding_venue", RNG, "How much notice gets us a 50% deposit refund?", "Cancelling between 30 and 180 days before the event.", f_rng),
    ("h16_wedding_venue", UNIT, "How long after signing do we have to pay the deposit?", "Within 7 weeks of signing.", f_unit),
    ("h16_wedding_venue", OFF, "How much does it cost to change the date later than the free window?", "Each extra hour after 11 pm costs $500.", f_off),

    # h16_vet_payment_plan — hard: 6 months is both the short-plan term and the registration requirement, 2 is both missed instalments and $2,000, parallel terms for bills up to/above $2,000, asker's $3,200 and $300 bills, "six" spelled out.
    ("h16_vet_payment_plan", G, "My dog's surgery came to $3,200. How long can I spread the payments?", "Since it is above $2,000, over as many as 12 months, after paying at least 20% up front.", []),
    ("h16_vet_payment_plan", G, "Can I put a $300 bill on a payment plan?", "No, plans only cover bills from $500 to $5,000.", []),
    ("h16_vet_payment_plan", G, "Do you charge interest on the plan?", "No, as long as each instalment is on time; a payment more than 10 days late adds a $25 fee.", []),
    ("h16_vet_payment_plan", G, "We registered with you last month. Can we apply for a plan?", "Not yet: you need to have been registered with the clinic for at least six months.", []),
    ("h16_vet_payment_plan", G, "What happens if I miss two payments?", "The plan is cancelled and the whole remaining balance must be paid within 30 days.", []),
    ("h16_vet_payment_plan", MIS, "Over how long can I pay off a $1,500 bill?", "Over up to 12 months.", f_mis),
    ("h16_vet_payment_plan", CMP, "How much do I have to pay on the day of treatment?", "A down payment of at most 20%.", f_cmp),
    ("h16_vet_payment_plan", RNG, "What size of bill qualifies for a payment plan?", "Treatment bills between $500 and $2,000.", f_rng),
    ("h16_vet_payment_plan", UNIT, "What is the late fee?", "A payment more than 10 days late incurs a 25% fee.", f_unit),
    ("h16_vet_payment_plan", OFF, "How late can an instalment be before I get charged a fee?", "After 2 missed instalments the plan is cancelled and the full balance is due within 30 days.", f_off),

    # h16_airport_lounge — hard: $25 is both the child pass and the shower fee, 4 hours is both international entry and max stay, 2 is age, guests and hours after landing, asker's own departure times, children 2–11 vs under 12 vs under 2.
    ("h16_airport_lounge", G, "I'm in economy with no status. Do I have to pay to get in?", "Yes, unless you're a Gold member you need a day pass, which is $45 for an adult.", []),
    ("h16_airport_lounge", G, "What does a day pass cost for my 7-year-old?", "$25, the rate for children aged 2 to 11.", []),
    ("h16_airport_lounge", G, "I'm Gold. Can two friends come in with me?", "Yes, Gold members may bring up to 2 guests, but each of them needs a day pass.", []),
    ("h16_airport_lounge", G, "Is the shower free for business class?", "No, showers are free only for First class; everyone else pays $25 for a 30-minute use.", []),
    ("h16_airport_lounge", G, "My flight to London leaves at 10 pm. Can I go into the lounge at 5:30 pm?", "No, for international flights entry opens 4 hours before departure, so 6 pm at the earliest.", []),
    ("h16_airport_lounge", MIS, "How much does a shower cost for an economy passenger?", "A shower costs $45.", f_mis),
    ("h16_airport_lounge", CMP, "Do kids need an adult with them in the lounge?", "Children over 12 must be accompanied by an adult.", f_cmp),
    ("h16_airport_lounge", RNG, "Which ages pay the child day-pass rate?", "Children aged 2 to 12.", f_rng),
    ("h16_airport_lounge", UNIT, "I've just arrived on an inbound flight. Until when can I use the lounge?", "Within 2 days of landing.", f_unit),
    ("h16_airport_lounge", OFF, "Can my 10-year-old wait in the lounge on their own?", "Children aged 2 to 11 pay $25 for a day pass.", f_off),
]


# HOLDOUT17: rural homestead building approval, used-car transfer fees and an e-bike charging shed in Chinese; self-storage rental, community-college parking permits and a hearing-aid trial in English. First run:
# benchmarks/results/grounding_holdout17_first_run.txt.
DOCS.update({
    "h17_homestead_approval": (
        "某县农村宅基地建房审批规定\n"
        "第一条 一户只能拥有一处宅基地，面积标准如下：\n"
        "| 家庭人口 | 使用耕地 | 使用非耕地 |\n"
        "|---|---|---|\n"
        "| 3人以下 | 不超过100平方米 | 不超过120平方米 |\n"
        "| 4至6人 | 不超过120平方米 | 不超过150平方米 |\n"
        "| 7人以上 | 不超过150平方米 | 不超过180平方米 |\n"
        "第二条 申请人应年满18周岁，且户籍在本村满3年。\n"
        "第三条 村民小组应将申请在本组公示，公示期不少于7天；乡镇人民政府自受理之日起20个工作日内作出审批决定。\n"
        "第四条 住房不超过3层，总高度不超过12米，其中首层层高不超过3.6米。\n"
        "第五条 占用耕地建房的，按每平方米20元缴纳耕地占用补偿费；使用非耕地的，免缴。\n"
        "第六条 取得批准书后应在6个月内开工，2年内竣工；超过6个月未开工的，批准书自动失效。\n"
        "第七条 竣工后30天内申请验收，验收合格方可办理不动产登记。\n"
    ),
    "h17_used_car_transfer": (
        "二手车交易过户收费及办理规定\n"
        "第一条 交易服务费按成交价分档收取：成交价不满3万元的，每辆收取200元；满3万元不满10万元的，每辆收取300元；满10万元的，按成交价的0.5%收取，最高不超过1000元。\n"
        "第二条 转移登记工本费：汽车每辆90元，摩托车每辆30元；号牌工本费另计，汽车每副100元，摩托车每副35元。\n"
        "第三条 临时号牌每副10元，有效期不超过15天，最多可申领3次。\n"
        "第四条 买卖双方应自交易发票开具之日起30日内办理转移登记。\n"
        "第五条 交易市场收到完整材料后，应在1个工作日内开具二手车销售统一发票；车管所在受理后5个工作日内完成转移登记。\n"
        "第六条 车龄超过10年的外地车辆不予办理迁入；车辆有未处理违章记录的，须处理完毕后方可过户。\n"
        "第七条 经销企业收购个人车辆的，交易服务费减半收取。\n"
    ),
    "h17_ebike_charging": (
        "小区电动自行车充电棚管理与收费办法\n"
        "第一条 充电棚每日6:00至23:00开放，其余时间禁止新接入充电。\n"
        "第二条 收费标准如下：\n"
        "| 计费方式 | 价格 | 说明 |\n"
        "|---|---|---|\n"
        "| 按时计费 | 每小时0.5元 | 不足1小时按1小时计 |\n"
        "| 按次计费 | 每次2元 | 单次最长8小时 |\n"
        "| 包月 | 每月30元 | 每日限充1次 |\n"
        "第三条 单次充电不得超过8小时；充满后占位超过2小时的，每小时加收1元占位费。\n"
        "第四条 电池电压超过48伏或私自改装的车辆，不得入棚充电。\n"
        "第五条 包月费用原则上不退；当月使用不满10天申请退订的，退还15元。\n"
        "第六条 违规充电的，管理处可取消其包月资格30天；累计3次的，不再受理其包月申请。\n"
        "第七条 60周岁以上老人办理包月的，每月收费20元。\n"
    ),
    "h17_self_storage": (
        "Self-Storage Unit Rental Agreement\n"
        "1. Monthly rent: small unit (5x10 ft) $60, large unit (10x10 ft) $110; climate control adds $15 a month.\n"
        "2. Rent is due on the 1st. Rent more than 5 days late incurs a $15 late fee; after 30 days the gate code is disabled.\n"
        "3. If rent is unpaid for more than 60 days, contents may be sold on at least 10 days' written notice.\n"
        "4. Access hours: 6 am to 10 pm daily. Office: 9 am to 5 pm, Monday to Saturday.\n"
        "5. Deposit: $50, refunded within 10 days of move-out if the unit is empty and clean.\n"
        "6. Either party may end the agreement with at least 15 days' notice.\n"
    ),
    "h17_college_parking": (
        "Community College Parking Permits and Fines\n"
        "1. Semester permits: students $60, staff $90. An evening permit, valid 4 pm to 10 pm only, costs $30.\n"
        "2. Fines:\n"
        "| Violation | Fine |\n"
        "|---|---|\n"
        "| No valid permit | $40 |\n"
        "| Fire lane | $90 |\n"
        "| Disabled space | $250 |\n"
        "3. Fines paid within 10 days are cut by 50%; fines unpaid after 30 days are doubled.\n"
        "4. Appeals must be filed within 10 days of the citation and are decided within 15 business days.\n"
        "5. Vehicles with 3 or more unpaid citations may be towed.\n"
        "6. Permit refunds: 100% before classes start, 50% during the first 2 weeks, none after that.\n"
    ),
    "h17_hearing_aid_trial": (
        "Hearing-Aid Trial and Returns\n"
        "1. The 45-day trial starts on the fitting date, not the order day; an audiologist may extend it once by 14 days.\n"
        "2. Trial returns are refunded less a fitting fee: $150 a pair, $75 for one aid.\n"
        "3. Custom earmolds ($60 each) are non-refundable.\n"
        "4. Aids must be returned undamaged; up to $200 of repair costs is deducted.\n"
        "5. Returns are taken 9 am to 4 pm, Monday to Friday; refunds are paid within 14 business days.\n"
        "6. Warranty: repairs for 3 years, plus 1 loss or damage claim in that period ($250 deductible).\n"
        "7. Customers 65 or older get 10% off; veterans get 15%.\n"
    ),
})

HOLDOUT17: list[tuple] = [
    # h17_homestead_approval — hard: 120/150 each appear in two table cells (耕地 vs 非耕地, different household bands), 3 is 人/年/层, 20 is 工作日 and 元/平方米, 6 is 人 and 个月; asker's own 5口人/17岁 not in doc; OFF shares 批准书/取得 and gives the 开工 deadline for a 竣工 question
    ("h17_homestead_approval", G, "我家5口人，打算用村里的非耕地盖房，最多能批多大面积？", "5口人落在4至6人这一档，用非耕地的话面积上限是150平方米。", []),
    ("h17_homestead_approval", G, "我今年才17岁，可以自己申请宅基地吗？", "不可以。申请人必须年满18周岁，另外户籍还要在本村满3年。", []),
    ("h17_homestead_approval", G, "申请交上去以后，审批要经过哪些时间环节？", "先在村民小组公示，公示期至少7天；乡镇人民政府受理后，在20个工作日以内作出是否批准的决定。", []),
    ("h17_homestead_approval", G, "我想盖一栋4层的小楼，行不行？", "不行，住房最多只能盖3层，而且总高度不能超过12米。", []),
    ("h17_homestead_approval", G, "用的是非耕地，还要交耕地占用补偿费吗？", "不用交。只有占用耕地建房才按每平方米20元缴纳，使用非耕地的免缴。", []),
    ("h17_homestead_approval", MIS, "一家3口人占用耕地建房，宅基地面积上限是多少？", "3人以下使用耕地的，面积不超过120平方米。", f_mis),
    ("h17_homestead_approval", CMP, "建房申请在村民小组要公示多长时间？", "公示期不超过7天。", f_cmp),
    ("h17_homestead_approval", RNG, "家庭人口在哪个范围时，非耕地面积上限是150平方米？", "家庭人口4至7人的，使用非耕地面积不超过150平方米。", f_rng),
    ("h17_homestead_approval", UNIT, "房子盖好以后，要在多长时间内申请验收？", "竣工后30个月内申请验收，验收合格才能办不动产登记。", f_unit),
    ("h17_homestead_approval", OFF, "取得批准书后，房子最迟要在多长时间内竣工？", "取得批准书后应在6个月内开工，超过6个月未开工的，批准书自动失效。", f_off),

    # h17_used_car_transfer — hard: 满…不满 price bands in prose with a 0.5% rate capped at 1000元; 30 is 元 (摩托车登记) and 日 (过户期限), 10 is 万元/元/年, 1 and 5 are both 个工作日 for different offices; G rows need band lookup, the cap, and 减半 on top of a band (asker's 8万/50万/5万 not in doc as prices)
    ("h17_used_car_transfer", G, "我的车以8万元成交，交易服务费要交多少？", "8万元属于满3万元不满10万元这一档，每辆收取300元。", []),
    ("h17_used_car_transfer", G, "车卖了50万元，服务费按0.5%算是不是要交2500元？", "不是。满10万元的虽然按成交价的0.5%收取，但最高不超过1000元，所以只需交1000元。", []),
    ("h17_used_car_transfer", G, "摩托车过户，登记和号牌的工本费各要多少？", "摩托车转移登记工本费每辆30元，号牌工本费另收每副35元。", []),
    ("h17_used_car_transfer", G, "临时号牌能用多久？可以一直续领吗？", "每副临时号牌最多用15天，而且最多只能申领3次，不能无限续领。", []),
    ("h17_used_car_transfer", G, "车行从个人手里收购一辆5万元的车，交易服务费是多少？", "5万元对应每辆300元的档次，经销企业收购个人车辆减半收取，也就是150元。", []),
    ("h17_used_car_transfer", MIS, "车管所受理以后，多久能办完转移登记？", "车管所在受理后1个工作日内完成转移登记。", f_mis),
    ("h17_used_car_transfer", CMP, "买卖双方应该在什么时候办理转移登记？", "自交易发票开具之日起30日后办理转移登记。", f_cmp),
    ("h17_used_car_transfer", RNG, "成交价在什么区间的，收300元交易服务费？", "成交价满3万元不满15万元的，每辆收取300元。", f_rng),
    ("h17_used_car_transfer", UNIT, "临时号牌多少钱，有效期多长？", "临时号牌每副10元，有效期不超过15个月。", f_unit),
    ("h17_used_car_transfer", OFF, "车上还有违章没处理，能先过户吗？", "车龄超过10年的外地车辆不予办理迁入。", f_off),

    # h17_ebike_charging — hard: table with three billing modes (0.5元/小时, 2元/次, 30元/月); 30 is 元 and 天, 1 is 小时/元/次, 8 is 小时 in table and clause, 20 only as the elderly monthly fee; G rows need 不足1小时按1小时 arithmetic, clock times vs asker's 11点半, 65岁 vs 60周岁以上
    ("h17_ebike_charging", G, "晚上11点半还能去充电棚插上充电吗？", "不能。每天只有6:00到23:00之间可以新接入充电，23点以后不能再插。", []),
    ("h17_ebike_charging", G, "我按时计费充了2小时20分钟，要付多少钱？", "不足1小时的按1小时算，所以计3小时，每小时0.5元，一共1.5元。", []),
    ("h17_ebike_charging", G, "我母亲今年65岁，她办包月每个月多少钱？", "60周岁以上老人办包月每月20元，比普通包月的30元便宜。", []),
    ("h17_ebike_charging", G, "办了包月，一天能充几次？", "包月每天只能充1次。", []),
    ("h17_ebike_charging", G, "车充满了我过了3个小时才来推走，要额外交钱吗？", "要。充满后占位超过2小时就开始加收占位费，每小时1元。", []),
    ("h17_ebike_charging", MIS, "按次充电一次收多少钱？", "按次计费每次0.5元，单次最长8小时。", f_mis),
    ("h17_ebike_charging", CMP, "什么样的电动车不能进棚充电？", "电池电压低于48伏或私自改装的车辆不得入棚充电。", f_cmp),
    ("h17_ebike_charging", RNG, "充电棚几点到几点开放？", "充电棚每日8:00至23:00开放。", f_rng),
    ("h17_ebike_charging", UNIT, "包月怎么收费？", "包月每周30元，每日限充1次。", f_unit),
    ("h17_ebike_charging", OFF, "包月用了不到10天就想退订，能退多少钱？", "包月每月收费30元，每日限充1次。", f_off),

    # h17_self_storage — hard: 15 is climate surcharge, late fee and notice days; 10 is ft, pm, notice days and refund days; 5 is ft, days late and 5 pm; access hours vs office hours; asker's 4th / 7 am not in doc; G answers add two clauses ($110 + $15)
    ("h17_self_storage", G, "I rent the large unit with climate control. What is my total each month?", "$125 a month: $110 for the large unit plus the $15 climate-control charge.", []),
    ("h17_self_storage", G, "Rent was due on the 1st and I paid on the 4th. Do I owe a late fee?", "No. The $15 late fee only kicks in once rent is more than 5 days overdue.", []),
    ("h17_self_storage", G, "Can I get to my unit at 7 am on a Sunday?", "Yes. Units can be reached every day from 6 am to 10 pm; it is only the office that is closed on Sundays.", []),
    ("h17_self_storage", G, "How much notice do I give to move out, and when will my deposit come back?", "Give at least 15 days' notice. Your $50 deposit is returned within 10 days of moving out, as long as the unit is empty and clean.", []),
    ("h17_self_storage", G, "What happens if I just stop paying rent?", "After 30 days your gate code is switched off, and once rent has gone unpaid for over 60 days your belongings can be sold, with no less than 10 days' written notice.", []),
    ("h17_self_storage", MIS, "How much is the monthly rent for a small unit?", "A small unit costs $50 a month.", f_mis),
    ("h17_self_storage", CMP, "How much notice is needed to end the agreement?", "Up to 15 days' notice.", f_cmp),
    ("h17_self_storage", RNG, "When is the office open?", "From 9 am to 6 pm, Monday to Saturday.", f_rng),
    ("h17_self_storage", UNIT, "When does a late fee get charged?", "A $15 late fee is charged when rent is more than 5 weeks late.", f_unit),
    ("h17_self_storage", OFF, "How much warning do I get before my stored things are sold?", "Either party may end the agreement with at least 15 days' notice.", f_off),

    # h17_college_parking — hard: table of fines; 90 is both the staff permit and the fire-lane fine, 10 is days (payment, appeal) and 10 pm, 50 is % twice (early payment, refund), 15 business days vs 10 days for appeals; asker's 3 days later / 6 to 9 pm / two weeks need conversion
    ("h17_college_parking", G, "I got a ticket for parking without a permit and paid it 3 days later. How much did I pay?", "$20. The no-permit fine is $40, and fines paid within 10 days are cut by half.", []),
    ("h17_college_parking", G, "My classes are only from 6 to 9 pm. Which permit should I buy and what does it cost?", "The evening permit: it covers 4 pm to 10 pm and costs $30.", []),
    ("h17_college_parking", G, "Can I still appeal a ticket I got two weeks ago?", "No. An appeal has to be filed within 10 days of the citation, and two weeks is past that.", []),
    ("h17_college_parking", G, "Do students and staff pay the same for a semester permit?", "No. Students pay $60 per semester and staff pay $90.", []),
    ("h17_college_parking", G, "If I drop my classes in the first week, do I get my permit money back?", "You get half back: permits are refunded at 50% during the first 2 weeks (100% only before classes start).", []),
    ("h17_college_parking", MIS, "What is the fine for parking in a disabled space?", "Parking in a disabled space costs $90.", f_mis),
    ("h17_college_parking", CMP, "When can the college tow my car?", "A vehicle with 3 or fewer unpaid citations may be towed.", f_cmp),
    ("h17_college_parking", RNG, "What hours does the evening permit cover?", "It is valid from 2 pm to 10 pm only.", f_rng),
    ("h17_college_parking", UNIT, "What do I save by paying a fine early?", "Fines paid within 10 days are cut by $50.", f_unit),
    ("h17_college_parking", OFF, "How long do I have to file an appeal?", "Appeals are decided within 15 business days.", f_off),

    # h17_hearing_aid_trial — hard: 14 is both the trial extension and refund business days, 3 years appears twice, 60 is earmolds, 65 is age, 150/75 parallel fitting fees, 10%/15% parallel discounts, $200 cap vs $250 deductible; asker's March dates / age 70 not in doc (or, for 1 and 10, in it with another meaning); OFF repeats the 14 that the true answer would use
    ("h17_hearing_aid_trial", G, "I ordered on March 1 but wasn't fitted until March 10. When does my trial clock start?", "On March 10: the 45-day trial runs from the fitting date, not from when you ordered.", []),
    ("h17_hearing_aid_trial", G, "If I send back just one of the two aids during the trial, what is kept from my refund?", "The $75 single-aid fitting fee is deducted; the $150 fee is the one charged for returning a pair.", []),
    ("h17_hearing_aid_trial", G, "I'm 70. Do I get any discount?", "Yes, 10% off, since customers 65 or older qualify (veterans would get 15%).", []),
    ("h17_hearing_aid_trial", G, "Will I get my money back for the custom earmolds if I return the aids?", "No. Custom earmolds, $60 each, cannot be refunded.", []),
    ("h17_hearing_aid_trial", G, "How long is the warranty, and how many times can I claim for a lost aid?", "Repairs are covered for 3 years, and within that period you get a single loss-or-damage claim, with a $250 deductible.", []),
    ("h17_hearing_aid_trial", MIS, "What is the deductible on a loss or damage claim?", "The deductible is $200.", f_mis),
    ("h17_hearing_aid_trial", CMP, "If my aid comes back damaged, how much can be taken off my refund?", "At least $200 of repair costs is deducted.", f_cmp),
    ("h17_hearing_aid_trial", RNG, "What time can I drop off a return?", "Returns are taken from 9 am to 3 pm, Monday to Friday.", f_rng),
    ("h17_hearing_aid_trial", UNIT, "How long is the trial period?", "The trial lasts 45 weeks from the fitting date.", f_unit),
    ("h17_hearing_aid_trial", OFF, "How long will it take to get my refund once I return the aids?", "An audiologist may extend the 45-day trial once by 14 days.", f_off),
]


# HOLDOUT18: graduate research-fund reimbursement, family-doctor contracts and rubbish and renovation-waste removal in Chinese; bike-courier pay, hostel house rules and a corporate gym subsidy in English. First run:
# benchmarks/results/grounding_holdout18_first_run.txt.
DOCS.update({
    "h18_research_fund_reimburse": (
        "研究生科研经费报销规定\n"
        "第一条 本规定适用于在读硕士、博士研究生使用导师科研项目经费发生的费用报销。\n"
        "第二条 出差住宿费按下表标准凭发票报销，超出部分自理：\n"
        "| 城市类别 | 硕士生（元/晚） | 博士生（元/晚） |\n"
        "|---|---|---|\n"
        "| 一类城市 | 400 | 500 |\n"
        "| 其他城市 | 300 | 400 |\n"
        "第三条 单笔报销金额不超过2000元的，由导师签字即可；超过2000元的，须经学院分管领导审批；超过1万元的，还须报科研处备案。\n"
        "第四条 票据须在费用发生后30天内提交；跨年度票据须在次年1月15日前提交，逾期不予报销。\n"
        "第五条 劳务费标准：硕士生每月800元至1500元，博士生每月1500元至2500元。\n"
        "第六条 学术会议注册费每人每年最多报销2次，每次不超过3000元。\n"
        "第七条 市内交通费每月累计不超过500元；单次出租车费超过100元的，须附行程说明。\n"
    ),
    "h18_family_doctor": (
        "社区卫生服务中心家庭医生签约服务\n"
        "第一条 辖区常住居民均可签约，签约有效期1年，期满前30天内可申请续约。\n"
        "第二条 签约服务费每人每年120元，其中医保基金支付100元，个人支付20元；65周岁以上老人及低保对象个人部分免缴。\n"
        "第三条 签约居民每年享受1次免费健康体检；65周岁以上老人另加1次中医体质辨识。\n"
        "第四条 高血压、糖尿病签约患者每3个月随访不少于1次，病情稳定的长处方用药量最长可开至12周。\n"
        "第五条 签约居民可提前1至7天通过小程序预约家庭医生门诊，预约时段为每天8:00至17:00，每日为签约居民保留号源20个。\n"
        "第六条 家庭医生可为签约居民优先转诊至上级医院，转诊号源在3个工作日内安排。\n"
        "第七条 行动不便的签约居民每年可申请上门服务不超过4次，每次收取服务费30元；80周岁以上老人免收。\n"
        "第八条 签约满3个月后方可申请解约，已缴个人费用不予退还。\n"
    ),
    "h18_waste_removal": (
        "小区垃圾清运与装修垃圾收费办法\n"
        "第一条 生活垃圾每日清运2次，时间为上午7:00至9:00、晚上18:00至20:00。\n"
        "第二条 生活垃圾清运费按月收取：住宅每户每月15元，底商每户每月60元。\n"
        "第三条 装修垃圾清运费按房屋建筑面积一次性收取：不满90平方米的每户300元；满90平方米不满144平方米的每户450元；144平方米以上的每户600元。\n"
        "第四条 业主须在装修开工前3个工作日到物业登记、缴纳清运费及装修押金2000元。装修垃圾须袋装后堆放至指定点，存放不得超过48小时。\n"
        "第五条 大件垃圾（家具、床垫等）每件收取清运费20元，每户每月前2件免费。\n"
        "第六条 违规将装修垃圾投入生活垃圾桶的，物业责令2天内清理；逾期未清理的，由物业代为清运，按每立方米200元收取代清运费。\n"
        "第七条 装修完工验收合格后，装修押金在15个工作日内无息退还。\n"
    ),
    "h18_courier_pay": (
        "Courier Pay & Bonus Scheme\n"
        "1. Base pay is $4 per delivery. Trips over 3 miles add $1 per mile beyond 3.\n"
        "2. Weekly bonus by completed deliveries:\n"
        "| Deliveries/week | Bonus |\n"
        "|---|---|\n"
        "| 60-99 | $40 |\n"
        "| 100-149 | $90 |\n"
        "| 150+ | $150 |\n"
        "3. Peak hours (11:30-14:00 and 18:00-21:00) pay 1.5x base.\n"
        "4. Rain bonus: $2 extra per delivery.\n"
        "5. A delivery more than 15 minutes late earns no bonus of any kind.\n"
        "6. Pay is sent every 7 days; new couriers get their first payout within 14 days.\n"
        "7. Ratings under 4 stars for 2 weeks in a row cancel that week's bonus.\n"
    ),
    "h18_hostel_rules": (
        "Hostel House Rules & Charges\n"
        "1. Check-in from 14:00 to 23:00; check-out by 10:00. Late check-out until 13:00 costs $10.\n"
        "2. Dorm beds cost $25 a night, private rooms $60 a night. Stays of 7 nights or more get 10% off.\n"
        "3. Guests must be at least 18; under-18s may only book private rooms with a guardian.\n"
        "4. Quiet hours: 23:00 to 7:00.\n"
        "5. Towels rent for $3; a lost key card costs $15.\n"
        "6. Free cancellation up to 48 hours before arrival; later cancellations are charged one night.\n"
        "7. Maximum stay is 14 nights.\n"
        "8. Visitors may use common areas until 22:00.\n"
    ),
    "h18_gym_subsidy": (
        "Corporate Gym Subsidy Policy\n"
        "1. Full-time staff qualify after 3 months of service; part-time staff working at least 20 hours a week also qualify.\n"
        "2. The company repays 50% of the monthly membership fee, up to $40 a month for full-time staff and $20 a month for part-time staff.\n"
        "3. A month counts only if you visit at least 8 times in it.\n"
        "4. Members with 12 to 20 visits in a month get a $10 bonus; more than 20 visits earn $20.\n"
        "5. Claims with receipts are due within 30 days after each quarter ends.\n"
        "6. Staff who leave within 6 months of a subsidised annual plan repay the subsidy.\n"
    ),
})

HOLDOUT18: list[tuple] = [
    # h18_research_fund_reimburse — hard: 400 sits in two table cells (硕士一类 and 博士其他), 500 is both the 博士一类 rate and the monthly 市内交通 cap, 1500 ends one 劳务费 range and starts the other, asker's 2500 collides with the 博士劳务费 bound
    ("h18_research_fund_reimburse", G, "我是博士生，去一类城市开会住了3晚，每晚住宿费最多能报多少？", "博士生在一类城市的住宿标准是每晚500元，超出部分要自己承担。", []),
    ("h18_research_fund_reimburse", G, "硕士生去普通城市出差，住宿报销标准和博士生一样吗？", "不一样：在其他城市，硕士生每晚按300元报，博士生每晚按400元报。", []),
    ("h18_research_fund_reimburse", G, "我有一张2500元的设备维修发票，只找导师签字能报吗？", "不能。单笔超过2000元要经学院分管领导审批，只有不超过2000元的才由导师签字即可。", []),
    ("h18_research_fund_reimburse", G, "12月底发生的费用，票据跨年了，最晚什么时候交？", "跨年度的票据要在次年1月15日之前交上去，过了这个日子就不给报了。", []),
    ("h18_research_fund_reimburse", G, "博士生一个月的劳务费大概能拿多少？", "博士生劳务费标准为每月1500元到2500元。", []),
    ("h18_research_fund_reimburse", MIS, "硕士生在一类城市出差，住宿费每晚能报多少？", "硕士生在一类城市每晚可报销500元。", f_mis),
    ("h18_research_fund_reimburse", CMP, "市内交通费每个月有什么限制？", "市内交通费每月累计报销不少于500元。", f_cmp),
    ("h18_research_fund_reimburse", RNG, "硕士生的劳务费标准是怎样的？", "硕士生每月劳务费为800元至2500元。", f_rng),
    ("h18_research_fund_reimburse", UNIT, "出差回来以后多久之内要把票据交上去？", "费用发生后30周内提交票据即可。", f_unit),
    ("h18_research_fund_reimburse", OFF, "单次打车超过多少钱需要写行程说明？", "市内交通费每月累计不超过500元。", f_off),

    # h18_family_doctor — hard: 3 is 随访周期, 转诊工作日 and 解约门槛; 20 is both 个人支付 and 号源数; 30 is 续约天数 and 上门服务费; age 65 vs 80 exemptions
    ("h18_family_doctor", G, "我妈妈今年68岁，签家庭医生她自己要掏钱吗？", "不用。65周岁以上老人个人承担的那部分（20元）免缴。", []),
    ("h18_family_doctor", G, "签约服务费一年要多少，医保出多少？", "每人每年120元，医保基金承担其中100元，余下20元由个人支付。", []),
    ("h18_family_doctor", G, "我想下周三看家庭医生，最早能提前几天在小程序上约？", "可以提前1至7天预约，也就是最早提前7天，预约时段为每天8:00到17:00。", []),
    ("h18_family_doctor", G, "我爷爷85岁，行动不便，请家庭医生上门要付钱吗？一年能来几次？", "80周岁以上老人上门服务免收服务费；每年可申请上门服务最多4次。", []),
    ("h18_family_doctor", G, "刚签约一个月就想解约，可以吗？", "不可以，签约满3个月后才能申请解约，而且已缴的个人费用不退。", []),
    ("h18_family_doctor", MIS, "上门服务每次收多少钱？", "上门服务每次收取服务费20元。", f_mis),
    ("h18_family_doctor", CMP, "高血压签约患者多久随访一次？", "高血压签约患者每3个月随访不超过1次。", f_cmp),
    ("h18_family_doctor", RNG, "签约居民能提前几天预约家庭医生门诊？", "签约居民可提前3至7天通过小程序预约。", f_rng),
    ("h18_family_doctor", UNIT, "糖尿病病情稳定的话，长处方最多能开多久的药？", "病情稳定的长处方用药量最长可开至12个月。", f_unit),
    ("h18_family_doctor", OFF, "签约快到期了，什么时候可以申请续约？", "签约满3个月后方可申请解约。", f_off),

    # h18_waste_removal — hard: 满90不满144 band with the 144 boundary, asker's 120平方米 is not in the text while 3个床垫 collides with 3个工作日, 15 as 元/月 and 个工作日, 2 as 清运次数/免费件数/清理天数, 60 as 底商费 reused in the RNG row
    ("h18_waste_removal", G, "我家房子120平方米，装修垃圾清运费要交多少？", "属于满90平方米不满144平方米那一档，每户一次性交450元。", []),
    ("h18_waste_removal", G, "房子正好144平方米，装修垃圾按哪一档收费？", "144平方米算在144平方米以上这一档，每户收600元。", []),
    ("h18_waste_removal", G, "住宅和底商的生活垃圾费收得一样吗？", "不一样：住宅每户每月15元，底商每户每月60元。", []),
    ("h18_waste_removal", G, "装修押金什么时候能退回来？", "装修完工并验收合格后，2000元押金会在15个工作日内退还，不计利息。", []),
    ("h18_waste_removal", G, "我这个月要扔3个旧床垫，清运费得付多少？", "每户每月前2件大件垃圾免费，第3件按每件20元收，所以需付20元。", []),
    ("h18_waste_removal", MIS, "装修押金要交多少？", "装修押金为600元。", f_mis),
    ("h18_waste_removal", CMP, "装修垃圾在指定点最多可以放多久？", "装修垃圾在指定点存放不得少于48小时。", f_cmp),
    ("h18_waste_removal", RNG, "装修垃圾清运费450元那一档对应多大面积？", "满60平方米不满144平方米的房屋，每户收取450元。", f_rng),
    ("h18_waste_removal", UNIT, "违规把装修垃圾扔进生活垃圾桶，物业会让多久内清理？", "物业会责令在2周内清理。", f_unit),
    ("h18_waste_removal", OFF, "违规投放的装修垃圾逾期不清理，物业怎么收费？", "装修垃圾清运费按建筑面积一次性收取，不满90平方米的每户300元。", f_off),

    # h18_courier_pay — hard: table bands, a computed per-trip total, $2 rain bonus vs 2 weeks, 4 as $ base pay and star rating, 14 as payout days and 14:00, asker's 120 and 20 not in text
    ("h18_courier_pay", G, "I did 120 deliveries last week. What bonus do I get?", "120 falls in the 100-149 band, so your weekly bonus is $90.", []),
    ("h18_courier_pay", G, "How much do I make on a 5-mile trip outside peak hours when it isn't raining?", "$6 for that delivery: the $4 base plus $1 for each of the 2 miles beyond 3 (weekly bonus aside).", []),
    ("h18_courier_pay", G, "Is the lunch rush paid any better?", "Yes. From 11:30 to 14:00 (and again 18:00 to 21:00) deliveries pay 1.5 times the base rate.", []),
    ("h18_courier_pay", G, "I just signed up. When will I see my first money?", "New couriers get their first payout within 14 days; after that pay goes out every 7 days.", []),
    ("h18_courier_pay", G, "If I'm 20 minutes late on a rainy day, do I still get the rain bonus?", "No. A delivery more than 15 minutes late earns no bonus of any kind, so the $2 rain bonus is lost too.", []),
    ("h18_courier_pay", MIS, "How much is the rain bonus?", "The rain bonus is $4 extra per delivery.", f_mis),
    ("h18_courier_pay", CMP, "When do my ratings cancel the weekly bonus?", "Ratings above 4 stars for 2 weeks in a row cancel that week's bonus.", f_cmp),
    ("h18_courier_pay", RNG, "How many deliveries a week do I need for the $40 bonus?", "The $40 bonus is paid for 60-149 deliveries a week.", f_rng),
    ("h18_courier_pay", UNIT, "How late can a delivery be before I lose the bonus?", "A delivery more than 15 hours late earns no bonus of any kind.", f_unit),
    ("h18_courier_pay", OFF, "How often does pay get sent out?", "New couriers get their first payout within 14 days.", f_off),

    # h18_hostel_rules — hard: 10 is 10:00, $10 and 10% (and the asker's 10 nights), 23:00 ends check-in and starts quiet hours, 14 is 14:00 and 14 nights, 7 is 7 nights and 7:00, asker's 16 (not in text) and 3 days (collides with $3)
    ("h18_hostel_rules", G, "We're staying 10 nights in a dorm. Is there a discount?", "Yes. Any stay of 7 nights or more gets 10% off, so the $25-a-night dorm rate is reduced by 10%.", []),
    ("h18_hostel_rules", G, "Can my 16-year-old son sleep in the dorm with me?", "No. Guests under 18 may only book a private room, and only with a guardian.", []),
    ("h18_hostel_rules", G, "I'd like to leave at noon instead of 10. Is that possible?", "Yes, late check-out is allowed until 13:00 for a $10 charge.", []),
    ("h18_hostel_rules", G, "If I cancel 3 days before arrival, will I be charged?", "No. Cancellation is free up to 48 hours before arrival, and 3 days ahead is earlier than that.", []),
    ("h18_hostel_rules", G, "When do I have to keep the noise down at night?", "Quiet hours run from 23:00 until 7:00 in the morning.", []),
    ("h18_hostel_rules", MIS, "How much does it cost to rent a towel?", "Towels rent for $15.", f_mis),
    ("h18_hostel_rules", CMP, "Which stays get the 10% discount?", "Stays of 7 nights or fewer get 10% off.", f_cmp),
    ("h18_hostel_rules", RNG, "What are the check-in hours?", "Check-in runs from 14:00 to 22:00.", f_rng),
    ("h18_hostel_rules", UNIT, "How far ahead can I cancel without paying?", "Cancellation is free up to 48 minutes before arrival.", f_unit),
    ("h18_hostel_rules", OFF, "How much does late check-out cost?", "Check-out is by 10:00.", f_off),

    # h18_gym_subsidy — hard: 20 is part-time hours, the part-time $ cap and a visit-band end; asker's 6 visits collides with 6 months; computed 50% capped at $40; 12-to-20 band vs 8-visit floor
    ("h18_gym_subsidy", G, "My gym costs $100 a month and I'm full-time. How much will the company pay back?", "Half of $100 would be $50, but full-time staff are capped at $40 a month, so you get $40.", []),
    ("h18_gym_subsidy", G, "I work part-time, 25 hours a week. Do my hours count for the subsidy?", "Yes, part-time staff working at least 20 hours a week qualify; their refund is capped at $20 a month.", []),
    ("h18_gym_subsidy", G, "I went to the gym 15 times this month. Do I get anything extra?", "Yes, 12 to 20 visits in a month earns a $10 bonus.", []),
    ("h18_gym_subsidy", G, "I only managed 6 visits in March. Will March be reimbursed?", "No. A month counts only with at least 8 visits, so 6 visits is not enough.", []),
    ("h18_gym_subsidy", G, "What's the deadline for claiming the January to March quarter?", "Claims, with receipts, are due within 30 days after the quarter ends, i.e. within 30 days after 31 March.", []),
    ("h18_gym_subsidy", MIS, "What's the monthly cap for part-time staff?", "Part-time staff can get up to $40 a month.", f_mis),
    ("h18_gym_subsidy", CMP, "How often must I go for a month to count?", "A month counts only if you visit at most 8 times in it.", f_cmp),
    ("h18_gym_subsidy", RNG, "How many visits earn the $10 bonus?", "Between 8 and 20 visits in a month earn a $10 bonus.", f_rng),
    ("h18_gym_subsidy", UNIT, "How long must full-time staff have worked here before they qualify?", "Full-time staff qualify after 3 weeks of service.", f_unit),
    ("h18_gym_subsidy", OFF, "When does a new full-time employee become eligible for the gym subsidy?", "Part-time staff working at least 20 hours a week also qualify.", f_off),
]


# HOLDOUT19: kindergarten after-hours care fees, the annual income-tax refund and car-sharing billing in Chinese; volunteer-firefighter stipends, bike-tour booking terms and swimming-lesson registration in English. First run:
# benchmarks/results/grounding_holdout19_first_run.txt.
DOCS.update({
    "h19_kindergarten_aftercare": (
        "某区公办幼儿园延时托管服务收费办法\n"
        "第一条 延时托管时段为工作日16:30至18:30，18:30为最晚接园时间。\n"
        "第二条 收费标准如下：\n"
        "| 班别 | 按月收费 | 按次收费 |\n"
        "|---|---|---|\n"
        "| 小班 | 300元/月 | 20元/次 |\n"
        "| 中班、大班 | 260元/月 | 15元/次 |\n"
        "第三条 按月缴费的幼儿，当月连续病假满5个工作日不满10个工作日的，退还当月费用的30%；满10个工作日的，退还50%。\n"
        "第四条 家长超过18:30接园的，每超时15分钟加收10元，不足15分钟按15分钟计；当月累计超时3次以上的，暂停托管服务10天。\n"
        "第五条 享受低保的家庭免收托管费；多子女同时在园的，第二名幼儿按月收费标准的80%收取。\n"
        "第六条 按月托管费应于每月5日前缴纳，逾期超过10天未缴的，视为自动退出。\n"
    ),
    "h19_iit_annual_refund": (
        "个人所得税综合所得年度汇算须知\n"
        "一、办理时间为次年3月1日至6月30日，期间办理的不加收滞纳金。\n"
        "二、有下列情形之一的无需办理：（一）需补税但全年综合所得收入不超过12万元的；（二）需补税金额不超过400元的；（三）已预缴税额与应纳税额一致，或者不申请退税的。\n"
        "三、申请退税的，审核通过后一般在10个工作日内办理退库；需补充资料的，纳税人应在收到通知之日起15日内提交。\n"
        "四、专项附加扣除：子女教育、3岁以下婴幼儿照护均为每个子女每月2000元；赡养老人，独生子女每月3000元，非独生子女与兄弟姐妹分摊每月3000元的额度，每人每月不超过1500元；住房贷款利息每月1000元，扣除期限最长不超过240个月。\n"
        "五、大病医疗：一个纳税年度内，医保报销后个人负担累计超过1.5万元的部分，在8万元限额内据实扣除。\n"
        "六、逾期补税的，自7月1日起按日加收万分之五的滞纳金。\n"
    ),
    "h19_carshare_billing": (
        "共享汽车租赁计费与违章处理规则\n"
        "第一条 经济型车辆按0.3元/分钟加1元/公里计费，舒适型车辆按0.5元/分钟加1.5元/公里计费。时长费每24小时封顶，经济型150元，舒适型240元，里程费不封顶。\n"
        "第二条 用户须年满18周岁且驾龄满1年；驾龄不满3年的不得租用舒适型车辆。\n"
        "第三条 还车时电量低于20%的，加收服务费20元；未在指定网点还车的，按距最近网点每公里5元收取调度费，最高不超过200元。\n"
        "第四条 租期内产生的交通违章，平台在收到违章信息后3个工作日内通知用户，用户应在通知之日起7日内自行处理。逾期未处理的由平台代为处理，罚款由用户承担，另收服务费：超出期限1至7日的每笔50元，超出7日以上的每笔100元。\n"
        "第五条 一年内违章累计满5次的，冻结账户30天。\n"
        "第六条 下单后15分钟内取消订单免费，超过15分钟取消的收取5元。\n"
    ),
    "h19_firefighter_stipend": (
        "Volunteer Firefighter Stipends\n"
        "1. Each volunteer gets $15 per call attended and $10 per training hour.\n"
        "2. Calls lasting more than 3 hours earn $10 per extra hour or part hour.\n"
        "3. Officers' monthly pay:\n"
        "| Rank | Monthly |\n"
        "|---|---|\n"
        "| Lieutenant | $150 |\n"
        "| Captain | $250 |\n"
        "| Chief | $400 |\n"
        "4. To qualify in a quarter, attend at least 25% of calls and at least 10 training hours.\n"
        "5. Mileage: $0.50 per mile for one-way trips of 5 to 40 miles; under 5 miles is not paid.\n"
        "6. Stipends are paid within 30 days after each quarter. Officers on leave more than 60 days lose that period's officer stipend.\n"
    ),
    "h19_bike_tour_booking": (
        "Pedal & Pine Bike Tours - Terms\n"
        "1. Half-day tour (4 hours): adult $45, child $30. Full-day tour (8 hours): adult $80, child $45. Children are riders aged 8 to 15.\n"
        "2. A 20% deposit is due at booking; the balance is due 7 days before the tour.\n"
        "3. Cancelling more than 7 days before: full refund minus a $10 fee; 2 to 7 days before: 50% refund; under 48 hours: no refund.\n"
        "4. Groups of 6 or more get 10% off; groups over 12 must book at least 14 days ahead.\n"
        "5. E-bikes: $20 extra per rider; e-bike riders must be at least 16.\n"
        "6. If we cancel for weather, rebook within 12 months or take a full refund.\n"
    ),
    "h19_swim_lessons": (
        "City Pool Swim Lessons\n"
        "1. Non-residents may register from 21 days before a session; residents 7 days earlier.\n"
        "2. Fee per 8-lesson session: residents $64, non-residents $96; adults 18 and up pay $10 more.\n"
        "3. Preschool: ages 3 to 5; Youth: ages 6 to 17. Max 8 swimmers per class.\n"
        "4. Refunds: at least 7 days before the first lesson, full refund less a $10 fee; later but before the second lesson, 50%; after that, none.\n"
        "5. Pool-cancelled lessons are credited, not refunded; make-ups must be used within 30 days.\n"
        "6. Refunds are issued within 10 business days to the original payment method.\n"
    ),
})

HOLDOUT19: list[tuple] = [
    # h19_kindergarten_aftercare — hard: 10 is 元 surcharge / 工作日 / 天 suspension / 天 overdue; 15 is 元/次 and 分钟; 20元 both a 小班 fee and a computed surcharge; asker numbers (8次, 12个工作日, 20分钟); table rows
    ("h19_kindergarten_aftercare", G, "我家孩子读中班，想按月托管，一个月要交多少？", "中班和大班一样，按月是每月260元。", []),
    ("h19_kindergarten_aftercare", G, "孩子在小班，这个月我只打算用8次延时托管，按次算一共多少钱？", "小班按次收费每次20元，8次共160元。", []),
    ("h19_kindergarten_aftercare", G, "孩子这个月病了，连着请了12个工作日假，按月交的钱能退多少？", "当月连续病假满10个工作日的，退还当月费用的50%，也就是能退一半。", []),
    ("h19_kindergarten_aftercare", G, "我晚到了20分钟才接孩子，要多交多少钱？", "每超时15分钟加收10元，不足15分钟按15分钟算，20分钟按两个15分钟计，加收20元。", []),
    ("h19_kindergarten_aftercare", G, "托管费最晚什么时候交？拖着不交会怎样？", "每月5日前要交清；逾期超过10天还没交的，就视为自动退出托管。", []),
    ("h19_kindergarten_aftercare", MIS, "大班按次托管一次收多少钱？", "大班按次收费为每次20元。", f_mis),
    ("h19_kindergarten_aftercare", CMP, "托管费逾期多久没交会被当作自动退出？", "逾期不超过10天未缴的，视为自动退出。", f_cmp),
    ("h19_kindergarten_aftercare", RNG, "病假请多久可以退当月费用的30%？", "当月连续病假满5个工作日不满15个工作日的，退还30%。", f_rng),
    ("h19_kindergarten_aftercare", UNIT, "一个月里接晚了好几次，会有什么后果？", "当月累计超时3次以上的，暂停托管服务10周。", f_unit),
    ("h19_kindergarten_aftercare", OFF, "经常晚接孩子会被暂停托管吗？", "家长超过18:30接园的，每超时15分钟加收10元。", f_off),

    # h19_iit_annual_refund — hard: asker's own income/amounts (10万元, 300元, two kids); 3000 shared vs 1500 per-person cap; 15日 vs 1.5万元; 2000 for two subjects; dates as ranges (3月1日至6月30日)
    ("h19_iit_annual_refund", G, "我年收入10万元，汇算下来要补300元税，必须去办吗？", "不用办。需补税金额不超过400元的无需办理；况且你全年收入不超过12万元，也属于无需办理的情形。", []),
    ("h19_iit_annual_refund", G, "我两个孩子都在上小学，子女教育每个月能扣多少？", "每个子女每月扣除2000元，两个孩子合计每月4000元。", []),
    ("h19_iit_annual_refund", G, "年度汇算哪段时间可以办？", "次年3月1日开始，到6月底截止，这期间办理不加收滞纳金。", []),
    ("h19_iit_annual_refund", G, "我和哥哥一起赡养父母，我每个月最多能扣多少？", "非独生子女和兄弟姐妹分摊每月3000元的额度，你每月最多扣1500元。", []),
    ("h19_iit_annual_refund", G, "退税审核通过以后，钱多久能退下来？", "审核通过后一般在10个工作日内办理退库。", []),
    ("h19_iit_annual_refund", MIS, "住房贷款利息每个月能扣多少？", "住房贷款利息每月可扣除1500元。", f_mis),
    ("h19_iit_annual_refund", CMP, "大病医疗支出怎么扣除？", "医保报销后个人负担累计不超过1.5万元的部分，在8万元限额内据实扣除。", f_cmp),
    ("h19_iit_annual_refund", RNG, "年度汇算的办理期限是从哪天到哪天？", "次年3月1日至6月15日。", f_rng),
    ("h19_iit_annual_refund", UNIT, "税务机关通知我补充资料，我得在多长时间内交上去？", "应在收到通知之日起15个月内提交。", f_unit),
    ("h19_iit_annual_refund", OFF, "房贷利息一共能扣多少年？", "住房贷款利息每月可扣除1000元。", f_off),

    # h19_carshare_billing — hard: computed totals from asker numbers (2小时/60公里, 8公里); 20 is % and 元; 5 is 元/公里, 次, 元; 7日 deadline vs 7日 band; 3 is 年/工作日; parallel 150/240 caps
    ("h19_carshare_billing", G, "我开经济型车用了2小时、跑了60公里，大概要多少钱？", "时长费120分钟×0.3元=36元，里程费60公里×1元=60元，合计96元，没到150元的封顶。", []),
    ("h19_carshare_billing", G, "我拿驾照才两年，能租舒适型的车吗？", "不能，驾龄不满3年的不得租用舒适型车辆；驾龄满1年的可以租经济型。", []),
    ("h19_carshare_billing", G, "两种车型的时长费一天最多各收多少？", "每24小时时长费封顶：经济型150元，舒适型240元；不过里程费不封顶。", []),
    ("h19_carshare_billing", G, "我把车停在离最近网点8公里的地方，调度费要交多少？", "按每公里5元计，8公里是40元，没超过200元的上限。", []),
    ("h19_carshare_billing", G, "有违章的话平台多久会通知我？我要在几天内处理好？", "平台收到违章信息后3个工作日内通知你，你要在通知之日起7日内自行处理。", []),
    ("h19_carshare_billing", MIS, "舒适型的里程费怎么算？", "舒适型按每公里1元收取里程费。", f_mis),
    ("h19_carshare_billing", CMP, "还车时电量剩多少会被加收服务费？", "还车时电量高于20%的，加收服务费20元。", f_cmp),
    ("h19_carshare_billing", RNG, "违章超出处理期限多少天以内，平台代处理每笔收50元？", "超出期限1至15日的，每笔收取50元服务费。", f_rng),
    ("h19_carshare_billing", UNIT, "一年里违章次数太多，账户会被冻结多长时间？", "一年内违章累计满5次的，冻结账户30小时。", f_unit),
    ("h19_carshare_billing", OFF, "违章罚款最后由谁出？", "逾期未处理的由平台代为处理，超出期限1至7日的每笔收取50元服务费。", f_off),

    # h19_firefighter_stipend — hard: $10 is training rate, overtime rate and 10 training hours; computed call pay from asker's 4 calls; 25% paraphrased as "a quarter"; table rows with parallel ranks; 3 in question vs 3 hours in doc
    ("h19_firefighter_stipend", G, "I went to 4 calls this month and one of them ran 5 hours. What's my call pay?", "Four calls at $15 each is $60, and the long call earns an extra $10 for each of its 2 hours past the 3-hour mark, so $80 in total.", []),
    ("h19_firefighter_stipend", G, "Does a captain get a bigger monthly stipend than a lieutenant?", "Yes: a captain gets $250 a month, a lieutenant $150.", []),
    ("h19_firefighter_stipend", G, "Can I claim mileage for the 3-mile drive from my house to the station?", "No. Trips under 5 miles are not reimbursed.", []),
    ("h19_firefighter_stipend", G, "What do I have to do in a quarter to be eligible for a stipend at all?", "Turn out for no less than a quarter of the calls and log no fewer than 10 training hours during that quarter.", []),
    ("h19_firefighter_stipend", G, "When does the stipend actually get paid?", "Within 30 days of the quarter ending.", []),
    ("h19_firefighter_stipend", MIS, "How much is the Chief's monthly stipend?", "The Chief receives $250 per month.", f_mis),
    ("h19_firefighter_stipend", CMP, "How much training do I need per quarter to qualify?", "At most 10 hours of training in that quarter.", f_cmp),
    ("h19_firefighter_stipend", RNG, "Which trip lengths qualify for mileage reimbursement?", "One-way trips of 5 to 60 miles are reimbursed at $0.50 per mile.", f_rng),
    ("h19_firefighter_stipend", UNIT, "How is approved training paid?", "Volunteers get $10 per day of training.", f_unit),
    ("h19_firefighter_stipend", OFF, "How much extra do I get when a call runs long?", "Each volunteer gets $15 per call attended.", f_off),

    # h19_bike_tour_booking — hard: $45 is both half-day adult and full-day child price; 8 is hours and an age; 12 is a group size and months; computed $120 not in doc; "2 to 7 days" vs "48 hours"; 50% paraphrased as "half"
    ("h19_bike_tour_booking", G, "We're 2 adults and a 10-year-old on the half-day tour. What's the total?", "Two adults at $45 plus one child at $30 comes to $120.", []),
    ("h19_bike_tour_booking", G, "How much is the full-day tour for my 12-year-old?", "$45, the child price for the full-day tour.", []),
    ("h19_bike_tour_booking", G, "Can my 14-year-old ride an e-bike on the tour?", "No, e-bike riders must be at least 16.", []),
    ("h19_bike_tour_booking", G, "If I cancel 5 days before the tour, what do I get back?", "Cancelling between 2 and 7 days before the tour gets you half your money back.", []),
    ("h19_bike_tour_booking", G, "When do I have to pay, and how much up front?", "A 20% deposit when you book, and the rest no later than 7 days before the tour.", []),
    ("h19_bike_tour_booking", MIS, "What does the half-day tour cost for a child?", "$45 per child.", f_mis),
    ("h19_bike_tour_booking", CMP, "How far ahead does a group of 15 need to book?", "Groups over 12 must book at most 14 days ahead.", f_cmp),
    ("h19_bike_tour_booking", RNG, "Which ages pay the child price?", "Riders aged 8 to 12 are charged the child price.", f_rng),
    ("h19_bike_tour_booking", UNIT, "If you cancel because of bad weather, how long do I have to rebook?", "You may rebook within 12 weeks.", f_unit),
    ("h19_bike_tour_booking", OFF, "Is there a discount if 8 of us book together?", "Groups over 12 must book at least 14 days ahead.", f_off),

    # h19_swim_lessons — hard: 7 days is both the resident head start and the refund cutoff; $10 is adult surcharge, admin fee and 10 business days; 8 is lessons and class cap; derived 28 days and $106; yes/no on adjacent age bands
    ("h19_swim_lessons", G, "I'm a resident signing up my two kids. What will one session cost me?", "$64 per child, so $128 for both.", []),
    ("h19_swim_lessons", G, "My daughter is 4. Can she join a Youth class?", "No. Youth classes are for ages 6 to 17; at 4 she belongs in Preschool, which covers ages 3 to 5.", []),
    ("h19_swim_lessons", G, "How much does an adult non-resident pay per session?", "Non-residents pay $96 and adult lessons cost $10 more, so $106.", []),
    ("h19_swim_lessons", G, "How fast will my refund come through?", "Within ten business days, back to the method you originally paid with.", []),
    ("h19_swim_lessons", G, "As a resident, how early can I sign up?", "28 days before the session starts, a week ahead of non-residents, who can register from 21 days before.", []),
    ("h19_swim_lessons", MIS, "What is the resident fee for a session?", "Residents pay $96 per session.", f_mis),
    ("h19_swim_lessons", CMP, "How late can I ask for a full refund?", "Requests at most 7 days before the first lesson get a full refund less a $10 fee.", f_cmp),
    ("h19_swim_lessons", RNG, "What ages is the Preschool class for?", "Preschool is for ages 3 to 6.", f_rng),
    ("h19_swim_lessons", UNIT, "How long do I have to use a make-up lesson?", "Make-ups must be used within 30 weeks.", f_unit),
    ("h19_swim_lessons", OFF, "Do I get my money back if the pool cancels a lesson?", "Refunds are issued within 10 business days to the original payment method.", f_off),
]


# HOLDOUT20: university staff childcare subsidy, park campsite booking and hospital companion-bed rental in Chinese; a coffee-shop loyalty card, on-call pay and theatre ticketing in English. First run:
# benchmarks/results/grounding_holdout20_first_run.txt.
DOCS.update({
    "h20_staff_childcare_subsidy": (
        "某大学教职工子女入园补贴办法\n"
        "第一条 在职满1年的正式教职工，其子女年满3周岁、未满7周岁且在幼儿园就读的，可申请入园补贴。\n"
        "第二条 补贴按月计发，每年最多发放10个月，标准如下：\n"
        "| 就读园所 | 每月补贴 | 年度上限 |\n"
        "|---|---|---|\n"
        "| 本校附属幼儿园 | 300元 | 3000元 |\n"
        "| 校外公办幼儿园 | 500元 | 5000元 |\n"
        "| 校外民办幼儿园 | 600元 | 6000元 |\n"
        "第三条 民办园补贴不超过当月实际缴纳保育费的50%。\n"
        "第四条 夫妻双方均为本校教职工的，只能由一方申请；有2个及以上子女入园的，每个子女分别计发。\n"
        "第五条 每学期开学后10个工作日内提交缴费凭证，逾期未提交的当学期不予补发。\n"
        "第六条 教职工离职的，自离职次月起停发；已多领的补贴须在30日内退回。\n"
    ),
    "h20_park_campsite": (
        "市民公园露营地预约与收费规则\n"
        "一、营位须通过官方小程序预约，最早可提前7天，最迟于入营前1天18时前预约。\n"
        "二、普通草地营位每晚80元，带电桩营位每晚120元；周五晚、周六晚及法定节假日前一晚加收20%。\n"
        "三、每个营位最多容纳6人、搭建2顶帐篷；超过6人的须另订营位。\n"
        "四、入营时间为当日14时以后，离营时间为次日12时以前；超过离营时间2小时以内的按半晚收费，超过2小时的按一晚收费。\n"
        "五、入营前48小时以上取消的全额退款；入营前24至48小时取消的退还50%；不满24小时取消的不予退款。\n"
        "六、12周岁以下儿童须由成人陪同；营地内禁止明火，违者处200元罚款并清退。\n"
        "七、同一手机号每月预约不超过4次。\n"
    ),
    "h20_hospital_companion_bed": (
        "住院部陪护床租用与押金管理规定\n"
        "一、每位住院患者限租用陪护床1张，由护士站统一登记发放，每张床限1名陪护人员使用。\n"
        "二、普通病房陪护床租金每日10元；重症监护室家属等候区躺椅每日15元；不足1日的按1日计。\n"
        "三、租用时须交纳押金：陪护床100元，躺椅50元。\n"
        "四、租用时段为每日20时至次日7时，7时后须折叠归还至指定位置，逾期超过1小时未归还的加收1日租金。\n"
        "五、归还时无损坏的，押金全额退还；床单、被套污损的，从押金中扣除10元；床体损坏的，按维修费用扣除，最高不超过押金全额。\n"
        "六、连续租用超过10天的，自第11天起租金按5折收取。\n"
        "七、患者出院当日须在17时前结清租金并办理退押；押金凭证遗失的，凭身份证在3个工作日内办理。\n"
    ),
    "h20_coffee_loyalty": (
        "Bean & Brew Loyalty Terms\n"
        "1. Earn 1 stamp per handcrafted drink of $3 or more; drinks under $3 and food earn none.\n"
        "2. 10 stamps redeem one free drink worth up to $6.\n"
        "3. Gold members (50 or more stamps in the last 12 months) earn 2 stamps per drink and get free drinks worth up to $8.\n"
        "4. Stamps expire 12 months after earning; free drink rewards expire 30 days after issue.\n"
        "5. No more than 3 stamps per day.\n"
        "6. A lost registered card is replaced once every 6 months for $2; its balance is restored within 10 days.\n"
        "7. Members get 20% off one order from 3 days before to 7 days after their birthday.\n"
    ),
    "h20_oncall_pay": (
        "On-Call Pay\n"
        "1. Standby pay: primary $40 per weekday shift, $60 per weekend or holiday shift; secondary $20 and $30.\n"
        "2. Weekday shifts run 6 pm to 8 am; weekend shifts last 24 hours.\n"
        "3. Incident time is paid at 1.5x base hourly rate, rounded up to the next 15 minutes; 2x between 11 pm and 6 am.\n"
        "4. Acknowledge pages within 15 minutes (Sev-1) or 60 minutes (Sev-2).\n"
        "5. No more than 7 consecutive on-call days or 2 weekends a month.\n"
        "6. Over 4 hours of incident time between 11 pm and 6 am earns 8 hours of paid rest before the next workday.\n"
        "7. Claims must be filed within 30 days of the shift end.\n"
    ),
    "h20_theatre_tickets": (
        "Riverside Theatre Tickets\n"
        "1. Standard $25; seniors (65+) and students $18; children under 12 $10.\n"
        "2. Group discounts (standard tickets, one booking):\n"
        "| Group size | Discount |\n"
        "|---|---|\n"
        "| 10 to 19 people | 10% |\n"
        "| 20 to 39 people | 15% |\n"
        "| 40 or more | 20% |\n"
        "3. Groups must pay in full at least 14 days before the show.\n"
        "4. Group discounts cannot be combined with senior, student or child prices.\n"
        "5. Exchanges are free up to 48 hours before curtain, then $3 per ticket. No refunds unless a show is cancelled.\n"
        "6. Doors open 30 minutes before curtain.\n"
        "7. Opening night: up to 10 tickets per household.\n"
    ),
})

HOLDOUT20: list[tuple] = [
    # h20_staff_childcare_subsidy — hard: table rows with three parallel monthly/annual values; 10 is both months per year and working days; a G whose computed cap (500元) equals another row's value; age band 满3周岁至未满7周岁 vs 满1年 service.
    ("h20_staff_childcare_subsidy", G, "我孩子在校外的公办园上学，一年下来最多能领多少补贴？",
     "校外公办幼儿园每月补贴500元，一年最多发10个月，年度上限是5000元。", []),
    ("h20_staff_childcare_subsidy", G, "孩子上的是民办园，每月保育费1000元，600元的补贴能全额拿到吗？",
     "拿不满。民办园标准虽是每月600元，但不能超过当月实际保育费的50%，您每月交1000元，补贴最多500元。", []),
    ("h20_staff_childcare_subsidy", G, "女儿今年6岁半，还在读大班，可以申请吗？",
     "年龄上符合：子女年满3周岁、未满7周岁且在园就读的都可以申请（申请人还须是在职满1年的正式教职工）。", []),
    ("h20_staff_childcare_subsidy", G, "我有两个孩子都在附属幼儿园，是不是只补一个？",
     "不是。有2个及以上子女入园的，每个子女分别计发，附属幼儿园每人每月300元。", []),
    ("h20_staff_childcare_subsidy", G, "开学以后缴费凭证最晚什么时候交？错过了会怎样？",
     "要在每学期开学后10个工作日内提交；过了期限没交的，这个学期的补贴就不再补发。", []),
    ("h20_staff_childcare_subsidy", MIS, "孩子在本校附属幼儿园，每个月补多少钱？",
     "每月补贴500元。", f_mis),
    ("h20_staff_childcare_subsidy", CMP, "民办园的补贴和实际交的保育费有什么关系？",
     "民办园补贴不低于当月实际缴纳保育费的50%。", f_cmp),
    ("h20_staff_childcare_subsidy", RNG, "多大年龄的孩子可以申请这项补贴？",
     "子女年满1周岁、未满7周岁且在园就读的可以申请。", f_rng),
    ("h20_staff_childcare_subsidy", UNIT, "离职后多领的补贴要在多长时间内退还？",
     "须在30周内退回。", f_unit),
    ("h20_staff_childcare_subsidy", OFF, "教职工离职以后，补贴从什么时候开始停发？",
     "离职后已多领的补贴须在30日内退回。", f_off),

    # h20_park_campsite — hard: 12 is both the check-out hour and the child age; 2 is tents and hours; 20% surcharge vs 200元 fine; computed 144元; asker numbers (8口人, 30小时, 下午1点) that must be mapped onto bands.
    ("h20_park_campsite", G, "周六晚上订一个带电桩的营位，要付多少钱？",
     "带电桩营位每晚120元，周六晚加收20%，这一晚是144元。", []),
    ("h20_park_campsite", G, "我们一家8口人去露营，订一个营位够不够？",
     "不够。一个营位最多住6人，超过6人要另外再订营位。", []),
    ("h20_park_campsite", G, "入营前30小时退订，钱能退回多少？",
     "30小时落在入营前24至48小时之间，可退还50%。", []),
    ("h20_park_campsite", G, "第二天下午1点才离开，要怎么收费？",
     "离营时间是次日12时以前，超出不到2小时的按半晚收费，下午1点离开属于这种情况。", []),
    ("h20_park_campsite", G, "孩子10岁，可以让他自己在营地里玩吗？",
     "不行，12周岁以下的儿童必须有成人陪同。", []),
    ("h20_park_campsite", MIS, "当天几点以后可以入营？",
     "当日12时以后可以入营。", f_mis),
    ("h20_park_campsite", CMP, "要提前多久取消才能全额退款？",
     "入营前48小时以内取消的可以全额退款。", f_cmp),
    ("h20_park_campsite", RNG, "取消预约能退一半钱的是哪个时间段？",
     "入营前12至48小时取消的退还50%。", f_rng),
    ("h20_park_campsite", UNIT, "最早能提前多久预约营位？",
     "最早可提前7周预约。", f_unit),
    ("h20_park_campsite", OFF, "同一个手机号每个月最多能预约几次？",
     "营位最早可提前7天预约，最迟在入营前1天18时前预约。", f_off),

    # h20_hospital_companion_bed — hard: 10 is daily rent, the soiling deduction and the day threshold; bed vs recliner parallel rent/deposit; computed 150元 total whose parts (100, 50) equal the two deposits; 7时/17时/20时 times.
    ("h20_hospital_companion_bed", G, "我爸住普通病房，我要连续陪护20天，陪护床租金一共多少？",
     "前10天每天10元，共100元；从第11天起按5折每天5元，后10天共50元，合计150元。", []),
    ("h20_hospital_companion_bed", G, "早上最晚几点要把陪护床收好？",
     "早上7点。租用时段到次日7时为止，7时以后就要折叠好归还到指定位置。", []),
    ("h20_hospital_companion_bed", G, "床单被我们弄脏了，押金会扣多少？",
     "床单、被套有污损的，会从押金中扣除10元。", []),
    ("h20_hospital_companion_bed", G, "我们在重症监护室外面租躺椅，押金是不是也要交100元？",
     "不用。100元是陪护床的押金，躺椅押金是50元。", []),
    ("h20_hospital_companion_bed", G, "押金条弄丢了，还能退押金吗？",
     "可以，凭身份证在3个工作日内办理退押。", []),
    ("h20_hospital_companion_bed", MIS, "重症监护室外家属等候区的躺椅一天租金多少？",
     "每日10元。", f_mis),
    ("h20_hospital_companion_bed", CMP, "出院那天最晚什么时候结清租金？",
     "出院当日须在17时以后结清租金并办理退押。", f_cmp),
    ("h20_hospital_companion_bed", RNG, "陪护床每天什么时间段可以用？",
     "每日17时至次日7时。", f_rng),
    ("h20_hospital_companion_bed", UNIT, "连续租多久以后租金开始打折？",
     "连续租用超过10周后，租金按5折收取。", f_unit),
    ("h20_hospital_companion_bed", OFF, "陪护床的押金要交多少？",
     "普通病房陪护床租金为每日10元，不足1日按1日计。", f_off),

    # h20_coffee_loyalty — hard: regular vs Gold parallel caps ($6/$8) and earn rates; 12 months used twice; 10 is stamps and days; asker numbers ($2.50, 15th, 20th) with 20 clashing with 20%; a computed "five drinks".
    ("h20_coffee_loyalty", G, "I bought a $2.50 espresso and a muffin. How many stamps do I get?",
     "None. Only handcrafted drinks of $3 or more earn a stamp; drinks under $3 and food earn nothing.", []),
    ("h20_coffee_loyalty", G, "I'm a Gold member. How many drinks do I have to buy to earn a free one?",
     "Five qualifying drinks: at 2 stamps each for Gold members, that gives the 10 stamps needed for a free drink.", []),
    ("h20_coffee_loyalty", G, "Can a Gold member's free reward cover a $7 latte?",
     "Yes. A Gold member's free drink can be worth up to $8, so a $7 latte is covered.", []),
    ("h20_coffee_loyalty", G, "My birthday is on the 15th. Can I still use the birthday discount on the 20th?",
     "Yes. The 20% birthday discount on one order runs from 3 days before to 7 days after your birthday, and the 20th is 5 days after.", []),
    ("h20_coffee_loyalty", G, "How long do my stamps stay valid?",
     "Each stamp is good for 12 months from the day you earned it.", []),
    ("h20_coffee_loyalty", MIS, "What's the most a regular member's free drink can be worth?",
     "Up to $8.", f_mis),
    ("h20_coffee_loyalty", CMP, "How many stamps can I earn in a single day?",
     "At least 3 stamps per day.", f_cmp),
    ("h20_coffee_loyalty", RNG, "When can I use my birthday discount?",
     "On one order from 3 days before to 10 days after your birthday.", f_rng),
    ("h20_coffee_loyalty", UNIT, "How long until a free drink reward expires?",
     "It expires 30 weeks after issue.", f_unit),
    ("h20_coffee_loyalty", OFF, "How many stamps per drink do Gold members earn?",
     "Gold status is for members with 50 or more stamps in the last 12 months.", f_off),

    # h20_oncall_pay — hard: 2x2 allowance grid (primary/secondary x weekday/weekend); 15 is both the rounding step and the Sev-1 window; 6 and 8 are clock times and 8 is also rest hours; a G that needs rounding 50 minutes up to an hour.
    ("h20_oncall_pay", G, "I'm on the secondary rota and covered a Saturday. What standby pay do I get?",
     "$30, the secondary-rota rate for a weekend shift (primary would get $60).", []),
    ("h20_oncall_pay", G, "I got paged at 2 am and worked the incident for 50 minutes. How is that paid?",
     "At 2x your base hourly rate, since it falls between 11 pm and 6 am; the 50 minutes round up to the next 15 minutes, so you are paid for a full hour.", []),
    ("h20_oncall_pay", G, "Can I be put on call for 10 days in a row?",
     "No. Nobody may be scheduled for more than 7 consecutive on-call days.", []),
    ("h20_oncall_pay", G, "How quickly must I acknowledge a Sev-2 page?",
     "Within an hour: 60 minutes for Sev-2, versus 15 minutes for Sev-1.", []),
    ("h20_oncall_pay", G, "When does a weekday on-call shift start and finish?",
     "It starts at 6 pm and finishes at 8 am the next morning.", []),
    ("h20_oncall_pay", MIS, "What does a primary-rota engineer get for a weekday shift?",
     "$20 per weekday shift.", f_mis),
    ("h20_oncall_pay", CMP, "How many weekends a month can I be rostered for on-call?",
     "At least 2 on-call weekends a month.", f_cmp),
    ("h20_oncall_pay", RNG, "Which hours count for the 2x incident rate?",
     "Incident time between 11 pm and 8 am.", f_rng),
    ("h20_oncall_pay", UNIT, "How fast must a Sev-1 page be acknowledged?",
     "Within 15 hours.", f_unit),
    ("h20_oncall_pay", OFF, "What rest am I owed after a long night of incidents?",
     "Incident time between 11 pm and 6 am is paid at 2x.", f_off),

    # h20_theatre_tickets — hard: table bands where 10 and 20 appear as both group sizes and percentages, 10 is also the child price and ticket cap; asker numbers 25 (= the $25 price), 12 (= the child age limit) and 30; a computed $270 total.
    ("h20_theatre_tickets", G, "Our book club has 25 members. What group discount would we get?",
     "15% off standard tickets, since groups of 20 to 39 get that rate.", []),
    ("h20_theatre_tickets", G, "We're booking 12 standard tickets as a group. What will it cost?",
     "$270: 12 standard tickets at $25 come to $300, less the 10% discount for groups of 10 to 19.", []),
    ("h20_theatre_tickets", G, "Can our group of 30 students get both the student price and the group discount?",
     "No. Group discounts can't be combined with student prices; you'd pay either the $18 student price or the standard $25 less 15% for a group of 20 to 39.", []),
    ("h20_theatre_tickets", G, "Until when can I swap my ticket without paying?",
     "Until 48 hours before curtain; after that an exchange costs $3 per ticket.", []),
    ("h20_theatre_tickets", G, "My daughter turns 12 next week. After that, does she still get the child price?",
     "No, the $10 child price is only for children under 12.", []),
    ("h20_theatre_tickets", MIS, "How much does a senior ticket cost?",
     "$10.", f_mis),
    ("h20_theatre_tickets", CMP, "How many opening-night tickets can one household buy?",
     "At least 10 tickets.", f_cmp),
    ("h20_theatre_tickets", RNG, "What group size gets the 10% discount?",
     "Groups of 10 to 39 people.", f_rng),
    ("h20_theatre_tickets", UNIT, "How early do doors open?",
     "30 hours before curtain.", f_unit),
    ("h20_theatre_tickets", OFF, "When do group bookings have to be paid?",
     "Groups of 40 or more get 20% off.", f_off),
]


# HOLDOUT21: a staff canteen's meal allowance, temporary road-occupation permits and taxi complaints in Chinese; a language school's levels and fees, a laundry room and an airline's pet travel in English. First run:
# benchmarks/results/grounding_holdout21_first_run.txt.
DOCS.update({
    "h21_canteen_meals": (
        "职工食堂就餐与餐补管理办法\n"
        "第一条 食堂供餐时间：早餐7:00至8:30，午餐11:30至13:00，晚餐17:30至19:00。\n"
        "第二条 在职职工餐补按出勤天数发放，每出勤1天计15元，每月最高不超过300元；实习生每月餐补200元，劳务派遣人员每月餐补150元。\n"
        "第三条 就餐价格如下：\n"
        "| 餐次 | 职工价 | 访客价 |\n"
        "|---|---|---|\n"
        "| 早餐 | 3元 | 8元 |\n"
        "| 午餐 | 10元 | 20元 |\n"
        "| 晚餐 | 8元 | 15元 |\n"
        "第四条 餐补余额月末未用完的，不超过50元的部分可结转至次月，超过50元的部分清零。\n"
        "第五条 加班至20:00以后的职工可领取夜宵券1张，每张面值10元。\n"
        "第六条 因出差未在食堂就餐，满3天不满10天的，按每天15元补发现金；满10天的，按每天20元补发现金。\n"
        "第七条 职工带访客就餐须提前1个工作日登记，每人每月带访客不超过4人次。\n"
    ),
    "h21_road_occupation": (
        "城市道路临时占道施工审批与收费规定\n"
        "第一条 施工单位应在开工前5个工作日提出占道申请；占道面积超过200平方米的，应在开工前10个工作日提出。\n"
        "第二条 审批部门自受理之日起3个工作日内作出决定；需交警部门会签的，延长至7个工作日。\n"
        "第三条 单次占道期限不超过30天；确需延期的，应在期满前5天申请，延期累计不超过30天。\n"
        "第四条 占道费按日按面积收取：\n"
        "| 道路类别 | 元/平方米·日 |\n"
        "|---|---|\n"
        "| 主干道 | 5 |\n"
        "| 次干道 | 3 |\n"
        "| 支路 | 2 |\n"
        "第五条 占道面积不满10平方米的按10平方米计收；超过审批期限占道的，超期部分按标准的2倍收取。\n"
        "第六条 在22:00至次日6:00施工的，须另行办理夜间施工许可，施工噪声不得超过55分贝。\n"
        "第七条 抢修地下管线等紧急情况可先行施工，但须在24小时内补办手续。\n"
        "第八条 占道面积不超过200平方米的，保证金为1万元；超过200平方米的，保证金为3万元。路面恢复并经验收合格后10个工作日内退还保证金。\n"
    ),
    "h21_taxi_complaints": (
        "出租车服务投诉处理与赔偿办法\n"
        "第一条 乘客可自乘车之日起30日内通过服务热线或网站投诉，超过30日的不予受理。\n"
        "第二条 受理机构应在受理后1个工作日内通知出租车企业，企业应在5个工作日内调查核实并答复乘客；情况复杂的可延长至10个工作日。\n"
        "第三条 驾驶员绕道多收费的，退还多收部分，并按多收金额的2倍赔偿乘客；赔偿金额不足20元的，按20元赔偿。\n"
        "第四条 驾驶员拒载或中途甩客的，企业向乘客赔偿50元，并对驾驶员处200元以上500元以下罚款。\n"
        "第五条 驾驶员在一个记分周期内被有效投诉的，按下表处理：\n"
        "| 有效投诉次数 | 处理措施 |\n"
        "|---|---|\n"
        "| 1至2次 | 约谈教育 |\n"
        "| 3至4次 | 停运培训5天 |\n"
        "| 5次以上 | 停运培训10天 |\n"
        "第六条 乘客对处理结果不满意的，可在收到答复后15日内申请复核，复核机构应在10个工作日内作出结论。\n"
    ),
    "h21_language_school": (
        "Riverside Language School: Course Levels and Fees\n"
        "1. Fees per 10-week term:\n"
        "| Level | Hours/week | Fee |\n"
        "|---|---|---|\n"
        "| A1-A2 | 6 | $480 |\n"
        "| B1-B2 | 8 | $560 |\n"
        "| C1 | 10 | $640 |\n"
        "2. New students take a placement test ($20) at least 3 days before the term starts.\n"
        "3. Students under 16 pay 10% less; students aged 65 and over pay 20% less.\n"
        "4. Refunds: full refund before week 1 begins; 50% if you withdraw within the first 2 weeks; none after week 2.\n"
        "5. A class runs with at least 6 and at most 14 students.\n"
        "6. Students who miss more than 20% of classes receive no certificate.\n"
    ),
    "h21_laundry_room": (
        "Maple Court Laundry Room Rules\n"
        "1. The laundry room is open 7 am to 10 pm; on Sundays it closes at 8 pm.\n"
        "2. Washers cost $3 per load; dryers cost $2 per 45 minutes.\n"
        "3. Remove your laundry within 15 minutes of a cycle ending. Items left more than 2 hours go to the lost-and-found bin and are kept 30 days.\n"
        "4. Each unit may book up to 2 machines at a time, for up to 3 hours per booking.\n"
        "5. Load no more than 8 kg per washer.\n"
        "6. Report broken machines within 24 hours; refunds of up to $10 per month are credited to your rent.\n"
        "7. Washing pet bedding: $25 fine the first time, $50 for each repeat.\n"
    ),
    "h21_pet_travel": (
        "SkyLark Air Pet Travel Policy\n"
        "1. Pets at least 10 weeks old may fly in the cabin if pet plus carrier weigh up to 8 kg; heavier pets go in the hold.\n"
        "2. Fees each way: cabin $75 on flights under 3 hours, $125 on longer flights; hold $200.\n"
        "3. Book your pet at least 48 hours before departure. Each flight takes at most 2 cabin pets.\n"
        "4. A health certificate issued within 10 days before travel is required.\n"
        "5. Pets may fly in the hold only if both airports are between 7°C and 29°C.\n"
        "6. Cancellations at least 24 hours before departure get a full pet-fee refund; later ones get 50% back.\n"
    ),
})

HOLDOUT21: list[tuple] = [
    # h21_canteen_meals — hard: 15 is the per-day allowance, the trip rate and a visitor price; 8 is a price and 8:30; 20 is a price, a trip rate and 20:00; G rows carry the asker's own numbers (22天, 80元, 一个礼拜), a monthly cap and a 24h-clock paraphrase (晚上8点).
    ("h21_canteen_meals", G, "我是在职职工，这个月出勤了22天，餐补能拿多少？", "按每出勤1天15元计算是330元，但每月最高不超过300元，所以只能拿300元。", []),
    ("h21_canteen_meals", G, "晚上加班要到几点以后才能领夜宵券？券能抵多少钱？", "加班到晚上8点以后可以领1张夜宵券，面值10元。", []),
    ("h21_canteen_meals", G, "朋友来食堂跟我一起吃午饭，他要付多少？", "访客午餐20元；职工本人吃午餐是10元。", []),
    ("h21_canteen_meals", G, "月底卡里还剩80元餐补，下个月还能用吗？", "只有不超过50元的那部分能结转到次月，剩下的30元会清零。", []),
    ("h21_canteen_meals", G, "出差一个礼拜没在食堂吃饭，能补钱吗？", "能。出差满3天不满10天的，按每天15元补发现金。", []),
    ("h21_canteen_meals", MIS, "实习生每个月餐补多少钱？", "实习生每月餐补150元。", f_mis),
    ("h21_canteen_meals", CMP, "月底没用完的餐补，哪部分可以结转到下个月？", "超过50元的部分可以结转至次月。", f_cmp),
    ("h21_canteen_meals", RNG, "出差多少天的按每天15元补发？", "出差满3天不满20天的，按每天15元补发现金。", f_rng),
    ("h21_canteen_meals", UNIT, "带朋友来食堂吃饭，需要提前多久登记？", "需要提前1小时登记。", f_unit),
    ("h21_canteen_meals", OFF, "职工吃一顿早餐要多少钱？", "食堂早餐供应时间是7:00至8:30。", f_off),

    # h21_road_occupation — hard: 5 is a lead time in 工作日, an extension lead time in 天 and the main-road rate; 30 is both the term and the extension cap; 200平方米 splits two different rules; 10 is a lead time, a minimum area and a refund deadline; G rows need area rounding, 22:00→晚上10点, and yes/no with the asker's 50天/11点/120平方米.
    ("h21_road_occupation", G, "我们要占次干道施工，面积120平方米，每天交多少占道费？", "次干道按每平方米每日3元收取，120平方米每天是360元。", []),
    ("h21_road_occupation", G, "申请交上去以后，多长时间能批下来？", "审批部门受理后3个工作日内作出决定；需要交警会签的，最长7个工作日。", []),
    ("h21_road_occupation", G, "在支路上只占6平方米，占道费怎么算？", "不满10平方米的按10平方米计收，支路每平方米每天2元，也就是每天20元。", []),
    ("h21_road_occupation", G, "工期要50天，能一直占道吗？", "可以，但单次期限不超过30天，需要在期满前5天申请延期，延期累计不超过30天。", []),
    ("h21_road_occupation", G, "晚上11点还在施工的话，需要额外办什么？", "晚上10点到第二天早上6点之间施工，要另外办理夜间施工许可，噪声不能超过55分贝。", []),
    ("h21_road_occupation", MIS, "占道面积超过200平方米，要交多少保证金？", "保证金为1万元。", f_mis),
    ("h21_road_occupation", CMP, "紧急抢修地下管线能不能先开工？", "可以先行施工，但须在24小时后补办手续。", f_cmp),
    ("h21_road_occupation", RNG, "夜间施工许可管的是哪个时间段？", "在22:00至次日7:00施工的，需要另行办理夜间施工许可。", f_rng),
    ("h21_road_occupation", UNIT, "主干道占道费的收费标准是多少？", "主干道按每平方米每月5元收取。", f_unit),
    ("h21_road_occupation", OFF, "超过审批期限还占着道，怎么收费？", "确需延期的，应在期满前5天申请，延期累计不超过30天。", f_off),

    # h21_taxi_complaints — hard: 10 is a complex-case deadline, a suspension length and a review deadline; 5 is a reply deadline, a complaint count and a suspension length; 200 is a fine floor and the MIS bait; G rows need the 20元 floor applied to the asker's 8元, a table row asked as 三次, and the asker's 40天.
    ("h21_taxi_complaints", G, "司机绕路多收了我8块钱，能赔多少？", "先退还多收的8元；按2倍赔偿是16元，但赔偿不足20元的按20元赔，所以能拿到20元赔偿。", []),
    ("h21_taxi_complaints", G, "投诉以后出租车公司多久给我回复？", "企业应在5个工作日内调查核实并答复；情况复杂的，最长可延长到10个工作日。", []),
    ("h21_taxi_complaints", G, "一个司机在一个记分周期里被有效投诉了三次，会怎么处理？", "有效投诉3至4次的，停运培训5天。", []),
    ("h21_taxi_complaints", G, "我上个月坐的车，到今天已经40天了，还能投诉吗？", "不能，投诉须在乘车之日起30日内提出，超过30日的不予受理。", []),
    ("h21_taxi_complaints", G, "对处理结果不满意怎么办？复核要多长时间？", "收到答复后15日内可以申请复核，复核机构在10个工作日内作出结论。", []),
    ("h21_taxi_complaints", MIS, "遇到司机拒载，乘客能拿到多少赔偿？", "企业向乘客赔偿200元。", f_mis),
    ("h21_taxi_complaints", CMP, "绕道多收费的赔偿有没有保底金额？", "有，赔偿金额超过20元的，按20元赔偿。", f_cmp),
    ("h21_taxi_complaints", RNG, "司机拒载会被罚多少钱？", "对驾驶员处50元以上500元以下罚款。", f_rng),
    ("h21_taxi_complaints", UNIT, "收到答复后多长时间内可以申请复核？", "收到答复后15个月内可以申请复核。", f_unit),
    ("h21_taxi_complaints", OFF, "投诉受理后，企业要在多长时间内调查答复？", "受理机构应在受理后1个工作日内通知出租车企业。", f_off),

    # h21_language_school — hard: 10 is the term length in weeks, C1 hours and a discount %; 20 is the test fee ($), a discount % and the absence threshold; 6 is A-level hours and the minimum class size; G rows need a computed discounted fee, "half" for 50%, and the asker's 15/70/3-of-30 numbers.
    ("h21_language_school", G, "I'm 15. How much would a B1 term cost me?", "B1-B2 is $560 per term, and students under 16 pay 10% less, so you'd pay $504.", []),
    ("h21_language_school", G, "How many hours a week do C1 classes meet?", "C1 meets 10 hours per week.", []),
    ("h21_language_school", G, "If I drop out during week 2, do I get anything back?", "Yes, withdrawing within the first 2 weeks gets you half the fee back.", []),
    ("h21_language_school", G, "My grandmother is 70. Is there a discount for her?", "Yes. Students aged 65 and over pay 20% less.", []),
    ("h21_language_school", G, "Can I skip 3 of my 30 lessons and still get a certificate?", "Yes. 3 of 30 is 10%, and the certificate is only withheld if you miss more than 20% of classes.", []),
    ("h21_language_school", MIS, "What's the fee for an A2 term?", "An A2 term costs $560.", f_mis),
    ("h21_language_school", CMP, "When do I have to do the placement test?", "At most 3 days before the term starts.", f_cmp),
    ("h21_language_school", RNG, "How many students are in a class?", "Between 6 and 10 students.", f_rng),
    ("h21_language_school", UNIT, "How long is one term?", "Each term lasts 10 months.", f_unit),
    ("h21_language_school", OFF, "How much less do students under 16 pay?", "Students aged 65 and over pay 20% less.", f_off),

    # h21_laundry_room — hard: 2 is a dryer price, an hour limit and a machine count; 10 is the closing hour and the refund cap; 8 is the Sunday closing hour and the kg limit; G rows need the Sunday exception, dryer arithmetic for the asker's 90 minutes, and two time limits (15 minutes vs 2 hours) for the asker's hour.
    ("h21_laundry_room", G, "Is the laundry room still open at 9 pm on a Sunday?", "No. On Sundays it closes at 8 pm; the 10 pm closing applies to the other days.", []),
    ("h21_laundry_room", G, "What would one wash plus 90 minutes of drying cost me?", "$3 for the wash plus $4 for two 45-minute dryer periods, so $7 in total.", []),
    ("h21_laundry_room", G, "I left my clothes in the dryer for an hour after it finished. Will they have been moved?", "Not yet: you are meant to collect within 15 minutes, but items only go to the lost-and-found bin after more than 2 hours.", []),
    ("h21_laundry_room", G, "Can my household run three machines at once?", "No, each unit may book up to 2 machines at a time.", []),
    ("h21_laundry_room", G, "I was already fined once for washing my dog's bedding. What if it happens again?", "Each repeat costs $50; the $25 fine applies only the first time.", []),
    ("h21_laundry_room", MIS, "How much does one washer load cost?", "$2 per load.", f_mis),
    ("h21_laundry_room", CMP, "How much of a refund can I get for a broken machine?", "At least $10 per month, credited to your rent.", f_cmp),
    ("h21_laundry_room", RNG, "What are the laundry room's opening hours on weekdays?", "8 am to 10 pm.", f_rng),
    ("h21_laundry_room", UNIT, "How long can one booking last?", "Up to 3 days per booking.", f_unit),
    ("h21_laundry_room", OFF, "How soon do I have to report a broken machine?", "Refunds of up to $10 per month are credited to your rent.", f_off),

    # h21_pet_travel — hard: 10 is a minimum age in weeks and a certificate window in days; 3 hours splits two cabin fees; 24 and 48 hours are different deadlines; G rows need the asker's weights added (6+3 kg), "longer than 3 hours" for a 5-hour flight, a 50% refund for 12 hours, and 33°C checked against a range.
    ("h21_pet_travel", G, "My cat weighs 6 kg and her carrier 3 kg. Can she sit with me in the cabin?", "No. Pet plus carrier may weigh at most 8 kg and yours come to 9 kg, so she would have to fly in the hold.", []),
    ("h21_pet_travel", G, "What does it cost to take my dog in the cabin on a 5-hour flight?", "$125 each way, because the flight is longer than 3 hours.", []),
    ("h21_pet_travel", G, "How recent does my pet's health certificate have to be?", "It must be issued no more than 10 days before you travel.", []),
    ("h21_pet_travel", G, "We cancel 12 hours before the flight. How much of the pet fee comes back?", "Half of it, since a full refund needs cancellation at least 24 hours before departure.", []),
    ("h21_pet_travel", G, "Can my dog go in the hold if it's 33°C at the destination airport?", "No. Pets may fly in the hold only if both airports are between 7°C and 29°C.", []),
    ("h21_pet_travel", MIS, "How much is the cabin fee on a 2-hour flight?", "$125 each way.", f_mis),
    ("h21_pet_travel", CMP, "How far in advance must I book for my pet?", "No more than 48 hours before departure.", f_cmp),
    ("h21_pet_travel", RNG, "What temperatures allow pets in the hold?", "Between 10°C and 29°C at both airports.", f_rng),
    ("h21_pet_travel", UNIT, "How old must a puppy be to fly in the cabin?", "At least 10 months old.", f_unit),
    ("h21_pet_travel", OFF, "How many pets can travel in the cabin on one flight?", "Pets must be booked at least 48 hours before departure.", f_off),
]


# HOLDOUT22: student entrepreneurship subsidies, lift-retrofit cost sharing and a pet clinic's fees in Chinese; farmers'-market stalls, tuition reimbursement and ski-school lessons in English. First run:
# benchmarks/results/grounding_holdout22_first_run.txt.
DOCS.update({
    "h22_startup_subsidy": (
        "大学生创业补贴申领办法\n"
        "第一条 毕业5年以内的高校毕业生及全日制在校大学生，在本市首次创办企业或个体工商户，并正常经营满6个月的，可申领一次性创业补贴。\n"
        "第二条 申请人年龄须在18周岁至35周岁之间（含），同一申请人只能享受一次。\n"
        "第三条 补贴标准：创办企业的补贴1万元；创办个体工商户的补贴5000元。企业带动就业超过3人的，超出部分每人另补2000元，合计最高不超过3万元。\n"
        "第四条 申请材料须在经营满6个月不满12个月期间提交，逾期不予受理。\n"
        "第五条 人社部门收到材料后15个工作日内完成审核，审核通过的公示5个工作日，无异议的在30日内拨付补贴。\n"
        "第六条 入驻市级孵化基地的，另按实际租金的50%给予场地补贴，每年不超过6000元，最长补贴3年。\n"
    ),
    "h22_lift_cost_share": (
        "既有住宅加装电梯费用分摊规则\n"
        "第一条 加装电梯须经本单元专有部分面积占比2/3以上且人数占比2/3以上的业主同意。\n"
        "第二条 建设费用扣除政府补贴后，由2层及以上业主按楼层系数分摊，1层业主不分摊：\n"
        "| 楼层 | 分摊系数 |\n"
        "|---|---|\n"
        "| 2层 | 0.5 |\n"
        "| 3层 | 1.0 |\n"
        "| 4层 | 1.2 |\n"
        "| 5层 | 1.4 |\n"
        "| 6层及以上 | 1.5 |\n"
        "第三条 户型面积不满60平方米的，系数乘以0.8；满60平方米不满120平方米的不调整；120平方米以上的乘以1.2。\n"
        "第四条 政府按建设费用的20%给予补贴，每台最高不超过20万元。\n"
        "第五条 业主应在施工合同签订后15日内缴纳应摊费用的50%，余款在电梯验收合格后30日内缴清。\n"
        "第六条 电梯运行后的年度维护费由2层及以上住户按户均摊，每户每年不超过1200元，1层住户免缴。\n"
    ),
    "h22_pet_clinic": (
        "宠物医院诊疗收费及疫苗接种须知\n"
        "一、挂号费：普通门诊20元，专家门诊50元；夜间22:00至次日8:00急诊挂号费100元。\n"
        "二、全身麻醉按体重收费：不满10公斤的300元，满10公斤不满25公斤的500元，25公斤以上的800元。\n"
        "三、幼犬满6周龄可接种首针犬联苗，每隔3至4周加强一次，共3针，每针120元。\n"
        "四、狂犬疫苗须满3月龄接种，每针80元，此后每年加强1针。\n"
        "五、住院费每天80元，超过7天的部分按每天60元计。\n"
        "六、疫苗接种后7天内因不良反应复诊的，免收挂号费。\n"
        "七、会员储值满1000元享9折，满3000元享8折，折扣不适用于疫苗。\n"
        "八、术前血常规检查150元；超过7岁的犬猫术前须加做心电图，费用100元。\n"
    ),
    "h22_market_stalls": (
        "Farmers' Market Stall Rules\n"
        "1. Market hours: Saturdays, 7 am to 1 pm.\n"
        "2. Fee per market day:\n"
        "| Stall | Size | Fee |\n"
        "|---|---|---|\n"
        "| Standard | 10 x 10 ft | $35 |\n"
        "| Double | 10 x 20 ft | $60 |\n"
        "| Food truck | up to 20 ft | $75 |\n"
        "3. Season pass: $700 standard, $1,100 double.\n"
        "4. Set up at least 30 minutes before opening; no leaving before 1 pm.\n"
        "5. Cancel at least 7 days ahead: full refund; 2 to 6 days: 50% back; under 2 days: no refund.\n"
        "6. Produce must be grown within 100 miles; no more than 10% of a stall may hold bought-in goods.\n"
        "7. Power hookup: $10 per day; generators under 60 decibels.\n"
    ),
    "h22_tuition_reimb": (
        "Tuition Reimbursement Policy\n"
        "1. Full-time staff qualify after 6 months' service; part-time staff working at least 20 hours a week qualify after 12 months.\n"
        "2. The yearly cap is $5,250 for full-time and $2,500 for part-time staff.\n"
        "3. The share reimbursed depends on the final grade: A, 100%; B, 80%; C, 50%; below C, nothing.\n"
        "4. Apply at least 30 days before the course starts; submit receipts and grades within 60 days after it ends.\n"
        "5. Staff who leave within 12 months of a payment repay 100% of it; between 12 and 24 months after it, 50%.\n"
        "6. Only job-related courses are covered, up to 2 per term.\n"
    ),
    "h22_ski_school": (
        "Ski School Lesson Rules\n"
        "1. Group lessons last 2 hours, at 9:30 am or 1:30 pm; max 8 students, or 6 for children aged 4 to 6.\n"
        "2. Private lessons: $120 per hour, 2-hour minimum; each extra person adds $30 per hour, up to 4 people in all.\n"
        "3. Packages: 3 group lessons for $180 or 5 for $275, valid 30 days from the first lesson.\n"
        "4. Group lessons require age 4 or older; 3-year-olds may book private lessons only.\n"
        "5. Cancel more than 48 hours ahead: full refund; 24 to 48 hours: 50% credit; under 24 hours: nothing.\n"
        "6. If the school cancels for weather: full refund or free rebooking within 30 days.\n"
    ),
})

HOLDOUT22: list[tuple] = [
    # h22_startup_subsidy — hard: 5/6/3 each used for several things (5年/5000元/5个工作日; 6个月/6000元; 3人/3万元/3年); asker's own age 36 not in doc; computed total 14000 from two clauses
    ("h22_startup_subsidy", G, "我今年36周岁，刚毕业两年，还能申请创业补贴吗？", "不能。申请人年龄要在18至35周岁之间，36周岁已经超出上限。", []),
    ("h22_startup_subsidy", G, "我开的公司带动了5个人就业，能拿多少补贴？", "基础补贴1万元，超过3人的2个人每人再补2000元，一共14000元。", []),
    ("h22_startup_subsidy", G, "入驻孵化基地的话房租能补多少、补几年？", "按实际租金的一半补，每年封顶6000元，最多补3年。", []),
    ("h22_startup_subsidy", G, "从交材料到拿到钱要多久？", "审核在15个工作日内完成，通过后公示5个工作日，没有异议的再在30日内拨付。", []),
    ("h22_startup_subsidy", G, "开个体户和开公司的补贴一样吗？", "不一样：创办企业补贴1万元，个体工商户补贴5000元。", []),
    ("h22_startup_subsidy", MIS, "创办个体工商户能领多少创业补贴？", "个体工商户可一次性领取1万元。", f_mis),
    ("h22_startup_subsidy", CMP, "毕业多久以内的毕业生可以申请？", "毕业5年以上的高校毕业生可以申请。", f_cmp),
    ("h22_startup_subsidy", RNG, "什么时候可以交申请材料？", "须在经营满6个月不满15个月期间提交，逾期不予受理。", f_rng),
    ("h22_startup_subsidy", UNIT, "孵化基地的场地补贴最长能享受多久？", "最长可以补贴3个月。", f_unit),
    ("h22_startup_subsidy", OFF, "公示期有多长？", "审核通过后无异议的，在30日内拨付补贴。", f_off),

    # h22_lift_cost_share — hard: table rows; 1.2 is both the 4层 coefficient and the 120㎡+ multiplier; 20 is both 20% and 20万元; asker's 85㎡ and 7楼 not in doc; 1层 rule spread over two clauses
    ("h22_lift_cost_share", G, "我家住4楼，面积85平方米，分摊系数是多少？", "4层系数是1.2；85平方米在满60不满120平方米的区间内，不调整，仍按1.2算。", []),
    ("h22_lift_cost_share", G, "住一楼要不要出加装电梯的钱？", "不用。1层业主不分摊建设费用，电梯运行后的年度维护费也免缴。", []),
    ("h22_lift_cost_share", G, "政府补贴能补多少？", "补建设费用的五分之一，但每台最多20万元。", []),
    ("h22_lift_cost_share", G, "加装电梯需要多少业主同意才行？", "专有部分面积占比和人数占比两项都要达到2/3以上。", []),
    ("h22_lift_cost_share", G, "我住7楼，按什么系数分摊？", "6层及以上统一按1.5的楼层系数分摊，7楼也是1.5。", []),
    ("h22_lift_cost_share", MIS, "3楼的分摊系数是多少？", "3层的分摊系数为1.2。", f_mis),
    ("h22_lift_cost_share", CMP, "什么样的户型系数要乘以0.8？", "户型面积60平方米以上的，系数乘以0.8。", f_cmp),
    ("h22_lift_cost_share", RNG, "多大面积的房子系数不用调整？", "满30平方米不满120平方米的不调整。", f_rng),
    ("h22_lift_cost_share", UNIT, "电梯维护费每户最多交多少？", "每户每月不超过1200元。", f_unit),
    ("h22_lift_cost_share", OFF, "首期费用什么时候交？", "余款在电梯验收合格后30日内缴清。", f_off),

    # h22_pet_clinic — hard: 80元 is both rabies shot and daily ward fee; 7 is days (ward, revisit) and age; 3 is weeks, doses and months; asker numbers 18公斤/凌晨2点/8岁; computed totals 740元 and 250元
    ("h22_pet_clinic", G, "我家狗18公斤，做手术全麻要多少钱？", "500元，18公斤落在满10公斤不满25公斤这一档。", []),
    ("h22_pet_clinic", G, "凌晨2点带猫来看急诊，挂号费多少？", "100元，夜间22:00到次日8:00的急诊挂号费都是这个价。", []),
    ("h22_pet_clinic", G, "住院10天一共要多少钱？", "前7天每天80元共560元，后3天每天60元共180元，合计740元。", []),
    ("h22_pet_clinic", G, "我家猫8岁了要做手术，术前检查要花多少？", "血常规150元；超过7岁还须加做心电图100元，合计250元。", []),
    ("h22_pet_clinic", G, "我充了3000元会员，打狂犬疫苗能打8折吗？", "不能，储值折扣不适用于疫苗，狂犬疫苗仍按每针80元收。", []),
    ("h22_pet_clinic", MIS, "专家门诊挂号多少钱？", "专家门诊挂号费20元。", f_mis),
    ("h22_pet_clinic", CMP, "多重的宠物全麻收800元？", "25公斤以下的收800元。", f_cmp),
    ("h22_pet_clinic", RNG, "幼犬的犬联苗多久加强一次？", "每隔3至6周加强一次，共3针。", f_rng),
    ("h22_pet_clinic", UNIT, "狂犬疫苗多大可以打？", "满3周龄就可以接种狂犬疫苗。", f_unit),
    ("h22_pet_clinic", OFF, "狂犬疫苗打完以后多久要再打？", "幼犬满6周龄可接种首针犬联苗，之后每隔3至4周加强一次。", f_off),

    # h22_market_stalls — hard: table rows; 10 is feet, percent and dollars; 60 is $60 and 60 decibels; 7 is opening hour and days; asker's 4 days / 80 miles not in doc; 6:30 derived from two numbers
    ("h22_market_stalls", G, "How much is a double stall for one Saturday?", "$60 for the 10 by 20 foot double stall.", []),
    ("h22_market_stalls", G, "If I cancel 4 days before the market, do I get anything back?", "Yes, half: cancelling 2 to 6 days ahead gets 50% back.", []),
    ("h22_market_stalls", G, "By what time does my stall have to be ready?", "By 6:30 am, since setup must be done at least 30 minutes before the 7 am opening.", []),
    ("h22_market_stalls", G, "Can I sell apples from my orchard 80 miles away?", "Yes, produce grown within 100 miles is allowed.", []),
    ("h22_market_stalls", G, "Is the season pass the same price for every stall?", "No: it is $700 for a standard stall and $1,100 for a double.", []),
    ("h22_market_stalls", MIS, "What does a food truck space cost per market day?", "A food truck space costs $60 per market day.", f_mis),
    ("h22_market_stalls", CMP, "How far away can my produce be grown?", "It must be grown more than 100 miles from the market.", f_cmp),
    ("h22_market_stalls", RNG, "When do I get half my fee back if I cancel?", "If you cancel 2 to 7 days ahead, you get 50% back.", f_rng),
    ("h22_market_stalls", UNIT, "How much is electricity?", "A power hookup costs $10 per hour.", f_unit),
    ("h22_market_stalls", OFF, "What does a power hookup cost?", "Generators must stay under 60 decibels.", f_off),

    # h22_tuition_reimb — hard: parallel full-time/part-time rules; 12 months used for eligibility and for repayment; 100%/50% used for grades and repayment; asker numbers 25 hours, 8 months, $2,000, 18 months; computed $1,600
    ("h22_tuition_reimb", G, "I'm part-time, 25 hours a week, and joined 8 months ago. Am I eligible yet?", "Not yet. Part-timers working at least 20 hours a week qualify only after 12 months.", []),
    ("h22_tuition_reimb", G, "I got a B in a course that cost $2,000. How much do I get back?", "80% of it, so $1,600, as long as you are still under your yearly cap.", []),
    ("h22_tuition_reimb", G, "What's the most a full-time employee can claim in a year?", "$5,250.", []),
    ("h22_tuition_reimb", G, "If I quit 18 months after being reimbursed, do I owe anything?", "Yes, half: leaving between 12 and 24 months after a payment means repaying 50% of it.", []),
    ("h22_tuition_reimb", G, "What deadlines apply before and after a course?", "Apply no later than 30 days before it starts, and hand in receipts and grades within 60 days after it ends.", []),
    ("h22_tuition_reimb", MIS, "What is the yearly cap for part-time staff?", "Part-time staff can claim up to $5,250 a year.", f_mis),
    ("h22_tuition_reimb", CMP, "How far in advance do I have to apply?", "No more than 30 days before the course starts.", f_cmp),
    ("h22_tuition_reimb", RNG, "If I leave after a payment, when do I repay only half?", "If you leave between 6 and 24 months after the payment.", f_rng),
    ("h22_tuition_reimb", UNIT, "How long must a full-time employee work before qualifying?", "6 weeks of service.", f_unit),
    ("h22_tuition_reimb", OFF, "How many hours a week must a part-timer work to qualify?", "Part-time staff qualify after 12 months of service.", f_off),

    # h22_ski_school — hard: 4 is an age and a headcount; 30 is $30 and 30 days twice; 6 is a group cap and an age; asker's own 5-year-old and 36 hours; computed $300 from two rules
    ("h22_ski_school", G, "My son is 5. How many kids will be in his group at most?", "6, because groups for children aged 4 to 6 are capped at 6.", []),
    ("h22_ski_school", G, "How much is a 2-hour private lesson for me and a friend?", "$300: $120 an hour for 2 hours is $240, plus $30 an hour for the extra person, another $60.", []),
    ("h22_ski_school", G, "Can my 3-year-old join a group lesson?", "No. Group lessons need age 4 or older; 3-year-olds can only book private lessons.", []),
    ("h22_ski_school", G, "What happens if I cancel 36 hours before my lesson?", "You get a 50% credit, since that falls in the 24 to 48 hour window.", []),
    ("h22_ski_school", G, "How long is a lesson package good for?", "30 days, counted from your first lesson.", []),
    ("h22_ski_school", MIS, "How many students can an adult group have?", "Adult groups are capped at 6 students.", f_mis),
    ("h22_ski_school", CMP, "When do I get a full refund?", "If you cancel less than 48 hours before the lesson.", f_cmp),
    ("h22_ski_school", RNG, "Which children get the smaller group cap?", "Children aged 3 to 6.", f_rng),
    ("h22_ski_school", UNIT, "How much do private lessons cost?", "$120 per day, with a 2-hour minimum.", f_unit),
    ("h22_ski_school", OFF, "What if the school cancels my lesson because of the weather?", "If you cancel under 24 hours before the lesson, you get nothing.", f_off),
]


# HOLDOUT23: gym membership transfer and freezing, expressway toll discounts and a community meal service in Chinese; a photo studio's rental terms, a bike-to-work scheme and a summer camp in English. First run:
# benchmarks/results/grounding_holdout23_first_run.txt.
DOCS.update({
    "h23_gym_membership": (
        "星辰健身会员卡转让与冻结规定\n"
        "第一条 会员卡自开卡之日起满30天后方可申请转让；剩余有效期不足60天的，不予转让。\n"
        "第二条 各卡种转让与冻结标准如下：\n"
        "| 卡种 | 转让手续费 | 每年可冻结次数 | 单次冻结天数 |\n"
        "|---|---|---|---|\n"
        "| 年卡 | 200元 | 2次 | 15至60天 |\n"
        "| 季卡 | 100元 | 1次 | 7至30天 |\n"
        "| 次卡 | 50元 | 不可冻结 | — |\n"
        "第三条 每张卡累计转让不超过1次；受让人须年满16周岁，未满18周岁的须由监护人陪同办理。\n"
        "第四条 冻结须提前3个工作日在前台或小程序申请，冻结期间有效期顺延。因伤病冻结的，凭二级以上医院证明，"
        "可在上述次数之外额外冻结不超过30天，不收取费用。\n"
        "第五条 冻结期满未主动解冻的，系统自动解冻；提前解冻的，未用完的冻结天数作废。\n"
        "第六条 卡内剩余私教课可一并转让，每节另收10元过户费；剩余课时低于3节的，不能单独转让。\n"
    ),
    "h23_expressway_toll": (
        "本省高速公路车辆通行费减免办法\n"
        "第一条 春节、清明节、劳动节、国庆节期间，7座以下（含7座）小型客车免收通行费，"
        "免费时段为节假日第一天0时至最后一天24时。\n"
        "第二条 整车合法装载鲜活农产品的车辆免收通行费；混装其他货物超过车辆核定载质量20%的，不予免费。\n"
        "第三条 安装ETC的车辆按下表享受通行费优惠：\n"
        "| 车型 | 基本优惠 | 当月通行满20次后 |\n"
        "|---|---|---|\n"
        "| 客车 | 5% | 10% |\n"
        "| 货车 | 5% | 15% |\n"
        "第四条 工作日7时至9时、17时至19时在城区绕城段通行的客车，再优惠20%，可与第三条优惠叠加，"
        "合计优惠不超过30%。\n"
        "第五条 鲜活农产品运输车辆须在出口接受查验，查验时间一般不超过20分钟；经查为假冒的，"
        "补缴全额通行费，且12个月内不再享受免费政策。\n"
        "第六条 抢险救灾车辆凭县级以上应急管理部门出具的证明免费通行，证明有效期不超过10天。\n"
    ),
    "h23_elderly_meal": (
        "幸福里社区养老驿站助餐服务细则\n"
        "第一条 服务对象为本社区户籍或在本社区居住满6个月、年满60周岁的老年人。\n"
        "第二条 每餐标准价15元，按年龄给予补贴：满60周岁不满70周岁的补贴2元，满70周岁不满80周岁的补贴4元，"
        "80周岁以上的补贴6元；低保、特困老人在此基础上每餐再补贴5元。\n"
        "第三条 午餐供应时间为11时至13时，晚餐为17时至18时30分；需次日用餐的，须于当日15时前预订。\n"
        "第四条 行动不便的80周岁以上老人可申请送餐上门，每单加收配送费2元，配送范围为驿站1.5公里以内。\n"
        "第五条 已预订既未取消又未就餐的，当月累计超过3次，暂停预订资格15天。\n"
        "第六条 每人每餐限购1份，补贴每月最多享受60餐，超出部分按标准价收费。\n"
        "第七条 驿站每周一至周六营业，法定节假日另行通知。\n"
    ),
    "h23_photo_studio": (
        "Lumen Photo Studio Rental Terms\n"
        "1. Rates:\n"
        "| Space | Per hour | Minimum | Deposit |\n"
        "|---|---|---|---|\n"
        "| Studio A (cyclorama) | $80 | 2 hours | $200 |\n"
        "| Studio B (daylight loft) | $60 | 3 hours | $150 |\n"
        "2. Bookings of 8 hours or more pay a day rate: $480 (A) or $360 (B).\n"
        "3. Open from 7 am to 10 pm.\n"
        "4. Cancel at least 72 hours ahead for a full refund; within 72 hours, 50% of the fee is forfeited.\n"
        "5. Overtime is billed in 30-minute blocks at the hourly rate plus 25%.\n"
        "6. Up to 3 lighting kits per booking, $25 each.\n"
        "7. Deposits are refunded within 5 business days; damage over $200 is billed.\n"
    ),
    "h23_bike_to_work": (
        "Cycle-to-Work Tax Scheme\n"
        "1. Open to permanent staff aged 18 or over who have passed their 3-month probation.\n"
        "2. A bike package must cost between $300 and $1,500; e-bikes up to $3,000.\n"
        "3. Repayments come from salary over 12 months, saving 25% to 42% in tax.\n"
        "4. At lease end the bike can be bought for 7% of its price, or $25 if it cost under $500.\n"
        "5. Staff riding to work at least 3 days a week may claim $0.20 per mile, up to 200 miles a month.\n"
        "6. Leavers within 12 months repay the balance from final pay, with no tax saving.\n"
        "7. Applications open for 30 days from 1 March and from 1 September.\n"
    ),
    "h23_summer_camp": (
        "Maple Ridge Summer Camp - Fees and Refunds\n"
        "1. For children aged 6 to 14. Day camp runs 8:30 am to 4 pm.\n"
        "2. Weekly fees: day camp $250, overnight camp $600, plus a non-refundable $50 registration fee per child.\n"
        "3. Siblings: 10% off weekly fees for a second child, 15% for each further child.\n"
        "4. Paying in full by April 30 saves $25 per week.\n"
        "5. Cancelling more than 30 days before the start: full refund minus the registration fee; "
        "14 to 30 days: 50%; under 14 days: none.\n"
        "6. Late pick-up after 4 pm costs $10 per 15 minutes.\n"
        "7. Children with a temperature of 38°C or above must stay home.\n"
    ),
})

HOLDOUT23: list[tuple] = [
    # h23_gym_membership — hard: 30/60/3 each used for two different things (开卡天数 vs 冻结天数, 有效期 vs 冻结上限, 工作日 vs 节数); table rows; asker's own 20天/45天/17岁; MIS swaps parallel 年卡/季卡 fees.
    ("h23_gym_membership", G, "我刚办了季卡，才用了20天，能转给别人吗？", "暂时不能，会员卡要开卡满30天以后才可以申请转让。", []),
    ("h23_gym_membership", G, "年卡一年里能冻结几次？每次最短最长各多久？", "年卡每年可以冻结2次，每次冻结15到60天。", []),
    ("h23_gym_membership", G, "我的卡离到期只剩45天了，还可以转让吗？", "不可以。剩余有效期不足60天的会员卡不予转让。", []),
    ("h23_gym_membership", G, "因为骨折要停练，除了正常的冻结次数还能再停多久？要交钱吗？", "凭二级以上医院的证明，可以在正常次数之外再冻结最多30天，不收取费用。", []),
    ("h23_gym_membership", G, "我表弟17岁，他能接手我的会员卡吗？", "可以，受让人年满16周岁即可，但他未满18周岁，需要由监护人陪同办理。", []),
    ("h23_gym_membership", MIS, "季卡转让手续费是多少？", "季卡转让需缴纳手续费200元。", f_mis),
    ("h23_gym_membership", CMP, "卡里剩下的私教课不多了，能单独转让吗？", "剩余私教课时高于3节的，不能单独转让。", f_cmp),
    ("h23_gym_membership", RNG, "季卡单次能冻结多少天？", "季卡单次可冻结7至60天。", f_rng),
    ("h23_gym_membership", UNIT, "申请冻结要提前多久？", "冻结须提前3周在前台或小程序申请。", f_unit),
    ("h23_gym_membership", OFF, "私教课跟着会员卡一起转让，每节要收多少过户费？", "会员卡转让时，年卡收取200元转让手续费。", f_off),

    # h23_expressway_toll — hard: 20 means 20%混装, 满20次, 再优惠20%, 20分钟; 7 is both 7座 and 7时; 客车/货车 parallel table cells; asker's 9座/25趟; G answer in 点 instead of 时.
    ("h23_expressway_toll", G, "国庆节开9座的面包车走高速免费吗？", "不免费，节假日免费只针对7座及以下的小型客车。", []),
    ("h23_expressway_toll", G, "我的货车装了ETC，这个月已经跑了25趟，现在通行费能优惠多少？", "当月通行已满20次，货车可以享受15%的优惠。", []),
    ("h23_expressway_toll", G, "早高峰开私家车走绕城段有额外优惠吗？", "有。工作日早上7点到9点在城区绕城段通行的客车再优惠20%，还能和ETC优惠叠加，但加起来最多30%。", []),
    ("h23_expressway_toll", G, "拉蔬菜的车顺便捎了些日用品，还能免费吗？", "要看比例：混装的其他货物超过车辆核定载质量20%的，就不予免费。", []),
    ("h23_expressway_toll", G, "冒充运鲜活农产品的车辆被查出来会怎么处理？", "要补缴全额通行费，并且在12个月内不能再享受免费政策。", []),
    ("h23_expressway_toll", MIS, "客车用ETC，当月满20次后优惠多少？", "客车当月通行满20次后优惠15%。", f_mis),
    ("h23_expressway_toll", CMP, "抢险救灾车辆的免费通行证明有效期多长？", "证明有效期不少于10天。", f_cmp),
    ("h23_expressway_toll", RNG, "晚高峰绕城段优惠是几点到几点？", "工作日17时至20时在城区绕城段通行的客车可再优惠20%。", f_rng),
    ("h23_expressway_toll", UNIT, "鲜活农产品车在出口查验一般要多长时间？", "查验时间一般不超过20小时。", f_unit),
    ("h23_expressway_toll", OFF, "假冒鲜活农产品车辆被查出后，多长时间内不能再免费？", "鲜活农产品运输车辆在出口查验的时间一般不超过20分钟。", f_off),

    # h23_elderly_meal — hard: 满…不满 age bands; 15 is 15元, 15时 and 15天; 2 is 补贴2元 and 配送费2元 (asker's 2公里); G answers compute 自付11元 and say 下午3点 for 15时.
    ("h23_elderly_meal", G, "我父亲今年75岁，在驿站吃一顿饭自己要付多少钱？", "每餐标准价15元，满70不满80周岁补贴4元，所以自己付11元。", []),
    ("h23_elderly_meal", G, "我刚搬来这个小区4个月，今年65岁，能在驿站吃补贴餐吗？", "暂时不行，不是本社区户籍的，要在本社区居住满6个月才属于服务对象。", []),
    ("h23_elderly_meal", G, "晚饭几点开始供应？想吃明天的午饭要什么时候之前订？", "晚餐下午5点开始，到6点半结束；次日用餐要在当天下午3点前预订。", []),
    ("h23_elderly_meal", G, "我奶奶85岁腿脚不便，送餐上门收费吗？我们家离驿站2公里能送吗？", "送餐每单加收2元配送费，但配送范围只到驿站1.5公里以内，2公里超出了范围，送不了。", []),
    ("h23_elderly_meal", G, "订了餐又没去吃，会有什么后果？", "订了餐既不取消也不去吃，当月累计超过3次的，要暂停预订资格15天。", []),
    ("h23_elderly_meal", MIS, "80岁以上的老人每餐补贴多少？", "80周岁以上的老人每餐补贴4元。", f_mis),
    ("h23_elderly_meal", CMP, "补贴每个月最多能享受多少餐？", "补贴每月至少享受60餐。", f_cmp),
    ("h23_elderly_meal", RNG, "哪个年龄段每餐补贴2元？", "满60周岁不满80周岁的老人每餐补贴2元。", f_rng),
    ("h23_elderly_meal", UNIT, "多次订餐不来吃，会暂停预订多久？", "当月累计超过3次的，暂停预订资格15周。", f_unit),
    ("h23_elderly_meal", OFF, "午餐几点供应？", "需要次日用餐的，须在当日15时前预订。", f_off),

    # h23_photo_studio — hard: 200 is deposit A and damage threshold; 3 is Studio B minimum and kit cap; 25 is % surcharge and $ kit fee; asker's 2 hours = A's minimum; 9am-5pm must be read as 8 hours; two days = under 72 hours.
    ("h23_photo_studio", G, "I only need Studio B for 2 hours for some headshots. Is that okay?", "No. Studio B has a 3-hour minimum booking.", []),
    ("h23_photo_studio", G, "I'd like the cyclorama studio from 9am to 5pm. What will that cost?", "That is 8 hours, so Studio A's day rate of $480 applies.", []),
    ("h23_photo_studio", G, "If I cancel two days before my shoot, do I get my money back?", "Only half: cancelling within 72 hours of the session forfeits 50% of the fee.", []),
    ("h23_photo_studio", G, "What deposits do the two studios require?", "Studio A requires a $200 deposit and Studio B a $150 deposit.", []),
    ("h23_photo_studio", G, "How do you charge if my shoot runs past the booked time?", "Extra time is charged in half-hour blocks at the studio's hourly rate with a 25% surcharge.", []),
    ("h23_photo_studio", MIS, "What's the hourly rate for the daylight loft?", "Studio B costs $80 per hour.", f_mis),
    ("h23_photo_studio", CMP, "How far ahead must I cancel to get a full refund?", "Cancel at most 72 hours ahead to get a full refund.", f_cmp),
    ("h23_photo_studio", RNG, "What are the studio's opening hours?", "The studio is open from 7 am to 8 pm.", f_rng),
    ("h23_photo_studio", UNIT, "How long until my deposit comes back?", "Deposits are refunded within 5 weeks.", f_unit),
    ("h23_photo_studio", OFF, "How many lighting kits can I add to one booking?", "Lighting kits cost $25 each.", f_off),

    # h23_bike_to_work — hard: 3 is probation months, days a week and $3,000; 12 months appears twice and also equals a computed $12; 25 is % and $; under-$500 flat fee vs 7%; asker's 6-month contract, $450 bike, 60 miles, 8 months.
    ("h23_bike_to_work", G, "I'm on a 6-month fixed-term contract. Can I join the scheme?", "No, it is only open to permanent staff who have passed their 3-month probation.", []),
    ("h23_bike_to_work", G, "What's the most I can spend on an e-bike, and what about an ordinary bike?", "An e-bike can cost up to $3,000; an ordinary bike package must be between $300 and $1,500.", []),
    ("h23_bike_to_work", G, "I cycle in 4 days a week and ride about 60 miles a month. What allowance can I claim?", "You qualify, since you ride at least 3 days a week; at $0.20 a mile, 60 miles comes to $12 a month.", []),
    ("h23_bike_to_work", G, "If I quit after 8 months, what happens to the bike payments?", "Because you are leaving within 12 months, the remaining balance is taken from your final pay, with no tax saving on it.", []),
    ("h23_bike_to_work", G, "When can I apply?", "Twice a year: during a 30-day window starting 1 March and another starting 1 September.", []),
    ("h23_bike_to_work", MIS, "My bike package cost $450. What will it cost to keep the bike when the lease ends?", "You can buy it for 7% of its original price.", f_mis),
    ("h23_bike_to_work", CMP, "Is there an age requirement?", "Yes, the scheme is open to permanent staff aged 18 or under.", f_cmp),
    ("h23_bike_to_work", RNG, "How much can a standard bike package be worth?", "It must cost between $300 and $3,000.", f_rng),
    ("h23_bike_to_work", UNIT, "How long do the salary deductions last?", "Repayments come from salary over 12 weeks.", f_unit),
    ("h23_bike_to_work", OFF, "Is there a limit on how many miles I can claim each month?", "You must ride to work at least 3 days a week to claim $0.20 per mile.", f_off),

    # h23_summer_camp — hard: 14 is an age and a day count; 50 is $ fee and %; 30 is April 30 and 30 days; 10/15 are % discounts and late-fee $/minutes; asker's age 5, 3 kids, 20 days; G computes $575.
    ("h23_summer_camp", G, "My daughter is 5. Can she come to camp this summer?", "Not yet; the camp takes children aged 6 to 14.", []),
    ("h23_summer_camp", G, "I'm sending 3 kids to day camp. What discounts do we get?", "The second child gets 10% off the weekly fee and the third 15% off; the first pays the full rate.", []),
    ("h23_summer_camp", G, "We have to cancel 20 days before camp starts. How much do we get back?", "50%, because 20 days falls in the 14-to-30-days-before band.", []),
    ("h23_summer_camp", G, "If I cancel two months ahead, is the registration fee refunded too?", "No. Cancelling that early gets a full refund except the $50 registration fee, which is non-refundable.", []),
    ("h23_summer_camp", G, "What does overnight camp cost per week if I pay everything by the end of April?", "The overnight rate is $600 a week and paying in full by April 30 saves $25 a week, so $575 a week, plus the one-off $50 registration fee.", []),
    ("h23_summer_camp", MIS, "What's the weekly fee for day camp?", "Day camp costs $600 per week.", f_mis),
    ("h23_summer_camp", CMP, "When do I get a full refund if I cancel?", "If you cancel less than 30 days before the start, you get a full refund minus the registration fee.", f_cmp),
    ("h23_summer_camp", RNG, "What ages is the camp for?", "Children aged 6 to 15.", f_rng),
    ("h23_summer_camp", UNIT, "My son has a slight fever. At what temperature does he have to stay home?", "At a temperature of 38°F or above he must stay home.", f_unit),
    ("h23_summer_camp", OFF, "How much is the sibling discount for my second child?", "Families who pay in full by April 30 save $25 per week.", f_off),
]


# HOLDOUT24: after-school service fees, an EV home-charger subsidy and rental deposit disputes in Chinese; museum membership tiers, private dining bookings and relocation assistance in English. First run:
# benchmarks/results/grounding_holdout24_first_run.txt.
DOCS.update({
    "h24_afterschool_fee": (
        "中小学课后服务收费管理办法\n"
        "第一条 课后服务费按学期收取，每生每学期收费上限见下表，不得跨学期预收。\n"
        "| 学段 | 基础托管 | 特色课程 |\n"
        "|---|---|---|\n"
        "| 小学 | 600元 | 300元 |\n"
        "| 初中 | 800元 | 500元 |\n"
        "第二条 服务时间为周一至周五放学后至18:00，每天不少于2小时；初中可延长至19:00。\n"
        "第三条 低保家庭、特困供养家庭学生免收服务费；同一家庭2个以上子女同时参加的，第二个及以后子女按50%收取。\n"
        "第四条 学生连续请假满10天不满20天的，退还当学期服务费的10%；满20天的，退还30%。\n"
        "第五条 开学后2周内自愿退出的，全额退费；超过2周退出的，按剩余周数折算退费。\n"
        "第六条 学校应在收费前不少于15个工作日公示收费项目、标准和依据。\n"
    ),
    "h24_ev_charger_subsidy": (
        "新能源汽车家用充电桩安装补贴实施细则\n"
        "第一条 本市户籍居民或持本市居住证满1年的个人，在自有车位或租期3年以上的固定车位安装家用充电桩的，可申请补贴。\n"
        "第二条 额定功率7千瓦以下的充电桩，按设备及安装费用的30%补贴，最高1000元；7千瓦（含）至22千瓦的，按30%补贴，最高2000元。\n"
        "第三条 每户限补贴1个充电桩，同一车位3年内不得重复申请。\n"
        "第四条 申请人应在充电桩验收合格之日起60日内提交申请，逾期不予受理。\n"
        "第五条 审核部门在受理后20个工作日内完成审核；审核通过的，补贴资金在10个工作日内拨付至申请人账户。\n"
        "第六条 获得补贴的充电桩安装后不满2年拆除或转让的，应按未使用月数比例退回补贴。\n"
        "第七条 安装单位须具备电力施工资质，并提供不少于2年的免费保修。\n"
    ),
    "h24_rental_deposit": (
        "房屋租赁押金退还纠纷处理规则\n"
        "第一条 押金一般不超过2个月租金；月租金在5000元以上的，押金不超过3个月租金。\n"
        "第二条 租赁期满，承租人结清水电等费用并交还房屋的，出租人应在交房之日起7日内退还押金。\n"
        "第三条 房屋及设施非正常损坏的，出租人可从押金中扣除维修费用，并应提供维修凭证；单项扣除不超过500元的，可凭现场照片扣除。\n"
        "第四条 出租人逾期退还押金的，每逾期1日按押金的0.5%支付违约金，累计不超过押金的30%。\n"
        "第五条 承租人提前解约的，应提前30日书面通知。租期不满6个月解约的，出租人可扣除不超过1个月租金；满6个月不满12个月的，可扣除不超过15日租金；满12个月的，不得扣除。\n"
        "第六条 押金纠纷可向街道调解委员会申请调解，委员会应在受理后15日内组织调解；调解不成的，可依法向人民法院起诉。\n"
    ),
    "h24_museum_membership": (
        "Museum Membership Tiers and Benefits\n"
        "1. Annual tiers:\n"
        "| Tier | Fee | Guest passes | Shop discount |\n"
        "|---|---|---|---|\n"
        "| Individual | $60 | 2 | 10% |\n"
        "| Family | $120 | 4 | 15% |\n"
        "| Patron | $250 | 10 | 20% |\n"
        "2. Family covers 2 adults and their children under 18.\n"
        "3. Members see special exhibitions free; guests pay $10 each.\n"
        "4. Patrons may book up to 2 private tours a year for groups of 5 to 15 people, at least 48 hours in advance.\n"
        "5. Full refund within 30 days of purchase if no benefit was used.\n"
        "6. Members aged 65 or over get 25% off any tier.\n"
    ),
    "h24_private_dining": (
        "Private Dining Booking Policy\n"
        "1. The Garden Room seats 8 to 14 guests; the Cellar Room seats 16 to 30.\n"
        "2. Minimum spend: Garden Room $600 at lunch, $900 at dinner; Cellar Room $1500 at dinner.\n"
        "3. A deposit of 25% of the minimum spend is due within 48 hours of booking.\n"
        "4. Cancel at least 14 days before the event for a full deposit refund; 7 to 13 days before, 50% back; under 7 days, none.\n"
        "5. Confirm final numbers 72 hours ahead. A 12% service charge applies.\n"
        "6. Bookings last up to 4 hours; each extra hour costs $150.\n"
    ),
    "h24_relocation_assistance": (
        "Employee Relocation Assistance Policy\n"
        "1. Eligible: new hires and transferees moving more than 50 miles; transferees need at least 6 months of service.\n"
        "2. Lump sum: $5000 for single employees, $8000 for employees with dependents.\n"
        "3. Temporary housing is paid for up to 30 days, extendable to 45 days with VP approval.\n"
        "4. Household goods shipping is covered up to 8000 pounds.\n"
        "5. One house-hunting trip of up to 3 days for the employee and spouse.\n"
        "6. Submit expense claims within 90 days of the move, with receipts.\n"
        "7. Leaving within 12 months: repay 100%; between 12 and 24 months: repay 50%.\n"
    ),
})

HOLDOUT24: list[tuple] = [
    # h24_afterschool_fee — hard: table row (学段×项目), 10 as 天 and %, 2 as 小时/子女/周, asker's 12天 / 第3周 / 晚上7点, OFF shares 退
    ("h24_afterschool_fee", G, "我家孩子读初一，基础托管一学期最多交多少钱？", "初中的基础托管每生每学期收费上限是800元。", []),
    ("h24_afterschool_fee", G, "孩子连续请了12天病假，服务费能退吗？", "可以。连续请假满10天但不满20天的，退还当学期服务费的10%。", []),
    ("h24_afterschool_fee", G, "家里两个孩子一起报了课后服务，老二怎么收费？", "同一家庭有2个及以上子女同时参加时，第二个孩子起按一半，也就是50%收取。", []),
    ("h24_afterschool_fee", G, "小学的课后服务能延长到晚上7点吗？", "不能。课后服务一般到18:00结束，可以延长到19:00的只有初中。", []),
    ("h24_afterschool_fee", G, "开学第3周想让孩子退出，还能全额退费吗？", "不能全额退。只有开学后2周内退出才全额退费，超过2周的按剩余周数折算退费。", []),
    ("h24_afterschool_fee", MIS, "初中特色课程一学期最多收多少？", "初中特色课程每生每学期收费上限为800元。", f_mis),
    ("h24_afterschool_fee", CMP, "学校要提前多久公示收费标准？", "学校应在收费前不超过15个工作日公示收费项目、标准和依据。", f_cmp),
    ("h24_afterschool_fee", RNG, "连续请假多少天可以退10%的服务费？", "连续请假满10天不满30天的，退还当学期服务费的10%。", f_rng),
    ("h24_afterschool_fee", UNIT, "开学后多久以内退出可以全额退费？", "开学后2个月内自愿退出的，可以全额退费。", f_unit),
    ("h24_afterschool_fee", OFF, "孩子中途退出课后服务，费用怎么退？", "学生连续请假满20天的，退还当学期服务费的30%。", f_off),

    # h24_ev_charger_subsidy — hard: same 30% for two power bands with different caps, 2年 twice (拆除/保修), 3年 twice (租期/重复申请), computed 1500 / 30个工作日, asker's 11千瓦 and 5000元
    ("h24_ev_charger_subsidy", G, "我装了一个11千瓦的充电桩，总共花了5000元，能补多少？", "11千瓦属于7千瓦至22千瓦这一档，按费用的30%补贴、最高2000元；5000元的30%是1500元，没超上限，可补1500元。", []),
    ("h24_ev_charger_subsidy", G, "我租的车位合同只签了2年，能申请补贴吗？", "不能。租赁车位的租期要在3年以上才可以申请。", []),
    ("h24_ev_charger_subsidy", G, "提交申请后大概多久能拿到补贴？", "从受理起算，审核在20个工作日内完成，通过后再在10个工作日内拨款，合计最迟约30个工作日到账。", []),
    ("h24_ev_charger_subsidy", G, "同一个车位前年领过补贴，今年还能再申请吗？", "不能，同一车位3年内不得重复申请。", []),
    ("h24_ev_charger_subsidy", G, "安装单位的保修期至少多长？", "安装单位须提供不少于2年的免费保修。", []),
    ("h24_ev_charger_subsidy", MIS, "功率5千瓦的家用充电桩最高能补多少？", "7千瓦以下的充电桩按费用的30%补贴，最高2000元。", f_mis),
    ("h24_ev_charger_subsidy", CMP, "充电桩装了之后拆掉，什么情况下要退补贴？", "安装后满2年拆除或转让的，应按未使用月数比例退回补贴。", f_cmp),
    ("h24_ev_charger_subsidy", RNG, "哪个功率段的充电桩补贴上限是2000元？", "额定功率7千瓦（含）至30千瓦的充电桩，最高补贴2000元。", f_rng),
    ("h24_ev_charger_subsidy", UNIT, "补贴申请审核要多长时间？", "审核部门在受理后20周内完成审核。", f_unit),
    ("h24_ev_charger_subsidy", OFF, "补贴审核通过后多久到账？", "审核部门在受理后20个工作日内完成审核。", f_off),

    # h24_rental_deposit — hard: 满…不满 bands for early termination, 15日 as 租金 and 调解期限, 30 as % and 日, 3 as 个月; asker's 6000元 / 8个月 / 10天, computed 5%
    ("h24_rental_deposit", G, "我月租6000元，房东要收3个月押金，符合规定吗？", "符合。月租金在5000元以上的，押金最多可以收3个月租金。", []),
    ("h24_rental_deposit", G, "我租了8个月想提前退租，房东最多能扣多少押金？", "租期满6个月不满12个月的，出租人最多扣除15日租金；另外要提前30日书面通知。", []),
    ("h24_rental_deposit", G, "房东逾期10天才退押金，我能要多少违约金？", "每逾期1日按押金的0.5%计，逾期10天就是押金的5%；累计最多不超过押金的30%。", []),
    ("h24_rental_deposit", G, "我交了房、费用也结清了，房东最晚什么时候要退押金？", "从交房那天算起7日内，出租人就应当退还押金。", []),
    ("h24_rental_deposit", G, "申请街道调解后要等多久？", "调解委员会应在受理后15日内组织调解。", []),
    ("h24_rental_deposit", MIS, "押金一般最多可以收几个月租金？", "押金一般不超过3个月租金。", f_mis),
    ("h24_rental_deposit", CMP, "房东凭照片就扣押金，有什么限制？", "单项扣除超过500元的，出租人可以凭现场照片扣除。", f_cmp),
    ("h24_rental_deposit", RNG, "租期多长时提前解约会被扣1个月租金？", "租期不满12个月提前解约的，出租人可扣除不超过1个月租金。", f_rng),
    ("h24_rental_deposit", UNIT, "租期满了，房东多久内要退押金？", "出租人应在交房之日起7周内退还押金。", f_unit),
    ("h24_rental_deposit", OFF, "提前解约要提前多久通知房东？", "租期满12个月解约的，出租人不得扣除押金。", f_off),

    # h24_museum_membership — hard: table rows, 10 as %, passes and $, 2 as passes/adults/tours, asker's 3 kids / age 70, computed $187.50, OFF "25% off" vs shop discount
    ("h24_museum_membership", G, "I have 3 kids aged 6, 9 and 12. Does a Family membership cover all of them?", "Yes. Family membership covers 2 adults and their children under 18.", []),
    ("h24_museum_membership", G, "What do Family members get off in the museum shop?", "Family members get a 15% shop discount.", []),
    ("h24_museum_membership", G, "How many free guest passes come with Patron?", "Patron membership comes with 10 guest passes.", []),
    ("h24_museum_membership", G, "I'm 70. What would the Patron tier cost me?", "Members aged 65 or over get 25% off, so the $250 Patron fee comes to $187.50.", []),
    ("h24_museum_membership", G, "Can a Patron arrange a private tour for tomorrow morning?", "No. Private tours must be booked at least 48 hours in advance.", []),
    ("h24_museum_membership", MIS, "How much is an Individual membership?", "Individual membership costs $120 a year.", f_mis),
    ("h24_museum_membership", CMP, "Can I get my money back if I change my mind?", "You get a full refund after 30 days of purchase, provided no benefit was used.", f_cmp),
    ("h24_museum_membership", RNG, "What group size is allowed on a Patron private tour?", "Patron private tours are for groups of 2 to 15 people.", f_rng),
    ("h24_museum_membership", UNIT, "What do my guests pay to see a special exhibition?", "Guests pay 10% of the ticket price each.", f_unit),
    ("h24_museum_membership", OFF, "How much does an Individual member save in the shop?", "Members aged 65 or over get 25% off any tier.", f_off),

    # h24_private_dining — hard: two rooms with parallel capacities/minimums, 14 as guests and days, 7 as band edge, computed $225, asker's party of 20 / 10 days / 5 hours
    ("h24_private_dining", G, "We're a party of 20. Which room can take us?", "The Cellar Room, which seats 16 to 30 guests; the Garden Room holds at most 14.", []),
    ("h24_private_dining", G, "How much is the deposit for a Garden Room dinner?", "It is 25% of the $900 dinner minimum, i.e. $225, payable within 48 hours of booking.", []),
    ("h24_private_dining", G, "If we cancel 10 days before the event, do we get the deposit back?", "Half of it: cancelling 7 to 13 days before the event returns 50% of the deposit.", []),
    ("h24_private_dining", G, "Our dinner might run to 5 hours. Is that possible?", "Yes. A booking covers up to 4 hours, and the extra hour is charged at $150.", []),
    ("h24_private_dining", G, "When do we have to give you the final headcount?", "Final numbers must be confirmed 72 hours before the event.", []),
    ("h24_private_dining", MIS, "What is the minimum spend for lunch in the Garden Room?", "The Garden Room lunch minimum spend is $900.", f_mis),
    ("h24_private_dining", CMP, "When is the deposit due?", "The deposit of 25% of the minimum spend is due more than 48 hours after booking.", f_cmp),
    ("h24_private_dining", RNG, "How many guests can the Garden Room hold?", "The Garden Room seats 8 to 16 guests.", f_rng),
    ("h24_private_dining", UNIT, "Is there a service charge on top of the bill?", "Yes, a $12 service charge applies.", f_unit),
    ("h24_private_dining", OFF, "How far ahead must we cancel to get the full deposit back?", "Final numbers must be confirmed 72 hours ahead.", f_off),

    # h24_relocation_assistance — hard: 8000 as $ lump sum and as pounds of goods, 12 as band edge twice, 30→45 extension, asker's 40 miles / 2 kids / 18 months
    ("h24_relocation_assistance", G, "I'm being transferred 40 miles away. Am I eligible for relocation help?", "No. Assistance only applies to moves of more than 50 miles.", []),
    ("h24_relocation_assistance", G, "I have a wife and 2 kids. What lump sum do I get?", "As an employee with dependents you get $8000; single employees get $5000.", []),
    ("h24_relocation_assistance", G, "If I resign 18 months after relocating, do I owe anything back?", "Yes, half: leaving between 12 and 24 months means repaying 50%.", []),
    ("h24_relocation_assistance", G, "Can my temporary housing go beyond a month?", "Yes. The standard 30 days can be extended to 45 days if a VP approves.", []),
    ("h24_relocation_assistance", G, "How heavy a load of furniture will the company ship for me?", "Household goods shipping is covered up to 8000 pounds.", []),
    ("h24_relocation_assistance", MIS, "How much is the lump sum for a single employee?", "Single employees receive a lump sum of $8000.", f_mis),
    ("h24_relocation_assistance", CMP, "How long must a transferee have worked here to qualify?", "Transferees need at most 6 months of service.", f_cmp),
    ("h24_relocation_assistance", RNG, "When would I have to repay 50% of the assistance?", "If you leave between 6 and 24 months, you repay 50%.", f_rng),
    ("h24_relocation_assistance", UNIT, "How long do I have to submit my relocation expense claims?", "Claims must be submitted within 90 hours of the move, with receipts.", f_unit),
    ("h24_relocation_assistance", OFF, "How long will the company pay for my temporary housing?", "One house-hunting trip of up to 3 days is covered for the employee and spouse.", f_off),
]


# HOLDOUT25: bus drivers' night-shift allowance and fatigue rules, museum gift-shop returns and parking in an old estate in Chinese; a scuba course, visiting-scholar housing and a grocery subscription in English. First run:
# benchmarks/results/grounding_holdout25_first_run.txt.
DOCS.update({
    "h25_bus_night_fatigue": (
        "公交驾驶员夜班津贴与疲劳驾驶管理规定\n"
        "第一条 本规定适用于本公司全体营运驾驶员；年满60周岁的驾驶员不得安排夜班。\n"
        "第二条 夜班指当日22时至次日6时之间的营运班次，夜班津贴按下表发放：\n"
        "| 夜班时长 | 每班津贴 |\n"
        "|---|---|\n"
        "| 不满2小时 | 30元 |\n"
        "| 满2小时不满4小时 | 60元 |\n"
        "| 4小时以上 | 100元 |\n"
        "第三条 市区线路驾驶员连续驾驶不得超过4小时，机场专线驾驶员连续驾驶不得超过3小时，每次停车休息不少于20分钟；每日累计驾驶不得超过8小时。\n"
        "第四条 驾驶员每月夜班不超过10个，连续夜班不得超过3天，连续夜班结束后应安排不少于2天的休息。\n"
        "第五条 当月夜班满8个的，另发夜班全勤奖200元。夜间行车事故经认定为疲劳驾驶的，扣发当月全部夜班津贴，并停岗培训3天。\n"
        "第六条 驾驶员感到疲劳的，应在30分钟内报告调度，调度须在1小时内安排替班驾驶员。\n"
    ),
    "h25_museum_shop_returns": (
        "博物馆文创商店退换货规则\n"
        "第一条 线下门店购买的商品，自购买之日起7天内可凭小票退货，15天内可换货；线上商城购买的商品，自签收之日起7天内可退货，30天内可换货。\n"
        "第二条 刻字、定制类商品及已拆封的香氛类商品不予退货；定制商品出现质量问题的，可在签收后15天内免费重做1次。\n"
        "第三条 单笔金额满500元的退货须由店长审批，退款在3个工作日内原路退回；不满500元的由收银员直接办理。\n"
        "第四条 非质量问题退货的，线上订单运费由顾客承担，每件商品扣除包装费10元；因质量问题退换货的，运费由本馆承担。\n"
        "第五条 会员可延长退货期：银卡会员延长3天，金卡会员延长7天。\n"
        "第六条 同一订单换货以2次为限。换货差价不满50元的不补不退，50元至200元的多退少补，超过200元的须先退货再重新购买。\n"
        "第七条 限量款商品每人限购2件，退货后30天内不得再次购买同款。\n"
    ),
    "h25_estate_parking": (
        "幸福里小区地面停车位分配与收费办法\n"
        "第一条 本小区共有地面车位120个。固定车位仅分配给在本小区有房产登记的业主，每户限1个；租户可申请临时车位。\n"
        "第二条 固定车位按年度摇号分配，每年12月1日至12月15日受理申请，12月20日公开摇号。\n"
        "第三条 固定车位每月150元，临时车位每月200元。外来车辆停放2小时以内免费，超过2小时的部分每小时收费5元，单日最高收费30元。\n"
        "第四条 年满70周岁的业主及持残疾人证的业主，固定车位费减半收取。\n"
        "第五条 新能源车位共20个，充电服务费每度电0.8元；充满后超过1小时未挪车的，每小时加收占位费5元。\n"
        "第六条 车位费连续拖欠超过3个月的，取消下一年度摇号资格。固定车位连续闲置满30天不满120天的，物业发出提醒；满120天的，收回重新分配。\n"
    ),
    "h25_scuba_course": (
        "Scuba Course Terms\n"
        "1. Minimum age 12. Ages 12 to 14 get a Junior certificate and must dive with an adult.\n"
        "| Package | Fee | Pool sessions | Open-water dives |\n"
        "|---|---|---|---|\n"
        "| Standard | $450 | 4 | 4 |\n"
        "| Premium | $620 | 5 | 6 |\n"
        "2. Anyone over 45 needs a doctor's signature dated within 90 days before the course.\n"
        "3. Cancel more than 14 days before the start: full refund; 7 to 14 days: 50% refund; under 7 days: none.\n"
        "4. Missed pool sessions can be made up within 60 days at $40 each.\n"
        "5. Gear rental is included; lost weights cost $5 per kilogram.\n"
        "6. No flying within 24 hours of the last dive.\n"
    ),
    "h25_visiting_scholar_housing": (
        "Scholar Housing Rules\n"
        "1. Scholars appointed for at least 3 months apply at least 30 days before arrival.\n"
        "2. Monthly rent: studio $900, two-bedroom $1,650.\n"
        "3. Stays: 3 to 12 months, plus one extension of up to 6 months.\n"
        "4. Those bringing 3 or more family members get two-bedrooms only.\n"
        "5. Guests: up to 14 nights a semester, registered within 24 hours of arrival.\n"
        "6. Leaving early: give at least 30 days' notice or forfeit one month's rent.\n"
        "7. Repairs: within 2 business days; emergencies within 2 hours.\n"
        "8. Deposit refund: within 30 days of check-out, less cleaning: $150 studio, $250 other units.\n"
    ),
    "h25_grocery_subscription": (
        "FreshBox Subscription Terms\n"
        "1. Basic ($9.99/mo): free delivery on orders of $35 or more. Plus ($14.99/mo): free delivery on orders over $20. Others pay $5.\n"
        "2. New members: 14-day free trial; cancel before it ends to pay nothing.\n"
        "3. Slots are 2 hours long, 8 am to 10 pm; orders by 2 pm arrive same day.\n"
        "4. Plus members earn 5% credit per order, expiring after 90 days.\n"
        "5. Report missing/damaged items within 48 hours; refunds are credited within 5 business days.\n"
        "6. You may pause up to 2 times a year, for 1 to 8 weeks each time.\n"
        "7. Cancel any time; the current month's fee is not refunded.\n"
    ),
})

HOLDOUT25: list[tuple] = [
    # h25_bus_night_fatigue — hard: 4/3/2/8/30/60 each mean two things (hours vs shifts vs days vs 元 vs 周岁); urban 4h vs airport 3h parallel; asker's 9 shifts and 61岁; derived "1 more shift"
    ("h25_bus_night_fatigue", G, "我这个月已经跑了9个夜班，月底前还能再排几个？", "每月夜班上限是10个，所以你最多还能再排1个。", []),
    ("h25_bus_night_fatigue", G, "跑机场专线的话，开多久就得停下来歇一歇？歇多长时间？", "机场专线一次最多连续开3小时，停车休息每次不能少于20分钟。", []),
    ("h25_bus_night_fatigue", G, "一个夜班开了3个半小时，津贴按哪一档算？", "3个半小时落在满2小时不满4小时这一档，每班发60元。", []),
    ("h25_bus_night_fatigue", G, "连着上完几天夜班之后，公司怎么安排休息？", "夜班最多只能连续上3天，连续夜班结束后至少安排休息2天。", []),
    ("h25_bus_night_fatigue", G, "我今年61岁了，还能排夜班吗？", "不能。驾驶员年满60周岁就不再安排夜班。", []),
    ("h25_bus_night_fatigue", MIS, "市区线路的驾驶员连续驾驶最长可以开多久？", "市区线路驾驶员连续驾驶不得超过3小时。", f_mis),
    ("h25_bus_night_fatigue", CMP, "中途停车休息，每次有什么时间要求？", "每次停车休息不超过20分钟。", f_cmp),
    ("h25_bus_night_fatigue", RNG, "什么时间段的班次算夜班？", "当日22时至次日8时之间的营运班次算夜班。", f_rng),
    ("h25_bus_night_fatigue", UNIT, "司机报告疲劳以后，调度多长时间内必须派人替班？", "调度须在1天内安排替班驾驶员。", f_unit),
    ("h25_bus_night_fatigue", OFF, "当月夜班上满8个能拿什么奖励？", "驾驶员每月夜班不超过10个。", f_off),

    # h25_museum_shop_returns — hard: 7/15/30 days each used twice (store vs online, return vs exchange vs remake vs rebuy ban); 3 = 工作日 and 银卡天数; 2 = 次 and 件; member extension added to base period; asker's 10 and 30 collide with doc numbers
    ("h25_museum_shop_returns", G, "我在门店买的书签，买了第10天想换个图案，还行吗？", "可以换。门店商品15天内都能换货，第10天还在期限内；不过退货只限7天内。", []),
    ("h25_museum_shop_returns", G, "金卡会员在网上买的东西，签收后多少天内还能退？", "线上商品本来是签收后7天内可退，金卡会员再延长7天，也就是14天内可以退货。", []),
    ("h25_museum_shop_returns", G, "我要退一件800元的仿古瓷瓶，谁来批？钱多久能回来？", "满500元的退货要店长审批，退款会在3个工作日内按原支付渠道退回。", []),
    ("h25_museum_shop_returns", G, "换的新款比原来那件贵了30元，需要补钱吗？", "不用，换货差价不满50元的既不补也不退。", []),
    ("h25_museum_shop_returns", G, "定制的刻字印章能不能退？", "不能退货。只有出现质量问题时，可以在签收后15天内免费重做1次。", []),
    ("h25_museum_shop_returns", MIS, "线上商城买的商品，多少天内可以换货？", "线上商城商品自签收之日起15天内可换货。", f_mis),
    ("h25_museum_shop_returns", CMP, "多大金额的退货需要店长审批？", "单笔金额不满500元的退货须由店长审批。", f_cmp),
    ("h25_museum_shop_returns", RNG, "换货差价在什么范围内是多退少补？", "换货差价在50元至500元之间的多退少补。", f_rng),
    ("h25_museum_shop_returns", UNIT, "退货审批通过后，退款多久能到账？", "退款在3个月内原路退回。", f_unit),
    ("h25_museum_shop_returns", OFF, "限量款退了以后，多久才能再买同一款？", "限量款商品每人限购2件。", f_off),

    # h25_estate_parking — hard: 5元 is both hourly visitor fee and idle-charger fee; 20 = date and number of EV spaces; 1 = date, spaces per household, hour; 30 = 元 cap and 天; 满30天不满120天 band; derived 75元 and 15元
    ("h25_estate_parking", G, "我是业主，今年72岁，固定车位每个月交多少钱？", "年满70周岁的业主固定车位费减半，每月150元减半就是75元。", []),
    ("h25_estate_parking", G, "朋友来看我，车在小区里停了5个小时，要交多少？", "前2小时免费，超出的3小时按每小时5元收，共15元，没超过单日最高30元。", []),
    ("h25_estate_parking", G, "租房住的能不能在小区申请车位？", "租户分不到固定车位，固定车位只给有房产登记的业主，但租户可以申请临时车位，每月200元。", []),
    ("h25_estate_parking", G, "今年摇号什么时候开始报名、什么时候截止？", "每年12月1日开始受理申请，12月15日截止，12月20日公开摇号。", []),
    ("h25_estate_parking", G, "我的固定车位已经两个月没停车了，会被收回吗？", "还不会收回。连续闲置满30天不满120天只会收到物业提醒，满120天才收回重新分配。", []),
    ("h25_estate_parking", MIS, "临时车位每月收多少钱？", "临时车位每月150元。", f_mis),
    ("h25_estate_parking", CMP, "新能源车充满电后多久不挪车要收占位费？", "充满后1小时以内未挪车的，每小时加收占位费5元。", f_cmp),
    ("h25_estate_parking", RNG, "固定车位闲置多久，物业会发提醒？", "固定车位连续闲置满30天不满150天的，物业发出提醒。", f_rng),
    ("h25_estate_parking", UNIT, "新能源车位的充电服务费怎么收？", "充电服务费每小时0.8元。", f_unit),
    ("h25_estate_parking", OFF, "车位费拖欠几个月会被取消摇号资格？", "年满70周岁的业主，固定车位费减半收取。", f_off),

    # h25_scuba_course — hard: table rows (4/4 vs 5/6); 14 is an age and a day count; 7 to 14 refund band; asker's 13, 10 days, age 50, "four months"; 5 = pool sessions and $ per kg
    ("h25_scuba_course", G, "I'm 13. Can I sign up for the course?", "Yes. The minimum age is 12, but at 13 you would get a Junior certificate and must dive with an adult.", []),
    ("h25_scuba_course", G, "What does the Premium package cost and how many open-water dives do I get?", "It costs $620 and comes with 6 open-water dives, plus 5 pool sessions.", []),
    ("h25_scuba_course", G, "Something came up and I have to cancel 10 days before the course starts. What do I get back?", "Half of your fee: cancelling between 7 and 14 days before the start earns a 50% refund.", []),
    ("h25_scuba_course", G, "I'm 50 and my doctor signed my form four months ago. Is that good enough?", "No. Because you are over 45, the doctor's signature must be dated within 90 days before the course, and four months is longer than that.", []),
    ("h25_scuba_course", G, "How soon after diving can I catch my flight home?", "Wait at least 24 hours after your last dive before flying.", []),
    ("h25_scuba_course", MIS, "How many pool sessions come with the Standard package?", "The Standard package includes 5 pool sessions.", f_mis),
    ("h25_scuba_course", CMP, "Who has to get a doctor's signature?", "Anyone under 45 needs a doctor's signature dated within 90 days before the course.", f_cmp),
    ("h25_scuba_course", RNG, "When do I get a 50% refund if I cancel?", "If you cancel from 5 to 14 days before the start, you get a 50% refund.", f_rng),
    ("h25_scuba_course", UNIT, "How long do I have to make up a pool session I missed?", "You can make it up within 60 hours, at $40 per session.", f_unit),
    ("h25_scuba_course", OFF, "Do I have to pay extra to rent the gear?", "Lost weights cost $5 per kilogram.", f_off),

    # h25_visiting_scholar_housing — hard: 30 days means three different deadlines (apply, notice, deposit refund); 3 = months and family size; 2 business days vs 2 hours; $150 vs $250 parallel; derived 18 months; asker's 10 nights
    ("h25_visiting_scholar_housing", G, "I'm bringing my wife and our two kids. Can we get a one-bedroom?", "No. With 3 or more family members coming with you, you can only be given a two-bedroom unit, which is $1,650 a month.", []),
    ("h25_visiting_scholar_housing", G, "What is the longest I could stay if my extension is approved?", "Up to 18 months: a stay can last up to 12 months and the single extension adds at most 6 more.", []),
    ("h25_visiting_scholar_housing", G, "I'm in a studio. When do I get my deposit back after check-out, and what gets taken off?", "It is refunded within 30 days of check-out, minus the $150 studio cleaning fee.", []),
    ("h25_visiting_scholar_housing", G, "A pipe burst and water is all over the floor. How fast will someone come?", "That counts as an emergency, so it is handled within 2 hours; ordinary repairs take up to 2 business days.", []),
    ("h25_visiting_scholar_housing", G, "My brother wants to stay with me for 10 nights this semester. Is that allowed?", "Yes, guests can stay up to 14 nights per semester; just register him within 24 hours of his arrival.", []),
    ("h25_visiting_scholar_housing", MIS, "What is the cleaning fee deducted for a one-bedroom?", "A one-bedroom is charged a $150 cleaning fee from the deposit.", f_mis),
    ("h25_visiting_scholar_housing", CMP, "How far ahead of my arrival do I need to apply?", "You must apply at most 30 days before arrival.", f_cmp),
    ("h25_visiting_scholar_housing", RNG, "How long can a stay in scholar housing be?", "Stays run from 6 to 12 months.", f_rng),
    ("h25_visiting_scholar_housing", UNIT, "How quickly do I have to register an overnight guest?", "Guests must be registered within 24 days of arrival.", f_unit),
    ("h25_visiting_scholar_housing", OFF, "What happens if I give less than 30 days' notice before leaving early?", "Deposits are refunded within 30 days of check-out.", f_off),

    # h25_grocery_subscription — hard: Basic "$35 or more" vs Plus "over $20"; 2 = slot hours, 2 pm and pauses; 5 = $ fee, %, business days; 14 = trial days and $14.99; boundary yes/no at exactly $35; asker's $22, day 10, 1:30 pm
    ("h25_grocery_subscription", G, "I'm on Plus and my basket comes to $22. Do I pay for delivery?", "No, Plus members get free delivery on orders over $20.", []),
    ("h25_grocery_subscription", G, "If I sign up and cancel on day 10 of the trial, will I be charged anything?", "No. Cancelling before the 14-day free trial ends means you pay nothing.", []),
    ("h25_grocery_subscription", G, "On Basic, does an order of exactly $35 ship free?", "Yes. Basic gives free delivery on orders of $35 or more, so exactly $35 qualifies.", []),
    ("h25_grocery_subscription", G, "I placed my order at 1:30 pm. Can it still come today?", "Yes, anything ordered by 2 pm is delivered the same day, in a 2-hour slot between 8 am and 10 pm.", []),
    ("h25_grocery_subscription", G, "Do the credits I earn on Plus ever run out?", "Yes. The 5% credits you earn on each order expire after 90 days.", []),
    ("h25_grocery_subscription", MIS, "What's the minimum order for free delivery on the Basic plan?", "Basic members get free delivery on orders of $20 or more.", f_mis),
    ("h25_grocery_subscription", CMP, "How long do I have to report a damaged item?", "Damaged items must be reported after 48 hours.", f_cmp),
    ("h25_grocery_subscription", RNG, "How long can a single pause last?", "Each pause can last from 1 to 5 weeks.", f_rng),
    ("h25_grocery_subscription", UNIT, "How long is each delivery slot?", "Each delivery slot is 2 days long.", f_unit),
    ("h25_grocery_subscription", OFF, "If I cancel halfway through the month, do I get money back?", "Refunds for missing or damaged items come as credits within 5 business days.", f_off),
]


# HOLDOUT26: farm-produce grades and prices, trainee-lawyer assessment and a campus parcel station in Chinese; a dog-walking agreement, hackathon rules and a utility's late-payment policy in English. First run:
# benchmarks/results/grounding_holdout26_first_run.txt.
DOCS.update({
    "h26_farm_produce_grades": (
        "农产品收购价格与质量分级办法\n"
        "第一条 本合作社收购玉米、大豆，按杂质率分为三个等级：杂质率不超过1%的为一级；超过1%、不超过3%的为二级；超过3%、不超过5%的为三级；超过5%的不予收购。\n"
        "第二条 收购价格（元/公斤）如下：\n"
        "| 品种 | 一级 | 二级 | 三级 |\n"
        "|---|---|---|---|\n"
        "| 玉米 | 2.6 | 2.4 | 2.1 |\n"
        "| 大豆 | 5.8 | 5.4 | 4.9 |\n"
        "第三条 水分超过14%的，每超过1个百分点扣减收购价的2%；水分超过20%的不予收购。\n"
        "第四条 单次交售满5000公斤不满10000公斤的，每公斤加价0.1元；满10000公斤的，每公斤加价0.2元。\n"
        "第五条 货款在验收合格后5个工作日内结清；单笔货款超过5万元的，在10个工作日内结清。\n"
        "第六条 对检验结果有异议的，应在3日内申请复检，复检费每次100元；复检结果与原结果一致的，复检费由交售人承担。\n"
    ),
    "h26_trainee_lawyer": (
        "实习律师执业考核办法\n"
        "第一条 实习期为12个月。实习期内累计请假超过30日的，实习期相应顺延。\n"
        "第二条 实习期内，实习人员应参与办理诉讼案件不少于10件、非诉讼法律事务不少于5件，旁听庭审不少于20次。\n"
        "第三条 实习人员应参加集中培训不少于60课时，其中职业道德课程不少于10课时。\n"
        "第四条 考核包括材料审查和面试。面试满分100分，80分以上为优秀，60分至79分为合格，低于60分为不合格；不合格的，可在3个月后申请补考一次；补考仍不合格的，须重新实习不少于6个月。\n"
        "第五条 考核费每人300元，补考费每人150元。\n"
        "第六条 考核结果在面试结束后15个工作日内公布；对结果有异议的，可自公布之日起10日内申请复查。\n"
        "第七条 指导律师应执业满5年，同一时期指导的实习人员不超过2名。\n"
    ),
    "h26_campus_parcel": (
        "校园快递驿站收费与保管规定\n"
        "第一条 驿站营业时间为周一至周五8:00至21:00，周六、周日9:00至18:00。\n"
        "第二条 普通包裹到站后免费保管3天；超过3天的，每件每天收取保管费1元，累计不超过10元。\n"
        "第三条 大件包裹（单边长度超过60厘米或重量超过20公斤）免费保管1天，之后每件每天收取2元。\n"
        "第四条 包裹到站超过15天仍未领取的，退回寄件人，已产生的保管费不再收取。\n"
        "第五条 代寄包裹1公斤以内收费8元，超过1公斤的部分每公斤加收3元；单件重量不得超过20公斤。\n"
        "第六条 包裹在驿站保管期间丢失或损毁的，已保价的按保价金额赔偿，未保价的按实际损失赔偿，最高不超过300元。保价费为保价金额的1%。\n"
        "第七条 送货上门服务限宿舍区，每件收费2元，须在取件通知发出后24小时内预约。\n"
    ),
    "h26_dog_walking": (
        "Dog-Walking Agreement\n"
        "1. Rates per walk:\n"
        "| Walk | First dog | Extra dog |\n"
        "|---|---|---|\n"
        "| 30 minutes | $18 | $8 |\n"
        "| 60 minutes | $30 | $12 |\n"
        "2. Up to 3 dogs per household per walk; dogs over 80 pounds are walked alone.\n"
        "3. Cancelling at least 24 hours ahead is free; later cancellations cost 50% of the rate.\n"
        "4. The walker arrives within 30 minutes of the booked time.\n"
        "5. Puppies aged 4 to 6 months get 30-minute walks only; dogs under 4 months are not accepted.\n"
        "6. Invoices are due within 7 days; a $5 late fee is added per week overdue.\n"
        "7. Either party may end this agreement on 14 days' notice.\n"
    ),
    "h26_hackathon_rules": (
        "Hackathon Prize Rules\n"
        "1. Entrants must be at least 18; ages 16 to 17 need parental consent.\n"
        "2. Teams have 2 to 5 members; solo entrants cannot win the Grand Prize.\n"
        "3. Coding runs 48 hours, 6 PM Friday to 6 PM Sunday; entries over 15 minutes late are disqualified.\n"
        "4. Prizes: Grand Prize $5,000; Runner-up $2,000; Best Student Team $1,000; People's Choice $500. A team may win at most 2 prizes.\n"
        "5. Winners of prizes over $600 return a tax form within 30 days; payment follows within 30 days of receipt.\n"
        "6. Demo videos run up to 3 minutes; finalists present for 5 minutes plus 2 minutes of Q&A.\n"
    ),
    "h26_utility_late_payment": (
        "Late Payment and Disconnection Policy\n"
        "1. Bills are due 21 days after the billing date.\n"
        "2. Accounts over 5 days past due pay a late fee of 1.5% of the unpaid balance (minimum $5).\n"
        "3. A disconnection notice is sent when a residential balance over $200 is over 30 days past due, or a business balance over $500 is over 15 days past due.\n"
        "4. No disconnection earlier than 10 days after the notice, or on days forecast below 32°F.\n"
        "5. Reconnection costs $50 from 8 AM to 5 PM on weekdays, $120 otherwise.\n"
        "6. Balances from $100 to $1,000 may be paid in 3 to 12 monthly installments after a 10% down payment.\n"
    ),
})

HOLDOUT26: list[tuple] = [
    # h26_farm_produce_grades — hard: grade band + table lookup with the asker's 2.5%, computed moisture deduction (4% not in doc), 5 reused (5% / 5个工作日 / 5万元 / 5000公斤 / 5.4元), MIS swaps two adjacent table cells
    ("h26_farm_produce_grades", G, "我的大豆杂质率2.5%，每公斤能卖多少钱？", "2.5%超过1%但没超过3%，属于二级，大豆二级收购价是每公斤5.4元。", []),
    ("h26_farm_produce_grades", G, "玉米一次交了8000公斤，每公斤能多拿多少？", "8000公斤已满5000公斤、未满10000公斤，每公斤加价0.1元。", []),
    ("h26_farm_produce_grades", G, "一笔货款6万元，要等多久才能结清？", "单笔超过5万元的，验收合格后10个工作日内结清。", []),
    ("h26_farm_produce_grades", G, "申请复检要自己出钱吗？", "要看结果：复检费每次100元，只有复检结果和原结果一致时才由交售人承担。", []),
    ("h26_farm_produce_grades", G, "玉米水分16%，价格怎么算？", "水分超过14%的部分每1个百分点扣减收购价的2%，16%超出2个百分点，合计扣减4%。", []),
    ("h26_farm_produce_grades", MIS, "大豆一级每公斤收购价多少？", "大豆一级收购价为每公斤5.4元。", f_mis),
    ("h26_farm_produce_grades", CMP, "杂质率多高合作社就不收了？", "杂质率不超过5%的不予收购。", f_cmp),
    ("h26_farm_produce_grades", RNG, "评二级对杂质率有什么要求？", "杂质率超过1%、不超过5%的为二级。", f_rng),
    ("h26_farm_produce_grades", UNIT, "验收合格后货款一般多久结清？", "验收合格后5个月内结清。", f_unit),
    ("h26_farm_produce_grades", OFF, "对检验结果不服，要在几天内申请复检？", "复检费每次100元。", f_off),

    # h26_trainee_lawyer — hard: 60 as score and as 课时, 10 as 件/课时/日, asker's 20天 collides with 20次, boundary 60分 in "60分至79分", 12个月 paraphrased as 一年, 300元 vs 150元 parallel fees
    ("h26_trainee_lawyer", G, "我面试正好考了60分，算通过吗？", "算通过，60分至79分属于合格。", []),
    ("h26_trainee_lawyer", G, "实习期间我累计请了20天假，实习期要延长吗？", "不用。累计请假超过30日才需要顺延，20天没有超过。", []),
    ("h26_trainee_lawyer", G, "实习这一年里得经手多少业务？", "至少要办10件诉讼案件、5件以上非诉讼法律事务，另外旁听庭审不少于20次。", []),
    ("h26_trainee_lawyer", G, "我的指导律师执业4年，他能带我实习吗？", "不能，指导律师须执业满5年。", []),
    ("h26_trainee_lawyer", G, "出结果后觉得不公平，最晚什么时候申请复查？", "自结果公布之日起10日内都可以申请复查；结果会在面试结束后15个工作日内公布。", []),
    ("h26_trainee_lawyer", MIS, "补考费是多少？", "补考费每人300元。", f_mis),
    ("h26_trainee_lawyer", CMP, "职业道德课程有什么课时要求？", "职业道德课程不超过10课时。", f_cmp),
    ("h26_trainee_lawyer", RNG, "面试多少分算合格？", "面试成绩60分至80分为合格。", f_rng),
    ("h26_trainee_lawyer", UNIT, "实习期有多长？", "实习期为12周。", f_unit),
    ("h26_trainee_lawyer", OFF, "补考仍不合格怎么办？", "不合格的，可在3个月后申请补考一次。", f_off),

    # h26_campus_parcel — hard: clock times (7点 = 19:00 vs 18:00), 1/2/3/20 each used for several things, asker's 25公斤/500元/20天, 保管费 waived after 15 days, ordinary vs large parcel parallel rules
    ("h26_campus_parcel", G, "周六晚上7点还能去驿站取快递吗？", "不行。周末只营业到18:00，晚上7点已经关门了。", []),
    ("h26_campus_parcel", G, "普通包裹晚取了好些天，保管费有封顶吗？", "有，封顶10元：免费保管3天之后每天1元，累计不超过10元。", []),
    ("h26_campus_parcel", G, "一箱25公斤的包裹能免费放几天？", "只有1天。重量超过20公斤算大件，免费保管1天，之后每天2元。", []),
    ("h26_campus_parcel", G, "没保价的包裹丢了，能赔500元吗？", "不能，未保价的按实际损失赔偿，最多赔300元。", []),
    ("h26_campus_parcel", G, "包裹放了20天没取会怎样？要补交保管费吗？", "超过15天未领取的包裹会退回寄件人，之前产生的保管费也不再收取，不用补交。", []),
    ("h26_campus_parcel", MIS, "送货上门每件收多少钱？", "送货上门每件收费3元。", f_mis),
    ("h26_campus_parcel", CMP, "送货上门要在什么时候预约？", "须在取件通知发出后24小时之后预约。", f_cmp),
    ("h26_campus_parcel", RNG, "工作日驿站几点开门、几点关门？", "周一至周五9:00至21:00。", f_rng),
    ("h26_campus_parcel", UNIT, "多大的包裹算大件？", "单边长度超过60毫米或重量超过20公斤的算大件。", f_unit),
    ("h26_campus_parcel", OFF, "包裹超过多少天没取会被退回？", "普通包裹到站后免费保管3天。", f_off),

    # h26_dog_walking — hard: table with 30 as both a duration and a price, computed total ($42), asker's 4 dogs / 5 months / 3 hours collide with doc numbers, "half an hour" and "half" paraphrases with no digits
    ("h26_dog_walking", G, "I have 2 dogs. What does an hour-long walk cost?", "$30 for the first dog plus $12 for the second, so $42 in total.", []),
    ("h26_dog_walking", G, "I have 4 dogs. Can they all go out on the same walk?", "No. A single walk takes at most 3 dogs from one household.", []),
    ("h26_dog_walking", G, "My puppy is 5 months old. Can he do the 60-minute walk?", "No. Puppies between 4 and 6 months old are limited to 30-minute walks.", []),
    ("h26_dog_walking", G, "If I cancel 3 hours before the walk, do I still pay?", "Yes. Only cancellations made 24 or more hours ahead are free, so you would be charged half (50%) of the rate.", []),
    ("h26_dog_walking", G, "How late can the walker turn up?", "Up to half an hour after the time you booked.", []),
    ("h26_dog_walking", MIS, "How much is a 30-minute walk for one dog?", "A 30-minute walk for one dog costs $30.", f_mis),
    ("h26_dog_walking", CMP, "How old does a dog have to be before you accept it?", "Dogs over 4 months old are not accepted.", f_cmp),
    ("h26_dog_walking", RNG, "Which puppies are limited to 30-minute walks?", "Puppies aged 4 to 7 months.", f_rng),
    ("h26_dog_walking", UNIT, "When do I have to pay an invoice?", "Within 7 weeks.", f_unit),
    ("h26_dog_walking", OFF, "My dog is very big. Is there a weight rule for group walks?", "Each walk takes up to 3 dogs from the same household.", f_off),

    # h26_hackathon_rules — hard: yes/no answers resting on two clauses ($500 prize vs $600 tax threshold), asker's 17 / 6 collide with 16-17 and 6 PM, computed 7 minutes, 2 and 5 reused (team size / prizes / minutes / $5,000), parallel prize amounts
    ("h26_hackathon_rules", G, "My daughter is 17. Can she enter on her own?", "Not on her own: entrants aged 16 to 17 need a parent's consent, since the normal minimum age is 18.", []),
    ("h26_hackathon_rules", G, "We won People's Choice. Do we have to file a tax form?", "No. The tax form is only required for prizes over $600, and People's Choice pays $500.", []),
    ("h26_hackathon_rules", G, "Can a team of 6 register?", "No, a team must have between 2 and 5 members.", []),
    ("h26_hackathon_rules", G, "Our team already won Runner-up and People's Choice. Can we also take Best Student Team?", "No. No team can win more than two prizes.", []),
    ("h26_hackathon_rules", G, "How long does each finalist get on stage, questions included?", "7 minutes in total: a 5-minute presentation followed by 2 minutes of Q&A.", []),
    ("h26_hackathon_rules", MIS, "How much does the Runner-up get?", "The Runner-up receives $1,000.", f_mis),
    ("h26_hackathon_rules", CMP, "How late can we submit before our entry is disqualified?", "Entries less than 15 minutes late are disqualified.", f_cmp),
    ("h26_hackathon_rules", RNG, "How many people can be on a team?", "Teams have 2 to 3 members.", f_rng),
    ("h26_hackathon_rules", UNIT, "How long can the demo video be?", "Demo videos can run up to 3 hours.", f_unit),
    ("h26_hackathon_rules", OFF, "When will I actually receive my prize money?", "Winners of prizes over $600 must return a tax form within 30 days.", f_off),

    # h26_utility_late_payment — hard: date arithmetic (March 22), asker's $300/20 days passes one threshold but not the other, residential vs business parallel thresholds, $50 vs $120 by time window, 10 as days and as a percentage
    ("h26_utility_late_payment", G, "My bill is dated March 1. When do I have to pay it?", "By March 22, since bills are due 21 days after the billing date.", []),
    ("h26_utility_late_payment", G, "I owe $80 and I'm 2 days late. Will I get a late fee?", "No. The late fee only applies once an account is more than 5 days past due.", []),
    ("h26_utility_late_payment", G, "My home account owes $300 and is 20 days past due. Will I get a disconnection notice?", "Not yet. For a residential account the notice goes out only when a balance over $200 is more than 30 days past due.", []),
    ("h26_utility_late_payment", G, "If my power is cut off, what does reconnection cost on a Saturday?", "$120. The $50 rate only applies from 8 AM to 5 PM on weekdays.", []),
    ("h26_utility_late_payment", G, "I owe $600. Over how many months can I spread it?", "You can pay it in 3 to 12 monthly installments once you put 10% down.", []),
    ("h26_utility_late_payment", MIS, "When does a business account get a disconnection notice?", "When a business balance over $200 is more than 15 days past due.", f_mis),
    ("h26_utility_late_payment", CMP, "How soon after the notice can my service be shut off?", "Within 10 days after the notice.", f_cmp),
    ("h26_utility_late_payment", RNG, "How many installments can I split my balance into?", "From 3 to 10 monthly installments, after a 10% down payment.", f_rng),
    ("h26_utility_late_payment", UNIT, "When is my bill due?", "21 weeks after the billing date.", f_unit),
    ("h26_utility_late_payment", OFF, "Can they disconnect me when it's freezing outside?", "Service can't be disconnected earlier than 10 days after the notice.", f_off),
]


# HOLDOUT27: city bus fare concessions, enterprise annuities and library seat booking in Chinese; car-wash memberships, community-college tuition plans and custom cakes in English. First run:
# benchmarks/results/grounding_holdout27_first_run.txt.
DOCS.update({
    "h27_bus_fares": (
        "城市公交乘车优惠办法\n"
        "第一条 持普通IC卡乘车的，按当月累计乘车次数分档扣费：\n"
        "| 当月累计次数 | 扣费折扣 |\n"
        "|---|---|\n"
        "| 第1至15次 | 9折 |\n"
        "| 第16至30次 | 8折 |\n"
        "| 第31次起 | 5折 |\n"
        "第二条 持学生卡乘车一律按5折扣费，不参与累计分档。学生卡须在每学期开学后30日内年审，逾期未审的按普通卡扣费。\n"
        "第三条 年满65周岁的本市户籍老年人凭敬老卡免费乘车；60周岁至64周岁的老年人凭老年卡按5折扣费。\n"
        "第四条 身高1.2米以下的儿童免费乘车，每名成人最多携带1名免费儿童，超出的按半价购票；身高超过1.2米的儿童按成人票价购票。\n"
        "第五条 刷卡后90分钟以内换乘其他线路的，换乘乘车减免1元，每次出行最多减免2次。\n"
        "第六条 卡片挂失后，余额于挂失次日起7个工作日内转入新卡，补卡工本费20元。\n"
    ),
    "h27_enterprise_annuity": (
        "企业年金缴费与领取办法\n"
        "第一条 企业年缴费总额不超过本企业上年度职工工资总额的8%，企业和职工个人缴费合计不超过12%。\n"
        "第二条 职工个人缴费为本人上年度月平均工资的2%至4%，由企业从工资中代扣代缴。\n"
        "第三条 企业缴费按职工本人工资的4%计入个人账户；分配给同一职工的企业缴费不得超过全体职工平均额的5倍。\n"
        "第四条 企业缴费部分的归属：工作满3年不满5年的，归属50%；满5年不满8年的，归属80%；满8年以上的，归属100%。个人缴费部分自始归属100%。\n"
        "第五条 职工达到法定退休年龄、完全丧失劳动能力或出国（境）定居的，可以领取企业年金，可选择按月、分次或一次性领取。\n"
        "第六条 选择按月领取的，领取期限不少于5年；按月领取金额低于500元的，可以一次性领取。\n"
        "第七条 未达到领取条件的，不得提前领取；职工死亡的，个人账户余额可以继承。\n"
    ),
    "h27_library_seats": (
        "图书馆座位预约与违约规则\n"
        "第一条 读者可预约当日或次日座位，每人每天最多预约2个时段，每个时段不超过4小时。开馆时间为8:00至22:00。\n"
        "第二条 读者须在预约开始后30分钟内签到，逾期未签到的记违约1次。\n"
        "第三条 每次暂离座位不超过30分钟；午餐时段（11:30至13:30）暂离不超过60分钟。超时未返回的记违约1次，座位自动释放。\n"
        "第四条 取消预约应在预约开始前15分钟以上操作，否则记违约1次。\n"
        "第五条 违约处理：\n"
        "| 30日内累计违约次数 | 处理 |\n"
        "|---|---|\n"
        "| 2次 | 警告 |\n"
        "| 3至4次 | 暂停预约7天 |\n"
        "| 5次以上 | 暂停预约30天 |\n"
        "第六条 研究生及教职工可预约研讨间，每次2至4人，最长使用2小时。\n"
    ),
    "h27_car_wash": (
        "Car Wash Membership Terms\n"
        "| Plan | Fee/month | Washes/month |\n"
        "|---|---|---|\n"
        "| Basic | $20 | up to 4 |\n"
        "| Plus | $30 | up to 8 |\n"
        "| Unlimited | $40 | no limit |\n"
        "1. Unlimited members may wash at most 1 time per day.\n"
        "2. A plan covers 1 vehicle; a second vehicle on the account gets 20% off its fee.\n"
        "3. Unused washes do not roll over.\n"
        "4. Plans may be paused for up to 3 months a year, unbilled.\n"
        "5. Cancel at least 5 days before the billing date, or the next month is charged.\n"
        "6. Vehicles between 18 and 20 feet long pay a $5 surcharge per wash; longer ones, or roof racks over 8 inches high, are refused.\n"
    ),
    "h27_cc_tuition": (
        "Tuition Payment Plan\n"
        "1. Open to students owing at least $300 a term. Enrollment fee: $25 a term; $10 with financial aid.\n"
        "2. Fall and spring plans have 4 monthly installments; summer, 2.\n"
        "3. The first installment is due at enrollment, which closes 10 days after classes start.\n"
        "4. A payment more than 5 days late incurs a $10 late fee; two missed payments cancel the plan.\n"
        "5. A balance over $100 at term end blocks next-term registration.\n"
        "6. Refunds: drops on day 1 to 14 get 100% of tuition back; day 15 to 28, 50%; after day 28, none.\n"
        "7. Part-time students (under 12 credits) pay $150 per credit.\n"
    ),
    "h27_custom_cakes": (
        "Custom Cake Orders\n"
        "1. Order custom cakes at least 72 hours ahead; tiered and wedding cakes at least 14 days ahead.\n"
        "2. Orders under $100 are paid in full; orders of $100 or more need a 50% deposit.\n"
        "3. Design changes: up to 48 hours before pickup; flavor: up to 5 days before.\n"
        "4. Cancel more than 7 days before pickup: full deposit back; 3 to 7 days: 50% of it; under 3 days: none.\n"
        "5. Sizes: 6-inch serves 8 to 10; 8-inch, 12 to 16; 10-inch, 20 to 30.\n"
        "6. Delivery within 10 miles: $15; 10 to 25 miles: $25; none beyond 25 miles.\n"
        "7. Uncollected cakes are held 24 hours, then discarded without refund.\n"
    ),
})

HOLDOUT27: list[tuple] = [
    # h27_bus_fares — hard: 5折 is used for students, 60-64岁 elders and the 31st+ ride; 30 is a tier edge and a 30日 deadline; table-row lookup with an asker's ride count; asker's age/height not in the document
    ("h27_bus_fares", G, "我今年62岁，坐公交能免费吗？", "不能免费。60至64周岁的老年人凭老年卡按5折扣费，要年满65周岁才能凭敬老卡免费乘车。", []),
    ("h27_bus_fares", G, "普通卡这个月已经刷了20次，下一次按几折扣？", "下一次是当月第21次，落在第16至30次这一档，按8折扣费。", []),
    ("h27_bus_fares", G, "学生卡坐得多了能不能再多打点折？", "不能。学生卡一律按5折扣费，不参加按月累计次数分档。", []),
    ("h27_bus_fares", G, "刷卡上车后一个半小时之内转乘别的线路，有没有优惠？", "有。刷卡后90分钟以内换乘其他线路，换乘那一程减免1元，每次出行最多减免2次。", []),
    ("h27_bus_fares", G, "我带两个身高1.1米的孩子坐车，两个都免票吗？", "不是都免。1.2米以下的儿童免费，但每名成人最多带1名免费儿童，另一名要按半价购票。", []),
    ("h27_bus_fares", MIS, "60周岁至64周岁的老人乘车按几折扣费？", "凭老年卡按8折扣费。", f_mis),
    ("h27_bus_fares", CMP, "多高的孩子可以免票乘车？", "身高1.2米以上的儿童可以免费乘车。", f_cmp),
    ("h27_bus_fares", RNG, "普通卡当月第几次到第几次按8折扣费？", "当月累计第15至30次按8折扣费。", f_rng),
    ("h27_bus_fares", UNIT, "换乘优惠要在多长时间内换乘才有？", "刷卡后90秒以内换乘其他线路，才能减免1元。", f_unit),
    ("h27_bus_fares", OFF, "学生卡年审要在什么时候之前办完？", "持学生卡乘车一律按5折扣费，不参与累计分档。", f_off),

    # h27_enterprise_annuity — hard: 4% is both the personal upper bound and the company allocation rate; 5 is 5倍, a vesting edge and 5年 payout term; 8 is 8% cap and 8年 edge; 满…不满 vesting bands; asker's 6年/5%/3年 examples
    ("h27_enterprise_annuity", G, "我在公司干了6年就离职，企业给我缴的那部分能拿走多少？", "工作满5年不满8年的，企业缴费部分归属80%；你自己缴的部分则全部归你。", []),
    ("h27_enterprise_annuity", G, "我上年度月均工资9000元，个人缴费比例能定成5%吗？", "不能。个人缴费为本人上年度月平均工资的2%至4%，5%超出了上限。", []),
    ("h27_enterprise_annuity", G, "企业和个人一年加起来最多能缴到工资总额的多少？", "两者合计不超过本企业上年度职工工资总额的12%，其中企业部分不超过8%。", []),
    ("h27_enterprise_annuity", G, "退休后按月领的话每月只有三四百块，一定要按月领吗？", "不一定。按月领取金额低于500元的，可以选择一次性领取。", []),
    ("h27_enterprise_annuity", G, "选了按月领取，能不能3年就领完？", "不能，按月领取的领取期限至少是5年。", []),
    ("h27_enterprise_annuity", MIS, "企业缴费按职工工资的多少比例计入个人账户？", "按职工本人工资的8%计入个人账户。", f_mis),
    ("h27_enterprise_annuity", CMP, "每月能领的金额在什么情况下可以改为一次性领取？", "按月领取金额高于500元的，可以一次性领取。", f_cmp),
    ("h27_enterprise_annuity", RNG, "工作多少年企业缴费能归属80%？", "工作满5年不满12年的，企业缴费部分归属80%。", f_rng),
    ("h27_enterprise_annuity", UNIT, "企业分给同一个职工的缴费最多能有多少？", "不得超过全体职工平均额的5%。", f_unit),
    ("h27_enterprise_annuity", OFF, "没退休之前能提前把企业年金领出来吗？", "选择按月领取的，领取期限不少于5年。", f_off),

    # h27_library_seats — hard: 30 is sign-in minutes, break minutes, a 30日 window and a 30天 ban; 2 is slots, warning count, group size and 2小时; table band lookup; derived 8小时 equals the 8:00 opening hour
    ("h27_library_seats", G, "我约了9点的座位，9点40才到，还能算按时签到吗？", "不能。预约开始后30分钟内必须签到，你已超过时限，会记违约1次。", []),
    ("h27_library_seats", G, "中午12点出去吃饭，座位最多能空多久？", "这在11:30至13:30的午餐时段内，暂离可以不超过60分钟，也就是一个小时。", []),
    ("h27_library_seats", G, "最近一个月我违约了4次，会被怎么处理？", "30日内累计违约3至4次的，暂停预约7天。", []),
    ("h27_library_seats", G, "研讨间我一个人能订吗？", "不能。研讨间每次须2至4人使用，且仅限研究生及教职工预约，最长使用2小时。", []),
    ("h27_library_seats", G, "一个人一天最多能预约多长时间的座位？", "每天最多预约2个时段，每个时段不超过4小时，合计最多8小时。", []),
    ("h27_library_seats", MIS, "不想去了，最晚什么时候取消预约才不算违约？", "应在预约开始前30分钟以上取消，否则记违约1次。", f_mis),
    ("h27_library_seats", CMP, "平时离开座位一次最多能走多久？", "每次暂离座位不少于30分钟。", f_cmp),
    ("h27_library_seats", RNG, "违约几次会被暂停预约7天？", "30日内累计违约2至4次的，暂停预约7天。", f_rng),
    ("h27_library_seats", UNIT, "30日内违约了3次会受什么处理？", "会被暂停预约7周。", f_unit),
    ("h27_library_seats", OFF, "预约之后签到的时限是多长？", "每次暂离座位不超过30分钟，超时未返回的记违约1次。", f_off),

    # h27_car_wash — hard: 20 is the Basic fee, the 20% second-car discount and the 20-foot limit; 8 is Plus washes and 8 inches; table lookup with asker's 6 washes; derived $24; "once" for "1 time"
    ("h27_car_wash", G, "I wash my car about 6 times a month. What's the cheapest plan that covers that?", "Plus, at $30 a month, which includes up to 8 washes; Basic only covers 4.", []),
    ("h27_car_wash", G, "Can I take my car through twice on Saturday with an Unlimited membership?", "No. Unlimited members can wash at most once a day.", []),
    ("h27_car_wash", G, "I'm adding my wife's car to my Plus account. What will her car cost?", "A second vehicle on the same account gets 20% off, so a Plus plan for it costs $24 a month.", []),
    ("h27_car_wash", G, "If I only use 2 of my Basic washes in May, do the rest carry into June?", "No, unused washes do not roll over to the next month.", []),
    ("h27_car_wash", G, "How long can I put my membership on hold, and do I still pay?", "You can pause for up to three months a year, and you are not billed while it is paused.", []),
    ("h27_car_wash", MIS, "How much is the Basic plan and how many washes does it include?", "Basic costs $20 a month and includes up to 8 washes.", f_mis),
    ("h27_car_wash", CMP, "When do I have to cancel so next month isn't charged?", "Cancel no more than 5 days before the billing date.", f_cmp),
    ("h27_car_wash", RNG, "Which vehicles pay the length surcharge?", "Vehicles between 18 and 30 feet long pay a $5 surcharge per wash.", f_rng),
    ("h27_car_wash", UNIT, "How tall can my roof rack be?", "Roof racks up to 8 feet high are allowed.", f_unit),
    ("h27_car_wash", OFF, "Can I put my plan on hold while I'm away this winter?", "Cancel at least 5 days before the billing date, or the next month is charged.", f_off),

    # h27_cc_tuition — hard: 10 is the aid enrollment fee, the 10-day enrollment window and the $10 late fee; 100 is a $100 balance and 100% refund; day 1-14 / 15-28 refund bands; asker's day 20, $250 and 9 credits
    ("h27_cc_tuition", G, "I drop a class on the 20th day of the term. How much tuition comes back?", "Half. Drops from day 15 to day 28 are refunded at 50%.", []),
    ("h27_cc_tuition", G, "I'm on a Pell grant. What does signing up for the plan cost me?", "Students on financial aid pay a $10 enrollment fee instead of the regular $25.", []),
    ("h27_cc_tuition", G, "Can I join the payment plan if I owe $250 this term?", "No. The plan is only open to students who owe at least $300 for the term.", []),
    ("h27_cc_tuition", G, "How many payments is a summer plan split into, compared with fall?", "Summer plans have 2 monthly installments, while fall and spring plans have 4.", []),
    ("h27_cc_tuition", G, "I'm taking 9 credits. What am I charged per credit?", "With fewer than 12 credits you count as part-time, so you pay $150 per credit.", []),
    ("h27_cc_tuition", MIS, "What's the late fee if a payment is more than 5 days late?", "A $25 late fee.", f_mis),
    ("h27_cc_tuition", CMP, "What keeps me from registering for next term?", "Having a balance under $100 at the end of the term.", f_cmp),
    ("h27_cc_tuition", RNG, "Which drops get a full tuition refund?", "Drops on day 1 to day 10 of the term get 100% of tuition back.", f_rng),
    ("h27_cc_tuition", UNIT, "How long after classes start can I still enroll in the plan?", "Enrollment stays open until 10 weeks after classes start.", f_unit),
    ("h27_cc_tuition", OFF, "What fee do I pay if an installment is late?", "The plan enrollment fee is $25 per term.", f_off),

    # h27_custom_cakes — hard: 10 is a size, a serving count and a mileage edge; 8 is a size and a serving count; 50% is both deposit and partial refund; 25 is $25 and 25 miles; asker's 15 people, 10 days, 5 days, $80, 18 miles
    ("h27_custom_cakes", G, "I need to feed about 15 people. Which size should I order?", "The 8-inch cake, which serves 12 to 16.", []),
    ("h27_custom_cakes", G, "Can I order my wedding cake 10 days before the wedding?", "No. Tiered and wedding cakes need at least 14 days' notice; the 72-hour minimum only applies to other custom cakes.", []),
    ("h27_custom_cakes", G, "If I cancel 5 days before pickup, do I get my deposit back?", "Only half of it: cancelling 3 to 7 days before pickup refunds 50% of the deposit.", []),
    ("h27_custom_cakes", G, "My cake comes to $80. Do I pay a deposit or the whole price?", "The whole price: orders under $100 are paid in full; the 50% deposit applies only from $100 up.", []),
    ("h27_custom_cakes", G, "What would delivery to a house 18 miles away cost?", "$25, the rate for deliveries from 10 to 25 miles.", []),
    ("h27_custom_cakes", MIS, "How much is delivery within 10 miles?", "Delivery within 10 miles costs $25.", f_mis),
    ("h27_custom_cakes", CMP, "How far ahead do I have to order a regular custom cake?", "At most 72 hours ahead.", f_cmp),
    ("h27_custom_cakes", RNG, "How many people does a 10-inch cake serve?", "A 10-inch cake serves 16 to 30 people.", f_rng),
    ("h27_custom_cakes", UNIT, "Until when can I still change the design?", "Design changes are accepted up to 48 minutes before pickup.", f_unit),
    ("h27_custom_cakes", OFF, "How long will you hold a cake I don't pick up on time?", "Design changes are accepted up to 48 hours before pickup.", f_off),
]


# HOLDOUT28: marriage, maternity and paternity leave, couriers and delivery riders in an estate, and driving-school refunds in Chinese; a marina's boat rental, translation rates and a hotel spa in English. First run:
# benchmarks/results/grounding_holdout28_first_run.txt.
DOCS.update({
    "h28_marriage_maternity_leave": (
        "婚假产假与陪产假实施细则\n"
        "第一条 员工在本公司工作满1年后登记结婚的，享受婚假10天；工作不满1年的，婚假为3天。婚假须在领证之日起6个月内一次性休完。\n"
        "第二条 女员工生育享受产假158天，其中产前可休15天；难产的，增加产假15天；多胞胎生育的，每多生育1个婴儿，增加产假15天。\n"
        "第三条 男员工在配偶生育时享受陪产假15天，须在婴儿出生之日起30日内休完，最多可分2次休。\n"
        "第四条 休假期间工资及申请要求：\n"
        "| 假别 | 工资发放比例 | 须提前申请 |\n"
        "|---|---|---|\n"
        "| 婚假 | 100% | 10个工作日 |\n"
        "| 产假 | 80% | 30天 |\n"
        "| 陪产假 | 100% | 3个工作日 |\n"
        "第五条 女员工流产的，怀孕不满4个月的，给予产假15天至30天；怀孕满4个月的，给予产假42天。\n"
        "第六条 未按规定申请休假或假满超期未归的，按旷工处理；连续旷工超过3天的，公司可解除劳动合同。\n"
    ),
    "h28_estate_delivery": (
        "小区快递外卖进出管理规定\n"
        "一、快递员、外卖骑手进入小区须在东门登记，出示工牌，每次在小区内停留不超过30分钟。\n"
        "二、电动车一律不得进入小区，须停放在东门外临时停车区，停放不超过30分钟；超时的由物业拖移，每次收取拖移费20元。\n"
        "三、每日7:00至22:00，骑手可步行送餐上楼；22:00至次日7:00，外卖只能送至东门门岗，由业主自取。\n"
        "四、快递柜包裹免费存放12小时，超过12小时的每12小时收费0.5元，最高收费3元；超过72小时未取的，退回驿站。\n"
        "五、单件超过20公斤的大件包裹，可由物业代为搬运至单元门，每件收费5元；单件超过50公斤的，由业主自行安排搬运。\n"
        "六、骑手违规骑车进入小区的，第1次给予警告，第2次起每次罚款50元；同一骑手一个月内违规满3次的，禁止进入小区30天。\n"
    ),
    "h28_driving_school": (
        "驾校学车退费与补考规定\n"
        "第一条 学员年满18周岁、不超过70周岁方可报名。\n"
        "第二条 报名后7日内未开始培训的，退还全部学费，扣除资料费200元。\n"
        "第三条 已开始培训的按阶段退费：科目一考试前退学的，退还学费的70%；科目二考试前退学的，退还学费的40%；科目二考试合格后不予退费。\n"
        "第四条 补考费标准：科目一每次50元；科目二每次200元；科目三每次300元；科目四每次50元。\n"
        "第五条 同一科目最多可补考4次；5次考试均不合格的，该科目已考成绩作废，须重新报名缴费。\n"
        "第六条 学员自报名之日起超过3年未完成全部科目考试的，学习驾驶证明作废，已交学费不退。\n"
        "第七条 退费申请须本人持收据办理，驾校在受理后15个工作日内办结，款项退至原支付账户。\n"
    ),
    "h28_marina_boat_rental": (
        "Harbor Point Marina - Fuel and Damage Policy\n"
        "1. Boats leave full. Fuel used costs $6 per gallon, plus a $25 refuelling fee if returned less than half full.\n"
        "2. Deposit: $300 for pontoon boats, $500 for speedboats, refunded within 5 business days after inspection.\n"
        "3. Damage charges:\n"
        "| Damage | Charge |\n"
        "|---|---|\n"
        "| Propeller | $150 |\n"
        "| Hull scratch under 6 inches | $75 |\n"
        "| Hull scratch 6 inches or more | repair cost |\n"
        "4. Renters must be at least 25. Drivers aged 18 to 24 may take pontoon boats only.\n"
        "5. Stay within 5 miles of the marina and return by 6 pm. Late returns cost $50 per 30 minutes.\n"
    ),
    "h28_translation_rates": (
        "Lingua Bridge Agency - Translator Rates\n"
        "1. Base rate: $0.10 per source word for general texts; $0.14 for legal or medical texts.\n"
        "2. Jobs under 300 words pay a flat $30.\n"
        "3. Rush jobs (delivery within 24 hours) earn a 25% surcharge; weekend work earns 15%.\n"
        "4. Proofreading pays $30 per hour, billed in 15-minute units.\n"
        "5. 100% matches pay 30% of the base rate; fuzzy matches from 75% to 99% pay 60%.\n"
        "6. Invoices are paid within 30 days; invoices sent more than 60 days after delivery are not accepted.\n"
        "7. Missing a deadline by more than 24 hours cuts the fee by 10%.\n"
    ),
    "h28_hotel_spa": (
        "Seaview Spa - Booking and Cancellation Rules\n"
        "1. Treatments can be booked up to 30 days ahead; hotel guests up to 60 days ahead.\n"
        "2. Cancelling at least 24 hours before is free; between 4 and 24 hours before costs 50% of the price; under 4 hours or a no-show costs 100%.\n"
        "3. Guests more than 15 minutes late get a shortened treatment; after 30 minutes the booking is cancelled and charged in full.\n"
        "4. Minimum age 16; guests aged 16 or 17 need a parent present.\n"
        "5. Open 9 am to 9 pm; last treatment starts at 8 pm.\n"
        "6. Couples packages need a 30% deposit. Hotel guests get 10% off; members get 15% off.\n"
    ),
})

HOLDOUT28: list[tuple] = [
    # h28_marriage_maternity_leave — hard: 15 is used five times (产前/难产/多胞胎/陪产/流产), 10 is both 婚假天数 and 申请提前量, 3 is 婚假/申请/旷工; table rows; OFF answer carries the right-looking 10 for the wrong fact
    ("h28_marriage_maternity_leave", G, "我入职才7个月，下个月打算领证，能休几天婚假？", "入职还不满一年就结婚的，婚假只有3天。", []),
    ("h28_marriage_maternity_leave", G, "生双胞胎的话产假会多给吗？", "会。在158天的基础上，每多生一个孩子再增加15天产假。", []),
    ("h28_marriage_maternity_leave", G, "陪产假可以拆开休吗？有没有时间限制？", "可以拆开，但最多分2次；而且要在宝宝出生后30日内休完。", []),
    ("h28_marriage_maternity_leave", G, "休产假期间工资是全额发吗？", "不是全额，产假期间工资按80%发放；婚假和陪产假才是100%。", []),
    ("h28_marriage_maternity_leave", G, "婚假和产假分别需要提前多久申请？", "婚假要提前10个工作日申请，产假要提前30天申请。", []),
    ("h28_marriage_maternity_leave", MIS, "陪产假需要提前多久提出申请？", "陪产假需提前10个工作日申请。", f_mis),
    ("h28_marriage_maternity_leave", CMP, "假期结束后超期不回来，旷工几天公司会解除合同？", "连续旷工不满3天的，公司就可以解除劳动合同。", f_cmp),
    ("h28_marriage_maternity_leave", RNG, "怀孕不满4个月流产的，给多少天产假？", "怀孕不满4个月流产的，给予产假15天至42天。", f_rng),
    ("h28_marriage_maternity_leave", UNIT, "生孩子前最多可以提前休多久？", "产前最多可以休15周。", f_unit),
    ("h28_marriage_maternity_leave", OFF, "婚假需要提前多久申请？", "在本公司工作满1年后登记结婚的，可以享受婚假10天。", f_off),

    # h28_estate_delivery — hard: 30 is stay limit, parking limit and ban length; 20 is 拖移费 and 公斤; 50 is 罚款 and 公斤; G answers paraphrase 22:00 as 晚上10点 and 30分钟 as 半小时; askers bring their own numbers (11点, 25公斤, 2天)
    ("h28_estate_delivery", G, "晚上11点点的外卖，骑手还能送上楼吗？", "不能。晚上10点以后到第二天早上7点，外卖只能放在东门门岗，需要业主自己去取。", []),
    ("h28_estate_delivery", G, "一袋25公斤的大米，物业能帮忙搬上去吗？", "可以。单件超过20公斤、不超过50公斤的包裹，物业可以代搬到单元门，每件收5元。", []),
    ("h28_estate_delivery", G, "包裹在快递柜里放了2天，费用会一直涨吗？", "不会一直涨，快递柜收费最高3元封顶；不过超过72小时还没取的会被退回驿站。", []),
    ("h28_estate_delivery", G, "骑手的电动车在门外能停多久？停久了会怎样？", "东门外临时停车区最多停30分钟，超时会被物业拖走，每次收拖移费20元。", []),
    ("h28_estate_delivery", G, "快递员进小区以后最多能待多长时间？", "每次进入小区停留不能超过半小时。", []),
    ("h28_estate_delivery", MIS, "骑手第二次违规骑车进小区会被罚多少钱？", "第2次违规骑车进入小区的，罚款20元。", f_mis),
    ("h28_estate_delivery", CMP, "快递柜里的包裹多久不取会被退回？", "不满72小时未取的包裹就会退回驿站。", f_cmp),
    ("h28_estate_delivery", RNG, "每天几点到几点骑手可以送餐上楼？", "每日7:00至20:00骑手可以步行送餐上楼。", f_rng),
    ("h28_estate_delivery", UNIT, "包裹放在快递柜里可以免费存多久？", "快递柜包裹可以免费存放12天。", f_unit),
    ("h28_estate_delivery", OFF, "骑手违规骑电动车进入小区，会怎么处理？", "电动车须停放在东门外临时停车区，超时被拖移的，每次收取拖移费20元。", f_off),

    # h28_driving_school — hard: 200 is both 资料费 and 科目二补考费; 50 is 科目一 and 科目四; 70 is 70% refund and 70周岁; UNIT turns 70% into 70元; asker numbers (第5天, 65岁)
    ("h28_driving_school", G, "我报名交了钱还没开始练车，第5天想退学，能退多少？", "可以退。报名7日内还没开始培训的，学费全退，只扣除200元资料费。", []),
    ("h28_driving_school", G, "科目一和科目四补考分别多少钱一次？", "两科一样，都是每次50元。", []),
    ("h28_driving_school", G, "科目二已经考过了，现在不想学了还能退钱吗？", "不能，科目二考试合格以后就不再退费了。", []),
    ("h28_driving_school", G, "我今年65岁，还能报名学车吗？", "可以，年满18周岁、不超过70周岁的都可以报名。", []),
    ("h28_driving_school", G, "退费申请交上去以后多久能办好？钱退到哪里？", "驾校受理后15个工作日内办结，钱会退回到当初付款的账户。", []),
    ("h28_driving_school", MIS, "科目二补考一次要交多少钱？", "科目二补考每次300元。", f_mis),
    ("h28_driving_school", CMP, "多长时间没考完，学习驾驶证明会作废？", "自报名之日起3年以内未完成全部科目考试的，学习驾驶证明作废。", f_cmp),
    ("h28_driving_school", RNG, "报名学车对年龄有什么要求？", "年满18周岁、不超过50周岁才可以报名。", f_rng),
    ("h28_driving_school", UNIT, "已经开始培训，科目一考试前退学能退多少？", "科目一考试前退学的，退还学费70元。", f_unit),
    ("h28_driving_school", OFF, "科目二补考好几次都没过，会怎么样？", "科目二补考每次收费200元。", f_off),

    # h28_marina_boat_rental — hard: 6 is $/gallon, inches and 6 pm; 5 is business days and miles; 25 is the fee and the minimum age; table row with asker's 4-inch scratch; one G computes $100 from $50 per 30 minutes
    ("h28_marina_boat_rental", G, "I'm 22. Can I take out a speedboat?", "No. You need to be 25 or older for that; at 18 to 24 you can only drive a pontoon boat.", []),
    ("h28_marina_boat_rental", G, "What deposit do you hold for a pontoon compared with a speedboat?", "A pontoon needs $300 and a speedboat $500, and either is returned within five business days of the inspection.", []),
    ("h28_marina_boat_rental", G, "I brought the boat back with a little over half a tank. Do I pay the refuelling fee?", "No. You only pay for the fuel you used at $6 a gallon; the $25 refuelling fee is charged only when the tank is under half full.", []),
    ("h28_marina_boat_rental", G, "How much is a 4-inch scratch on the hull?", "$75, because it is shorter than 6 inches.", []),
    ("h28_marina_boat_rental", G, "What happens if I get back an hour after 6 pm?", "Late returns are billed at $50 for every 30 minutes, so an hour late costs $100.", []),
    ("h28_marina_boat_rental", MIS, "How much is the security deposit for a speedboat?", "The security deposit for a speedboat is $300.", f_mis),
    ("h28_marina_boat_rental", CMP, "Is there an age requirement to rent a boat?", "Yes, renters must be no older than 25.", f_cmp),
    ("h28_marina_boat_rental", RNG, "Which drivers are limited to pontoon boats?", "Drivers aged 18 to 25 may operate pontoon boats only.", f_rng),
    ("h28_marina_boat_rental", UNIT, "How far from the marina am I allowed to go?", "You must stay within 5 kilometres of the marina.", f_unit),
    ("h28_marina_boat_rental", OFF, "What time do I have to bring the boat back?", "Boats must stay within 5 miles of the marina.", f_off),

    # h28_translation_rates — hard: 30 is the flat fee, $/hour, 30% repetitions and 30 days; 24 is rush window and lateness; 15 is weekend % and minutes; 10 is $0.10 and the 10% penalty; asker numbers (250 words, 80% match, two months and a week)
    ("h28_translation_rates", G, "I've got a 250-word birth certificate to translate. What will I be paid?", "Anything under 300 words pays a flat $30.", []),
    ("h28_translation_rates", G, "Do legal texts pay the same as general ones?", "No. General texts pay $0.10 per source word, while legal or medical texts pay $0.14.", []),
    ("h28_translation_rates", G, "How is an 80% fuzzy match paid?", "At 60% of the rate, since 80% falls inside the 75% to 99% fuzzy band.", []),
    ("h28_translation_rates", G, "How do you pay for proofreading?", "By the hour at $30, counted in quarter-hour blocks.", []),
    ("h28_translation_rates", G, "Can I still invoice a job I delivered two months and a week ago?", "No. Invoices sent in more than 60 days after delivery are not accepted.", []),
    ("h28_translation_rates", MIS, "What is the surcharge for weekend work?", "Weekend work earns a 25% surcharge.", f_mis),
    ("h28_translation_rates", CMP, "How soon will my invoice be paid?", "Invoices are paid after 30 days.", f_cmp),
    ("h28_translation_rates", RNG, "What counts as a fuzzy match?", "Fuzzy matches are those from 60% to 99%.", f_rng),
    ("h28_translation_rates", UNIT, "What happens to my fee if I'm more than a day late?", "Missing a deadline by more than 24 hours cuts the fee by $10.", f_unit),
    ("h28_translation_rates", OFF, "What happens if I miss a deadline?", "Rush jobs delivered within 24 hours earn a 25% surcharge.", f_off),

    # h28_hotel_spa — hard: 30 is booking days, late minutes and deposit %; 15 is late minutes and member %; 24/4 band for 50%; 9 am-9 pm vs last start 8 pm; asker numbers (2 days, 17, 8:30 pm)
    ("h28_hotel_spa", G, "I'm staying at the hotel. How early can I book a massage?", "Hotel guests can book as much as 60 days in advance; other visitors only 30 days.", []),
    ("h28_hotel_spa", G, "If I cancel two days before, will I be charged?", "No, cancelling 24 hours or more before the appointment costs nothing.", []),
    ("h28_hotel_spa", G, "I'm 17. Can I come for a facial on my own?", "Not alone: guests who are 16 or 17 need a parent with them.", []),
    ("h28_hotel_spa", G, "Can I book a treatment at 8:30 pm?", "No. Although the spa stays open until 9 pm, the last treatment starts at 8 pm.", []),
    ("h28_hotel_spa", G, "What discount do members get compared with hotel guests?", "Members get 15% off, hotel guests 10% off.", []),
    ("h28_hotel_spa", MIS, "What deposit is needed for a couples package?", "Couples packages need a 15% deposit.", f_mis),
    ("h28_hotel_spa", CMP, "Until when can I cancel for free?", "Cancelling less than 24 hours before the appointment is free.", f_cmp),
    ("h28_hotel_spa", RNG, "When do I pay 50% for cancelling?", "When you cancel between 9 and 24 hours before the appointment.", f_rng),
    ("h28_hotel_spa", UNIT, "How far ahead can someone who isn't a hotel guest book?", "Non-guests can book up to 30 weeks ahead.", f_unit),
    ("h28_hotel_spa", OFF, "What am I charged if I don't show up?", "Cancelling between 4 and 24 hours before costs 50% of the price.", f_off),
]
# HOLDOUT29: pet boarding (zh), old-building elevator retrofit subsidy (zh), youth football club (zh), community garden plots (en), bulky waste collection (en), youth music school (en). First run:
# benchmarks/results/grounding_holdout29_first_run.txt.
DOCS.update({
    "h29_pet_boarding": (
        "安心宠物寄养中心服务须知\n"
        "第一条 寄养犬只须年满4个月，并在入住前30天内完成狂犬疫苗接种。\n"
        "第二条 寄养价格按体重计算：\n"
        "| 体重 | 每晚价格 |\n"
        "|---|---|\n"
        "| 10公斤以下 | 80元 |\n"
        "| 10公斤至25公斤 | 120元 |\n"
        "| 超过25公斤 | 160元 |\n"
        "第三条 连续寄养超过7晚，总价享9折；超过30晚享8折。\n"
        "第四条 每日遛狗2次，每次不少于30分钟。\n"
        "第五条 接送时间为每天8:00至20:00，超时接宠加收50元。\n"
        "第六条 入住时须缴纳押金300元，离店后3个工作日内退还。\n"
        "第七条 宠物寄养期间生病的，中心垫付医疗费不超过500元，超出部分须经主人确认。\n"
    ),
    "h29_elevator_retrofit": (
        "老旧小区既有住宅加装电梯补贴办法\n"
        "第一条 本办法适用于2000年12月31日前建成、无电梯的4层及以上住宅楼。\n"
        "第二条 加装电梯须经本单元80%以上业主书面同意，方案公示期不少于15天。\n"
        "第三条 财政按每台20万元给予补贴，且不超过工程总造价的50%。\n"
        "第四条 业主年满70周岁或持有残疾证的，其个人分摊部分可再获补贴2万元。\n"
        "第五条 申请材料须在竣工验收后90天内提交，区住建部门在20个工作日内完成审核。\n"
        "第六条 电梯运行满15年后，住宅维修基金可支付大修费用的80%。\n"
        "第七条 补贴资金分两次拨付：开工后拨付50%，验收合格后拨付余款。\n"
    ),
    "h29_youth_football": (
        "晨星青少年足球俱乐部招生及收费规定\n"
        "第一条 招收年满6周岁、不超过14周岁的学员。\n"
        "第二条 每期训练12周，每周训练2次，每次90分钟。\n"
        "第三条 学费每期1800元，同一家庭报名的第2名学员减免200元。\n"
        "第四条 训练时间为周三16:30至18:00、周六9:00至10:30。\n"
        "第五条 学员每期缺勤超过3次的，不予颁发结业证书；因病缺勤的，凭医院证明可补训2次。\n"
        "第六条 开课后2周内申请退费的，退还学费的70%；超过2周的，不予退费。\n"
        "第七条 队内比赛每队上场8人，替补不超过4人。\n"
    ),
    "h29_community_garden": (
        "Riverside Community Garden: Plot Rules\n"
        "1. Plots are offered to residents aged 16 or over; applicants under 18 need a guardian's signature.\n"
        "2. Annual plot fees:\n"
        "| Plot type | Annual fee |\n"
        "|---|---|\n"
        "| Small (10 m²) | $45 |\n"
        "| Standard (20 m²) | $80 |\n"
        "| Raised bed | $30 |\n"
        "3. The garden is open from 7:00 am to 8:00 pm from April to October, and from 8:00 am to 5:00 pm in other months.\n"
        "4. Each plot holder must volunteer at least 6 hours per season.\n"
        "5. Plots left uncultivated for more than 30 days may be reassigned after a 14-day written notice.\n"
        "6. Hoses may be used for up to 30 minutes per plot per day; no watering between noon and 3:00 pm.\n"
        "7. Compost bins accept up to 20 kg of garden waste per plot per week.\n"
        "8. A refundable key deposit of $20 is due at sign-up.\n"
    ),
    "h29_bulky_waste": (
        "City Bulky Waste Collection Service\n"
        "1. Each household may book up to 2 free collections per calendar year, each covering up to 5 items.\n"
        "2. Extra collections cost $35 for the first 5 items and $8 for each additional item.\n"
        "3. Bookings must be made at least 3 business days before the collection date.\n"
        "4. Items must be placed at the curb no earlier than 6:00 pm the evening before and no later than 6:00 am on collection day.\n"
        "5. Single items heavier than 50 kg or longer than 2 metres need a two-person crew and carry a $15 surcharge.\n"
        "6. Mattresses are limited to 2 per collection.\n"
        "7. Cancellations made less than 24 hours before the collection forfeit the fee.\n"
        "8. Residents aged 65 or over may request in-home pick-up at no extra charge.\n"
    ),
    "h29_music_school": (
        "Maple Youth Music School: Lesson Terms\n"
        "1. Students aged 5 to 17 may enrol in the day program; adults aged 18 and over join the evening program.\n"
        "2. A term runs 15 weeks, with one lesson per week.\n"
        "3. Fees per term: 30-minute lessons $300, 45-minute lessons $420, 60-minute lessons $540.\n"
        "4. A 10% discount applies to siblings and to students taking 2 or more instruments.\n"
        "5. Lessons missed with at least 24 hours' notice can be made up within 30 days; no make-up is offered for later notice.\n"
        "6. Instrument rental is $25 per month, with a deposit of $100.\n"
        "7. Students who withdraw before week 3 receive a refund of 50% of the remaining fees.\n"
        "8. The front desk is open Monday to Friday from 2:00 pm to 8:00 pm, and Saturday from 9:00 am to 1:00 pm.\n"
    ),
})

HOLDOUT29: list[tuple] = [
    # h29_pet_boarding — hard: 30 recurs (疫苗30天内 / 超过30晚 / 遛狗30分钟), 25公斤 is both a band end and a threshold; askers bring their own weights (18公斤, 28公斤) and a clock time (晚上九点); answers read table rows and combine the price band with the discount clause
    ("h29_pet_boarding", G, "我家狗18公斤，住一晚多少钱？", "18公斤属于10公斤至25公斤这一档，每晚120元。", []),
    ("h29_pet_boarding", G, "我家金毛28公斤，打算连续寄养10晚，价格怎么算？", "超过25公斤的狗每晚160元；连续寄养超过7晚，总价可享9折。", []),
    ("h29_pet_boarding", G, "狂犬疫苗要什么时候打才能入住？", "须在入住前30天内完成狂犬疫苗接种，而且狗须年满4个月。", []),
    ("h29_pet_boarding", G, "我晚上九点才下班，还能去接狗吗？", "接送时间是每天8:00至20:00，超过这个时间接宠要加收50元。", []),
    ("h29_pet_boarding", G, "押金要交多少？什么时候退？", "入住时交押金300元，离店后3个工作日内退还。", []),
    ("h29_pet_boarding", MIS, "超时接宠要加收多少钱？", "超时接宠加收80元。", f_mis),
    ("h29_pet_boarding", CMP, "多重的狗按每晚160元收费？", "体重不超过25公斤的狗按每晚160元收费。", f_cmp),
    ("h29_pet_boarding", RNG, "每天几点可以接送宠物？", "接送时间为每天8:00至18:00。", f_rng),
    ("h29_pet_boarding", UNIT, "押金多久能退回来？", "押金在离店后3个月内退还。", f_unit),
    ("h29_pet_boarding", OFF, "狗在寄养期间生病了，医疗费怎么处理？", "入住时须缴纳押金300元，离店后3个工作日内退还。", f_off),

    # h29_elevator_retrofit — hard: 80% (业主同意 / 维修基金), 50% (造价上限 / 首次拨付), 20 (20万元 / 20个工作日) and 15 (15天 / 15年) each recur; askers bring a build year (1998年), a floor count, an age (75岁) and a cost (30万元); good answers apply the thresholds without computing new figures
    ("h29_elevator_retrofit", G, "我们楼是1998年建的5层楼，一直没电梯，能申请补贴吗？", "可以。本办法适用于2000年12月31日前建成、无电梯的4层及以上住宅楼，你们楼符合条件。", []),
    ("h29_elevator_retrofit", G, "工程总造价30万元的话，补贴按什么标准给？", "按每台20万元补贴，但不能超过工程总造价的50%，所以以造价的50%为上限。", []),
    ("h29_elevator_retrofit", G, "家里老人今年75岁，个人分摊的钱能多补一点吗？", "能。业主年满70周岁的，个人分摊部分可再获补贴2万元。", []),
    ("h29_elevator_retrofit", G, "竣工以后材料最晚什么时候交？审核要多久？", "要在竣工验收后90天内提交，区住建部门在20个工作日内审核完。", []),
    ("h29_elevator_retrofit", G, "补贴是一次性给齐的吗？", "不是，分两次拨付：开工后先拨付50%，验收合格后再拨付余款。", []),
    ("h29_elevator_retrofit", MIS, "加装电梯需要多少业主同意？", "须经本单元50%以上业主书面同意。", f_mis),
    ("h29_elevator_retrofit", CMP, "多大年纪的业主可以多拿补贴？", "业主未满70周岁的，个人分摊部分可再获补贴2万元。", f_cmp),
    ("h29_elevator_retrofit", RNG, "哪些住宅楼可以申请加装电梯补贴？", "适用于2000年12月31日前建成、无电梯的4层至6层住宅楼。", f_rng),
    ("h29_elevator_retrofit", UNIT, "电梯用了多久以后，维修基金可以付大修费？", "电梯运行满15个月后，维修基金可支付大修费用的80%。", f_unit),
    ("h29_elevator_retrofit", OFF, "加装方案要公示多长时间？", "财政按每台20万元给予补贴，且不超过工程总造价的50%。", f_off),

    # h29_youth_football — hard: 2 recurs (每周2次 / 第2名学员 / 补训2次 / 2周内退费), 12周 sits next to 14周岁, 9:00 sits next to 90分钟; askers bring an age (5岁半), a number of days (10天) and a second child; answers combine fee and sibling reduction
    ("h29_youth_football", G, "我儿子5岁半，现在能报名吗？", "还不能，学员须年满6周岁，且不超过14周岁。", []),
    ("h29_youth_football", G, "一期下来一共要练多少？", "每期训练12周，每周2次，每次90分钟。", []),
    ("h29_youth_football", G, "周末是几点训练？", "周六9:00至10:30训练。", []),
    ("h29_youth_football", G, "我家两个孩子一起报，学费怎么算？", "每期学费1800元，同一家庭的第2名学员减免200元。", []),
    ("h29_youth_football", G, "孩子上了10天课不想练了，还能退多少？", "开课后2周内申请退费的，可以退还学费的70%。", []),
    ("h29_youth_football", MIS, "每期训练几周？", "每期训练14周。", f_mis),
    ("h29_youth_football", CMP, "缺勤多少次会拿不到结业证书？", "每期缺勤少于3次的，不予颁发结业证书。", f_cmp),
    ("h29_youth_football", RNG, "周三的训练时间是几点到几点？", "周三16:30至19:00。", f_rng),
    ("h29_youth_football", UNIT, "开课后多久之内退费能退70%？", "开课后2个月内申请退费的，退还学费的70%。", f_unit),
    ("h29_youth_football", OFF, "队内比赛替补最多几个人？", "因病缺勤的，凭医院证明可补训2次。", f_off),

    # h29_community_garden — hard: 20 recurs (20 m² / 20 kg / $20), 30 recurs ($30 / 30 days / 30 minutes), 8:00 is both a closing and an opening time; askers bring an age (17), a clock time (7:30 am in November) and a duration (five weeks); answers read the fee table and combine two clauses
    ("h29_community_garden", G, "My plot is the 20 m² one. What's the yearly fee?", "The standard 20 m² plot costs $80 a year.", []),
    ("h29_community_garden", G, "My daughter is 17. Can she get a plot of her own?", "Yes, residents aged 16 or over can get a plot, but because she is under 18 she needs a guardian's signature.", []),
    ("h29_community_garden", G, "Can I get in at 7:30 am in November?", "No. Outside April to October the garden opens at 8:00 am and closes at 5:00 pm; the 7:00 am to 8:00 pm hours apply only from April to October.", []),
    ("h29_community_garden", G, "I was away for five weeks and didn't tend my plot. Will I lose it?", "You could: plots left uncultivated for more than 30 days may be reassigned, but only after a 14-day written notice.", []),
    ("h29_community_garden", G, "How long can I run the hose, and are there times I can't water?", "You can use a hose for up to 30 minutes per plot per day, and watering is not allowed between noon and 3:00 pm.", []),
    ("h29_community_garden", MIS, "How much does a raised bed cost per year?", "A raised bed costs $45 a year.", f_mis),
    ("h29_community_garden", CMP, "How many volunteer hours do plot holders owe?", "Each plot holder must volunteer at most 6 hours per season.", f_cmp),
    ("h29_community_garden", RNG, "What are the garden's opening hours in summer?", "From April to October the garden is open from 7:00 am to 6:00 pm.", f_rng),
    ("h29_community_garden", UNIT, "How much garden waste can I put in the compost bins?", "Up to 20 lb of garden waste per plot per week.", f_unit),
    ("h29_community_garden", OFF, "Is there a deposit when I sign up?", "Compost bins accept up to 20 kg of garden waste per plot per week.", f_off),

    # h29_bulky_waste — hard: 2 recurs (2 free collections / 2 metres / 2 mattresses), 5 recurs (5 items free / first 5 items paid), 6:00 is both the earliest evening time and the morning deadline; askers bring an item count (7 items), a weight (70 kg) and a weekday; good answers reorder the curb-time clause
    ("h29_bulky_waste", G, "I've already used one free pick-up this year. Can I get another free one, and how much can it take?", "Yes. Each household gets up to 2 free collections per calendar year, and each one covers up to 5 items.", []),
    ("h29_bulky_waste", G, "I have 7 items for an extra collection. How is that priced?", "An extra collection costs $35 for the first 5 items, plus $8 for each additional item.", []),
    ("h29_bulky_waste", G, "I want a collection on Friday. How far ahead do I have to book?", "You must book at least 3 business days before the collection date.", []),
    ("h29_bulky_waste", G, "My old fridge weighs about 70 kg. Does that cost extra?", "Yes. Single items heavier than 50 kg need a two-person crew and carry a $15 surcharge.", []),
    ("h29_bulky_waste", G, "When am I allowed to put my items out at the curb?", "Not before 6:00 pm the evening before, and no later than 6:00 am on collection day.", []),
    ("h29_bulky_waste", MIS, "How many mattresses can go in one collection?", "Up to 5 mattresses per collection.", f_mis),
    ("h29_bulky_waste", CMP, "When do I lose my fee if I cancel?", "You forfeit the fee if you cancel more than 24 hours before the collection.", f_cmp),
    ("h29_bulky_waste", RNG, "What time window do I have for putting items at the curb?", "From 3:00 pm the evening before until 6:00 am on collection day.", f_rng),
    ("h29_bulky_waste", UNIT, "How far in advance must a collection be booked?", "At least 3 weeks before the collection date.", f_unit),
    ("h29_bulky_waste", OFF, "Who can ask for in-home pick-up?", "Single items longer than 2 metres need a two-person crew and carry a $15 surcharge.", f_off),

    # h29_music_school — hard: 30 recurs (30-minute lessons / make-up within 30 days), 24 hours is a threshold, 2 and 3 sit close together (2 instruments / week 3), 5 is both an age and part of $25; askers bring an age (9), a notice period (2 days) and a clock time (Saturday at 3); answers combine the age clause with the fee clause
    ("h29_music_school", G, "My son is 9 and wants 45-minute lessons. What would a term cost?", "Children aged 5 to 17 can enrol in the day program, and 45-minute lessons cost $420 per term.", []),
    ("h29_music_school", G, "Both of my daughters are signing up. Do we get a discount?", "Yes, a 10% discount applies to siblings.", []),
    ("h29_music_school", G, "I told the teacher 2 days ahead that we'd miss a lesson. Can we make it up?", "Yes. A lesson missed with at least 24 hours' notice can be made up within 30 days.", []),
    ("h29_music_school", G, "What does it cost to rent a violin?", "Instrument rental is $25 per month, plus a $100 deposit.", []),
    ("h29_music_school", G, "Can I reach the front desk at 3 pm on a Saturday?", "No. On Saturday the front desk is only open from 9:00 am to 1:00 pm.", []),
    ("h29_music_school", MIS, "How much are 60-minute lessons per term?", "60-minute lessons cost $420 per term.", f_mis),
    ("h29_music_school", CMP, "How much notice do I need to give to get a make-up lesson?", "A make-up lesson is offered if you give less than 24 hours' notice.", f_cmp),
    ("h29_music_school", RNG, "Which ages can enrol in the day program?", "Students aged 5 to 12 may enrol in the day program.", f_rng),
    ("h29_music_school", UNIT, "How long does a term last?", "A term runs 15 months, with one lesson per week.", f_unit),
    ("h29_music_school", OFF, "What refund do I get if I withdraw in week 2?", "A 10% discount applies to siblings and to students taking 2 or more instruments.", f_off),
]
# HOLDOUT30: driving school enrolment (zh), residential parking & EV charging (zh), wedding photography package (zh), community garden plots (en), self-storage rental (en), children's swim school (en). First run:
# benchmarks/results/grounding_holdout30_first_run.txt.
DOCS.update({
    "h30_driving_school": (
        "驾校学车报名须知\n"
        "第一条 报名年龄须在18周岁至70周岁之间，C1培训费4800元，C2培训费5200元。\n"
        "第二条 报名后30日内须完成体检，逾期未体检的，退还培训费的80%。\n"
        "第三条 科目二每次练车不超过2小时，每人每周预约不超过3次。\n"
        "第四条 考试不合格的，补考费为每次300元；同一科目补考超过5次的，须重新报名。\n"
        "第五条 学员须在报名之日起3年内完成全部科目。\n"
        "第六条 教练迟到超过30分钟的，为学员补时1小时。\n"
        "第七条 周六、周日练车时段为8:00至18:00，夜间加练每小时80元。\n"
    ),
    "h30_residential_parking": (
        "小区停车场收费与管理规定\n"
        "第一条 业主固定车位月租300元；临时车位首2小时免费，超过2小时后每小时5元，每日最高收费30元。\n"
        "第二条 访客车辆停放不超过15分钟的，不收费。\n"
        "第三条 车长超过5.2米或车重超过3吨的车辆，不得进入地下车库。\n"
        "第四条 月租车位须一次性缴纳至少3个月租金；提前缴纳12个月的，享受9折优惠。\n"
        "第五条 车辆连续停放超过30日未挪动的，物业将书面通知车主。\n"
        "第六条 充电桩服务费标准如下：\n"
        "| 时段 | 服务费 |\n"
        "|---|---|\n"
        "| 8:00至22:00 | 每度0.8元 |\n"
        "| 22:00至次日8:00 | 每度0.5元 |\n"
    ),
    "h30_wedding_photo": (
        "婚纱摄影套餐服务条款\n"
        "第一条 基础套餐价格6999元，含服装3套、精修照片30张，拍摄时长不少于6小时。\n"
        "第二条 签约时须支付定金2000元，余款于拍摄前7日内付清。\n"
        "第三条 拍摄日期可免费改期1次，须提前15天申请；第2次改期收取500元。\n"
        "第四条 加选精修照片总数在1至20张的，每张50元；总数在21至40张的，每张30元；超过40张的，每张20元。\n"
        "第五条 外景拍摄地距门店超过50公里的，另收交通费每公里3元。\n"
        "第六条 精修照片于拍摄后30个工作日内交付，相册于选片后45天内交付。\n"
        "第七条 因门店原因取消拍摄的，退还全部款项并赔偿定金的20%。\n"
    ),
    "h30_community_garden": (
        "Riverside Community Garden Plot Rules\n"
        "1. Plots are available to residents aged 16 and over; applicants under 18 need an adult co-signer.\n"
        "2. Annual fees:\n"
        "| Plot size | Annual fee |\n"
        "|---|---|\n"
        "| Small (10 m²) | $45 |\n"
        "| Standard (20 m²) | $80 |\n"
        "| Large (40 m²) | $140 |\n"
        "3. A refundable deposit of $20 is due at signing.\n"
        "4. Each member may rent up to 2 plots.\n"
        "5. Plots must be planted within 30 days of assignment; plots left untended for more than 14 days receive a written warning.\n"
        "6. Water taps are open from 6 a.m. to 8 p.m., April 1 to October 31.\n"
        "7. Hoses may run for at most 20 minutes per plot per day.\n"
        "8. Seniors aged 65 or older receive a 25% discount on the annual fee.\n"
    ),
    "h30_self_storage": (
        "Self-Storage Unit Rental Terms\n"
        "1. Units are rented monthly: a 5x5 ft unit costs $39 per month and a 10x10 ft unit costs $119 per month.\n"
        "2. The first month is 50% off for contracts of at least 6 months.\n"
        "3. Rent is due on the 1st of each month; payments more than 5 days late incur a $15 late fee.\n"
        "4. If rent is unpaid for over 60 days, the contents may be sold at auction.\n"
        "5. Gate access hours are 6:00 to 22:00 daily; office hours are 9:00 to 17:00, Monday to Saturday.\n"
        "6. Items over 50 kg must be moved with a trolley, and no stack may exceed 2 metres in height.\n"
        "7. Tenants must give at least 10 days' written notice before moving out.\n"
        "8. Optional contents insurance costs $9 per month and covers up to $5,000.\n"
    ),
    "h30_swim_school": (
        "Children's Swim School Policy\n"
        "1. Lessons are for children aged 3 to 12; a parent must be in the water with children under 4.\n"
        "2. A term runs 10 weeks, with one 30-minute lesson per week, and costs $150.\n"
        "3. Classes hold at most 6 children; the Starter level holds at most 4.\n"
        "4. Please arrive 10 minutes early; swimmers more than 15 minutes late may not enter the pool.\n"
        "5. Missed lessons can be made up at most 2 times per term, with at least 24 hours' notice.\n"
        "6. Siblings get 10% off; a second term booked before the first one ends costs $135.\n"
        "7. Refunds of 50% are given if requested within 14 days of the term start; no refunds after that.\n"
    ),
})

HOLDOUT30: list[tuple] = [
    # h30_driving_school — hard: 30 recurs (30日体检 / 30分钟迟到), 3 recurs (每周3次 / 3年), 80 recurs (80%退款 / 每小时80元); askers bring 72岁, 补考3次, 迟到40分钟
    ("h30_driving_school", G, "我今年72岁了，还能报名学车吗？", "不能，报名年龄须在18周岁至70周岁之间，72岁已超出范围。", []),
    ("h30_driving_school", G, "科目二我已经补考了3次，再补考一次要多少钱？会不会要重新报名？", "每次补考费为300元；同一科目补考超过5次的才须重新报名，你补考了3次，还不需要重新报名。", []),
    ("h30_driving_school", G, "上次教练晚到了40分钟，我能得到什么补偿？", "教练迟到超过30分钟的，会为学员补时1小时，你等了40分钟，可以补时1小时。", []),
    ("h30_driving_school", G, "科目二一周能约几次车，每次能练多久？", "每人每周预约不超过3次，每次练车不超过2小时。", []),
    ("h30_driving_school", G, "报名以后我一直没去体检，会有什么后果？", "报名后须在30日内完成体检，逾期未体检的，只退还培训费的80%。", []),
    ("h30_driving_school", MIS, "科目二考试没过，补考一次多少钱？", "补考费为每次80元。", f_mis),
    ("h30_driving_school", CMP, "教练迟到多久才会给学员补时？", "教练迟到不满30分钟的，为学员补时1小时。", f_cmp),
    ("h30_driving_school", RNG, "周末几点可以练车？", "周六、周日练车时段为8:00至12:00。", f_rng),
    ("h30_driving_school", UNIT, "报名后多长时间内必须考完全部科目？", "学员须在报名之日起3个月内完成全部科目。", f_unit),
    ("h30_driving_school", OFF, "报名后多久之内要去体检？", "每人每周预约练车不超过3次。", f_off),

    # h30_residential_parking — hard: 30 recurs (每日最高30元 / 30日未挪动), 2 recurs (首2小时), 5 recurs (每小时5元 / 5.2米), 3 recurs (3吨 / 3个月), 8 recurs (0.8元 / 8:00); askers bring 5个小时, 晚上11点, 5.5米, 10分钟; one answer read off a table row
    ("h30_residential_parking", G, "我在临时车位停了5个小时，怎么收费？", "临时车位首2小时免费，超过2小时后每小时收5元，且每日最高收费30元。", []),
    ("h30_residential_parking", G, "晚上11点给电动车充电，服务费怎么算？", "22:00至次日8:00时段的充电服务费为每度0.5元。", []),
    ("h30_residential_parking", G, "固定车位如果一次交一整年的租金，有优惠吗？", "有，月租300元的固定车位提前缴纳12个月的，享受9折优惠。", []),
    ("h30_residential_parking", G, "我的车长5.5米，可以停进地下车库吗？", "不可以，车长超过5.2米的车辆不得进入地下车库。", []),
    ("h30_residential_parking", G, "朋友开车来送东西，停10分钟要交钱吗？", "不用交钱，访客车辆停放不超过15分钟的不收费。", []),
    ("h30_residential_parking", MIS, "临时车位一天最多收多少钱？", "临时车位每日最高收费300元。", f_mis),
    ("h30_residential_parking", CMP, "多重的车不能进地下车库？", "车重不超过3吨的车辆，不得进入地下车库。", f_cmp),
    ("h30_residential_parking", RNG, "白天充电的服务费是多少？", "8:00至18:00时段，充电服务费为每度0.8元。", f_rng),
    ("h30_residential_parking", UNIT, "车停多久不动，物业会发通知？", "车辆连续停放超过30小时未挪动的，物业将书面通知车主。", f_unit),
    ("h30_residential_parking", OFF, "月租车位最少要一次交几个月？", "访客车辆停放不超过15分钟的，不收费。", f_off),

    # h30_wedding_photo — hard: 30 recurs (30张精修 / 每张30元 / 30个工作日), 20 recurs (20张 / 每张20元 / 20%), 50 recurs (每张50元 / 50公里), 3 recurs (3套 / 每公里3元); askers bring 25张, 80公里
    ("h30_wedding_photo", G, "我想再加选25张精修，每张多少钱？", "加选精修总数在21至40张的，每张30元，你加选25张，按每张30元计算。", []),
    ("h30_wedding_photo", G, "基础套餐里有几套衣服、几张精修？", "基础套餐含精修照片30张、服装3套。", []),
    ("h30_wedding_photo", G, "拍摄日期想改，要提前多久申请？收费吗？", "须提前15天申请；可免费改期1次，第2次改期收取500元。", []),
    ("h30_wedding_photo", G, "我们想去离门店80公里的海边拍外景，要额外加钱吗？", "要，外景拍摄地距门店超过50公里的，另收交通费每公里3元。", []),
    ("h30_wedding_photo", G, "拍完以后多久能拿到精修照片和相册？", "精修照片于拍摄后30个工作日内交付，相册于选片后45天内交付。", []),
    ("h30_wedding_photo", MIS, "签约时要交多少定金？", "签约时须支付定金500元。", f_mis),
    ("h30_wedding_photo", CMP, "基础套餐拍摄时间有多长？", "基础套餐拍摄时长不超过6小时。", f_cmp),
    ("h30_wedding_photo", RNG, "加选多少张精修可以按每张30元算？", "加选精修总数在21至60张的，每张30元。", f_rng),
    ("h30_wedding_photo", UNIT, "精修照片拍完多久交付？", "精修照片于拍摄后30天内交付。", f_unit),
    ("h30_wedding_photo", OFF, "如果是门店原因取消拍摄，怎么赔偿？", "外景拍摄地距门店超过50公里的，另收交通费每公里3元。", f_off),

    # h30_community_garden — hard: 20 recurs (20 m² / $20 deposit / 20 minutes), 40 recurs (40 m²), 30/31 and 14 near each other; askers bring age 17, 7 p.m. in September, grandmother of 70, 10 days away; one answer read off a table row plus another clause
    ("h30_community_garden", G, "I'm 17 — can I get a plot?", "Yes. Plots are available to residents aged 16 and over, but because you are under 18 you need an adult co-signer.", []),
    ("h30_community_garden", G, "How much is a standard plot per year, and what do I pay when I sign?", "A standard 20 m² plot costs $80 a year, and a refundable deposit of $20 is due at signing.", []),
    ("h30_community_garden", G, "Can I water my plot at 7 in the evening in September?", "Yes. The water taps are open from 6 a.m. to 8 p.m. between April 1 and October 31.", []),
    ("h30_community_garden", G, "My grandmother is 70. Does she get a discount on her plot?", "Yes. Seniors aged 65 or older receive a 25% discount on the annual fee.", []),
    ("h30_community_garden", G, "I was away for 10 days and didn't tend my plot. Will I get a warning?", "No. A written warning is only given when a plot is left untended for more than 14 days.", []),
    ("h30_community_garden", MIS, "What is the annual fee for a large plot?", "A large 40 m² plot costs $80 per year.", f_mis),
    ("h30_community_garden", CMP, "How long may I run a hose on my plot each day?", "Hoses must run for at least 20 minutes per plot per day.", f_cmp),
    ("h30_community_garden", RNG, "What hours are the water taps open?", "The water taps are open from 6 a.m. to 6 p.m., April 1 to October 31.", f_rng),
    ("h30_community_garden", UNIT, "How soon after assignment must my plot be planted?", "Plots must be planted within 30 weeks of assignment.", f_unit),
    ("h30_community_garden", OFF, "How many plots can one member rent?", "A refundable deposit of $20 is due at signing.", f_off),

    # h30_self_storage — hard: 5 recurs (5x5 ft / 5 days / $5,000), 10 recurs (10x10 ft / 10 days), 6 recurs (6 months / 6:00), 9 recurs ($9 / 9:00), 50 recurs (50% / 50 kg); askers bring "the 4th", 9 p.m. on a Sunday, 12 months
    ("h30_self_storage", G, "My rent payment went through on the 4th. Will I be charged a late fee?", "No. Rent is due on the 1st, and the $15 late fee applies only to payments more than 5 days late.", []),
    ("h30_self_storage", G, "Can I get into my unit at 9 p.m. on a Sunday?", "Yes. Gate access is open daily from 6:00 to 22:00; only the office, open 9:00 to 17:00 Monday to Saturday, is closed on Sundays.", []),
    ("h30_self_storage", G, "If I sign a 12-month contract, do I get a deal on the first month?", "Yes. Contracts of at least 6 months get the first month at 50% off.", []),
    ("h30_self_storage", G, "What does the contents insurance cost, and how much does it cover?", "It is optional, costs $9 per month, and covers up to $5,000.", []),
    ("h30_self_storage", G, "I'm planning to move my things out. How much notice do you need?", "You must give at least 10 days' written notice before moving out.", []),
    ("h30_self_storage", MIS, "How much does a 10x10 ft unit cost?", "A 10x10 ft unit costs $39 per month.", f_mis),
    ("h30_self_storage", CMP, "How much notice do I have to give before moving out?", "You need to give no more than 10 days' written notice before moving out.", f_cmp),
    ("h30_self_storage", RNG, "When is the office open?", "The office is open from 9:00 to 12:00, Monday to Saturday.", f_rng),
    ("h30_self_storage", UNIT, "How heavy does an item have to be before I need a trolley?", "Items over 50 lb must be moved with a trolley.", f_unit),
    ("h30_self_storage", OFF, "What happens if my rent stays unpaid for a long time?", "Items over 50 kg must be moved with a trolley.", f_off),

    # h30_swim_school — hard: 10 recurs (10 weeks / 10 minutes / 10%), 4 recurs (under 4 / Starter holds 4), 12 recurs (age 12 / asker's 12 minutes), 14 and 15 sit close; askers bring 2 and a half years, 12 minutes late, an early re-booking
    ("h30_swim_school", G, "My son is two and a half. Can he join the lessons?", "Not yet. Lessons are for children aged 3 to 12.", []),
    ("h30_swim_school", G, "How long is each lesson, and how many lessons are in a term?", "Each lesson lasts 30 minutes, once a week, over a 10-week term that costs $150.", []),
    ("h30_swim_school", G, "We're going to be 12 minutes late today. Can my daughter still swim?", "Yes. Only swimmers more than 15 minutes late may not enter the pool, although you are asked to arrive 10 minutes early.", []),
    ("h30_swim_school", G, "If I book the next term before this one finishes, what will it cost?", "A second term booked before the first one ends costs $135 instead of the usual $150.", []),
    ("h30_swim_school", G, "How many children are in a Starter class?", "The Starter level holds at most 4 children, while other classes hold at most 6.", []),
    ("h30_swim_school", MIS, "What discount do siblings get?", "Siblings get 50% off.", f_mis),
    ("h30_swim_school", CMP, "How many missed lessons can we make up each term?", "Missed lessons can be made up at least 2 times per term.", f_cmp),
    ("h30_swim_school", RNG, "What ages are the lessons for?", "Lessons are for children aged 3 to 8.", f_rng),
    ("h30_swim_school", UNIT, "How much notice do I need to give to make up a missed lesson?", "You need to give at least 24 days' notice.", f_unit),
    ("h30_swim_school", OFF, "Can I get a refund after the term has started?", "Classes hold at most 6 children.", f_off),
]
# HOLDOUT31: pet boarding (zh), driving school (zh), residential parking (zh), bike share (en), self-storage (en), community garden (en). First run:
# benchmarks/results/grounding_holdout31_first_run.txt.
DOCS.update({
    "h31_pet_boarding": (
        "安心宠物寄养服务须知\n"
        "第一条 寄养按宠物体重计费：\n"
        "| 体重 | 每日费用 |\n"
        "|---|---|\n"
        "| 10公斤以下 | 80元 |\n"
        "| 10公斤至25公斤 | 120元 |\n"
        "| 超过25公斤 | 160元 |\n"
        "第二条 连续寄养超过7天的，超出7天部分的日费用减免15%。\n"
        "第三条 宠物须完成疫苗接种满15天方可入住；年龄不满3个月的幼犬幼猫不予接收。\n"
        "第四条 每日遛狗2次，每次30分钟；接送时间为每天8:00至20:00。\n"
        "第五条 预订须支付押金200元，入住前48小时以内取消的，押金不予退还。\n"
        "第六条 超过约定离店时间3小时以内的，不另收费；超过3小时的，按1天计费。\n"
    ),
    "h31_driving_school": (
        "顺达驾校学车服务约定\n"
        "一、C1手动挡培训费4800元，C2自动挡培训费5200元，报名时须一次性缴清。\n"
        "二、报名年龄为18周岁至70周岁；年满60周岁的学员须另交体检证明。\n"
        "三、科目二包含练车学时不少于16学时，科目三不少于24学时；超出部分每学时100元。\n"
        "四、每天练车时段为7:30至18:30，每人每天最多预约4学时。\n"
        "五、科目二或科目三考试不合格的，每次补考费200元；同一科目补考超过4次的，须重新缴纳培训费的50%。\n"
        "六、报名后30日内退学的，退还培训费的80%；已开始科目二培训的，不予退款。\n"
        "七、自报名之日起3年内未完成全部考试的，合同自动终止。\n"
    ),
    "h31_residential_parking": (
        "锦园小区停车管理规定\n"
        "第一条 临时停车30分钟以内免费；超过30分钟的，每小时收费5元，不足1小时按1小时计。\n"
        "第二条 临时停车每日收费封顶40元。\n"
        "第三条 业主月租车位每月300元，按年一次性缴纳的优惠10%。\n"
        "第四条 每户最多办理2个月租车位。\n"
        "第五条 车辆在22:00至次日6:00期间进出的，临时停车费按每小时3元收取。\n"
        "第六条 车辆连续停放超过30天且未办理月租的，物业有权通知挪车。\n"
        "第七条 新能源充电车位充电时间不超过4小时，超过后每小时加收占位费10元。\n"
    ),
    "h31_bike_share": (
        "CityCycle Bike-Share Terms\n"
        "1. A single ride costs $2 for the first 30 minutes, then $1 for each additional 15 minutes.\n"
        "2. Annual members pay $90 per year and ride free for up to 45 minutes per trip.\n"
        "3. E-bikes carry a surcharge of $0.15 per minute.\n"
        "4. Riders must be at least 16 years old; riders aged 16 to 17 need a parent's consent.\n"
        "5. Bikes not returned within 24 hours incur a $150 late fee; a bike missing for more than 72 hours is charged at $1,200.\n"
        "6. The service operates from 5:00 a.m. to midnight daily, and each docking station holds up to 30 bikes.\n"
        "7. Members may pause their membership for up to 2 months per year.\n"
        "8. Refunds for annual membership are available within 14 days of purchase.\n"
    ),
    "h31_self_storage": (
        "SafeBox Self-Storage Rental Terms\n"
        "1. Monthly rates by unit size:\n"
        "| Unit | Size | Monthly rate |\n"
        "|---|---|---|\n"
        "| Small | 25 sq ft | $45 |\n"
        "| Medium | 50 sq ft | $80 |\n"
        "| Large | 100 sq ft | $140 |\n"
        "2. A refundable deposit of $50 is due at signing.\n"
        "3. Tenants who prepay 6 months receive a 10% discount; prepaying 12 months gives 15%.\n"
        "4. Rent is due on the 1st of each month; payments more than 5 days late incur a $20 fee.\n"
        "5. Access hours are 6:00 a.m. to 10:00 p.m.; gate codes lock after 3 failed attempts.\n"
        "6. Items over 50 lb must be stored on the floor, not on shelves.\n"
        "7. Tenants must give at least 10 days' notice before moving out.\n"
        "8. Units unpaid for 60 days may be sold at auction.\n"
    ),
    "h31_community_garden": (
        "Maple Street Community Garden Rules\n"
        "1. A standard plot of 200 sq ft costs $35 per season; a raised bed costs $25 and is reserved for gardeners aged 65 or over.\n"
        "2. The season runs from April 1 to October 31.\n"
        "3. Each household may rent up to 2 plots.\n"
        "4. Plots must be planted by May 15; plots left untended for more than 3 weeks may be reassigned.\n"
        "5. Members must volunteer at least 6 hours per season; each missed hour is billed at $10.\n"
        "6. Watering is allowed from 6:00 a.m. to 9:00 a.m. and from 6:00 p.m. to 9:00 p.m.; hose use is limited to 20 minutes per plot.\n"
        "7. Children under 12 must be accompanied by an adult.\n"
        "8. Plants may not exceed 6 feet in height.\n"
    ),
})

HOLDOUT31: list[tuple] = [
    # h31_pet_boarding — hard: 15 is both the vaccine wait (天) and the discount (%), 3 is both 3个月 and 3小时, 25公斤 is a band edge; askers bring 18公斤, 2个月, 晚上9点, 晚2小时; one answer is read off the table
    ("h31_pet_boarding", G, "我家狗18公斤，寄养一天多少钱？", "18公斤属于10公斤至25公斤这一档，每日费用120元。", []),
    ("h31_pet_boarding", G, "寄养时间长一点有没有优惠？", "有，连续寄养超过7天的，超出7天那部分的日费用减免15%，前7天按原价。", []),
    ("h31_pet_boarding", G, "我家小猫才2个月大，可以寄养吗？", "不可以，年龄不满3个月的幼犬幼猫不予接收。", []),
    ("h31_pet_boarding", G, "晚上9点下班后还能去接狗吗？", "不能，接送时间为每天8:00至20:00，晚上9点已超出接送时间。", []),
    ("h31_pet_boarding", G, "如果我比约定时间晚2个小时来接，要多付钱吗？", "不用，超过约定离店时间3小时以内的不另收费；只有超过3小时的才按1天计费。", []),
    ("h31_pet_boarding", MIS, "打完疫苗要等多久才能入住？", "宠物完成疫苗接种满7天即可入住。", f_mis),
    ("h31_pet_boarding", CMP, "什么体重的宠物按每天160元收费？", "体重不超过25公斤的宠物每日收费160元。", f_cmp),
    ("h31_pet_boarding", RNG, "每天120元那一档适用于多重的宠物？", "体重10公斤以上的宠物都按每日120元收费。", f_rng),
    ("h31_pet_boarding", UNIT, "取消预订什么情况下押金不退？", "入住前48天以内取消的，押金200元不予退还。", f_unit),
    ("h31_pet_boarding", OFF, "预订要交多少押金？", "每日遛狗2次，每次30分钟。", f_off),

    # h31_driving_school — hard: 4 is both 4学时/天 and 4次补考, 200元 vs 100元 (补考 vs 超时学时), 30日 and 3年, 18 is an age and part of 18:30; askers bring 65岁, 6个学时, 20天
    ("h31_driving_school", G, "我想学自动挡，总共要交多少培训费？", "C2自动挡培训费5200元，需在报名时一次性缴清。", []),
    ("h31_driving_school", G, "我爸今年65岁了，还能报名学车吗？", "可以，报名年龄为18周岁至70周岁；不过年满60周岁的学员须另交体检证明。", []),
    ("h31_driving_school", G, "科目三想多练几个小时，超出的怎么收费？", "科目三包含的练车学时不少于24学时，超出部分每学时收费100元。", []),
    ("h31_driving_school", G, "我一天能约6个学时集中练吗？", "不能，每人每天最多预约4学时，练车时段为7:30至18:30。", []),
    ("h31_driving_school", G, "报名20天了还没开始练车，现在退学能退多少？", "报名后30日内退学的，退还培训费的80%；您尚未开始科目二培训，可以按此退款。", []),
    ("h31_driving_school", MIS, "科目二没考过，补考一次多少钱？", "科目二每次补考费100元。", f_mis),
    ("h31_driving_school", CMP, "科目二的培训包含多少学时？", "科目二包含的练车学时最多16学时。", f_cmp),
    ("h31_driving_school", RNG, "多大年龄可以报名？", "年满18周岁即可报名，没有年龄上限。", f_rng),
    ("h31_driving_school", UNIT, "报名后多久没考完合同会终止？", "自报名之日起3个月内未完成全部考试的，合同自动终止。", f_unit),
    ("h31_driving_school", OFF, "同一科目补考超过4次会怎样？", "每人每天最多预约4学时。", f_off),

    # h31_residential_parking — hard: 30 is both 30分钟 (free) and 30天 (挪车), 10 is both 10% and 10元, 5元 day rate vs 3元 night rate; askers bring 20分钟, 晚上11点, 一年交清
    ("h31_residential_parking", G, "我临时进小区停了20分钟，要收费吗？", "不收费，临时停车30分钟以内免费。", []),
    ("h31_residential_parking", G, "临时停车停一整天最多收多少钱？", "临时停车每日收费封顶40元。", []),
    ("h31_residential_parking", G, "晚上11点开车进小区临时停车怎么收费？", "车辆在22:00至次日6:00期间进出的，临时停车费按每小时3元收取。", []),
    ("h31_residential_parking", G, "月租车位如果一年一次交清有优惠吗？", "有，月租车位每月300元，按年一次性缴纳的优惠10%。", []),
    ("h31_residential_parking", G, "充电车位最多能占用多久？超时怎么办？", "充电时间不超过4小时，超过后每小时加收占位费10元。", []),
    ("h31_residential_parking", MIS, "夜里临时停车每小时多少钱？", "夜间22:00至次日6:00临时停车每小时5元。", f_mis),
    ("h31_residential_parking", CMP, "临时停车多长时间内免费？", "临时停车超过30分钟免费。", f_cmp),
    ("h31_residential_parking", RNG, "夜间按每小时3元收费的是几点到几点？", "22:00至次日8:00期间进出的车辆按每小时3元收取。", f_rng),
    ("h31_residential_parking", UNIT, "车一直停着不动，多久物业会通知挪车？", "车辆连续停放超过30小时且未办理月租的，物业有权通知挪车。", f_unit),
    ("h31_residential_parking", OFF, "每户最多能办几个月租车位？", "临时停车每日收费封顶40元。", f_off),

    # h31_bike_share — hard: 30 is both the single-ride window and the dock capacity, 16 is an age and an age-band edge, 24 vs 72 hours for two penalties; askers bring a 25-minute ride, a 17-year-old, two days, last week
    ("h31_bike_share", G, "I'm planning a 25-minute ride and I'm not a member. What will it cost?", "A single ride costs $2 for the first 30 minutes, so a 25-minute ride is covered by that $2.", []),
    ("h31_bike_share", G, "If I buy the yearly membership, how long can each trip be before I pay extra?", "Annual members pay $90 per year and ride free for up to 45 minutes per trip.", []),
    ("h31_bike_share", G, "My son is 17. Is he allowed to ride?", "Yes. Riders must be at least 16 years old, and riders aged 16 to 17 need a parent's consent.", []),
    ("h31_bike_share", G, "What happens if I keep a bike for two days?", "A bike not returned within 24 hours incurs a $150 late fee; if it is missing for more than 72 hours you are charged $1,200.", []),
    ("h31_bike_share", G, "I bought an annual pass last week. Can I still get a refund?", "Yes, refunds for annual membership are available within 14 days of purchase.", []),
    ("h31_bike_share", MIS, "How long can annual members ride for free on each trip?", "Annual members ride free for up to 30 minutes per trip.", f_mis),
    ("h31_bike_share", CMP, "What is the minimum age to ride?", "Riders must be under 16 years old.", f_cmp),
    ("h31_bike_share", RNG, "What hours does the service run?", "The service operates from 5:00 a.m. to 10:00 p.m. daily.", f_rng),
    ("h31_bike_share", UNIT, "How much extra does an e-bike cost?", "E-bikes carry a surcharge of $0.15 per hour.", f_unit),
    ("h31_bike_share", OFF, "How long can I pause my membership?", "Refunds for annual membership are available within 14 days of purchase.", f_off),

    # h31_self_storage — hard: 50 is the medium size, the deposit and the weight limit; 10 is the discount and the notice days (and 10:00 p.m.); 45 is a rate; askers bring half a year, the 4th, a 60-pound box (60 is also the auction days)
    ("h31_self_storage", G, "What does the medium unit cost each month?", "The Medium unit, 50 sq ft, rents for $80 per month.", []),
    ("h31_self_storage", G, "If I pay half a year upfront for a large unit, do I get a discount?", "Yes. Prepaying 6 months gives a 10% discount off the Large unit's $140 monthly rate.", []),
    ("h31_self_storage", G, "My rent payment went through on the 4th. Will I be charged a late fee?", "No. Rent is due on the 1st, and the $20 fee only applies to payments more than 5 days late.", []),
    ("h31_self_storage", G, "Can I put a 60-pound box on one of the shelves?", "No, items over 50 lb must be stored on the floor, not on shelves.", []),
    ("h31_self_storage", G, "How much warning do I have to give before I move out?", "You must give at least 10 days' notice before moving out.", []),
    ("h31_self_storage", MIS, "How much is the deposit when I sign?", "A refundable deposit of $45 is due at signing.", f_mis),
    ("h31_self_storage", CMP, "When does the late fee apply?", "Payments up to 5 days late incur a $20 fee.", f_cmp),
    ("h31_self_storage", RNG, "When can I get into my unit?", "Access hours are 6:00 a.m. to 8:00 p.m.", f_rng),
    ("h31_self_storage", UNIT, "How long can a unit go unpaid before it may be auctioned?", "Units unpaid for 60 hours may be sold at auction.", f_unit),
    ("h31_self_storage", OFF, "How many wrong gate code attempts lock the gate?", "Tenants who prepay 12 months receive a 15% discount.", f_off),

    # h31_community_garden — hard: 6 is the volunteer hours, the plant height and both 6:00 watering starts; 9:00 ends both windows; $35 vs $25 plots; 2 is the plot cap; askers bring age 70, 4 hours, 7 in the evening, 2 weeks away
    ("h31_community_garden", G, "I'm 70. Can I get a raised bed, and what does it cost?", "Yes. Raised beds are reserved for gardeners aged 65 or over and cost $25 per season.", []),
    ("h31_community_garden", G, "When does the growing season end?", "The season runs from April 1 to October 31, so it ends on October 31.", []),
    ("h31_community_garden", G, "I only managed 4 volunteer hours this season. Will I be billed?", "Yes. Members must volunteer at least 6 hours per season, and each missed hour is billed at $10.", []),
    ("h31_community_garden", G, "Can I water my plot at 7 in the evening?", "Yes, evening watering is allowed from 6:00 p.m. to 9:00 p.m., with hose use limited to 20 minutes per plot.", []),
    ("h31_community_garden", G, "I've been away for 2 weeks. Could my plot be given to someone else?", "Not yet; only plots left untended for more than 3 weeks may be reassigned.", []),
    ("h31_community_garden", MIS, "How much does a standard plot cost?", "A standard plot of 200 sq ft costs $25 per season.", f_mis),
    ("h31_community_garden", CMP, "How tall are my plants allowed to grow?", "Plants must be at least 6 feet in height.", f_cmp),
    ("h31_community_garden", RNG, "What are the morning watering hours?", "Morning watering is allowed from 6:00 a.m. to 11:00 a.m.", f_rng),
    ("h31_community_garden", UNIT, "How long may I run the hose on my plot?", "Hose use is limited to 20 hours per plot.", f_unit),
    ("h31_community_garden", OFF, "At what age do children need an adult with them?", "Each household may rent up to 2 plots.", f_off),
]
# HOLDOUT32: pet boarding (zh), driving school (zh), market stall rental (zh), bike-share membership (en), community garden plots (en), music lessons (en). First run:
# benchmarks/results/grounding_holdout32_first_run.txt.
DOCS.update({
    "h32_pet_boarding": (
        "宠物寄养服务须知\n"
        "第一条 寄养犬只体重不超过30公斤，年龄须满4个月，且已接种疫苗满15天。\n"
        "第二条 收费标准见下表（按每日计）：\n"
        "| 类别 | 每日费用 |\n"
        "|---|---|\n"
        "| 小型犬（10公斤以下） | 80元 |\n"
        "| 中型犬（10公斤至30公斤） | 120元 |\n"
        "| 猫 | 60元 |\n"
        "第三条 连续寄养超过7天的，总费用打9折；超过30天的，打8折。\n"
        "第四条 接送时间为每日8:00至20:00，超时接宠加收50元。\n"
        "第五条 预约须提前3天，并预付30%定金；入住前48小时内取消的，定金不退。\n"
        "第六条 寄养期间每日遛狗2次，每次不少于20分钟。\n"
    ),
    "h32_driving_school": (
        "驾校学车报名须知\n"
        "第一条 报名年龄为18周岁至60周岁，C1学费为4800元，C2学费为5200元。\n"
        "第二条 报名时须一次性缴清学费，或首付50%，余款在科目二考试前结清。\n"
        "第三条 科目二训练每人每天不超过2小时，累计学时不少于16小时方可预约考试。\n"
        "第四条 练车时间为周一至周日7:00至19:00，迟到超过15分钟视为缺勤。\n"
        "第五条 科目二、科目三每科补考费为300元，首次考试不收费。\n"
        "第六条 学员须在报名后3年内完成全部科目，逾期学费不退。\n"
        "第七条 报名后7日内未参加培训的，可申请退费，扣除手续费200元。\n"
    ),
    "h32_market_stall": (
        "社区菜市场摊位租赁规定\n"
        "第一条 A类摊位面积6平方米，月租金1500元；B类摊位面积4平方米，月租金900元。\n"
        "第二条 租期最短6个月，最长3年，签约时须缴纳2个月租金作为押金。\n"
        "第三条 市场营业时间为每日5:30至19:00，摊主须在闭市后30分钟内清理完毕。\n"
        "第四条 每户最多承租2个摊位。\n"
        "第五条 租金应于每月5日前缴纳，逾期每日加收租金的0.5%作为滞纳金；逾期超过15日的，市场有权收回摊位。\n"
        "第六条 摊位内电器总功率不得超过3千瓦。\n"
    ),
    "h32_bike_share": (
        "CityCycle Bike-Share Membership Terms\n"
        "1. Members must be at least 16 years old; riders aged 16 to 17 need a guardian's consent.\n"
        "2. An annual membership costs $90; a monthly pass costs $15.\n"
        "3. Each ride of up to 45 minutes is included; every additional 15 minutes costs $2.\n"
        "4. E-bikes carry a surcharge of $0.10 per minute, capped at $5 per ride.\n"
        "5. Bikes must be docked within 24 hours; a bike missing for more than 24 hours incurs a $250 replacement fee.\n"
        "6. Stations operate from 5 a.m. to midnight; rides may not start between midnight and 5 a.m.\n"
        "7. Annual memberships can be refunded within 14 days of purchase, less a $15 fee.\n"
    ),
    "h32_community_garden": (
        "Maple Street Community Garden Plot Rules\n"
        "1. Plot fees per season:\n"
        "| Plot type | Fee |\n"
        "|---|---|\n"
        "| Small (10 m²) | $40 |\n"
        "| Standard (20 m²) | $65 |\n"
        "| Raised bed (4 m²) | $25 |\n"
        "2. Each household may rent up to 2 plots; seniors aged 65 and over pay 50% of the fee.\n"
        "3. The garden is open from 7 a.m. to 8 p.m., April 1 to October 31.\n"
        "4. Plots must be planted within 21 days of assignment; plots left untended for more than 21 days may be reassigned.\n"
        "5. Structures may not be taller than 2 metres.\n"
        "6. Hoses may be used for at most 30 minutes per plot per day.\n"
        "7. Volunteers who give at least 10 hours per season get a $10 credit.\n"
    ),
    "h32_music_lessons": (
        "Harbor Music School Lesson Policy\n"
        "1. Lessons are offered to students aged 5 to 18; adult lessons cost 20% more.\n"
        "2. A 30-minute lesson costs $35, a 45-minute lesson $50 and a 60-minute lesson $65.\n"
        "3. Lessons are paid by term of 10 weeks, due at least 7 days before the term starts.\n"
        "4. Cancellations made at least 24 hours in advance earn one make-up lesson, up to 2 make-ups per term.\n"
        "5. Students arriving more than 10 minutes late receive only the remaining lesson time.\n"
        "6. Instrument rental costs $20 per month, with a deposit of $100.\n"
        "7. Siblings enrolled together receive a 10% discount.\n"
    ),
})

HOLDOUT32: list[tuple] = [
    # h32_pet_boarding — hard: 30 recurs as 30公斤 / 30天 / 30%, 10公斤 is both a band edge and an end; askers bring 25公斤, 10天, 晚上9点; answers read off the table and combine clauses
    ("h32_pet_boarding", G, "我家狗25公斤，寄养一天多少钱？", "25公斤属于中型犬（10公斤至30公斤），每日费用为120元。", []),
    ("h32_pet_boarding", G, "猫连续寄养10天，有优惠吗？", "有。连续寄养超过7天的，总费用打9折；猫的每日费用为60元。", []),
    ("h32_pet_boarding", G, "我晚上9点才能去接狗，可以吗？", "接送时间为每日8:00至20:00，超出这个时间接宠需要加收50元。", []),
    ("h32_pet_boarding", G, "预约寄养有什么要求？", "须提前3天预约，并预付30%的定金；如果在入住前48小时内取消，定金不退。", []),
    ("h32_pet_boarding", G, "狗刚打完疫苗能马上寄养吗？", "不能，须接种疫苗满15天才可寄养；另外狗要年龄满4个月、体重不超过30公斤。", []),
    ("h32_pet_boarding", MIS, "连续寄养超过30天打几折？", "连续寄养超过30天的，总费用打9折。", f_mis),
    ("h32_pet_boarding", CMP, "多重的狗可以寄养？", "体重超过30公斤的犬只可以寄养。", f_cmp),
    ("h32_pet_boarding", RNG, "每天几点到几点可以接送宠物？", "接送时间为每日8:00至18:00。", f_rng),
    ("h32_pet_boarding", UNIT, "入住前多久取消，定金就不退了？", "入住前48天内取消的，定金不退。", f_unit),
    ("h32_pet_boarding", OFF, "寄养期间每天遛狗几次？", "接送时间为每日8:00至20:00，超时接宠加收50元。", f_off),

    # h32_driving_school — hard: 7 recurs as 7:00 and 7日, 2小时 vs 16小时 sit in one clause, 3年 vs 科目三; askers bring 65岁 and 10分钟
    ("h32_driving_school", G, "我今年65岁，还能报名学车吗？", "不能。报名年龄为18周岁至60周岁，65岁超出了这个范围。", []),
    ("h32_driving_school", G, "学C2要交多少钱，可以分期吗？", "C2学费为5200元，可以首付50%，余款在科目二考试前结清。", []),
    ("h32_driving_school", G, "科目二要练多久才能约考？", "科目二累计学时不少于16小时方可预约考试，且每人每天练车不超过2小时。", []),
    ("h32_driving_school", G, "我练车迟到了10分钟，算缺勤吗？", "不算，迟到超过15分钟才视为缺勤。", []),
    ("h32_driving_school", G, "报了名一直没去练车，能退钱吗？", "报名后7日内未参加培训的可以申请退费，但要扣除手续费200元。", []),
    ("h32_driving_school", MIS, "C1的学费是多少？", "C1学费为5200元。", f_mis),
    ("h32_driving_school", CMP, "科目二每天最多能练多久？", "科目二训练每人每天不少于2小时。", f_cmp),
    ("h32_driving_school", RNG, "每天几点可以练车？", "练车时间为周一至周日7:00至17:00。", f_rng),
    ("h32_driving_school", UNIT, "必须在多长时间内考完全部科目？", "学员须在报名后3个月内完成全部科目，逾期学费不退。", f_unit),
    ("h32_driving_school", OFF, "补考要交钱吗？", "报名后7日内未参加培训的，可申请退费，扣除手续费200元。", f_off),

    # h32_market_stall — hard: 6 recurs (6平方米 / 6个月), 2 (2个月押金 / 2个摊位), 5 (5:30 / 5日 / 0.5%), 3 (3年 / 3千瓦); askers bring 8号 and 3个摊位
    ("h32_market_stall", G, "我想租A类摊位，签约时押金怎么交？", "押金为2个月租金，A类摊位月租金为1500元。", []),
    ("h32_market_stall", G, "B类摊位多大，每月租金多少？", "B类摊位面积4平方米，月租金900元。", []),
    ("h32_market_stall", G, "这个月我8号才交租，会怎么样？", "租金应在每月5日前缴纳，逾期每日加收租金的0.5%作为滞纳金；逾期超过15日的，市场有权收回摊位。", []),
    ("h32_market_stall", G, "我能一个人租3个摊位吗？", "不能，每户最多承租2个摊位。", []),
    ("h32_market_stall", G, "收市以后要多久内打扫完？", "市场19:00闭市，摊主须在闭市后30分钟内清理完毕。", []),
    ("h32_market_stall", MIS, "A类摊位面积有多大？", "A类摊位面积为4平方米。", f_mis),
    ("h32_market_stall", CMP, "摊位里的电器功率有什么限制？", "摊位内电器总功率不得低于3千瓦。", f_cmp),
    ("h32_market_stall", RNG, "菜市场每天几点开门、几点关门？", "市场营业时间为每日5:30至21:00。", f_rng),
    ("h32_market_stall", UNIT, "交租晚了，滞纳金怎么算？", "逾期每日加收0.5元滞纳金。", f_unit),
    ("h32_market_stall", OFF, "摊位最长能租多久？", "每户最多承租2个摊位。", f_off),

    # h32_bike_share — hard: 15 recurs ($15 pass / 15 minutes / $15 fee), 16 is both bound and band edge, 5 is $5 cap and 5 a.m., 24 hours twice; askers bring age 17, a 60-minute ride, 2 a.m.
    ("h32_bike_share", G, "I'm 17 — can I sign up?", "Yes. Members must be at least 16, but riders aged 16 to 17 need a guardian's consent.", []),
    ("h32_bike_share", G, "My ride on a regular bike took 60 minutes. Do I pay extra?", "Rides of up to 45 minutes are included; every additional 15 minutes costs $2, so you pay $2 for the extra 15 minutes.", []),
    ("h32_bike_share", G, "What's the extra charge for e-bikes?", "E-bikes cost an extra $0.10 per minute, but the surcharge is capped at $5 per ride.", []),
    ("h32_bike_share", G, "Can I get my money back on an annual membership?", "Yes, if you ask within 14 days of purchase; a $15 fee is deducted.", []),
    ("h32_bike_share", G, "Can I start a ride at 2 a.m.?", "No. Stations operate from 5 a.m. to midnight, and rides may not start between midnight and 5 a.m.", []),
    ("h32_bike_share", MIS, "How much is a monthly pass?", "A monthly pass costs $90.", f_mis),
    ("h32_bike_share", CMP, "How long a ride is included in the membership?", "Each ride of more than 45 minutes is included.", f_cmp),
    ("h32_bike_share", RNG, "What hours are the stations open?", "Stations operate from 5 a.m. to 10 p.m.", f_rng),
    ("h32_bike_share", UNIT, "How long do I have to dock a bike?", "Bikes must be docked within 24 minutes.", f_unit),
    ("h32_bike_share", OFF, "What is the fee if my bike goes missing?", "An annual membership costs $90; a monthly pass costs $15.", f_off),

    # h32_community_garden — hard: 65 is both the standard fee and the senior age, 10 recurs (10 m² / 10 hours / $10), 2 (plots / metres), 21 days twice; askers bring age 70, 12 hours, November
    ("h32_community_garden", G, "I'm 70 and want a standard plot. What do I pay?", "Seniors aged 65 and over pay 50% of the fee, and the standard plot (20 m²) costs $65 per season, so you pay 50% of $65.", []),
    ("h32_community_garden", G, "How big is a raised bed and what does it cost?", "A raised bed is 4 m² and costs $25 per season.", []),
    ("h32_community_garden", G, "Can I work on my plot in November?", "No. The garden is open only from April 1 to October 31, from 7 a.m. to 8 p.m.", []),
    ("h32_community_garden", G, "I volunteered 12 hours this season. Do I get anything?", "Yes. Volunteers who give at least 10 hours per season get a $10 credit.", []),
    ("h32_community_garden", G, "How long may I run the hose each day?", "At most 30 minutes per plot per day.", []),
    ("h32_community_garden", MIS, "What's the fee for a small plot?", "A small plot costs $65 per season.", f_mis),
    ("h32_community_garden", CMP, "How tall can my trellis be?", "Structures must be at least 2 metres tall.", f_cmp),
    ("h32_community_garden", RNG, "During which months is the garden open?", "The garden is open from April 1 to August 31.", f_rng),
    ("h32_community_garden", UNIT, "How soon after assignment must I plant my plot?", "Plots must be planted within 21 weeks of assignment.", f_unit),
    ("h32_community_garden", OFF, "How many plots can my household rent?", "Volunteers who give at least 10 hours per season get a $10 credit.", f_off),

    # h32_music_lessons — hard: 10 recurs (10 weeks / 10 minutes / 10%), 20 (20% / $20), 65 ($65) and 5 (age 5), three lesson lengths with three prices; askers bring age 8, 30 hours (30 also a lesson length)
    ("h32_music_lessons", G, "My daughter is 8. How much is a 45-minute lesson?", "Students aged 5 to 18 are taught, so she qualifies; a 45-minute lesson costs $50.", []),
    ("h32_music_lessons", G, "I'm cancelling 30 hours before the lesson. Do I get a make-up?", "Yes. Cancelling at least 24 hours in advance earns one make-up lesson, with up to 2 make-ups per term.", []),
    ("h32_music_lessons", G, "When do I have to pay for lessons?", "Lessons are paid per 10-week term, due at least 7 days before the term starts.", []),
    ("h32_music_lessons", G, "How much does it cost to rent a violin?", "Instrument rental is $20 per month, plus a $100 deposit.", []),
    ("h32_music_lessons", G, "Two of my kids are signing up together. Is there a discount?", "Yes, siblings enrolled together receive a 10% discount.", []),
    ("h32_music_lessons", MIS, "What does a 60-minute lesson cost?", "A 60-minute lesson costs $50.", f_mis),
    ("h32_music_lessons", CMP, "What happens if my son arrives late?", "Students arriving less than 10 minutes late receive only the remaining lesson time.", f_cmp),
    ("h32_music_lessons", RNG, "What ages do you teach?", "Lessons are offered to students aged 5 to 12.", f_rng),
    ("h32_music_lessons", UNIT, "How long is one term?", "A term lasts 10 months.", f_unit),
    ("h32_music_lessons", OFF, "How many make-up lessons can I get in a term?", "Instrument rental costs $20 per month, with a deposit of $100.", f_off),
]
# HOLDOUT33: hospital visiting & meals (zh), mobile phone plan (zh), rural cooperative loans (zh), ski resort (en), theatre box office (en), laundry service (en). First run:
# benchmarks/results/grounding_holdout33_first_run.txt.
DOCS.update({
    "h33_hospital_visiting": (
        "住院部探视与陪护订餐规定\n"
        "第一条 探视时间为每日15:00至20:00，每次探视不超过2人，每次不超过30分钟。\n"
        "第二条 12岁以下儿童不得进入病区；重症监护室每日仅限1人探视，时间不超过15分钟。\n"
        "第三条 每名患者最多登记1名陪护人员，陪护证押金50元，出院时退还。\n"
        "第四条 陪护床租金每晚20元，22:00后不再办理租用。\n"
        "第五条 陪护餐须提前1天在护士站预订，早餐8元，午餐20元，晚餐15元。\n"
        "第六条 订餐后取消须在就餐前2小时提出，逾期按50%收取餐费。\n"
        "第七条 病区内禁止使用电热器具，违者没收。\n"
    ),
    "h33_mobile_plan": (
        "畅享59元套餐资费说明\n"
        "| 项目 | 套餐内 | 超出后资费 |\n"
        "|---|---|---|\n"
        "| 国内流量 | 30GB | 5元/GB |\n"
        "| 国内通话 | 300分钟 | 0.1元/分钟 |\n"
        "| 短信 | 50条 | 0.1元/条 |\n"
        "第一条 月租59元，每月1日扣费，当月新入网按天折算。\n"
        "第二条 当月超出流量费用累计达到60元后不再收费，速率降至1Mbps。\n"
        "第三条 副卡每张每月10元，最多办理2张，共享主卡套餐内容。\n"
        "第四条 年满60周岁的用户月租享8折。\n"
        "第五条 合约期12个月，期内降档须支付剩余月份月租的30%作为违约金。\n"
        "第六条 携号转出须在合约期满后办理，受理后1至3个工作日完成。\n"
    ),
    "h33_coop_loan": (
        "农村资金互助社小额贷款办法\n"
        "第一条 申请人须为本社社员，年龄18周岁至60周岁，入社满6个月。\n"
        "第二条 信用贷款额度为1万元至5万元；有担保的，最高可达20万元。\n"
        "第三条 贷款期限最长3年，其中种植类贷款不超过12个月。\n"
        "第四条 信用贷款年利率4.35%，担保贷款年利率5.6%，按月付息，到期还本。\n"
        "第五条 提前还款须提前15天申请，不收违约金。\n"
        "第六条 受理后10个工作日内审批；申请5万元以上的，须经理事会审议，时限延长至20个工作日。\n"
        "第七条 逾期的，按日加收未还本金0.05%的罚息；逾期超过90天的，取消贷款资格3年。\n"
    ),
    "h33_ski_resort": (
        "Pine Ridge Ski Resort — Lift Tickets and Rentals\n"
        "| Ticket | Adult | Child (6–12) |\n"
        "|---|---|---|\n"
        "| Half day (from 12:30 pm) | $45 | $30 |\n"
        "| Full day | $70 | $45 |\n"
        "| 3-day pass | $180 | $120 |\n"
        "1. Children under 6 ski free with a paying adult; skiers aged 65 and over pay the child price.\n"
        "2. Lifts run from 8:30 am to 4:00 pm; Friday night skiing runs until 9:00 pm and costs $30.\n"
        "3. Ski or snowboard rental is $35 per day and a helmet $10 per day, with a $100 deposit.\n"
        "4. Group lessons last 2 hours, cost $60 per person and take at most 8 students.\n"
        "5. Unused tickets are refundable up to 24 hours before the first day of use, less a $10 fee.\n"
        "6. Lockers cost $5 per day.\n"
    ),
    "h33_theatre_box_office": (
        "Riverside Theatre — Box Office and Ticket Rules\n"
        "1. The box office is open from 10 am to 6 pm, Tuesday to Sunday, and until curtain on show days.\n"
        "2. Stalls seats cost $48, circle seats $36 and balcony seats $22.\n"
        "3. Students and anyone under 18 get 25% off circle and balcony seats, at most 2 discounted tickets per ID.\n"
        "4. Groups of 10 or more save $6 per ticket on any seat.\n"
        "5. Online bookings carry a fee of $2 per ticket, up to $10 per order.\n"
        "6. Exchanges are free up to 48 hours before the performance; after that each exchange costs $4. There are no refunds.\n"
        "7. Latecomers are admitted at the first suitable break, usually after 20 minutes.\n"
        "8. Children under 4 are not admitted.\n"
    ),
    "h33_laundry_service": (
        "Suds & Press Laundry — Service Terms\n"
        "1. The shop is open from 7 am to 9 pm, Monday to Saturday.\n"
        "2. Wash-and-fold costs $2.50 per pound, with a 10-pound minimum per order.\n"
        "3. Orders dropped off by 10 am are ready the same day after 5 pm; later orders are ready the next day.\n"
        "4. Dry cleaning: shirts $4, trousers $8 and coats $15 each.\n"
        "5. Express service, ready within 4 hours, costs 50% extra.\n"
        "6. Pickup and delivery are free for orders over $30; otherwise the fee is $5.\n"
        "7. Items left more than 30 days after the ready date are donated to charity.\n"
        "8. Liability for lost or damaged items is limited to 10 times the cleaning charge, up to $150 per item.\n"
    ),
})

HOLDOUT33: list[tuple] = [
    # h33_hospital_visiting — hard: 20 recurs (20:00, 陪护床20元/晚, 午餐20元), 15 recurs (15:00, ICU 15分钟, 晚餐15元), 50 recurs (押金50元, 50%餐费), 2 recurs (2人, 2小时); askers bring 3晚, 11点取消, 8岁孩子
    ("h33_hospital_visiting", G, "我下午三点到晚上八点之间都能去探视吗？一次能待多久？",
     "可以，探视时间为每日15:00至20:00，每次不超过30分钟。", []),
    ("h33_hospital_visiting", G, "我要在医院陪护住3晚，陪护床一共要花多少钱？还有别的费用吗？",
     "陪护床租金每晚20元，3晚共60元；另外陪护证押金50元，出院时退还。", []),
    ("h33_hospital_visiting", G, "我订了明天的午餐和晚餐各一份，一共多少钱？",
     "午餐20元，晚餐15元，合计35元；注意陪护餐须提前1天在护士站预订。", []),
    ("h33_hospital_visiting", G, "我订的午餐12点开饭，上午11点才想起来要取消，会怎么收费？",
     "取消须在就餐前2小时提出，11点距开饭只剩1小时，已经逾期，按50%收取餐费，午餐20元需付10元。", []),
    ("h33_hospital_visiting", G, "我想带8岁的孩子一起去重症监护室看奶奶，可以吗？",
     "孩子不能进去，12岁以下儿童不得进入病区；而且重症监护室每日仅限1人探视，时间不超过15分钟。", []),
    ("h33_hospital_visiting", MIS, "陪护床租金多少钱一晚？",
     "陪护床租金每晚50元。", f_mis),
    ("h33_hospital_visiting", CMP, "每次最多能去几个人探视？",
     "每次探视人数不少于2人。", f_cmp),
    ("h33_hospital_visiting", RNG, "每天探视时间是几点到几点？",
     "探视时间为每日15:00至21:00。", f_rng),
    ("h33_hospital_visiting", UNIT, "陪护餐要提前多久预订？",
     "陪护餐须提前1小时在护士站预订。", f_unit),
    ("h33_hospital_visiting", OFF, "陪护证押金是多少？什么时候退？",
     "陪护床租金每晚20元，22:00后不再办理租用。", f_off),

    # h33_mobile_plan — hard: 60 recurs (60元封顶, 60周岁), 30 recurs (30GB, 30%违约金), 0.1元 for both calls and SMS, 50条 vs 5元/GB; askers bring 34GB, 超20GB, 65岁, 用满8个月
    ("h33_mobile_plan", G, "套餐里的短信发完了，再发一条要多少钱？",
     "套餐内含短信50条，超出后每条0.1元。", []),
    ("h33_mobile_plan", G, "我这个月流量用了34GB，通话短信都没超，这个月一共要交多少？",
     "套餐内含30GB国内流量，超出4GB按5元/GB计20元，加上月租59元，本月共79元。", []),
    ("h33_mobile_plan", G, "这个月流量超了20GB，流量费是不是要100元？",
     "不用。按5元/GB本应是100元，但当月超出流量费用累计达到60元后不再收费，所以只收60元，之后速率降至1Mbps。", []),
    ("h33_mobile_plan", G, "我父亲今年65岁，办这个套餐月租是多少？",
     "年满60周岁的用户月租享8折，59元打8折为47.2元。", []),
    ("h33_mobile_plan", G, "我签了12个月合约，已经用满8个月，现在想降档，违约金多少？",
     "合约期12个月，用满8个月还剩4个月；违约金为剩余月份月租的30%，4×59元=236元，30%即70.8元。", []),
    ("h33_mobile_plan", MIS, "套餐内包含多少分钟国内通话？",
     "套餐内含国内通话50分钟。", f_mis),
    ("h33_mobile_plan", CMP, "哪些用户月租可以打8折？",
     "未满60周岁的用户月租享8折。", f_cmp),
    ("h33_mobile_plan", RNG, "携号转出受理后多久能办好？",
     "受理后1至5个工作日完成。", f_rng),
    ("h33_mobile_plan", UNIT, "超出套餐的流量怎么收费？",
     "超出后按5元/MB计费。", f_unit),
    ("h33_mobile_plan", OFF, "每个月什么时候扣月租？",
     "合约期12个月，期内降档须支付剩余月份月租的30%作为违约金。", f_off),

    # h33_coop_loan — hard: 5万元 is both the credit ceiling and the council threshold, 20 recurs (20万元, 20个工作日), 3 recurs (3年期限, 取消资格3年), 4.35% vs 5.6%; askers bring 3万元, 58岁, 15万元, 2万元逾期10天, 两年
    ("h33_coop_loan", G, "我借3万元信用贷款，借一年利息是多少？",
     "信用贷款年利率4.35%，3万元一年利息为30000元×4.35%=1305元，按月付息，到期还本。", []),
    ("h33_coop_loan", G, "我今年58岁，入社8个月了，能申请贷款吗？",
     "可以，申请人须为本社社员，年龄18周岁至60周岁，入社满6个月，您都符合。", []),
    ("h33_coop_loan", G, "我想借15万元，要满足什么条件？多久能批下来？",
     "信用贷款额度最高5万元，15万元须有担保，有担保的最高可达20万元，年利率5.6%；申请5万元以上须经理事会审议，审批时限为20个工作日。", []),
    ("h33_coop_loan", G, "我还剩2万元本金，已经逾期10天了，罚息要交多少？",
     "逾期按日加收未还本金0.05%的罚息，2万元每天为10元，10天共100元。", []),
    ("h33_coop_loan", G, "种地用的贷款能借两年吗？",
     "不能。贷款期限最长3年，但种植类贷款不超过12个月。", []),
    ("h33_coop_loan", MIS, "担保贷款的年利率是多少？",
     "担保贷款年利率为4.35%。", f_mis),
    ("h33_coop_loan", CMP, "逾期多久会被取消贷款资格？",
     "逾期不满90天的，取消贷款资格3年。", f_cmp),
    ("h33_coop_loan", RNG, "信用贷款能借多少？",
     "信用贷款额度为1万元至10万元。", f_rng),
    ("h33_coop_loan", UNIT, "贷款期限最长多久？",
     "贷款期限最长3个月。", f_unit),
    ("h33_coop_loan", OFF, "逾期了罚息怎么算？",
     "提前还款须提前15天申请，不收违约金。", f_off),

    # h33_ski_resort — hard: $45 is both the adult half day and the child full day, $30 both child half day and night skiing, $10 both helmet and refund fee; askers bring 2 adults + a 9-year-old, age 67, 3 days of rental, a Thursday cancellation
    ("h33_ski_resort", G, "We're two adults and a 9-year-old skiing for a full day. How much are the lift tickets?",
     "A full-day ticket is $70 per adult and $45 for a child (6–12), so 2 × $70 + $45 = $185.", []),
    ("h33_ski_resort", G, "I'm 67. What would a 3-day pass cost me?",
     "Skiers aged 65 and over pay the child price, so your 3-day pass is $120 instead of the adult $180.", []),
    ("h33_ski_resort", G, "How much is it to rent a snowboard and a helmet for 3 days?",
     "Rental is $35 per day and a helmet $10 per day, so $45 a day or $135 for 3 days, plus a $100 deposit.", []),
    ("h33_ski_resort", G, "Does my 4-year-old need a lift ticket?",
     "No, children under 6 ski free as long as they are with a paying adult.", []),
    ("h33_ski_resort", G, "I bought an adult full-day ticket for Saturday. If I cancel on Thursday morning, do I get money back?",
     "Yes. Unused tickets are refundable up to 24 hours before the first day of use, less a $10 fee, so you get $60 of your $70 back.", []),
    ("h33_ski_resort", MIS, "How much is a full-day ticket for my 10-year-old?",
     "A full-day child ticket costs $30.", f_mis),
    ("h33_ski_resort", CMP, "Which older skiers get the child price?",
     "Skiers under 65 pay the child price.", f_cmp),
    ("h33_ski_resort", RNG, "What hours do the lifts run on a normal day?",
     "Lifts run from 8:30 am to 5:00 pm.", f_rng),
    ("h33_ski_resort", UNIT, "How long is a group lesson?",
     "Group lessons last 2 days.", f_unit),
    ("h33_ski_resort", OFF, "How many students can join one group lesson?",
     "Lockers cost $5 per day.", f_off),

    # h33_theatre_box_office — hard: 10 recurs (10 am, groups of 10, $10 fee cap), 6 recurs (6 pm, $6 group saving), 4 recurs ($4 exchange, under 4), 2 recurs ($2 fee, 2 tickets per ID); askers bring a student, a group of 12, a Thursday-noon swap, 6 online tickets, a 3- and a 16-year-old
    ("h33_theatre_box_office", G, "I'm a student. What will a balcony seat cost me?",
     "Students get 25% off balcony seats, so the $22 seat costs you $16.50.", []),
    ("h33_theatre_box_office", G, "We're a group of 12 buying stalls seats at the box office. What's the total?",
     "Groups of 10 or more save $6 per ticket, so each stalls seat is $48 − $6 = $42 and 12 tickets come to $504.", []),
    ("h33_theatre_box_office", G, "My show is Friday at 7:30 pm. If I swap to another date on Thursday at noon, is it free?",
     "No. Exchanges are free only up to 48 hours before the performance; Thursday noon is 31.5 hours before, so the exchange costs $4.", []),
    ("h33_theatre_box_office", G, "If I book 6 tickets online, how much is the booking fee?",
     "The online fee is $2 per ticket, up to $10 per order, so 6 tickets would be $12 but you pay only $10.", []),
    ("h33_theatre_box_office", G, "Can I bring my 3-year-old, and can my 16-year-old get the discount on a stalls seat?",
     "No to both: children under 4 are not admitted, and the 25% discount for under-18s covers only circle and balcony seats, not stalls.", []),
    ("h33_theatre_box_office", MIS, "How much is a circle seat?",
     "Circle seats cost $22.", f_mis),
    ("h33_theatre_box_office", CMP, "Who qualifies for the 25% discount?",
     "Students and anyone 18 or over get 25% off circle and balcony seats.", f_cmp),
    ("h33_theatre_box_office", RNG, "When is the box office open?",
     "The box office is open from 10 am to 8 pm, Tuesday to Sunday.", f_rng),
    ("h33_theatre_box_office", UNIT, "Until when can I exchange my ticket for free?",
     "Exchanges are free up to 48 minutes before the performance.", f_unit),
    ("h33_theatre_box_office", OFF, "Can I get a refund if I can't come?",
     "Latecomers are admitted at the first suitable break, usually after 20 minutes.", f_off),

    # h33_laundry_service — hard: 10 recurs (10-pound minimum, 10 am, 10 times), 30 recurs ($30, 30 days), 5 recurs (5 pm, $5 fee), 4 recurs ($4 shirt, 4 hours), $15 coat times 10 hits the $150 cap; askers bring 14 pounds, 6 pounds, a 9:30 drop-off, 3 express shirts, a lost coat
    ("h33_laundry_service", G, "I have 14 pounds of wash-and-fold. What will it cost, and is delivery extra?",
     "At $2.50 per pound, 14 pounds cost $35; since that's over $30, pickup and delivery are free.", []),
    ("h33_laundry_service", G, "I only have 6 pounds of laundry. What will I be charged?",
     "There's a 10-pound minimum per order, so you pay for 10 pounds at $2.50 per pound, which is $25.", []),
    ("h33_laundry_service", G, "If I drop my clothes off at 9:30 am, when can I collect them?",
     "Orders dropped off by 10 am are ready the same day after 5 pm, so you can collect them this evening.", []),
    ("h33_laundry_service", G, "How much would express dry cleaning of 3 shirts be?",
     "Shirts are $4 each, so $12, and express service, ready within 4 hours, costs 50% extra, making it $18.", []),
    ("h33_laundry_service", G, "You lost my coat. How much compensation can I get?",
     "Liability is limited to 10 times the cleaning charge, up to $150 per item; a coat costs $15 to clean, so 10 times is $150, the maximum.", []),
    ("h33_laundry_service", MIS, "How much is it to dry-clean a pair of trousers?",
     "Trousers cost $15 to dry-clean.", f_mis),
    ("h33_laundry_service", CMP, "When are pickup and delivery free?",
     "Pickup and delivery are free for orders under $30.", f_cmp),
    ("h33_laundry_service", RNG, "What are the shop's opening hours?",
     "The shop is open from 7 am to 11 pm, Monday to Saturday.", f_rng),
    ("h33_laundry_service", UNIT, "How quickly is express service ready?",
     "Express service is ready within 4 days and costs 50% extra.", f_unit),
    ("h33_laundry_service", OFF, "What happens if I never come back for my clothes?",
     "Pickup and delivery are free for orders over $30; otherwise the fee is $5.", f_off),
]
# HOLDOUT34: district heating billing (zh), harbour ferry rules (zh), moving company rates (zh), university merit scholarship (en), tool hire terms (en), event catering booking (en). First run:
# benchmarks/results/grounding_holdout34_first_run.txt.
DOCS.update({
    "h34_heating_billing": (
        "热力公司供暖收费办法\n"
        "第一条 供暖期为每年11月15日至次年3月15日，共120天。\n"
        "第二条 按建筑面积计费：\n"
        "| 用户类型 | 元/平方米 |\n"
        "|---|---|\n"
        "| 居民住宅 | 25 |\n"
        "| 居民住宅超过150平方米的部分 | 30 |\n"
        "| 非居民用户 | 38 |\n"
        "第三条 10月31日前须缴清供暖费，逾期每日加收欠费0.3%的滞纳金，滞纳金总额不超过欠费的30%。\n"
        "第四条 年满70周岁的独居老人减免30%供暖费，减免面积以60平方米为限。\n"
        "第五条 室温持续低于18℃超过24小时的，可按实际天数申请退费。\n"
        "第六条 报停须在10月15日前申请，报停用户缴纳正常费用20%的基本热费。\n"
    ),
    "h34_ferry_rules": (
        "海湾渡轮乘船须知\n"
        "一、渡轮每日6:30至21:30运营，每30分钟一班，节假日每20分钟一班。\n"
        "二、成人单程票价15元；身高1.2米至1.5米的儿童半价，身高不足1.2米的儿童免票。\n"
        "三、年满65周岁的老人凭身份证免费乘船。\n"
        "四、每位旅客可免费携带行李20公斤，超过部分每公斤收费2元，单件行李不得超过50公斤。\n"
        "五、自行车随船每辆5元，电动车每辆10元，摩托车每辆20元。\n"
        "六、风力达到7级以上或能见度低于500米时停航，因停航未能乘船的，可在7日内全额退票。\n"
        "七、开船前15分钟停止检票。\n"
    ),
    "h34_moving_company": (
        "安家搬家公司收费标准\n"
        "第一条 小型车（载重1.5吨）起步价300元，中型车（载重3吨）起步价500元，起步价均含10公里。\n"
        "第二条 超过10公里的部分，每公里加收8元。\n"
        "第三条 无电梯楼房1至3楼免费搬运，4楼起每层加收50元。\n"
        "第四条 钢琴、保险柜等单件超过100公斤的物品，每件另收200元。\n"
        "第五条 预约需提前2天，定金100元；搬家前24小时内取消的，定金不退。\n"
        "第六条 晚上8点至次日早上7点作业的，加收总费用的20%。\n"
        "第七条 物品损坏按实际价值赔偿，每件最高赔偿3000元，客户应在搬完后3天内提出。\n"
    ),
    "h34_merit_scholarship": (
        "Harbor State University Merit Scholarship Rules\n"
        "1. Full-time undergraduates with a GPA of at least 3.5 may apply for the full award of $4,000 per academic year.\n"
        "2. Students with a GPA from 3.2 to 3.49 may receive a partial award of $2,000 per academic year.\n"
        "3. Recipients must complete at least 12 credit hours each semester.\n"
        "4. Applications open on March 1 and close on April 15; late applications are not accepted.\n"
        "5. The award is paid in two equal instalments, in September and January.\n"
        "6. A recipient whose GPA falls below 3.0 loses the award for the following semester.\n"
        "7. Recipients must complete 10 hours of volunteer service per semester.\n"
        "8. The award can be held for up to 4 years in total.\n"
    ),
    "h34_tool_hire": (
        "Westside Tool Hire - Rental Terms\n"
        "| Tool | Per day | Deposit |\n"
        "|---|---|---|\n"
        "| Concrete mixer | $45 | $150 |\n"
        "| Pressure washer | $30 | $100 |\n"
        "| Tile cutter | $25 | $100 |\n"
        "1. A rental day runs from 8 am to 6 pm; tools returned after 6 pm are charged an extra day.\n"
        "2. Rentals of 5 days or more get 20% off the daily rate.\n"
        "3. Deposits are refunded within 3 working days of return.\n"
        "4. Customers must be at least 18 years old and show photo ID.\n"
        "5. Tools returned dirty incur a $30 cleaning fee.\n"
        "6. Delivery is free within 10 miles; beyond 10 miles it costs $2 per mile.\n"
        "7. Tools more than 3 days late without notice forfeit the deposit.\n"
    ),
    "h34_event_catering": (
        "Maple Leaf Catering - Booking Terms\n"
        "1. The minimum order is 20 guests. The buffet menu costs $28 per guest and the plated menu $42 per guest.\n"
        "2. Children aged 4 to 12 are charged half price; children under 4 eat free.\n"
        "3. Bookings must be confirmed at least 14 days before the event with a 25% deposit.\n"
        "4. Guest numbers can be reduced by up to 10% until 7 days before the event.\n"
        "5. Service staff are included for up to 4 hours; each extra hour costs $35 per staff member.\n"
        "6. Events with more than 100 guests receive a 5% discount.\n"
        "7. Cancellations made 14 days or more before the event get the deposit back in full; later cancellations forfeit it.\n"
        "8. Delivery within 20 km is free.\n"
    ),
})

HOLDOUT34: list[tuple] = [
    # h34_heating_billing — hard: 30 recurs as the over-150㎡ unit price, the 30% elderly discount and the 30% late-fee cap; 15 recurs in 11月15日/3月15日/10月15日; askers bring their own floor areas (120㎡, 180㎡, 80㎡) and the answers compute from the table rows and the 60㎡ cap
    ("h34_heating_billing", G, "我家是120平方米的普通住宅，一个供暖期要交多少钱？", "居民住宅每平方米25元，120平方米×25元＝3000元，一个供暖期交3000元。", []),
    ("h34_heating_billing", G, "我家住宅有180平方米，供暖费怎么算？", "前150平方米按每平方米25元计，共3750元；超过150平方米的30平方米按每平方米30元计，共900元；合计4650元。", []),
    ("h34_heating_billing", G, "暖气从哪天开始供，到哪天停？", "从每年11月15日供到次年3月15日，一共120天。", []),
    ("h34_heating_billing", G, "晚交了供暖费会罚多少？有没有上限？", "逾期每天加收欠费0.3%的滞纳金，但滞纳金总额不超过欠费的30%。", []),
    ("h34_heating_billing", G, "我父亲75岁，一个人住80平方米的房子，能减免多少？", "年满70周岁的独居老人可减免30%，但减免面积以60平方米为限，所以按60平方米×25元×30%计算，可减免450元。", []),
    ("h34_heating_billing", MIS, "非居民用户每平方米收多少钱？", "非居民用户每平方米30元。", f_mis),
    ("h34_heating_billing", CMP, "住宅哪部分面积按每平方米30元收费？", "建筑面积不超过150平方米的部分按每平方米30元收费。", f_cmp),
    ("h34_heating_billing", RNG, "供暖期是从什么时候到什么时候？", "供暖期为每年11月15日至次年2月15日。", f_rng),
    ("h34_heating_billing", UNIT, "报停以后还要交多少基本热费？", "报停用户需缴纳20元的基本热费。", f_unit),
    ("h34_heating_billing", OFF, "屋里温度一直不够，能退费吗？", "供暖费须在10月31日前缴清。", f_off),

    # h34_ferry_rules — hard: 20 recurs as free luggage kg, holiday interval and motorbike fare; 15 as adult fare and check-in cutoff; 7 as wind force and refund days; askers bring 28kg of luggage, a 1.3m child, a 10-minute arrival
    ("h34_ferry_rules", G, "我带了28公斤行李，要补多少钱？", "每人可免费携带20公斤，超出的8公斤每公斤收费2元，需补16元。", []),
    ("h34_ferry_rules", G, "我带8岁的孩子坐一趟，孩子身高1.3米，一共多少钱？", "成人单程15元；身高1.2米至1.5米的儿童半价，即7.5元；合计22.5元。", []),
    ("h34_ferry_rules", G, "国庆假期坐渡轮，多久一班？营运到几点？", "节假日每20分钟一班，渡轮运营到21:30。", []),
    ("h34_ferry_rules", G, "刮大风会停船吗？停船了票怎么办？", "风力达到7级以上时停航；因停航未能乘船的，可在7日内全额退票。", []),
    ("h34_ferry_rules", G, "我要是开船前10分钟才到码头，还能上船吗？", "不能，开船前15分钟就停止检票了，10分钟前到已经来不及。", []),
    ("h34_ferry_rules", MIS, "摩托车随船要多少钱？", "摩托车随船每辆10元。", f_mis),
    ("h34_ferry_rules", CMP, "能见度多少的时候会停航？", "能见度在500米以上时停航。", f_cmp),
    ("h34_ferry_rules", RNG, "渡轮每天几点到几点运营？", "渡轮每日6:30至19:30运营。", f_rng),
    ("h34_ferry_rules", UNIT, "单件行李最重能带多重？", "单件行李不得超过50斤。", f_unit),
    ("h34_ferry_rules", OFF, "老年人坐船有优惠吗？", "身高不足1.2米的儿童免票。", f_off),

    # h34_moving_company — hard: 3 recurs as 3吨, 1至3楼, 3天 and 3000元; 100 as the 100公斤 threshold and the 100元 deposit; 300/500 start prices for two trucks; askers bring 15 km, a 6th floor, 9 pm, a 120kg piano
    ("h34_moving_company", G, "我用小型车搬15公里，一共多少钱？", "小型车起步价300元，含10公里；超出的5公里每公里加收8元，即40元；合计340元。", []),
    ("h34_moving_company", G, "我家住6楼，没有电梯，要加多少钱？", "1至3楼免费，4楼起每层加收50元，6楼要算4楼、5楼、6楼三层，共加收150元。", []),
    ("h34_moving_company", G, "我想晚上9点开始搬，会更贵吗？", "会，晚上8点至次日早上7点作业的，加收总费用的20%。", []),
    ("h34_moving_company", G, "我家钢琴有120公斤，要另外收钱吗？", "要，单件超过100公斤的物品每件另收200元。", []),
    ("h34_moving_company", G, "预约要交多少定金？临时取消能退吗？", "定金100元；如果在搬家前24小时内取消，定金不退。", []),
    ("h34_moving_company", MIS, "中型车起步价是多少？", "中型车起步价300元。", f_mis),
    ("h34_moving_company", CMP, "什么样的物品要每件另收200元？", "单件不足100公斤的物品，每件另收200元。", f_cmp),
    ("h34_moving_company", RNG, "哪个时间段作业要加收20%？", "晚上8点至晚上11点作业的，加收总费用的20%。", f_rng),
    ("h34_moving_company", UNIT, "东西搬坏了，最晚多久内要提出？", "客户应在搬完后3个月内提出。", f_unit),
    ("h34_moving_company", OFF, "超过起步里程以后怎么收费？", "预约需提前2天，定金100元。", f_off),

    # h34_merit_scholarship — hard: 12 recurs (credit hours) next to 10 volunteer hours; 4 as $4,000 and 4 years; three GPA cut-offs 3.0 / 3.2 / 3.5 sit close together; askers bring a 3.3 GPA, a 2.9 GPA and a 4-year horizon, and answers split the award into instalments
    ("h34_merit_scholarship", G, "My GPA is 3.3. Do I get anything, and how much is each payment?", "A GPA from 3.2 to 3.49 qualifies for the partial award of $2,000 per academic year; it is paid in two equal instalments, so $1,000 in September and $1,000 in January.", []),
    ("h34_merit_scholarship", G, "If I keep the full scholarship for my whole degree, what is the most I can receive?", "The full award is $4,000 per academic year and can be held for up to 4 years, so at most 4 x $4,000 = $16,000.", []),
    ("h34_merit_scholarship", G, "What course load do I have to keep to stay eligible?", "You must complete at least 12 credit hours each semester.", []),
    ("h34_merit_scholarship", G, "When can I submit my application?", "Applications open on March 1 and close on April 15; late applications are not accepted.", []),
    ("h34_merit_scholarship", G, "My GPA dropped to 2.9 this semester. What happens to my scholarship?", "Because your GPA fell below 3.0, you lose the award for the following semester.", []),
    ("h34_merit_scholarship", MIS, "How much volunteer service do recipients have to do?", "Recipients must complete 12 hours of volunteer service per semester.", f_mis),
    ("h34_merit_scholarship", CMP, "What GPA do I need to apply for the full award?", "The full award is open to students with a GPA of at most 3.5.", f_cmp),
    ("h34_merit_scholarship", RNG, "Which GPAs qualify for the partial award?", "Students with a GPA from 3.0 to 3.49 may receive the partial award of $2,000.", f_rng),
    ("h34_merit_scholarship", UNIT, "For how long can I hold the scholarship?", "The award can be held for up to 4 semesters in total.", f_unit),
    ("h34_merit_scholarship", OFF, "When is the scholarship money paid out?", "Recipients must complete at least 12 credit hours each semester.", f_off),

    # h34_tool_hire — hard: $30 is both the pressure washer's day rate and the cleaning fee; $100 and $150 are deposits that also come out as totals; 3 recurs as refund working days and days late; askers bring 2 days, 6 days, 14 miles and a 7 pm return, read off table rows
    ("h34_tool_hire", G, "I need the tile cutter for 2 days. How much do I pay including the deposit?", "The tile cutter is $25 per day, so 2 days cost $50, plus the $100 deposit makes $150; the deposit comes back within 3 working days of return.", []),
    ("h34_tool_hire", G, "What would 6 days with the concrete mixer cost?", "Rentals of 5 days or more get 20% off the daily rate, so the mixer's $45 a day becomes $36, and 6 days cost $216.", []),
    ("h34_tool_hire", G, "I'm 14 miles from the shop. What does delivery cost?", "Delivery is free within 10 miles and costs $2 per mile beyond that, so the extra 4 miles cost $8.", []),
    ("h34_tool_hire", G, "If I bring the pressure washer back at 7 pm, is there an extra charge?", "Yes. A rental day ends at 6 pm and tools returned after 6 pm are charged an extra day, which for the pressure washer is $30.", []),
    ("h34_tool_hire", G, "How old do you have to be to hire a tool?", "You must be at least 18 years old and show photo ID.", []),
    ("h34_tool_hire", MIS, "What deposit do you take on the pressure washer?", "The pressure washer deposit is $150.", f_mis),
    ("h34_tool_hire", CMP, "Where do you deliver for free?", "Delivery is free for addresses more than 10 miles away.", f_cmp),
    ("h34_tool_hire", RNG, "What hours does one rental day cover?", "A rental day runs from 8 am to 8 pm.", f_rng),
    ("h34_tool_hire", UNIT, "How soon do I get my deposit back?", "Deposits are refunded within 3 weeks of return.", f_unit),
    ("h34_tool_hire", OFF, "How much is the cleaning fee if a tool comes back dirty?", "Customers must be at least 18 years old and show photo ID.", f_off),

    # h34_event_catering — hard: 14 days recurs for confirmation and for cancellation; 4 is both the child age bound and the included staff hours; 20 is both minimum guests and free-delivery km; askers bring 30 adults, children of 3 and 9, 50 guests, a 6-hour party and 120 guests
    ("h34_event_catering", G, "We'll have 30 adults on the buffet menu. How much is the deposit?", "The buffet is $28 per guest, so 30 guests cost $840, and the 25% deposit is $210.", []),
    ("h34_event_catering", G, "My children are 3 and 9. How are they charged?", "Children under 4 eat free, so the 3-year-old costs nothing; children aged 4 to 12 are charged half price, so the 9-year-old pays half.", []),
    ("h34_event_catering", G, "If we book for 50 guests, how many can we drop later, and until when?", "Guest numbers can be reduced by up to 10%, which is up to 5 of your 50 guests, until 7 days before the event.", []),
    ("h34_event_catering", G, "Our party runs 6 hours with 2 staff. What does the extra staff time cost?", "Staff are included for up to 4 hours, so 2 hours are extra; at $35 per hour per staff member that is 2 x 2 x $35 = $140.", []),
    ("h34_event_catering", G, "Is there a discount for a wedding with 120 guests?", "Yes. Events with more than 100 guests receive a 5% discount.", []),
    ("h34_event_catering", MIS, "How much is the plated menu per guest?", "The plated menu costs $28 per guest.", f_mis),
    ("h34_event_catering", CMP, "Which events get the 5% discount?", "Events with fewer than 100 guests receive a 5% discount.", f_cmp),
    ("h34_event_catering", RNG, "Which children are charged half price?", "Children aged 4 to 10 are charged half price.", f_rng),
    ("h34_event_catering", UNIT, "How far ahead must we confirm the booking?", "Bookings must be confirmed at least 14 weeks before the event with a 25% deposit.", f_unit),
    ("h34_event_catering", OFF, "What is the minimum order?", "Delivery within 20 km is free.", f_off),
]
# HOLDOUT35: blood donation centre (zh), campground booking (zh), print shop price list (zh), used-goods marketplace seller fees (en), street tree-planting subsidy (en), self-service laundry prices (en). First run:
# benchmarks/results/grounding_holdout35_first_run.txt.
DOCS.update({
    "h35_blood_donation": (
        "市中心血站献血须知\n"
        "第一条 献血者年龄为18周岁至55周岁；既往无献血反应的多次献血者可延长至60周岁。\n"
        "第二条 男性体重不低于50公斤，女性体重不低于45公斤。\n"
        "第三条 全血每次献血量为200毫升至400毫升，两次献全血间隔不少于6个月。\n"
        "第四条 单采血小板两次间隔不少于2周，一年内不超过24次。\n"
        "第五条 献血前4小时内不宜饮酒，献血后24小时内避免剧烈运动。\n"
        "第六条 血站开放时间为每日8:30至17:30，节假日照常开放。\n"
        "第七条 献血后须在休息区留观30分钟，并可领取误餐补贴30元。\n"
        "第八条 累计献全血达到4000毫升的，本人可终身免费用血。\n"
    ),
    "h35_campground": (
        "青山湖露营地预订规则\n"
        "第一条 帐篷营位每晚120元，房车营位每晚280元，每个营位最多入住6人。\n"
        "第二条 入营时间为14:00至20:00，离营时间不晚于次日12:00；超时离营每小时加收30元。\n"
        "第三条 12周岁以下儿童须由成人陪同，6周岁以下儿童不计入入住人数。\n"
        "第四条 入营前超过7天取消的全额退款；入营前3至7天取消的退还50%；不足3天的不予退款。\n"
        "第五条 营地内车辆限速10公里/小时，每晚22:00至次日7:00为静音时段。\n"
        "第六条 柴火每捆30元，每个营位每晚限购3捆。\n"
        "第七条 每个营位收取押金200元，离营检查无损坏后当场退还。\n"
    ),
    "h35_print_shop": (
        "快印店价目及服务说明\n"
        "| 项目 | 单价 |\n"
        "|---|---|\n"
        "| A4黑白打印 | 0.5元/页 |\n"
        "| A4彩色打印 | 2元/页 |\n"
        "| A3彩色打印 | 4元/页 |\n"
        "| 胶装 | 10元/本 |\n"
        "1. 单次黑白打印超过200页的，超出部分按0.3元/页计。\n"
        "2. 名片每盒100张，每盒30元，2盒起印。\n"
        "3. 加急订单2小时内取件，加收总价的20%；普通订单次日10:00后取件。\n"
        "4. 营业时间为周一至周六8:00至21:00，周日10:00至18:00。\n"
        "5. 会员一次充值满200元赠送20元。\n"
        "6. 客户文件在店内保存7天，逾期自动删除。\n"
    ),
    "h35_seller_fees": (
        "Seller Fees on SecondHand Market\n"
        "| Sale price | Commission |\n"
        "|---|---|\n"
        "| Up to $50 | 10% |\n"
        "| $50.01 to $500 | 8% |\n"
        "| Above $500 | 5% |\n"
        "1. The rate in the table applies to the whole sale price, and a fixed fee of $0.50 is added to every sale.\n"
        "2. Listing is free for the first 20 items each month; each further listing costs $0.30.\n"
        "3. Payouts reach your bank account within 3 business days after the buyer confirms delivery.\n"
        "4. Buyers have 14 days from delivery to open a return; the seller refunds the full price within 5 days of getting the item back.\n"
        "5. Items heavier than 20 kg must use the freight option at $15 per shipment.\n"
        "6. Sellers with at least 50 completed sales and a rating of 4.8 or above get a 20% discount on commission.\n"
    ),
    "h35_tree_subsidy": (
        "Riverton Street Tree Planting Subsidy\n"
        "1. Homeowners may apply for a subsidy covering 50% of the cost of planting a tree on the strip between the sidewalk and the road, up to $150 per tree.\n"
        "2. Each household may claim for up to 3 trees per calendar year.\n"
        "3. The tree must be at least 1.5 metres tall at planting and chosen from the city's approved list of 40 species.\n"
        "4. Planting must take place between 1 October and 30 April; applications open on 1 September.\n"
        "5. Trees must be planted at least 6 metres from a street light and at least 3 metres from a driveway.\n"
        "6. An inspection takes place within 60 days of planting, and the city pays the subsidy within 30 days of the inspection.\n"
        "7. If the tree dies within 2 years, the owner must replace it at their own cost or repay the subsidy.\n"
    ),
    "h35_laundry": (
        "Sudsy Corner Laundry: Prices and Rules\n"
        "1. Washers: small (up to 8 kg) $4 per cycle; large (up to 18 kg) $7 per cycle. A cycle lasts 35 minutes.\n"
        "2. Dryers cost $1 for every 10 minutes, up to 60 minutes per load.\n"
        "3. Wash-and-fold service is $2 per kg, with a minimum charge of $15; orders dropped off before 10 a.m. are ready by 6 p.m. the same day.\n"
        "4. Opening hours are 7 a.m. to 10 p.m. daily; the last wash starts at 9 p.m.\n"
        "5. Children under 12 must be accompanied by an adult.\n"
        "6. A loyalty card gives every 10th wash free.\n"
        "7. Items left more than 30 days after the ready date are donated to charity.\n"
    ),
})

HOLDOUT35: list[tuple] = [
    # h35_blood_donation — hard: 24 recurs (24次 platelets / 24小时 no exercise), 4 vs 4000, 30 (30分钟 / 30元), 2周 vs 6个月 intervals; askers bring their age 58, weight 47公斤, a 3月1日 donation date and 3×400毫升 already given
    ("h35_blood_donation", G, "我今年58岁，以前从没献过血，可以去献血吗？",
     "不可以。献血年龄为18周岁至55周岁，只有既往无献血反应的多次献血者才能延长至60周岁，58岁首次献血不符合条件。", []),
    ("h35_blood_donation", G, "我是女生，体重47公斤，体重这一项达标吗？",
     "达标。女性体重不低于45公斤即可，47公斤符合要求。", []),
    ("h35_blood_donation", G, "我3月1日献了400毫升全血，最早哪天可以再献全血？",
     "两次献全血间隔不少于6个月，从3月1日往后推6个月，最早9月1日可以再献全血。", []),
    ("h35_blood_donation", G, "我周六下午5点过去献血还来得及吗？献完当晚能去健身房练器械吗？",
     "来得及：血站每日8:30至17:30开放，节假日照常开放，下午5点仍在开放时间内。但献血后24小时内应避免剧烈运动，当晚不宜去健身房。", []),
    ("h35_blood_donation", G, "我已经献过3次全血，每次400毫升，还要再献多少才能终身免费用血？",
     "累计献全血达到4000毫升可终身免费用血。已献3×400毫升=1200毫升，还差4000-1200=2800毫升。", []),
    ("h35_blood_donation", MIS, "两次献全血之间要间隔多久？",
     "两次献全血间隔不少于2周。", f_mis),
    ("h35_blood_donation", CMP, "男性献血对体重有什么要求？",
     "男性体重不超过50公斤即可献血。", f_cmp),
    ("h35_blood_donation", RNG, "每次献全血的量是多少？",
     "全血每次献血量为200毫升至300毫升。", f_rng),
    ("h35_blood_donation", UNIT, "献血前多长时间内不能喝酒？",
     "献血前4天内不宜饮酒。", f_unit),
    ("h35_blood_donation", OFF, "血站每天几点开门？",
     "献血后须在休息区留观30分钟，并可领取误餐补贴30元。", f_off),

    # h35_campground — hard: 30元 recurs (超时每小时 / 柴火每捆), 12 (12:00 / 12周岁), 6 (6人 / 6周岁), 3 and 7 (取消天数 / 3捆 / 7:00); askers bring a 3-night stay, a family with kids aged 10/8/5, a cancellation 3 days out on 360元, a 14:00 checkout
    ("h35_campground", G, "我订了一个帐篷营位住3晚，营位费一共多少钱？",
     "帐篷营位每晚120元，住3晚是120元×3=360元；另外每个营位要交押金200元，离营检查无损坏后当场退还。", []),
    ("h35_campground", G, "我们有爷爷奶奶、爸爸妈妈4个大人，还有10岁、8岁、5岁三个孩子，订一个营位够住吗？",
     "够住。每个营位最多入住6人，6周岁以下儿童不计入人数，5岁的孩子不算，4个大人加10岁、8岁两个孩子共6人，没有超过上限。", []),
    ("h35_campground", G, "我原定周六入营，周三（提前3天）取消，已付的360元能退多少？",
     "入营前3至7天取消的退还50%，提前3天属于这一档，360元的50%即退180元。", []),
    ("h35_campground", G, "第二天下午2点才离营，要额外付多少？",
     "离营时间不晚于次日12:00，超时每小时加收30元；下午2点（14:00）离营超时2小时，需加收2×30元=60元。", []),
    ("h35_campground", G, "营地的柴火怎么卖？晚上几点以后要保持安静？",
     "柴火每捆30元，每个营位每晚限购3捆；每晚22:00至次日7:00为静音时段。", []),
    ("h35_campground", MIS, "房车营位每晚多少钱？",
     "房车营位每晚120元。", f_mis),
    ("h35_campground", CMP, "多大的孩子必须有大人陪同？",
     "12周岁以上的儿童须由成人陪同。", f_cmp),
    ("h35_campground", RNG, "几点可以办理入营？",
     "入营时间为14:00至18:00。", f_rng),
    ("h35_campground", UNIT, "营地里开车限速多少？",
     "营地内车辆限速10英里/小时。", f_unit),
    ("h35_campground", OFF, "押金什么时候退还？",
     "每晚22:00至次日7:00为静音时段。", f_off),

    # h35_print_shop — hard: answers read off the table; 200 recurs (200页 threshold / 充值200元), 20 (20% / 赠20元), 10 (胶装10元 / 10:00), 2 (2元/页 / 2小时 / 2盒), 4元 A3 vs 2元 A4; askers bring 300 pages, 10 A3 pages plus binding, a 50元 rush order
    ("h35_print_shop", G, "我要黑白打印A4文件300页，一共多少钱？",
     "A4黑白打印0.5元/页，单次超过200页的超出部分按0.3元/页计：前200页200×0.5元=100元，其余100页100×0.3元=30元，共130元。", []),
    ("h35_print_shop", G, "我要彩印10页A3，再胶装成1本，一共多少钱？",
     "A3彩色打印4元/页，10页是40元；胶装10元/本，合计40元+10元=50元。", []),
    ("h35_print_shop", G, "我这单原价50元，想加急，多久能拿、总共多少钱？",
     "加急订单2小时内取件，加收总价的20%：50元的20%是10元，总共60元。", []),
    ("h35_print_shop", G, "周日几点开门、几点关门？",
     "周日营业时间为10:00至18:00；周一至周六是8:00至21:00。", []),
    ("h35_print_shop", G, "名片最少要印多少张，最低要花多少钱？",
     "名片2盒起印，每盒100张、30元，所以最少印200张，花2×30元=60元。", []),
    ("h35_print_shop", MIS, "A4彩色打印一页多少钱？",
     "A4彩色打印4元/页。", f_mis),
    ("h35_print_shop", CMP, "黑白打印印多少页才能享受0.3元/页的价格？",
     "单次黑白打印不足200页的，按0.3元/页计。", f_cmp),
    ("h35_print_shop", RNG, "周一到周六的营业时间是几点到几点？",
     "周一至周六营业时间为8:00至19:00。", f_rng),
    ("h35_print_shop", UNIT, "我的文件在店里会保存多久？",
     "客户文件在店内保存7个月，逾期自动删除。", f_unit),
    ("h35_print_shop", OFF, "办会员充值有什么优惠？",
     "加急订单2小时内取件，加收总价的20%。", f_off),

    # h35_seller_fees — hard: commission read off the table bands; 20 recurs (20 free listings / 20 kg / 20% discount), 50 ($50 band / 50 sales), 5 (5% / 5 days); askers bring a $200 bike, 25 listings, a Monday delivery confirmation, a 25 kg desk, 60 sales with a $600 sofa
    ("h35_seller_fees", G, "If I sell a bike for $200, what will I pay in fees?",
     "$200 falls in the $50.01 to $500 band, so the commission is 8% of $200 = $16; add the fixed fee of $0.50 per sale, for $16.50 in total.", []),
    ("h35_seller_fees", G, "I want to list 25 items this month. What will the listings cost me?",
     "The first 20 listings each month are free; the other 5 cost $0.30 each, so 5 × $0.30 = $1.50.", []),
    ("h35_seller_fees", G, "My buyer confirmed delivery on a Monday. When should the money be in my bank?",
     "Payouts reach your bank account within 3 business days after the buyer confirms delivery, so by Thursday at the latest (barring public holidays).", []),
    ("h35_seller_fees", G, "I'm selling a 25 kg desk. Can I ship it the normal way?",
     "No. Items heavier than 20 kg must use the freight option, which costs $15 per shipment, and a 25 kg desk is over that limit.", []),
    ("h35_seller_fees", G, "I have 60 completed sales and a 4.9 rating. What commission would I pay on a $600 sofa?",
     "You qualify for the discount (at least 50 completed sales and a rating of 4.8 or above gives 20% off commission). A $600 sale is above $500, so the rate is 5%: $30, less 20% = $24 commission, plus the $0.50 fixed fee.", []),
    ("h35_seller_fees", MIS, "What commission applies to an item sold for $30?",
     "Items up to $50 pay 5% commission.", f_mis),
    ("h35_seller_fees", CMP, "Who qualifies for the commission discount?",
     "Sellers with at most 50 completed sales and a rating of 4.8 or above get a 20% discount on commission.", f_cmp),
    ("h35_seller_fees", RNG, "Which sale prices pay the 8% commission?",
     "Items sold from $50.01 to $200 pay 8% commission.", f_rng),
    ("h35_seller_fees", UNIT, "How long does a buyer have to open a return?",
     "Buyers have 14 weeks from delivery to open a return.", f_unit),
    ("h35_seller_fees", OFF, "How quickly must I refund a buyer after a return?",
     "Items heavier than 20 kg must use the freight option at $15 per shipment.", f_off),

    # h35_tree_subsidy — hard: the 50% share is capped at $150 per tree; 3 recurs (3 trees / 3 metres), 30 (30 April / 30 days), 6 and 60; askers bring a $240 tree, two $400 trees, a June planting, a 1 December inspection date
    ("h35_tree_subsidy", G, "The tree I want to plant costs $240. How much will the city give me?",
     "The subsidy covers 50% of the cost, up to $150 per tree. 50% of $240 is $120, which is below the $150 cap, so you get $120.", []),
    ("h35_tree_subsidy", G, "I'm planting two trees that cost $400 each. What's my total subsidy?",
     "50% of $400 would be $200, but the subsidy is capped at $150 per tree, so each tree gets $150 and the two together get $300. That is within the limit of 3 trees per calendar year.", []),
    ("h35_tree_subsidy", G, "Can I plant my subsidised tree in June?",
     "No. Planting must take place between 1 October and 30 April, and June falls outside that window.", []),
    ("h35_tree_subsidy", G, "How far from the street light and from my driveway does the tree need to be?",
     "At least 6 metres from a street light and at least 3 metres from a driveway.", []),
    ("h35_tree_subsidy", G, "My tree was inspected on 1 December. What's the latest date the city will pay?",
     "The city pays the subsidy within 30 days of the inspection, so 30 days after 1 December means by 31 December at the latest.", []),
    ("h35_tree_subsidy", MIS, "How many trees can one household claim for each year?",
     "Each household may claim for up to 40 trees per calendar year.", f_mis),
    ("h35_tree_subsidy", CMP, "How tall does the tree have to be when it is planted?",
     "The tree must be at most 1.5 metres tall at planting.", f_cmp),
    ("h35_tree_subsidy", RNG, "When is the planting season for the subsidy?",
     "Planting must take place between 1 October and 31 March.", f_rng),
    ("h35_tree_subsidy", UNIT, "For how long am I responsible if the tree dies?",
     "If the tree dies within 2 months, the owner must replace it at their own cost or repay the subsidy.", f_unit),
    ("h35_tree_subsidy", OFF, "When do applications open?",
     "The city pays the subsidy within 30 days of the inspection.", f_off),

    # h35_laundry — hard: 10 recurs (10 minutes / 10 a.m. / 10 p.m. / 10th wash), 7 ($7 / 7 a.m.), $15 minimum vs per-kg rate; askers bring 6 kg of laundry (below the minimum), a 40-minute dry, a 12 kg duvet, a 9:30 p.m. arrival, a 9 a.m. drop-off
    ("h35_laundry", G, "I've got 6 kg of clothes for wash-and-fold. What will it cost?",
     "Wash-and-fold is $2 per kg, so 6 kg comes to $12, but the minimum charge is $15, so you pay $15.", []),
    ("h35_laundry", G, "How much does it cost to run a dryer for 40 minutes?",
     "Dryers cost $1 for every 10 minutes, so 40 minutes is 4 × $1 = $4; a load can dry for up to 60 minutes.", []),
    ("h35_laundry", G, "I need to wash a 12 kg duvet. Which washer do I use and what does it cost?",
     "12 kg is over the small washer's 8 kg limit, so use a large washer (up to 18 kg), which costs $7 per cycle.", []),
    ("h35_laundry", G, "If I get there at 9:30 p.m., can I still start a wash?",
     "No. The laundry is open until 10 p.m., but the last wash starts at 9 p.m., so 9:30 p.m. is too late.", []),
    ("h35_laundry", G, "I drop off wash-and-fold at 9 a.m. When can I collect it?",
     "Orders dropped off before 10 a.m. are ready by 6 p.m. the same day, so a 9 a.m. drop-off is ready by 6 p.m. that day.", []),
    ("h35_laundry", MIS, "How much is one cycle in a small washer?",
     "A small washer costs $7 per cycle.", f_mis),
    ("h35_laundry", CMP, "Do children need an adult with them?",
     "Children over 12 must be accompanied by an adult.", f_cmp),
    ("h35_laundry", RNG, "What are your opening hours?",
     "The laundry is open from 7 a.m. to 8 p.m. daily.", f_rng),
    ("h35_laundry", UNIT, "What's the price of the wash-and-fold service?",
     "Wash-and-fold service is $2 per lb, with a minimum charge of $15.", f_unit),
    ("h35_laundry", OFF, "How long will you keep laundry that I forget to pick up?",
     "A loyalty card gives every 10th wash free.", f_off),
]
# HOLDOUT36: airline baggage rules (zh), tea garden fresh-leaf purchase grades (zh), city library loans and fines (zh), moving company quote rules (en), English test registration (en), ski rental terms (en). First run:
# benchmarks/results/grounding_holdout36_first_run.txt.
DOCS.update({
    "h36_airline_baggage": (
        "某航空公司国内航线行李规定\n"
        "第一条 经济舱旅客可免费托运行李1件，重量不超过23公斤；商务舱可免费托运2件，每件不超过32公斤。\n"
        "第二条 单件行李超过23公斤但不超过32公斤的，收取超重费200元；超过32公斤的不予托运。\n"
        "第三条 随身行李每人限1件，重量不超过7公斤，三边之和不超过115厘米。\n"
        "第四条 额外托运的第2件行李收费300元，第3件起每件收费500元。\n"
        "第五条 2周岁以下婴儿可免费托运婴儿车1辆。\n"
        "第六条 行李延误超过24小时的，每天补偿100元，最多补偿5天。\n"
        "第七条 行李遗失的，按每公斤100元赔偿，最高不超过2000元。\n"
    ),
    "h36_tea_leaf_purchase": (
        "青山茶园鲜叶收购规则\n"
        "第一条 收购期为每年3月15日至5月31日，每日收购时间7:00至18:00。\n"
        "第二条 鲜叶按等级定价：\n"
        "| 等级 | 标准 | 收购价（元/公斤） |\n"
        "|---|---|---|\n"
        "| 特级 | 一芽一叶 | 120 |\n"
        "| 一级 | 一芽二叶 | 80 |\n"
        "| 二级 | 一芽三叶 | 40 |\n"
        "第三条 鲜叶含水率超过15%的，每公斤扣5元。\n"
        "第四条 单次交售不少于5公斤；单次交售超过50公斤的，每公斤另奖励3元。\n"
        "第五条 货款于交售后3个工作日内结清。\n"
        "第六条 当日18:00以后送达的鲜叶按次日收购。\n"
    ),
    "h36_library_fines": (
        "市图书馆借阅与逾期规定\n"
        "第一条 持证读者每次最多借书10册，借期30天，可续借1次，续借期15天。\n"
        "第二条 逾期归还的，每册每天收取滞纳金0.5元，每册最高不超过30元。\n"
        "第三条 14周岁以下读者办理少儿证，每次最多借书5册，逾期免收滞纳金。\n"
        "第四条 图书损坏的，按原价赔偿；遗失的，按原价的2倍赔偿。\n"
        "第五条 办证押金100元，退证时全额退还。\n"
        "第六条 开放时间为周二至周日9:00至21:00，周一闭馆。\n"
        "第七条 累计逾期超过10次的，暂停借阅30天。\n"
    ),
    "h36_moving_quote": (
        "Swift Movers - Local Move Quote Rules\n"
        "1. Hourly rates depend on crew size:\n"
        "| Crew | Rate per hour |\n"
        "|---|---|\n"
        "| 2 movers | $120 |\n"
        "| 3 movers | $160 |\n"
        "| 4 movers | $200 |\n"
        "2. Every job is billed for at least 3 hours; time beyond that is billed in 30-minute steps.\n"
        "3. A travel fee of $60 applies to addresses more than 30 miles from our depot.\n"
        "4. Stairs cost $25 per flight above the 2nd floor where there is no elevator.\n"
        "5. Items over 300 lb, such as pianos and safes, cost $150 each.\n"
        "6. A deposit of 20% is due at booking. Cancel at least 7 days before the move for a full deposit refund; "
        "cancel 2 to 6 days before for a 50% refund of the deposit.\n"
        "7. Moves start between 8 a.m. and 2 p.m., Monday to Saturday.\n"
    ),
    "h36_english_test_registration": (
        "Northbridge English Test - Registration Rules\n"
        "1. Registration opens 60 days before each test date. Standard registration closes 14 days before the test.\n"
        "2. The standard fee is $180. Late registration, from 13 to 7 days before the test, costs an extra $40.\n"
        "3. Candidates must be at least 16 years old on the test day.\n"
        "4. Rescheduling is free up to 30 days before the test; after that it costs $60.\n"
        "5. Withdrawals at least 30 days before the test get 80% of the fee back; there is no refund after that.\n"
        "6. Check-in opens at 8:00 and closes at 8:45; the test runs from 9:00 to 12:30.\n"
        "7. Results are released 10 working days after the test and stay valid for 2 years.\n"
    ),
    "h36_ski_rental": (
        "Pine Ridge Ski Rental - Terms\n"
        "1. A full-day rental of skis, boots and poles costs $45; a half day, from 12:30 to 4:30 p.m., costs $30.\n"
        "2. Children aged 12 and under pay 50% of the adult rate.\n"
        "3. Rentals of 5 days or more get 20% off the total.\n"
        "4. A deposit of $100 per set is held on a card and released within 3 days of return.\n"
        "5. Equipment returned after 5 p.m. is charged one extra full day.\n"
        "6. Helmets cost $10 per day, up to $30 per rental.\n"
        "7. The damage waiver costs $5 per day and covers repairs up to $300.\n"
    ),
})

HOLDOUT36: list[tuple] = [
    # h36_airline_baggage — hard: 23/32公斤 recur for free allowance and the surcharge band, 100元 is both the daily delay pay and the per-kg loss rate, 2 is 件数/周岁/第2件; askers bring 25公斤, 3天, 3件, 15公斤
    ("h36_airline_baggage", G, "我坐经济舱，托运一个25公斤的箱子要额外付钱吗？",
     "要。经济舱免费托运1件，重量不超过23公斤；25公斤超过23公斤但不超过32公斤，需收取超重费200元。", []),
    ("h36_airline_baggage", G, "我的行李晚到了3天，航空公司补偿多少？",
     "行李延误超过24小时的每天补偿100元，3天共3 × 100元 = 300元，未超过最多补偿5天的限制。", []),
    ("h36_airline_baggage", G, "经济舱乘客一共要托运3件行李，额外要付多少钱？",
     "第1件免费；额外的第2件收费300元，第3件收费500元，合计300元 + 500元 = 800元。", []),
    ("h36_airline_baggage", G, "带上飞机的包有什么限制？",
     "随身行李每人限1件，重量不超过7公斤，三边之和不超过115厘米。", []),
    ("h36_airline_baggage", G, "我丢了一个15公斤的箱子，能赔多少？",
     "行李遗失按每公斤100元赔偿，15公斤为15 × 100元 = 1500元，没有超过最高2000元的上限。", []),
    ("h36_airline_baggage", MIS, "行李延误每天补偿多少钱？",
     "行李延误的，每天补偿200元。", f_mis),
    ("h36_airline_baggage", CMP, "商务舱每件托运行李的重量有什么要求？",
     "商务舱可免费托运2件，每件不少于32公斤。", f_cmp),
    ("h36_airline_baggage", RNG, "什么重量的行李要交200元超重费？",
     "单件行李超过20公斤但不超过32公斤的，收取超重费200元。", f_rng),
    ("h36_airline_baggage", UNIT, "行李延误多久才开始有补偿？",
     "行李延误超过24天的，才开始每天补偿100元。", f_unit),
    ("h36_airline_baggage", OFF, "婴儿车可以免费托运吗？",
     "随身行李每人限1件，重量不超过7公斤。", f_off),

    # h36_tea_leaf_purchase — hard: 5 is 扣5元/5公斤/5月, 3 is 3月/奖励3元/3个工作日, 15 is 15日/15%, 18:00 ends both the day and the cut-off; answers read table rows and add the bonus; askers bring 10公斤, 60公斤, 晚上7点, a Monday delivery
    ("h36_tea_leaf_purchase", G, "我交10公斤一芽二叶的鲜叶，能卖多少钱？",
     "一芽二叶属一级，收购价80元/公斤，10公斤共10 × 80元 = 800元。", []),
    ("h36_tea_leaf_purchase", G, "一次交60公斤特级鲜叶，每公斤能拿多少？",
     "特级（一芽一叶）收购价120元/公斤；单次交售超过50公斤的每公斤另奖励3元，所以每公斤120元 + 3元 = 123元。", []),
    ("h36_tea_leaf_purchase", G, "茶园一年里什么时候收鲜叶，每天几点收？",
     "收购期为每年3月15日至5月31日，每天7:00至18:00收购。", []),
    ("h36_tea_leaf_purchase", G, "我晚上7点才把鲜叶送到，还算当天收购吗？",
     "不算。当日18:00以后送达的鲜叶按次日收购，晚上7点已经在18:00以后。", []),
    ("h36_tea_leaf_purchase", G, "我4月1日（周一）交的鲜叶，货款最晚哪天结清？",
     "货款于交售后3个工作日内结清，周一交售后的第3个工作日是周四，即最晚4月4日结清。", []),
    ("h36_tea_leaf_purchase", MIS, "鲜叶含水率超标，每公斤扣多少钱？",
     "含水率超标的鲜叶每公斤扣3元。", f_mis),
    ("h36_tea_leaf_purchase", CMP, "单次交售最少要交多少鲜叶？",
     "单次交售不超过5公斤。", f_cmp),
    ("h36_tea_leaf_purchase", RNG, "每年的收购期是哪段时间？",
     "收购期为每年3月15日至4月30日。", f_rng),
    ("h36_tea_leaf_purchase", UNIT, "交售后货款多久能结清？",
     "货款于交售后3个月内结清。", f_unit),
    ("h36_tea_leaf_purchase", OFF, "二级鲜叶的标准是什么？",
     "每日收购时间为7:00至18:00。", f_off),

    # h36_library_fines — hard: 30 is the loan period, the per-book fine cap and the suspension length; 10 is both 册 and 次; 5 vs 10 books for child vs adult; askers bring 2 books × 8 days, a 40元 book, a 12-year-old, 100 days late
    ("h36_library_fines", G, "我借的2本书晚还了8天，要交多少滞纳金？",
     "逾期每册每天0.5元，2册 × 8天 × 0.5元 = 8元，每册4元，没有超过每册最高30元的上限。", []),
    ("h36_library_fines", G, "我把一本原价40元的书弄丢了，要赔多少？",
     "图书遗失按原价的2倍赔偿，40元 × 2 = 80元。", []),
    ("h36_library_fines", G, "我孩子12岁，办证后一次能借几本？逾期要交钱吗？",
     "12岁在14周岁以下，可办少儿证，每次最多借书5册，逾期免收滞纳金。", []),
    ("h36_library_fines", G, "有一本书逾期了100天，要交多少滞纳金？",
     "按每天0.5元算是100 × 0.5元 = 50元，但每册最高不超过30元，所以这本书交30元。", []),
    ("h36_library_fines", G, "成人读者和少儿读者每次最多各能借几本？",
     "持证读者每次最多借书10册；14周岁以下读者办理少儿证，每次最多借书5册。", []),
    ("h36_library_fines", MIS, "办借书证要交多少押金？",
     "办证押金30元，退证时全额退还。", f_mis),
    ("h36_library_fines", CMP, "累计逾期多少次会被暂停借阅？",
     "累计逾期不满10次的，暂停借阅30天。", f_cmp),
    ("h36_library_fines", RNG, "图书馆几点开门几点关门？",
     "开放时间为周二至周日9:00至17:00，周一闭馆。", f_rng),
    ("h36_library_fines", UNIT, "续借一次能延长多久？",
     "可续借1次，续借期15周。", f_unit),
    ("h36_library_fines", OFF, "图书损坏了怎么赔偿？",
     "办证押金100元，退证时全额退还。", f_off),

    # h36_moving_quote — hard: 30 is the billing step and the travel-fee distance, 7 days vs 2 to 6 days, $150 is both a heavy-item fee and the asker's refund, 2 is crew size/floor/days; answers read table rows and apply the 3-hour minimum; askers bring a 2-hour job, 45 miles, a 4th floor, a $300 deposit
    ("h36_moving_quote", G, "If I book 3 movers and the job only takes 2 hours, what do I pay?",
     "Every job is billed for at least 3 hours, so the 2 hours are billed as 3; at $160 per hour for 3 movers that is 3 x $160 = $480.", []),
    ("h36_moving_quote", G, "My new place is 45 miles from your depot. Is there an extra charge?",
     "Yes. A travel fee of $60 applies, because 45 miles is more than 30 miles from the depot.", []),
    ("h36_moving_quote", G, "I live on the 4th floor and the building has no elevator. What do the stairs cost?",
     "Stairs cost $25 per flight above the 2nd floor, so the 4th floor means 2 flights: 2 x $25 = $50.", []),
    ("h36_moving_quote", G, "What is the price of a 4-person crew?",
     "A crew of 4 movers costs $200 per hour, and every job is billed for at least 3 hours.", []),
    ("h36_moving_quote", G, "I paid a $300 deposit and cancelled 5 days before the move. How much comes back?",
     "Cancelling 2 to 6 days before the move refunds 50% of the deposit, so you get 50% of $300 = $150.", []),
    ("h36_moving_quote", MIS, "How much extra is it to move a piano?",
     "A piano costs $60 extra.", f_mis),
    ("h36_moving_quote", CMP, "When do I get my whole deposit back if I cancel?",
     "You get a full deposit refund if you cancel less than 7 days before the move.", f_cmp),
    ("h36_moving_quote", RNG, "At what times can a move start?",
     "Moves start between 8 a.m. and 5 p.m., Monday to Saturday.", f_rng),
    ("h36_moving_quote", UNIT, "When does the travel fee apply?",
     "The $60 travel fee applies to addresses more than 30 minutes from the depot.", f_unit),
    ("h36_moving_quote", OFF, "How big is the deposit at booking?",
     "Moves start between 8 a.m. and 2 p.m., Monday to Saturday.", f_off),

    # h36_english_test_registration — hard: 30 days governs both free rescheduling and refunds, $60 is the reschedule fee and 60 days the opening, 14/13/7 day boundaries sit close together; askers bring 45 days, 10 days, a son turning 16, 20 days
    ("h36_english_test_registration", G, "I'm withdrawing 45 days before my test. How much of my $180 fee do I get back?",
     "Withdrawals at least 30 days before the test get 80% of the fee back; 80% of $180 is $144.", []),
    ("h36_english_test_registration", G, "If I register 10 days before the test, what is the total fee?",
     "10 days falls in late registration, from 13 to 7 days before the test, so you pay the $180 standard fee plus $40 extra, $220 in total.", []),
    ("h36_english_test_registration", G, "My son turns 16 two weeks before the test date. Can he take it?",
     "Yes. Candidates must be at least 16 years old on the test day, and he will already be 16.", []),
    ("h36_english_test_registration", G, "When should I check in, and how long does the test last?",
     "Check-in opens at 8:00 and closes at 8:45; the test runs from 9:00 to 12:30, which is 3.5 hours.", []),
    ("h36_english_test_registration", G, "My test is 20 days away and I want to change the date. Will that cost me?",
     "Yes. Rescheduling is free only up to 30 days before the test; at 20 days it costs $60.", []),
    ("h36_english_test_registration", MIS, "How much extra does late registration cost?",
     "Late registration costs an extra $60.", f_mis),
    ("h36_english_test_registration", CMP, "How old do candidates need to be?",
     "Candidates must be under 16 years old on the test day.", f_cmp),
    ("h36_english_test_registration", RNG, "When is the late registration window?",
     "Late registration runs from 13 to 3 days before the test.", f_rng),
    ("h36_english_test_registration", UNIT, "How long do my results stay valid?",
     "Results stay valid for 2 months.", f_unit),
    ("h36_english_test_registration", OFF, "When will my results come out?",
     "Registration opens 60 days before each test date.", f_off),

    # h36_ski_rental — hard: 5 is the long-rental threshold, the 5 p.m. return time and the $5 waiver; 30 is the half-day price and the helmet cap; 12 is the child age and 12:30; 50% and 20% both discount; askers bring a 10-year-old, 6 days, a week of helmets, a 6 p.m. return
    ("h36_ski_rental", G, "My 10-year-old needs skis for a full day. How much is that?",
     "Children aged 12 and under pay 50% of the adult rate, so 50% of the $45 full-day rate is $22.50.", []),
    ("h36_ski_rental", G, "I'm an adult renting for 6 days. What's the total?",
     "6 full days at $45 is $270; rentals of 5 days or more get 20% off the total, so you pay $270 - $54 = $216.", []),
    ("h36_ski_rental", G, "What would a helmet cost me for a 7-day trip?",
     "Helmets cost $10 per day but no more than $30 per rental, so 7 days costs $30, not $70.", []),
    ("h36_ski_rental", G, "How soon after I return the gear is my deposit released?",
     "The $100 deposit per set is released within 3 days of return.", []),
    ("h36_ski_rental", G, "If I bring an adult set back at 6 p.m., what happens?",
     "Equipment returned after 5 p.m. is charged one extra full day, which for an adult set is $45.", []),
    ("h36_ski_rental", MIS, "What does the damage waiver cost per day?",
     "The damage waiver costs $10 per day.", f_mis),
    ("h36_ski_rental", CMP, "Which children get the child rate?",
     "Children over 12 pay 50% of the adult rate.", f_cmp),
    ("h36_ski_rental", RNG, "What hours does a half-day rental cover?",
     "A half day runs from 10:30 a.m. to 4:30 p.m. and costs $30.", f_rng),
    ("h36_ski_rental", UNIT, "What discount do longer rentals get?",
     "Rentals of 5 days or more get $20 off the total.", f_unit),
    ("h36_ski_rental", OFF, "Do I have to leave a deposit?",
     "Helmets cost $10 per day, up to $30 per rental.", f_off),
]
# HOLDOUT37: moving company fees (zh), swimming pool tickets (zh), home cleaning service (zh), tool hire (en), custom cake orders (en), climbing gym (en). First run:
# benchmarks/results/grounding_holdout37_first_run.txt.
DOCS.update({
    "h37_moving_company": (
        "安达搬家服务收费标准\n"
        "第一条 市内搬家起步价300元，含车辆1台、搬运工2名、服务时间3小时。\n"
        "第二条 超过3小时的部分，每小时加收80元，不足1小时按1小时计。\n"
        "第三条 无电梯楼层超过3楼的，每超出1层加收30元。\n"
        "第四条 单件物品重量超过80公斤（如钢琴、保险柜）的，每件加收200元。\n"
        "第五条 搬运距离超过30公里的，超出部分每公里加收5元。\n"
        "第六条 预约须交定金100元；提前24小时以上取消的全额退还，不足24小时取消的扣除定金100元。\n"
        "第七条 服务时间为每日7:00至20:00，20:00以后作业的加收20%。\n"
    ),
    "h37_swimming_pool": (
        "清波游泳馆入场规定\n"
        "| 票种 | 价格 | 有效期 |\n"
        "|---|---|---|\n"
        "| 单次票 | 40元 | 当日 |\n"
        "| 十次卡 | 350元 | 6个月 |\n"
        "| 年卡 | 2400元 | 12个月 |\n"
        "第一条 开放时间为每日6:30至21:30，21:00停止入场。\n"
        "第二条 身高1.2米以下儿童免票，须由18周岁以上成人陪同，每名成人限带2名。\n"
        "第三条 60周岁以上老人凭证件购单次票享受5折。\n"
        "第四条 深水区水深1.8米，须持深水证；深水证考核费40元，须连续游200米。\n"
        "第五条 单次入场限时2小时，超时每30分钟补收10元。\n"
        "第六条 十次卡自购卡之日起6个月内有效，过期作废。\n"
    ),
    "h37_home_cleaning": (
        "洁家家政日常保洁服务条款\n"
        "第一条 日常保洁按小时计费，每人每小时50元，每次起订3小时。\n"
        "第二条 房屋面积超过120平方米的，须安排2名保洁员，费用按人数计算。\n"
        "第三条 开荒保洁（新房首次清洁）每平方米8元，不足100平方米的按100平方米计。\n"
        "第四条 服务时间为周一至周日8:00至18:00；法定节假日服务费上浮50%。\n"
        "第五条 服务开始前24小时以上取消不收费；不足24小时取消的，收取30元误工费。\n"
        "第六条 客户对服务不满意的，须在服务结束后24小时内提出，可免费返工1次。\n"
        "第七条 包月服务每月8次，每次3小时，月费1100元。\n"
    ),
    "h37_tool_hire": (
        "Ridgeway Tool Hire - Rental Terms\n"
        "| Tool | Daily rate | Deposit |\n"
        "|---|---|---|\n"
        "| Cordless drill | $15 | $50 |\n"
        "| Tile cutter | $35 | $100 |\n"
        "| Floor sander | $60 | $200 |\n"
        "1. A rental day runs from 8 am to 5 pm; tools returned after 5 pm are charged an extra day.\n"
        "2. Weekly hire costs 4 times the daily rate.\n"
        "3. Renters must be at least 18 years old and show photo ID.\n"
        "4. Deposits are refunded within 3 business days of return, less a cleaning fee of up to $50 where needed.\n"
        "5. Delivery is free within 10 miles; we charge $2 for each mile beyond 10.\n"
        "6. Cancellations made at least 24 hours before pickup get a full refund; later cancellations forfeit 50% of the first day's rate.\n"
    ),
    "h37_cake_orders": (
        "Maple Street Bakery - Custom Cake Orders\n"
        "1. Custom cakes must be ordered at least 5 days in advance; wedding cakes need at least 30 days.\n"
        "2. A deposit of 30% is due when ordering; the balance is paid at pickup.\n"
        "3. A 6-inch round cake costs $40 and serves up to 8 people; a 10-inch cake costs $65 and serves up to 20 people.\n"
        "4. Each extra tier adds $45.\n"
        "5. Written messages of up to 30 characters are free; longer messages cost $5.\n"
        "6. Pickup is from 9 am to 6 pm, Tuesday to Saturday.\n"
        "7. Cancellations more than 72 hours before pickup get the deposit back; within 72 hours the deposit is kept.\n"
        "8. Delivery within 15 km costs $20.\n"
    ),
    "h37_climbing_gym": (
        "Summit Wall Climbing Gym - Member Rules\n"
        "1. A day pass costs $22; a 10-visit card costs $180 and is valid for 12 months.\n"
        "2. Monthly membership is $75, with a minimum term of 3 months; cancel with 30 days' written notice.\n"
        "3. Climbers aged 8 to 15 need a supervising adult; children under 8 may use only the kids' wall.\n"
        "4. Shoe rental is $5 and harness rental is $4.\n"
        "5. We open from 6 am to 10 pm on weekdays and from 8 am to 8 pm at weekends.\n"
        "6. The belay certification course costs $40 and takes 2 hours.\n"
        "7. Off-peak entry (weekdays before 3 pm) is 20% off the day pass.\n"
    ),
})

HOLDOUT37: list[tuple] = [
    # h37_moving_company — hard: 80 is both the hourly surcharge (80元) and the weight line (80公斤), 30 is both 30元/层 and 30公里, 3 is both 3小时 and 3楼, 20 is both 20:00 and 20%, 100 is the deposit; askers bring 6楼, 5小时, 12小时, 晚上9点
    ("h37_moving_company", G, "我家住6楼，楼里没电梯，楼层费要加多少？",
     "无电梯楼层超过3楼的，每超出1层加收30元。6楼比3楼高出3层，加收3×30元=90元。", []),
    ("h37_moving_company", G, "这次搬家一共用了5个小时，费用怎么算？",
     "起步价300元含服务时间3小时，超过3小时的部分每小时加收80元。5小时比3小时多出2小时，加收2×80元=160元，合计300元+160元=460元。", []),
    ("h37_moving_company", G, "我有一架钢琴要搬，需要另外付钱吗？",
     "需要。单件重量超过80公斤的物品（如钢琴、保险柜），每件加收200元。", []),
    ("h37_moving_company", G, "晚上9点还能安排搬家吗？",
     "服务时间为每日7:00至20:00，晚上9点已在20:00以后，可以作业，但要加收20%。", []),
    ("h37_moving_company", G, "我只提前12小时取消预约，定金能退吗？",
     "不能。提前24小时以上取消才全额退还；12小时不足24小时，定金100元会被扣除。", []),
    ("h37_moving_company", MIS, "搬运距离超过多少公里要加收费用？",
     "搬运距离超过80公里的，超出部分每公里加收5元。", f_mis),
    ("h37_moving_company", CMP, "什么样的物品要每件加收200元？",
     "单件重量不足80公斤的物品，每件加收200元。", f_cmp),
    ("h37_moving_company", RNG, "你们每天几点到几点提供服务？",
     "服务时间为每日7:00至18:00。", f_rng),
    ("h37_moving_company", UNIT, "至少提前多久取消才能全额退定金？",
     "提前24天以上取消的，定金全额退还。", f_unit),
    ("h37_moving_company", OFF, "长途搬家超出的距离每公里怎么收费？",
     "无电梯楼层超过3楼的，每超出1层加收30元。", f_off),

    # h37_swimming_pool — hard: 40元 is both the single ticket and the deep-water test fee, 2 is both 2名 children and 2小时, 6 is both 6个月 and 6:30, 1.2米 (child height) sits near 1.8米 (depth), 21:00 vs 21:30; askers bring a 1.1米 child, 3 hours of swimming, a 65-year-old father
    ("h37_swimming_pool", G, "我孩子7岁，身高1.1米，进馆要买票吗？",
     "不用买票。身高1.2米以下儿童免票，1.1米在1.2米以下；但须由18周岁以上成人陪同，每名成人限带2名。", []),
    ("h37_swimming_pool", G, "我在馆里游了3个小时，需要补多少钱？",
     "单次入场限时2小时，超时每30分钟补收10元。超出的1小时是2个30分钟，补收2×10元=20元。", []),
    ("h37_swimming_pool", G, "十次卡多少钱？能用多久？",
     "十次卡350元，自购卡之日起6个月内有效，过期作废。", []),
    ("h37_swimming_pool", G, "我爸今年65岁，他买单次票要多少钱？",
     "60周岁以上老人凭证件购单次票享受5折。单次票40元，5折就是20元。", []),
    ("h37_swimming_pool", G, "我想去深水区游，需要满足什么条件？",
     "深水区水深1.8米，须持深水证；考深水证要交考核费40元，并连续游200米。", []),
    ("h37_swimming_pool", MIS, "深水区的水有多深？",
     "深水区水深1.2米。", f_mis),
    ("h37_swimming_pool", CMP, "多高的儿童可以免票？",
     "身高1.2米以上的儿童免票。", f_cmp),
    ("h37_swimming_pool", RNG, "游泳馆每天几点开放到几点？",
     "开放时间为每日6:30至20:30。", f_rng),
    ("h37_swimming_pool", UNIT, "年卡多少钱，有效期多长？",
     "年卡2400元，有效期12天。", f_unit),
    ("h37_swimming_pool", OFF, "买一次单次票进去最多能待多久？",
     "十次卡350元，有效期6个月。", f_off),

    # h37_home_cleaning — hard: 50 is both 50元/人/小时 and the 50% holiday uplift, 3 is both the 3-hour minimum and 3 hours per monthly visit, 8 is 8元/平方米, 8次 and 8:00, 24 is both the cancellation line and the complaint window, 100/120 are area lines; askers bring 150平方米 and 4 hours, a 90平米 new flat, 国庆节
    ("h37_home_cleaning", G, "我家150平方米，约了4个小时日常保洁，一共多少钱？",
     "面积超过120平方米须安排2名保洁员，费用按人数计算；每人每小时50元，4小时×2人×50元=400元。", []),
    ("h37_home_cleaning", G, "新房90平米，做一次开荒保洁要多少钱？",
     "开荒保洁每平方米8元，不足100平方米的按100平方米计。90平米按100平方米算，100×8元=800元。", []),
    ("h37_home_cleaning", G, "国庆节请阿姨上门打扫，价格一样吗？",
     "不一样，法定节假日服务费上浮50%。", []),
    ("h37_home_cleaning", G, "包月服务是怎么安排和收费的？",
     "包月服务每月上门8次，每次3小时，月费1100元。", []),
    ("h37_home_cleaning", G, "打扫完发现厨房没弄干净，多久之内可以要求返工？",
     "须在服务结束后24小时内提出，可以免费返工1次。", []),
    ("h37_home_cleaning", MIS, "临时取消预约要付多少误工费？",
     "不足24小时取消的，收取50元误工费。", f_mis),
    ("h37_home_cleaning", CMP, "房子多大需要派两名保洁员？",
     "房屋面积不足120平方米的，须安排2名保洁员。", f_cmp),
    ("h37_home_cleaning", RNG, "哪些日子、几点可以上门服务？",
     "服务时间为周一至周五，每天8:00至18:00。", f_rng),
    ("h37_home_cleaning", UNIT, "日常保洁每次最少要订多长时间？",
     "日常保洁每次起订3天。", f_unit),
    ("h37_home_cleaning", OFF, "开荒保洁是怎么收费的？",
     "包月服务每月8次，每次3小时，月费1100元。", f_off),

    # h37_tool_hire — hard: $50 is both the drill deposit and the cleaning-fee cap, 50% is the cancellation forfeit, $200/$100 deposits sit beside $60/$35 rates in one table, 5 is both 5 pm and the asker's 5 extra miles; askers bring 3 days, a week, age 17, 15 miles
    ("h37_tool_hire", G, "I need a floor sander for 3 days. What will it cost, and what deposit do I leave?",
     "The floor sander is $60 a day, so 3 days cost 3 x $60 = $180, and you leave a $200 deposit.", []),
    ("h37_tool_hire", G, "How much is a tile cutter for a whole week?",
     "Weekly hire costs 4 times the daily rate; the tile cutter is $35 a day, so a week is 4 x $35 = $140.", []),
    ("h37_tool_hire", G, "I'm 17. Can I rent a cordless drill?",
     "No. Renters must be at least 18 years old and show photo ID.", []),
    ("h37_tool_hire", G, "I live 15 miles from the shop. What does delivery cost?",
     "Delivery is free within 10 miles and $2 for each mile beyond 10; your 5 extra miles cost 5 x $2 = $10.", []),
    ("h37_tool_hire", G, "When will I get my deposit back after I return the tool?",
     "Within 3 business days of return, less a cleaning fee of up to $50 if cleaning is needed.", []),
    ("h37_tool_hire", MIS, "What deposit do you take on a tile cutter?",
     "The tile cutter deposit is $200.", f_mis),
    ("h37_tool_hire", CMP, "How much can you take off my deposit for cleaning?",
     "A cleaning fee of at least $50 is deducted where needed.", f_cmp),
    ("h37_tool_hire", RNG, "What hours does one rental day cover?",
     "A rental day runs from 8 am to 3 pm.", f_rng),
    ("h37_tool_hire", UNIT, "How far ahead must I cancel to get a full refund?",
     "Cancel at least 24 days before pickup for a full refund.", f_unit),
    ("h37_tool_hire", OFF, "How much do you charge for delivery?",
     "Renters must be at least 18 years old and show photo ID.", f_off),

    # h37_cake_orders — hard: 30 is the wedding notice (30 days), the deposit (30%) and the free message length (30 characters), 20 is both 20 people and the $20 delivery fee, 72 hours splits cancellation; askers bring a 10-inch cake, a June 20 wedding, 15 guests, a long message
    ("h37_cake_orders", G, "I'm ordering the 10-inch cake. How much do I pay when I order, and how much at pickup?",
     "The 10-inch cake costs $65 and a 30% deposit is due when ordering: 30% of $65 is $19.50 now, and the balance of $45.50 at pickup.", []),
    ("h37_cake_orders", G, "Our wedding is on June 20. What's the latest day I can order the wedding cake?",
     "Wedding cakes need at least 30 days' notice; 30 days before June 20 is May 21, so order by May 21.", []),
    ("h37_cake_orders", G, "We're expecting 15 guests. Which size should I get?",
     "The 6-inch cake serves only up to 8 people, so take the 10-inch cake, which serves up to 20 people and costs $65.", []),
    ("h37_cake_orders", G, "Can I pick my cake up on a Monday?",
     "No. Pickup is Tuesday to Saturday, from 9 am to 6 pm.", []),
    ("h37_cake_orders", G, "I want 'Congratulations on your graduation, Sam' written on top. Is that free?",
     "No. Messages of up to 30 characters are free; yours is longer than 30 characters, so it costs $5.", []),
    ("h37_cake_orders", MIS, "How far ahead do I need to order an ordinary custom birthday cake?",
     "Custom cakes must be ordered at least 30 days in advance.", f_mis),
    ("h37_cake_orders", CMP, "Up to when can I cancel and still get my deposit back?",
     "Cancellations less than 72 hours before pickup get the deposit back.", f_cmp),
    ("h37_cake_orders", RNG, "What are your pickup hours?",
     "Pickup is from 9 am to 9 pm, Tuesday to Saturday.", f_rng),
    ("h37_cake_orders", UNIT, "How much is delivery, and how far do you deliver?",
     "Delivery within 15 miles costs $20.", f_unit),
    ("h37_cake_orders", OFF, "How much does an extra tier add?",
     "A deposit of 30% is due when ordering.", f_off),

    # h37_climbing_gym — hard: 8 is an age line and both 8 am and 8 pm, 3 is both the 3-month minimum and the 3 pm off-peak cut, 10 is both the 10-visit card and 10 pm, $40 (course) sits near $22 (day pass); askers bring a Tuesday 11 am visit with rentals, a 12-year-old, a Saturday
    ("h37_climbing_gym", G, "I'm coming on a Tuesday at 11 am and need shoes and a harness. What will I pay in total?",
     "Weekday entry before 3 pm is 20% off the $22 day pass, so $17.60; add $5 for shoes and $4 for a harness: $17.60 + $5 + $4 = $26.60.", []),
    ("h37_climbing_gym", G, "My son is 12. Can he climb on his own?",
     "No. At 12 he is in the 8 to 15 age band, so he needs a supervising adult.", []),
    ("h37_climbing_gym", G, "What time are you open on Saturdays?",
     "At weekends the gym is open from 8 am to 8 pm.", []),
    ("h37_climbing_gym", G, "If I take a monthly membership, what is the least it can cost me?",
     "Membership is $75 a month with a minimum term of 3 months, so at least 3 x $75 = $225.", []),
    ("h37_climbing_gym", G, "How long does a 10-visit card last, and what does it cost?",
     "A 10-visit card costs $180 and is valid for 12 months.", []),
    ("h37_climbing_gym", MIS, "How much is a single day pass?",
     "A day pass costs $40.", f_mis),
    ("h37_climbing_gym", CMP, "When does off-peak pricing apply?",
     "Off-peak entry is on weekdays after 3 pm, at 20% off the day pass.", f_cmp),
    ("h37_climbing_gym", RNG, "What are your weekday opening hours?",
     "On weekdays the gym is open from 6 am to 9 pm.", f_rng),
    ("h37_climbing_gym", UNIT, "How much notice do I have to give to cancel my membership?",
     "Cancel with 30 hours' written notice.", f_unit),
    ("h37_climbing_gym", OFF, "How long does the belay certification course take?",
     "Shoe rental is $5 and harness rental is $4.", f_off),
]
# HOLDOUT38: moving company rates (zh), swimming pool entry rules (zh), optician lens prices (zh), custom cake bakery (en), escape room bookings (en), tailor alterations (en). First run:
# benchmarks/results/grounding_holdout38_first_run.txt.
DOCS.update({
    "h38_moving_company": (
        "安居搬家服务收费标准\n"
        "第一条 市内搬家按车型计费：\n"
        "| 车型 | 起步价 | 含里程 |\n"
        "|---|---|---|\n"
        "| 小面包车 | 200元 | 10公里 |\n"
        "| 4.2米厢货 | 350元 | 20公里 |\n"
        "第二条 超出含里程的部分每公里加收5元。\n"
        "第三条 每车含2名搬运工；无电梯的，自4楼起每层加收20元。\n"
        "第四条 单件物品超过50公斤（如钢琴、保险柜）另收200元/件。\n"
        "第五条 作业时间为每天7:00至20:00，其他时段作业加收20%；预约须提前2天。\n"
        "第六条 搬家当日取消的，收取起步价的50%；提前1天以上取消免费。\n"
        "第七条 物品损坏按实际价值赔偿，单件最高赔付2000元。\n"
    ),
    "h38_swimming_pool": (
        "碧波游泳馆入场须知\n"
        "一、开放时间为每天6:30至21:30，21:00停止入场。\n"
        "二、成人单次票40元；身高1.2米至1.4米的儿童半价，即20元；身高1.2米以下儿童免票。\n"
        "三、10次卡300元，有效期60天；年卡1800元，有效期365天。\n"
        "四、未满10周岁的儿童须由成人陪同，1名成人最多陪同2名儿童。\n"
        "五、深水区仅限持深水证者进入，深水证考核需连续游200米，考核费20元。\n"
        "六、每次入场限时2小时，超时每30分钟加收10元。\n"
        "七、60周岁以上的老人入场须签署健康承诺书。\n"
    ),
    "h38_optician": (
        "明视眼镜配镜价目与服务条款\n"
        "| 镜片类型 | 价格（副） | 取镜时间 |\n"
        "|---|---|---|\n"
        "| 普通树脂片 | 180元 | 3天 |\n"
        "| 防蓝光片 | 380元 | 5天 |\n"
        "| 渐进多焦点片 | 1200元 | 7天 |\n"
        "第一条 验光免费；6至18岁学生凭学生证配镜架打8折。\n"
        "第二条 散光超过200度的镜片需定制，取镜时间另加7天。\n"
        "第三条 近视600度以上加收加厚费180元。\n"
        "第四条 配镜后30天内不适应可免费重做1次；镜架保修180天。\n"
        "第五条 下单须付订单金额30%的定金；超过30天未取镜的，定金不退。\n"
        "第六条 订单满1000元赠送价值80元的清洗套装。\n"
    ),
    "h38_cake_bakery": (
        "Sweet Crumb Bakery - Custom Cake Orders\n"
        "1. Prices by size:\n"
        "| Size | Serves | Price |\n"
        "|---|---|---|\n"
        "| 6-inch | up to 8 | $35 |\n"
        "| 8-inch | 10 to 14 | $55 |\n"
        "| 10-inch | 16 to 24 | $85 |\n"
        "2. Orders must be placed at least 3 days ahead; cakes with more than 2 tiers need 7 days.\n"
        "3. A 30% deposit is due at booking; the balance is due at pickup.\n"
        "4. Cancellations made 48 hours or more before pickup get the full deposit back; later cancellations forfeit it.\n"
        "5. Pickup is from 10 a.m. to 6 p.m., Tuesday to Saturday.\n"
        "6. Delivery within 10 miles costs $15; each extra mile costs $2.\n"
        "7. Custom toppers cost $8 each; writing on the cake is free up to 30 characters.\n"
    ),
    "h38_escape_room": (
        "Lockbox Escape Rooms - Booking Rules\n"
        "1. Each room holds 2 to 6 players; groups of 7 or more must book two rooms.\n"
        "2. The price is $28 per player on weekdays and $34 per player on weekends; children under 12 pay $20.\n"
        "3. Players under 16 must be accompanied by an adult aged 18 or over.\n"
        "4. Each game lasts 60 minutes; please arrive at least 15 minutes early. Groups more than 15 minutes late lose that time from their game.\n"
        "5. Bookings can be moved free of charge up to 24 hours before the start; there are no refunds within 24 hours.\n"
        "6. The first 3 hints are free; each further hint adds 2 minutes to your time.\n"
        "7. Private events of 12 players or more get 10% off.\n"
    ),
    "h38_tailor_alterations": (
        "Stitch & Fold Tailoring - Alteration Terms\n"
        "1. Trouser hemming costs $12 a pair; jeans with the original hem kept cost $18.\n"
        "2. Taking in or letting out a jacket costs $25 to $40, depending on the lining.\n"
        "3. Standard turnaround is 5 working days; express service within 2 days adds 50% to the price.\n"
        "4. Wedding dresses need at least 3 fittings and must be booked at least 6 weeks before the wedding.\n"
        "5. Items not collected within 60 days are donated to charity.\n"
        "6. Orders over $100 need a 50% deposit.\n"
        "7. Zip replacement costs $18 for trousers and $30 for coats. We are open 9:00 to 17:30, Monday to Friday.\n"
    ),
})

HOLDOUT38: list[tuple] = [
    # h38_moving_company — hard: 200 recurs (van base price / heavy-item surcharge), 20 recurs (20公里 / 20元 per floor / 20:00 / 20%); askers bring their own distance, floor and clock time; answers read a table row and compute mileage, floor and cancellation fees
    ("h38_moving_company", G, "我用4.2米厢货搬28公里，里程费一共多少？", "4.2米厢货起步价350元、含20公里，超出的8公里每公里加收5元，共40元，合计390元。", []),
    ("h38_moving_company", G, "我家住6楼没有电梯，楼层费要多少？", "无电梯的自4楼起每层加收20元，6楼算4、5、6三层，共60元。", []),
    ("h38_moving_company", G, "搬钢琴要不要另外加钱？", "要。钢琴这类单件超过50公斤的物品，每件另收200元。", []),
    ("h38_moving_company", G, "我想晚上9点开始搬，要提前多久预约？会多收钱吗？", "须提前2天预约；晚上9点不在每天7:00至20:00的作业时间内，要加收20%。", []),
    ("h38_moving_company", G, "订了小面包车，搬家当天临时取消要付多少？", "当日取消收取起步价的50%，小面包车起步价200元，所以要付100元。", []),
    ("h38_moving_company", MIS, "4.2米厢货的起步价是多少？", "4.2米厢货的起步价是200元。", f_mis),
    ("h38_moving_company", CMP, "多重的物品要单独收费？", "单件物品不超过50公斤的，另收200元/件。", f_cmp),
    ("h38_moving_company", RNG, "正常作业时间是几点到几点？", "作业时间为每天9:00至20:00。", f_rng),
    ("h38_moving_company", UNIT, "搬家需要提前多久预约？", "预约须提前2小时。", f_unit),
    ("h38_moving_company", OFF, "家具搬坏了怎么赔？", "搬家当日取消的，收取起步价的50%。", f_off),

    # h38_swimming_pool — hard: 20 recurs (child ticket / test fee), 10 recurs (10次卡 / 10周岁 / 10元 overtime), 60 recurs (60天 / 60周岁), 2 recurs (2名儿童 / 2小时); askers bring a child's height, ages and time spent
    ("h38_swimming_pool", G, "我游了3个小时，出来要补多少钱？", "每次入场限时2小时，超出的1小时按每30分钟加收10元计算，共补20元。", []),
    ("h38_swimming_pool", G, "我女儿身高1.3米，单次票多少钱？", "身高1.2米至1.4米的儿童半价，即20元。", []),
    ("h38_swimming_pool", G, "我一个人带3个8岁的孩子去游泳可以吗？", "不可以。未满10周岁的儿童须由成人陪同，1名成人最多陪同2名儿童，3个孩子至少要2名成人陪同。", []),
    ("h38_swimming_pool", G, "晚上几点以后就进不去了？", "21:00停止入场，场馆开放到21:30。", []),
    ("h38_swimming_pool", G, "想去深水区游，需要什么条件？", "须持深水证；考核要连续游200米，考核费20元。", []),
    ("h38_swimming_pool", MIS, "年卡的有效期多长？", "年卡有效期60天。", f_mis),
    ("h38_swimming_pool", CMP, "多大的孩子必须有大人陪？", "10周岁以上的儿童须由成人陪同。", f_cmp),
    ("h38_swimming_pool", RNG, "多高的孩子可以买半价票？", "身高1.4米以下的儿童都可以买半价票。", f_rng),
    ("h38_swimming_pool", UNIT, "10次卡能用多久？", "10次卡300元，有效期60个月。", f_unit),
    ("h38_swimming_pool", OFF, "老人来游泳有什么要求？", "深水区仅限持深水证者进入。", f_off),

    # h38_optician — hard: 180 recurs (resin lens price / thickening fee / frame warranty days), 7 recurs (progressive pickup days / extra custom days), 30 recurs (remake days / deposit % / uncollected days), 200度; askers bring their age, frame price and prescription
    ("h38_optician", G, "我配防蓝光片，散光250度，几天能取？", "防蓝光片取镜时间5天；散光超过200度需定制，另加7天，一共12天。", []),
    ("h38_optician", G, "渐进多焦点镜片一副多少钱，多久能拿？", "渐进多焦点片每副1200元，7天取镜。", []),
    ("h38_optician", G, "我16岁，看中一个500元的镜架，学生价是多少？", "6至18岁学生凭学生证配镜架打8折，500元的镜架为400元。", []),
    ("h38_optician", G, "新眼镜戴了两周还是头晕，能重做吗？", "可以，配镜后30天内不适应可免费重做1次。", []),
    ("h38_optician", G, "我近视700度，配普通树脂片一共多少钱？", "普通树脂片180元，近视600度以上加收加厚费180元，合计360元。", []),
    ("h38_optician", MIS, "镜架保修多久？", "镜架保修30天。", f_mis),
    ("h38_optician", CMP, "散光多少度的镜片需要定制？", "散光不超过200度的镜片需要定制。", f_cmp),
    ("h38_optician", RNG, "哪些年龄的学生配镜架可以打折？", "6岁以上的学生凭学生证配镜架都打8折。", f_rng),
    ("h38_optician", UNIT, "普通树脂片多久能取？", "普通树脂片3个月可以取镜。", f_unit),
    ("h38_optician", OFF, "下单要交多少定金？", "订单满1000元赠送价值80元的清洗套装。", f_off),

    # h38_cake_bakery — hard: 10 recurs (10-inch / 10 to 14 servings / 10 miles / 10 a.m.), 8 recurs (serves up to 8 / $8 toppers / 8-inch), 30 recurs (30% / 30 characters); askers bring guest counts, distances and tier counts; answers read table rows and compute deposit and delivery
    ("h38_cake_bakery", G, "I'm ordering an 8-inch cake. How much is the deposit?", "The 8-inch cake is $55 and a 30% deposit is due at booking, so the deposit is $16.50.", []),
    ("h38_cake_bakery", G, "We're expecting 20 guests. Which size do we need and what does it cost?", "The 10-inch cake serves 16 to 24, so that one, at $85.", []),
    ("h38_cake_bakery", G, "My house is 13 miles from the bakery. What will delivery cost?", "Delivery within 10 miles costs $15 and each extra mile costs $2, so the 3 extra miles add $6, for $21 in total.", []),
    ("h38_cake_bakery", G, "Can I collect my cake on a Monday evening?", "No. Pickup is from 10 a.m. to 6 p.m., Tuesday to Saturday.", []),
    ("h38_cake_bakery", G, "I want a 3-tier cake. How far ahead must I order, and what do I pay when I book?", "Cakes with more than 2 tiers need 7 days' notice, and a 30% deposit is due at booking.", []),
    ("h38_cake_bakery", MIS, "How much does the 6-inch cake cost?", "The 6-inch cake costs $55.", f_mis),
    ("h38_cake_bakery", CMP, "How far in advance do I have to order a regular cake?", "Orders must be placed at most 3 days ahead.", f_cmp),
    ("h38_cake_bakery", RNG, "What are the pickup hours?", "Pickup is from 10 a.m. to 4 p.m., Tuesday to Saturday.", f_rng),
    ("h38_cake_bakery", UNIT, "If I cancel, when do I still get my deposit back?", "Cancellations made 48 days or more before pickup get the full deposit back.", f_unit),
    ("h38_cake_bakery", OFF, "Do cake toppers cost extra?", "Delivery within 10 miles costs $15.", f_off),

    # h38_escape_room — hard: 2 recurs (room minimum / minutes per hint / two rooms), 15 recurs (arrive early / late), 24 recurs (free-move cutoff / no-refund window), 12 recurs (child age / private event size); askers bring group sizes, hint counts and the clock time of their change
    ("h38_escape_room", G, "We're 4 adults playing on a Saturday. What's the total?", "The weekend price is $34 per player, so 4 players pay $136.", []),
    ("h38_escape_room", G, "Can my 14-year-old nephew play with just his 17-year-old brother?", "No. Players under 16 must be accompanied by an adult aged 18 or over, and a 17-year-old does not count.", []),
    ("h38_escape_room", G, "There are 8 of us. How do we book?", "Each room holds 2 to 6 players and groups of 7 or more must book two rooms, so your 8 need two rooms.", []),
    ("h38_escape_room", G, "We used 5 hints. What does that do to our time?", "The first 3 hints are free and each further hint adds 2 minutes, so the 2 extra hints add 4 minutes.", []),
    ("h38_escape_room", G, "It's 3 p.m. and I want to move my booking for 7 p.m. tomorrow. Is that free?", "Yes. Bookings can be moved free of charge up to 24 hours before the start, and yours is 28 hours away.", []),
    ("h38_escape_room", MIS, "What is the weekday price per player?", "The weekday price is $34 per player.", f_mis),
    ("h38_escape_room", CMP, "How early should we arrive?", "Please arrive at most 15 minutes early.", f_cmp),
    ("h38_escape_room", RNG, "How many players fit in one room?", "Each room holds 2 to 8 players.", f_rng),
    ("h38_escape_room", UNIT, "What do children under 12 pay?", "Children under 12 pay 20% of the adult price.", f_unit),
    ("h38_escape_room", OFF, "Is there a discount for a large private event?", "Each game lasts 60 minutes.", f_off),

    # h38_tailor_alterations — hard: 18 recurs (jeans hem / trouser zip), 50% recurs (express surcharge / deposit), 2 recurs (express days / pairs), $30 vs $25-$40 jacket band; askers bring pair counts, order totals and a wedding date
    ("h38_tailor_alterations", G, "I need 2 pairs of trousers hemmed by express. What will it cost?", "Hemming is $12 a pair, so $24, and express adds 50%, making $36.", []),
    ("h38_tailor_alterations", G, "How much to replace the zip on my winter coat?", "Zip replacement costs $30 for coats.", []),
    ("h38_tailor_alterations", G, "My wedding is 2 months away. Is it too late to book the dress alterations?", "No. Wedding dresses must be booked at least 6 weeks before the wedding, and 2 months is more than that; plan for at least 3 fittings.", []),
    ("h38_tailor_alterations", G, "My order comes to $140. How much do I pay up front?", "Orders over $100 need a 50% deposit, so you pay $70 up front.", []),
    ("h38_tailor_alterations", G, "How long does a normal alteration take, and can I drop it off on a Saturday?", "Standard turnaround is 5 working days; the shop is open 9:00 to 17:30, Monday to Friday, so not on Saturday.", []),
    ("h38_tailor_alterations", MIS, "How much is hemming jeans with the original hem kept?", "Jeans with the original hem kept cost $12.", f_mis),
    ("h38_tailor_alterations", CMP, "Which orders need a deposit?", "Orders under $100 need a 50% deposit.", f_cmp),
    ("h38_tailor_alterations", RNG, "What does it cost to take in a jacket?", "Taking in a jacket costs $25 to $60, depending on the lining.", f_rng),
    ("h38_tailor_alterations", UNIT, "How long do you keep items nobody collects?", "Items not collected within 60 weeks are donated to charity.", f_unit),
    ("h38_tailor_alterations", OFF, "How many fittings does a wedding dress need?", "Items not collected within 60 days are donated to charity.", f_off),
]
# HOLDOUT39: housing provident fund withdrawals, pick-your-own orchard, city marathon entry, bowling centre, translation agency, rural health clinic. First run:
# benchmarks/results/grounding_holdout39_first_run.txt.
DOCS.update({
    "h39_provident_fund_withdrawal": (
        "住房公积金提取办理须知\n"
        "第一条 购买自住住房的，提取总额不超过房价款的50%。\n"
        "第二条 偿还住房贷款的，每12个月可提取1次，每次不超过前12个月实际还款额。\n"
        "第三条 本市无自有住房而租房的，每月提取额度不超过1500元，每3个月可提取1次。\n"
        "第四条 离职后在本市无缴存记录满6个月的，可申请销户提取。\n"
        "第五条 男性年满60周岁、女性年满55周岁退休的，可全额提取。\n"
        "第六条 单笔提取金额在5万元至20万元的，需经科长复核；超过20万元的，需经中心主任审批。\n"
        "第七条 材料齐全的，3个工作日内完成审核，审核通过后5个工作日内到账。\n"
        "第八条 提取后账户余额不得低于100元，销户提取除外。\n"
    ),
    "h39_orchard_picking": (
        "果园采摘须知\n"
        "第一条 每日8:00至17:30开放，16:30停止入园。\n"
        "第二条 成人门票30元；身高1.2米至1.4米的儿童半价15元，1.2米以下免票。\n"
        "第三条 采摘期及带出单价如下：\n"
        "| 品种 | 采摘期 | 单价 |\n"
        "|---|---|---|\n"
        "| 草莓 | 1月至4月 | 40元/斤 |\n"
        "| 蓝莓 | 6月至7月 | 60元/斤 |\n"
        "| 桃子 | 7月至8月 | 15元/斤 |\n"
        "第四条 每人采摘超过10斤的，超出部分优惠10%。\n"
        "第五条 20人以上的团体须提前3天预约，门票优惠20%。\n"
        "第六条 禁止攀爬果树，损坏果树的每株赔偿200元。\n"
        "第七条 雨天或气温超过35℃时暂停开放。\n"
    ),
    "h39_city_marathon_entry": (
        "城市马拉松报名规则\n"
        "第一条 全程马拉松限年满20周岁至60周岁报名，半程马拉松限年满16周岁至65周岁，健康跑不限年龄。\n"
        "第二条 报名时间为9月1日10:00至9月15日18:00；全程名额15000人，半程名额10000人，报名人数超过名额时抽签确定。\n"
        "第三条 报名费：全程200元，半程150元，健康跑60元。\n"
        "第四条 全程、半程选手须提交近6个月内的体检报告。\n"
        "第五条 中签后7日内未缴费的视为放弃；比赛日前30天以前申请退赛的，退还报名费的50%，此后不予退费。\n"
        "第六条 全程关门时间为6小时，半程为3小时；超过关门时间的选手须登上收容车。\n"
    ),
    "h39_bowling_centre": (
        "Lanes & Pins Bowling Centre: House Rules and Prices\n"
        "1. We are open daily from 10:00 to 23:00; the last lane booking is taken at 22:00.\n"
        "2. Prices:\n"
        "| Time | Per game | Lane per hour |\n"
        "|---|---|---|\n"
        "| Weekday before 17:00 | $5 | $30 |\n"
        "| Weekday after 17:00 | $7 | $40 |\n"
        "| Weekend | $8 | $45 |\n"
        "3. Shoe rental is $3 per pair; children under 12 get shoes free.\n"
        "4. Up to 6 bowlers may share one lane.\n"
        "5. Birthday packages need at least 8 children and cost $18 per child, including 2 games each.\n"
        "6. Bookings cancelled less than 24 hours ahead forfeit the $30 deposit.\n"
        "7. Guests under 16 must be accompanied by an adult after 20:00.\n"
        "8. Bumpers are available for children aged 3 to 10.\n"
    ),
    "h39_translation_agency": (
        "Clearword Translation Services: Terms of Service\n"
        "1. Standard translation costs $0.12 per word, with a minimum charge of $40 per order.\n"
        "2. Certified translation adds $15 per page; one page counts as up to 250 words.\n"
        "3. Turnaround: documents of up to 2,000 words take 3 business days; documents from 2,001 to 6,000 words take 5 business days; larger jobs are quoted separately.\n"
        "4. Rush delivery within 24 hours adds 50% to the fee and is available for up to 3,000 words.\n"
        "5. Interpreting is billed at $80 per hour with a 2-hour minimum; travel beyond 30 km is charged at $0.50 per km.\n"
        "6. A 40% deposit is due on orders above $500.\n"
        "7. Free revisions are accepted within 14 days of delivery.\n"
    ),
    "h39_rural_clinic": (
        "Millbrook Rural Health Clinic: Patient Information\n"
        "1. The clinic is open Monday to Friday from 8:00 to 18:00 and on Saturday from 9:00 to 13:00.\n"
        "2. A standard consultation lasts 15 minutes and costs $35; a long consultation of 30 minutes costs $60.\n"
        "3. Patients aged 65 and over and children under 5 are seen free of charge.\n"
        "4. Repeat prescriptions are ready within 2 working days; please request them at least 7 days before you run out.\n"
        "5. The mobile clinic visits outlying villages every 14 days and serves patients living more than 20 km from the clinic.\n"
        "6. Missed appointments without 24 hours' notice incur a $15 fee.\n"
        "7. Lab results are normally back in 3 to 5 working days.\n"
        "8. Home visits are offered to patients over 80.\n"
    ),
})

HOLDOUT39: list[tuple] = [
    # h39_provident_fund_withdrawal — hard: 12 recurs (every 12 months / previous 12 months), 3 and 5 recur (每3个月 vs 3个工作日; 5万元 vs 5个工作日), 50% vs 100元 floor; askers bring a 120万元 house price and a rental year
    ("h39_provident_fund_withdrawal", G, "我买了一套总价120万元的自住房，最多能提取多少公积金？",
     "购房提取总额不超过房价款的50%，120万元的50%是60万元，所以最多提取60万元；另外提取后账户余额不得低于100元。", []),
    ("h39_provident_fund_withdrawal", G, "我在本市没房子，一直租房住，一年下来最多能提多少？",
     "租房提取每月额度不超过1500元，每3个月可提取1次，即每次最多3×1500元=4500元，一年12个月合计不超过18000元。", []),
    ("h39_provident_fund_withdrawal", G, "我是女职工，今年55岁办了退休，公积金能一次全部取出来吗？",
     "可以。女性年满55周岁退休的，可全额提取。", []),
    ("h39_provident_fund_withdrawal", G, "材料都交齐了，最慢多久钱能到账？",
     "3个工作日内完成审核，审核通过后5个工作日内到账，所以最长约3+5=8个工作日。", []),
    ("h39_provident_fund_withdrawal", G, "我一次要提25万元，谁来审批？",
     "单笔提取金额超过20万元的，需经中心主任审批；25万元超过20万元，所以由中心主任审批，而不是科长复核（科长复核的是5万元至20万元的）。", []),
    ("h39_provident_fund_withdrawal", MIS, "还房贷提取的话，每次最多能提多少？",
     "偿还住房贷款提取的，每次不超过房价款的50%。", f_mis),
    ("h39_provident_fund_withdrawal", CMP, "提完之后账户里至少要留多少钱？",
     "提取后账户余额应在100元以下，销户提取除外。", f_cmp),
    ("h39_provident_fund_withdrawal", RNG, "单笔提取多少金额需要科长复核？",
     "单笔提取金额在5万元至10万元的，需经科长复核。", f_rng),
    ("h39_provident_fund_withdrawal", UNIT, "离职以后要等多久才能销户提取？",
     "离职后在本市无缴存记录满6年的，可申请销户提取。", f_unit),
    ("h39_provident_fund_withdrawal", OFF, "租房提取每个月能提多少钱？",
     "男性年满60周岁退休的，可全额提取。", f_off),

    # h39_orchard_picking — hard: 15 is both the child ticket and the peach price, 10 is both the 10斤 threshold and the 10% discount, 20 is both the group size and the 20% discount; askers bring a 1.3米 child, 12斤 of peaches, a 16:40 arrival and a 25-person group
    ("h39_orchard_picking", G, "我家孩子身高1.3米，门票要多少钱？",
     "身高1.2米至1.4米的儿童半价，门票15元。", []),
    ("h39_orchard_picking", G, "我一个人摘了12斤桃子，要付多少钱？",
     "桃子15元/斤；超过10斤的部分优惠10%。前10斤为10×15=150元，超出的2斤按优惠10%计为2×15×90%=27元，合计177元（门票另计）。", []),
    ("h39_orchard_picking", G, "6月份过来还能摘草莓吗？",
     "不能。草莓采摘期是1月至4月，6月不在其中；6月至7月可以摘蓝莓，60元/斤。", []),
    ("h39_orchard_picking", G, "我们下午4点40分才能到，还能进园吗？",
     "不能。果园16:30停止入园，4点40分即16:40，已经过了停止入园时间（17:30闭园）。", []),
    ("h39_orchard_picking", G, "公司组织25名成人员工去采摘，门票一共多少钱，要怎么安排？",
     "20人以上的团体须提前3天预约，门票优惠20%。成人门票30元，优惠20%后每人24元，25人共25×24=600元。", []),
    ("h39_orchard_picking", MIS, "桃子多少钱一斤？",
     "桃子40元一斤。", f_mis),
    ("h39_orchard_picking", CMP, "天太热的时候果园会关门吗？",
     "会，气温低于35℃时暂停开放。", f_cmp),
    ("h39_orchard_picking", RNG, "桃子什么时候可以摘？",
     "桃子的采摘期是7月至9月。", f_rng),
    ("h39_orchard_picking", UNIT, "团体来采摘要提前多久预约？",
     "20人以上的团体须提前3周预约。", f_unit),
    ("h39_orchard_picking", OFF, "儿童门票怎么收？",
     "禁止攀爬果树，损坏果树的每株赔偿200元。", f_off),

    # h39_city_marathon_entry — hard: 60 is both the upper age for the full marathon and the fun-run fee, 6 is both the 6-hour cut-off and the 6-month medical report, 15 recurs in 9月15日 and 15000人; askers bring an age of 62 and a withdrawal 40 days out
    ("h39_city_marathon_entry", G, "我今年62岁，还能报全程马拉松吗？",
     "不能报全程，全程限年满20周岁至60周岁，62岁超出了；但半程限年满16周岁至65周岁，62岁可以报半程。", []),
    ("h39_city_marathon_entry", G, "我报了全程并已缴费，比赛前40天想退赛，能退多少钱？",
     "比赛日前30天以前申请退赛的，退还报名费的50%。40天前属于30天以前，全程报名费200元，可退200×50%=100元。", []),
    ("h39_city_marathon_entry", G, "报名什么时候截止？",
     "报名从9月1日10:00开始，到9月15日18:00截止。", []),
    ("h39_city_marathon_entry", G, "跑半程要交什么健康证明？",
     "全程、半程选手都须提交近6个月内的体检报告。", []),
    ("h39_city_marathon_entry", G, "半程如果跑了3个多小时还没到终点会怎样？",
     "半程关门时间为3小时，超过关门时间的选手须登上收容车。", []),
    ("h39_city_marathon_entry", MIS, "半程报名费多少钱？",
     "半程报名费200元。", f_mis),
    ("h39_city_marathon_entry", CMP, "报名的人太多怎么办？",
     "报名人数不足名额时抽签确定。", f_cmp),
    ("h39_city_marathon_entry", RNG, "全程马拉松对年龄有什么要求？",
     "年满20周岁以上都可以报名全程马拉松。", f_rng),
    ("h39_city_marathon_entry", UNIT, "体检报告要多近的？",
     "须提交近6周内的体检报告。", f_unit),
    ("h39_city_marathon_entry", OFF, "全程报名费是多少？",
     "中签后7日内未缴费的视为放弃。", f_off),

    # h39_bowling_centre — hard: $30 is both the weekday-daytime lane price and the deposit, 22:00/23:00 and 17:00 clock times sit close together, 3 is the shoe price and the lowest bumper age; askers bring a 4-person Tuesday group, a party of 7, a 10-year-old and a 12-hour cancellation
    ("h39_bowling_centre", G, "Four of us want 2 games each on a Tuesday at 3pm. What will the games cost?",
     "On a weekday before 17:00 a game is $5, so 4 people × 2 games = 8 games × $5 = $40; shoe rental is $3 per pair on top.", []),
    ("h39_bowling_centre", G, "There are 7 of us. Can we all bowl on one lane?",
     "No. Up to 6 bowlers may share one lane, so a group of 7 needs two lanes.", []),
    ("h39_bowling_centre", G, "How much is it to rent a lane for an hour on a Saturday?",
     "Saturday counts as the weekend, when a lane is $45 per hour.", []),
    ("h39_bowling_centre", G, "My son is 10. Does he pay for shoes, and can he use bumpers?",
     "He gets shoes free, since children under 12 do, and bumpers are available for children aged 3 to 10, so he can use them.", []),
    ("h39_bowling_centre", G, "If we cancel 12 hours before our booking, do we lose anything?",
     "Yes. Bookings cancelled less than 24 hours ahead forfeit the $30 deposit, and 12 hours is less than 24, so you lose the $30.", []),
    ("h39_bowling_centre", MIS, "What does a lane cost per hour on a weekday evening?",
     "A lane on a weekday evening costs $30 per hour.", f_mis),
    ("h39_bowling_centre", CMP, "How many children do we need for a birthday package?",
     "Birthday packages are for at most 8 children.", f_cmp),
    ("h39_bowling_centre", RNG, "What are your opening hours?",
     "We are open daily from 12:00 to 23:00.", f_rng),
    ("h39_bowling_centre", UNIT, "How much is shoe rental?",
     "Shoe rental is 3% of your game fee.", f_unit),
    ("h39_bowling_centre", OFF, "Does my 15-year-old need an adult with her in the evening?",
     "Up to 6 bowlers may share one lane.", f_off),

    # h39_translation_agency — hard: 40 is both the $40 minimum and the 40% deposit, 50% rush surcharge vs $0.50 per km, 3 recurs as 3 business days and 3,000 words, 2,000 words bounds two bands; askers bring 1,500 words, 90 minutes, 200 words and 2,500 words
    ("h39_translation_agency", G, "I have a 1,500-word contract for standard translation. What will it cost and how long will it take?",
     "At $0.12 per word, 1,500 × $0.12 = $180, and since it is up to 2,000 words it takes 3 business days.", []),
    ("h39_translation_agency", G, "I need an interpreter for a 90-minute meeting. What is the charge?",
     "Interpreting is $80 per hour with a 2-hour minimum, so 90 minutes is billed as 2 hours: 2 × $80 = $160, plus travel beyond 30 km at $0.50 per km.", []),
    ("h39_translation_agency", G, "My text is only 200 words. How much will that be?",
     "200 × $0.12 = $24, but the minimum charge is $40 per order, so you pay $40.", []),
    ("h39_translation_agency", G, "Can you rush 2,500 words back to me within a day?",
     "Yes. Rush delivery within 24 hours is available for up to 3,000 words, and it adds 50% to the fee.", []),
    ("h39_translation_agency", G, "How long after delivery can I still ask for changes for free?",
     "Free revisions are accepted within 14 days of delivery.", []),
    ("h39_translation_agency", MIS, "How big a deposit do I pay on a $600 order?",
     "A deposit of 50% is due on that order.", f_mis),
    ("h39_translation_agency", CMP, "When do I have to pay a deposit?",
     "A 40% deposit is due on orders below $500.", f_cmp),
    ("h39_translation_agency", RNG, "Which document sizes take 5 business days?",
     "Documents from 2,001 to 4,000 words take 5 business days.", f_rng),
    ("h39_translation_agency", UNIT, "Do you charge for an interpreter's travel?",
     "Travel beyond 30 miles is charged at $0.50 per mile.", f_unit),
    ("h39_translation_agency", OFF, "How much extra is a certified translation?",
     "Free revisions are accepted within 14 days of delivery.", f_off),

    # h39_rural_clinic — hard: 15 is both the standard consultation length and the missed-appointment fee, 30 minutes vs $35/$60, 14 days vs 7 days vs 2 working days, 65 vs 80 age thresholds; askers bring an age of 70, a Monday blood test, two missed visits, a 2pm Saturday and a 25 km distance
    ("h39_rural_clinic", G, "I'm 70. How much will a long consultation cost me?",
     "Nothing. A long consultation of 30 minutes normally costs $60, but patients aged 65 and over are seen free of charge, and 70 is over 65.", []),
    ("h39_rural_clinic", G, "I had blood taken on Monday. When should the results come back?",
     "Lab results are normally back in 3 to 5 working days, so counting from Monday, between Thursday and the following Monday (if there are no holidays).", []),
    ("h39_rural_clinic", G, "I missed two appointments without calling ahead. What do I owe?",
     "Missed appointments without 24 hours' notice incur a $15 fee each, so two missed appointments come to 2 × $15 = $30.", []),
    ("h39_rural_clinic", G, "Can I come in on Saturday at 2pm?",
     "No. On Saturday the clinic is open from 9:00 to 13:00, so it is closed at 14:00.", []),
    ("h39_rural_clinic", G, "I live 25 km from the clinic. Will the mobile clinic come to my village, and how often?",
     "Yes. The mobile clinic serves patients living more than 20 km from the clinic, and 25 km is more than 20 km; it visits every 14 days.", []),
    ("h39_rural_clinic", MIS, "How long does a standard consultation last?",
     "A standard consultation lasts 30 minutes.", f_mis),
    ("h39_rural_clinic", CMP, "Who can get a home visit?",
     "Home visits are offered to patients under 80.", f_cmp),
    ("h39_rural_clinic", RNG, "What are the clinic's weekday opening hours?",
     "Monday to Friday the clinic is open from 8:00 to 16:00.", f_rng),
    ("h39_rural_clinic", UNIT, "How quickly is a repeat prescription ready?",
     "Repeat prescriptions are ready within 2 weeks.", f_unit),
    ("h39_rural_clinic", OFF, "How much does a standard consultation cost?",
     "Lab results are normally back in 3 to 5 working days.", f_off),
]
# HOLDOUT40: property management fees (zh), hot-spring resort admission (zh), electrician licence exam (zh), car rental terms (en), florist delivery policy (en), youth hostel house rules (en). First run:
# benchmarks/results/grounding_holdout40_first_run.txt.
DOCS.update({
    "h40_property_fees": (
        "物业服务收费标准\n"
        "第一条 住宅物业费每月每平方米2.5元，商铺每月每平方米6元。\n"
        "第二条 物业费按季度缴纳，每季度首月15日前缴清；一次性预缴12个月减免5%。\n"
        "第三条 逾期缴纳的，每日按欠费金额的0.05%加收滞纳金，总额不超过欠费金额的30%。\n"
        "第四条 装修押金3000元，验收合格后15个工作日内退还。\n"
        "第五条 装修仅限工作日8:00至12:00、14:00至18:00施工，周末及法定节假日禁止施工。\n"
        "第六条 建筑垃圾清运费：90平方米（含）以下每户300元，超过90平方米每户500元。\n"
        "第七条 业主报修，物业须在30分钟内响应，2小时内到场。\n"
        "第八条 空置超过6个月的房屋，凭证明物业费按70%收取。\n"
    ),
    "h40_hot_spring": (
        "云溪温泉度假村入园须知\n"
        "第一条 营业时间为每日9:00至23:00，22:00停止售票。\n"
        "第二条 门票价格如下：\n"
        "| 票种 | 平日 | 周末 |\n"
        "|---|---|---|\n"
        "| 成人票 | 198元 | 238元 |\n"
        "| 儿童票 | 98元 | 118元 |\n"
        "第三条 身高1.2米（含）至1.5米（含）的儿童购买儿童票，1.2米以下免票，须由成人陪同。\n"
        "第四条 65周岁以上老人凭身份证购成人票享8折优惠。\n"
        "第五条 高温池水温40℃以上，每次浸泡不宜超过15分钟；心脏病患者及孕妇禁止使用。\n"
        "第六条 门票当日有效，出园后再次入园须另行购票。\n"
        "第七条 团体10人以上购票享9折，须提前2天预约。\n"
    ),
    "h40_electrician_exam": (
        "低压电工特种作业操作证考试须知\n"
        "第一条 报考人员须年满18周岁且不超过60周岁，具有初中及以上文化程度。\n"
        "第二条 报考前须参加培训，理论培训不少于40学时，实操培训不少于32学时。\n"
        "第三条 考试分理论和实操两科，每科满分100分，80分及以上为合格。\n"
        "第四条 理论考试时长120分钟，实操考试时长40分钟。\n"
        "第五条 考试费每科100元；补考费每科60元。\n"
        "第六条 一科不合格的，可在60日内补考1次；补考仍不合格的，须重新参加培训。\n"
        "第七条 证书有效期6年，每3年复审一次，复审申请须在复审到期前60日内提出。\n"
    ),
    "h40_car_rental": (
        "Harbor Car Rental - Rental Terms\n"
        "1. Drivers must be at least 21 years old and have held a licence for at least 2 years. "
        "Drivers under 25 pay a young driver fee of $15 per day.\n"
        "2. Rates:\n"
        "| Car class | Per day | Per week |\n"
        "|---|---|---|\n"
        "| Economy | $45 | $270 |\n"
        "| SUV | $75 | $450 |\n"
        "3. A security deposit of $300 is held on a credit card and released within 7 days of return.\n"
        "4. Each rental includes 200 miles per day; extra miles cost $0.25 each.\n"
        "5. Returns up to 30 minutes late are free; later returns are charged $15 per hour, up to the daily rate.\n"
        "6. Cancellation is free up to 48 hours before pick-up; later cancellations cost one day's rate.\n"
        "7. Return the car with a full tank, or pay a refuelling charge of $7 per gallon.\n"
        "8. Pick-up and return are possible daily from 7 am to 9 pm.\n"
    ),
    "h40_florist_delivery": (
        "Petal & Stem Florist - Delivery Policy\n"
        "1. Orders placed by 2 pm are delivered the same day; orders placed after 2 pm are delivered the next day.\n"
        "2. Delivery within 5 miles of the shop costs $8; more than 5 and up to 15 miles costs $15. "
        "We do not deliver beyond 15 miles.\n"
        "3. Orders over $80 get free delivery within 5 miles.\n"
        "4. Delivery windows are from 9 am to 1 pm or from 1 pm to 6 pm; choosing a fixed time slot costs $10 extra.\n"
        "5. Valentine's Day orders (February 14) must be placed at least 3 days in advance, and a $5 holiday surcharge applies.\n"
        "6. If nobody is home, we leave the flowers with a neighbour or make one free redelivery attempt within 24 hours.\n"
        "7. Cancellations made at least 24 hours before delivery get a full refund; later cancellations get 50% back.\n"
    ),
    "h40_youth_hostel": (
        "Riverside Youth Hostel - House Rules\n"
        "1. Check-in is from 3 pm to 11 pm; check-out is by 10 am.\n"
        "2. Guests must be at least 16 years old; guests aged 16 to 17 must stay with an adult.\n"
        "3. A dorm bed costs $28 per night and a private room $65 per night; stays of 7 nights or more get 10% off.\n"
        "4. The maximum stay is 14 nights.\n"
        "5. Quiet hours run from 11 pm to 7 am.\n"
        "6. Lockers are free; bring your own padlock, buy one for $5, or pay a $10 refundable key deposit.\n"
        "7. Breakfast is served from 7 am to 10 am for $6.\n"
        "8. Luggage can be stored for up to 2 days after check-out at $3 per bag per day.\n"
    ),
})

HOLDOUT40: list[tuple] = [
    # h40_property_fees — hard: 15 recurs (15日前 / 15个工作日), 30 recurs (30% cap / 30分钟), 6 recurs (商铺6元 / 6个月),
    # 12 recurs (12个月 / 12:00); askers bring their own floor areas (100, 80, 120 m²) and a weekday; G4 joins two clauses.
    ("h40_property_fees", G, "我家房子100平方米，一个季度物业费要交多少？什么时候交？",
     "住宅物业费每月每平方米2.5元，100平方米每月250元，一个季度3个月共750元，需在每季度首月15日前缴清。", []),
    ("h40_property_fees", G, "我家80平方米，如果一次把一整年的物业费交了，能优惠多少？",
     "一次性预缴12个月可减免5%。80平方米每月2.5元/平方米即200元，12个月共2400元，减免5%即120元，实缴2280元。", []),
    ("h40_property_fees", G, "装修押金交多少，验收后多久能退？",
     "装修押金3000元，验收合格后15个工作日内退还。", []),
    ("h40_property_fees", G, "我家建筑面积120平方米，装修的建筑垃圾清运费多少钱？周六能施工吗？",
     "超过90平方米的每户收500元，所以您家是500元；周末及法定节假日禁止施工，周六不能施工。", []),
    ("h40_property_fees", G, "房子一直空着没人住，物业费可以少交吗？",
     "可以。空置超过6个月的房屋，凭证明物业费按70%收取。", []),
    ("h40_property_fees", MIS, "商铺的物业费怎么收？",
     "商铺物业费每月每平方米2.5元。", f_mis),
    ("h40_property_fees", CMP, "逾期交物业费，滞纳金最多收多少？",
     "每日按欠费金额的0.05%加收，滞纳金总额不低于欠费金额的30%。", f_cmp),
    ("h40_property_fees", RNG, "装修施工允许在什么时间段进行？",
     "工作日8:00至12:00、14:00至20:00可以施工，周末及法定节假日禁止施工。", f_rng),
    ("h40_property_fees", UNIT, "报修以后物业多久能到场？",
     "物业须在30分钟内响应，2天内到场。", f_unit),
    ("h40_property_fees", OFF, "逾期交物业费会怎么处罚？",
     "装修押金3000元，验收合格后15个工作日内退还。", f_off),

    # h40_hot_spring — hard: prices read off the table rows (98/198, 118/238), 9 recurs (9:00 / 9折), 2 recurs (2天),
    # 1.2/1.5 height band; askers bring a 1.3 m and a 1.1 m child, a 68-year-old mother, a group of 12; G1, G2, G4 compute.
    ("h40_hot_spring", G, "周六我带一个身高1.3米的孩子去，门票一共多少钱？",
     "身高1.3米在1.2米至1.5米之间，买儿童票。周末成人票238元，周末儿童票118元，合计238元+118元=356元。", []),
    ("h40_hot_spring", G, "我母亲68岁，平日去泡温泉门票多少钱？",
     "65周岁以上老人凭身份证购成人票享8折。平日成人票198元，8折即158.4元。", []),
    ("h40_hot_spring", G, "晚上几点以后就买不到票了？",
     "每日22:00停止售票，度假村营业到23:00。", []),
    ("h40_hot_spring", G, "我们公司12个人周末去，团体票怎么算？",
     "团体10人以上购票享9折，须提前2天预约。周末成人票238元，9折为214.2元一张，12人共2570.4元。", []),
    ("h40_hot_spring", G, "我孩子身高1.1米，需要买票吗？",
     "不需要。身高1.2米以下的儿童免票，但须由成人陪同。", []),
    ("h40_hot_spring", MIS, "平日的儿童票多少钱？",
     "平日儿童票118元。", f_mis),
    ("h40_hot_spring", CMP, "高温池一次可以泡多长时间？",
     "高温池水温40℃以上，每次浸泡不少于15分钟。", f_cmp),
    ("h40_hot_spring", RNG, "多高的孩子需要买儿童票？",
     "身高1.2米至1.4米的儿童购买儿童票。", f_rng),
    ("h40_hot_spring", UNIT, "团体票需要提前多久预约？",
     "团体10人以上购票享9折，须提前2周预约。", f_unit),
    ("h40_hot_spring", OFF, "出园以后还能再进去吗？",
     "营业时间为每日9:00至23:00，22:00停止售票。", f_off),

    # h40_electrician_exam — hard: 60 recurs (60周岁 / 60元 / 60日 twice), 100 recurs (满分100 / 100元), 40 recurs
    # (40学时 / 40分钟), 120 vs 40 minutes; askers bring an age of 17 and scores of 78 and 85; G2, G3 compute, G2 and G4 join clauses.
    ("h40_electrician_exam", G, "我今年17岁，可以报考低压电工证吗？",
     "不可以。报考人员须年满18周岁且不超过60周岁，17岁还未满18周岁。", []),
    ("h40_electrician_exam", G, "我理论考了78分，实操考了85分，算通过了吗？补考要交多少钱？",
     "每科80分及以上为合格，实操85分合格，理论78分不合格。可在60日内补考1次，补考费每科60元，所以补考理论一科需交60元。", []),
    ("h40_electrician_exam", G, "两科都考一次，再补考一次理论，总共要交多少考试费？",
     "考试费每科100元，两科共200元；补考费每科60元，再加60元，总共260元。", []),
    ("h40_electrician_exam", G, "证书多久复审一次？复审申请什么时候提？",
     "证书有效期6年，每3年复审一次，复审申请须在复审到期前60日内提出。", []),
    ("h40_electrician_exam", G, "报考之前要上多少课时的培训？",
     "报考前须参加培训，理论培训不少于40学时，实操培训不少于32学时。", []),
    ("h40_electrician_exam", MIS, "实操考试考多长时间？",
     "实操考试时长120分钟。", f_mis),
    ("h40_electrician_exam", CMP, "每科考多少分才算合格？",
     "每科满分100分，80分及以下为合格。", f_cmp),
    ("h40_electrician_exam", RNG, "报考年龄有什么要求？",
     "报考人员须年满18周岁且不超过50周岁。", f_rng),
    ("h40_electrician_exam", UNIT, "证书的有效期是多久？",
     "证书有效期6个月，每3年复审一次。", f_unit),
    ("h40_electrician_exam", OFF, "补考还是没通过怎么办？",
     "理论考试时长120分钟，实操考试时长40分钟。", f_off),

    # h40_car_rental — hard: $15 recurs (young driver fee / late hour), 7 recurs ($7 per gallon / 7 days / 7 am),
    # 2 recurs (2 years); rates read off the table; askers bring an age of 23, a 3-day and a 2-day rental, 500 miles, 20 minutes late.
    ("h40_car_rental", G, "I'm 23 and want an economy car for 3 days. What will it cost, not counting mileage or fuel?",
     "Economy is $45 per day, so 3 days is $135. Because you are under 25 you also pay the young driver fee of $15 per day, "
     "which is $45 for 3 days, so the total is $180.", []),
    ("h40_car_rental", G, "How much is an SUV for a whole week?",
     "An SUV costs $450 per week; the daily rate is $75.", []),
    ("h40_car_rental", G, "I drove 500 miles on a 2-day rental. Do I owe anything extra?",
     "Each rental day includes 200 miles, so 2 days include 400 miles. The extra 100 miles at $0.25 each cost $25.", []),
    ("h40_car_rental", G, "If I bring the car back 20 minutes late, will I be charged?",
     "No. Returns up to 30 minutes late are free; only later returns are charged $15 per hour, up to the daily rate.", []),
    ("h40_car_rental", G, "How much deposit do you hold, and when do I get it back?",
     "A $300 security deposit is held on your credit card and released within 7 days of returning the car.", []),
    ("h40_car_rental", MIS, "How much is the young driver fee?",
     "Drivers under 25 pay a young driver fee of $7 per day.", f_mis),
    ("h40_car_rental", CMP, "How old do I need to be to rent a car?",
     "Drivers must be under 21 years old and have held a licence for at least 2 years.", f_cmp),
    ("h40_car_rental", RNG, "At what times can I pick up or return the car?",
     "Pick-up and return are possible daily from 7 am to 11 pm.", f_rng),
    ("h40_car_rental", UNIT, "Until when can I cancel for free?",
     "Cancellation is free up to 48 days before pick-up.", f_unit),
    ("h40_car_rental", OFF, "What happens if I return the car without refuelling?",
     "Each rental includes 200 miles per day; extra miles cost $0.25 each.", f_off),

    # h40_florist_delivery — hard: 5 recurs (5 miles / $5 surcharge), 15 recurs (15 miles / $15), 24 hours recurs
    # (redelivery / cancellation), 1 pm ends one window and starts the other; askers bring distances (10, 3 miles),
    # order totals ($60, $95, $70), a 3 pm order and Feb 14; G1 and G2 join clauses, G4 and G5 compute.
    ("h40_florist_delivery", G, "I live 10 miles from the shop and my order is $60. What's the delivery fee?",
     "More than 5 and up to 15 miles costs $15. Free delivery applies only to orders over $80 within 5 miles, so you pay $15.", []),
    ("h40_florist_delivery", G, "I'm 3 miles away and my order comes to $95. Do I pay for delivery?",
     "No. Orders over $80 get free delivery within 5 miles, so your delivery is free.", []),
    ("h40_florist_delivery", G, "If I place an order at 3 pm, when will it arrive?",
     "Orders placed after 2 pm are delivered the next day.", []),
    ("h40_florist_delivery", G, "I want roses delivered on Valentine's Day, February 14. By when must I order, and is there an extra charge?",
     "Valentine's Day orders must be placed at least 3 days in advance, so by February 11, and a $5 holiday surcharge applies.", []),
    ("h40_florist_delivery", G, "I cancel a $70 order 12 hours before delivery. How much do I get back?",
     "Only cancellations at least 24 hours before delivery get a full refund; later ones get 50% back, so you get $35 of the $70.", []),
    ("h40_florist_delivery", MIS, "How much does delivery cost within 5 miles?",
     "Delivery within 5 miles of the shop costs $10.", f_mis),
    ("h40_florist_delivery", CMP, "How big does an order have to be for free delivery?",
     "Orders under $80 get free delivery within 5 miles.", f_cmp),
    ("h40_florist_delivery", RNG, "What delivery windows can I choose from?",
     "Delivery windows are from 9 am to 1 pm or from 1 pm to 8 pm.", f_rng),
    ("h40_florist_delivery", UNIT, "If nobody is home, when will you try again?",
     "We make one free redelivery attempt within 24 days.", f_unit),
    ("h40_florist_delivery", OFF, "How far away will you deliver?",
     "Orders placed by 2 pm are delivered the same day.", f_off),

    # h40_youth_hostel — hard: 10 recurs (10 am / $10 deposit / 10%), 7 recurs (7 nights / 7 am twice), 11 pm recurs
    # (check-in end / quiet hours start), $6 breakfast vs a computed $6 luggage fee; askers bring 8 nights, age 17,
    # a midnight arrival, 2 bags for 1 day; G1 and G4 compute, G2 joins both halves of a rule.
    ("h40_youth_hostel", G, "I'm staying 8 nights in a dorm bed. What will it cost in total?",
     "A dorm bed is $28 per night, so 8 nights is $224. Stays of 7 nights or more get 10% off, so you pay $201.60.", []),
    ("h40_youth_hostel", G, "I'm 17 and travelling on my own. Can I stay at the hostel?",
     "Guests must be at least 16, but guests aged 16 to 17 must stay with an adult, so you cannot stay on your own.", []),
    ("h40_youth_hostel", G, "My train gets in late. Can I check in at midnight?",
     "No. Check-in is from 3 pm to 11 pm.", []),
    ("h40_youth_hostel", G, "Can I leave 2 bags for one day after I check out, and what does it cost?",
     "Yes. Luggage can be stored for up to 2 days after check-out at $3 per bag per day, so 2 bags for 1 day cost $6.", []),
    ("h40_youth_hostel", G, "When is breakfast and what does it cost?",
     "Breakfast is served from 7 am to 10 am and costs $6.", []),
    ("h40_youth_hostel", MIS, "How much is a private room per night?",
     "A private room costs $28 per night.", f_mis),
    ("h40_youth_hostel", CMP, "How long am I allowed to stay?",
     "You must stay at least 14 nights.", f_cmp),
    ("h40_youth_hostel", RNG, "When are the quiet hours?",
     "Quiet hours run from 11 pm to 9 am.", f_rng),
    ("h40_youth_hostel", UNIT, "Is there a discount for a long stay?",
     "Yes, stays of 7 nights or more get $10 off.", f_unit),
    ("h40_youth_hostel", OFF, "What time do I have to check out?",
     "Lockers are free; you can buy a padlock for $5.", f_off),
]
# HOLDOUT41: paid study room membership (zh), home appliance repair call-out fees (zh), community market stall rental (zh), climbing gym membership (en), clothing alterations shop (en), vegetable box subscription (en). First run:
# benchmarks/results/grounding_holdout41_first_run.txt.
DOCS.update({
    "h41_study_room": (
        "星光付费自习室会员规则\n"
        "第一条 营业时间为每日7:00至23:00，会员可提前30分钟预约座位。\n"
        "第二条 单次入场每小时8元，当日累计超过5小时按40元封顶。\n"
        "第三条 月卡每张300元，有效期30天；季卡每张800元，有效期90天。\n"
        "第四条 预约后迟到超过30分钟，座位自动释放；当月累计3次的，取消预约资格7天。\n"
        "第五条 年满60岁或持学生证的会员，购买月卡和季卡享受8折优惠。\n"
        "第六条 储物柜押金50元，退卡时柜子无损坏的全额退还。\n"
        "第七条 月卡开卡后7天以内且使用不超过3次的，可申请退款，扣除手续费20元。\n"
    ),
    "h41_appliance_repair": (
        "安家家电上门维修收费标准\n"
        "第一条 上门检测费30元，确认维修后检测费免收。\n"
        "第二条 服务时间为每日8:30至20:00，20:00以后上门的加收夜间费50元。\n"
        "第三条 维修费按下表收取（不含配件）：\n"
        "| 家电类型 | 维修费 |\n"
        "|---|---|\n"
        "| 洗衣机 | 120元 |\n"
        "| 冰箱 | 150元 |\n"
        "| 空调 | 180元 |\n"
        "第四条 更换配件超过200元的，须经用户书面确认后方可更换。\n"
        "第五条 距离服务站超过15公里的，超出部分每公里加收2元。\n"
        "第六条 维修后90天以内同一故障免费返修；更换的配件保修180天。\n"
    ),
    "h41_market_stall": (
        "东湖社区菜市场摊位租赁须知\n"
        "第一条 固定摊位月租金每平方米60元，单个摊位面积为4至8平方米。\n"
        "第二条 租期至少3个月，签约时缴纳押金2000元，租金须于每月5日前缴清。\n"
        "第三条 逾期缴纳租金的，每日加收应缴租金的1%；逾期超过15日的，市场有权收回摊位。\n"
        "第四条 临时摊位每天25元，每人每月最多租用15天。\n"
        "第五条 市场开放时间为5:30至19:00，19:00后须清理摊面；垃圾超过10公斤的另收清运费10元。\n"
        "第六条 摊主须年满18周岁并持有效健康证，健康证有效期为1年。\n"
    ),
    "h41_climbing_gym": (
        "Granite Wall Climbing Gym - Membership Terms\n"
        "1. Opening hours are 6:30 am to 10 pm on weekdays and 8 am to 8 pm on weekends.\n"
        "2. A day pass costs $18; a 10-visit punch card costs $150 and is valid for 12 months.\n"
        "3. Monthly membership is $65, with a minimum commitment of 3 months.\n"
        "4. Climbers under 14 must be supervised by an adult; climbers aged 14 to 17 need a signed parental waiver.\n"
        "5. Shoe rental is $5 per visit; chalk bags are $3.\n"
        "6. Members may freeze their membership for up to 2 months per year at $10 per month.\n"
        "7. Cancellation requires at least 30 days' written notice.\n"
        "8. Students get 15% off monthly membership.\n"
    ),
    "h41_tailor_alterations": (
        "Needle & Thread Alterations - Price List and Terms\n"
        "| Service | Price | Turnaround |\n"
        "|---|---|---|\n"
        "| Trouser hem | $12 | 3 days |\n"
        "| Take in a dress | $35 | 5 days |\n"
        "| Replace a zip | $18 | 3 days |\n"
        "| Shorten sleeves | $25 | 7 days |\n"
        "1. Express service within 24 hours costs an extra 50% of the listed price.\n"
        "2. A deposit of 20% is due when you drop off the garment.\n"
        "3. Wedding dresses are quoted individually, from $120 to $400.\n"
        "4. Garments not collected within 60 days will be donated.\n"
        "5. Orders of more than 5 items get 10% off.\n"
        "6. We are open 9 am to 6 pm, Tuesday to Saturday.\n"
    ),
    "h41_veg_box": (
        "Green Basket Vegetable Box - Subscription Terms\n"
        "1. A small box (4 to 6 kg) costs $22 and a large box (8 to 10 kg) costs $35.\n"
        "2. Boxes are delivered every Thursday between 7 am and 1 pm.\n"
        "3. Delivery is free within 10 km of the farm; beyond that, a $4 fee applies.\n"
        "4. Orders placed after 6 pm on Monday go into the following week's delivery.\n"
        "5. You may skip up to 4 deliveries per quarter at no charge.\n"
        "6. Subscribers who stay for 12 months receive a 10% discount on all boxes.\n"
        "7. Damaged produce must be reported within 48 hours for a full credit.\n"
        "8. The minimum subscription age is 18.\n"
    ),
})

HOLDOUT41: list[tuple] = [
    # h41_study_room — hard: 30 recurs as 30分钟 (booking, lateness) and 30天 (月卡); 7 as 7:00 and 7天 twice; 8 as 8元/小时 and 8折; 3 as 3次 twice; askers bring their own hours, status and usage counts
    ("h41_study_room", G, "我打算今天从早上9点一直学到下午4点，按单次入场要付多少钱？",
     "单次入场每小时8元，9点到4点是7小时，按时计费是56元；但当日累计超过5小时按40元封顶，所以您只需付40元。", []),
    ("h41_study_room", G, "我是在读大学生，买一张季卡要多少钱？能用多久？",
     "季卡每张800元，持学生证的会员购买季卡享受8折优惠，800元打8折是640元，有效期90天。", []),
    ("h41_study_room", G, "自习室每天几点开门、几点关门？订座能提前多久？",
     "每日7:00开门、23:00关门，会员可提前30分钟预约座位。", []),
    ("h41_study_room", G, "我订了座，但可能要晚到40分钟，会怎么样？",
     "预约后迟到超过30分钟座位会自动释放，晚到40分钟已超过30分钟，座位会被释放；如果当月累计3次，还会被取消预约资格7天。", []),
    ("h41_study_room", G, "我的月卡开了5天，只用过2次，现在想退，能退多少？",
     "可以退。月卡开卡后7天以内且使用不超过3次的可申请退款，您开卡5天、用了2次，符合条件；扣除手续费20元，300元的月卡可退280元。", []),
    ("h41_study_room", MIS, "储物柜押金要交多少？",
     "储物柜押金20元，退卡时柜子无损坏的全额退还。", f_mis),
    ("h41_study_room", CMP, "单次入场费用在什么情况下封顶？",
     "当日累计不满5小时的，按40元封顶。", f_cmp),
    ("h41_study_room", RNG, "自习室的营业时间是几点到几点？",
     "营业时间为每日7:00至21:00。", f_rng),
    ("h41_study_room", UNIT, "月卡的有效期是多久？",
     "月卡每张300元，有效期30个月。", f_unit),
    ("h41_study_room", OFF, "60岁以上的老人办卡有什么优惠？",
     "储物柜押金50元，退卡时柜子无损坏的全额退还。", f_off),

    # h41_appliance_repair — hard: prices read off a table row; 180 is both the 空调 fee and the 配件保修 days; 20:00 is both closing time and the night-fee threshold; askers bring their distance, clock time and part quote
    ("h41_appliance_repair", G, "我家离服务站20公里，冰箱坏了请师傅上门修好，不算配件一共要付多少？",
     "冰箱维修费150元，确认维修后上门检测费30元免收；距离超过15公里的，超出部分每公里加收2元，20公里超出5公里，加收10元，合计160元（不含配件）。", []),
    ("h41_appliance_repair", G, "空调修好两个月后又出现同样的毛病，还要再付钱吗？",
     "不用。维修后90天以内同一故障免费返修，两个月在90天以内，可以免费返修。", []),
    ("h41_appliance_repair", G, "晚上9点请师傅上门修洗衣机，费用怎么算？",
     "服务时间为每日8:30至20:00，晚上9点已过20:00，要加收夜间费50元；洗衣机维修费120元，合计170元（不含配件）。", []),
    ("h41_appliance_repair", G, "师傅上门检测后我决定不修了，还要付钱吗？",
     "要付上门检测费30元，只有确认维修后检测费才免收。", []),
    ("h41_appliance_repair", G, "我家冰箱要换压缩机，配件报价260元，师傅可以直接换吗？",
     "不能直接换。更换配件超过200元的，须经用户书面确认后方可更换，260元超过200元，需要您书面确认。", []),
    ("h41_appliance_repair", MIS, "修空调的维修费是多少？",
     "空调维修费150元，不含配件。", f_mis),
    ("h41_appliance_repair", CMP, "什么情况下要加收路程费？",
     "距离服务站15公里以内的，每公里加收2元。", f_cmp),
    ("h41_appliance_repair", RNG, "你们每天的上门服务时间是几点到几点？",
     "服务时间为每日8:30至18:00。", f_rng),
    ("h41_appliance_repair", UNIT, "更换的配件保修多久？",
     "更换的配件保修180个月。", f_unit),
    ("h41_appliance_repair", OFF, "晚上请师傅上门要多加多少钱？",
     "上门检测费30元，确认维修后检测费免收。", f_off),

    # h41_market_stall — hard: 15 recurs as 逾期15日 and 临时摊位15天; 10 as 10公斤 and 10元; 5 as 5日 and 5:30; askers bring their stall size, days already rented, age and lease length
    ("h41_market_stall", G, "我想租一个6平方米的固定摊位，每月租金是多少？",
     "固定摊位月租金每平方米60元，6平方米在4至8平方米的范围内，每月租金为60元×6=360元。", []),
    ("h41_market_stall", G, "我这个月已经租了12天临时摊位，还能再租几天？要多少钱？",
     "每人每月最多租用15天，您已租12天，本月还能再租3天；临时摊位每天25元，3天共75元。", []),
    ("h41_market_stall", G, "如果租金一直拖着没交，会有什么后果？",
     "逾期缴纳的，每日加收应缴租金的1%；逾期超过15日的，市场有权收回摊位。", []),
    ("h41_market_stall", G, "我今年17岁，可以自己租摊位吗？",
     "不可以。摊主须年满18周岁，17岁不满18周岁；另外还须持有效健康证，健康证有效期为1年。", []),
    ("h41_market_stall", G, "我只想租2个月的固定摊位，可以吗？",
     "不行，固定摊位租期至少3个月，2个月不够；如果只是短期摆摊，可以租临时摊位，每天25元，每人每月最多租用15天。", []),
    ("h41_market_stall", MIS, "临时摊位一天多少钱？",
     "临时摊位每天60元。", f_mis),
    ("h41_market_stall", CMP, "垃圾多了要收清运费吗？标准是什么？",
     "垃圾不超过10公斤的另收清运费10元。", f_cmp),
    ("h41_market_stall", RNG, "单个固定摊位的面积有多大？",
     "单个摊位面积为4至6平方米。", f_rng),
    ("h41_market_stall", UNIT, "健康证的有效期是多久？",
     "摊主须持有效健康证，健康证有效期为1个月。", f_unit),
    ("h41_market_stall", OFF, "菜市场每天几点开门？",
     "租期至少3个月，签约时缴纳押金2000元。", f_off),

    # h41_climbing_gym — hard: 10 recurs as 10-visit, 10 pm and $10 per month; 8 as 8 am and 8 pm; 3 as 3 months and $3; askers bring student status, their son's age, a Saturday clock time and a trip length
    ("h41_climbing_gym", G, "I'm a student. What would the minimum commitment on a monthly membership cost me in total?",
     "Monthly membership is $65 and students get 15% off, so it is $55.25 a month; with the minimum commitment of 3 months that comes to $165.75.", []),
    ("h41_climbing_gym", G, "If I climb 10 times this year, is the punch card cheaper than day passes?",
     "Yes. Ten day passes at $18 each cost $180, while the 10-visit punch card costs $150, so the card saves you $30, and it is valid for 12 months.", []),
    ("h41_climbing_gym", G, "My son is 15. Does he need me there to climb?",
     "No adult supervision is required at 15, since that applies only to climbers under 14; but climbers aged 14 to 17 need a signed parental waiver, so you must sign one for him.", []),
    ("h41_climbing_gym", G, "Can I come in at 7 am on a Saturday?",
     "No. On weekends the gym is open from 8 am to 8 pm; the 6:30 am opening is only on weekdays.", []),
    ("h41_climbing_gym", G, "I'll be away for 2 months this summer. Can I pause my membership, and what does it cost?",
     "Yes, members may freeze their membership for up to 2 months per year at $10 per month, so freezing for 2 months costs $20.", []),
    ("h41_climbing_gym", MIS, "How much is it to rent climbing shoes?",
     "Shoe rental is $3 per visit.", f_mis),
    ("h41_climbing_gym", CMP, "How long can I freeze my membership for?",
     "Members may freeze their membership for at least 2 months per year, at $10 per month.", f_cmp),
    ("h41_climbing_gym", RNG, "Which ages need a signed parental waiver?",
     "Climbers aged 14 to 16 need a signed parental waiver.", f_rng),
    ("h41_climbing_gym", UNIT, "How long is the 10-visit punch card valid?",
     "The 10-visit punch card costs $150 and is valid for 12 weeks.", f_unit),
    ("h41_climbing_gym", OFF, "What does a monthly membership cost?",
     "Shoe rental is $5 per visit, and chalk bags are $3.", f_off),

    # h41_tailor_alterations — hard: prices and turnarounds read off table rows; 3 days appears twice and 5 is both a turnaround and an item threshold; $18, 20%, 24 hours; askers bring item counts and a next-day deadline
    ("h41_tailor_alterations", G, "I need two pairs of trousers hemmed by tomorrow. How much will that be?",
     "A trouser hem is $12, so two are $24; express service within 24 hours costs an extra 50% of the listed price, which adds $12, for $36 in total.", []),
    ("h41_tailor_alterations", G, "How much is it to replace a zip, and how long does it take?",
     "Replacing a zip costs $18 and takes 3 days.", []),
    ("h41_tailor_alterations", G, "If I bring in 6 items at once, do I get a discount?",
     "Yes. Orders of more than 5 items get 10% off, and 6 items is more than 5.", []),
    ("h41_tailor_alterations", G, "I'm dropping off a dress to be taken in. How much do I pay up front?",
     "Taking in a dress costs $35, and a deposit of 20% is due when you drop it off, so you pay $7 up front.", []),
    ("h41_tailor_alterations", G, "Roughly what will it cost to alter my wedding dress?",
     "Wedding dresses are quoted individually, from $120 to $400.", []),
    ("h41_tailor_alterations", MIS, "What does it cost to shorten the sleeves on a jacket?",
     "Shortening sleeves costs $35 and takes 7 days.", f_mis),
    ("h41_tailor_alterations", CMP, "Which orders get the 10% discount?",
     "Orders of fewer than 5 items get 10% off.", f_cmp),
    ("h41_tailor_alterations", RNG, "What days and hours is the shop open?",
     "We are open 9 am to 6 pm, Tuesday to Friday.", f_rng),
    ("h41_tailor_alterations", UNIT, "How long will you keep my garment if I can't pick it up right away?",
     "Garments not collected within 60 hours will be donated.", f_unit),
    ("h41_tailor_alterations", OFF, "How quickly can you hem a pair of trousers?",
     "Garments not collected within 60 days will be donated.", f_off),

    # h41_veg_box — hard: 10 recurs as 10 km, 10 kg and 10%; 4 as 4 kg, $4 and 4 deliveries; 6 as 6 kg and 6 pm; askers bring their distance, tenure, order time, holiday length and when damage was found
    ("h41_veg_box", G, "I live 15 km from the farm and want a large box. What will each delivery cost me?",
     "A large box costs $35, and since you are beyond 10 km of the farm a $4 fee applies, so each delivery costs $39.", []),
    ("h41_veg_box", G, "I've been subscribed for over a year now. What does a small box cost me?",
     "Subscribers who stay for 12 months receive a 10% discount on all boxes, so the $22 small box costs you $19.80.", []),
    ("h41_veg_box", G, "If I place my order on Monday at 8 pm, when will it arrive?",
     "Orders placed after 6 pm on Monday go into the following week's delivery, so it will come on Thursday of next week, between 7 am and 1 pm.", []),
    ("h41_veg_box", G, "I'm away on holiday for three weeks. Can I stop deliveries without paying?",
     "Yes. Three weeks means missing at most 3 Thursday deliveries, and you may skip up to 4 deliveries per quarter at no charge.", []),
    ("h41_veg_box", G, "My carrots arrived squashed yesterday morning. Is it too late to complain?",
     "No. Damaged produce must be reported within 48 hours for a full credit, and yesterday morning is still within 48 hours, so report it now for a full credit.", []),
    ("h41_veg_box", MIS, "What's the delivery fee if I live far from the farm?",
     "Beyond 10 km of the farm, a $22 delivery fee applies.", f_mis),
    ("h41_veg_box", CMP, "How many deliveries can I skip for free?",
     "You may skip at least 4 deliveries per quarter at no charge.", f_cmp),
    ("h41_veg_box", RNG, "What time do the boxes arrive?",
     "Boxes are delivered every Thursday between 7 am and 11 am.", f_rng),
    ("h41_veg_box", UNIT, "How long do I have to report damaged vegetables?",
     "Damaged produce must be reported within 48 days for a full credit.", f_unit),
    ("h41_veg_box", OFF, "How old do I have to be to subscribe?",
     "Delivery is free within 10 km of the farm.", f_off),
]
# HOLDOUT42: township inpatient medical insurance reimbursement (zh), shared study room membership (zh), seed company replanting guarantee (zh), sailing school (en), museum school group visits (en), tailor alterations (en). First run:
# benchmarks/results/grounding_holdout42_first_run.txt.
DOCS.update({
    "h42_township_medical_reimbursement": (
        "青石镇住院报销办法\n"
        "第一条 超过起付线的部分按下表比例报销：\n"
        "| 医院 | 起付线 | 比例 |\n"
        "|---|---|---|\n"
        "| 乡镇卫生院 | 200元 | 85% |\n"
        "| 县级医院 | 600元 | 70% |\n"
        "| 市级及以上医院 | 1200元 | 55% |\n"
        "第二条 年度住院报销累计不超过15万元。\n"
        "第三条 70周岁以上的，比例提高5个百分点。\n"
        "第四条 未办转诊备案到县外住院的，比例降低15个百分点。\n"
        "第五条 出院后90天内申请，材料齐全的15个工作日内审核完毕。\n"
        "第六条 门诊慢性病每年报销不超过3000元，比例为55%。\n"
        "第七条 医保站受理时间：周一至周五8:30至17:00。\n"
    ),
    "h42_study_room_membership": (
        "静读共享自习室会员须知\n"
        "一、营业时间为每天7:00至23:00，23:00后不得逗留。\n"
        "二、单次票每小时8元，当日累计超过6小时按48元封顶。\n"
        "三、月卡每张398元，有效期30天；季卡每张998元，有效期90天。\n"
        "四、学生凭学生证购买月卡或季卡享受8折。\n"
        "五、离开座位超过30分钟未返回的，视为自动放弃座位，遗留物品由前台保管7天。\n"
        "六、预约座位须提前2小时，迟到超过30分钟的预约自动取消。\n"
        "七、会员卡自购买之日起7天内未使用的可全额退款，已使用的不予退款。\n"
    ),
    "h42_seed_replant_guarantee": (
        "丰禾种业玉米种子补种保障条款\n"
        "第一条 购种农户按说明播种后，出苗率低于85%的，可申请补种保障。\n"
        "第二条 申请须在播种后15天至25天内提出，逾期不予受理。\n"
        "第三条 出苗率在60%至85%之间的，按缺苗面积免费补发种子；出苗率低于60%的，按购种金额的100%退款或全额补种，二者选一。\n"
        "第四条 每户每季补发种子不超过50公斤。\n"
        "第五条 技术员接到申请后3个工作日内到田间核查，核查样点不少于5个。\n"
        "第六条 因干旱、冰雹等自然灾害或播种深度超过5厘米造成的缺苗，不在保障范围内。\n"
        "第七条 种子每袋2公斤，售价60元。\n"
    ),
    "h42_sailing_school": (
        "Harbourlight Sailing School - Course Terms\n"
        "1. Beginner dinghy courses run for 5 days, from 9:00 to 15:00 each day, and cost $450.\n"
        "2. Students must be at least 12 years old and able to swim 30 metres; students under 16 need a parent's signed consent.\n"
        "3. Each boat carries up to 3 students with 1 instructor.\n"
        "4. Sessions are cancelled when winds exceed 20 knots; cancelled days are rebooked free of charge within 30 days.\n"
        "5. Students who cancel more than 14 days before the start get a full refund; between 7 and 14 days, a 50% refund; under 7 days, no refund.\n"
        "6. Private lessons cost $75 per hour, with a minimum of 2 hours.\n"
        "7. Buoyancy aids are provided free; wetsuit hire is $12 per day.\n"
    ),
    "h42_museum_school_visits": (
        "Riverside Museum - School Group Visits\n"
        "1. School groups of 10 to 40 pupils may book guided visits on weekdays from 9:30 to 14:30.\n"
        "2. Programmes and prices:\n"
        "| Programme | Length | Price per pupil |\n"
        "|---|---|---|\n"
        "| Gallery tour | 60 minutes | $4 |\n"
        "| Hands-on workshop | 90 minutes | $7 |\n"
        "| Tour + workshop | 150 minutes | $10 |\n"
        "3. One adult goes free for every 10 pupils; extra adults pay $6 each.\n"
        "4. Bookings must be made at least 21 days ahead; a 25% deposit is due within 7 days of booking.\n"
        "5. Groups arriving more than 15 minutes late may have their programme shortened by up to 30 minutes.\n"
        "6. Schools in the county pay 40% less on workshop prices.\n"
        "7. The lunch room holds up to 60 pupils and may be used for 30 minutes per group.\n"
    ),
    "h42_tailor_alterations": (
        "Stitchwell Tailors - Alterations Prices and Terms\n"
        "1. Trouser hemming costs $15 and is ready in 3 working days.\n"
        "2. Taking in or letting out a waist costs $25; shortening jacket sleeves costs $40.\n"
        "3. Express service (ready within 24 hours) adds 50% to the price.\n"
        "4. Wedding dress alterations cost from $120 to $300, include at least 2 fittings, and must be booked at least 6 weeks before the wedding.\n"
        "5. Orders over $100 need a 30% deposit.\n"
        "6. Items not collected within 60 days are donated to charity.\n"
        "7. We are open Monday to Saturday, 10:00 to 18:00, and until 20:00 on Thursdays.\n"
        "8. Customers get 15% off when they bring 3 or more items at once.\n"
    ),
})

HOLDOUT42: list[tuple] = [
    # h42_township_medical_reimbursement — hard: 55% is both the 市级 rate and the 慢性病 rate, 15 recurs as 15万元 / 15个百分点 / 15个工作日, 70 as 70% and 70周岁; askers bring a 5600元 bill, a 75岁 father, an unreferred 市级 stay; answers read table rows and add/subtract 百分点 across clauses
    ("h42_township_medical_reimbursement", G, "我在县级医院住院花了5600元，医保能报多少？", "县级医院起付线是600元，超过起付线的部分按70%报销：(5600元−600元)×70%=3500元，可报3500元。", []),
    ("h42_township_medical_reimbursement", G, "我父亲今年75岁，在乡镇卫生院住院，报销比例是多少？", "乡镇卫生院报销比例是85%，70周岁以上再提高5个百分点，你父亲75岁，所以按90%报销。", []),
    ("h42_township_medical_reimbursement", G, "没办转诊备案就去了县外的市级医院住院，还能报多少比例？", "市级及以上医院的报销比例本来是55%，未办理转诊备案的降低15个百分点，也就是按40%报销。", []),
    ("h42_township_medical_reimbursement", G, "出院以后多久内要交报销材料？交了以后多久能审完？", "要在出院后90天内提交申请；材料齐全的话，医保站在15个工作日内完成审核。", []),
    ("h42_township_medical_reimbursement", G, "一年下来住院最多能报多少钱？医保站什么时间能去办？", "年度住院报销累计不超过15万元；医保站周一至周五8:30至17:00受理。", []),
    ("h42_township_medical_reimbursement", MIS, "乡镇卫生院的起付线是多少？", "乡镇卫生院的起付线是600元。", f_mis),
    ("h42_township_medical_reimbursement", CMP, "一年住院报销有没有封顶？", "年度住院报销累计不少于15万元。", f_cmp),
    ("h42_township_medical_reimbursement", RNG, "医保站哪些时间受理报销？", "医保站受理时间为周一至周五8:30至12:00。", f_rng),
    ("h42_township_medical_reimbursement", UNIT, "材料交齐后审核要多久？", "材料齐全的，医保站在15天内完成审核。", f_unit),
    ("h42_township_medical_reimbursement", OFF, "住院报销申请最晚什么时候交？", "门诊慢性病费用每年报销不超过3000元，报销比例为55%。", f_off),

    # h42_study_room_membership — hard: 8 is both 8元/小时 and 8折, 30 is both 30天 validity and the 30分钟 limits, 7 is 7:00 opening, 7天 storage and 7天 refund window; askers bring a 9-to-5 study day and a student card; answers hit the 48元 cap and compute 398×0.8
    ("h42_study_room_membership", G, "我今天想从早上9点学到下午5点，买单次票要多少钱？", "9点到17点是8小时，按每小时8元算是64元，但当日累计超过6小时按48元封顶，所以只付48元。", []),
    ("h42_study_room_membership", G, "我是大学生，买一张月卡多少钱？", "月卡每张398元，学生凭学生证享受8折，398元×0.8=318.4元。", []),
    ("h42_study_room_membership", G, "季卡和月卡分别能用多久？", "季卡998元，有效期90天；月卡398元，有效期30天。", []),
    ("h42_study_room_membership", G, "我出去吃饭，多久不回来座位就没了？东西怎么办？", "离开座位超过30分钟未返回就视为自动放弃座位，遗留物品由前台保管7天。", []),
    ("h42_study_room_membership", G, "想晚上8点来自习，最晚几点要约座位？能待到几点？", "预约须提前2小时，所以最晚18:00前预约；营业到23:00，23:00后不得逗留。", []),
    ("h42_study_room_membership", MIS, "落在座位上的东西前台帮我保管多久？", "遗留物品由前台保管30天。", f_mis),
    ("h42_study_room_membership", CMP, "单次票什么情况下封顶？", "当日累计不满6小时的按48元封顶。", f_cmp),
    ("h42_study_room_membership", RNG, "自习室每天几点开到几点？", "营业时间为每天7:00至21:00。", f_rng),
    ("h42_study_room_membership", UNIT, "预约座位需要提前多久？", "预约座位须提前2天。", f_unit),
    ("h42_study_room_membership", OFF, "买了会员卡一直没用，能退吗？", "学生凭学生证购买月卡或季卡享受8折。", f_off),

    # h42_seed_replant_guarantee — hard: 60 is both the 60% emergence band and the 60元 bag price, 5 is both 5个 sample points and 5厘米 depth, 2 is 2公斤 per bag; askers bring 10 bags at 50%, a 5月1日 sowing date, a 6厘米 depth, a 70% stand
    ("h42_seed_replant_guarantee", G, "我买了10袋种子，出苗率只有50%，能退多少钱？", "出苗率50%低于60%，可按购种金额的100%退款：每袋60元，10袋×60元=600元，可退600元，也可以改选全额补种。", []),
    ("h42_seed_replant_guarantee", G, "我是5月1日播的种，什么时候去申请补种保障？", "申请须在播种后15天至25天内提出，5月1日播种的，就是5月16日至5月26日之间，逾期不受理。", []),
    ("h42_seed_replant_guarantee", G, "出苗率70%，公司怎么补？", "70%在60%至85%之间，按缺苗面积免费补发种子，但每户每季补发不超过50公斤。", []),
    ("h42_seed_replant_guarantee", G, "交了申请以后，多久有人来地里看？", "技术员接到申请后3个工作日内到田间核查，核查样点不少于5个。", []),
    ("h42_seed_replant_guarantee", G, "我播种时埋深了，大概6厘米，缺苗能赔吗？", "不能。播种深度超过5厘米造成的缺苗不在保障范围内，6厘米已经超过5厘米。", []),
    ("h42_seed_replant_guarantee", MIS, "每户每季最多能补发多少种子？", "每户每季补发种子不超过2公斤。", f_mis),
    ("h42_seed_replant_guarantee", CMP, "出苗率怎样才能申请补种保障？", "出苗率高于85%的，可申请补种保障。", f_cmp),
    ("h42_seed_replant_guarantee", RNG, "补种保障要在什么时间段内申请？", "申请须在播种后15天至20天内提出。", f_rng),
    ("h42_seed_replant_guarantee", UNIT, "播种深度超过多少就不在保障范围了？", "播种深度超过5毫米造成的缺苗不在保障范围内。", f_unit),
    ("h42_seed_replant_guarantee", OFF, "这种玉米种子一袋多少钱？", "技术员接到申请后3个工作日内到田间核查。", f_off),

    # h42_sailing_school — hard: 12 is both the minimum age and the $12 wetsuit fee, 30 is both 30 metres and 30 days, 7/14 bound the refund band, $225 comes out of two different sums; askers bring a 14-year-old, a 3-hour lesson, a 10-day cancellation
    ("h42_sailing_school", G, "How much would a 3-hour private lesson cost?", "Private lessons are $75 per hour with a 2-hour minimum, so 3 hours cost 3 x $75 = $225.", []),
    ("h42_sailing_school", G, "My son is 14. Can he do the beginner course?", "Yes. Students must be at least 12 years old and able to swim 30 metres, and since he is under 16 he needs a parent's signed consent.", []),
    ("h42_sailing_school", G, "If I cancel my $450 beginner course 10 days before it starts, what do I get back?", "Cancelling between 7 and 14 days before the start gets a 50% refund, so you get back 50% of $450, which is $225.", []),
    ("h42_sailing_school", G, "What if it's too windy on one of my course days?", "Sessions are cancelled when winds exceed 20 knots, and the cancelled day is rebooked free of charge within 30 days.", []),
    ("h42_sailing_school", G, "What's the total for the beginner course if I hire a wetsuit every day?", "The 5-day course costs $450, and wetsuit hire is $12 per day, so 5 x $12 = $60; the total is $510.", []),
    ("h42_sailing_school", MIS, "How many students share a boat?", "Each boat carries up to 2 students with 1 instructor.", f_mis),
    ("h42_sailing_school", CMP, "At what wind speed are sessions called off?", "Sessions are cancelled when winds are below 20 knots.", f_cmp),
    ("h42_sailing_school", RNG, "What are the daily hours of the beginner course?", "The beginner course runs from 9:00 to 13:00 each day.", f_rng),
    ("h42_sailing_school", UNIT, "How long does the beginner dinghy course last?", "The beginner dinghy course runs for 5 weeks.", f_unit),
    ("h42_sailing_school", OFF, "How much does it cost to hire a wetsuit?", "Students under 16 need a parent's signed consent.", f_off),

    # h42_museum_school_visits — hard: 10 is the minimum group, the free-adult ratio and the $10 combined price; 40 is the maximum group and the 40% county discount; 60/90 minutes sit in table rows; 30 minutes recurs; askers bring 25 and 30 pupils, 5 adults, a 30 May trip date and a county school
    ("h42_museum_school_visits", G, "We're bringing 25 pupils for the tour + workshop. What will the pupils cost?", "The tour + workshop is $10 per pupil, so 25 x $10 = $250.", []),
    ("h42_museum_school_visits", G, "We have 30 pupils and 5 adults. What do the adults pay?", "One adult goes free for every 10 pupils, so 30 pupils give 3 free adults; the other 2 adults pay $6 each, $12 in total.", []),
    ("h42_museum_school_visits", G, "How long is the hands-on workshop and what does it cost per child?", "The hands-on workshop lasts 90 minutes and costs $7 per pupil.", []),
    ("h42_museum_school_visits", G, "Our trip is on 30 May. By when must we book, and when is the deposit due?", "Bookings must be made at least 21 days ahead, so by 9 May; a 25% deposit is then due within 7 days of booking.", []),
    ("h42_museum_school_visits", G, "We're a county school booking the workshop for 20 pupils. What do we pay?", "The workshop is $7 per pupil, so 20 x $7 = $140; county schools pay 40% less on workshop prices, so $140 minus $56 is $84.", []),
    ("h42_museum_school_visits", MIS, "How long is the gallery tour?", "The gallery tour lasts 90 minutes.", f_mis),
    ("h42_museum_school_visits", CMP, "How far in advance do we have to book?", "Bookings must be made at most 21 days ahead.", f_cmp),
    ("h42_museum_school_visits", RNG, "What size of school group can book a visit?", "School groups of 10 to 50 pupils may book guided visits.", f_rng),
    ("h42_museum_school_visits", UNIT, "What deposit do we pay after booking?", "A $25 deposit is due within 7 days of booking.", f_unit),
    ("h42_museum_school_visits", OFF, "Can our class eat lunch at the museum?", "Groups arriving more than 15 minutes late may have their programme shortened by up to 30 minutes.", f_off),

    # h42_tailor_alterations — hard: 15 is both the $15 hem and the 15% multi-item discount, 3 is both 3 working days and 3 items, $100 threshold sits below the $120 dress floor; askers bring two express hems, three hems, a wedding a month away, a Thursday 7 pm pickup
    ("h42_tailor_alterations", G, "I need two pairs of trousers hemmed by tomorrow. How much will that be?", "Hemming is $15 a pair and express service (ready within 24 hours) adds 50%, so each pair is $22.50 and the two pairs come to $45.", []),
    ("h42_tailor_alterations", G, "If I bring in 3 pairs of trousers to be hemmed, what do I pay?", "3 pairs at $15 is $45; bringing 3 or more items at once gets 15% off, so you pay $38.25.", []),
    ("h42_tailor_alterations", G, "My wedding is a month away. Can I still book dress alterations?", "No. Wedding dress alterations must be booked at least 6 weeks before the wedding, and a month is less than 6 weeks.", []),
    ("h42_tailor_alterations", G, "What do wedding dress alterations cost, and will I need a deposit?", "They cost from $120 to $300; orders over $100 need a 30% deposit, so any wedding dress alteration needs one.", []),
    ("h42_tailor_alterations", G, "Can I collect my jacket at 7 pm on a Thursday?", "Yes. On Thursdays the shop is open until 20:00; on the other days, Monday to Saturday, it closes at 18:00.", []),
    ("h42_tailor_alterations", MIS, "How much does it cost to shorten jacket sleeves?", "Shortening jacket sleeves costs $25.", f_mis),
    ("h42_tailor_alterations", CMP, "When do I have to pay a deposit?", "Orders under $100 need a 30% deposit.", f_cmp),
    ("h42_tailor_alterations", RNG, "What's the price range for wedding dress alterations?", "Wedding dress alterations cost from $120 to $200.", f_rng),
    ("h42_tailor_alterations", UNIT, "How long do you keep items that nobody collects?", "Items not collected within 60 hours are donated to charity.", f_unit),
    ("h42_tailor_alterations", OFF, "How long does trouser hemming take?", "Customers get 15% off when they bring 3 or more items at once.", f_off),
]
# HOLDOUT43: e-bike charging shed rules (zh), fishing pond fees (zh), senior community canteen meal card (zh), escape room booking terms (en), farmers' market stall rules (en), kids' birthday party venue packages (en). First run:
# benchmarks/results/grounding_holdout43_first_run.txt.
DOCS.update({
    "h43_ebike_charging": (
        "幸福里小区电动自行车充电棚使用规定\n"
        "第一条 充电棚每日6:00至23:00开放，23:00后禁止新接入充电。\n"
        "第二条 充电按时长计费，8小时以内每小时0.5元，超过8小时的部分每小时1.5元。\n"
        "第三条 月卡每月30元，每日限充1次，每次不超过8小时。\n"
        "第四条 车辆停放不得超过12小时，超时每小时罚款2元。\n"
        "第五条 充电卡费用：\n"
        "| 项目 | 标准 |\n"
        "|---|---|\n"
        "| 充电卡押金 | 20元 |\n"
        "| 补卡工本费 | 10元 |\n"
        "| 退押金期限 | 办卡后30日内全额退 |\n"
        "第六条 充电时冒烟的，应在5分钟内拨打物业电话；物业须在10分钟内到场。\n"
        "第七条 年满60周岁的本小区住户，月卡按半价每月15元收取。\n"
    ),
    "h43_fishing_pond": (
        "绿湖垂钓园收费须知\n"
        "一、全天票120元（7:00至18:00），半天票70元（7:00至12:00或13:00至18:00）。\n"
        "二、每人限用2根竿，每根竿长不超过5.4米；超过2根竿的，每多1根加收30元。\n"
        "三、全天票可带走鱼获5斤，半天票可带走2斤，超出部分按每斤15元收费。\n"
        "四、单尾超过10斤的大鱼须放流，不得带走。\n"
        "五、12周岁以下儿童免票，须由成人陪同。\n"
        "六、夜钓时段为19:00至次日5:00，每人150元，须提前2天预约。\n"
        "七、因暴雨等天气闭园的，票款全额退还；开钓后2小时内因天气中止的，退还票款的50%。\n"
    ),
    "h43_senior_canteen": (
        "东门街道长者食堂助餐办法\n"
        "第一条 年满60周岁的本街道户籍老人可办理助餐卡。\n"
        "第二条 午餐供应时间为11:00至13:00，晚餐为17:00至18:30。\n"
        "第三条 标准套餐每份15元；60至79周岁老人每份补贴5元，实付10元；80周岁以上老人每份补贴8元，实付7元。\n"
        "第四条 助餐卡单次充值不少于50元，不超过500元；卡内余额可在办卡后1年内申请退还。\n"
        "第五条 需送餐上门的，每单加收3元，送餐范围限食堂3公里以内。\n"
        "第六条 每人每餐限购2份补贴套餐，超出部分按原价每份15元计。\n"
    ),
    "h43_escape_room": (
        "Lockbox Escape Rooms - Booking Terms\n"
        "1. Each room session lasts 60 minutes. Teams must arrive at least 15 minutes before the start time.\n"
        "2. Teams have 2 to 6 players. The price is $28 per player, with a minimum charge of 4 players per booking.\n"
        "3. Players under 14 must play with an adult; players under 10 are not admitted.\n"
        "4. Cancellations made at least 48 hours before the session receive a full refund; cancellations from 24 to 48 hours before receive a 50% refund; later cancellations receive no refund.\n"
        "5. Teams arriving up to 15 minutes late may play the remaining time; teams more than 15 minutes late lose the booking.\n"
        "6. Each team gets up to 3 free hints; each extra hint costs $5.\n"
        "7. Sessions run from 10 am to 10 pm daily; the last session starts at 9 pm.\n"
    ),
    "h43_market_stall": (
        "Riverside Saturday Market - Stall Rules\n"
        "1. The market runs every Saturday from 7 am to 1 pm; vendors may set up from 5:30 am.\n"
        "2. Stall fees per market day:\n"
        "| Stall | Size | Fee |\n"
        "|---|---|---|\n"
        "| Small | 3 m x 3 m | $40 |\n"
        "| Corner | 3 m x 3 m | $50 |\n"
        "| Large | 3 m x 6 m | $65 |\n"
        "3. Vendors who prepay at least 8 market days at once get 10% off the stall fee.\n"
        "4. A refundable bond of $100 is due at the first booking; it is returned within 14 days after the vendor's last market day.\n"
        "5. Vehicles must leave the selling area by 6:45 am and may return after 1:15 pm.\n"
        "6. Vendors must hold public liability insurance of at least $5 million.\n"
        "7. Generators are not allowed; a power outlet costs $10 per day and supplies up to 2 kW per stall.\n"
    ),
    "h43_party_venue": (
        "Jumpin' Jungle - Birthday Party Packages\n"
        "1. The Basic package costs $220 for up to 10 children and runs 2 hours; each extra child costs $18.\n"
        "2. The Deluxe package costs $320 for up to 15 children and runs 3 hours; each extra child costs $15.\n"
        "3. A party may have at most 25 children in total.\n"
        "4. A deposit of 30% is due at booking; the balance is due 7 days before the party.\n"
        "5. Children must be aged 3 to 12 to use the play area. Accompanying adults enter free, up to 20 per party.\n"
        "6. Rescheduling is free if requested at least 14 days ahead; later changes cost $30.\n"
        "7. Party slots start at 10 am, 1 pm and 4 pm on weekends.\n"
    ),
})

HOLDOUT43: list[tuple] = [
    # h43_ebike_charging — hard: 8 recurs (hourly-rate band and monthly-card cap), 30 recurs (月卡30元 and 30日内退押金), 10 recurs (补卡10元, 10分钟到场, asker's 10小时), 15 recurs (半价15元 and asker's 15小时); askers bring their own hours and age; one answer is read off the table
    ("h43_ebike_charging", G, "我晚上22:30才到家，还能接上充电吗？", "可以。充电棚每日6:00至23:00开放，只有23:00后才禁止新接入充电，22:30接入没有问题。", []),
    ("h43_ebike_charging", G, "我这次连续充了10个小时，不用月卡的话要付多少钱？", "8小时以内每小时0.5元，8小时共4元；超过8小时的2小时每小时1.5元，共3元；合计7元。", []),
    ("h43_ebike_charging", G, "我今年68岁，住本小区，办月卡每月多少钱？每天能充几次？", "年满60周岁的本小区住户月卡按半价收取，每月15元；月卡每日限充1次，每次不超过8小时。", []),
    ("h43_ebike_charging", G, "办了充电卡之后又不想用了，押金还能退吗？", "可以。充电卡押金20元，办卡后30日内可全额退还。", []),
    ("h43_ebike_charging", G, "我的车在棚里停了15个小时，会被罚多少？", "车辆停放不得超过12小时，您超时3小时，超时每小时罚款2元，共罚6元。", []),
    ("h43_ebike_charging", MIS, "充电卡丢了，补办一张要多少钱？", "补卡工本费为20元。", f_mis),
    ("h43_ebike_charging", CMP, "用月卡的话，每次最长能充多久？", "月卡每日限充1次，每次至少充8小时。", f_cmp),
    ("h43_ebike_charging", RNG, "充电棚每天几点到几点开放？", "充电棚每日6:00至20:00开放。", f_rng),
    ("h43_ebike_charging", UNIT, "充电时冒烟了，物业多久能到？", "应在5分钟内拨打物业电话，物业须在10小时内到场。", f_unit),
    ("h43_ebike_charging", OFF, "退押金要在办卡后多长时间内申请？", "补卡工本费为10元。", f_off),

    # h43_fishing_pond — hard: 2 recurs (竿数, 半天票2斤, 提前2天, 2小时内), 5 recurs (5.4米, 5斤, 次日5:00), 12 recurs (12:00 and 12周岁), 10 recurs (10斤大鱼 and asker's 10岁孩子); askers bring their catch weight, rod count, child's age and when the rain started
    ("h43_fishing_pond", G, "我买的全天票，今天钓了8斤，走的时候还要补多少钱？", "全天票可带走鱼获5斤，超出的3斤按每斤15元收费，需补45元。", []),
    ("h43_fishing_pond", G, "我想带3根竿来钓，可以吗？", "可以，但每人限用2根竿，超过2根竿的每多1根加收30元，所以第3根竿要加收30元。", []),
    ("h43_fishing_pond", G, "我带10岁的儿子来钓半天，门票一共多少钱？", "12周岁以下儿童免票，须由成人陪同，所以只需为您自己买一张半天票70元（7:00至12:00或13:00至18:00）。", []),
    ("h43_fishing_pond", G, "夜钓是几点到几点，怎么收费？", "夜钓时段为19:00至次日5:00，每人150元，须提前2天预约。", []),
    ("h43_fishing_pond", G, "我买了全天票，开钓1小时后下暴雨中止了，能退多少？", "开钓后2小时内因天气中止的退还票款的50%，全天票120元可退60元。", []),
    ("h43_fishing_pond", MIS, "半天票多少钱？", "半天票120元。", f_mis),
    ("h43_fishing_pond", CMP, "什么样的鱼钓上来必须放流？", "单尾不足10斤的鱼须放流，不得带走。", f_cmp),
    ("h43_fishing_pond", RNG, "全天票可以从几点钓到几点？", "全天票时段为7:00至16:00。", f_rng),
    ("h43_fishing_pond", UNIT, "夜钓需要提前多久预约？", "夜钓须提前2小时预约。", f_unit),
    ("h43_fishing_pond", OFF, "鱼竿长度有没有限制？", "夜钓每人150元，须提前2天预约。", f_off),

    # h43_senior_canteen — hard: 15 recurs (套餐原价 and 超出部分原价), 3 recurs (送餐3元 and 3公里), 5/8/7/10 are subsidy and price figures easy to swap between age bands, 60 recurs (办卡年龄 and 60至79周岁); askers bring ages, a 30-day month, a third portion and a distance
    ("h43_senior_canteen", G, "我父亲82岁，每天在食堂吃一份午饭，一个月按30天算要付多少？", "80周岁以上老人每份补贴8元，实付7元，30天共付210元。", []),
    ("h43_senior_canteen", G, "我65岁，一顿想买3份套餐给家里人一起吃，要付多少？", "每人每餐限购2份补贴套餐，60至79周岁每份实付10元，2份共20元；第3份按原价每份15元计，合计35元。", []),
    ("h43_senior_canteen", G, "晚饭几点可以去食堂吃？", "晚餐供应时间为17:00至18:30。", []),
    ("h43_senior_canteen", G, "助餐卡每次充值有没有金额限制？", "有，单次充值不少于50元，不超过500元。", []),
    ("h43_senior_canteen", G, "我家离食堂2.5公里，能送餐上门吗？要加钱吗？", "可以，送餐范围限食堂3公里以内，2.5公里在范围内；送餐每单加收3元。", []),
    ("h43_senior_canteen", MIS, "60至79周岁的老人每份套餐补贴多少？", "每份补贴8元。", f_mis),
    ("h43_senior_canteen", CMP, "多大年纪可以办助餐卡？", "60周岁以下的本街道户籍老人可办理助餐卡。", f_cmp),
    ("h43_senior_canteen", RNG, "午餐几点供应？", "午餐供应时间为11:00至14:00。", f_rng),
    ("h43_senior_canteen", UNIT, "卡里没用完的钱，多长时间内可以申请退？", "卡内余额可在办卡后1个月内申请退还。", f_unit),
    ("h43_senior_canteen", OFF, "送餐上门每单加收多少钱？", "午餐供应时间为11:00至13:00。", f_off),

    # h43_escape_room — hard: 15 recurs (arrive early and late grace), 10 recurs (age limit, 10 am, 10 pm, asker's 10 minutes), 48/24 band edges for refunds, 4 is a minimum charge not a team size; askers bring a team of 3, a cancellation time to turn into hours, a 12-year-old
    ("h43_escape_room", G, "There are only 3 of us. How much will we pay?", "There is a minimum charge of 4 players per booking at $28 per player, so a team of 3 still pays 4 x $28 = $112.", []),
    ("h43_escape_room", G, "My session is Saturday at 7 pm and I need to cancel on Thursday at 11 pm. Do I get anything back?", "Thursday 11 pm is 44 hours before Saturday 7 pm, which falls in the 24 to 48 hours band, so you get a 50% refund.", []),
    ("h43_escape_room", G, "Can my 12-year-old nephew play?", "Yes. Only players under 10 are not admitted, but because he is under 14 he must play with an adult.", []),
    ("h43_escape_room", G, "We might be 10 minutes late. Can we still play?", "Yes. Teams arriving up to 15 minutes late may play the remaining time of the 60-minute session, so you would have about 50 minutes.", []),
    ("h43_escape_room", G, "What is the latest session I can book?", "Sessions run from 10 am to 10 pm daily, and the last session starts at 9 pm.", []),
    ("h43_escape_room", MIS, "How much does each extra hint cost?", "Each extra hint costs $28.", f_mis),
    ("h43_escape_room", CMP, "How early do we need to arrive?", "You must arrive at most 15 minutes before the start time.", f_cmp),
    ("h43_escape_room", RNG, "How many players can be on a team?", "Teams have 2 to 8 players.", f_rng),
    ("h43_escape_room", UNIT, "How far ahead do I have to cancel to get a full refund?", "Cancel at least 48 minutes before the session for a full refund.", f_unit),
    ("h43_escape_room", OFF, "How many free hints do we get?", "Cancellations made at least 48 hours before the session receive a full refund.", f_off),

    # h43_market_stall — hard: prices come from a table where Small and Corner share the same 3 m x 3 m size, 10 recurs (10% discount and $10 outlet), 1 pm / 1:15 pm and 5:30 am / $5 million are close neighbours; askers bring 8 prepaid days, a 6 am arrival, a 1.5 kW fridge
    ("h43_market_stall", G, "I want a large stall and will prepay 8 Saturdays at once. What is the total?", "A large stall is $65 per market day, so 8 days is $520; prepaying at least 8 market days gets 10% off, so you pay $468.", []),
    ("h43_market_stall", G, "How big is a corner stall and what does it cost?", "A corner stall is 3 m x 3 m, the same size as a small stall, and costs $50 per market day.", []),
    ("h43_market_stall", G, "When do I get my bond back?", "The $100 refundable bond is returned within 14 days after your last market day.", []),
    ("h43_market_stall", G, "I'll drive my van in at 6 am to unload. When must it leave, and when can I bring it back?", "Set-up starts from 5:30 am, so 6 am is fine; vehicles must leave the selling area by 6:45 am and may return after 1:15 pm, once the market has closed at 1 pm.", []),
    ("h43_market_stall", G, "Can I run a 1.5 kW fridge at my stall?", "Generators are not allowed, but a power outlet costs $10 per day and supplies up to 2 kW per stall, so a 1.5 kW fridge is within the limit.", []),
    ("h43_market_stall", MIS, "How much is a small stall for one market day?", "A small stall costs $50 per market day.", f_mis),
    ("h43_market_stall", CMP, "What insurance do vendors need?", "Vendors must hold public liability insurance of no more than $5 million.", f_cmp),
    ("h43_market_stall", RNG, "What hours is the market open?", "The market runs every Saturday from 7 am to 11 am.", f_rng),
    ("h43_market_stall", UNIT, "What discount do I get for prepaying 8 market days?", "You get $10 off the stall fee.", f_unit),
    ("h43_market_stall", OFF, "How big is a large stall?", "A refundable bond of $100 is due at the first booking.", f_off),

    # h43_party_venue — hard: 15 recurs (Deluxe headcount and its extra-child price), 30 recurs (30% deposit and $30 change fee), 10 recurs (Basic headcount, 10 am, asker's 10 days), 2/3 are both package lengths; askers bring 13 kids, 28 kids, a 2-year-old and a 10-day notice
    ("h43_party_venue", G, "We'd like the Basic package for 13 kids. How much is that?", "The Basic package is $220 for up to 10 children; the 3 extra children cost $18 each, which is $54, so the total is $274.", []),
    ("h43_party_venue", G, "If we book the Deluxe package, how much do we pay up front and when is the rest due?", "A 30% deposit is due at booking, which is $96 of the $320; the remaining $224 is due 7 days before the party.", []),
    ("h43_party_venue", G, "Can my 2-year-old go in the play area?", "No. Children must be aged 3 to 12 to use the play area.", []),
    ("h43_party_venue", G, "Can we have 28 kids if we take the Deluxe package and pay for the extras?", "No. Deluxe covers up to 15 children with $15 per extra child, but a party may have at most 25 children in total, so 28 is too many.", []),
    ("h43_party_venue", G, "Our party is 10 days away and we need to move it. Will that cost anything?", "Yes. Rescheduling is free only if requested at least 14 days ahead; at 10 days it is a later change, which costs $30.", []),
    ("h43_party_venue", MIS, "How long does the Deluxe party run?", "The Deluxe package runs 2 hours.", f_mis),
    ("h43_party_venue", CMP, "How many adults can come in for free?", "At least 20 accompanying adults per party enter free.", f_cmp),
    ("h43_party_venue", RNG, "What ages are allowed in the play area?", "Children aged 3 to 16 can use the play area.", f_rng),
    ("h43_party_venue", UNIT, "When do we have to pay the balance?", "The balance is due 7 weeks before the party.", f_unit),
    ("h43_party_venue", OFF, "What time slots are available for parties?", "Rescheduling is free if requested at least 14 days ahead.", f_off),
]
# HOLDOUT44: appliance cleaning price list (zh), community elderly canteen meal subsidy (zh), wet-market stall lease (zh), pottery studio kiln firing (en), public tennis court booking (en), food truck festival vendor terms (en). First run:
# benchmarks/results/grounding_holdout44_first_run.txt.
DOCS.update({
    "h44_appliance_cleaning": (
        "家电上门清洗服务价目\n"
        "| 项目 | 单价 |\n"
        "|---|---|\n"
        "| 挂式空调 | 120元/台 |\n"
        "| 柜式空调 | 200元/台 |\n"
        "| 油烟机 | 180元/台 |\n"
        "| 滚筒洗衣机 | 150元/台 |\n"
        "第一条 同一地址一次清洗3台及以上的，总价打9折。\n"
        "第二条 服务时间为每日8:00至20:00；20:00以后上门加收夜间费50元。\n"
        "第三条 距服务站超过15公里的，超过部分每公里加收3元。\n"
        "第四条 清洗后30天内出现异味的，可免费返工1次。\n"
        "第五条 上门前2小时以上取消预约的免费；不足2小时取消的收取30元。\n"
        "第六条 高空作业（离地超过3米）每台加收80元。\n"
    ),
    "h44_elderly_canteen": (
        "社区老年食堂就餐补贴办法\n"
        "第一条 本社区户籍年满60周岁的老人可办理就餐卡。\n"
        "第二条 午餐标准价15元/份；60至79周岁老人每餐补贴5元，80周岁及以上老人每餐补贴8元。\n"
        "第三条 午餐供应时间为11:00至13:00，晚餐为17:00至18:30。\n"
        "第四条 每人每日享受补贴不超过2餐。\n"
        "第五条 就餐卡单次充值不少于50元，不超过500元。\n"
        "第六条 需送餐上门的，每份加收3元，送餐范围为食堂周边1公里以内。\n"
        "第七条 就餐卡挂失后3个工作日内补办，补卡工本费5元。\n"
    ),
    "h44_market_stall": (
        "农贸市场摊位租赁规定\n"
        "第一条 蔬菜摊位月租金800元，水产摊位月租金1200元，租金均按季度预缴3个月。\n"
        "第二条 签约时缴纳押金2000元；租期满且无违约的，退租后15日内全额退还。\n"
        "第三条 租期最短6个月，最长3年。\n"
        "第四条 营业时间为5:30至19:00，每月可申请停业不超过3天。\n"
        "第五条 逾期缴租的，每逾期1日按应缴租金的0.5%收取滞纳金；逾期超过15日的，市场可收回摊位。\n"
        "第六条 摊位电费按1元/度计收，水费按4元/吨计收。\n"
    ),
    "h44_pottery_kiln": (
        "Riverside Pottery Studio: Kiln Firing Rules\n"
        "| Firing | Price per shelf | Turnaround |\n"
        "|---|---|---|\n"
        "| Bisque | $12 | 5 days |\n"
        "| Glaze | $15 | 7 days |\n"
        "| Raku | $25 | 2 days |\n"
        "1. Pieces must dry for at least 7 days before bisque firing.\n"
        "2. A single piece may not exceed 40 cm in height or 12 kg in weight.\n"
        "3. Members get 20% off all firing prices; members must be at least 16 years old.\n"
        "4. Drop-off hours are 10 a.m. to 6 p.m., Tuesday to Saturday.\n"
        "5. Work not collected within 30 days of firing is donated to the studio sale.\n"
        "6. Glaze drips that damage a kiln shelf cost $25 per shelf to repair.\n"
    ),
    "h44_tennis_courts": (
        "Parkside Tennis Courts: Booking Rules\n"
        "1. Courts are open from 7 a.m. to 10 p.m.; floodlights are switched on after 6 p.m. and cost $8 per hour.\n"
        "2. Court hire is $20 per court per hour; players under 18 pay $10 per court per hour.\n"
        "3. Bookings can be made up to 14 days ahead, for at most 2 hours per day per player.\n"
        "4. Cancellations made at least 24 hours before the slot get a full refund; later cancellations get 50% back.\n"
        "5. A maximum of 4 players may use one court.\n"
        "6. Private coaching lasts 45 minutes and costs $35; group coaching for 2 to 4 players costs $14 per player.\n"
        "7. Non-marking shoes are required, and players arriving more than 10 minutes late lose the slot.\n"
    ),
    "h44_food_truck": (
        "Harbour Street Food Truck Festival: Vendor Terms\n"
        "1. The festival runs on 14-15 June, from 11 a.m. to 9 p.m. each day.\n"
        "2. The pitch fee is $300 for a 3 m x 6 m pitch and $450 for a 3 m x 9 m pitch.\n"
        "3. Applications close on 20 May; a deposit of 30% of the pitch fee is due within 7 days of acceptance.\n"
        "4. Vendors must arrive for setup between 8 a.m. and 10 a.m.; vehicles over 3.5 tonnes need a separate permit.\n"
        "5. Each vendor may sell at most 8 menu items, and at least 1 vegetarian option is required.\n"
        "6. Vendors who cancel more than 30 days before the festival get the deposit back minus a $50 fee.\n"
        "7. Generators must stay below 65 dB measured at 7 metres.\n"
    ),
})

HOLDOUT44: list[tuple] = [
    # h44_appliance_cleaning — hard: 3 recurs (3台打折, 每公里3元, 离地3米), 30 recurs (30天返工, 30元取消费), 20 recurs (20:00, asker's 20公里); askers bring their own unit mix, distance, clock time and lead time; one answer totals a table read plus the 9折 clause
    ("h44_appliance_cleaning", G, "我家要洗2台挂式空调和1台油烟机，一共多少钱？",
     "挂式空调120元/台，2台是240元，油烟机180元/台，合计420元；同一地址一次清洗3台及以上总价打9折，420元×0.9=378元。", []),
    ("h44_appliance_cleaning", G, "师傅晚上9点还能上门吗？要不要多收钱？",
     "服务时间是每日8:00至20:00，20:00以后上门要加收夜间费50元，所以晚上9点上门需另付50元。", []),
    ("h44_appliance_cleaning", G, "我住的地方离服务站20公里，路费要加多少？",
     "距服务站超过15公里的，超过部分每公里加收3元；20公里比15公里多出5公里，5×3元=15元。", []),
    ("h44_appliance_cleaning", G, "空调洗完三个礼拜了，开起来有股味道，还能免费再洗吗？",
     "可以。清洗后30天内出现异味可免费返工1次，三个礼拜是21天，还在30天之内。", []),
    ("h44_appliance_cleaning", G, "我约的是明天上午10点上门，今天晚上想取消，会扣钱吗？",
     "不会。上门前2小时以上取消预约是免费的，只有不足2小时才收取30元；您提前了十几个小时，不收费。", []),
    ("h44_appliance_cleaning", MIS, "柜式空调清洗一台多少钱？",
     "柜式空调清洗150元/台。", f_mis),
    ("h44_appliance_cleaning", CMP, "离服务站多远开始加收路费？",
     "距服务站不足15公里的，每公里加收3元。", f_cmp),
    ("h44_appliance_cleaning", RNG, "每天几点到几点可以预约上门？",
     "服务时间为每日8:00至18:00。", f_rng),
    ("h44_appliance_cleaning", UNIT, "清洗后多久内有异味可以免费返工？",
     "清洗后30个小时内出现异味的，可免费返工1次。", f_unit),
    ("h44_appliance_cleaning", OFF, "我家空调装在离地4米高的外墙上，清洗要加钱吗？",
     "同一地址一次清洗3台及以上的，总价打9折。", f_off),

    # h44_elderly_canteen — hard: 5 recurs (补贴5元, 工本费5元), 3 recurs (送餐3元, 3个工作日), 80 is both an age and near the 8元 subsidy; askers bring ages 72 and 85 and a 30元 top-up; one answer combines subsidy and delivery fee
    ("h44_elderly_canteen", G, "我妈今年72岁，在食堂吃一份午餐实际要付多少钱？",
     "午餐标准价15元/份，60至79周岁老人每餐补贴5元，72岁在这个区间内，实付15元−5元=10元。", []),
    ("h44_elderly_canteen", G, "我爷爷85岁，想让食堂把一份午饭送到家，一共要付多少？",
     "80周岁及以上每餐补贴8元，午餐15元/份减去8元是7元；送餐上门每份加收3元，合计7元+3元=10元。", []),
    ("h44_elderly_canteen", G, "晚上几点去食堂能吃上饭？",
     "晚餐在17:00至18:30供应。", []),
    ("h44_elderly_canteen", G, "一天在食堂吃三顿，每顿都能拿补贴吗？",
     "不能。每人每日享受补贴不超过2餐，第三顿没有补贴。", []),
    ("h44_elderly_canteen", G, "就餐卡第一次充值，充30块可以吗？",
     "不可以。单次充值不少于50元，30元不够；一次最多可以充500元。", []),
    ("h44_elderly_canteen", MIS, "80岁以上的老人每餐补贴多少钱？",
     "80周岁及以上老人每餐补贴5元。", f_mis),
    ("h44_elderly_canteen", CMP, "就餐卡一次最多能充多少钱？",
     "就餐卡单次充值不少于500元。", f_cmp),
    ("h44_elderly_canteen", RNG, "午餐是几点到几点供应？",
     "午餐供应时间为11:00至14:00。", f_rng),
    ("h44_elderly_canteen", UNIT, "就餐卡丢了挂失后，多久能补办好？",
     "就餐卡挂失后3个月内补办，补卡工本费5元。", f_unit),
    ("h44_elderly_canteen", OFF, "送餐上门最远能送多远？",
     "本社区户籍年满60周岁的老人可办理就餐卡。", f_off),

    # h44_market_stall — hard: 3 recurs (预缴3个月, 最长3年, 停业3天), 15 recurs (15日内退押金, 逾期超过15日收回), 1 recurs (1日, 1元/度); askers bring a 4-day delay and a 4-month term; answers compute first payment and a late fee on the quarterly amount
    ("h44_market_stall", G, "我想租一个水产摊位，签约时连押金一共要交多少钱？",
     "水产摊位月租金1200元，按季度预缴3个月，1200元×3=3600元；签约时还要缴押金2000元，合计5600元。", []),
    ("h44_market_stall", G, "我这个季度的蔬菜摊位租金晚交了4天，滞纳金是多少？",
     "蔬菜摊位月租金800元，按季度预缴3个月，应缴租金800元×3=2400元；每逾期1日按应缴租金的0.5%收取，2400元×0.5%=12元，4天共48元。", []),
    ("h44_market_stall", G, "我只想租4个月，可以签吗？",
     "不可以。租期最短6个月，最长3年，4个月不够最短租期。", []),
    ("h44_market_stall", G, "早上最早几点可以开档卖菜？",
     "营业时间为5:30至19:00，早上5:30就可以开始营业。", []),
    ("h44_market_stall", G, "租期到了退租，押金多久能退回来？",
     "租期满且无违约的，退租后15日内全额退还押金2000元。", []),
    ("h44_market_stall", MIS, "水产摊位一个月租金多少？",
     "水产摊位月租金800元。", f_mis),
    ("h44_market_stall", CMP, "每个月最多可以申请停业几天？",
     "每月可申请停业不少于3天。", f_cmp),
    ("h44_market_stall", RNG, "摊位租期可以签多长？",
     "租期为6个月至5年。", f_rng),
    ("h44_market_stall", UNIT, "摊位的水费怎么算？",
     "水费按4角/吨计收。", f_unit),
    ("h44_market_stall", OFF, "逾期交租超过多少天，市场会收回摊位？",
     "摊位电费按1元/度计收。", f_off),

    # h44_pottery_kiln — hard: 7 recurs (7 days drying, 7-day glaze turnaround), 12 recurs ($12 bisque, 12 kg), 25 recurs ($25 raku, $25 shelf repair); askers bring 5 days of drying, 35 cm / 14 kg, a Monday; answers read table rows and apply the member discount
    ("h44_pottery_kiln", G, "I'm a member and need two shelves of glaze firing. What will that cost me?",
     "Glaze firing is $15 per shelf, so two shelves are $30; members get 20% off, so you pay $24.", []),
    ("h44_pottery_kiln", G, "My bowl has been drying for 5 days. Can I put it in for bisque firing now?",
     "Not yet. Pieces must dry for at least 7 days before bisque firing, so it needs 2 more days.", []),
    ("h44_pottery_kiln", G, "If I bring in a piece for raku, how soon will it be ready?",
     "Raku firing has a 2-day turnaround, and it costs $25 per shelf.", []),
    ("h44_pottery_kiln", G, "Can I drop my pieces off on a Monday afternoon?",
     "No. Drop-off hours are 10 a.m. to 6 p.m., Tuesday to Saturday, so Monday is not a drop-off day.", []),
    ("h44_pottery_kiln", G, "My sculpture is 35 cm tall and weighs 14 kg. Will you fire it?",
     "No. The height is fine, since a piece may be up to 40 cm tall, but a piece may not exceed 12 kg, and 14 kg is over that limit.", []),
    ("h44_pottery_kiln", MIS, "How much is bisque firing per shelf?",
     "Bisque firing costs $15 per shelf.", f_mis),
    ("h44_pottery_kiln", CMP, "How old do I need to be to become a member?",
     "Members must be under 16 years old.", f_cmp),
    ("h44_pottery_kiln", RNG, "When can I drop off work for firing?",
     "Drop-off hours are 10 a.m. to 4 p.m., Tuesday to Saturday.", f_rng),
    ("h44_pottery_kiln", UNIT, "How long do I have to collect my fired pieces?",
     "Work not collected within 30 weeks of firing is donated to the studio sale.", f_unit),
    ("h44_pottery_kiln", OFF, "What happens if my glaze drips and damages a kiln shelf?",
     "Members get 20% off all firing prices.", f_off),

    # h44_tennis_courts — hard: 10 recurs (10 p.m., $10 junior rate, 10 minutes late), 4 recurs (4 players per court, groups of 2 to 4), 2 recurs (2 hours per day, groups from 2), 14 recurs (14 days, $14); askers bring a 7-9 p.m. slot, a 12-hour cancellation, a date, a group of 3
    ("h44_tennis_courts", G, "Two adults want to play on one court from 7 to 9 p.m. How much will it cost?",
     "Court hire is $20 per court per hour, so 2 hours is $40; floodlights are on after 6 p.m. at $8 per hour, adding $16, for $56 in total.", []),
    ("h44_tennis_courts", G, "Today is the 1st of the month. What is the latest date I can book a court for?",
     "Bookings can be made up to 14 days ahead, so from the 1st you can book as far as the 15th.", []),
    ("h44_tennis_courts", G, "I cancelled my $20 slot 12 hours beforehand. How much do I get back?",
     "A cancellation less than 24 hours before the slot gets 50% back, so you receive $10 of the $20.", []),
    ("h44_tennis_courts", G, "Can five of us share one court for a knock-about?",
     "No, a maximum of 4 players may use one court.", []),
    ("h44_tennis_courts", G, "Three of us want group coaching. What do we pay altogether?",
     "Group coaching for 2 to 4 players costs $14 per player, so 3 players pay 3 x $14 = $42.", []),
    ("h44_tennis_courts", MIS, "What do players under 18 pay for court hire?",
     "Players under 18 pay $8 per court per hour.", f_mis),
    ("h44_tennis_courts", CMP, "How late can I turn up before I lose my booking?",
     "Players arriving less than 10 minutes late lose the slot.", f_cmp),
    ("h44_tennis_courts", RNG, "What are the court opening hours?",
     "Courts are open from 9 a.m. to 10 p.m.", f_rng),
    ("h44_tennis_courts", UNIT, "How far in advance can I book a court?",
     "Bookings can be made up to 14 weeks ahead.", f_unit),
    ("h44_tennis_courts", OFF, "How long is a private coaching session?",
     "Non-marking shoes are required on the courts.", f_off),

    # h44_food_truck — hard: 30 recurs (30% deposit, 30 days before), 7 recurs (7 days to pay, 7 metres), 3 recurs (3 m pitch width, 3.5 tonnes), 9 recurs (9 p.m., 9 m pitch); askers bring an acceptance date, a 4-tonne truck, a 40-day cancellation, a 10-dish all-meat menu
    ("h44_food_truck", G, "We want the larger pitch. How much is our deposit?",
     "The 3 m x 9 m pitch costs $450, and the deposit is 30% of the pitch fee: 30% of $450 is $135.", []),
    ("h44_food_truck", G, "We were accepted on 2 May. By when do we have to pay the deposit?",
     "The deposit is due within 7 days of acceptance, so by 9 May.", []),
    ("h44_food_truck", G, "Our truck weighs 4 tonnes. Do we need anything extra?",
     "Yes. Vehicles over 3.5 tonnes need a separate permit, and 4 tonnes is over that.", []),
    ("h44_food_truck", G, "We paid the deposit for the small pitch and now have to cancel 40 days before the festival. What do we get back?",
     "The 3 m x 6 m pitch is $300, so the 30% deposit was $90; cancelling more than 30 days before the festival returns the deposit minus a $50 fee, so you get $40 back.", []),
    ("h44_food_truck", G, "Can we bring a menu of 10 dishes, all of them meat?",
     "No on both counts: each vendor may sell at most 8 menu items, and at least 1 vegetarian option is required.", []),
    ("h44_food_truck", MIS, "What is the pitch fee for a 3 m x 6 m pitch?",
     "The 3 m x 6 m pitch costs $450.", f_mis),
    ("h44_food_truck", CMP, "How loud is our generator allowed to be?",
     "Generators may run above 65 dB measured at 7 metres.", f_cmp),
    ("h44_food_truck", RNG, "What time do we need to arrive to set up?",
     "Vendors must arrive for setup between 6 a.m. and 10 a.m.", f_rng),
    ("h44_food_truck", UNIT, "How long after acceptance do we have to pay the deposit?",
     "The deposit is due within 7 weeks of acceptance.", f_unit),
    ("h44_food_truck", OFF, "What are the festival dates?",
     "Each vendor may sell at most 8 menu items.", f_off),
]
# HOLDOUT45: 月子中心入住须知 / 社区老年大学报名须知 / 家庭保洁收费标准 / CSA farm vegetable box / community theatre season subscription / chimney sweep rates. First run:
# benchmarks/results/grounding_holdout45_first_run.txt.
DOCS.update({
    "h45_postpartum_center": (
        "悦安月子中心入住须知\n"
        "第一条 标准套餐28天，费用68000元；豪华套餐28天，费用98000元。\n"
        "第二条 预订时须交定金10000元。入住前30天内取消的，定金不退；入住30天以前取消的，退还定金的50%。\n"
        "第三条 护士24小时值守，每名护士照护宝宝不超过3名。\n"
        "第四条 家属探视时间为每日10:00至12:00、15:00至20:00，每次探视不超过2人。\n"
        "第五条 续住按天计费，标准套餐每天2500元，续住超过7天的享9折。\n"
        "第六条 产妇年满35周岁的，入住首7天内免费增加营养师一对一指导3次。\n"
        "第七条 提前退房的，按未住天数退还相应费用的80%。\n"
    ),
    "h45_senior_college": (
        "和平社区老年大学春季报名须知\n"
        "一、报名对象为年满55周岁、身体健康的本市居民；年龄超过80周岁的，须由家属陪同报名。\n"
        "二、报名时间为3月1日至3月10日，每日8:30至11:30受理。\n"
        "三、每人最多报2门课程，每门学费300元；书法、绘画类课程另收材料费80元。\n"
        "四、每班人数不少于15人方可开班，不足15人的班级取消并全额退费。\n"
        "五、开课后14天内退课的，退还学费的50%；超过14天的不予退费。\n"
        "六、持本市优待证且年满70周岁的，学费减半，材料费不减。\n"
        "七、每学期16周，每周上课1次，每次90分钟。\n"
    ),
    "h45_home_cleaning": (
        "洁家家政保洁服务收费标准\n"
        "| 服务项目 | 收费 |\n"
        "|---|---|\n"
        "| 日常保洁 | 每小时50元，3小时起约 |\n"
        "| 深度保洁 | 每平方米8元，100平方米起约 |\n"
        "| 擦玻璃 | 每平方米12元 |\n"
        "一、服务时间为每日8:00至18:00；18:00以后上门的，每小时加收20元。\n"
        "二、单次订单满300元的免收交通费，不足300元的收取交通费20元。\n"
        "三、服务前24小时以上取消的免费；不足24小时取消的，收取订单金额的30%。\n"
        "四、每位保洁员单次服务不超过8小时。\n"
        "五、服务完成后3天内可申请免费返工一次。\n"
    ),
    "h45_csa_farm_box": (
        "Green Acre Farm CSA Vegetable Box Terms\n"
        "1. The season runs from June 1 to October 31, with one box per week.\n"
        "2. A small box (about 4 kg) costs $25 per week; a large box (about 7 kg) costs $40 per week.\n"
        "3. Members who prepay the full season receive a 10% discount.\n"
        "4. Boxes can be collected on Thursdays from 3 pm to 7 pm. Home delivery within 10 miles costs $5 per box.\n"
        "5. You may pause deliveries for up to 4 weeks per season, with at least 7 days' notice.\n"
        "6. Uncollected boxes are held for 24 hours and then donated to the food bank.\n"
        "7. Members who cancel after the first 4 weeks are refunded 50% of their remaining prepaid balance.\n"
    ),
    "h45_theatre_subscription": (
        "Riverside Community Theatre Season Subscription\n"
        "| Seat tier | Single ticket | 6-show subscription |\n"
        "|---|---|---|\n"
        "| Stalls | $30 | $150 |\n"
        "| Balcony | $20 | $100 |\n"
        "1. Seniors aged 65 or over and students under 25 get $5 off each single ticket.\n"
        "2. Subscribers may exchange a ticket for another date free of charge up to 48 hours before the show; later exchanges cost $5.\n"
        "3. Doors open 30 minutes before curtain; latecomers are seated at the first interval.\n"
        "4. Groups of at least 10 people receive 15% off single tickets.\n"
        "5. Children under 6 are not admitted to evening shows.\n"
        "6. Subscriptions must be bought by September 15; no refunds are given after the first show.\n"
        "7. The box office is open Tuesday to Saturday, from 12 pm to 6 pm.\n"
    ),
    "h45_chimney_sweep": (
        "Hearthside Chimney Sweeping Rates\n"
        "1. A standard sweep of one flue costs $120; each additional flue at the same address is $60.\n"
        "2. A camera inspection costs $90 on its own, or $60 when booked together with a sweep.\n"
        "3. Appointments run Monday to Friday, 8 am to 4 pm; Saturday visits carry a $30 surcharge.\n"
        "4. Stoves must be left unlit for at least 12 hours before we arrive.\n"
        "5. Travel is free within 25 miles; each mile beyond 25 miles costs $2.\n"
        "6. Cancellations with less than 48 hours' notice are charged $40.\n"
        "7. Customers aged 65 and over receive 10% off the sweep price.\n"
        "8. We recommend a sweep every 12 months for wood burners.\n"
    ),
})

HOLDOUT45: list[tuple] = [
    # h45_postpartum_center — hard: 28天 is shared by both packages, 30天 is both the no-refund window and the 50%-refund boundary, 3 is nurses' cap and guidance sessions, 7天 is both the extended-stay discount threshold and the first-week window; askers bring their own stay lengths (10 days extra, left after 18 days) and ages (36), and answers compute a discounted extension and a pro-rated refund
    ("h45_postpartum_center", G, "我订的是标准套餐，想在28天后再续住10天，续住要多付多少钱？", "标准套餐续住每天2500元，10天是2500元×10=25000元；续住超过7天享9折，打9折后实际要付22500元。", []),
    ("h45_postpartum_center", G, "我打算在入住前20天取消预订，交的定金还能退吗？", "不能退。入住前30天内取消的定金不退，您距入住只有20天，10000元定金不予退还。", []),
    ("h45_postpartum_center", G, "家里人想下午来看我，几点可以来？一次能来几个人？", "下午的探视时间是15:00至20:00，每次探视不超过2人。", []),
    ("h45_postpartum_center", G, "我今年36岁，入住后有什么额外的免费服务吗？", "有。产妇年满35周岁的，入住首7天内可免费增加营养师一对一指导3次，您36岁符合条件。", []),
    ("h45_postpartum_center", G, "我订了豪华套餐，只住了18天就想提前退房，大概能退多少钱？", "豪华套餐28天费用98000元，折合每天3500元；您还有10天未住，对应35000元，按80%退还，可退28000元。", []),
    ("h45_postpartum_center", MIS, "豪华套餐住28天要多少钱？", "豪华套餐28天，费用68000元。", f_mis),
    ("h45_postpartum_center", CMP, "一名护士最多同时照护几个宝宝？", "每名护士照护宝宝不少于3名。", f_cmp),
    ("h45_postpartum_center", RNG, "上午的探视时间是几点到几点？", "上午的探视时间为每日10:00至11:00。", f_rng),
    ("h45_postpartum_center", UNIT, "要提前多久取消才能退一半定金？", "入住30小时以前取消的，可以退还定金的50%。", f_unit),
    ("h45_postpartum_center", OFF, "续住超过7天有什么优惠？", "提前退房的，按未住天数退还相应费用的80%。", f_off),

    # h45_senior_college — hard: 80 is both the age needing a companion and the 书法/绘画 material fee, 15人 is both the opening threshold and the cancel line, 14天 is both sides of the refund rule, 50% sits next to 减半; askers bring their ages (68, 72, 82), a date and clock time, and a withdrawal day, and answers add or halve fees across clauses
    ("h45_senior_college", G, "我68岁，想报书法和合唱两门课，一共要交多少钱？", "每门学费300元，两门是600元；书法类另收材料费80元，合计680元。您68岁，未满70周岁，不享受学费减半。", []),
    ("h45_senior_college", G, "我父亲今年82岁，想来报名，他可以一个人来报吗？", "不可以。年龄超过80周岁的须由家属陪同报名，您父亲82岁，需要家属陪同。", []),
    ("h45_senior_college", G, "3月5日下午2点去报名可以吗？", "不行。3月5日虽在3月1日至3月10日的报名期内，但每日只在8:30至11:30受理，下午2点不在受理时间内。", []),
    ("h45_senior_college", G, "我72岁，有本市优待证，只报一门绘画课，要交多少钱？", "年满70周岁持优待证学费减半，300元学费减为150元；绘画类材料费80元不减，共230元。", []),
    ("h45_senior_college", G, "我报了一门课，开课第10天想退课，能退多少钱？", "开课后14天内退课的退还学费的50%，第10天在14天内，300元学费可退150元。", []),
    ("h45_senior_college", MIS, "书法课的材料费是多少？", "书法、绘画类课程另收材料费300元。", f_mis),
    ("h45_senior_college", CMP, "一个班要多少人才能开班？", "每班人数不超过15人方可开班。", f_cmp),
    ("h45_senior_college", RNG, "报名时间是哪几天？", "报名时间为3月1日至3月20日。", f_rng),
    ("h45_senior_college", UNIT, "一个学期有多长？", "每学期16天，每周上课1次。", f_unit),
    ("h45_senior_college", OFF, "报两门课要交多少学费？", "每学期16周，每周上课1次，每次90分钟。", f_off),

    # h45_home_cleaning — hard: 20元 is both the after-18:00 hourly surcharge and the transport fee, 8 is the per-m² deep-cleaning rate, the 8:00 start and the 8-hour cap, 3 is the minimum hours and the redo window, 300元 is the free-transport line; askers bring their flat size (90㎡), hours (4), a 7 pm start, a cancel time and a glass area, and answers read table rows and add the transport rule
    ("h45_home_cleaning", G, "我家90平方米，想做一次深度保洁，要多少钱？", "深度保洁每平方米8元，100平方米起约，90平方米按100平方米计，为800元；订单满300元免收交通费，所以共800元。", []),
    ("h45_home_cleaning", G, "约日常保洁4小时，一共要付多少？", "日常保洁每小时50元，4小时为200元；单次订单不足300元要收交通费20元，合计220元。", []),
    ("h45_home_cleaning", G, "我想约晚上7点上门做3小时日常保洁，费用怎么算？", "18:00以后上门的每小时加收20元，3小时为3×(50元+20元)=210元；订单不足300元另收交通费20元，共230元。", []),
    ("h45_home_cleaning", G, "我约的是明天上午10点，今晚8点取消要扣钱吗？", "要扣。今晚8点距服务只有14小时，不足24小时取消的，收取订单金额的30%。", []),
    ("h45_home_cleaning", G, "擦20平方米的玻璃要多少钱？", "擦玻璃每平方米12元，20平方米为240元；不足300元还要收交通费20元，共260元。", []),
    ("h45_home_cleaning", MIS, "擦玻璃怎么收费？", "擦玻璃每平方米8元。", f_mis),
    ("h45_home_cleaning", CMP, "一位保洁员一次最多服务多长时间？", "每位保洁员单次服务不少于8小时。", f_cmp),
    ("h45_home_cleaning", RNG, "你们每天几点到几点可以上门？", "服务时间为每日8:00至20:00。", f_rng),
    ("h45_home_cleaning", UNIT, "打扫完多久内可以要求返工？", "服务完成后3小时内可申请免费返工一次。", f_unit),
    ("h45_home_cleaning", OFF, "提前多久取消可以不收费？", "单次订单满300元的免收交通费。", f_off),

    # h45_csa_farm_box — hard: 4 is the small box's kilos, the pause limit and the cancel threshold, 7 is the large box's kilos, the 7 pm close and the notice days, 10 is both the prepay discount and the delivery radius; askers bring a distance (6 miles), a season length (22 weeks), a pickup time, a trip length and a missed Thursday, and answers add delivery, apply the discount and count the 24-hour hold
    ("h45_csa_farm_box", G, "I'd like a large box delivered to my house, which is 6 miles from the farm. What will I pay each week?", "A large box costs $40 per week and home delivery within 10 miles costs $5 per box, so you would pay $45 a week.", []),
    ("h45_csa_farm_box", G, "If I prepay a small box for all 22 weeks of the season, how much is it?", "22 weeks at $25 is $550; prepaying the full season gives a 10% discount, which takes off $55, so you pay $495.", []),
    ("h45_csa_farm_box", G, "Can I pick up my box at 6 pm on a Thursday?", "Yes. Boxes can be collected on Thursdays from 3 pm to 7 pm, so 6 pm is within the window.", []),
    ("h45_csa_farm_box", G, "I'm away for three weeks in August. Can I pause my box, and how early do I have to tell you?", "Yes. You may pause for up to 4 weeks per season, so three weeks is fine, but you must give at least 7 days' notice.", []),
    ("h45_csa_farm_box", G, "I missed the Thursday pickup. Can I still collect my box on Saturday?", "No. Uncollected boxes are held for 24 hours and then donated to the food bank, so by Saturday it will already be gone.", []),
    ("h45_csa_farm_box", MIS, "How heavy is a large box?", "A large box weighs about 4 kg.", f_mis),
    ("h45_csa_farm_box", CMP, "How much notice do I need to give to pause deliveries?", "You need to give at most 7 days' notice.", f_cmp),
    ("h45_csa_farm_box", RNG, "When does the season run?", "The season runs from June 1 to September 30, with one box per week.", f_rng),
    ("h45_csa_farm_box", UNIT, "How far do you deliver, and what does it cost?", "Home delivery within 10 kilometres costs $5 per box.", f_unit),
    ("h45_csa_farm_box", OFF, "What discount do I get for paying for the whole season upfront?", "Members who cancel after the first 4 weeks are refunded 50% of their remaining prepaid balance.", f_off),

    # h45_theatre_subscription — hard: $5 is both the senior/student discount and the late-exchange fee, 6 is the show count, the child age limit and the box office's 6 pm close, 30 is the stalls price and the doors-open minutes, 15 is the group discount and the September deadline; askers bring their age (70), a group size (12), a show tomorrow and a 5-year-old, and answers compare the table's two columns and apply discounts
    ("h45_theatre_subscription", G, "How much do I save with a stalls subscription compared with buying all 6 shows separately?", "Six stalls single tickets at $30 each come to $180, while the 6-show stalls subscription is $150, so you save $30.", []),
    ("h45_theatre_subscription", G, "I'm 70. What would one balcony ticket cost me?", "Seniors aged 65 or over get $5 off each single ticket, so the $20 balcony ticket costs you $15.", []),
    ("h45_theatre_subscription", G, "We are a group of 12 buying single stalls tickets. What is the total?", "Groups of at least 10 people receive 15% off single tickets; 12 stalls tickets at $30 are $360, and 15% off brings that to $306.", []),
    ("h45_theatre_subscription", G, "I'm a subscriber and want to swap my ticket, but the show is tomorrow evening. Will I be charged?", "Yes. Free exchanges are only allowed up to 48 hours before the show, so an exchange the day before costs $5.", []),
    ("h45_theatre_subscription", G, "Can I bring my 5-year-old to an evening performance?", "No. Children under 6 are not admitted to evening shows.", []),
    ("h45_theatre_subscription", MIS, "How much is a single balcony ticket?", "A single balcony ticket costs $30.", f_mis),
    ("h45_theatre_subscription", CMP, "Which students get the $5 discount?", "Students aged 25 or over get $5 off each single ticket.", f_cmp),
    ("h45_theatre_subscription", RNG, "When is the box office open?", "The box office is open Tuesday to Saturday, from 12 pm to 8 pm.", f_rng),
    ("h45_theatre_subscription", UNIT, "What discount do groups get?", "Groups of at least 10 people receive $15 off single tickets.", f_unit),
    ("h45_theatre_subscription", OFF, "What is the deadline for buying a subscription?", "Doors open 30 minutes before curtain; latecomers are seated at the first interval.", f_off),

    # h45_chimney_sweep — hard: $60 is both the additional-flue price and the bundled inspection price, 12 is both the unlit hours and the recommended months, and the $30 Saturday surcharge, the $40 cancellation charge and the 25-mile free radius sit among them; askers bring their age (70), a distance (30 miles), a 5 pm slot and a 9 am arrival, and answers combine the senior discount with the bundle price, count miles beyond the radius and work back 12 hours
    ("h45_chimney_sweep", G, "My house has two flues. How much to sweep both?", "The first flue is $120 and each additional flue at the same address is $60, so both come to $180.", []),
    ("h45_chimney_sweep", G, "I'm 70 and want a sweep plus a camera inspection. What's the total?", "Customers aged 65 and over get 10% off the sweep price, so the $120 sweep costs $108; the camera inspection booked with a sweep is $60, making $168 in total.", []),
    ("h45_chimney_sweep", G, "I live 30 miles away. Will there be a travel charge?", "Yes. Travel is free within 25 miles and each mile beyond 25 miles costs $2, so the 5 extra miles cost $10.", []),
    ("h45_chimney_sweep", G, "Could you come on a Friday at 5 pm?", "No. Appointments run Monday to Friday from 8 am to 4 pm, so 5 pm is outside the hours.", []),
    ("h45_chimney_sweep", G, "You're arriving at 9 am. When is the latest I can have the stove lit?", "Stoves must be left unlit for at least 12 hours before we arrive, so the stove should be out by 9 pm the evening before.", []),
    ("h45_chimney_sweep", MIS, "What does a standard sweep of one flue cost?", "A standard sweep of one flue costs $90.", f_mis),
    ("h45_chimney_sweep", CMP, "How long does the stove need to be unlit before you come?", "Stoves must be left unlit for at most 12 hours before we arrive.", f_cmp),
    ("h45_chimney_sweep", RNG, "What hours do your appointments run?", "Appointments run Monday to Friday, 8 am to 6 pm.", f_rng),
    ("h45_chimney_sweep", UNIT, "How often should a wood burner be swept?", "We recommend a sweep every 12 weeks for wood burners.", f_unit),
    ("h45_chimney_sweep", OFF, "Is there a discount for older customers?", "Cancellations with less than 48 hours' notice are charged $40.", f_off),
]
# HOLDOUT46: tea house private rooms, primary school bus service, rice planting subsidy, golf driving range, dance studio class passes, community pottery kiln firing. First run:
# benchmarks/results/grounding_holdout46_first_run.txt.
DOCS.update({
    "h46_tea_house_rooms": (
        "清风茶馆包间预订须知\n"
        "第一条 包间分小包间（4人以内）与大包间（5至10人），营业时间为每日10:00至22:00。\n"
        "第二条 包间费按小时计，最低消费2小时：\n"
        "| 包间 | 工作日 | 周末 |\n"
        "|---|---|---|\n"
        "| 小包间 | 60元/小时 | 80元/小时 |\n"
        "| 大包间 | 120元/小时 | 150元/小时 |\n"
        "第三条 预订须支付定金100元，到店后抵扣包间费。\n"
        "第四条 提前24小时以上取消的，定金全额退还；不足24小时取消的，定金不退。\n"
        "第五条 迟到超过30分钟且未联系的，视为放弃预订，包间可另行安排。\n"
        "第六条 自带茶叶每间收取开壶费30元；12岁以下儿童须由成人陪同。\n"
    ),
    "h46_school_bus": (
        "阳光小学校车服务办法\n"
        "第一条 校车服务面向本校1至6年级学生，家校距离须在3公里以上、15公里以内。\n"
        "第二条 校车费按学期收取，每学期1200元；同一家庭第二个孩子减免50%。\n"
        "第三条 早班车6:50至7:30沿线接站，学生须在发车前5分钟到站；晚班车16:30从学校发车。\n"
        "第四条 每车配随车照管员1名，载客不超过45人，车速不超过60公里/小时。\n"
        "第五条 学期中途退出的，按剩余整月退费，每月按300元计；开学后15日内退出的全额退费。\n"
        "第六条 学生连续3次未乘车且未请假的，学校将电话联系家长。\n"
    ),
    "h46_rice_subsidy": (
        "2024年稻谷种植补贴实施细则\n"
        "第一条 补贴对象为本县实际种植水稻的农户及合作社，种植面积须不少于2亩。\n"
        "第二条 基础补贴每亩120元；种植面积超过50亩的部分，每亩补贴80元。\n"
        "第三条 使用本县认定优质品种的，每亩另加20元。\n"
        "第四条 单户年度补贴总额不超过2万元。\n"
        "第五条 申报时间为每年5月1日至6月30日，逾期不予受理。\n"
        "第六条 乡镇在申报截止后20个工作日内完成核实，公示期为7天。\n"
        "第七条 补贴资金于公示结束后30日内发放至农户社保卡。\n"
    ),
    "h46_golf_driving_range": (
        "Lakeside Golf Driving Range: Rules and Prices\n"
        "1. The range is open from 7:00 to 21:00 daily; floodlit bays are available after 18:00.\n"
        "2. Balls are sold in buckets:\n"
        "| Bucket | Balls | Price |\n"
        "|---|---|---|\n"
        "| Small | 40 | $8 |\n"
        "| Medium | 80 | $14 |\n"
        "| Large | 120 | $20 |\n"
        "3. Floodlit bays cost an extra $5 per hour.\n"
        "4. Club rental is $5 per club per visit, up to 3 clubs per customer.\n"
        "5. Children under 12 must be accompanied by an adult; juniors aged 12 to 17 get 20% off buckets.\n"
        "6. A 10-visit card costs $120 and is valid for 6 months from purchase.\n"
        "7. Lessons with a coach last 45 minutes and must be booked at least 48 hours ahead.\n"
    ),
    "h46_dance_class_passes": (
        "Studio Nine Dance: Class Pass Terms\n"
        "1. A single drop-in class costs $18. A 5-class pass costs $80 and a 10-class pass costs $150.\n"
        "2. Passes are valid for 60 days (5-class) or 90 days (10-class) from the first class attended.\n"
        "3. Classes last 60 minutes, except Advanced Contemporary, which runs 90 minutes.\n"
        "4. Cancel at least 12 hours before class to keep your credit; later cancellations use one class.\n"
        "5. Students must be 16 or older for evening classes after 19:00; under-16s may join classes from 15:30 to 19:00.\n"
        "6. A pass can be frozen once for up to 14 days with a doctor's note.\n"
        "7. Each class holds at most 20 students.\n"
    ),
    "h46_kiln_firing": (
        "Clayworks Community Kiln: Firing Service Rules\n"
        "1. Bisque firing costs $3 per kilogram of dry clay; glaze firing costs $4 per kilogram, with a minimum charge of $10 per firing.\n"
        "2. Pieces must weigh no more than 15 kg each and stand no taller than 45 cm.\n"
        "3. Kilns are fired from Tuesday to Friday. Work dropped off by 17:00 on Monday is fired that week; results are ready for collection within 7 days of drop-off.\n"
        "4. Pieces not collected within 30 days of being ready become studio property.\n"
        "5. Members pay 25% less on all firings; membership is $45 per quarter.\n"
        "6. Glazes must be rated for cone 6; the studio is not liable for damage caused by glazes applied thicker than 2 mm.\n"
        "7. Members may book a full kiln load, up to 60 kg, for $150.\n"
    ),
})

HOLDOUT46: list[tuple] = [
    # h46_tea_house_rooms — hard: 30 is both the late-arrival minutes and the tea-pot fee; 100元 deposit must be netted against a weekend table price; the asker brings a group of 6, a 1-hour stay, a 29-hour cancellation lead and a 20-minute delay
    ("h46_tea_house_rooms", G, "我们6个人周六下午想订包间，坐3小时，包间费一共多少？到店还要付多少？",
     "6人需订大包间（5至10人），周末大包间150元/小时，3小时共450元；预订时付的定金100元到店抵扣，到店再付350元。", []),
    ("h46_tea_house_rooms", G, "周二只想用1小时小包间，可以按1小时收费吗？",
     "不行，包间最低消费2小时，只坐1小时也按2小时计；工作日小包间60元/小时，共120元。", []),
    ("h46_tea_house_rooms", G, "我订的是明天下午3点的包间，今天上午10点取消，定金能退吗？",
     "能。今天上午10点到明天下午3点还有29小时，属于提前24小时以上取消，定金100元全额退还。", []),
    ("h46_tea_house_rooms", G, "路上堵车，我们大概会迟到20分钟，包间会被取消吗？",
     "不会。迟到超过30分钟且未联系的才视为放弃预订，迟到20分钟包间仍会保留；最好提前联系茶馆。", []),
    ("h46_tea_house_rooms", G, "包间早上几点开始能用，晚上用到几点？",
     "包间营业时间为每日10:00至22:00，也就是从上午10点用到晚上10点。", []),
    ("h46_tea_house_rooms", MIS, "自带茶叶要收多少开壶费？",
     "自带茶叶每间收取开壶费100元。", f_mis),
    ("h46_tea_house_rooms", CMP, "什么情况下定金不退？",
     "提前超过24小时取消的，定金不退。", f_cmp),
    ("h46_tea_house_rooms", RNG, "大包间能坐多少人？",
     "大包间适合5至8人。", f_rng),
    ("h46_tea_house_rooms", UNIT, "至少要提前多久取消才能全额退定金？",
     "须提前24天以上取消，定金才全额退还。", f_unit),
    ("h46_tea_house_rooms", OFF, "小孩可以一起来吗？有年龄要求吗？",
     "自带茶叶每间收取开壶费30元。", f_off),

    # h46_school_bus — hard: 15 is both the distance cap (公里) and the full-refund window (日); 30 ends both 7:30 and 16:30; 3 is both 3公里 and 3次; askers bring two children, a 2-km home, 2 remaining months and day 10 of term
    ("h46_school_bus", G, "我家两个孩子都坐校车，一学期一共要交多少钱？",
     "每学期1200元，同一家庭第二个孩子减免50%即交600元，两个孩子一学期共1800元。", []),
    ("h46_school_bus", G, "我家离学校只有2公里，能申请校车吗？",
     "不能。家校距离须在3公里以上、15公里以内才可申请，2公里不到3公里。", []),
    ("h46_school_bus", G, "学期还剩2个整月时孩子不坐校车了，能退多少钱？",
     "学期中途退出按剩余整月退费，每月按300元计，剩余2个月可退600元。", []),
    ("h46_school_bus", G, "早上校车几点接站？孩子要提前多久到站点？",
     "早班车6:50至7:30沿线接站，学生须在发车前5分钟到站。", []),
    ("h46_school_bus", G, "孩子开学第10天就不想坐校车了，能全额退费吗？",
     "能。开学后15日内退出的全额退费，第10天在15日以内。", []),
    ("h46_school_bus", MIS, "下午放学校车几点从学校发车？",
     "晚班车7:30从学校发车。", f_mis),
    ("h46_school_bus", CMP, "一辆校车能坐多少人？",
     "每车载客至少45人。", f_cmp),
    ("h46_school_bus", RNG, "家离学校多远才能坐校车？",
     "家校距离须在3公里以上、20公里以内。", f_rng),
    ("h46_school_bus", UNIT, "开学后多长时间内退出可以全额退费？",
     "开学后15周内退出的全额退费。", f_unit),
    ("h46_school_bus", OFF, "孩子好几次没坐车也没请假，学校会怎么处理？",
     "每车配随车照管员1名，车速不超过60公里/小时。", f_off),

    # h46_rice_subsidy — hard: 120 and 80 are two per-mu rates split at 50亩; 20 is both the variety bonus (元) and the checking period (工作日), and 2 is both 2亩 and 2万元; askers bring 60 mu, 10 mu of a quality variety, 1.5 mu and a 5月20日 filing
    ("h46_rice_subsidy", G, "我种了60亩普通水稻，能拿多少补贴？",
     "前50亩按每亩120元计6000元，超过50亩的10亩按每亩80元计800元，合计6800元，未超过单户2万元的上限。", []),
    ("h46_rice_subsidy", G, "我种了10亩本县认定的优质品种，能补多少？",
     "基础补贴每亩120元，优质品种每亩另加20元，每亩共140元，10亩共1400元。", []),
    ("h46_rice_subsidy", G, "我5月20日去申报还来得及吗？",
     "来得及。申报时间为每年5月1日至6月30日，5月20日在这个期间内。", []),
    ("h46_rice_subsidy", G, "我家只种了1.5亩水稻，能申请补贴吗？",
     "不能。种植面积须不少于2亩，1.5亩不到2亩。", []),
    ("h46_rice_subsidy", G, "申报截止以后，补贴款大概要经过哪些环节才到账？",
     "乡镇在申报截止后20个工作日内完成核实，再公示7天，公示结束后30日内把补贴发放到农户社保卡。", []),
    ("h46_rice_subsidy", MIS, "用优质品种每亩额外加多少钱？",
     "使用本县认定优质品种的，每亩另加80元。", f_mis),
    ("h46_rice_subsidy", CMP, "一户一年的补贴有上限吗？",
     "单户年度补贴总额不少于2万元。", f_cmp),
    ("h46_rice_subsidy", RNG, "每年什么时候可以申报？",
     "申报时间为每年5月1日至5月31日。", f_rng),
    ("h46_rice_subsidy", UNIT, "申报截止后乡镇多久内完成核实？",
     "乡镇在申报截止后20个月内完成核实。", f_unit),
    ("h46_rice_subsidy", OFF, "过了申报时间再去申报会怎么样？",
     "补贴资金于公示结束后30日内发放至农户社保卡。", f_off),

    # h46_golf_driving_range — hard: $5 is both the floodlight surcharge and the per-club rental; 120 is both a bucket's ball count and the card price; 12 is both the child age limit and the junior band start; askers bring 100 balls, a 15-year-old, a 19:00-21:00 session, a 1 March purchase and four clubs
    ("h46_golf_driving_range", G, "I want around 100 balls. Is a large bucket or two medium buckets cheaper?",
     "A large bucket has 120 balls for $20, while two medium buckets (80 balls each at $14) cost $28, so the large bucket is cheaper and gives more balls.", []),
    ("h46_golf_driving_range", G, "My 15-year-old son wants a medium bucket. What does he pay?",
     "Juniors aged 12 to 17 get 20% off buckets, so the $14 medium bucket costs him $11.20.", []),
    ("h46_golf_driving_range", G, "If I hit from 19:00 to 21:00 in a floodlit bay with a large bucket, what is the total?",
     "Floodlit bays are available after 18:00 for an extra $5 per hour, so 2 hours add $10; with the $20 large bucket the total is $30.", []),
    ("h46_golf_driving_range", G, "I bought a 10-visit card on 1 March. Until when can I use it?",
     "The 10-visit card is valid for 6 months from purchase, so you can use it until 1 September.", []),
    ("h46_golf_driving_range", G, "Can I rent a driver, a 7-iron, a wedge and a putter?",
     "Not all four: club rental is limited to up to 3 clubs per customer, at $5 per club per visit, so three of them would cost $15.", []),
    ("h46_golf_driving_range", MIS, "How much does a 10-visit card cost?",
     "A 10-visit card costs $20 and is valid for 6 months from purchase.", f_mis),
    ("h46_golf_driving_range", CMP, "How far ahead do I have to book a lesson with a coach?",
     "Lessons must be booked no more than 48 hours ahead.", f_cmp),
    ("h46_golf_driving_range", RNG, "Which ages get the junior discount on buckets?",
     "Juniors aged 12 to 15 get 20% off buckets.", f_rng),
    ("h46_golf_driving_range", UNIT, "What discount do juniors get on buckets?",
     "Juniors aged 12 to 17 get $20 off buckets.", f_unit),
    ("h46_golf_driving_range", OFF, "What time does the range open in the morning?",
     "Floodlit bays cost an extra $5 per hour.", f_off),

    # h46_dance_class_passes — hard: 60 and 90 are both pass validity (days) and class length (minutes); 19:00 closes the under-16 window and opens the 16+ evening; askers bring 10 visits, a 1 June first class, a 14-year-old at 18:00 and an 8-hour cancellation
    ("h46_dance_class_passes", G, "If I come 10 times, is the 10-class pass cheaper than paying per class?",
     "Ten drop-in classes at $18 each cost $180, while the 10-class pass costs $150, so the pass saves you $30.", []),
    ("h46_dance_class_passes", G, "I bought a 5-class pass in May but my first class is on 1 June. When does it expire?",
     "Validity counts from the first class attended, and a 5-class pass is valid for 60 days, so it runs from 1 June until 31 July.", []),
    ("h46_dance_class_passes", G, "My daughter is 14. Can she take a class that starts at 18:00?",
     "Yes. Under-16s may join classes from 15:30 to 19:00, and 18:00 falls in that window; only classes after 19:00 require students to be 16 or older.", []),
    ("h46_dance_class_passes", G, "I cancelled 8 hours before my class. Do I lose the credit?",
     "Yes. You must cancel at least 12 hours before class to keep your credit; cancelling 8 hours ahead uses one class.", []),
    ("h46_dance_class_passes", G, "How much longer is Advanced Contemporary than a normal class?",
     "Advanced Contemporary runs 90 minutes while other classes last 60 minutes, so it is 30 minutes longer.", []),
    ("h46_dance_class_passes", MIS, "How long is a 10-class pass valid?",
     "A 10-class pass is valid for 60 days from the first class attended.", f_mis),
    ("h46_dance_class_passes", CMP, "How many students can be in one class?",
     "Each class holds at least 20 students.", f_cmp),
    ("h46_dance_class_passes", RNG, "When can under-16s take classes?",
     "Under-16s may join classes from 15:30 to 21:00.", f_rng),
    ("h46_dance_class_passes", UNIT, "How long can I freeze my pass if I get injured?",
     "A pass can be frozen once for up to 14 weeks with a doctor's note.", f_unit),
    ("h46_dance_class_passes", OFF, "How much does a 5-class pass cost?",
     "Each class holds at most 20 students.", f_off),

    # h46_kiln_firing — hard: two per-kg rates with a $10 floor, so small loads hit the minimum; 45 is both the height limit (cm) and the membership fee ($); 15, 30 and 60 also recur as weight, days and kg; askers bring 4 kg, 2 kg, 10 kg as a member, a 50 cm vase and a 16:00 Monday drop-off
    ("h46_kiln_firing", G, "I have 4 kg of bowls for glaze firing. What will it cost?",
     "Glaze firing is $4 per kilogram, so 4 kg costs $16, which is above the $10 minimum charge.", []),
    ("h46_kiln_firing", G, "How much to bisque fire a single 2 kg mug?",
     "At $3 per kilogram, 2 kg would be $6, but there is a minimum charge of $10 per firing, so you pay $10.", []),
    ("h46_kiln_firing", G, "I'm a member and want to glaze fire 10 kg of pots. What's the price?",
     "Glaze firing is $4 per kilogram, so 10 kg is $40; members pay 25% less, which brings it to $30.", []),
    ("h46_kiln_firing", G, "My vase is 50 cm tall. Can you fire it?",
     "No. Pieces must stand no taller than 45 cm, and 50 cm is over that limit.", []),
    ("h46_kiln_firing", G, "If I drop work off at 16:00 on Monday, will it be fired this week, and when can I pick it up?",
     "Yes. Work dropped off by 17:00 on Monday is fired that week (kilns run from Tuesday to Friday), and results are ready for collection within 7 days of drop-off.", []),
    ("h46_kiln_firing", MIS, "How much is membership?",
     "Membership is $150 per quarter.", f_mis),
    ("h46_kiln_firing", CMP, "Is there a weight limit for each piece?",
     "Pieces must weigh at least 15 kg each.", f_cmp),
    ("h46_kiln_firing", RNG, "On which days are the kilns fired?",
     "Kilns are fired from Tuesday to Sunday.", f_rng),
    ("h46_kiln_firing", UNIT, "How thick can I apply glaze before the studio stops being liable?",
     "The studio is not liable for damage caused by glazes applied thicker than 2 cm.", f_unit),
    ("h46_kiln_firing", OFF, "How long do I have to collect my fired pieces?",
     "Members may book a full kiln load, up to 60 kg, for $150.", f_off),
]
# HOLDOUT47: home cleaning booking (zh), senior college enrolment (zh), wedding photography package (zh), pottery kiln firing (en), chimney sweeping (en), escape room booking (en). First run:
# benchmarks/results/grounding_holdout47_first_run.txt.
DOCS.update({
    "h47_home_cleaning": (
        "安洁家政日常保洁服务规则\n"
        "第一条 日常保洁按小时计费，每名保洁员每小时60元，单次预约不少于3小时。\n"
        "第二条 房屋面积超过120平方米的，须派2名保洁员，按人数分别计时收费。\n"
        "第三条 服务时段为每日8:00至20:00；18:00以后开始的服务每小时加收20元。\n"
        "第四条 服务开始前24小时以上取消预约的免费；不足24小时取消的，收取30元。\n"
        "第五条 10次卡售价1650元，每次3小时，有效期12个月。\n"
        "第六条 保洁员迟到超过30分钟的，当次服务费减免20%。\n"
        "第七条 客户不满意的，可在服务结束后3天内申请免费返工一次，返工时长不超过2小时。\n"
    ),
    "h47_senior_college": (
        "晚霞老年大学2025年秋季报名须知\n"
        "第一条 报名年龄为55周岁至80周岁，本市户籍或持居住证满1年者均可报名。\n"
        "第二条 每人每学期最多选报3门课程。\n"
        "第三条 报名时间为8月20日至9月5日，每日9:00至16:00，逾期不再受理。\n"
        "第四条 每学期学费如下：\n"
        "| 课程 | 每学期学费 | 课时 |\n"
        "|---|---|---|\n"
        "| 书法 | 300元 | 16次 |\n"
        "| 太极拳 | 200元 | 12次 |\n"
        "| 智能手机 | 150元 | 8次 |\n"
        "第五条 开课后2周内退课的，退还学费的80%；超过2周的不予退费。\n"
        "第六条 年满70周岁的学员学费减半。\n"
        "第七条 每班人数不少于15人方可开班，不足15人的班次取消并全额退费。\n"
    ),
    "h47_wedding_photo": (
        "映像婚纱摄影套餐服务条款\n"
        "第一条 基础套餐价格3999元，含拍摄6小时、服装3套、精修照片30张。\n"
        "第二条 拍摄时段为每日7:00至19:00；超出6小时的拍摄按每小时500元加收，不足1小时按1小时计。\n"
        "第三条 精修照片超出30张的，每加1张收费50元。\n"
        "第四条 签约时须支付定金1000元；拍摄日前30天以上取消的，定金退还50%；不足30天取消的，定金不退。\n"
        "第五条 外景地点距门店超过50公里的，超出部分按每公里3元收取交通费。\n"
        "第六条 精修照片于拍摄后15个工作日内交付，相册于选片后45天内交付。\n"
        "第七条 顾客确认选片后7天内可免费修改1次。\n"
    ),
    "h47_kiln_firing": (
        "Clayworks Studio - Kiln Firing Service Terms\n"
        "1. We fire pieces made by non-studio potters at the rates below, charged per kiln shelf.\n"
        "| Firing | Price per shelf | Turnaround |\n"
        "|---|---|---|\n"
        "| Bisque | $18 | 5 days |\n"
        "| Glaze | $24 | 7 days |\n"
        "| Raku | $40 | 2 days |\n"
        "2. One shelf holds pieces up to 30 cm tall and up to 12 kg in total.\n"
        "3. Pieces must be bone dry and dropped off between 10 am and 6 pm, Tuesday to Saturday.\n"
        "4. Studio members pay 25% less on every firing.\n"
        "5. Pieces left more than 30 days after the ready notice incur a holding fee of $5 per shelf "
        "for each further week.\n"
        "6. We do not refund pieces that crack or explode; if a piece damages a kiln shelf, a $40 "
        "replacement fee applies.\n"
        "7. Orders of more than 5 shelves at once need at least 7 days' notice.\n"
    ),
    "h47_chimney_sweep": (
        "Ashford Chimney Care - Sweep Booking Terms\n"
        "1. A standard sweep of one flue costs $95 and takes about 45 minutes; each extra flue at the "
        "same address is $60.\n"
        "2. We sweep chimneys up to 3 storeys high; taller stacks need a written quote.\n"
        "3. Appointments run from 8 am to 4 pm, Monday to Friday; Saturday visits carry a $30 surcharge.\n"
        "4. Please let the fire go out at least 12 hours before we arrive.\n"
        "5. Cancellations made less than 48 hours ahead cost $30.\n"
        "6. A camera inspection of the flue adds $45 to the visit.\n"
        "7. We recommend a sweep every 12 months, or every 6 months if the stove is used daily.\n"
        "8. Customers aged 65 and over get 10% off the standard sweep.\n"
    ),
    "h47_escape_room": (
        "LockBox Escape Rooms - Booking Rules\n"
        "1. Each room takes groups of 2 to 6 players, and a game lasts 60 minutes.\n"
        "2. Tickets are $28 per person on weekdays and $34 per person on weekends.\n"
        "3. Children under 8 are not admitted; players aged 8 to 15 must be accompanied by an adult "
        "aged 18 or over.\n"
        "4. Arrive at least 15 minutes before your slot; teams more than 10 minutes late lose that "
        "time from their game.\n"
        "5. A $50 deposit secures the booking and is deducted from the final bill.\n"
        "6. Rescheduling is free up to 24 hours before the slot; later changes forfeit the deposit.\n"
        "7. Each team gets up to 3 free hints; every extra hint adds 5 minutes to the final time.\n"
        "8. Private hire of all four rooms costs $600 for up to 24 players.\n"
    ),
})

HOLDOUT47: list[tuple] = [
    # h47_home_cleaning — hard: 20 recurs (20:00, 加收20元, 减免20%), 30 recurs (30元取消费, 30分钟迟到),
    # 3 recurs (3小时, 3天), 2 recurs (2名, 2小时); askers bring their own 90平方米, 4小时, 12小时, 40分钟
    ("h47_home_cleaning", G, "我家房子90平方米，想请保洁做4小时，要多少钱？",
     "90平方米没有超过120平方米，派1名保洁员就行；按每小时60元计，4小时是240元。", []),
    ("h47_home_cleaning", G, "明天上午的保洁我今晚想取消，离开始只剩12小时，要付钱吗？",
     "要付。服务开始前不足24小时取消的，收取30元；只有提前24小时以上取消才免费。", []),
    ("h47_home_cleaning", G, "最短能约多长时间？最少花多少钱？",
     "单次预约不少于3小时，按每小时60元计，1名保洁员最少180元。", []),
    ("h47_home_cleaning", G, "我约了3小时，保洁员迟到了40分钟，费用怎么算？",
     "迟到超过30分钟的，当次服务费减免20%；3小时按每小时60元是180元，减免36元，实付144元。", []),
    ("h47_home_cleaning", G, "打扫完我觉得不干净，还能补救吗？",
     "可以，在服务结束后3天内申请免费返工一次，返工时长不超过2小时。", []),
    ("h47_home_cleaning", MIS, "不足24小时取消预约，要收多少钱？",
     "不足24小时取消的，收取20元。", f_mis),
    ("h47_home_cleaning", CMP, "多大面积的房子需要派2名保洁员？",
     "房屋面积不足120平方米的，须派2名保洁员。", f_cmp),
    ("h47_home_cleaning", RNG, "每天几点到几点可以预约保洁服务？",
     "服务时段为每日8:00至22:00。", f_rng),
    ("h47_home_cleaning", UNIT, "10次卡的有效期是多久？",
     "10次卡有效期为12天。", f_unit),
    ("h47_home_cleaning", OFF, "10次卡卖多少钱？",
     "保洁员迟到超过30分钟的，当次服务费减免20%。", f_off),

    # h47_senior_college — hard: answers read off the fee table and combine it with 减半 and 80% refund;
    # 80 recurs (80周岁, 80%), 16 recurs (书法16次, 16:00), 12次 vs 16次; askers bring 72岁, 9月3日15点, 开课10天, 4门
    ("h47_senior_college", G, "我今年72岁，想报书法和太极拳，学费一共多少？",
     "年满70周岁学费减半：书法300元减半为150元，太极拳200元减半为100元，合计250元。", []),
    ("h47_senior_college", G, "我9月3日下午3点去报名，还来得及吗？",
     "来得及。报名时间为8月20日至9月5日，每日9:00至16:00，9月3日15:00在这个时间内。", []),
    ("h47_senior_college", G, "智能手机课一学期上几次？学费多少？",
     "智能手机课每学期学费150元，共8次课。", []),
    ("h47_senior_college", G, "太极拳开课10天后我想退课，能退多少钱？",
     "开课后2周内退课的，退还学费的80%；10天在2周以内，太极拳学费200元，可退160元。", []),
    ("h47_senior_college", G, "我想一学期报4门课，可以吗？",
     "不可以，每人每学期最多选报3门课程。", []),
    ("h47_senior_college", MIS, "书法课一学期有几次课？",
     "书法课每学期共12次。", f_mis),
    ("h47_senior_college", CMP, "一个班要多少人才能开班？",
     "每班人数不超过15人方可开班。", f_cmp),
    ("h47_senior_college", RNG, "多大年纪可以报名？",
     "年满55周岁以上的都可以报名，没有年龄上限。", f_rng),
    ("h47_senior_college", UNIT, "开课后多久之内退课还能退钱？",
     "开课后2个月内退课的，退还学费的80%。", f_unit),
    ("h47_senior_college", OFF, "太极拳一学期学费多少？",
     "每人每学期最多选报3门课程。", f_off),

    # h47_wedding_photo — hard: 50 recurs (50元/张, 50%, 50公里), 30 recurs (30张, 30天, and the asker's
    # 30公里 excess), 500 recurs as a computed figure; askers bring 7个半小时, 40张, 两个月, 80公里
    ("h47_wedding_photo", G, "我们一共拍了7个半小时，要额外付多少？",
     "超出6小时的部分是1个半小时，不足1小时按1小时计，算2小时，按每小时500元共加收1000元。", []),
    ("h47_wedding_photo", G, "我想要40张精修照片，总价是多少？",
     "基础套餐含精修照片30张，多出的10张每张50元，加收500元，总价3999元加500元为4499元。", []),
    ("h47_wedding_photo", G, "离拍摄还有两个月，我们想取消，定金能退多少？",
     "拍摄日前30天以上取消的，定金退还50%；两个月超过30天，1000元定金可退500元。", []),
    ("h47_wedding_photo", G, "外景地离门店80公里，交通费怎么算？",
     "超过50公里的部分按每公里3元收取，80公里超出30公里，交通费为90元。", []),
    ("h47_wedding_photo", G, "精修照片和相册分别多久能拿到？",
     "精修照片在拍摄后15个工作日内交付，相册在选片后45天内交付。", []),
    ("h47_wedding_photo", MIS, "精修照片超出套餐数量后，每张怎么收费？",
     "精修照片超出30张的，每加1张收费500元。", f_mis),
    ("h47_wedding_photo", CMP, "外景地点多远要另收交通费？",
     "外景地点距门店不到50公里的，就要按每公里3元另收交通费。", f_cmp),
    ("h47_wedding_photo", RNG, "一天中几点到几点可以拍摄？",
     "拍摄时段为每日7:00至22:00。", f_rng),
    ("h47_wedding_photo", UNIT, "精修照片拍完多久交付？",
     "精修照片于拍摄后15天内交付。", f_unit),
    ("h47_wedding_photo", OFF, "签约时要交多少定金？",
     "顾客确认选片后7天内可免费修改1次。", f_off),

    # h47_kiln_firing — hard: answers read off the table rows; $40 recurs (raku shelf, replacement fee),
    # 30 recurs (30 cm, 30 days), 5 and 7 recur (turnaround days, shelves, notice days, $5 fee);
    # askers bring 2 shelves, 28 cm / 9 kg, a Monday, 44 days
    ("h47_kiln_firing", G, "I'm a studio member and want 2 shelves glaze-fired. What will that cost?",
     "Glaze firing is $24 per shelf, so 2 shelves come to $48; members pay 25% less, which brings it to $36.", []),
    ("h47_kiln_firing", G, "My sculpture is 28 cm tall and weighs about 9 kg. Will it fit on one shelf?",
     "Yes. A shelf holds pieces up to 30 cm tall and up to 12 kg in total, so 28 cm and 9 kg are within both limits.", []),
    ("h47_kiln_firing", G, "How quickly do I get raku pieces back, and what does it cost?",
     "Raku firing costs $40 per shelf and has a 2-day turnaround.", []),
    ("h47_kiln_firing", G, "Can I drop my pots off on a Monday afternoon?",
     "No. Drop-off is between 10 am and 6 pm, Tuesday to Saturday, so Monday is not possible.", []),
    ("h47_kiln_firing", G, "I picked up my one shelf of bowls 44 days after the ready notice. Do I owe anything?",
     "Yes. After the first 30 days a holding fee of $5 per shelf applies for each further week; 44 days is 2 weeks past the 30, so one shelf owes $10.", []),
    ("h47_kiln_firing", MIS, "What does a bisque firing cost per shelf?",
     "A bisque firing costs $24 per shelf.", f_mis),
    ("h47_kiln_firing", CMP, "When do I need to give advance notice for an order?",
     "Orders of fewer than 5 shelves at once need at least 7 days' notice.", f_cmp),
    ("h47_kiln_firing", RNG, "What hours can I drop off work for firing?",
     "Drop-off is between 10 am and 4 pm, Tuesday to Saturday.", f_rng),
    ("h47_kiln_firing", UNIT, "How much do studio members save on firings?",
     "Studio members pay $25 less on every firing.", f_unit),
    ("h47_kiln_firing", OFF, "How long does a glaze firing take to come back?",
     "If a piece damages a kiln shelf, a $40 replacement fee applies.", f_off),

    # h47_chimney_sweep — hard: $30 recurs (Saturday surcharge, cancellation fee), 45 recurs (minutes, $45
    # camera), 12 recurs (hours, months); askers bring two flues + Saturday, age 70, a 9 am slot, a daily stove
    ("h47_chimney_sweep", G, "I have two flues and want a Saturday visit. What's the total?",
     "The first flue is $95 and the second is $60, which is $155; the $30 Saturday surcharge brings it to $185.", []),
    ("h47_chimney_sweep", G, "I'm 70. What would I pay for a single-flue sweep?",
     "Customers aged 65 and over get 10% off the standard sweep of $95, so you would pay $85.50.", []),
    ("h47_chimney_sweep", G, "My sweep is booked for 9 am on Thursday. When must my fire be out?",
     "The fire must be out at least 12 hours before the sweep arrives, so by 9 pm on Wednesday at the latest.", []),
    ("h47_chimney_sweep", G, "We use our wood stove every day. How often should it be swept?",
     "Every 6 months if the stove is used daily; otherwise the recommendation is every 12 months.", []),
    ("h47_chimney_sweep", G, "What would a standard sweep plus a camera inspection cost together?",
     "The standard sweep of one flue is $95 and the camera inspection adds $45, so $140 in total.", []),
    ("h47_chimney_sweep", MIS, "What does it cost to cancel the day before my appointment?",
     "Cancelling less than 48 hours ahead costs $45.", f_mis),
    ("h47_chimney_sweep", CMP, "How long before the visit should we let the fire go out?",
     "Let the fire go out no more than 12 hours before the sweep arrives.", f_cmp),
    ("h47_chimney_sweep", RNG, "What times can I book an appointment on weekdays?",
     "Appointments run from 8 am to 6 pm, Monday to Friday.", f_rng),
    ("h47_chimney_sweep", UNIT, "Is there a discount for older customers?",
     "Yes, customers aged 65 and over get $10 off the standard sweep.", f_unit),
    ("h47_chimney_sweep", OFF, "How tall a chimney can you sweep without a quote?",
     "Each extra flue at the same address is $60.", f_off),

    # h47_escape_room — hard: 24 recurs (24 hours, 24 players), 8 recurs (under 8, aged 8 to 15), 5 recurs
    # (5 minutes per hint, the asker's 5 players and 5 hints); the deposit must be subtracted; askers bring a
    # Saturday group of 5, a 10-year-old, a 7:30 pm slot, 52 minutes, 2 days' notice
    ("h47_escape_room", G, "We're 5 friends booking a Saturday game. How much do we pay in total, and how much on the day?",
     "Weekend tickets are $34 per person, so 5 players pay $170 in total; the $50 deposit is deducted from that, leaving $120 to pay on the day.", []),
    ("h47_escape_room", G, "Can my 10-year-old daughter play with her friends without a grown-up?",
     "No. Players aged 8 to 15 must be accompanied by an adult aged 18 or over.", []),
    ("h47_escape_room", G, "Our slot is at 7:30 pm. When should we arrive?",
     "At least 15 minutes before your slot, so by 7:15 pm.", []),
    ("h47_escape_room", G, "We used 5 hints and escaped in 52 minutes. What's our final time?",
     "The first 3 hints are free and each extra hint adds 5 minutes; your 2 extra hints add 10 minutes, giving a final time of 62 minutes.", []),
    ("h47_escape_room", G, "We need to move our booking and it's still 2 days away. Will we lose the deposit?",
     "No. Rescheduling is free up to 24 hours before the slot, and 2 days ahead is earlier than that.", []),
    ("h47_escape_room", MIS, "How much is the deposit to secure a booking?",
     "The deposit to secure a booking is $28.", f_mis),
    ("h47_escape_room", CMP, "How late can we be before we lose game time?",
     "Teams less than 10 minutes late lose that time from their game.", f_cmp),
    ("h47_escape_room", RNG, "How many players can be in one group?",
     "Each room takes groups of 2 to 8 players.", f_rng),
    ("h47_escape_room", UNIT, "What happens if we ask for a fourth hint?",
     "Every extra hint beyond the 3 free ones adds 5 seconds to the final time.", f_unit),
    ("h47_escape_room", OFF, "What does it cost to hire all four rooms privately?",
     "Rescheduling is free up to 24 hours before the slot.", f_off),
]
# HOLDOUT48: sea-fishing boat charter (zh), community senior college enrolment (zh), wedding banquet hall hire (zh), pottery studio membership (en), chimney sweeping service (en), escape room bookings (en). First run:
# benchmarks/results/grounding_holdout48_first_run.txt.
DOCS.update({
    "h48_sea_fishing_charter": (
        "海钓船包船须知\n"
        "第一条 包船分半天（4小时）和全天（8小时），半天1800元，全天3200元；每船载客不超过8人。\n"
        "第二条 每位乘客另收保险费30元；12岁以下儿童须由成人陪同，70岁以上乘客须提交健康声明。\n"
        "第三条 出航时间为5:30至17:00，浪高超过1.5米停航。\n"
        "第四条 超时每小时收费400元，不足1小时按1小时计。\n"
        "第五条 预订须付定金30%；出航前48小时以上取消全额退定金，48小时以内取消定金不退。\n"
        "第六条 每人带回渔获不超过8公斤，超出部分每公斤收处理费15元。\n"
    ),
    "h48_senior_college": (
        "社区老年大学报名简章\n"
        "第一条 招收年满55周岁的本社区居民，80周岁以上须由家属陪同报名。\n"
        "第二条 每学期16周，每周上课1次，每次90分钟。\n"
        "第三条 学费标准如下：\n"
        "| 课程 | 每学期学费 |\n"
        "|---|---|\n"
        "| 书法 | 240元 |\n"
        "| 太极拳 | 160元 |\n"
        "| 智能手机 | 90元 |\n"
        "第四条 每人每学期最多报3门课，同时报3门的学费打9折。\n"
        "第五条 报名时间为8月20日至9月5日，每日9:00至11:30。\n"
        "第六条 开课后2周内退课退还学费的80%，超过2周不予退费。\n"
        "第七条 每班人数不少于12人方可开班，每班不超过40人。\n"
    ),
    "h48_banquet_hall": (
        "宴会厅婚宴包场协议\n"
        "第一条 宴会厅可摆10至36桌，不足10桌按10桌收费。\n"
        "第二条 婚宴套餐每桌2888元起，酒水另计；自带酒水每桌收开瓶服务费200元。\n"
        "第三条 包场时段为10:30至14:30或17:30至21:30，每段4小时，超时每30分钟收费500元。\n"
        "第四条 签约时付定金20000元；婚期前90天以上取消退还定金的50%，90天以内取消定金不退。\n"
        "第五条 婚期前30天确认最终桌数，确认后减少桌数不超过2桌的不收违约金。\n"
        "第六条 订满20桌以上赠送婚房1间及免费停车位30个。\n"
    ),
    "h48_pottery_studio": (
        "Clayworks Studio Membership and Kiln Rules\n"
        "1. Membership costs $85 per month or $900 per year; members must be at least 16 years old.\n"
        "2. Open studio hours run from 10 am to 9 pm, Tuesday to Sunday. Members may book up to 3 wheel sessions per week, each lasting 2 hours.\n"
        "3. Kiln firing is charged by shelf size:\n"
        "| Shelf | Bisque | Glaze |\n"
        "|---|---|---|\n"
        "| Half shelf | $12 | $16 |\n"
        "| Full shelf | $20 | $28 |\n"
        "4. Each member receives 25 lb of clay per month; extra clay costs $3 per lb.\n"
        "5. Pieces left on the pickup shelf for more than 14 days are recycled.\n"
        "6. Cancelling a wheel session with less than 24 hours' notice counts as a used session.\n"
        "7. Members who pause their membership for up to 2 months pay $20 per month to keep their storage shelf.\n"
    ),
    "h48_chimney_sweep": (
        "Hearthside Chimney Sweeping Service Terms\n"
        "1. A standard sweep of one flue costs $145; each additional flue swept at the same visit costs $60.\n"
        "2. Appointments are offered from 8 am to 4 pm, Monday to Saturday, with a 2-hour arrival window.\n"
        "3. A camera inspection costs $95 on its own, or $60 when booked together with a sweep.\n"
        "4. Homes more than 25 miles from our depot pay a travel fee of $1.50 per mile beyond the first 25 miles.\n"
        "5. Cancellations with at least 48 hours' notice are free; later cancellations cost $40.\n"
        "6. We recommend a sweep after every 1 ton of wood burned, or at least once every 12 months.\n"
        "7. All work is guaranteed for 90 days; a repeat visit for the same fault within that period is free.\n"
    ),
    "h48_escape_room": (
        "Lockbox Escape Rooms Booking Rules\n"
        "1. Each room hosts groups of 2 to 8 players, and a game lasts 60 minutes.\n"
        "2. Prices per player are $32 Monday to Thursday and $38 Friday to Sunday. Groups of 6 or more players get 10% off.\n"
        "3. Players under 14 must play with an adult in the group; players under 10 cannot join the Crypt room.\n"
        "4. Arrive at least 15 minutes before your slot; groups more than 15 minutes late may lose the booking without a refund.\n"
        "5. Sessions start every 90 minutes, the first at 10:00 and the last at 22:00.\n"
        "6. Rescheduling is free up to 72 hours before the slot; after that a fee of $10 per player applies.\n"
        "7. Each game includes 3 free hints; every extra hint adds 5 minutes to your final time.\n"
    ),
})

HOLDOUT48: list[tuple] = [
    # h48_sea_fishing_charter — hard: 8 recurs (全天8小时 / 载客8人 / 渔获8公斤), 30 recurs (保险费30元 / 定金30%), 48小时 is a threshold both ways; askers bring 10人, 6人, 3天, 5个半小时, 11公斤
    ("h48_sea_fishing_charter", G, "我们一家10口人能包一条船出海吗？", "不能一条船坐下，每船载客不超过8人，10个人需要分两条船。", []),
    ("h48_sea_fishing_charter", G, "我们6个人包全天，船费加保险一共多少钱？", "全天包船3200元，保险费每位乘客30元，6人共180元，合计3380元。", []),
    ("h48_sea_fishing_charter", G, "全天包船付了定金，出发前3天取消能退多少？", "定金为30%，全天3200元的30%是960元；出航前48小时以上取消全额退定金，3天即72小时，超过48小时，960元可全部退回。", []),
    ("h48_sea_fishing_charter", G, "包了半天船，结果在海上待了5个半小时，超时费要多少？", "半天是4小时，超出1.5小时；不足1小时按1小时计，算2小时，每小时400元，共800元。", []),
    ("h48_sea_fishing_charter", G, "我一个人钓了11公斤鱼，想全部带回去，要另外付钱吗？", "要。每人带回渔获不超过8公斤，超出的3公斤按每公斤15元收处理费，共45元。", []),
    ("h48_sea_fishing_charter", MIS, "每位乘客的保险费是多少？", "每位乘客另收保险费15元。", f_mis),
    ("h48_sea_fishing_charter", CMP, "多大年纪的乘客要提交健康声明？", "70岁以下的乘客须提交健康声明。", f_cmp),
    ("h48_sea_fishing_charter", RNG, "每天几点到几点可以出航？", "出航时间为5:30至12:00。", f_rng),
    ("h48_sea_fishing_charter", UNIT, "要提前多久取消才能全额退定金？", "出航前48天以上取消可全额退定金。", f_unit),
    ("h48_sea_fishing_charter", OFF, "浪大的时候还会出海吗？", "包船半天1800元，全天3200元。", f_off),

    # h48_senior_college — hard: 90 recurs (每次90分钟 / 智能手机90元 / 9折), 2 recurs (2周退课线), 80 recurs (80周岁 / 退80%); answers read table rows and sum them; askers bring 82岁, 1周, two or three courses
    ("h48_senior_college", G, "我想报书法和太极拳两门，学费一共多少？", "书法每学期240元，太极拳160元，两门合计400元；同时报3门才打9折，两门不打折。", []),
    ("h48_senior_college", G, "我母亲今年82岁，她能自己去报名吗？", "不能自己报名，80周岁以上须由家属陪同报名，82岁需要家属陪同。", []),
    ("h48_senior_college", G, "我报了书法，上了1周课不想学了，能退多少钱？", "开课后2周内退课退还学费的80%，书法每学期240元，可退192元。", []),
    ("h48_senior_college", G, "一个学期下来总共上多少小时的课？", "每学期16周，每周上课1次，每次90分钟，共16次，合计24小时。", []),
    ("h48_senior_college", G, "三门课全报的话学费怎么算？", "同时报3门打9折：书法240元、太极拳160元、智能手机90元，共490元，9折后为441元。", []),
    ("h48_senior_college", MIS, "智能手机课一学期学费多少？", "智能手机课每学期160元。", f_mis),
    ("h48_senior_college", CMP, "报的人少会不会开不了班？", "每班人数不超过12人即可开班。", f_cmp),
    ("h48_senior_college", RNG, "报名时间是哪几天？", "报名时间为8月20日至9月15日。", f_rng),
    ("h48_senior_college", UNIT, "一个学期有多长？", "每学期16天。", f_unit),
    ("h48_senior_college", OFF, "开课以后想退课，怎么退费？", "每人每学期最多报3门课。", f_off),

    # h48_banquet_hall — hard: 30 recurs (每30分钟 / 婚期前30天 / 30个车位), 90天 is the cancellation line, 20 recurs (20桌 / 定金20000元), 10 is both the minimum and billed count; askers bring 8桌, 22:30, 22桌, 4个月, 15桌
    ("h48_banquet_hall", G, "我们只有8桌客人，怎么收费？套餐最低要多少钱？", "不足10桌按10桌收费，套餐每桌2888元起，所以最低按10桌计为28880元，酒水另计。", []),
    ("h48_banquet_hall", G, "晚宴从17:30开始，我们想办到22:30，超时费多少？", "晚宴时段为17:30至21:30，到22:30超出1小时，即2个30分钟，每30分钟500元，共1000元。", []),
    ("h48_banquet_hall", G, "我们订了22桌，有什么赠送吗？", "有，订满20桌以上赠送婚房1间及免费停车位30个，22桌符合条件。", []),
    ("h48_banquet_hall", G, "婚期前4个月想取消，定金能退多少？", "婚期前90天以上取消退还定金的50%；4个月超过90天，20000元定金可退10000元。", []),
    ("h48_banquet_hall", G, "我们打算自带酒水，15桌要付多少开瓶费？", "自带酒水每桌收开瓶服务费200元，15桌共3000元。", []),
    ("h48_banquet_hall", MIS, "最终桌数要提前多久确认？", "婚期前90天确认最终桌数。", f_mis),
    ("h48_banquet_hall", CMP, "确认桌数以后再减桌会收违约金吗？", "确认后减少桌数超过2桌的不收违约金。", f_cmp),
    ("h48_banquet_hall", RNG, "宴会厅最少和最多能摆多少桌？", "宴会厅可摆10至26桌。", f_rng),
    ("h48_banquet_hall", UNIT, "提前半年取消，定金能退多少？", "婚期前90天以上取消退还定金50元。", f_unit),
    ("h48_banquet_hall", OFF, "酒水怎么收费？", "签约时付定金20000元。", f_off),

    # h48_pottery_studio — hard: $20 recurs (full-shelf bisque / pause fee), 16 recurs (minimum age / half-shelf glaze), 2 recurs (2-hour sessions / 2-month pause), 3 recurs (3 sessions / $3 per lb); answers read the table and compute yearly vs monthly; askers bring 31 lb and a 15-year-old
    ("h48_pottery_studio", G, "I want to bisque-fire and then glaze a full shelf of bowls. What will the firing cost me?", "A full shelf costs $20 for the bisque firing and $28 for the glaze firing, so $48 in total.", []),
    ("h48_pottery_studio", G, "Is the yearly membership cheaper than paying month by month?", "Yes. Twelve months at $85 per month come to $1,020, while a year costs $900, so you save $120.", []),
    ("h48_pottery_studio", G, "I went through 31 lb of clay this month. Do I owe anything extra?", "Yes. You get 25 lb of clay per month, so the extra 6 lb at $3 per lb cost $18.", []),
    ("h48_pottery_studio", G, "My daughter is 15. Can she become a member?", "Not yet: members must be at least 16 years old.", []),
    ("h48_pottery_studio", G, "How much wheel time can I get in a week?", "You can book up to 3 wheel sessions per week of 2 hours each, so at most 6 hours, during open studio hours from 10 am to 9 pm, Tuesday to Sunday.", []),
    ("h48_pottery_studio", MIS, "How much do I pay to keep my shelf while my membership is paused?", "You pay $28 per month to keep your storage shelf.", f_mis),
    ("h48_pottery_studio", CMP, "How old do you have to be to join?", "Members must be 16 years old or younger.", f_cmp),
    ("h48_pottery_studio", RNG, "When is the open studio?", "Open studio hours run from 10 am to 5 pm, Tuesday to Sunday.", f_rng),
    ("h48_pottery_studio", UNIT, "How long do you keep finished pieces on the pickup shelf?", "Pieces left on the pickup shelf for more than 14 weeks are recycled.", f_unit),
    ("h48_pottery_studio", OFF, "What happens if I cancel my wheel session on the same morning?", "Each member receives 25 lb of clay per month.", f_off),

    # h48_chimney_sweep — hard: $60 recurs (extra flue / bundled inspection), 25 miles is both threshold and free allowance, 2 recurs (2-hour window), 12 months vs 90 days; askers bring two flues, 32 miles, a day's notice
    ("h48_chimney_sweep", G, "My house has two flues. What will sweeping both cost?", "The first flue costs $145 and the additional flue swept at the same visit costs $60, so $205 for both.", []),
    ("h48_chimney_sweep", G, "I live 32 miles from your depot. What's the travel fee?", "The fee is charged only on the miles beyond the first 25, so 7 miles at $1.50 per mile, which is $10.50.", []),
    ("h48_chimney_sweep", G, "If I add a camera inspection to a sweep of one flue, what's the total?", "The sweep costs $145 and the inspection costs $60 when booked with a sweep, instead of $95 on its own, so $205 in all.", []),
    ("h48_chimney_sweep", G, "Can I cancel the day before without being charged?", "No. Free cancellation needs at least 48 hours' notice; one day is only 24 hours, so the $40 cancellation fee applies.", []),
    ("h48_chimney_sweep", G, "How often should I have the chimney swept?", "After every 1 ton of wood burned, or at least once every 12 months.", []),
    ("h48_chimney_sweep", MIS, "How much does a camera inspection cost on its own?", "A camera inspection on its own costs $40.", f_mis),
    ("h48_chimney_sweep", CMP, "Which homes have to pay the travel fee?", "Homes less than 25 miles from the depot pay the travel fee.", f_cmp),
    ("h48_chimney_sweep", RNG, "What times can I book an appointment?", "Appointments are offered from 8 am to 6 pm, Monday to Saturday.", f_rng),
    ("h48_chimney_sweep", UNIT, "How long is your work guaranteed?", "All work is guaranteed for 90 weeks.", f_unit),
    ("h48_chimney_sweep", OFF, "How much does a standard sweep of one flue cost?", "Appointments come with a 2-hour arrival window.", f_off),

    # h48_escape_room — hard: 10 recurs (10% discount / under 10 / $10 fee), 15 recurs (arrive 15 minutes early / 15 minutes late), 6 is the discount threshold, weekday vs weekend prices; askers bring 5 players on Saturday, 6 on Tuesday, a 12-year-old, 9 players, 5 hints
    ("h48_escape_room", G, "Five of us want to play on a Saturday. What's the total?", "Friday to Sunday costs $38 per player, so 5 players pay $190; the 10% discount starts at 6 players, so it does not apply.", []),
    ("h48_escape_room", G, "We're a group of 6 on a Tuesday. What do we pay with the discount?", "Tuesday is $32 per player, so 6 players come to $192; groups of 6 or more get 10% off, which brings it to $172.80.", []),
    ("h48_escape_room", G, "My 12-year-old wants to come along. Are there any restrictions?", "Players under 14 must play with an adult in the group, so she needs an adult with her; at 12 she may still join the Crypt room, which is closed only to players under 10.", []),
    ("h48_escape_room", G, "Can a group of 9 friends book one room together?", "No, each room hosts groups of 2 to 8 players.", []),
    ("h48_escape_room", G, "We ended up using 5 hints. What does that do to our time?", "Each game includes 3 free hints, so the 2 extra hints add 5 minutes each, 10 minutes in total, to your final time.", []),
    ("h48_escape_room", MIS, "What's the fee for rescheduling late?", "A late reschedule costs $38 per player.", f_mis),
    ("h48_escape_room", CMP, "How early do we need to arrive?", "Arrive at most 15 minutes before your slot.", f_cmp),
    ("h48_escape_room", RNG, "When do sessions run?", "Sessions start every 90 minutes, the first at 10:00 and the last at 20:00.", f_rng),
    ("h48_escape_room", UNIT, "What discount do bigger groups get?", "Groups of 6 or more players get $10 off.", f_unit),
    ("h48_escape_room", OFF, "How long does a game last?", "Players under 10 cannot join the Crypt room.", f_off),
]
# HOLDOUT49: 县城乡居民养老保险 / 手机维修店保修 / 家政日常保洁收费 / horse-riding school / drink container deposit scheme / locksmith callout charges. First run:
# benchmarks/results/grounding_holdout49_first_run.txt.
DOCS.update({
    "h49_rural_pension": (
        "某县城乡居民养老保险细则\n"
        "第一条 年满16周岁、不满60周岁的非在校学生可以参保。\n"
        "第二条 缴费档次如下表，缴费期为每年1月1日至12月31日。\n"
        "| 档次 | 年缴费 | 政府补贴 |\n"
        "|---|---|---|\n"
        "| 一档 | 200元 | 30元 |\n"
        "| 二档 | 500元 | 60元 |\n"
        "| 三档 | 1000元 | 80元 |\n"
        "第三条 累计缴费满15年且年满60周岁的，可以按月领取养老金。\n"
        "第四条 基础养老金每人每月150元；年满80周岁的，每月另加30元。\n"
        "第五条 个人账户养老金每月按账户储存额除以139计发。\n"
        "第六条 领取人死亡的，家属应在30日内办理注销，多领的金额须退还。\n"
    ),
    "h49_phone_repair": (
        "某手机维修店保修条款\n"
        "一、更换屏幕保修90天，更换电池保修180天，主板维修保修30天。\n"
        "二、保修期内同一故障免费返修，但人为摔落、进水造成的故障不在保修范围内。\n"
        "三、检测费50元，检测后在本店维修的免收检测费。\n"
        "四、维修费超过300元的，须先预付维修费的30%作为定金。\n"
        "五、维修完成后超过15天未取机的，自第16天起每天收取保管费5元，保管费最高不超过100元。\n"
        "六、营业时间为每天9:30至21:00；加急维修加收50元，2小时内完成。\n"
    ),
    "h49_home_cleaning": (
        "某家政公司日常保洁收费标准\n"
        "第一条 日常保洁每小时45元，每次最少预约3小时。\n"
        "第二条 住房面积在120平方米以上的，每次另加收30元。\n"
        "第三条 深度保洁按面积计价，每平方米8元，起步价400元。\n"
        "第四条 服务时间为8:00至18:00；18:00以后上门的，每小时加收15元。\n"
        "第五条 提前24小时以上取消的免费；不足24小时取消的，收取订单金额的20%。\n"
        "第六条 包月服务每月8次，每次3小时，月费980元。\n"
        "第七条 损坏物品的，按实际价值赔偿，单次最高赔偿2000元。\n"
    ),
    "h49_riding_school": (
        "Meadowbrook Riding School: Lesson Terms\n"
        "1. Riders must be at least 6 years old; riders under 16 need a parent's signed consent.\n"
        "2. Group lessons last 45 minutes and cost $40; private lessons last 30 minutes and cost $55.\n"
        "3. A block of 10 group lessons costs $360 and must be used within 16 weeks.\n"
        "4. Riders over 90 kg may ride only the school's larger horses and must book at least 48 hours ahead.\n"
        "5. Lessons run from 8 am to 6 pm, Tuesday to Sunday.\n"
        "6. Cancellations made at least 24 hours before a lesson are refunded in full; later cancellations get 50% back.\n"
        "7. Helmets are lent free; riding boots can be hired for $5 per lesson.\n"
    ),
    "h49_bottle_deposit": (
        "Greenvale Drink Container Deposit Scheme\n"
        "1. Cans and plastic bottles from 150 ml up to 1 litre carry a 10-cent deposit; plastic bottles over 1 litre carry a 25-cent deposit.\n"
        "2. Glass bottles carry a 20-cent deposit regardless of size.\n"
        "3. Return points accept up to 500 containers per person per day.\n"
        "4. Refunds over $20 are paid by bank transfer within 3 working days; smaller refunds are paid in cash.\n"
        "5. Containers must be empty, uncrushed and have a readable label.\n"
        "6. Return machines are open from 7 am to 10 pm daily.\n"
        "7. Charities registered with the scheme get an extra 2 cents per container.\n"
    ),
    "h49_locksmith": (
        "Keystone Locksmiths: Callout Charges\n"
        "1. The callout fee depends on when we arrive:\n"
        "| Arrival time | Callout fee |\n"
        "|---|---|\n"
        "| Weekdays, 8 am to 6 pm | $60 |\n"
        "| Weekdays, 6 pm to 11 pm | $90 |\n"
        "| Weekends and public holidays, 8 am to 11 pm | $120 |\n"
        "| Any day, 11 pm to 8 am | $150 |\n"
        "2. The first 30 minutes of labour are included in the callout fee; after that, labour is $25 per 15 minutes.\n"
        "3. We aim to arrive within 60 minutes in the city and within 90 minutes elsewhere.\n"
        "4. Key cutting costs $6 per key; orders of 5 or more keys cost $5 per key.\n"
        "5. Replacement locks carry a 12-month guarantee; fitting work carries a 90-day guarantee.\n"
        "6. Pensioners aged 65 or over get 15% off labour, but not off callout fees.\n"
    ),
})

HOLDOUT49: list[tuple] = [
    # h49_rural_pension — hard: 30 recurs (一档补贴30元 / 80岁加发30元 / 注销30日), 60 recurs (二档补贴60元 / 60周岁), 80 recurs (三档补贴80元 / 80周岁); askers bring 82岁、45岁、27800元; answers read table rows and combine 第三条 with the 参保 age
    ("h49_rural_pension", G, "我选每年交500元那一档，政府每年给我补多少？", "选二档、每年缴费500元的，政府补贴60元。", []),
    ("h49_rural_pension", G, "我每年交1000元，连政府补贴一起算，一年一共进账多少？", "三档年缴费1000元，政府补贴80元，1000元加80元，一年共1080元。", []),
    ("h49_rural_pension", G, "我爷爷今年82岁了，他每月的基础养老金是多少？", "基础养老金每人每月150元，年满80周岁的每月另加30元；爷爷82岁，每月基础养老金为150元加30元，共180元。", []),
    ("h49_rural_pension", G, "我45岁才开始交，最早多大能按月领养老金？", "要累计缴费满15年且年满60周岁才能按月领取；从45岁起连续缴费，到60周岁时正好缴满15年，最早60周岁可以按月领取。", []),
    ("h49_rural_pension", G, "个人账户那部分每月发多少？比如我账户里存了27800元。", "个人账户养老金每月按账户储存额除以139计发，27800元除以139等于200元，每月200元。", []),
    ("h49_rural_pension", MIS, "选每年200元那一档，政府补贴多少？", "一档年缴费200元，政府补贴60元。", f_mis),
    ("h49_rural_pension", CMP, "老人多大年纪起每月能多领30元？", "不满80周岁的，每月另加30元。", f_cmp),
    ("h49_rural_pension", RNG, "一年里什么时候可以缴费？", "缴费期为每年1月1日至6月30日。", f_rng),
    ("h49_rural_pension", UNIT, "要交够多长时间才能按月领养老金？", "累计缴费满15个月且年满60周岁的，可以按月领取养老金。", f_unit),
    ("h49_rural_pension", OFF, "年满80周岁的老人有什么额外待遇？", "选三档每年缴费1000元的，政府补贴80元。", f_off),

    # h49_phone_repair — hard: 50元 recurs (检测费 / 加急费), 30 recurs (主板保修30天 / 30%定金), 90/180天 two warranties, 15天 and 第16天; askers bring a 400元 quote, a pickup on day 20, a 3 pm drop-off, a dropped phone
    ("h49_phone_repair", G, "修主板报价400元，我得先交多少定金？", "维修费超过300元的须先预付30%作为定金，400元的30%是120元，需先交120元定金。", []),
    ("h49_phone_repair", G, "手机修好后我第20天才去取，要交多少保管费？", "维修完成后超过15天未取机的，自第16天起每天收5元；第16天到第20天共5天，5天乘5元为25元，没有超过100元的上限，要交25元。", []),
    ("h49_phone_repair", G, "只检测不修要花钱吗？检测完接着在店里修呢？", "检测费50元，所以只检测不修要付50元；检测后在本店维修的免收检测费。", []),
    ("h49_phone_repair", G, "我下午3点送去加急修，最晚几点能拿到？要多付多少？", "加急维修2小时内完成，下午3点送修最晚下午5点可以取，加急另加收50元。", []),
    ("h49_phone_repair", G, "换屏才一个月，手机摔了一下屏幕又裂了，能免费修吗？", "不能免费。虽然更换屏幕保修90天，一个月还在保修期内，但人为摔落造成的故障不在保修范围内。", []),
    ("h49_phone_repair", MIS, "主板修完保修多久？", "主板维修保修90天。", f_mis),
    ("h49_phone_repair", CMP, "维修费多少的时候要先交定金？", "维修费不超过300元的，须先预付维修费的30%作为定金。", f_cmp),
    ("h49_phone_repair", RNG, "店里每天几点开门、几点关门？", "营业时间为每天9:30至18:00。", f_rng),
    ("h49_phone_repair", UNIT, "修得比较贵的话定金要交多少？", "维修费超过300元的，须先预付30元作为定金。", f_unit),
    ("h49_phone_repair", OFF, "拿手机去检测要收费吗？", "加急维修加收50元，2小时内完成。", f_off),

    # h49_home_cleaning — hard: 3小时 recurs (最少预约 / 包月每次), 8 recurs (8元每平方米 / 8:00 / 每月8次), 24 recurs (取消时限24小时 / 包月8×3=24小时), 15元夜间加价; askers bring 100平、4小时、40平、300元订单、晚上7点
    ("h49_home_cleaning", G, "我家100平，请阿姨做4小时日常保洁多少钱？", "日常保洁每小时45元，4小时是180元；100平方米不到120平方米，不用另加30元，一共180元。", []),
    ("h49_home_cleaning", G, "40平的小公寓做深度保洁要多少钱？", "深度保洁每平方米8元，40平方米是320元，低于起步价400元，所以按400元收取。", []),
    ("h49_home_cleaning", G, "包月的话一个月总共能做多少小时？", "包月服务每月8次，每次3小时，8乘3共24小时，月费980元。", []),
    ("h49_home_cleaning", G, "我订了一单300元的保洁，开始前12小时取消要扣多少钱？", "不足24小时取消的收取订单金额的20%，12小时不足24小时，300元的20%是60元，要扣60元。", []),
    ("h49_home_cleaning", G, "晚上7点能上门做保洁吗？价格一样吗？", "正常服务时间为8:00至18:00；晚上7点在18:00以后，18:00以后上门的每小时加收15元，即每小时45元再加15元。", []),
    ("h49_home_cleaning", MIS, "房子超过120平，每次要多付多少？", "住房面积在120平方米以上的，每次另加收15元。", f_mis),
    ("h49_home_cleaning", CMP, "日常保洁一次至少要约几个小时？", "日常保洁每次最多预约3小时。", f_cmp),
    ("h49_home_cleaning", RNG, "平时的服务时间是几点到几点？", "服务时间为8:00至20:00。", f_rng),
    ("h49_home_cleaning", UNIT, "要提前多久取消才不收费？", "提前24天以上取消的免费。", f_unit),
    ("h49_home_cleaning", OFF, "阿姨打坏了东西最多赔多少？", "深度保洁按面积计价，每平方米8元，起步价400元。", f_off),

    # h49_riding_school — hard: 16 recurs (consent age / block validity in weeks), $40 recurs (group price / block saving), 30 vs 45 minutes, 24 vs 48 hours, $5 boots; askers bring a 12-year-old, 95 kg, a cancellation 10 hours ahead, 3 lessons with boots
    ("h49_riding_school", G, "How much do I save by buying the block of 10 instead of paying for 10 group lessons one by one?", "Ten group lessons at $40 each cost $400, while the block of 10 costs $360, so you save $40.", []),
    ("h49_riding_school", G, "My son is 12. Can he take lessons, and is there anything we have to sign?", "Yes. Riders must be at least 6 years old, so he can ride, and because he is under 16 he needs a parent's signed consent.", []),
    ("h49_riding_school", G, "I weigh 95 kg. Which horses can I ride and how early do I have to book?", "Since you are over 90 kg, you may ride only the school's larger horses and must book at least 48 hours ahead.", []),
    ("h49_riding_school", G, "I have to cancel a $55 private lesson 10 hours before it starts. How much do I get back?", "Only cancellations made at least 24 hours before are refunded in full; 10 hours before is later than that, so you get 50% back: half of $55 is $27.50.", []),
    ("h49_riding_school", G, "What do 3 group lessons cost if I hire boots each time?", "Each group lesson costs $40 and boots are $5 per lesson, so each lesson is $45 and 3 lessons come to $135.", []),
    ("h49_riding_school", MIS, "How long is a private lesson?", "A private lesson lasts 45 minutes.", f_mis),
    ("h49_riding_school", CMP, "When do I get a full refund if I cancel?", "Cancellations made at most 24 hours before a lesson are refunded in full.", f_cmp),
    ("h49_riding_school", RNG, "What hours are lessons held?", "Lessons run from 8 am to 4 pm, Tuesday to Sunday.", f_rng),
    ("h49_riding_school", UNIT, "How long do I have to use up a block of 10 group lessons?", "A block of 10 group lessons must be used within 16 months.", f_unit),
    ("h49_riding_school", OFF, "Do I need to bring my own helmet?", "Group lessons last 45 minutes and cost $40.", f_off),

    # h49_bottle_deposit — hard: 10 recurs (10-cent deposit / 10 pm), 20 recurs (20-cent glass deposit / $20 refund threshold), 25-cent vs 2-cent charity bonus, 500 ml vs 500 containers; askers bring 40 cans + 6 two-litre bottles, a $35 refund, a 330 ml glass bottle, 300 bottles for a charity, 600 bottles at once
    ("h49_bottle_deposit", G, "I'm returning 40 cans and 6 two-litre plastic soda bottles. How much will I get?", "Cans carry a 10-cent deposit, so 40 cans give $4.00; plastic bottles over 1 litre carry 25 cents, so 6 of them give $1.50; $5.50 in total.", []),
    ("h49_bottle_deposit", G, "My refund comes to $35. Will I be paid in cash?", "No. Refunds over $20 are paid by bank transfer within 3 working days; only smaller refunds are paid in cash.", []),
    ("h49_bottle_deposit", G, "Is there a deposit on a small 330 ml glass beer bottle?", "Yes. Glass bottles carry a 20-cent deposit regardless of size, so a 330 ml one carries 20 cents.", []),
    ("h49_bottle_deposit", G, "Our registered charity is returning 300 plastic water bottles of 500 ml. How much do we get?", "Each 500 ml plastic bottle carries a 10-cent deposit and registered charities get an extra 2 cents per container, so 12 cents x 300 = $36, which as it is over $20 is paid by bank transfer.", []),
    ("h49_bottle_deposit", G, "Can I hand in 600 containers in one go on Saturday?", "Not all on the same day: return points accept up to 500 containers per person per day, so the remaining 100 would have to be returned on another day.", []),
    ("h49_bottle_deposit", MIS, "What is the deposit on a plastic bottle larger than 1 litre?", "Plastic bottles over 1 litre carry a 20-cent deposit.", f_mis),
    ("h49_bottle_deposit", CMP, "Which refunds are paid by bank transfer?", "Refunds under $20 are paid by bank transfer within 3 working days.", f_cmp),
    ("h49_bottle_deposit", RNG, "What sizes of can and plastic bottle carry the 10-cent deposit?", "Cans and plastic bottles from 150 ml up to 2 litres carry a 10-cent deposit.", f_rng),
    ("h49_bottle_deposit", UNIT, "How long does a bank transfer refund take to arrive?", "Refunds over $20 are paid by bank transfer within 3 weeks.", f_unit),
    ("h49_bottle_deposit", OFF, "When are the return machines open?", "Return points accept up to 500 containers per person per day.", f_off),

    # h49_locksmith — hard: 90 recurs ($90 evening fee / 90 minutes arrival / 90-day fitting guarantee), 60 recurs ($60 fee / 60 minutes), 15 recurs (15-minute blocks / 15% off), $5 vs $6 keys; askers bring an 8 pm Wednesday job of 1 hour, 4 and 6 keys, a 2 am Sunday lockout, age 70, a lock failing after 4 months
    ("h49_locksmith", G, "You arrive at 8 pm on a Wednesday and the job takes 1 hour. What will I pay?", "A weekday arrival between 6 pm and 11 pm has a $90 callout fee, which includes the first 30 minutes; the other 30 minutes are two 15-minute blocks at $25, i.e. $50, so the bill is $140.", []),
    ("h49_locksmith", G, "How much for 4 spare keys, and how much for 6?", "Keys cost $6 each, so 4 keys are $24; orders of 5 or more keys cost $5 per key, so 6 keys are $30.", []),
    ("h49_locksmith", G, "I'm locked out at 2 am on a Sunday. What is the callout fee?", "2 am falls in the 11 pm to 8 am band, which applies on any day, so the callout fee is $150.", []),
    ("h49_locksmith", G, "I'm 70. Does my pensioner discount come off the whole bill?", "No. Pensioners aged 65 or over get 15% off labour only; the callout fee is not discounted.", []),
    ("h49_locksmith", G, "The replacement lock you fitted broke after 4 months. Is the lock still under guarantee?", "Yes. Replacement locks carry a 12-month guarantee, so at 4 months the lock is still covered, although the 90-day guarantee on the fitting work has run out.", []),
    ("h49_locksmith", MIS, "What is the callout fee on a weekday afternoon?", "A weekday callout between 8 am and 6 pm costs $90.", f_mis),
    ("h49_locksmith", CMP, "Who can get the pensioner discount?", "Pensioners under 65 get 15% off labour.", f_cmp),
    ("h49_locksmith", RNG, "When does the $90 weekday callout fee apply?", "The $90 callout fee applies on weekdays from 6 pm to 9 pm.", f_rng),
    ("h49_locksmith", UNIT, "How long is the guarantee on fitting work?", "Fitting work carries a 90-week guarantee.", f_unit),
    ("h49_locksmith", OFF, "How much does it cost to have a key cut?", "The first 30 minutes of labour are included in the callout fee.", f_off),
]
# HOLDOUT50: township flood relief payments (zh), community centre room hire (zh), school uniform exchange (zh), beekeeping course (en), photo booth rental (en), window-cleaning contract (en). First run:
# benchmarks/results/grounding_holdout50_first_run.txt.
DOCS.update({
    "h50_flood_relief": (
        "青石镇洪涝受灾群众救助金发放办法\n"
        "第一条 住房倒塌的家庭，每户补助20000元；住房严重损坏的家庭，每户补助8000元。\n"
        "第二条 因灾转移安置的人员，按每人每天30元发放生活补助，最长发放30天。\n"
        "第三条 农作物绝收面积超过5亩的农户，按绝收面积每亩补助300元，单户最高3000元。\n"
        "第四条 年满70周岁以上的受灾老人，另发一次性慰问金500元。\n"
        "第五条 申请须在灾后15个工作日内向村委会提交，镇政府在收到材料后10个工作日内审核完毕。\n"
        "第六条 救助金于每月5日至10日通过惠农卡发放。\n"
    ),
    "h50_hall_hire": (
        "和平里社区活动中心场地租用规定\n"
        "第一条 场地收费标准如下：\n"
        "| 场地 | 容纳人数 | 每小时费用 |\n"
        "|---|---|---|\n"
        "| 多功能厅 | 80人 | 120元 |\n"
        "| 会议室 | 20人 | 50元 |\n"
        "| 舞蹈室 | 30人 | 80元 |\n"
        "第二条 单次租用不少于2小时，不超过6小时。\n"
        "第三条 开放时间为每日8:00至21:00。\n"
        "第四条 本社区居民凭居住证享受8折优惠；60周岁以上老人组织的公益活动免收场地费。\n"
        "第五条 须提前3天预约，并交纳押金200元，活动结束后检查无损坏的全额退还。\n"
        "第六条 预约后取消的，提前24小时以上通知的不收费，不足24小时的扣除押金的50%。\n"
    ),
    "h50_uniform_exchange": (
        "实验小学校服循环置换站规则\n"
        "一、置换站每周三15:30至17:30开放，寒暑假期间停止开放。\n"
        "二、捐赠的校服须清洗干净，破损面积不超过3平方厘米，穿着时间不超过2年。\n"
        "三、每捐赠1件校服可换取1张积分券；领取夏装1件需1张券，冬装外套1件需3张券。\n"
        "四、没有积分券的家长可按原价的30%购买，夏装原价60元，冬装外套原价180元。\n"
        "五、每名学生每学期最多置换5件。\n"
        "六、领取的校服7天内发现尺码不合适，可凭小票调换1次。\n"
    ),
    "h50_beekeeping_course": (
        "Hillside Apiary Beginner Beekeeping Course - Terms\n"
        "1. The course runs for 6 Saturdays, from 9:00 am to 12:30 pm, starting on Saturday 4 May.\n"
        "2. The fee is $240 per person; members of the county beekeepers' association pay $180.\n"
        "3. Participants must be at least 16 years old; those aged 12 to 15 may attend with a paying adult.\n"
        "4. Each class is limited to 12 participants.\n"
        "5. A protective suit can be hired for $30 for the whole course, with a $50 refundable deposit per suit.\n"
        "6. Cancellations made at least 14 days before the first session receive a full refund; "
        "cancellations within 14 days receive 50%.\n"
        "7. Each graduate may buy a starter hive with a queen for $180, collectable within 30 days of the last session.\n"
    ),
    "h50_photo_booth": (
        "SnapBox Photo Booth Rental - Price List and Terms\n"
        "1. Packages:\n"
        "| Package | Hours | Price | Prints included |\n"
        "|---|---|---|---|\n"
        "| Basic | 2 | $350 | 200 |\n"
        "| Party | 4 | $600 | 400 |\n"
        "| Gala | 6 | $850 | unlimited |\n"
        "2. Extra time is $120 per hour, booked in whole hours.\n"
        "3. Extra prints on Basic and Party packages cost $0.50 each.\n"
        "4. A 25% deposit secures the date; the balance is due 7 days before the event.\n"
        "5. Setup takes 60 minutes and is free within 25 miles of our studio; beyond 25 miles, travel costs $2 per extra mile.\n"
        "6. Events can be held from 10 am to 11 pm, 7 days a week.\n"
        "7. Cancellations made at least 30 days before the event lose only the deposit.\n"
    ),
    "h50_window_cleaning": (
        "ClearView Window Cleaning - Residential Service Agreement\n"
        "1. Exterior windows are cleaned every 4 weeks; interior cleaning is available every 12 weeks at an extra $25 per visit.\n"
        "2. The standard visit fee is $45 for homes with up to 20 windows; each window above 20 costs $2.\n"
        "3. Visits take place Monday to Friday between 8:00 am and 4:00 pm.\n"
        "4. Windows above the second floor, or higher than 6 metres, are cleaned with a water-fed pole at no extra charge.\n"
        "5. If rain exceeds 5 mm in the morning, the visit is moved within 3 working days.\n"
        "6. Invoices are payable within 14 days; late payments incur a 5% fee.\n"
        "7. The agreement runs for 12 months and either party may end it with 30 days' written notice.\n"
    ),
})

HOLDOUT50: list[tuple] = [
    # h50_flood_relief — hard: 30 is both 元/天 and the 30-day cap, 10 is both 工作日 and the 10日 payday, 5 is both 亩 and 5日, 300 vs 3000; askers bring 12天/4口 and 8亩
    ("h50_flood_relief", G, "我家因灾被转移安置了12天，一家4口能领多少生活补助？",
     "转移安置人员按每人每天30元发放生活补助，4人×12天×30元=1440元；12天没有超过最长发放30天的期限。", []),
    ("h50_flood_relief", G, "我家有8亩庄稼全部绝收，能拿到多少补助？",
     "绝收面积超过5亩的农户按绝收面积每亩补助300元，8亩×300元=2400元，没有超过单户最高3000元的上限。", []),
    ("h50_flood_relief", G, "房子被冲塌了，家里还有一位75岁的老人，总共能领多少？",
     "住房倒塌的家庭每户补助20000元；年满70周岁以上的受灾老人另发一次性慰问金500元，合计20500元。", []),
    ("h50_flood_relief", G, "救助申请最晚什么时候交？交了以后多久审完？",
     "须在灾后15个工作日内向村委会提交申请，镇政府收到材料后10个工作日内审核完毕。", []),
    ("h50_flood_relief", G, "批下来的救助金什么时候、通过什么方式发？",
     "救助金于每月5日至10日通过惠农卡发放。", []),
    ("h50_flood_relief", MIS, "住房严重损坏的家庭每户补助多少？",
     "住房严重损坏的家庭，每户补助20000元。", f_mis),
    ("h50_flood_relief", CMP, "农作物绝收多少亩才能领补助？",
     "农作物绝收面积不超过5亩的农户可以领取每亩300元的补助。", f_cmp),
    ("h50_flood_relief", RNG, "救助金每月哪几天发放？",
     "救助金于每月5日至20日通过惠农卡发放。", f_rng),
    ("h50_flood_relief", UNIT, "镇政府审核救助申请需要多长时间？",
     "镇政府在收到材料后10天内审核完毕。", f_unit),
    ("h50_flood_relief", OFF, "转移安置人员的生活补助标准是多少？",
     "年满70周岁以上的受灾老人，另发一次性慰问金500元。", f_off),

    # h50_hall_hire — hard: 80 is both a capacity and a 舞蹈室 price (and 8折/8:00), 20 is a capacity, 200 the deposit, 50 both 元/小时 and 50%, 2 and 24 recur; askers bring 3小时, 25人, a late cancellation
    ("h50_hall_hire", G, "我是本社区居民，想租多功能厅办3小时的活动，要付多少钱？",
     "多功能厅每小时120元，3小时是360元；本社区居民凭居住证享受8折优惠，360元×0.8=288元，另外须交纳押金200元，活动后检查无损坏全额退还。", []),
    ("h50_hall_hire", G, "我们有25个人开会，租会议室够坐吗？",
     "不够，会议室只能容纳20人；舞蹈室可容纳30人，每小时80元，多功能厅可容纳80人，每小时120元。", []),
    ("h50_hall_hire", G, "一次最多能连续租几个小时？最早几点可以进场？",
     "单次租用不超过6小时；活动中心每日8:00至21:00开放，所以最早8:00可以使用。", []),
    ("h50_hall_hire", G, "我预约了舞蹈室，活动开始前不到24小时才通知取消，要损失多少钱？",
     "不足24小时通知取消的扣除押金的50%，押金为200元，所以扣除100元。", []),
    ("h50_hall_hire", G, "我们老年合唱队（都是60多岁）搞公益演出，租场地要钱吗？要提前多久订？",
     "60周岁以上老人组织的公益活动免收场地费，但仍须提前3天预约，并交纳押金200元。", []),
    ("h50_hall_hire", MIS, "舞蹈室每小时多少钱？",
     "舞蹈室每小时120元。", f_mis),
    ("h50_hall_hire", CMP, "单次租用最短要租多久？",
     "单次租用不超过2小时。", f_cmp),
    ("h50_hall_hire", RNG, "活动中心每天几点开放到几点？",
     "开放时间为每日8:00至18:00。", f_rng),
    ("h50_hall_hire", UNIT, "取消预约要提前多久通知才不收费？",
     "提前24天以上通知的不收费。", f_unit),
    ("h50_hall_hire", OFF, "会议室最多能容纳多少人？",
     "本社区居民凭居住证享受8折优惠。", f_off),

    # h50_uniform_exchange — hard: 30 is both 30% and the :30 in the opening hours, 3 is both 平方厘米 and 冬装券数, 1 recurs (券/件/调换1次), 5 is the semester cap while the asker brings 5天; askers bring 4件, 3年, a mixed purchase
    ("h50_uniform_exchange", G, "我没有积分券，想买1件冬装外套和2件夏装，一共多少钱？",
     "没有积分券可按原价的30%购买：冬装外套原价180元，180元×30%=54元；夏装原价60元，每件60元×30%=18元，2件36元；合计90元。", []),
    ("h50_uniform_exchange", G, "我捐了4件旧校服，能换一件冬装外套吗？",
     "可以。每捐赠1件校服换1张积分券，4件得4张券；冬装外套1件需3张券，换完还剩1张券，可以再领1件夏装。", []),
    ("h50_uniform_exchange", G, "孩子的校服穿了3年，洗得很干净，能拿来捐吗？",
     "不符合要求：捐赠的校服穿着时间须不超过2年，同时破损面积不超过3平方厘米。", []),
    ("h50_uniform_exchange", G, "置换站什么时候开门？暑假能去换吗？",
     "置换站每周三15:30至17:30开放，寒暑假期间停止开放，所以暑假不能去。", []),
    ("h50_uniform_exchange", G, "领回来的校服裤子小了，已经过了5天，还能换吗？",
     "可以。领取的校服7天内发现尺码不合适，可凭小票调换1次，5天还在7天之内。", []),
    ("h50_uniform_exchange", MIS, "冬装外套原价多少钱？",
     "冬装外套原价60元。", f_mis),
    ("h50_uniform_exchange", CMP, "每个学生一学期能置换几件？",
     "每名学生每学期至少置换5件。", f_cmp),
    ("h50_uniform_exchange", RNG, "置换站每周三几点开放？",
     "置换站每周三15:30至16:30开放。", f_rng),
    ("h50_uniform_exchange", UNIT, "穿了多久的校服还可以捐？",
     "穿着时间不超过2个月的校服可以捐赠。", f_unit),
    ("h50_uniform_exchange", OFF, "领一件冬装外套需要几张积分券？",
     "每名学生每学期最多置换5件。", f_off),

    # h50_beekeeping_course — hard: 180 is both the member fee and the hive price, 12 is an age, the class cap and 12:30, 14 days and 50 ($50 deposit vs 50% refund) recur, 30 is $30 and 30 days; askers bring two members, a 20-day cancellation, a 13-year-old, a date count
    ("h50_beekeeping_course", G, "My partner and I are both association members. What will the course plus suit hire cost the two of us?",
     "Members pay $180 each, so $360 for two; suit hire is $30 per suit for the whole course, $60 for two, making $420 in fees, plus a $50 refundable deposit per suit ($100 for two) that you get back.", []),
    ("h50_beekeeping_course", G, "If the first class is on 4 May, when is the last one?",
     "The course runs for 6 Saturdays starting on Saturday 4 May, so the sessions are on 4, 11, 18 and 25 May and 1 and 8 June; the last one is on 8 June.", []),
    ("h50_beekeeping_course", G, "I paid the full $240 and have to cancel 20 days before the first session. How much do I get back?",
     "Cancellations made at least 14 days before the first session receive a full refund, and 20 days is more than 14, so you get the whole $240 back.", []),
    ("h50_beekeeping_course", G, "Can my 13-year-old daughter join the course?",
     "Participants must be at least 16 years old, but those aged 12 to 15 may attend with a paying adult, so she can come if an adult enrols and pays alongside her.", []),
    ("h50_beekeeping_course", G, "How much is the starter hive and how long do I have to collect it?",
     "A starter hive with a queen costs $180 and can be collected within 30 days of the last session.", []),
    ("h50_beekeeping_course", MIS, "How much does the course cost for someone who is not an association member?",
     "Non-members pay $180 per person.", f_mis),
    ("h50_beekeeping_course", CMP, "What is the minimum age to take the course on your own?",
     "Participants must be under 16 years old.", f_cmp),
    ("h50_beekeeping_course", RNG, "What time do the Saturday classes start and finish?",
     "Classes run from 9:00 am to 2:30 pm.", f_rng),
    ("h50_beekeeping_course", UNIT, "How far ahead do I have to cancel to get a full refund?",
     "Cancellations made at least 14 hours before the first session receive a full refund.", f_unit),
    ("h50_beekeeping_course", OFF, "How many people are in each class?",
     "The fee is $240 per person; association members pay $180.", f_off),

    # h50_photo_booth — hard: 25 is both the deposit percentage and the free-setup radius, 200 prints vs the $2 per mile, 4/400 and 6 recur in the table; askers bring 5 hours, 40 miles, 300 prints, a Gala deposit
    ("h50_photo_booth", G, "We'd like the Party package but for 5 hours. What will it cost?",
     "The Party package is $600 for 4 hours; the fifth hour is extra time at $120 per hour, so the total is $720.", []),
    ("h50_photo_booth", G, "Our venue is 40 miles from your studio. Is there a travel charge?",
     "Setup is free within 25 miles; beyond 25 miles travel costs $2 per extra mile, so the 15 extra miles cost $30.", []),
    ("h50_photo_booth", G, "How much is the deposit on the Gala package, and when is the rest due?",
     "A 25% deposit secures the date: 25% of $850 is $212.50, and the remaining balance of $637.50 is due 7 days before the event.", []),
    ("h50_photo_booth", G, "We expect about 300 prints on the Basic package. What will the extra prints cost?",
     "The Basic package includes 200 prints; the 100 extra prints cost $0.50 each, so $50 on top of the $350 package.", []),
    ("h50_photo_booth", G, "Which package gives unlimited prints, and how long does it last?",
     "The Gala package: 6 hours for $850 with unlimited prints.", []),
    ("h50_photo_booth", MIS, "How many prints come with the Party package?",
     "The Party package includes 200 prints.", f_mis),
    ("h50_photo_booth", CMP, "Where is setup free of charge?",
     "Setup is free for venues more than 25 miles from the studio.", f_cmp),
    ("h50_photo_booth", RNG, "During what hours can the booth run at an event?",
     "Events can be held from 10 am to 9 pm, 7 days a week.", f_rng),
    ("h50_photo_booth", UNIT, "How much is the deposit to secure a date?",
     "A $25 deposit secures the date.", f_unit),
    ("h50_photo_booth", OFF, "What does extra time cost?",
     "Extra prints on Basic and Party packages cost $0.50 each.", f_off),

    # h50_window_cleaning — hard: 12 is both weeks and months, 5 is both mm and the 5% fee, 20 and $2 sit in one clause, 4 is weeks and 4:00 pm, 14 vs 30 days; askers bring 26 windows, a $60 late invoice, a Saturday slot, a 5-month exit
    ("h50_window_cleaning", G, "My house has 26 windows. What does a standard visit cost?",
     "The standard fee of $45 covers up to 20 windows; each window above 20 costs $2, so the 6 extra windows add $12, making $57 per visit.", []),
    ("h50_window_cleaning", G, "If I add interior cleaning, how often is it done and what does it add?",
     "Interior cleaning is available every 12 weeks at an extra $25 per visit, on top of the exterior cleaning every 4 weeks.", []),
    ("h50_window_cleaning", G, "I paid a $60 invoice late. How much do I owe now?",
     "Invoices are payable within 14 days; late payment incurs a 5% fee, which on $60 is $3, so you owe $63.", []),
    ("h50_window_cleaning", G, "Could the cleaner come on Saturday at 9 am?",
     "No, visits take place Monday to Friday between 8:00 am and 4:00 pm, so a Saturday visit is not offered.", []),
    ("h50_window_cleaning", G, "Five months in, I want to stop the service. Can I, and how?",
     "Yes. The agreement runs for 12 months, but either party may end it with 30 days' written notice, so you can stop by giving 30 days' notice in writing.", []),
    ("h50_window_cleaning", MIS, "How long do I have to pay an invoice?",
     "Invoices are payable within 30 days.", f_mis),
    ("h50_window_cleaning", CMP, "When does rain cause a visit to be moved?",
     "If morning rain is under 5 mm, the visit is moved within 3 working days.", f_cmp),
    ("h50_window_cleaning", RNG, "At what times of day do visits take place?",
     "Visits take place Monday to Friday between 8:00 am and 6:00 pm.", f_rng),
    ("h50_window_cleaning", UNIT, "How often are the exterior windows cleaned?",
     "Exterior windows are cleaned every 4 days.", f_unit),
    ("h50_window_cleaning", OFF, "Is there an extra charge for windows higher than 6 metres?",
     "Invoices are payable within 14 days; late payments incur a 5% fee.", f_off),
]
# HOLDOUT51: power-bank rental, home cleaning prices, after-school care fees, coworking membership, farm-share vegetable boxes, youth soccer registration. First run:
# benchmarks/results/grounding_holdout51_first_run.txt.
DOCS.update({
    "h51_power_bank_rental": (
        "共享充电宝租借规则\n"
        "第一条 租借后5分钟内归还免费；超过5分钟的，按每小时3元计费，不足1小时按1小时计。\n"
        "第二条 每日费用封顶30元；连续租借满7天未归还的视为买断，共收取99元（含已产生租金）。\n"
        "第三条 信用分550分以上的用户免押金租借；信用分低于550分的用户须缴纳押金99元。\n"
        "第四条 每个账户同时最多租借2台。\n"
        "第五条 归还后押金在1至3个工作日内原路退回。\n"
        "第六条 充电宝损坏的，按维修费30元至80元收取。\n"
        "第七条 会员费每月9.9元，会员每天前2小时免费，超出部分按每小时3元计费。\n"
    ),
    "h51_home_cleaning_prices": (
        "家政保洁服务收费标准\n"
        "第一条 日常保洁按房屋面积计价：\n"
        "| 房屋面积 | 单次价格 |\n"
        "|---|---|\n"
        "| 60平方米以下 | 150元 |\n"
        "| 60至120平方米 | 240元 |\n"
        "| 120平方米以上 | 每平方米2元 |\n"
        "第二条 单次服务时长不少于3小时，上门保洁员不超过2人。\n"
        "第三条 深度保洁在日常保洁价格基础上加收50%。\n"
        "第四条 预约须提前24小时；服务开始前24小时内取消的，收取违约金50元。\n"
        "第五条 服务时间为每天8:00至20:00，20:00以后每小时加收60元。\n"
        "第六条 对服务不满意的，可在服务结束后48小时内申请免费返工1次。\n"
        "第七条 一次购买10次服务套餐的，享受9折优惠。\n"
    ),
    "h51_after_school_care": (
        "阳光课后托管班收费须知\n"
        "第一条 招收6至12周岁在校小学生，每班不超过20人。\n"
        "第二条 托管时间为周一至周五15:30至18:30，托管费每月1200元。\n"
        "第三条 18:30后仍未接走的，每超过15分钟加收20元。\n"
        "第四条 同一家庭第2个孩子的托管费减免20%。\n"
        "第五条 当月请假累计超过5天的，全部请假天数按每天40元退还托管费。\n"
        "第六条 选择晚餐的另收餐费每月300元，餐费不予退还。\n"
        "第七条 新生须在每月25日前完成报名，次月1日起入托。\n"
    ),
    "h51_coworking_membership": (
        "Harbor Desk Coworking - Membership Terms\n"
        "| Plan | Monthly fee | Includes |\n"
        "|---|---|---|\n"
        "| Flex | $120 | access on 10 days per month |\n"
        "| Dedicated | $350 | own desk, 24 hours a day, 7 days a week |\n"
        "| Private office | $900 | lockable room for up to 4 people |\n"
        "1. Flex members may book the meeting room for up to 2 hours per day; each extra hour costs $15.\n"
        "2. Day passes cost $25 and are valid from 8 am to 6 pm.\n"
        "3. Each member may bring up to 2 guests per day; any additional guest pays the day-pass rate.\n"
        "4. The first 100 printed pages each month are free; after that, printing costs $0.10 per page.\n"
        "5. Members who prepay 12 months receive 10% off the monthly fee.\n"
        "6. Cancellation requires at least 30 days' written notice; the deposit of one month's fee is refunded within 14 days of leaving.\n"
        "7. Mail handling costs $10 per month for Flex members and is included in the other plans.\n"
    ),
    "h51_farm_share_boxes": (
        "Green Acre Farm Share - Subscription Rules\n"
        "1. Small boxes (about 4 kg) cost $28 per week; large boxes (about 7 kg) cost $42 per week.\n"
        "2. Boxes are delivered every Thursday between 2 pm and 7 pm; orders placed after Monday 6 pm go out the following week.\n"
        "3. Delivery is free within 15 km of the farm; beyond 15 km a $6 fee applies per delivery.\n"
        "4. Members may pause deliveries for up to 4 weeks per season at no cost.\n"
        "5. A season runs 20 weeks, from June 1 to October 19.\n"
        "6. Paying for the full season upfront saves 5%.\n"
        "7. Returning the insulated crate earns a $2 credit; a lost crate costs $6.\n"
        "8. Members over 65 and full-time students receive $3 off each weekly box.\n"
    ),
    "h51_youth_soccer_registration": (
        "Riverside Youth Soccer League - Fall Registration\n"
        "1. Open to players aged 5 to 14 on September 1.\n"
        "2. The fee is $85 for the first player in a family and $60 for each additional sibling.\n"
        "3. Registering before August 10 takes $15 off each player's fee.\n"
        "4. Teams have at most 14 players.\n"
        "5. Games are played on Saturdays from 9 am to 1 pm; each game lasts 50 minutes.\n"
        "6. Withdrawals receive a full refund until August 31 and a 50% refund until September 15; no refund is given after that.\n"
        "7. A uniform kit costs $30 and is included free for first-year players.\n"
        "8. Players who miss more than 3 practices in a row may lose their starting spot.\n"
    ),
})

HOLDOUT51: list[tuple] = [
    # h51_power_bank_rental — hard: 3 is both the hourly rate and the refund days, 30 is both the daily cap and the lowest repair fee, 99 is both deposit and buyout, 2 is both units per account and member free hours; askers bring 2.5 hours, 600 points, 3 hours
    ("h51_power_bank_rental", G, "我借了2个半小时才还，要付多少钱？", "超过5分钟就按每小时3元计费，不足1小时按1小时计，2个半小时算3小时，3小时×3元，共9元。", []),
    ("h51_power_bank_rental", G, "我的信用分是600分，借充电宝要交押金吗？", "信用分550分以上的用户免押金租借，你600分，不用交押金。", []),
    ("h51_power_bank_rental", G, "要是一直忘了还，最多会扣我多少钱？", "每日费用封顶30元，但连续租借满7天未归还就视为买断，共收取99元（含已产生的租金）。", []),
    ("h51_power_bank_rental", G, "我是会员，今天借了3小时，要付多少？", "会员每天前2小时免费，超出的1小时按每小时3元计费，所以付3元。", []),
    ("h51_power_bank_rental", G, "还了充电宝以后，押金多久能退回来？", "归还后押金在1至3个工作日内原路退回。", []),
    ("h51_power_bank_rental", MIS, "一个账户最多能同时借几台充电宝？", "每个账户同时最多可以租借3台。", f_mis),
    ("h51_power_bank_rental", CMP, "信用分多少可以免押金？", "信用分550分以下的用户可以免押金租借。", f_cmp),
    ("h51_power_bank_rental", RNG, "充电宝弄坏了要赔多少？", "按维修费30元至50元收取。", f_rng),
    ("h51_power_bank_rental", UNIT, "押金退款多长时间到账？", "归还后押金在1至3个小时内原路退回。", f_unit),
    ("h51_power_bank_rental", OFF, "会员费每月多少钱？", "每日费用封顶30元。", f_off),

    # h51_home_cleaning_prices — hard: 60 is both an area band edge and the hourly night surcharge, 50 is both the deep-clean % and the cancellation fee, 24 and 48 are both hour windows, 2 is both 元/㎡ and staff count; askers bring 90㎡, 150㎡ and a cancellation 14 hours ahead
    ("h51_home_cleaning_prices", G, "我家90平方米，做一次日常保洁多少钱？", "90平方米属于60至120平方米这一档，日常保洁单次240元。", []),
    ("h51_home_cleaning_prices", G, "我家90平方米，想做一次深度保洁，要多少钱？", "90平方米日常保洁价为240元，深度保洁在此基础上加收50%即120元，共360元。", []),
    ("h51_home_cleaning_prices", G, "约的是明天上午10点，我今晚8点取消，要付钱吗？", "服务开始前24小时内取消要收违约金50元；你取消时离服务开始只有14小时，需要付50元。", []),
    ("h51_home_cleaning_prices", G, "150平方米的房子做一次日常保洁多少钱？", "120平方米以上按每平方米2元计价，150平方米×2元，共300元。", []),
    ("h51_home_cleaning_prices", G, "一次上门来几个人、做多久？", "上门保洁员不超过2人，单次服务时长不少于3小时。", []),
    ("h51_home_cleaning_prices", MIS, "保洁需要提前多久预约？", "预约须提前48小时。", f_mis),
    ("h51_home_cleaning_prices", CMP, "一次保洁服务至少做几个小时？", "单次服务时长不超过3小时。", f_cmp),
    ("h51_home_cleaning_prices", RNG, "每天几点到几点可以上门服务？", "服务时间为每天8:00至18:00。", f_rng),
    ("h51_home_cleaning_prices", UNIT, "对服务不满意，多久内能申请返工？", "可在服务结束后48天内申请免费返工1次。", f_unit),
    ("h51_home_cleaning_prices", OFF, "临时取消预约要付违约金吗？", "一次购买10次服务套餐的，享受9折优惠。", f_off),

    # h51_after_school_care — hard: 20 is the class size, the late fee and the sibling discount %, 15 is both a clock time and the late-fee interval, 40 is the leave refund and also the computed late fee; askers bring a 19:00 pickup, two children, 8 leave days and a November start
    ("h51_after_school_care", G, "我19:00才去接孩子，要多交多少钱？", "18:30后每超过15分钟加收20元，19:00接晚了30分钟，是2个15分钟，共加收40元。", []),
    ("h51_after_school_care", G, "我家两个孩子都在托管，每月托管费一共多少？", "托管费每月1200元，第2个孩子减免20%即240元，为960元，两个孩子合计2160元。", []),
    ("h51_after_school_care", G, "孩子这个月请了8天假，能退多少钱？", "当月请假累计超过5天的，全部请假天数按每天40元退还，8天共退320元。", []),
    ("h51_after_school_care", G, "托管加上晚餐，每月一共要交多少？", "托管费每月1200元，晚餐另收餐费每月300元，合计每月1500元。", []),
    ("h51_after_school_care", G, "我想让孩子11月1日开始入托，最晚哪天要报完名？", "新生须在每月25日前完成报名、次月1日起入托，所以要在10月25日前报完名。", []),
    ("h51_after_school_care", MIS, "一个班最多收多少个孩子？", "每班不超过12人。", f_mis),
    ("h51_after_school_care", CMP, "请假几天以上才能退托管费？", "当月请假累计不满5天的，按每天40元退还托管费。", f_cmp),
    ("h51_after_school_care", RNG, "托管班每天几点到几点？", "周一至周五15:30至17:30。", f_rng),
    ("h51_after_school_care", UNIT, "晚餐怎么收费？", "选择晚餐的另收餐费每天300元，餐费不予退还。", f_unit),
    ("h51_after_school_care", OFF, "请假了能退费吗？", "托管时间为周一至周五15:30至18:30。", f_off),

    # h51_coworking_membership — hard: 2 is both meeting-room hours and guests, $15 is both the extra room hour and the computed print charge, 10 is days, % and cents, 14 days vs 12 months; askers bring 3 room hours, 250 pages, 3 guests and a prepaid year
    ("h51_coworking_membership", G, "I'm on Flex and need the meeting room for 3 hours today - what will that cost?", "Flex members can book up to 2 hours per day, and each extra hour costs $15, so the 1 extra hour costs you $15.", []),
    ("h51_coworking_membership", G, "How much is a Dedicated desk if I prepay a whole year?", "Dedicated is $350 a month, so 12 months is $4,200; prepaying 12 months gives 10% off, so you pay $3,780.", []),
    ("h51_coworking_membership", G, "How many days a month can a Flex member come in?", "The Flex plan costs $120 a month and gives access on 10 days per month.", []),
    ("h51_coworking_membership", G, "I printed 250 pages this month. What's the charge?", "The first 100 pages each month are free; the remaining 150 pages at $0.10 per page come to $15.", []),
    ("h51_coworking_membership", G, "I'm bringing 3 clients tomorrow. Do they all get in free?", "Each member may bring up to 2 guests per day, so the third client pays the day-pass rate of $25.", []),
    ("h51_coworking_membership", MIS, "What does the Private office plan cost per month?", "The Private office plan costs $350 per month.", f_mis),
    ("h51_coworking_membership", CMP, "How much notice do I have to give to cancel?", "Cancellation requires at most 30 days' written notice.", f_cmp),
    ("h51_coworking_membership", RNG, "What hours is a day pass valid?", "A day pass is valid from 8 am to 8 pm.", f_rng),
    ("h51_coworking_membership", UNIT, "How quickly is my deposit refunded after I leave?", "The deposit is refunded within 14 weeks of leaving.", f_unit),
    ("h51_coworking_membership", OFF, "How many people fit in a private office?", "Mail handling costs $10 per month for Flex members.", f_off),

    # h51_farm_share_boxes — hard: 4 is both the small box weight and the pause weeks, $6 is both the far-delivery fee and the lost-crate charge, 15 km vs 5% vs 65; askers bring 20 km, age 70, a Tuesday order and a 3-week holiday
    ("h51_farm_share_boxes", G, "I live 20 km from the farm and want a small box. What do I pay each week?", "A small box is $28 per week, and because you are beyond 15 km a $6 fee applies per delivery, so you pay $34 per week.", []),
    ("h51_farm_share_boxes", G, "What does a full season of large boxes cost if I pay upfront?", "A large box is $42 per week and a season runs 20 weeks, so $840; paying the full season upfront saves 5%, bringing it to $798.", []),
    ("h51_farm_share_boxes", G, "If I order on a Tuesday, when will my box arrive?", "Orders placed after Monday 6 pm go out the following week, so it arrives on the Thursday of the following week, between 2 pm and 7 pm.", []),
    ("h51_farm_share_boxes", G, "I'm 70. Do I get a discount on a large box?", "Yes. Members over 65 receive $3 off each weekly box, so your large box costs $39 instead of $42.", []),
    ("h51_farm_share_boxes", G, "Can I pause my deliveries while I'm away for three weeks?", "Yes. Members may pause for up to 4 weeks per season at no cost, so a 3-week pause is free.", []),
    ("h51_farm_share_boxes", MIS, "How heavy is a large box?", "A large box weighs about 4 kg.", f_mis),
    ("h51_farm_share_boxes", CMP, "Who gets the senior discount?", "Members under 65 receive $3 off each weekly box.", f_cmp),
    ("h51_farm_share_boxes", RNG, "What time do Thursday deliveries come?", "Boxes are delivered every Thursday between 2 pm and 5 pm.", f_rng),
    ("h51_farm_share_boxes", UNIT, "How long is a season?", "A season runs 20 days.", f_unit),
    ("h51_farm_share_boxes", OFF, "What happens if I lose the insulated crate?", "Delivery is free within 15 km of the farm.", f_off),

    # h51_youth_soccer_registration — hard: 14 is both the top age and the team size, 50 is both the game length and the refund %, $15 off applies per player, dates August 10 / August 31 / September 1 / September 15 are close together; askers bring two kids on August 5, a birthday on October 3 and a withdrawal on September 10
    ("h51_youth_soccer_registration", G, "I'm registering my two kids on August 5. What's the total?", "The first child is $85 and the second $60; registering before August 10 takes $15 off each player's fee, so $70 + $45 = $115.", []),
    ("h51_youth_soccer_registration", G, "My daughter turns 5 on October 3. Can she play this fall?", "Players must be aged 5 to 14 on September 1; she will still be 4 on that date, so she cannot play this season.", []),
    ("h51_youth_soccer_registration", G, "If we withdraw on September 10, how much of the $85 fee do we get back?", "After August 31 and until September 15 the refund is 50%, so you get $42.50 back.", []),
    ("h51_youth_soccer_registration", G, "My son played last year. Do we have to pay for the uniform?", "Yes. The uniform kit costs $30; it is only included free for first-year players.", []),
    ("h51_youth_soccer_registration", G, "What's the largest a team can be?", "Teams have at most 14 players.", []),
    ("h51_youth_soccer_registration", MIS, "How much does a second sibling pay?", "Each additional sibling pays $85.", f_mis),
    ("h51_youth_soccer_registration", CMP, "When could my son lose his starting spot?", "If he misses fewer than 3 practices in a row.", f_cmp),
    ("h51_youth_soccer_registration", RNG, "What ages can play in the league?", "Players aged 5 to 12 on September 1.", f_rng),
    ("h51_youth_soccer_registration", UNIT, "What refund do we get if we withdraw before September 15 but after August 31?", "A $50 refund.", f_unit),
    ("h51_youth_soccer_registration", OFF, "When is the early-registration deadline?", "Games are played on Saturdays from 9 am to 1 pm.", f_off),
]
# HOLDOUT52: factory shift allowances (zh), village clinic vaccination (zh), piano grade exam entry (zh), cinema membership (en), snorkelling tour (en), furniture assembly service (en). First run:
# benchmarks/results/grounding_holdout52_first_run.txt.
DOCS.update({
    "h52_factory_shift_allowance": (
        "宏达机械厂轮班津贴办法\n"
        "第一条 夜班时段为22:00至次日6:00，每个夜班补贴80元。\n"
        "第二条 中班时段为14:00至22:00，每个中班补贴30元。\n"
        "第三条 每月夜班超过10个的，超出部分每班另加20元。\n"
        "第四条 高温岗位每日补贴30元，发放期为6月1日至9月30日。\n"
        "第五条 单次连续加班不超过4小时，加班费按每小时45元计。\n"
        "第六条 入职不满3个月的员工，津贴按80%发放。\n"
        "第七条 津贴随次月15日工资一并发放。\n"
    ),
    "h52_village_vaccination": (
        "青溪村卫生室疫苗接种安排\n"
        "一、接种时间为每周二、周四上午8:30至11:30，法定节假日暂停。\n"
        "二、乙肝疫苗共3剂，于出生24小时内、满1月龄、满6月龄各接种1剂。\n"
        "三、流感疫苗面向6月龄以上人群，每剂自费45元，60岁以上村民免费。\n"
        "四、接种后须在留观区观察30分钟。\n"
        "五、体温超过37.3℃者当日不予接种。\n"
        "六、每次接种人数不超过60人，请提前3天电话预约。\n"
        "七、漏种超过30天的，请携带接种证到卫生室补种。\n"
    ),
    "h52_piano_grade_exam": (
        "2025年钢琴考级报名须知\n"
        "一、报名时间为3月1日至3月20日，考试于5月10日举行。\n"
        "二、考生须年满5周岁，跨级报考不超过2级。\n"
        "三、考级费用及考试时长如下：\n"
        "| 级别 | 费用 | 考试时长 |\n"
        "|---|---|---|\n"
        "| 1至3级 | 260元 | 10分钟 |\n"
        "| 4至6级 | 380元 | 15分钟 |\n"
        "| 7至10级 | 520元 | 20分钟 |\n"
        "四、考生须提前30分钟到场，迟到超过15分钟取消考试资格。\n"
        "五、报名后因故退考的，4月10日前申请可退费80%，逾期不退。\n"
        "六、同一考生同时报考2个级别的，第二个级别费用减免20%。\n"
    ),
    "h52_cinema_membership": (
        "Starlight Cinema Membership Terms\n"
        "1. Membership costs $40 per year; members aged 60 or over pay $25.\n"
        "2. Membership tiers:\n"
        "| Tier | Visits per year | Ticket discount |\n"
        "|---|---|---|\n"
        "| Silver | up to 11 | 10% |\n"
        "| Gold | 12 to 29 | 20% |\n"
        "| Platinum | 30 or more | 25% |\n"
        "3. Members may book up to 4 tickets per screening at the member price.\n"
        "4. Tuesday screenings before 5 pm cost $8 for members.\n"
        "5. Snacks are 10% off on orders of at least $12.\n"
        "6. Each member receives 2 free tickets in their birthday month.\n"
        "7. Unused free tickets expire 30 days after issue.\n"
        "8. To get a refund, cancel within 14 days of joining.\n"
    ),
    "h52_snorkel_tour": (
        "Coral Bay Snorkelling Tour Rules\n"
        "1. Tours depart at 8:30 am and 1:30 pm and last 3 hours, including 90 minutes in the water.\n"
        "2. Adults pay $85; children aged 8 to 14 pay $55. Children under 8 cannot join.\n"
        "3. Each group has at most 12 snorkellers per guide.\n"
        "4. Participants must be able to swim at least 50 metres unaided.\n"
        "5. Wetsuit hire costs $15; an underwater camera costs $25 per tour.\n"
        "6. Tours are cancelled if wind exceeds 25 knots or waves are above 1.5 metres; you then get a full refund.\n"
        "7. Cancellations made at least 48 hours before departure are refunded 85%; later cancellations get nothing back.\n"
    ),
    "h52_furniture_assembly": (
        "FlatPack Helpers Assembly Service\n"
        "1. Our call-out fee is $35, which covers the first 30 minutes of work.\n"
        "2. After that, labour is charged at $50 per hour, billed in 15-minute blocks.\n"
        "3. Fixed prices: a bed frame $70, a wardrobe $120, a desk $50.\n"
        "4. Items heavier than 40 kg need two fitters, which adds $35 per item.\n"
        "5. Bookings are available Monday to Saturday from 8 am to 6 pm.\n"
        "6. We take away packaging free for up to 3 items; each extra item costs $5.\n"
        "7. Cancel at least 24 hours ahead to avoid a $20 fee.\n"
        "8. Our work carries a 90-day guarantee against loose fittings.\n"
    ),
})

HOLDOUT52: list[tuple] = [
    # h52_factory_shift_allowance — hard: 30元 is both the 中班 and the 高温 daily rate, 80 is both the 夜班 rate and the 80% new-hire ratio; askers bring 12 night shifts and a 2-month tenure, answers compute totals across clauses
    ("h52_factory_shift_allowance", G, "我这个月上了12个夜班，夜班补贴一共能拿多少？", "每个夜班补贴80元，12个是960元；每月夜班超过10个的部分每班另加20元，多出的2个班再加40元，合计1000元。", []),
    ("h52_factory_shift_allowance", G, "中班是几点到几点？补贴多少？", "中班从14:00到22:00，每个中班补贴30元。", []),
    ("h52_factory_shift_allowance", G, "高温补贴什么时间段发？每天多少？", "高温岗位每日补贴30元，在6月1日至9月30日期间发放。", []),
    ("h52_factory_shift_allowance", G, "我刚入职2个月，上一个夜班能拿多少补贴？", "入职不满3个月的员工津贴按80%发放，夜班每班80元，按80%计为64元。", []),
    ("h52_factory_shift_allowance", G, "一次最多能连续加班几个小时？我加了3小时，加班费多少？", "单次连续加班不超过4小时；加班费按每小时45元计，3小时是135元。", []),
    ("h52_factory_shift_allowance", MIS, "上一个中班补贴多少钱？", "每个中班补贴80元。", f_mis),
    ("h52_factory_shift_allowance", CMP, "每月夜班达到多少个才有额外加钱？", "每月夜班不满10个的，每班另加20元。", f_cmp),
    ("h52_factory_shift_allowance", RNG, "夜班是几点到几点？", "夜班时段为22:00至次日8:00。", f_rng),
    ("h52_factory_shift_allowance", UNIT, "新员工入职多久以内津贴要打折？", "入职不满3年的员工，津贴按80%发放。", f_unit),
    ("h52_factory_shift_allowance", OFF, "津贴哪天发放？", "单次连续加班不超过4小时，加班费按每小时45元计。", f_off),

    # h52_village_vaccination — hard: 60 is both the free-flu age and the per-session head count, 30 is both the observation minutes and the missed-dose days, 6月龄 appears for two vaccines; askers bring a 65-year-old father, a 37.0℃ child and a Thursday appointment
    ("h52_village_vaccination", G, "我爸今年65岁，打流感疫苗要花钱吗？", "不用花钱。流感疫苗每剂自费45元，但60岁以上村民免费，65岁在免费范围内。", []),
    ("h52_village_vaccination", G, "我和我爱人都40岁，两人各打一剂流感疫苗，一共多少钱？", "流感疫苗每剂自费45元，两人各1剂，共90元。", []),
    ("h52_village_vaccination", G, "宝宝的乙肝疫苗什么时候打？", "乙肝疫苗共3剂，分别在出生24小时内、满1月龄和满6月龄时各打1剂。", []),
    ("h52_village_vaccination", G, "我想下周四去接种，最晚哪天要打电话预约？到了几点能打？", "需提前3天电话预约，下周四往前3天就是下周一；接种时间为上午8:30至11:30。", []),
    ("h52_village_vaccination", G, "孩子今天体温37.0℃，还能打疫苗吗？", "可以。体温超过37.3℃才当日不予接种，37.0℃没有超过37.3℃。", []),
    ("h52_village_vaccination", MIS, "每次最多接种多少人？", "每次接种人数不超过30人。", f_mis),
    ("h52_village_vaccination", CMP, "多少岁的村民打流感疫苗免费？", "60岁以下的村民免费接种流感疫苗。", f_cmp),
    ("h52_village_vaccination", RNG, "卫生室几点到几点接种？", "每周二、周四上午8:30至10:30接种。", f_rng),
    ("h52_village_vaccination", UNIT, "打完针要在留观区待多久？", "接种后须在留观区观察30小时。", f_unit),
    ("h52_village_vaccination", OFF, "漏种了该怎么办？", "体温超过37.3℃者当日不予接种。", f_off),

    # h52_piano_grade_exam — hard: 15分钟 is both the 4-6级 exam length and the lateness limit, 20 is a date, a duration and a discount, 10 is a grade, a duration and two dates, 80% vs 80元; answers read table rows and compute a refund and a two-grade discount
    ("h52_piano_grade_exam", G, "我女儿报6级，要交多少钱？考多长时间？", "6级属于4至6级，费用380元，考试时长15分钟。", []),
    ("h52_piano_grade_exam", G, "孩子报了7级，后来想退考，4月5日申请能退多少？", "7级属于7至10级，费用520元；4月10日前申请可退费80%，4月5日在此之前，可退416元。", []),
    ("h52_piano_grade_exam", G, "孩子4岁半，今年可以报名吗？", "不可以，考生须年满5周岁，4岁半还不满5周岁。", []),
    ("h52_piano_grade_exam", G, "同时报5级和6级两个级别，一共要交多少？", "5级和6级都属于4至6级，每级380元；同时报考2个级别的，第二个级别减免20%，即减76元为304元，合计684元。", []),
    ("h52_piano_grade_exam", G, "我的考试安排在9:00，最晚几点到？迟到会怎样？", "须提前30分钟到场，即8:30前到达；迟到超过15分钟将取消考试资格。", []),
    ("h52_piano_grade_exam", MIS, "1至3级的考试时长是多少？", "1至3级考试时长15分钟。", f_mis),
    ("h52_piano_grade_exam", CMP, "迟到多久会被取消考试资格？", "迟到不满15分钟即取消考试资格。", f_cmp),
    ("h52_piano_grade_exam", RNG, "报名时间是什么时候？", "报名时间为3月1日至3月10日。", f_rng),
    ("h52_piano_grade_exam", UNIT, "4月10日前退考能退多少钱？", "4月10日前申请退考可退费80元。", f_unit),
    ("h52_piano_grade_exam", OFF, "考试是哪一天？", "同一考生同时报考2个级别的，第二个级别费用减免20%。", f_off),

    # h52_cinema_membership — hard: 25 is both the senior fee and the Platinum discount, 10% is both the Silver discount and the snack discount, 30 is both the Platinum threshold and the expiry days, 12 is a visit band edge and a snack threshold; askers bring 15 visits, age 62, a $20 snack order and a party of 4
    ("h52_cinema_membership", G, "I've been to the cinema 15 times this year. What ticket discount do I get?", "15 visits puts you in the Gold tier, which covers 12 to 29 visits per year and gives a 20% ticket discount.", []),
    ("h52_cinema_membership", G, "I'm 62. How much is the membership for me?", "Members aged 60 or over pay $25 per year instead of the usual $40.", []),
    ("h52_cinema_membership", G, "My snack order comes to $20. What will I pay as a member?", "Snacks are 10% off on orders of at least $12, so $20 less $2 comes to $18.", []),
    ("h52_cinema_membership", G, "Can I bring 3 friends to a Tuesday 3 pm screening at the member price, and what would it cost?", "Yes: members may book up to 4 tickets per screening at the member price, and Tuesday screenings before 5 pm cost $8, so 4 tickets at $8 come to $32.", []),
    ("h52_cinema_membership", G, "When do my birthday tickets run out?", "You get 2 free tickets in your birthday month, and unused free tickets expire 30 days after they are issued.", []),
    ("h52_cinema_membership", MIS, "What ticket discount do Platinum members get?", "Platinum members get a 20% ticket discount.", f_mis),
    ("h52_cinema_membership", CMP, "How many visits a year do I need for Platinum?", "Platinum is for members with at most 30 visits a year.", f_cmp),
    ("h52_cinema_membership", RNG, "Which visit counts fall in the Gold tier?", "Gold covers 12 to 20 visits per year.", f_rng),
    ("h52_cinema_membership", UNIT, "How long after joining can I cancel for a refund?", "You can cancel for a refund within 14 weeks of joining.", f_unit),
    ("h52_cinema_membership", OFF, "How many tickets can I book per screening at the member price?", "Tuesday screenings before 5 pm cost $8 for members.", f_off),

    # h52_snorkel_tour — hard: 85 is both the adult fare and the refund percentage, 25 is both the camera fee and the wind limit, 8 is both a departure hour and the minimum age, 1.5 metres sits next to 1:30 pm; askers bring a family of three, a 7-year-old and a cancellation 3 days ahead
    ("h52_snorkel_tour", G, "Two adults and a 10-year-old: what's the total fare?", "Adults pay $85 each, so $170 for two, plus $55 for a child aged 8 to 14, which makes $225.", []),
    ("h52_snorkel_tour", G, "If I take the afternoon tour, when will I be back?", "The afternoon tour departs at 1:30 pm and lasts 3 hours, so you are back at about 4:30 pm.", []),
    ("h52_snorkel_tour", G, "My son is 7. Can he come along?", "No. Children under 8 cannot join; only children aged 8 to 14 can, at $55.", []),
    ("h52_snorkel_tour", G, "I paid $85 for an adult place and cancel 3 days before departure. How much do I get back?", "3 days is 72 hours, which is at least 48 hours before departure, so 85% is refunded: 85% of $85 is $72.25.", []),
    ("h52_snorkel_tour", G, "What happens if the weather is rough on the day?", "The tour is cancelled if wind exceeds 25 knots or waves are above 1.5 metres, and you then get a full refund.", []),
    ("h52_snorkel_tour", MIS, "How much does wetsuit hire cost?", "Wetsuit hire costs $25.", f_mis),
    ("h52_snorkel_tour", CMP, "When is a tour cancelled because of wind?", "Tours are cancelled if the wind is below 25 knots.", f_cmp),
    ("h52_snorkel_tour", RNG, "Which ages pay the child fare?", "Children aged 8 to 16 pay the $55 child fare.", f_rng),
    ("h52_snorkel_tour", UNIT, "How far ahead must I cancel to get money back?", "Cancel at least 48 minutes before departure to get 85% refunded.", f_unit),
    ("h52_snorkel_tour", OFF, "How many snorkellers are there per guide?", "Participants must be able to swim at least 50 metres unaided.", f_off),

    # h52_furniture_assembly — hard: $35 is both the call-out fee and the two-fitter surcharge, $50 is both the hourly rate and the desk price, 30 minutes and 15-minute blocks sit together; askers bring a 90-minute job, a 55 kg wardrobe, 5 items and a 2-month-old fault
    ("h52_furniture_assembly", G, "My job will take 1 hour 30 minutes and isn't a fixed-price item. What will it cost?", "The $35 call-out fee covers the first 30 minutes; the remaining hour at $50 per hour is $50, so $85 in total.", []),
    ("h52_furniture_assembly", G, "My wardrobe weighs 55 kg. How much to assemble it?", "A wardrobe is a fixed $120, and since 55 kg is heavier than 40 kg it needs two fitters, adding $35, so $155.", []),
    ("h52_furniture_assembly", G, "Can you come on a Sunday?", "No. Bookings are available Monday to Saturday, from 8 am to 6 pm.", []),
    ("h52_furniture_assembly", G, "You're assembling 5 items for me. What will packaging removal cost?", "Packaging is taken away free for up to 3 items and each extra item costs $5, so the 2 extra items cost $10.", []),
    ("h52_furniture_assembly", G, "A fitting you installed came loose after 2 months. Is that covered?", "Yes. The work carries a 90-day guarantee against loose fittings, and 2 months is within 90 days.", []),
    ("h52_furniture_assembly", MIS, "What's the fixed price for assembling a desk?", "A desk costs $70.", f_mis),
    ("h52_furniture_assembly", CMP, "Which items need two fitters?", "Items lighter than 40 kg need two fitters, which adds $35 per item.", f_cmp),
    ("h52_furniture_assembly", RNG, "What hours can I book you?", "Bookings are available Monday to Saturday from 8 am to 4 pm.", f_rng),
    ("h52_furniture_assembly", UNIT, "How much notice do I need to give to cancel without a fee?", "Cancel at least 24 days ahead to avoid a $20 fee.", f_unit),
    ("h52_furniture_assembly", OFF, "What is your call-out fee?", "Our work carries a 90-day guarantee against loose fittings.", f_off),
]
# HOLDOUT53: 居民用水收费、居住证办理、大件垃圾清运 (zh); pest control, appliance repair, plumbing call-outs (en). First run:
# benchmarks/results/grounding_holdout53_first_run.txt.
DOCS.update({
    "h53_water_billing": (
        "居民用水收费办法\n"
        "第一条 按户年用水量累进计价：\n"
        "| 阶梯 | 年用水量(立方米) | 单价 |\n"
        "|---|---|---|\n"
        "| 一 | 180以内 | 3.5元/立方米 |\n"
        "| 二 | 180至260 | 5元/立方米 |\n"
        "| 三 | 超过260 | 9元/立方米 |\n"
        "第二条 户籍人口超过5人的，每多1人，第一阶梯增加30立方米。\n"
        "第三条 每2个月抄表，账单发出后30日内缴清。\n"
        "第四条 逾期的，每日加收欠费金额3‰的滞纳金；连续欠费超过90日的，可停止供水。\n"
        "第五条 新装水表报装费300元，受理后5个工作日内安装。\n"
        "第六条 低保家庭每月减免5立方米水费。\n"
        "第七条 报修热线24小时受理，维修人员2小时内到场。\n"
    ),
    "h53_residence_permit": (
        "居住证办理须知\n"
        "第一条 在本市居住满6个月，并有合法稳定就业、合法稳定住所或连续就读之一的，可申领居住证。\n"
        "第二条 首次申领免收工本费；遗失补领的，每证收取20元。\n"
        "第三条 材料齐全的，派出所应在15个工作日内制证；因就医、入学急需的，可加急在5个工作日内制证。\n"
        "第四条 居住证有效期1年，期满前30日内可办理签注延期。\n"
        "第五条 年满16周岁的申领人须本人到场采集指纹；未满16周岁的，由监护人代为申领。\n"
        "第六条 连续持证满3年、且连续缴纳社会保险满24个月的，可申请积分入户。\n"
        "第七条 办理窗口工作时间为工作日8:30至17:00，每周六9:00至12:00。\n"
    ),
    "h53_bulky_waste": (
        "大件垃圾及装修垃圾清运规定\n"
        "第一条 居民可通过热线或小程序预约大件垃圾上门清运，须提前2日预约。\n"
        "第二条 每户每月可免费清运大件垃圾2件；超过2件的，每件收费30元。\n"
        "第三条 单件重量超过50公斤或长度超过2米的，按2件计。\n"
        "第四条 装修垃圾须袋装，每袋不超过25公斤，清运费每袋8元；不少于20袋的方可预约上门清运。\n"
        "第五条 清运时段为每日7:00至19:00，节假日照常。\n"
        "第六条 擅自将大件垃圾堆放在公共区域的，责令限期清理，并处50元以上200元以下罚款。\n"
    ),
    "h53_pest_control": (
        "BrightHome Pest Control: Service Terms\n"
        "1. An inspection visit costs $60; the fee is waived if you book a treatment within 14 days of the inspection.\n"
        "2. A standard treatment for homes up to 1,500 sq ft costs $180; each additional 500 sq ft, or part of it, adds $40.\n"
        "3. Bed bug treatment requires 2 visits, 14 days apart, and costs $450 in total.\n"
        "4. If pests return within 90 days of a treatment, we re-treat free of charge.\n"
        "5. Residents and pets must stay out of treated rooms for at least 4 hours.\n"
        "6. Appointments run from 8 am to 6 pm, Monday to Saturday. Emergency visits outside these hours cost 50% more than the standard price.\n"
        "7. Cancellations with less than 24 hours' notice incur a $40 fee.\n"
    ),
    "h53_appliance_repair": (
        "FixRight Home Appliance Repair: Rates and Rules\n"
        "1. A call-out fee of $75 covers travel and the first 30 minutes of work.\n"
        "2. Labour after the first 30 minutes is charged by appliance:\n"
        "| Appliance | Labour per hour |\n"
        "|---|---|\n"
        "| Washing machine | $90 |\n"
        "| Refrigerator | $110 |\n"
        "| Dishwasher | $75 |\n"
        "3. Replaced parts carry a 12-month warranty; labour is guaranteed for 90 days.\n"
        "4. Appliances older than 15 years are repaired on a best-effort basis, without the labour guarantee.\n"
        "5. Visits are booked in 2-hour windows between 9 am and 7 pm. Same-day visits are available for bookings made before 11 am, for a $30 supplement.\n"
        "6. Customers aged 65 and over receive 10% off labour.\n"
        "7. Invoices unpaid after 30 days incur a $25 late fee.\n"
    ),
    "h53_plumbing_callout": (
        "QuickFlow Plumbing: Call-Out Terms\n"
        "1. Standard call-outs, Monday to Friday from 7 am to 7 pm, cost $95 including the first hour; each further 15 minutes costs $25.\n"
        "2. Evening, weekend and public-holiday call-outs cost $150 including the first hour.\n"
        "3. We aim to arrive within 2 hours for emergencies (burst pipes, no water, sewage overflow) and within 3 working days for routine jobs.\n"
        "4. Quotes above $500 must be approved in writing before work starts; jobs over $1,000 require a 25% deposit.\n"
        "5. Drain clearing is a fixed $120 for up to 2 drains per visit.\n"
        "6. Water heater installation costs $350 for tanks up to 50 gallons and $450 for 51 to 80 gallons.\n"
        "7. All workmanship is guaranteed for 12 months.\n"
    ),
})

HOLDOUT53: list[tuple] = [
    # h53_water_billing — hard: 30 is both the per-person tier increment (30立方米) and the payment deadline (30日); 5 recurs as 5人/5元/5个工作日/5立方米, 2 as 2个月/2小时; askers bring a 6-person household, 200立方米 of use and a 1000元 arrear
    ("h53_water_billing", G, "我家户口上有6口人，第一阶梯的年用水量是多少？", "户籍人口超过5人的，每多1人第一阶梯增加30立方米；6口人比5人多1人，所以第一阶梯为180+30=210立方米以内。", []),
    ("h53_water_billing", G, "我家去年一共用了200立方米水，水费怎么算？", "按年用水量累进计价：前180立方米属第一阶梯，按3.5元/立方米计180×3.5=630元；超出的20立方米落在180至260立方米的第二阶梯，按5元/立方米计100元；合计730元。", []),
    ("h53_water_billing", G, "我有1000元水费逾期了10天没交，滞纳金要交多少？", "逾期未缴的每日加收欠费金额3‰的滞纳金：1000元×3‰=3元/日，10天共30元。", []),
    ("h53_water_billing", G, "家里水管坏了打电话报修，师傅多久能到？晚上也能报吗？", "报修热线24小时受理，晚上也可以报；维修人员2小时内到场。", []),
    ("h53_water_billing", G, "想新装一块水表，要花多少钱，多久能装好？", "新装水表报装费300元，受理后5个工作日内安装。", []),
    ("h53_water_billing", MIS, "低保家庭每月能减免多少水费？", "低保家庭每月减免30立方米水费。", f_mis),
    ("h53_water_billing", CMP, "欠费多久会被停水？", "连续欠费不满90日的，可停止供水。", f_cmp),
    ("h53_water_billing", RNG, "第二阶梯对应的年用水量是多少？", "第二阶梯为年用水量180至280立方米，单价5元/立方米。", f_rng),
    ("h53_water_billing", UNIT, "逾期未交水费，滞纳金怎么计算？", "逾期未缴的，每日加收欠费金额3%的滞纳金。", f_unit),
    ("h53_water_billing", OFF, "第三阶梯的水价是多少？", "新装水表报装费300元，受理后5个工作日内安装。", f_off),

    # h53_residence_permit — hard: 6个月 (residence) vs 1年 (validity), 15 vs 5个工作日, 16周岁 threshold both ways, 3年/24个月 for 积分入户; askers bring a move-in date, an expiry date, a 14-year-old child and a lost card
    ("h53_residence_permit", G, "我是3月1日搬到本市住的，也找到了正式工作，最早什么时候能申领居住证？", "须在本市居住满6个月，并有合法稳定就业等条件之一；从3月1日起算满6个月是9月1日，届时即可申领。", []),
    ("h53_residence_permit", G, "我的居住证6月20日到期，6月1日去办签注延期可以吗？", "可以。居住证有效期1年，期满前30日内可办理签注延期；6月1日距6月20日到期只有19天，在30日以内。", []),
    ("h53_residence_permit", G, "孩子今年14岁，办居住证要他本人去按指纹吗？", "不用。未满16周岁的由监护人代为申领；年满16周岁的申领人才须本人到场采集指纹。", []),
    ("h53_residence_permit", G, "周六窗口开吗？几点能去？", "开。每周六9:00至12:00可以办理；工作日是8:30至17:00。", []),
    ("h53_residence_permit", G, "居住证丢了，补办要交钱吗？多久能拿到？", "遗失补领的每证收取20元；材料齐全的，派出所应在15个工作日内制证。", []),
    ("h53_residence_permit", MIS, "居住证的有效期是多久？", "居住证有效期6个月。", f_mis),
    ("h53_residence_permit", CMP, "什么年龄的申领人必须本人到场采集指纹？", "未满16周岁的申领人须本人到场采集指纹。", f_cmp),
    ("h53_residence_permit", RNG, "工作日窗口几点到几点办公？", "工作日8:30至15:00。", f_rng),
    ("h53_residence_permit", UNIT, "正常办理的话，材料交齐后多久能制好证？", "材料齐全的，派出所应在15天内制证。", f_unit),
    ("h53_residence_permit", OFF, "申请积分入户要满足什么条件？", "首次申领居住证免收工本费。", f_off),

    # h53_bulky_waste — hard: 2 recurs as 2日/2件/2米/"按2件计", 50 as 50公斤 and the 50元 fine floor, 20袋 vs 25公斤 vs 8元; askers bring 5 items, a 2.2米 sofa, 30 bags and a weekday for the pickup
    ("h53_bulky_waste", G, "这个月我要清运5件普通大小的旧家具，要交多少钱？", "每户每月免费清运2件，超过2件的每件收费30元；5件中有3件要收费，3×30元=90元。", []),
    ("h53_bulky_waste", G, "一张长2.2米的沙发算几件？还能免费清运吗？", "长度超过2米的按2件计，2.2米的沙发算2件，正好用掉每户每月免费清运的2件；当月若已清运过其他大件，超出部分每件收30元。", []),
    ("h53_bulky_waste", G, "装修攒了30袋垃圾，上门清运要多少钱？", "不少于20袋方可预约上门，30袋符合条件；每袋8元，30×8元=240元。每袋须不超过25公斤。", []),
    ("h53_bulky_waste", G, "想让他们周六来拉旧床垫，最晚哪天要预约？", "须提前2日预约，周六清运最晚要在周四预约。", []),
    ("h53_bulky_waste", G, "晚上8点能安排清运吗？国庆节期间呢？", "晚上8点不行，清运时段为每日7:00至19:00；节假日照常，国庆期间在这个时段内可以清运。", []),
    ("h53_bulky_waste", MIS, "超过免费件数以后，每件大件垃圾收多少钱？", "超过2件的，每件收费8元。", f_mis),
    ("h53_bulky_waste", CMP, "装修垃圾每袋重量有什么要求？", "装修垃圾须袋装，每袋不少于25公斤。", f_cmp),
    ("h53_bulky_waste", RNG, "把旧家具堆在楼道里会被罚多少？", "责令限期清理，并处50元以上500元以下罚款。", f_rng),
    ("h53_bulky_waste", UNIT, "大件垃圾多重会被按2件计算？", "单件重量超过50斤的，按2件计。", f_unit),
    ("h53_bulky_waste", OFF, "装修垃圾清运费怎么收？", "每户每月可免费清运大件垃圾2件。", f_off),

    # h53_pest_control — hard: 14 days is both the inspection-fee waiver window and the bed bug visit gap, $40 is both the per-500-sq-ft add-on and the cancellation fee; askers bring a 2,300 sq ft house, a 10-day gap, a 2-month recurrence and a Sunday emergency
    ("h53_pest_control", G, "My house is 2,300 sq ft. What will a standard treatment cost?", "Homes up to 1,500 sq ft cost $180, and each additional 500 sq ft or part of it adds $40. Your extra 800 sq ft counts as 2 parts, so it's $180 + 2 × $40 = $260.", []),
    ("h53_pest_control", G, "If I have the inspection and then book a treatment 10 days later, do I still pay for the inspection?", "No. The $60 inspection fee is waived when you book a treatment within 14 days of the inspection, and 10 days is within that.", []),
    ("h53_pest_control", G, "The ants came back 2 months after your treatment. Do I have to pay for another one?", "No. If pests return within 90 days of a treatment, it is re-treated free of charge, and 2 months is less than 90 days.", []),
    ("h53_pest_control", G, "How does the bed bug treatment work, and what's the total price?", "It takes 2 visits, 14 days apart, and the $450 covers both visits in total.", []),
    ("h53_pest_control", G, "I need an emergency visit this Sunday for my 1,200 sq ft flat. How much?", "Sunday is outside the Monday-to-Saturday appointment hours, so an emergency visit costs 50% more than the standard price. The standard treatment for up to 1,500 sq ft is $180, so it's $180 + $90 = $270.", []),
    ("h53_pest_control", MIS, "What's the charge for cancelling at short notice?", "Cancellations with less than 24 hours' notice incur a $60 fee.", f_mis),
    ("h53_pest_control", CMP, "How long do we need to keep out of the treated rooms?", "Residents and pets must stay out of treated rooms for at most 4 hours.", f_cmp),
    ("h53_pest_control", RNG, "What are your normal appointment hours?", "Appointments run from 8 am to 4 pm, Monday to Saturday.", f_rng),
    ("h53_pest_control", UNIT, "What does each extra 500 sq ft add to a standard treatment?", "Each additional 500 sq ft, or part of it, adds 40% to the price.", f_unit),
    ("h53_pest_control", OFF, "How much does an inspection visit cost?", "Residents and pets must stay out of treated rooms for at least 4 hours.", f_off),

    # h53_appliance_repair — hard: $75 is both the call-out fee and the dishwasher rate, $90 the washing machine rate vs the 90-day labour guarantee, 30 recurs as 30 minutes/$30/30 days; askers bring a 1.5-hour fridge job, a 70-year-old customer, a 10 am call, an 8-month-old part and a 17-year-old dishwasher
    ("h53_appliance_repair", G, "The fridge repair took 1.5 hours altogether. What do I pay before parts?", "The $75 call-out fee covers travel and the first 30 minutes; the remaining hour is refrigerator labour at $110 per hour. That's $75 + $110 = $185 before parts.", []),
    ("h53_appliance_repair", G, "I'm 70 and my washing machine needed 2 hours of labour after the first 30 minutes. What's the labour charge?", "Washing machine labour is $90 per hour, so 2 hours is $180; customers aged 65 and over get 10% off labour, which brings it to $162.", []),
    ("h53_appliance_repair", G, "If I ring at 10 am, can someone come today?", "Yes. Same-day visits are available for bookings made before 11 am, for a $30 supplement.", []),
    ("h53_appliance_repair", G, "A part you replaced failed after 8 months. Is it covered?", "Yes. Replaced parts carry a 12-month warranty, and 8 months is within it.", []),
    ("h53_appliance_repair", G, "My dishwasher is 17 years old. Will your labour still be guaranteed?", "No. Labour is normally guaranteed for 90 days, but appliances older than 15 years are repaired on a best-effort basis without the labour guarantee.", []),
    ("h53_appliance_repair", MIS, "What's the hourly labour rate for a washing machine?", "Washing machine labour is $110 per hour.", f_mis),
    ("h53_appliance_repair", CMP, "Who qualifies for the discount on labour?", "Customers under 65 receive 10% off labour.", f_cmp),
    ("h53_appliance_repair", RNG, "What time of day can visits be booked?", "Visits are booked in 2-hour windows between 9 am and 5 pm.", f_rng),
    ("h53_appliance_repair", UNIT, "How long is the warranty on replaced parts?", "Replaced parts carry a 12-week warranty.", f_unit),
    ("h53_appliance_repair", OFF, "Is there a penalty for paying an invoice late?", "Same-day visits are available for bookings made before 11 am, for a $30 supplement.", f_off),

    # h53_plumbing_callout — hard: 25 is both $25 per 15 minutes and the 25% deposit, 2 is both the 2-hour emergency target and the 2-drain limit, $500 vs $1,000 thresholds; askers bring a 1 h 45 min job, a 60-gallon tank, a $1,200 quote and a Saturday burst pipe
    ("h53_plumbing_callout", G, "A weekday job took 1 hour 45 minutes. What's the call-out charge?", "A standard weekday call-out is $95 including the first hour; the extra 45 minutes is 3 further 15-minute blocks at $25 each, $75, so the total is $170.", []),
    ("h53_plumbing_callout", G, "How much to install a 60-gallon water heater?", "A 60-gallon tank falls in the 51 to 80 gallon band, so installation costs $450.", []),
    ("h53_plumbing_callout", G, "Your quote for my bathroom job is $1,200. What do I need to do before you start?", "Quotes above $500 must be approved in writing before work starts, and jobs over $1,000 require a 25% deposit, which on $1,200 is $300.", []),
    ("h53_plumbing_callout", G, "A pipe burst on Saturday morning. How soon can you get here and what's the base charge?", "A burst pipe is an emergency, so we aim to arrive within 2 hours; a weekend call-out costs $150 including the first hour.", []),
    ("h53_plumbing_callout", G, "I've got 2 blocked drains. How much to clear them?", "Drain clearing is a fixed $120 for up to 2 drains per visit, so both are covered by the $120.", []),
    ("h53_plumbing_callout", MIS, "What does an evening call-out cost?", "Evening call-outs cost $95 including the first hour.", f_mis),
    ("h53_plumbing_callout", CMP, "When does a quote need written approval?", "Quotes under $500 must be approved in writing before work starts.", f_cmp),
    ("h53_plumbing_callout", RNG, "What hours count as a standard call-out?", "Standard call-outs are Monday to Friday from 7 am to 5 pm, at $95 including the first hour.", f_rng),
    ("h53_plumbing_callout", UNIT, "How quickly do you arrive for an emergency?", "We aim to arrive within 2 days for emergencies such as burst pipes.", f_unit),
    ("h53_plumbing_callout", OFF, "Do you guarantee your workmanship?", "Drain clearing is a fixed $120 for up to 2 drains per visit.", f_off),
]
# HOLDOUT54: putonghua proficiency test (zh), vocational skills training subsidy (zh), school summer study camp (zh), archery club (en), chess club (en), rowing club (en). First run:
# benchmarks/results/grounding_holdout54_first_run.txt.
DOCS.update({
    "h54_putonghua_test": (
        "普通话水平测试考务须知\n"
        "第一条 报名费每人次50元，报名于考前20天截止；考前7天以上申请退考的，退还报名费的50%。\n"
        "第二条 考生须于考前30分钟到达考点，开考后超过15分钟未到的，不得入场。\n"
        "第三条 测试分4个部分，总时长约15分钟，其中命题说话不少于3分钟。\n"
        "第四条 成绩87分至91.99分为二级甲等，80分至86.99分为二级乙等，低于60分不入级。\n"
        "第五条 成绩公布后15个工作日内可申请复核一次，复核费30元。\n"
        "第六条 证书须自成绩公布之日起30天内领取；补办证书费用50元，需7个工作日。\n"
    ),
    "h54_skill_training_subsidy": (
        "职业技能培训补贴办法\n"
        "第一条 年满16周岁至60周岁的本市失业人员及在职职工，可申领培训补贴。\n"
        "第二条 补贴标准如下：\n"
        "| 证书等级 | 补贴金额 |\n"
        "|---|---|\n"
        "| 初级工 | 1000元 |\n"
        "| 中级工 | 1500元 |\n"
        "| 高级工 | 2000元 |\n"
        "第三条 培训课时不少于80学时，出勤率低于80%的不予补贴。\n"
        "第四条 取得证书后12个月内提出申请，每人每年最多享受补贴3次，同一等级只能享受1次。\n"
        "第五条 失业人员另按每天20元发放生活补助，最长不超过30天。\n"
        "第六条 申请受理后20个工作日内完成审核，补贴直接拨付至个人社保卡。\n"
    ),
    "h54_study_camp": (
        "中小学暑期研学营报名须知\n"
        "一、营期为7月10日至7月16日，共7天，招收8至14周岁学生，每期限额40人。\n"
        "二、营费每人3800元，含食宿、门票和保险；7月1日前报名的优惠10%。\n"
        "三、同一家庭报名2人以上的，每人再减200元。\n"
        "四、开营前15天以上退营的，全额退还营费；开营前7至14天退营的，退还70%；开营前不足7天退营的，不予退款。\n"
        "五、每10名学员配备1名带队老师，学员每天活动时间不超过8小时。\n"
        "六、行李不超过15公斤，学员不得携带超过200元现金。\n"
    ),
    "h54_archery_club": (
        "Riverside Archery Club: Membership and Range Rules\n"
        "1. Annual membership is $180 for adults and $90 for juniors aged 10 to 17; children under 10 may not join.\n"
        "2. New members must complete a beginners' course of 4 sessions of 2 hours each, costing $60.\n"
        "3. Range hours:\n"
        "| Days | Hours |\n"
        "|---|---|\n"
        "| Tuesday–Friday | 5 pm to 9 pm |\n"
        "| Saturday–Sunday | 9 am to 4 pm |\n"
        "4. Juniors under 14 must be supervised by an adult member at all times.\n"
        "5. Draw weight for juniors is limited to 25 lb; adults may use bows of up to 60 lb.\n"
        "6. Guests may shoot up to 4 times a year at $10 per visit and must be at least 14 years old.\n"
        "7. Equipment hire costs $10 per session, with a deposit of $25.\n"
    ),
    "h54_chess_club": (
        "Northgate Chess Club: Membership and Tournaments\n"
        "1. Club nights run every Wednesday from 7 pm to 10 pm; doors open at 6:30 pm.\n"
        "2. Membership costs $40 a year, or $20 for students and players over 65.\n"
        "3. Rapid tournaments are held on the first Saturday of each month: 6 rounds, with 15 minutes per player plus a 10-second increment per move.\n"
        "4. Tournament entry is $15; members pay $10. Entries close 48 hours before the first round.\n"
        "5. Prize fund: 50% of entry fees go to first place, 30% to second and 20% to third.\n"
        "6. A player more than 15 minutes late for a round loses that game by default.\n"
        "7. Juniors under 12 play free at club nights if accompanied by a paying adult.\n"
    ),
    "h54_rowing_club": (
        "Lakeside Rowing Club: Safety and Boat Use\n"
        "1. Members must pass a 100-metre swim test before rowing; juniors aged 12 to 18 also need a parent's consent form.\n"
        "2. Outings are allowed from sunrise to 30 minutes before sunset. No one may row when the wind speed is above 25 km/h or the water temperature is below 10°C.\n"
        "3. Single sculls may be booked for up to 2 hours; crew boats for up to 3 hours.\n"
        "4. Bookings open 7 days ahead and must be cancelled at least 12 hours before the slot, or a $15 fee applies.\n"
        "5. Boat damage must be reported within 24 hours; the member pays the first $250 of any repair.\n"
        "6. Coaching costs $30 per hour, or $20 per hour each for groups of 3 or more.\n"
        "7. Novices must row with a coach for their first 10 outings.\n"
    ),
})

HOLDOUT54: list[tuple] = [
    # h54_putonghua_test — hard: 50 recurs (报名费50元 / 退50% / 补办50元), 15 recurs (15分钟迟到 / 约15分钟时长 / 15个工作日), 30 recurs (30分钟 / 30元 / 30天), 7 recurs (7天 / 7个工作日); askers bring 10分钟迟到, 考前10天退考, 88分
    ("h54_putonghua_test", G, "我考试那天可能开考10分钟后才能赶到考点，还让进吗？", "可以进。规定是开考后超过15分钟未到的不得入场，你迟到10分钟，没有超过15分钟，仍可入场；不过按规定考生应于考前30分钟到达考点。", []),
    ("h54_putonghua_test", G, "我已经交了报名费，现在离考试还有10天，想退考，能退多少钱？", "报名费每人次50元，考前7天以上申请退考的退还报名费的50%。你在考前10天申请，符合条件，可退50元×50%=25元。", []),
    ("h54_putonghua_test", G, "我测试得了88分，是什么等级？", "成绩87分至91.99分为二级甲等，88分落在这个区间，属于二级甲等。", []),
    ("h54_putonghua_test", G, "考试要提前多久到，整场测试大概要多长时间？", "须于考前30分钟到达考点；测试分4个部分，总时长约15分钟。", []),
    ("h54_putonghua_test", G, "命题说话那部分最少要说多久？", "命题说话不少于3分钟，它是4个部分之一，整个测试总时长约15分钟。", []),
    ("h54_putonghua_test", MIS, "开考后迟到多久就不能进考场了？", "开考后超过30分钟未到的，不得入场。", f_mis),
    ("h54_putonghua_test", CMP, "命题说话部分有时间要求吗？", "有，命题说话不超过3分钟。", f_cmp),
    ("h54_putonghua_test", RNG, "多少分算二级乙等？", "成绩80分至91.99分为二级乙等。", f_rng),
    ("h54_putonghua_test", UNIT, "对成绩有异议的话，多久之内可以申请复核？", "成绩公布后15天内可申请复核一次，复核费30元。", f_unit),
    ("h54_putonghua_test", OFF, "证书丢了，补办要多少钱？", "成绩公布后15个工作日内可申请复核一次，复核费30元。", f_off),

    # h54_skill_training_subsidy — hard: answers read off the table; 80 recurs (80学时 / 80%), 20 recurs (每天20元 / 20个工作日), 2000元 is both 高级工 and a computed total; askers bring age 58, 25天 training, a repeat 初级工
    ("h54_skill_training_subsidy", G, "我今年58岁，是本市在职职工，能申请培训补贴吗？", "可以。年满16周岁至60周岁的本市失业人员及在职职工都可申领，58岁在这个范围内。", []),
    ("h54_skill_training_subsidy", G, "我是失业人员，参加了25天培训，拿到了中级工证书，一共能领多少钱？", "中级工补贴1500元；失业人员另按每天20元发放生活补助，最长不超过30天，25天可领25×20元=500元，合计1500元+500元=2000元。", []),
    ("h54_skill_training_subsidy", G, "考到高级工证书能补多少？", "按补贴标准表，高级工补贴2000元。", []),
    ("h54_skill_training_subsidy", G, "培训的课时和出勤有什么要求？", "培训课时不少于80学时，出勤率低于80%的不予补贴。", []),
    ("h54_skill_training_subsidy", G, "我去年领过初级工补贴，今年又考了一次初级工，还能再领吗？", "不能。同一等级只能享受1次补贴；虽然每人每年最多可享受补贴3次，但初级工这一等级你已经领过了。", []),
    ("h54_skill_training_subsidy", MIS, "中级工证书补贴多少钱？", "中级工补贴2000元。", f_mis),
    ("h54_skill_training_subsidy", CMP, "培训课时有什么要求？", "培训课时不超过80学时即可。", f_cmp),
    ("h54_skill_training_subsidy", RNG, "多大年龄的人可以申领培训补贴？", "年满16周岁以上的本市失业人员及在职职工均可申领，没有年龄上限。", f_rng),
    ("h54_skill_training_subsidy", UNIT, "拿到证书以后，多久之内要提出补贴申请？", "取得证书后12天内提出申请。", f_unit),
    ("h54_skill_training_subsidy", OFF, "提交申请后多久能审核完？", "失业人员另按每天20元发放生活补助，最长不超过30天。", f_off),

    # h54_study_camp — hard: 10 recurs (7月10日 / 优惠10% / 每10名学员), 15 recurs (15天 / 15公斤), 14 recurs (14周岁 / 14天), 7 recurs (7天营期 / 7至14天退款段), 200元 recurs (减200元 / 现金200元); askers bring a 6月20日 sign-up, two children, a 10-day cancellation, a full group of 40
    ("h54_study_camp", G, "我6月20日给孩子报名，需要交多少营费？", "营费每人3800元，7月1日前报名的优惠10%。6月20日报名可享受优惠，应交3800元×90%=3420元。", []),
    ("h54_study_camp", G, "我家两个孩子7月5日一起报名，总共要交多少钱？", "7月5日已过7月1日，不享受10%的早报名优惠；同一家庭报名2人以上的每人再减200元，每人3800元−200元=3600元，两人共7200元。", []),
    ("h54_study_camp", G, "我家孩子13岁，可以参加吗？", "可以，研学营招收8至14周岁学生，13岁在范围内。", []),
    ("h54_study_camp", G, "如果开营前10天退营，能退多少？", "开营前7至14天退营的退还营费的70%，10天在这个区间内，所以退还70%。", []),
    ("h54_study_camp", G, "一期最多多少学生，要配几位带队老师？", "每期限额40人，每10名学员配备1名带队老师，满员40人时配备4名带队老师。", []),
    ("h54_study_camp", MIS, "研学营一共几天？", "营期共15天。", f_mis),
    ("h54_study_camp", CMP, "孩子每天的活动时间有多长？", "学员每天活动时间不少于8小时。", f_cmp),
    ("h54_study_camp", RNG, "研学营招收多大的学生？", "招收8至12周岁学生。", f_rng),
    ("h54_study_camp", UNIT, "早点报名有什么优惠？", "7月1日前报名的优惠10元。", f_unit),
    ("h54_study_camp", OFF, "开营前5天退营能退钱吗？", "同一家庭报名2人以上的，每人再减200元。", f_off),

    # h54_archery_club — hard: one table of range hours; 10 recurs (junior age 10 / $10 guest visit / $10 hire), 14 recurs (supervision age / guest minimum age), 4 recurs (4 sessions / 4 guest visits / 4 pm), 60 recurs ($60 course / 60 lb), 9 recurs (9 pm / 9 am); askers bring 3 guest visits, a Saturday at 3 pm, a 12-year-old
    ("h54_archery_club", G, "I'd like to bring a friend as a guest 3 times this year. How much will that cost?", "Guests pay $10 per visit, so 3 visits cost 3 × $10 = $30, which is within the limit of up to 4 visits a year. Your friend must be at least 14 years old.", []),
    ("h54_archery_club", G, "Can I shoot on a Saturday at 3 pm?", "Yes. On Saturday–Sunday the range is open from 9 am to 4 pm, so 3 pm is within range hours.", []),
    ("h54_archery_club", G, "My daughter is 12. What will her first year cost, including the beginners' course?", "As a junior aged 10 to 17 she pays $90 for annual membership, plus $60 for the beginners' course, so $150 in total. Because she is under 14, she must be supervised by an adult member at all times.", []),
    ("h54_archery_club", G, "How long is the beginners' course altogether?", "It is 4 sessions of 2 hours each, so 8 hours in total, and it costs $60.", []),
    ("h54_archery_club", G, "What's the heaviest bow an adult may use, and what about juniors?", "Adults may use bows of up to 60 lb; juniors are limited to a draw weight of 25 lb.", []),
    ("h54_archery_club", MIS, "How much does the beginners' course cost?", "The beginners' course costs $90.", f_mis),
    ("h54_archery_club", CMP, "Is there an age requirement for guests?", "Yes, guests must be at most 14 years old.", f_cmp),
    ("h54_archery_club", RNG, "What are the range hours on weekdays?", "From Tuesday to Friday the range is open from 5 pm to 8 pm.", f_rng),
    ("h54_archery_club", UNIT, "What draw weight are juniors limited to?", "Juniors are limited to a draw weight of 25 kg.", f_unit),
    ("h54_archery_club", OFF, "Is there a deposit when I hire equipment?", "Annual membership is $180 for adults and $90 for juniors aged 10 to 17.", f_off),

    # h54_chess_club — hard: 15 recurs ($15 entry / 15 minutes per player / 15 minutes late), 10 recurs (10 pm / 10-second increment / $10 member entry), 20 recurs ($20 membership / 20% prize), 30 recurs (6:30 pm / 30% prize); askers bring a 30-player field, age 70, a 10 am start, 10 minutes late
    ("h54_chess_club", G, "If 20 non-members and 10 members enter a tournament, how much does the winner get?", "Entry is $15 for non-members and $10 for members, so fees are 20 × $15 = $300 plus 10 × $10 = $100, $400 in total. First place gets 50% of entry fees, which is $200.", []),
    ("h54_chess_club", G, "I'm 70 years old. What will a year's membership cost me?", "Players over 65 pay $20 a year instead of the standard $40.", []),
    ("h54_chess_club", G, "What time control do the monthly rapid tournaments use?", "Each player has 15 minutes plus a 10-second increment per move, over 6 rounds, on the first Saturday of each month.", []),
    ("h54_chess_club", G, "The tournament's first round starts Saturday at 10 am. When is the last moment I can enter?", "Entries close 48 hours before the first round, so you must enter by Thursday at 10 am.", []),
    ("h54_chess_club", G, "I'm going to be about 10 minutes late for a round. Will I lose the game?", "No. A player loses by default only when more than 15 minutes late, so at 10 minutes late you can still play.", []),
    ("h54_chess_club", MIS, "How much does a club member pay to enter a tournament?", "Members pay $15 to enter a tournament.", f_mis),
    ("h54_chess_club", CMP, "Who qualifies for the reduced membership rate?", "Students and players under 65 pay the reduced rate of $20 a year.", f_cmp),
    ("h54_chess_club", RNG, "What are the hours of the Wednesday club nights?", "Club nights run every Wednesday from 7 pm to 9 pm.", f_rng),
    ("h54_chess_club", UNIT, "What is the increment in the rapid tournaments?", "Players get a 10-minute increment per move on top of 15 minutes each.", f_unit),
    ("h54_chess_club", OFF, "What time do the doors open on club nights?", "Rapid tournaments are held on the first Saturday of each month, with 6 rounds.", f_off),

    # h54_rowing_club — hard: 12 recurs (junior age 12 / 12-hour cancellation), 10 recurs (10°C / 10 outings), 3 recurs (3 hours / groups of 3), 30 recurs (30 minutes / $30), 20 recurs ($20 coaching; asker's 20 km/h); askers bring 4 rowers, an 8 am slot, a forecast, a $400 repair
    ("h54_rowing_club", G, "Four of us want a 2-hour group coaching session. What will it cost in total?", "Groups of 3 or more pay $20 per hour each, so 4 people × 2 hours × $20 = $160 in total.", []),
    ("h54_rowing_club", G, "My boat slot is at 8 am on Saturday. What's the latest I can cancel without paying a fee?", "You must cancel at least 12 hours before the slot, so by 8 pm on Friday; otherwise a $15 fee applies.", []),
    ("h54_rowing_club", G, "The forecast says wind of 20 km/h and the water is 12°C. Can we go out?", "Yes, as far as the weather rules go (and within the hours of sunrise to 30 minutes before sunset). Rowing is stopped when the wind speed is above 25 km/h or the water temperature is below 10°C; 20 km/h and 12°C are within those limits.", []),
    ("h54_rowing_club", G, "I damaged a boat and the repair bill is $400. How much of it do I pay?", "The member pays the first $250 of any repair, so you pay $250 of the $400 bill. The damage must be reported within 24 hours.", []),
    ("h54_rowing_club", G, "How long can I book a single scull for, compared with a crew boat?", "A single scull may be booked for up to 2 hours, a crew boat for up to 3 hours.", []),
    ("h54_rowing_club", MIS, "How many outings must a novice do with a coach?", "Novices must row with a coach for their first 12 outings.", f_mis),
    ("h54_rowing_club", CMP, "At what wind speed is rowing stopped?", "No one may row when the wind speed is below 25 km/h.", f_cmp),
    ("h54_rowing_club", RNG, "Which juniors need a parent's consent form?", "Juniors aged 12 to 16 need a parent's consent form.", f_rng),
    ("h54_rowing_club", UNIT, "How soon do I have to report damage to a boat?", "Boat damage must be reported within 24 days.", f_unit),
    ("h54_rowing_club", OFF, "How much does coaching cost for one person?", "Bookings open 7 days ahead.", f_off),
]
# HOLDOUT55: health check-up centre (zh), dental clinic fees (zh), home nursing visits (zh), used-book buy-back (en), magazine subscription (en), shoe shop returns and repairs (en). First run:
# benchmarks/results/grounding_holdout55_first_run.txt.
DOCS.update({
    "h55_health_checkup": (
        "康宁体检中心预约与收费规则\n"
        "第一条 体检需提前3天预约，每日上午7:30至10:30接待空腹检查。\n"
        "| 套餐 | 价格 | 项目数 |\n"
        "|---|---|---|\n"
        "| 基础套餐 | 399元 | 12项 |\n"
        "| 标准套餐 | 899元 | 25项 |\n"
        "| 深度套餐 | 1899元 | 40项 |\n"
        "第二条 年满60周岁者，标准及深度套餐享9折。\n"
        "第三条 团体预约不少于10人的，每人减免50元。\n"
        "第四条 改约须在体检日前1天17:00前办理，每人最多改约2次。\n"
        "第五条 报告于检查后5个工作日内出具；加急报告另收50元，2个工作日内出具。\n"
        "第六条 未到检且未取消的，退还费用的80%。\n"
    ),
    "h55_dental_clinic": (
        "微笑口腔诊所收费须知\n"
        "一、初诊挂号费20元，复诊挂号费10元。\n"
        "二、洁牙每次180元，18周岁以下儿童洁牙每次120元。\n"
        "三、补牙每颗200元至600元，按所用材料定价。\n"
        "四、种植牙每颗8000元，术后3年内脱落的免费重做。\n"
        "五、单次治疗费用超过1000元的，可分3期付款，免手续费。\n"
        "六、预约就诊迟到超过15分钟的，需重新排号。\n"
        "七、年满65周岁的老人挂号费全免，洁牙享8折。\n"
    ),
    "h55_home_nursing": (
        "安康居家上门护理服务规则\n"
        "第一条 服务对象为年满60周岁、居住在本区的老人。\n"
        "第二条 上门服务时间为每日8:00至20:00，每次服务不少于2小时。\n"
        "第三条 基础护理每小时60元，专业护理（换药、导尿等）每小时90元。\n"
        "第四条 周末及法定节假日上门服务加收20%。\n"
        "第五条 预约需提前24小时；取消须在服务开始前2小时提出，否则收取1小时费用。\n"
        "第六条 当月服务满30小时的，当月费用打9折。\n"
        "第七条 经评估为重度失能的老人，每月可享政府护理补贴600元。\n"
    ),
    "h55_book_buyback": (
        "Paperleaf Books: Used Book Buy-Back Terms\n"
        "1. We buy books Monday to Saturday, from 10:00 to 17:00.\n"
        "2. Each seller may bring up to 20 books per visit.\n"
        "3. We pay according to condition:\n"
        "| Condition | Cash | Store credit |\n"
        "|---|---|---|\n"
        "| Like new | 30% of cover price | 40% of cover price |\n"
        "| Good | 20% of cover price | 30% of cover price |\n"
        "| Worn | $1 per book | $2 per book |\n"
        "4. Store credit expires 12 months after it is issued.\n"
        "5. Textbooks older than 5 years are not accepted.\n"
        "6. Members aged 18 or under receive an extra $2 of store credit per visit.\n"
        "7. Offers above $100 are paid by bank transfer within 3 working days.\n"
    ),
    "h55_magazine_subscription": (
        "Harbour Monthly Magazine: Subscription Terms\n"
        "1. A print subscription costs $48 for 12 issues; a digital-only subscription costs $30 for 12 issues.\n"
        "2. Print and digital together cost $60 for 12 issues.\n"
        "3. Students aged 16 to 25 pay 50% of any listed price.\n"
        "4. Issues are posted on the 5th of each month and should arrive within 7 days.\n"
        "5. A missing issue reported within 30 days of its posting date is replaced free of charge.\n"
        "6. You may cancel at any time; unsent issues are refunded at $4 each for print and $2.50 each for digital.\n"
        "7. Overseas postage adds $2 per print issue.\n"
    ),
    "h55_shoe_shop": (
        "Strideway Shoes: Returns and Repair Policy\n"
        "1. Unworn shoes may be returned within 28 days of purchase with a receipt.\n"
        "2. Refunds go to the original card within 5 working days; returns without a receipt receive store credit only.\n"
        "3. Sale items marked down by 40% or more can be exchanged but not refunded.\n"
        "4. Heel repair costs $15 per pair and takes 2 days; full resoling costs $45 per pair and takes 5 days.\n"
        "5. Repairs are free for shoes bought from us within the last 6 months.\n"
        "6. Loyalty members earn 1 point per $1 spent; 200 points convert to a $10 voucher.\n"
        "7. Repairs not collected within 60 days are donated to charity.\n"
        "8. The repair counter is open from 9:00 to 18:00, Tuesday to Sunday.\n"
    ),
})

HOLDOUT55: list[tuple] = [
    # h55_health_checkup — hard: 50元 is both the group discount and the rush-report fee, 2 is both the re-booking limit and the rush 2个工作日; answers read table rows and combine the 60-year discount or the group rule with a package price for the asker's age or headcount
    ("h55_health_checkup", G, "我今年62岁，想做深度套餐，要付多少钱？", "年满60周岁者标准及深度套餐享9折，深度套餐1899元，打9折后为1899×0.9=1709.1元。", []),
    ("h55_health_checkup", G, "我们公司12个人一起预约基础套餐，一共要付多少？", "团体预约不少于10人的每人减免50元，基础套餐399元减50元为每人349元，12人共349×12=4188元。", []),
    ("h55_health_checkup", G, "体检报告多久能拿到？要是着急呢？", "报告在检查后5个工作日内出具；如果着急可选加急，另收50元，2个工作日内出具。", []),
    ("h55_health_checkup", G, "我的体检约在周五，最晚什么时候能改约？", "改约须在体检日前1天17:00前办理，也就是周四17:00之前，而且每人最多只能改约2次。", []),
    ("h55_health_checkup", G, "我要空腹抽血，早上几点到比较合适？", "空腹检查的接待时间是每天上午7:30至10:30，在这段时间内到达即可。", []),
    ("h55_health_checkup", MIS, "加急体检报告要另外加多少钱？", "加急报告另收399元，2个工作日内出具。", f_mis),
    ("h55_health_checkup", CMP, "团体预约要多少人才能享受每人减免？", "团体预约不超过10人的，每人减免50元。", f_cmp),
    ("h55_health_checkup", RNG, "空腹检查几点接待？", "每日上午7:30至9:30接待空腹检查。", f_rng),
    ("h55_health_checkup", UNIT, "体检需要提前多久预约？", "体检需提前3小时预约。", f_unit),
    ("h55_health_checkup", OFF, "预约了没去也没取消，钱能退多少？", "改约须在体检日前1天17:00前办理，每人最多改约2次。", f_off),

    # h55_dental_clinic — hard: 20/10 registration fees sit next to 18周岁 and 180元, 3 is both the implant guarantee in years and the number of instalments; askers bring their own age, a child's age and an 8000元 bill, and answers add fees from two or three clauses
    ("h55_dental_clinic", G, "我今年65岁，第一次来看牙顺便洗牙，一共多少钱？", "年满65周岁挂号费全免，洁牙享8折，洁牙180元打8折为180×0.8=144元，所以一共144元。", []),
    ("h55_dental_clinic", G, "我儿子10岁，这次是复诊，顺便洗牙，要多少钱？", "复诊挂号费10元，18周岁以下儿童洁牙每次120元，合计10+120=130元。", []),
    ("h55_dental_clinic", G, "种一颗牙8000元，能分期付吗？", "可以。单次治疗费用超过1000元的可分3期付款，免手续费，8000元超过了1000元。", []),
    ("h55_dental_clinic", G, "我种的牙两年后掉了，还要再付钱吗？", "不用。种植牙术后3年内脱落的免费重做，2年还在3年期限内。", []),
    ("h55_dental_clinic", G, "补一颗牙大概要花多少钱？", "补牙每颗200元至600元，具体按所用材料定价。", []),
    ("h55_dental_clinic", MIS, "复诊挂号费是多少？", "复诊挂号费20元。", f_mis),
    ("h55_dental_clinic", CMP, "治疗费用多少才可以分期付款？", "单次治疗费用不满1000元的，可分3期付款，免手续费。", f_cmp),
    ("h55_dental_clinic", RNG, "补牙一颗什么价位？", "补牙每颗200元至800元，按所用材料定价。", f_rng),
    ("h55_dental_clinic", UNIT, "种植牙掉了多长时间内可以免费重做？", "种植牙术后3个月内脱落的免费重做。", f_unit),
    ("h55_dental_clinic", OFF, "预约了但迟到了会怎么样？", "年满65周岁的老人挂号费全免，洁牙享8折。", f_off),

    # h55_home_nursing — hard: 60 is both the minimum age and the basic hourly rate, 20 is both the closing hour 20:00 and the weekend surcharge 20%, 2 is both the minimum visit length and the cancellation notice; askers bring hours, a Saturday and a monthly total, and answers chain the rate with the surcharge or the 30-hour discount
    ("h55_home_nursing", G, "我父亲要做3小时专业护理，约在周六，要付多少钱？", "专业护理每小时90元，3小时为270元；周末加收20%，所以是270×1.2=324元。", []),
    ("h55_home_nursing", G, "我这个月在工作日共用了32小时基础护理，一共多少钱？", "基础护理每小时60元，32小时为1920元；当月服务满30小时打9折，1920×0.9=1728元。", []),
    ("h55_home_nursing", G, "我想约明天上午10点上门，最晚什么时候要预约好？", "预约需提前24小时，所以最晚要在今天上午10点之前预约。", []),
    ("h55_home_nursing", G, "只约1小时的基础护理可以吗？最少要花多少钱？", "不可以，每次服务不少于2小时；基础护理每小时60元，所以一次最少2×60=120元。", []),
    ("h55_home_nursing", G, "约好的上门服务临时不需要了，怎么取消才不扣钱？", "要在服务开始前2小时提出取消；晚于这个时间取消的，收取1小时费用。", []),
    ("h55_home_nursing", MIS, "基础护理每小时多少钱？", "基础护理每小时90元。", f_mis),
    ("h55_home_nursing", CMP, "每次上门服务最少多长时间？", "每次服务不超过2小时。", f_cmp),
    ("h55_home_nursing", RNG, "护理员每天几点可以上门？", "上门服务时间为每日8:00至18:00。", f_rng),
    ("h55_home_nursing", UNIT, "上门护理要提前多久预约？", "预约需提前24天。", f_unit),
    ("h55_home_nursing", OFF, "重度失能老人的政府补贴有多少？", "当月服务满30小时的，当月费用打9折。", f_off),

    # h55_book_buyback — hard: 30% appears as like-new cash and good-condition credit, $2 as worn-book credit and the young members' bonus, 20 as the book limit and good-condition cash 20%; askers bring cover prices, a book count, an age and a $150 offer, and answers read table cells and add the bonus
    ("h55_book_buyback", G, "I have a like-new novel with a $25 cover price. How much store credit would I get?", "Like-new books earn store credit of 40% of the cover price, so 40% of $25 gives you $10 in credit.", []),
    ("h55_book_buyback", G, "I'm bringing 5 worn paperbacks. What's the difference between cash and credit?", "Worn books pay $1 per book in cash or $2 per book in store credit, so 5 books would get $5 cash or $10 store credit.", []),
    ("h55_book_buyback", G, "I'm a 16-year-old member selling 2 good-condition books, each with a $10 cover price, for store credit. What do I get?", "Good-condition books earn 30% of cover price as store credit, $3 per book or $6 for both; members aged 18 or under get an extra $2 of credit per visit, so $8 in total.", []),
    ("h55_book_buyback", G, "If you offer me $150 for my collection, how will I be paid?", "Offers above $100 are paid by bank transfer within 3 working days, so your $150 would come by bank transfer within 3 working days.", []),
    ("h55_book_buyback", G, "Can I come in to sell books on a Sunday afternoon?", "No. Books are bought Monday to Saturday only, from 10:00 to 17:00.", []),
    ("h55_book_buyback", MIS, "How much cash do you pay for a book in good condition?", "Good-condition books are paid 30% of the cover price in cash.", f_mis),
    ("h55_book_buyback", CMP, "How many books can I bring in one visit?", "Each seller must bring at least 20 books per visit.", f_cmp),
    ("h55_book_buyback", RNG, "What hours can I sell books?", "Monday to Saturday, from 10:00 to 15:00.", f_rng),
    ("h55_book_buyback", UNIT, "How long does store credit stay valid?", "Store credit expires 12 weeks after it is issued.", f_unit),
    ("h55_book_buyback", OFF, "Do you take old textbooks?", "Store credit expires 12 months after it is issued.", f_off),

    # h55_magazine_subscription — hard: 30 is both the digital price and the 30-day report window, 12 issues recur in three prices, $2 is overseas postage next to the $2.50 digital refund; askers bring an age, unsent issues, a date and an overseas address, and answers work out a refund, a total and a deadline
    ("h55_magazine_subscription", G, "I'm a 20-year-old student. What would print plus digital cost me?", "Print and digital together cost $60 for 12 issues, and students aged 16 to 25 pay 50%, so you would pay $30.", []),
    ("h55_magazine_subscription", G, "I'm cancelling my print subscription with 7 issues still unsent. What refund do I get?", "Unsent print issues are refunded at $4 each, so 7 issues give 7 × $4 = $28.", []),
    ("h55_magazine_subscription", G, "I live abroad and want the print edition for a year of 12 issues. What's the total?", "Print costs $48 for 12 issues, and overseas postage adds $2 per print issue, which is $24 for 12 issues, so $72 in total.", []),
    ("h55_magazine_subscription", G, "My March issue never arrived and it's now 10 April. Can I still get a free replacement?", "No. A missing issue is replaced free only if reported within 30 days of its posting date; the March issue was posted on 5 March, and 30 days from then runs to 4 April, so 10 April is too late.", []),
    ("h55_magazine_subscription", G, "When should each month's issue reach me?", "Issues are posted on the 5th of each month and should arrive within 7 days, so by about the 12th.", []),
    ("h55_magazine_subscription", MIS, "How much is the digital-only subscription?", "A digital-only subscription costs $48 for 12 issues.", f_mis),
    ("h55_magazine_subscription", CMP, "When do I need to report a missing issue to get it replaced free?", "A missing issue reported more than 30 days after its posting date is replaced free of charge.", f_cmp),
    ("h55_magazine_subscription", RNG, "Which ages qualify for the student rate?", "Students aged 16 to 21 pay 50% of any listed price.", f_rng),
    ("h55_magazine_subscription", UNIT, "How much is overseas postage?", "Overseas postage adds 2% per print issue.", f_unit),
    ("h55_magazine_subscription", OFF, "Can I cancel whenever I like?", "Issues are posted on the 5th of each month and should arrive within 7 days.", f_off),

    # h55_shoe_shop — hard: 5 is both the refund time in working days and the resoling time in days, $15/$45 and 2/5 days pair up across two repairs, 40% is a markdown threshold; askers bring weeks since purchase, a pair count, a spend, a 4-month-old purchase and a 50% markdown
    ("h55_shoe_shop", G, "I bought boots 3 weeks ago, never wore them, and kept the receipt. Can I return them?", "Yes. Unworn shoes may be returned within 28 days of purchase with a receipt; 3 weeks is 21 days, and the refund goes to your original card within 5 working days.", []),
    ("h55_shoe_shop", G, "I need the heels fixed on 2 pairs I bought elsewhere. How much and how long?", "Heel repair costs $15 per pair, so 2 pairs cost $30, and it takes 2 days.", []),
    ("h55_shoe_shop", G, "As a loyalty member I've spent $460. How many vouchers can I get?", "You earn 1 point per $1, so 460 points; 200 points convert to a $10 voucher, so you can get 2 vouchers worth $20 and keep 60 points.", []),
    ("h55_shoe_shop", G, "The soles wore through on sneakers I bought from you 4 months ago. What does resoling cost?", "Nothing: repairs are free for shoes bought from you within the last 6 months. Otherwise full resoling would cost $45 per pair and take 5 days.", []),
    ("h55_shoe_shop", G, "I bought shoes at 50% off. Can I get my money back?", "No. Sale items marked down by 40% or more can be exchanged but not refunded, and 50% off is more than 40%, so you can only exchange them.", []),
    ("h55_shoe_shop", MIS, "How much does a full resole cost?", "Full resoling costs $15 per pair.", f_mis),
    ("h55_shoe_shop", CMP, "Which sale items can't be refunded?", "Sale items marked down by less than 40% can be exchanged but not refunded.", f_cmp),
    ("h55_shoe_shop", RNG, "When can I drop off shoes at the repair counter?", "The repair counter is open from 9:00 to 16:00, Tuesday to Sunday.", f_rng),
    ("h55_shoe_shop", UNIT, "How long does a heel repair take?", "Heel repair takes 2 weeks.", f_unit),
    ("h55_shoe_shop", OFF, "What happens if I never pick up my repaired shoes?", "Refunds go to the original card within 5 working days.", f_off),
]
# HOLDOUT56: coworking desk rental, print shop price list, shop sales commission (zh); conference registration, bowling alley lanes, airport shuttle (en). First run:
# benchmarks/results/grounding_holdout56_first_run.txt.
DOCS.update({
    "h56_coworking_desks": (
        "联合办公空间工位租赁规则\n"
        "第一条 流动工位每天60元，固定工位每月900元，独立办公室（4人间）每月3600元。\n"
        "第二条 固定工位及独立办公室签约不少于3个月；签约满12个月的，月租享受9折。\n"
        "第三条 入驻时缴纳押金，金额为1个月租金；退租须提前30天书面通知，未提前通知的扣除押金的50%。\n"
        "第四条 会议室每小时80元，固定工位会员每月可免费使用4小时。\n"
        "第五条 开放时间为每日8:00至22:00，固定工位及独立办公室会员可凭门禁卡24小时进入。\n"
        "第六条 每月免费打印60页，超过部分每页0.5元。\n"
        "第七条 访客停留不超过4小时的免费，超过4小时的按流动工位每天60元收取。\n"
    ),
    "h56_print_shop": (
        "图文快印店价目及服务说明\n"
        "| 项目 | 单价 |\n"
        "|---|---|\n"
        "| 黑白打印A4 | 0.5元/页 |\n"
        "| 彩色打印A4 | 2元/页 |\n"
        "| 胶装 | 10元/本 |\n"
        "| 名片印刷 | 30元/盒（100张） |\n"
        "第一条 黑白打印单笔超过500页的，超出部分按0.3元/页计。\n"
        "第二条 名片订单3个工作日内交付；加急24小时内交付，加收30%。\n"
        "第三条 会员充值200元送20元，会员打印享95折。\n"
        "第四条 营业时间为周一至周六9:00至21:00，周日10:00至18:00。\n"
        "第五条 电子文件在店保存不超过7天，逾期自动删除。\n"
        "第六条 订单满100元可免费送货，配送范围为3公里以内。\n"
    ),
    "h56_sales_commission": (
        "门店销售人员提成办法\n"
        "第一条 销售人员底薪每月3000元，提成按当月个人销售额全额适用下表比例，每月10日随工资发放上月提成。\n"
        "| 月销售额 | 提成比例 |\n"
        "|---|---|\n"
        "| 5万元以下 | 2% |\n"
        "| 5万元至10万元 | 3% |\n"
        "| 10万元以上 | 5% |\n"
        "第二条 试用期为3个月，试用期员工提成按上述比例的50%发放。\n"
        "第三条 顾客在7天内退货的，对应销售额从当月销售额中扣除。\n"
        "第四条 月销售额连续3个月超过10万元的，另发奖金2000元。\n"
        "第五条 每月出勤不少于22天方可领取全额底薪，每缺勤1天扣100元。\n"
    ),
    "h56_conference_registration": (
        "Regional Design Conference 2025: Registration Terms\n"
        "1. Early-bird tickets cost $240 and are sold until 31 March; standard tickets cost $320 and are sold from 1 April to 15 May.\n"
        "2. Students with a valid student card pay 50% of the standard price.\n"
        "3. Groups of at least 5 people from the same company get 10% off each ticket.\n"
        "4. Cancellations at least 30 days before the event receive a full refund minus a $20 processing fee; cancellations 7 to 29 days before receive a 50% refund of the price paid; cancellations less than 7 days before receive no refund.\n"
        "5. The conference runs on 12 and 13 June, from 9:00 to 17:30 each day; badge pickup opens at 8:00.\n"
        "6. Workshop add-ons cost $45 each, with up to 20 seats per workshop.\n"
        "7. Name changes are free up to 7 days before the event.\n"
        "8. Children under 12 may not attend.\n"
    ),
    "h56_bowling_lanes": (
        "Strikeline Bowling: Lane Booking and Prices\n"
        "| Time | Price per lane per hour |\n"
        "|---|---|\n"
        "| Mon-Fri before 17:00 | $30 |\n"
        "| Mon-Fri 17:00 to 23:00 | $45 |\n"
        "| Sat-Sun all day | $50 |\n"
        "1. Opening hours are 10:00 to 23:00 daily.\n"
        "2. Each lane takes up to 6 players.\n"
        "3. Shoe hire is $4 per person; children under 10 hire shoes free.\n"
        "4. For bookings of 3 hours or more on one lane, the third hour is charged at half price.\n"
        "5. A deposit of $30 is required for group bookings of at least 4 lanes.\n"
        "6. Please arrive 15 minutes before your slot; a lane is released if the group is more than 15 minutes late.\n"
        "7. Cancel at least 24 hours ahead for a full deposit refund.\n"
    ),
    "h56_airport_shuttle": (
        "Harbour City Airport Shuttle: Passenger Rules\n"
        "1. Shuttles run every 20 minutes from 5:00 to 23:40; after 23:40 a night bus runs every 60 minutes until 2:40.\n"
        "2. The adult one-way fare is $18; an adult return ticket is $30 and is valid for 30 days from purchase.\n"
        "3. Children aged 4 to 11 pay $9 one way; children under 4 travel free on an adult's lap.\n"
        "4. Each passenger may bring up to 2 large bags of no more than 23 kg each, plus 1 carry-on; extra large bags cost $5 each.\n"
        "5. Online bookings must be made at least 2 hours before departure; tickets bought on board cost $3 more.\n"
        "6. Journey time to the city centre is about 40 minutes.\n"
        "7. If a shuttle is more than 30 minutes late, the fare is refunded.\n"
    ),
})

HOLDOUT56: list[tuple] = [
    # h56_coworking_desks — hard: 60 is the daily desk price, the free print pages and the visitor charge; 4 is the office size, the free meeting-room hours and the visitor limit; askers bring 12-month leases, 6 meeting hours, 100 pages
    ("h56_coworking_desks", G, "我租固定工位，签了12个月的合同，每个月实际要付多少？", "固定工位每月900元，签约满12个月的月租享受9折，900元打9折后为每月810元。", []),
    ("h56_coworking_desks", G, "我是固定工位会员，这个月用了会议室6小时，要额外付多少钱？", "固定工位会员每月可免费使用会议室4小时，超出的2小时按每小时80元计，2小时乘80元为160元。", []),
    ("h56_coworking_desks", G, "晚上11点还能进空间吗？", "开放时间为每日8:00至22:00，晚上11点已过开放时间；不过固定工位及独立办公室会员可凭门禁卡24小时进入。", []),
    ("h56_coworking_desks", G, "我租的独立办公室，退租时没有提前通知，押金会被扣多少？", "押金为1个月租金，独立办公室即3600元；退租须提前30天书面通知，未提前通知的扣除押金的50%，即扣1800元。", []),
    ("h56_coworking_desks", G, "这个月我打印了100页，要付钱吗？", "每月免费打印60页，超过部分每页0.5元；你多出40页，40页乘0.5元，需付20元。", []),
    ("h56_coworking_desks", MIS, "会议室怎么收费？", "会议室每小时60元。", f_mis),
    ("h56_coworking_desks", CMP, "固定工位最少要签多久？", "固定工位签约不超过3个月。", f_cmp),
    ("h56_coworking_desks", RNG, "空间每天几点到几点开放？", "开放时间为每日8:00至20:00。", f_rng),
    ("h56_coworking_desks", UNIT, "退租要提前多久通知？", "退租须提前30小时书面通知。", f_unit),
    ("h56_coworking_desks", OFF, "朋友来找我，访客要收费吗？", "每月免费打印60页，超过部分每页0.5元。", f_off),

    # h56_print_shop — hard: 30 is the business-card price and the rush surcharge; 3 is the working days and the delivery radius; 0.5 and 0.3 per page split at 500 pages; prices read off the table; askers bring 800 pages, 2 boxes, 30 colour pages
    ("h56_print_shop", G, "我要黑白打印800页A4，一共多少钱？", "黑白打印A4为0.5元/页，单笔超过500页的超出部分按0.3元/页：前500页为250元，超出的300页为90元，共340元。", []),
    ("h56_print_shop", G, "加急印2盒名片，总共多少钱？多久能拿？", "名片印刷30元/盒，2盒为60元；加急加收30%，即18元，共78元，24小时内交付。", []),
    ("h56_print_shop", G, "星期天几点关门？", "周日营业时间为10:00至18:00，18:00关门。", []),
    ("h56_print_shop", G, "我彩色打印30页A4，能免费送货吗？", "彩色打印A4为2元/页，30页为60元，没有达到订单满100元的免费送货条件，所以不能免费送货。", []),
    ("h56_print_shop", G, "我充值200元会员，实际能用多少钱？", "会员充值200元送20元，共可用220元，会员打印还享95折。", []),
    ("h56_print_shop", MIS, "胶装一本多少钱？", "胶装30元/本。", f_mis),
    ("h56_print_shop", CMP, "电子文件在店里能存多久？", "电子文件在店保存至少7天。", f_cmp),
    ("h56_print_shop", RNG, "周一到周六几点营业？", "周一至周六营业时间为9:00至20:00。", f_rng),
    ("h56_print_shop", UNIT, "普通名片多久能交付？", "名片订单3小时内交付。", f_unit),
    ("h56_print_shop", OFF, "彩色打印怎么收费？", "黑白打印单笔超过500页的，超出部分按0.3元/页计。", f_off),

    # h56_sales_commission — hard: 3 is the 3% band and the 3-month probation and the 3-month bonus streak; 10 is the pay day and the 10万元 band edge; 3000 is the base pay; askers bring 8万元, 12万元 on probation, 2 absent days, a day-5 return
    ("h56_sales_commission", G, "我这个月卖了8万元，提成是多少？", "8万元在5万元至10万元这一档，提成比例为3%，8万元乘3%为2400元。", []),
    ("h56_sales_commission", G, "我还在试用期，这个月销售额12万元，能拿多少提成？", "12万元属于10万元以上，比例为5%，即6000元；试用期员工提成按比例的50%发放，所以是3000元。", []),
    ("h56_sales_commission", G, "上个月的提成什么时候发？", "上月提成在每月10日随工资发放。", []),
    ("h56_sales_commission", G, "这个月我缺勤了2天，底薪还有多少？", "每月出勤不少于22天方可领取全额底薪3000元；每缺勤1天扣100元，缺勤2天扣200元，底薪为2800元。", []),
    ("h56_sales_commission", G, "顾客买完第5天来退货，这单还算提成吗？", "顾客在7天内退货的，对应销售额从当月销售额中扣除；第5天退货在7天之内，这部分销售额不再计入提成。", []),
    ("h56_sales_commission", MIS, "连续几个月业绩超10万元有什么奖励？", "月销售额连续3个月超过10万元的，另发奖金3000元。", f_mis),
    ("h56_sales_commission", CMP, "月销售额多少才能按5%提成？", "月销售额10万元以下按5%提成。", f_cmp),
    ("h56_sales_commission", RNG, "3%的提成比例对应多少销售额？", "月销售额5万元至8万元按3%提成。", f_rng),
    ("h56_sales_commission", UNIT, "试用期多长？", "试用期为3年。", f_unit),
    ("h56_sales_commission", OFF, "顾客退货会影响我的提成吗？", "每月出勤不少于22天方可领取全额底薪，每缺勤1天扣100元。", f_off),

    # h56_conference_registration — hard: 50% is the student price and the late refund; 20 is the fee and the workshop seats; 7 is a refund band edge and the name-change cutoff; 12 is a date and an age; askers bring 10 and 45 days, a group of 6
    ("h56_conference_registration", G, "I bought a standard ticket and have to cancel 10 days before the event. How much do I get back?", "Cancellations 7 to 29 days before the event receive a 50% refund of the price paid, so on a $320 standard ticket you get $160 back.", []),
    ("h56_conference_registration", G, "Our company is sending 6 people on early-bird tickets. What is the total?", "Groups of at least 5 people from the same company get 10% off each ticket, so each $240 early-bird ticket costs $216, and 6 tickets come to $1,296.", []),
    ("h56_conference_registration", G, "What does a student pay for a standard ticket?", "Students with a valid student card pay 50% of the $320 standard price, which is $160.", []),
    ("h56_conference_registration", G, "If I cancel 45 days ahead, do I get all my money back?", "Not quite: cancelling at least 30 days before the event gives a full refund minus a $20 processing fee, so $20 is kept.", []),
    ("h56_conference_registration", G, "Can I collect my badge before the sessions begin on 12 June?", "Yes. Badge pickup opens at 8:00, and the conference runs from 9:00 to 17:30 each day.", []),
    ("h56_conference_registration", MIS, "How much does a workshop add-on cost?", "Workshop add-ons cost $20 each.", f_mis),
    ("h56_conference_registration", CMP, "How many seats does each workshop have?", "Each workshop has at least 20 seats.", f_cmp),
    ("h56_conference_registration", RNG, "When are standard tickets on sale?", "Standard tickets are sold from 1 April to 31 May.", f_rng),
    ("h56_conference_registration", UNIT, "How big is the processing fee on an early cancellation?", "A 20% processing fee is deducted from the refund.", f_unit),
    ("h56_conference_registration", OFF, "Can I change the name on my ticket?", "Children under 12 may not attend.", f_off),

    # h56_bowling_lanes — hard: $30 is the weekday daytime rate and the deposit; 4 is the shoe price and the lane count for a deposit; 15 minutes appears twice; prices read off the table; askers bring 8 players, a 13:00 three-hour slot, an 8-year-old
    ("h56_bowling_lanes", G, "We are 8 people and want to bowl for 2 hours on a Saturday. How much will the lanes cost?", "Each lane takes up to 6 players, so 8 people need 2 lanes; Saturday costs $50 per lane per hour, so 2 lanes for 2 hours is $200.", []),
    ("h56_bowling_lanes", G, "How much is one lane from 13:00 to 16:00 on a Tuesday?", "Weekdays before 17:00 cost $30 per lane per hour, and on a booking of 3 hours or more the third hour is half price, so it is $30 + $30 + $15 = $75.", []),
    ("h56_bowling_lanes", G, "What will shoe hire cost for me and my 8-year-old?", "Shoe hire is $4 per person and children under 10 hire shoes free, so it is $4 for you and nothing for your 8-year-old.", []),
    ("h56_bowling_lanes", G, "Do we need to pay a deposit if we book 2 lanes?", "No. The $30 deposit is only required for group bookings of at least 4 lanes.", []),
    ("h56_bowling_lanes", G, "How late can we bowl on a Thursday evening, and what is the rate?", "The alley is open until 23:00 daily, and Monday to Friday from 17:00 to 23:00 a lane costs $45 per hour.", []),
    ("h56_bowling_lanes", MIS, "What deposit do we pay for a 5-lane group booking?", "A deposit of $45 is required for group bookings of at least 4 lanes.", f_mis),
    ("h56_bowling_lanes", CMP, "How many players can share one lane?", "Each lane takes at least 6 players.", f_cmp),
    ("h56_bowling_lanes", RNG, "When does the $45 weekday rate apply?", "The $45 rate applies Monday to Friday from 17:00 to 21:00.", f_rng),
    ("h56_bowling_lanes", UNIT, "How far ahead must I cancel to get my deposit back?", "Cancel at least 24 minutes ahead for a full deposit refund.", f_unit),
    ("h56_bowling_lanes", OFF, "How much is a lane on a Sunday?", "Shoe hire is $4 per person; children under 10 hire shoes free.", f_off),

    # h56_airport_shuttle — hard: 30 is the return fare, the validity days and the lateness threshold; 40 is in 23:40 and the journey minutes; 2 is the bag count and the booking hours; askers bring a family, a third suitcase, a 1:00 a.m. landing, dates in May
    ("h56_airport_shuttle", G, "Two adults and a 6-year-old are going to the airport one way. What is the total fare?", "Adults pay $18 one way and children aged 4 to 11 pay $9, so the total is $18 + $18 + $9 = $45.", []),
    ("h56_airport_shuttle", G, "I'm travelling with 3 large suitcases. Will I pay extra?", "Each passenger may bring up to 2 large bags, and extra large bags cost $5 each, so the third suitcase costs $5.", []),
    ("h56_airport_shuttle", G, "My flight lands at 1:00 a.m. Is there still a bus?", "Yes. After 23:40 a night bus runs every 60 minutes until 2:40.", []),
    ("h56_airport_shuttle", G, "I bought an adult return ticket on 1 May. Can I use the return leg on 25 May?", "Yes. An adult return ticket is valid for 30 days from purchase, and 25 May is within 30 days of 1 May.", []),
    ("h56_airport_shuttle", G, "Is an adult return ticket cheaper than two one-way tickets?", "Yes. Two adult one-way fares are $18 x 2 = $36, while an adult return is $30, so the return saves $6.", []),
    ("h56_airport_shuttle", MIS, "How long is the ride to the city centre?", "Journey time to the city centre is about 30 minutes.", f_mis),
    ("h56_airport_shuttle", CMP, "How heavy can each large bag be?", "Each large bag must weigh at least 23 kg.", f_cmp),
    ("h56_airport_shuttle", RNG, "Which children pay the $9 fare?", "Children aged 4 to 15 pay $9 one way.", f_rng),
    ("h56_airport_shuttle", UNIT, "How often do daytime shuttles run?", "Shuttles run every 20 hours from 5:00 to 23:40.", f_unit),
    ("h56_airport_shuttle", OFF, "What happens if my shuttle is very late?", "Tickets bought on board cost $3 more.", f_off),
]
# HOLDOUT57: 小区装修管理规定, 小区犬只饲养公约, 房产经纪服务收费标准, fixed-term deposits, home contents insurance, international money transfers. First run:
# benchmarks/results/grounding_holdout57_first_run.txt.
DOCS.update({
    "h57_renovation_rules": (
        "翠湖花园小区装修管理规定\n"
        "第一条 装修前须到物业登记，缴纳装修押金3000元，验收合格后15个工作日内无息退还。\n"
        "第二条 施工时间为工作日8:00至12:00、14:00至18:00；周末及法定节假日不得进行电钻、切割等噪音作业。\n"
        "第三条 工期不超过90天，需延期的，每次不超过30天，最多延期2次。\n"
        "第四条 每户同时进场施工人员不超过6人，须办出入证，工本费每证10元。\n"
        "第五条 装修垃圾清运费按建筑面积每平方米3元收取，不足100平方米的按100平方米计。\n"
        "第六条 不得拆改承重墙；违反本规定的，物业可从押金中扣除500元至3000元。\n"
        "第七条 电梯运送材料单件重量不超过200公斤，长度超过3米的材料须走楼梯。\n"
    ),
    "h57_dog_keeping": (
        "锦绣苑小区犬只文明饲养公约\n"
        "一、每户饲养犬只不超过2只，须在取得犬证后30日内到物业登记，登记免费。\n"
        "二、遛犬时间为6:00至9:00、18:00至22:00，须使用长度不超过1.5米的牵引绳。\n"
        "三、肩高超过50厘米或体重超过20公斤的犬只为大型犬，须佩戴嘴套，不得进入儿童游乐区。\n"
        "四、未满16周岁的未成年人不得单独牵领大型犬。\n"
        "五、犬只在公共区域排便未清理的，第一次警告，第二次起每次缴纳违约金50元。\n"
        "六、犬只伤人的，饲养人须在24小时内送伤者就医并承担全部费用；同一犬只一年内伤人2次的，物业报请有关部门处理。\n"
        "七、犬只每年须接种狂犬疫苗1次，接种证明须在接种后15日内交物业备案。\n"
    ),
    "h57_agency_commission": (
        "安居房产经纪服务收费标准\n"
        "一、二手房买卖居间服务费按成交总价所在档位的费率一次性计算：\n"
        "| 成交总价 | 费率 |\n"
        "|---|---|\n"
        "| 100万元以下 | 2% |\n"
        "| 100万元至300万元 | 1.5% |\n"
        "| 300万元以上 | 1% |\n"
        "二、租赁居间服务费为1个月租金，由出租方和承租方各承担50%。\n"
        "三、买卖服务费在签订买卖合同之日起7日内支付，逾期每日加收应付金额的0.05%。\n"
        "四、代办贷款手续另收2000元，代办过户另收1000元。\n"
        "五、交易因经纪方原因未能完成的，全额退还已收服务费；因买方原因解约的，退还50%。\n"
        "六、租期不足6个月的，租赁服务费按半个月租金收取。\n"
    ),
    "h57_term_deposit": (
        "Harbour Bank Fixed-Term Deposit: Key Terms\n"
        "1. The minimum deposit is $1,000; the maximum per account is $500,000.\n"
        "2. Interest rates by term:\n"
        "| Term | Rate p.a. |\n"
        "|---|---|\n"
        "| 3 months | 3.10% |\n"
        "| 6 months | 3.40% |\n"
        "| 12 months | 3.75% |\n"
        "| 24 months | 3.60% |\n"
        "3. Interest is paid at maturity for terms up to 12 months, and every 6 months for the 24-month term.\n"
        "4. Early withdrawal requires 31 days' notice and lowers the rate on the withdrawn amount by 1.50 percentage points.\n"
        "5. A partial withdrawal must be at least $1,000 and must leave a balance of at least $1,000.\n"
        "6. You have a 7-day grace period after maturity to change your term without penalty; otherwise the funds roll over into the same term.\n"
        "7. Deposits up to $250,000 per customer are covered by the government guarantee.\n"
    ),
    "h57_contents_insurance": (
        "HomeSafe Contents Insurance: Policy Summary\n"
        "1. Standard cover is up to $60,000 for household contents; you may raise it to $150,000 for an extra 15% of the premium.\n"
        "2. The standard excess is $250 per claim; theft claims made within 30 days of the policy start carry an excess of $500.\n"
        "3. Any single item worth more than $2,500 must be listed on the schedule, or it is covered for at most $2,500.\n"
        "4. Jewellery and watches are covered up to $5,000 in total.\n"
        "5. Claims must be lodged within 30 days of the loss, and a theft must be reported to police within 48 hours.\n"
        "6. Temporary accommodation after an insured event is paid for up to 12 months, capped at $15,000.\n"
        "7. Policyholders must be at least 18 years old; those aged 60 or over get a 10% discount on the premium.\n"
    ),
    "h57_money_transfer": (
        "Northway Bank International Transfers: Fees and Limits\n"
        "1. Online transfers cost $5 each; branch transfers cost $25 each.\n"
        "2. Online transfers of $10,000 or more are free of the transfer fee.\n"
        "3. Our exchange margin is 1.5% above the mid-market rate for amounts under $10,000 and 0.75% for $10,000 and over.\n"
        "4. Online transfers submitted by 3:00 pm on a business day are sent the same day; later ones are sent the next business day.\n"
        "5. Funds usually arrive in 1 to 3 business days; some countries take up to 5 business days.\n"
        "6. The daily online limit is $25,000; larger amounts must be arranged at a branch.\n"
        "7. A recall or amendment costs $25 and must be requested within 90 days of sending.\n"
    ),
})

HOLDOUT57: list[tuple] = [
    # h57_renovation_rules — hard: 3000元 is both the deposit and the top of the deduction band, 3 is both 元/平方米 and 米; askers bring 85平方米, 8 workers and a Saturday; the 最长工期 needs 90+2×30
    ("h57_renovation_rules", G, "我家房子建筑面积85平方米，装修垃圾清运费要交多少？",
     "不足100平方米的按100平方米计，每平方米3元，所以按100平方米×3元=300元收取。", []),
    ("h57_renovation_rules", G, "装修押金要交多少？什么情况下会被扣？",
     "装修押金为3000元；如果拆改承重墙等违反本规定，物业可从押金中扣除500元至3000元。", []),
    ("h57_renovation_rules", G, "装修如果一直延期，最长能做多少天？",
     "工期不超过90天，每次延期不超过30天、最多延期2次，所以最长是90天+2×30天=150天。", []),
    ("h57_renovation_rules", G, "周六上午10点可以在家用电钻吗？",
     "不可以。周六属于周末，周末及法定节假日不得进行电钻、切割等噪音作业；噪音施工只能在工作日8:00至12:00、14:00至18:00进行。", []),
    ("h57_renovation_rules", G, "我请了8个工人，能一起进场吗？办出入证要花多少钱？",
     "不能，每户同时进场施工人员不超过6人；每人须办出入证，工本费每证10元，6人同时进场就是6×10元=60元。", []),
    ("h57_renovation_rules", MIS, "装修押金是多少？",
     "装修押金为500元，验收合格后无息退还。", f_mis),
    ("h57_renovation_rules", CMP, "多重的材料可以用电梯运？",
     "单件重量在200公斤以上的材料可以用电梯运送。", f_cmp),
    ("h57_renovation_rules", RNG, "违规拆改承重墙，会从押金里扣多少？",
     "物业可从押金中扣除500元至1000元。", f_rng),
    ("h57_renovation_rules", UNIT, "验收合格以后，押金多久能退回来？",
     "验收合格后15个月内无息退还。", f_unit),
    ("h57_renovation_rules", OFF, "每户最多能有几个工人同时施工？",
     "电梯运送材料单件重量不超过200公斤，长度超过3米的材料须走楼梯。", f_off),

    # h57_dog_keeping — hard: 2 is both the dog limit and the bite count, 30日/15日 are two filing deadlines, 50 is both 厘米 and 元, 20公斤 sits next to 22:00; askers bring a 28公斤 dog, a 14-year-old, 4 offences and a date
    ("h57_dog_keeping", G, "我家金毛体重28公斤、肩高45厘米，带下楼要戴嘴套吗？",
     "要。肩高超过50厘米或体重超过20公斤满足其一就算大型犬，28公斤已超过20公斤，须佩戴嘴套，也不能进儿童游乐区。", []),
    ("h57_dog_keeping", G, "我儿子14岁，能自己牵我家的大型犬出去遛吗？",
     "不能，未满16周岁的未成年人不得单独牵领大型犬。", []),
    ("h57_dog_keeping", G, "我家狗在公共区域排便没清理，被记了4次，一共要交多少违约金？",
     "第一次只是警告，第二次起每次50元，第二至第四次共3次，3×50元=150元。", []),
    ("h57_dog_keeping", G, "我3月10日拿到犬证，最晚哪天要去物业登记？要交钱吗？",
     "须在取得犬证后30日内登记，从3月10日起算30日，最晚是4月9日；登记免费。", []),
    ("h57_dog_keeping", G, "晚上几点到几点可以遛狗？牵引绳有什么要求？",
     "晚上遛犬时间为18:00至22:00，牵引绳长度不超过1.5米。", []),
    ("h57_dog_keeping", MIS, "打完狂犬疫苗，接种证明多久内要交给物业？",
     "须在接种后30日内交物业备案。", f_mis),
    ("h57_dog_keeping", CMP, "多重的狗出门要戴嘴套？",
     "体重不超过20公斤的犬只须佩戴嘴套。", f_cmp),
    ("h57_dog_keeping", RNG, "早上几点可以遛狗？",
     "早上遛犬时间为6:00至11:00。", f_rng),
    ("h57_dog_keeping", UNIT, "狗咬伤了人，主人要在多长时间内送伤者去医院？",
     "饲养人须在24天内送伤者就医并承担全部费用。", f_unit),
    ("h57_dog_keeping", OFF, "狗每年要打几次狂犬疫苗？",
     "每户饲养犬只不超过2只。", f_off),

    # h57_agency_commission — hard: the fee is read off a table band for the asker's 250万元, 50% is both the rent split and the refund share, 2000元/1000元 sit beside 2%/1%; askers bring a price, a rent and their own breach
    ("h57_agency_commission", G, "我的房子卖了250万元，中介服务费是多少？",
     "250万元在100万元至300万元档，费率1.5%，250万元×1.5%=3.75万元。", []),
    ("h57_agency_commission", G, "我租房一年，月租4000元，作为租客要付多少中介费？",
     "租期满6个月，服务费为1个月租金，由出租方和承租方各承担50%，租客付4000元×50%=2000元。", []),
    ("h57_agency_commission", G, "如果贷款和过户都请中介代办，额外要付多少钱？",
     "代办贷款另收2000元，代办过户另收1000元，合计3000元。", []),
    ("h57_agency_commission", G, "如果是我这个买方自己不想买了，已付的中介费能退吗？",
     "因买方原因解约的，退还已收服务费的50%；只有因经纪方原因未能完成交易才全额退还。", []),
    ("h57_agency_commission", G, "买卖中介费什么时候付？晚付会怎样？",
     "签订买卖合同之日起7日内支付，逾期每日加收应付金额的0.05%。", []),
    ("h57_agency_commission", MIS, "代办过户收多少钱？",
     "代办过户另收2000元。", f_mis),
    ("h57_agency_commission", CMP, "成交价多少才按1%收服务费？",
     "成交总价在300万元以下的按1%收取。", f_cmp),
    ("h57_agency_commission", RNG, "成交价在什么区间按1.5%收？",
     "成交总价在100万元至200万元的按1.5%收取。", f_rng),
    ("h57_agency_commission", UNIT, "签了买卖合同后，多久内要付中介费？",
     "签订买卖合同之日起7个月内支付。", f_unit),
    ("h57_agency_commission", OFF, "租期不满6个月，中介费怎么算？",
     "买卖服务费在签订买卖合同之日起7日内支付。", f_off),

    # h57_term_deposit — hard: $1,000 recurs as the minimum deposit, minimum withdrawal and minimum balance, 6 months is a term and an interest interval, rates are read off the table; askers bring $20,000, $30,000, $500, a maturity date and $400,000
    ("h57_term_deposit", G, "If I put $20,000 in for 12 months, how much interest will I get?",
     "The 12-month rate is 3.75% p.a., paid at maturity, so $20,000 × 3.75% = $750.", []),
    ("h57_term_deposit", G, "I have $30,000 in the 24-month deposit. When is interest paid and how much each time?",
     "For the 24-month term interest is paid every 6 months; at 3.60% p.a. that is $30,000 × 3.60% ÷ 2 = $540 each time.", []),
    ("h57_term_deposit", G, "Can I take just $500 out of my term deposit early?",
     "No. A partial withdrawal must be at least $1,000 and must leave a balance of at least $1,000, and an early withdrawal needs 31 days' notice.", []),
    ("h57_term_deposit", G, "My 6-month deposit matures on 10 March. Until when can I switch to a different term without penalty?",
     "You have a 7-day grace period after maturity, so until 17 March; after that the funds roll over into another 6-month term.", []),
    ("h57_term_deposit", G, "I have $400,000 deposited with you. Is all of it covered by the government guarantee?",
     "No. Only deposits up to $250,000 per customer are covered, so $150,000 of your $400,000 would not be.", []),
    ("h57_term_deposit", MIS, "What is the interest rate on a 6-month deposit?",
     "The 6-month rate is 3.10% p.a.", f_mis),
    ("h57_term_deposit", CMP, "What's the least I can put into a term deposit?",
     "The deposit can be at most $1,000.", f_cmp),
    ("h57_term_deposit", RNG, "How much can I hold in one term deposit account?",
     "Anywhere from $1,000 to $50,000 per account.", f_rng),
    ("h57_term_deposit", UNIT, "How much notice do I have to give for an early withdrawal?",
     "You need to give 31 hours' notice.", f_unit),
    ("h57_term_deposit", OFF, "What happens to my rate if I withdraw early?",
     "Deposits up to $250,000 per customer are covered by the government guarantee.", f_off),

    # h57_contents_insurance — hard: 30 days is both the early-theft window and the claim deadline, $2,500 is both the listing threshold and the cap, 15 is a percentage and $15,000, $500 sits beside $5,000; askers bring a burglary, an unlisted $4,000 camera and an age of 65
    ("h57_contents_insurance", G, "Three months after I took out the policy, a burglar took my $800 laptop and $3,000 of jewellery. How much will I get back?",
     "The jewellery is within the $5,000 jewellery limit and the laptop is under $2,500, so the loss is $3,800; the theft is after the first 30 days, so the standard $250 excess applies: $3,800 − $250 = $3,550.", []),
    ("h57_contents_insurance", G, "My camera worth $4,000 wasn't on the schedule and it was destroyed. How much is it covered for?",
     "Items worth more than $2,500 must be listed on the schedule; since it wasn't, it is covered for at most $2,500.", []),
    ("h57_contents_insurance", G, "I'm 65 and my premium is quoted at $400. What will I actually pay?",
     "Policyholders aged 60 or over get a 10% discount, so $400 − $40 = $360.", []),
    ("h57_contents_insurance", G, "How quickly do I need to report a theft?",
     "Report it to police within 48 hours, and lodge the claim within 30 days of the loss.", []),
    ("h57_contents_insurance", G, "If a fire makes my flat unlivable, how long and how much will you pay for somewhere to stay?",
     "Temporary accommodation is paid for up to 12 months, capped at $15,000.", []),
    ("h57_contents_insurance", MIS, "What's the excess on an ordinary claim?",
     "The standard excess is $500 per claim.", f_mis),
    ("h57_contents_insurance", CMP, "Which items have to be listed on the schedule?",
     "Any single item worth less than $2,500 must be listed on the schedule.", f_cmp),
    ("h57_contents_insurance", RNG, "How much contents cover can I get?",
     "Standard cover is up to $60,000, and you can raise it to $100,000 for an extra 15% of the premium.", f_rng),
    ("h57_contents_insurance", UNIT, "What does it cost to raise my cover to $150,000?",
     "It costs an extra $15 on the premium.", f_unit),
    ("h57_contents_insurance", OFF, "Is there a minimum age to take out this policy?",
     "Jewellery and watches are covered up to $5,000 in total.", f_off),

    # h57_money_transfer — hard: $25 is the branch fee, the recall fee and the $25,000 daily limit, $10,000 is both the fee-waiver and the margin threshold, 5 is $5 and 5 business days; askers bring $12,000, $2,000, a 4:30 pm submission and $40,000
    ("h57_money_transfer", G, "I'm sending $12,000 online. What will it cost me?",
     "No transfer fee, because online transfers of $10,000 or more are free; the exchange margin is 0.75%, which is $12,000 × 0.75% = $90.", []),
    ("h57_money_transfer", G, "I want to send $2,000 from a branch. What's the total cost?",
     "The branch fee is $25, and amounts under $10,000 carry a 1.5% margin, $2,000 × 1.5% = $30, so $55 in total.", []),
    ("h57_money_transfer", G, "If I submit an online transfer at 4:30 pm on a Tuesday, when will it go out and arrive?",
     "That is after the 3:00 pm cut-off, so it is sent the next business day, Wednesday, and usually arrives 1 to 3 business days later (up to 5 for some countries).", []),
    ("h57_money_transfer", G, "Can I send $40,000 online in one day?",
     "No, the daily online limit is $25,000; a larger amount must be arranged at a branch.", []),
    ("h57_money_transfer", G, "I got the recipient's name wrong on a transfer last week. Can I fix it?",
     "Yes, an amendment costs $25 and must be requested within 90 days of sending.", []),
    ("h57_money_transfer", MIS, "How much does an online transfer cost?",
     "Online transfers cost $25 each.", f_mis),
    ("h57_money_transfer", CMP, "When is the online transfer fee waived?",
     "Online transfers of under $10,000 are free of the transfer fee.", f_cmp),
    ("h57_money_transfer", RNG, "How long does the money usually take to arrive?",
     "Funds usually arrive in 1 to 2 business days.", f_rng),
    ("h57_money_transfer", UNIT, "What's the fee for sending $3,000 online?",
     "The fee is 5% of the amount sent.", f_unit),
    ("h57_money_transfer", OFF, "What's the cut-off time for a same-day online transfer?",
     "The daily online limit is $25,000.", f_off),
]
# HOLDOUT58: EV charging station fees, vehicle inspection station, LTL freight line (zh); buffet restaurant, knife-skills cooking class, restaurant reservations (en). First run:
# benchmarks/results/grounding_holdout58_first_run.txt.
DOCS.update({
    "h58_ev_charging_station": (
        "城东新能源充电站收费规则\n"
        "第一条 快充桩电费每度1.2元，慢充桩电费每度0.8元，另收服务费每度0.4元。\n"
        "第二条 充电完成后免费占位30分钟，超过30分钟的，每15分钟收取占位费2元，单次占位费不超过30元。\n"
        "第三条 每日23:00至次日7:00为低谷时段，快充与慢充电费均按每度0.6元计收，服务费不变。\n"
        "第四条 会员月费30元，会员服务费打8折。\n"
        "第五条 单次充电金额不满5元的，按5元收取。\n"
        "第六条 单次充电时长超过8小时的，系统自动断电。\n"
        "第七条 车辆连续占位超过4小时的，站方可拖移车辆并收取拖车费200元。\n"
    ),
    "h58_vehicle_inspection": (
        "顺安机动车检测站年检服务须知\n"
        "第一条 小型汽车检测费每辆150元，大型车辆每辆300元，摩托车每辆50元。\n"
        "第二条 受理时间为每日8:30至17:00，17:00后不再受理。\n"
        "第三条 检测不合格的，15日内可免费复检一次；超过15日的，按全价重新收费。\n"
        "第四条 注册登记6年以内的非营运小型汽车，每2年免检领取标志一次；超过6年不满10年的，每年检测1次；10年以上的，每6个月检测1次。\n"
        "第五条 网上预约可提前1至7天办理，预约用户检测费减免10元。\n"
        "第六条 车辆座位数超过9座的，按大型车辆收费。\n"
        "第七条 检测报告当日出具，遗失补打每份10元。\n"
    ),
    "h58_ltl_freight_line": (
        "华东零担专线运费规则\n"
        "第一条 运费按下表计收，单票最低收费30元。\n"
        "| 货物重量 | 运费单价 |\n"
        "|---|---|\n"
        "| 不足50公斤 | 每公斤2元 |\n"
        "| 50公斤至500公斤 | 每公斤1.5元 |\n"
        "| 超过500公斤 | 每公斤1元 |\n"
        "第二条 轻泡货每立方米按200公斤计重。\n"
        "第三条 上门提货费每票20元，货物超过500公斤的免收。\n"
        "第四条 保价费按声明价值的3‰收取，每票最低3元。\n"
        "第五条 运输时效：同城1天，省内2至3天，跨省3至5天。\n"
        "第六条 到货后免费仓储3天，超过3天的，每票每天收取仓储费10元。\n"
        "第七条 每日16:00前下单的当日上门提货，16:00后下单的次日提货。\n"
    ),
    "h58_buffet_restaurant": (
        "Golden Wok Buffet: Prices and House Rules\n"
        "| Guest | Lunch (11:00-15:00) | Dinner (17:00-22:00) |\n"
        "|---|---|---|\n"
        "| Adults | $18 | $28 |\n"
        "| Seniors 65 and over | $15 | $22 |\n"
        "| Children aged 4 to 12 | $9 | $14 |\n"
        "| Children under 4 | Free | Free |\n"
        "1. Each seating is limited to 90 minutes; guests who stay longer pay $5 per person for each extra 15 minutes.\n"
        "2. Leftovers of more than 200 grams on a plate are charged at $3 per 100 grams.\n"
        "3. Groups of 8 or more get 10% off the food bill; an 18% service charge is added for groups of 10 or more.\n"
        "4. Drinks are not included in the buffet price; soft-drink refills cost $4.\n"
        "5. Last entry is 45 minutes before the end of each service.\n"
        "6. Food from the buffet line may not be taken away.\n"
    ),
    "h58_knife_skills_class": (
        "Knife Skills Cooking Class: Booking Terms\n"
        "1. Classes are held on Saturdays and run 3 hours, from 10:00 to 13:00.\n"
        "2. The fee is $85 per person, ingredients included; a personal knife set can be bought for $45.\n"
        "3. Each class takes 6 to 12 students. If fewer than 6 have booked 48 hours before the start, the class is cancelled and fully refunded.\n"
        "4. Participants must be at least 14 years old; those aged 14 to 17 must attend with a paying adult.\n"
        "5. Cancellations made at least 7 days before the class receive a full refund; 3 to 6 days before, a 50% refund; less than 3 days before, no refund.\n"
        "6. Bookings of 4 or more people get $10 off each seat.\n"
        "7. Please arrive 15 minutes early; anyone more than 30 minutes late may not join.\n"
    ),
    "h58_restaurant_reservations": (
        "Harbour Table Restaurant: Reservation and No-Show Policy\n"
        "1. Tables can be booked from 1 to 30 days in advance, online at any time or by phone between 10:00 and 18:00.\n"
        "2. Bookings for 6 or more guests require a deposit of $20 per person, deducted from the final bill.\n"
        "3. Tables are held for 15 minutes past the booking time; after that they may be given to other guests.\n"
        "4. Cancel at least 24 hours before the booking time to get the deposit back; later cancellations and no-shows forfeit it.\n"
        "5. Parties of up to 5 keep the table for 2 hours; parties of 6 or more keep it for 3 hours.\n"
        "6. Corkage is $20 per bottle, with a maximum of 2 bottles per table.\n"
        "7. Up to 6 high chairs are available, and children under 12 get a free dessert.\n"
    ),
})

HOLDOUT58: list[tuple] = [
    # h58_ev_charging_station — hard: 30 recurs (free minutes, fee cap, monthly fee), 0.4/0.6/0.8 and 8折/8小时 sit close; askers bring 20度 and a 1-hour stay, so answers must compute and combine the off-peak and service-fee clauses
    ("h58_ev_charging_station", G, "白天用快充充了20度电，一共要付多少钱？",
     "快充电费每度1.2元，另加服务费每度0.4元，每度合计1.6元，20度共32元。", []),
    ("h58_ev_charging_station", G, "充电结束后我的车在桩位上又停了1个小时才开走，占位费多少？",
     "充电完成后免费占位30分钟，超过30分钟的每15分钟收2元；1小时减去免费的30分钟还剩30分钟，即2个15分钟，占位费为4元。", []),
    ("h58_ev_charging_station", G, "晚上11点以后去充电会便宜吗？",
     "会。每日23:00至次日7:00为低谷时段，快充和慢充电费都按每度0.6元计收，但服务费不变，仍为每度0.4元。", []),
    ("h58_ev_charging_station", G, "办了会员以后服务费每度多少钱？",
     "会员月费30元，会员服务费打8折，每度0.4元的服务费按8折计为每度0.32元。", []),
    ("h58_ev_charging_station", G, "占着桩位不走，最多会被收多少钱？",
     "占位费单次不超过30元；但车辆连续占位超过4小时的，站方可拖移车辆并另收拖车费200元。", []),
    ("h58_ev_charging_station", MIS, "充电站的会员月费是多少？",
     "会员月费为5元。", f_mis),
    ("h58_ev_charging_station", CMP, "充电时间长了会自动停吗？",
     "单次充电时长不满8小时的，系统会自动断电。", f_cmp),
    ("h58_ev_charging_station", RNG, "低谷电价的时段是几点到几点？",
     "每日23:00至次日5:00为低谷时段，电费按每度0.6元计收。", f_rng),
    ("h58_ev_charging_station", UNIT, "车一直停在充电位上，多久会被拖走？",
     "车辆连续占位超过4天的，站方可拖移车辆并收取拖车费200元。", f_unit),
    ("h58_ev_charging_station", OFF, "慢充桩的电费多少钱一度？",
     "会员月费30元，会员服务费打8折。", f_off),

    # h58_vehicle_inspection — hard: 10 recurs (years, 预约减免10元, 补打10元), 6 recurs (6年, 6个月), 15日 and 150元 sit together; askers bring a 7-year-old car, a 20-day delay and an 11-seat van
    ("h58_vehicle_inspection", G, "我的私家小轿车是7年前上的牌，现在多久要检测一次？",
     "注册登记超过6年不满10年的非营运小型汽车每年检测1次，您的车上牌7年，需要每年检测1次。", []),
    ("h58_vehicle_inspection", G, "我在网上预约给小轿车做年检，实际要付多少钱？",
     "小型汽车检测费每辆150元，网上预约用户减免10元，实付140元。", []),
    ("h58_vehicle_inspection", G, "我的小轿车第一次检测没通过，隔了20天才去复检，还要交钱吗？",
     "要交。不合格的15日内可免费复检一次，超过15日的按全价重新收费；20天已超过15日，小型汽车需再付检测费150元。", []),
    ("h58_vehicle_inspection", G, "网上预约最早能提前几天？",
     "网上预约可提前1至7天办理，最早可提前7天预约。", []),
    ("h58_vehicle_inspection", G, "我家是11座的面包车，检测费按多少收？",
     "车辆座位数超过9座的按大型车辆收费，11座超过9座，检测费为每辆300元。", []),
    ("h58_vehicle_inspection", MIS, "摩托车年检收多少钱？",
     "摩托车检测费每辆150元。", f_mis),
    ("h58_vehicle_inspection", CMP, "私家车上牌多少年内可以免检？",
     "注册登记6年以上的非营运小型汽车，每2年免检领取标志一次。", f_cmp),
    ("h58_vehicle_inspection", RNG, "检测站每天几点到几点受理？",
     "受理时间为每日8:30至15:00。", f_rng),
    ("h58_vehicle_inspection", UNIT, "检测不合格后多长时间内可以免费复检？",
     "检测不合格的，15个月内可免费复检一次。", f_unit),
    ("h58_vehicle_inspection", OFF, "检测报告弄丢了怎么办？",
     "网上预约用户检测费减免10元。", f_off),

    # h58_ltl_freight_line — hard: a weight table with 50/500 band edges, 500公斤 recurs in the pickup waiver, 3 recurs (3‰, 3元, 3天, 3至5天), 10/20/30 recur as fees; askers bring 300公斤, 10公斤, 600公斤, 4天 and 5天
    ("h58_ltl_freight_line", G, "我发一票300公斤的货，运费多少？",
     "300公斤落在50公斤至500公斤一档，每公斤1.5元，运费为450元。", []),
    ("h58_ltl_freight_line", G, "我只发一箱10公斤的货，运费是20元吗？",
     "不是。不足50公斤的每公斤2元，10公斤算下来是20元，但单票最低收费30元，所以收30元。", []),
    ("h58_ltl_freight_line", G, "我有600公斤的货要你们上门来提，提货费怎么算？",
     "上门提货费每票20元，但货物超过500公斤的免收，600公斤超过500公斤，不收提货费。", []),
    ("h58_ltl_freight_line", G, "我的货发往外省，已经4天了还没到，算超时吗？",
     "不算。跨省运输时效为3至5天，4天仍在时效范围内。", []),
    ("h58_ltl_freight_line", G, "货到了我过了5天才去取，要交多少仓储费？",
     "到货后免费仓储3天，超过3天的每票每天收10元；5天超出3天的部分是2天，仓储费20元。", []),
    ("h58_ltl_freight_line", MIS, "上门提货要收多少钱？",
     "上门提货费每票10元。", f_mis),
    ("h58_ltl_freight_line", CMP, "多重的货可以免上门提货费？",
     "货物不足500公斤的免收上门提货费。", f_cmp),
    ("h58_ltl_freight_line", RNG, "省内发货一般几天能到？",
     "省内运输时效为2至5天。", f_rng),
    ("h58_ltl_freight_line", UNIT, "货到了以后能免费放多久？",
     "到货后可免费仓储3个月。", f_unit),
    ("h58_ltl_freight_line", OFF, "几点之前下单能当天上门提货？",
     "轻泡货每立方米按200公斤计重。", f_off),

    # h58_buffet_restaurant — hard: a price table read by row and column, 18 recurs ($18 adult lunch, 18% service charge), 15 recurs ($15 senior lunch, 15-minute blocks), 10 recurs (10% off, groups of 10); askers bring a family of three, a 70-year-old, a party of 10 and a 2-hour stay
    ("h58_buffet_restaurant", G, "Two adults and our 6-year-old want dinner. What will the buffet cost us?",
     "Dinner is $28 per adult and $14 for a child aged 4 to 12, so 2 × $28 + $14 = $70.", []),
    ("h58_buffet_restaurant", G, "My dad is 70. What does he pay for lunch?",
     "Seniors 65 and over pay $15 for lunch.", []),
    ("h58_buffet_restaurant", G, "We're a party of 10. Do we get a discount, and is anything added?",
     "Yes: groups of 8 or more get 10% off the food bill, and because you are 10 people an 18% service charge is added.", []),
    ("h58_buffet_restaurant", G, "If we stay for 2 hours, how much extra will each of us pay?",
     "Seatings are limited to 90 minutes, so 2 hours is 30 minutes over: two extra 15-minute blocks at $5 each, or $10 per person.", []),
    ("h58_buffet_restaurant", G, "What's the latest we can walk in for dinner?",
     "Dinner runs from 17:00 to 22:00 and last entry is 45 minutes before the end of the service, so the latest entry is 21:15.", []),
    ("h58_buffet_restaurant", MIS, "How much is the lunch buffet for an adult?",
     "The adult lunch buffet is $28.", f_mis),
    ("h58_buffet_restaurant", CMP, "Who can get the senior price?",
     "Guests under 65 pay the senior price: $15 at lunch and $22 at dinner.", f_cmp),
    ("h58_buffet_restaurant", RNG, "Which children pay the children's price?",
     "Children aged 4 to 10 pay the children's price: $9 at lunch and $14 at dinner.", f_rng),
    ("h58_buffet_restaurant", UNIT, "Is there a service charge for a big group?",
     "Yes, groups of 10 or more have an $18 service charge added.", f_unit),
    ("h58_buffet_restaurant", OFF, "Can I take some food home from the buffet?",
     "Soft-drink refills cost $4.", f_off),

    # h58_knife_skills_class — hard: 3 recurs (3 hours, 3 days), 6 recurs (minimum class size, 6 days), 14 and 12 and 15 sit close, $85 and $45 are both fees; askers bring a 5-day cancellation, a group of four, a 15-year-old and 4 sign-ups
    ("h58_knife_skills_class", G, "If I cancel my seat 5 days before the class, how much do I get back?",
     "Cancelling 3 to 6 days before gives a 50% refund, so on the $85 fee you get $42.50 back.", []),
    ("h58_knife_skills_class", G, "Four of us want to book together. What's the total?",
     "Bookings of 4 or more get $10 off each seat, so each seat is $85 − $10 = $75 and four seats come to $300.", []),
    ("h58_knife_skills_class", G, "Can my 15-year-old go to the class on her own?",
     "No. Participants must be at least 14 years old, and those aged 14 to 17 must attend with a paying adult.", []),
    ("h58_knife_skills_class", G, "What happens if only 4 people sign up for a class?",
     "If fewer than 6 have booked 48 hours before the start, the class is cancelled and fully refunded.", []),
    ("h58_knife_skills_class", G, "What time should I be there, and when does it finish?",
     "The class runs from 10:00 to 13:00 and you should arrive 15 minutes early, so be there by 9:45.", []),
    ("h58_knife_skills_class", MIS, "How much does the personal knife set cost?",
     "The personal knife set costs $85.", f_mis),
    ("h58_knife_skills_class", CMP, "Is there an age requirement for the class?",
     "Participants must be 14 years old or younger.", f_cmp),
    ("h58_knife_skills_class", RNG, "How many students are in each class?",
     "Each class takes 6 to 10 students.", f_rng),
    ("h58_knife_skills_class", UNIT, "How far ahead must I cancel to get all my money back?",
     "Cancel at least 7 hours before the class to receive a full refund.", f_unit),
    ("h58_knife_skills_class", OFF, "How late can I arrive and still join?",
     "A personal knife set can be bought for $45.", f_off),

    # h58_restaurant_reservations — hard: $20 recurs (deposit per person, corkage per bottle), 6 recurs (deposit threshold, 3-hour parties, high chairs), 2 recurs (2 hours, 2 bottles); askers bring a group of 8, a 5-week lead time, a 10-minute delay, a 23-hour cancellation and 3 bottles
    ("h58_restaurant_reservations", G, "We're a group of 8. How much deposit do we pay?",
     "Bookings for 6 or more guests need a deposit of $20 per person, so 8 × $20 = $160, which is deducted from the final bill.", []),
    ("h58_restaurant_reservations", G, "Can I book a table for a date 5 weeks from now?",
     "No. Tables can be booked from 1 to 30 days in advance, and 5 weeks is 35 days, more than 30.", []),
    ("h58_restaurant_reservations", G, "Our booking is at 19:30 but we'll get there at 19:40. Will we lose the table?",
     "No. Tables are held for 15 minutes past the booking time, so yours is held until 19:45.", []),
    ("h58_restaurant_reservations", G, "We have a 19:00 booking with a deposit and cancel at 20:00 the evening before. Do we get the deposit back?",
     "No. 20:00 the evening before a 19:00 booking is 23 hours ahead, less than the 24 hours required, so the deposit is forfeited.", []),
    ("h58_restaurant_reservations", G, "We'd like to bring 3 bottles of our own wine. What will corkage be?",
     "Corkage is $20 per bottle with a maximum of 2 bottles per table, so only 2 of the 3 bottles can be opened, for $40.", []),
    ("h58_restaurant_reservations", MIS, "How long can a party of 6 keep the table?",
     "A party of 6 keeps the table for 2 hours.", f_mis),
    ("h58_restaurant_reservations", CMP, "When do I need to cancel to get my deposit back?",
     "Cancel less than 24 hours before the booking time to get the deposit back.", f_cmp),
    ("h58_restaurant_reservations", RNG, "What hours can I phone to make a booking?",
     "Phone bookings are taken between 10:00 and 16:00.", f_rng),
    ("h58_restaurant_reservations", UNIT, "How far in advance can we reserve?",
     "Tables can be booked from 1 to 30 months in advance.", f_unit),
    ("h58_restaurant_reservations", OFF, "Do children get anything free?",
     "Tables are held for 15 minutes past the booking time.", f_off),
]
# HOLDOUT59: drone crop spraying (zh), grain drying centre (zh), river rafting (zh), children's trampoline park (en), primary school science fair (en), babysitting agency (en). First run:
# benchmarks/results/grounding_holdout59_first_run.txt.
DOCS.update({
    "h59_drone_spraying": (
        "无人机植保作业服务收费规定\n"
        "第一条 单次作业面积不少于50亩的，按每亩8元收费；不足50亩的，按每亩10元收费。\n"
        "第二条 单次作业面积超过500亩的，作业费打9折。\n"
        "第三条 药剂由农户自备；委托代购药剂的，另收药剂费的5%作为服务费。\n"
        "第四条 须提前3天预约，每单收订金100元；作业前24小时内取消的，订金不退。\n"
        "第五条 作业时间为每日6:00至10:00、16:00至19:00。\n"
        "第六条 风力超过4级或降雨时暂停作业，顺延至天气适宜后3日内完成。\n"
        "第七条 作业后24小时内降雨超过10毫米的，免费补喷1次。\n"
    ),
    "h59_grain_drying": (
        "粮食烘干中心代烘收费标准\n"
        "第一条 收粮时间为每日7:30至18:00，农忙期间延长至21:00。\n"
        "第二条 代烘费按入库水分分档收取：\n"
        "| 入库水分 | 每吨收费 |\n"
        "|---|---|\n"
        "| 低于20% | 60元 |\n"
        "| 20%至25% | 80元 |\n"
        "| 超过25% | 100元 |\n"
        "第三条 单次送粮不少于5吨；不足5吨的，按5吨计费。\n"
        "第四条 烘干后水分降至14%以下，出库时按实际重量结算。\n"
        "第五条 烘后粮食免费存放15天，超过15天的，每吨每天收取2元保管费。\n"
        "第六条 烘干损耗超过2%的，超出部分由中心按收购价赔偿。\n"
        "第七条 烘干结算后3个工作日内付清费用。\n"
    ),
    "h59_river_rafting": (
        "青溪峡谷漂流游客须知\n"
        "一、漂流全程约6公里，用时约2至3小时。\n"
        "二、票价每人168元；身高1.2米至1.4米的儿童半价，1.2米以下儿童谢绝漂流。\n"
        "三、年龄不满10周岁或超过65周岁的游客谢绝漂流。\n"
        "四、每艇限乘2人，单人体重不超过100公斤，两人合计不超过180公斤。\n"
        "五、发船时间为9:00至16:00，每30分钟一班。\n"
        "六、须全程穿戴救生衣和头盔，押金每套30元，归还时退还。\n"
        "七、因降雨水位超过警戒线停漂的，全额退票；游客自行放弃的，开漂前2小时内不予退票。\n"
    ),
    "h59_trampoline_park": (
        "Bounce Zone Trampoline Park - Rules for Young Jumpers\n"
        "1. A standard jump session lasts 60 minutes and costs $15; a 90-minute session costs $20.\n"
        "2. Children aged 3 to 5 may jump only in the Little Bouncers zone, open from 9:00 a.m. to 12:00 p.m. on weekdays.\n"
        "3. Children under 8 must be supervised on site by an adult aged at least 18.\n"
        "4. Grip socks are required and cost $3 a pair; they can be reused on later visits.\n"
        "5. Only 1 jumper per trampoline at a time, and jumpers must weigh no more than 120 kg.\n"
        "6. Groups of 10 or more children get 15% off and must book at least 48 hours ahead.\n"
        "7. Cancellations made at least 24 hours before the session get a full refund; later cancellations get 50% back.\n"
    ),
    "h59_science_fair": (
        "Maple Grove Primary School Science Fair - Entry Rules\n"
        "1. The fair is open to pupils in Years 3 to 6; entries may be individual or teams of up to 3 pupils.\n"
        "2. Registration opens on 1 March and closes on 15 March; the entry fee is $5 per project.\n"
        "3. Display boards must not exceed 100 cm wide and 75 cm tall.\n"
        "4. Projects are judged on 19 April from 9:30 a.m. to 12:30 p.m.; each team gets 5 minutes to present.\n"
        "5. Projects are scored out of 100 points:\n"
        "| Criterion | Points |\n"
        "|---|---|\n"
        "| Scientific method | 40 |\n"
        "| Creativity | 30 |\n"
        "| Presentation | 20 |\n"
        "| Display | 10 |\n"
        "6. Projects scoring at least 80 points receive a gold certificate; 60 to 79 points earn silver.\n"
        "7. No open flames are allowed, and liquids are limited to 500 ml per project.\n"
    ),
    "h59_babysitting_agency": (
        "Little Hands Babysitting Agency - Rates and Terms\n"
        "1. Hourly rates: 1 child $18, 2 children $22, 3 children $26; no more than 3 children per sitter.\n"
        "2. Every booking has a minimum of 3 hours.\n"
        "3. Standard rates apply from 7:00 a.m. to 11:00 p.m.; hours after 11:00 p.m. are charged at 1.5 times the hourly rate.\n"
        "4. All sitters are at least 18 years old and renew their first-aid certificate every 2 years.\n"
        "5. Bookings made less than 24 hours ahead carry a $10 surcharge.\n"
        "6. Families who cancel within 12 hours of the start pay 50% of the booked hours.\n"
        "7. A family booking at least 10 sessions in a month gets 10% off.\n"
    ),
})

HOLDOUT59: list[tuple] = [
    # h59_drone_spraying — hard: 8元 and 10元 per 亩 split at 50亩 while 10 also recurs as 10毫米 and 10:00; 24小时 serves both cancellation and re-spraying; 3 is 3天 notice and 3日 postponement; askers bring 80亩, 600亩, a 2000元 drug bill and 12毫米 of rain
    ("h59_drone_spraying", G, "我家有80亩麦田，打一遍药作业费多少钱？", "80亩不少于50亩，按每亩8元收费，80亩×8元＝640元；药剂自备，如委托代购药剂另收药剂费的5%。", []),
    ("h59_drone_spraying", G, "打完药6小时后就下了12毫米的雨，补喷还要再付钱吗？", "不用付钱。作业后24小时内降雨超过10毫米的，免费补喷1次，12毫米已超过10毫米。", []),
    ("h59_drone_spraying", G, "一天里哪些时段可以飞防作业？", "每天分两个时段作业：上午6:00至10:00，下午16:00至19:00。", []),
    ("h59_drone_spraying", G, "我是种粮大户，一次要打600亩，作业费怎么算？", "600亩不少于50亩，按每亩8元计，600×8元＝4800元；又因超过500亩，作业费打9折，4800元打9折为4320元。", []),
    ("h59_drone_spraying", G, "让你们代买药，药钱是2000元，服务费要加多少？", "代购药剂另收药剂费的5%作为服务费，2000元×5%＝100元。", []),
    ("h59_drone_spraying", MIS, "地块不足50亩的，每亩收多少钱？", "不足50亩的，按每亩8元收费。", f_mis),
    ("h59_drone_spraying", CMP, "风多大的时候会停飞？", "风力在4级以下时暂停作业，顺延至天气适宜后3日内完成。", f_cmp),
    ("h59_drone_spraying", RNG, "下午的作业时间是几点到几点？", "下午作业时间为16:00至18:00。", f_rng),
    ("h59_drone_spraying", UNIT, "需要提前多久预约？", "须提前3小时预约，每单收订金100元。", f_unit),
    ("h59_drone_spraying", OFF, "预约以后临时取消，订金能退吗？", "作业后24小时内降雨超过10毫米的，免费补喷1次。", f_off),

    # h59_grain_drying — hard: fees read off a moisture table whose bands meet at 20% and 25%; 5 is both the 5吨 minimum and (by arithmetic) excess days; 2 is 2元 storage and 2% loss; 15天 free storage; askers bring 10吨 at 23%, 3吨 at 18%, 20 days of storage and an 8 p.m. delivery
    ("h59_grain_drying", G, "我送了10吨玉米，入库水分23%，代烘费多少？", "水分23%落在20%至25%这一档，每吨80元，10吨×80元＝800元。", []),
    ("h59_grain_drying", G, "我只拉了3吨稻谷，水分18%，怎么计费？", "单次送粮不足5吨的按5吨计费；水分低于20%的每吨60元，所以按5吨×60元＝300元收取。", []),
    ("h59_grain_drying", G, "烘好的粮食在中心放了20天才拉走，每吨要交多少保管费？", "烘后粮食免费存放15天，超过15天的每吨每天收取2元保管费；20天比15天多5天，每吨5×2元＝10元。", []),
    ("h59_grain_drying", G, "晚上8点还能去送粮吗？", "平时收粮时间为每日7:30至18:00，晚上8点不收；农忙期间收粮延长至21:00，那时晚上8点可以送。", []),
    ("h59_grain_drying", G, "水分28%的湿稻谷，每吨收多少钱？", "28%超过25%，属于最高一档，每吨收费100元。", []),
    ("h59_grain_drying", MIS, "入库水分低于20%的，每吨收费多少？", "入库水分低于20%的，每吨收费80元。", f_mis),
    ("h59_grain_drying", CMP, "一次送粮有数量要求吗？", "有，单次送粮不超过5吨。", f_cmp),
    ("h59_grain_drying", RNG, "农忙的时候收粮到几点？", "农忙期间收粮时间为每日7:30至20:00。", f_rng),
    ("h59_grain_drying", UNIT, "烘完以后多久之内要把钱结清？", "烘干结算后3天内付清费用。", f_unit),
    ("h59_grain_drying", OFF, "烘干以后水分能降到多少？", "烘后粮食免费存放15天，超过15天的每吨每天收取2元保管费。", f_off),

    # h59_river_rafting — hard: 2 recurs as 2至3小时, 2人 per boat and the 2小时 refund cutoff; 100公斤 per person vs 180公斤 per boat; heights 1.2米/1.4米 alongside ages 10/65; askers bring a family with a 12-year-old 1.3米 child, weights 95+90公斤 and a 15:30 departure
    ("h59_river_rafting", G, "两个大人带一个12岁、身高1.3米的孩子，门票一共多少钱？", "成人每人168元，身高1.2米至1.4米的儿童半价即84元，合计168×2＋84＝420元。", []),
    ("h59_river_rafting", G, "我95公斤，朋友90公斤，我们俩能坐一条艇吗？", "不能。你们每人都不超过100公斤，但两人合计185公斤，超过了每艇两人合计不超过180公斤的限制。", []),
    ("h59_river_rafting", G, "最晚几点还能发船？", "发船时间为9:00至16:00，每30分钟一班，最后一班是16:00。", []),
    ("h59_river_rafting", G, "我们计划下午3点半发船，大概几点能漂完？", "漂流用时约2至3小时，15:30发船，大约在17:30至18:30之间漂完。", []),
    ("h59_river_rafting", G, "整条漂流线路有多长，要漂多久？", "全程约6公里，用时约2至3小时。", []),
    ("h59_river_rafting", MIS, "一条艇两个人加起来体重最多多少？", "两人合计不超过100公斤。", f_mis),
    ("h59_river_rafting", CMP, "多高的孩子不能参加漂流？", "身高1.2米以上的儿童谢绝漂流。", f_cmp),
    ("h59_river_rafting", RNG, "孩子身高多少可以买半价票？", "身高1.2米至1.5米的儿童半价。", f_rng),
    ("h59_river_rafting", UNIT, "自己不想漂了，什么时候就退不了票了？", "游客自行放弃的，开漂前2天内不予退票。", f_unit),
    ("h59_river_rafting", OFF, "救生衣要交押金吗？", "发船时间为9:00至16:00，每30分钟一班。", f_off),

    # h59_trampoline_park — hard: 15 is both the $15 session and 15% group discount; 3 is the youngest age and the $3 socks; 24 vs 48 hours; ages 3-5, 8 and 18; askers bring two kids, a 4-year-old on Saturday, a 16-year-old sibling, a class of 12 and a 12-hour-late cancellation
    ("h59_trampoline_park", G, "I'm bringing my two kids for a 90-minute session and neither has grip socks. What will it cost?", "A 90-minute session is $20 per child and grip socks are $3 a pair, so 2 x ($20 + $3) = $46.", []),
    ("h59_trampoline_park", G, "My son is 4. Can he come and jump on Saturday morning?", "No. Children aged 3 to 5 may jump only in the Little Bouncers zone, which is open from 9:00 a.m. to 12:00 p.m. on weekdays, so not on a Saturday.", []),
    ("h59_trampoline_park", G, "Can my 16-year-old daughter supervise her 6-year-old brother there?", "No. Children under 8 must be supervised on site by an adult aged at least 18, and at 16 she doesn't qualify.", []),
    ("h59_trampoline_park", G, "We're a class of 12 children doing standard sessions. What's the total, and when must we book?", "Groups of 10 or more get 15% off: 12 x $15 = $180, less 15% ($27), is $153. The group must book at least 48 hours ahead.", []),
    ("h59_trampoline_park", G, "I have to cancel our $20 session only 12 hours before it starts. What do I get back?", "Full refunds need at least 24 hours' notice; a later cancellation gets 50% back, so you'd get $10.", []),
    ("h59_trampoline_park", MIS, "How much does a standard 60-minute session cost?", "A 60-minute session costs $20.", f_mis),
    ("h59_trampoline_park", CMP, "Is there a weight limit for jumpers?", "Yes, jumpers must weigh at least 120 kg.", f_cmp),
    ("h59_trampoline_park", RNG, "Which ages have to use the Little Bouncers zone?", "Children aged 3 to 7 may jump only in the Little Bouncers zone.", f_rng),
    ("h59_trampoline_park", UNIT, "What discount do groups get?", "Groups of 10 or more children get $15 off.", f_unit),
    ("h59_trampoline_park", OFF, "How far ahead does a group need to book?", "Grip socks are required and cost $3 a pair; they can be reused on later visits.", f_off),

    # h59_science_fair — hard: the score table (40/30/20/10) sits next to 3s (Years 3, teams of 3), 5s ($5, 5 minutes) and the 80 / 60-79 certificate bands; askers bring their own component scores, a Year 2 child, three siblings and a 16 March date
    ("h59_science_fair", G, "My daughter scored 35 for scientific method, 25 for creativity, 15 for presentation and 8 for display. Which certificate does she get?", "Her total is 35 + 25 + 15 + 8 = 83 points, which is at least 80 points, so she receives a gold certificate.", []),
    ("h59_science_fair", G, "Can my son in Year 2 enter if he teams up with two Year 4 friends?", "No. The fair is open only to pupils in Years 3 to 6, so a Year 2 pupil can't enter, even though teams of up to 3 pupils are allowed.", []),
    ("h59_science_fair", G, "Our three children are each entering their own project. What do we pay?", "The entry fee is $5 per project, so three projects cost 3 x $5 = $15.", []),
    ("h59_science_fair", G, "Which judging criterion is worth the most?", "Scientific method, worth 40 points of the 100, ahead of creativity at 30 points.", []),
    ("h59_science_fair", G, "Is 16 March too late to register?", "Yes. Registration opens on 1 March and closes on 15 March, so 16 March is too late.", []),
    ("h59_science_fair", MIS, "How many points is creativity worth?", "Creativity is worth 20 points.", f_mis),
    ("h59_science_fair", CMP, "How big can a display board be?", "Display boards must be at least 100 cm wide and 75 cm tall.", f_cmp),
    ("h59_science_fair", RNG, "When does the judging take place?", "Projects are judged on 19 April from 9:30 a.m. to 11:30 a.m.", f_rng),
    ("h59_science_fair", UNIT, "How much liquid may a project use?", "Liquids are limited to 500 litres per project.", f_unit),
    ("h59_science_fair", OFF, "What score do you need for a silver certificate?", "Entries may be individual or teams of up to 3 pupils.", f_off),

    # h59_babysitting_agency — hard: 18 is both the $18 rate and the sitters' minimum age; 3 is the child cap and the 3-hour minimum; 10 is the $10 surcharge, 10 sessions and 10% off; 11:00 p.m. switch to 1.5 times; askers bring their own times, child counts and a 15-hour lead time
    ("h59_babysitting_agency", G, "We have two kids and need a sitter from 6 p.m. to 10 p.m. How much will it be?", "With 2 children the rate is $22 an hour; 6 p.m. to 10 p.m. is 4 hours at the standard rate, so 4 x $22 = $88.", []),
    ("h59_babysitting_agency", G, "I only need someone for 2 hours to watch my one child. What will I pay?", "Every booking has a minimum of 3 hours, so you'd pay for 3 hours at $18 for 1 child: 3 x $18 = $54.", []),
    ("h59_babysitting_agency", G, "If I book tonight for tomorrow morning, about 15 hours ahead, is there an extra charge?", "Yes. Bookings made less than 24 hours ahead carry a $10 surcharge, and 15 hours is less than 24.", []),
    ("h59_babysitting_agency", G, "I need a sitter for my 3 children from 9 p.m. until midnight. What's the cost?", "The rate for 3 children is $26 an hour. 9 p.m. to 11:00 p.m. is 2 hours at $26 = $52; the hour after 11:00 p.m. is charged at 1.5 times, $26 x 1.5 = $39. Total $52 + $39 = $91.", []),
    ("h59_babysitting_agency", G, "Can you send one sitter to look after my four children?", "No. A sitter takes no more than 3 children.", []),
    ("h59_babysitting_agency", MIS, "What's the hourly rate for one child?", "The rate for 1 child is $22 an hour.", f_mis),
    ("h59_babysitting_agency", CMP, "How old are your sitters?", "All sitters are at most 18 years old.", f_cmp),
    ("h59_babysitting_agency", RNG, "During which hours do the standard rates apply?", "Standard rates apply from 7:00 a.m. to 9:00 p.m.", f_rng),
    ("h59_babysitting_agency", UNIT, "How often do sitters renew their first-aid certificate?", "Sitters renew their first-aid certificate every 2 months.", f_unit),
    ("h59_babysitting_agency", OFF, "What do I pay if I cancel on the day, a few hours before the start?", "A family booking at least 10 sessions in a month gets 10% off.", f_off),
]
# HOLDOUT60: home broadband install/repair (zh), cloud-drive membership (zh), watch repair (zh), karaoke rooms (en), roller rink (en), comedy club (en). First run:
# benchmarks/results/grounding_holdout60_first_run.txt.
DOCS.update({
    "h60_broadband_install": (
        "家庭宽带安装与故障报修规则\n"
        "第一条 新装宽带须提前3个工作日预约，上门安装时段为每日9:00至18:00。\n"
        "第二条 安装费100元；签约满24个月的用户免收安装费。\n"
        "第三条 光猫押金200元，退网时设备完好的全额退还，设备损坏的扣除150元。\n"
        "第四条 故障报修后，城区24小时内上门，郊区48小时内上门。\n"
        "第五条 单次断网超过24小时的，按每天3元减免月费，每月减免不超过30元。\n"
        "第六条 移机费50元；同一地址12个月内第二次移机的，收取100元。\n"
        "第七条 提前解约的，按剩余月数每月20元收取违约金。\n"
    ),
    "h60_cloud_drive": (
        "云盘会员服务说明\n"
        "第一条 会员分三档：\n"
        "| 档位 | 月费 | 空间 |\n"
        "|---|---|---|\n"
        "| 基础 | 10元 | 200GB |\n"
        "| 标准 | 25元 | 2TB |\n"
        "| 高级 | 50元 | 10TB |\n"
        "第二条 连续包年按12个月价格的8折收取。\n"
        "第三条 基础档单个文件不超过4GB，其他档位单个文件不超过20GB。\n"
        "第四条 回收站文件保留30天，高级会员保留90天。\n"
        "第五条 开通后7天内未使用的，可申请全额退款；第8至30天申请的，退还剩余金额的50%。\n"
        "第六条 每个账号最多同时登录5台设备，高级会员最多10台。\n"
    ),
    "h60_watch_repair": (
        "钟表维修服务须知\n"
        "第一条 机械表保养费380元，石英表更换电池30元。\n"
        "第二条 送修后5个工作日内出具检测报价，检测费50元，接受维修的免收检测费。\n"
        "第三条 维修周期：石英表7天，机械表保养20至30天。\n"
        "第四条 维修完成后保修12个月；仅更换电池的保修6个月。\n"
        "第五条 防水测试每次30元；表龄超过10年的不提供防水保证。\n"
        "第六条 取表通知发出后超过60天未取的，每天收取保管费5元。\n"
        "第七条 维修费超过1000元的，须预付50%。\n"
    ),
    "h60_karaoke_rooms": (
        "Starlight Karaoke Room Booking Rules\n"
        "| Room | Guests | Hourly rate |\n"
        "|---|---|---|\n"
        "| Small | up to 4 | $30 |\n"
        "| Medium | 5 to 8 | $45 |\n"
        "| Large | 9 to 15 | $70 |\n"
        "1. Rooms must be booked for at least 2 hours.\n"
        "2. We are open from 2 pm to 2 am; from 10 pm the hourly rate rises by 20%.\n"
        "3. Guests under 18 must leave by 10 pm.\n"
        "4. A deposit of $30 is required per booking; it is refunded if you cancel at least 24 hours before your start time.\n"
        "5. Outside drinks are charged at $15 per bottle.\n"
        "6. Members get 15% off room rates from Monday to Thursday.\n"
    ),
    "h60_roller_rink": (
        "Riverside Roller Rink - Visitor Rules\n"
        "1. Public sessions run from 10 am to 1 pm and from 3 pm to 8 pm; a session ticket costs $12.\n"
        "2. Skate hire is $5. Children under 6 get free entry with a paying adult.\n"
        "3. Helmets are required for skaters under 12 and can be borrowed for free.\n"
        "4. Lockers cost $2 per visit; items left for more than 7 days are donated.\n"
        "5. Private parties need at least 12 guests and must be booked at least 14 days ahead; they cost $15 per guest and last 2 hours.\n"
        "6. A 10-visit pass costs $100 and is valid for 6 months.\n"
        "7. Skaters must be at least 6 years old to join lessons; each lesson lasts 45 minutes.\n"
    ),
    "h60_comedy_club": (
        "The Laugh Cellar - Comedy Club Ticket Terms\n"
        "1. Shows start at 8 pm on Thursdays, and at 7 pm and 9:30 pm on Fridays and Saturdays; doors open 30 minutes before each show.\n"
        "2. Standard tickets are $20; front-row tickets are $35.\n"
        "3. Each guest must buy at least 2 drinks during the show.\n"
        "4. Guests must be 18 or over; ID is checked for anyone who looks under 25.\n"
        "5. Refunds are given up to 48 hours before the show; after that, tickets can be exchanged for another date for a $5 fee.\n"
        "6. Groups of 10 or more get 20% off standard tickets.\n"
        "7. Guests arriving more than 15 minutes after the show starts may lose their reserved seats.\n"
        "8. Open-mic night is held on the first Monday of each month from 7 pm to 10 pm; entry is $5.\n"
    ),
})

HOLDOUT60: list[tuple] = [
    # h60_broadband_install — hard: 24 recurs (24个月 contract, 24小时 城区 visit, 24小时 outage threshold), 100元 is both 安装费 and second 移机; askers bring 4天 outage, 8 remaining months, a 10-month gap, a broken 光猫
    ("h60_broadband_install", G, "我签的是两年合约，还要交安装费吗？", "不用交。签约满24个月的用户免收安装费，两年正好是24个月，所以100元安装费免收。", []),
    ("h60_broadband_install", G, "我家断网持续了4天才修好，月费能减多少？", "单次断网超过24小时的按每天3元减免，4天×3元=12元，没有超过每月30元的上限，可减免12元。", []),
    ("h60_broadband_install", G, "合约还剩8个月，我现在想解约，违约金要多少？", "提前解约按剩余月数每月20元收取违约金，8个月×20元=160元。", []),
    ("h60_broadband_install", G, "我去年3月从这个地址移过一次机，今年1月再移一次要多少钱？", "去年3月到今年1月是10个月，属于同一地址12个月内第二次移机，收取100元，而不是普通的50元移机费。", []),
    ("h60_broadband_install", G, "退网的时候光猫坏了，押金还能退多少？", "光猫押金200元，设备损坏的扣除150元，所以还能退50元。", []),
    ("h60_broadband_install", MIS, "我住在郊区，报修后多久能上门？", "郊区报修后24小时内上门。", f_mis),
    ("h60_broadband_install", CMP, "断网多久才能申请减免月费？", "单次断网不满24小时的，就可以按每天3元减免月费。", f_cmp),
    ("h60_broadband_install", RNG, "师傅一般什么时间上门安装？", "上门安装时段为每日9:00至12:00。", f_rng),
    ("h60_broadband_install", UNIT, "新装宽带要提前多久预约？", "新装宽带须提前3个小时预约。", f_unit),
    ("h60_broadband_install", OFF, "光猫押金是多少钱？", "移机费是50元。", f_off),

    # h60_cloud_drive — hard: 10 recurs (10元 基础月费, 10TB, 10台 devices), 30 recurs (30天 回收站, 第8至30天 refund band), 50 is both 高级月费 and 50% refund; askers bring a 10GB file and a yearly plan to price
    ("h60_cloud_drive", G, "标准档每个月多少钱，有多大空间？", "标准档月费25元，空间2TB。", []),
    ("h60_cloud_drive", G, "我想开高级档连续包年，一年要付多少？", "连续包年按12个月价格的8折收取：高级档50元×12=600元，打8折是480元。", []),
    ("h60_cloud_drive", G, "我是基础档会员，能上传一个10GB的视频吗？", "不能。基础档单个文件不超过4GB，10GB超出了限制；标准或高级档单个文件不超过20GB，升级后就能上传。", []),
    ("h60_cloud_drive", G, "我是高级会员，误删的文件在回收站里能留多久？", "高级会员的回收站文件保留90天，普通会员只保留30天。", []),
    ("h60_cloud_drive", G, "我开的是标准档，最多能在几台设备上同时登录？", "标准档每个账号最多同时登录5台设备，只有高级会员才能同时登录10台。", []),
    ("h60_cloud_drive", MIS, "基础档月费多少？", "基础档月费25元。", f_mis),
    ("h60_cloud_drive", CMP, "开通后什么情况下可以全额退款？", "开通超过7天且未使用的，可申请全额退款。", f_cmp),
    ("h60_cloud_drive", RNG, "过了7天再申请退款，还能退一部分吗？", "第8至15天申请的，退还剩余金额的50%。", f_rng),
    ("h60_cloud_drive", UNIT, "基础档有多大存储空间？", "基础档空间200MB。", f_unit),
    ("h60_cloud_drive", OFF, "回收站里的文件能保留多久？", "每个账号最多同时登录5台设备。", f_off),

    # h60_watch_repair — hard: 30 recurs (30元 battery, 30元 防水测试, 20至30天 保养), 50 recurs (50元 检测费, 50% 预付), 5 recurs (5个工作日, 5元/天); askers bring a 1600元 quote, a 70-day delay, a 12-year-old watch
    ("h60_watch_repair", G, "石英表换个电池多少钱？换完保修多久？", "石英表更换电池30元，仅更换电池的保修6个月。", []),
    ("h60_watch_repair", G, "我的机械表维修报价1600元，要先付多少？", "维修费超过1000元的须预付50%，1600元×50%=800元，需先付800元。", []),
    ("h60_watch_repair", G, "取表通知发出后我过了70天才去取，要交多少保管费？", "超过60天未取的每天收保管费5元，70天比60天多出10天，10天×5元=50元。", []),
    ("h60_watch_repair", G, "送检之后我决定修，检测费还要付吗？", "不用付。送修后5个工作日内出具检测报价，接受维修的免收50元检测费。", []),
    ("h60_watch_repair", G, "我这块表戴了12年，还能做防水吗？", "可以做防水测试，每次30元；但表龄超过10年的不提供防水保证，12年的表做了测试也不保证防水。", []),
    ("h60_watch_repair", MIS, "机械表修好以后保修多久？", "维修完成后保修6个月。", f_mis),
    ("h60_watch_repair", CMP, "什么样的表不提供防水保证？", "表龄不满10年的表不提供防水保证。", f_cmp),
    ("h60_watch_repair", RNG, "机械表保养一般要多长时间？", "机械表保养需要20至40天。", f_rng),
    ("h60_watch_repair", UNIT, "送修后多久能拿到检测报价？", "送修后5个小时内出具检测报价。", f_unit),
    ("h60_watch_repair", OFF, "石英表维修要多长时间？", "机械表保养费是380元。", f_off),

    # h60_karaoke_rooms — hard: $30 is both the Small hourly rate and the deposit, 15 recurs (15 guests, $15 per bottle, 15% off), 10 pm is both surcharge start and under-18 curfew; askers bring a group of 6, a 3-hour evening, a late 2-hour slot, a 16-year-old
    ("h60_karaoke_rooms", G, "There are 6 of us. Which room do we get and what does it cost per hour?", "A group of 6 fits the Medium room, which takes 5 to 8 guests, at $45 per hour.", []),
    ("h60_karaoke_rooms", G, "We want the Small room for 3 hours starting at 7 pm. What will the room cost?", "The Small room is $30 per hour, so 3 hours is $90; the session ends at 10 pm, before the late-night increase, so no surcharge applies.", []),
    ("h60_karaoke_rooms", G, "How much is the Large room for 2 hours starting at 10 pm?", "From 10 pm the hourly rate rises by 20%, so the Large room's $70 becomes $84 per hour; 2 hours cost $168.", []),
    ("h60_karaoke_rooms", G, "My 16-year-old wants to come. Can she stay until closing time?", "No. Guests under 18 must leave by 10 pm, even though the venue stays open until 2 am.", []),
    ("h60_karaoke_rooms", G, "If I cancel two days ahead, do I get my deposit back?", "Yes. The $30 deposit is refunded when you cancel at least 24 hours before your start time, and two days ahead is more than that.", []),
    ("h60_karaoke_rooms", MIS, "What is the hourly rate for the Large room?", "The Large room costs $45 per hour.", f_mis),
    ("h60_karaoke_rooms", CMP, "What is the minimum booking length?", "Rooms can be booked for at most 2 hours.", f_cmp),
    ("h60_karaoke_rooms", RNG, "How many guests can the Large room hold?", "The Large room takes 9 to 12 guests.", f_rng),
    ("h60_karaoke_rooms", UNIT, "How much extra do we pay after 10 pm?", "From 10 pm the hourly rate rises by $20.", f_unit),
    ("h60_karaoke_rooms", OFF, "How much is the deposit?", "Members get 15% off room rates from Monday to Thursday.", f_off),

    # h60_roller_rink — hard: 12 recurs ($12 ticket, under-12 helmets, 12-guest party minimum), 6 recurs (under 6 free entry, age 6 for lessons, 6-month pass), 2 recurs ($2 lockers, 2-hour parties); askers bring 20 party guests, a 10-year-old, a 5-year-old, a 2 pm arrival
    ("h60_roller_rink", G, "We'd like a private party for 20 kids. How much will it be?", "Parties cost $15 per guest, so 20 guests come to $300; that meets the minimum of 12 guests, and you must book at least 14 days ahead.", []),
    ("h60_roller_rink", G, "Is the 10-visit pass actually cheaper than buying tickets each time?", "Yes. Ten session tickets at $12 would cost $120, while the 10-visit pass costs $100, saving $20; the pass is valid for 6 months.", []),
    ("h60_roller_rink", G, "My son is 10. Does he have to wear a helmet?", "Yes. Helmets are required for skaters under 12, and you can borrow one for free.", []),
    ("h60_roller_rink", G, "My daughter is 5. Can she take a lesson?", "Not yet: skaters must be at least 6 years old to join lessons. She can still come to public sessions, since children under 6 get free entry with a paying adult.", []),
    ("h60_roller_rink", G, "Can I turn up and skate at 2 pm?", "No. Public sessions run from 10 am to 1 pm and from 3 pm to 8 pm, so 2 pm falls in the gap; the next session starts at 3 pm.", []),
    ("h60_roller_rink", MIS, "How much does skate hire cost?", "Skate hire costs $2.", f_mis),
    ("h60_roller_rink", CMP, "How many guests do we need for a private party?", "Private parties can have at most 12 guests.", f_cmp),
    ("h60_roller_rink", RNG, "When is the afternoon public session?", "The afternoon session runs from 3 pm to 10 pm.", f_rng),
    ("h60_roller_rink", UNIT, "How long is the 10-visit pass valid for?", "The 10-visit pass is valid for 6 weeks.", f_unit),
    ("h60_roller_rink", OFF, "How long does a lesson last?", "Helmets are required for skaters under 12.", f_off),

    # h60_comedy_club — hard: $5 recurs (exchange fee, open-mic entry), 7 pm recurs (Friday/Saturday early show, open-mic start), 20 recurs ($20 ticket, 20% group discount); askers bring a group of 12, the 9:30 show, an age of 19, a show 30 hours away
    ("h60_comedy_club", G, "There are 12 of us buying standard tickets. What's the total?", "Groups of 10 or more get 20% off standard tickets: $20 less 20% is $16 each, so 12 tickets come to $192.", []),
    ("h60_comedy_club", G, "We're going to the 9:30 pm show on Saturday. When do the doors open?", "Doors open 30 minutes before each show, so for the 9:30 pm show they open at 9 pm.", []),
    ("h60_comedy_club", G, "I'm 19 but people say I look younger. Will I get in?", "Yes, guests must be 18 or over, so at 19 you qualify; but ID is checked for anyone who looks under 25, so bring it.", []),
    ("h60_comedy_club", G, "My show is about 30 hours from now and I can't go. Can I get my money back?", "No refund at this point: refunds are given only up to 48 hours before the show. You can still exchange the ticket for another date for a $5 fee.", []),
    ("h60_comedy_club", G, "When is open-mic night and what does it cost to get in?", "Open-mic night is on the first Monday of each month from 7 pm to 10 pm, and entry is $5.", []),
    ("h60_comedy_club", MIS, "How much is a front-row ticket?", "Front-row tickets are $20.", f_mis),
    ("h60_comedy_club", CMP, "How many drinks do I have to buy?", "Each guest may buy at most 2 drinks during the show.", f_cmp),
    ("h60_comedy_club", RNG, "What hours does open-mic night run?", "Open-mic night runs from 7 pm to 11 pm.", f_rng),
    ("h60_comedy_club", UNIT, "What does it cost to exchange my ticket for another date?", "Exchanging a ticket for another date costs 5% of the ticket price.", f_unit),
    ("h60_comedy_club", OFF, "What time do the Thursday shows start?", "Groups of 10 or more get 20% off standard tickets.", f_off),
]
# HOLDOUT61: maternity allowance claims, outdoor advertising permits, public rental housing (zh); squash court booking, lake angling permits, paintball field (en). First run:
# benchmarks/results/grounding_holdout61_first_run.txt.
DOCS.update({
    "h61_maternity_allowance": (
        "生育津贴申领须知\n"
        "第一条 参保职工在分娩前已连续缴纳生育保险满12个月的，可申领生育津贴。\n"
        "第二条 生育津贴按职工所在单位上年度职工月平均工资除以30再乘以产假天数计发。\n"
        "第三条 顺产产假为98天；难产的增加15天；多胞胎生育的，每多生育1个婴儿增加15天。\n"
        "第四条 怀孕不满4个月流产的，享受15天产假；怀孕满4个月流产的，享受42天产假。\n"
        "第五条 申领期限为分娩或流产之日起12个月以内，逾期不予受理。窗口受理时间为工作日8:30至17:00。\n"
        "第六条 材料齐全的，经办机构在15个工作日内审核完毕，审核通过后5个工作日内发放至本人社保卡。\n"
        "第七条 男职工配偶分娩的，享受陪产假15天，不另发生育津贴。\n"
    ),
    "h61_outdoor_ad_permit": (
        "户外广告设施设置许可办理指南\n"
        "第一条 设置户外广告设施须向城市管理部门申请设置许可，许可不收取费用。\n"
        "第二条 单块广告牌面积不超过10平方米的，实行告知承诺制，当场办结；面积超过10平方米的，在10个工作日内作出决定。\n"
        "第三条 屋顶广告设施高度不得超过建筑物高度的1/3，且最高不超过6米。\n"
        "第四条 设置许可有效期为3年，期满需继续设置的，应在期满前30日提出延续申请。\n"
        "第五条 广告设施底部距地面应在3米以上；LED显示屏亮屏时间限于7:00至22:00。\n"
        "第六条 未经许可擅自设置的，责令限期30日内拆除，并处5000元至3万元罚款。\n"
        "第七条 申请须提交产权证明或租赁合同，租赁期限应不少于1年。\n"
    ),
    "h61_public_rental_housing": (
        "公共租赁住房申请须知\n"
        "一、申请人须年满18周岁，家庭人均月收入低于3000元，且在本市无自有住房。\n"
        "二、单身申请人可租住建筑面积40平方米以下的户型；2人以上家庭可租住60平方米以下的户型。\n"
        "三、租金按下表标准收取，每月10日前缴纳；逾期超过3个月未缴的，收回住房。\n"
        "| 家庭人均月收入 | 租金标准（元/平方米·月） |\n"
        "|---|---|\n"
        "| 1500元以下 | 5 |\n"
        "| 1500元至3000元 | 10 |\n"
        "四、租赁合同每次签订3年，期满前3个月可申请续租。\n"
        "五、承租人连续6个月以上未在住房内居住的，收回住房。\n"
    ),
    "h61_squash_courts": (
        "Riverside Squash Centre - Court Booking Rules\n"
        "1. Courts are open from 6:30 am to 10:30 pm on weekdays and from 8 am to 8 pm at weekends.\n"
        "2. Members may book up to 7 days ahead; non-members up to 2 days ahead.\n"
        "3. A court session lasts 40 minutes. Peak sessions (5 pm to 9 pm on weekdays) cost $14 for members "
        "and $20 for non-members; off-peak sessions cost $9 for members and $14 for non-members.\n"
        "4. Cancellations made at least 24 hours before the session are refunded in full; cancellations "
        "within 24 hours are refunded at 50%.\n"
        "5. Players under 16 must be accompanied by an adult and may not book peak sessions.\n"
        "6. Racquet hire costs $4 per session; balls cost $7 for a tube of 2.\n"
        "7. Non-marking shoes are required. A member who fails to show up 3 times within 30 days loses "
        "booking rights for 14 days.\n"
    ),
    "h61_angling_lake": (
        "Millbrook Lake - Day Fishing Permits\n"
        "1. Day permits cost £12 for adults and £6 for juniors aged 12 to 17; children under 12 fish free "
        "with a paying adult.\n"
        "2. Fishing is allowed from 7 am to 7 pm from April to September and from 8 am to 4 pm from "
        "October to March.\n"
        "3. Each angler may use up to 2 rods; a third rod costs £3 extra per day.\n"
        "4. Anglers may keep up to 2 trout per day; trout under 30 cm must be returned.\n"
        "5. All carp must be returned, and fish may be held in a keepnet for at most 6 hours.\n"
        "6. A season permit costs £180 and is valid for 12 months from the date of purchase.\n"
        "7. Night fishing must be booked at least 48 hours ahead and costs £15 per night.\n"
    ),
    "h61_paintball_field": (
        "Oakridge Paintball - Session Prices and Rules\n"
        "Sessions run from 9:30 am to 4:30 pm; the minimum group size is 8 players.\n"
        "| Package | Price per player | Paintballs included |\n"
        "|---|---|---|\n"
        "| Half day (3 hours) | $35 | 200 |\n"
        "| Full day (6 hours) | $55 | 400 |\n"
        "1. Extra paintballs cost $10 per 100.\n"
        "2. Players must be at least 12; players aged 12 to 15 need a signed parental consent form and "
        "use low-impact markers.\n"
        "3. A deposit of $10 per player secures a booking and is non-refundable within 7 days of the session.\n"
        "4. Groups of 20 or more players get 10% off the package price.\n"
        "5. Masks must stay on in the play zones at all times; a player who removes a mask is sent off "
        "for 15 minutes.\n"
    ),
})

HOLDOUT61: list[tuple] = [
    # h61_maternity_allowance — hard: 15 recurs five times (难产加天、多胞胎加天、早期流产产假、审核工作日、陪产假) and 12 twice (缴费月数、申领期限); askers bring their own wage and birth situation
    ("h61_maternity_allowance", G, "我们单位上年度职工月平均工资是9000元，我顺产，能领多少生育津贴？",
     "按月平均工资除以30再乘以产假天数计发，顺产产假98天：9000元÷30=300元/天，300元×98天=29400元。", []),
    ("h61_maternity_allowance", G, "我难产生了双胞胎，产假一共有多少天？",
     "顺产产假98天，难产增加15天，多生育1个婴儿再增加15天，合计98+15+15=128天。", []),
    ("h61_maternity_allowance", G, "我怀孕5个月的时候流产了，能休几天产假？",
     "怀孕满4个月流产的享受42天产假，您怀孕5个月，可以休42天。", []),
    ("h61_maternity_allowance", G, "生育保险要交够多久才能领生育津贴？",
     "需要在分娩前已连续缴纳生育保险满12个月。", []),
    ("h61_maternity_allowance", G, "材料交齐以后，最长要多久钱才能到社保卡上？",
     "经办机构在15个工作日内审核完毕，审核通过后5个工作日内发放到社保卡，合计最长15+5=20个工作日。", []),
    ("h61_maternity_allowance", MIS, "怀孕满4个月流产的，享受多少天产假？",
     "怀孕满4个月流产的，享受15天产假。", f_mis),
    ("h61_maternity_allowance", CMP, "怀孕多久流产的只能休15天产假？",
     "怀孕4个月以上流产的，享受15天产假。", f_cmp),
    ("h61_maternity_allowance", RNG, "去窗口办理申领，几点到几点受理？",
     "窗口受理时间为工作日8:30至12:00。", f_rng),
    ("h61_maternity_allowance", UNIT, "申领生育津贴对缴费时间有什么要求？",
     "参保职工在分娩前已连续缴纳生育保险满12年的，才可申领生育津贴。", f_unit),
    ("h61_maternity_allowance", OFF, "老婆生孩子，男职工能领生育津贴吗？",
     "材料齐全的，经办机构在15个工作日内审核完毕。", f_off),

    # h61_outdoor_ad_permit — hard: 10 is both an area and a number of working days, 30 is both the renewal lead time and the removal deadline, 3 is years, metres and 万元; askers bring their own sign size, building height and expiry date
    ("h61_outdoor_ad_permit", G, "我店门头的广告牌是8平方米，审批要等多久？",
     "单块面积不超过10平方米的实行告知承诺制、当场办结，8平方米在这个范围内，可以当场办结。", []),
    ("h61_outdoor_ad_permit", G, "我们的广告设置许可2025年6月30日到期，还想继续挂，最晚哪天要申请延续？",
     "应在期满前30日提出延续申请，6月30日往前推30日是5月31日，所以最晚2025年5月31日提出。", []),
    ("h61_outdoor_ad_permit", G, "我们楼高15米，楼顶广告最高能做多高？",
     "屋顶广告高度不得超过建筑物高度的1/3，且最高不超过6米：15米×1/3=5米，低于6米，所以最高5米。", []),
    ("h61_outdoor_ad_permit", G, "没办许可就挂了广告牌，被查到会怎么处理？",
     "会被责令限期30日内拆除，并处5000元至3万元罚款。", []),
    ("h61_outdoor_ad_permit", G, "广告牌底部离地面有要求吗？LED屏晚上能亮到几点？",
     "底部距地面应在3米以上；LED显示屏亮屏时间限于7:00至22:00，晚上最晚亮到22:00。", []),
    ("h61_outdoor_ad_permit", MIS, "用租来的房子挂广告，租赁合同期限有什么要求？",
     "租赁期限应不少于3年。", f_mis),
    ("h61_outdoor_ad_permit", CMP, "广告牌底部距地面要多高？",
     "广告设施底部距地面应在3米以下。", f_cmp),
    ("h61_outdoor_ad_permit", RNG, "擅自设置户外广告要罚多少钱？",
     "责令限期拆除，并处5000元以上罚款。", f_rng),
    ("h61_outdoor_ad_permit", UNIT, "户外广告设置许可有效期多久？",
     "设置许可有效期为3个月。", f_unit),
    ("h61_outdoor_ad_permit", OFF, "申请户外广告设置许可要交费吗？",
     "单块广告牌面积不超过10平方米的，实行告知承诺制，当场办结。", f_off),

    # h61_public_rental_housing — hard: 3 recurs as years, months of arrears and months before expiry; 10 is a due day and a rent rate; rows combine the table with the floor-area and age rules, and askers bring their own income and flat size
    ("h61_public_rental_housing", G, "我家人均月收入2000元，租60平方米的公租房，每月租金多少？",
     "人均月收入在1500元至3000元档，租金标准为10元/平方米·月，60平方米×10元=600元/月。", []),
    ("h61_public_rental_housing", G, "我是单身，人均月收入1200元，按能租的最大户型算，每月最多交多少租金？",
     "单身申请人可租住40平方米以下的户型；人均月收入1500元以下的租金标准为5元/平方米·月，按40平方米算最多40×5=200元/月。", []),
    ("h61_public_rental_housing", G, "合同到期了还想接着住，怎么办？",
     "租赁合同每次签订3年，期满前3个月可以申请续租。", []),
    ("h61_public_rental_housing", G, "我今年17岁，家里人均月收入2500元，能申请公租房吗？",
     "暂时不能：收入2500元低于3000元符合要求，但申请人须年满18周岁，17岁还不满18周岁。", []),
    ("h61_public_rental_housing", G, "租金每个月什么时候交？一直不交会怎样？",
     "每月10日前缴纳；逾期超过3个月未缴的，会收回住房。", []),
    ("h61_public_rental_housing", MIS, "公租房租金每月几号前要交？",
     "每月5日前缴纳。", f_mis),
    ("h61_public_rental_housing", CMP, "申请公租房对家庭收入有什么要求？",
     "家庭人均月收入高于3000元。", f_cmp),
    ("h61_public_rental_housing", RNG, "家庭人均月收入多少的，租金按10元/平方米·月收取？",
     "家庭人均月收入1500元以上的，租金标准为10元/平方米·月。", f_rng),
    ("h61_public_rental_housing", UNIT, "公租房多久不住会被收回？",
     "承租人连续6天以上未在住房内居住的，收回住房。", f_unit),
    ("h61_public_rental_housing", OFF, "公租房多久不住会被收回？",
     "租赁合同每次签订3年，期满前3个月可申请续租。", f_off),

    # h61_squash_courts — hard: $14 is both a member peak fee and a non-member off-peak fee and 14 is also the ban in days; 7 is booking days and the ball price; askers bring their own time slot, age and cancellation timing
    ("h61_squash_courts", G, "I'm not a member and want two back-to-back sessions starting at 6 pm on a Tuesday. What will that cost?",
     "6 pm on a weekday falls in peak time (5 pm to 9 pm), when non-members pay $20 a session, so two sessions cost 2 × $20 = $40.", []),
    ("h61_squash_courts", G, "I'm a member and need to cancel my $14 peak session 10 hours before it starts. How much do I get back?",
     "Cancellations within 24 hours are refunded at 50%, so you get 50% of $14, which is $7.", []),
    ("h61_squash_courts", G, "What time do the courts close on a Saturday?",
     "At weekends the courts are open from 8 am to 8 pm, so on Saturday they close at 8 pm.", []),
    ("h61_squash_courts", G, "My son is 15. Can he book a court for 7 pm on a Wednesday?",
     "No. Players under 16 may not book peak sessions, and 5 pm to 9 pm on weekdays is peak time; he would also need to be accompanied by an adult.", []),
    ("h61_squash_courts", G, "How far in advance can a non-member reserve a court?",
     "Non-members can book up to 2 days ahead (members can book up to 7 days ahead).", []),
    ("h61_squash_courts", MIS, "How long is the booking ban for a member who keeps not showing up?",
     "They lose booking rights for 7 days.", f_mis),
    ("h61_squash_courts", CMP, "How early do I have to cancel to get all my money back?",
     "Cancellations made less than 24 hours before the session are refunded in full.", f_cmp),
    ("h61_squash_courts", RNG, "What are the opening hours on weekdays?",
     "Courts are open from 6:30 am to 9:30 pm on weekdays.", f_rng),
    ("h61_squash_courts", UNIT, "How long is one court session?",
     "A court session lasts 40 hours.", f_unit),
    ("h61_squash_courts", OFF, "Do I need special shoes to play?",
     "Racquet hire costs $4 per session.", f_off),

    # h61_angling_lake — hard: 12 recurs as the adult price, the junior age limit and the season validity; 2 is both rods and trout; 7 is both opening and closing hour; askers bring their party, rod count, fish size and trip count
    ("h61_angling_lake", G, "Two adults and a 14-year-old want to fish for a day. How much in total?",
     "Adults pay £12 each and juniors aged 12 to 17 pay £6, so the total is 2 × £12 + £6 = £30.", []),
    ("h61_angling_lake", G, "I'm an adult and want to fish with three rods for the day. What do I pay?",
     "The adult day permit is £12 and a third rod costs £3 extra per day, so you pay £12 + £3 = £15.", []),
    ("h61_angling_lake", G, "What hours can I fish in November?",
     "From October to March fishing is allowed from 8 am to 4 pm.", []),
    ("h61_angling_lake", G, "I caught a 25 cm trout. Can I take it home?",
     "No. Trout under 30 cm must be returned; you may keep up to 2 trout per day that are 30 cm or longer.", []),
    ("h61_angling_lake", G, "I'm an adult and fish about 20 days a year. Is the season permit worth it?",
     "Yes. Twenty adult day permits would cost 20 × £12 = £240, while a season permit costs £180 and is valid for 12 months, so it saves £60.", []),
    ("h61_angling_lake", MIS, "How much is a day permit for a junior?",
     "Juniors pay £12 for a day permit.", f_mis),
    ("h61_angling_lake", CMP, "How far ahead do I need to book night fishing?",
     "Night fishing must be booked at most 48 hours ahead.", f_cmp),
    ("h61_angling_lake", RNG, "Which ages count as juniors?",
     "Juniors are anglers aged 12 to 15.", f_rng),
    ("h61_angling_lake", UNIT, "How long is a season permit valid?",
     "A season permit is valid for 12 weeks from the date of purchase.", f_unit),
    ("h61_angling_lake", OFF, "Can I keep the carp I catch?",
     "Each angler may use up to 2 rods; a third rod costs £3 extra per day.", f_off),

    # h61_paintball_field — hard: 10 recurs as the price per 100 balls, the deposit and the group discount percentage; 12 and 15 appear as ages and 15 as a penalty; answers read off the table and combine it with the discount and extra-ball clauses
    ("h61_paintball_field", G, "We're a group of 20 booking the full day. What's the total?",
     "The full day is $55 per player and groups of 20 or more get 10% off: 20 × $55 = $1,100, minus 10% ($110) = $990.", []),
    ("h61_paintball_field", G, "On the half-day package I'd like 300 more paintballs. How much extra is that?",
     "Extra paintballs cost $10 per 100, so 300 extra cost 3 × $10 = $30, on top of the 200 included in the half-day package.", []),
    ("h61_paintball_field", G, "My daughter is 13. Is she allowed to play?",
     "Yes. Players must be at least 12; because she is in the 12 to 15 band she needs a signed parental consent form and uses low-impact markers.", []),
    ("h61_paintball_field", G, "How long is the full day and how many paintballs come with it?",
     "The full day lasts 6 hours and includes 400 paintballs, at $55 per player.", []),
    ("h61_paintball_field", G, "Can we book with just 6 people?",
     "No, the minimum group size is 8 players, so 6 people is not enough.", []),
    ("h61_paintball_field", MIS, "How much is the deposit per player?",
     "The deposit is $35 per player.", f_mis),
    ("h61_paintball_field", CMP, "How big does a group have to be for the discount?",
     "Groups of fewer than 20 players get 10% off the package price.", f_cmp),
    ("h61_paintball_field", RNG, "What times do sessions run?",
     "Sessions run from 9:30 am to 12:30 pm.", f_rng),
    ("h61_paintball_field", UNIT, "What happens if a player takes their mask off in a play zone?",
     "The player is sent off for 15 hours.", f_unit),
    ("h61_paintball_field", OFF, "If we cancel 3 days before the session, do we get the deposit back?",
     "Groups of 20 or more players get 10% off the package price.", f_off),
]
# HOLDOUT62: furniture delivery & installation, florist orders & after-sales, locksmith charges (zh); employee referral bonus, remote work policy, probation & notice periods (en). First run:
# benchmarks/results/grounding_holdout62_first_run.txt.
DOCS.update({
    "h62_furniture_delivery": (
        "家具配送与安装服务条款\n"
        "第一条 订单满2000元免基础配送费，不满2000元的按下表收取：\n"
        "| 距离 | 配送费 |\n"
        "|---|---|\n"
        "| 10公里以内 | 80元 |\n"
        "| 10公里至30公里 | 150元 |\n"
        "| 超过30公里 | 150元另加每公里5元 |\n"
        "第二条 单件超过50公斤且无电梯的，自第2层起每层加收10元。\n"
        "第三条 送货后7天内预约安装的免费；超过7天预约的，每件收安装费30元。\n"
        "第四条 每天9:00至20:00送货，须提前1天改约，改约不超过2次。\n"
        "第五条 签收后7天内发现运输损坏的免费更换；签收后30天内可退货，收取商品价10%的运费，最低80元。\n"
        "第六条 安装后板材松动，1年内免费加固。\n"
    ),
    "h62_florist_orders": (
        "鲜花预订及售后规则\n"
        "第一条 普通花束需提前1天预订，婚礼及开业花篮需提前3天预订，预订时支付订单金额30%的定金。\n"
        "第二条 同城配送时间为8:00至21:00，配送费15元；订单满199元免配送费。\n"
        "第三条 指定时段送达的，加收20元；延误超过1小时的，退还全部配送费。\n"
        "第四条 签收后24小时内出现大面积枯萎的，凭照片可补发一次或退款50%。\n"
        "第五条 送达前48小时以上取消订单的，全额退还定金；48小时以内取消的，定金不退。\n"
        "第六条 节日（2月14日、5月第二个星期日）订单不接受改期，价格上浮20%至50%。\n"
    ),
    "h62_locksmith_service": (
        "开锁换锁服务收费标准\n"
        "第一条 上门服务时间为7:00至22:00，市区30分钟内到达；22:00至次日7:00为夜间服务，另加收50元。\n"
        "第二条 普通门锁开锁100元，防盗门开锁150元，汽车开锁200元，保险柜开锁300元起。\n"
        "第三条 更换锁芯每个80元（不含锁芯费）；C级锁芯保修3年，B级锁芯保修1年。\n"
        "第四条 开锁前须出示身份证及房产证明或租赁合同，无法出示的不予服务。\n"
        "第五条 师傅到达后因客户原因未施工的，收取上门费30元。\n"
        "第六条 换锁后30天内锁芯故障的，免费上门维修；超出承诺到达时间30分钟以上的，费用减免20%。\n"
    ),
    "h62_referral_bonus": (
        "Employee Referral Program\n"
        "1. Any permanent employee who has completed at least 3 months of service may refer candidates; HR staff and the hiring manager for the role are not eligible.\n"
        "2. Bonus amounts by role level:\n"
        "| Role level | Bonus |\n"
        "|---|---|\n"
        "| Entry (levels 1–2) | $500 |\n"
        "| Professional (levels 3–5) | $1,500 |\n"
        "| Senior (level 6 and above) | $3,000 |\n"
        "3. The bonus is paid in two parts: 50% after the new hire completes 90 days, and the remaining 50% after 6 months.\n"
        "4. Both the referrer and the new hire must still be employed on each payment date.\n"
        "5. A referral is valid for 12 months from submission; a candidate who applied directly within the previous 6 months does not count.\n"
        "6. An employee may receive bonuses for up to 5 hires per calendar year.\n"
        "7. Bonuses are taxable and are paid through payroll within 30 days of each milestone.\n"
    ),
    "h62_remote_work": (
        "Remote Work Policy\n"
        "1. Employees who have passed probation may work remotely up to 2 days per week; roles approved as fully remote are exempt from this limit.\n"
        "2. Core hours are 10:00 to 16:00 local time, during which remote staff must respond to messages within 30 minutes.\n"
        "3. A one-time home-office setup allowance of up to $400 is reimbursed against receipts submitted within 60 days of approval.\n"
        "4. An internet stipend of $40 per month is paid to employees working remotely at least 2 days per week.\n"
        "5. Company laptops must be returned within 5 working days of leaving the company; an unreturned laptop is charged at $1,200.\n"
        "6. Working from another country is allowed for up to 30 calendar days per year with at least 14 days' notice.\n"
        "7. Remote arrangements are reviewed every 6 months.\n"
    ),
    "h62_probation_notice": (
        "Probation and Notice Period Policy\n"
        "1. New employees serve a probation period of 3 months; for managers it is 6 months.\n"
        "2. Probation may be extended once, by up to 3 months, with written notice at least 10 days before it ends.\n"
        "3. During probation either party may end employment with 1 week's notice.\n"
        "4. After probation, notice is 1 month for employees with under 5 years of service and 2 months for 5 years or more.\n"
        "5. Employees on probation may take at most 5 paid sick days.\n"
        "6. A probation review meeting is held between weeks 8 and 10 of probation.\n"
        "7. Pay in lieu of notice, where agreed, is paid within 14 days of the last working day.\n"
    ),
})

HOLDOUT62: list[tuple] = [
    # h62_furniture_delivery — hard: 80元 is both the near-distance fee and the minimum return freight; 7天 covers both free installation and damage replacement; 30 is km, 元 and 天; 10 is km, 元 per floor and 10%; askers bring their own distance, weight, floor and price
    ("h62_furniture_delivery", G, "我家离仓库25公里，买了一张1500元的沙发，配送费要多少？", "订单不满2000元，要按距离收费；25公里属于10公里至30公里这一档，配送费为150元。", []),
    ("h62_furniture_delivery", G, "我买的衣柜单件60公斤，住5楼没有电梯，搬运费怎么算？", "单件超过50公斤且无电梯的，自第2层起每层加收10元；送到5楼要收第2至第5层共4层，4×10元=40元。", []),
    ("h62_furniture_delivery", G, "签收后第20天想退一张3000元的床，要付多少运费？", "签收后30天内可以退货，运费按商品价的10%收取：3000元×10%=300元，高于最低80元，所以需付300元。", []),
    ("h62_furniture_delivery", G, "送货后过了10天才约安装，还能免费装吗？", "不能免费。送货后7天内预约才免费安装，超过7天预约的，每件收安装费30元。", []),
    ("h62_furniture_delivery", G, "你们几点到几点送货？我想改个时间，有什么要求？", "每天9:00至20:00送货；改约须提前1天提出，改约不超过2次。", []),
    ("h62_furniture_delivery", MIS, "送货后超过7天才预约安装，每件收多少安装费？", "超过7天预约的，每件收取安装费80元。", f_mis),
    ("h62_furniture_delivery", CMP, "订单金额多少可以免基础配送费？", "订单金额不满2000元即可免基础配送费。", f_cmp),
    ("h62_furniture_delivery", RNG, "配送费150元适用于多远的距离？", "距离在10公里至50公里之间的，配送费为150元。", f_rng),
    ("h62_furniture_delivery", UNIT, "运输造成的损坏多久内可以免费更换？", "签收后7个月内发现运输损坏的，可以免费更换。", f_unit),
    ("h62_furniture_delivery", OFF, "装好的柜子板材松动了，多久内可以免费加固？", "签收后30天内可退货，收取商品价10%的运费。", f_off),

    # h62_florist_orders — hard: 20 is both the timed-delivery surcharge and the lower end of the festival mark-up; 50% is both the wilting refund and the upper mark-up; 15元 vs 20元 fees; 1天/1小时, 24/48小时; askers bring an order value, a delay and a cancellation lead time
    ("h62_florist_orders", G, "我订一个总价300元的开业花篮，定金付多少？最晚什么时候要订？", "婚礼及开业花篮需提前3天预订，预订时支付订单金额30%的定金：300元×30%=90元。", []),
    ("h62_florist_orders", G, "订了一束150元的花，要求下午3点准时送到，一共要付多少？", "150元未满199元，要付配送费15元；指定时段送达再加收20元，合计150+15+20=185元。", []),
    ("h62_florist_orders", G, "花晚到了一个半小时，你们怎么赔？", "延误超过1小时的，退还全部配送费；一个半小时已超过1小时。", []),
    ("h62_florist_orders", G, "签收10个小时后花就大片蔫了，能怎么处理？", "签收后24小时内出现大面积枯萎的，凭照片可以补发一次或退款50%。", []),
    ("h62_florist_orders", G, "我在送达前三天取消订单，定金能退吗？", "能全额退。三天即72小时，属于送达前48小时以上取消，定金全额退还。", []),
    ("h62_florist_orders", MIS, "要求指定时段送达，要加收多少钱？", "指定时段送达的，加收15元。", f_mis),
    ("h62_florist_orders", CMP, "订单满多少钱可以免配送费？", "订单不满199元免配送费。", f_cmp),
    ("h62_florist_orders", RNG, "情人节订的花价格会怎么变？", "节日订单价格上浮20%至40%。", f_rng),
    ("h62_florist_orders", UNIT, "普通花束需要提前多久预订？", "普通花束需提前1小时预订。", f_unit),
    ("h62_florist_orders", OFF, "母亲节的订单可以改期吗？", "同城配送时间为8:00至21:00，配送费15元。", f_off),

    # h62_locksmith_service — hard: 30 is the arrival promise (分钟), the call-out fee (元), the repair window (天) and the lateness threshold; 150元 is the security-door price and the night total minus 50; 80元 lock-core fee recurs as a computed payment; askers bring a clock time, a delay and a count of cores
    ("h62_locksmith_service", G, "晚上11点家里防盗门打不开，叫师傅开锁要多少钱？", "23点属于22:00至次日7:00的夜间服务，防盗门开锁150元，另加收50元，合计200元。", []),
    ("h62_locksmith_service", G, "换两个C级锁芯，人工费多少？保修多久？", "更换锁芯每个80元，两个共160元，锁芯费另计；C级锁芯保修3年。", []),
    ("h62_locksmith_service", G, "师傅到了，我刚好找到钥匙不用开了，要付钱吗？", "要付。师傅到达后因客户原因未施工的，收取上门费30元。", []),
    ("h62_locksmith_service", G, "我在市区叫开普通门锁，师傅比承诺的到达时间晚了45分钟，能减免吗？", "能。超出承诺到达时间30分钟以上的，费用减免20%；普通门锁开锁100元，减免20元，需付80元。", []),
    ("h62_locksmith_service", G, "开锁之前要准备什么证件？", "须出示身份证，以及房产证明或租赁合同；无法出示的不予服务。", []),
    ("h62_locksmith_service", MIS, "汽车开锁多少钱？", "汽车开锁150元。", f_mis),
    ("h62_locksmith_service", CMP, "保险柜开锁怎么收费？", "保险柜开锁300元以内。", f_cmp),
    ("h62_locksmith_service", RNG, "白天的上门服务时间是几点到几点？", "上门服务时间为7:00至20:00。", f_rng),
    ("h62_locksmith_service", UNIT, "换锁后多长时间内锁芯坏了可以免费维修？", "换锁后30个月内锁芯故障的，免费上门维修。", f_unit),
    ("h62_locksmith_service", OFF, "B级锁芯保修多久？", "市区30分钟内到达。", f_off),

    # h62_referral_bonus — hard: $1,500 is both the Professional bonus and half the Senior bonus; 3 is months of service and the lowest Professional level; 6 months appears twice; 5 is the top Professional level and the yearly cap; askers bring their tenure, a level, elapsed months and a hire count
    ("h62_referral_bonus", G, "I've been here 4 months. Can I refer a friend for a level 4 job, and what would I earn?", "Yes. You have completed at least 3 months of service, so you may refer; level 4 is in the Professional band (levels 3–5), which pays $1,500.", []),
    ("h62_referral_bonus", G, "The person I referred for a level 6 role just passed 90 days. How much do I get now?", "The first part is 50% of the $3,000 Senior bonus, so $1,500 now; the remaining 50% ($1,500) follows after 6 months, provided you are both still employed.", []),
    ("h62_referral_bonus", G, "I submitted a referral 10 months ago and the candidate has only just been hired. Does it still count?", "Yes, as long as they had not applied directly in the previous 6 months: a referral is valid for 12 months from submission, and 10 months is within that.", []),
    ("h62_referral_bonus", G, "I've already been paid for 5 referral hires this year. Can I get a bonus for a sixth?", "No. An employee may receive bonuses for up to 5 hires per calendar year.", []),
    ("h62_referral_bonus", G, "When does the referral money actually reach me?", "Through payroll, within 30 days of each milestone (the new hire's 90 days and 6 months); the bonus is taxable.", []),
    ("h62_referral_bonus", MIS, "What is the bonus for referring an entry-level (level 1) hire?", "An entry-level hire earns a $1,500 referral bonus.", f_mis),
    ("h62_referral_bonus", CMP, "How long do I need to have worked here before I can refer someone?", "You may refer candidates if you have completed at most 3 months of service.", f_cmp),
    ("h62_referral_bonus", RNG, "Which role levels count as Professional?", "Professional covers levels 3 to 6.", f_rng),
    ("h62_referral_bonus", UNIT, "How long is a referral valid after I submit it?", "A referral is valid for 12 weeks from submission.", f_unit),
    ("h62_referral_bonus", OFF, "How many referral bonuses can I receive in a year?", "A referral is valid for 12 months from submission.", f_off),

    # h62_remote_work — hard: 2 days is both a cap ("up to") and a threshold ("at least"); $40 vs $400; 30 is minutes and calendar days; askers bring a receipt total, a clock time and a trip length, and one answer annualises the stipend
    ("h62_remote_work", G, "I spent $520 on a desk and chair for working at home. How much will I get back?", "The one-time setup allowance is up to $400, so $400 of your $520 is reimbursed, provided the receipts are submitted within 60 days of approval.", []),
    ("h62_remote_work", G, "If I work from home 2 days a week, do I get the internet stipend, and how much is that over a year?", "Yes. Employees working remotely at least 2 days per week get $40 per month, which is $40 × 12 = $480 a year.", []),
    ("h62_remote_work", G, "I'd like to work from Spain for 3 weeks in August. Is that allowed, and what do I need to do?", "Yes: 3 weeks (21 days) is within the limit of up to 30 calendar days per year, and you must give at least 14 days' notice.", []),
    ("h62_remote_work", G, "I'm working remotely and my manager messages me at 3 pm. How fast must I reply?", "3 pm falls within the core hours of 10:00 to 16:00, so you must respond within 30 minutes.", []),
    ("h62_remote_work", G, "I'm leaving the company. When does my laptop have to go back, and what if I keep it?", "Return it within 5 working days of leaving; an unreturned laptop is charged at $1,200.", []),
    ("h62_remote_work", MIS, "How much is the monthly internet stipend?", "The internet stipend is $400 per month.", f_mis),
    ("h62_remote_work", CMP, "How many days a week can I work remotely once I've passed probation?", "After probation you may work remotely at least 2 days per week.", f_cmp),
    ("h62_remote_work", RNG, "What are the core hours?", "Core hours are 10:00 to 18:00 local time.", f_rng),
    ("h62_remote_work", UNIT, "During core hours, how quickly do I need to answer messages?", "Remote staff must respond to messages within 30 hours.", f_unit),
    ("h62_remote_work", OFF, "How often are remote work arrangements reviewed?", "Company laptops must be returned within 5 working days of leaving the company.", f_off),

    # h62_probation_notice — hard: 3 months is both the standard probation and the maximum extension; 5 is years of service and paid sick days; 10 is days of notice and the last review week; 1 week vs 1 month; askers bring a role, an end date, years of service and sick days taken
    ("h62_probation_notice", G, "I've just joined as a team manager. If my probation gets extended, how long could it last in total?", "Managers serve 6 months of probation, which may be extended once by up to 3 months, so at most 6 + 3 = 9 months.", []),
    ("h62_probation_notice", G, "My probation ends on 30 June. By when must the company tell me it is extending it?", "Written notice must be given at least 10 days before probation ends, so by 20 June at the latest.", []),
    ("h62_probation_notice", G, "I've worked here for 7 years and want to resign. How much notice do I have to give?", "Your probation is long over and you have 5 years of service or more, so the notice period is 2 months.", []),
    ("h62_probation_notice", G, "I'm still on probation and have found another job. How soon can I leave?", "During probation either party may end employment with 1 week's notice.", []),
    ("h62_probation_notice", G, "I'm on probation and have been off sick for 6 days. Are all of them paid?", "No. Employees on probation may take at most 5 paid sick days, so only 5 of your 6 days are paid sick days.", []),
    ("h62_probation_notice", MIS, "How long is probation for a new employee who isn't a manager?", "New employees serve a probation period of 6 months.", f_mis),
    ("h62_probation_notice", CMP, "How many paid sick days can I take while on probation?", "Employees on probation may take at least 5 paid sick days.", f_cmp),
    ("h62_probation_notice", RNG, "When is the probation review meeting held?", "It is held between weeks 8 and 12 of probation.", f_rng),
    ("h62_probation_notice", UNIT, "When is pay in lieu of notice paid?", "Pay in lieu of notice is paid within 14 weeks of the last working day.", f_unit),
    ("h62_probation_notice", OFF, "After probation, how much notice applies to someone with 2 years of service?", "Probation may be extended once, by up to 3 months.", f_off),
]
# HOLDOUT63: scenic cable car, hotel extra beds and late checkout, old-town guided tours (zh); running club, community choir, amateur astronomy society (en). First run:
# benchmarks/results/grounding_holdout63_first_run.txt.
DOCS.update({
    "h63_cable_car": (
        "云峰山景区索道乘坐须知\n"
        "第一条 索道运营时间为每日8:00至17:30，17:00停止售票。\n"
        "第二条 单程票80元，往返票140元；身高1.2米至1.5米的儿童购半价票，身高1.2米以下的儿童免票，须由成人陪同乘坐。\n"
        "第三条 65周岁以上老人凭身份证购半价票。\n"
        "第四条 每个轿厢限乘8人，载重不超过600公斤。\n"
        "第五条 风速超过15米/秒或遇雷雨天气时暂停运行，已购票未乘坐的可在7日内办理全额退票。\n"
        "第六条 随身携带行李每件不超过20公斤的免费，超过20公斤的每件加收10元。\n"
        "第七条 单程运行时间约15分钟。\n"
    ),
    "h63_hotel_extra_bed": (
        "湖畔酒店加床及延迟退房规定\n"
        "第一条 标准退房时间为中午12:00。\n"
        "第二条 延迟退房按下表收费：\n"
        "| 延迟退房时间 | 收费标准 |\n"
        "|---|---|\n"
        "| 12:00至14:00 | 房价的30% |\n"
        "| 14:00至18:00 | 房价的50% |\n"
        "| 18:00以后 | 全额房价 |\n"
        "第三条 金卡会员可免费延迟退房至14:00。\n"
        "第四条 延迟退房须在当日10:00前向前台申请，视房态安排。\n"
        "第五条 每间客房限加床1张，加床费每晚150元，含早餐1份。\n"
        "第六条 不满12周岁的儿童不加床入住的免费；额外早餐每份50元。\n"
    ),
    "h63_tour_guide": (
        "古城景区导游讲解服务收费标准\n"
        "第一条 中文讲解每场200元，英文讲解每场300元，每场时长约90分钟。\n"
        "第二条 每场讲解人数不超过25人；超过25人的须另请导游。\n"
        "第三条 讲解超时的，每超时30分钟加收50元，不足30分钟按30分钟计。\n"
        "第四条 同一单位一次预约3场以上的，享受九折优惠。\n"
        "第五条 须至少提前1天预约；开讲前24小时以上取消的全额退款，不足24小时取消的收取50%费用。\n"
        "第六条 讲解服务时间为每日9:00至16:00，16:00后不再安排新场次。\n"
        "第七条 讲解器每台租金20元，押金200元，归还时退还押金。\n"
    ),
    "h63_running_club": (
        "Riverside Running Club: Membership Terms\n"
        "1. Annual membership costs $60 for adults and $30 for juniors aged 12 to 17; members aged 65 and over pay $30.\n"
        "2. The membership year runs from 1 April to 31 March; members joining after 1 October pay half the annual fee.\n"
        "3. Group runs start at 6:30 am on Tuesdays and Thursdays and at 8:00 am on Saturdays, covering 5 to 10 km.\n"
        "4. Guests may join up to 3 runs per year free of charge before they must become members.\n"
        "5. Members receive a 15% discount on entry to races organised by the club; members with at least 30 runs logged in a season get a free club shirt.\n"
        "6. Junior members under 16 must be accompanied by a parent or guardian.\n"
        "7. Members who cancel within 14 days of joining get a full refund; there are no refunds after that.\n"
    ),
    "h63_community_choir": (
        "Harbour Community Choir: Membership and Fees\n"
        "1. Rehearsals are held every Wednesday from 7:00 pm to 9:00 pm, September to June.\n"
        "2. Fees are charged per term:\n"
        "| Membership | Fee per term |\n"
        "|---|---|\n"
        "| Full | £45 |\n"
        "| Concession (students, over 60s) | £25 |\n"
        "| Under 18 | £10 |\n"
        "3. There are 3 terms a year; paying for all 3 terms at once gives a 10% discount.\n"
        "4. New singers may attend 2 rehearsals free before paying.\n"
        "5. Members must attend at least 75% of a term's rehearsals to sing in that term's concert.\n"
        "6. Each member receives 2 free concert tickets per term; extra tickets cost £10 each.\n"
        "7. The sheet music deposit is £25, refunded when scores are returned within 30 days of the concert.\n"
    ),
    "h63_astronomy_society": (
        "Northfield Amateur Astronomy Society: Membership Rules\n"
        "1. Adult membership is £36 a year; family membership (2 adults and up to 3 children) is £54 a year.\n"
        "2. Members may borrow a society telescope for up to 14 days against a £50 refundable deposit; late returns are charged £2 per day.\n"
        "3. Observing evenings are held on the first Friday of each month from 8:00 pm to 11:00 pm, weather permitting, at the dark-sky site 12 miles from town.\n"
        "4. Children under 12 must be accompanied by an adult at observing evenings.\n"
        "5. Members with at least 2 years' continuous membership may train as telescope supervisors.\n"
        "6. Monthly talks are free for members; non-members pay £5 at the door.\n"
        "7. Members may bring up to 2 guests to each observing evening.\n"
    ),
})

HOLDOUT63: list[tuple] = [
    # h63_cable_car — hard: 半价 applies to both children (1.2米至1.5米) and 65周岁以上 seniors; 15 is both 风速 and 运行分钟, 8 is both 8:00 and 8人, 80/140 single vs return; askers bring a 1.3米 child, a 25公斤 bag, two 70岁 parents and a 17:10 arrival
    ("h63_cable_car", G, "我带一个身高1.3米的孩子坐往返，孩子的票要多少钱？", "身高1.2米至1.5米的儿童购半价票，往返票140元，孩子的往返票为半价，即140元÷2=70元。", []),
    ("h63_cable_car", G, "我们下午5点10分才到索道站，还能买票上山吗？", "不能。索道虽然运营到17:30，但17:00就停止售票，5点10分已经买不到票了。", []),
    ("h63_cable_car", G, "我的登山包有25公斤，坐索道要另外交钱吗？", "要。随身行李每件不超过20公斤的免费，超过20公斤的每件加收10元，您的包25公斤，超过了20公斤，需加收10元。", []),
    ("h63_cable_car", G, "要是风太大索道停了，我买了票没坐上怎么办？", "风速超过15米/秒时索道暂停运行，已购票未乘坐的，可在7日内办理全额退票。", []),
    ("h63_cable_car", G, "我和两位70岁的父母一起坐单程，一共多少钱？", "单程票80元；65周岁以上老人凭身份证购半价票，每位老人40元。合计80元+40元×2=160元，老人需带身份证。", []),
    ("h63_cable_car", MIS, "坐索道单程票多少钱？", "单程票140元。", f_mis),
    ("h63_cable_car", CMP, "多大年纪的老人可以买半价票？", "未满65周岁的老人凭身份证可购半价票。", f_cmp),
    ("h63_cable_car", RNG, "多高的孩子需要买半价票？", "身高1.2米至1.8米的儿童购半价票。", f_rng),
    ("h63_cable_car", UNIT, "因为天气停运，没坐上的票多久内可以退？", "可在7个月内办理全额退票。", f_unit),
    ("h63_cable_car", OFF, "一个轿厢最多能坐几个人？", "索道单程运行时间约15分钟。", f_off),

    # h63_hotel_extra_bed — hard: answers are read off the 延迟退房 table bands; 12 is both 12:00 and 12周岁, 14:00 recurs in the table and the 金卡 clause, 50 is both 50% and 50元 breakfast, 150元 bed vs 30%; askers bring a 600元 room, a 4 p.m. checkout, two nights and a 10-year-old
    ("h63_hotel_extra_bed", G, "我的房间每晚600元，想延到下午4点退房，要付多少？", "下午4点落在14:00至18:00这一档，收取房价的50%，即600元×50%=300元。", []),
    ("h63_hotel_extra_bed", G, "我是金卡会员，能免费住到下午两点再退房吗？要怎么办？", "可以，金卡会员可免费延迟退房至14:00；需在当日10:00前向前台申请，视房态安排。", []),
    ("h63_hotel_extra_bed", G, "一家三口住2晚，想加一张床，加床费一共多少？", "每间客房限加床1张，加床费每晚150元，2晚共150元×2=300元，每晚含早餐1份。", []),
    ("h63_hotel_extra_bed", G, "孩子10岁，跟我们睡不加床，要收费吗？", "不收费。不满12周岁的儿童不加床入住的免费。", []),
    ("h63_hotel_extra_bed", G, "我要到晚上7点才能退房，怎么收费？", "18:00以后退房收取全额房价，晚上7点退房需支付一整晚的房价。", []),
    ("h63_hotel_extra_bed", MIS, "加一张床一晚多少钱？", "加床费每晚50元。", f_mis),
    ("h63_hotel_extra_bed", CMP, "多大的孩子不加床可以免费入住？", "12周岁以上的儿童不加床入住的免费。", f_cmp),
    ("h63_hotel_extra_bed", RNG, "延迟退房收房价50%的是哪个时间段？", "在14:00至20:00之间退房的，收取房价的50%。", f_rng),
    ("h63_hotel_extra_bed", UNIT, "延迟到下午1点退房要交多少钱？", "12:00至14:00之间退房，收取30元。", f_unit),
    ("h63_hotel_extra_bed", OFF, "加床包不包早餐？", "酒店标准退房时间为中午12:00。", f_off),

    # h63_tour_guide — hard: 200 is both 中文讲解 price and 讲解器押金, 50 is both 超时加收50元 and 50%取消费, 30 is the 超时 step; askers bring a 1小时45分钟 tour, 3 bookings, 28 people and a 25-hour cancellation
    ("h63_tour_guide", G, "我们请了英文讲解，实际讲了1小时45分钟，一共要付多少钱？", "英文讲解每场300元，时长约90分钟；1小时45分钟超时15分钟，不足30分钟按30分钟计，加收50元，共300元+50元=350元。", []),
    ("h63_tour_guide", G, "我们单位一次预约了3场中文讲解，总共多少钱？", "中文讲解每场200元，3场共600元；同一单位一次预约3场以上享受九折优惠，实付600元×90%=540元。", []),
    ("h63_tour_guide", G, "我们团有28个人，请一位导游够吗？", "不够。每场讲解人数不超过25人，超过25人的须另请导游，28人需要再请一位导游。", []),
    ("h63_tour_guide", G, "我约了明天上午10点的讲解，今天早上9点取消，能全额退款吗？", "能。今天早上9点到明天上午10点相隔25小时，属于开讲前24小时以上取消，可以全额退款。", []),
    ("h63_tour_guide", G, "租一台讲解器要交多少钱？", "每台租金20元，另交押金200元，归还时退还押金，所以租用时共需支付220元，其中200元押金会退回。", []),
    ("h63_tour_guide", MIS, "中文讲解一场多少钱？", "中文讲解每场300元。", f_mis),
    ("h63_tour_guide", CMP, "一场讲解最多能带多少人？", "每场讲解人数不少于25人。", f_cmp),
    ("h63_tour_guide", RNG, "每天几点到几点可以安排讲解？", "讲解服务时间为每日9:00至18:00。", f_rng),
    ("h63_tour_guide", UNIT, "请导游要提前多久预约？", "须至少提前1小时预约。", f_unit),
    ("h63_tour_guide", OFF, "一场讲解大概讲多长时间？", "同一单位一次预约3场以上的，享受九折优惠。", f_off),

    # h63_running_club — hard: $30 is both the junior and the 65+ fee and 30 is also the shirt threshold; 16 (accompanied) sits inside the 12 to 17 junior band; askers bring a 14-year-old with a parent, a November join date, a $40 race and a 15-year-old
    ("h63_running_club", G, "I'm 14 and my mum is 42. If we both join in May, what do we pay altogether?", "Juniors aged 12 to 17 pay $30 and adults pay $60. May is before 1 October, so the full fees apply: $30 + $60 = $90.", []),
    ("h63_running_club", G, "I'm an adult joining on 15 November. How much is my membership?", "Members joining after 1 October pay half the annual fee, so half of the $60 adult fee: $30.", []),
    ("h63_running_club", G, "My daughter is 15 and a junior member. Can she come to the group runs on her own?", "No. Junior members under 16 must be accompanied by a parent or guardian.", []),
    ("h63_running_club", G, "When are the weekend runs and how far do they go?", "The Saturday group run starts at 8:00 am and covers 5 to 10 km.", []),
    ("h63_running_club", G, "A club-organised race costs $40 to enter. What would I pay as a member?", "Members get a 15% discount on club race entries: 15% of $40 is $6, so you pay $34.", []),
    ("h63_running_club", MIS, "How much do members aged 65 and over pay each year?", "Members aged 65 and over pay $60 a year.", f_mis),
    ("h63_running_club", CMP, "How many runs do I need to log to get the free club shirt?", "Members with at most 30 runs logged in a season get a free club shirt.", f_cmp),
    ("h63_running_club", RNG, "Which ages count as juniors?", "Juniors are members aged 12 to 15.", f_rng),
    ("h63_running_club", UNIT, "How long do I have to cancel and still get a full refund?", "You get a full refund if you cancel within 14 weeks of joining.", f_unit),
    ("h63_running_club", OFF, "How many runs can a guest do for free?", "Group runs start at 6:30 am on Tuesdays and Thursdays.", f_off),

    # h63_community_choir — hard: fees are read off the table; £10 is both the under-18 fee and the extra-ticket price, £25 is both the concession fee and the music deposit, 2 is both free rehearsals and free tickets; askers bring a whole-year payment, a 12-rehearsal term, 5 tickets and a 67-year-old
    ("h63_community_choir", G, "I'm a full member and want to pay for the whole year at once. How much is that?", "Full membership is £45 per term and there are 3 terms, so £135; paying for all 3 terms at once gives 10% off (£13.50), so you pay £121.50.", []),
    ("h63_community_choir", G, "There are 12 rehearsals this term. How many do I need to attend to sing in the concert?", "You must attend at least 75% of the term's rehearsals: 75% of 12 is 9 rehearsals.", []),
    ("h63_community_choir", G, "I'd like 5 tickets for my family for this term's concert. What will that cost me?", "You get 2 free tickets per term, so you need 3 extra tickets at £10 each: £30.", []),
    ("h63_community_choir", G, "I'm 67 and retired. What is my fee per term?", "Over 60s pay the concession rate of £25 per term.", []),
    ("h63_community_choir", G, "When do I get my sheet music deposit back?", "The £25 deposit is refunded when you return the scores within 30 days of the concert.", []),
    ("h63_community_choir", MIS, "What does an under-18 member pay per term?", "Under-18 members pay £25 per term.", f_mis),
    ("h63_community_choir", CMP, "What attendance do I need to sing in the concert?", "You need to attend no more than 75% of the term's rehearsals.", f_cmp),
    ("h63_community_choir", RNG, "What time are rehearsals?", "Rehearsals are every Wednesday from 7:00 pm to 10:00 pm.", f_rng),
    ("h63_community_choir", UNIT, "By when must I return my scores to get the deposit back?", "Scores must be returned within 30 weeks of the concert.", f_unit),
    ("h63_community_choir", OFF, "How many free concert tickets does each member get?", "New singers may attend 2 rehearsals free before paying.", f_off),

    # h63_astronomy_society — hard: 12 is both the site distance in miles and the children's age limit, 2 is £2 per day, 2 years, 2 guests and 2 adults, £36/£54/£50 are close money figures; askers bring a 17-day loan, a family of five, a 10-year-old, 18 months' membership and two non-member friends
    ("h63_astronomy_society", G, "I kept a borrowed telescope for 17 days. What's the late charge?", "Telescopes may be borrowed for up to 14 days, so 17 days is 3 days late; at £2 per day that is £6.", []),
    ("h63_astronomy_society", G, "We're two parents and three children. What membership covers all of us and what does it cost?", "Family membership covers 2 adults and up to 3 children and costs £54 a year, so all five of you are covered for £54.", []),
    ("h63_astronomy_society", G, "Can my 10-year-old come along to an observing evening, and when are they?", "Yes, but children under 12 must be accompanied by an adult. Observing evenings are on the first Friday of each month from 8:00 pm to 11:00 pm, weather permitting.", []),
    ("h63_astronomy_society", G, "I've been a member for 18 months. Can I train as a telescope supervisor?", "Not yet. You need at least 2 years' continuous membership, so you have 6 more months to go.", []),
    ("h63_astronomy_society", G, "I'm bringing my brother and a friend, neither of them members, to a monthly talk. What will they pay?", "Non-members pay £5 each at the door, so £10 for the two of them; the talk is free for you as a member.", []),
    ("h63_astronomy_society", MIS, "How much is the deposit for borrowing a telescope?", "The telescope deposit is £36.", f_mis),
    ("h63_astronomy_society", CMP, "How long can I keep a borrowed telescope?", "You can keep it for at least 14 days.", f_cmp),
    ("h63_astronomy_society", RNG, "What time do observing evenings run?", "Observing evenings run from 8:00 pm to 1:00 am.", f_rng),
    ("h63_astronomy_society", UNIT, "How far from town is the observing site?", "The dark-sky site is 12 km from town.", f_unit),
    ("h63_astronomy_society", OFF, "How many guests can I bring to an observing evening?", "Monthly talks are free for members; non-members pay £5 at the door.", f_off),
]
# HOLDOUT64: hospital escort service (zh), elderly day-care centre (zh), tuina massage clinic (zh), home broadband (en), bulky waste collection (en), flooring installation (en). First run:
# benchmarks/results/grounding_holdout64_first_run.txt.
DOCS.update({
    "h64_hospital_escort": (
        "医院陪诊服务收费规则\n"
        "第一条 基础陪诊每次4小时以内收费200元，超过4小时的部分每小时加收50元。\n"
        "第二条 陪诊员须提前30分钟到达医院，迟到超过30分钟的，本次费用减免50元。\n"
        "第三条 服务时间为每日7:00至18:00，18:00以后另收夜间费每小时80元。\n"
        "第四条 客户年满70周岁或持残疾证的，基础费用享受8折。\n"
        "第五条 预约须至少提前24小时；服务开始前2小时以内取消的，收取基础费用的30%。\n"
        "第六条 代取报告、代买药品每项20元，单次代办不超过5项。\n"
    ),
    "h64_elder_daycare": (
        "社区老年日间照料中心服务须知\n"
        "第一条 接收年满60周岁、基本能生活自理的老人，每日开放时间为8:00至17:30。\n"
        "第二条 收费标准如下：\n"
        "| 项目 | 收费 |\n"
        "|---|---|\n"
        "| 日托（含午餐） | 每天60元 |\n"
        "| 月托（22天） | 每月1100元 |\n"
        "| 午餐单点 | 每餐15元 |\n"
        "第三条 80周岁以上老人月托费减免20%。\n"
        "第四条 接送服务限中心3公里以内，每趟10元；超过3公里的不提供接送。\n"
        "第五条 17:30以后仍未接走的，按每30分钟15元收取延时费。\n"
        "第六条 请假须提前1天告知；月托每月请假不超过5天的，按每天50元退费。\n"
    ),
    "h64_tuina_clinic": (
        "中医推拿理疗馆会员须知\n"
        "第一条 营业时间为每日10:00至22:00，最后一单须在21:00前开始。\n"
        "第二条 全身推拿60分钟128元，足疗45分钟88元，拔罐每次45元。\n"
        "第三条 储值满1000元赠送100元，满3000元赠送450元，赠送金额不可退。\n"
        "第四条 孕妇、饭后30分钟以内及酒后顾客不提供推拿服务。\n"
        "第五条 预约后迟到超过15分钟的，服务时长相应缩短，费用不减。\n"
        "第六条 会员卡有效期为2年，有效期内可申请退还未消费的储值余额，扣除10%手续费。\n"
        "第七条 年满65周岁的顾客每周二享受7折。\n"
    ),
    "h64_home_broadband": (
        "Home Broadband Service Terms\n"
        "1. Plans:\n"
        "| Plan | Speed | Monthly price |\n"
        "|---|---|---|\n"
        "| Basic | 100 Mbps | $35 |\n"
        "| Plus | 500 Mbps | $50 |\n"
        "| Max | 1000 Mbps | $70 |\n"
        "2. Contracts run for 12 or 24 months. Standard installation costs $50 and is free on 24-month contracts.\n"
        "3. Engineers visit from 8am to 6pm, Monday to Saturday, within a 4-hour arrival window.\n"
        "4. If your service is down for more than 24 hours, you get a credit of $5 for each full day of outage.\n"
        "5. Leaving before the end of a contract costs 50% of the remaining monthly charges.\n"
        "6. The router must be returned within 30 days of cancellation, or a $60 fee applies.\n"
        "7. Customers aged 75 or over receive 10% off the monthly price.\n"
    ),
    "h64_bulky_waste": (
        "Bulky Household Waste Collection\n"
        "1. Each collection costs $25 for up to 3 items; each extra item is $8, with a maximum of 10 items per collection.\n"
        "2. No single item may weigh more than 50 kg or be longer than 2 metres.\n"
        "3. Bookings must be made at least 3 working days ahead. Collections run Tuesday to Friday, from 7am to 3pm.\n"
        "4. Items must be put out by 7am on the collection day, and no earlier than 24 hours before that time.\n"
        "5. Residents receiving housing benefit pay half price, for up to 4 collections a year.\n"
        "6. Cancellations made at least 2 working days before the collection are refunded in full; later cancellations get no refund.\n"
        "7. Fridges and freezers count as 2 items each.\n"
    ),
    "h64_flooring_install": (
        "Flooring Installation Terms\n"
        "1. Laminate is fitted at $22 per square metre and engineered wood at $35 per square metre; the minimum charge per job is $300.\n"
        "2. Removing old carpet costs $4 per square metre.\n"
        "3. A deposit of 30% is due when you book, and the balance within 7 days of completion.\n"
        "4. Rooms larger than 40 square metres take 2 days; smaller rooms are finished in 1 day.\n"
        "5. New concrete floors must dry for at least 30 days before wood can be laid.\n"
        "6. Workmanship is guaranteed for 5 years.\n"
        "7. Fitters work from 8am to 5pm; weekend work adds 15% to the total price.\n"
    ),
})

HOLDOUT64: list[tuple] = [
    # h64_hospital_escort — hard: 50 recurs (overtime per hour, late-arrival discount), 30 recurs (minutes early, minutes late, 30% cancel fee); askers bring 6 hours, age 72, a 9am start, a 1-hour-notice cancellation
    ("h64_hospital_escort", G, "我爸白天从8点陪诊到14点，一共6个小时，要付多少钱？", "基础陪诊4小时以内收费200元，超过4小时的部分每小时加收50元；超出的2小时加收100元，合计300元。", []),
    ("h64_hospital_escort", G, "我妈今年72岁，陪诊有优惠吗？", "有。客户年满70周岁的，基础费用享受8折，基础陪诊200元打8折后为160元。", []),
    ("h64_hospital_escort", G, "陪诊员要是迟到了怎么办？", "陪诊员须提前30分钟到达医院；如果迟到超过30分钟，本次费用减免50元。", []),
    ("h64_hospital_escort", G, "我想约明天上午9点开始陪诊，最晚什么时候要下单？", "预约须至少提前24小时，所以最晚要在今天上午9点之前预约。", []),
    ("h64_hospital_escort", G, "开始前1小时临时取消，要扣多少钱？", "服务开始前2小时以内取消的，收取基础费用的30%；按基础费用200元计，要收60元。", []),
    ("h64_hospital_escort", MIS, "代取报告每项收多少钱？", "代取报告每项收费50元。", f_mis),
    ("h64_hospital_escort", CMP, "一次最多可以代办几项？", "单次代办不少于5项。", f_cmp),
    ("h64_hospital_escort", RNG, "陪诊服务每天几点到几点？", "服务时间为每日7:00至16:00。", f_rng),
    ("h64_hospital_escort", UNIT, "预约需要提前多久？", "预约须至少提前24天。", f_unit),
    ("h64_hospital_escort", OFF, "临时取消预约要收费吗？", "陪诊员须提前30分钟到达医院，迟到超过30分钟的，本次费用减免50元。", f_off),

    # h64_elder_daycare — hard: 15 recurs (lunch, late-pickup fee), 50 is the per-day refund, 60 is both an age and a day price, 3/5 recur; askers bring age 82, a 4 km distance, an 18:30 pickup, 4 days' leave
    ("h64_elder_daycare", G, "我母亲82岁，办月托每个月要交多少？", "月托每月1100元，80周岁以上老人月托费减免20%，即减免220元，每月需交880元。", []),
    ("h64_elder_daycare", G, "不托管只在中心吃午饭，一顿多少钱？", "午餐单点每餐15元。", []),
    ("h64_elder_daycare", G, "我家离中心4公里，能提供接送吗？", "不能。接送服务限中心3公里以内，超过3公里的不提供接送。", []),
    ("h64_elder_daycare", G, "我下午6点半才能来接老人，要交多少延时费？", "17:30以后按每30分钟15元收取延时费，18:30比17:30晚了60分钟，即2个30分钟，延时费30元。", []),
    ("h64_elder_daycare", G, "月托这个月请了4天假，能退多少钱？", "请假须提前1天告知；月托每月请假不超过5天的，按每天50元退费，4天可退200元。", []),
    ("h64_elder_daycare", MIS, "日托一天多少钱？含午餐吗？", "日托含午餐，每天50元。", f_mis),
    ("h64_elder_daycare", CMP, "多大年纪的老人月托费可以减免？", "80周岁以下老人月托费减免20%。", f_cmp),
    ("h64_elder_daycare", RNG, "中心每天几点开门、几点关门？", "每日开放时间为8:00至15:30。", f_rng),
    ("h64_elder_daycare", UNIT, "请假需要提前多久告知？", "请假须提前1小时告知。", f_unit),
    ("h64_elder_daycare", OFF, "接送服务怎么收费？", "17:30以后仍未接走的，按每30分钟15元收取延时费。", f_off),

    # h64_tuina_clinic — hard: 45 recurs (foot-massage minutes, cupping price), 10 recurs (opening hour, 10% fee), 21:00 vs 22:00; askers bring a 21:30 arrival, a 3000元 top-up, a 2000元 refund, age 66
    ("h64_tuina_clinic", G, "做一次全身推拿再加一次拔罐，一共多少钱？", "全身推拿60分钟128元，拔罐每次45元，合计173元。", []),
    ("h64_tuina_clinic", G, "晚上9点半过去还能做足疗吗？", "不能。虽然营业到22:00，但最后一单须在21:00前开始，21:30已经过了。", []),
    ("h64_tuina_clinic", G, "我储值3000元，实际能消费多少？", "储值满3000元赠送450元，共可消费3450元，但赠送的450元不可退。", []),
    ("h64_tuina_clinic", G, "卡里还剩2000元储值本金没用，想退，能退多少？", "会员卡有效期为2年，有效期内可申请退还未消费的储值余额，扣除10%手续费即200元，可退1800元。", []),
    ("h64_tuina_clinic", G, "我66岁，周二去做足疗要多少钱？", "年满65周岁的顾客每周二享受7折，足疗45分钟88元，打7折后为61.6元。", []),
    ("h64_tuina_clinic", MIS, "足疗多少钱？", "足疗每次45元。", f_mis),
    ("h64_tuina_clinic", CMP, "预约后迟到多久服务时间会被缩短？", "迟到不超过15分钟的，服务时长相应缩短，费用不减。", f_cmp),
    ("h64_tuina_clinic", RNG, "理疗馆营业时间是几点到几点？", "营业时间为每日12:00至22:00。", f_rng),
    ("h64_tuina_clinic", UNIT, "会员卡有效期多长？", "会员卡有效期为2个月。", f_unit),
    ("h64_tuina_clinic", OFF, "储值有什么优惠？", "年满65周岁的顾客每周二享受7折。", f_off),

    # h64_home_broadband — hard: 50 recurs ($50 Plus plan, $50 installation, 50% exit fee), 24 recurs (months, hours), 30 days vs $60; askers bring 6 months left, a 3-day outage, age 78
    ("h64_home_broadband", G, "I'm on the Plus plan with 6 months left on my contract. What does it cost to leave now?", "Leaving early costs 50% of the remaining monthly charges. Six months of Plus at $50 is $300, so the fee is $150.", []),
    ("h64_home_broadband", G, "How much a month is the 1000 Mbps plan?", "The 1000 Mbps plan is Max, at $70 a month.", []),
    ("h64_home_broadband", G, "My internet was down for 3 full days. Do I get anything back?", "Yes. The outage lasted more than 24 hours, so you get a $5 credit for each full day: 3 days gives $15.", []),
    ("h64_home_broadband", G, "If I sign up for two years, do I pay for installation?", "No. Standard installation costs $50, but it is free on 24-month contracts.", []),
    ("h64_home_broadband", G, "I'm 78 and on the Basic plan. What's my monthly bill?", "Customers aged 75 or over get 10% off the monthly price, so Basic at $35 comes to $31.50 a month.", []),
    ("h64_home_broadband", MIS, "What's the fee if I don't send the router back?", "If the router isn't returned within 30 days of cancellation, a $70 fee applies.", f_mis),
    ("h64_home_broadband", CMP, "How long does an outage have to last before I get a credit?", "You get a credit if your service is down for less than 24 hours: $5 for each full day of outage.", f_cmp),
    ("h64_home_broadband", RNG, "What hours do your engineers visit?", "Engineers visit from 8am to 2pm, Monday to Saturday.", f_rng),
    ("h64_home_broadband", UNIT, "How long do I have to return the router after cancelling?", "The router must be returned within 30 hours of cancellation, or a $60 fee applies.", f_unit),
    ("h64_home_broadband", OFF, "Is there a discount for older customers?", "Standard installation costs $50 and is free on 24-month contracts.", f_off),

    # h64_bulky_waste — hard: 3 recurs (items, working days, 3pm), 7am appears twice, 2 recurs (metres, working days, items per fridge); askers bring a 60 kg wardrobe, a fridge plus chairs, a Thursday slot, housing benefit
    ("h64_bulky_waste", G, "My old wardrobe weighs 60 kg. Will you take it?", "No. No single item may weigh more than 50 kg, so a 60 kg wardrobe can't be collected.", []),
    ("h64_bulky_waste", G, "I want a fridge and 2 chairs taken away. What will that cost?", "A fridge counts as 2 items, so with the 2 chairs that is 4 items: $25 covers the first 3 and the extra item is $8, $33 in total.", []),
    ("h64_bulky_waste", G, "My collection is on Thursday. When can I put my sofa out?", "No earlier than 7am on Wednesday, 24 hours before, and no later than 7am on Thursday, the collection day.", []),
    ("h64_bulky_waste", G, "I'm on housing benefit. What do I pay for a collection of 3 items?", "Residents receiving housing benefit pay half price, for up to 4 collections a year, so a collection of up to 3 items costs $12.50 instead of $25.", []),
    ("h64_bulky_waste", G, "Can I have 12 items picked up in one collection?", "No. A single collection takes a maximum of 10 items.", []),
    ("h64_bulky_waste", MIS, "How much is each item beyond the first three?", "Each extra item costs $25.", f_mis),
    ("h64_bulky_waste", CMP, "How far in advance do I need to book?", "Bookings must be made at most 3 working days ahead.", f_cmp),
    ("h64_bulky_waste", RNG, "What times do the collections run?", "Collections run Tuesday to Friday, from 7am to 5pm.", f_rng),
    ("h64_bulky_waste", UNIT, "What's the longest item you'll collect?", "No single item may be longer than 2 feet.", f_unit),
    ("h64_bulky_waste", OFF, "Do I get my money back if I cancel?", "Residents receiving housing benefit pay half price, for up to 4 collections a year.", f_off),

    # h64_flooring_install — hard: 30 recurs (30% deposit, 30 days drying), $22 vs $35 per m², 4 vs 40, the $300 minimum overrides a small job; askers bring 15 m², a $2,000 job, a 1 March pour, a 45 m² room
    ("h64_flooring_install", G, "My bedroom is 15 square metres. I want engineered wood and the old carpet taken up. What's the total?", "Engineered wood is $35 per square metre, $525 for 15 m², and carpet removal is $4 per square metre, $60, so $585 in total.", []),
    ("h64_flooring_install", G, "The job comes to $2,000. How much deposit, and when is the rest due?", "A 30% deposit, $600, is due when you book, and the remaining $1,400 within 7 days of completion.", []),
    ("h64_flooring_install", G, "Our new concrete floor was poured on 1 March. When can you lay the engineered wood?", "New concrete must dry for at least 30 days before wood is laid, so not before 31 March.", []),
    ("h64_flooring_install", G, "My lounge is 45 square metres. How long will fitting take?", "Rooms larger than 40 square metres take 2 days, so a 45 m² lounge takes 2 days.", []),
    ("h64_flooring_install", G, "I only need 10 square metres of laminate. So that's $220?", "No. 10 m² at $22 per square metre is $220, but the minimum charge per job is $300, so you would pay $300.", []),
    ("h64_flooring_install", MIS, "What do you charge per square metre for engineered wood?", "Engineered wood is fitted at $22 per square metre.", f_mis),
    ("h64_flooring_install", CMP, "How long does new concrete have to dry before you can lay wood?", "New concrete floors must dry for at most 30 days before wood can be laid.", f_cmp),
    ("h64_flooring_install", RNG, "What hours do your fitters work?", "Fitters work from 8am to 3pm.", f_rng),
    ("h64_flooring_install", UNIT, "How much extra does weekend work cost?", "Weekend work adds $15 to the total price.", f_unit),
    ("h64_flooring_install", OFF, "How long is the workmanship guarantee?", "Rooms larger than 40 square metres take 2 days; smaller rooms are finished in 1 day.", f_off),
]
