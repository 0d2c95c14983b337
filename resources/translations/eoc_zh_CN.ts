<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationDialog</name>
    <message>
        <location filename="../../widgets/plan_activation_dialog.py" line="+54"/>
        <source>Activate plan</source>
        <translation>启动预案</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{title} — suggested {level}</source>
        <translation>{title} — 建议{level}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{title} — not for this incident type</source>
        <translation>{title} — 不适用于此类事件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 区防指 总指挥</source>
        <translation>如：区防指 总指挥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} — at the current response {level}</source>
        <translation>{title} — 按当前响应{level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — no start condition met</source>
        <translation>{title} — 未满足启动条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}
{category} · {grade} · {warning}</source>
        <translation>{title}
{category} · {grade} · {warning}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{level} makes {n} checklist item(s), {samples} of them samples (unverified).</source>
        <translation>{level}共生成 {n} 项任务，其中 {samples} 项为示例（未核实）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This plan does not cover the incident&apos;s type.</source>
        <translation>本预案不适用于此类事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No start condition of this plan holds on the facts recorded; the command decides the level.</source>
        <translation>已记录的事件信息不满足本预案的任何启动条件；响应级别由指挥部研判决定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Suggested {level} because:</source>
        <translation>建议{level}，依据：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a plan and a level.</source>
        <translation>请选择预案和级别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who decided (e.g. 区防指 总指挥).</source>
        <translation>请填写决定人（如：区防指 总指挥）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{title}” already runs for this incident; change its level in the plan checklist instead.</source>
        <translation>“{title}”已对本事件启动；如需调整，请在预案任务清单中升级或降级。</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../widgets/alarm_banner.py" line="+135"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条告警</translation>
    </message>
</context>
<context>
    <name>AlarmController</name>
    <message>
        <location filename="../../widgets/alarm_controller.py" line="+210"/>
        <source>playback failed</source>
        <translation>播放失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sound output device</source>
        <translation>未找到音频输出设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sound library (PortAudio) is not installed</source>
        <translation>未安装音频库（PortAudio）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound cannot be played</source>
        <translation>无法播放声音</translation>
    </message>
</context>
<context>
    <name>AlarmRow</name>
    <message>
        <location filename="../../widgets/alarm_banner.py" line="-75"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan task: {task} ({unit})</source>
        <translation>预案任务：{task}（{unit}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state}: {title} — {report}, due {due}</source>
        <translation>{state}：{title} — {report}，时限 {due}</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../widgets/board_actions.py" line="+34"/>
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
    <message>
        <location line="+3"/>
        <source>Dispatch resources…</source>
        <translation>调派资源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams, supplies and shelter places near the incident</source>
        <translation>查看事件周边的救援队伍、物资和安置容量</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../widgets/checklist_model.py" line="+112"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>最后更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{withdrawn} ({status})</source>
        <translation>{withdrawn}（{status}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{plan}
activated by {by}, {when}</source>
        <translation>{plan}
{by} 于 {when} 启动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdrawn when the level was lowered, {when}</source>
        <translation>降级时撤回（{when}），保留记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue since {due}</source>
        <translation>自 {due} 起超时</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../widgets/checklist_pane.py" line="+157"/>
        <source>Selected board&apos;s incident</source>
        <translation>当前看板的事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both boards&apos; incidents</source>
        <translation>两个看板的事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by unit (Ctrl+F)</source>
        <translation>按责任单位筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (to do, in progress)</source>
        <translation>未完成（待办、进行中）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Raise level…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raise the running plan&apos;s level</source>
        <translation>提高所启动预案的响应级别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower level…</source>
        <translation>降级…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the level; the higher levels&apos; items are withdrawn</source>
        <translation>降低响应级别；较高级别的任务撤回并保留记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End response…</source>
        <translation>结束响应…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the running plan</source>
        <translation>结束所启动预案的响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: 1 to do · 2 in progress · 3 done · 4 not applicable</source>
        <translation>按键：1 待办 · 2 进行中 · 3 完成 · 4 不适用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by unit</source>
        <translation>按责任单位筛选</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Board {board}: {incident}</source>
        <translation>看板{board}：{incident}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no incident</source>
        <translation>无事件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No incident on the board.</source>
        <translation>看板上没有事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan is running for this incident.</source>
        <translation>本事件尚未启动预案。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The item was withdrawn with its level.</source>
        <translation>该任务已随级别降低撤回。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not recorded: the status could not be set.</source>
        <translation>未记录：无法设置状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Version {version} of the plan is no longer in the library; its level cannot be changed here.</source>
        <translation>预案库中已没有该预案的“{version}”版本，无法在此调整级别。</translation>
    </message>
