<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>IncidentBoard</name>
    <message>
        <location filename="../../widgets/incident_board.py" line="+87"/>
        <source>Incident shown on this board</source>
        <translation>本看板显示的事件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Grade</source>
        <translation>事件分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+12"/>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>— choose an incident —</source>
        <translation>— 请选择事件 —</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../widgets/incident_dialog.py" line="+69"/>
        <source>Register incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What happened, where</source>
        <translation>何地发生何事</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="-118"/>
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
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>事件标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category</source>
        <translation>事件类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype</source>
        <translation>事件类型(&amp;Y)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;occurred</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
        <source>Initial &amp;grade</source>
        <translation>初判分级(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>事件描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter: next field · Ctrl+Enter: save</source>
        <translation>回车：下一项 · Ctrl+回车：保存</translation>
    </message>
    <message>
        <location line="+133"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow.py" line="+71"/>
        <source>Yinzhou District Emergency Command Centre — Duty Console</source>
        <translation>鄞州区应急指挥中心值班台</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+22"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register incident…</source>
        <translation>登记事件(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset &amp;layout</source>
        <translation>恢复默认布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The map could not be shown.</source>
        <translation>态势图无法显示。</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../widgets/officer_dialog.py" line="+33"/>
        <source>Officer on duty</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+4"/>
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
        <location line="+17"/>
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
        <location line="+7"/>
        <source>Received</source>
        <translation>已接报</translation>
    </message>
</context>
<context>
    <name>logtext</name>
    <message>
        <location filename="../../widgets/logtext.py" line="+28"/>
        <source>Reference data loaded: {divisions} divisions, {outlines} outlines, {indicators} indicators</source>
        <translation>基础数据已载入：行政区划 {divisions} 个，边界 {outlines} 个，指标 {indicators} 项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference data loaded</source>
        <translation>基础数据已载入</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+35"/>
        <source>Correction to an earlier entry: {text}</source>
        <translation>更正此前记录：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction to the entry of {time} by {officer}: {text}</source>
        <translation>更正 {officer} {time} 的记录：{text}</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../widgets/problems.py" line="+17"/>
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
        <source>The time has no time zone; enter it again.</source>
        <translation>时间缺少时区信息，请重新填写。</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
</TS>
