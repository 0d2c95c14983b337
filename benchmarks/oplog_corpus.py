"""Realistic duty-log text for the operation-log benchmark.

Entries are built from the words a Yinzhou duty officer writes: towns and
streets of the district, typhoon names, incident types, units, actions and
figures, so term frequencies (common 台风, rare 山体滑坡 塘溪镇) look like a
real log rather than random characters.
"""

from __future__ import annotations

import random

PLACES = (
    "姜山镇",
    "五乡镇",
    "咸祥镇",
    "塘溪镇",
    "东吴镇",
    "横溪镇",
    "瞻岐镇",
    "云龙镇",
    "邱隘镇",
    "下应街道",
    "钟公庙街道",
    "首南街道",
    "中河街道",
    "潘火街道",
    "百丈街道",
    "东胜街道",
    "明楼街道",
    "白鹤街道",
    "东柳街道",
    "东郊街道",
    "福明街道",
    "新明街道",
    "梅墟街道",
    "宁波南站",
    "鄞州大道",
    "甬江沿岸",
)
TYPHOONS = ("烟花", "灿都", "梅花", "利奇马", "杜苏芮", "轩岚诺", "海葵")
EVENTS = (
    "台风",
    "暴雨",
    "内涝",
    "积水",
    "火灾",
    "交通事故",
    "危化品泄漏",
    "山体滑坡",
    "燃气泄漏",
    "停电",
    "树木倒伏",
    "船只走锚",
    "人员被困",
    "房屋渗漏",
)
UNITS = (
    "区消防救援大队",
    "公安鄞州分局",
    "交警大队",
    "区应急管理局",
    "区水利局",
    "供电公司",
    "燃气公司",
    "区卫健局",
    "镇政府",
    "街道办事处",
    "排涝抢险队",
)
ACTIONS = (
    "接报",
    "核实",
    "调派力量前往",
    "已抵达现场",
    "处置完毕",
    "续报",
    "转移群众",
    "设置警戒",
    "请求增援",
    "通知相关单位",
    "报区领导",
    "向市应急局报告",
)
OFFICERS = (
    "张伟",
    "李娜",
    "王强",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄敏",
    "周杰",
    "吴芳",
)
KINDS = ("note", "note", "note", "phone", "system", "instruction", "alarm_ack")


def sentence(rng: random.Random) -> str:
    """One entry's text, 20-80 characters of plausible duty-log Chinese."""
    place, event = rng.choice(PLACES), rng.choice(EVENTS)
    parts = [f"{rng.choice(ACTIONS)}：{place}发生{event}"]
    if event in ("台风", "暴雨", "内涝", "积水") or rng.random() < 0.2:
        parts.append(f"受台风“{rng.choice(TYPHOONS)}”影响")
    if rng.random() < 0.5:
        parts.append(f"{rng.choice(UNITS)}{rng.choice(ACTIONS)}")
    if rng.random() < 0.4:
        parts.append(f"现场{rng.randint(1, 60)}人，{rng.randint(1, 12)}辆车")
    if rng.random() < 0.03:
        parts.append("Ningbo EOC notified")
    rng.shuffle(parts)
    return "，".join(parts) + "。"