</context>
<context>
    <name>ClocksSection</name>
    <message>
        <location filename="../../widgets/board_clocks.py" line="+84"/>
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
    <name>ConfirmBar</name>
    <message>
        <location filename="../../widgets/confirm_bar.py" line="+43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <location filename="../../widgets/statusbar.py" line="+28"/>
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
        <location line="+5"/>
        <source>Roster: no shift now</source>
        <translation>值班表：当前无排班</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duty leader: {leader}  Officers: {officers}</source>
        <translation>值班领导：{leader}  值班员：{officers}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../widgets/board_parts.py" line="+137"/>
        <source>Not saved: the change could not be recorded.</source>
        <translation>未保存：无法记录此项变更。</translation>
    </message>
</context>
<context>
    <name>DispatchResults</name>
    <message>
        <location filename="../../widgets/dispatch_tables.py" line="+84"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+17"/>
        <source>km</source>
        <translation>距离(km)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>已派往</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>救援能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depot</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earmarked elsewhere</source>
        <translation>已为其他事件预留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent here</source>
        <translation>已发往本事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeper</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places left</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translation>当前安置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter places</source>
        <translation>安置容量</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{places} places left in {count} open shelters within {km} km.</source>
        <translation>{km} 公里内 {count} 个开放的安置场所，剩余容量 {places} 人。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{free} teams free to go within {km} km; {busy} more busy (grey).</source>
        <translation>{km} 公里内可立即出动的队伍 {free} 支；另有 {busy} 支正在执行任务（灰色）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>enough</source>
        <translation>充足</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHORT</source>
        <translation>不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: need {needed}{unit}, free within {km} km: {free}{unit} ({verdict})</source>
        <translation>{item}：需要 {needed}{unit}，{km} 公里内可用 {free}{unit}（{verdict}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add the items needed to see the stock within reach.</source>
        <translation>添加所需物资后，显示范围内的库存。</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../widgets/dispatch_view.py" line="+117"/>
        <source>Dispatch resources — {title}</source>
        <translation>调派资源 — {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search radius</source>
        <translation>搜索半径</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;item</source>
        <translation>添加物资(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear items</source>
        <translation>清空物资</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign team to this incident</source>
        <translation>派往本事件(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity to send or take back</source>
        <translation>出库或归还数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send from depot</source>
        <translation>从仓库出库(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;return</source>
        <translation>登记归还(&amp;R)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams able to:</source>
        <translation>队伍能力：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items needed:</source>
        <translation>所需物资：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The incident has no map point; set its location first.</source>
        <translation>该事件没有地图位置，请先补充事件地点。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{team} is already assigned to this incident.</source>
        <translation>{team} 已派往本事件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Assign anyway</source>
        <translation>确认仍然派出</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{team} assigned to this incident.</source>
        <translation>{team} 已派往本事件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: {reason}</source>
        <translation>未执行：{reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Send anyway</source>
        <translation>确认仍然出库</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{depot}: {quantity}{unit} {item} sent.</source>
        <translation>{depot}：{item} {quantity}{unit} 已出库。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only {sent}{unit} went out from {depot} to this incident; {quantity}{unit} cannot come back.</source>
        <translation>{depot} 只向本事件发出 {sent}{unit}，不能归还 {quantity}{unit}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{depot}: {quantity}{unit} {item} back in stock.</source>
        <translation>{depot}：{item} {quantity}{unit} 已归还入库。</translation>
    </message>
</context>
<context>
    <name>DutyConsole</name>
    <message>
        <location filename="../../widgets/duty_console.py" line="+65"/>
        <source>&amp;Duty</source>
        <translation>值班(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift &amp;handover…</source>
        <translation>交接班(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>EndActivationDialog</name>
    <message>
        <location filename="../../widgets/checklist_dialogs.py" line="+134"/>
        <source>End plan response</source>
        <translation>结束预案响应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 台风已过境，区防指决定结束响应</source>
        <translation>如：台风已过境，区防指决定结束响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan} {level}</source>
        <translation>{plan} {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why and on whose decision it ends.</source>
        <translation>请说明结束的理由和决定人。</translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message>
        <location filename="../../widgets/resource_rosters.py" line="+37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All fields</source>
        <translation>全部领域</translation>
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
        <location filename="../../widgets/level_dialogs.py" line="+77"/>
        <source>Event grade</source>
        <translation>事件等级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— choose a grade —</source>
        <translation>— 请选择等级 —</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+3"/>
        <source>Choose the grade.</source>
        <translation>请选择事件等级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Give the reason for a grade other than the suggested one.</source>
        <translation>所定等级与建议等级不同，请填写理由。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../widgets/handover_dialog.py" line="+67"/>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept shift</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming officer</source>
        <translation>接班人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover notes</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Duty leader: {leader}; officers: {officers}</source>
        <translation>值班领导：{leader}；值班员：{officers}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No shift on the roster now</source>
        <translation>当前无排班</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{incident}&#x3000;{leader}: {text}</source>
        <translation>{incident}&#x3000;{leader}：{text}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stock below zero (count it)</source>
        <translation>库存为负，待盘点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ongoing, no due time</source>
        <translation>持续进行，无截止时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (overdue)</source>
        <translation>（已超时）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync conflicts: {count}</source>
        <translation>同步冲突：{count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync not configured: {count} changes are kept on this workstation only</source>
        <translation>未配置同步：{count} 项变更仅保存在本机</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Open incidents</source>
        <translation>在办事件</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Running report clocks</source>
        <translation>报送时限</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>due {time}</source>
        <translation>截止 {time}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Open checklist items</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending leaders&apos; instructions</source>
        <translation>待落实领导批示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dispatched teams</source>
        <translation>在外救援队伍</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsynced changes: {count}</source>
        <translation>未同步变更：{count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>between the levels</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{incident}: {levels}</source>
        <translation>{incident}：{levels}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the incoming officer (not the outgoing one).</source>
        <translation>请选择接班人（不能是交班人本人）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover could not be recorded.</source>
        <translation>交接班未能记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover accepted and logged.</source>
        <translation>已接班确认并记入日志。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export handover</source>
        <translation>导出交接班报告</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shift handover report</source>
        <translation>交接班报告</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/resource_files.py" line="+158"/>
        <source>Import roster file</source>
        <translation>导入资源名录文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k file (dry run)</source>
        <translation>检查文件（试导入）(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is checked first; nothing is written until the check is clean and you press Import. A file with any bad row is never imported in part.</source>
        <translation>先检查文件：检查无误并点击“导入”之前不会写入任何数据。只要有一行有误，整个文件都不会导入。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a roster file</source>
        <translation>选择资源名录文件</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Check the file again before importing.</source>
        <translation>导入前请重新检查文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file was refused: {reason}</source>
        <translation>文件被拒绝：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入：新增 {new} 条，更新 {updated} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: {bad} bad rows; nothing can be imported until they are fixed. Good rows: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>试导入：有 {bad} 行有误，改正前不能导入。正确的行：新增 {new} 条，更新 {updated} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: {new} new, {updated} updated, {unchanged} unchanged. Nothing has been written yet.</source>
        <translation>试导入：新增 {new} 条，更新 {updated} 条，未变 {unchanged} 条。尚未写入任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignored columns: {names}</source>
        <translation>已忽略的列：{names}</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../widgets/incident_board.py" line="+101"/>
        <source>Incident shown on this board</source>
        <translation>本看板显示的事件</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="-18"/>
        <source>Levels</source>
        <translation>分级与响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency plans</source>
        <translation>应急预案</translation>
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
        <location line="+51"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../widgets/incident_dialog.py" line="+71"/>
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
        <location line="+110"/>
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
        <location filename="../../widgets/instruction_dialog.py" line="+82"/>
        <source>Leaders&apos; instructions — {title}</source>
        <translation>领导批示 — {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name and post, e.g. 区长 王明</source>
        <translation>职务和姓名，如 区长 王明</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../widgets/intake_form.py" line="+72"/>
        <source>Phone intake</source>
        <translation>接报登记</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <name>LevelChangeDialog</name>
    <message>
        <location filename="../../widgets/checklist_dialogs.py" line="-73"/>
        <source>Raise level</source>
        <translation>提高响应级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower level</source>
        <translation>降低响应级别</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 区防指 总指挥</source>
        <translation>如：区防指 总指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{plan}: now {level}</source>
        <translation>{plan}：当前{level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New level</source>
        <translation>新级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan has no other level.</source>
        <translation>该预案没有其他级别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who decided (e.g. 区防指 总指挥).</source>
        <translation>请填写决定人（如：区防指 总指挥）。</translation>
    </message>
</context>
<context>
    <name>LevelsSection</name>
    <message>
        <location filename="../../widgets/board_levels.py" line="+71"/>
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
        <location line="+15"/>
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
    <name>LogSearchPanel</name>
    <message>
        <location filename="../../widgets/log_search.py" line="+52"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>搜索日志（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More results</source>
        <translation>更多结果</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The search failed.</source>
        <translation>搜索失败。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} entries shown, more found</source>
        <translation>已显示 {count} 条，还有更多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} entries found</source>
        <translation>找到 {count} 条</translation>
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
        <location filename="../../widgets/mainwindow.py" line="+97"/>
        <source>Yinzhou District Emergency Command Centre — Duty Console</source>
        <translation>鄞州区应急指挥中心值班台</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+15"/>
        <source>Plan checklist</source>
        <translation>预案任务清单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review queue</source>
        <translation>研判队列</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report alarms</source>
        <translation>报送告警</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+14"/>
        <source>Reset &amp;layout</source>
        <translation>恢复默认布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>NotApplicableDialog</name>
    <message>
        <location filename="../../widgets/checklist_dialogs.py" line="-62"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this task does not apply (required)</source>
        <translation>该任务不适用的理由（必填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason why the task does not apply.</source>
        <translation>请填写该任务不适用的理由。</translation>
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
        <location filename="../../widgets/log_model.py" line="+101"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A later entry corrects this one.</source>
        <translation>此条记录已被后续记录更正。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} [corrected]</source>
        <translation>{text} [已更正]</translation>
    </message>
</context>
<context>
    <name>OperationLogPane</name>
    <message>
        <location filename="../../widgets/log_pane.py" line="+103"/>
        <source>Write a log entry and press Enter (Ctrl+L or F2 to come here)</source>
        <translation>输入日志内容后按回车保存（Ctrl+L 或 F2 可随时跳转到此处）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/电话 unit caller：content records a phone call; /重要 text flags it for review; #A or #B tags the incident on that board</source>
        <translation>/电话 单位 来电人：内容 记录来电；/重要 内容 提交研判；#A 或 #B 关联该看板的事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone record</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader&apos;s instruction</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <translation>重要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time (HH:MM)</source>
        <translation>时间（时:分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it happened, if not now: HH:MM or YYYY-MM-DD HH:MM (Alt+T)</source>
        <translation>发生时间（不填为现在）：HH:MM 或 YYYY-MM-DD HH:MM（Alt+T）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event time</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write log entry</source>
        <translation>填写日志</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing recorded: the time is not HH:MM.</source>
        <translation>未记录：时间格式应为 时:分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing recorded: board {board} shows no incident.</source>
        <translation>未记录：看板 {board} 未显示事件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing recorded: the entry is empty.</source>
        <translation>未记录：日志内容为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry could not be recorded.</source>
        <translation>日志未能记录。</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>PlanActionsTable</name>
    <message>
        <location filename="../../widgets/plan_actions_table.py" line="+94"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (minutes)</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory</source>
        <translation>必须执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add action</source>
        <translation>新增行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove action</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edits here rewrite the YAML text from the plan model (comments in the text are dropped). New actions are samples.</source>
        <translation>在此修改会根据预案模型重新生成 YAML 文本（文本中的注释不保留）。新增的行动标为示例。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Due (minutes) must be a whole number of minutes, or empty.</source>
        <translation>时限须为整数分钟，或留空。</translation>
    </message>
</context>
<context>
    <name>PlanConsole</name>
    <message>
        <location filename="../../widgets/plan_console.py" line="+109"/>
        <source>&amp;Plans</source>
        <translation>预案(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;library…</source>
        <translation>预案库(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Activate plan for the selected board…</source>
        <translation>为当前看板的事件启动预案(&amp;A)…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose an incident on a board first.</source>
        <translation>请先在看板上选择事件。</translation>
    </message>
</context>
<context>
    <name>PlanDetailView</name>
    <message>
        <location filename="../../widgets/plan_detail.py" line="+76"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>文头核实</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory</source>
        <translation>必须执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>核实状态</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status} — version {version}</source>
        <translation>{status} — 版本 {version}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources ({n})</source>
        <translation>来源（{n}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Starts when: {text}</source>
        <translation>启动条件：{text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{unit} (with {support})</source>
        <translation>{unit}（配合：{support}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measures: {title}</source>
        <translation>措施组：{title}</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../widgets/plan_editor.py" line="+98"/>
        <source>Plan editor</source>
        <translation>预案编辑</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving writes a new file in {folder}; shipped plan files and earlier versions are never changed.</source>
        <translation>保存时在 {folder} 中写入新文件；内置预案文件和以前的版本都不会被修改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>YAML text</source>
        <translation>YAML 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions by level</source>
        <translation>各级响应行动</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} error(s): the plan cannot be saved yet.</source>
        <translation>{n} 处错误：暂不能保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid plan.</source>
        <translation>预案格式正确。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line {line}, column {column}</source>
        <translation>第{line}行，第{column}列</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Correct the errors listed before saving.</source>
        <translation>请先改正所列错误再保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version “{version}” of this plan is already in the library; give the new version its own name.</source>
        <translation>预案库中已有本预案的“{version}”版本；请为新版本另取名称。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>PlanLibraryDialog</name>
    <message>
        <location filename="../../widgets/plan_library.py" line="+79"/>
        <source>Plan library</source>
        <translation>预案库</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified / sample items</source>
        <translation>已核实 / 示例条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review, filing, revision</source>
        <translation>评审、备案、修订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit as new version…</source>
        <translation>编辑为新版本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import plan file…</source>
        <translation>导入预案文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} plan file(s) could not be loaded:
{errors}</source>
        <translation>{n} 个预案文件无法加载：
{errors}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Verified {verified} / sample {sample}</source>
        <translation>已核实 {verified} / 示例 {sample}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved as a new version: {path}</source>
        <translation>已另存为新版本：{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import plan file</source>
        <translation>导入预案文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {title} ({version}).</source>
        <translation>已导入 {title}（{version}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported: {file} has {n} error(s).</source>
        <translation>未导入：{file} 有 {n} 处错误。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export plan file</source>
        <translation>导出预案文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan files (*.yaml *.yml)</source>
        <translation>预案文件 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>PlanProgressSection</name>
    <message>
        <location filename="../../widgets/board_plans.py" line="+47"/>
        <source>No plan running.</source>
        <translation>未启动预案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate plan…</source>
        <translation>启动预案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an emergency plan for this incident (suggested level)</source>
        <translation>为本事件启动应急预案（系统建议级别）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Plan: {plan} {level} — done {settled}/{total}</source>
        <translation>预案：{plan} {level} — 完成 {settled}/{total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text}, overdue {n}</source>
        <translation>{text}，超时 {n}</translation>
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
    <name>RecordsPanel</name>
    <message>
        <location filename="../../widgets/plan_lifecycle.py" line="+166"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>签字/经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Prompted by</source>
        <translation>修订起因</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>e.g. 区应急管理局 评审组 李明</source>
        <translation>如：区应急管理局 评审组 李明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drill or real event that showed the need</source>
        <translation>发现问题的演练或实际事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record step</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a step for the version shown</source>
        <translation>为所示版本记录评审、备案、修订或废止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed / filed by</source>
        <translation>签字/经办人</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Say who signed, filed or decided it.</source>
        <translation>请填写签字、备案或决定的人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what prompted the revision: a drill or a real event.</source>
        <translation>请说明修订的起因：演练或实际事件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not recorded: the step could not be saved.</source>
        <translation>未记录：无法保存。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../widgets/report_dialog.py" line="+106"/>
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
        <location line="+57"/>
        <source>Signed off by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location line="-56"/>
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
        <location line="+6"/>
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
    <name>ResourceConsole</name>
    <message>
        <location filename="../../widgets/resource_console.py" line="+107"/>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Resource rosters</source>
        <translation>资源名录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can we &amp;dispatch? (selected incident)…</source>
        <translation>可调派资源（当前事件）(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import roster file…</source>
        <translation>导入名录文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export empty &amp;template</source>
        <translation>导出空白模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map &amp;layers</source>
        <translation>地图图层(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter the map like the rosters</source>
        <translation>地图按名录筛选条件显示</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose an incident on a board first.</source>
        <translation>请先在事件看板上选择一个事件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export roster</source>
        <translation>导出资源名录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty template written to {file}.</source>
        <translation>空白模板已写入 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows written to {file}.</source>
        <translation>已将 {count} 行写入 {file}。</translation>
    </message>
</context>
<context>
    <name>ResourceRosters</name>
    <message>
        <location filename="../../widgets/resource_rosters.py" line="+35"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelters</source>
        <translation>避灾安置场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../widgets/level_dialogs.py" line="+49"/>
        <source>Emergency response level</source>
        <translation>应急响应级别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the response</source>
        <translation>终止应急响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a level —</source>
        <translation>— 请选择响应级别 —</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+1"/>
        <source>Choose the response level.</source>
        <translation>请选择响应级别。</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePane</name>
    <message>
        <location filename="../../widgets/review_queue.py" line="+46"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The review could not be recorded.</source>
        <translation>研判结果未能记录。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../widgets/roster_dialog.py" line="+52"/>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Names separated by 、 or ,</source>
        <translation>姓名以“、”或“,”分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add shift</source>
        <translation>新增班次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Remove shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty leader</source>
        <translation>值班领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leader: {leader}  Officers: {officers}</source>
        <translation>值班领导：{leader}  值班员：{officers}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove the shift {start} – {end} led by {leader}?</source>
        <translation>删除 {leader} 带班的班次（{start} – {end}）？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved. It overlaps with {shifts}; during the overlap the shift that started last is on duty.</source>
        <translation>已保存。该班次与 {shifts} 时间重叠；重叠期间以最后开始的班次为准。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: a shift needs a leader and must end after it starts.</source>
        <translation>未保存：班次须有值班领导，且结束时间晚于开始时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shift could not be saved.</source>
        <translation>班次未能保存。</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <location filename="../../widgets/roster_table.py" line="+150"/>
        <source>Search…</source>
        <translation>搜索…</translation>
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
    <name>SheltersTab</name>
    <message>
        <location filename="../../widgets/roster_shelters.py" line="+70"/>
        <source>Shelter</source>
        <translation>安置场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town/street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupancy</source>
        <translation>当前安置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places left</source>
        <translation>剩余容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All towns and streets</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or closed</source>
        <translation>开放或关闭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People in the shelter now</source>
        <translation>当前安置人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported by (optional)</source>
        <translation>报告人（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;occupancy</source>
        <translation>登记安置人数(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in now:</source>
        <translation>当前安置人数：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>District: {shelters} shelters, {open} open · capacity {capacity} (open: {open_capacity}) · in shelters {occupancy} · places left {places_left} · evacuated in open incidents {evacuated}</source>
        <translation>全区：安置场所 {shelters} 个，开放 {open} 个 · 容纳 {capacity} 人（开放场所 {open_capacity} 人）· 已安置 {occupancy} 人 · 剩余容量 {places_left} 人 · 未结事件转移人数 {evacuated} 人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} places short: open more shelters</source>
        <translation>缺少 {n} 个安置位置：请开放更多安置场所</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Open shelter</source>
        <translation>开放安置场所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close shelter</source>
        <translation>关闭安置场所</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change was not recorded: {reason}</source>
        <translation>未能登记：{reason}</translation>
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
    <name>StockTab</name>
    <message>
        <location filename="../../widgets/roster_stock.py" line="+43"/>
        <source>Depot</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town/street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in stock</source>
        <translation>有库存品种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeper</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All towns and streets</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock balances (from the ledger)</source>
        <translation>库存结余（按台账汇总）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{depot} {item} {balance} {unit}</source>
        <translation>{depot} {item} {balance}{unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stock below zero: {items}. Workstations cut off from each other handed out the same stock; count it (stocktake) to set the ledger right.</source>
        <translation>库存为负：{items}。断网期间不同工作站发放了同一批物资，请盘点核实后更正账目。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a depot to see its stock.</source>
        <translation>选择一个仓库查看库存。</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <location filename="../../widgets/sync_status.py" line="+38"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: {state} · last {last} · waiting {waiting} · conflicts {conflicts}</source>
        <translation>同步：{state} · 最近 {last} · 待发 {waiting} · 冲突 {conflicts}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · this workstation&apos;s clock is {minutes:+d} min off the hub&apos;s: set the time, report deadlines depend on it</source>
        <translation> · 本机时钟与同步枢纽相差 {minutes:+d} 分钟：请校准时间，报送时限依此计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · error: {error}</source>
        <translation> · 错误：{error}</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <location filename="../../widgets/roster_teams.py" line="+76"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All towns and streets</source>
        <translation>全部镇街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>队员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;status</source>
        <translation>变更状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town/street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to</source>
        <translation>已派往</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates</source>
        <translation>资质证书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capabilities</source>
        <translation>救援能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected team:</source>
        <translation>所选队伍：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status history (who, when)</source>
        <translation>状态变更记录（何人、何时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members and certificates</source>
        <translation>队员及资质证书</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The status could not be changed: {reason}</source>
        <translation>状态未能变更：{reason}</translation>
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
    <name>VersionsPanel</name>
    <message>
        <location filename="../../widgets/plan_lifecycle.py" line="-187"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose two different versions.</source>
        <translation>请选择两个不同的版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No differences.</source>
        <translation>两个版本没有差别。</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../widgets/level_dialogs.py" line="-68"/>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning lifted</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— choose a warning —</source>
        <translation>— 请选择预警级别 —</translation>
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
        <source>Choose the warning.</source>
        <translation>请选择预警级别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who issued the warning.</source>
        <translation>请填写预警发布单位。</translation>
    </message>
</context>
<context>
    <name>board_clocks</name>
    <message>
        <location filename="../../widgets/board_clocks.py" line="-107"/>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
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
        <location line="+12"/>
        <source>Plan task</source>
        <translation>预案任务</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../widgets/logtext.py" line="+41"/>
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
        <location line="+42"/>
        <source>Correction to an earlier entry: {text}</source>
        <translation>更正此前记录：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction to the entry of {time} by {officer}: {text}</source>
        <translation>更正 {officer} {time} 的记录：{text}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phone call from {caller}: {content}</source>
        <translation>来电（{caller}）：{content}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; handling: {handling}</source>
        <translation>；处理：{handling}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reviewed: confirmed as significant. {note}</source>
        <translation>研判：确认为重要事件。{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed: not significant. {note}</source>
        <translation>研判：不作为重要事件。{note}</translation>
    </message>
    <message>
        <location filename="../../widgets/opstext.py" line="+38"/>
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
        <location line="+9"/>
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
    <message>
        <location filename="../../widgets/plantext.py" line="+33"/>
        <source>Plan activated: {title} {level}, decided by {who} ({n} tasks)</source>
        <translation>启动预案：{title} {level}，{who}决定（{n} 项任务）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan level changed: {title} {before} → {after}, decided by {who}</source>
        <translation>预案响应级别调整：{title} {before} → {after}，{who}决定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan task {status}: {task} (reason: {reason})</source>
        <translation>预案任务{status}：{task}（理由：{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan task {status}: {task}</source>
        <translation>预案任务{status}：{task}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan response ended: {title} ({reason})</source>
        <translation>结束预案响应：{title}（{reason}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan {step} recorded: {title} ({version}), {who}</source>
        <translation>预案{step}已记录：{title}（{version}），{who}</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../widgets/plan_editor.py" line="-234"/>
        <source>Line {line}: {message}</source>
        <translation>第{line}行：{message}</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>{version} rev. {n}</source>
        <translation>{version} 修订{n}</translation>
    </message>
    <message>
        <location filename="../../widgets/plan_labels.py" line="+37"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (unverified)</source>
        <translation>示例（未核实）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Level {numeral}</source>
        <translation>{numeral}级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall plan</source>
        <translation>总体应急预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special plan</source>
        <translation>专项应急预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department plan</source>
        <translation>部门应急预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town/street plan</source>
        <translation>镇街应急预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise plan</source>
        <translation>企业应急预案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drafting</source>
        <translation>编制中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repealed</source>
        <translation>已废止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review sign-off</source>
        <translation>评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeal</source>
        <translation>废止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min</source>
        <translation>{n}分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deaths and missing</source>
        <translation>死亡和失踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injured</source>
        <translation>受伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evacuated</source>
        <translation>转移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{signal} {colour} warning</source>
        <translation>{signal}{colour}预警</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event grade {grade}</source>
        <translation>事件等级 {grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No structured condition: the command judges</source>
        <translation>无结构化条件：由指挥部研判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition: {parts}</source>
        <translation>结构化条件：{parts}</translation>
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
<context>
    <name>resources</name>
    <message>
        <location filename="../../widgets/resource_files.py" line="-252"/>
        <location filename="../../widgets/resource_labels.py" line="+26"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../widgets/resource_labels.py" line="+1"/>
        <source>Supply depots</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../widgets/resource_labels.py" line="+1"/>
        <source>Shelters</source>
        <translation>避灾安置场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>物资出入库台账</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a whole number: {v}</source>
        <translation>不是整数：{v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be negative: {v}</source>
        <translation>不能为负数：{v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a number: {v}</source>
        <translation>不是数字：{v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a date (YYYY-MM-DD): {v}</source>
        <translation>不是日期（应为 YYYY-MM-DD）：{v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 开放 or 关闭: {v}</source>
        <translation>应为“开放”或“关闭”：{v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of {a}: {v}</source>
        <translation>应为以下之一：{a}；实际为 {v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown town or street: {v}</source>
        <translation>未知镇街：{v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown capability: {v}</source>
        <translation>未知救援能力：{v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as row {v}</source>
        <translation>与第 {v} 行重复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latitude and longitude look swapped</source>
        <translation>经纬度似乎填反了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside China; give WGS-84 degrees</source>
        <translation>位置不在中国境内；请填写 WGS-84 经纬度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names starting with 【演示】 are kept for sample data</source>
        <translation>以“【演示】”开头的名称保留给演示数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown depot: {v}; import the depots first</source>
        <translation>未知仓库：{v}；请先导入仓库</translation>
    </message>
    <message>
        <location filename="../../widgets/resource_labels.py" line="+1"/>
        <source>Supervised businesses</source>
        <translation>监管小微企业</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample data (not real)</source>
        <translation>演示数据（非真实）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(sample data)</source>
        <translation>（含演示数据）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} expired</source>
        <translation>{n} 项已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} expiring</source>
        <translation>{n} 项即将过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{team} is already assigned to the open incident {others}.</source>
        <translation>{team} 已派往未结事件“{others}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{team} is {status}, not on standby (待命).</source>
        <translation>{team} 当前为“{status}”，不在待命状态。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{team}: expired certificates: {names}.</source>
        <translation>{team}：有已过期证书：{names}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{depot}: {item}: {quantity}{unit} asked for, but only {free}{unit} are free; {held}{unit} of the {balance}{unit} in stock are earmarked for other open incidents.</source>
        <translation>{depot}：{item}：申请 {quantity}{unit}，但只有 {free}{unit} 可用；库存 {balance}{unit} 中有 {held}{unit} 已为其他未结事件预留。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refused: {depot} holds only {balance}{unit} of {item}, so {requested}{unit} cannot go out. Stock can never go below zero; nothing was recorded.</source>
        <translation>拒绝出库：{depot} 的{item}只有 {balance}{unit}，不能出库 {requested}{unit}。库存不能为负，未登记任何出库。</translation>
    </message>
    <message>
        <location filename="../../widgets/resource_link.py" line="+56"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{occupancy} of {capacity} places taken</source>
        <translation>已安置 {occupancy} / {capacity} 人</translation>
    </message>
</context>
<context>
    <name>resourcetext</name>
    <message>
        <location filename="../../widgets/resourcetext.py" line="+19"/>
        <source>Rescue team added</source>
        <translation>新增救援队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member added</source>
        <translation>新增队员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample team members generated</source>
        <translation>已生成演示队员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team status changed</source>
        <translation>队伍状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team assigned to the incident</source>
        <translation>队伍调派至事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team released</source>
        <translation>队伍解除调派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue team removed</source>
        <translation>救援队伍已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply depot added</source>
        <translation>新增物资仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply catalogue loaded, items added</source>
        <translation>物资目录已载入，新增条目数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplies received</source>
        <translation>物资入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies dispatched</source>
        <translation>物资调拨至事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies earmarked</source>
        <translation>物资预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies returned</source>
        <translation>物资归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies transferred</source>
        <translation>物资调库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies written off</source>
        <translation>物资报废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stocktake recorded</source>
        <translation>盘点已记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock imported</source>
        <translation>库存已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Records imported</source>
        <translation>导入资源记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sample records generated</source>
        <translation>已生成演示资源记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample stock generated</source>
        <translation>已生成演示库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter added</source>
        <translation>新增避灾安置场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter occupancy updated</source>
        <translation>安置人数更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter opened or closed</source>
        <translation>安置场所开放状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert added</source>
        <translation>新增专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample resource data removed</source>
        <translation>演示资源数据已清除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duty shift added</source>
        <translation>新增值班班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty shift changed</source>
        <translation>值班班次变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty shift removed</source>
        <translation>删除值班班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift handover accepted</source>
        <translation>交接班已确认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <comment>between the details</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: {details}</source>
        <translation>{label}：{details}</translation>
    </message>
</context>
<context>
    <name>sync_marks</name>
    <message>
        <location filename="../../widgets/sync_marks.py" line="+25"/>
        <source>Only on this workstation: not sent to the hub yet</source>
        <translation>仅在本机：尚未发送到上级平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: waiting for the hub to confirm</source>
        <translation>已发送：等待上级平台确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by the hub</source>
        <translation>上级平台已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the hub: see the sync refusals</source>
        <translation>被上级平台拒收：请查看同步拒收记录</translation>
    </message>
</context>
</TS>
