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
    # procurement: the table first
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
    ("procurement", HAL, "哪些采购须经院长办公会审议？", "采购金额在20万元至50万元的，须经院长办公会审议。", f_hal),
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
