<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</source>
        <translation>未检测到图形显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置），因此未打开窗口，改为检查数据库。运行“triangle-studio --help”可查看无需图形显示环境的命令。</translation>
    </message>
</context>
<context>
    <name>triangle::AssessmentMetricsModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>均衡度</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形态</translation>
    </message>
</context>
<context>
    <name>triangle::DataImporter</name>
    <message>
        <source>stage “%1”</source>
        <translation>阶段“%1”</translation>
    </message>
    <message>
        <source>regions “%1” and “%2” are each other&apos;s ancestors</source>
        <translation>地区“%1”与“%2”互为上级地区</translation>
    </message>
    <message>
        <source>policy “%1”</source>
        <translation>政策“%1”</translation>
    </message>
    <message>
        <source>milestone “%1”</source>
        <translation>里程碑“%1”</translation>
    </message>
    <message>
        <source>stage “%1” is neither in the file nor in the database</source>
        <translation>阶段“%1”既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>assessment of %1 at stage “%2”</source>
        <translation>地区 %1 在阶段“%2”的评估</translation>
    </message>
    <message>
        <source>%1 is already in the database (choose to skip or update existing records)</source>
        <translation>%1已存在于数据库中（请选择跳过或更新已有记录）</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地区 %1</translation>
    </message>
    <message>
        <source>region “%1” is neither in the file nor in the database</source>
        <translation>地区“%1”既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>“%1:%2” is neither in the file nor in the database</source>
        <translation>“%1:%2”既不在文件中，也不在数据库中</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何内容：发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::DataReader</name>
    <message>
        <source>unknown field (accepted: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day)</source>
        <translation>“%1”不是有效日期（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD 格式，且月、日须真实存在）</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>a list of dimensions</source>
        <translation>维度列表</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>未知维度“%1”（可用值：%2）</translation>
    </message>
    <message>
        <source>an object keyed by dimension</source>
        <translation>以维度为键的对象</translation>
    </message>
    <message>
        <source>unknown dimension (accepted: %1)</source>
        <translation>未知维度（可用值：%1）</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>为必填项，但未提供</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>duplicate %1 “%2” (first used at %3)</source>
        <translation>%1“%2”重复（首次出现于 %3）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation>文件不是有效的 UTF-8 文本（请以 UTF-8 编码保存）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>must be a JSON object with “format”: “triangle-studio”</source>
        <translation>必须是包含 “format”: “triangle-studio” 的 JSON 对象</translation>
    </message>
    <message>
        <source>must be “triangle-studio”: this is not a Triangle Studio data file</source>
        <translation>必须是“triangle-studio”：这不是 Triangle Studio 数据文件</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation>格式版本 %1 高于本程序可读取的版本（%2）</translation>
    </message>
    <message>
        <source>stage key</source>
        <translation>阶段标识</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>“%1” is not six digits (GB/T 2260), e.g. 330000</source>
        <translation>“%1”不是六位数字代码（GB/T 2260），例如 330000</translation>
    </message>
    <message>
        <source>the national level has no parent region</source>
        <translation>全国层级没有上级地区</translation>
    </message>
    <message>
        <source>must name the code of the region this one belongs to</source>
        <translation>必须填写所属上级地区的代码</translation>
    </message>
    <message>
        <source>policy uid</source>
        <translation>政策 UID</translation>
    </message>
    <message>
        <source>milestone uid</source>
        <translation>里程碑 UID</translation>
    </message>
    <message>
        <source>a unit needs a quantity</source>
        <translation>填写单位时须同时填写数量</translation>
    </message>
    <message>
        <source>assessment of region and stage</source>
        <translation>同一地区和阶段的评估</translation>
    </message>
    <message>
        <source>must be a number from 0 to 10</source>
        <translation>必须是 0 到 10 之间的数字</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 不是有效评分（应为 0 到 10，步长 0.1）</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a list of “policy:UID” or “milestone:UID”</source>
        <translation>必须是由“policy:UID”或“milestone:UID”组成的列表</translation>
    </message>
    <message>
        <source>“%1” is not “policy:UID” or “milestone:UID”</source>
        <translation>“%1”不是“policy:UID”或“milestone:UID”格式</translation>
    </message>
