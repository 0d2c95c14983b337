<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../widgets/alarm_banner.py" line="+129"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条告警</translation>
    </message>
</context>
<context>
    <name>AlarmController</name>
    <message>
        <location filename="../../widgets/alarm_controller.py" line="+173"/>
        <source>playback failed</source>
        <translation>播放失败</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location filename="../../widgets/alarm_banner.py" line="-69"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{state}: {title} — {report}, due {due}</source>
        <translation>{state}：{title} — {report}，时限 {due}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../widgets/board_actions.py" line="+30"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete or correct the incident&apos;s facts</source>
        <translation>补充或更正事件信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft, sign off and send reports upward</source>
        <translation>拟制、签发并上报报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions…</source>
        <translation>批示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record and follow up leaders&apos; instructions</source>
        <translation>记录并跟踪落实领导批示</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <location filename="../../widgets/board_clocks.py" line="+75"/>
        <source>No report due.</source>
        <translation>暂无待报送的报告。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Overdue {time}</source>
        <translation>超时 {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
</context>
<context>
    <name>CommandPostDialog</name>
    <message>
        <location filename="../../widgets/board_orders.py" line="+143"/>
        <source>e.g. 副区长 王强</source>
        <translation>如：副区长 王强</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone or radio channel</source>
        <translation>电话或电台频道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name who leads the command post.</source>
        <translation>请填写指挥部指挥长。</translation>
    </message>
</context>
<context>
    <name>CommandPostsSection</name>
    <message>
        <location line="+36"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not set up</source>
        <translation>未成立</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../widgets/statusbar.py" line="+25"/>
        <source>Sync: not configured</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workstation: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On duty: {name}</source>
        <translation>值班员：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../widgets/board_parts.py" line="+135"/>
        <source>Not saved: the change could not be recorded.</source>
        <translation>未保存：无法记录此项变更。</translation>
    </message>
</context>
<context>
    <name>FigureEdit</name>
    <message>
        <location filename="../../widgets/intake_fields.py" line="+35"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>FigureHistoryDialog</name>
    <message>
        <location filename="../../widgets/board_figures.py" line="+46"/>
        <source>Figure history — {title}</source>
        <translation>伤亡人数变更记录 — {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No figures reported yet.</source>
        <translation>尚无伤亡人数报告。</translation>
    </message>
</context>
<context>
    <name>FiguresSection</name>
    <message>
        <location line="+44"/>
        <source>History…</source>
        <translation>历次报告…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every reported value, with time and source</source>
        <translation>每次报告的人数及时间、来源</translation>
    </message>
</context>
<context>
    <name>GradeChooser</name>
    <message>
        <location filename="../../widgets/intake_fields.py" line="+63"/>
        <source>As suggested</source>
        <translation>按建议等级</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the category for a suggested grade.</source>
        <translation>选择事件类别后显示建议等级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grading rule covers this type; choose the grade.</source>
        <translation>该类型无分级标准，请自行确定等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No suggestion yet: deaths, injuries, loss unknown.</source>
        <translation>暂无建议等级：死亡、受伤人数和经济损失均不详。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: {grade}</source>
        <translation>建议等级：{grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (some figures unknown; it may rise)</source>
        <translation>（部分数据不详，等级可能上调）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Near-miss (较大涉险) criteria met.</source>
        <translation>已达到较大涉险事故标准。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for not following the suggestion (required)</source>
        <translation>不采用建议等级的理由（必填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason (optional)</source>
        <translation>理由（选填）</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../widgets/level_dialogs.py" line="+56"/>
        <source>Event grade</source>
        <translation>事件等级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why this grade (required when it differs from the suggestion)</source>
        <translation>定级理由（与建议等级不同时必填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grade suggested: the figures known do not meet a rule.</source>
        <translation>暂无建议等级：已知情况未达到任何分级标准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested from the figures: {grade}</source>
        <translation>按伤亡损失建议：{grade}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Give the reason for a grade other than the suggested one.</source>
        <translation>所定等级与建议等级不同，请填写理由。</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../widgets/incident_board.py" line="+98"/>
        <source>Incident shown on this board</source>
        <translation>本看板显示的事件</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Levels</source>
        <translation>分级与响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>人员伤亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report clocks</source>
        <translation>报送时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders&apos; instructions</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command posts</source>
        <translation>现场指挥部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent log</source>
        <translation>最新处置记录</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>— choose an incident —</source>
        <translation>— 请选择事件 —</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../widgets/incident_dialog.py" line="+72"/>
        <source>Register incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What happened, where</source>
        <translation>何地发生何事</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>e.g. 29.80</source>
        <translation>如 29.80</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 121.55</source>
        <translation>如 121.55</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not graded yet</source>
        <translation>暂未定级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller, casualties, hazards, measures taken…</source>
        <translation>报告人、伤亡情况、危险因素、已采取措施……</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title</source>
        <translation>事件标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>事件类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>事件类型(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;occurred</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lat.</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lon.</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map &amp;point</source>
        <translation>地图位置(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town or &amp;street</source>
        <translation>镇（街道）(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Initial &amp;grade</source>
        <translation>初判分级(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>事件描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter: next field · Ctrl+Enter: save</source>
        <translation>回车：下一项 · Ctrl+回车：保存</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Confirm incident</source>
        <translation>确认事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problems}
Save the incident anyway?</source>
        <translation>{problems}
仍要保存该事件吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The incident could not be saved. Try again or call support.</source>
        <translation>事件未能保存。请重试或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <location filename="../../widgets/instruction_dialog.py" line="+83"/>
        <source>Leaders&apos; instructions — {title}</source>
        <translation>领导批示 — {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name and post, e.g. 区长 王明</source>
        <translation>职务和姓名，如 区长 王明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instruction as given</source>
        <translation>批示原文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record instruction</source>
        <translation>登记批示(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was carried out</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;done</source>
        <translation>标记已落实(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Given</source>
        <translation>批示时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>批示领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction</source>
        <translation>批示内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>落实状态</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Leader</source>
        <translation>批示领导(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given at</source>
        <translation>批示时间(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instruction</source>
        <translation>批示内容(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note</source>
        <translation>落实情况(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter: next field · Ctrl+Enter: record · Tab leaves the text box</source>
        <translation>回车：下一项 · Ctrl+回车：登记 · Tab：离开文本框</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open</source>
        <translation>待落实</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done {time}</source>
        <translation>{time} 已落实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done {time}: {note}</source>
        <translation>{time} 已落实：{note}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the leader who gave it.</source>
        <translation>请填写批示领导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the instruction.</source>
        <translation>请填写批示内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time is in the future. Check date and time.</source>
        <translation>时间晚于当前时间，请核对日期和时间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instruction could not be recorded.</source>
        <translation>批示未能登记。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This instruction is already done.</source>
        <translation>该批示已落实。</translation>
    </message>
</context>
<context>
    <name>InstructionsSection</name>
    <message>
        <location filename="../../widgets/board_orders.py" line="-137"/>
        <source>No open instructions.</source>
        <translation>暂无待落实的批示。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done</source>
        <translation>已落实</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as carried out</source>
        <translation>标记为已落实</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not recorded: the instruction could not be marked done.</source>
        <translation>未记录：无法将该批示标记为已落实。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../widgets/intake_dialog.py" line="+135"/>
        <source>Complete incident — {title}</source>
        <translation>补充事件信息 — {title}</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Confirm incident</source>
        <translation>确认事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problems}
Save the incident anyway?</source>
        <translation>{problems}
仍要保存该事件吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The incident could not be saved. Try again or call support.</source>
        <translation>事件未能保存。请重试或联系技术支持。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Close intake</source>
        <translation>关闭接报登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving? What was typed will be lost.</source>
        <translation>不保存就关闭吗？已填写的内容将丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../widgets/intake_form.py" line="+73"/>
        <source>Phone intake</source>
        <translation>接报登记</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What happened, where</source>
        <translation>何地发生何事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 29.80</source>
        <translation>如 29.80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 121.55</source>
        <translation>如 121.55</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type part of the name, e.g. 中河</source>
        <translation>输入名称中的字查找，如“中河”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit that reported it</source>
        <translation>来报单位名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and post</source>
        <translation>姓名、职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call-back number</source>
        <translation>回拨电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road, number, landmark</source>
        <translation>路名、门牌号、标志性建筑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the unit</source>
        <translation>单位全称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered or site address</source>
        <translation>注册地址或现场地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership, industry</source>
        <translation>经济类型、所属行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff, output, capacity</source>
        <translation>从业人数、产量、生产能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it started and developed</source>
        <translation>事件起因和发展经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area, people, facilities; outlook</source>
        <translation>影响的区域、人员、设施及发展趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did what, forces sent</source>
        <translation>已开展的处置工作、已调派的救援力量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which leaders are on the scene</source>
        <translation>到达现场的领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support asked for, proposals</source>
        <translation>需协调支援的事项、工作建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, post, phone</source>
        <translation>姓名、职务、电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who compiles this report</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Lat.</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lon.</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time and place</source>
        <translation>事发时间和地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time occurred</source>
        <translation>事发时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town or street</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map point</source>
        <translation>地图位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category *</source>
        <translation>事件类别(&amp;C) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties, loss and grade</source>
        <translation>伤亡、损失和等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员伤亡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direct loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial grade</source>
        <translation>初判等级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call received</source>
        <translation>接报信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title *</source>
        <translation>事件名称(&amp;T) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting unit</source>
        <translation>来报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit where it happened</source>
        <translation>事发单位基本情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>单位规模</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Situation</source>
        <translation>事件情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause and course</source>
        <translation>起因和经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected area and trend</source>
        <translation>影响范围和发展趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaders on scene</source>
        <translation>领导到位情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-scene commander</source>
        <translation>现场指挥负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter: next field · in text boxes Enter starts a new line and Tab goes on · Ctrl+Enter: save · only title and category are required, the rest can be completed later</source>
        <translation>回车：下一项 · 多行文本框内回车换行、Tab 下一项 · Ctrl+回车：保存 · 仅事件名称和类别必填，其余可后补</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— not known yet —</source>
        <translation>— 暂不明确 —</translation>
    </message>
</context>
<context>
    <name>LevelsSection</name>
    <message>
        <location filename="../../widgets/board_levels.py" line="+70"/>
        <source>Override…</source>
        <translation>人工定级…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the grade; a reason is required</source>
        <translation>人工确定事件等级，须填写理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the command&apos;s decision</source>
        <translation>记录指挥机构的决定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade</source>
        <translation>事件等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response</source>
        <translation>响应级别</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Suggested from the figures: {grade}</source>
        <translation>按伤亡损失建议：{grade}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Issued by {source}, {time}</source>
        <translation>{source} 发布，{time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decided by {who}, {time}: {reason}</source>
        <translation>{who} 决定，{time}：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggested for the {warning}: {response}</source>
        <translation>{warning}对应建议：{response}</translation>
    </message>
</context>
<context>
    <name>LossEdit</name>
    <message>
        <location filename="../../widgets/intake_fields.py" line="-124"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow.py" line="+89"/>
        <source>Yinzhou District Emergency Command Centre — Duty Console</source>
        <translation>鄞州区应急指挥中心值班台</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Incident board A</source>
        <translation>事件看板 A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident board B</source>
        <translation>事件看板 B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation log</source>
        <translation>处置日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Report alarms</source>
        <translation>报送告警</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register incident…</source>
        <translation>登记事件(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone intake…</source>
        <translation>接报登记(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge first alarm</source>
        <translation>确认首条告警(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset &amp;layout</source>
        <translation>恢复默认布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;wap boards A and B</source>
        <translation>交换看板 A 与 B(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next incident on board A</source>
        <translation>看板 A 切换到下一事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next incident on board B</source>
        <translation>看板 B 切换到下一事件</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The map could not be shown.</source>
        <translation>态势图无法显示。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alarm could not be acknowledged.</source>
        <translation>告警确认未能记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarm sound unavailable: {reason}; alarms are shown visually only</source>
        <translation>声音告警不可用：{reason}，仅显示视觉告警</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../widgets/officer_dialog.py" line="+34"/>
        <source>Officer on duty</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take over duty</source>
        <translation>接班</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every entry you make is recorded under this name.</source>
        <translation>您所做的每项操作都将以此姓名记入日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Officer on duty</source>
        <translation>值班员(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OpLogModel</name>
    <message>
        <location filename="../../widgets/log_model.py" line="+73"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A later entry corrects this one.</source>
        <translation>此条记录已被后续记录更正。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{text} [corrected]</source>
        <translation>{text} [已更正]</translation>
    </message>
</context>
<context>
    <name>OperationLogPane</name>
    <message>
        <location filename="../../widgets/log_pane.py" line="+81"/>
        <source>Write a log entry and press Enter (Ctrl+L or F2 to come here)</source>
        <translation>输入日志内容后按回车保存（Ctrl+L 或 F2 可随时跳转到此处）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write log entry</source>
        <translation>填写日志</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing recorded: the entry is empty.</source>
        <translation>未记录：日志内容为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry could not be recorded.</source>
        <translation>日志未能记录。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Correct log entry</source>
        <translation>更正日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry of {time} stays as it was. Write the correction:</source>
        <translation>{time} 的原记录将保持不变。请填写更正内容：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing recorded: the correction is empty.</source>
        <translation>未记录：更正内容为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction could not be recorded.</source>
        <translation>更正未能记录。</translation>
    </message>
</context>
<context>
    <name>RecentLogSection</name>
    <message>
        <location filename="../../widgets/board_log.py" line="+36"/>
        <source>Nothing logged yet.</source>
        <translation>尚无处置记录。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../widgets/report_dialog.py" line="+107"/>
        <source>Reports — {title}</source>
        <translation>信息报送 — {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Draft</source>
        <translation>起草(&amp;D)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Signed off by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Sent</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leader who signs it off</source>
        <translation>签发领导姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign off</source>
        <translation>签发(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mark as sent</source>
        <translation>标记已报送(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Due next</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports of this incident</source>
        <translation>本事件的报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next report</source>
        <translation>拟报送</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent by</source>
        <translation>报送方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No report is due.</source>
        <translation>暂无待报送的报告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{report}: due {time}, overdue by {span}</source>
        <translation>{report}：应于 {time} 前报送，已超时 {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{report}: due {time}, {span} left</source>
        <translation>{report}：应于 {time} 前报送，剩余 {span}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Draft a report to see it here.</source>
        <translation>起草报告后在此预览。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The report could not be drafted.</source>
        <translation>报告未能起草。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafted: {title}. Check it, then sign it off.</source>
        <translation>已起草：{title}。请核对后签发。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the name of the leader who signs the report off.</source>
        <translation>请填写签发领导的姓名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>This report has already been sent.</source>
        <translation>该报告已报送。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Signed off by {name}.</source>
        <translation>已由{name}签发。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time sent is in the future. Check date and time.</source>
        <translation>报送时间晚于当前时间，请核对日期和时间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded as sent ({channel}) at {time}.</source>
        <translation>已记录：{time} 以{channel}方式报送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sent: only a phone report may go before sign-off. Enter the leader&apos;s name and sign the report off (签发) first.</source>
        <translation>未报送：除电话报告外，报告须经领导签发后方可报送。请填写签发领导姓名并先签发。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export report as PDF</source>
        <translation>导出报告为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>PDF 未能写入 {path}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../widgets/level_dialogs.py" line="+47"/>
        <source>Emergency response level</source>
        <translation>应急响应级别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the response</source>
        <translation>终止应急响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 区防指 总指挥</source>
        <translation>如：区防指 总指挥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response</source>
        <translation>响应级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No default: no warning in force.</source>
        <translation>无默认建议：当前未发布预警。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested for the {warning}: {response}</source>
        <translation>{warning}对应建议：{response}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say who decided (e.g. 区防指 总指挥).</source>
        <translation>请填写由谁决定（如：区防指 总指挥）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why it was decided.</source>
        <translation>请填写决定理由。</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../widgets/settings_menu.py" line="+31"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base map &amp;tile address…</source>
        <translation>底图瓦片地址(&amp;T)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language will change the next time the console starts.</source>
        <translation>界面语言将在下次启动值班台时生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Base map tile address</source>
        <translation>底图瓦片地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XYZ tile address with {z}, {x} and {y}, e.g. an intranet or Tianditu server. Leave empty for the outline map only.</source>
        <translation>XYZ 瓦片地址，须包含 {z}、{x} 和 {y}，例如内网或天地图服务地址。留空则仅显示区界轮廓图。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: the address must contain {z}, {x} and {y}.</source>
        <translation>未保存：地址必须包含 {z}、{x} 和 {y}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base map changes the next time the console starts.</source>
        <translation>底图将在下次启动值班台时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings could not be saved.</source>
        <translation>设置未能保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StatusSection</name>
    <message>
        <location filename="../../widgets/board_status.py" line="+64"/>
        <source>Reopen…</source>
        <translation>重新启动…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen the closed incident (reason required)</source>
        <translation>重新启动已结束的事件（须填写理由）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>→ {status}</source>
        <translation>→ {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the incident on to “{status}”</source>
        <translation>将事件推进到“{status}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+37"/>
        <source>The status changed meanwhile; look again.</source>
        <translation>事件状态已被更新，请重新查看。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not recorded: the status could not be changed.</source>
        <translation>未记录：无法变更事件状态。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen incident</source>
        <translation>重新启动事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the incident reopened?</source>
        <translation>重新启动的理由：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not reopened: a reason is required.</source>
        <translation>未重新启动：须填写理由。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded: the incident could not be reopened.</source>
        <translation>未记录：无法重新启动事件。</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../widgets/timeline.py" line="+91"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../widgets/level_dialogs.py" line="-65"/>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning lifted</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 鄞州区气象台</source>
        <translation>如：鄞州区气象台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who issued the warning.</source>
        <translation>请填写预警发布单位。</translation>
    </message>
</context>
<context>
    <name>db_error</name>
    <message>
        <location filename="../../widgets/db_error_dialog.py" line="+27"/>
        <source>The database file is damaged or is not a console database.</source>
        <translation>数据库文件已损坏，或不是值班台的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be read or written. Check its permissions and that no other program holds it.</source>
        <translation>无法读写数据库文件。请检查文件权限，并确认没有其他程序占用该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database was written by a newer version of the console. Use that version or a later one to open it.</source>
        <translation>该数据库由更高版本的值班台写入。请使用该版本或更新的版本打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file cannot be used.</source>
        <translation>数据库文件无法使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {path}
The file has been left untouched; nothing in it was changed or deleted.</source>
        <translation>文件：{path}
该文件保持原样，其中的内容未被修改或删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start a new database beside it</source>
        <translation>在旁边新建数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="+33"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Particularly serious</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatively serious</source>
        <translation>较大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not graded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade {numeral} {name}</source>
        <translation>{numeral}级 {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received</source>
        <translation>接报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under control</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No emergency response</source>
        <translation>未启动应急响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level {numeral} response</source>
        <translation>{numeral}级应急响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>受伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endangered</source>
        <translation>涉险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evacuated</source>
        <translation>转移疏散</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrative command post</source>
        <translation>行政指挥部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist command post</source>
        <translation>专业指挥部</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blue warning</source>
        <translation>蓝色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow warning</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange warning</source>
        <translation>橙色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red warning</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warning in force</source>
        <translation>未发布预警</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First report (phone)</source>
        <translation>首报（电话）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First report (written)</source>
        <translation>首报（书面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up report</source>
        <translation>续报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>终报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplementary report</source>
        <translation>补报</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up ({n})</source>
        <translation>续报（{n}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily report ({n})</source>
        <translation>日报（{n}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>书面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting platform</source>
        <translation>信息报送平台</translation>
    </message>
</context>
<context>
    <name>logtext</name>
    <message>
        <location filename="../../widgets/logtext.py" line="+39"/>
        <source>Reference data loaded</source>
        <translation>基础数据已载入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference data loaded: {divisions}, {outlines}, {indicators}</source>
        <translation>基础数据已载入：{divisions}，{outlines}，{indicators}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} division</source>
        <translation>行政区划 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} divisions</source>
        <translation>行政区划 {n} 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} outline</source>
        <translation>边界 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} outlines</source>
        <translation>边界 {n} 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} indicator</source>
        <translation>指标 {n} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} indicators</source>
        <translation>指标 {n} 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered incident: {title}</source>
        <translation>登记事件：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident moved to {lat}, {lon}</source>
        <translation>事件位置更正为 {lat}, {lon}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident archived: {reason}</source>
        <translation>事件已撤销：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} took over duty</source>
        <translation>{name} 接班值守</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Correction to an earlier entry: {text}</source>
        <translation>更正此前记录：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction to the entry of {time} by {officer}: {text}</source>
        <translation>更正 {officer} {time} 的记录：{text}</translation>
    </message>
    <message>
        <location filename="../../widgets/opstext.py" line="+37"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town or street</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting unit</source>
        <translation>报告单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caller&apos;s phone</source>
        <translation>来电人电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit involved</source>
        <translation>事发单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit type</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit size</source>
        <translation>单位规模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cause and course</source>
        <translation>起因和经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affected area and trend</source>
        <translation>影响范围及发展趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaders on scene</source>
        <translation>到场领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests</source>
        <translation>需协调事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commander&apos;s contact</source>
        <translation>现场指挥联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident details completed: {fields}</source>
        <translation>补充更正事件信息：{fields}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Casualty figures confirmed, no change</source>
        <translation>伤亡人数经核实无变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casualty figures updated: {figures}</source>
        <translation>伤亡人数更新：{figures}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event grade set to {grade}; reason: {reason}</source>
        <translation>事件等级定为 {grade}，理由：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event grade set to {grade}</source>
        <translation>事件等级定为 {grade}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency response ended, decided by {who}; reason: {reason}</source>
        <translation>{who} 决定终止应急响应，理由：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency response ended, decided by {who}</source>
        <translation>{who} 决定终止应急响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{response} decided by {who}; reason: {reason}</source>
        <translation>{who} 决定实行{response}，理由：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{response} decided by {who}</source>
        <translation>{who} 决定实行{response}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning lifted (by {source})</source>
        <translation>{source} 解除预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{warning} in force, issued by {source}</source>
        <translation>{source} 发布{warning}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status changed to {status}</source>
        <translation>事件状态变更为：{status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident reopened: {reason}</source>
        <translation>事件重新启动处置：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{post}: led by {lead}, contact {contact}</source>
        <translation>{post}：指挥长 {lead}，联系方式 {contact}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instruction recorded: {text}</source>
        <translation>记录批示：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction from {leader}: {text}</source>
        <translation>{leader} 批示：{text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instruction carried out: {text}</source>
        <translation>批示已落实：{text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report drafted: {title}</source>
        <translation>拟制报告：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report signed off by {leader}: {title}</source>
        <translation>{leader} 签发报告：{title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report sent ({channel}): {title}</source>
        <translation>报告已报送（{channel}）：{title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report alarm acknowledged: {text}</source>
        <translation>确认报告时限告警：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report alarm acknowledged: {report} {state}</source>
        <translation>确认报告时限告警：{report} {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} went off duty</source>
        <translation>{name} 退出值班</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New database started; earlier records are in the file set aside at {path} ({reason})</source>
        <translation>已启用新数据库；此前的记录保存在另存的文件 {path} 中（{reason}）</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../widgets/problems.py" line="+23"/>
        <source>Enter a title for the incident.</source>
        <translation>请填写事件标题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the incident category.</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the type within the category.</source>
        <translation>请选择该类别下的事件类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>The time has no time zone; enter it again.</source>
        <translation>时间缺少时区信息，请重新填写。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The time occurred is in the future. Check date and time.</source>
        <translation>发生时间晚于当前时间，请核对日期和时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a map point or choose a town or street.</source>
        <translation>请填写地图位置或选择镇（街道）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latitude must be between -90 and 90, longitude between -180 and 180.</source>
        <translation>纬度须在 -90 至 90 之间，经度须在 -180 至 180 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter latitude and longitude as decimal degrees, e.g. 29.80 and 121.55.</source>
        <translation>请以十进制度数填写纬度和经度，如 29.80 和 121.55。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This point is outside Yinzhou District.</source>
        <translation>该位置不在鄞州区范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a grade from the list.</source>
        <translation>请从列表中选择事件分级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for a grade other than the suggested one.</source>
        <translation>所选等级与建议等级不同，请填写理由。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time received is in the future. Check date and time.</source>
        <translation>接报时间晚于当前时间，请核对日期和时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call cannot have been received before the incident.</source>
        <translation>接报时间不能早于事发时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No single town or street matches; choose one from the list.</source>
        <translation>未能唯一匹配镇（街道），请从列表中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A count cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the loss in yuan as a number, or leave it empty if unknown.</source>
        <translation>请以数字填写损失金额（元）；不详请留空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a warning level from the list.</source>
        <translation>请从列表中选择预警级别。</translation>
    </message>
</context>
</TS>
