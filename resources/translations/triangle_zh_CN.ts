<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ThresholdSensitivity</name>
    <message>
        <source>shared lead within (points)</source>
        <translation>并列领先的分差上限（分）</translation>
    </message>
    <message>
        <source>balanced from a lowest / highest of</source>
        <translation>均衡的最低分/最高分下限</translation>
    </message>
    <message>
        <source>balanced within a spread of (points)</source>
        <translation>均衡的分差上限（分）</translation>
    </message>
    <message>
        <source>“balanced high” from a mean of</source>
        <translation>“高位均衡”的均值下限</translation>
    </message>
    <message>
        <source>planned (would be %1)</source>
        <translation>规划中（按规划将为%1）</translation>
    </message>
    <message>
        <source>holds over every value tried (%1–%2)</source>
        <translation>在所试全部取值（%1–%2）下均成立</translation>
    </message>
    <message>
        <source>holds at %1 only</source>
        <translation>仅在 %1 时成立</translation>
    </message>
    <message>
        <source>holds for %1–%2</source>
        <translation>在 %1–%2 时成立</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>取 %2 时为%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</source>
        <translation>未检测到图形显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置），因此未打开窗口，改为检查数据库。运行“triangle-studio --help”可查看无需图形显示环境的命令。</translation>
    </message>
</context>
<context>
    <name>triangle::AddRegionDialog</name>
    <message>
        <source>Add Region</source>
        <translation>添加地区</translation>
    </message>
    <message>
        <source>six digits, e.g. 330100</source>
        <translation>六位数字，例如 330100</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>上级地区：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>triangle::AdministrativeLevels</name>
    <message>
        <source>The administrative levels are missing from this build.</source>
        <translation>此版本缺少行政区划层级数据。</translation>
    </message>
    <message>
        <source>The administrative levels of this build are invalid: %1</source>
        <translation>此版本的行政区划层级数据无效：%1</translation>
    </message>
    <message>
        <source>unexpected columns</source>
        <translation>列不符合预期</translation>
    </message>
    <message>
        <source>region %1 is not [code, name_zh, name_en, city|county, parent]</source>
        <translation>第 %1 个地区不是 [code, name_zh, name_en, city|county, parent]</translation>
    </message>
</context>
<context>
    <name>triangle::AgreementText</name>
    <message>
        <source>all indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Pooled over stages</source>
        <translation>跨阶段合并</translation>
    </message>
    <message>
        <source>not computable (%1)</source>
        <translation>无法计算（%1）</translation>
    </message>
    <message>
        <source>%1, %2; no interval (%3)</source>
        <translation>%1，%2；无置信区间（%3）</translation>
    </message>
    <message>
        <source>%1, 95 % interval %2, %3</source>
        <translation>%1，95% 置信区间 %2，%3</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α, interval metric; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2). Krippendorff&apos;s conventions: α ≥ %3 reliable; %4 ≤ α &lt; %3 tentative conclusions only; below %4 unreliable.</source>
        <translation>克里彭多夫 α，等距尺度；其 95% 置信区间为对已评分项目的百分位自助法（重抽样 %1 次，随机种子 %2）。克里彭多夫惯例：α ≥ %3 为可靠；%4 ≤ α &lt; %3 仅可作初步结论；低于 %4 为不可靠。</translation>
    </message>
    <message>
        <source>Pooled over stages, the differences between the stages&apos; scores count as agreement, so α can be high where every stage&apos;s is low: read the stages.</source>
        <translation>跨阶段合并时，各阶段评分之间的差异会被算作一致，因此即使每个阶段的 α 都很低，合并后的 α 也可能很高：请看各阶段的数值。</translation>
    </message>
</context>
<context>
    <name>triangle::Ahp</name>
    <message>
        <source>The comparison matrix has no items.</source>
        <translation>比较矩阵中没有任何项目。</translation>
    </message>
    <message>
        <source>The comparison matrix is not square: it needs one judgment for every pair of items.</source>
        <translation>比较矩阵不是方阵：每一对项目都需要一个判断值。</translation>
    </message>
    <message>
        <source>Every judgment must be a positive number.</source>
        <translation>每个判断值都必须是正数。</translation>
    </message>
    <message>
        <source>An item compared with itself must be 1.</source>
        <translation>项目与自身比较的值必须为 1。</translation>
    </message>
    <message>
        <source>The comparison matrix is not reciprocal: each judgment&apos;s mirror must be its reciprocal.</source>
        <translation>比较矩阵不满足互反性：每个判断值的对称位置必须是它的倒数。</translation>
    </message>
</context>
<context>
    <name>triangle::AhpMatrixEditor</name>
    <message>
        <source>&amp;Apply Suggestion</source>
        <translation>采用建议(&amp;A)</translation>
    </message>
    <message>
        <source>Pairwise Comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>The Delphi round the comparisons belong to.</source>
        <translation>这些比较所属的德尔菲轮次。</translation>
    </message>
    <message>
        <source>E&amp;xpert:</source>
        <translation>专家(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>Each cell of the upper triangle says how many times more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round. The lower triangle shows the reciprocals.</source>
        <translation>上三角的每个单元格表示行项目比列项目重要多少倍，采用 Saaty 标度：1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；1/3 … 1/9 表示反过来。下三角显示其倒数。</translation>
    </message>
    <message>
        <source>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty). λmax: the matrix&apos;s principal eigenvalue, n for perfectly consistent comparisons.</source>
        <translation>CR：比较的一致性比率，不超过 0.10 即可接受（Saaty）。λmax：矩阵的最大特征值，完全一致时等于 n。</translation>
    </message>
    <message>
        <source>Sets the comparison named above to the suggested value (one undo step).</source>
        <translation>把上面指出的比较改为建议值（一步可撤销）。</translation>
    </message>
    <message>
        <source>Each change is saved at once; Edit › Undo takes it back.</source>
        <translation>每次修改立即保存；“编辑 › 撤销”可以撤回。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: its indicators</source>
        <translation>%1：其指标</translation>
    </message>
    <message>
        <source>The three dimensions</source>
        <translation>三个维度</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>The item&apos;s weight from these comparisons (the principal eigenvector), when every pair is given.</source>
        <translation>所有两两比较都给出后，由这些比较得出的该项权重（主特征向量）。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 相对于 %2</translation>
    </message>
    <message>
        <source>How many times more important is %1 than %2?</source>
        <translation>%1 比 %2 重要多少倍？</translation>
    </message>
    <message>
        <source>%1 of the %2 comparisons are given; the weights and CR follow once every pair is.</source>
        <translation>已给出 %2 个比较中的 %1 个；全部给出后显示权重和 CR。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 (limit %4)</source>
        <translation>λmax %1 · CI %2 · CR %3（上限 %4）</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The comparison %1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5.</source>
        <translation>比较“%1 对 %2”（当前为 %3）对一致性破坏最大；改为 %4 可使 CR 降至 %5。</translation>
    </message>
</context>
<context>
    <name>triangle::AlphaBootstrap</name>
    <message>
        <source>An interval needs at least two items scored by more than one rater; resampling one item gives it back every time.</source>
        <translation>置信区间至少需要两个由多位评分者评分的项目；对单个项目重抽样，每次得到的都是它本身。</translation>
    </message>
    <message numerus="yes">
        <source>In %1 of %n resample(s) every score is the same, so the interval would be biased.</source>
        <translation>
            <numerusform>在 %n 次重抽样中有 %1 次所有评分均相同，因此置信区间会有偏差。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::AlphaConventions</name>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation>仅可作初步结论</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