</context>
<context>
    <name>triangle::DefaultDatabase</name>
    <message>
        <source>The default data is missing from this build.</source>
        <translation>此构建版本缺少默认数据。</translation>
    </message>
    <message>
        <source>The default data of this build is invalid:
%1</source>
        <translation>此构建版本的默认数据无效：
%1</translation>
    </message>
    <message>
        <source>Seeding “%1” with the default data failed:
%2</source>
        <translation>向“%1”写入默认数据失败：
%2</translation>
    </message>
</context>
<context>
    <name>triangle::DomainNames</name>
    <message>
        <source>Mission management</source>
        <translation>使命管理</translation>
    </message>
    <message>
        <source>Political management</source>
        <translation>政治管理</translation>
    </message>
    <message>
        <source>Operational management</source>
        <translation>运作管理</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>使命</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>运作</translation>
    </message>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>规章</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Institutional change</source>
        <translation>机构改革</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>triangle::FileProbe</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a SQLite database: it does not start with a SQLite header.</source>
        <translation>“%1”不是 SQLite 数据库：文件开头没有 SQLite 文件头。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header gives an impossible page size.</source>
        <translation>“%1”已损坏：文件头中的页大小不可能成立。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it has %2 bytes where its header expects %3.</source>
        <translation>“%1”已被截断：文件只有 %2 字节，而文件头表明应有 %3 字节。</translation>
    </message>
</context>
<context>
    <name>triangle::MainWindow</name>
    <message>
        <source>Triangle Studio databases (*.%1);;All files (*)</source>
        <translation>Triangle Studio 数据库 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>按代码或名称筛选</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Triangle Studio</source>
        <translation>关于 Triangle Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Created %1 with the article&apos;s data</source>
        <translation>已创建 %1 并写入文章数据</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a region on the left to see its profile and assessments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在左侧选择一个地区，查看其概况和评估。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Code %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;代码 %1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offices affairs: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;机关事务管理机构：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No assessments yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;尚无评估。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>About Triangle Studio</source>
        <translation>关于 Triangle Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;Analyses how Chinese provinces reform government operations support through Mark Moore&apos;s strategic triangle of public value: mission, political and operational management.&lt;/p&gt;&lt;p&gt;Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework Construction and Case Review”. The shipped scores are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;借助 Mark Moore 的公共价值创造战略三角模型（使命管理、政治管理、运作管理），分析我国各省份如何推进政府运行保障改革。&lt;/p&gt;&lt;p&gt;本软件基于张帆《基于公共价值创造的政府运行保障管理研究：框架构建与案例检视》一文。内置评分是分析者对文章叙述的解读，非实测数据。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::MetricsText</name>
    <message>
        <source>Balanced, low</source>
        <translation>低位均衡</translation>
    </message>
    <message>
        <source>Balanced, high</source>
        <translation>高位均衡</translation>
    </message>
    <message>
        <source>Advantage-led by %1</source>
        <translation>%1优势型</translation>
    </message>
    <message>
        <source>%1 lagging</source>
        <translation>%1滞后型</translation>
    </message>
    <message>
        <source>none (all within %1)</source>
        <translation>无（各维度相差均在 %1 以内）</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source> = </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Area %1 of a possible %2; balance %3 (1 is equilateral).</source>
        <translation>面积 %1（最大 %2）；均衡度 %3（1 为等边三角形）。</translation>
    </message>
    <message>
        <source>No dimension stands out and the mean score %1 is below %2: an initial, balanced-low triangle.</source>
        <translation>无突出维度，且平均评分 %1 低于 %2：属于低位均衡的初始三角。</translation>
    </message>
    <message>
        <source>No dimension stands out and the mean score %1 reaches %2: a balanced-high triangle.</source>
        <translation>无突出维度，且平均评分 %1 达到 %2：属于高位均衡的三角。</translation>
    </message>
    <message>
        <source>%1 leads both other dimensions by %2 or more: an advantage triangle that it pulls along.</source>
        <translation>%1比其余两个维度均高出 %2 或以上：属于由其牵引的优势三角。</translation>
    </message>
    <message>
        <source>%1 trails both other dimensions by %2 or more: the triangle is held back by it.</source>
        <translation>%1比其余两个维度均低 %2 或以上：整个三角受其拖累。</translation>
    </message>
