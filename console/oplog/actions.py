"""Chinese names of the console's own actions, for exports and search.

System entries keep terse data in their text (a title, a level, a count);
the views turn it into a translated sentence (``widgets.logtext``). The
printed log, the spreadsheets and the search work without Qt, so they name
the action with these words: the same words the Chinese view starts its
sentence with, so that an officer who searches for what they saw finds it.
"""

from __future__ import annotations

_RESOURCE_KINDS = ("teams", "depots", "shelters", "experts", "businesses")

NAMES: dict[str, str] = {
    "alarm.ack": "确认报告时限告警",
    "checklist.status": "任务状态变更",
    "database.replaced": "启用新数据库",
    "depot.create": "新增物资仓库",
    "duty.end": "退出值班",
    "duty.handover": "交接班确认",
    "duty.shift_add": "新增值班班次",
    "duty.shift_remove": "删除值班班次",
    "duty.shift_update": "值班班次变更",
    "duty.take": "接班值守",
    "expert.create": "新增专家",
    "incident.archive": "撤销事件",
    "incident.command_post": "设立指挥部",
    "incident.create": "登记事件",
    "incident.figures": "伤亡人数更新",
    "incident.grade": "事件定级",
    "incident.move": "事件位置更正",
    "incident.reopen": "事件重新启动处置",
    "incident.response_level": "应急响应决定",
    "incident.status": "事件状态变更",
    "incident.update": "补充更正事件信息",
    "incident.warning_level": "发布预警",
    "instruction.add": "记录批示",
    "instruction.done": "批示已落实",
    "log.correction": "更正此前记录",
    "log.note": "记事",
    "log.phone": "来电",
    "log.review": "研判",
    "plan.activate": "启动预案",
    "plan.end": "结束预案响应",
    "plan.level": "调整预案响应级别",
    "plan.record": "预案备案记录",
    "reference.seed": "基础数据载入",
    "report.draft": "拟制报告",
    "report.send": "报告报送",
    "report.sign": "签发报告",
    "resources.sample_remove": "清除演示资源数据",
    "shelter.create": "新增避灾安置场所",
    "shelter.occupancy": "安置人数更新",
    "shelter.open": "安置场所开放状态变更",
    "stock.import": "导入库存",
    "stock.sample": "生成演示库存",
    "supplies.dispatch": "物资调拨至事件",
    "supplies.earmark": "物资预留",
    "supplies.receive": "物资入库",
    "supplies.return": "物资归还",
    "supplies.seed_catalogue": "载入物资目录",
    "supplies.stocktake": "物资盘点",
    "supplies.transfer": "物资调库",
    "supplies.write_off": "物资报废",
    "sync.resolve_conflict": "处理同步冲突",
    "sync.share": "共享事件给下级",
    "team.add_member": "新增队员",
    "team.assign": "队伍调派至事件",
    "team.create": "新增救援队伍",
    "team.release": "队伍解除调派",
    "team.remove": "删除救援队伍",
    "team.sample_members": "生成演示队员",
    "team.status": "队伍状态变更",
    **{f"{kind}.import": "导入资源记录" for kind in _RESOURCE_KINDS},
    **{f"{kind}.sample": "生成演示资源记录" for kind in _RESOURCE_KINDS},
}


def name(action: str) -> str:
    """The Chinese name of ``action``, or the code itself when unknown.

    Entries synced from a newer console may carry actions this one does
    not know; they still show, by code.
    """
    return NAMES.get(action, action)


def named(term: str) -> tuple[str, ...]:
    """The actions whose Chinese name contains ``term``."""
    return tuple(sorted(code for code, text in NAMES.items() if term in text))
