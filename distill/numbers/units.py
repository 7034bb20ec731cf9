"""Units: each unit as written, with its kind and its canonical spelling.

"日" and "天" are one unit (天), "名" and "人" another (人), "千米" is 公里: a number compares by
its canonical unit, and a rate ("元/人/天") by its canonical parts.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Chinese units: raw unit as written -> (kind, canonical unit).
UNITS: dict[str, tuple[str, str]] = {}


def _units(kind: str, canonical: str, *raws: str) -> None:
    for raw in raws:
        UNITS[raw] = (kind, canonical)


_units("amount", "元", "元", "元整", "块钱", "块", "圆", "人民币")
for _c in ("美元", "港元", "港币", "欧元", "英镑", "日元", "韩元"):
    _units("amount", _c, _c)
_units("percent", "%", "%")
_units("percent", "‰", "‰")
_units("percent", "个百分点", "个百分点", "百分点")
_units("duration", "个工作日", "个工作日", "工作日")
_units("duration", "天", "个自然日", "自然日", "日", "天", "整天", "个整天")
_units("duration", "月", "个月", "个整月", "整月")
_units("duration", "年", "年", "个整年", "整年")
_units("duration", "季度", "个季度", "季度")
# "1个半小时", "3个半月": the number and a half (see `HALF_UNITS`).
_units("duration", "小时", "个半小时", "个半钟头")
_units("duration", "月", "个半月")
_units("duration", "小时", "个钟头", "钟头")
_units("duration", "周", "个星期", "星期", "周", "个礼拜", "礼拜")
_units("duration", "小时", "个小时", "小时")
_units("duration", "分钟", "分钟")
_units("duration", "晚", "晚", "夜")
_units("duration", "学时", "学时", "课时")
_units("count", "人", "人", "个人", "名", "位")
_units("count", "人次", "人次")
_units("count", "周年", "周年")
for _c in "次个件张份项家台辆本页册套间批趟笔户所支场期轮届层":
    _units("count", _c, _c)
_units("ratio", "倍", "倍")
_units("ratio", "折", "折")
_units("measure", "公里", "公里", "千米")
_units("measure", "米", "米")
_units("measure", "厘米", "厘米", "公分")
_units("measure", "毫米", "毫米")
_units("measure", "平方米", "平方米", "平米", "㎡")
_units("measure", "公斤", "公斤", "千克")
_units("measure", "克", "克")
_units("measure", "吨", "吨")
_units("measure", "升", "升")
_units("measure", "毫升", "毫升")
_units("measure", "立方米", "立方米", "m³")
_units("measure", "千瓦时", "千瓦时")
_units("measure", "千瓦", "千瓦")
_units("measure", "℃", "℃", "°C", "摄氏度")  # temperatures: Celsius and Fahrenheit are two units
_units("measure", "℉", "℉", "°F", "华氏度")
_units("measure", "岁", "岁", "周岁")
# Data sizes: "200GB" is no "200MB".
for _c in ("KB", "MB", "GB", "TB"):
    _units("measure", _c, _c)
# Imperial and market units: each is a unit of its own, so "50斤" is not "50公斤" rewritten.
for _c in ("斤", "英里", "英尺", "英寸", "磅", "亩", "公顷"):
    _units("measure", _c, _c)
_units("duration", "学期", "个学期", "学期")
_units("date", "月", "月")  # "1-3月": a range of months, only reached through a range
for _c in "级档类号":
    _units("ordinal", _c, _c)

#: Raw units that add a half to their number.
HALF_UNITS = ("个半小时", "个半钟头", "个半月")

#: English units (matched case-insensitively): unit -> (kind, canonical unit, in Chinese).
EN_UNITS: dict[str, tuple[str, str]] = {
    "years old": ("measure", "岁"), "year old": ("measure", "岁"), "year-old": ("measure", "岁"),
    "working days": ("duration", "个工作日"), "working day": ("duration", "个工作日"),
    "business days": ("duration", "个工作日"), "business day": ("duration", "个工作日"),
    "calendar days": ("duration", "天"), "days": ("duration", "天"), "day": ("duration", "天"),
    "hours": ("duration", "小时"), "hour": ("duration", "小时"),
    "minutes": ("duration", "分钟"), "minute": ("duration", "分钟"),
    "weeks": ("duration", "周"), "week": ("duration", "周"),
    "months": ("duration", "月"), "month": ("duration", "月"),
    "years": ("duration", "年"), "year": ("duration", "年"),
    "nights": ("duration", "晚"), "night": ("duration", "晚"),
    "semesters": ("duration", "学期"), "semester": ("duration", "学期"),
    "yuan": ("amount", "元"), "rmb": ("amount", "元"), "cny": ("amount", "元"),
    "usd": ("amount", "美元"), "dollars": ("amount", "美元"), "dollar": ("amount", "美元"),
    "cents": ("amount", "美分"), "cent": ("amount", "美分"),
    "percent": ("percent", "%"), "per cent": ("percent", "%"),
    "of us": ("count", "人"), "of them": ("count", "人"), "people": ("count", "人"), "persons": ("count", "人"), "person": ("count", "人"),
    "employees": ("count", "人"), "times": ("count", "次"),
    "km": ("measure", "公里"), "kilometers": ("measure", "公里"), "kilometres": ("measure", "公里"),
    "kg": ("measure", "公斤"), "kilograms": ("measure", "公斤"), "grams": ("measure", "克"),
    "cm": ("measure", "厘米"), "centimeters": ("measure", "厘米"), "centimetres": ("measure", "厘米"),
    "mm": ("measure", "毫米"), "millimeters": ("measure", "毫米"), "millimetres": ("measure", "毫米"),
    "meters": ("measure", "米"), "metres": ("measure", "米"), "miles": ("measure", "英里"),
    "feet": ("measure", "英尺"), "foot": ("measure", "英尺"), "inches": ("measure", "英寸"),
    "gallons": ("measure", "加仑"), "liter": ("measure", "升"), "litre": ("measure", "升"),
    "kb": ("measure", "KB"), "mb": ("measure", "MB"), "gb": ("measure", "GB"), "tb": ("measure", "TB"),
    "ml": ("measure", "毫升"), "milliliters": ("measure", "毫升"), "millilitres": ("measure", "毫升"),
    # Singulars: "a 60-gallon tank", "the 51 to 80 gallon band", "1 mile". (Not "inch": an
    # "8-inch cake" is a size's name, which a rule's wording names as it does "C1".)
    "gallon": ("measure", "加仑"), "mile": ("measure", "英里"),
    "kilogram": ("measure", "公斤"), "gram": ("measure", "克"), "meter": ("measure", "米"), "metre": ("measure", "米"),
    "kilometer": ("measure", "公里"), "kilometre": ("measure", "公里"),
    "centimeter": ("measure", "厘米"), "centimetre": ("measure", "厘米"),
    "pounds": ("measure", "磅"), "lbs": ("measure", "磅"), "lb": ("measure", "磅"), "ft": ("measure", "英尺"), "liters": ("measure", "升"), "litres": ("measure", "升"),
}
#: English multipliers after the digits ("3 million", "5k").
EN_MULT = {"thousand": 10**3, "k": 10**3, "million": 10**6, "billion": 10**9}
#: A currency written before the number -> its canonical unit.
CURRENCY_PREFIX = {"¥": "元", "RMB": "元", "CNY": "元", "$": "美元", "USD": "美元", "US$": "美元", "£": "英镑", "€": "欧元"}
#: Rate parts as written -> canonical, so that "700元/日" and "每天700元" both state 元/天.
RATE_CANON = {"人·天": "人/天", "人天": "人/天", "人日": "人/天", "日": "天", "夜": "晚", "千米": "公里",
              "km": "公里", "星期": "周"}
#: The kinds that take a rate in words ("每晚700元"). Percentages keep their unit ("每日万分之五"
#: is a daily rate, but "万分之五/天" is not written).
RATE_KINDS = frozenset({"amount", "count", "duration", "measure"})
#: A percentage written in words ("百分之八") -> its unit.
PERCENT_PREFIX_UNITS = {"百分之": "%", "千分之": "‰", "万分之": "‱"}


def canonical_rate(parts: Iterable[str]) -> str:
    """"人天" -> "人/天", ["人", "日"] -> "人/天": one spelling per rate."""
    return "/".join(RATE_CANON.get(p, p) for p in parts)