</context>
<context>
    <name>triangle::AssessmentForm</name>
    <message>
        <source>&amp;Delete Assessment</source>
        <translation>删除评估(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add an Assessment for This Stage</source>
        <translation>为此阶段添加评估(&amp;A)</translation>
    </message>
    <message>
        <source>This region has no assessment at this stage.</source>
        <translation>该地区在此阶段尚无评估。</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>评分（0–10）</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>评分理由</translation>
    </message>
    <message>
        <source>S&amp;ource and confidence:</source>
        <translation>来源与可信度(&amp;O)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · leading: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 优势维度：%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>An analyst&apos;s judgement.</source>
        <translation>分析者的判断。</translation>
    </message>
    <message>
        <source>Delete the assessment at stage “%1”?</source>
        <translation>删除阶段“%1”的评估？</translation>
    </message>
    <message>
        <source>This also removes %1.</source>
        <translation>同时还将删除 %1。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>删除评估</translation>
    </message>
    <message numerus="yes">
        <source>derived from %n indicator(s)</source>
        <translation>
            <numerusform>由 %n 个指标推导</numerusform>
        </translation>
    </message>
    <message>
        <source>set by hand · the indicators give %1</source>
        <translation>手工设定 · 指标得出 %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手工设定</translation>
    </message>
    <message>
        <source>Typing a score sets it by hand; the Scorecard tab derives it from the indicators again.</source>
        <translation>输入评分即为手工设定；可在“评分卡”选项卡中重新由指标推导。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>not scored yet: score its indicators on the Scorecard tab, or type a score</source>
        <translation>尚未评分：在“评分卡”页为其指标打分，或直接输入分数</translation>
    </message>
    <message>
        <source>Not every dimension is scored yet: the triangle, its form and its findings follow once all three are.</source>
        <translation>尚有维度未评分：三个维度都评分后，才会给出三角形、其形态和检验结论。</translation>
    </message>
    <message numerus="yes">
        <source>derived from %1 of %n indicator(s)</source>
        <translation>
            <numerusform>由 %n 个指标中的 %1 个推导</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警示：%1</translation>
    </message>
    <message>
        <source>Dimensions: a policy or milestone is linked to the score below. Indicator values: one is linked to the value on the Scorecard tab. A warning names a record that indicator values of several dimensions cite: one fact counted more than once, which the values&apos; notes should justify.</source>
        <translation>维度：下方的分数关联了政策或里程碑。指标值：在“评分卡”标签页中该值关联了政策或里程碑。警示列出被多个维度的指标值同时引用的记录：同一事实计入不止一次，应在这些指标值的说明中交代理由。</translation>
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
    <name>triangle::AssessmentRepository</name>
    <message>
        <source>Reading assessments</source>
        <translation>读取评估</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>统计评估数</translation>
    </message>
    <message>
        <source>Reading an assessment</source>
        <translation>读取一条评估</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的评估。</translation>
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
        <source>Deleting an assessment</source>
        <translation>删除评估</translation>
    </message>
</context>
<context>
    <name>triangle::Backups</name>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” already exists: a backup is restored as a new file only.</source>
        <translation>“%1”已存在：备份只能恢复为新文件。</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be copied to “%2”.</source>
        <translation>无法将备份“%1”复制到“%2”。</translation>
    </message>
    <message>
        <source>The backup “%1” is open as a database: close it before restoring it.</source>
        <translation>备份“%1”正作为数据库打开：请先关闭它再恢复。</translation>
    </message>
</context>
<context>
    <name>triangle::BalanceMapRenderer</name>
    <message>
        <source>Perfect balance</source>
        <translation>完全均衡</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::BalanceMapView</name>
    <message>
        <source>Balance map</source>
        <translation>均衡图</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2% (score %3)</source>
        <translation>%1：%2%（评分 %3）</translation>
    </message>
    <message>
        <source>Click to hide “%1”.</source>
        <translation>单击以隐藏“%1”。</translation>
    </message>
    <message>
        <source>Click to show “%1”.</source>
        <translation>单击以显示“%1”。</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1。%2。</translation>
    </message>
    <message>
        <source>The arrow keys move between regions, Enter selects one and H hides or shows it.</source>
        <translation>方向键可在地区之间移动，Enter 键选中地区，H 键隐藏或显示该地区。</translation>
    </message>
</context>
<context>
    <name>triangle::CausalLinkText</name>
    <message>
        <source>after</source>
        <translation>在后</translation>
    </message>
    <message>
        <source>same time, cannot tell</source>
        <translation>同时，无法判断</translation>
    </message>
    <message>
        <source>before: the link contradicts the dates</source>
        <translation>在前：链接与日期矛盾</translation>
    </message>
    <message>
        <source>a date placed from context</source>
        <translation>日期系依语境推定</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not checked: a record is missing</source>
        <translation>未检验：缺少一条记录</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
</context>
<context>
    <name>triangle::ChartFigures</name>
    <message>
        <source>The dimensions chart needs the widgets application.</source>
        <translation>维度图需要图形界面应用程序。</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetDialog</name>
    <message>
        <source>Edit Comparison Set</source>
        <translation>编辑比较集</translation>
    </message>
    <message>
        <source>The command line and the data files name the set by its key, which a new name does not change.</source>
        <translation>命令行和数据文件以比较集的键指称它，改名不会改变键。</translation>
    </message>
    <message>
        <source>Why these regions are compared, and in this order</source>
        <translation>为何比较这些地区，为何按此顺序</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetRepository</name>
    <message>
        <source>Reading comparison sets</source>
        <translation>读取比较集</translation>
    </message>
    <message>
        <source>Reading a comparison set</source>
        <translation>读取比较集</translation>
    </message>
    <message>
        <source>There is no comparison set with id %1 in the database.</source>
        <translation>数据库中没有 id 为 %1 的比较集。</translation>
    </message>
    <message>
        <source>There is no comparison set “%1” in the database.</source>
        <translation>数据库中没有比较集“%1”。</translation>
    </message>
    <message>
        <source>A comparison set with key “%1” already exists (%2).</source>
        <translation>键为“%1”的比较集已存在（%2）。</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>已被 %1 使用</translation>
    </message>
    <message>
        <source>Saving the members of a comparison set</source>
        <translation>保存比较集的成员</translation>
    </message>
    <message>
        <source>Comparison set %1</source>
        <translation>比较集 %1</translation>
    </message>
    <message>
        <source>Adding comparison set %1</source>
        <translation>添加比较集 %1</translation>
    </message>
    <message>
        <source>Saving comparison set %1</source>
        <translation>保存比较集 %1</translation>
    </message>
    <message>
        <source>Deleting a comparison set</source>
        <translation>删除比较集</translation>
    </message>
    <message>
        <source>Adding a region to a comparison set</source>
        <translation>向比较集添加地区</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetsMenu</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Comparison Set…</source>
        <translation>将所选保存为比较集(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose two or more regions in the navigator with Ctrl+click or Shift+click first.</source>
        <translation>请先在地区导航中用 Ctrl+单击或 Shift+单击选择两个或更多地区。</translation>
    </message>
    <message>
        <source>&amp;Open Comparison Set</source>
        <translation>打开比较集(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete Comparison Set</source>
        <translation>删除比较集(&amp;D)</translation>
    </message>
    <message>
        <source>No comparison sets saved yet</source>
        <translation>尚未保存比较集</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n region(s))</source>
        <translation>
            <numerusform>%1（%n 个地区）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Save Comparison Set</source>
        <translation>保存比较集</translation>
    </message>
    <message numerus="yes">
        <source>A name for the %n region(s) chosen, in the order chosen:</source>
        <translation>
            <numerusform>为所选的 %n 个地区（按选择顺序）命名：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Comparison Set</source>
        <translation>编辑比较集(&amp;E)</translation>
    </message>
</context>
<context>
    <name>triangle::ConvergenceChart</name>
    <message>
        <source>Convergence across rounds</source>
        <translation>各轮收敛情况</translation>
    </message>
    <message>
        <source>Kendall&apos;s W per dimension (agreement of the experts&apos; rankings, 0–1) and the largest CV of any item (spread relative to the mean), round by round. The dashed grey line is the stop rule&apos;s CV limit.</source>
        <translation>逐轮显示各维度的肯德尔 W（专家排序的一致程度，0–1）和各项目中最大的 CV（相对于均值的离散程度）。灰色虚线是停止规则的 CV 上限。</translation>
    </message>
    <message>
        <source>No rounds with answers yet.</source>
        <translation>尚无已回答的轮次。</translation>
    </message>
    <message>
        <source>R%1</source>
        <translation>第%1轮</translation>
    </message>
</context>
<context>
    <name>triangle::CsvDataFolder</name>
    <message>
        <source>is not a folder of CSV files</source>
        <translation>不是包含 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>holds none of %1</source>
        <translation>不包含 %1 中的任何一个文件</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>无法写入文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a folder and cannot be replaced.</source>
        <translation>“%1”是文件夹，无法替换。</translation>
    </message>
    <message>
        <source>is an open database, not a data file to import</source>
        <translation>是一个已打开的数据库，不是可导入的数据文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
</context>
<context>
    <name>triangle::CsvTable</name>
    <message>
        <source>the file is not UTF-8 text (save it as “CSV UTF-8”)</source>
        <translation>文件不是 UTF-8 文本（请另存为“CSV UTF-8”格式）</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB</source>
        <translation>第 %1 行超过 %2 MiB</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>从第 %1 行开始的带引号字段未闭合</translation>
    </message>
    <message>
        <source>the file is empty: it needs at least a header line</source>
        <translation>文件为空：至少需要一行表头</translation>
    </message>
</context>
<context>
    <name>triangle::DataFiles</name>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is %1 MiB; files over %2 MiB are not read</source>
        <translation>大小为 %1 MiB；超过 %2 MiB 的文件不予读取</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is neither a .json file, an .xlsx workbook nor a folder of CSV files</source>
        <translation>既不是 .json 文件或 .xlsx 工作簿，也不是包含 CSV 文件的文件夹</translation>
    </message>
    <message>
        <source>“%1”: the output must end in .json (one file), .xlsx (an Excel workbook) or .csv (a folder of CSV files).</source>
        <translation>“%1”：输出路径必须以 .json（单个文件）、.xlsx（Excel 工作簿）或 .csv（CSV 文件夹）结尾。</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>is an open database, not a data file to import</source>
        <translation>是一个已打开的数据库，不是可导入的数据文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
</context>
<context>
    <name>triangle::DataFingerprint</name>
    <message>
        <source>The data could not be read to compute its fingerprint.</source>
        <translation>无法读取数据以计算其指纹。</translation>
    </message>
</context>
<context>
    <name>triangle::DataImporter</name>
    <message>
        <source>stage “%1”</source>
        <translation>阶段“%1”</translation>
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
    <message>
        <source>the parent chain of region %1 loops back on itself (through %2)</source>
        <translation>地区 %1 的上级链形成循环（经由 %2）</translation>
    </message>
    <message>
        <source>rater “%1”</source>
        <translation>评分者“%1”</translation>
    </message>
    <message>
        <source>indicator “%1”</source>
        <translation>指标“%1”</translation>
    </message>
    <message>
        <source>indicator “%1” is neither in the file nor in the database</source>
        <translation>指标“%1”既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>rater “%1” is neither in the file nor in the database</source>
        <translation>评分者“%1”既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>value of indicator “%1” by “%2” for %3 at stage “%4”</source>
        <translation>“%2”对地区 %3 在阶段“%4”给出的指标“%1”的值</translation>
    </message>
    <message>
        <source>region group “%1”</source>
        <translation>地区组“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>The input could not be read again while importing it; nothing was imported.</source>
        <translation>导入时无法再次读取输入；未导入任何内容。</translation>
    </message>
    <message>
        <source>comparison set “%1”</source>
        <translation>比较集“%1”</translation>
    </message>
    <message>
        <source>“%1” and “%2” are records of different regions; a link joins two records of one region</source>
        <translation>“%1”与“%2”属于不同地区；链接只能连接同一地区的两条记录</translation>
    </message>
    <message>
        <source>the link %1 → %2</source>
        <translation>链接 %1 → %2</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>评分包 %1</translation>
    </message>
    <message>
        <source>the answer of “%1” in round %2 for indicator “%3” of %4 at stage “%5”</source>
        <translation>“%1”第 %2 轮对 %4 在阶段“%5”的指标“%3”的回答</translation>
    </message>
    <message>
        <source>“%1” and “%2” are indicators of two dimensions; a comparison is of two indicators of one dimension, or of two dimensions</source>
        <translation>“%1”与“%2”是两个维度的指标；两两比较须在同一维度的两个指标之间，或在两个维度之间</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not indicators of the dimension “%3”</source>
        <translation>“%1”与“%2”不是维度“%3”的指标</translation>
    </message>
    <message>
        <source>the comparison of “%1” with “%2” by “%3” in round %4</source>
        <translation>“%3”第 %4 轮对“%1”与“%2”的两两比较</translation>
    </message>
    <message>
        <source>packet “%1” is neither in the file nor in the database</source>
        <translation>评分包“%1”既不在文件中，也不在数据库中</translation>
    </message>
    <message>
        <source>weight set “%1”</source>
        <translation>权重集“%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” is marked active in the file but was stored inactive, and the indicators keep their weights: %2</source>
        <translation>权重集“%1”在文件中标为生效，但已按未生效存储，各指标保留原有权重：%2</translation>
    </message>
</context>
<context>
    <name>triangle::DataReader</name>
    <message>
        <source>unknown field (accepted: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
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
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>未知维度“%1”（可用值：%2）</translation>
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
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
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
        <source>a unit needs a quantity</source>
        <translation>填写单位时须同时填写数量</translation>
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
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a list of dimensions</source>
        <translation>必须是维度列表</translation>
    </message>
    <message>
        <source>must be an object keyed by dimension</source>
        <translation>必须是以维度为键的对象</translation>
    </message>
    <message>
        <source>duplicate stage key “%1” (first used at %2)</source>
        <translation>阶段键“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>duplicate region code “%1” (first used at %2)</source>
        <translation>地区代码“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>duplicate policy uid “%1” (first used at %2)</source>
        <translation>政策 uid“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>duplicate milestone uid “%1” (first used at %2)</source>
        <translation>里程碑 uid“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>a second assessment of the same region and stage “%1” (first at %2)</source>
        <translation>同一地区和阶段“%1”出现第二条评估（第一条位于 %2）</translation>
    </message>
    <message>
        <source>duplicate rater key “%1” (first used at %2)</source>
        <translation>评分者键“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>duplicate indicator key “%1” (first used at %2)</source>
        <translation>指标键“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>a second value for the same region, stage, indicator and rater “%1” (first at %2)</source>
        <translation>同一地区、阶段、指标和评分者“%1”出现第二个值（第一个位于 %2）</translation>
    </message>
    <message>
        <source>duplicate group key “%1” (first used at %2)</source>
        <translation>重复的地区组键“%1”（首次出现于 %2）</translation>
    </message>
    <message>
        <source>must be a list of region codes</source>
        <translation>必须是地区代码的列表</translation>
    </message>
    <message>
        <source>“%1” is not a region code (six digits, GB/T 2260)</source>
        <translation>“%1”不是地区代码（六位数字，GB/T 2260）</translation>
    </message>
    <message>
        <source>region %1 is named twice</source>
        <translation>地区 %1 被列出两次</translation>
    </message>
    <message>
        <source>“%1” may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</source>
        <translation>“%1”只能包含字母 a–z、数字、“_”、“.”和“-”，例如 yrd</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>duplicate comparison set key “%1” (first used at %2)</source>
        <translation>比较集键“%1”重复（首次出现在 %2）</translation>
    </message>
    <message>
        <source>“%1” is not one of: hand, derived, unscored</source>
        <translation>“%1”不是以下之一：hand、derived、unscored</translation>
    </message>
    <message>
        <source>is %1, but its origin is “unscored”: an unscored dimension&apos;s score is 0</source>
        <translation>为 %1，但其来源是“unscored”：未评分维度的分数应为 0</translation>
    </message>
    <message>
        <source>“%1” is not one of: observed, planned</source>
        <translation>“%1”不是以下之一：observed、planned</translation>
    </message>
    <message>
        <source>“%1” is not one of the record&apos;s dimensions</source>
        <translation>“%1”不是该记录涉及的维度之一</translation>
    </message>
    <message>
        <source>“%1” is not one of: given, imputed</source>
        <translation>“%1”不是以下之一：given、imputed</translation>
    </message>
    <message>
        <source>the link %1 is given twice (first at %2)</source>
        <translation>链接 %1 重复出现（首次见于 %2）</translation>
    </message>
    <message>
        <source>a record cannot drive itself (“%1”)</source>
        <translation>记录不能推动其自身（“%1”）</translation>
    </message>
    <message>
        <source>%1 is not a round from 1 to 20</source>
        <translation>%1 不是 1 到 20 之间的轮次</translation>
    </message>
    <message>
        <source>must be a number on Saaty&apos;s scale (1/9 … 9), e.g. 3 or 1/3</source>
        <translation>须为 Saaty 标度上的数（1/9 … 9），例如 3 或 1/3</translation>
    </message>
    <message>
        <source>%1 is not on Saaty&apos;s scale (1/9 … 9)</source>
        <translation>%1 不在 Saaty 标度上（1/9 … 9）</translation>
    </message>
    <message>
        <source>“%1” is not a packet&apos;s uuid (32 hexadecimal digits)</source>
        <translation>“%1”不是评分包的 uuid（32 位十六进制数字）</translation>
    </message>
    <message>
        <source>%1 is not a coefficient of variation above 0 and at most 5</source>
        <translation>%1 不是大于 0 且不超过 5 的变异系数</translation>
    </message>
    <message>
        <source>%1 is not a significance level between 0 and 1</source>
        <translation>%1 不是介于 0 与 1 之间的显著性水平</translation>
    </message>
    <message>
        <source>%1 is not a consistency ratio between 0 and 1</source>
        <translation>%1 不是介于 0 与 1 之间的一致性比率</translation>
    </message>
    <message>
        <source>%1 is not a value of W from 0 to 1</source>
        <translation>%1 不是 0 到 1 之间的 W 值</translation>
    </message>
    <message>
        <source>“%1” is not one of: aij, aip</source>
        <translation>“%1”不是以下之一：aij、aip</translation>
    </message>
    <message>
        <source>duplicate packet uuid “%1” (first used at %2)</source>
        <translation>评分包 uuid“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>name at least one region</source>
        <translation>须至少指定一个地区</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>a second answer of the same expert, round, stage, region and indicator “%1” (first at %2)</source>
        <translation>同一专家、轮次、阶段、地区和指标“%1”的第二个回答（第一个在 %2）</translation>
    </message>
    <message>
        <source>a second comparison of the same expert, round and pair “%1” (first at %2)</source>
        <translation>同一专家、轮次和比较对“%1”的第二个两两比较（第一个在 %2）</translation>
    </message>
    <message>
        <source>“%1” is neither a dimension (%2) nor “dimensions”</source>
        <translation>“%1”既不是维度（%2）也不是“dimensions”</translation>
    </message>
    <message>
        <source>“%1” is not a dimension (accepted: %2)</source>
        <translation>“%1”不是维度（可用：%2）</translation>
    </message>
    <message>
        <source>an item cannot be compared with itself (“%1”)</source>
        <translation>一项不能与自身比较（“%1”）</translation>
    </message>
    <message>
        <source>%1 is not a number of years from 0 to 80</source>
        <translation>%1 不是 0 到 80 之间的年数</translation>
    </message>
    <message>
        <source>“%1” is not one of: zh_CN, en</source>
        <translation>“%1”不是以下之一：zh_CN、en</translation>
    </message>
    <message>
        <source>duplicate weight set name “%1” (first used at %2)</source>
        <translation>重复的权重集名称“%1”（首次使用于 %2）</translation>
    </message>
    <message>
        <source>a second weight set marked active (the first is at %1); at most one set is in force</source>
        <translation>又一个标为生效的权重集（第一个位于 %1）；同一时间至多一个权重集生效</translation>
    </message>
    <message>
        <source>%1 is not a weight from 0 to 100</source>
        <translation>%1 不是 0 到 100 之间的权重</translation>
    </message>
    <message>
        <source>the indicator “%1” is weighed twice in this set (first at %2)</source>
        <translation>指标“%1”在此权重集中被赋了两次权重（首次位于 %2）</translation>
    </message>
</context>
<context>
    <name>triangle::DataSet</name>
    <message>
        <source>, column %1</source>
        <translation>，%1 列</translation>
    </message>
    <message>
        <source>, column “%1” (%2)</source>
        <translation>，“%1”列（%2）</translation>
    </message>
</context>
<context>
    <name>triangle::DataTables</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>unknown column “%1” (accepted: %2)</source>
        <translation>未知列“%1”（可用列：%2）</translation>
    </message>
    <message>
        <source>the required column “%1” is missing</source>
        <translation>缺少必需的列“%1”</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个字段</translation>
    </message>
    <message>
        <source>“%1” is not one of: policy, milestone</source>
        <translation>“%1”不是以下值之一：policy、milestone</translation>
    </message>
    <message>
        <source>“%1” is already set at %2</source>
        <translation>“%1”已在 %2 设置过</translation>
    </message>
    <message>
        <source>there is no indicator “%1” in %2</source>
        <translation>%2 中没有指标“%1”</translation>
    </message>
    <message>
        <source>there is no value of indicator “%1” by rater “%2” for region %3 at stage “%4” in %5</source>
        <translation>%5 中没有评分者“%2”对地区 %3 在阶段“%4”给出的指标“%1”的值</translation>
    </message>
    <message>
        <source>there is no assessment of region %1 at stage “%2” in %3</source>
        <translation>%3 中没有地区 %1 在阶段“%2”的评估</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>未知维度“%1”（可用值：%2）</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1得分</translation>
    </message>
    <message>
        <source>%1 origin</source>
        <translation>%1得分来源</translation>
    </message>
    <message>
        <source>%1 rationale</source>
        <translation>%1评分理由</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>阶段键</translation>
    </message>
    <message>
        <source>Rater key</source>
        <translation>评分者键</translation>
    </message>
    <message>
        <source>Indicator key</source>
        <translation>指标键</translation>
    </message>
    <message>
        <source>Order within dimension</source>
        <translation>维度内顺序</translation>
    </message>
    <message>
        <source>Anchor score</source>
        <translation>锚点分值</translation>
    </message>
    <message>
        <source>Policy kind</source>
        <translation>政策类型</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>Evidence uid</source>
        <translation>证据 uid</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Parent region code</source>
        <translation>上级地区代码</translation>
    </message>
    <message>
        <source>Offices affairs agency</source>
        <translation>机关事务管理机构</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>uid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>How it is observed</source>
        <translation>观测方式</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown setting “%1” (accepted: %2)</source>
        <translation>未知设置“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>地区组键</translation>
    </message>
    <message>
        <source>Member region codes</source>
        <translation>成员地区代码</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>比较集键</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>比较集名称</translation>
    </message>
    <message>
        <source>Member region codes, in order</source>
        <translation>成员地区代码（按顺序）</translation>
    </message>
    <message>
        <source>Status (observed or planned)</source>
        <translation>状态（observed 实测或 planned 规划）</translation>
    </message>
    <message>
        <source>Data basis (observed or illustrative)</source>
        <translation>数据依据（observed 实测或 illustrative 示例）</translation>
    </message>
    <message>
        <source>Counts for dimension</source>
        <translation>计入维度</translation>
    </message>
    <message>
        <source>Date (given or imputed)</source>
        <translation>日期（given 原有或 imputed 推定）</translation>
    </message>
    <message>
        <source>Driving record (kind:uid)</source>
        <translation>推动方记录（类型:uid）</translation>
    </message>
    <message>
        <source>Driven record (kind:uid)</source>
        <translation>被推动记录（类型:uid）</translation>
    </message>
    <message>
        <source>Quoted sentence</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Location in the source</source>
        <translation>原文位置</translation>
    </message>
    <message>
        <source>%1 holds one row; this is another (the first is at %2)</source>
        <translation>%1 只能有一行；这是另一行（第一行在 %2）</translation>
    </message>
    <message>
        <source>Field of expertise</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>从业年限</translation>
    </message>
    <message>
        <source>Packet language (zh_CN or en)</source>
        <translation>评分包语言（zh_CN 或 en）</translation>
    </message>
    <message>
        <source>Largest coefficient of variation</source>
        <translation>变异系数上限</translation>
    </message>
    <message>
        <source>Significance level of W</source>
        <translation>W 的显著性水平</translation>
    </message>
    <message>
        <source>Smallest W</source>
        <translation>W 下限</translation>
    </message>
    <message>
        <source>AHP aggregation (aij or aip)</source>
        <translation>AHP 集结方式（aij 或 aip）</translation>
    </message>
    <message>
        <source>Largest consistency ratio</source>
        <translation>一致性比率上限</translation>
    </message>
    <message>
        <source>Packet uuid</source>
        <translation>评分包 uuid</translation>
    </message>
    <message>
        <source>Region codes</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>With comparisons (yes or no)</source>
        <translation>含两两比较（yes 或 no）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Made at (UTC)</source>
        <translation>生成时间（UTC）</translation>
    </message>
    <message>
        <source>Returned at (UTC)</source>
        <translation>收回时间（UTC）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Scope (dimension key or dimensions)</source>
        <translation>范围（维度键或 dimensions）</translation>
    </message>
    <message>
        <source>First item key</source>
        <translation>前一项的键</translation>
    </message>
    <message>
        <source>Second item key</source>
        <translation>后一项的键</translation>
    </message>
    <message>
        <source>First over second (1/9 … 9)</source>
        <translation>前一项相对于后一项（1/9 … 9）</translation>
    </message>
    <message>
        <source>there is no weight set “%1” in %2</source>
        <translation>%2 中没有权重集“%1”</translation>
    </message>
    <message>
        <source>Weight set name</source>
        <translation>权重集名称</translation>
    </message>
    <message>
        <source>Method (analyst, ahp, entropy, critic or combined)</source>
        <translation>方法（analyst、ahp、entropy、critic 或 combined）</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>生成方式</translation>
    </message>
    <message>
        <source>In force (yes or no)</source>
        <translation>是否生效（yes 或 no）</translation>
    </message>
    <message>
        <source>Weight (0 to 100)</source>
        <translation>权重（0 到 100）</translation>
    </message>
</context>
<context>
    <name>triangle::DataWeights</name>
    <message>
        <source>There are no indicators to weight.</source>
        <translation>没有可赋权的指标。</translation>
    </message>
    <message>
        <source>Every region needs one score per indicator.</source>
        <translation>每个地区的每项指标都需要一个得分。</translation>
    </message>
    <message>
        <source>Weights from the data need at least two regions with a score for every indicator.</source>
        <translation>由数据计算权重，至少需要两个各项指标均有得分的地区。</translation>
    </message>
    <message>
        <source>Every region scores the same on every indicator: the data give no indicator more weight than another.</source>
        <translation>所有地区在每项指标上的得分都相同：数据无法使任何指标的权重高于其他指标。</translation>
    </message>
    <message>
        <source>Shares of the column total need scores of 0 or more.</source>
        <translation>按列总和计算占比时，得分必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The scores are spread evenly on every indicator: entropy gives no indicator more weight than another.</source>
        <translation>各项指标上的得分分布都完全均匀：熵权法无法使任何指标的权重高于其他指标。</translation>
    </message>
    <message>
        <source>Every indicator moves exactly with the others: CRITIC finds no conflict to weight them by.</source>
        <translation>各项指标彼此完全同步变化：CRITIC 法找不到可据以赋权的冲突性。</translation>
    </message>
    <message>
        <source>Multiplicative: expert weight × data weight, rescaled to sum 1</source>
        <translation>乘法合成：专家权重 × 数据权重，再归一化使总和为 1</translation>
    </message>
    <message>
        <source>Linear: α × expert weight + (1 − α) × data weight</source>
        <translation>线性加权：α × 专家权重 + (1 − α) × 数据权重</translation>
    </message>
</context>
<context>
    <name>triangle::DataWorkbook</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>工作表 %1，第 %2 行，%3 列</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>Triangles</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
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
        <source>Area ratio</source>
        <translation>面积比</translation>
    </message>
    <message>
        <source>Leading dimension</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Triangles of %1</source>
        <translation>%1的战略三角</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>has no field keys in row %1 (the second row holds them, under the headers)</source>
        <translation>第 %1 行没有字段键（字段键位于第二行，表头之下）</translation>
    </message>
    <message>
        <source>column %1 has a value in row %2 but no field key in row %3</source>
        <translation>%1 列在第 %2 行有值，但第 %3 行没有该列的字段键</translation>
    </message>
    <message>
        <source>has two sheets named %1</source>
        <translation>有两个名为 %1 的工作表</translation>
    </message>
    <message>
        <source>has none of the sheets %1</source>
        <translation>不含以下任何工作表：%1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: no temporary folder (%2)</source>
        <translation>无法写入“%1”：没有可用的临时文件夹（%2）</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个问题未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: no temporary folder to unpack it into (%1)</source>
        <translation>无法读取：没有可用于解包的临时文件夹（%1）</translation>
    </message>
    <message>
        <source>row %1 holds more than %2 KiB of text</source>
        <translation>第 %1 行包含超过 %2 KiB 的文本</translation>
    </message>
    <message>
        <source>holds more than %1 MiB of text</source>
        <translation>包含超过 %1 MiB 的文本</translation>
    </message>
    <message>
        <source>cannot be read: its rows cannot be unpacked into a temporary file (%1)</source>
        <translation>无法读取：其各行无法解包到临时文件（%1）</translation>
    </message>
    <message>
        <source>holds the error %1 (a formula that failed), not a value</source>
        <translation>含有错误值 %1（公式计算失败），而不是数值</translation>
    </message>
    <message>
        <source>holds the number %1 where a key belongs; type the key as text</source>
        <translation>在应为键的位置含有数字 %1；请以文本形式输入该键</translation>
    </message>
    <message>
        <source>holds more than %1 rows or %2 million characters, with the sheets read before it; only the policies and milestones sheets may be larger</source>
        <translation>连同此前读取的工作表共超过 %1 行或 %2 百万个字符；只有 policies 和 milestones 工作表可以更大</translation>
    </message>
    <message>
        <source>has a sheet named “%1”, which is not read: only a sheet named %2 is</source>
        <translation>含有名为“%1”的工作表，该表不予读取：只读取名为 %2 的工作表</translation>
    </message>
    <message>
        <source>sheets %1 and %2 are the same part %3</source>
        <translation>工作表 %1 和 %2 是同一个部件 %3</translation>
    </message>
    <message>
        <source>The charts read these copies of the scores: in this order a radar chart, which runs clockwise from the top, draws the triangle as the app does (mission at the top, political lower left, operational lower right).</source>
        <translation>图表读取这几列分数的副本：雷达图从顶端起顺时针排列，按此顺序画出的三角形与本程序一致（使命在上，政治在左下，运作在右下）。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>95 % interval, low</source>
        <translation>95% 置信区间下限</translation>
    </message>
    <message>
        <source>95 % interval, high</source>
        <translation>95% 置信区间上限</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Why not computed</source>
        <translation>无法计算的原因</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Triangle Studio version</source>
        <translation>Triangle Studio 版本</translation>
    </message>
    <message>
        <source>Findings rules version</source>
        <translation>论断规则版本</translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation>数据指纹（SHA-256）</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of this data exported as JSON (triangle-studio export -o data.json); the Triangles and Agreement sheets were computed from it.</source>
        <translation>指纹是将这些数据导出为 JSON（triangle-studio export -o data.json）后的 SHA-256；“三角形”与“一致性”工作表即由这些数据计算得出。</translation>
    </message>
    <message>
        <source>the workbook cannot be started</source>
        <translation>无法创建工作簿</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseFileFilter</name>
    <message>
        <source>Triangle Studio databases (*.%1);;All files (*)</source>
        <translation>Triangle Studio 数据库 (*.%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseFiles</name>
    <message>
        <source>“%1” is the open database “%2” (or its -wal or -shm file) and is not written over; choose another output file.</source>
        <translation>“%1”是打开的数据库“%2”（或其 -wal、-shm 文件），不会被覆盖；请另选输出文件。</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseOverview</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n region(s), %1 of them assessed; %2 stages; %3 assessments; %4 policies and %5 milestones; %6 indicators scored by %7 rater(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;共 %n 个地区，其中 %1 个已评估；%2 个阶段；%3 项评估；%4 项政策和 %5 个里程碑；%6 个指标，由 %7 位评分者评分。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where to start:&lt;/b&gt; choose an assessed region below or in the navigator, where assessed regions are in bold (tick “Assessed only” to list just them). &lt;i&gt;Scorecard&lt;/i&gt; shows how each score comes from its indicators, &lt;i&gt;Findings&lt;/i&gt; tests the article&apos;s claims on the data, and &lt;i&gt;Diagrams&lt;/i&gt; compares the regions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;从何入手：&lt;/b&gt;在下方或导航栏中选择一个已评估的地区；导航栏中已评估的地区以粗体显示（勾选“仅显示已评估地区”可只列出这些地区）。&lt;i&gt;评分卡&lt;/i&gt;展示每项评分如何由其指标得出，&lt;i&gt;论断检验&lt;/i&gt;用数据检验文章的论断，&lt;i&gt;图示&lt;/i&gt;用于比较各地区。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No region is assessed yet: select a region and add an assessment on the Assessments tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚无已评估的地区：请选择一个地区，并在“评估”选项卡中添加评估。&lt;/p&gt;</translation>
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
        <source>Filling “%1” with the default data failed:
%2</source>
        <translation>向“%1”写入默认数据失败：
%2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>“%1”已存在，请选择新的文件名。</translation>
    </message>
</context>
<context>
    <name>triangle::DiagramsPanel</name>
    <message>
        <source>Evolution</source>
        <translation>演进</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>小多图</translation>
    </message>
    <message>
        <source>Balance map</source>
        <translation>均衡图</translation>
    </message>
    <message>
        <source>Sort by code</source>
        <translation>按代码排序</translation>
    </message>
    <message>
        <source>Sort by area</source>
        <translation>按面积排序</translation>
    </message>
    <message>
        <source>Sort by balance</source>
        <translation>按均衡度排序</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Select a region</source>
        <translation>请选择一个地区</translation>
    </message>
    <message>
        <source>No assessments yet: add one on the Assessments tab</source>
        <translation>尚无评估：请在“评估”选项卡中添加</translation>
    </message>
    <message>
        <source>Dimension chart</source>
        <translation>维度图</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状</translation>
    </message>
    <message>
        <source>Traction</source>
        <translation>优势牵引</translation>
    </message>
    <message>
        <source>The selected region&apos;s dated evidence per dimension, counted year by year</source>
        <translation>所选地区各维度有日期证据的逐年累计</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>复制为表格(&amp;T)</translation>
    </message>
    <message>
        <source>All assessed</source>
        <translation>全部已评估</translation>
    </message>
    <message>
        <source>How many of the assessed regions to overlay, in the order they were added; “All assessed” overlays every one</source>
        <translation>叠加显示多少个已评估地区（按添加顺序）；“全部已评估”显示所有地区</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>Compare the regions of a saved comparison set, in its order</source>
        <translation>比较已保存的比较集中的地区，按其顺序</translation>
    </message>
    <message>
        <source>No comparison set</source>
        <translation>无比较集</translation>
    </message>
</context>
<context>
    <name>triangle::DimensionChart</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>得分（0–10）</translation>
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
    <message>
        <source>Law or local regulation</source>
        <translation>法律/地方性法规</translation>
    </message>
    <message>
        <source>Administrative or Party regulation</source>
        <translation>行政法规/党内法规</translation>
    </message>
    <message>
        <source>Government rule (local or departmental)</source>
        <translation>规章（地方政府规章或部门规章）</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>observed: the scores and records were gathered from documents and measurement</source>
        <translation>实测：分数与记录来自文件和测量</translation>
    </message>
    <message>
        <source>illustrative: built from a narrative (the article&apos;s), not measured; a verdict shows what that reading gives, not an observation</source>
        <translation>示例：依据叙述（文章）构建，并非实测；结论只表明这种解读会得出什么，而非观察所得</translation>
    </message>
</context>
<context>
    <name>triangle::EditMerge</name>
    <message>
        <source>%1 reasons</source>
        <translation>%1的理由</translation>
    </message>
    <message>
        <source>how %1 is set</source>
        <translation>%1的设定方式</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>the Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>the level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>the parent region</source>
        <translation>上级地区</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>管理机构</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>the Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>the English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>the dimensions</source>
        <translation>涉及维度</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>the dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>how it is observed</source>
        <translation>观测方式</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>the weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>the rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>the members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>the data basis</source>
        <translation>数据依据</translation>
    </message>
    <message>
        <source>the dimension it counts for</source>
        <translation>计入的维度</translation>
    </message>
    <message>
        <source>whether its date is imputed</source>
        <translation>日期是否为推定</translation>
    </message>
    <message>
        <source>the start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>the end year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>whether its scores are planned</source>
        <translation>其分数是否为规划值</translation>
    </message>
    <message>
        <source>the record it drove</source>
        <translation>其推动的记录</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>triangle::Editor</name>
    <message>
        <source>Edit region %1</source>
        <translation>编辑地区 %1</translation>
    </message>
    <message>
        <source>Add region %1</source>
        <translation>添加地区 %1</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <translation>删除地区 %1</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1设为 %2</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>添加评估</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation>编辑政策 %1</translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>添加政策 %1</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>删除政策 %1</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>编辑里程碑 %1</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>添加里程碑 %1</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>删除里程碑 %1</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>取消关联证据</translation>
    </message>
    <message>
        <source>Derive %1 from its indicators</source>
        <translation>由指标推导%1</translation>
    </message>
    <message>
        <source>Set %1 by hand</source>
        <translation>手工设定%1</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>Move indicator %1</source>
        <translation>移动指标 %1</translation>
    </message>
    <message>
        <source>Add rater %1</source>
        <translation>添加评分者 %1</translation>
    </message>
    <message>
        <source>Edit rater %1</source>
        <translation>编辑评分者 %1</translation>
    </message>
    <message>
        <source>Delete rater %1</source>
        <translation>删除评分者 %1</translation>
    </message>
    <message>
        <source>Combine raters by their median</source>
        <translation>按中位数合并评分者的评分</translation>
    </message>
    <message>
        <source>Combine raters by their mean</source>
        <translation>按均值合并评分者的评分</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>为 %1 评分：%2</translation>
    </message>
    <message>
        <source>Clear an indicator score</source>
        <translation>清除指标评分</translation>
    </message>
    <message>
        <source>Link evidence to an indicator</source>
        <translation>为指标关联证据</translation>
    </message>
    <message>
        <source>Unlink evidence from an indicator</source>
        <translation>取消指标的证据关联</translation>
    </message>
    <message>
        <source>The undo history was cleared, as it no longer matches the file.</source>
        <translation>撤销历史已清除，因为它与文件不再一致。</translation>
    </message>
    <message>
        <source>Add region group %1</source>
        <translation>添加地区组 %1</translation>
    </message>
    <message>
        <source>Edit region group %1</source>
        <translation>编辑地区组 %1</translation>
    </message>
    <message>
        <source>Delete region group %1</source>
        <translation>删除地区组 %1</translation>
    </message>
    <message>
        <source>Aggregate groups by their median</source>
        <translation>地区组按中位数汇总</translation>
    </message>
    <message>
        <source>Aggregate groups by their mean</source>
        <translation>地区组按平均数汇总</translation>
    </message>
    <message>
        <source>Another program changed %1 of %2 since you began editing it. Keep your values, or keep the ones it wrote?</source>
        <translation>自您开始编辑以来，另一个程序更改了%2的%1。保留您的值，还是保留它写入的值？</translation>
    </message>
    <message>
        <source>Your edit was not saved: another program changed %1 of %2 meanwhile. What it wrote is shown now.</source>
        <translation>您的编辑未保存：在此期间另一个程序更改了%2的%1。现在显示的是它写入的内容。</translation>
    </message>
    <message>
        <source>this region</source>
        <translation>此地区</translation>
    </message>
    <message>
        <source>this assessment</source>
        <translation>此评估</translation>
    </message>
    <message>
        <source>this policy</source>
        <translation>此政策</translation>
    </message>
    <message>
        <source>this milestone</source>
        <translation>此里程碑</translation>
    </message>
    <message>
        <source>this indicator</source>
        <translation>此指标</translation>
    </message>
    <message>
        <source>this rater</source>
        <translation>此评分者</translation>
    </message>
    <message>
        <source>this group</source>
        <translation>此地区组</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>未撤销任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was redone: %1</source>
        <translation>未重做任何内容：%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Save comparison set %1</source>
        <translation>保存比较集 %1</translation>
    </message>
    <message>
        <source>Edit comparison set %1</source>
        <translation>编辑比较集 %1</translation>
    </message>
    <message>
        <source>Rename comparison set %1 to %2</source>
        <translation>将比较集 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete comparison set %1</source>
        <translation>删除比较集 %1</translation>
    </message>
    <message>
        <source>this stage</source>
        <translation>此阶段</translation>
    </message>
    <message>
        <source>The key “%1” cannot be changed: the findings read the %1 stage by it.</source>
        <translation>键“%1”不能更改：论断检验按此键读取 %1 阶段。</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>编辑阶段 %1</translation>
    </message>
    <message>
        <source>Add a causal link</source>
        <translation>添加因果链接</translation>
    </message>
    <message>
        <source>this link</source>
        <translation>此链接</translation>
    </message>
    <message>
        <source>Edit a causal link</source>
        <translation>编辑因果链接</translation>
    </message>
    <message>
        <source>Remove a causal link</source>
        <translation>删除因果链接</translation>
    </message>
    <message>
        <source>Change the panel&apos;s stop rule and AHP settings</source>
        <translation>修改专家组的停止规则和 AHP 设置</translation>
    </message>
    <message>
        <source>Set a comparison</source>
        <translation>设置一项两两比较</translation>
    </message>
    <message>
        <source>Clear a comparison</source>
        <translation>清除一项两两比较</translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n dimension(s)</source>
        <translation>
            <numerusform>%n 个维度中 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator value(s)</source>
        <translation>
            <numerusform>%n 个指标值中 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1, %2</source>
        <translation>证据：%1，%2</translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceDoubleCount</name>
    <message>
        <source>mission</source>
        <comment>within a sentence</comment>
        <translation>使命</translation>
    </message>
    <message>
        <source>political</source>
        <comment>within a sentence</comment>
        <translation>政治</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>within a sentence</comment>
        <translation>运作</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a dimension, then the indicators citing the record</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1、%2和%3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1, %2: “%3” is counted in %4</source>
        <translation>%1，%2：“%3”同时计入%4</translation>
    </message>
</context>
<context>
    <name>triangle::EvidencePanel</name>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>关联证据(&amp;L)…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>取消关联(&amp;N)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Supports the score for:</source>
        <translation>支撑以下维度的评分：</translation>
    </message>
    <message numerus="yes">
        <source>Link %n piece(s) of evidence</source>
        <translation>
            <numerusform>关联 %n 条证据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceRepository</name>
    <message>
        <source>Reading evidence</source>
        <translation>读取证据</translation>
    </message>
    <message>
        <source>There is no evidence link with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的证据关联。</translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation>统计证据</translation>
    </message>
    <message>
        <source>Linking evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Unlinking evidence</source>
        <translation>取消关联证据</translation>
    </message>
</context>
<context>
    <name>triangle::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 mm; a PNG is %3 × %4 pixels</source>
        <translation>%1 × %2 毫米；PNG 图像为 %3 × %4 像素</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Report figure, 160 × 120 mm</source>
        <translation>报告插图，160 × 120 毫米</translation>
    </message>
    <message>
        <source>A4 portrait, 210 × 297 mm</source>
        <translation>A4 纵向，210 × 297 毫米</translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation>A4 横向，297 × 210 毫米</translation>
    </message>
    <message>
        <source>A5 landscape, 210 × 148 mm</source>
        <translation>A5 横向，210 × 148 毫米</translation>
    </message>
    <message>
        <source>US Letter landscape, 11 × 8.5 in</source>
        <translation>美国信纸横向，11 × 8.5 英寸</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 px</source>
        <translation>幻灯片，1920 × 1080 像素</translation>
    </message>
    <message>
        <source>Web, 1200 × 900 px</source>
        <translation>网页，1200 × 900 像素</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Web page (*.html);;ECharts option (*.echarts.json)</source>
        <translation>网页 (*.html);;ECharts 配置项 (*.echarts.json)</translation>
    </message>
    <message>
        <source>Only the evolution and comparison diagrams can be saved as a web page: choose .png, .svg or .pdf for this one.</source>
        <translation>只有演变图和比较图可以保存为网页：此图请选择 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>%1 × %2 mm, drawn as vectors: sharp at any size</source>
        <translation>%1 × %2 毫米，矢量绘制：任意缩放均清晰</translation>
    </message>
</context>
<context>
    <name>triangle::FigureBuilder</name>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>None of the chosen regions has a dated policy or milestone to place on the timeline.</source>
        <translation>所选地区均没有可放在时间线上的带日期的政策或里程碑。</translation>
    </message>
    <message>
        <source>Policies and milestones over time</source>
        <translation>政策与里程碑时间线</translation>
    </message>
    <message>
        <source>Markers are coloured by the dimensions a record bears on; a split marker bears on several.</source>
        <translation>标记颜色表示记录涉及的维度；分色标记涉及多个维度。</translation>
    </message>
    <message>
        <source>The three dimensions across stages</source>
        <translation>三个维度在各阶段的得分</translation>
    </message>
    <message>
        <source>None of the chosen regions is assessed at the chosen stages.</source>
        <translation>所选地区在所选阶段均无评估。</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>无评估：%1</translation>
    </message>
    <message>
        <source>Scores: analysts&apos; judgements on a 0–10 scale.</source>
        <translation>评分：分析者的判断，采用 0–10 分制。</translation>
    </message>
    <message>
        <source>Triangle Studio, %1.</source>
        <translation>Triangle Studio，%1。</translation>
    </message>
    <message>
        <source>%1: the strategic triangle across stages</source>
        <translation>%1：各阶段的战略三角</translation>
    </message>
    <message>
        <source>%1 has no assessment at the chosen stages.</source>
        <translation>%1在所选阶段没有评估。</translation>
    </message>
    <message>
        <source>There is no stage with id %1.</source>
        <translation>不存在 ID 为 %1 的阶段。</translation>
    </message>
    <message>
        <source>%1: regions compared</source>
        <translation>%1：地区比较</translation>
    </message>
    <message>
        <source>None of the chosen regions is assessed at stage “%1”.</source>
        <translation>所选地区在阶段“%1”均没有评估。</translation>
    </message>
    <message>
        <source>Not assessed at this stage: %1</source>
        <translation>本阶段未评估：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Balance map: each dimension&apos;s share of the total score</source>
        <translation>均衡图：各维度评分占三项总分的比例</translation>
    </message>
    <message>
        <source>None of the chosen regions has an assessment to place on the balance map.</source>
        <translation>所选地区均没有可在均衡图上显示的评估。</translation>
    </message>
    <message>
        <source>%1 has no dated policy or milestone to count.</source>
        <translation>%1没有可供计数的带日期的政策或里程碑。</translation>
    </message>
    <message>
        <source>%1: cumulative evidence by dimension</source>
        <translation>%1：各维度的累计证据</translation>
    </message>
    <message>
        <source>half by %1</source>
        <translation>%1 年过半</translation>
    </message>
    <message>
        <source>%1 (leading)</source>
        <translation>%1（优势维度）</translation>
    </message>
    <message>
        <source>%1: no records</source>
        <translation>%1：无记录</translation>
    </message>
    <message>
        <source>not assessed at the advantage stage, so no leader is drawn</source>
        <translation>优势三角阶段无评估，因此未标出优势维度</translation>
    </message>
    <message>
        <source>no single dimension leads at the advantage stage</source>
        <translation>优势三角阶段没有唯一的优势维度</translation>
    </message>
    <message>
        <source>%1 leads at the advantage stage (%2), drawn thicker</source>
        <translation>%1在优势三角阶段居于优势（%2），以粗线绘出</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Policies as cited in: %1.</source>
        <translation>政策出处：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Records, cumulative</source>
        <translation>累计记录数</translation>
    </message>
    <message>
        <source>%1 (median of %2/%3)</source>
        <translation>%1（%2/%3 个成员的中位数）</translation>
    </message>
    <message>
        <source>%1 (mean of %2/%3)</source>
        <translation>%1（%2/%3 个成员的平均数）</translation>
    </message>
    <message>
        <source>No member of %1 is assessed at the chosen stages.</source>
        <translation>%1 的成员在所选阶段均无评估。</translation>
    </message>
    <message>
        <source>%1: roll-up from its sub-regions across stages</source>
        <translation>%1：由下级地区汇总的各阶段战略三角</translation>
    </message>
    <message>
        <source>No sub-region of %1 is assessed at the chosen stages.</source>
        <translation>%1 的下级地区在所选阶段均无评估。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessed</source>
        <translation>
            <numerusform>已评估 %1 个，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Region group %1: median of its assessed members, %2</source>
        <translation>地区组 %1：已评估成员的中位数，%2</translation>
    </message>
    <message>
        <source>Region group %1: mean of its assessed members, %2</source>
        <translation>地区组 %1：已评估成员的平均数，%2</translation>
    </message>
    <message>
        <source>%1: median of its assessed sub-regions, %2</source>
        <translation>%1：已评估下级地区的中位数，%2</translation>
    </message>
    <message>
        <source>%1: mean of its assessed sub-regions, %2</source>
        <translation>%1：已评估下级地区的平均数，%2</translation>
    </message>
    <message>
        <source>Scores: %1.</source>
        <translation>评分：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the source notes of a figure&apos;s scores</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a figure&apos;s footnote: the scores&apos; sources, then where they are kept</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Its form is that of the aggregate triangle, not necessarily the form of any member.</source>
        <translation>其形态是汇总三角的形态，未必是任何成员的形态。</translation>
    </message>
    <message numerus="yes">
        <source>Drawn from %1 of %n members only: it does not represent the others.</source>
        <translation>
            <numerusform>仅由 %n 个成员中的 %1 个绘出，不代表其余成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <comment>a figure&apos;s provenance, then its database file</comment>
        <translation>%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Each of the region&apos;s %n dated policies and milestones counts in the year of its recorded date; a record bearing on several dimensions counts once for each. The findings&apos; reading counts each record once (for its primary dimension, or shared) and only up to the advantage stage&apos;s end.</source>
        <translation>
            <numerusform>该地区的 %n 项带日期的政策和里程碑均计入其记录日期所在的年份；涉及多个维度的记录在每个维度各计一次。论断检验的判读则每条记录只计一次（计入其主要维度或平分），且只计到优势三角阶段结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Causal links from the source: %1 after, %2 cannot tell, %3 contradict the dates</source>
        <translation>原文所述因果链接：%1 条在后，%2 条无法判断，%3 条与日期矛盾</translation>
    </message>
    <message>
        <source> (* %1)</source>
        <translation>（* %1）</translation>
    </message>
    <message>
        <source>A causal link is checked by its dates: the record pulled must come after the one that pulled it, read by the months the dates allow.</source>
        <translation>因果链接按日期检验：被推动的记录须晚于推动它的记录，按日期允许的月份比较。</translation>
    </message>
</context>
<context>
    <name>triangle::FigureExporter</name>
    <message>
        <source>“%1”: the file name must end in .png, .svg or .pdf.</source>
        <translation>“%1”：文件名必须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>%1 DPI is outside the range %2–%3.</source>
        <translation>%1 DPI 超出 %2–%3 的范围。</translation>
    </message>
    <message>
        <source>A figure must be between 1 and 100 inches wide and high.</source>
        <translation>图表的宽度和高度必须在 1 到 100 英寸之间。</translation>
    </message>
    <message>
        <source>“%1” cannot be written as PNG.</source>
        <translation>无法将“%1”写为 PNG。</translation>
    </message>
    <message>
        <source>Made with Triangle Studio</source>
        <translation>由 Triangle Studio 制作</translation>
    </message>
</context>
<context>
    <name>triangle::FigurePathPattern</name>
    <message>
        <source>“%1” names an unknown field {%2}: use {code}, {name}, {view} or {stage}</source>
        <translation>“%1”中有未知字段 {%2}：请使用 {code}、{name}、{view} 或 {stage}</translation>
    </message>
    <message>
        <source>“%1” must contain {code}, so that each region gets a file of its own, as in out/{code}-{view}.svg</source>
        <translation>“%1”必须包含 {code}，使每个地区各得一个文件，例如 out/{code}-{view}.svg</translation>
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
    <message>
        <source>“%1” has a damaged header: it gives %2 pages (%3 bytes) for a file of %4 bytes.</source>
        <translation>“%1”的文件头已损坏：它声称有 %2 页（%3 字节），而文件只有 %4 字节。</translation>
    </message>
</context>
<context>
    <name>triangle::Findings</name>
    <message>
        <source>an assessment at the initial stage</source>
        <translation>初始三角阶段的评估</translation>
    </message>
    <message>
        <source>an assessment at the advantage stage</source>
        <translation>优势三角阶段的评估</translation>
    </message>
    <message>
        <source>an assessment at the target stage</source>
        <translation>目标三角阶段的评估</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not enough data: %1 missing.</source>
        <translation>数据不足：缺少%1。</translation>
    </message>
    <message>
        <source>%1 %2 then %3</source>
        <translation>%1先 %2、后 %3</translation>
    </message>
    <message>
        <source>%1 falls %2 to the advantage stage</source>
        <translation>%1至优势三角阶段下降（%2）</translation>
    </message>
    <message>
        <source>%1 falls %2 to the target stage</source>
        <translation>%1至目标三角阶段下降（%2）</translation>
    </message>
    <message>
        <source>Every score rises or holds: %1.</source>
        <translation>各项评分均上升或持平：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not every score rises: %1.</source>
        <translation>并非各项评分均上升：%1。</translation>
    </message>
    <message>
        <source>No single dimension leads at the advantage stage (%1), so none can pull the others along.</source>
        <translation>优势三角阶段没有唯一的优势维度（%1），因此没有维度能牵引其余维度。</translation>
    </message>
    <message>
        <source>%1 gained %2 to the advantage stage, not less than %3&apos;s %4</source>
        <translation>%1至优势三角阶段变化 %2，不低于%3的 %4</translation>
    </message>
    <message>
        <source>%1 gained %2 to the target stage, not more than %3&apos;s %4, so it does not catch up</source>
        <translation>%1至目标三角阶段变化 %2，不高于%3的 %4，因此未能追赶</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 led the rise to the advantage stage (%2, more than either other) and the others then caught up (%3, against %4 for %1).</source>
        <translation>%1引领了至优势三角阶段的提升（%2，高于其余两个维度），其余维度随后追赶（%3，而%1为 %4）。</translation>
    </message>
    <message>
        <source>%1 leads at the advantage stage, but %2.</source>
        <translation>%1在优势三角阶段居于优势，但%2。</translation>
    </message>
    <message>
        <source>dated policies or milestones of the region</source>
        <translation>该地区带日期的政策或里程碑</translation>
    </message>
    <message>
        <source>No single dimension leads at the advantage stage, so no curve can be the leader&apos;s.</source>
        <translation>优势三角阶段没有唯一的优势维度，因此无法确定哪条曲线属于优势维度。</translation>
    </message>
    <message>
        <source>%1 no records</source>
        <translation>%1无记录</translation>
    </message>
    <message>
        <source>%1 reaches half by %2</source>
        <translation>%1于 %2 年达到一半</translation>
    </message>
    <message>
        <source>Continuous evolution</source>
        <translation>持续演进</translation>
    </message>
    <message>
        <source>Advantage traction (scores)</source>
        <translation>优势牵引（评分）</translation>
    </message>
    <message>
        <source>Advantage traction (dated evidence)</source>
        <translation>优势牵引（带日期的证据）</translation>
    </message>
    <message>
        <source>Dynamic balance</source>
        <translation>动态平衡</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>every score rises or holds</source>
        <translation>各项评分均上升或持平</translation>
    </message>
    <message>
        <source>no single leading dimension</source>
        <translation>没有唯一的优势维度</translation>
    </message>
    <message>
        <source>%1 %2 first, then the others %3 against %4</source>
        <translation>%1先 %2，随后其余维度 %3（对比 %4）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>a fall of less than %1 counts as holding (the %2)</source>
        <translation>下降幅度小于 %1 视为持平（%2）</translation>
    </message>
    <message>
        <source>Balance at the initial stage</source>
        <translation>初始三角阶段的均衡度</translation>
    </message>
    <message>
        <source>Balance at the advantage stage</source>
        <translation>优势三角阶段的均衡度</translation>
    </message>
    <message>
        <source>Balance at the target stage</source>
        <translation>目标三角阶段的均衡度</translation>
    </message>
    <message>
        <source>change from the initial to the advantage stage</source>
        <translation>初始三角至优势三角阶段的变化</translation>
    </message>
    <message>
        <source>change from the advantage to the target stage</source>
        <translation>优势三角至目标三角阶段的变化</translation>
    </message>
    <message>
        <source>dated policies and milestones</source>
        <translation>带日期的政策与里程碑数</translation>
    </message>
    <message>
        <source>year half the records are reached</source>
        <translation>达到记录总数一半的年份</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>tolerance for a fall in score</source>
        <translation>评分下降容差</translation>
    </message>
    <message>
        <source>%1 supported</source>
        <translation>%1 项支持</translation>
    </message>
    <message>
        <source>%1 not supported</source>
        <translation>%1 项不支持</translation>
    </message>
    <message>
        <source>%1 not enough data</source>
        <translation>%1 项数据不足</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>one dimension leads at the advantage stage (scores within %1 of the highest share the lead); it gained more than each other dimension to the advantage stage, and each other gained more than it to the target stage; gains compared on the 0.1 grid, an equal gain is not more</source>
        <translation>优势三角阶段有唯一的优势维度（与最高分之差不超过 %1 的维度并列优势）；到优势三角阶段，它的增幅大于其余每个维度；到目标三角阶段，其余每个维度的增幅都大于它；增幅按 0.1 的刻度比较，相等不算更大</translation>
    </message>
    <message>
        <source>dated policies or milestones of the region up to the advantage stage&apos;s end</source>
        <translation>该地区在优势三角阶段结束前带日期的政策或里程碑</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) dated after the advantage stage&apos;s end (%1) not counted.</source>
        <translation>
            <numerusform>另有 %n 条记录的日期晚于优势三角阶段的结束年份（%1），未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>each stage&apos;s form by the app&apos;s classifier (balanced when lowest / highest ≥ %1 or every score within %2 of the others); the claim asks balanced, then unbalanced at the advantage stage, then balanced again; the spread (highest − lowest, in points) is shown beside, a measure that a rise of every score by the same amount leaves unchanged</source>
        <translation>各阶段的形态由本软件的形态判别给出（最低分 / 最高分 ≥ %1，或各分之差都在 %2 以内，即为均衡）；论断要求先均衡，优势三角阶段失衡，再恢复均衡；旁列分差（最高分 − 最低分，单位为分），各维度同幅上升时分差不变</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 (spread %4 → %5 → %6 points)</source>
        <translation>%1 → %2 → %3（分差 %4 → %5 → %6 分）</translation>
    </message>
    <message>
        <source>Balanced, then unbalanced, then balanced again: %1. Its return to balance is what the others&apos; catching up in advantage traction (scores) brings about: where both hold they count as one support.</source>
        <translation>先均衡，后失衡，再恢复均衡：%1。恢复均衡正是“优势牵引（评分）”中其余维度追赶的结果：两者都成立时只算一次支持。</translation>
    </message>
    <message>
        <source>The initial triangle is not balanced: %1.</source>
        <translation>初始三角并不均衡：%1。</translation>
    </message>
    <message>
        <source>The advantage triangle is balanced, not led by one dimension: %1.</source>
        <translation>优势三角是均衡的，并非由某一维度领先：%1。</translation>
    </message>
    <message>
        <source>The target triangle is not balanced again: %1.</source>
        <translation>目标三角没有恢复均衡：%1。</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>rules v%1</source>
        <translation>规则第 %1 版</translation>
    </message>
    <message>
        <source>Spread at the initial stage (points)</source>
        <translation>初始三角阶段的分差（分）</translation>
    </message>
    <message>
        <source>Spread at the advantage stage (points)</source>
        <translation>优势三角阶段的分差（分）</translation>
    </message>
    <message>
        <source>Spread at the target stage (points)</source>
        <translation>目标三角阶段的分差（分）</translation>
    </message>
    <message>
        <source>Records dated after the advantage stage (not counted)</source>
        <translation>日期晚于优势三角阶段的记录（未计入）</translation>
    </message>
    <message>
        <source>%1 cannot tell</source>
        <translation>%1 项无法判断</translation>
    </message>
    <message>
        <source>(traction and balance counted once)</source>
        <translation>（优势牵引与动态平衡合计一次）</translation>
    </message>
    <message>
        <source>Planned, not observed: the target stage&apos;s scores are planned values. With them the claim would be %1. %2</source>
        <translation>规划值，非观测结果：目标三角阶段的分数是规划值。按这些分数，论断将为“%1”。%2</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>规划：%1</translation>
    </message>
    <message>
        <source>planned, not observed</source>
        <translation>规划值，非观测</translation>
    </message>
    <message>
        <source>%1 planned, not observed</source>
        <translation>%1 项为规划值，非观测</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n record(s), each counting for another dimension</source>
        <translation>
            <numerusform>%1 %n 条记录，均计入其他维度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2, half by %3 (%n record(s), counting %4)</source>
        <translation>
            <numerusform>%1 自 %2 年起，%3 过半（%n 条记录，计 %4）</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 dated records (there are %2)</source>
        <translation>至少 %1 条带日期的记录（现有 %2 条）</translation>
    </message>
    <message>
        <source>dated records counting for %1</source>
        <translation>计入%1的带日期记录</translation>
    </message>
    <message>
        <source>dated records counting for the other dimensions</source>
        <translation>计入其他维度的带日期记录</translation>
    </message>
    <message>
        <source>%1&apos;s evidence does not reach half its total first (%2).</source>
        <translation>%1的证据并非最先过半（%2）。</translation>
    </message>
    <message>
        <source>Cannot tell: %1 reaches half by %2, and %3; their dates cannot order them.</source>
        <translation>无法判断：%1于 %2 过半，而%3；其日期无法排出先后。</translation>
    </message>
    <message>
        <source>%1&apos;s evidence reaches half its total first, by %2.</source>
        <translation>%1的证据最先过半，于 %2。</translation>
    </message>
    <message>
        <source>each record counts once, for its primary dimension or shared equally among its dimensions; a date is the months it allows (a year alone, any month of that year); the leader&apos;s half-way point must come before every other dimension&apos;s, their spans apart, up to the advantage stage&apos;s end; fewer than %1 records cannot be tested; p from %2 shuffles of the dimension labels</source>
        <translation>每条记录只计一次：计入其主要维度，或在其涉及的维度间平分；日期代表其可能的月份（只有年份时为该年任一月份）；优势维度的过半时间须早于其他各维度且时间区间不重叠，只计优势三角阶段结束前的记录；少于 %1 条记录无法检验；p 值来自 %2 次维度标签重排</translation>
    </message>
    <message>
        <source>Cannot be tested: %1 missing. %2.</source>
        <translation>无法检验：缺少%1。%2。</translation>
    </message>
    <message>
        <source>half-way points %1</source>
        <translation>过半时间 %1</translation>
    </message>
    <message>
        <source>Timing: %1.</source>
        <translation>时间：%1。</translation>
    </message>
    <message>
        <source>Shuffling the records&apos; dimensions among their dates, %1&apos;s half-way point leads by as much or more in %2 of %3 shuffles (p = %4).</source>
        <translation>将记录的维度在日期间随机重排，%3 次重排中有 %2 次%1的过半时间领先同样多或更多（p = %4）。</translation>
    </message>
    <message numerus="yes">
        <source>Without the %n record(s) whose dates the source does not give: cannot be tested (%1 missing).</source>
        <translation>
            <numerusform>去掉来源未给出日期的 %n 条记录：无法检验（缺少%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without the %n record(s) whose dates the source does not give: %1.</source>
        <translation>
            <numerusform>去掉来源未给出日期的 %n 条记录：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records whose dates the source does not give</source>
        <translation>来源未给出日期的记录</translation>
    </message>
    <message>
        <source>Shuffles leading by as much (permutation p)</source>
        <translation>领先同样多的重排比例（置换检验 p）</translation>
    </message>
    <message>
        <source>year of the first record</source>
        <translation>首条记录的年份</translation>
    </message>
</context>
<context>
    <name>triangle::FindingsModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1 · redrawing…</source>
        <translation>%1 · 重新抽样中…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>triangle::FindingsPanel</name>
    <message>
        <source>&lt;p&gt;Select a verdict to see the numbers that decided it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一项结论，查看决定该结论的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Missing:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;缺少：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The numbers:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Policy: %1 (%2)</source>
        <translation>政策：%1（%2）</translation>
    </message>
    <message>
        <source>Milestone: %1 (%2)</source>
        <translation>里程碑：%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The dated evidence:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;有日期的证据：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The scores:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;评分：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How each claim is tested</source>
        <translation>各项论断如何检验</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2: %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2：%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;All claims for this region:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;该地区全部论断：&lt;/b&gt;%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The article&apos;s claims tested on each assessed region&apos;s data (%1). Select a verdict to see the numbers behind it; double-click to open the region&apos;s diagrams.</source>
        <translation>用每个已评估地区的数据检验文章的论断（%1）。选择一项结论可查看其背后的数据；双击可打开该地区的图示。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rule (%1):&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;规则（%1）：&lt;/b&gt;%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据依据：&lt;/b&gt;%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty:&lt;/b&gt; redrawing the weights and raters…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不确定性：&lt;/b&gt;正在重新抽取权重与评分者…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty&lt;/b&gt; (weights drawn around the chosen ones, κ = %1; raters resampled with replacement; seed %2): %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不确定性&lt;/b&gt;（围绕所选权重抽样，κ = %1；评分者有放回重抽；种子 %2）：%3。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Over κ&lt;/b&gt; (%n weight draws each): how often the verdict changes, and how often the advantage stage&apos;s form does. A smaller κ lets the weights stray further from the chosen ones.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;随 κ 变化&lt;/b&gt;（每个 κ 抽样 %n 次）：结论改变的比例，以及优势三角阶段形态改变的比例。κ 越小，权重可偏离所选值越远。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>verdict changes</source>
        <translation>结论改变</translation>
    </message>
    <message>
        <source>form changes</source>
        <translation>形态改变</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under other thresholds&lt;/b&gt; (each constant of the form classifier tried over the range shown, the others held): %1 as reported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;其他阈值下&lt;/b&gt;（形态判别的每个常数在所示范围内逐一改变，其余不变）：报告的结论为%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Causal links:&lt;/b&gt; none recorded for this region (Policies or Milestones tab, Links…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;因果链接：&lt;/b&gt;本地区尚未记录（在“政策”或“里程碑”标签页中点“链接…”）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Causal links&lt;/b&gt; from the source (the record pulled must come after the one that pulled it): %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;原文所述因果链接&lt;/b&gt;（被推动的记录须晚于推动它的记录）：%1 条在后，%2 条无法判断，%3 条与日期矛盾。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Link and check</source>
        <translation>链接与检验</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>triangle::FindingsUncertainty</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>nothing to redraw: the data are missing</source>
        <translation>无可重抽：数据缺失</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n weight draws</source>
        <translation>
            <numerusform>%n 次权重抽样中 %2 为“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>weights do not apply (no score is derived from indicators)</source>
        <translation>权重不适用（没有由指标得出的分数）</translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n rater resamples</source>
        <translation>
            <numerusform>%n 次评分者重抽中占 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one rater: raters not resampled</source>
        <translation>仅一位评分者：未重抽评分者</translation>
    </message>
    <message>
        <source>in %1 of the weight draws</source>
        <translation>在 %1 的权重抽样中</translation>
    </message>
    <message>
        <source>in %1 of the rater resamples</source>
        <translation>在 %1 的评分者重抽中</translation>
    </message>
    <message>
        <source>the plan&apos;s values read as observed give %1 %2</source>
        <translation>将规划值视同实测时，%2得出“%1”</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>plan: %1 in %2 of weight draws</source>
        <translation>规划：%2 的权重抽样为“%1”</translation>
    </message>
    <message>
        <source>%1 of weight draws</source>
        <translation>权重抽样 %1</translation>
    </message>
    <message>
        <source>, %1 of rater resamples</source>
        <translation>，评分者重抽 %1</translation>
    </message>
</context>
<context>
    <name>triangle::GroupDialog</name>
    <message>
        <source>Add Region Group</source>
        <translation>添加地区组</translation>
    </message>
    <message>
        <source>Edit Region Group</source>
        <translation>编辑地区组</translation>
    </message>
    <message>
        <source>What the command line names the group by (--regions group:KEY): letters, digits, dot, dash and underscore.</source>
        <translation>命令行用以指称该组的标识（--regions group:键）：字母、数字、点、连字符和下划线。</translation>
    </message>
    <message>
        <source>The plan or document that defines the group</source>
        <translation>界定该组的规划或文件</translation>
    </message>
    <message>
        <source>What the members stand for, e.g. a province for some of its cities</source>
        <translation>成员所代表的范围，例如以一个省代表其部分城市</translation>
    </message>
    <message>
        <source>Filter regions by code or name</source>
        <translation>按代码或名称筛选地区</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen</source>
        <translation>
            <numerusform>已选 %n 个成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::GroupRepository</name>
    <message>
        <source>Reading region groups</source>
        <translation>读取地区组</translation>
    </message>
    <message>
        <source>Reading a region group</source>
        <translation>读取地区组</translation>
    </message>
    <message>
        <source>There is no region group with id %1 in the database.</source>
        <translation>数据库中没有编号为 %1 的地区组。</translation>
    </message>
    <message>
        <source>There is no region group “%1” in the database.</source>
        <translation>数据库中没有地区组“%1”。</translation>
    </message>
    <message>
        <source>A region group with key “%1” already exists (%2).</source>
        <translation>键为“%1”的地区组已存在（%2）。</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>已被 %1 使用</translation>
    </message>
    <message>
        <source>Saving the members of a region group</source>
        <translation>保存地区组的成员</translation>
    </message>
    <message>
        <source>Region group %1</source>
        <translation>地区组 %1</translation>
    </message>
    <message>
        <source>Adding region group %1</source>
        <translation>添加地区组 %1</translation>
    </message>
    <message>
        <source>Saving region group %1</source>
        <translation>保存地区组 %1</translation>
    </message>
    <message>
        <source>Deleting a region group</source>
        <translation>删除地区组</translation>
    </message>
    <message>
        <source>Adding a member to a region group</source>
        <translation>向地区组添加成员</translation>
    </message>
    <message>
        <source>Reading the sub-regions of a region</source>
        <translation>读取地区的下级地区</translation>
    </message>
    <message>
        <source>Reading the group aggregate</source>
        <translation>读取地区组的汇总方式</translation>
    </message>
    <message>
        <source>Saving the group aggregate</source>
        <translation>保存地区组的汇总方式</translation>
    </message>
</context>
<context>
    <name>triangle::GroupsNavigator</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add &amp;Group…</source>
        <translation>添加地区组(&amp;G)…</translation>
    </message>
    <message>
        <source>Mean of members</source>
        <translation>成员平均数</translation>
    </message>
    <message>
        <source>Median of members</source>
        <translation>成员中位数</translation>
    </message>
    <message>
        <source>A group&apos;s triangle: per dimension, the mean or median of its members assessed at the stage; their range is drawn as a band. Also used for a region&apos;s roll-up from its sub-regions.</source>
        <translation>地区组的三角：每个维度取该阶段已评估成员的平均数或中位数，其范围画成色带。地区由下级地区汇总的三角也按此计算。</translation>
    </message>
    <message>
        <source>&amp;Triangle:</source>
        <translation>三角(&amp;T)：</translation>
    </message>
    <message>
        <source>Delete the region group “%1”? Its member regions stay. (Edit › Undo brings it back.)</source>
        <translation>删除地区组“%1”？其成员地区保留。（编辑 › 撤销可恢复。）</translation>
    </message>
    <message>
        <source>Delete Region Group</source>
        <translation>删除地区组</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n assessed)</source>
        <translation>
            <numerusform>%1（已评估 %2/%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorDialog</name>
    <message>
        <source>Add Indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Relative to the other indicators of the same dimension; shown normalised in the scorecard.</source>
        <translation>相对于同一维度的其他指标而言；在评分卡中以归一化后的值显示。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Label (中文)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Description (中文)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Add &amp;Anchor</source>
        <translation>添加锚点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Anchor</source>
        <translation>移除锚点(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>Name (&amp;中文):</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>What it &amp;judges:</source>
        <translation>评判内容(&amp;J)：</translation>
    </message>
    <message>
        <source>How it is &amp;observed:</source>
        <translation>观测方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>方向(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Rubric: the named anchor levels on the 0–10 scale</source>
        <translation>评分细则：0–10 分制上的具名锚点等级</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorRepository</name>
    <message>
        <source>Reading indicators</source>
        <translation>读取指标</translation>
    </message>
    <message>
        <source>Reading rubrics</source>
        <translation>读取评分细则</translation>
    </message>
    <message>
        <source>There is no indicator with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的指标。</translation>
    </message>
    <message>
        <source>There is no indicator “%1” in the database.</source>
        <translation>数据库中没有指标“%1”。</translation>
    </message>
    <message>
        <source>Saving a rubric</source>
        <translation>保存评分细则</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Adding the indicator “%1”</source>
        <translation>添加指标“%1”</translation>
    </message>
    <message>
        <source>Saving the indicator “%1”</source>
        <translation>保存指标“%1”</translation>
    </message>
    <message>
        <source>Deleting an indicator</source>
        <translation>删除指标</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorSetDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Indicator Set</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share of its dimension</source>
        <translation>占所属维度的比重</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n indicator(s))</source>
        <translation>
            <numerusform>%1（%n 个指标）</numerusform>
        </translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>fully in place</source>
        <translation>完全到位</translation>
    </message>
    <message>
        <source>Delete the indicator “%1”?</source>
        <translation>删除指标“%1”？</translation>
    </message>
    <message>
        <source>This also deletes %1. Derived scores are recomputed without it.</source>
        <translation>同时还将删除 %1。推导分将在不含该指标的情况下重新计算。</translation>
    </message>
    <message>
        <source>Delete Indicator</source>
        <translation>删除指标</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorValueRepository</name>
    <message>
        <source>Reading indicator values</source>
        <translation>读取指标值</translation>
    </message>
    <message>
        <source>Reading an indicator value</source>
        <translation>读取一个指标值</translation>
    </message>
    <message>
        <source>There is no indicator value with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的指标值。</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Adding an indicator value</source>
        <translation>添加指标值</translation>
    </message>
    <message>
        <source>Saving an indicator value</source>
        <translation>保存指标值</translation>
    </message>
    <message>
        <source>Deleting an indicator value</source>
        <translation>删除指标值</translation>
    </message>
    <message>
        <source>Reading indicator evidence</source>
        <translation>读取指标证据</translation>
    </message>
    <message>
        <source>Linking evidence to an indicator value</source>
        <translation>为指标值关联证据</translation>
    </message>
    <message>
        <source>Unlinking evidence from an indicator value</source>
        <translation>取消指标值的证据关联</translation>
    </message>
    <message>
        <source>There is no indicator evidence link with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的指标证据关联。</translation>
    </message>
</context>
<context>
    <name>triangle::LibreOfficeConversion</name>
    <message>
        <source>Writing %1 needs LibreOffice, which is not installed; write an OpenDocument text (.odt) instead, which Word and WPS open.</source>
        <translation>写出 %1 需要 LibreOffice，但尚未安装；请改为写出 OpenDocument 文本（.odt），Word 和 WPS 均可打开。</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>无法为转换创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>LibreOffice did not convert %1 in time.</source>
        <translation>LibreOffice 未能及时转换 %1。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the report: %1</source>
        <translation>LibreOffice 无法转换报告：%1</translation>
    </message>
    <message>
        <source>The conversion was cancelled; %1 was not written.</source>
        <translation>转换已取消；未写入 %1。</translation>
    </message>
</context>
<context>
    <name>triangle::MainWindow</name>
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
    <message>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>基本信息(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>政策(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时的状态&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Data…</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>导出图表(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>生成报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Region…</source>
        <translation>添加地区(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Region…</source>
        <translation>删除地区(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find Region</source>
        <translation>查找地区(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when you next start Triangle Studio.</source>
        <translation>语言将在下次启动 Triangle Studio 时生效。</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法说明(&amp;M)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>Created %1 with the national level, the provinces and the three stages</source>
        <translation>已创建 %1，其中包含全国层级、各省份和三个阶段</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Select a region with assessments first.</source>
        <translation>请先选择一个有评估的地区。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>报告已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Stop if a record is already in the database</source>
        <translation>若记录已存在于数据库中，则停止导入</translation>
    </message>
    <message>
        <source>Keep the database&apos;s version</source>
        <translation>保留数据库中的版本</translation>
    </message>
    <message>
        <source>Replace it with the file&apos;s version</source>
        <translation>用文件中的版本替换</translation>
    </message>
    <message>
        <source>Records already in the database:</source>
        <translation>数据库中已存在的记录：</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1 regions, %2 assessments, %3 policies, %4 milestones, %5 evidence links</source>
        <translation>已导入 %1 个地区、%2 项评估、%3 项政策、%4 个里程碑、%5 条证据关联</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何内容：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Exported the database to %1</source>
        <translation>已将数据库导出到 %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Select the region the new one belongs to.</source>
        <translation>请先选择新地区所属的上级地区。</translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>删除地区</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>删除 %1（%2）？</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>同时还将删除 %1。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>&amp;Diagrams</source>
        <translation>图示(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation>评分卡(&amp;C)</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>权重敏感性(&amp;N)</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>论断检验(&amp;I)</translation>
    </message>
    <message>
        <source>Assessed &amp;only</source>
        <translation>仅显示已评估地区(&amp;O)</translation>
    </message>
    <message>
        <source>List only the regions that have an assessment (shown in bold).</source>
        <translation>只列出已有评估的地区（以粗体显示）。</translation>
    </message>
    <message>
        <source>Triangle Studio data (*.json);;Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Triangle Studio 数据 (*.json);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json);;Excel workbook (*.xlsx);;CSV files, one per entity (*.csv)</source>
        <translation>JSON 文件 (*.json);;Excel 工作簿 (*.xlsx);;CSV 文件，每类实体一个 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>请先选择要复制的单元格。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>no backup could be taken: %1</source>
        <translation>未能创建备份：%1</translation>
    </message>
    <message>
        <source>today&apos;s backup taken</source>
        <translation>已创建今日备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored as %1. Open it now?</source>
        <translation>备份已恢复为 %1。现在打开吗？</translation>
    </message>
    <message>
        <source>Restored a backup as %1</source>
        <translation>已将备份恢复为 %1</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>已被另一个程序修改</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Updated with changes another program made to the file</source>
        <translation>已载入另一个程序对文件所做的修改</translation>
    </message>
    <message>
        <source>Region Groups</source>
        <translation>地区组</translation>
    </message>
    <message>
        <source>Region &amp;Groups</source>
        <translation>地区组(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n region(s) down to the counties and the three stages</source>
        <translation>
            <numerusform>已创建 %1，含直至县级的 %n 个地区和三个阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Opened %1 read-only: it can be read and exported, not changed</source>
        <translation>已以只读方式打开 %1：可以查看和导出，不能修改</translation>
    </message>
    <message>
        <source>%1 (read-only)[*]</source>
        <translation>%1（只读）[*]</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>no backup could be taken first: %1</source>
        <translation>未能先行备份：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Region group &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>地区组 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Region groups compared: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>比较地区组：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No region chosen: choose one under Regions, or a group under Region Groups.</source>
        <translation>尚未选择地区：请在“地区”中选择一个地区，或在“地区组”中选择一个地区组。</translation>
    </message>
    <message>
        <source>Comparison set</source>
        <translation>比较集</translation>
    </message>
    <message>
        <source>Comparing the comparison set “%1”.</source>
        <translation>正在比较比较集“%1”。</translation>
    </message>
    <message numerus="yes">
        <source> (one of %n region(s) compared)</source>
        <translation>
            <numerusform>（比较中的 %n 个地区之一）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n region(s) selected in the navigator</source>
        <translation>
            <numerusform>在导航栏中选中的 %n 个地区</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison set: %1</source>
        <translation>比较集：%1</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Converting the report to Word with LibreOffice…</source>
        <translation>正在用 LibreOffice 将报告转换为 Word 文档…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xpert Panel</source>
        <translation>专家组(&amp;X)</translation>
    </message>
    <message>
        <source>Make Scoring Pac&amp;kets…</source>
        <translation>生成评分问卷(&amp;K)…</translation>
    </message>
    <message>
        <source>Import Returned Packe&amp;ts…</source>
        <translation>导入回收的问卷(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Weight Sets…</source>
        <translation>权重集(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>triangle::MakePacketsDialog</name>
    <message>
        <source>Ask for the AHP &amp;comparisons too</source>
        <translation>同时请专家做 AHP 两两比较(&amp;C)</translation>
    </message>
    <message>
        <source>Make Scoring Packets</source>
        <translation>生成评分问卷</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>One packet is written for each expert ticked, in that expert&apos;s language.</source>
        <translation>为每位勾选的专家生成一份问卷，使用该专家的语言。</translation>
    </message>
    <message>
        <source>The regions the experts score; at first the ones assessed at the stage.</source>
        <translation>专家要评分的地区；默认是在该阶段已有评估的地区。</translation>
    </message>
    <message>
        <source>The Delphi round. From round 2 the packet shows the panel&apos;s median and quartiles of the round before, and the expert&apos;s own answer.</source>
        <translation>德尔菲轮次。从第 2 轮起，问卷会显示上一轮专家组的中位数和四分位数，以及该专家自己的回答。</translation>
    </message>
    <message>
        <source>e.g. 2027-01-15</source>
        <translation>例如 2027-01-15</translation>
    </message>
    <message>
        <source>Printed on the packet&apos;s instructions as the date to return it by.</source>
        <translation>作为回收截止日期印在问卷的说明页上。</translation>
    </message>
    <message>
        <source>Adds a sheet of pairwise comparisons (Saaty&apos;s 1–9 scale) for the indicators&apos; and dimensions&apos; weights.</source>
        <translation>增加一张两两比较表（Saaty 1–9 标度），用于确定指标和维度的权重。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xperts:</source>
        <translation>专家(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Make Packets</source>
        <translation>生成问卷(&amp;M)</translation>
    </message>
    <message>
        <source>Folder for the Packets</source>
        <translation>问卷保存文件夹</translation>
    </message>
</context>
<context>
    <name>triangle::MethodDialog</name>
    <message>
        <source>Method</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The strategic triangle&lt;/h2&gt;&lt;p&gt;Following Mark H. Moore, public value is created when three things are managed together: &lt;b&gt;%1&lt;/b&gt; (the value goals agreed with stakeholders), &lt;b&gt;%2&lt;/b&gt; (legitimacy and support, the authorising environment) and &lt;b&gt;%3&lt;/b&gt; (the capacity to deliver: structure, process, technology, people, standards). Zhang Fan&apos;s article applies the model to government operations support and describes three forms over time: the initial triangle (about 2011), the advantage triangle (2016–2020) and the target triangle (about 2025).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;战略三角&lt;/h2&gt;&lt;p&gt;按照 Mark H. Moore 的观点，公共价值的创造需要同时管理好三个方面：&lt;b&gt;%1&lt;/b&gt;（与利益相关者达成共识的价值目标）、&lt;b&gt;%2&lt;/b&gt;（合法性与支持，即授权环境）和&lt;b&gt;%3&lt;/b&gt;（实现目标的能力：结构、流程、技术、人员、标准）。张帆的文章将该模型应用于政府运行保障，并描述了其随时间演进的三种形态：初始三角（约 2011 年）、优势三角（2016–2020 年）和目标三角（约 2025 年）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The scale&lt;/h2&gt;&lt;p&gt;Each dimension of a region is scored at each stage from 0 to 10 in steps of 0.1: an analyst&apos;s judgement, backed by a rationale and by the policies and milestones linked as evidence. The scores shipped for Zhejiang, Shanxi and Sichuan are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;评分标准&lt;/h2&gt;&lt;p&gt;每个地区在每个阶段的各维度评分为 0 到 10 分，步长 0.1。评分是分析者的判断，以评分理由以及作为证据关联的政策和里程碑为依据。软件内置的浙江、山西、四川评分是分析者对文章的解读，非实测数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The figures&lt;/h2&gt;&lt;p&gt;The three axes leave the centre 120° apart, mission at the top. For scores m, p and o:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Area&lt;/b&gt; = (√3 / 4) · (m·p + p·o + o·m): each pair of neighbouring axes spans a wedge of ½·a·b·sin 120°. The largest possible area is %1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; = lowest score / highest score: 1 is perfectly balanced, 0 when one score is 0. The earlier index, the &lt;b&gt;area ratio&lt;/b&gt; (m·p + p·o + o·m) / (3·x̄²) with x̄ the mean, is still shown; it barely moves (0.990 for 8.0 / 5.8 / 6.3, whose balance is 0.725).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leading dimension&lt;/b&gt;: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Form&lt;/b&gt;: &lt;i&gt;balanced&lt;/i&gt; when the balance is %5 or more, or all three scores lie within %3 of each other; balanced &lt;i&gt;high&lt;/i&gt; when the mean is %4 or more, &lt;i&gt;low&lt;/i&gt; below it. Otherwise the widest gap names it: &lt;i&gt;advantage-led&lt;/i&gt; by the top dimension when its lead over the middle one is more than %2 and at least the middle one&apos;s lead over the bottom; &lt;i&gt;lagging&lt;/i&gt; by the bottom dimension else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change&lt;/b&gt; between two stages: the later score minus the earlier, per dimension.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shares&lt;/b&gt; (the balance map): each score divided by the sum of the three; the centre of the map, one third each, is perfect balance.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;图示与度量&lt;/h2&gt;&lt;p&gt;三条坐标轴从中心出发，彼此相隔 120°，使命位于顶端。设三项评分分别为 m（使命）、p（政治）、o（运作）：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;面积&lt;/b&gt; = (√3 / 4) · (m·p + p·o + o·m)：每两条相邻坐标轴围成一个面积为 ½·a·b·sin 120° 的三角形。面积的最大可能值为 %1。&lt;/li&gt;&lt;li&gt;&lt;b&gt;均衡度&lt;/b&gt; = 最低评分 / 最高评分：1 表示完全均衡；有一项评分为 0 时，该值为 0。原先的指数，即&lt;b&gt;面积比&lt;/b&gt; (m·p + p·o + o·m) / (3·x̄²)（x̄ 为平均评分），仍会显示；但它变化甚微（评分为 8.0 / 5.8 / 6.3 时面积比为 0.990，而均衡度为 0.725）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;优势维度&lt;/b&gt;：评分最高的维度；与最高分之差不超过 %2 的维度并列优势。&lt;/li&gt;&lt;li&gt;&lt;b&gt;形态&lt;/b&gt;：均衡度达到 %5 或以上，或三项评分彼此相差均不超过 %3 时，为&lt;i&gt;均衡&lt;/i&gt;型；其中平均评分达到 %4 或以上时为&lt;i&gt;高位&lt;/i&gt;均衡，低于该值时为&lt;i&gt;低位&lt;/i&gt;均衡。否则以最大的差距命名：若最高维度领先居中维度超过 %2，且不小于居中维度领先最低维度的幅度，则为最高维度&lt;i&gt;优势&lt;/i&gt;型；否则为最低维度&lt;i&gt;滞后&lt;/i&gt;型。&lt;/li&gt;&lt;li&gt;两个阶段之间的&lt;b&gt;变化&lt;/b&gt;：按维度计算，后一阶段的评分减去前一阶段的评分。&lt;/li&gt;&lt;li&gt;&lt;b&gt;占比&lt;/b&gt;（均衡图）：各项评分除以三项评分之和；图的中心（各占三分之一）即完全均衡。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that every dimension&apos;s score rises or holds from the initial to the advantage stage and from the advantage to the target stage. It needs assessments at all three stages. It is supported when no score falls by more than %2 (the %3), not supported when one does.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;检验每个维度的评分从初始三角阶段到优势三角阶段、再从优势三角阶段到目标三角阶段均上升或持平。需要三个阶段的评估。没有任何评分下降超过 %2（%3）时为支持，否则为不支持。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Selecting a verdict on the Findings tab shows the numbers that decided it, the rule applied and, for a claim without enough data, what is missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在“论断检验”标签页选择一项结论，可查看决定它的数据、所用的规则，以及数据不足时缺少什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that one dimension leads at the advantage stage, that it gained more than either other from the initial stage, and that each other dimension then gains more than it towards the target stage, catching up. It needs assessments at all three stages. It is not supported when no single dimension leads (scores within %2 of the highest share the lead) or when either gain falls short; an equal gain is not more.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;检验：优势三角阶段有唯一的优势维度，它自初始三角阶段起的增幅大于其余两个维度，随后到目标三角阶段，其余每个维度的增幅都大于它，实现追赶。需要三个阶段的评估。没有唯一的优势维度（与最高分之差不超过 %2 的维度并列优势）或任一增幅不足时，不支持；增幅相等不算更大。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the article&apos;s sequence of states with the app&apos;s own classifier of forms: the initial triangle balanced, the advantage triangle not (led or lagging by one dimension), the target triangle balanced again. A triangle is balanced when its lowest score is at least %2 of its highest, or every score lies within %3 of the others. It needs assessments at all three stages, and names the form seen at each. Beside it stands the spread (highest − lowest score, in points), which a rise of every score by the same amount leaves unchanged. Where advantage traction from the scores also holds, the others&apos; catching up is what returns the balance: the two count as one support.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;用本软件的形态判别检验文章所说的状态序列：初始三角均衡，优势三角失衡（由某一维度领先或滞后），目标三角再恢复均衡。最低分不低于最高分的 %2，或各分之差都在 %3 以内时，三角形为均衡。需要三个阶段的评估，并写明每个阶段所见的形态。旁列分差（最高分 − 最低分，单位为分），各维度同幅上升时分差不变。若“优势牵引（评分）”也成立，其余维度的追赶正是恢复均衡的原因：两者只算一次支持。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The article&apos;s claims&lt;/h2&gt;&lt;p&gt;The Findings tab, the report and the command line test three claims of the article on each region&apos;s data. Each claim is &lt;b&gt;%1&lt;/b&gt; when the data bear it out, &lt;b&gt;%2&lt;/b&gt; when they contradict it, &lt;b&gt;%3&lt;/b&gt; when something it reads is missing (the Findings tab then says what), &lt;b&gt;%4&lt;/b&gt; when the data tie where the claim asks for an order, and &lt;b&gt;%6&lt;/b&gt; when it reads a target stage whose scores are planned values (what the plan would give is said beside). Stages are recognised by their keys: initial, advantage and target. Scores and their changes are compared on their 0.1 grid, so equal gains are equal. The rules carry a version (%5), printed beside every verdict; a change to a rule or a threshold makes a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;文章的论断&lt;/h2&gt;&lt;p&gt;“论断检验”页、报告和命令行用每个地区的数据检验文章的三项论断。数据印证论断时为&lt;b&gt;%1&lt;/b&gt;，与之相悖时为&lt;b&gt;%2&lt;/b&gt;，所需数据缺失时为&lt;b&gt;%3&lt;/b&gt;（“论断检验”页会说明缺什么），论断要求先后顺序而数据恰好持平时为&lt;b&gt;%4&lt;/b&gt;，论断涉及分数为规划值的目标三角阶段时为&lt;b&gt;%6&lt;/b&gt;（旁注说明按规划将得到什么结论）。阶段按其键识别：initial、advantage、target。评分及其变化按 0.1 的刻度比较，相等的增幅即为相等。规则带有版本号（%5），印在每项结论旁；规则或阈值的任何改动都会产生新版本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the data rest on.&lt;/b&gt; Every verdict is shown with its region&apos;s data basis: &lt;i&gt;%1&lt;/i&gt; (gathered from documents and measurement) or &lt;i&gt;%2&lt;/i&gt; (built from a narrative, as the shipped cases are from the article&apos;s prose). An illustrative verdict shows what that reading gives, not an observation. The region&apos;s Profile sets it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;数据依据。&lt;/b&gt;每项结论都注明地区的数据依据：&lt;i&gt;%1&lt;/i&gt;（来自文件和测量）或&lt;i&gt;%2&lt;/i&gt;（依据叙述构建，默认的三个案例即来自文章的叙述）。示例数据上的结论只表明这种解读会得出什么，而非观察所得。在地区的“概况”中设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty.&lt;/b&gt; Each verdict is tested again %1 times with the indicator weights drawn around the chosen ones (Dirichlet, κ = %2, as in the weight sensitivity) and %1 times with the raters resampled with replacement, where several raters scored the region; every draw derives the scores as the app does. The verdict is shown with the share of draws that give it. Scores typed by hand are not redrawn. For a planned verdict the share of what the plan&apos;s values would give is shown too. Selecting a verdict also shows how often it changes for κ from %3 to %4: the smaller κ, the further the weights may stray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;不确定性。&lt;/b&gt;每项结论都重新检验：围绕所选权重抽取指标权重 %1 次（Dirichlet，κ = %2，与权重敏感性相同），有多位评分者时再有放回地重抽评分者 %1 次；每次抽样都按本程序的方法重新得出分数。结论旁给出得出该结论的抽样比例。手工录入的分数不重抽。规划中的结论另给出规划值所得结论的比例。选中一项结论还会显示 κ 从 %3 到 %4 时结论改变的频率：κ 越小，权重可偏离越远。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scores from indicators&lt;/h2&gt;&lt;p&gt;Each dimension is made of indicators (the default set has four or five per dimension, built from the article). An indicator has a weight within its dimension and a rubric: named anchor levels on the 0–10 scale. A rater scores an indicator by choosing an anchor, or a score between two anchors.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;A rater&apos;s score&lt;/b&gt; for a dimension is the weighted mean of the indicator scores that rater gave: Σ wᵢ·sᵢ / Σ wᵢ over the indicators rated (the weights renormalised when some are unrated).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Several raters&lt;/b&gt; are combined by their mean or their median (the database remembers which). Their spread is shown as the range (lowest to highest) and the sample standard deviation; the diagrams draw the range as a band along the axis.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;derived score&lt;/b&gt; is that combination rounded to 0.1, kept up to date with every indicator edit. A score typed by hand is marked &lt;i&gt;set by hand&lt;/i&gt;, and the derived value is shown beside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight sensitivity&lt;/b&gt; draws the weights of each dimension at random around the chosen ones (Dirichlet with a concentration κ; seeded, so a run repeats), recomputes every derived score, and counts how often each region&apos;s leading dimension, form and rank stay as they are.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;由指标推导评分&lt;/h2&gt;&lt;p&gt;每个维度由若干指标构成（默认指标体系依据文章构建，每个维度四至五个指标）。每个指标在其所属维度内有一个权重，并有一套评分细则：0–10 分制上的若干具名锚点等级。评分者为指标评分时，可选择某一锚点，或在两个锚点之间取值。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;某一维度的&lt;b&gt;评分者得分&lt;/b&gt;是该评分者所评各指标得分的加权平均：对已评分的指标求 Σ wᵢ·sᵢ / Σ wᵢ（部分指标未评分时，权重重新归一化）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;多位评分者&lt;/b&gt;的得分按均值或中位数合并（数据库会记住所选方式）。其离散程度以范围（最低至最高）和样本标准差表示；图中沿坐标轴以色带绘出该范围。&lt;/li&gt;&lt;li&gt;&lt;b&gt;推导分&lt;/b&gt;即上述合并结果四舍五入到 0.1，并随每次指标编辑自动更新。手工输入的评分标记为&lt;i&gt;手工设定&lt;/i&gt;，并在旁边显示推导值。&lt;/li&gt;&lt;li&gt;&lt;b&gt;权重敏感性&lt;/b&gt;：在所选权重附近随机抽取各维度的权重（集中度为 κ 的 Dirichlet 分布；设有随机种子，因此结果可重复），重新计算所有推导分，并统计各地区的优势维度、形态和排名保持不变的频率。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Agreement&lt;/b&gt; between raters is Krippendorff&apos;s α with the interval metric over the indicator scores of the regions in view, stage by stage: 1 is perfect agreement, 0 is no better than chance. Pooled over stages it would count the differences between stages as agreement, so it is shown only beside the stages&apos; values and labelled so. Each α has a 95 % interval (a bootstrap over the scored items, %1 resamples, seed %2) and Krippendorff&apos;s verdict: reliable from %3, tentative conclusions only from %4, unreliable below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;评分者之间的&lt;b&gt;一致性&lt;/b&gt;采用克里彭多夫 α（等距尺度），按阶段基于当前所示地区的指标评分计算：1 表示完全一致，0 表示不优于随机水平。跨阶段合并会把阶段之间的差异算作一致，因此合并值只在各阶段数值旁显示，并注明“跨阶段合并”。每个 α 都附有 95% 置信区间（对已评分项目的自助法，重抽样 %1 次，随机种子 %2）和克里彭多夫惯例下的判断：%3 起为可靠，%4 起为仅可作初步结论，以下为不可靠。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the same pull with the region&apos;s own dated policies and milestones, up to the advantage stage&apos;s last year (later records cannot have made the advantage and are not counted). Each record counts once: for the dimension it counts for (its dialog&apos;s &quot;Counts for&quot;), or shared equally among those it bears on. A date stands for the months it allows: a year alone is any month of that year. The leading dimension&apos;s records must reach half their total before every other dimension&apos;s, with no overlap of the months their dates allow; another dimension wholly earlier makes it not supported, an overlap means the dates cannot tell. It needs an assessment at the advantage stage, which names the leader, at least %2 dated records, and records counting for the leader and for another dimension; otherwise it cannot be tested, and says why. Beside the verdict: each dimension&apos;s first year and half-way point, a permutation p (the records&apos; dimensions shuffled among their dates %3 times: how often the leader leads by as much), and the verdict without the records whose dates the source does not give.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;以地区自身带日期的政策与里程碑检验同一种牵引，只计到优势三角阶段的最后一年（此后的记录不可能造就优势，不计入）。每条记录只计一次：计入其“计入维度”，或在其涉及的维度间平分。日期代表其可能的月份：只有年份时为该年任一月份。优势维度的记录须先于其他各维度过半，且其日期可能的月份不重叠；若另一维度完全更早则不支持，若重叠则日期无法判断。需要优势三角阶段的评估（由它确定优势维度）、至少 %2 条带日期的记录，以及计入优势维度和另一维度的记录；否则无法检验，并说明原因。结论旁给出：各维度的首条记录年份与过半时间、置换检验 p 值（将记录的维度在日期间重排 %3 次：优势维度领先同样多的频率），以及去掉来源未给出日期的记录后的结论。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under other thresholds.&lt;/b&gt; The form classifier&apos;s constants were set between the shipped values. Each is tried over a range (the shared lead %1–%2 points, the balance ratio %3–%4, the spread %5–%6 points, the high mean %7–%8), the others held, and every claim is tested again: a verdict&apos;s details give the values that keep it and what the nearest value beyond them gives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;其他阈值下。&lt;/b&gt;形态判别的常数是在默认数据的数值之间设定的。每个常数在一个范围内逐一改变（并列领先 %1–%2 分，均衡度 %3–%4，分差 %5–%6 分，高位均值 %7–%8），其余不变，并重新检验每项论断：结论的详情给出保持该结论的取值，以及区间外最近取值下的结论。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Causal links&lt;/h2&gt;&lt;p&gt;The article asserts pull, not only order. An analyst records it as a link between two of a region&apos;s records (a policy or milestone drove another), with the source&apos;s sentence and where it stands. The rule: the record pulled must come after the one that pulled it. Dates are compared as the months they allow, as in the dated evidence (a year alone is any month of it): &lt;i&gt;%1&lt;/i&gt; when all of the pulled record&apos;s months come later, &lt;i&gt;%2&lt;/i&gt; when they overlap, &lt;i&gt;%3&lt;/i&gt; when they all come earlier. A link resting on a date placed from context says so. The check says only whether the dates allow the claim.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;因果链接&lt;/h2&gt;&lt;p&gt;文章陈述的不只是先后，还有“牵引”。分析人员可将其记录为同一地区两条记录之间的链接（一项政策或一个里程碑推动了另一条记录），并引用原文句子及其位置。规则：被推动的记录必须晚于推动它的记录。日期按其允许的月份比较，与有日期的证据读法相同（只有年份即该年任一月份）：被推动记录的月份全部在后为&lt;i&gt;%1&lt;/i&gt;，有重叠为&lt;i&gt;%2&lt;/i&gt;，全部在前为&lt;i&gt;%3&lt;/i&gt;。依据推定日期的链接会注明。检验只说明日期是否允许这一论断。&lt;/p&gt;</translation>
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
        <source>%1 (tied)</source>
        <translation>%1（并列）</translation>
    </message>
    <message>
        <source> = </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none (all three within %1 of the highest)</source>
        <translation>无（三项评分与最高分之差均不超过 %1）</translation>
    </message>
    <message>
        <source>Area %1 of a possible %2; balance %3 (lowest score over highest; 1 is equilateral).</source>
        <translation>面积 %1（最大 %2）；均衡度 %3（最低评分与最高评分之比；1 为等边三角形）。</translation>
    </message>
    <message>
        <source>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, below %4: an initial, balanced-low triangle.</source>
        <translation>均衡（均衡度不低于 %1，或各项评分彼此相差均不超过 %2），平均评分 %3 低于 %4：属于低位均衡的初始三角。</translation>
    </message>
    <message>
        <source>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, reaching %4: a balanced-high triangle.</source>
        <translation>均衡（均衡度不低于 %1，或各项评分彼此相差均不超过 %2），平均评分 %3 达到 %4：属于高位均衡的三角。</translation>
    </message>
    <message>
        <source>Unbalanced (balance below %1), and the widest gap is %2&apos;s lead over the others: an advantage triangle, pulled along by this dimension.</source>
        <translation>不均衡（均衡度低于 %1），且最大差距在于%2领先其余维度：属于优势三角，由该维度牵引。</translation>
    </message>
    <message>
        <source>Unbalanced (balance below %1), and the widest gap is %2 trailing the others: the triangle is held back by it.</source>
        <translation>不均衡（均衡度低于 %1），且最大差距在于%2落后于其余维度：整个三角受其拖累。</translation>
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
    <message>
        <source>Checking the upgraded database&apos;s references failed</source>
        <translation>检查升级后数据库的引用失败</translation>
    </message>
    <message>
        <source>The upgrade was not made: a row of “%1” refers to a row of “%2” that is not there.</source>
        <translation>未进行升级：“%1”中有一行引用了“%2”中不存在的行。</translation>
    </message>
</context>
<context>
    <name>triangle::MilestoneRepository</name>
    <message>
        <source>Reading milestones</source>
        <translation>读取里程碑</translation>
    </message>
    <message>
        <source>Reading a milestone</source>
        <translation>读取一个里程碑</translation>
    </message>
    <message>
        <source>There is no milestone with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的里程碑。</translation>
    </message>
    <message>
        <source>There is no milestone with uid “%1” in the database.</source>
        <translation>数据库中没有 uid 为“%1”的里程碑。</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>里程碑 %1</translation>
    </message>
    <message>
        <source>Adding milestone %1</source>
        <translation>添加里程碑 %1</translation>
    </message>
    <message>
        <source>Saving milestone %1</source>
        <translation>保存里程碑 %1</translation>
    </message>
    <message>
        <source>Deleting a milestone</source>
        <translation>删除里程碑</translation>
    </message>
</context>
<context>
    <name>triangle::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Which regions should the new database start with? Both start with the three stages and no assessments.</source>
        <translation>新数据库从哪些地区开始？两种选择都包含三个阶段，且没有评估。</translation>
    </message>
    <message>
        <source>&amp;Provinces only: the national level and the 31 provincial-level units</source>
        <translation>仅省级(&amp;P)：全国及 31 个省级单位</translation>
    </message>
    <message>
        <source>&amp;All levels: also the 333 prefecture-level and 2,850 county-level units</source>
        <translation>全部层级(&amp;A)：另含 333 个地级和 2,850 个县级行政区</translation>
    </message>
    <message>
        <source>Codes and Chinese names of the National Bureau of Statistics (2023); the English names are generated from pinyin, not official. Levels can also be added later with “triangle-studio regions add-levels”.</source>
        <translation>代码和中文名称来自国家统计局（2023 年）；英文名由拼音生成，并非官方名称。也可以稍后用“triangle-studio regions add-levels”添加各层级。</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>triangle::OdtReportWriter</name>
    <message>
        <source>The OpenDocument file could not be packed.</source>
        <translation>无法打包 OpenDocument 文件。</translation>
    </message>
</context>
<context>
    <name>triangle::OutputFile</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the disk holding it is full; any earlier file of that name is left as it was</source>
        <translation>所在磁盘已满；同名的原有文件保持不变</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>它不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>its content could not be made</source>
        <translation>无法生成其内容</translation>
    </message>
</context>
<context>
    <name>triangle::PacketFiles</name>
    <message>
        <source>%1 is an open database, not a scoring packet.</source>
        <translation>%1 是一个已打开的数据库，不是评分包。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2&apos;s answers for %3, round %4: %5 of %6 items filled (%7 new, %8 changed, %9 as before).</source>
        <translation>%1：%2 对%3第 %4 轮的回答：%6 项中填写了 %5 项（新增 %7，修改 %8，与之前相同 %9）。</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>%1 answers are kept for round %2 only: the expert has answered a later round.</source>
        <translation>%1 个回答仅保存为第 %2 轮：该专家已回答了更晚的轮次。</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Left empty (an earlier answer, if any, is kept): %1.</source>
        <translation>留空（如有先前回答则予以保留）：%1。</translation>
    </message>
    <message>
        <source>Not stored: sheet “%1”, row %2%3: %4</source>
        <translation>未保存：工作表“%1”第 %2 行%3：%4</translation>
    </message>
    <message>
        <source>Comparisons: %1 given, %2 left empty.</source>
        <translation>两两比较：已填 %1 项，留空 %2 项。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder %2 does not exist.</source>
        <translation>无法写入“%1”：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Outside the last round&apos;s interquartile range without a reason (stored all the same): %1.</source>
        <translation>超出上一轮四分位距但未说明理由（仍予保存）：%1。</translation>
    </message>
</context>
<context>
    <name>triangle::PanelConvergence</name>
    <message>
        <source>Concordance needs at least two raters; this panel has %1.</source>
        <translation>计算一致性系数至少需要两位评分专家；本专家组只有 %1 位。</translation>
    </message>
    <message>
        <source>Concordance needs at least two items that every rater scored; there are %1 (items left empty by some rater: %2).</source>
        <translation>计算一致性系数至少需要两个所有专家都评了分的条目；现有 %1 个（有专家未评分的条目：%2 个）。</translation>
    </message>
    <message>
        <source>Concordance is undefined: every rater gave all items the same score.</source>
        <translation>一致性系数无法定义：每位专家给所有条目的评分都相同。</translation>
    </message>
    <message>
        <source>There are no items and no dimensions to judge convergence on.</source>
        <translation>没有可用于判断意见是否收敛的条目或维度。</translation>
    </message>
    <message>
        <source>CV of %1 needs at least two answers; it has %2.</source>
        <translation>%1 的变异系数至少需要两个评分；现只有 %2 个。</translation>
    </message>
    <message>
        <source>CV of %1 cannot be computed: its mean is 0 and its SD is %2.</source>
        <translation>%1 的变异系数无法计算：其均值为 0，标准差为 %2。</translation>
    </message>
    <message>
        <source>CV of %1 is %2, above %3.</source>
        <translation>%1 的变异系数为 %2，高于 %3。</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 cannot be computed: %2</source>
        <translation>%1 的肯德尔和谐系数 W 无法计算：%2</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 is %2 with p = %3, not below %4.</source>
        <translation>%1 的肯德尔和谐系数 W 为 %2，p = %3，未低于 %4。</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 is %2, below %3.</source>
        <translation>%1 的肯德尔和谐系数 W 为 %2，低于 %3。</translation>
    </message>
</context>
<context>
    <name>triangle::PanelPanel</name>
    <message>
        <source>Kendall&apos;s W: agreement of the experts&apos; rankings of the items, from 0 (none) to 1 (all rank alike).</source>
        <translation>肯德尔 W：专家对各项目排序的一致程度，从 0（毫无一致）到 1（排序完全相同）。</translation>
    </message>
    <message>
        <source>p: the chance of a W this large if the experts ranked at random; below the significance level the agreement is significant.</source>
        <translation>p：若专家随机排序，得到这么大 W 的概率；低于显著性水平即一致性显著。</translation>
    </message>
    <message>
        <source>CV: coefficient of variation, the spread of the experts&apos; scores relative to their mean (SD / mean).</source>
        <translation>CV：变异系数，专家评分相对于均值的离散程度（标准差 / 均值）。</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α: agreement of the experts&apos; scores beyond chance, 1 perfect, 0 as by chance; the interval is a 95% bootstrap interval.</source>
        <translation>Krippendorff α：专家评分超出偶然的一致程度，1 为完全一致，0 相当于偶然；区间为 95% 自助法区间。</translation>
    </message>
    <message>
        <source>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty).</source>
        <translation>CR：两两比较的一致性比率，不超过 0.10 即可接受（Saaty）。</translation>
    </message>
    <message>
        <source>Expert&amp;s</source>
        <translation>专家(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>轮次(&amp;R)</translation>
    </message>
    <message>
        <source>Pac&amp;kets</source>
        <translation>问卷(&amp;K)</translation>
    </message>
    <message>
        <source>Consistenc&amp;y</source>
        <translation>一致性(&amp;Y)</translation>
    </message>
    <message>
        <source>Stop R&amp;ule and AHP</source>
        <translation>停止规则与 AHP(&amp;U)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>从业年限</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>问卷语言</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>已发问卷</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>缺答</translation>
    </message>
    <message>
        <source>Items left unanswered in the packets the expert returned.</source>
        <translation>该专家已回收问卷中未作答的项目数。</translation>
    </message>
    <message>
        <source>The language the expert&apos;s scoring packets are written in.</source>
        <translation>该专家评分问卷所用的语言。</translation>
    </message>
    <message>
        <source>Add Exper&amp;t…</source>
        <translation>添加专家(&amp;T)…</translation>
    </message>
    <message>
        <source>Adds an expert (a rater) with field, years of experience and packet language.</source>
        <translation>添加一位专家（评分人），包括领域、从业年限和问卷语言。</translation>
    </message>
    <message>
        <source>Edit Expert…</source>
        <translation>编辑专家…</translation>
    </message>
    <message>
        <source>Edits the selected expert (also: double-click or Return on the row).</source>
        <translation>编辑所选专家（也可在该行双击或按回车）。</translation>
    </message>
    <message>
        <source>The panel&apos;s experts are the scorecard&apos;s raters. Each gets a scoring packet in the language set here.</source>
        <translation>专家组的专家即评分卡的评分人。每位专家收到的评分问卷使用此处设定的语言。</translation>
    </message>
    <message>
        <source>Add Expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <source>Edit Expert</source>
        <translation>编辑专家</translation>
    </message>
    <message>
        <source>The stage whose rounds are shown.</source>
        <translation>显示其各轮结果的阶段。</translation>
    </message>
    <message>
        <source>A Delphi round with answers at this stage.</source>
        <translation>该阶段已有回答的德尔菲轮次。</translation>
    </message>
    <message>
        <source>Unmet conditions of the stop rule</source>
        <translation>停止规则未满足的条件</translation>
    </message>
    <message>
        <source>The stop rule (tab Stop Rule and AHP): every item&apos;s CV at most the limit and, in every dimension, W significant (and at least the minimum, when set).</source>
        <translation>停止规则（见“停止规则与 AHP”页）：每个项目的 CV 不超过上限，且每个维度的 W 显著（设定了最小值时还须不低于该值）。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>α 95% interval</source>
        <translation>α 95% 区间</translation>
    </message>
    <message>
        <source>Largest CV</source>
        <translation>最大 CV</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Q1–Q3</source>
        <translation>Q1–Q3</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The middle half of the answers: the quartiles a next-round packet shows each expert.</source>
        <translation>回答的中间一半：下一轮问卷向每位专家显示的四分位数。</translation>
    </message>
    <message>
        <source>Flagged when the item&apos;s CV is above the stop rule&apos;s limit.</source>
        <translation>项目 CV 超过停止规则上限时标记。</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>轮次(&amp;O)：</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>W %1</source>
        <translation>W %1</translation>
    </message>
    <message>
        <source>largest CV</source>
        <translation>最大 CV</translation>
    </message>
    <message>
        <source>No answers at this stage yet: make packets (tab Packets), send them, and import the returned ones.</source>
        <translation>该阶段尚无回答：请生成问卷（“问卷”页），发给专家，再导入回收的问卷。</translation>
    </message>
    <message>
        <source>Round %1 at %2: %3 experts answered, %4 answers; largest CV %5 (limit %6).</source>
        <translation>%2第 %1 轮：%3 位专家作答，共 %4 个回答；最大 CV %5（上限 %6）。</translation>
    </message>
    <message>
        <source>Stop rule met: the panel has converged; no further round is needed.</source>
        <translation>已满足停止规则：专家意见已收敛，无需再进行下一轮。</translation>
    </message>
    <message>
        <source>Stop rule not met (%1 conditions):</source>
        <translation>未满足停止规则（%1 项条件）：</translation>
    </message>
    <message>
        <source>%1 experts, %2 items</source>
        <translation>%1 位专家，%2 个项目</translation>
    </message>
    <message>
        <source>The stage (every item)</source>
        <translation>整个阶段（全部项目）</translation>
    </message>
    <message>
        <source>CV above %1</source>
        <translation>CV 超过 %1</translation>
    </message>
    <message>
        <source>The experts&apos; answers to this item are spread more than the stop rule allows.</source>
        <translation>专家对该项目的回答离散程度超过停止规则的允许范围。</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Items answered of the items the packet asks for.</source>
        <translation>已作答项目数 / 问卷要求的项目数。</translation>
    </message>
    <message>
        <source>Make Packe&amp;ts…</source>
        <translation>生成问卷(&amp;T)…</translation>
    </message>
    <message>
        <source>Writes one scoring packet (.xlsx) per expert into a folder, to send out.</source>
        <translation>为每位专家在一个文件夹中生成一份评分问卷（.xlsx），以便发出。</translation>
    </message>
    <message>
        <source>Imp&amp;ort Returned Packets…</source>
        <translation>导入回收的问卷(&amp;O)…</translation>
    </message>
    <message>
        <source>Reads returned packets, one file or a folder of them, and stores the experts&apos; answers.</source>
        <translation>读取回收的问卷（单个文件或整个文件夹），并保存专家的回答。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未回收</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>With the AHP comparisons.</source>
        <translation>含 AHP 两两比较。</translation>
    </message>
    <message>
        <source>Make Scoring Packets</source>
        <translation>生成评分问卷</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing the scoring packets…</source>
        <translation>正在生成评分问卷…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Packets written: %1.</source>
        <translation>已生成问卷：%1 份。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未生成：%1</translation>
    </message>
    <message>
        <source>Not written for %1: %2</source>
        <translation>未能为 %1 生成：%2</translation>
    </message>
    <message>
        <source>Import Returned Packets</source>
        <translation>导入回收的问卷</translation>
    </message>
    <message>
        <source>Importing returned packets stores the experts&apos; answers at once. It cannot be taken back with Edit › Undo: a backup of the database is taken first, and File › Restore from Backup brings it back.</source>
        <translation>导入回收的问卷会立即保存专家的回答，无法用“编辑 › 撤销”撤回：导入前会先备份数据库，可用“文件 › 从备份恢复”还原。</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a Fol&amp;der…</source>
        <translation>选择文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>Returned Packets</source>
        <translation>回收的问卷</translation>
    </message>
    <message>
        <source>Scoring packets (*.xlsx)</source>
        <translation>评分问卷 (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of Returned Packets</source>
        <translation>回收问卷所在文件夹</translation>
    </message>
    <message>
        <source>Importing the returned packets…</source>
        <translation>正在导入回收的问卷…</translation>
    </message>
    <message>
        <source>Packets imported: %1; refused: %2.</source>
        <translation>已导入问卷：%1 份；拒绝：%2 份。</translation>
    </message>
    <message>
        <source>No backup could be taken first: %1</source>
        <translation>导入前未能备份：%1</translation>
    </message>
    <message>
        <source>Refused (nothing of these was stored):</source>
        <translation>已拒绝（以下文件的内容均未保存）：</translation>
    </message>
    <message>
        <source>Not scoring packets, skipped:</source>
        <translation>不是评分问卷，已跳过：</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比较范围</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>比较数</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Double-click or press Return on a row to edit those comparisons.</source>
        <translation>在某行双击或按回车可编辑这些比较。</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>集结方式</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Experts used</source>
        <translation>采用的专家</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>排除的专家</translation>
    </message>
    <message>
        <source>AIJ: the experts&apos; comparisons are combined (geometric mean), then weighted; AIP: each expert&apos;s weights are averaged.</source>
        <translation>AIJ：先集结专家的比较判断（几何平均）再求权重；AIP：对各专家的权重取平均。</translation>
    </message>
    <message>
        <source>Experts whose comparisons are incomplete or whose CR is above the limit.</source>
        <translation>比较不完整或 CR 超过上限的专家。</translation>
    </message>
    <message>
        <source>Include inconsistent experts in the group&apos;s &amp;weights</source>
        <translation>群体权重中包括不一致的专家(&amp;W)</translation>
    </message>
    <message>
        <source>Normally an expert whose CR is above the limit is left out of the group&apos;s weights.</source>
        <translation>通常 CR 超过上限的专家不计入群体权重。</translation>
    </message>
    <message>
        <source>Edit C&amp;omparisons…</source>
        <translation>编辑两两比较(&amp;O)…</translation>
    </message>
    <message>
        <source>Opens an expert&apos;s pairwise comparisons as a matrix, with the weights and CR as you edit.</source>
        <translation>以矩阵形式打开某位专家的两两比较，编辑时即时显示权重和 CR。</translation>
    </message>
    <message>
        <source>Each expert&apos;s comparisons:</source>
        <translation>各专家的两两比较：</translation>
    </message>
    <message>
        <source>The group&apos;s weights:</source>
        <translation>群体权重：</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>above %1: the comparison %2 vs %3 (now %4) breaks consistency most; %5 would bring CR to %6</source>
        <translation>超过 %1：比较“%2 对 %3”（当前为 %4）对一致性破坏最大；改为 %5 可使 CR 降至 %6</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The panel has converged only when every item&apos;s CV is at most this. </source>
        <translation>只有当每个项目的 CV 都不超过此值时，才认为专家意见已收敛。</translation>
    </message>
    <message>
        <source>Kendall&apos;s W must be significant at this level in every dimension. </source>
        <translation>每个维度的肯德尔 W 都须在此水平上显著。</translation>
    </message>
    <message>
        <source>Require &amp;W of at least</source>
        <translation>要求 W 至少为(&amp;W)</translation>
    </message>
    <message>
        <source>Besides being significant, W must reach this value in every dimension.</source>
        <translation>除显著外，每个维度的 W 还须达到此值。</translation>
    </message>
    <message>
        <source>AIJ — combine the experts&apos; comparisons</source>
        <translation>AIJ — 集结专家的比较判断</translation>
    </message>
    <message>
        <source>AIP — average the experts&apos; weights</source>
        <translation>AIP — 平均专家的权重</translation>
    </message>
    <message>
        <source>AIJ (aggregation of individual judgments) for a panel that judges as one; AIP (aggregation of individual priorities) for experts who judge as separate individuals.</source>
        <translation>AIJ（个体判断集结）适用于作为一个整体判断的专家组；AIP（个体权重集结）适用于各自独立判断的专家。</translation>
    </message>
    <message>
        <source>An expert whose CR is above this is flagged and left out of the group&apos;s weights. </source>
        <translation>CR 超过此值的专家会被标记，并不计入群体权重。</translation>
    </message>
    <message>
        <source>When the panel has converged</source>
        <translation>专家意见何时收敛</translation>
    </message>
    <message>
        <source>Largest CV of an i&amp;tem:</source>
        <translation>单个项目的最大 CV(&amp;T)：</translation>
    </message>
    <message>
        <source>Si&amp;gnificance of W:</source>
        <translation>W 的显著性水平(&amp;G)：</translation>
    </message>
    <message>
        <source>AHP comparisons</source>
        <translation>AHP 两两比较</translation>
    </message>
    <message>
        <source>Com&amp;bine by:</source>
        <translation>集结方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Largest CR all&amp;owed:</source>
        <translation>允许的最大 CR(&amp;O)：</translation>
    </message>
    <message>
        <source>Each change is saved at once; Edit › Undo takes it back.</source>
        <translation>每次修改立即保存；“编辑 › 撤销”可以撤回。</translation>
    </message>
    <message>
        <source>expert %1</source>
        <translation>专家 %1</translation>
    </message>
    <message>
        <source>The three dimensions</source>
        <translation>三个维度</translation>
    </message>
    <message>
        <source>%1: its indicators</source>
        <translation>%1：其指标</translation>
    </message>
    <message>
        <source>Keep as Wei&amp;ght Set…</source>
        <translation>保存为权重集(&amp;G)…</translation>
    </message>
    <message>
        <source>Records the group&apos;s weights of the latest round as a weight set, which Scorecard › Weight Sets can put in force.</source>
        <translation>将最近一轮的专家组权重记录为权重集，可在“评分卡 › 权重集”中使其生效。</translation>
    </message>
    <message>
        <source>Keep as Weight Set</source>
        <translation>保存为权重集</translation>
    </message>
    <message>
        <source>Name of the new weight set:</source>
        <translation>新权重集的名称：</translation>
    </message>
    <message>
        <source>AHP, round %1</source>
        <translation>层次分析法，第 %1 轮</translation>
    </message>
    <message>
        <source>Added the weight set “%1”: %2. Scorecard › Weight Sets… puts it in force.</source>
        <translation>已添加权重集“%1”：%2。可在“评分卡 › 权重集…”中使其生效。</translation>
    </message>
</context>
<context>
    <name>triangle::PanelRepository</name>
    <message>
        <source>Reading the database&apos;s identity</source>
        <translation>读取数据库标识</translation>
    </message>
    <message>
        <source>The database has no identity; it was not made by Triangle Studio.</source>
        <translation>该数据库没有标识；它不是由 Triangle Studio 创建的。</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s settings</source>
        <translation>读取专家组设置</translation>
    </message>
    <message>
        <source>%1 is not a coefficient of variation above 0 and at most 5</source>
        <translation>%1 不是大于 0 且不超过 5 的变异系数</translation>
    </message>
    <message>
        <source>%1 is not a significance level between 0 and 1</source>
        <translation>%1 不是介于 0 与 1 之间的显著性水平</translation>
    </message>
    <message>
        <source>%1 is not a value of W from 0 to 1</source>
        <translation>%1 不是 0 到 1 之间的 W 值</translation>
    </message>
    <message>
        <source>“%1” is neither “aij” nor “aip”</source>
        <translation>“%1”既不是“aij”也不是“aip”</translation>
    </message>
    <message>
        <source>%1 is not a consistency ratio between 0 and 1</source>
        <translation>%1 不是介于 0 与 1 之间的一致性比率</translation>
    </message>
    <message>
        <source>Panel settings</source>
        <translation>专家组设置</translation>
    </message>
    <message>
        <source>Saving the panel&apos;s settings</source>
        <translation>保存专家组设置</translation>
    </message>
    <message>
        <source>%1 is not a round from 1 to 20</source>
        <translation>%1 不是 1 到 20 之间的轮次</translation>
    </message>
    <message>
        <source>name at least one region</source>
        <translation>须至少指定一个地区</translation>
    </message>
    <message>
        <source>name each region once</source>
        <translation>每个地区只能指定一次</translation>
    </message>
    <message>
        <source>Scoring packet</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>the database has no indicators to score</source>
        <translation>数据库中没有可评分的指标</translation>
    </message>
    <message>
        <source>Recording the packet for %1</source>
        <translation>记录发给 %1 的评分包</translation>
    </message>
    <message>
        <source>Recording the packet&apos;s regions</source>
        <translation>记录评分包的地区</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s packets</source>
        <translation>读取专家组的评分包</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>该评分包</translation>
    </message>
    <message>
        <source>The packet %1</source>
        <translation>评分包 %1</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was written.</source>
        <translation>%1 未导入：%2 未写入任何内容。</translation>
    </message>
    <message>
        <source>it was made from another database (%1), not this one (%2).</source>
        <translation>它由另一个数据库（%1）生成，而不是本数据库（%2）。</translation>
    </message>
    <message>
        <source>its structure was altered: %1.</source>
        <translation>其结构已被改动：%1。</translation>
    </message>
    <message>
        <source>Finding the packet</source>
        <translation>查找评分包</translation>
    </message>
    <message>
        <source>this database has no record of making it (packet %1).</source>
        <translation>本数据库没有生成它的记录（评分包 %1）。</translation>
    </message>
    <message>
        <source>its expert, round or stage is not the one the database made it for.</source>
        <translation>其专家、轮次或阶段与数据库生成时的不一致。</translation>
    </message>
    <message>
        <source>its expert “%1” is no longer in the database.</source>
        <translation>其专家“%1”已不在数据库中。</translation>
    </message>
    <message>
        <source>Reading the packet&apos;s regions</source>
        <translation>读取评分包的地区</translation>
    </message>
    <message>
        <source>row %1 (%2) is not an item of this packet</source>
        <translation>第 %1 行（%2）不是本评分包的条目</translation>
    </message>
    <message>
        <source>row %1 (%2) repeats an item</source>
        <translation>第 %1 行（%2）重复了一个条目</translation>
    </message>
    <message>
        <source>it has %1 of the %2 rows the packet was made with</source>
        <translation>它只有生成时 %2 行中的 %1 行</translation>
    </message>
    <message>
        <source>comparison row %1 does not compare two dimensions</source>
        <translation>比较第 %1 行比较的不是两个维度</translation>
    </message>
    <message>
        <source>comparison row %1 does not compare two indicators of one dimension</source>
        <translation>比较第 %1 行比较的不是同一维度的两个指标</translation>
    </message>
    <message>
        <source>Reading an earlier answer</source>
        <translation>读取先前的回答</translation>
    </message>
    <message>
        <source>Storing %1&apos;s answer in row %2</source>
        <translation>保存 %1 第 %2 行的回答</translation>
    </message>
    <message>
        <source>Looking for a later round</source>
        <translation>查找更晚的轮次</translation>
    </message>
    <message>
        <source>Storing %1&apos;s indicator value in row %2</source>
        <translation>保存 %1 第 %2 行的指标值</translation>
    </message>
    <message>
        <source>Storing %1&apos;s comparison in row %2</source>
        <translation>保存 %1 第 %2 行的两两比较</translation>
    </message>
    <message>
        <source>Marking the packet returned</source>
        <translation>将评分包标记为已收回</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s rounds</source>
        <translation>读取专家组的轮次</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s answers</source>
        <translation>读取专家组的回答</translation>
    </message>
    <message>
        <source>Reading the experts&apos; comparisons</source>
        <translation>读取专家的两两比较</translation>
    </message>
    <message>
        <source>must name two different indicators or two different dimensions</source>
        <translation>须指定两个不同的指标或两个不同的维度</translation>
    </message>
    <message>
        <source>%1 is not on Saaty&apos;s scale (1/9 … 9)</source>
        <translation>%1 不在 Saaty 标度上（1/9 … 9）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>Saving a comparison</source>
        <translation>保存两两比较</translation>
    </message>
    <message>
        <source>Removing a comparison</source>
        <translation>删除两两比较</translation>
    </message>
    <message>
        <source>“%1” is not 32 hexadecimal digits</source>
        <translation>“%1”不是 32 位十六进制数字</translation>
    </message>
    <message>
        <source>must say when the packet was made</source>
        <translation>须注明评分包的生成时间</translation>
    </message>
    <message>
        <source>Recording the packet %1</source>
        <translation>记录评分包 %1</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 不是有效评分（应为 0 到 10，步长 0.1）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Saving an answer</source>
        <translation>保存回答</translation>
    </message>
</context>
<context>
    <name>triangle::PanelStatistics</name>
    <message>
        <source>%1 of the %2 comparisons are given</source>
        <translation>%2 项比较中已给出 %1 项</translation>
    </message>
    <message>
        <source>no expert compared these items</source>
        <translation>没有专家比较过这些条目</translation>
    </message>
    <message>
        <source>no expert&apos;s comparisons are complete and consistent enough</source>
        <translation>没有专家的比较既完整又足够一致</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>triangle::PanelTables</name>
    <message>
        <source>the three dimensions</source>
        <translation>三个维度</translation>
    </message>
    <message>
        <source>%1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5</source>
        <translation>%1 对 %2（现为 %3）最破坏一致性；改为 %4 可使 CR 降至 %5</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年资</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>评分包</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>%1, round %2: %3 experts, %4 answers</source>
        <translation>%1，第 %2 轮：%3 位专家，%4 个回答</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>df</source>
        <translation>自由度</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Max CV</source>
        <translation>最大 CV</translation>
    </message>
    <message>
        <source>W for %1: %2</source>
        <translation>%1 的 W：%2</translation>
    </message>
    <message>
        <source>Stop rule (CV ≤ %1, W significant at %2%3): met.</source>
        <translation>停止规则（CV ≤ %1，W 在 %2 水平显著%3）：已满足。</translation>
    </message>
    <message>
        <source>, W ≥ %1</source>
        <translation>，W ≥ %1</translation>
    </message>
    <message>
        <source>Stop rule (CV ≤ %1, W significant at %2%3): not met.</source>
        <translation>停止规则（CV ≤ %1，W 在 %2 水平显著%3）：未满足。</translation>
    </message>
    <message>
        <source>%1, round %2: items</source>
        <translation>%1，第 %2 轮：条目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>%1, round %2: items whose CV is above %3</source>
        <translation>%1，第 %2 轮：CV 高于 %3 的条目</translation>
    </message>
    <message>
        <source>Every item&apos;s CV is within the limit.</source>
        <translation>所有条目的 CV 均在限值以内。</translation>
    </message>
    <message>
        <source>Consistency of the experts&apos; comparisons (CR limit %1)</source>
        <translation>专家两两比较的一致性（CR 限值 %1）</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>比较对</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>To repair</source>
        <translation>修正建议</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Round %1, %2: the group&apos;s weights (%3)</source>
        <translation>第 %1 轮，%2：专家组权重（%3）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Experts used: %1.</source>
        <translation>采用的专家：%1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Left out (comparisons incomplete or CR above the limit): %1.</source>
        <translation>排除（比较不完整或 CR 超过限值）：%1。</translation>
    </message>
    <message>
        <source>CR of the aggregated judgments: %1.</source>
        <translation>集结判断矩阵的 CR：%1。</translation>
    </message>
</context>
<context>
    <name>triangle::PolicyRepository</name>
    <message>
        <source>Reading policies</source>
        <translation>读取政策</translation>
    </message>
    <message>
        <source>Reading a policy</source>
        <translation>读取一项政策</translation>
    </message>
    <message>
        <source>There is no policy with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的政策。</translation>
    </message>
    <message>
        <source>There is no policy with uid “%1” in the database.</source>
        <translation>数据库中没有 uid 为“%1”的政策。</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>Adding policy %1</source>
        <translation>添加政策 %1</translation>
    </message>
    <message>
        <source>Saving policy %1</source>
        <translation>保存政策 %1</translation>
    </message>
    <message>
        <source>Deleting a policy</source>
        <translation>删除政策</translation>
    </message>
</context>
<context>
    <name>triangle::Provenance</name>
    <message>
        <source>Triangle Studio %1 · %2 · data %3</source>
        <comment>the app&apos;s version, the findings rules&apos; version, the data&apos;s fingerprint</comment>
        <translation>Triangle Studio %1 · %2 · 数据 %3</translation>
    </message>
</context>
<context>
    <name>triangle::RaterAgreement</name>
    <message>
        <source>Agreement needs at least two raters scoring the same item; no item has two scores.</source>
        <translation>计算一致性至少需要两位评分者为同一项目评分；目前没有任何项目有两个评分。</translation>
    </message>
    <message>
        <source>Every score is the same, so agreement cannot be told apart from chance.</source>
        <translation>所有评分均相同，因此无法将一致性与随机水平区分开来。</translation>
    </message>
</context>
<context>
    <name>triangle::RaterDialog</name>
    <message>
        <source>Add Rater</source>
        <translation>添加评分者</translation>
    </message>
    <message>
        <source>Edit Rater</source>
        <translation>编辑评分者</translation>
    </message>
    <message>
        <source>A stable identifier for data files: letters, digits, dot, dash and underscore.</source>
        <translation>用于数据文件的稳定标识符：可使用字母、数字、点、连字符和下划线。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属机构(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. public administration</source>
        <translation>例如 公共管理</translation>
    </message>
    <message>
        <source>The expert&apos;s field, as a panel&apos;s report lists its members.</source>
        <translation>专家的领域，供专家组报告列出成员时使用。</translation>
    </message>
    <message>
        <source>Fiel&amp;d:</source>
        <translation>领域(&amp;D)：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Years of experience in the field, 0–80.</source>
        <translation>在该领域的从业年限，0–80。</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>从业年限(&amp;Y)：</translation>
    </message>
    <message>
        <source>The language this expert&apos;s scoring packets are written in.</source>
        <translation>该专家评分问卷所用的语言。</translation>
    </message>
    <message>
        <source>Packet &amp;language:</source>
        <translation>问卷语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>triangle::RaterRepository</name>
    <message>
        <source>Reading raters</source>
        <translation>读取评分者</translation>
    </message>
    <message>
        <source>Reading a rater</source>
        <translation>读取一位评分者</translation>
    </message>
    <message>
        <source>There is no rater with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的评分者。</translation>
    </message>
    <message>
        <source>There is no rater “%1” in the database.</source>
        <translation>数据库中没有评分者“%1”。</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分者</translation>
    </message>
    <message>
        <source>Adding the rater “%1”</source>
        <translation>添加评分者“%1”</translation>
    </message>
    <message>
        <source>Saving the rater “%1”</source>
        <translation>保存评分者“%1”</translation>
    </message>
    <message>
        <source>Deleting a rater</source>
        <translation>删除评分者</translation>
    </message>
    <message>
        <source>Reading the rater aggregate</source>
        <translation>读取评分者评分的合并方式</translation>
    </message>
    <message>
        <source>Saving the rater aggregate</source>
        <translation>保存评分者评分的合并方式</translation>
    </message>
</context>
<context>
    <name>triangle::RecordDialog</name>
    <message>
        <source>Add Policy</source>
        <translation>添加政策</translation>
    </message>
    <message>
        <source>Edit Policy</source>
        <translation>编辑政策</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>地区代码(&amp;R)：</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation>中文标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <source>Bears on:</source>
        <translation>涉及维度：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发布机关(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>出处(&amp;F)：</translation>
    </message>
    <message>
        <source>optional, e.g. 283</source>
        <translation>可选，例如 283</translation>
    </message>
    <message>
        <source>e.g. 项, m², records</source>
        <translation>例如：项、m²、条</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>描述(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>no region has the code “%1”</source>
        <translation>没有代码为“%1”的地区</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>a unit needs a quantity</source>
        <translation>填写单位时须同时填写数量</translation>
    </message>
    <message>
        <source>The source gives no date: placed from &amp;context</source>
        <translation>来源未给出日期：按语境推定(&amp;C)</translation>
    </message>
    <message>
        <source>The dated-evidence reading of the findings is also made without such dates.</source>
        <translation>论断检验中带日期证据的判读也会在去掉这类日期后再做一次。</translation>
    </message>
    <message>
        <source>shared equally among the dimensions it bears on</source>
        <translation>在其涉及的维度间平分</translation>
    </message>
    <message>
        <source>In the findings&apos; dated-evidence reading a record counts once: for this dimension, or shared equally among those it bears on.</source>
        <translation>在论断检验的带日期证据判读中，每条记录只计一次：计入此维度，或在其涉及的维度间平分。</translation>
    </message>
    <message>
        <source>Counts f&amp;or:</source>
        <translation>计入维度(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinkDialog</name>
    <message>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>编辑链接</translation>
    </message>
    <message>
        <source>The sentence of the source that says so, as written</source>
        <translation>原文中作此陈述的句子，照录原文</translation>
    </message>
    <message>
        <source>e.g. §3.2, p. 7</source>
        <translation>例如 §四(二)1，第 7 页</translation>
    </message>
    <message>
        <source>This record:</source>
        <translation>本记录：</translation>
    </message>
    <message>
        <source>&amp;Drove:</source>
        <translation>推动了(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>引文(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>choose the record this one drove</source>
        <translation>请选择本记录推动的记录</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinkRepository</name>
    <message>
        <source>Reading causal links</source>
        <translation>读取因果链接</translation>
    </message>
    <message>
        <source>There is no causal link with id %1 in the database.</source>
        <translation>数据库中没有编号为 %1 的因果链接。</translation>
    </message>
    <message>
        <source>Causal link</source>
        <translation>因果链接</translation>
    </message>
    <message>
        <source>there is no policy with id %1</source>
        <translation>没有编号为 %1 的政策</translation>
    </message>
    <message>
        <source>there is no milestone with id %1</source>
        <translation>没有编号为 %1 的里程碑</translation>
    </message>
    <message>
        <source>must be a record of the same region</source>
        <translation>须为同一地区的记录</translation>
    </message>
    <message>
        <source>These two records are already linked.</source>
        <translation>这两条记录之间已有链接。</translation>
    </message>
    <message>
        <source>is already linked from this record</source>
        <translation>已由此记录链接</translation>
    </message>
    <message>
        <source>Adding a causal link</source>
        <translation>添加因果链接</translation>
    </message>
    <message>
        <source>Saving a causal link</source>
        <translation>保存因果链接</translation>
    </message>
    <message>
        <source>Deleting a causal link</source>
        <translation>删除因果链接</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinksDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Causal Links</source>
        <translation>因果链接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Date check</source>
        <translation>日期检验</translation>
    </message>
    <message>
        <source>&amp;Add Link: This Drove…</source>
        <translation>添加链接：本记录推动了(&amp;A)…</translation>
    </message>
    <message>
        <source>A link records that the source says one record drove another. The check says only whether the dates allow it: the driven record must come after.</source>
        <translation>链接记录的是原文所称一条记录推动了另一条记录。检验只判断日期是否允许：被推动的记录必须在后。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>triangle::RecordSnapshot</name>
    <message>
        <source>No region %1 in the database.</source>
        <translation>数据库中没有地区 %1。</translation>
    </message>
    <message>
        <source>No stage %1 in the database.</source>
        <translation>数据库中没有阶段 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n 项评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n 项政策</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n 个里程碑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s)</source>
        <translation>
            <numerusform>%n 条证据关联</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No indicator value %1 in the database.</source>
        <translation>数据库中没有指标值 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n 位评分者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n 个指标值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator evidence link(s)</source>
        <translation>
            <numerusform>%n 条指标证据关联</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n causal link(s)</source>
        <translation>
            <numerusform>%n 条因果链接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::RecordsPanel</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>本地区</translation>
    </message>
    <message>
        <source>This region and national</source>
        <translation>本地区及全国</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Any dimension</source>
        <translation>所有维度</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>搜索标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Add Policy…</source>
        <translation>添加政策(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Milestone…</source>
        <translation>添加里程碑(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy(ies)?</source>
        <translation>
            <numerusform>删除 %n 项政策？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)?</source>
        <translation>
            <numerusform>删除 %n 个里程碑？</numerusform>
        </translation>
    </message>
    <message>
        <source>This also removes %1 that cite them as support for scores.</source>
        <translation>同时还将删除将其引为评分依据的 %1。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Lin&amp;ks…</source>
        <translation>链接(&amp;K)…</translation>
    </message>
    <message>
        <source>The causal links from and to this record: which record it drove, in the source&apos;s words</source>
        <translation>与本记录相关的因果链接：按原文所述，它推动了哪条记录</translation>
    </message>
    <message>
        <source>Add Link: This Drove…</source>
        <translation>添加链接：本记录推动了…</translation>
    </message>
    <message>
        <source>Causal Links of This Record…</source>
        <translation>本记录的因果链接…</translation>
    </message>
    <message numerus="yes">
        <source>It also removes the %n causal link(s) from or to them.</source>
        <translation>
            <numerusform>同时删除与之相关的 %n 条因果链接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::RegionForm</name>
    <message>
        <source>six digits, e.g. 330000</source>
        <translation>六位数字，例如 330000</translation>
    </message>
    <message>
        <source>code of the region above</source>
        <translation>上级地区的代码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级地区(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>管理机构(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>no region has the code %1</source>
        <translation>没有代码为 %1 的地区</translation>
    </message>
    <message>
        <source>Shown beside every verdict on this region&apos;s data: an illustrative region&apos;s findings show what a reading of a narrative gives, not an observation.</source>
        <translation>显示在本地区数据的每项结论旁：示例地区的结论只表明对叙述的解读会得出什么，而非观察所得。</translation>
    </message>
    <message>
        <source>&amp;Data basis:</source>
        <translation>数据依据(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>triangle::RegionRepository</name>
    <message>
        <source>Reading regions</source>
        <translation>读取地区</translation>
    </message>
    <message>
        <source>Reading a region</source>
        <translation>读取一个地区</translation>
    </message>
    <message>
        <source>There is no region with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的地区。</translation>
    </message>
    <message>
        <source>There is no region with code %1 in the database.</source>
        <translation>数据库中没有代码为 %1 的地区。</translation>
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
        <source>Region %1 (%2) belongs to region %3, which is not in the database.</source>
        <translation>地区 %1（%2）隶属于地区 %3，但数据库中没有该地区。</translation>
    </message>
</context>
<context>
    <name>triangle::RegionTreeModel</name>
    <message numerus="yes">
        <source>Assessed at %n stage(s)</source>
        <translation>
            <numerusform>已在 %n 个阶段评估</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::ReportAgreement</name>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>无置信区间</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单元</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agreement between raters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;评分者之间的一致性&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>How far the raters agree on these regions&apos; indicator scores, stage by stage (1 is perfect agreement, 0 no better than chance).</source>
        <translation>评分者对这些地区指标评分的一致程度，按阶段给出（1 表示完全一致，0 表示不优于随机水平）。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>triangle::ReportArgument</name>
    <message>
        <source>set by hand</source>
        <translation>手工设定</translation>
    </message>
    <message>
        <source>derived, but no indicator values</source>
        <translation>由指标推导，但尚无指标评分</translation>
    </message>
    <message numerus="yes">
        <source>derived from %n indicator(s)</source>
        <translation>
            <numerusform>由 %n 个指标推导</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Raters:&lt;/b&gt; %1; range %2–%3, SD %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;评分者：&lt;/b&gt;%1；范围 %2–%3，标准差 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分者</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; none linked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;证据：&lt;/b&gt;尚未关联。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;证据：&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>，发布机关：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The argument for each score&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;各项评分的论证&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;来源：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1: %2&lt;/b&gt;, %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1：%2&lt;/b&gt;，%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;评分理由：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>derived from %1 of %n indicator(s)</source>
        <translation>
            <numerusform>由 %n 个指标中的 %1 个推导</numerusform>
        </translation>
    </message>
    <message>
        <source>not scored: it does not count in the dimension&apos;s score</source>
        <translation>未评分：不计入维度得分</translation>
    </message>
</context>
<context>
    <name>triangle::ReportCausalLinks</name>
    <message>
        <source>&lt;h3&gt;Causal links&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;因果链接&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The links the source asserts between this region&apos;s records, along their chains. The record pulled must come after the one that pulled it: %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;原文所述本地区各记录之间的链接，按链条排列。被推动的记录须晚于推动它的记录：%1 条在后，%2 条无法判断，%3 条与日期矛盾。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Link and check</source>
        <translation>链接与检验</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>triangle::ReportData</name>
    <message>
        <source>Choose at least one region for the report.</source>
        <translation>请为报告至少选择一个地区。</translation>
    </message>
</context>
<context>
    <name>triangle::ReportDialog</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit (Word, WPS, LibreOffice)</source>
        <translation>OpenDocument 文本，可编辑（Word、WPS、LibreOffice）</translation>
    </message>
    <message>
        <source>Word document (converted by LibreOffice)</source>
        <translation>Word 文档（由 LibreOffice 转换）</translation>
    </message>
    <message>
        <source>&amp;Write Report…</source>
        <translation>生成报告(&amp;W)…</translation>
    </message>
    <message>
        <source>Regions, each with a page of its own in this order:</source>
        <translation>地区（按此顺序各占一页）：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose regions below, or a saved set…</source>
        <translation>在下方选择地区，或选用已保存的组合…</translation>
    </message>
</context>
<context>
    <name>triangle::ReportFindings</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Rules:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;规则：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Findings&lt;/h2&gt;&lt;p&gt;The article&apos;s three claims tested on each region&apos;s data: every score rises or holds from stage to stage (continuous evolution); the dimension that leads at the advantage stage gained most first and the others gain more than it afterwards, and its dated policies and milestones reach half their total first (advantage traction, two readings); the triangle is balanced, then led by one dimension at the advantage stage, then balanced again (dynamic balance). Verdicts by %1 (docs/method.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;论断检验&lt;/h2&gt;&lt;p&gt;用每个地区的数据检验文章的三项论断：各阶段之间每项评分都上升或持平（持续演进）；优势三角阶段领先的维度先获得最大增幅，其余维度随后增幅超过它，且其带日期的政策和里程碑最先达到总数的一半（优势牵引，两种读法）；三角形先均衡，优势三角阶段由某一维度领先，再恢复均衡（动态平衡）。结论依据%1（docs/method.md）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Beneath each verdict: what the region&apos;s data rest on (observed, or illustrative: built from a narrative, not measured) and how often the verdict holds when it is tested again under %1 draws of the indicator weights around the chosen ones (Dirichlet, κ = %2, seed %3) and as many resamples of the raters where there are several. A planned verdict gives what the plan&apos;s values would give.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;每项结论下方注明地区数据的依据（实测，或示例：依据叙述构建、并非实测），以及围绕所选权重抽取指标权重 %1 次（Dirichlet，κ = %2，种子 %3）、有多位评分者时同样次数重抽评分者后，该结论成立的比例。规划中的结论给出规划值所得的结论。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt; (%1 data): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;论断检验&lt;/b&gt;（%1数据）：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under uncertainty: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;不确定性：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation>%1，%2 %3：%4</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under other thresholds: every verdict holds over every value tried of the form classifier&apos;s four constants.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;其他阈值下：形态判别的四个常数在所试全部取值下，各项结论均不变。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under other thresholds (each constant tried over a range, the others held; the rest hold over every value tried): %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;其他阈值下（每个常数在一个范围内逐一改变，其余不变；未列出的在所试全部取值下均不变）：%1。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportGroups</name>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 个中 %1 个</translation>
    </message>
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
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Defined by: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;界定依据：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the members assessed at the stage; in brackets the lowest and highest member score.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;地区组的三角&lt;/h3&gt;&lt;p&gt;每个维度取该阶段已评估成员的%1；括号内为成员的最低分和最高分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;No member is assessed at any stage.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;地区组的三角&lt;/h3&gt;&lt;p&gt;各阶段均无成员评估。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Members&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;成员&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1, roll-up</source>
        <translation>%1（汇总）</translation>
    </message>
    <message>
        <source>%1, own</source>
        <translation>%1（自身）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roll-up from sub-regions&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the sub-regions assessed at the stage, in brackets their lowest and highest score; the region&apos;s own triangle beneath where it is assessed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;由下级地区汇总&lt;/h3&gt;&lt;p&gt;每个维度取该阶段已评估下级地区的%1，括号内为其最低分和最高分；若本地区已有评估，其自身三角列于下方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>triangle::ReportPanel</name>
    <message>
        <source>&lt;h2&gt;Expert panel&lt;/h2&gt;&lt;p&gt;Experts scored each region&apos;s indicators in scoring packets, round by round (Delphi). For each round: Kendall&apos;s W says how far the experts rank the items of a dimension alike (0 none, 1 complete; corrected for ties), with its chi-square test; Krippendorff&apos;s α (interval) how far their scores agree, with a 95 % bootstrap interval; the coefficient of variation (standard deviation n − 1 over the mean) how widely each item&apos;s scores spread. The stop rule is the analyst&apos;s. Each expert&apos;s pairwise comparisons give weights by the principal eigenvector (Saaty&apos;s AHP); a consistency ratio above the limit is flagged, with the comparison that breaks it most, and the group&apos;s weights leave such experts out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;专家组&lt;/h2&gt;&lt;p&gt;专家通过评分包逐轮（德尔菲法）为各地区的指标打分。每一轮中：肯德尔协调系数 W 表示专家对同一维度各条目的排序有多一致（0 为毫无一致，1 为完全一致；已作结校正），并给出卡方检验；Krippendorff α（区间尺度）表示其评分的一致程度，附 95% 自助法区间；变异系数（n − 1 标准差除以均值）表示各条目评分的离散程度。停止规则由分析者设定。每位专家的两两比较以主特征向量法（Saaty 层次分析法）得出权重；一致性比率超过限值的予以标记，并指出最破坏一致性的比较；专家组权重不采用这些专家的判断。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportScorecard</name>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手工设定</translation>
    </message>
    <message>
        <source>derived, but no indicator values</source>
        <translation>推导，但无指标值</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation>
            <numerusform>%n 个指标中的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <source>derived: %1, %2</source>
        <translation>推导：%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n 位评分者</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>range %1–%2, SD %3</source>
        <translation>范围 %1–%2，标准差 %3</translation>
    </message>
    <message>
        <source>all three derived: from %1 indicators, %2</source>
        <translation>三项均由指标推导：%1 个指标，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scores from indicators&lt;/h3&gt;&lt;p&gt;A dimension&apos;s score may be derived from its indicators (this database has %1 and %2). Each rater&apos;s score for the dimension is the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of the indicator scores sᵢ that rater gave, the weights wᵢ normalised within the dimension over the indicators rated. The raters&apos; scores are then combined by their %3, as this database is set, and the result is shown rounded to 0.1. Where several raters scored a dimension, a region&apos;s page gives the lowest and highest of their scores and their standard deviation (n − 1), and the diagrams draw that range as a band along the axis. A score typed by hand is marked “set by hand”: indicators do not change it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;由指标推导评分&lt;/h3&gt;&lt;p&gt;维度评分可由其指标推导得出（本数据库有 %1 和 %2）。每位评分者在某一维度上的得分，是该评分者所给指标得分 sᵢ 的加权平均 Σ wᵢ·sᵢ / Σ wᵢ，其中权重 wᵢ 在该维度已评分的指标范围内归一化。各评分者的得分再按本数据库设定的%3合并，结果四舍五入到 0.1 显示。若某一维度有多位评分者评分，地区页面会给出其得分的最低值、最高值和标准差（n − 1），图中沿坐标轴以色带绘出该范围。手工输入的评分标记为“手工设定”，不受指标影响。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The last page shows how far each region&apos;s leading dimension, form and rank depend on the indicator weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最后一页显示各地区的优势维度、形态和排名在多大程度上取决于指标权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the scores were set&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;评分的设定方式&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; %1 · &lt;b&gt;draws:&lt;/b&gt; %2 · &lt;b&gt;concentration κ:&lt;/b&gt; %3 · &lt;b&gt;seed:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;How far each region&apos;s leading dimension, form and rank depend on the indicator weights. In each draw the weights of every dimension&apos;s indicators are drawn at random around the stored weights w, from the Dirichlet distribution Dirichlet(κ·w) (a larger κ keeps the draws closer to w; the seed makes the run repeatable). The dimension scores are derived again with the drawn weights, and the leading dimension, the form and the rank (by triangle area among the regions below, 1 the largest, with its range over the draws) are read again. A change is the share of draws whose reading differs from the one with the stored weights. A dimension set by hand keeps its score.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;权重敏感性&lt;/h2&gt;&lt;p&gt;&lt;b&gt;阶段：&lt;/b&gt;%1 · &lt;b&gt;抽样次数：&lt;/b&gt;%2 · &lt;b&gt;集中度 κ：&lt;/b&gt;%3 · &lt;b&gt;随机种子：&lt;/b&gt;%4&lt;/p&gt;&lt;p&gt;各地区的优势维度、形态和排名在多大程度上取决于指标权重。每次抽样时，各维度指标的权重在已存储权重 w 附近随机抽取，服从 Dirichlet 分布 Dirichlet(κ·w)（κ 越大，抽样越接近 w；随机种子使结果可重复）。用抽取的权重重新推导各维度评分，并重新判读优势维度、形态和排名（按下列地区的三角形面积排序，1 为最大，并给出各次抽样中的排名范围）。“变化”指判读结果与使用已存储权重时不同的抽样所占比例。手工设定的维度保持其评分不变。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Shared lead</source>
        <translation>并列优势</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Leader changes</source>
        <translation>优势维度变化</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Form changes</source>
        <translation>形态变化</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>排名（范围）</translation>
    </message>
    <message>
        <source>Rank changes</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which dimension leads, over the draws&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;各次抽样中的优势维度&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of the report&apos;s regions is assessed at this stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;报告中的地区在此阶段均无评估。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Every score set by hand, so the weights do not apply: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;所有评分均为手工设定，权重不起作用：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Not assessed at this stage: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;本阶段未评估：%1。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportWriter</name>
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
    <message>
        <source>Strategic triangle report</source>
        <translation>战略三角报告</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>里程碑：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Policies and milestones&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;政策与里程碑&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;暂无记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Comparison&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;地区比较&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p class=&apos;note&apos;&gt;… and %n more, not shown here.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p class=&apos;note&apos;&gt;…另有 %n 条未在此列出。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Area ratio</source>
        <translation>面积比</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Strategic triangle report&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p class=&apos;note&apos;&gt;%2 · %3&lt;/p&gt;&lt;p&gt;Scores of mission, political and operational management at each stage, what they show, how they were set, the policies and milestones behind them, and how far the readings depend on the indicator weights.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;战略三角报告&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p class=&apos;note&apos;&gt;%2 · %3&lt;/p&gt;&lt;p&gt;各阶段使命管理、政治管理和运作管理的评分及其所反映的情况、评分的设定方式、评分背后的政策和里程碑，以及这些判读在多大程度上取决于指标权重。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Method&lt;/h2&gt;&lt;p&gt;Each region is scored from 0 to 10 (in steps of 0.1) on each dimension at each stage. The three axes of a diagram leave the centre 120° apart, mission at the top.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Area = (√3/4)·(m·p + p·o + o·m); the largest possible is %1.&lt;/li&gt;&lt;li&gt;Balance = lowest score / highest score: 1 for an equilateral triangle. The area ratio (m·p + p·o + o·m) / (3·mean²) is shown beside it.&lt;/li&gt;&lt;li&gt;Leading dimension: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;Form: balanced when the balance is %5 or more or all scores lie within %3, high from a mean of %4. Otherwise, with the scores sorted top, middle, bottom: advantage-led by the top dimension when its lead over the middle is more than %2 and at least the middle&apos;s lead over the bottom; else lagging, by the bottom dimension.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sources: each assessment names where its scores come from; the scores shipped with Triangle Studio are an analyst&apos;s reading of Zhang Fan&apos;s article, not measured data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;方法&lt;/h2&gt;&lt;p&gt;每个地区在每个阶段的各维度评分为 0 到 10 分（步长 0.1）。图中三条坐标轴从中心出发，彼此相隔 120°，使命位于顶端。以下 m、p、o 分别表示使命、政治、运作评分。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;面积 = (√3/4)·(m·p + p·o + o·m)；最大可能值为 %1。&lt;/li&gt;&lt;li&gt;均衡度 = 最低评分 / 最高评分：等边三角形的均衡度为 1。旁边同时列出面积比 (m·p + p·o + o·m) / (3·均值²)。&lt;/li&gt;&lt;li&gt;优势维度：评分最高的维度；与最高分之差不超过 %2 的维度并列优势。&lt;/li&gt;&lt;li&gt;形态：均衡度达到 %5 或以上，或各项评分彼此相差均不超过 %3 时为均衡型，平均评分达到 %4 时为高位均衡。否则，将评分按高、中、低排序：若最高维度领先居中维度超过 %2，且不小于居中维度领先最低维度的幅度，则为最高维度优势型；否则为最低维度滞后型。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;来源：每条评估均注明其评分来源；Triangle Studio 内置的评分是分析者对张帆文章的解读，非实测数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;There is no stage.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;权重敏感性&lt;/h2&gt;&lt;p&gt;数据库中没有阶段。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stage, then its evidence coverage</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警示：%1</translation>
    </message>
</context>
<context>
    <name>triangle::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Triangle Studio keeps a snapshot of “%1” from the first time it is opened each day. A snapshot is restored as a new file; the open database is not changed.</source>
        <translation>Triangle Studio 在每天首次打开“%1”时保存一份快照。快照恢复为新文件，当前打开的数据库不会被改动。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation> 份快照</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新(&amp;K)：</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>&amp;Restore as New File…</source>
        <translation>恢复为新文件(&amp;R)…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <source>Restore as New File</source>
        <translation>恢复为新文件</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
</context>
<context>
    <name>triangle::ScoreSync</name>
    <message>
        <source>Finding derived scores</source>
        <translation>查找推导分</translation>
    </message>
    <message>
        <source>Updating derived scores</source>
        <translation>更新推导分</translation>
    </message>
</context>
<context>
    <name>triangle::ScorecardModel</name>
    <message>
        <source>between %1 and %2</source>
        <translation>介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>between anchors</source>
        <translation>介于锚点之间</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>细则等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n indicator(s) scored)</source>
        <translation>
            <numerusform>%1：%2（已评 %n 个指标）</numerusform>
        </translation>
    </message>
    <message>
        <source>no assessment at this stage</source>
        <translation>此阶段尚无评估</translation>
    </message>
    <message>
        <source>score derived: %1</source>
        <translation>推导分：%1</translation>
    </message>
    <message>
        <source>score set by hand: %1</source>
        <translation>手工设定评分：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n raters: %1 (range %2–%3, SD %4)</source>
        <translation>
            <numerusform>%n 位评分者：%1（范围 %2–%3，标准差 %4）</numerusform>
        </translation>
    </message>
    <message>
        <source>one rater</source>
        <translation>一位评分者</translation>
    </message>
    <message>
        <source>no indicator scored</source>
        <translation>尚无指标评分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;How it is observed:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;观测方式：&lt;/i&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message numerus="yes">
        <source>one rater; %1 of %n indicator(s) scored</source>
        <translation>
            <numerusform>一位评分者；%n 项指标中已评 %1 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::ScorecardPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>关联证据(&amp;L)…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>取消关联(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Rater:</source>
        <translation>评分者(&amp;R)：</translation>
    </message>
    <message>
        <source>Add Ra&amp;ter…</source>
        <translation>添加评分者(&amp;T)…</translation>
    </message>
    <message>
        <source>Mean of raters</source>
        <translation>评分者均值</translation>
    </message>
    <message>
        <source>Median of raters</source>
        <translation>评分者中位数</translation>
    </message>
    <message>
        <source>How several raters&apos; derived scores are combined into the score in force. The database remembers the choice.</source>
        <translation>多位评分者的推导分如何合并为生效评分。数据库会记住此选择。</translation>
    </message>
    <message>
        <source>&amp;Indicator Set…</source>
        <translation>指标体系(&amp;I)…</translation>
    </message>
    <message>
        <source>Clear Score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Scores in force</source>
        <translation>生效评分</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推导</translation>
    </message>
    <message>
        <source>Derive the %1 score from its indicators; unchecked, the score is the one typed by hand.</source>
        <translation>由指标推导%1评分；不勾选时，采用手工输入的评分。</translation>
    </message>
    <message>
        <source>Derive From Indicators</source>
        <translation>由指标推导</translation>
    </message>
    <message>
        <source>No indicator of %1 has a score at this stage yet: score one first.</source>
        <translation>%1在此阶段尚无已评分的指标：请先为一个指标评分。</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator score</source>
        <translation>所选指标评分的证据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no assessment at this stage: add one on the Assessments tab</source>
        <translation>此阶段尚无评估：请在“评估”选项卡中添加</translation>
    </message>
    <message>
        <source>score %1, derived from its indicators</source>
        <translation>评分 %1，由指标推导</translation>
    </message>
    <message>
        <source>score %1, set by hand</source>
        <translation>评分 %1，手工设定</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n raters: range %2–%3, SD %4</source>
        <translation>
            <numerusform>%n 位评分者的%1：范围 %2–%3，标准差 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>one rater</source>
        <translation>一位评分者</translation>
    </message>
    <message>
        <source>the indicators give %1 (%2)</source>
        <translation>指标得出 %1（%2）</translation>
    </message>
    <message>
        <source>no indicator scored</source>
        <translation>尚无指标评分</translation>
    </message>
    <message>
        <source>Agreement between raters (Krippendorff&apos;s α, interval) at this stage:</source>
        <translation>此阶段评分者之间的一致性（克里彭多夫 α，等距尺度）：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not computable (%2)</source>
        <translation>%1 无法计算（%2）</translation>
    </message>
    <message numerus="yes">
        <source>(over %n region(s) with indicator scores).</source>
        <translation>
            <numerusform>（基于 %n 个有指标评分的地区）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a scored indicator to see and link its evidence.</source>
        <translation>选择一个已评分的指标，以查看并关联其证据。</translation>
    </message>
    <message>
        <source>Delete the rater “%1”?</source>
        <translation>删除评分者“%1”？</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>同时还将删除 %1。</translation>
    </message>
    <message>
        <source>Delete Rater</source>
        <translation>删除评分者</translation>
    </message>
    <message>
        <source>Link Evidence to an Indicator Score</source>
        <translation>为指标评分关联证据</translation>
    </message>
    <message>
        <source>Policies and milestones bearing on %1:</source>
        <translation>涉及%1的政策与里程碑：</translation>
    </message>
    <message numerus="yes">
        <source>Link %n piece(s) of evidence</source>
        <translation>
            <numerusform>关联 %n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <source>not computable (%1)</source>
        <translation>无法计算（%1）</translation>
    </message>
    <message>
        <source>not scored yet: scoring an indicator of it derives the score</source>
        <translation>尚未评分：为其任一指标打分即可推导出分数</translation>
    </message>
    <message>
        <source>&amp;Weight Sets…</source>
        <translation>权重集(&amp;W)…</translation>
    </message>
    <message>
        <source>Weight sets side by side: the analyst&apos;s, the experts&apos;, and those from the data; put one in force or compare the regions under several.</source>
        <translation>并列查看各权重集：分析人员的、专家的及由数据得出的；可使其中之一生效，或在多个权重集下比较各地区。</translation>
    </message>
</context>
<context>
    <name>triangle::ScoringPacketReader</name>
    <message>
        <source>the score %1 lies outside 0–10</source>
        <translation>评分 %1 超出 0–10 的范围</translation>
    </message>
    <message>
        <source>the score %1 is not on the 0.1 grid: give at most one decimal</source>
        <translation>评分 %1 不是 0.1 的整数倍：最多保留一位小数</translation>
    </message>
    <message>
        <source>the hidden packet sheet has lost its key “%1”</source>
        <translation>隐藏的评分包工作表缺少键“%1”</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing: it was renamed or deleted</source>
        <translation>缺少工作表“%1”：它已被重命名或删除</translation>
    </message>
    <message>
        <source>sheet “%1” has lost its hidden row of column keys (row %2)</source>
        <translation>工作表“%1”缺少隐藏的列键行（第 %2 行）</translation>
    </message>
    <message>
        <source>sheet “%1”: its columns were changed (hidden row %2 lacks or repeats the keys %3)</source>
        <translation>工作表“%1”：其列已被改动（隐藏的第 %2 行缺少或重复了键 %3）</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 belongs to another packet</source>
        <translation>工作表“%1”第 %2 行属于另一个评分包</translation>
    </message>
    <message>
        <source>its sheet “%1” cannot be read: %2</source>
        <translation>无法读取其工作表“%1”：%2</translation>
    </message>
    <message>
        <source>sheet “%1” has more than %2 rows more than the packet&apos;s</source>
        <translation>工作表“%1”比评分包多出 %2 行以上</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 has no hidden keys: a row was added, or its keys deleted</source>
        <translation>工作表“%1”第 %2 行没有隐藏键：有行被添加，或其键被删除</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: its hidden keys were changed</source>
        <translation>工作表“%1”第 %2 行：其隐藏键已被改动</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 repeats row %3 (%4, %5)</source>
        <translation>工作表“%1”第 %2 行与第 %3 行重复（%4，%5）</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>评分“%1”不是数值</translation>
    </message>
    <message>
        <source>the anchor “%1” does not begin with its score</source>
        <translation>锚点“%1”不以其分值开头</translation>
    </message>
    <message>
        <source>sheet “%1” has %2 rows of items where the packet has %3: rows were added or deleted</source>
        <translation>工作表“%1”有 %2 个条目行，而评分包有 %3 个：有行被添加或删除</translation>
    </message>
    <message>
        <source>the hidden packet sheet has lost the name of the comparisons sheet</source>
        <translation>隐藏的评分包工作表缺少两两比较工作表的名称</translation>
    </message>
    <message>
        <source>“%1” is not on Saaty&apos;s scale (9 … 2, 1, 1/2 … 1/9)</source>
        <translation>“%1”不在 Saaty 标度上（9 … 2、1、1/2 … 1/9）</translation>
    </message>
    <message>
        <source>“%1” is not a scoring packet: it has no hidden sheet “%2” naming the format %3. Return the workbook Triangle Studio wrote for the expert.</source>
        <translation>“%1”不是评分包：其中没有注明格式 %3 的隐藏工作表“%2”。请交回 Triangle Studio 为该专家生成的工作簿。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a scoring packet: %2</source>
        <translation>无法将“%1”作为评分包读取：%2</translation>
    </message>
    <message>
        <source>“%1” is a scoring packet of a later format (%2) than this version of Triangle Studio reads (%3); update Triangle Studio</source>
        <translation>“%1”是较新格式（%2）的评分包，本版 Triangle Studio 只能读取格式 %3；请更新 Triangle Studio</translation>
    </message>
</context>
<context>
    <name>triangle::ScoringPacketWriter</name>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>the packet&apos;s item %1 names an indicator the packet does not describe</source>
        <translation>评分包的条目 %1 所指的指标未在评分包中说明</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>its sheets cannot be added</source>
        <translation>无法添加工作表</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>工作表 %1，第 %2 行</translation>
    </message>
    <message>
        <source>Reason (outside the range)</source>
        <translation>理由（超出范围时）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expert scoring: %1, round %2</source>
        <translation>专家评分：%1，第 %2 轮</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>← note here the date you were asked to return the packet by</source>
        <translation>← 请在此记下要求交回评分包的日期</translation>
    </message>
    <message>
        <source>Open the sheet “%1”: it has one row for each region and indicator.</source>
        <translation>打开工作表“%1”：每个地区的每个指标各占一行。</translation>
    </message>
    <message>
        <source>In each row, pick the rubric anchor that fits best, or type a score. The indicators and their anchors are described below.</source>
        <translation>在每一行中选择最相符的细则锚点，或直接输入分值。各指标及其锚点说明见下文。</translation>
    </message>
    <message>
        <source>Compare your score with the panel&apos;s last round. When your new score lies outside the panel&apos;s range (Q1–Q3), say why in the column “%1”.</source>
        <translation>将您的评分与专家组上一轮的结果比较。若新评分落在专家组的范围（Q1–Q3）之外，请在“%1”列中说明理由。</translation>
    </message>
    <message>
        <source>Write in the column “%1” what your score rests on, where it helps the panel.</source>
        <translation>如有助于专家组理解，请在“%1”列中写明评分依据。</translation>
    </message>
    <message>
        <source>On the sheet “%1”, say for each pair how much more important the first is than the second.</source>
        <translation>在工作表“%1”中，为每一对指出前者比后者重要多少。</translation>
    </message>
    <message>
        <source>Save the workbook as it is (.xlsx), without renaming sheets or adding, moving or deleting rows, and send it back.</source>
        <translation>请按原格式（.xlsx）保存工作簿后交回；不要重命名工作表，也不要添加、移动或删除行。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>填写步骤</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>评分标度</translation>
    </message>
    <message>
        <source>Scores run from 0 to 10 in steps of 0.1. Pick an anchor from the list, or type a score: a score between two anchors is allowed when the region lies between them. A typed score counts; the anchor is used only when the score is left empty. Give your reason in the note column.</source>
        <translation>评分范围为 0 至 10，步长 0.1。可从列表中选择锚点，或直接输入分值：若地区的情况介于两个锚点之间，可取两者之间的分值。以输入的分值为准；只有分值留空时才采用所选锚点的分值。请在备注列中写明理由。</translation>
    </message>
    <message>
        <source>Round %1: for each row you see the panel&apos;s median and interquartile range (Q1–Q3) from the last round, how many experts answered, and your own score then. You may keep or change your score; when your new score lies outside the range, give your reason in the column “%2”.</source>
        <translation>第 %1 轮：每一行列出专家组上一轮的中位数和四分位距（Q1–Q3）、作答专家人数以及您上一轮的评分。您可以保留或修改评分；若新评分落在该范围之外，请在“%2”列中说明理由。</translation>
    </message>
    <message>
        <source>This round is blind: you see no other expert&apos;s scores, and no other expert sees yours.</source>
        <translation>本轮为背对背评分：您看不到其他专家的评分，其他专家也看不到您的评分。</translation>
    </message>
    <message>
        <source>Pairwise comparisons use Saaty&apos;s scale: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9 extreme; 2, 4, 6 and 8 lie between. Pick the number when the first item (A) is the more important, and its reciprocal (1/3, 1/5 …) when the second (B) is.</source>
        <translation>两两比较采用 Saaty 标度：1 表示同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；2、4、6、8 介于其间。前一项（A）更重要时选该数值，后一项（B）更重要时选其倒数（1/3、1/5 …）。</translation>
    </message>
    <message>
        <source>The indicators</source>
        <translation>指标说明</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>How observed</source>
        <translation>观测方式</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Panel median</source>
        <translation>专家组中位数</translation>
    </message>
    <message>
        <source>Interquartile range (Q1–Q3)</source>
        <translation>四分位距（Q1–Q3）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>作答人数</translation>
    </message>
    <message>
        <source>Your score last round</source>
        <translation>您上一轮的评分</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>评分（0–10）</translation>
    </message>
    <message>
        <source>Rubric anchor</source>
        <translation>细则锚点</translation>
    </message>
    <message>
        <source>Pick the anchor that fits best. It counts when the score cell is left empty.</source>
        <translation>选择最相符的锚点。评分单元格留空时，以锚点的分值为准。</translation>
    </message>
    <message>
        <source>Not an anchor</source>
        <translation>不是列出的锚点</translation>
    </message>
    <message>
        <source>Pick one of the listed anchors, or leave the cell empty and type a score.</source>
        <translation>请选择列出的锚点之一，或将此单元格留空并输入分值。</translation>
    </message>
    <message>
        <source>Score 0–10</source>
        <translation>评分 0–10</translation>
    </message>
    <message>
        <source>A number from 0 to 10 in steps of 0.1, such as 6.5; or pick an anchor instead.</source>
        <translation>0 至 10 之间、步长 0.1 的数值，例如 6.5；也可改为选择锚点。</translation>
    </message>
    <message>
        <source>Not a score</source>
        <translation>不是有效评分</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 with at most one decimal (steps of 0.1), or leave the cell empty.</source>
        <translation>请输入 0 至 10 之间、最多一位小数（步长 0.1）的数值，或将单元格留空。</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>工作表 %1，“%2”列</translation>
    </message>
    <message>
        <source>Compared within</source>
        <translation>比较范围</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A over B (Saaty 1–9)</source>
        <translation>A 相对于 B（Saaty 1–9）</translation>
    </message>
    <message>
        <source>How much more important is A?</source>
        <translation>A 比 B 重要多少？</translation>
    </message>
    <message>
        <source>1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 … 1/9 when B is the more important.</source>
        <translation>1 同等，3 稍微，5 明显，7 强烈，9 极端重要；B 更重要时选 1/3 … 1/9。</translation>
    </message>
    <message>
        <source>Not on Saaty&apos;s scale</source>
        <translation>不在 Saaty 标度上</translation>
    </message>
    <message>
        <source>Pick a value from the list: 9 … 2, 1, 1/2 … 1/9.</source>
        <translation>请从列表中选择：9 … 2、1、1/2 … 1/9。</translation>
    </message>
    <message>
        <source>the workbook cannot be started</source>
        <translation>无法创建工作簿</translation>
    </message>
</context>
<context>
    <name>triangle::SensitivityPanel</name>
    <message>
        <source>Dirichlet concentration κ: the weights are drawn as Dirichlet(κ · chosen weights). Larger κ keeps the draws closer to the chosen weights.</source>
        <translation>Dirichlet 集中度 κ：权重按 Dirichlet(κ · 所选权重) 抽取。κ 越大，抽取的权重越接近所选权重。</translation>
    </message>
    <message>
        <source>The same seed repeats the same draws.</source>
        <translation>相同的随机种子会重复相同的抽样。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Concentration κ:</source>
        <translation>集中度 κ(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>抽样次数(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Leading dimension</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Lead kept</source>
        <translation>优势维度保持</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Form kept</source>
        <translation>形态保持</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>排名（范围）</translation>
    </message>
    <message>
        <source>Rank kept</source>
        <translation>排名保持</translation>
    </message>
    <message>
        <source>Each draw takes new indicator weights around the chosen ones, recomputes every derived score and reads the triangle again. “Kept” is the share of draws in which the reading stayed as it is with the chosen weights. Scores set by hand do not move with the weights.</source>
        <translation>每次抽样在所选权重附近取一组新的指标权重，重新计算所有推导分并重新判读三角形。“保持”指判读结果与使用所选权重时相同的抽样所占比例。手工设定的评分不随权重变化。</translation>
    </message>
    <message>
        <source>shared lead</source>
        <translation>并列优势</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Every score of this region is set by hand: weights do not move it.</source>
        <translation>该地区的所有评分均为手工设定：权重不影响其评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s), concentration %1, seed %2, over %3 region(s) with indicator scores; %4 ms.</source>
        <translation>
            <numerusform>抽样 %n 次，集中度 %1，随机种子 %2，覆盖 %3 个有指标评分的地区；用时 %4 毫秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::SmallMultiplesView</name>
    <message>
        <source>Regions&apos; triangles</source>
        <translation>各地区的战略三角</translation>
    </message>
    <message>
        <source>Axes: %1 up, %2 lower left, %3 lower right. The colour is the leading dimension; grey when the lead is shared.</source>
        <translation>坐标轴：%1在上，%2在左下，%3在右下。颜色表示优势维度；优势维度并列时为灰色。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>面积 %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>均衡度 %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>平均分 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Area %1, balance %2</source>
        <translation>面积 %1，均衡度 %2</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>形态：%1</translation>
    </message>
    <message>
        <source>Leading: %1</source>
        <translation>优势维度：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s).</source>
        <translation>
            <numerusform>共 %n 个地区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: %1.</source>
        <translation>当前：%1。</translation>
    </message>
    <message>
        <source>The arrow keys move between regions and Enter opens one.</source>
        <translation>方向键可在地区之间移动，Enter 键打开所选地区。</translation>
    </message>
</context>
<context>
    <name>triangle::StageRepository</name>
    <message>
        <source>Reading stages</source>
        <translation>读取阶段</translation>
    </message>
    <message>
        <source>Reading a stage</source>
        <translation>读取一个阶段</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the database.</source>
        <translation>数据库中没有阶段“%1”。</translation>
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
        <source>There is no stage with id %1 in the database.</source>
        <translation>数据库中没有 ID 为 %1 的阶段。</translation>
    </message>
    <message>
        <source>Deleting a stage</source>
        <translation>删除阶段</translation>
    </message>
</context>
<context>
    <name>triangle::StagesDialog</name>
    <message>
        <source>Planned</source>
        <translation>规划值</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>The scores at this stage are planned values, such as the targets of a Five-Year plan. Findings that read the target stage then say “planned, not observed”.</source>
        <translation>此阶段的分数是规划值，例如五年规划的目标。涉及目标三角阶段的论断将显示“规划值，非观测”。</translation>
    </message>
    <message>
        <source>The scores at this stage record what was observed.</source>
        <translation>此阶段的分数记录的是实测结果。</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The findings, the data files and the command line name the stage by its key, which stays as it is.</source>
        <translation>论断检验、数据文件和命令行都按键识别阶段，键保持不变。</translation>
    </message>
    <message>
        <source>Whether the scores at this stage were observed or are a plan&apos;s targets. The findings read this of the target stage.</source>
        <translation>此阶段的分数是实测结果，还是规划目标。论断检验读取目标三角阶段的这一状态。</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>起始年份(&amp;S)：</translation>
    </message>
    <message>
        <source>En&amp;d year:</source>
        <translation>结束年份(&amp;D)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>A field is saved when you leave it, and Edit › Undo takes it back. Planned: the scores are a plan&apos;s targets, such as a Five-Year plan&apos;s; the findings that read the target stage then say “planned, not observed”.</source>
        <translation>离开字段时即保存，可用“编辑 › 撤销”撤回。规划值：分数是规划目标，例如五年规划的目标；涉及目标三角阶段的论断将显示“规划值，非观测”。</translation>
    </message>
    <message>
        <source>S&amp;tages, in order:</source>
        <translation>阶段（按顺序）(&amp;T)：</translation>
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
        <source>Looking for changes made elsewhere</source>
        <translation>检查其他程序所做的修改</translation>
    </message>
    <message>
        <source>%1: the disk is full, or the database has reached its size limit; nothing of this change was saved. Free some space and try again.</source>
        <translation>%1：磁盘已满，或数据库已达到大小上限；此次更改未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1: the disk reported an input/output error (%2); the file may be on a failing or disconnected drive.</source>
        <translation>%1：磁盘报告输入/输出错误（%2）；文件所在的驱动器可能出现故障或已断开连接。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program (or another Triangle Studio window) that is writing to it. Try again when it has finished.</source>
        <translation>“%1”正被另一个程序（或另一个 Triangle Studio 窗口）锁定并写入。请待其完成后重试。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the disk holding it is full. Free some space and try again; the file has not been changed.</source>
        <translation>无法打开“%1”：其所在磁盘已满。请释放一些空间后重试；文件未被更改。</translation>
    </message>
    <message>
        <source>“%1” cannot be read in its folder: the folder is read-only, and SQLite must create “%2” and “%3” beside a database in WAL mode to read it. Copy the file to a writable folder and open the copy.</source>
        <translation>无法在“%1”所在的文件夹中读取它：该文件夹为只读，而读取 WAL 模式的数据库时，SQLite 必须在其旁边创建“%2”和“%3”。请将文件复制到可写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>Everything is saved, but part of it is still only in “%1”: it could not yet be moved into “%2” (%3). Keep “%1” with the database when you copy or move it; it is moved in when the database is next opened and closed.</source>
        <translation>所有内容均已保存，但其中一部分目前仍只在“%1”中：尚未能写入“%2”（%3）。复制或移动数据库时，请将“%1”一并保留；下次打开并关闭数据库时，这部分内容会被写入。</translation>
    </message>
    <message>
        <source>Writing the log into “%1”</source>
        <translation>将日志写入“%1”</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>another window or program is still reading or writing it</source>
        <translation>另一个窗口或程序仍在读取或写入它</translation>
    </message>
    <message>
        <source>Limiting the database&apos;s size</source>
        <translation>限制数据库大小</translation>
    </message>
    <message>
        <source>Measuring the database</source>
        <translation>测量数据库</translation>
    </message>
    <message>
        <source>“%1” is read-only here: its folder cannot be written, and SQLite writes its journal files beside the database. Open it read-only, or save a copy somewhere writable.</source>
        <translation>“%1”在此处为只读：其所在文件夹不可写入，而 SQLite 需要在数据库旁边写入日志文件。请以只读方式打开，或将副本保存到可写入的位置。</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; the drive may be failing or disconnected</source>
        <translation>磁盘报告了输入/输出错误，所在驱动器可能出现故障或已断开</translation>
    </message>
    <message>
        <source>“%1” cannot be read: the disk reported an input/output error. It may be on a failing or disconnected drive; copy it elsewhere if you can.</source>
        <translation>无法读取“%1”：磁盘报告输入/输出错误。文件所在的驱动器可能出现故障或已断开连接；如有可能，请将其复制到别处。</translation>
    </message>
    <message>
        <source>Setting how long to wait for other programs</source>
        <translation>设置等待其他程序的时间</translation>
    </message>
    <message>
        <source>A copy cannot replace an open database or the files beside it.</source>
        <translation>副本不能替换已打开的数据库或其旁边的文件。</translation>
    </message>
</context>
<context>
    <name>triangle::StoreCommand</name>
    <message>
        <source>“%1” was not done: another program changed this record since it was read. Nothing was written; what is stored now is shown.</source>
        <translation>“%1”未执行：自读取以来另一个程序修改了此记录。未写入任何内容；现在显示的是当前存储的内容。</translation>
    </message>
</context>
<context>
    <name>triangle::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Whole Table</source>
        <translation>复制整个表格(&amp;W)</translation>
    </message>
</context>
<context>
    <name>triangle::TimelineCanvas</name>
    <message>
        <source>Timeline of policies and milestones</source>
        <translation>政策与里程碑时间线</translation>
    </message>
    <message>
        <source>Policy, %1
%2
%3</source>
        <translation>政策，%1
%2
%3</translation>
    </message>
    <message>
        <source>Milestone, %1
%2</source>
        <translation>里程碑，%1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3: %n record(s)</source>
        <translation>
            <numerusform>%1，%2 年，%3：%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::TimelineRecordModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not cited as evidence for any score.</source>
        <translation>未被任何评分引为证据。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>支撑的评分：</translation>
    </message>
    <message>
        <source>How many scores cite this as evidence</source>
        <translation>引用此项作为证据的评分数量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Bears on</source>
        <translation>涉及维度</translation>
    </message>
    <message>
        <source>Kind · level</source>
        <translation>类型 · 层级</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>支撑评分</translation>
    </message>
</context>
<context>
    <name>triangle::TimelineRenderer</name>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Records a year</source>
        <translation>每年记录数</translation>
    </message>
    <message>
        <source>A lane of more than %1 records counts them per year and dimension and marks at most %2 a year: those cited as evidence and laws and regulations first.</source>
        <translation>记录超过 %1 条的泳道按年份和维度计数，每年最多标出 %2 条：优先标出被引为证据的记录以及法律和法规。</translation>
    </message>
</context>
<context>
    <name>triangle::TractionView</name>
    <message>
        <source>Cumulative evidence by dimension</source>
        <translation>各维度证据累计</translation>
    </message>
    <message>
        <source>By the end of %1</source>
        <translation>截至 %1 年底</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n record(s)</source>
        <translation>
            <numerusform>%1：%n 条记录中的 %2 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, half-way</source>
        <translation>%1，过半</translation>
    </message>
    <message numerus="yes">
        <source>%1 reaches half of %n record(s) by %2</source>
        <translation>
            <numerusform>%1 的 %n 条记录于 %2 年过半</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 没有记录</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1。%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>triangle::TriangleAggregate</name>
    <message numerus="yes">
        <source>Only %1 of %n members are assessed: it does not represent the other %2.</source>
        <translation>
            <numerusform>%n 个成员中仅 %1 个已评估：它不能代表其余 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its form, %1, is the aggregate triangle&apos;s: no assessed member has it.</source>
        <translation>其形态“%1”是汇总三角的形态：没有任何已评估成员是这一形态。</translation>
    </message>
    <message numerus="yes">
        <source>Its form, %1, is the aggregate triangle&apos;s: %2 of %n assessed members have it.</source>
        <translation>
            <numerusform>其形态“%1”是汇总三角的形态：%n 个已评估成员中有 %2 个是这一形态。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::TrianglePreview</name>
    <message>
        <source>Preview of the triangle</source>
        <translation>战略三角预览</translation>
    </message>
</context>
<context>
    <name>triangle::TriangleRenderer</name>
    <message>
        <source>Leading dimension</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Band: range of the raters&apos; scores.</source>
        <translation>色带：评分者评分的范围。</translation>
    </message>
    <message numerus="yes">
        <source>Band: range of %n raters&apos; scores.</source>
        <translation>
            <numerusform>色带：%n 位评分者评分的范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>Band: range of %1–%2 raters&apos; scores.</source>
        <translation>色带：%1–%2 位评分者评分的范围。</translation>
    </message>
    <message>
        <source>Raters&apos; range</source>
        <translation>评分者范围</translation>
    </message>
    <message>
        <source>A group&apos;s band: range of its assessed members&apos; scores.</source>
        <translation>地区组的色带：已评估成员得分的范围。</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Members&apos; range</source>
        <translation>成员范围</translation>
    </message>
</context>
<context>
    <name>triangle::TriangleView</name>
    <message>
        <source>Zoom to Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Strategic triangle diagram</source>
        <translation>战略三角图</translation>
    </message>
    <message>
        <source>Click to hide “%1”.</source>
        <translation>单击以隐藏“%1”。</translation>
    </message>
    <message>
        <source>Click to show “%1”.</source>
        <translation>单击以显示“%1”。</translation>
    </message>
    <message>
        <source>%1. %2, %3: %4.</source>
        <translation>%1。%2，%3：%4。</translation>
    </message>
    <message>
        <source>Tab or the arrow keys move between vertices, Up and Down change a score, Enter selects the series and H hides or shows it.</source>
        <translation>Tab 键或方向键可在顶点之间移动，上/下方向键更改评分，Enter 键选中该系列，H 键隐藏或显示该系列。</translation>
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
    <message>
        <source>%1 is not a weight above 0 and at most 100</source>
        <translation>%1 不是有效权重（应大于 0 且不超过 100）</translation>
    </message>
    <message>
        <source>another anchor already stands at %1</source>
        <translation>%1 处已有另一个锚点</translation>
    </message>
    <message>
        <source>must name an indicator</source>
        <translation>必须指定指标</translation>
    </message>
    <message>
        <source>must name a rater</source>
        <translation>必须指定评分者</translation>
    </message>
    <message>
        <source>may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</source>
        <translation>只能包含字母 a–z、数字、“_”、“.”和“-”，例如 yrd</translation>
    </message>
    <message>
        <source>must name stored regions</source>
        <translation>必须是库中已有的地区</translation>
    </message>
    <message>
        <source>name a region twice</source>
        <translation>重复列出了同一地区</translation>
    </message>
    <message>
        <source>must hold no comma or space, e.g. coastal-provinces</source>
        <translation>不能含逗号或空格，例如 coastal-provinces</translation>
    </message>
    <message>
        <source>“%1” is not one of the dimensions the record bears on</source>
        <translation>“%1”不是该记录涉及的维度之一</translation>
    </message>
    <message>
        <source>must name a policy or a milestone</source>
        <translation>须指明一项政策或一个里程碑</translation>
    </message>
    <message>
        <source>must be another record than the one that drove it</source>
        <translation>须为推动它的记录以外的另一条记录</translation>
    </message>
    <message>
        <source>%1 is not a number of years from 0 to 80</source>
        <translation>%1 不是 0 到 80 之间的年数</translation>
    </message>
</context>
<context>
    <name>triangle::VertexToolTip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag the vertex, or press Up or Down, to change the score.</source>
        <translation>拖动顶点或按上/下方向键可更改评分。</translation>
    </message>
    <message>
        <source>raters %1–%2</source>
        <translation>评分者 %1–%2</translation>
    </message>
</context>
<context>
    <name>triangle::ViewFigures</name>
    <message>
        <source>The dimensions view cannot be drawn here: the chart module is not loaded.</source>
        <translation>此处无法绘制维度视图：图表模块未加载。</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>请至少选择一个地区。</translation>
    </message>
    <message>
        <source>None of the chosen regions has an assessment to compare.</source>
        <translation>所选地区均没有可供比较的评估。</translation>
    </message>
    <message>
        <source>Only the evolution and compare views are strategic triangles.</source>
        <translation>只有演变视图和比较视图是战略三角图。</translation>
    </message>
</context>
<context>
    <name>triangle::WebFigure</name>
    <message>
        <source>“%1”: a web figure&apos;s file name must end in .html or .echarts.json.</source>
        <translation>“%1”：网页图表的文件名必须以 .html 或 .echarts.json 结尾。</translation>
    </message>
    <message>
        <source>There is no figure to write.</source>
        <translation>没有可写入的图表。</translation>
    </message>
    <message>
        <source>This build of Triangle Studio lacks the ECharts library, so it cannot write web pages.</source>
        <translation>此版本的 Triangle Studio 缺少 ECharts 库，无法写入网页。</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetQueries</name>
    <message>
        <source>Weights from the data are made by the entropy method or CRITIC.</source>
        <translation>由数据得出的权重采用熵权法或 CRITIC 法。</translation>
    </message>
    <message>
        <source>No weights from the data for %1 at stage %2: none of its indicators has a value there.</source>
        <translation>无法在阶段 %2 为%1由数据得出权重：其指标在该阶段均无评分。</translation>
    </message>
    <message>
        <source>%1: one indicator with values, weight 1</source>
        <translation>%1：仅一项指标有评分，权重为 1</translation>
    </message>
    <message>
        <source>No weights from the data for %1 at stage %2: %3</source>
        <translation>无法在阶段 %2 为%1由数据得出权重：%3</translation>
    </message>
    <message>
        <source>%1: %2 regions, %3 left out for a missing value</source>
        <translation>%1：%2 个地区，%3 个因缺值未纳入</translation>
    </message>
    <message>
        <source>%1: %2 regions</source>
        <translation>%1：%2 个地区</translation>
    </message>
    <message>
        <source>entropy at %1, min–max, per dimension, raters&apos; %2</source>
        <translation>熵权法，%1，最小—最大标准化，按维度计算，评分者%2</translation>
    </message>
    <message>
        <source>CRITIC at %1, min–max, per dimension, raters&apos; %2</source>
        <translation>CRITIC 法，%1，最小—最大标准化，按维度计算，评分者%2</translation>
    </message>
    <message>
        <source>weight 0 (no value at this stage): %1</source>
        <translation>权重为 0（该阶段无评分）：%1</translation>
    </message>
    <message>
        <source>weight 0 (every region scores the same): %1</source>
        <translation>权重为 0（各地区得分相同）：%1</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to the indicator “%2”.</source>
        <translation>权重集“%1”没有给指标“%2”权重。</translation>
    </message>
    <message>
        <source>The weights of %1 cannot be combined by the product: no indicator of it has a weight above 0 in both sets.</source>
        <translation>%1的权重无法按乘积合成：其中没有任何指标在两组中的权重都大于 0。</translation>
    </message>
    <message>
        <source>The weights of %1 cannot be combined: α must lie between 0 and 1 and each set&apos;s weights must sum to more than 0.</source>
        <translation>%1的权重无法合成：α 须在 0 与 1 之间，且每组权重之和须大于 0。</translation>
    </message>
    <message>
        <source>%1 × %2, normalised per dimension (multiplicative)</source>
        <translation>%1 × %2，按维度归一化（乘法合成）</translation>
    </message>
    <message>
        <source>%1 × %2 + %3 × %4, per dimension (linear)</source>
        <translation>%1 × %2 + %3 × %4，按维度（线性合成）</translation>
    </message>
    <message>
        <source>Name two or more weight sets to compare.</source>
        <translation>请指定两个或更多要比较的权重集。</translation>
    </message>
    <message>
        <source>The indicators changed while the weight sets were compared; try again.</source>
        <translation>比较权重集期间指标发生了变化，请重试。</translation>
    </message>
    <message>
        <source>No expert has given pairwise comparisons yet.</source>
        <translation>尚无专家给出两两比较。</translation>
    </message>
    <message>
        <source>Round %1 has no group weights: no expert&apos;s comparisons of a dimension&apos;s indicators are complete and consistent enough.</source>
        <translation>第 %1 轮没有专家组权重：没有专家对某一维度指标的比较既完整又足够一致。</translation>
    </message>
    <message>
        <source>AHP (%1), round %2; experts used: %3</source>
        <translation>层次分析法（%1），第 %2 轮；采用的专家：%3</translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>；排除：%1</translation>
    </message>
    <message>
        <source>; the weights in force kept for %1</source>
        <translation>；%1 沿用现行权重</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetRepository</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析人员</translation>
    </message>
    <message>
        <source>AHP</source>
        <translation>层次分析法</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC 法</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>Reading weight sets</source>
        <translation>读取权重集</translation>
    </message>
    <message>
        <source>There is no weight set with id %1 in the database.</source>
        <translation>数据库中没有编号为 %1 的权重集。</translation>
    </message>
    <message>
        <source>There is no weight set “%1” in the database.</source>
        <translation>数据库中没有权重集“%1”。</translation>
    </message>
    <message>
        <source>the indicator weights in force on %1</source>
        <translation>%1 生效的指标权重</translation>
    </message>
    <message>
        <source>A weight set needs a name.</source>
        <translation>权重集需要名称。</translation>
    </message>
    <message>
        <source>The round %1 is not between 1 and 20.</source>
        <translation>轮次 %1 不在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>The weight set “%1” gives a weight to indicator id %2, which is not in the database.</source>
        <translation>权重集“%1”为编号 %2 的指标给出了权重，但数据库中没有该指标。</translation>
    </message>
    <message>
        <source>The weight %1 of indicator %2 is not between 0 and 100.</source>
        <translation>指标 %2 的权重 %1 不在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2: a set gives every indicator one.</source>
        <translation>权重集“%1”没有给指标 %2 权重：权重集须为每项指标给出一个权重。</translation>
    </message>
    <message>
        <source>The weights of the dimension %1 sum to 0: at least one of its indicators needs a weight above 0.</source>
        <translation>维度“%1”的权重之和为 0：其中至少一项指标的权重须大于 0。</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2, added after the set was made; make the set again to include it.</source>
        <translation>权重集“%1”没有给指标 %2 权重，该指标是在权重集生成之后添加的；请重新生成权重集以包含它。</translation>
    </message>
    <message>
        <source>The weight set “%1” gives indicator %2 a weight of 0, and an indicator in force needs a weight above 0: in these data it carries no information (the regions do not differ on it, or none has a value for it). Combine the set with an expert set instead, and activate the combination.</source>
        <translation>权重集“%1”给指标 %2 的权重为 0，而生效的指标权重必须大于 0：在这些数据中该指标不携带信息（各地区在其上没有差异，或无人评分）。请改为将该权重集与专家权重集合成，再启用合成结果。</translation>
    </message>
    <message>
        <source>Adding the weight set “%1”</source>
        <translation>添加权重集“%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” is the one in force and cannot be removed; activate another set first.</source>
        <translation>权重集“%1”正在生效，不能删除；请先启用另一权重集。</translation>
    </message>
    <message>
        <source>Removing the weight set “%1”</source>
        <translation>删除权重集“%1”</translation>
    </message>
    <message>
        <source>Activating the weight set “%1”</source>
        <translation>启用权重集“%1”</translation>
    </message>
    <message>
        <source>Replacing the weight set “%1”</source>
        <translation>替换权重集“%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2.</source>
        <translation>权重集“%1”没有给指标 %2 权重。</translation>
    </message>
    <message>
        <source>The weight set “%1” gives indicator %2 the weight %3, where the indicator carries %4.</source>
        <translation>权重集“%1”给指标 %2 的权重为 %3，而该指标现有权重为 %4。</translation>
    </message>
    <message>
        <source>Marking the weight set “%1” as the one in force</source>
        <translation>将权重集“%1”标为生效</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetsDialog</name>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Weight Sets</source>
        <translation>权重集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>生成方式</translation>
    </message>
    <message>
        <source>&amp;Keep Weights in Force…</source>
        <translation>保存当前权重(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep the indicator weights in force now as a set, to come back to them.</source>
        <translation>将当前生效的指标权重保存为权重集，以便日后恢复。</translation>
    </message>
    <message>
        <source>&amp;Derive from Data…</source>
        <translation>由数据得出(&amp;D)…</translation>
    </message>
    <message>
        <source>Weights from the indicator values at a stage: an indicator on which the regions differ more weighs more (entropy), discounted when it repeats another (CRITIC).</source>
        <translation>由某阶段的指标评分得出权重：各地区差异越大的指标权重越大（熵权法），与其他指标重复时则降低（CRITIC 法）。</translation>
    </message>
    <message>
        <source>&amp;Combine…</source>
        <translation>合成(&amp;C)…</translation>
    </message>
    <message>
        <source>Combine an expert set with a set from the data, dimension by dimension.</source>
        <translation>按维度将专家权重集与数据权重集合成。</translation>
    </message>
    <message>
        <source>Put the set&apos;s weights in force and derive every score again (one undo step).</source>
        <translation>使该权重集的权重生效并重新推导全部分数（一步撤销）。</translation>
    </message>
    <message>
        <source>Compare the selected sets at &amp;stage:</source>
        <translation>在此阶段比较所选权重集(&amp;S)：</translation>
    </message>
    <message>
        <source>✓ in force</source>
        <translation>✓ 生效中</translation>
    </message>
    <message>
        <source>No weight sets yet. Keep the weights in force as a set before trying others.</source>
        <translation>还没有权重集。尝试其他权重前，请先保存当前生效的权重。</translation>
    </message>
    <message>
        <source>No set is in force: the weights were edited by hand since one was activated.</source>
        <translation>没有生效的权重集：自上次启用以来权重已被手动修改。</translation>
    </message>
    <message>
        <source>The set in force is marked; the scores are derived with its weights.</source>
        <translation>已标出生效的权重集；分数按其权重推导。</translation>
    </message>
    <message>
        <source>The set in force cannot be removed; activate another first.</source>
        <translation>生效中的权重集不能删除；请先启用另一权重集。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1: rank</source>
        <translation>%1：排名</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1：形态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Scores %1, %2, %3</source>
        <translation>分数 %1、%2、%3</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>leading dimension</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Added “%1”: %2</source>
        <translation>已添加“%1”：%2</translation>
    </message>
    <message>
        <source>Activate weight set %1</source>
        <translation>启用权重集 %1</translation>
    </message>
    <message>
        <source>“%1” is in force; every derived score was derived again. Undo puts the earlier weights back.</source>
        <translation>“%1”已生效；全部推导分数均已重新推导。撤销可恢复原先的权重。</translation>
    </message>
    <message>
        <source>Removed the set.</source>
        <translation>已删除该权重集。</translation>
    </message>
    <message>
        <source>Derive Weights from Data</source>
        <translation>由数据得出权重</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵权法</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC 法</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Combine Weight Sets</source>
        <translation>合成权重集</translation>
    </message>
    <message>
        <source>The expert set&apos;s share in a linear combination.</source>
        <translation>线性合成中专家权重集的比重。</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>&amp;Expert set:</source>
        <translation>专家权重集(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>数据权重集(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>合成方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;α (linear):</source>
        <translation>α（线性）(&amp;A)：</translation>
    </message>
    <message>
        <source>Keep Weights in Force</source>
        <translation>保存当前权重</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>分析人员</translation>
    </message>
</context>
<context>
    <name>triangle::WriteRetryPrompt</name>
    <message>
        <source>Another program is writing to the database, so your change has not been saved. Retry once it has finished, or cancel the change.</source>
        <translation>另一个程序正在写入数据库，您的更改尚未保存。请待其完成后重试，或取消此更改。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so your change has not been saved. Free some space and retry, or cancel the change.</source>
        <translation>数据库所在的磁盘已满，您的更改尚未保存。请释放一些空间后重试，或取消此更改。</translation>
    </message>
    <message>
        <source>Your change could not be written to the database, so it has not been saved. Retry, or cancel the change.</source>
        <translation>您的更改未能写入数据库，尚未保存。请重试，或取消此更改。</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>triangle::XlsxReader</name>
    <message>
        <source>its part %1 cannot be unpacked</source>
        <translation>其中的部件 %1 无法解压</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than %2 MiB</source>
        <translation>其中的部件 %1 解压后超过 %2 MiB</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>其中的部件 %1 已损坏</translation>
    </message>
    <message>
        <source>sheet %1 has a cell with the reference “%2”</source>
        <translation>工作表 %1 中有一个引用为“%2”的单元格</translation>
    </message>
    <message>
        <source>sheet %1, cell %2%3 refers to a shared string that is not there</source>
        <translation>工作表 %1 的单元格 %2%3 引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>sheet %1, cell %2%3 holds “%4” where a number belongs</source>
        <translation>工作表 %1 的单元格 %2%3 应为数字，却是“%4”</translation>
    </message>
    <message>
        <source>sheet %1 is not well-formed XML: %2</source>
        <translation>工作表 %1 不是格式正确的 XML：%2</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): it is not a zip package</source>
        <translation>不是 Excel 工作簿（.xlsx）：它不是 zip 包</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): it has no workbook part</source>
        <translation>不是 Excel 工作簿（.xlsx）：其中没有工作簿部件</translation>
    </message>
    <message>
        <source>its workbook part is not well-formed XML: %1</source>
        <translation>其工作簿部件不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>its shared strings are not well-formed XML: %1</source>
        <translation>其共享字符串不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>its sheet %1 is missing from the package</source>
        <translation>包中缺少其工作表 %1</translation>
    </message>
    <message>
        <source>its part %1 is compressed with a method that is not supported (zip method %2); save the workbook again with Excel, WPS or LibreOffice</source>
        <translation>其部件 %1 使用了不受支持的压缩方法（zip 方法 %2）；请用 Excel、WPS 或 LibreOffice 重新保存该工作簿</translation>
    </message>
    <message>
        <source>its part %1 holds a text or tag of more than %2 MiB; a cell holds at most 32,767 characters</source>
        <translation>其部件 %1 含有超过 %2 MiB 的文本或标记；一个单元格最多容纳 32,767 个字符</translation>
    </message>
    <message>
        <source>its part %1 has a document type declaration (DTD), which Excel and WPS never write; it is not read</source>
        <translation>其部件 %1 含有文档类型声明（DTD），Excel 和 WPS 从不写入此类声明；该工作簿不予读取</translation>
    </message>
    <message>
        <source>its part %1 points outside the package (“%2”)</source>
        <translation>其部件 %1 指向了包之外（“%2”）</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML: %2</source>
        <translation>其部件 %1 不是格式正确的 XML：%2</translation>
    </message>
    <message>
        <source>its styles hold more than %1 formats</source>
        <translation>其样式包含超过 %1 种格式</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>其共享字符串超过 %1 个</translation>
    </message>
    <message>
        <source>its shared strings hold more than %1 MiB of text, or one more than %2 MiB</source>
        <translation>其共享字符串的文本超过 %1 MiB，或其中某一个超过 %2 MiB</translation>
    </message>
    <message>
        <source>sheet %1 has row %2 after row %3; a sheet&apos;s rows are stored in order, up to row %4</source>
        <translation>工作表 %1 中第 %2 行出现在第 %3 行之后；工作表的行须按顺序存储，最多到第 %4 行</translation>
    </message>
    <message>
        <source>sheet %1, row %2 holds more than %3 characters</source>
        <translation>工作表 %1 第 %2 行包含超过 %3 个字符</translation>
    </message>
</context>
<context>
    <name>triangle::cli::AgreementCommand</name>
    <message>
        <source>How far the raters agree, stage by stage: Krippendorff&apos;s α with a 95 % interval and verdict.</source>
        <translation>评分者之间按阶段的一致性：克里彭多夫 α 及其 95% 置信区间和判断。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio agreement [--db FILE] [--regions CODE[,CODE…]|all] [-o OUT.csv|OUT.json]
Krippendorff&apos;s α (interval metric) of the raters&apos; indicator scores over the regions, for each stage and then pooled over stages, each over all indicators and per dimension; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2), and its verdict follows Krippendorff&apos;s conventions (reliable from %3, tentative conclusions only from %4, unreliable below). Read the stages: pooled over stages, the differences between stages count as agreement.
Without --regions, or with “all”, every region with indicator values. Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per stage and scope, -o OUT.json the method and an object per stage and scope (numbers to three decimals). The database is opened read-only.</source>
        <translation>用法：triangle-studio agreement [--db 文件] [--regions 代码[,代码…]|all] [-o 输出.csv|输出.json]
按阶段、再跨阶段合并，计算所选地区评分者指标评分的克里彭多夫 α（等距尺度），分别针对全部指标和各维度；其 95% 置信区间为对已评分项目的百分位自助法（重抽样 %1 次，随机种子 %2），判断依据克里彭多夫惯例（%3 起为可靠，%4 起为仅可作初步结论，以下为不可靠）。请看各阶段的数值：跨阶段合并时，阶段之间的差异会被算作一致。
不给 --regions 或给 “all” 时，取所有有指标评分的地区。不给 -o 时打印表格；-o 输出.csv 写出一行稳定键名的表头，每个阶段和范围一行；-o 输出.json 写出方法说明，每个阶段和范围一个对象（数值保留三位小数）。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔；或 all（默认）。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The CSV or JSON file to write (default: a table on standard output).</source>
        <translation>要写入的 CSV 或 JSON 文件（默认：在标准输出上打印表格）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio agreement: %1</source>
        <translation>triangle-studio agreement: %1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv or .json</source>
        <translation>“%1”：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message>
        <source>no region has indicator values</source>
        <translation>没有任何地区有指标评分</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::AgreementOutput</name>
    <message numerus="yes">
        <source>Agreement between raters over %n region(s): %1</source>
        <translation>
            <numerusform>评分者之间的一致性，共 %n 个地区：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Units: an indicator of one region at one stage scored by two raters or more.</source>
        <translation>单元：某一地区在某一阶段的一项指标，且有两位或以上评分者评分。</translation>
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
    <message>
        <source>Indicators:     %1</source>
        <translation>指标：    %1</translation>
    </message>
    <message>
        <source>Raters:         %1</source>
        <translation>评分者：  %1</translation>
    </message>
    <message>
        <source>Indicator values: %1 (with %2 evidence links)</source>
        <translation>指标值：  %1（含 %2 条证据关联）</translation>
    </message>
    <message>
        <source>Region groups:  %1</source>
        <translation>地区组：       %1</translation>
    </message>
    <message>
        <source>Comparison sets: %1</source>
        <translation>比较集：%1</translation>
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
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>triangle-studio %1: --lang must be zh_CN or en, not “%2”</source>
        <translation>triangle-studio %1：--lang 必须为 zh_CN 或 en，而不是“%2”</translation>
    </message>
    <message>
        <source>triangle-studio %1: unknown region code “%2”</source>
        <translation>triangle-studio %1: 未知地区代码“%2”</translation>
    </message>
    <message>
        <source>unknown region group “%1”</source>
        <translation>未知的地区组“%1”</translation>
    </message>
    <message>
        <source>zh_CN or en (default: the system&apos;s language, from LANG or LC_ALL).</source>
        <translation>zh_CN 或 en（默认：系统语言，取自 LANG 或 LC_ALL）。</translation>
    </message>
    <message>
        <source>unknown comparison set “%1” (`triangle-studio groups` lists the sets)</source>
        <translation>未知的比较集“%1”（`triangle-studio groups` 列出所有比较集）</translation>
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
        <source>triangle-studio %1: missing argument; see “triangle-studio help %1”</source>
        <translation>triangle-studio %1: 缺少参数；请参阅“triangle-studio help %1”</translation>
    </message>
    <message>
        <source>unknown option “%1”</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown option “%1” (did you mean “%2”?)</source>
        <translation>未知选项“%1”（您是指“%2”吗？）</translation>
    </message>
    <message>
        <source>triangle-studio: %1; see “triangle-studio --help”</source>
        <translation>triangle-studio: %1；请参阅“triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: unexpected argument “%1”; see “triangle-studio --help”</source>
        <translation>triangle-studio: 意外的参数“%1”；请参阅“triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio help: unknown command “%1” (did you mean “%2”?)</source>
        <translation>triangle-studio help: 未知命令“%1”（您是指“%2”吗？）</translation>
    </message>
    <message>
        <source>triangle-studio: unknown option “%1”; see “triangle-studio --help”</source>
        <translation>triangle-studio: 未知选项“%1”；请参阅“triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: unknown command “%1” (did you mean “%2”?); see “triangle-studio --help”</source>
        <translation>triangle-studio: 未知命令“%1”（您是指“%2”吗？）；请参阅“triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: “%1” is not valid UTF-8 (byte 0x%2): Triangle Studio cannot open or write a file whose name is not UTF-8; rename it.</source>
        <translation>triangle-studio：“%1”不是有效的 UTF-8（字节 0x%2）：Triangle Studio 无法打开或写入文件名不是 UTF-8 的文件；请重命名该文件。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::DrawOptions</name>
    <message>
        <source>How many weight draws, 1–%1 (default %2).</source>
        <translation>权重抽样次数，1–%1（默认 %2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The Dirichlet concentration, above 0 (default 50).</source>
        <translation>Dirichlet 集中度，须大于 0（默认 50）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The random seed, a whole number from 0 (default 1).</source>
        <translation>随机种子，不小于 0 的整数（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>triangle-studio %1: %2</source>
        <translation>triangle-studio %1: %2</translation>
    </message>
    <message>
        <source>--draws must be a whole number from 1 to %1, not “%2”</source>
        <translation>--draws 必须是 1 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--concentration must be a number above 0, not “%1”</source>
        <translation>--concentration 必须是大于 0 的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not “%2”</source>
        <translation>--seed 必须是 0 到 %1 之间的整数，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ExportCommand</name>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Start each CSV file with a byte-order mark.</source>
        <translation>在每个 CSV 文件开头写入字节顺序标记（BOM）。</translation>
    </message>
    <message>
        <source>triangle-studio export: %1</source>
        <translation>triangle-studio export: %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>已写入 %2：%1</translation>
    </message>
    <message>
        <source>Write the whole database to a JSON file, an Excel workbook or CSV files.</source>
        <translation>将整个数据库写入一个 JSON 文件、一个 Excel 工作簿或多个 CSV 文件。</translation>
    </message>
    <message>
        <source>Writes every region, stage, assessment, policy, milestone and evidence link of the database given with --db (or the default database).
-o FILE.json writes one JSON file; -o FILE.xlsx an Excel workbook with a sheet per entity (headers in the interface language above the field keys) and a Triangles sheet of metrics and radar charts; -o NAME.csv writes a folder NAME holding one CSV file per entity (UTF-8; add --bom for Excel and WPS). The format is described in docs/data-format.md; importing the output into an empty database gives the same content.</source>
        <translation>写出 --db 指定的数据库（或默认数据库）中的全部地区、阶段、评估、政策、里程碑和证据关联。
-o 文件.json 写出一个 JSON 文件；-o 文件.xlsx 写出一个 Excel 工作簿，每类实体一个工作表（字段键之上是界面语言的表头），另有一个“三角形”工作表，列出各项指标并附雷达图；-o 名称.csv 写出一个名为“名称”的文件夹，其中每类实体各一个 CSV 文件（UTF-8 编码；供 Excel 和 WPS 使用时请加上 --bom）。格式说明见 docs/data-format.md；将输出导入空数据库可得到相同的内容。</translation>
    </message>
    <message>
        <source>Where to write: FILE.json, FILE.xlsx or NAME.csv.</source>
        <translation>写入位置：文件.json、文件.xlsx 或 名称.csv。</translation>
    </message>
    <message>
        <source>triangle-studio export: say where to write with -o FILE.json, -o FILE.xlsx or -o NAME.csv</source>
        <translation>triangle-studio export: 请用 -o 文件.json、-o 文件.xlsx 或 -o 名称.csv 指定写入位置</translation>
    </message>
</context>
<context>
    <name>triangle::cli::FigureCommand</name>
    <message>
        <source>VIEW</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Stage keys, comma-separated (default: all).</source>
        <translation>阶段键，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72–600 (default 300).</source>
        <translation>PNG 的分辨率，72–600（默认 300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Width x height (default %1).</source>
        <translation>宽 x 高（默认 %1）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio figure: %1</source>
        <translation>triangle-studio figure: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not “%3”</source>
        <translation>--dpi 必须是 %1 到 %2 之间的整数，而不是“%3”</translation>
    </message>
    <message>
        <source>--size must look like 160x120mm, 6x4.5in or 1600x1200px, not “%1”</source>
        <translation>--size 的格式应类似 160x120mm、6x4.5in 或 1600x1200px，而不是“%1”</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…]</source>
        <translation>请用 --regions 代码[,代码…] 指定地区</translation>
    </message>
    <message>
        <source>unknown stage “%1”</source>
        <translation>未知阶段“%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>evolution, compare, balance, dimensions, timeline or traction.</source>
        <translation>evolution、compare、balance、dimensions、timeline 或 traction。</translation>
    </message>
    <message>
        <source>Draw a figure of chosen regions to PNG, SVG, PDF or a web page.</source>
        <translation>将所选地区绘制成 PNG、SVG、PDF 格式的图表或网页。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio figure [--db FILE] --view VIEW --regions CODE[,CODE…] [--stages KEY[,KEY…]] [--lang zh_CN|en] [--dpi N] [--size WxH] -o OUT.png|OUT.svg|OUT.pdf|OUT.html|OUT.echarts.json
Views: evolution (each region&apos;s stages on one diagram, with arrows), compare (the regions overlaid, one panel per stage), balance (each region&apos;s path on the ternary balance map), dimensions (the three dimension scores across the stages, a line per region and dimension), timeline (the regions&apos; policies and milestones along the years, with the national level and the stages), traction (per dimension, the region&apos;s dated policies and milestones counted cumulatively by year, with the year each reaches half its total and the advantage stage&apos;s leader drawn thicker; one panel per region).
The format follows the file name. --size takes millimetres (160x120, the default), or a unit: cm, in, pt, or px (pixels at the chosen DPI). --dpi (72–600, default 300) sets a PNG&apos;s resolution: its pixel size is inches × DPI. SVG keeps text as text; PDF is vector with fonts embedded. --lang draws the figure&apos;s words in that language.
For the evolution and compare views, OUT.html writes a web page that draws the figure with Apache ECharts %1, the library inline, so that it opens offline; the figure is laid out at --size and scaled, type and all, to fill the window. OUT.echarts.json writes the ECharts option alone.</source>
        <translation>用法：triangle-studio figure [--db 文件] --view 视图 --regions 代码[,代码…] [--stages 键[,键…]] [--lang zh_CN|en] [--dpi N] [--size 宽x高] -o 输出.png|输出.svg|输出.pdf|输出.html|输出.echarts.json
视图：evolution（每个地区的各阶段绘于同一图中，并以箭头相连）、compare（各地区叠加显示，每个阶段一个面板）、balance（每个地区在三元均衡图上的路径）、dimensions（三个维度在各阶段的得分，每个地区的每个维度一条线）、timeline（各地区的政策与里程碑按年份排列，并显示全国层级和各阶段）、traction（按维度逐年累计该地区带日期的政策与里程碑，标出各维度达到其总数一半的年份，并以粗线绘出优势三角阶段的优势维度；每个地区一个面板）。
文件格式由文件名决定。--size 默认以毫米为单位（默认值 160x120），也可带单位：cm、in、pt 或 px（按所选 DPI 计算的像素）。--dpi（72–600，默认 300）设置 PNG 的分辨率：其像素尺寸为英寸数 × DPI。SVG 中的文字保留为文本；PDF 为矢量格式并嵌入字体。--lang 指定图中文字所用的语言。
对于 evolution 和 compare 视图，输出.html 写入一个用 Apache ECharts %1 绘制图表的网页，库内嵌于页面中，因此可离线打开；图表按 --size 排版，并连同文字整体缩放以充满窗口。输出.echarts.json 只写入 ECharts 配置项。</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .html or .echarts.json.</source>
        <translation>要写入的文件：.png、.svg、.pdf、.html 或 .echarts.json。</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.png, OUT.svg, OUT.pdf, OUT.html or OUT.echarts.json</source>
        <translation>请用 -o 输出.png、输出.svg、输出.pdf、输出.html 或 输出.echarts.json 指定写入位置</translation>
    </message>
    <message>
        <source>%1 output supports the evolution and compare views, not “%2”</source>
        <translation>%1 输出仅支持 evolution 和 compare 视图，不支持“%2”</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .png, .svg, .pdf, .html or .echarts.json</source>
        <translation>“%1”：文件名必须以 .png、.svg、.pdf、.html 或 .echarts.json 结尾</translation>
    </message>
    <message>
        <source>A region group is named as group:KEY or group:NAME (group:yrd, group:长三角; `triangle-studio groups` lists them): the evolution and compare views draw its aggregate triangle (the mean or median of its assessed members, as the database is set) with the members&apos; range as a band along each axis; the other views draw its members.</source>
        <translation>地区组写作 group:键 或 group:名称（如 group:yrd、group:长三角；`triangle-studio groups` 列出全部地区组）：演进图和比较图绘制其汇总三角（按数据库设定，取已评估成员的平均数或中位数），成员的范围沿各坐标轴画成色带；其他视图绘制其成员。</translation>
    </message>
    <message>
        <source>--each-region writes one file per region in one run, reading the database once: -o is then a pattern such as &apos;out/{code}-{view}.svg&apos; with {code} (required), {name}, {view} and {stage} (one file per region and stage, for the evolution, compare and balance views; a region without an assessment at a stage is left out). Without --regions it draws every assessed region. Folders are made as needed.</source>
        <translation>--each-region 在一次运行中为每个地区写一个文件，只读取一次数据库：此时 -o 为模式，例如 &apos;out/{code}-{view}.svg&apos;，可含 {code}（必需）、{name}、{view} 和 {stage}（每个地区和阶段一个文件，用于 evolution、compare 和 balance 视图；在某阶段没有评估的地区不写）。不带 --regions 时绘制所有已评估的地区。所需文件夹会自动创建。</translation>
    </message>
    <message>
        <source>A file per region; -o is a pattern with {code}, and {name}, {view} or {stage}.</source>
        <translation>每个地区一个文件；-o 为含 {code} 的模式，还可用 {name}、{view} 或 {stage}。</translation>
    </message>
    <message>
        <source>the %1 view has no stages: leave {stage} out of the file name</source>
        <translation>%1 视图没有阶段：请从文件名中去掉 {stage}</translation>
    </message>
    <message>
        <source>“%1” names fields such as {code}: add --each-region to write a file per region</source>
        <translation>“%1”中含有 {code} 等字段：请加上 --each-region 以每个地区写一个文件</translation>
    </message>
    <message>
        <source>no region has an assessment yet: name the regions with --regions</source>
        <translation>还没有任何地区有评估：请用 --regions 指定地区</translation>
    </message>
    <message>
        <source>none of the regions has an assessment at the chosen stages</source>
        <translation>所选地区在所选阶段均无评估</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be made</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) written before it)</source>
        <translation>
            <numerusform>%1（此前已写入 %n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend entries of the compare and balance views, the last “+N more” (default %1; 0 lists every one).</source>
        <translation>比较视图和均衡图的图例条目数，最后一条为“另有 N 个”（默认 %1；0 表示全部列出）。</translation>
    </message>
    <message>
        <source>--legend must be a whole number, 0 or more, not “%1”</source>
        <translation>--legend 必须是 0 或更大的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</source>
        <translation>比较集（在窗口中由所选地区保存）以 set:键 或 set:名称 指定：代表其成员，按比较集中的顺序比较。</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated.</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::FindingsCommand</name>
    <message>
        <source># Findings

</source>
        <translation># 论断检验

</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source> *Rule: %1.*</source>
        <translation> *规则：%1。*</translation>
    </message>
    <message>
        <source>Test the article&apos;s claims on each region&apos;s data: verdicts with the numbers behind them.</source>
        <translation>用各地区的数据检验文章的论断：给出结论及其背后的数据。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The CSV, JSON or Markdown file to write (default: a table on standard output).</source>
        <translation>要写入的 CSV、JSON 或 Markdown 文件（默认：在标准输出上打印表格）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio findings: %1</source>
        <translation>triangle-studio findings: %1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv, .json or .md</source>
        <translation>“%1”：文件名必须以 .csv、.json 或 .md 结尾</translation>
    </message>
    <message>
        <source>no region is assessed yet</source>
        <translation>尚无已评估的地区</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔；或 all（默认）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Data: %1.

</source>
        <translation>数据依据：%1。

</translation>
    </message>
    <message>
        <source> *Under uncertainty: %1.*</source>
        <translation> *不确定性：%1。*</translation>
    </message>
    <message>
        <source>    under uncertainty: %1
</source>
        <translation>    不确定性：%1
</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> *Under other thresholds: %1.*</source>
        <translation> *其他阈值下：%1。*</translation>
    </message>
    <message>
        <source>Usage: triangle-studio findings [--db FILE] [--regions CODE[,CODE…]|all] [--lang zh_CN|en] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json|OUT.md]
For each region: continuous evolution (every score rises or holds from the initial to the advantage to the target stage), advantage traction read from the scores (the dimension leading at the advantage stage gained most first, the others gain more than it afterwards) and from the dated evidence (the leader&apos;s policies and milestones reach half their total first), and dynamic balance (balanced, then led by one dimension at the advantage stage, then balanced again). Each is supported, not supported, cannot tell, planned, not observed, or lacks data (what is missing is said), with the numbers and thresholds used (docs/method.md), the rules&apos; version and the region&apos;s data basis (observed, or illustrative: built from a narrative).
Under uncertainty: each verdict is tested again under --draws weight draws around the stored weights (Dirichlet, --concentration) and as many resamples of the raters (where there are several), and shown with the share of draws that give it; JSON also has, per region, how often each verdict changes over κ = 1 to 200. Defaults: --draws 1000, --concentration 50, --seed 1; the same seed gives the same shares.
Under other thresholds (JSON and Markdown): each constant of the form classifier is tried over a range, the others held, and each verdict is given with the values that keep it and what lies beyond them.
Default --regions all: every assessed region. Without -o prints a readable table; -o writes CSV (a row per region and claim), JSON or Markdown. The database is opened read-only.</source>
        <translation>用法：triangle-studio findings [--db 文件] [--regions 代码[,代码…]|all] [--lang zh_CN|en] [--draws N] [--concentration K] [--seed S] [-o 输出.csv|输出.json|输出.md]
对每个地区检验：持续演进（从初始三角到优势三角再到目标三角阶段，各项评分均上升或持平）；由评分判读的优势牵引（优势三角阶段的优势维度先取得最大增幅，其余维度随后增幅超过它）和由带日期证据判读的优势牵引（优势维度的政策与里程碑最先达到其总数的一半）；以及动态平衡（先均衡，在优势三角阶段由一个维度领先，再恢复均衡）。每项论断的结论为支持、不支持、无法判断、规划中（非实测）或数据不足（并说明缺少什么），同时给出所用的数据和阈值（见 docs/method.md）、规则版本以及地区的数据依据（实测，或示例：依据叙述构建）。
不确定性：每项结论都在围绕已存权重的 --draws 次权重抽样（Dirichlet，--concentration）以及同样次数的评分者重抽（有多位评分者时）下重新检验，并给出得出该结论的抽样比例；JSON 还按地区给出 κ 从 1 到 200 时各结论改变的比例。默认：--draws 1000，--concentration 50，--seed 1；相同的种子给出相同的比例。
其他阈值下（JSON 与 Markdown）：形态判别的每个常数在一个范围内逐一改变，其余不变，每项结论给出保持该结论的取值区间以及区间之外的结论。
--regions 默认为 all：所有已评估的地区。不带 -o 时输出易读的表格；-o 可写出 CSV（每个地区的每项论断一行）、JSON 或 Markdown。数据库以只读方式打开。</translation>
    </message>
    <message numerus="yes">
        <source>triangle-studio findings: %1 of %n region(s) tested…</source>
        <translation>
            <numerusform>triangle-studio findings：已检验 %1 / %n 个地区…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::cli::GroupsCommand</name>
    <message>
        <source>triangle-studio groups: %1</source>
        <translation>triangle-studio groups：%1</translation>
    </message>
    <message>
        <source>No region groups yet.</source>
        <translation>尚无地区组。</translation>
    </message>
    <message>
        <source>A group&apos;s triangle is the median of its assessed members.</source>
        <translation>地区组的三角取已评估成员的中位数。</translation>
    </message>
    <message>
        <source>A group&apos;s triangle is the mean of its assessed members.</source>
        <translation>地区组的三角取已评估成员的平均数。</translation>
    </message>
    <message>
        <source>  members (%1): %2</source>
        <translation>  成员（%1）：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  说明：%1</translation>
    </message>
    <message>
        <source>  source: %1</source>
        <translation>  来源：%1</translation>
    </message>
    <message>
        <source>List the region groups (key, names, members and source) and the comparison sets.</source>
        <translation>列出地区组（键、名称、成员和来源）以及比较集。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio groups [--db FILE]
Prints each region group of the database: its key (what --regions group:KEY names), its Chinese and English names, its members by code and name, its note and the plan or document that defines it, and how group triangles are aggregated (mean or median); then each comparison set: its key (what --regions set:KEY names), its name and its members in the set&apos;s order. The database is opened read-only.</source>
        <translation>用法：triangle-studio groups [--db 文件]
列出数据库中的每个地区组：其键（即 --regions group:键 所指）、中英文名称、成员的代码和名称、说明及界定该组的规划或文件，以及地区组三角的汇总方式（平均数或中位数）；然后列出每个比较集：其键（即 --regions set:键 所指）、名称及按顺序排列的成员。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Comparison sets:</source>
        <translation>比较集：</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ImportCommand</name>
    <message>
        <source>%1 regions, %2 stages, %3 assessments, %4 policies, %5 milestones, %6 evidence links</source>
        <translation>%1 个地区、%2 个阶段、%3 项评估、%4 项政策、%5 个里程碑、%6 条证据关联</translation>
    </message>
    <message>
        <source>fail (default), skip or update</source>
        <translation>fail（默认）、skip 或 update</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>triangle-studio import: --on-conflict must be fail, skip or update, not “%1”</source>
        <translation>triangle-studio import: --on-conflict 必须是 fail、skip 或 update，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>triangle-studio import: nothing was imported; %n problem(s) in %1:</source>
        <translation>
            <numerusform>triangle-studio import: 未导入任何内容；%1 中有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>triangle-studio import: %1</source>
        <translation>triangle-studio import: %1</translation>
    </message>
    <message>
        <source>Created %1 and imported into it.</source>
        <translation>已创建 %1 并导入数据。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>已导入到 %1。</translation>
    </message>
    <message>
        <source>Added:   %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>, %1 indicators, %2 raters, %3 indicator values with %4 evidence links</source>
        <translation>、%1 个指标、%2 位评分者、%3 个指标值（含 %4 条证据关联）</translation>
    </message>
    <message>
        <source>Read a JSON file, an Excel workbook or a folder of CSV files into the database, all or nothing.</source>
        <translation>将一个 JSON 文件、一个 Excel 工作簿或一个 CSV 文件夹读入数据库：要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>A .json file, an .xlsx workbook or a folder of CSV files.</source>
        <translation>一个 .json 文件、一个 .xlsx 工作簿，或一个包含 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <source>triangle-studio import: warning: no backup was taken: %1</source>
        <translation>triangle-studio import：警告：未创建备份：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>已先将 %1 备份到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>, %n region group(s)</source>
        <translation>
            <numerusform>，%n 个地区组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n comparison set(s)</source>
        <translation>
            <numerusform>，%n 个比较集</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: triangle-studio import [--db FILE] [--on-conflict fail|skip|update] IN.json|IN.xlsx|IN_FOLDER
A returned scoring packet (see `triangle-studio packet`), or a folder of them, is recognised and its answers stored as its expert&apos;s for its round; it reports what was filled, left empty and out of range, and refuses a packet of another database or an altered one with nothing written.
Checks the whole input first and reports every problem with its file and line, sheet and row, or JSON path, and field; a workbook&apos;s Triangles sheet is derived and not read; nothing is written unless all of it is valid, and then all of it is written in one transaction. Records are matched by their keys (region code, stage key, policy or milestone uid, region and stage of an assessment): --on-conflict says what to do with one already in the database (fail, the default; skip it; or update it from the file).</source>
        <translation>用法：triangle-studio import [--db 文件] [--on-conflict fail|skip|update] 输入.json|输入.xlsx|输入文件夹
收回的评分包（见 `triangle-studio packet`）或装有评分包的文件夹会被识别，其回答按所属专家和轮次保存；报告已填写、留空和超出范围的内容；另一个数据库的评分包或被改动过结构的评分包将被拒绝，不写入任何内容。
先检查全部输入，并报告每个问题所在的文件和行、工作表和行或 JSON 路径，以及字段；工作簿中的“三角形”工作表由数据推导而来，不会读入；只有全部输入有效时才会写入，且全部内容在同一个事务中写入。记录按其键匹配（地区代码、阶段键、政策或里程碑的 uid、评估的地区和阶段）：--on-conflict 指定如何处理数据库中已存在的记录（fail：报错并停止，为默认值；skip：跳过该记录；update：用文件中的内容更新该记录）。</translation>
    </message>
    <message>
        <source>, the expert panel&apos;s %1 packets, %2 answers and %3 comparisons</source>
        <translation>，专家组的 %1 个评分包、%2 个回答和 %3 项两两比较</translation>
    </message>
    <message>
        <source>Weight sets: %1 added, %2 updated, %3 skipped</source>
        <translation>权重集：新增 %1，更新 %2，跳过 %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PacketCommand</name>
    <message>
        <source>Scoring packets for experts: one workbook each, to fill in with Excel, WPS or LibreOffice and import back.</source>
        <translation>为专家生成评分包：每人一个工作簿，用 Excel、WPS 或 LibreOffice 填写后导回。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio packet [--db FILE] --rater KEY|NAME[,…] --regions CODES --stage KEY [--round N] [--deadline TEXT] [--comparisons] -o OUT.xlsx|OUT_FOLDER
Writes one workbook per expert, in the expert&apos;s language: an instructions sheet (what to do, the scale, the deadline, each indicator&apos;s definition and rubric), a sheet with a row per region and indicator (the rubric&apos;s anchors as a drop-down list, the score checked to lie from 0 to 10 in steps of 0.1, a note), and with --comparisons a sheet of pairwise comparisons on Saaty&apos;s 1–9 scale. Everything but the cells to fill in is protected, without a password. A packet shows no other expert&apos;s scores; from round 2 on it shows each item&apos;s median and interquartile range from the round before and the expert&apos;s own score, and asks for a reason when the new score lies outside that range. The database records each packet, so that `triangle-studio import` takes the returned file back. With one expert -o may name the file; with several, -o names a folder and each file is named after its expert, stage and round.</source>
        <translation>用法：triangle-studio packet [--db 文件] --rater 键|姓名[,…] --regions 代码 --stage 键 [--round N] [--deadline 文字] [--comparisons] -o 输出.xlsx|输出文件夹
为每位专家以其语言写一个工作簿：说明表（填写方法、评分尺度、截止日期、各指标的定义和评分标准）、评分表（每个地区和指标一行：评分标准的锚点为下拉列表，分数须在 0 到 10 之间、步长 0.1，另有备注栏），加 --comparisons 时还有按 Saaty 1–9 标度的两两比较表。除待填单元格外全部受保护，不设密码。评分包不显示其他专家的分数；从第 2 轮起显示上一轮各条目的中位数和四分位距以及该专家自己的分数，新分数落在该区间之外时要求说明理由。数据库记录每个评分包，`triangle-studio import` 可将收回的文件导回。只有一位专家时 -o 可指定文件；有多位时 -o 指定文件夹，各文件按专家、阶段和轮次命名。</translation>
    </message>
    <message>
        <source>The experts (rater keys or names), comma-separated.</source>
        <translation>专家（评分者键或姓名），以逗号分隔。</translation>
    </message>
    <message>
        <source>EXPERTS</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated.</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The stage to score (its key: initial, advantage, target, …).</source>
        <translation>要评分的阶段（其键：initial、advantage、target 等）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The Delphi round (default 1).</source>
        <translation>德尔菲轮次（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When the packet is due back, as the experts should read it.</source>
        <translation>评分包的交回期限，按专家应读到的文字填写。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Add the sheet of pairwise comparisons (AHP).</source>
        <translation>加入两两比较工作表（层次分析法）。</translation>
    </message>
    <message>
        <source>The workbook (one expert) or the folder to write.</source>
        <translation>要写入的工作簿（一位专家）或文件夹。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio packet: %1</source>
        <translation>triangle-studio packet：%1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须给出 --%1</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1 to 20, not “%1”</source>
        <translation>--round 须为 1 到 20 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>with several experts, -o names a folder, not “%1”</source>
        <translation>有多位专家时，-o 应指定文件夹，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no rater “%1” (add the expert first, in the window&apos;s Panel page)</source>
        <translation>没有评分者“%1”（请先在窗口的“专家组”页中添加该专家）</translation>
    </message>
    <message>
        <source>--regions names no region</source>
        <translation>--regions 未指定任何地区</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>no packet for %1: %2</source>
        <translation>未能为 %1 生成评分包：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 for %2: %n item(s)</source>
        <translation>
            <numerusform>已为 %2 写入 %1：%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>triangle-studio import: warning: no backup was taken: %1</source>
        <translation>triangle-studio import：警告：未能备份：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>已先将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>triangle-studio import: %1</source>
        <translation>triangle-studio import：%1</translation>
    </message>
    <message>
        <source>Skipped %1: not a scoring packet.</source>
        <translation>已跳过 %1：不是评分包。</translation>
    </message>
    <message>
        <source>Imported %1 packet(s), refused %2.</source>
        <translation>已导入 %1 个评分包，拒绝 %2 个。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PanelCommand</name>
    <message>
        <source>The expert panel: packets, each round&apos;s convergence (CV, Kendall&apos;s W, α) and the AHP weights and their consistency.</source>
        <translation>专家组：评分包、每轮的收敛情况（CV、肯德尔 W、α），以及层次分析法权重及其一致性。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio panel [--db FILE] [--stage KEY] [--round N] [--include-inconsistent] [-o OUT.csv|OUT.json|OUT.md]
For each stage and Delphi round: who answered; per dimension Kendall&apos;s W with the tie correction, its chi-square and p-value, and Krippendorff&apos;s α with a 95 % bootstrap interval; the same α over the stage; each item&apos;s median, interquartile range and coefficient of variation; and whether the stop rule is met (set in the window&apos;s Panel page). For the pairwise comparisons: each expert&apos;s consistency ratio per scope with the comparison that most breaks it, and the group&apos;s weights by the geometric mean of the judgments (AIJ) or of the priorities (AIP), from the experts whose CR is within the limit unless --include-inconsistent. Without -o prints tables; -o writes CSV (a row per measure), JSON or Markdown. The database is opened read-only.</source>
        <translation>用法：triangle-studio panel [--db 文件] [--stage 键] [--round N] [--include-inconsistent] [-o 输出.csv|输出.json|输出.md]
对每个阶段和德尔菲轮次：哪些专家作答；各维度经结校正的肯德尔 W 及其卡方值和 p 值，以及 Krippendorff α 及其 95% 自助法区间；整个阶段的 α；各条目的中位数、四分位距和变异系数；以及是否满足停止规则（在窗口的“专家组”页中设定）。对两两比较：每位专家在各范围内的一致性比率及最破坏一致性的比较，以及按判断的几何平均（AIJ）或优先级的平均（AIP）得出的专家组权重，除非给出 --include-inconsistent，只采用 CR 在限值以内的专家。不加 -o 时打印表格；-o 写入 CSV（每个指标量一行）、JSON 或 Markdown。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Only this stage&apos;s rounds.</source>
        <translation>只看该阶段的轮次。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Only this round.</source>
        <translation>只看该轮次。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep experts whose consistency ratio is above the limit in the group&apos;s weights.</source>
        <translation>在专家组权重中保留一致性比率超过限值的专家。</translation>
    </message>
    <message>
        <source>The CSV, JSON or Markdown file to write.</source>
        <translation>要写入的 CSV、JSON 或 Markdown 文件。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio panel: %1</source>
        <translation>triangle-studio panel：%1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv, .json or .md</source>
        <translation>“%1”：文件名须以 .csv、.json 或 .md 结尾</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1, not “%1”</source>
        <translation>--round 须为从 1 起的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PanelOutput</name>
    <message>
        <source>Expert panel · %1</source>
        <translation>专家组 · %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation>专家组</translation>
    </message>
</context>
<context>
    <name>triangle::cli::RegionsCommand</name>
    <message>
        <source>Add the prefecture- and county-level units of mainland China to a database.</source>
        <translation>向数据库添加中国大陆的地级和县级行政区。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio regions add-levels [--db FILE]
add-levels adds the national level, the 31 provinces and the about 3,200 prefecture- and county-level units that ship with Triangle Studio (National Bureau of Statistics codes of 2023, English names generated from pinyin) wherever their code is not in the database yet, in one transaction. Regions already there are left exactly as they are, so running it again adds nothing.</source>
        <translation>用法：triangle-studio regions add-levels [--db FILE]
add-levels 在一个事务中添加全国、31 个省级单位以及随战略三角工作室提供的约 3,200 个地级和县级行政区（国家统计局 2023 年区划代码，英文名由拼音生成），只添加数据库中尚无其代码者。已有的地区保持原样，因此再次运行不会添加任何内容。</translation>
    </message>
    <message>
        <source>What to do: add-levels.</source>
        <translation>要执行的操作：add-levels。</translation>
    </message>
    <message>
        <source>triangle-studio regions: unknown action “%1” (the action is add-levels)</source>
        <translation>triangle-studio regions：未知操作“%1”（可用操作为 add-levels）</translation>
    </message>
    <message>
        <source>triangle-studio regions: %1</source>
        <translation>triangle-studio regions：%1</translation>
    </message>
    <message>
        <source>triangle-studio regions: warning: no backup was taken: %1</source>
        <translation>triangle-studio regions：警告：未能备份：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>已先将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>triangle-studio regions: nothing was added: %1</source>
        <translation>triangle-studio regions：未添加任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n region(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %n 个地区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there, left as they were: %1</source>
        <translation>已存在并保持原样：%1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ReportCommand</name>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio report: %1</source>
        <translation>triangle-studio report: %1</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…] or --regions all</source>
        <translation>请用 --regions 代码[,代码…] 或 --regions all 指定地区</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>A region group named as group:KEY or group:NAME gets a page of its own: its aggregate triangle across the stages with its members&apos; range, a table of it with how many members were assessed, and its members&apos; scores; it is drawn on the comparison page too. A region page shows the region&apos;s roll-up from its assessed sub-regions beside its own triangle.</source>
        <translation>以 group:键 或 group:名称 指定的地区组单独成页：各阶段的汇总三角及成员范围、汇总表（含已评估成员数）和成员得分；比较页中也绘出该组。地区页在其自身三角旁列出由已评估下级地区汇总的三角。</translation>
    </message>
    <message>
        <source>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</source>
        <translation>比较集（在窗口中由所选地区保存）以 set:键 或 set:名称 指定：代表其成员，按比较集中的顺序比较。</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all.</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔；或 all。</translation>
    </message>
    <message>
        <source>Write a report for chosen regions: a PDF, or an OpenDocument text to edit.</source>
        <translation>为所选地区生成报告：PDF，或可编辑的 OpenDocument 文本。</translation>
    </message>
    <message>
        <source>With -o OUT.odt it writes an OpenDocument text with the same content, for LibreOffice, Word or WPS to open and edit: real headings, tables and the figures as images.</source>
        <translation>用 -o 输出.odt 则写出内容相同的 OpenDocument 文本，可在 LibreOffice、Word 或 WPS 中打开和编辑：带真正的标题、表格，图以图片嵌入。</translation>
    </message>
    <message>
        <source>With -o OUT.docx LibreOffice, where installed, converts that text into a Word document.</source>
        <translation>用 -o 输出.docx 则由 LibreOffice（如已安装）把该文本转换为 Word 文档。</translation>
    </message>
    <message>
        <source>The report to write: a .pdf, .odt or .docx file.</source>
        <translation>要写入的报告：.pdf、.odt 或 .docx 文件。</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.pdf, -o OUT.odt or -o OUT.docx</source>
        <translation>请用 -o 输出.pdf、-o 输出.odt 或 -o 输出.docx 指定写入位置</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>第 %1 部分，共 %2 部分</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Usage: triangle-studio report [--db FILE] --regions CODE[,CODE…]|set:NAME|all [--lang zh_CN|en] -o OUT.pdf
Writes a cover, the method, pages for each region in the order named (its evolution diagram, metrics with the change from stage to stage, and the argument for each score: how it was set, the rationale, the indicator scores with their notes, the evidence linked and the raters&apos; spread; then its dated policies and milestones), a page comparing the regions at each stage and a page on how their readings depend on the indicator weights (advantage stage, %1 draws, concentration %2, seed %3). “all” means every region that has an assessment. A report that fails leaves no file behind.</source>
        <translation>用法：triangle-studio report [--db 文件] --regions 代码[,代码…]|set:名称|all [--lang zh_CN|en] -o 输出.pdf
按所列顺序写出封面、方法说明、各地区的页面（含其演进图、各项度量及各阶段之间的变化，以及每项评分的论证：设定方式、评分理由、指标得分及其注释、所链接的证据和评分者之间的差异；随后是注明日期的政策和里程碑）、一页各阶段的地区比较，以及一页说明各地区的判读在多大程度上取决于指标权重（优势三角阶段，抽样 %1 次，集中度 %2，随机种子 %3）。“all”表示所有已有评估的地区。生成失败的报告不会留下任何文件。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SensitivityCommand</name>
    <message>
        <source>How robust each region&apos;s leading dimension, form and rank are to the indicator weights.</source>
        <translation>检验各地区的优势维度、形态和排名对指标权重的稳健性。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio sensitivity [--db FILE] --regions CODE[,CODE…]|all [--stage KEY] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json]
Draws the indicator weights N times around the stored ones, each dimension&apos;s from Dirichlet(K × its normalised weights), derives the dimension scores again and counts how often each region&apos;s leading dimension, form and rank (by triangle area among the chosen regions) differ from what the stored weights give. A dimension set by hand keeps its score. The same seed gives the same result.
“all” means every region with indicator values at the stage. Defaults: --stage advantage, --draws 10000, --concentration 50 (larger keeps the draws closer to the stored weights), --seed 1.
Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per region, -o OUT.json the parameters and an object per region (rates and shares as fractions of the draws). The database is opened read-only.</source>
        <translation>用法：triangle-studio sensitivity [--db 文件] --regions 代码[,代码…]|all [--stage 键] [--draws N] [--concentration K] [--seed S] [-o 输出.csv|输出.json]
在已存储权重附近抽取 N 次指标权重，每个维度的权重取自 Dirichlet(K × 该维度归一化后的权重)，据此重新推导各维度评分，并统计各地区的优势维度、形态和排名（按所选地区的三角形面积排序）与使用已存储权重时不同的频率。手工设定的维度保持其评分不变。相同的随机种子给出相同的结果。
“all”表示在该阶段有指标值的所有地区。默认值：--stage advantage、--draws 10000、--concentration 50（越大，抽样越接近已存储权重）、--seed 1。
不带 -o 时输出表格；-o 输出.csv 写出一行由稳定键组成的表头，并为每个地区写一行；-o 输出.json 写出参数以及每个地区一个对象（比率和占比均以占抽样次数的比例表示）。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The stage key (default advantage).</source>
        <translation>阶段键（默认 advantage）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The CSV or JSON file to write (default: a table on standard output).</source>
        <translation>要写入的 CSV 或 JSON 文件（默认：在标准输出上打印表格）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio sensitivity: %1</source>
        <translation>triangle-studio sensitivity: %1</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…] or --regions all</source>
        <translation>请用 --regions 代码[,代码…] 或 --regions all 指定地区</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv or .json</source>
        <translation>“%1”：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message>
        <source>unknown stage “%1” (the stages are %2)</source>
        <translation>未知阶段“%1”（可用阶段：%2）</translation>
    </message>
    <message>
        <source>no region has indicator values at stage “%1”</source>
        <translation>没有地区在阶段“%1”有指标值</translation>
    </message>
    <message>
        <source>none of the regions is assessed at stage “%1”</source>
        <translation>所选地区在阶段“%1”均无评估</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all.</source>
        <translation>地区代码、group:键或 set:键，以逗号分隔；或 all。</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SensitivityOutput</name>
    <message numerus="yes">
        <source>Weight sensitivity at %1: %n draw(s), concentration %2, seed %3</source>
        <translation>
            <numerusform>权重敏感性（%1）：抽样 %n 次，集中度 %2，随机种子 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Each draw takes each dimension&apos;s indicator weights from Dirichlet(concentration × the stored
weights) and derives the scores again; “changes” is the share of draws whose reading differs from
the one with the stored weights. Rank 1 is the largest triangle area.</source>
        <translation>每次抽样时，各维度的指标权重取自 Dirichlet(集中度 × 已存储权重)，并据此重新推导评分；
“变化”指判读结果与使用已存储权重时不同的抽样所占比例。
排名 1 表示三角形面积最大。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>排名（范围）</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>并列</translation>
    </message>
    <message>
        <source>Share of draws in which each dimension leads:</source>
        <translation>各维度成为优势维度的抽样占比：</translation>
    </message>
    <message>
        <source>Every score set by hand, so the weights do not apply: %1</source>
        <translation>所有评分均为手工设定，权重不起作用：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not assessed at this stage: %1</source>
        <translation>本阶段未评估：%1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SummaryCommand</name>
    <message>
        <source>List each assessed region&apos;s triangles with area, balance, leading dimension and form.</source>
        <translation>列出每个已评估地区的战略三角及其面积、均衡度、优势维度和形态。</translation>
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
        <source>  %1: %2 / %3 / %4; area %5, balance %6, leading %7, %8</source>
        <translation>  %1: %2 / %3 / %4; 面积 %5，均衡度 %6，优势维度 %7，%8</translation>
    </message>
    <message>
        <source>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle&apos;s area, balance (lowest over highest score) and area ratio (the earlier balance index), its leading dimension and its form. The database is opened read-only.</source>
        <translation>为 --db 指定的数据库（或默认数据库）中的每条评估输出一行：地区、阶段、三项评分（使命 / 政治 / 运作）、三角形的面积、均衡度（最低评分与最高评分之比）和面积比（原先的均衡度指数）、优势维度及形态。数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 (area ratio %2)</source>
        <translation>%1（面积比 %2）</translation>
    </message>
    <message>
        <source>A region whose sub-regions are assessed also gets a roll-up at each stage: the mean (or median, as the database is set) of its assessed sub-regions, beside its own triangle, with how many were assessed and their range per dimension. Then each region group&apos;s triangle, aggregated the same way from its members.</source>
        <translation>若某地区的下级地区已有评估，每个阶段还列出汇总三角：已评估下级地区的平均数（或按数据库设定取中位数），与其自身三角并列，并注明已评估数量和各维度的范围。随后列出各地区组的三角，以同样方式由其成员汇总。</translation>
    </message>
    <message>
        <source>median of %1 of %2 assessed</source>
        <translation>%2 个中已评估 %1 个的中位数</translation>
    </message>
    <message>
        <source>mean of %1 of %2 assessed</source>
        <translation>%2 个中已评估 %1 个的平均数</translation>
    </message>
    <message>
        <source>%1, range %2</source>
        <translation>%1，范围 %2</translation>
    </message>
    <message>
        <source>%1, roll-up</source>
        <translation>%1（汇总）</translation>
    </message>
    <message>
        <source>      sub-regions: %1</source>
        <translation>      下级地区：%1</translation>
    </message>
    <message>
        <source>Region groups: each group&apos;s triangle from its assessed members</source>
        <translation>地区组：由已评估成员汇总的各组三角</translation>
    </message>
    <message>
        <source>      members: %1</source>
        <translation>      成员：%1</translation>
    </message>
    <message numerus="yes">
        <source>  no member assessed (%n member(s))</source>
        <translation>
            <numerusform>  尚无成员评估（共 %n 个成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line names the program&apos;s version, the findings rules&apos; version and the data&apos;s fingerprint (docs/method.md); under each assessment, how many of its dimension scores and indicator values cite evidence.</source>
        <translation>第一行注明程序版本、论断规则版本和数据指纹（docs/method.md）；每项评估下方注明其维度分数和指标值中有多少关联了证据。</translation>
    </message>
    <message>
        <source>      warning: %1</source>
        <translation>      警示：%1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::WeightsCommand</name>
    <message>
        <source>List, derive, combine, activate, remove and compare the indicator weight sets.</source>
        <translation>列出、由数据得出、合成、启用、删除和比较指标权重集。</translation>
    </message>
    <message>
        <source>Make a set from the data: entropy or critic.</source>
        <translation>由数据生成权重集：entropy（熵权法）或 critic。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Make a set from two: the experts&apos; set A and the data&apos;s set B.</source>
        <translation>由两个权重集合成：专家权重集 A 与数据权重集 B。</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>How --combine combines: multiplicative or linear.</source>
        <translation>--combine 的合成方式：multiplicative（乘法）或 linear（线性）。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>The experts&apos; share in a linear combination, 0 to 1 (default 0.5).</source>
        <translation>线性合成中专家权重的比重，0 到 1（默认 0.5）。</translation>
    </message>
    <message>
        <source>ALPHA</source>
        <translation>ALPHA</translation>
    </message>
    <message>
        <source>The new set&apos;s name.</source>
        <translation>新权重集的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep the weights in force as an analyst&apos;s set of this name.</source>
        <translation>将当前生效的权重保存为此名称的分析人员权重集。</translation>
    </message>
    <message>
        <source>Put the set&apos;s weights in force.</source>
        <translation>使该权重集的权重生效。</translation>
    </message>
    <message>
        <source>Remove the set.</source>
        <translation>删除该权重集。</translation>
    </message>
    <message>
        <source>Compare the regions under these sets.</source>
        <translation>在这些权重集下比较各地区。</translation>
    </message>
    <message>
        <source>A,B[,C…]</source>
        <translation>A,B[,C…]</translation>
    </message>
    <message>
        <source>The stage key (for --derive and --compare).</source>
        <translation>阶段键（用于 --derive 和 --compare）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>csv, json or md on standard output, or a file ending so.</source>
        <translation>在标准输出上输出 csv、json 或 md，或写入以此结尾的文件。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>triangle-studio weights: %1</source>
        <translation>triangle-studio weights：%1</translation>
    </message>
    <message>
        <source>one action at a time, not %1</source>
        <translation>一次只能执行一个操作，而不是 %1</translation>
    </message>
    <message>
        <source>-o takes csv, json or md, or a file name ending in .csv, .json or .md, not “%1”</source>
        <translation>-o 取 csv、json 或 md，或以 .csv、.json、.md 结尾的文件名，而不是“%1”</translation>
    </message>
    <message>
        <source>-o goes with the list or --compare</source>
        <translation>-o 只用于列出或 --compare</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>No weight sets yet.</source>
        <translation>还没有权重集。</translation>
    </message>
    <message>
        <source>No set is in force: the weights were edited by hand since one was activated.</source>
        <translation>没有生效的权重集：自上次启用以来权重已被手动修改。</translation>
    </message>
    <message>
        <source>%1  (%2, in force)</source>
        <translation>%1  （%2，生效中）</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--compare needs two or more set names, comma-separated</source>
        <translation>--compare 需要两个或更多权重集名称，以逗号分隔</translation>
    </message>
    <message>
        <source>--compare needs --stage KEY</source>
        <translation>--compare 需要 --stage 键</translation>
    </message>
    <message>
        <source>no region has indicator values and an assessment at stage “%1”</source>
        <translation>阶段“%1”没有既有指标评分又有评估的地区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1: rank</source>
        <translation>%1：排名</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1：形态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>form</source>
        <translation>形态</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>优势维度</translation>
    </message>
    <message>
        <source>Weight sets compared at %1: rank 1 is the largest triangle area; * marks a change between the sets.</source>
        <translation>在%1比较权重集：排名 1 为三角形面积最大者；* 标出各权重集之间的变化。</translation>
    </message>
    <message>
        <source>--derive takes entropy or critic, not “%1”</source>
        <translation>--derive 取 entropy 或 critic，而不是“%1”</translation>
    </message>
    <message>
        <source>--derive needs --stage KEY</source>
        <translation>--derive 需要 --stage 键</translation>
    </message>
    <message>
        <source>--combine takes two set names, A,B</source>
        <translation>--combine 需要两个权重集名称，A,B</translation>
    </message>
    <message>
        <source>--combine needs --rule multiplicative or --rule linear</source>
        <translation>--combine 需要 --rule multiplicative 或 --rule linear</translation>
    </message>
    <message>
        <source>--alpha must be a number from 0 to 1, not “%1”</source>
        <translation>--alpha 须为 0 到 1 之间的数，而不是“%1”</translation>
    </message>
    <message>
        <source>name the new set with --name NAME</source>
        <translation>请用 --name 名称 为新权重集命名</translation>
    </message>
    <message>
        <source>triangle-studio weights: warning: no backup was taken: %1</source>
        <translation>triangle-studio weights：警告：未能备份：%1</translation>
    </message>
    <message>
        <source>Added the weight set “%1”: %2</source>
        <translation>已添加权重集“%1”：%2</translation>
    </message>
    <message>
        <source>The weight set “%1” is in force; every derived score was derived again.</source>
        <translation>权重集“%1”已生效；全部推导分数均已重新推导。</translation>
    </message>
    <message>
        <source>Removed the weight set “%1”.</source>
        <translation>已删除权重集“%1”。</translation>
    </message>
    <message>
        <source>Usage: triangle-studio weights [--db FILE] [-o csv|json|md|OUT.csv|OUT.json|OUT.md]
       triangle-studio weights [--db FILE] --derive entropy|critic --stage KEY --name NAME
       triangle-studio weights [--db FILE] --combine A,B --rule multiplicative|linear [--alpha 0.5] --name NAME
       triangle-studio weights [--db FILE] --from-panel NAME [--round N] [--include-inconsistent]
       triangle-studio weights [--db FILE] --record NAME | --activate NAME | --remove NAME
       triangle-studio weights [--db FILE] --compare A,B[,C…] --stage KEY [-o csv|json|md|OUT…]
Without an action, lists every weight set: its name, method, how it was made, whether it is in force, and its weight and share within the dimension for each indicator.
--derive makes a set from the indicator values at the stage (each dimension&apos;s indicators on their own; the raters&apos; values combined as the database is set). --combine makes one from set A (the experts&apos;) and set B (the data&apos;s), by the product or by α·A + (1 − α)·B. --from-panel makes one from the expert panel&apos;s AHP weights of the round (the group&apos;s, by AIJ or AIP as the panel is set, from the experts whose consistency ratio passes); a dimension the experts did not compare keeps the weights in force. --record keeps the weights in force as an analyst&apos;s set. --activate puts a set&apos;s weights in force and derives every score again; a set with a weight of 0 cannot be. --remove removes a set that is not in force.
--compare prints each region&apos;s rank (by triangle area) and form under each set at the stage, marking those that change. -o chooses CSV, JSON or Markdown on standard output, or writes the file named. Listing and comparing open the database read-only; the other actions take the day&apos;s backup first.</source>
        <translation>用法：triangle-studio weights [--db 文件] [-o csv|json|md|输出.csv|输出.json|输出.md]
       triangle-studio weights [--db 文件] --derive entropy|critic --stage 键 --name 名称
       triangle-studio weights [--db 文件] --combine A,B --rule multiplicative|linear [--alpha 0.5] --name 名称
       triangle-studio weights [--db 文件] --from-panel 名称 [--round N] [--include-inconsistent]
       triangle-studio weights [--db 文件] --record 名称 | --activate 名称 | --remove 名称
       triangle-studio weights [--db 文件] --compare A,B[,C…] --stage 键 [-o csv|json|md|输出…]
不带操作时列出每个权重集：名称、方法、生成方式、是否生效，以及每项指标的权重及其在维度内的占比。
--derive 由该阶段的指标评分生成权重集（各维度的指标分别计算；评分者的值按数据库设定合并）。--combine 由权重集 A（专家）与权重集 B（数据）按乘积或 α·A + (1 − α)·B 合成。--from-panel 由专家组该轮的层次分析法权重生成权重集（专家组权重，按专家组设定的 AIJ 或 AIP 集结，只采用一致性比率通过的专家）；专家未比较的维度沿用现行权重。--record 将当前生效的权重保存为分析人员权重集。--activate 使权重集生效并重新推导全部分数；含 0 权重的权重集不能启用。--remove 删除未生效的权重集。
--compare 列出每个地区在该阶段各权重集下的排名（按三角形面积）与形态，并标出发生变化者。-o 选择在标准输出上输出 CSV、JSON 或 Markdown，或写入所指定的文件。列出与比较以只读方式打开数据库；其他操作先做当日备份。</translation>
    </message>
    <message>
        <source>Make a set from the expert panel&apos;s AHP weights (the latest round with comparisons, or --round).</source>
        <translation>由专家组的层次分析法权重生成权重集（最近一轮有比较的轮次，或 --round 指定）。</translation>
    </message>
    <message>
        <source>The panel round for --from-panel.</source>
        <translation>--from-panel 所用的专家组轮次。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --from-panel: keep experts whose consistency ratio is above the limit.</source>
        <translation>与 --from-panel 合用：保留一致性比率超过限值的专家。</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1 to 20, not “%1”</source>
        <translation>--round 须为 1 到 20 的整数，而不是“%1”</translation>
    </message>
</context>
</TS>