</context>
<context>
    <name>triangle::Migrations</name>
    <message>
        <source>Upgrading the schema to version %1 failed</source>
        <translation>将架构升级到版本 %1 失败</translation>
    </message>
    <message>
        <source>Recording schema version %1 failed</source>
        <translation>记录架构版本 %1 失败</translation>
    </message>
</context>
<context>
    <name>triangle::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: another window or program is writing to the database. Try again in a moment.</source>
        <translation>%1：另一个窗口或程序正在写入数据库，请稍后重试。</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be created.</source>
        <translation>无法创建“%1”所在的文件夹。</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no database yet.</source>
        <translation>“%1”是空文件，尚不包含数据库。</translation>
    </message>
    <message>
        <source>“%1” is read-only (the file or its folder cannot be written). Open it read-only, or save a copy somewhere writable.</source>
        <translation>“%1”为只读（文件或其所在文件夹不可写入）。请以只读方式打开，或将副本保存到可写入的位置。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>检查“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a SQLite database.</source>
        <translation>“%1”不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check reports “%2”.</source>
        <translation>“%1”已损坏：SQLite 完整性检查报告“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its header is unreadable.</source>
        <translation>无法读取“%1”：文件头不可读。</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another program, not a Triangle Studio database.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是 Triangle Studio 数据库。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triangle Studio (schema %2; this version reads up to %3). Open it with a newer version; it has not been changed.</source>
        <translation>“%1”由更新版本的 Triangle Studio 写入（架构版本 %2；本版本最高可读取 %3）。请用更新的版本打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (version %2) that must be upgraded to %3 before use; open it read-write once to upgrade it.</source>
        <translation>“%1”使用旧版架构（版本 %2），使用前须升级到版本 %3；请以读写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened to back it up.</source>
        <translation>无法打开“%1”进行备份。</translation>
    </message>
    <message>
        <source>Backing up “%1” before upgrading it</source>
        <translation>升级前备份“%1”</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>统计记录数</translation>
    </message>
    <message>
        <source>A copy cannot replace the open database itself.</source>
        <translation>副本不能覆盖当前打开的数据库本身。</translation>
    </message>
    <message>
        <source>Saving a copy as “%1”</source>
        <translation>将副本保存为“%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1”以只读方式打开。</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>开始修改</translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>No %1 “%2” in the database.</source>
        <translation>数据库中没有%1“%2”。</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>读取评估</translation>
    </message>
    <message>
        <source>Reading an assessment</source>
        <translation>读取一条评估</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation>添加评估</translation>
    </message>
    <message>
        <source>Saving an assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Deleting an assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Reading evidence</source>
        <translation>读取证据</translation>
    </message>
    <message>
        <source>Linking evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Unlinking evidence</source>
        <translation>取消关联证据</translation>
    </message>
    <message>
        <source>evidence link</source>
        <translation>证据关联</translation>
    </message>
    <message>
        <source>Reading regions</source>
        <translation>读取地区</translation>
    </message>
    <message>
        <source>Reading a region</source>
        <translation>读取一个地区</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>region with code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>地区 %1</translation>
    </message>
    <message>
        <source>Adding region %1</source>
        <translation>添加地区 %1</translation>
    </message>
    <message>
        <source>Saving region %1</source>
        <translation>保存地区 %1</translation>
    </message>
    <message>
        <source>A region with code %1 already exists (%2).</source>
        <translation>代码为 %1 的地区已存在（%2）。</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>已被%1使用</translation>
    </message>
    <message>
        <source>Deleting a region</source>
        <translation>删除地区</translation>
    </message>
    <message>
        <source>Reading stages</source>
        <translation>读取阶段</translation>
    </message>
    <message>
        <source>Reading a stage</source>
        <translation>读取一个阶段</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Adding stage %1</source>
        <translation>添加阶段 %1</translation>
    </message>
    <message>
        <source>Saving stage %1</source>
        <translation>保存阶段 %1</translation>
    </message>
    <message>
        <source>Deleting a stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Reading policies</source>
        <translation>读取政策</translation>
    </message>
    <message>
        <source>Reading a policy</source>
        <translation>读取一项政策</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Policy “%1”</source>
        <translation>政策“%1”</translation>
    </message>
    <message>
        <source>Adding policy “%1”</source>
        <translation>添加政策“%1”</translation>
    </message>
    <message>
        <source>Saving policy “%1”</source>
        <translation>保存政策“%1”</translation>
    </message>
    <message>
        <source>Deleting a policy</source>
        <translation>删除政策</translation>
    </message>
    <message>
        <source>Reading milestones</source>
        <translation>读取里程碑</translation>
    </message>
    <message>
        <source>Reading a milestone</source>
        <translation>读取一个里程碑</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestone “%1”</source>
        <translation>里程碑“%1”</translation>
    </message>
    <message>
        <source>Adding milestone “%1”</source>
        <translation>添加里程碑“%1”</translation>
    </message>
    <message>
        <source>Saving milestone “%1”</source>
        <translation>保存里程碑“%1”</translation>
    </message>
    <message>
        <source>Deleting a milestone</source>
        <translation>删除里程碑</translation>
    </message>
</context>
<context>
    <name>triangle::Validation</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is not a valid date between %1 and %2 (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>不是 %1 至 %2 之间的有效日期（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>must name a region</source>
        <translation>必须指定地区</translation>
    </message>
    <message>
        <source>must be six digits (GB/T 2260), e.g. 330000</source>
        <translation>必须是六位数字代码（GB/T 2260），例如 330000</translation>
    </message>
    <message>
        <source>the national level has no parent region</source>
        <translation>全国层级没有上级地区</translation>
    </message>
    <message>
        <source>must name the region this one belongs to</source>
        <translation>必须指定所属的上级地区</translation>
    </message>
    <message>
        <source>a region cannot be its own parent</source>
        <translation>地区不能以自身为上级地区</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>必须是 %1 至 %2 之间的年份</translation>
    </message>
    <message>
        <source>must be a year from the start year (%1) to %2</source>
        <translation>必须是起始年份（%1）至 %2 之间的年份</translation>
    </message>
    <message>
        <source>must name a stage</source>
        <translation>必须指定阶段</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 不是有效评分（应为 0 到 10，步长 0.1）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
</context>
<context>
    <name>triangle::cli::CheckCommand</name>
    <message>
        <source>Check a database: schema version, integrity and record counts.</source>
        <translation>检查数据库：架构版本、完整性和记录数量。</translation>
    </message>
    <message>
        <source>Opens the database given with --db (or the default database, which is created and seeded with the article&apos;s data if it does not exist yet), runs SQLite&apos;s integrity check, and prints the schema version and the number of regions, stages, assessments, policies, milestones and evidence links.
A file given with --db is opened read-only and never changed.
Exits with 0 when the database is sound, 1 otherwise.</source>
        <translation>打开 --db 指定的数据库（或默认数据库；若默认数据库尚不存在，则先创建并写入文章数据），运行 SQLite 完整性检查，并输出架构版本以及地区、阶段、评估、政策、里程碑和证据关联的数量。
通过 --db 指定的文件以只读方式打开，绝不会被修改。
数据库完好时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>triangle-studio check: %1</source>
        <translation>triangle-studio check: %1</translation>
    </message>
    <message>
        <source>Created the default database and seeded it with the article&apos;s data.</source>
        <translation>已创建默认数据库，并写入文章数据。</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>数据库：  %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>Integrity:      %1</source>
        <translation>完整性：  %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Regions:        %1</source>
        <translation>地区：    %1</translation>
    </message>
    <message>
        <source>Stages:         %1</source>
        <translation>阶段：    %1</translation>
    </message>
    <message>
        <source>Assessments:    %1</source>
        <translation>评估：    %1</translation>
    </message>
    <message>
        <source>Policies:       %1</source>
        <translation>政策：    %1</translation>
    </message>
    <message>
        <source>Milestones:     %1</source>
        <translation>里程碑：  %1</translation>
    </message>
    <message>
        <source>Evidence links: %1</source>
        <translation>证据关联：%1</translation>
    </message>
    <message>
        <source>triangle-studio check: “%1” failed the integrity check.</source>
        <translation>triangle-studio check: “%1”未通过完整性检查。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::Command</name>
    <message>
        <source>The database file to use (default: %1).</source>
        <translation>要使用的数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>triangle-studio %1: %2</source>
        <translation>triangle-studio %1: %2</translation>
    </message>
</context>
<context>
    <name>triangle::cli::CommandLine</name>
    <message>
        <source>Usage: triangle-studio [--db FILE] [FILE]
       triangle-studio COMMAND [options]

Without a command, opens the desktop application on FILE, the --db file, or your default database.

Commands:
</source>
        <translation>用法：triangle-studio [--db 文件] [文件]
      triangle-studio 命令 [选项]

不带命令时，启动桌面应用程序并打开“文件”参数所指的文件、--db 指定的文件或默认数据库。

命令：
</translation>
    </message>
    <message>
        <source>
Run “triangle-studio help COMMAND” for the options of a command.
</source>
        <translation>
运行“triangle-studio help 命令”可查看该命令的选项。
</translation>
    </message>
    <message>
        <source>triangle-studio %1: %2</source>
        <translation>triangle-studio %1: %2</translation>
    </message>
    <message>
        <source>Usage: triangle-studio %1 [options]</source>
        <translation>用法：triangle-studio %1 [选项]</translation>
    </message>
    <message>
        <source>triangle-studio %1: unexpected argument “%2”</source>
        <translation>triangle-studio %1: 意外的参数“%2”</translation>
    </message>
    <message>
        <source>triangle-studio help: unknown command “%1”</source>
        <translation>triangle-studio help: 未知命令“%1”</translation>
    </message>
    <message>
        <source>triangle-studio: unknown command “%1”</source>
        <translation>triangle-studio: 未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SummaryCommand</name>
    <message>
        <source>List each assessed region&apos;s triangles with area, balance, leading dimension and form.</source>
        <translation>列出每个已评估地区的战略三角及其面积、均衡度、优势维度和形态。</translation>
    </message>
    <message>
        <source>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle&apos;s area and balance, its leading dimension and its form. The database is opened read-only.</source>
        <translation>为 --db 指定的数据库（或默认数据库）中的每条评估输出一行：地区、阶段、三项评分（使命 / 政治 / 运作）、三角形的面积和均衡度、优势维度及形态。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>triangle-studio summary: %1</source>
        <translation>triangle-studio summary: %1</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>Region / stage: mission / political / operational; area, balance, leading dimension, form</source>
        <translation>地区 / 阶段: 使命 / 政治 / 运作; 面积，均衡度，优势维度，形态</translation>
    </message>
    <message>
        <source>area %1, balance %2, %3, %4</source>
        <translation>面积 %1，均衡度 %2，%3，%4</translation>
    </message>
</context>
</TS>
