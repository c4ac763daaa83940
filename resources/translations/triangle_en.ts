<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ThresholdSensitivity</name>
    <message>
        <source>shared lead within (points)</source>
        <translation>shared lead within (points)</translation>
    </message>
    <message>
        <source>balanced from a lowest / highest of</source>
        <translation>balanced from a lowest / highest of</translation>
    </message>
    <message>
        <source>balanced within a spread of (points)</source>
        <translation>balanced within a spread of (points)</translation>
    </message>
    <message>
        <source>“balanced high” from a mean of</source>
        <translation>“balanced high” from a mean of</translation>
    </message>
    <message>
        <source>planned (would be %1)</source>
        <translation>planned (would be %1)</translation>
    </message>
    <message>
        <source>holds over every value tried (%1–%2)</source>
        <translation>holds over every value tried (%1–%2)</translation>
    </message>
    <message>
        <source>holds at %1 only</source>
        <translation>holds at %1 only</translation>
    </message>
    <message>
        <source>holds for %1–%2</source>
        <translation>holds for %1–%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</source>
        <translation>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</translation>
    </message>
</context>
<context>
    <name>triangle::AddRegionDialog</name>
    <message>
        <source>Add Region</source>
        <translation>Add Region</translation>
    </message>
    <message>
        <source>six digits, e.g. 330100</source>
        <translation>six digits, e.g. 330100</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Part of:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>Chinese &amp;name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
</context>
<context>
    <name>triangle::AdministrativeLevels</name>
    <message>
        <source>The administrative levels are missing from this build.</source>
        <translation>The administrative levels are missing from this build.</translation>
    </message>
    <message>
        <source>The administrative levels of this build are invalid: %1</source>
        <translation>The administrative levels of this build are invalid: %1</translation>
    </message>
    <message>
        <source>unexpected columns</source>
        <translation>unexpected columns</translation>
    </message>
    <message>
        <source>region %1 is not [code, name_zh, name_en, city|county, parent]</source>
        <translation>region %1 is not [code, name_zh, name_en, city|county, parent]</translation>
    </message>
</context>
<context>
    <name>triangle::AgreementText</name>
    <message>
        <source>all indicators</source>
        <translation>all indicators</translation>
    </message>
    <message>
        <source>Pooled over stages</source>
        <translation>Pooled over stages</translation>
    </message>
    <message>
        <source>not computable (%1)</source>
        <translation>not computable (%1)</translation>
    </message>
    <message>
        <source>%1, %2; no interval (%3)</source>
        <translation>%1, %2; no interval (%3)</translation>
    </message>
    <message>
        <source>%1, 95 % interval %2, %3</source>
        <translation>%1, 95 % interval %2, %3</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α, interval metric; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2). Krippendorff&apos;s conventions: α ≥ %3 reliable; %4 ≤ α &lt; %3 tentative conclusions only; below %4 unreliable.</source>
        <translation>Krippendorff&apos;s α, interval metric; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2). Krippendorff&apos;s conventions: α ≥ %3 reliable; %4 ≤ α &lt; %3 tentative conclusions only; below %4 unreliable.</translation>
    </message>
    <message>
        <source>Pooled over stages, the differences between the stages&apos; scores count as agreement, so α can be high where every stage&apos;s is low: read the stages.</source>
        <translation>Pooled over stages, the differences between the stages&apos; scores count as agreement, so α can be high where every stage&apos;s is low: read the stages.</translation>
    </message>
</context>
<context>
    <name>triangle::Ahp</name>
    <message>
        <source>The comparison matrix has no items.</source>
        <translation>The comparison matrix has no items.</translation>
    </message>
    <message>
        <source>The comparison matrix is not square: it needs one judgment for every pair of items.</source>
        <translation>The comparison matrix is not square: it needs one judgment for every pair of items.</translation>
    </message>
    <message>
        <source>Every judgment must be a positive number.</source>
        <translation>Every judgment must be a positive number.</translation>
    </message>
    <message>
        <source>An item compared with itself must be 1.</source>
        <translation>An item compared with itself must be 1.</translation>
    </message>
    <message>
        <source>The comparison matrix is not reciprocal: each judgment&apos;s mirror must be its reciprocal.</source>
        <translation>The comparison matrix is not reciprocal: each judgment&apos;s mirror must be its reciprocal.</translation>
    </message>
</context>
<context>
    <name>triangle::AhpMatrixEditor</name>
    <message>
        <source>&amp;Apply Suggestion</source>
        <translation>&amp;Apply Suggestion</translation>
    </message>
    <message>
        <source>Pairwise Comparisons</source>
        <translation>Pairwise Comparisons</translation>
    </message>
    <message>
        <source>The Delphi round the comparisons belong to.</source>
        <translation>The Delphi round the comparisons belong to.</translation>
    </message>
    <message>
        <source>E&amp;xpert:</source>
        <translation>E&amp;xpert:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>Each cell of the upper triangle says how many times more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round. The lower triangle shows the reciprocals.</source>
        <translation>Each cell of the upper triangle says how many times more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round. The lower triangle shows the reciprocals.</translation>
    </message>
    <message>
        <source>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty). λmax: the matrix&apos;s principal eigenvalue, n for perfectly consistent comparisons.</source>
        <translation>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty). λmax: the matrix&apos;s principal eigenvalue, n for perfectly consistent comparisons.</translation>
    </message>
    <message>
        <source>Sets the comparison named above to the suggested value (one undo step).</source>
        <translation>Sets the comparison named above to the suggested value (one undo step).</translation>
    </message>
    <message>
        <source>Each change is saved at once; Edit › Undo takes it back.</source>
        <translation>Each change is saved at once; Edit › Undo takes it back.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: its indicators</source>
        <translation>%1: its indicators</translation>
    </message>
    <message>
        <source>The three dimensions</source>
        <translation>The three dimensions</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>The item&apos;s weight from these comparisons (the principal eigenvector), when every pair is given.</source>
        <translation>The item&apos;s weight from these comparisons (the principal eigenvector), when every pair is given.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <source>How many times more important is %1 than %2?</source>
        <translation>How many times more important is %1 than %2?</translation>
    </message>
    <message>
        <source>%1 of the %2 comparisons are given; the weights and CR follow once every pair is.</source>
        <translation>%1 of the %2 comparisons are given; the weights and CR follow once every pair is.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 (limit %4)</source>
        <translation>λmax %1 · CI %2 · CR %3 (limit %4)</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inconsistent</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <source>The comparison %1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5.</source>
        <translation>The comparison %1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5.</translation>
    </message>
</context>
<context>
    <name>triangle::AlphaBootstrap</name>
    <message>
        <source>An interval needs at least two items scored by more than one rater; resampling one item gives it back every time.</source>
        <translation>An interval needs at least two items scored by more than one rater; resampling one item gives it back every time.</translation>
    </message>
    <message numerus="yes">
        <source>In %1 of %n resample(s) every score is the same, so the interval would be biased.</source>
        <translation>
            <numerusform>In %1 of %n resample every score is the same, so the interval would be biased.</numerusform>
            <numerusform>In %1 of %n resamples every score is the same, so the interval would be biased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::AlphaConventions</name>
    <message>
        <source>reliable</source>
        <translation>reliable</translation>
    </message>
    <message>
        <source>tentative conclusions only</source>
        <translation>tentative conclusions only</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unreliable</translation>
    </message>
</context>
<context>
    <name>triangle::AssessmentForm</name>
    <message>
        <source>&amp;Delete Assessment</source>
        <translation>&amp;Delete Assessment</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Add an Assessment for This Stage</source>
        <translation>&amp;Add an Assessment for This Stage</translation>
    </message>
    <message>
        <source>This region has no assessment at this stage.</source>
        <translation>This region has no assessment at this stage.</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>S&amp;ource and confidence:</source>
        <translation>S&amp;ource and confidence:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · leading: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · leading: %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>An analyst&apos;s judgement.</source>
        <translation>An analyst&apos;s judgement.</translation>
    </message>
    <message>
        <source>Delete the assessment at stage “%1”?</source>
        <translation>Delete the assessment at stage “%1”?</translation>
    </message>
    <message>
        <source>This also removes %1.</source>
        <translation>This also removes %1.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>Delete Assessment</translation>
    </message>
    <message numerus="yes">
        <source>derived from %n indicator(s)</source>
        <translation>
            <numerusform>derived from %n indicator</numerusform>
            <numerusform>derived from %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>set by hand · the indicators give %1</source>
        <translation>set by hand · the indicators give %1</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>Typing a score sets it by hand; the Scorecard tab derives it from the indicators again.</source>
        <translation>Typing a score sets it by hand; the Scorecard tab derives it from the indicators again.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>not scored yet: score its indicators on the Scorecard tab, or type a score</source>
        <translation>not scored yet: score its indicators on the Scorecard tab, or type a score</translation>
    </message>
    <message>
        <source>Not every dimension is scored yet: the triangle, its form and its findings follow once all three are.</source>
        <translation>Not every dimension is scored yet: the triangle, its form and its findings follow once all three are.</translation>
    </message>
    <message numerus="yes">
        <source>derived from %1 of %n indicator(s)</source>
        <translation>
            <numerusform>derived from %1 of %n indicator</numerusform>
            <numerusform>derived from %1 of %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Dimensions: a policy or milestone is linked to the score below. Indicator values: one is linked to the value on the Scorecard tab. A warning names a record that indicator values of several dimensions cite: one fact counted more than once, which the values&apos; notes should justify.</source>
        <translation>Dimensions: a policy or milestone is linked to the score below. Indicator values: one is linked to the value on the Scorecard tab. A warning names a record that indicator values of several dimensions cite: one fact counted more than once, which the values&apos; notes should justify.</translation>
    </message>
</context>
<context>
    <name>triangle::AssessmentMetricsModel</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
</context>
<context>
    <name>triangle::AssessmentRepository</name>
    <message>
        <source>Reading assessments</source>
        <translation>Reading assessments</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>Counting assessments</translation>
    </message>
    <message>
        <source>Reading an assessment</source>
        <translation>Reading an assessment</translation>
    </message>
    <message>
        <source>There is no assessment with id %1 in the database.</source>
        <translation>There is no assessment with id %1 in the database.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Adding an assessment</source>
        <translation>Adding an assessment</translation>
    </message>
    <message>
        <source>Saving an assessment</source>
        <translation>Saving an assessment</translation>
    </message>
    <message>
        <source>Deleting an assessment</source>
        <translation>Deleting an assessment</translation>
    </message>
</context>
<context>
    <name>triangle::Backups</name>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>The backup folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>“%1” already exists: a backup is restored as a new file only.</source>
        <translation>“%1” already exists: a backup is restored as a new file only.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be copied to “%2”.</source>
        <translation>The backup “%1” cannot be copied to “%2”.</translation>
    </message>
    <message>
        <source>The backup “%1” is open as a database: close it before restoring it.</source>
        <translation>The backup “%1” is open as a database: close it before restoring it.</translation>
    </message>
</context>
<context>
    <name>triangle::BalanceMapRenderer</name>
    <message>
        <source>Perfect balance</source>
        <translation>Perfect balance</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::BalanceMapView</name>
    <message>
        <source>Balance map</source>
        <translation>Balance map</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2% (score %3)</source>
        <translation>%1: %2% (score %3)</translation>
    </message>
    <message>
        <source>Click to hide “%1”.</source>
        <translation>Click to hide “%1”.</translation>
    </message>
    <message>
        <source>Click to show “%1”.</source>
        <translation>Click to show “%1”.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>The arrow keys move between regions, Enter selects one and H hides or shows it.</source>
        <translation>The arrow keys move between regions, Enter selects one and H hides or shows it.</translation>
    </message>
</context>
<context>
    <name>triangle::CausalLinkText</name>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>same time, cannot tell</source>
        <translation>same time, cannot tell</translation>
    </message>
    <message>
        <source>before: the link contradicts the dates</source>
        <translation>before: the link contradicts the dates</translation>
    </message>
    <message>
        <source>a date placed from context</source>
        <translation>a date placed from context</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not checked: a record is missing</source>
        <translation>not checked: a record is missing</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, with %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>triangle::ChartFigures</name>
    <message>
        <source>The dimensions chart needs the widgets application.</source>
        <translation>The dimensions chart needs the widgets application.</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetDialog</name>
    <message>
        <source>Edit Comparison Set</source>
        <translation>Edit Comparison Set</translation>
    </message>
    <message>
        <source>The command line and the data files name the set by its key, which a new name does not change.</source>
        <translation>The command line and the data files name the set by its key, which a new name does not change.</translation>
    </message>
    <message>
        <source>Why these regions are compared, and in this order</source>
        <translation>Why these regions are compared, and in this order</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetRepository</name>
    <message>
        <source>Reading comparison sets</source>
        <translation>Reading comparison sets</translation>
    </message>
    <message>
        <source>Reading a comparison set</source>
        <translation>Reading a comparison set</translation>
    </message>
    <message>
        <source>There is no comparison set with id %1 in the database.</source>
        <translation>There is no comparison set with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no comparison set “%1” in the database.</source>
        <translation>There is no comparison set “%1” in the database.</translation>
    </message>
    <message>
        <source>A comparison set with key “%1” already exists (%2).</source>
        <translation>A comparison set with key “%1” already exists (%2).</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>is already used by %1</translation>
    </message>
    <message>
        <source>Saving the members of a comparison set</source>
        <translation>Saving the members of a comparison set</translation>
    </message>
    <message>
        <source>Comparison set %1</source>
        <translation>Comparison set %1</translation>
    </message>
    <message>
        <source>Adding comparison set %1</source>
        <translation>Adding comparison set %1</translation>
    </message>
    <message>
        <source>Saving comparison set %1</source>
        <translation>Saving comparison set %1</translation>
    </message>
    <message>
        <source>Deleting a comparison set</source>
        <translation>Deleting a comparison set</translation>
    </message>
    <message>
        <source>Adding a region to a comparison set</source>
        <translation>Adding a region to a comparison set</translation>
    </message>
</context>
<context>
    <name>triangle::ComparisonSetsMenu</name>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Comparison Set…</source>
        <translation>&amp;Save Selection as Comparison Set…</translation>
    </message>
    <message>
        <source>Choose two or more regions in the navigator with Ctrl+click or Shift+click first.</source>
        <translation>Choose two or more regions in the navigator with Ctrl+click or Shift+click first.</translation>
    </message>
    <message>
        <source>&amp;Open Comparison Set</source>
        <translation>&amp;Open Comparison Set</translation>
    </message>
    <message>
        <source>&amp;Delete Comparison Set</source>
        <translation>&amp;Delete Comparison Set</translation>
    </message>
    <message>
        <source>No comparison sets saved yet</source>
        <translation>No comparison sets saved yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n region(s))</source>
        <translation>
            <numerusform>%1 (%n region)</numerusform>
            <numerusform>%1 (%n regions)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Save Comparison Set</source>
        <translation>Save Comparison Set</translation>
    </message>
    <message numerus="yes">
        <source>A name for the %n region(s) chosen, in the order chosen:</source>
        <translation>
            <numerusform>A name for the %n region chosen, in the order chosen:</numerusform>
            <numerusform>A name for the %n regions chosen, in the order chosen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Comparison Set</source>
        <translation>&amp;Edit Comparison Set</translation>
    </message>
</context>
<context>
    <name>triangle::ConvergenceChart</name>
    <message>
        <source>Convergence across rounds</source>
        <translation>Convergence across rounds</translation>
    </message>
    <message>
        <source>Kendall&apos;s W per dimension (agreement of the experts&apos; rankings, 0–1) and the largest CV of any item (spread relative to the mean), round by round. The dashed grey line is the stop rule&apos;s CV limit.</source>
        <translation>Kendall&apos;s W per dimension (agreement of the experts&apos; rankings, 0–1) and the largest CV of any item (spread relative to the mean), round by round. The dashed grey line is the stop rule&apos;s CV limit.</translation>
    </message>
    <message>
        <source>No rounds with answers yet.</source>
        <translation>No rounds with answers yet.</translation>
    </message>
    <message>
        <source>R%1</source>
        <translation>R%1</translation>
    </message>
</context>
<context>
    <name>triangle::CsvDataFolder</name>
    <message>
        <source>is not a folder of CSV files</source>
        <translation>is not a folder of CSV files</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>holds none of %1</source>
        <translation>holds none of %1</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>The folder “%1” cannot be written to.</translation>
    </message>
    <message>
        <source>“%1” is a folder and cannot be replaced.</source>
        <translation>“%1” is a folder and cannot be replaced.</translation>
    </message>
    <message>
        <source>is an open database, not a data file to import</source>
        <translation>is an open database, not a data file to import</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>is not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>the database could not be read</translation>
    </message>
</context>
<context>
    <name>triangle::CsvTable</name>
    <message>
        <source>the file is not UTF-8 text (save it as “CSV UTF-8”)</source>
        <translation>the file is not UTF-8 text (save it as “CSV UTF-8”)</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB</source>
        <translation>line %1 is longer than %2 MiB</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>a quoted field that starts on line %1 is never closed</translation>
    </message>
    <message>
        <source>the file is empty: it needs at least a header line</source>
        <translation>the file is empty: it needs at least a header line</translation>
    </message>
</context>
<context>
    <name>triangle::DataFiles</name>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>is %1 MiB; files over %2 MiB are not read</source>
        <translation>is %1 MiB; files over %2 MiB are not read</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is neither a .json file, an .xlsx workbook nor a folder of CSV files</source>
        <translation>is neither a .json file, an .xlsx workbook nor a folder of CSV files</translation>
    </message>
    <message>
        <source>“%1”: the output must end in .json (one file), .xlsx (an Excel workbook) or .csv (a folder of CSV files).</source>
        <translation>“%1”: the output must end in .json (one file), .xlsx (an Excel workbook) or .csv (a folder of CSV files).</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>the database could not be read</translation>
    </message>
    <message>
        <source>is an open database, not a data file to import</source>
        <translation>is an open database, not a data file to import</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>is not a regular file (a device, a pipe or a socket)</translation>
    </message>
</context>
<context>
    <name>triangle::DataFingerprint</name>
    <message>
        <source>The data could not be read to compute its fingerprint.</source>
        <translation>The data could not be read to compute its fingerprint.</translation>
    </message>
</context>
<context>
    <name>triangle::DataImporter</name>
    <message>
        <source>stage “%1”</source>
        <translation>stage “%1”</translation>
    </message>
    <message>
        <source>policy “%1”</source>
        <translation>policy “%1”</translation>
    </message>
    <message>
        <source>milestone “%1”</source>
        <translation>milestone “%1”</translation>
    </message>
    <message>
        <source>stage “%1” is neither in the file nor in the database</source>
        <translation>stage “%1” is neither in the file nor in the database</translation>
    </message>
    <message>
        <source>assessment of %1 at stage “%2”</source>
        <translation>assessment of %1 at stage “%2”</translation>
    </message>
    <message>
        <source>%1 is already in the database (choose to skip or update existing records)</source>
        <translation>%1 is already in the database (choose to skip or update existing records)</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>region “%1” is neither in the file nor in the database</source>
        <translation>region “%1” is neither in the file nor in the database</translation>
    </message>
    <message>
        <source>“%1:%2” is neither in the file nor in the database</source>
        <translation>“%1:%2” is neither in the file nor in the database</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>the parent chain of region %1 loops back on itself (through %2)</source>
        <translation>the parent chain of region %1 loops back on itself (through %2)</translation>
    </message>
    <message>
        <source>rater “%1”</source>
        <translation>rater “%1”</translation>
    </message>
    <message>
        <source>indicator “%1”</source>
        <translation>indicator “%1”</translation>
    </message>
    <message>
        <source>indicator “%1” is neither in the file nor in the database</source>
        <translation>indicator “%1” is neither in the file nor in the database</translation>
    </message>
    <message>
        <source>rater “%1” is neither in the file nor in the database</source>
        <translation>rater “%1” is neither in the file nor in the database</translation>
    </message>
    <message>
        <source>value of indicator “%1” by “%2” for %3 at stage “%4”</source>
        <translation>value of indicator “%1” by “%2” for %3 at stage “%4”</translation>
    </message>
    <message>
        <source>region group “%1”</source>
        <translation>region group “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem not listed</numerusform>
            <numerusform>%n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The input could not be read again while importing it; nothing was imported.</source>
        <translation>The input could not be read again while importing it; nothing was imported.</translation>
    </message>
    <message>
        <source>comparison set “%1”</source>
        <translation>comparison set “%1”</translation>
    </message>
    <message>
        <source>“%1” and “%2” are records of different regions; a link joins two records of one region</source>
        <translation>“%1” and “%2” are records of different regions; a link joins two records of one region</translation>
    </message>
    <message>
        <source>the link %1 → %2</source>
        <translation>the link %1 → %2</translation>
    </message>
    <message>
        <source>packet %1</source>
        <translation>packet %1</translation>
    </message>
    <message>
        <source>the answer of “%1” in round %2 for indicator “%3” of %4 at stage “%5”</source>
        <translation>the answer of “%1” in round %2 for indicator “%3” of %4 at stage “%5”</translation>
    </message>
    <message>
        <source>“%1” and “%2” are indicators of two dimensions; a comparison is of two indicators of one dimension, or of two dimensions</source>
        <translation>“%1” and “%2” are indicators of two dimensions; a comparison is of two indicators of one dimension, or of two dimensions</translation>
    </message>
    <message>
        <source>“%1” and “%2” are not indicators of the dimension “%3”</source>
        <translation>“%1” and “%2” are not indicators of the dimension “%3”</translation>
    </message>
    <message>
        <source>the comparison of “%1” with “%2” by “%3” in round %4</source>
        <translation>the comparison of “%1” with “%2” by “%3” in round %4</translation>
    </message>
    <message>
        <source>packet “%1” is neither in the file nor in the database</source>
        <translation>packet “%1” is neither in the file nor in the database</translation>
    </message>
    <message>
        <source>weight set “%1”</source>
        <translation>weight set “%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” is marked active in the file but was stored inactive, and the indicators keep their weights: %2</source>
        <translation>The weight set “%1” is marked active in the file but was stored inactive, and the indicators keep their weights: %2</translation>
    </message>
</context>
<context>
    <name>triangle::DataReader</name>
    <message>
        <source>unknown field (accepted: %1)</source>
        <translation>unknown field (accepted: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>“%1” is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day)</source>
        <translation>“%1” is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is not one of: %2</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>unknown dimension “%1” (accepted: %2)</translation>
    </message>
    <message>
        <source>unknown dimension (accepted: %1)</source>
        <translation>unknown dimension (accepted: %1)</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>is required but missing</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation>the file is not valid UTF-8 text (save it as UTF-8)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object with “format”: “triangle-studio”</source>
        <translation>must be a JSON object with “format”: “triangle-studio”</translation>
    </message>
    <message>
        <source>must be “triangle-studio”: this is not a Triangle Studio data file</source>
        <translation>must be “triangle-studio”: this is not a Triangle Studio data file</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation>format version %1 is newer than this program reads (%2)</translation>
    </message>
    <message>
        <source>“%1” is not six digits (GB/T 2260), e.g. 330000</source>
        <translation>“%1” is not six digits (GB/T 2260), e.g. 330000</translation>
    </message>
    <message>
        <source>the national level has no parent region</source>
        <translation>the national level has no parent region</translation>
    </message>
    <message>
        <source>must name the code of the region this one belongs to</source>
        <translation>must name the code of the region this one belongs to</translation>
    </message>
    <message>
        <source>a unit needs a quantity</source>
        <translation>a unit needs a quantity</translation>
    </message>
    <message>
        <source>must be a number from 0 to 10</source>
        <translation>must be a number from 0 to 10</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 is not a score from 0 to 10 in steps of 0.1</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be a list of “policy:UID” or “milestone:UID”</source>
        <translation>must be a list of “policy:UID” or “milestone:UID”</translation>
    </message>
    <message>
        <source>“%1” is not “policy:UID” or “milestone:UID”</source>
        <translation>“%1” is not “policy:UID” or “milestone:UID”</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a list of dimensions</source>
        <translation>must be a list of dimensions</translation>
    </message>
    <message>
        <source>must be an object keyed by dimension</source>
        <translation>must be an object keyed by dimension</translation>
    </message>
    <message>
        <source>duplicate stage key “%1” (first used at %2)</source>
        <translation>duplicate stage key “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>duplicate region code “%1” (first used at %2)</source>
        <translation>duplicate region code “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>duplicate policy uid “%1” (first used at %2)</source>
        <translation>duplicate policy uid “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>duplicate milestone uid “%1” (first used at %2)</source>
        <translation>duplicate milestone uid “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>a second assessment of the same region and stage “%1” (first at %2)</source>
        <translation>a second assessment of the same region and stage “%1” (first at %2)</translation>
    </message>
    <message>
        <source>duplicate rater key “%1” (first used at %2)</source>
        <translation>duplicate rater key “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>duplicate indicator key “%1” (first used at %2)</source>
        <translation>duplicate indicator key “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>a second value for the same region, stage, indicator and rater “%1” (first at %2)</source>
        <translation>a second value for the same region, stage, indicator and rater “%1” (first at %2)</translation>
    </message>
    <message>
        <source>duplicate group key “%1” (first used at %2)</source>
        <translation>duplicate group key “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>must be a list of region codes</source>
        <translation>must be a list of region codes</translation>
    </message>
    <message>
        <source>“%1” is not a region code (six digits, GB/T 2260)</source>
        <translation>“%1” is not a region code (six digits, GB/T 2260)</translation>
    </message>
    <message>
        <source>region %1 is named twice</source>
        <translation>region %1 is named twice</translation>
    </message>
    <message>
        <source>“%1” may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</source>
        <translation>“%1” may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>the reading was cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem not listed</numerusform>
            <numerusform>%n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <source>duplicate comparison set key “%1” (first used at %2)</source>
        <translation>duplicate comparison set key “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>“%1” is not one of: hand, derived, unscored</source>
        <translation>“%1” is not one of: hand, derived, unscored</translation>
    </message>
    <message>
        <source>is %1, but its origin is “unscored”: an unscored dimension&apos;s score is 0</source>
        <translation>is %1, but its origin is “unscored”: an unscored dimension&apos;s score is 0</translation>
    </message>
    <message>
        <source>“%1” is not one of: observed, planned</source>
        <translation>“%1” is not one of: observed, planned</translation>
    </message>
    <message>
        <source>“%1” is not one of the record&apos;s dimensions</source>
        <translation>“%1” is not one of the record&apos;s dimensions</translation>
    </message>
    <message>
        <source>“%1” is not one of: given, imputed</source>
        <translation>“%1” is not one of: given, imputed</translation>
    </message>
    <message>
        <source>the link %1 is given twice (first at %2)</source>
        <translation>the link %1 is given twice (first at %2)</translation>
    </message>
    <message>
        <source>a record cannot drive itself (“%1”)</source>
        <translation>a record cannot drive itself (“%1”)</translation>
    </message>
    <message>
        <source>%1 is not a round from 1 to 20</source>
        <translation>%1 is not a round from 1 to 20</translation>
    </message>
    <message>
        <source>must be a number on Saaty&apos;s scale (1/9 … 9), e.g. 3 or 1/3</source>
        <translation>must be a number on Saaty&apos;s scale (1/9 … 9), e.g. 3 or 1/3</translation>
    </message>
    <message>
        <source>%1 is not on Saaty&apos;s scale (1/9 … 9)</source>
        <translation>%1 is not on Saaty&apos;s scale (1/9 … 9)</translation>
    </message>
    <message>
        <source>“%1” is not a packet&apos;s uuid (32 hexadecimal digits)</source>
        <translation>“%1” is not a packet&apos;s uuid (32 hexadecimal digits)</translation>
    </message>
    <message>
        <source>%1 is not a coefficient of variation above 0 and at most 5</source>
        <translation>%1 is not a coefficient of variation above 0 and at most 5</translation>
    </message>
    <message>
        <source>%1 is not a significance level between 0 and 1</source>
        <translation>%1 is not a significance level between 0 and 1</translation>
    </message>
    <message>
        <source>%1 is not a consistency ratio between 0 and 1</source>
        <translation>%1 is not a consistency ratio between 0 and 1</translation>
    </message>
    <message>
        <source>%1 is not a value of W from 0 to 1</source>
        <translation>%1 is not a value of W from 0 to 1</translation>
    </message>
    <message>
        <source>“%1” is not one of: aij, aip</source>
        <translation>“%1” is not one of: aij, aip</translation>
    </message>
    <message>
        <source>duplicate packet uuid “%1” (first used at %2)</source>
        <translation>duplicate packet uuid “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>name at least one region</source>
        <translation>name at least one region</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>a second answer of the same expert, round, stage, region and indicator “%1” (first at %2)</source>
        <translation>a second answer of the same expert, round, stage, region and indicator “%1” (first at %2)</translation>
    </message>
    <message>
        <source>a second comparison of the same expert, round and pair “%1” (first at %2)</source>
        <translation>a second comparison of the same expert, round and pair “%1” (first at %2)</translation>
    </message>
    <message>
        <source>“%1” is neither a dimension (%2) nor “dimensions”</source>
        <translation>“%1” is neither a dimension (%2) nor “dimensions”</translation>
    </message>
    <message>
        <source>“%1” is not a dimension (accepted: %2)</source>
        <translation>“%1” is not a dimension (accepted: %2)</translation>
    </message>
    <message>
        <source>an item cannot be compared with itself (“%1”)</source>
        <translation>an item cannot be compared with itself (“%1”)</translation>
    </message>
    <message>
        <source>%1 is not a number of years from 0 to 80</source>
        <translation>%1 is not a number of years from 0 to 80</translation>
    </message>
    <message>
        <source>“%1” is not one of: zh_CN, en</source>
        <translation>“%1” is not one of: zh_CN, en</translation>
    </message>
    <message>
        <source>duplicate weight set name “%1” (first used at %2)</source>
        <translation>duplicate weight set name “%1” (first used at %2)</translation>
    </message>
    <message>
        <source>a second weight set marked active (the first is at %1); at most one set is in force</source>
        <translation>a second weight set marked active (the first is at %1); at most one set is in force</translation>
    </message>
    <message>
        <source>%1 is not a weight from 0 to 100</source>
        <translation>%1 is not a weight from 0 to 100</translation>
    </message>
    <message>
        <source>the indicator “%1” is weighed twice in this set (first at %2)</source>
        <translation>the indicator “%1” is weighed twice in this set (first at %2)</translation>
    </message>
</context>
<context>
    <name>triangle::DataSet</name>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>, column “%1” (%2)</source>
        <translation>, column “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>triangle::DataTables</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>unknown column “%1” (accepted: %2)</source>
        <translation>unknown column “%1” (accepted: %2)</translation>
    </message>
    <message>
        <source>the required column “%1” is missing</source>
        <translation>the required column “%1” is missing</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>has %1 fields where the header has %2</translation>
    </message>
    <message>
        <source>“%1” is not one of: policy, milestone</source>
        <translation>“%1” is not one of: policy, milestone</translation>
    </message>
    <message>
        <source>“%1” is already set at %2</source>
        <translation>“%1” is already set at %2</translation>
    </message>
    <message>
        <source>there is no indicator “%1” in %2</source>
        <translation>there is no indicator “%1” in %2</translation>
    </message>
    <message>
        <source>there is no value of indicator “%1” by rater “%2” for region %3 at stage “%4” in %5</source>
        <translation>there is no value of indicator “%1” by rater “%2” for region %3 at stage “%4” in %5</translation>
    </message>
    <message>
        <source>there is no assessment of region %1 at stage “%2” in %3</source>
        <translation>there is no assessment of region %1 at stage “%2” in %3</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>unknown dimension “%1” (accepted: %2)</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 score</translation>
    </message>
    <message>
        <source>%1 origin</source>
        <translation>%1 origin</translation>
    </message>
    <message>
        <source>%1 rationale</source>
        <translation>%1 rationale</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>Stage key</translation>
    </message>
    <message>
        <source>Rater key</source>
        <translation>Rater key</translation>
    </message>
    <message>
        <source>Indicator key</source>
        <translation>Indicator key</translation>
    </message>
    <message>
        <source>Order within dimension</source>
        <translation>Order within dimension</translation>
    </message>
    <message>
        <source>Anchor score</source>
        <translation>Anchor score</translation>
    </message>
    <message>
        <source>Policy kind</source>
        <translation>Policy kind</translation>
    </message>
    <message>
        <source>Evidence kind</source>
        <translation>Evidence kind</translation>
    </message>
    <message>
        <source>Evidence uid</source>
        <translation>Evidence uid</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>End year</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Parent region code</source>
        <translation>Parent region code</translation>
    </message>
    <message>
        <source>Offices affairs agency</source>
        <translation>Offices affairs agency</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Uid</source>
        <translation>Uid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>Title (Chinese)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>How it is observed</source>
        <translation>How it is observed</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>Label (Chinese)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>Description (Chinese)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem not listed</numerusform>
            <numerusform>%n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown setting “%1” (accepted: %2)</source>
        <translation>unknown setting “%1” (accepted: %2)</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>the reading was cancelled</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Group key</translation>
    </message>
    <message>
        <source>Member region codes</source>
        <translation>Member region codes</translation>
    </message>
    <message>
        <source>Set key</source>
        <translation>Set key</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Set name</translation>
    </message>
    <message>
        <source>Member region codes, in order</source>
        <translation>Member region codes, in order</translation>
    </message>
    <message>
        <source>Status (observed or planned)</source>
        <translation>Status (observed or planned)</translation>
    </message>
    <message>
        <source>Data basis (observed or illustrative)</source>
        <translation>Data basis (observed or illustrative)</translation>
    </message>
    <message>
        <source>Counts for dimension</source>
        <translation>Counts for dimension</translation>
    </message>
    <message>
        <source>Date (given or imputed)</source>
        <translation>Date (given or imputed)</translation>
    </message>
    <message>
        <source>Driving record (kind:uid)</source>
        <translation>Driving record (kind:uid)</translation>
    </message>
    <message>
        <source>Driven record (kind:uid)</source>
        <translation>Driven record (kind:uid)</translation>
    </message>
    <message>
        <source>Quoted sentence</source>
        <translation>Quoted sentence</translation>
    </message>
    <message>
        <source>Location in the source</source>
        <translation>Location in the source</translation>
    </message>
    <message>
        <source>%1 holds one row; this is another (the first is at %2)</source>
        <translation>%1 holds one row; this is another (the first is at %2)</translation>
    </message>
    <message>
        <source>Field of expertise</source>
        <translation>Field of expertise</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Years of experience</translation>
    </message>
    <message>
        <source>Packet language (zh_CN or en)</source>
        <translation>Packet language (zh_CN or en)</translation>
    </message>
    <message>
        <source>Largest coefficient of variation</source>
        <translation>Largest coefficient of variation</translation>
    </message>
    <message>
        <source>Significance level of W</source>
        <translation>Significance level of W</translation>
    </message>
    <message>
        <source>Smallest W</source>
        <translation>Smallest W</translation>
    </message>
    <message>
        <source>AHP aggregation (aij or aip)</source>
        <translation>AHP aggregation (aij or aip)</translation>
    </message>
    <message>
        <source>Largest consistency ratio</source>
        <translation>Largest consistency ratio</translation>
    </message>
    <message>
        <source>Packet uuid</source>
        <translation>Packet uuid</translation>
    </message>
    <message>
        <source>Region codes</source>
        <translation>Region codes</translation>
    </message>
    <message>
        <source>With comparisons (yes or no)</source>
        <translation>With comparisons (yes or no)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Made at (UTC)</source>
        <translation>Made at (UTC)</translation>
    </message>
    <message>
        <source>Returned at (UTC)</source>
        <translation>Returned at (UTC)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Scope (dimension key or dimensions)</source>
        <translation>Scope (dimension key or dimensions)</translation>
    </message>
    <message>
        <source>First item key</source>
        <translation>First item key</translation>
    </message>
    <message>
        <source>Second item key</source>
        <translation>Second item key</translation>
    </message>
    <message>
        <source>First over second (1/9 … 9)</source>
        <translation>First over second (1/9 … 9)</translation>
    </message>
    <message>
        <source>there is no weight set “%1” in %2</source>
        <translation>there is no weight set “%1” in %2</translation>
    </message>
    <message>
        <source>Weight set name</source>
        <translation>Weight set name</translation>
    </message>
    <message>
        <source>Method (analyst, ahp, entropy, critic or combined)</source>
        <translation>Method (analyst, ahp, entropy, critic or combined)</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>How it was made</translation>
    </message>
    <message>
        <source>In force (yes or no)</source>
        <translation>In force (yes or no)</translation>
    </message>
    <message>
        <source>Weight (0 to 100)</source>
        <translation>Weight (0 to 100)</translation>
    </message>
</context>
<context>
    <name>triangle::DataWeights</name>
    <message>
        <source>There are no indicators to weight.</source>
        <translation>There are no indicators to weight.</translation>
    </message>
    <message>
        <source>Every region needs one score per indicator.</source>
        <translation>Every region needs one score per indicator.</translation>
    </message>
    <message>
        <source>Weights from the data need at least two regions with a score for every indicator.</source>
        <translation>Weights from the data need at least two regions with a score for every indicator.</translation>
    </message>
    <message>
        <source>Every region scores the same on every indicator: the data give no indicator more weight than another.</source>
        <translation>Every region scores the same on every indicator: the data give no indicator more weight than another.</translation>
    </message>
    <message>
        <source>Shares of the column total need scores of 0 or more.</source>
        <translation>Shares of the column total need scores of 0 or more.</translation>
    </message>
    <message>
        <source>The scores are spread evenly on every indicator: entropy gives no indicator more weight than another.</source>
        <translation>The scores are spread evenly on every indicator: entropy gives no indicator more weight than another.</translation>
    </message>
    <message>
        <source>Every indicator moves exactly with the others: CRITIC finds no conflict to weight them by.</source>
        <translation>Every indicator moves exactly with the others: CRITIC finds no conflict to weight them by.</translation>
    </message>
    <message>
        <source>Multiplicative: expert weight × data weight, rescaled to sum 1</source>
        <translation>Multiplicative: expert weight × data weight, rescaled to sum 1</translation>
    </message>
    <message>
        <source>Linear: α × expert weight + (1 − α) × data weight</source>
        <translation>Linear: α × expert weight + (1 − α) × data weight</translation>
    </message>
</context>
<context>
    <name>triangle::DataWorkbook</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3</source>
        <translation>sheet %1, row %2, column %3</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>the workbook</translation>
    </message>
    <message>
        <source>Triangles</source>
        <translation>Triangles</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Area ratio</source>
        <translation>Area ratio</translation>
    </message>
    <message>
        <source>Leading dimension</source>
        <translation>Leading dimension</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Triangles of %1</source>
        <translation>Triangles of %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>has no field keys in row %1 (the second row holds them, under the headers)</source>
        <translation>has no field keys in row %1 (the second row holds them, under the headers)</translation>
    </message>
    <message>
        <source>column %1 has a value in row %2 but no field key in row %3</source>
        <translation>column %1 has a value in row %2 but no field key in row %3</translation>
    </message>
    <message>
        <source>has two sheets named %1</source>
        <translation>has two sheets named %1</translation>
    </message>
    <message>
        <source>has none of the sheets %1</source>
        <translation>has none of the sheets %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: no temporary folder (%2)</source>
        <translation>“%1” cannot be written: no temporary folder (%2)</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed</source>
        <translation>
            <numerusform>%n more problem not listed</numerusform>
            <numerusform>%n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: no temporary folder to unpack it into (%1)</source>
        <translation>cannot be read: no temporary folder to unpack it into (%1)</translation>
    </message>
    <message>
        <source>row %1 holds more than %2 KiB of text</source>
        <translation>row %1 holds more than %2 KiB of text</translation>
    </message>
    <message>
        <source>holds more than %1 MiB of text</source>
        <translation>holds more than %1 MiB of text</translation>
    </message>
    <message>
        <source>cannot be read: its rows cannot be unpacked into a temporary file (%1)</source>
        <translation>cannot be read: its rows cannot be unpacked into a temporary file (%1)</translation>
    </message>
    <message>
        <source>holds the error %1 (a formula that failed), not a value</source>
        <translation>holds the error %1 (a formula that failed), not a value</translation>
    </message>
    <message>
        <source>holds the number %1 where a key belongs; type the key as text</source>
        <translation>holds the number %1 where a key belongs; type the key as text</translation>
    </message>
    <message>
        <source>holds more than %1 rows or %2 million characters, with the sheets read before it; only the policies and milestones sheets may be larger</source>
        <translation>holds more than %1 rows or %2 million characters, with the sheets read before it; only the policies and milestones sheets may be larger</translation>
    </message>
    <message>
        <source>has a sheet named “%1”, which is not read: only a sheet named %2 is</source>
        <translation>has a sheet named “%1”, which is not read: only a sheet named %2 is</translation>
    </message>
    <message>
        <source>sheets %1 and %2 are the same part %3</source>
        <translation>sheets %1 and %2 are the same part %3</translation>
    </message>
    <message>
        <source>The charts read these copies of the scores: in this order a radar chart, which runs clockwise from the top, draws the triangle as the app does (mission at the top, political lower left, operational lower right).</source>
        <translation>The charts read these copies of the scores: in this order a radar chart, which runs clockwise from the top, draws the triangle as the app does (mission at the top, political lower left, operational lower right).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>95 % interval, low</source>
        <translation>95 % interval, low</translation>
    </message>
    <message>
        <source>95 % interval, high</source>
        <translation>95 % interval, high</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why not computed</source>
        <translation>Why not computed</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Triangle Studio version</source>
        <translation>Triangle Studio version</translation>
    </message>
    <message>
        <source>Findings rules version</source>
        <translation>Findings rules version</translation>
    </message>
    <message>
        <source>Data fingerprint (SHA-256)</source>
        <translation>Data fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of this data exported as JSON (triangle-studio export -o data.json); the Triangles and Agreement sheets were computed from it.</source>
        <translation>The fingerprint is the SHA-256 of this data exported as JSON (triangle-studio export -o data.json); the Triangles and Agreement sheets were computed from it.</translation>
    </message>
    <message>
        <source>the workbook cannot be started</source>
        <translation>the workbook cannot be started</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseFileFilter</name>
    <message>
        <source>Triangle Studio databases (*.%1);;All files (*)</source>
        <translation>Triangle Studio databases (*.%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseFiles</name>
    <message>
        <source>“%1” is the open database “%2” (or its -wal or -shm file) and is not written over; choose another output file.</source>
        <translation>“%1” is the open database “%2” (or its -wal or -shm file) and is not written over; choose another output file.</translation>
    </message>
</context>
<context>
    <name>triangle::DatabaseOverview</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n region(s), %1 of them assessed; %2 stages; %3 assessments; %4 policies and %5 milestones; %6 indicators scored by %7 rater(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n region, %1 of them assessed; %2 stages; %3 assessments; %4 policies and %5 milestones; %6 indicators scored by %7 rater(s).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n regions, %1 of them assessed; %2 stages; %3 assessments; %4 policies and %5 milestones; %6 indicators scored by %7 rater(s).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Where to start:&lt;/b&gt; choose an assessed region below or in the navigator, where assessed regions are in bold (tick “Assessed only” to list just them). &lt;i&gt;Scorecard&lt;/i&gt; shows how each score comes from its indicators, &lt;i&gt;Findings&lt;/i&gt; tests the article&apos;s claims on the data, and &lt;i&gt;Diagrams&lt;/i&gt; compares the regions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Where to start:&lt;/b&gt; choose an assessed region below or in the navigator, where assessed regions are in bold (tick “Assessed only” to list just them). &lt;i&gt;Scorecard&lt;/i&gt; shows how each score comes from its indicators, &lt;i&gt;Findings&lt;/i&gt; tests the article&apos;s claims on the data, and &lt;i&gt;Diagrams&lt;/i&gt; compares the regions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No region is assessed yet: select a region and add an assessment on the Assessments tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No region is assessed yet: select a region and add an assessment on the Assessments tab.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::DefaultDatabase</name>
    <message>
        <source>The default data is missing from this build.</source>
        <translation>The default data is missing from this build.</translation>
    </message>
    <message>
        <source>The default data of this build is invalid:
%1</source>
        <translation>The default data of this build is invalid:
%1</translation>
    </message>
    <message>
        <source>Filling “%1” with the default data failed:
%2</source>
        <translation>Filling “%1” with the default data failed:
%2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>“%1” already exists; choose a new file name.</translation>
    </message>
</context>
<context>
    <name>triangle::DiagramsPanel</name>
    <message>
        <source>Evolution</source>
        <translation>Evolution</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>Small multiples</translation>
    </message>
    <message>
        <source>Balance map</source>
        <translation>Balance map</translation>
    </message>
    <message>
        <source>Sort by code</source>
        <translation>Sort by code</translation>
    </message>
    <message>
        <source>Sort by area</source>
        <translation>Sort by area</translation>
    </message>
    <message>
        <source>Sort by balance</source>
        <translation>Sort by balance</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sort by %1</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>Select a region</source>
        <translation>Select a region</translation>
    </message>
    <message>
        <source>No assessments yet: add one on the Assessments tab</source>
        <translation>No assessments yet: add one on the Assessments tab</translation>
    </message>
    <message>
        <source>Dimension chart</source>
        <translation>Dimension chart</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>Traction</source>
        <translation>Traction</translation>
    </message>
    <message>
        <source>The selected region&apos;s dated evidence per dimension, counted year by year</source>
        <translation>The selected region&apos;s dated evidence per dimension, counted year by year</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Copy as &amp;Table</source>
        <translation>Copy as &amp;Table</translation>
    </message>
    <message>
        <source>All assessed</source>
        <translation>All assessed</translation>
    </message>
    <message>
        <source>How many of the assessed regions to overlay, in the order they were added; “All assessed” overlays every one</source>
        <translation>How many of the assessed regions to overlay, in the order they were added; “All assessed” overlays every one</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gions:</translation>
    </message>
    <message>
        <source>Compare the regions of a saved comparison set, in its order</source>
        <translation>Compare the regions of a saved comparison set, in its order</translation>
    </message>
    <message>
        <source>No comparison set</source>
        <translation>No comparison set</translation>
    </message>
</context>
<context>
    <name>triangle::DimensionChart</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
</context>
<context>
    <name>triangle::DomainNames</name>
    <message>
        <source>Mission management</source>
        <translation>Mission management</translation>
    </message>
    <message>
        <source>Political management</source>
        <translation>Political management</translation>
    </message>
    <message>
        <source>Operational management</source>
        <translation>Operational management</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Institutional change</source>
        <translation>Institutional change</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Law or local regulation</source>
        <translation>Law or local regulation</translation>
    </message>
    <message>
        <source>Administrative or Party regulation</source>
        <translation>Administrative or Party regulation</translation>
    </message>
    <message>
        <source>Government rule (local or departmental)</source>
        <translation>Government rule (local or departmental)</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustrative</translation>
    </message>
    <message>
        <source>observed: the scores and records were gathered from documents and measurement</source>
        <translation>observed: the scores and records were gathered from documents and measurement</translation>
    </message>
    <message>
        <source>illustrative: built from a narrative (the article&apos;s), not measured; a verdict shows what that reading gives, not an observation</source>
        <translation>illustrative: built from a narrative (the article&apos;s), not measured; a verdict shows what that reading gives, not an observation</translation>
    </message>
</context>
<context>
    <name>triangle::EditMerge</name>
    <message>
        <source>%1 reasons</source>
        <translation>%1 reasons</translation>
    </message>
    <message>
        <source>how %1 is set</source>
        <translation>how %1 is set</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>the source</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>the code</translation>
    </message>
    <message>
        <source>the Chinese name</source>
        <translation>the Chinese name</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>the English name</translation>
    </message>
    <message>
        <source>the level</source>
        <translation>the level</translation>
    </message>
    <message>
        <source>the parent region</source>
        <translation>the parent region</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>the agency</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>the Chinese title</source>
        <translation>the Chinese title</translation>
    </message>
    <message>
        <source>the English title</source>
        <translation>the English title</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>the issuer</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>the kind</translation>
    </message>
    <message>
        <source>the dimensions</source>
        <translation>the dimensions</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>the summary</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>the reference</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>the quantity</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>the key</translation>
    </message>
    <message>
        <source>the dimension</source>
        <translation>the dimension</translation>
    </message>
    <message>
        <source>the definition</source>
        <translation>the definition</translation>
    </message>
    <message>
        <source>how it is observed</source>
        <translation>how it is observed</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>the direction</translation>
    </message>
    <message>
        <source>the weight</source>
        <translation>the weight</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>the order</translation>
    </message>
    <message>
        <source>the rubric</source>
        <translation>the rubric</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>the members</source>
        <translation>the members</translation>
    </message>
    <message>
        <source>the data basis</source>
        <translation>the data basis</translation>
    </message>
    <message>
        <source>the dimension it counts for</source>
        <translation>the dimension it counts for</translation>
    </message>
    <message>
        <source>whether its date is imputed</source>
        <translation>whether its date is imputed</translation>
    </message>
    <message>
        <source>the start year</source>
        <translation>the start year</translation>
    </message>
    <message>
        <source>the end year</source>
        <translation>the end year</translation>
    </message>
    <message>
        <source>whether its scores are planned</source>
        <translation>whether its scores are planned</translation>
    </message>
    <message>
        <source>the record it drove</source>
        <translation>the record it drove</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>the quote</translation>
    </message>
    <message>
        <source>the location</source>
        <translation>the location</translation>
    </message>
</context>
<context>
    <name>triangle::Editor</name>
    <message>
        <source>Edit region %1</source>
        <translation>Edit region %1</translation>
    </message>
    <message>
        <source>Add region %1</source>
        <translation>Add region %1</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <translation>Delete region %1</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Edit assessment</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Add assessment</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <source>Edit policy %1</source>
        <translation>Edit policy %1</translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>Add policy %1</translation>
    </message>
    <message>
        <source>Delete policy %1</source>
        <translation>Delete policy %1</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>Edit milestone %1</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Add milestone %1</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Delete milestone %1</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Unlink evidence</translation>
    </message>
    <message>
        <source>Derive %1 from its indicators</source>
        <translation>Derive %1 from its indicators</translation>
    </message>
    <message>
        <source>Set %1 by hand</source>
        <translation>Set %1 by hand</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Add indicator %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>Delete indicator %1</translation>
    </message>
    <message>
        <source>Move indicator %1</source>
        <translation>Move indicator %1</translation>
    </message>
    <message>
        <source>Add rater %1</source>
        <translation>Add rater %1</translation>
    </message>
    <message>
        <source>Edit rater %1</source>
        <translation>Edit rater %1</translation>
    </message>
    <message>
        <source>Delete rater %1</source>
        <translation>Delete rater %1</translation>
    </message>
    <message>
        <source>Combine raters by their median</source>
        <translation>Combine raters by their median</translation>
    </message>
    <message>
        <source>Combine raters by their mean</source>
        <translation>Combine raters by their mean</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Score %1: %2</translation>
    </message>
    <message>
        <source>Clear an indicator score</source>
        <translation>Clear an indicator score</translation>
    </message>
    <message>
        <source>Link evidence to an indicator</source>
        <translation>Link evidence to an indicator</translation>
    </message>
    <message>
        <source>Unlink evidence from an indicator</source>
        <translation>Unlink evidence from an indicator</translation>
    </message>
    <message>
        <source>The undo history was cleared, as it no longer matches the file.</source>
        <translation>The undo history was cleared, as it no longer matches the file.</translation>
    </message>
    <message>
        <source>Add region group %1</source>
        <translation>Add region group %1</translation>
    </message>
    <message>
        <source>Edit region group %1</source>
        <translation>Edit region group %1</translation>
    </message>
    <message>
        <source>Delete region group %1</source>
        <translation>Delete region group %1</translation>
    </message>
    <message>
        <source>Aggregate groups by their median</source>
        <translation>Aggregate groups by their median</translation>
    </message>
    <message>
        <source>Aggregate groups by their mean</source>
        <translation>Aggregate groups by their mean</translation>
    </message>
    <message>
        <source>Another program changed %1 of %2 since you began editing it. Keep your values, or keep the ones it wrote?</source>
        <translation>Another program changed %1 of %2 since you began editing it. Keep your values, or keep the ones it wrote?</translation>
    </message>
    <message>
        <source>Your edit was not saved: another program changed %1 of %2 meanwhile. What it wrote is shown now.</source>
        <translation>Your edit was not saved: another program changed %1 of %2 meanwhile. What it wrote is shown now.</translation>
    </message>
    <message>
        <source>this region</source>
        <translation>this region</translation>
    </message>
    <message>
        <source>this assessment</source>
        <translation>this assessment</translation>
    </message>
    <message>
        <source>this policy</source>
        <translation>this policy</translation>
    </message>
    <message>
        <source>this milestone</source>
        <translation>this milestone</translation>
    </message>
    <message>
        <source>this indicator</source>
        <translation>this indicator</translation>
    </message>
    <message>
        <source>this rater</source>
        <translation>this rater</translation>
    </message>
    <message>
        <source>this group</source>
        <translation>this group</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Nothing was undone: %1</translation>
    </message>
    <message>
        <source>Nothing was redone: %1</source>
        <translation>Nothing was redone: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Save comparison set %1</source>
        <translation>Save comparison set %1</translation>
    </message>
    <message>
        <source>Edit comparison set %1</source>
        <translation>Edit comparison set %1</translation>
    </message>
    <message>
        <source>Rename comparison set %1 to %2</source>
        <translation>Rename comparison set %1 to %2</translation>
    </message>
    <message>
        <source>Delete comparison set %1</source>
        <translation>Delete comparison set %1</translation>
    </message>
    <message>
        <source>this stage</source>
        <translation>this stage</translation>
    </message>
    <message>
        <source>The key “%1” cannot be changed: the findings read the %1 stage by it.</source>
        <translation>The key “%1” cannot be changed: the findings read the %1 stage by it.</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Edit stage %1</translation>
    </message>
    <message>
        <source>Add a causal link</source>
        <translation>Add a causal link</translation>
    </message>
    <message>
        <source>this link</source>
        <translation>this link</translation>
    </message>
    <message>
        <source>Edit a causal link</source>
        <translation>Edit a causal link</translation>
    </message>
    <message>
        <source>Remove a causal link</source>
        <translation>Remove a causal link</translation>
    </message>
    <message>
        <source>Change the panel&apos;s stop rule and AHP settings</source>
        <translation>Change the panel&apos;s stop rule and AHP settings</translation>
    </message>
    <message>
        <source>Set a comparison</source>
        <translation>Set a comparison</translation>
    </message>
    <message>
        <source>Clear a comparison</source>
        <translation>Clear a comparison</translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n dimension(s)</source>
        <translation>
            <numerusform>%1 of %n dimension</numerusform>
            <numerusform>%1 of %n dimensions</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator value(s)</source>
        <translation>
            <numerusform>%1 of %n indicator value</numerusform>
            <numerusform>%1 of %n indicator values</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1, %2</source>
        <translation>evidence: %1, %2</translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceDoubleCount</name>
    <message>
        <source>mission</source>
        <comment>within a sentence</comment>
        <translation>mission</translation>
    </message>
    <message>
        <source>political</source>
        <comment>within a sentence</comment>
        <translation>political</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>within a sentence</comment>
        <translation>operational</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a dimension, then the indicators citing the record</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 and %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2: “%3” is counted in %4</source>
        <translation>%1, %2: “%3” is counted in %4</translation>
    </message>
</context>
<context>
    <name>triangle::EvidencePanel</name>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>&amp;Link Evidence…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>U&amp;nlink</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Evidence</source>
        <translation>Link Evidence</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Supports the score for:</source>
        <translation>Supports the score for:</translation>
    </message>
    <message numerus="yes">
        <source>Link %n piece(s) of evidence</source>
        <translation>
            <numerusform>Link %n piece of evidence</numerusform>
            <numerusform>Link %n pieces of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::EvidenceRepository</name>
    <message>
        <source>Reading evidence</source>
        <translation>Reading evidence</translation>
    </message>
    <message>
        <source>There is no evidence link with id %1 in the database.</source>
        <translation>There is no evidence link with id %1 in the database.</translation>
    </message>
    <message>
        <source>Counting evidence</source>
        <translation>Counting evidence</translation>
    </message>
    <message>
        <source>Linking evidence</source>
        <translation>Linking evidence</translation>
    </message>
    <message>
        <source>Unlinking evidence</source>
        <translation>Unlinking evidence</translation>
    </message>
</context>
<context>
    <name>triangle::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Export Figure</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 mm; a PNG is %3 × %4 pixels</source>
        <translation>%1 × %2 mm; a PNG is %3 × %4 pixels</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <source>Report figure, 160 × 120 mm</source>
        <translation>Report figure, 160 × 120 mm</translation>
    </message>
    <message>
        <source>A4 portrait, 210 × 297 mm</source>
        <translation>A4 portrait, 210 × 297 mm</translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation>A4 landscape, 297 × 210 mm</translation>
    </message>
    <message>
        <source>A5 landscape, 210 × 148 mm</source>
        <translation>A5 landscape, 210 × 148 mm</translation>
    </message>
    <message>
        <source>US Letter landscape, 11 × 8.5 in</source>
        <translation>US Letter landscape, 11 × 8.5 in</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 px</source>
        <translation>Slide, 1920 × 1080 px</translation>
    </message>
    <message>
        <source>Web, 1200 × 900 px</source>
        <translation>Web, 1200 × 900 px</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source>Web page (*.html);;ECharts option (*.echarts.json)</source>
        <translation>Web page (*.html);;ECharts option (*.echarts.json)</translation>
    </message>
    <message>
        <source>Only the evolution and comparison diagrams can be saved as a web page: choose .png, .svg or .pdf for this one.</source>
        <translation>Only the evolution and comparison diagrams can be saved as a web page: choose .png, .svg or .pdf for this one.</translation>
    </message>
    <message>
        <source>%1 × %2 mm, drawn as vectors: sharp at any size</source>
        <translation>%1 × %2 mm, drawn as vectors: sharp at any size</translation>
    </message>
</context>
<context>
    <name>triangle::FigureBuilder</name>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>None of the chosen regions has a dated policy or milestone to place on the timeline.</source>
        <translation>None of the chosen regions has a dated policy or milestone to place on the timeline.</translation>
    </message>
    <message>
        <source>Policies and milestones over time</source>
        <translation>Policies and milestones over time</translation>
    </message>
    <message>
        <source>Markers are coloured by the dimensions a record bears on; a split marker bears on several.</source>
        <translation>Markers are coloured by the dimensions a record bears on; a split marker bears on several.</translation>
    </message>
    <message>
        <source>The three dimensions across stages</source>
        <translation>The three dimensions across stages</translation>
    </message>
    <message>
        <source>None of the chosen regions is assessed at the chosen stages.</source>
        <translation>None of the chosen regions is assessed at the chosen stages.</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>Not assessed: %1</translation>
    </message>
    <message>
        <source>Scores: analysts&apos; judgements on a 0–10 scale.</source>
        <translation>Scores: analysts&apos; judgements on a 0–10 scale.</translation>
    </message>
    <message>
        <source>Triangle Studio, %1.</source>
        <translation>Triangle Studio, %1.</translation>
    </message>
    <message>
        <source>%1: the strategic triangle across stages</source>
        <translation>%1: the strategic triangle across stages</translation>
    </message>
    <message>
        <source>%1 has no assessment at the chosen stages.</source>
        <translation>%1 has no assessment at the chosen stages.</translation>
    </message>
    <message>
        <source>There is no stage with id %1.</source>
        <translation>There is no stage with id %1.</translation>
    </message>
    <message>
        <source>%1: regions compared</source>
        <translation>%1: regions compared</translation>
    </message>
    <message>
        <source>None of the chosen regions is assessed at stage “%1”.</source>
        <translation>None of the chosen regions is assessed at stage “%1”.</translation>
    </message>
    <message>
        <source>Not assessed at this stage: %1</source>
        <translation>Not assessed at this stage: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Balance map: each dimension&apos;s share of the total score</source>
        <translation>Balance map: each dimension&apos;s share of the total score</translation>
    </message>
    <message>
        <source>None of the chosen regions has an assessment to place on the balance map.</source>
        <translation>None of the chosen regions has an assessment to place on the balance map.</translation>
    </message>
    <message>
        <source>%1 has no dated policy or milestone to count.</source>
        <translation>%1 has no dated policy or milestone to count.</translation>
    </message>
    <message>
        <source>%1: cumulative evidence by dimension</source>
        <translation>%1: cumulative evidence by dimension</translation>
    </message>
    <message>
        <source>half by %1</source>
        <translation>half by %1</translation>
    </message>
    <message>
        <source>%1 (leading)</source>
        <translation>%1 (leading)</translation>
    </message>
    <message>
        <source>%1: no records</source>
        <translation>%1: no records</translation>
    </message>
    <message>
        <source>not assessed at the advantage stage, so no leader is drawn</source>
        <translation>not assessed at the advantage stage, so no leader is drawn</translation>
    </message>
    <message>
        <source>no single dimension leads at the advantage stage</source>
        <translation>no single dimension leads at the advantage stage</translation>
    </message>
    <message>
        <source>%1 leads at the advantage stage (%2), drawn thicker</source>
        <translation>%1 leads at the advantage stage (%2), drawn thicker</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Policies as cited in: %1.</source>
        <translation>Policies as cited in: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Records, cumulative</source>
        <translation>Records, cumulative</translation>
    </message>
    <message>
        <source>%1 (median of %2/%3)</source>
        <translation>%1 (median of %2/%3)</translation>
    </message>
    <message>
        <source>%1 (mean of %2/%3)</source>
        <translation>%1 (mean of %2/%3)</translation>
    </message>
    <message>
        <source>No member of %1 is assessed at the chosen stages.</source>
        <translation>No member of %1 is assessed at the chosen stages.</translation>
    </message>
    <message>
        <source>%1: roll-up from its sub-regions across stages</source>
        <translation>%1: roll-up from its sub-regions across stages</translation>
    </message>
    <message>
        <source>No sub-region of %1 is assessed at the chosen stages.</source>
        <translation>No sub-region of %1 is assessed at the chosen stages.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessed</source>
        <translation>
            <numerusform>%1 of %n assessed</numerusform>
            <numerusform>%1 of %n assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Region group %1: median of its assessed members, %2</source>
        <translation>Region group %1: median of its assessed members, %2</translation>
    </message>
    <message>
        <source>Region group %1: mean of its assessed members, %2</source>
        <translation>Region group %1: mean of its assessed members, %2</translation>
    </message>
    <message>
        <source>%1: median of its assessed sub-regions, %2</source>
        <translation>%1: median of its assessed sub-regions, %2</translation>
    </message>
    <message>
        <source>%1: mean of its assessed sub-regions, %2</source>
        <translation>%1: mean of its assessed sub-regions, %2</translation>
    </message>
    <message>
        <source>Scores: %1.</source>
        <translation>Scores: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the source notes of a figure&apos;s scores</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a figure&apos;s footnote: the scores&apos; sources, then where they are kept</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Its form is that of the aggregate triangle, not necessarily the form of any member.</source>
        <translation>Its form is that of the aggregate triangle, not necessarily the form of any member.</translation>
    </message>
    <message numerus="yes">
        <source>Drawn from %1 of %n members only: it does not represent the others.</source>
        <translation>
            <numerusform>Drawn from %1 of %n member only: it does not represent the others.</numerusform>
            <numerusform>Drawn from %1 of %n members only: it does not represent the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <comment>a figure&apos;s provenance, then its database file</comment>
        <translation>%1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Each of the region&apos;s %n dated policies and milestones counts in the year of its recorded date; a record bearing on several dimensions counts once for each. The findings&apos; reading counts each record once (for its primary dimension, or shared) and only up to the advantage stage&apos;s end.</source>
        <translation>
            <numerusform>The region&apos;s %n dated policy or milestone counts in the year of its recorded date; a record bearing on several dimensions counts once for each. The findings&apos; reading counts each record once (for its primary dimension, or shared) and only up to the advantage stage&apos;s end.</numerusform>
            <numerusform>Each of the region&apos;s %n dated policies and milestones counts in the year of its recorded date; a record bearing on several dimensions counts once for each. The findings&apos; reading counts each record once (for its primary dimension, or shared) and only up to the advantage stage&apos;s end.</numerusform>
        </translation>
    </message>
    <message>
        <source>Causal links from the source: %1 after, %2 cannot tell, %3 contradict the dates</source>
        <translation>Causal links from the source: %1 after, %2 cannot tell, %3 contradict the dates</translation>
    </message>
    <message>
        <source> (* %1)</source>
        <translation> (* %1)</translation>
    </message>
    <message>
        <source>A causal link is checked by its dates: the record pulled must come after the one that pulled it, read by the months the dates allow.</source>
        <translation>A causal link is checked by its dates: the record pulled must come after the one that pulled it, read by the months the dates allow.</translation>
    </message>
</context>
<context>
    <name>triangle::FigureExporter</name>
    <message>
        <source>“%1”: the file name must end in .png, .svg or .pdf.</source>
        <translation>“%1”: the file name must end in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>%1 DPI is outside the range %2–%3.</source>
        <translation>%1 DPI is outside the range %2–%3.</translation>
    </message>
    <message>
        <source>A figure must be between 1 and 100 inches wide and high.</source>
        <translation>A figure must be between 1 and 100 inches wide and high.</translation>
    </message>
    <message>
        <source>“%1” cannot be written as PNG.</source>
        <translation>“%1” cannot be written as PNG.</translation>
    </message>
    <message>
        <source>Made with Triangle Studio</source>
        <translation>Made with Triangle Studio</translation>
    </message>
</context>
<context>
    <name>triangle::FigurePathPattern</name>
    <message>
        <source>“%1” names an unknown field {%2}: use {code}, {name}, {view} or {stage}</source>
        <translation>“%1” names an unknown field {%2}: use {code}, {name}, {view} or {stage}</translation>
    </message>
    <message>
        <source>“%1” must contain {code}, so that each region gets a file of its own, as in out/{code}-{view}.svg</source>
        <translation>“%1” must contain {code}, so that each region gets a file of its own, as in out/{code}-{view}.svg</translation>
    </message>
</context>
<context>
    <name>triangle::FileProbe</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is not a SQLite database: it does not start with a SQLite header.</source>
        <translation>“%1” is not a SQLite database: it does not start with a SQLite header.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header gives an impossible page size.</source>
        <translation>“%1” is damaged: its header gives an impossible page size.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it has %2 bytes where its header expects %3.</source>
        <translation>“%1” is truncated: it has %2 bytes where its header expects %3.</translation>
    </message>
    <message>
        <source>“%1” has a damaged header: it gives %2 pages (%3 bytes) for a file of %4 bytes.</source>
        <translation>“%1” has a damaged header: it gives %2 pages (%3 bytes) for a file of %4 bytes.</translation>
    </message>
</context>
<context>
    <name>triangle::Findings</name>
    <message>
        <source>an assessment at the initial stage</source>
        <translation>an assessment at the initial stage</translation>
    </message>
    <message>
        <source>an assessment at the advantage stage</source>
        <translation>an assessment at the advantage stage</translation>
    </message>
    <message>
        <source>an assessment at the target stage</source>
        <translation>an assessment at the target stage</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not enough data: %1 missing.</source>
        <translation>Not enough data: %1 missing.</translation>
    </message>
    <message>
        <source>%1 %2 then %3</source>
        <translation>%1 %2 then %3</translation>
    </message>
    <message>
        <source>%1 falls %2 to the advantage stage</source>
        <translation>%1 falls %2 to the advantage stage</translation>
    </message>
    <message>
        <source>%1 falls %2 to the target stage</source>
        <translation>%1 falls %2 to the target stage</translation>
    </message>
    <message>
        <source>Every score rises or holds: %1.</source>
        <translation>Every score rises or holds: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not every score rises: %1.</source>
        <translation>Not every score rises: %1.</translation>
    </message>
    <message>
        <source>No single dimension leads at the advantage stage (%1), so none can pull the others along.</source>
        <translation>No single dimension leads at the advantage stage (%1), so none can pull the others along.</translation>
    </message>
    <message>
        <source>%1 gained %2 to the advantage stage, not less than %3&apos;s %4</source>
        <translation>%1 gained %2 to the advantage stage, not less than %3&apos;s %4</translation>
    </message>
    <message>
        <source>%1 gained %2 to the target stage, not more than %3&apos;s %4, so it does not catch up</source>
        <translation>%1 gained %2 to the target stage, not more than %3&apos;s %4, so it does not catch up</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 led the rise to the advantage stage (%2, more than either other) and the others then caught up (%3, against %4 for %1).</source>
        <translation>%1 led the rise to the advantage stage (%2, more than either other) and the others then caught up (%3, against %4 for %1).</translation>
    </message>
    <message>
        <source>%1 leads at the advantage stage, but %2.</source>
        <translation>%1 leads at the advantage stage, but %2.</translation>
    </message>
    <message>
        <source>dated policies or milestones of the region</source>
        <translation>dated policies or milestones of the region</translation>
    </message>
    <message>
        <source>No single dimension leads at the advantage stage, so no curve can be the leader&apos;s.</source>
        <translation>No single dimension leads at the advantage stage, so no curve can be the leader&apos;s.</translation>
    </message>
    <message>
        <source>%1 no records</source>
        <translation>%1 no records</translation>
    </message>
    <message>
        <source>%1 reaches half by %2</source>
        <translation>%1 reaches half by %2</translation>
    </message>
    <message>
        <source>Continuous evolution</source>
        <translation>Continuous evolution</translation>
    </message>
    <message>
        <source>Advantage traction (scores)</source>
        <translation>Advantage traction (scores)</translation>
    </message>
    <message>
        <source>Advantage traction (dated evidence)</source>
        <translation>Advantage traction (dated evidence)</translation>
    </message>
    <message>
        <source>Dynamic balance</source>
        <translation>Dynamic balance</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>supported</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>not supported</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>every score rises or holds</source>
        <translation>every score rises or holds</translation>
    </message>
    <message>
        <source>no single leading dimension</source>
        <translation>no single leading dimension</translation>
    </message>
    <message>
        <source>%1 %2 first, then the others %3 against %4</source>
        <translation>%1 %2 first, then the others %3 against %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>a fall of less than %1 counts as holding (the %2)</source>
        <translation>a fall of less than %1 counts as holding (the %2)</translation>
    </message>
    <message>
        <source>Balance at the initial stage</source>
        <translation>Balance at the initial stage</translation>
    </message>
    <message>
        <source>Balance at the advantage stage</source>
        <translation>Balance at the advantage stage</translation>
    </message>
    <message>
        <source>Balance at the target stage</source>
        <translation>Balance at the target stage</translation>
    </message>
    <message>
        <source>change from the initial to the advantage stage</source>
        <translation>change from the initial to the advantage stage</translation>
    </message>
    <message>
        <source>change from the advantage to the target stage</source>
        <translation>change from the advantage to the target stage</translation>
    </message>
    <message>
        <source>dated policies and milestones</source>
        <translation>dated policies and milestones</translation>
    </message>
    <message>
        <source>year half the records are reached</source>
        <translation>year half the records are reached</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tolerance for a fall in score</source>
        <translation>tolerance for a fall in score</translation>
    </message>
    <message>
        <source>%1 supported</source>
        <translation>%1 supported</translation>
    </message>
    <message>
        <source>%1 not supported</source>
        <translation>%1 not supported</translation>
    </message>
    <message>
        <source>%1 not enough data</source>
        <translation>%1 not enough data</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>one dimension leads at the advantage stage (scores within %1 of the highest share the lead); it gained more than each other dimension to the advantage stage, and each other gained more than it to the target stage; gains compared on the 0.1 grid, an equal gain is not more</source>
        <translation>one dimension leads at the advantage stage (scores within %1 of the highest share the lead); it gained more than each other dimension to the advantage stage, and each other gained more than it to the target stage; gains compared on the 0.1 grid, an equal gain is not more</translation>
    </message>
    <message>
        <source>dated policies or milestones of the region up to the advantage stage&apos;s end</source>
        <translation>dated policies or milestones of the region up to the advantage stage&apos;s end</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) dated after the advantage stage&apos;s end (%1) not counted.</source>
        <translation>
            <numerusform>%n record dated after the advantage stage&apos;s end (%1) not counted.</numerusform>
            <numerusform>%n records dated after the advantage stage&apos;s end (%1) not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>each stage&apos;s form by the app&apos;s classifier (balanced when lowest / highest ≥ %1 or every score within %2 of the others); the claim asks balanced, then unbalanced at the advantage stage, then balanced again; the spread (highest − lowest, in points) is shown beside, a measure that a rise of every score by the same amount leaves unchanged</source>
        <translation>each stage&apos;s form by the app&apos;s classifier (balanced when lowest / highest ≥ %1 or every score within %2 of the others); the claim asks balanced, then unbalanced at the advantage stage, then balanced again; the spread (highest − lowest, in points) is shown beside, a measure that a rise of every score by the same amount leaves unchanged</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 (spread %4 → %5 → %6 points)</source>
        <translation>%1 → %2 → %3 (spread %4 → %5 → %6 points)</translation>
    </message>
    <message>
        <source>Balanced, then unbalanced, then balanced again: %1. Its return to balance is what the others&apos; catching up in advantage traction (scores) brings about: where both hold they count as one support.</source>
        <translation>Balanced, then unbalanced, then balanced again: %1. Its return to balance is what the others&apos; catching up in advantage traction (scores) brings about: where both hold they count as one support.</translation>
    </message>
    <message>
        <source>The initial triangle is not balanced: %1.</source>
        <translation>The initial triangle is not balanced: %1.</translation>
    </message>
    <message>
        <source>The advantage triangle is balanced, not led by one dimension: %1.</source>
        <translation>The advantage triangle is balanced, not led by one dimension: %1.</translation>
    </message>
    <message>
        <source>The target triangle is not balanced again: %1.</source>
        <translation>The target triangle is not balanced again: %1.</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <source>rules v%1</source>
        <translation>rules v%1</translation>
    </message>
    <message>
        <source>Spread at the initial stage (points)</source>
        <translation>Spread at the initial stage (points)</translation>
    </message>
    <message>
        <source>Spread at the advantage stage (points)</source>
        <translation>Spread at the advantage stage (points)</translation>
    </message>
    <message>
        <source>Spread at the target stage (points)</source>
        <translation>Spread at the target stage (points)</translation>
    </message>
    <message>
        <source>Records dated after the advantage stage (not counted)</source>
        <translation>Records dated after the advantage stage (not counted)</translation>
    </message>
    <message>
        <source>%1 cannot tell</source>
        <translation>%1 cannot tell</translation>
    </message>
    <message>
        <source>(traction and balance counted once)</source>
        <translation>(traction and balance counted once)</translation>
    </message>
    <message>
        <source>Planned, not observed: the target stage&apos;s scores are planned values. With them the claim would be %1. %2</source>
        <translation>Planned, not observed: the target stage&apos;s scores are planned values. With them the claim would be %1. %2</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>planned: %1</translation>
    </message>
    <message>
        <source>planned, not observed</source>
        <translation>planned, not observed</translation>
    </message>
    <message>
        <source>%1 planned, not observed</source>
        <translation>%1 planned, not observed</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n record(s), each counting for another dimension</source>
        <translation>
            <numerusform>%1 %n record, counting for another dimension</numerusform>
            <numerusform>%1 %n records, each counting for another dimension</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2, half by %3 (%n record(s), counting %4)</source>
        <translation>
            <numerusform>%1 from %2, half by %3 (%n record, counting %4)</numerusform>
            <numerusform>%1 from %2, half by %3 (%n records, counting %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 dated records (there are %2)</source>
        <translation>at least %1 dated records (there are %2)</translation>
    </message>
    <message>
        <source>dated records counting for %1</source>
        <translation>dated records counting for %1</translation>
    </message>
    <message>
        <source>dated records counting for the other dimensions</source>
        <translation>dated records counting for the other dimensions</translation>
    </message>
    <message>
        <source>%1&apos;s evidence does not reach half its total first (%2).</source>
        <translation>%1&apos;s evidence does not reach half its total first (%2).</translation>
    </message>
    <message>
        <source>Cannot tell: %1 reaches half by %2, and %3; their dates cannot order them.</source>
        <translation>Cannot tell: %1 reaches half by %2, and %3; their dates cannot order them.</translation>
    </message>
    <message>
        <source>%1&apos;s evidence reaches half its total first, by %2.</source>
        <translation>%1&apos;s evidence reaches half its total first, by %2.</translation>
    </message>
    <message>
        <source>each record counts once, for its primary dimension or shared equally among its dimensions; a date is the months it allows (a year alone, any month of that year); the leader&apos;s half-way point must come before every other dimension&apos;s, their spans apart, up to the advantage stage&apos;s end; fewer than %1 records cannot be tested; p from %2 shuffles of the dimension labels</source>
        <translation>each record counts once, for its primary dimension or shared equally among its dimensions; a date is the months it allows (a year alone, any month of that year); the leader&apos;s half-way point must come before every other dimension&apos;s, their spans apart, up to the advantage stage&apos;s end; fewer than %1 records cannot be tested; p from %2 shuffles of the dimension labels</translation>
    </message>
    <message>
        <source>Cannot be tested: %1 missing. %2.</source>
        <translation>Cannot be tested: %1 missing. %2.</translation>
    </message>
    <message>
        <source>half-way points %1</source>
        <translation>half-way points %1</translation>
    </message>
    <message>
        <source>Timing: %1.</source>
        <translation>Timing: %1.</translation>
    </message>
    <message>
        <source>Shuffling the records&apos; dimensions among their dates, %1&apos;s half-way point leads by as much or more in %2 of %3 shuffles (p = %4).</source>
        <translation>Shuffling the records&apos; dimensions among their dates, %1&apos;s half-way point leads by as much or more in %2 of %3 shuffles (p = %4).</translation>
    </message>
    <message numerus="yes">
        <source>Without the %n record(s) whose dates the source does not give: cannot be tested (%1 missing).</source>
        <translation>
            <numerusform>Without the %n record whose date the source does not give: cannot be tested (%1 missing).</numerusform>
            <numerusform>Without the %n records whose dates the source does not give: cannot be tested (%1 missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without the %n record(s) whose dates the source does not give: %1.</source>
        <translation>
            <numerusform>Without the %n record whose date the source does not give: %1.</numerusform>
            <numerusform>Without the %n records whose dates the source does not give: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records whose dates the source does not give</source>
        <translation>Records whose dates the source does not give</translation>
    </message>
    <message>
        <source>Shuffles leading by as much (permutation p)</source>
        <translation>Shuffles leading by as much (permutation p)</translation>
    </message>
    <message>
        <source>year of the first record</source>
        <translation>year of the first record</translation>
    </message>
</context>
<context>
    <name>triangle::FindingsModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 · redrawing…</source>
        <translation>%1 · redrawing…</translation>
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
        <translation>&lt;p&gt;Select a verdict to see the numbers that decided it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Missing:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Missing:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The numbers:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The numbers:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Policy: %1 (%2)</source>
        <translation>Policy: %1 (%2)</translation>
    </message>
    <message>
        <source>Milestone: %1 (%2)</source>
        <translation>Milestone: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The dated evidence:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The dated evidence:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The scores:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The scores:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How each claim is tested</source>
        <translation>How each claim is tested</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2: %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2: %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;All claims for this region:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;All claims for this region:&lt;/b&gt; %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The article&apos;s claims tested on each assessed region&apos;s data (%1). Select a verdict to see the numbers behind it; double-click to open the region&apos;s diagrams.</source>
        <translation>The article&apos;s claims tested on each assessed region&apos;s data (%1). Select a verdict to see the numbers behind it; double-click to open the region&apos;s diagrams.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rule (%1):&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rule (%1):&lt;/b&gt; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty:&lt;/b&gt; redrawing the weights and raters…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Under uncertainty:&lt;/b&gt; redrawing the weights and raters…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty&lt;/b&gt; (weights drawn around the chosen ones, κ = %1; raters resampled with replacement; seed %2): %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Under uncertainty&lt;/b&gt; (weights drawn around the chosen ones, κ = %1; raters resampled with replacement; seed %2): %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Over κ&lt;/b&gt; (%n weight draws each): how often the verdict changes, and how often the advantage stage&apos;s form does. A smaller κ lets the weights stray further from the chosen ones.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Over κ&lt;/b&gt; (%n weight draws each): how often the verdict changes, and how often the advantage stage&apos;s form does. A smaller κ lets the weights stray further from the chosen ones.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Over κ&lt;/b&gt; (%n weight draws each): how often the verdict changes, and how often the advantage stage&apos;s form does. A smaller κ lets the weights stray further from the chosen ones.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>verdict changes</source>
        <translation>verdict changes</translation>
    </message>
    <message>
        <source>form changes</source>
        <translation>form changes</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under other thresholds&lt;/b&gt; (each constant of the form classifier tried over the range shown, the others held): %1 as reported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Under other thresholds&lt;/b&gt; (each constant of the form classifier tried over the range shown, the others held): %1 as reported.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Causal links:&lt;/b&gt; none recorded for this region (Policies or Milestones tab, Links…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Causal links:&lt;/b&gt; none recorded for this region (Policies or Milestones tab, Links…).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Causal links&lt;/b&gt; from the source (the record pulled must come after the one that pulled it): %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Causal links&lt;/b&gt; from the source (the record pulled must come after the one that pulled it): %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Link and check</source>
        <translation>Link and check</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>triangle::FindingsUncertainty</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>nothing to redraw: the data are missing</source>
        <translation>nothing to redraw: the data are missing</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n weight draws</source>
        <translation>
            <numerusform>%1 in %2 of %n weight draws</numerusform>
            <numerusform>%1 in %2 of %n weight draws</numerusform>
        </translation>
    </message>
    <message>
        <source>weights do not apply (no score is derived from indicators)</source>
        <translation>weights do not apply (no score is derived from indicators)</translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n rater resamples</source>
        <translation>
            <numerusform>in %1 of %n rater resamples</numerusform>
            <numerusform>in %1 of %n rater resamples</numerusform>
        </translation>
    </message>
    <message>
        <source>one rater: raters not resampled</source>
        <translation>one rater: raters not resampled</translation>
    </message>
    <message>
        <source>in %1 of the weight draws</source>
        <translation>in %1 of the weight draws</translation>
    </message>
    <message>
        <source>in %1 of the rater resamples</source>
        <translation>in %1 of the rater resamples</translation>
    </message>
    <message>
        <source>the plan&apos;s values read as observed give %1 %2</source>
        <translation>the plan&apos;s values read as observed give %1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>plan: %1 in %2 of weight draws</source>
        <translation>plan: %1 in %2 of weight draws</translation>
    </message>
    <message>
        <source>%1 of weight draws</source>
        <translation>%1 of weight draws</translation>
    </message>
    <message>
        <source>, %1 of rater resamples</source>
        <translation>, %1 of rater resamples</translation>
    </message>
</context>
<context>
    <name>triangle::GroupDialog</name>
    <message>
        <source>Add Region Group</source>
        <translation>Add Region Group</translation>
    </message>
    <message>
        <source>Edit Region Group</source>
        <translation>Edit Region Group</translation>
    </message>
    <message>
        <source>What the command line names the group by (--regions group:KEY): letters, digits, dot, dash and underscore.</source>
        <translation>What the command line names the group by (--regions group:KEY): letters, digits, dot, dash and underscore.</translation>
    </message>
    <message>
        <source>The plan or document that defines the group</source>
        <translation>The plan or document that defines the group</translation>
    </message>
    <message>
        <source>What the members stand for, e.g. a province for some of its cities</source>
        <translation>What the members stand for, e.g. a province for some of its cities</translation>
    </message>
    <message>
        <source>Filter regions by code or name</source>
        <translation>Filter regions by code or name</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>Name (&amp;Chinese):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen</source>
        <translation>
            <numerusform>%n member chosen</numerusform>
            <numerusform>%n members chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::GroupRepository</name>
    <message>
        <source>Reading region groups</source>
        <translation>Reading region groups</translation>
    </message>
    <message>
        <source>Reading a region group</source>
        <translation>Reading a region group</translation>
    </message>
    <message>
        <source>There is no region group with id %1 in the database.</source>
        <translation>There is no region group with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no region group “%1” in the database.</source>
        <translation>There is no region group “%1” in the database.</translation>
    </message>
    <message>
        <source>A region group with key “%1” already exists (%2).</source>
        <translation>A region group with key “%1” already exists (%2).</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>is already used by %1</translation>
    </message>
    <message>
        <source>Saving the members of a region group</source>
        <translation>Saving the members of a region group</translation>
    </message>
    <message>
        <source>Region group %1</source>
        <translation>Region group %1</translation>
    </message>
    <message>
        <source>Adding region group %1</source>
        <translation>Adding region group %1</translation>
    </message>
    <message>
        <source>Saving region group %1</source>
        <translation>Saving region group %1</translation>
    </message>
    <message>
        <source>Deleting a region group</source>
        <translation>Deleting a region group</translation>
    </message>
    <message>
        <source>Adding a member to a region group</source>
        <translation>Adding a member to a region group</translation>
    </message>
    <message>
        <source>Reading the sub-regions of a region</source>
        <translation>Reading the sub-regions of a region</translation>
    </message>
    <message>
        <source>Reading the group aggregate</source>
        <translation>Reading the group aggregate</translation>
    </message>
    <message>
        <source>Saving the group aggregate</source>
        <translation>Saving the group aggregate</translation>
    </message>
</context>
<context>
    <name>triangle::GroupsNavigator</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add &amp;Group…</source>
        <translation>Add &amp;Group…</translation>
    </message>
    <message>
        <source>Mean of members</source>
        <translation>Mean of members</translation>
    </message>
    <message>
        <source>Median of members</source>
        <translation>Median of members</translation>
    </message>
    <message>
        <source>A group&apos;s triangle: per dimension, the mean or median of its members assessed at the stage; their range is drawn as a band. Also used for a region&apos;s roll-up from its sub-regions.</source>
        <translation>A group&apos;s triangle: per dimension, the mean or median of its members assessed at the stage; their range is drawn as a band. Also used for a region&apos;s roll-up from its sub-regions.</translation>
    </message>
    <message>
        <source>&amp;Triangle:</source>
        <translation>&amp;Triangle:</translation>
    </message>
    <message>
        <source>Delete the region group “%1”? Its member regions stay. (Edit › Undo brings it back.)</source>
        <translation>Delete the region group “%1”? Its member regions stay. (Edit › Undo brings it back.)</translation>
    </message>
    <message>
        <source>Delete Region Group</source>
        <translation>Delete Region Group</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n assessed)</source>
        <translation>
            <numerusform>%1 (%2 of %n assessed)</numerusform>
            <numerusform>%1 (%2 of %n assessed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorDialog</name>
    <message>
        <source>Add Indicator</source>
        <translation>Add Indicator</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Edit Indicator</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Relative to the other indicators of the same dimension; shown normalised in the scorecard.</source>
        <translation>Relative to the other indicators of the same dimension; shown normalised in the scorecard.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Label (中文)</source>
        <translation>Label (中文)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Description (中文)</source>
        <translation>Description (中文)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Add &amp;Anchor</source>
        <translation>Add &amp;Anchor</translation>
    </message>
    <message>
        <source>&amp;Remove Anchor</source>
        <translation>&amp;Remove Anchor</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Name (&amp;中文):</source>
        <translation>Name (&amp;中文):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>What it &amp;judges:</source>
        <translation>What it &amp;judges:</translation>
    </message>
    <message>
        <source>How it is &amp;observed:</source>
        <translation>How it is &amp;observed:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Rubric: the named anchor levels on the 0–10 scale</source>
        <translation>Rubric: the named anchor levels on the 0–10 scale</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorRepository</name>
    <message>
        <source>Reading indicators</source>
        <translation>Reading indicators</translation>
    </message>
    <message>
        <source>Reading rubrics</source>
        <translation>Reading rubrics</translation>
    </message>
    <message>
        <source>There is no indicator with id %1 in the database.</source>
        <translation>There is no indicator with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no indicator “%1” in the database.</source>
        <translation>There is no indicator “%1” in the database.</translation>
    </message>
    <message>
        <source>Saving a rubric</source>
        <translation>Saving a rubric</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Adding the indicator “%1”</source>
        <translation>Adding the indicator “%1”</translation>
    </message>
    <message>
        <source>Saving the indicator “%1”</source>
        <translation>Saving the indicator “%1”</translation>
    </message>
    <message>
        <source>Deleting an indicator</source>
        <translation>Deleting an indicator</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorSetDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Indicator Set</source>
        <translation>Indicator Set</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share of its dimension</source>
        <translation>Share of its dimension</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anchors</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n indicator(s))</source>
        <translation>
            <numerusform>%1 (%n indicator)</numerusform>
            <numerusform>%1 (%n indicators)</numerusform>
        </translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>fully in place</source>
        <translation>fully in place</translation>
    </message>
    <message>
        <source>Delete the indicator “%1”?</source>
        <translation>Delete the indicator “%1”?</translation>
    </message>
    <message>
        <source>This also deletes %1. Derived scores are recomputed without it.</source>
        <translation>This also deletes %1. Derived scores are recomputed without it.</translation>
    </message>
    <message>
        <source>Delete Indicator</source>
        <translation>Delete Indicator</translation>
    </message>
</context>
<context>
    <name>triangle::IndicatorValueRepository</name>
    <message>
        <source>Reading indicator values</source>
        <translation>Reading indicator values</translation>
    </message>
    <message>
        <source>Reading an indicator value</source>
        <translation>Reading an indicator value</translation>
    </message>
    <message>
        <source>There is no indicator value with id %1 in the database.</source>
        <translation>There is no indicator value with id %1 in the database.</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Adding an indicator value</source>
        <translation>Adding an indicator value</translation>
    </message>
    <message>
        <source>Saving an indicator value</source>
        <translation>Saving an indicator value</translation>
    </message>
    <message>
        <source>Deleting an indicator value</source>
        <translation>Deleting an indicator value</translation>
    </message>
    <message>
        <source>Reading indicator evidence</source>
        <translation>Reading indicator evidence</translation>
    </message>
    <message>
        <source>Linking evidence to an indicator value</source>
        <translation>Linking evidence to an indicator value</translation>
    </message>
    <message>
        <source>Unlinking evidence from an indicator value</source>
        <translation>Unlinking evidence from an indicator value</translation>
    </message>
    <message>
        <source>There is no indicator evidence link with id %1 in the database.</source>
        <translation>There is no indicator evidence link with id %1 in the database.</translation>
    </message>
</context>
<context>
    <name>triangle::LibreOfficeConversion</name>
    <message>
        <source>Writing %1 needs LibreOffice, which is not installed; write an OpenDocument text (.odt) instead, which Word and WPS open.</source>
        <translation>Writing %1 needs LibreOffice, which is not installed; write an OpenDocument text (.odt) instead, which Word and WPS open.</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>No temporary folder for the conversion: %1</translation>
    </message>
    <message>
        <source>LibreOffice did not convert %1 in time.</source>
        <translation>LibreOffice did not convert %1 in time.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the report: %1</source>
        <translation>LibreOffice could not convert the report: %1</translation>
    </message>
    <message>
        <source>The conversion was cancelled; %1 was not written.</source>
        <translation>The conversion was cancelled; %1 was not written.</translation>
    </message>
</context>
<context>
    <name>triangle::MainWindow</name>
    <message>
        <source>Filter by code or name</source>
        <translation>Filter by code or name</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Triangle Studio</source>
        <translation>&amp;About Triangle Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Created %1 with the article&apos;s data</source>
        <translation>Created %1 with the article&apos;s data</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Saved a copy as %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Code %1 · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Code %1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offices affairs: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offices affairs: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No assessments yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No assessments yet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <source>About Triangle Studio</source>
        <translation>About Triangle Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;Analyses how Chinese provinces reform government operations support through Mark Moore&apos;s strategic triangle of public value: mission, political and operational management.&lt;/p&gt;&lt;p&gt;Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework Construction and Case Review”. The shipped scores are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;Analyses how Chinese provinces reform government operations support through Mark Moore&apos;s strategic triangle of public value: mission, political and operational management.&lt;/p&gt;&lt;p&gt;Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework Construction and Case Review”. The shipped scores are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Assessments</translation>
    </message>
    <message>
        <source>Po&amp;licies</source>
        <translation>Po&amp;licies</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Import Data…</translation>
    </message>
    <message>
        <source>E&amp;xport Data…</source>
        <translation>E&amp;xport Data…</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>Export &amp;Figure…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Add &amp;Region…</source>
        <translation>Add &amp;Region…</translation>
    </message>
    <message>
        <source>&amp;Delete Region…</source>
        <translation>&amp;Delete Region…</translation>
    </message>
    <message>
        <source>&amp;Find Region</source>
        <translation>&amp;Find Region</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regions</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes when you next start Triangle Studio.</source>
        <translation>The language changes when you next start Triangle Studio.</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Cannot create the database</translation>
    </message>
    <message>
        <source>Created %1 with the national level, the provinces and the three stages</source>
        <translation>Created %1 with the national level, the provinces and the three stages</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Export Figure</translation>
    </message>
    <message>
        <source>Select a region with assessments first.</source>
        <translation>Select a region with assessments first.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Report cancelled; no file was written.</source>
        <translation>Report cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Import Data</translation>
    </message>
    <message>
        <source>Stop if a record is already in the database</source>
        <translation>Stop if a record is already in the database</translation>
    </message>
    <message>
        <source>Keep the database&apos;s version</source>
        <translation>Keep the database&apos;s version</translation>
    </message>
    <message>
        <source>Replace it with the file&apos;s version</source>
        <translation>Replace it with the file&apos;s version</translation>
    </message>
    <message>
        <source>Records already in the database:</source>
        <translation>Records already in the database:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported %1 regions, %2 assessments, %3 policies, %4 milestones, %5 evidence links</source>
        <translation>Imported %1 regions, %2 assessments, %3 policies, %4 milestones, %5 evidence links</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Exported the database to %1</source>
        <translation>Exported the database to %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>Select the region the new one belongs to.</source>
        <translation>Select the region the new one belongs to.</translation>
    </message>
    <message>
        <source>Delete Region</source>
        <translation>Delete Region</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>Delete %1 (%2)?</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>This also deletes %1.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>&amp;Diagrams</source>
        <translation>&amp;Diagrams</translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation>S&amp;corecard</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivity</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <source>Assessed &amp;only</source>
        <translation>Assessed &amp;only</translation>
    </message>
    <message>
        <source>List only the regions that have an assessment (shown in bold).</source>
        <translation>List only the regions that have an assessment (shown in bold).</translation>
    </message>
    <message>
        <source>Triangle Studio data (*.json);;Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Triangle Studio data (*.json);;Excel workbook (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json);;Excel workbook (*.xlsx);;CSV files, one per entity (*.csv)</source>
        <translation>JSON file (*.json);;Excel workbook (*.xlsx);;CSV files, one per entity (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select the cells to copy first.</source>
        <translation>Select the cells to copy first.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>no backup could be taken: %1</source>
        <translation>no backup could be taken: %1</translation>
    </message>
    <message>
        <source>today&apos;s backup taken</source>
        <translation>today&apos;s backup taken</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup was restored as %1. Open it now?</source>
        <translation>The backup was restored as %1. Open it now?</translation>
    </message>
    <message>
        <source>Restored a backup as %1</source>
        <translation>Restored a backup as %1</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>Changed by another program</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Keep &amp;Theirs</translation>
    </message>
    <message>
        <source>Updated with changes another program made to the file</source>
        <translation>Updated with changes another program made to the file</translation>
    </message>
    <message>
        <source>Region Groups</source>
        <translation>Region Groups</translation>
    </message>
    <message>
        <source>Region &amp;Groups</source>
        <translation>Region &amp;Groups</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n region(s) down to the counties and the three stages</source>
        <translation>
            <numerusform>Created %1 with %n region down to the counties and the three stages</numerusform>
            <numerusform>Created %1 with %n regions down to the counties and the three stages</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Opened %1 read-only: it can be read and exported, not changed</source>
        <translation>Opened %1 read-only: it can be read and exported, not changed</translation>
    </message>
    <message>
        <source>%1 (read-only)[*]</source>
        <translation>%1 (read-only)[*]</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>no backup could be taken first: %1</source>
        <translation>no backup could be taken first: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Region group &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Region group &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Region groups compared: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Region groups compared: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No region chosen: choose one under Regions, or a group under Region Groups.</source>
        <translation>No region chosen: choose one under Regions, or a group under Region Groups.</translation>
    </message>
    <message>
        <source>Comparison set</source>
        <translation>Comparison set</translation>
    </message>
    <message>
        <source>Comparing the comparison set “%1”.</source>
        <translation>Comparing the comparison set “%1”.</translation>
    </message>
    <message numerus="yes">
        <source> (one of %n region(s) compared)</source>
        <translation>
            <numerusform> (one of %n region compared)</numerusform>
            <numerusform> (one of %n regions compared)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n region(s) selected in the navigator</source>
        <translation>
            <numerusform>The %n region selected in the navigator</numerusform>
            <numerusform>The %n regions selected in the navigator</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison set: %1</source>
        <translation>Comparison set: %1</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Converting the report to Word with LibreOffice…</source>
        <translation>Converting the report to Word with LibreOffice…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>&amp;Stages…</translation>
    </message>
    <message>
        <source>E&amp;xpert Panel</source>
        <translation>E&amp;xpert Panel</translation>
    </message>
    <message>
        <source>Make Scoring Pac&amp;kets…</source>
        <translation>Make Scoring Pac&amp;kets…</translation>
    </message>
    <message>
        <source>Import Returned Packe&amp;ts…</source>
        <translation>Import Returned Packe&amp;ts…</translation>
    </message>
    <message>
        <source>&amp;Weight Sets…</source>
        <translation>&amp;Weight Sets…</translation>
    </message>
</context>
<context>
    <name>triangle::MakePacketsDialog</name>
    <message>
        <source>Ask for the AHP &amp;comparisons too</source>
        <translation>Ask for the AHP &amp;comparisons too</translation>
    </message>
    <message>
        <source>Make Scoring Packets</source>
        <translation>Make Scoring Packets</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>One packet is written for each expert ticked, in that expert&apos;s language.</source>
        <translation>One packet is written for each expert ticked, in that expert&apos;s language.</translation>
    </message>
    <message>
        <source>The regions the experts score; at first the ones assessed at the stage.</source>
        <translation>The regions the experts score; at first the ones assessed at the stage.</translation>
    </message>
    <message>
        <source>The Delphi round. From round 2 the packet shows the panel&apos;s median and quartiles of the round before, and the expert&apos;s own answer.</source>
        <translation>The Delphi round. From round 2 the packet shows the panel&apos;s median and quartiles of the round before, and the expert&apos;s own answer.</translation>
    </message>
    <message>
        <source>e.g. 2027-01-15</source>
        <translation>e.g. 2027-01-15</translation>
    </message>
    <message>
        <source>Printed on the packet&apos;s instructions as the date to return it by.</source>
        <translation>Printed on the packet&apos;s instructions as the date to return it by.</translation>
    </message>
    <message>
        <source>Adds a sheet of pairwise comparisons (Saaty&apos;s 1–9 scale) for the indicators&apos; and dimensions&apos; weights.</source>
        <translation>Adds a sheet of pairwise comparisons (Saaty&apos;s 1–9 scale) for the indicators&apos; and dimensions&apos; weights.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>E&amp;xperts:</source>
        <translation>E&amp;xperts:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gions:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Make Packets</source>
        <translation>&amp;Make Packets</translation>
    </message>
    <message>
        <source>Folder for the Packets</source>
        <translation>Folder for the Packets</translation>
    </message>
</context>
<context>
    <name>triangle::MethodDialog</name>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The strategic triangle&lt;/h2&gt;&lt;p&gt;Following Mark H. Moore, public value is created when three things are managed together: &lt;b&gt;%1&lt;/b&gt; (the value goals agreed with stakeholders), &lt;b&gt;%2&lt;/b&gt; (legitimacy and support, the authorising environment) and &lt;b&gt;%3&lt;/b&gt; (the capacity to deliver: structure, process, technology, people, standards). Zhang Fan&apos;s article applies the model to government operations support and describes three forms over time: the initial triangle (about 2011), the advantage triangle (2016–2020) and the target triangle (about 2025).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The strategic triangle&lt;/h2&gt;&lt;p&gt;Following Mark H. Moore, public value is created when three things are managed together: &lt;b&gt;%1&lt;/b&gt; (the value goals agreed with stakeholders), &lt;b&gt;%2&lt;/b&gt; (legitimacy and support, the authorising environment) and &lt;b&gt;%3&lt;/b&gt; (the capacity to deliver: structure, process, technology, people, standards). Zhang Fan&apos;s article applies the model to government operations support and describes three forms over time: the initial triangle (about 2011), the advantage triangle (2016–2020) and the target triangle (about 2025).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The scale&lt;/h2&gt;&lt;p&gt;Each dimension of a region is scored at each stage from 0 to 10 in steps of 0.1: an analyst&apos;s judgement, backed by a rationale and by the policies and milestones linked as evidence. The scores shipped for Zhejiang, Shanxi and Sichuan are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The scale&lt;/h2&gt;&lt;p&gt;Each dimension of a region is scored at each stage from 0 to 10 in steps of 0.1: an analyst&apos;s judgement, backed by a rationale and by the policies and milestones linked as evidence. The scores shipped for Zhejiang, Shanxi and Sichuan are an analyst&apos;s reading of the article, not measured data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The figures&lt;/h2&gt;&lt;p&gt;The three axes leave the centre 120° apart, mission at the top. For scores m, p and o:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Area&lt;/b&gt; = (√3 / 4) · (m·p + p·o + o·m): each pair of neighbouring axes spans a wedge of ½·a·b·sin 120°. The largest possible area is %1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; = lowest score / highest score: 1 is perfectly balanced, 0 when one score is 0. The earlier index, the &lt;b&gt;area ratio&lt;/b&gt; (m·p + p·o + o·m) / (3·x̄²) with x̄ the mean, is still shown; it barely moves (0.990 for 8.0 / 5.8 / 6.3, whose balance is 0.725).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leading dimension&lt;/b&gt;: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Form&lt;/b&gt;: &lt;i&gt;balanced&lt;/i&gt; when the balance is %5 or more, or all three scores lie within %3 of each other; balanced &lt;i&gt;high&lt;/i&gt; when the mean is %4 or more, &lt;i&gt;low&lt;/i&gt; below it. Otherwise the widest gap names it: &lt;i&gt;advantage-led&lt;/i&gt; by the top dimension when its lead over the middle one is more than %2 and at least the middle one&apos;s lead over the bottom; &lt;i&gt;lagging&lt;/i&gt; by the bottom dimension else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change&lt;/b&gt; between two stages: the later score minus the earlier, per dimension.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shares&lt;/b&gt; (the balance map): each score divided by the sum of the three; the centre of the map, one third each, is perfect balance.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;The figures&lt;/h2&gt;&lt;p&gt;The three axes leave the centre 120° apart, mission at the top. For scores m, p and o:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Area&lt;/b&gt; = (√3 / 4) · (m·p + p·o + o·m): each pair of neighbouring axes spans a wedge of ½·a·b·sin 120°. The largest possible area is %1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Balance&lt;/b&gt; = lowest score / highest score: 1 is perfectly balanced, 0 when one score is 0. The earlier index, the &lt;b&gt;area ratio&lt;/b&gt; (m·p + p·o + o·m) / (3·x̄²) with x̄ the mean, is still shown; it barely moves (0.990 for 8.0 / 5.8 / 6.3, whose balance is 0.725).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leading dimension&lt;/b&gt;: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Form&lt;/b&gt;: &lt;i&gt;balanced&lt;/i&gt; when the balance is %5 or more, or all three scores lie within %3 of each other; balanced &lt;i&gt;high&lt;/i&gt; when the mean is %4 or more, &lt;i&gt;low&lt;/i&gt; below it. Otherwise the widest gap names it: &lt;i&gt;advantage-led&lt;/i&gt; by the top dimension when its lead over the middle one is more than %2 and at least the middle one&apos;s lead over the bottom; &lt;i&gt;lagging&lt;/i&gt; by the bottom dimension else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change&lt;/b&gt; between two stages: the later score minus the earlier, per dimension.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shares&lt;/b&gt; (the balance map): each score divided by the sum of the three; the centre of the map, one third each, is perfect balance.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that every dimension&apos;s score rises or holds from the initial to the advantage stage and from the advantage to the target stage. It needs assessments at all three stages. It is supported when no score falls by more than %2 (the %3), not supported when one does.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that every dimension&apos;s score rises or holds from the initial to the advantage stage and from the advantage to the target stage. It needs assessments at all three stages. It is supported when no score falls by more than %2 (the %3), not supported when one does.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Selecting a verdict on the Findings tab shows the numbers that decided it, the rule applied and, for a claim without enough data, what is missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecting a verdict on the Findings tab shows the numbers that decided it, the rule applied and, for a claim without enough data, what is missing.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that one dimension leads at the advantage stage, that it gained more than either other from the initial stage, and that each other dimension then gains more than it towards the target stage, catching up. It needs assessments at all three stages. It is not supported when no single dimension leads (scores within %2 of the highest share the lead) or when either gain falls short; an equal gain is not more.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests that one dimension leads at the advantage stage, that it gained more than either other from the initial stage, and that each other dimension then gains more than it towards the target stage, catching up. It needs assessments at all three stages. It is not supported when no single dimension leads (scores within %2 of the highest share the lead) or when either gain falls short; an equal gain is not more.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the article&apos;s sequence of states with the app&apos;s own classifier of forms: the initial triangle balanced, the advantage triangle not (led or lagging by one dimension), the target triangle balanced again. A triangle is balanced when its lowest score is at least %2 of its highest, or every score lies within %3 of the others. It needs assessments at all three stages, and names the form seen at each. Beside it stands the spread (highest − lowest score, in points), which a rise of every score by the same amount leaves unchanged. Where advantage traction from the scores also holds, the others&apos; catching up is what returns the balance: the two count as one support.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the article&apos;s sequence of states with the app&apos;s own classifier of forms: the initial triangle balanced, the advantage triangle not (led or lagging by one dimension), the target triangle balanced again. A triangle is balanced when its lowest score is at least %2 of its highest, or every score lies within %3 of the others. It needs assessments at all three stages, and names the form seen at each. Beside it stands the spread (highest − lowest score, in points), which a rise of every score by the same amount leaves unchanged. Where advantage traction from the scores also holds, the others&apos; catching up is what returns the balance: the two count as one support.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The article&apos;s claims&lt;/h2&gt;&lt;p&gt;The Findings tab, the report and the command line test three claims of the article on each region&apos;s data. Each claim is &lt;b&gt;%1&lt;/b&gt; when the data bear it out, &lt;b&gt;%2&lt;/b&gt; when they contradict it, &lt;b&gt;%3&lt;/b&gt; when something it reads is missing (the Findings tab then says what), &lt;b&gt;%4&lt;/b&gt; when the data tie where the claim asks for an order, and &lt;b&gt;%6&lt;/b&gt; when it reads a target stage whose scores are planned values (what the plan would give is said beside). Stages are recognised by their keys: initial, advantage and target. Scores and their changes are compared on their 0.1 grid, so equal gains are equal. The rules carry a version (%5), printed beside every verdict; a change to a rule or a threshold makes a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The article&apos;s claims&lt;/h2&gt;&lt;p&gt;The Findings tab, the report and the command line test three claims of the article on each region&apos;s data. Each claim is &lt;b&gt;%1&lt;/b&gt; when the data bear it out, &lt;b&gt;%2&lt;/b&gt; when they contradict it, &lt;b&gt;%3&lt;/b&gt; when something it reads is missing (the Findings tab then says what), &lt;b&gt;%4&lt;/b&gt; when the data tie where the claim asks for an order, and &lt;b&gt;%6&lt;/b&gt; when it reads a target stage whose scores are planned values (what the plan would give is said beside). Stages are recognised by their keys: initial, advantage and target. Scores and their changes are compared on their 0.1 grid, so equal gains are equal. The rules carry a version (%5), printed beside every verdict; a change to a rule or a threshold makes a new one.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the data rest on.&lt;/b&gt; Every verdict is shown with its region&apos;s data basis: &lt;i&gt;%1&lt;/i&gt; (gathered from documents and measurement) or &lt;i&gt;%2&lt;/i&gt; (built from a narrative, as the shipped cases are from the article&apos;s prose). An illustrative verdict shows what that reading gives, not an observation. The region&apos;s Profile sets it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What the data rest on.&lt;/b&gt; Every verdict is shown with its region&apos;s data basis: &lt;i&gt;%1&lt;/i&gt; (gathered from documents and measurement) or &lt;i&gt;%2&lt;/i&gt; (built from a narrative, as the shipped cases are from the article&apos;s prose). An illustrative verdict shows what that reading gives, not an observation. The region&apos;s Profile sets it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under uncertainty.&lt;/b&gt; Each verdict is tested again %1 times with the indicator weights drawn around the chosen ones (Dirichlet, κ = %2, as in the weight sensitivity) and %1 times with the raters resampled with replacement, where several raters scored the region; every draw derives the scores as the app does. The verdict is shown with the share of draws that give it. Scores typed by hand are not redrawn. For a planned verdict the share of what the plan&apos;s values would give is shown too. Selecting a verdict also shows how often it changes for κ from %3 to %4: the smaller κ, the further the weights may stray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Under uncertainty.&lt;/b&gt; Each verdict is tested again %1 times with the indicator weights drawn around the chosen ones (Dirichlet, κ = %2, as in the weight sensitivity) and %1 times with the raters resampled with replacement, where several raters scored the region; every draw derives the scores as the app does. The verdict is shown with the share of draws that give it. Scores typed by hand are not redrawn. For a planned verdict the share of what the plan&apos;s values would give is shown too. Selecting a verdict also shows how often it changes for κ from %3 to %4: the smaller κ, the further the weights may stray.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scores from indicators&lt;/h2&gt;&lt;p&gt;Each dimension is made of indicators (the default set has four or five per dimension, built from the article). An indicator has a weight within its dimension and a rubric: named anchor levels on the 0–10 scale. A rater scores an indicator by choosing an anchor, or a score between two anchors.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;A rater&apos;s score&lt;/b&gt; for a dimension is the weighted mean of the indicator scores that rater gave: Σ wᵢ·sᵢ / Σ wᵢ over the indicators rated (the weights renormalised when some are unrated).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Several raters&lt;/b&gt; are combined by their mean or their median (the database remembers which). Their spread is shown as the range (lowest to highest) and the sample standard deviation; the diagrams draw the range as a band along the axis.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;derived score&lt;/b&gt; is that combination rounded to 0.1, kept up to date with every indicator edit. A score typed by hand is marked &lt;i&gt;set by hand&lt;/i&gt;, and the derived value is shown beside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight sensitivity&lt;/b&gt; draws the weights of each dimension at random around the chosen ones (Dirichlet with a concentration κ; seeded, so a run repeats), recomputes every derived score, and counts how often each region&apos;s leading dimension, form and rank stay as they are.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Scores from indicators&lt;/h2&gt;&lt;p&gt;Each dimension is made of indicators (the default set has four or five per dimension, built from the article). An indicator has a weight within its dimension and a rubric: named anchor levels on the 0–10 scale. A rater scores an indicator by choosing an anchor, or a score between two anchors.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;A rater&apos;s score&lt;/b&gt; for a dimension is the weighted mean of the indicator scores that rater gave: Σ wᵢ·sᵢ / Σ wᵢ over the indicators rated (the weights renormalised when some are unrated).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Several raters&lt;/b&gt; are combined by their mean or their median (the database remembers which). Their spread is shown as the range (lowest to highest) and the sample standard deviation; the diagrams draw the range as a band along the axis.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;derived score&lt;/b&gt; is that combination rounded to 0.1, kept up to date with every indicator edit. A score typed by hand is marked &lt;i&gt;set by hand&lt;/i&gt;, and the derived value is shown beside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight sensitivity&lt;/b&gt; draws the weights of each dimension at random around the chosen ones (Dirichlet with a concentration κ; seeded, so a run repeats), recomputes every derived score, and counts how often each region&apos;s leading dimension, form and rank stay as they are.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Agreement&lt;/b&gt; between raters is Krippendorff&apos;s α with the interval metric over the indicator scores of the regions in view, stage by stage: 1 is perfect agreement, 0 is no better than chance. Pooled over stages it would count the differences between stages as agreement, so it is shown only beside the stages&apos; values and labelled so. Each α has a 95 % interval (a bootstrap over the scored items, %1 resamples, seed %2) and Krippendorff&apos;s verdict: reliable from %3, tentative conclusions only from %4, unreliable below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Agreement&lt;/b&gt; between raters is Krippendorff&apos;s α with the interval metric over the indicator scores of the regions in view, stage by stage: 1 is perfect agreement, 0 is no better than chance. Pooled over stages it would count the differences between stages as agreement, so it is shown only beside the stages&apos; values and labelled so. Each α has a 95 % interval (a bootstrap over the scored items, %1 resamples, seed %2) and Krippendorff&apos;s verdict: reliable from %3, tentative conclusions only from %4, unreliable below.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the same pull with the region&apos;s own dated policies and milestones, up to the advantage stage&apos;s last year (later records cannot have made the advantage and are not counted). Each record counts once: for the dimension it counts for (its dialog&apos;s &quot;Counts for&quot;), or shared equally among those it bears on. A date stands for the months it allows: a year alone is any month of that year. The leading dimension&apos;s records must reach half their total before every other dimension&apos;s, with no overlap of the months their dates allow; another dimension wholly earlier makes it not supported, an overlap means the dates cannot tell. It needs an assessment at the advantage stage, which names the leader, at least %2 dated records, and records counting for the leader and for another dimension; otherwise it cannot be tested, and says why. Beside the verdict: each dimension&apos;s first year and half-way point, a permutation p (the records&apos; dimensions shuffled among their dates %3 times: how often the leader leads by as much), and the verdict without the records whose dates the source does not give.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; tests the same pull with the region&apos;s own dated policies and milestones, up to the advantage stage&apos;s last year (later records cannot have made the advantage and are not counted). Each record counts once: for the dimension it counts for (its dialog&apos;s &quot;Counts for&quot;), or shared equally among those it bears on. A date stands for the months it allows: a year alone is any month of that year. The leading dimension&apos;s records must reach half their total before every other dimension&apos;s, with no overlap of the months their dates allow; another dimension wholly earlier makes it not supported, an overlap means the dates cannot tell. It needs an assessment at the advantage stage, which names the leader, at least %2 dated records, and records counting for the leader and for another dimension; otherwise it cannot be tested, and says why. Beside the verdict: each dimension&apos;s first year and half-way point, a permutation p (the records&apos; dimensions shuffled among their dates %3 times: how often the leader leads by as much), and the verdict without the records whose dates the source does not give.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Under other thresholds.&lt;/b&gt; The form classifier&apos;s constants were set between the shipped values. Each is tried over a range (the shared lead %1–%2 points, the balance ratio %3–%4, the spread %5–%6 points, the high mean %7–%8), the others held, and every claim is tested again: a verdict&apos;s details give the values that keep it and what the nearest value beyond them gives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Under other thresholds.&lt;/b&gt; The form classifier&apos;s constants were set between the shipped values. Each is tried over a range (the shared lead %1–%2 points, the balance ratio %3–%4, the spread %5–%6 points, the high mean %7–%8), the others held, and every claim is tested again: a verdict&apos;s details give the values that keep it and what the nearest value beyond them gives.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Causal links&lt;/h2&gt;&lt;p&gt;The article asserts pull, not only order. An analyst records it as a link between two of a region&apos;s records (a policy or milestone drove another), with the source&apos;s sentence and where it stands. The rule: the record pulled must come after the one that pulled it. Dates are compared as the months they allow, as in the dated evidence (a year alone is any month of it): &lt;i&gt;%1&lt;/i&gt; when all of the pulled record&apos;s months come later, &lt;i&gt;%2&lt;/i&gt; when they overlap, &lt;i&gt;%3&lt;/i&gt; when they all come earlier. A link resting on a date placed from context says so. The check says only whether the dates allow the claim.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Causal links&lt;/h2&gt;&lt;p&gt;The article asserts pull, not only order. An analyst records it as a link between two of a region&apos;s records (a policy or milestone drove another), with the source&apos;s sentence and where it stands. The rule: the record pulled must come after the one that pulled it. Dates are compared as the months they allow, as in the dated evidence (a year alone is any month of it): &lt;i&gt;%1&lt;/i&gt; when all of the pulled record&apos;s months come later, &lt;i&gt;%2&lt;/i&gt; when they overlap, &lt;i&gt;%3&lt;/i&gt; when they all come earlier. A link resting on a date placed from context says so. The check says only whether the dates allow the claim.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::MetricsText</name>
    <message>
        <source>Balanced, low</source>
        <translation>Balanced, low</translation>
    </message>
    <message>
        <source>Balanced, high</source>
        <translation>Balanced, high</translation>
    </message>
    <message>
        <source>Advantage-led by %1</source>
        <translation>Advantage-led by %1</translation>
    </message>
    <message>
        <source>%1 lagging</source>
        <translation>%1 lagging</translation>
    </message>
    <message>
        <source>%1 (tied)</source>
        <translation>%1 (tied)</translation>
    </message>
    <message>
        <source> = </source>
        <translation> = </translation>
    </message>
    <message>
        <source>none (all three within %1 of the highest)</source>
        <translation>none (all three within %1 of the highest)</translation>
    </message>
    <message>
        <source>Area %1 of a possible %2; balance %3 (lowest score over highest; 1 is equilateral).</source>
        <translation>Area %1 of a possible %2; balance %3 (lowest score over highest; 1 is equilateral).</translation>
    </message>
    <message>
        <source>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, below %4: an initial, balanced-low triangle.</source>
        <translation>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, below %4: an initial, balanced-low triangle.</translation>
    </message>
    <message>
        <source>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, reaching %4: a balanced-high triangle.</source>
        <translation>Balanced (balance at least %1, or all scores within %2) with a mean score of %3, reaching %4: a balanced-high triangle.</translation>
    </message>
    <message>
        <source>Unbalanced (balance below %1), and the widest gap is %2&apos;s lead over the others: an advantage triangle, pulled along by this dimension.</source>
        <translation>Unbalanced (balance below %1), and the widest gap is %2&apos;s lead over the others: an advantage triangle, pulled along by this dimension.</translation>
    </message>
    <message>
        <source>Unbalanced (balance below %1), and the widest gap is %2 trailing the others: the triangle is held back by it.</source>
        <translation>Unbalanced (balance below %1), and the widest gap is %2 trailing the others: the triangle is held back by it.</translation>
    </message>
</context>
<context>
    <name>triangle::Migrations</name>
    <message>
        <source>Upgrading the schema to version %1 failed</source>
        <translation>Upgrading the schema to version %1 failed</translation>
    </message>
    <message>
        <source>Recording schema version %1 failed</source>
        <translation>Recording schema version %1 failed</translation>
    </message>
    <message>
        <source>Checking the upgraded database&apos;s references failed</source>
        <translation>Checking the upgraded database&apos;s references failed</translation>
    </message>
    <message>
        <source>The upgrade was not made: a row of “%1” refers to a row of “%2” that is not there.</source>
        <translation>The upgrade was not made: a row of “%1” refers to a row of “%2” that is not there.</translation>
    </message>
</context>
<context>
    <name>triangle::MilestoneRepository</name>
    <message>
        <source>Reading milestones</source>
        <translation>Reading milestones</translation>
    </message>
    <message>
        <source>Reading a milestone</source>
        <translation>Reading a milestone</translation>
    </message>
    <message>
        <source>There is no milestone with id %1 in the database.</source>
        <translation>There is no milestone with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no milestone with uid “%1” in the database.</source>
        <translation>There is no milestone with uid “%1” in the database.</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Milestone %1</translation>
    </message>
    <message>
        <source>Adding milestone %1</source>
        <translation>Adding milestone %1</translation>
    </message>
    <message>
        <source>Saving milestone %1</source>
        <translation>Saving milestone %1</translation>
    </message>
    <message>
        <source>Deleting a milestone</source>
        <translation>Deleting a milestone</translation>
    </message>
</context>
<context>
    <name>triangle::NewDatabaseDialog</name>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>Which regions should the new database start with? Both start with the three stages and no assessments.</source>
        <translation>Which regions should the new database start with? Both start with the three stages and no assessments.</translation>
    </message>
    <message>
        <source>&amp;Provinces only: the national level and the 31 provincial-level units</source>
        <translation>&amp;Provinces only: the national level and the 31 provincial-level units</translation>
    </message>
    <message>
        <source>&amp;All levels: also the 333 prefecture-level and 2,850 county-level units</source>
        <translation>&amp;All levels: also the 333 prefecture-level and 2,850 county-level units</translation>
    </message>
    <message>
        <source>Codes and Chinese names of the National Bureau of Statistics (2023); the English names are generated from pinyin, not official. Levels can also be added later with “triangle-studio regions add-levels”.</source>
        <translation>Codes and Chinese names of the National Bureau of Statistics (2023); the English names are generated from pinyin, not official. Levels can also be added later with “triangle-studio regions add-levels”.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
</context>
<context>
    <name>triangle::OdtReportWriter</name>
    <message>
        <source>The OpenDocument file could not be packed.</source>
        <translation>The OpenDocument file could not be packed.</translation>
    </message>
</context>
<context>
    <name>triangle::OutputFile</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>the disk holding it is full; any earlier file of that name is left as it was</source>
        <translation>the disk holding it is full; any earlier file of that name is left as it was</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>it is not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <source>its content could not be made</source>
        <translation>its content could not be made</translation>
    </message>
</context>
<context>
    <name>triangle::PacketFiles</name>
    <message>
        <source>%1 is an open database, not a scoring packet.</source>
        <translation>%1 is an open database, not a scoring packet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2&apos;s answers for %3, round %4: %5 of %6 items filled (%7 new, %8 changed, %9 as before).</source>
        <translation>%1: %2&apos;s answers for %3, round %4: %5 of %6 items filled (%7 new, %8 changed, %9 as before).</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Packet</translation>
    </message>
    <message>
        <source>%1 answers are kept for round %2 only: the expert has answered a later round.</source>
        <translation>%1 answers are kept for round %2 only: the expert has answered a later round.</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>row %1 (%2)</translation>
    </message>
    <message>
        <source>Left empty (an earlier answer, if any, is kept): %1.</source>
        <translation>Left empty (an earlier answer, if any, is kept): %1.</translation>
    </message>
    <message>
        <source>Not stored: sheet “%1”, row %2%3: %4</source>
        <translation>Not stored: sheet “%1”, row %2%3: %4</translation>
    </message>
    <message>
        <source>Comparisons: %1 given, %2 left empty.</source>
        <translation>Comparisons: %1 given, %2 left empty.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder %2 does not exist.</source>
        <translation>“%1” cannot be written: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Outside the last round&apos;s interquartile range without a reason (stored all the same): %1.</source>
        <translation>Outside the last round&apos;s interquartile range without a reason (stored all the same): %1.</translation>
    </message>
</context>
<context>
    <name>triangle::PanelConvergence</name>
    <message>
        <source>Concordance needs at least two raters; this panel has %1.</source>
        <translation>Concordance needs at least two raters; this panel has %1.</translation>
    </message>
    <message>
        <source>Concordance needs at least two items that every rater scored; there are %1 (items left empty by some rater: %2).</source>
        <translation>Concordance needs at least two items that every rater scored; there are %1 (items left empty by some rater: %2).</translation>
    </message>
    <message>
        <source>Concordance is undefined: every rater gave all items the same score.</source>
        <translation>Concordance is undefined: every rater gave all items the same score.</translation>
    </message>
    <message>
        <source>There are no items and no dimensions to judge convergence on.</source>
        <translation>There are no items and no dimensions to judge convergence on.</translation>
    </message>
    <message>
        <source>CV of %1 needs at least two answers; it has %2.</source>
        <translation>CV of %1 needs at least two answers; it has %2.</translation>
    </message>
    <message>
        <source>CV of %1 cannot be computed: its mean is 0 and its SD is %2.</source>
        <translation>CV of %1 cannot be computed: its mean is 0 and its SD is %2.</translation>
    </message>
    <message>
        <source>CV of %1 is %2, above %3.</source>
        <translation>CV of %1 is %2, above %3.</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 cannot be computed: %2</source>
        <translation>Kendall&apos;s W of %1 cannot be computed: %2</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 is %2 with p = %3, not below %4.</source>
        <translation>Kendall&apos;s W of %1 is %2 with p = %3, not below %4.</translation>
    </message>
    <message>
        <source>Kendall&apos;s W of %1 is %2, below %3.</source>
        <translation>Kendall&apos;s W of %1 is %2, below %3.</translation>
    </message>
</context>
<context>
    <name>triangle::PanelPanel</name>
    <message>
        <source>Kendall&apos;s W: agreement of the experts&apos; rankings of the items, from 0 (none) to 1 (all rank alike).</source>
        <translation>Kendall&apos;s W: agreement of the experts&apos; rankings of the items, from 0 (none) to 1 (all rank alike).</translation>
    </message>
    <message>
        <source>p: the chance of a W this large if the experts ranked at random; below the significance level the agreement is significant.</source>
        <translation>p: the chance of a W this large if the experts ranked at random; below the significance level the agreement is significant.</translation>
    </message>
    <message>
        <source>CV: coefficient of variation, the spread of the experts&apos; scores relative to their mean (SD / mean).</source>
        <translation>CV: coefficient of variation, the spread of the experts&apos; scores relative to their mean (SD / mean).</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α: agreement of the experts&apos; scores beyond chance, 1 perfect, 0 as by chance; the interval is a 95% bootstrap interval.</source>
        <translation>Krippendorff&apos;s α: agreement of the experts&apos; scores beyond chance, 1 perfect, 0 as by chance; the interval is a 95% bootstrap interval.</translation>
    </message>
    <message>
        <source>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty).</source>
        <translation>CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty).</translation>
    </message>
    <message>
        <source>Expert&amp;s</source>
        <translation>Expert&amp;s</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rounds</translation>
    </message>
    <message>
        <source>Pac&amp;kets</source>
        <translation>Pac&amp;kets</translation>
    </message>
    <message>
        <source>Consistenc&amp;y</source>
        <translation>Consistenc&amp;y</translation>
    </message>
    <message>
        <source>Stop R&amp;ule and AHP</source>
        <translation>Stop R&amp;ule and AHP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Packet language</source>
        <translation>Packet language</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>Packets sent</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Missing answers</translation>
    </message>
    <message>
        <source>Items left unanswered in the packets the expert returned.</source>
        <translation>Items left unanswered in the packets the expert returned.</translation>
    </message>
    <message>
        <source>The language the expert&apos;s scoring packets are written in.</source>
        <translation>The language the expert&apos;s scoring packets are written in.</translation>
    </message>
    <message>
        <source>Add Exper&amp;t…</source>
        <translation>Add Exper&amp;t…</translation>
    </message>
    <message>
        <source>Adds an expert (a rater) with field, years of experience and packet language.</source>
        <translation>Adds an expert (a rater) with field, years of experience and packet language.</translation>
    </message>
    <message>
        <source>Edit Expert…</source>
        <translation>Edit Expert…</translation>
    </message>
    <message>
        <source>Edits the selected expert (also: double-click or Return on the row).</source>
        <translation>Edits the selected expert (also: double-click or Return on the row).</translation>
    </message>
    <message>
        <source>The panel&apos;s experts are the scorecard&apos;s raters. Each gets a scoring packet in the language set here.</source>
        <translation>The panel&apos;s experts are the scorecard&apos;s raters. Each gets a scoring packet in the language set here.</translation>
    </message>
    <message>
        <source>Add Expert</source>
        <translation>Add Expert</translation>
    </message>
    <message>
        <source>Edit Expert</source>
        <translation>Edit Expert</translation>
    </message>
    <message>
        <source>The stage whose rounds are shown.</source>
        <translation>The stage whose rounds are shown.</translation>
    </message>
    <message>
        <source>A Delphi round with answers at this stage.</source>
        <translation>A Delphi round with answers at this stage.</translation>
    </message>
    <message>
        <source>Unmet conditions of the stop rule</source>
        <translation>Unmet conditions of the stop rule</translation>
    </message>
    <message>
        <source>The stop rule (tab Stop Rule and AHP): every item&apos;s CV at most the limit and, in every dimension, W significant (and at least the minimum, when set).</source>
        <translation>The stop rule (tab Stop Rule and AHP): every item&apos;s CV at most the limit and, in every dimension, W significant (and at least the minimum, when set).</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
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
        <translation>α 95% interval</translation>
    </message>
    <message>
        <source>Largest CV</source>
        <translation>Largest CV</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
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
        <translation>Flag</translation>
    </message>
    <message>
        <source>The middle half of the answers: the quartiles a next-round packet shows each expert.</source>
        <translation>The middle half of the answers: the quartiles a next-round packet shows each expert.</translation>
    </message>
    <message>
        <source>Flagged when the item&apos;s CV is above the stop rule&apos;s limit.</source>
        <translation>Flagged when the item&apos;s CV is above the stop rule&apos;s limit.</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Sta&amp;ge:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>W %1</source>
        <translation>W %1</translation>
    </message>
    <message>
        <source>largest CV</source>
        <translation>largest CV</translation>
    </message>
    <message>
        <source>No answers at this stage yet: make packets (tab Packets), send them, and import the returned ones.</source>
        <translation>No answers at this stage yet: make packets (tab Packets), send them, and import the returned ones.</translation>
    </message>
    <message>
        <source>Round %1 at %2: %3 experts answered, %4 answers; largest CV %5 (limit %6).</source>
        <translation>Round %1 at %2: %3 experts answered, %4 answers; largest CV %5 (limit %6).</translation>
    </message>
    <message>
        <source>Stop rule met: the panel has converged; no further round is needed.</source>
        <translation>Stop rule met: the panel has converged; no further round is needed.</translation>
    </message>
    <message>
        <source>Stop rule not met (%1 conditions):</source>
        <translation>Stop rule not met (%1 conditions):</translation>
    </message>
    <message>
        <source>%1 experts, %2 items</source>
        <translation>%1 experts, %2 items</translation>
    </message>
    <message>
        <source>The stage (every item)</source>
        <translation>The stage (every item)</translation>
    </message>
    <message>
        <source>CV above %1</source>
        <translation>CV above %1</translation>
    </message>
    <message>
        <source>The experts&apos; answers to this item are spread more than the stop rule allows.</source>
        <translation>The experts&apos; answers to this item are spread more than the stop rule allows.</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Items answered of the items the packet asks for.</source>
        <translation>Items answered of the items the packet asks for.</translation>
    </message>
    <message>
        <source>Make Packe&amp;ts…</source>
        <translation>Make Packe&amp;ts…</translation>
    </message>
    <message>
        <source>Writes one scoring packet (.xlsx) per expert into a folder, to send out.</source>
        <translation>Writes one scoring packet (.xlsx) per expert into a folder, to send out.</translation>
    </message>
    <message>
        <source>Imp&amp;ort Returned Packets…</source>
        <translation>Imp&amp;ort Returned Packets…</translation>
    </message>
    <message>
        <source>Reads returned packets, one file or a folder of them, and stores the experts&apos; answers.</source>
        <translation>Reads returned packets, one file or a folder of them, and stores the experts&apos; answers.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>With the AHP comparisons.</source>
        <translation>With the AHP comparisons.</translation>
    </message>
    <message>
        <source>Make Scoring Packets</source>
        <translation>Make Scoring Packets</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>The folder %1 could not be made.</translation>
    </message>
    <message>
        <source>Writing the scoring packets…</source>
        <translation>Writing the scoring packets…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Packets written: %1.</source>
        <translation>Packets written: %1.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Not written: %1</translation>
    </message>
    <message>
        <source>Not written for %1: %2</source>
        <translation>Not written for %1: %2</translation>
    </message>
    <message>
        <source>Import Returned Packets</source>
        <translation>Import Returned Packets</translation>
    </message>
    <message>
        <source>Importing returned packets stores the experts&apos; answers at once. It cannot be taken back with Edit › Undo: a backup of the database is taken first, and File › Restore from Backup brings it back.</source>
        <translation>Importing returned packets stores the experts&apos; answers at once. It cannot be taken back with Edit › Undo: a backup of the database is taken first, and File › Restore from Backup brings it back.</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Choose &amp;Files…</translation>
    </message>
    <message>
        <source>Choose a Fol&amp;der…</source>
        <translation>Choose a Fol&amp;der…</translation>
    </message>
    <message>
        <source>Returned Packets</source>
        <translation>Returned Packets</translation>
    </message>
    <message>
        <source>Scoring packets (*.xlsx)</source>
        <translation>Scoring packets (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder of Returned Packets</source>
        <translation>Folder of Returned Packets</translation>
    </message>
    <message>
        <source>Importing the returned packets…</source>
        <translation>Importing the returned packets…</translation>
    </message>
    <message>
        <source>Packets imported: %1; refused: %2.</source>
        <translation>Packets imported: %1; refused: %2.</translation>
    </message>
    <message>
        <source>No backup could be taken first: %1</source>
        <translation>No backup could be taken first: %1</translation>
    </message>
    <message>
        <source>Refused (nothing of these was stored):</source>
        <translation>Refused (nothing of these was stored):</translation>
    </message>
    <message>
        <source>Not scoring packets, skipped:</source>
        <translation>Not scoring packets, skipped:</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Double-click or press Return on a row to edit those comparisons.</source>
        <translation>Double-click or press Return on a row to edit those comparisons.</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Experts used</source>
        <translation>Experts used</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>AIJ: the experts&apos; comparisons are combined (geometric mean), then weighted; AIP: each expert&apos;s weights are averaged.</source>
        <translation>AIJ: the experts&apos; comparisons are combined (geometric mean), then weighted; AIP: each expert&apos;s weights are averaged.</translation>
    </message>
    <message>
        <source>Experts whose comparisons are incomplete or whose CR is above the limit.</source>
        <translation>Experts whose comparisons are incomplete or whose CR is above the limit.</translation>
    </message>
    <message>
        <source>Include inconsistent experts in the group&apos;s &amp;weights</source>
        <translation>Include inconsistent experts in the group&apos;s &amp;weights</translation>
    </message>
    <message>
        <source>Normally an expert whose CR is above the limit is left out of the group&apos;s weights.</source>
        <translation>Normally an expert whose CR is above the limit is left out of the group&apos;s weights.</translation>
    </message>
    <message>
        <source>Edit C&amp;omparisons…</source>
        <translation>Edit C&amp;omparisons…</translation>
    </message>
    <message>
        <source>Opens an expert&apos;s pairwise comparisons as a matrix, with the weights and CR as you edit.</source>
        <translation>Opens an expert&apos;s pairwise comparisons as a matrix, with the weights and CR as you edit.</translation>
    </message>
    <message>
        <source>Each expert&apos;s comparisons:</source>
        <translation>Each expert&apos;s comparisons:</translation>
    </message>
    <message>
        <source>The group&apos;s weights:</source>
        <translation>The group&apos;s weights:</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <source>above %1: the comparison %2 vs %3 (now %4) breaks consistency most; %5 would bring CR to %6</source>
        <translation>above %1: the comparison %2 vs %3 (now %4) breaks consistency most; %5 would bring CR to %6</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>above %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The panel has converged only when every item&apos;s CV is at most this. </source>
        <translation>The panel has converged only when every item&apos;s CV is at most this. </translation>
    </message>
    <message>
        <source>Kendall&apos;s W must be significant at this level in every dimension. </source>
        <translation>Kendall&apos;s W must be significant at this level in every dimension. </translation>
    </message>
    <message>
        <source>Require &amp;W of at least</source>
        <translation>Require &amp;W of at least</translation>
    </message>
    <message>
        <source>Besides being significant, W must reach this value in every dimension.</source>
        <translation>Besides being significant, W must reach this value in every dimension.</translation>
    </message>
    <message>
        <source>AIJ — combine the experts&apos; comparisons</source>
        <translation>AIJ — combine the experts&apos; comparisons</translation>
    </message>
    <message>
        <source>AIP — average the experts&apos; weights</source>
        <translation>AIP — average the experts&apos; weights</translation>
    </message>
    <message>
        <source>AIJ (aggregation of individual judgments) for a panel that judges as one; AIP (aggregation of individual priorities) for experts who judge as separate individuals.</source>
        <translation>AIJ (aggregation of individual judgments) for a panel that judges as one; AIP (aggregation of individual priorities) for experts who judge as separate individuals.</translation>
    </message>
    <message>
        <source>An expert whose CR is above this is flagged and left out of the group&apos;s weights. </source>
        <translation>An expert whose CR is above this is flagged and left out of the group&apos;s weights. </translation>
    </message>
    <message>
        <source>When the panel has converged</source>
        <translation>When the panel has converged</translation>
    </message>
    <message>
        <source>Largest CV of an i&amp;tem:</source>
        <translation>Largest CV of an i&amp;tem:</translation>
    </message>
    <message>
        <source>Si&amp;gnificance of W:</source>
        <translation>Si&amp;gnificance of W:</translation>
    </message>
    <message>
        <source>AHP comparisons</source>
        <translation>AHP comparisons</translation>
    </message>
    <message>
        <source>Com&amp;bine by:</source>
        <translation>Com&amp;bine by:</translation>
    </message>
    <message>
        <source>Largest CR all&amp;owed:</source>
        <translation>Largest CR all&amp;owed:</translation>
    </message>
    <message>
        <source>Each change is saved at once; Edit › Undo takes it back.</source>
        <translation>Each change is saved at once; Edit › Undo takes it back.</translation>
    </message>
    <message>
        <source>expert %1</source>
        <translation>expert %1</translation>
    </message>
    <message>
        <source>The three dimensions</source>
        <translation>The three dimensions</translation>
    </message>
    <message>
        <source>%1: its indicators</source>
        <translation>%1: its indicators</translation>
    </message>
    <message>
        <source>Keep as Wei&amp;ght Set…</source>
        <translation>Keep as Wei&amp;ght Set…</translation>
    </message>
    <message>
        <source>Records the group&apos;s weights of the latest round as a weight set, which Scorecard › Weight Sets can put in force.</source>
        <translation>Records the group&apos;s weights of the latest round as a weight set, which Scorecard › Weight Sets can put in force.</translation>
    </message>
    <message>
        <source>Keep as Weight Set</source>
        <translation>Keep as Weight Set</translation>
    </message>
    <message>
        <source>Name of the new weight set:</source>
        <translation>Name of the new weight set:</translation>
    </message>
    <message>
        <source>AHP, round %1</source>
        <translation>AHP, round %1</translation>
    </message>
    <message>
        <source>Added the weight set “%1”: %2. Scorecard › Weight Sets… puts it in force.</source>
        <translation>Added the weight set “%1”: %2. Scorecard › Weight Sets… puts it in force.</translation>
    </message>
</context>
<context>
    <name>triangle::PanelRepository</name>
    <message>
        <source>Reading the database&apos;s identity</source>
        <translation>Reading the database&apos;s identity</translation>
    </message>
    <message>
        <source>The database has no identity; it was not made by Triangle Studio.</source>
        <translation>The database has no identity; it was not made by Triangle Studio.</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s settings</source>
        <translation>Reading the panel&apos;s settings</translation>
    </message>
    <message>
        <source>%1 is not a coefficient of variation above 0 and at most 5</source>
        <translation>%1 is not a coefficient of variation above 0 and at most 5</translation>
    </message>
    <message>
        <source>%1 is not a significance level between 0 and 1</source>
        <translation>%1 is not a significance level between 0 and 1</translation>
    </message>
    <message>
        <source>%1 is not a value of W from 0 to 1</source>
        <translation>%1 is not a value of W from 0 to 1</translation>
    </message>
    <message>
        <source>“%1” is neither “aij” nor “aip”</source>
        <translation>“%1” is neither “aij” nor “aip”</translation>
    </message>
    <message>
        <source>%1 is not a consistency ratio between 0 and 1</source>
        <translation>%1 is not a consistency ratio between 0 and 1</translation>
    </message>
    <message>
        <source>Panel settings</source>
        <translation>Panel settings</translation>
    </message>
    <message>
        <source>Saving the panel&apos;s settings</source>
        <translation>Saving the panel&apos;s settings</translation>
    </message>
    <message>
        <source>%1 is not a round from 1 to 20</source>
        <translation>%1 is not a round from 1 to 20</translation>
    </message>
    <message>
        <source>name at least one region</source>
        <translation>name at least one region</translation>
    </message>
    <message>
        <source>name each region once</source>
        <translation>name each region once</translation>
    </message>
    <message>
        <source>Scoring packet</source>
        <translation>Scoring packet</translation>
    </message>
    <message>
        <source>the database has no indicators to score</source>
        <translation>the database has no indicators to score</translation>
    </message>
    <message>
        <source>Recording the packet for %1</source>
        <translation>Recording the packet for %1</translation>
    </message>
    <message>
        <source>Recording the packet&apos;s regions</source>
        <translation>Recording the packet&apos;s regions</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s packets</source>
        <translation>Reading the panel&apos;s packets</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>The packet</translation>
    </message>
    <message>
        <source>The packet %1</source>
        <translation>The packet %1</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was written.</source>
        <translation>%1 was not imported: %2 Nothing was written.</translation>
    </message>
    <message>
        <source>it was made from another database (%1), not this one (%2).</source>
        <translation>it was made from another database (%1), not this one (%2).</translation>
    </message>
    <message>
        <source>its structure was altered: %1.</source>
        <translation>its structure was altered: %1.</translation>
    </message>
    <message>
        <source>Finding the packet</source>
        <translation>Finding the packet</translation>
    </message>
    <message>
        <source>this database has no record of making it (packet %1).</source>
        <translation>this database has no record of making it (packet %1).</translation>
    </message>
    <message>
        <source>its expert, round or stage is not the one the database made it for.</source>
        <translation>its expert, round or stage is not the one the database made it for.</translation>
    </message>
    <message>
        <source>its expert “%1” is no longer in the database.</source>
        <translation>its expert “%1” is no longer in the database.</translation>
    </message>
    <message>
        <source>Reading the packet&apos;s regions</source>
        <translation>Reading the packet&apos;s regions</translation>
    </message>
    <message>
        <source>row %1 (%2) is not an item of this packet</source>
        <translation>row %1 (%2) is not an item of this packet</translation>
    </message>
    <message>
        <source>row %1 (%2) repeats an item</source>
        <translation>row %1 (%2) repeats an item</translation>
    </message>
    <message>
        <source>it has %1 of the %2 rows the packet was made with</source>
        <translation>it has %1 of the %2 rows the packet was made with</translation>
    </message>
    <message>
        <source>comparison row %1 does not compare two dimensions</source>
        <translation>comparison row %1 does not compare two dimensions</translation>
    </message>
    <message>
        <source>comparison row %1 does not compare two indicators of one dimension</source>
        <translation>comparison row %1 does not compare two indicators of one dimension</translation>
    </message>
    <message>
        <source>Reading an earlier answer</source>
        <translation>Reading an earlier answer</translation>
    </message>
    <message>
        <source>Storing %1&apos;s answer in row %2</source>
        <translation>Storing %1&apos;s answer in row %2</translation>
    </message>
    <message>
        <source>Looking for a later round</source>
        <translation>Looking for a later round</translation>
    </message>
    <message>
        <source>Storing %1&apos;s indicator value in row %2</source>
        <translation>Storing %1&apos;s indicator value in row %2</translation>
    </message>
    <message>
        <source>Storing %1&apos;s comparison in row %2</source>
        <translation>Storing %1&apos;s comparison in row %2</translation>
    </message>
    <message>
        <source>Marking the packet returned</source>
        <translation>Marking the packet returned</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s rounds</source>
        <translation>Reading the panel&apos;s rounds</translation>
    </message>
    <message>
        <source>Reading the panel&apos;s answers</source>
        <translation>Reading the panel&apos;s answers</translation>
    </message>
    <message>
        <source>Reading the experts&apos; comparisons</source>
        <translation>Reading the experts&apos; comparisons</translation>
    </message>
    <message>
        <source>must name two different indicators or two different dimensions</source>
        <translation>must name two different indicators or two different dimensions</translation>
    </message>
    <message>
        <source>%1 is not on Saaty&apos;s scale (1/9 … 9)</source>
        <translation>%1 is not on Saaty&apos;s scale (1/9 … 9)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Saving a comparison</source>
        <translation>Saving a comparison</translation>
    </message>
    <message>
        <source>Removing a comparison</source>
        <translation>Removing a comparison</translation>
    </message>
    <message>
        <source>“%1” is not 32 hexadecimal digits</source>
        <translation>“%1” is not 32 hexadecimal digits</translation>
    </message>
    <message>
        <source>must say when the packet was made</source>
        <translation>must say when the packet was made</translation>
    </message>
    <message>
        <source>Recording the packet %1</source>
        <translation>Recording the packet %1</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 is not a score from 0 to 10 in steps of 0.1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Saving an answer</source>
        <translation>Saving an answer</translation>
    </message>
</context>
<context>
    <name>triangle::PanelStatistics</name>
    <message>
        <source>%1 of the %2 comparisons are given</source>
        <translation>%1 of the %2 comparisons are given</translation>
    </message>
    <message>
        <source>no expert compared these items</source>
        <translation>no expert compared these items</translation>
    </message>
    <message>
        <source>no expert&apos;s comparisons are complete and consistent enough</source>
        <translation>no expert&apos;s comparisons are complete and consistent enough</translation>
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
        <translation>the three dimensions</translation>
    </message>
    <message>
        <source>%1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5</source>
        <translation>%1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>%1, round %2: %3 experts, %4 answers</source>
        <translation>%1, round %2: %3 experts, %4 answers</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Max CV</source>
        <translation>Max CV</translation>
    </message>
    <message>
        <source>W for %1: %2</source>
        <translation>W for %1: %2</translation>
    </message>
    <message>
        <source>Stop rule (CV ≤ %1, W significant at %2%3): met.</source>
        <translation>Stop rule (CV ≤ %1, W significant at %2%3): met.</translation>
    </message>
    <message>
        <source>, W ≥ %1</source>
        <translation>, W ≥ %1</translation>
    </message>
    <message>
        <source>Stop rule (CV ≤ %1, W significant at %2%3): not met.</source>
        <translation>Stop rule (CV ≤ %1, W significant at %2%3): not met.</translation>
    </message>
    <message>
        <source>%1, round %2: items</source>
        <translation>%1, round %2: items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>%1, round %2: items whose CV is above %3</source>
        <translation>%1, round %2: items whose CV is above %3</translation>
    </message>
    <message>
        <source>Every item&apos;s CV is within the limit.</source>
        <translation>Every item&apos;s CV is within the limit.</translation>
    </message>
    <message>
        <source>Consistency of the experts&apos; comparisons (CR limit %1)</source>
        <translation>Consistency of the experts&apos; comparisons (CR limit %1)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>To repair</source>
        <translation>To repair</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Round %1, %2: the group&apos;s weights (%3)</source>
        <translation>Round %1, %2: the group&apos;s weights (%3)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Experts used: %1.</source>
        <translation>Experts used: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Left out (comparisons incomplete or CR above the limit): %1.</source>
        <translation>Left out (comparisons incomplete or CR above the limit): %1.</translation>
    </message>
    <message>
        <source>CR of the aggregated judgments: %1.</source>
        <translation>CR of the aggregated judgments: %1.</translation>
    </message>
</context>
<context>
    <name>triangle::PolicyRepository</name>
    <message>
        <source>Reading policies</source>
        <translation>Reading policies</translation>
    </message>
    <message>
        <source>Reading a policy</source>
        <translation>Reading a policy</translation>
    </message>
    <message>
        <source>There is no policy with id %1 in the database.</source>
        <translation>There is no policy with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no policy with uid “%1” in the database.</source>
        <translation>There is no policy with uid “%1” in the database.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <source>Adding policy %1</source>
        <translation>Adding policy %1</translation>
    </message>
    <message>
        <source>Saving policy %1</source>
        <translation>Saving policy %1</translation>
    </message>
    <message>
        <source>Deleting a policy</source>
        <translation>Deleting a policy</translation>
    </message>
</context>
<context>
    <name>triangle::Provenance</name>
    <message>
        <source>Triangle Studio %1 · %2 · data %3</source>
        <comment>the app&apos;s version, the findings rules&apos; version, the data&apos;s fingerprint</comment>
        <translation>Triangle Studio %1 · %2 · data %3</translation>
    </message>
</context>
<context>
    <name>triangle::RaterAgreement</name>
    <message>
        <source>Agreement needs at least two raters scoring the same item; no item has two scores.</source>
        <translation>Agreement needs at least two raters scoring the same item; no item has two scores.</translation>
    </message>
    <message>
        <source>Every score is the same, so agreement cannot be told apart from chance.</source>
        <translation>Every score is the same, so agreement cannot be told apart from chance.</translation>
    </message>
</context>
<context>
    <name>triangle::RaterDialog</name>
    <message>
        <source>Add Rater</source>
        <translation>Add Rater</translation>
    </message>
    <message>
        <source>Edit Rater</source>
        <translation>Edit Rater</translation>
    </message>
    <message>
        <source>A stable identifier for data files: letters, digits, dot, dash and underscore.</source>
        <translation>A stable identifier for data files: letters, digits, dot, dash and underscore.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>e.g. public administration</source>
        <translation>e.g. public administration</translation>
    </message>
    <message>
        <source>The expert&apos;s field, as a panel&apos;s report lists its members.</source>
        <translation>The expert&apos;s field, as a panel&apos;s report lists its members.</translation>
    </message>
    <message>
        <source>Fiel&amp;d:</source>
        <translation>Fiel&amp;d:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Years of experience in the field, 0–80.</source>
        <translation>Years of experience in the field, 0–80.</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>&amp;Years of experience:</translation>
    </message>
    <message>
        <source>The language this expert&apos;s scoring packets are written in.</source>
        <translation>The language this expert&apos;s scoring packets are written in.</translation>
    </message>
    <message>
        <source>Packet &amp;language:</source>
        <translation>Packet &amp;language:</translation>
    </message>
</context>
<context>
    <name>triangle::RaterRepository</name>
    <message>
        <source>Reading raters</source>
        <translation>Reading raters</translation>
    </message>
    <message>
        <source>Reading a rater</source>
        <translation>Reading a rater</translation>
    </message>
    <message>
        <source>There is no rater with id %1 in the database.</source>
        <translation>There is no rater with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no rater “%1” in the database.</source>
        <translation>There is no rater “%1” in the database.</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Adding the rater “%1”</source>
        <translation>Adding the rater “%1”</translation>
    </message>
    <message>
        <source>Saving the rater “%1”</source>
        <translation>Saving the rater “%1”</translation>
    </message>
    <message>
        <source>Deleting a rater</source>
        <translation>Deleting a rater</translation>
    </message>
    <message>
        <source>Reading the rater aggregate</source>
        <translation>Reading the rater aggregate</translation>
    </message>
    <message>
        <source>Saving the rater aggregate</source>
        <translation>Saving the rater aggregate</translation>
    </message>
</context>
<context>
    <name>triangle::RecordDialog</name>
    <message>
        <source>Add Policy</source>
        <translation>Add Policy</translation>
    </message>
    <message>
        <source>Edit Policy</source>
        <translation>Edit Policy</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Add Milestone</translation>
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation>Edit Milestone</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>&amp;Region code:</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Chinese &amp;title:</source>
        <translation>Chinese &amp;title:</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>&amp;English title:</translation>
    </message>
    <message>
        <source>Bears on:</source>
        <translation>Bears on:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>optional, e.g. 283</source>
        <translation>optional, e.g. 283</translation>
    </message>
    <message>
        <source>e.g. 项, m², records</source>
        <translation>e.g. 项, m², records</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>no region has the code “%1”</source>
        <translation>no region has the code “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>a unit needs a quantity</source>
        <translation>a unit needs a quantity</translation>
    </message>
    <message>
        <source>The source gives no date: placed from &amp;context</source>
        <translation>The source gives no date: placed from &amp;context</translation>
    </message>
    <message>
        <source>The dated-evidence reading of the findings is also made without such dates.</source>
        <translation>The dated-evidence reading of the findings is also made without such dates.</translation>
    </message>
    <message>
        <source>shared equally among the dimensions it bears on</source>
        <translation>shared equally among the dimensions it bears on</translation>
    </message>
    <message>
        <source>In the findings&apos; dated-evidence reading a record counts once: for this dimension, or shared equally among those it bears on.</source>
        <translation>In the findings&apos; dated-evidence reading a record counts once: for this dimension, or shared equally among those it bears on.</translation>
    </message>
    <message>
        <source>Counts f&amp;or:</source>
        <translation>Counts f&amp;or:</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinkDialog</name>
    <message>
        <source>Add Link</source>
        <translation>Add Link</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Edit Link</translation>
    </message>
    <message>
        <source>The sentence of the source that says so, as written</source>
        <translation>The sentence of the source that says so, as written</translation>
    </message>
    <message>
        <source>e.g. §3.2, p. 7</source>
        <translation>e.g. §3.2, p. 7</translation>
    </message>
    <message>
        <source>This record:</source>
        <translation>This record:</translation>
    </message>
    <message>
        <source>&amp;Drove:</source>
        <translation>&amp;Drove:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Quote:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>choose the record this one drove</source>
        <translation>choose the record this one drove</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinkRepository</name>
    <message>
        <source>Reading causal links</source>
        <translation>Reading causal links</translation>
    </message>
    <message>
        <source>There is no causal link with id %1 in the database.</source>
        <translation>There is no causal link with id %1 in the database.</translation>
    </message>
    <message>
        <source>Causal link</source>
        <translation>Causal link</translation>
    </message>
    <message>
        <source>there is no policy with id %1</source>
        <translation>there is no policy with id %1</translation>
    </message>
    <message>
        <source>there is no milestone with id %1</source>
        <translation>there is no milestone with id %1</translation>
    </message>
    <message>
        <source>must be a record of the same region</source>
        <translation>must be a record of the same region</translation>
    </message>
    <message>
        <source>These two records are already linked.</source>
        <translation>These two records are already linked.</translation>
    </message>
    <message>
        <source>is already linked from this record</source>
        <translation>is already linked from this record</translation>
    </message>
    <message>
        <source>Adding a causal link</source>
        <translation>Adding a causal link</translation>
    </message>
    <message>
        <source>Saving a causal link</source>
        <translation>Saving a causal link</translation>
    </message>
    <message>
        <source>Deleting a causal link</source>
        <translation>Deleting a causal link</translation>
    </message>
</context>
<context>
    <name>triangle::RecordLinksDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Causal Links</source>
        <translation>Causal Links</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Date check</source>
        <translation>Date check</translation>
    </message>
    <message>
        <source>&amp;Add Link: This Drove…</source>
        <translation>&amp;Add Link: This Drove…</translation>
    </message>
    <message>
        <source>A link records that the source says one record drove another. The check says only whether the dates allow it: the driven record must come after.</source>
        <translation>A link records that the source says one record drove another. The check says only whether the dates allow it: the driven record must come after.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
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
        <translation>No region %1 in the database.</translation>
    </message>
    <message>
        <source>No stage %1 in the database.</source>
        <translation>No stage %1 in the database.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence link(s)</source>
        <translation>
            <numerusform>%n evidence link</numerusform>
            <numerusform>%n evidence links</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No indicator value %1 in the database.</source>
        <translation>No indicator value %1 in the database.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n rater</numerusform>
            <numerusform>%n raters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n indicator value</numerusform>
            <numerusform>%n indicator values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator evidence link(s)</source>
        <translation>
            <numerusform>%n indicator evidence link</numerusform>
            <numerusform>%n indicator evidence links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n causal link(s)</source>
        <translation>
            <numerusform>%n causal link</numerusform>
            <numerusform>%n causal links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::RecordsPanel</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>This region</translation>
    </message>
    <message>
        <source>This region and national</source>
        <translation>This region and national</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Any dimension</source>
        <translation>Any dimension</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Search titles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Add Policy…</source>
        <translation>&amp;Add Policy…</translation>
    </message>
    <message>
        <source>&amp;Add Milestone…</source>
        <translation>&amp;Add Milestone…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy(ies)?</source>
        <translation>
            <numerusform>Delete %n policy?</numerusform>
            <numerusform>Delete %n policies?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n milestone(s)?</source>
        <translation>
            <numerusform>Delete %n milestone?</numerusform>
            <numerusform>Delete %n milestones?</numerusform>
        </translation>
    </message>
    <message>
        <source>This also removes %1 that cite them as support for scores.</source>
        <translation>This also removes %1 that cite them as support for scores.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Lin&amp;ks…</source>
        <translation>Lin&amp;ks…</translation>
    </message>
    <message>
        <source>The causal links from and to this record: which record it drove, in the source&apos;s words</source>
        <translation>The causal links from and to this record: which record it drove, in the source&apos;s words</translation>
    </message>
    <message>
        <source>Add Link: This Drove…</source>
        <translation>Add Link: This Drove…</translation>
    </message>
    <message>
        <source>Causal Links of This Record…</source>
        <translation>Causal Links of This Record…</translation>
    </message>
    <message numerus="yes">
        <source>It also removes the %n causal link(s) from or to them.</source>
        <translation>
            <numerusform>It also removes the %n causal link from or to them.</numerusform>
            <numerusform>It also removes the %n causal links from or to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::RegionForm</name>
    <message>
        <source>six digits, e.g. 330000</source>
        <translation>six digits, e.g. 330000</translation>
    </message>
    <message>
        <source>code of the region above</source>
        <translation>code of the region above</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>Chinese &amp;name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>no region has the code %1</source>
        <translation>no region has the code %1</translation>
    </message>
    <message>
        <source>Shown beside every verdict on this region&apos;s data: an illustrative region&apos;s findings show what a reading of a narrative gives, not an observation.</source>
        <translation>Shown beside every verdict on this region&apos;s data: an illustrative region&apos;s findings show what a reading of a narrative gives, not an observation.</translation>
    </message>
    <message>
        <source>&amp;Data basis:</source>
        <translation>&amp;Data basis:</translation>
    </message>
</context>
<context>
    <name>triangle::RegionRepository</name>
    <message>
        <source>Reading regions</source>
        <translation>Reading regions</translation>
    </message>
    <message>
        <source>Reading a region</source>
        <translation>Reading a region</translation>
    </message>
    <message>
        <source>There is no region with id %1 in the database.</source>
        <translation>There is no region with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no region with code %1 in the database.</source>
        <translation>There is no region with code %1 in the database.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Adding region %1</source>
        <translation>Adding region %1</translation>
    </message>
    <message>
        <source>Saving region %1</source>
        <translation>Saving region %1</translation>
    </message>
    <message>
        <source>A region with code %1 already exists (%2).</source>
        <translation>A region with code %1 already exists (%2).</translation>
    </message>
    <message>
        <source>is already used by %1</source>
        <translation>is already used by %1</translation>
    </message>
    <message>
        <source>Deleting a region</source>
        <translation>Deleting a region</translation>
    </message>
    <message>
        <source>Region %1 (%2) belongs to region %3, which is not in the database.</source>
        <translation>Region %1 (%2) belongs to region %3, which is not in the database.</translation>
    </message>
</context>
<context>
    <name>triangle::RegionTreeModel</name>
    <message numerus="yes">
        <source>Assessed at %n stage(s)</source>
        <translation>
            <numerusform>Assessed at %n stage</numerusform>
            <numerusform>Assessed at %n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::ReportAgreement</name>
    <message>
        <source>not computable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>no interval</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Agreement between raters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Agreement between raters&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>How far the raters agree on these regions&apos; indicator scores, stage by stage (1 is perfect agreement, 0 no better than chance).</source>
        <translation>How far the raters agree on these regions&apos; indicator scores, stage by stage (1 is perfect agreement, 0 no better than chance).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>triangle::ReportArgument</name>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>derived, but no indicator values</source>
        <translation>derived, but no indicator values</translation>
    </message>
    <message numerus="yes">
        <source>derived from %n indicator(s)</source>
        <translation>
            <numerusform>derived from %n indicator</numerusform>
            <numerusform>derived from %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Raters:&lt;/b&gt; %1; range %2–%3, SD %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Raters:&lt;/b&gt; %1; range %2–%3, SD %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; none linked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt; none linked.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidence:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, issued by %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The argument for each score&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;The argument for each score&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Source: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1: %2&lt;/b&gt;, %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1: %2&lt;/b&gt;, %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>derived from %1 of %n indicator(s)</source>
        <translation>
            <numerusform>derived from %1 of %n indicator</numerusform>
            <numerusform>derived from %1 of %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>not scored: it does not count in the dimension&apos;s score</source>
        <translation>not scored: it does not count in the dimension&apos;s score</translation>
    </message>
</context>
<context>
    <name>triangle::ReportCausalLinks</name>
    <message>
        <source>&lt;h3&gt;Causal links&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Causal links&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The links the source asserts between this region&apos;s records, along their chains. The record pulled must come after the one that pulled it: %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The links the source asserts between this region&apos;s records, along their chains. The record pulled must come after the one that pulled it: %1 after, %2 cannot tell, %3 contradict the dates.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Link and check</source>
        <translation>Link and check</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>triangle::ReportData</name>
    <message>
        <source>Choose at least one region for the report.</source>
        <translation>Choose at least one region for the report.</translation>
    </message>
</context>
<context>
    <name>triangle::ReportDialog</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit (Word, WPS, LibreOffice)</source>
        <translation>OpenDocument text, to edit (Word, WPS, LibreOffice)</translation>
    </message>
    <message>
        <source>Word document (converted by LibreOffice)</source>
        <translation>Word document (converted by LibreOffice)</translation>
    </message>
    <message>
        <source>&amp;Write Report…</source>
        <translation>&amp;Write Report…</translation>
    </message>
    <message>
        <source>Regions, each with a page of its own in this order:</source>
        <translation>Regions, each with a page of its own in this order:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose regions below, or a saved set…</source>
        <translation>Choose regions below, or a saved set…</translation>
    </message>
</context>
<context>
    <name>triangle::ReportFindings</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Rules:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Rules:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Findings&lt;/h2&gt;&lt;p&gt;The article&apos;s three claims tested on each region&apos;s data: every score rises or holds from stage to stage (continuous evolution); the dimension that leads at the advantage stage gained most first and the others gain more than it afterwards, and its dated policies and milestones reach half their total first (advantage traction, two readings); the triangle is balanced, then led by one dimension at the advantage stage, then balanced again (dynamic balance). Verdicts by %1 (docs/method.md).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Findings&lt;/h2&gt;&lt;p&gt;The article&apos;s three claims tested on each region&apos;s data: every score rises or holds from stage to stage (continuous evolution); the dimension that leads at the advantage stage gained most first and the others gain more than it afterwards, and its dated policies and milestones reach half their total first (advantage traction, two readings); the triangle is balanced, then led by one dimension at the advantage stage, then balanced again (dynamic balance). Verdicts by %1 (docs/method.md).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Beneath each verdict: what the region&apos;s data rest on (observed, or illustrative: built from a narrative, not measured) and how often the verdict holds when it is tested again under %1 draws of the indicator weights around the chosen ones (Dirichlet, κ = %2, seed %3) and as many resamples of the raters where there are several. A planned verdict gives what the plan&apos;s values would give.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Beneath each verdict: what the region&apos;s data rest on (observed, or illustrative: built from a narrative, not measured) and how often the verdict holds when it is tested again under %1 draws of the indicator weights around the chosen ones (Dirichlet, κ = %2, seed %3) and as many resamples of the raters where there are several. A planned verdict gives what the plan&apos;s values would give.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt; (%1 data): %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt; (%1 data): %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under uncertainty: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Under uncertainty: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation>%1, %2 %3: %4</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under other thresholds: every verdict holds over every value tried of the form classifier&apos;s four constants.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Under other thresholds: every verdict holds over every value tried of the form classifier&apos;s four constants.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Under other thresholds (each constant tried over a range, the others held; the rest hold over every value tried): %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Under other thresholds (each constant tried over a range, the others held; the rest hold over every value tried): %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportGroups</name>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Defined by: %1&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Defined by: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the members assessed at the stage; in brackets the lowest and highest member score.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the members assessed at the stage; in brackets the lowest and highest member score.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;No member is assessed at any stage.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The group&apos;s triangle&lt;/h3&gt;&lt;p&gt;No member is assessed at any stage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Members&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Members&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1, roll-up</source>
        <translation>%1, roll-up</translation>
    </message>
    <message>
        <source>%1, own</source>
        <translation>%1, own</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roll-up from sub-regions&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the sub-regions assessed at the stage, in brackets their lowest and highest score; the region&apos;s own triangle beneath where it is assessed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roll-up from sub-regions&lt;/h3&gt;&lt;p&gt;Per dimension the %1 of the sub-regions assessed at the stage, in brackets their lowest and highest score; the region&apos;s own triangle beneath where it is assessed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>triangle::ReportPanel</name>
    <message>
        <source>&lt;h2&gt;Expert panel&lt;/h2&gt;&lt;p&gt;Experts scored each region&apos;s indicators in scoring packets, round by round (Delphi). For each round: Kendall&apos;s W says how far the experts rank the items of a dimension alike (0 none, 1 complete; corrected for ties), with its chi-square test; Krippendorff&apos;s α (interval) how far their scores agree, with a 95 % bootstrap interval; the coefficient of variation (standard deviation n − 1 over the mean) how widely each item&apos;s scores spread. The stop rule is the analyst&apos;s. Each expert&apos;s pairwise comparisons give weights by the principal eigenvector (Saaty&apos;s AHP); a consistency ratio above the limit is flagged, with the comparison that breaks it most, and the group&apos;s weights leave such experts out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Expert panel&lt;/h2&gt;&lt;p&gt;Experts scored each region&apos;s indicators in scoring packets, round by round (Delphi). For each round: Kendall&apos;s W says how far the experts rank the items of a dimension alike (0 none, 1 complete; corrected for ties), with its chi-square test; Krippendorff&apos;s α (interval) how far their scores agree, with a 95 % bootstrap interval; the coefficient of variation (standard deviation n − 1 over the mean) how widely each item&apos;s scores spread. The stop rule is the analyst&apos;s. Each expert&apos;s pairwise comparisons give weights by the principal eigenvector (Saaty&apos;s AHP); a consistency ratio above the limit is flagged, with the comparison that breaks it most, and the group&apos;s weights leave such experts out.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportScorecard</name>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>derived, but no indicator values</source>
        <translation>derived, but no indicator values</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s)</source>
        <translation>
            <numerusform>%1 of %n indicator</numerusform>
            <numerusform>%1 of %n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>derived: %1, %2</source>
        <translation>derived: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n rater</numerusform>
            <numerusform>%n raters</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>range %1–%2, SD %3</source>
        <translation>range %1–%2, SD %3</translation>
    </message>
    <message>
        <source>all three derived: from %1 indicators, %2</source>
        <translation>all three derived: from %1 indicators, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scores from indicators&lt;/h3&gt;&lt;p&gt;A dimension&apos;s score may be derived from its indicators (this database has %1 and %2). Each rater&apos;s score for the dimension is the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of the indicator scores sᵢ that rater gave, the weights wᵢ normalised within the dimension over the indicators rated. The raters&apos; scores are then combined by their %3, as this database is set, and the result is shown rounded to 0.1. Where several raters scored a dimension, a region&apos;s page gives the lowest and highest of their scores and their standard deviation (n − 1), and the diagrams draw that range as a band along the axis. A score typed by hand is marked “set by hand”: indicators do not change it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scores from indicators&lt;/h3&gt;&lt;p&gt;A dimension&apos;s score may be derived from its indicators (this database has %1 and %2). Each rater&apos;s score for the dimension is the weighted mean Σ wᵢ·sᵢ / Σ wᵢ of the indicator scores sᵢ that rater gave, the weights wᵢ normalised within the dimension over the indicators rated. The raters&apos; scores are then combined by their %3, as this database is set, and the result is shown rounded to 0.1. Where several raters scored a dimension, a region&apos;s page gives the lowest and highest of their scores and their standard deviation (n − 1), and the diagrams draw that range as a band along the axis. A score typed by hand is marked “set by hand”: indicators do not change it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The last page shows how far each region&apos;s leading dimension, form and rank depend on the indicator weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The last page shows how far each region&apos;s leading dimension, form and rank depend on the indicator weights.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the scores were set&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;How the scores were set&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; %1 · &lt;b&gt;draws:&lt;/b&gt; %2 · &lt;b&gt;concentration κ:&lt;/b&gt; %3 · &lt;b&gt;seed:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;How far each region&apos;s leading dimension, form and rank depend on the indicator weights. In each draw the weights of every dimension&apos;s indicators are drawn at random around the stored weights w, from the Dirichlet distribution Dirichlet(κ·w) (a larger κ keeps the draws closer to w; the seed makes the run repeatable). The dimension scores are derived again with the drawn weights, and the leading dimension, the form and the rank (by triangle area among the regions below, 1 the largest, with its range over the draws) are read again. A change is the share of draws whose reading differs from the one with the stored weights. A dimension set by hand keeps its score.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Stage:&lt;/b&gt; %1 · &lt;b&gt;draws:&lt;/b&gt; %2 · &lt;b&gt;concentration κ:&lt;/b&gt; %3 · &lt;b&gt;seed:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;How far each region&apos;s leading dimension, form and rank depend on the indicator weights. In each draw the weights of every dimension&apos;s indicators are drawn at random around the stored weights w, from the Dirichlet distribution Dirichlet(κ·w) (a larger κ keeps the draws closer to w; the seed makes the run repeatable). The dimension scores are derived again with the drawn weights, and the leading dimension, the form and the rank (by triangle area among the regions below, 1 the largest, with its range over the draws) are read again. A change is the share of draws whose reading differs from the one with the stored weights. A dimension set by hand keeps its score.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Shared lead</source>
        <translation>Shared lead</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Leader changes</source>
        <translation>Leader changes</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form changes</source>
        <translation>Form changes</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>Rank (range)</translation>
    </message>
    <message>
        <source>Rank changes</source>
        <translation>Rank changes</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Which dimension leads, over the draws&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Which dimension leads, over the draws&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None of the report&apos;s regions is assessed at this stage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;None of the report&apos;s regions is assessed at this stage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Every score set by hand, so the weights do not apply: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Every score set by hand, so the weights do not apply: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;note&apos;&gt;Not assessed at this stage: %1.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;note&apos;&gt;Not assessed at this stage: %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>triangle::ReportWriter</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Strategic triangle report</source>
        <translation>Strategic triangle report</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Policy: %1</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>Milestone: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Policies and milestones&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Policies and milestones&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;None recorded.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Comparison&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comparison&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p class=&apos;note&apos;&gt;… and %n more, not shown here.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p class=&apos;note&apos;&gt;… and %n more, not shown here.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p class=&apos;note&apos;&gt;… and %n more, not shown here.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Area ratio</source>
        <translation>Area ratio</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Strategic triangle report&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p class=&apos;note&apos;&gt;%2 · %3&lt;/p&gt;&lt;p&gt;Scores of mission, political and operational management at each stage, what they show, how they were set, the policies and milestones behind them, and how far the readings depend on the indicator weights.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Strategic triangle report&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p class=&apos;note&apos;&gt;%2 · %3&lt;/p&gt;&lt;p&gt;Scores of mission, political and operational management at each stage, what they show, how they were set, the policies and milestones behind them, and how far the readings depend on the indicator weights.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Method&lt;/h2&gt;&lt;p&gt;Each region is scored from 0 to 10 (in steps of 0.1) on each dimension at each stage. The three axes of a diagram leave the centre 120° apart, mission at the top.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Area = (√3/4)·(m·p + p·o + o·m); the largest possible is %1.&lt;/li&gt;&lt;li&gt;Balance = lowest score / highest score: 1 for an equilateral triangle. The area ratio (m·p + p·o + o·m) / (3·mean²) is shown beside it.&lt;/li&gt;&lt;li&gt;Leading dimension: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;Form: balanced when the balance is %5 or more or all scores lie within %3, high from a mean of %4. Otherwise, with the scores sorted top, middle, bottom: advantage-led by the top dimension when its lead over the middle is more than %2 and at least the middle&apos;s lead over the bottom; else lagging, by the bottom dimension.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sources: each assessment names where its scores come from; the scores shipped with Triangle Studio are an analyst&apos;s reading of Zhang Fan&apos;s article, not measured data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Method&lt;/h2&gt;&lt;p&gt;Each region is scored from 0 to 10 (in steps of 0.1) on each dimension at each stage. The three axes of a diagram leave the centre 120° apart, mission at the top.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Area = (√3/4)·(m·p + p·o + o·m); the largest possible is %1.&lt;/li&gt;&lt;li&gt;Balance = lowest score / highest score: 1 for an equilateral triangle. The area ratio (m·p + p·o + o·m) / (3·mean²) is shown beside it.&lt;/li&gt;&lt;li&gt;Leading dimension: the highest score; scores within %2 of it share the lead.&lt;/li&gt;&lt;li&gt;Form: balanced when the balance is %5 or more or all scores lie within %3, high from a mean of %4. Otherwise, with the scores sorted top, middle, bottom: advantage-led by the top dimension when its lead over the middle is more than %2 and at least the middle&apos;s lead over the bottom; else lagging, by the bottom dimension.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sources: each assessment names where its scores come from; the scores shipped with Triangle Studio are an analyst&apos;s reading of Zhang Fan&apos;s article, not measured data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;There is no stage.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Weight sensitivity&lt;/h2&gt;&lt;p&gt;There is no stage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stage, then its evidence coverage</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>triangle::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Triangle Studio keeps a snapshot of “%1” from the first time it is opened each day. A snapshot is restored as a new file; the open database is not changed.</source>
        <translation>Triangle Studio keeps a snapshot of “%1” from the first time it is opened each day. A snapshot is restored as a new file; the open database is not changed.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation> snapshots</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Kept in:</translation>
    </message>
    <message>
        <source>&amp;Restore as New File…</source>
        <translation>&amp;Restore as New File…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <source>Restore as New File</source>
        <translation>Restore as New File</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
</context>
<context>
    <name>triangle::ScoreSync</name>
    <message>
        <source>Finding derived scores</source>
        <translation>Finding derived scores</translation>
    </message>
    <message>
        <source>Updating derived scores</source>
        <translation>Updating derived scores</translation>
    </message>
</context>
<context>
    <name>triangle::ScorecardModel</name>
    <message>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>between anchors</source>
        <translation>between anchors</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>Rubric level</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n indicator(s) scored)</source>
        <translation>
            <numerusform>%1: %2 (%n indicator scored)</numerusform>
            <numerusform>%1: %2 (%n indicators scored)</numerusform>
        </translation>
    </message>
    <message>
        <source>no assessment at this stage</source>
        <translation>no assessment at this stage</translation>
    </message>
    <message>
        <source>score derived: %1</source>
        <translation>score derived: %1</translation>
    </message>
    <message>
        <source>score set by hand: %1</source>
        <translation>score set by hand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n raters: %1 (range %2–%3, SD %4)</source>
        <translation>
            <numerusform>%n rater: %1 (range %2–%3, SD %4)</numerusform>
            <numerusform>%n raters: %1 (range %2–%3, SD %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>one rater</source>
        <translation>one rater</translation>
    </message>
    <message>
        <source>no indicator scored</source>
        <translation>no indicator scored</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;How it is observed:&lt;/i&gt; %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;How it is observed:&lt;/i&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>not scored yet</translation>
    </message>
    <message numerus="yes">
        <source>one rater; %1 of %n indicator(s) scored</source>
        <translation>
            <numerusform>one rater; %1 of %n indicator scored</numerusform>
            <numerusform>one rater; %1 of %n indicators scored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::ScorecardPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;Link Evidence…</source>
        <translation>&amp;Link Evidence…</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>U&amp;nlink</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Rater:</source>
        <translation>&amp;Rater:</translation>
    </message>
    <message>
        <source>Add Ra&amp;ter…</source>
        <translation>Add Ra&amp;ter…</translation>
    </message>
    <message>
        <source>Mean of raters</source>
        <translation>Mean of raters</translation>
    </message>
    <message>
        <source>Median of raters</source>
        <translation>Median of raters</translation>
    </message>
    <message>
        <source>How several raters&apos; derived scores are combined into the score in force. The database remembers the choice.</source>
        <translation>How several raters&apos; derived scores are combined into the score in force. The database remembers the choice.</translation>
    </message>
    <message>
        <source>&amp;Indicator Set…</source>
        <translation>&amp;Indicator Set…</translation>
    </message>
    <message>
        <source>Clear Score</source>
        <translation>Clear Score</translation>
    </message>
    <message>
        <source>Scores in force</source>
        <translation>Scores in force</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>Derive the %1 score from its indicators; unchecked, the score is the one typed by hand.</source>
        <translation>Derive the %1 score from its indicators; unchecked, the score is the one typed by hand.</translation>
    </message>
    <message>
        <source>Derive From Indicators</source>
        <translation>Derive From Indicators</translation>
    </message>
    <message>
        <source>No indicator of %1 has a score at this stage yet: score one first.</source>
        <translation>No indicator of %1 has a score at this stage yet: score one first.</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator score</source>
        <translation>Evidence for the selected indicator score</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no assessment at this stage: add one on the Assessments tab</source>
        <translation>no assessment at this stage: add one on the Assessments tab</translation>
    </message>
    <message>
        <source>score %1, derived from its indicators</source>
        <translation>score %1, derived from its indicators</translation>
    </message>
    <message>
        <source>score %1, set by hand</source>
        <translation>score %1, set by hand</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n raters: range %2–%3, SD %4</source>
        <translation>
            <numerusform>%1 of %n rater: range %2–%3, SD %4</numerusform>
            <numerusform>%1 of %n raters: range %2–%3, SD %4</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>one rater</source>
        <translation>one rater</translation>
    </message>
    <message>
        <source>the indicators give %1 (%2)</source>
        <translation>the indicators give %1 (%2)</translation>
    </message>
    <message>
        <source>no indicator scored</source>
        <translation>no indicator scored</translation>
    </message>
    <message>
        <source>Agreement between raters (Krippendorff&apos;s α, interval) at this stage:</source>
        <translation>Agreement between raters (Krippendorff&apos;s α, interval) at this stage:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not computable (%2)</source>
        <translation>%1 not computable (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(over %n region(s) with indicator scores).</source>
        <translation>
            <numerusform>(over %n region with indicator scores).</numerusform>
            <numerusform>(over %n regions with indicator scores).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a scored indicator to see and link its evidence.</source>
        <translation>Select a scored indicator to see and link its evidence.</translation>
    </message>
    <message>
        <source>Delete the rater “%1”?</source>
        <translation>Delete the rater “%1”?</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>This also deletes %1.</translation>
    </message>
    <message>
        <source>Delete Rater</source>
        <translation>Delete Rater</translation>
    </message>
    <message>
        <source>Link Evidence to an Indicator Score</source>
        <translation>Link Evidence to an Indicator Score</translation>
    </message>
    <message>
        <source>Policies and milestones bearing on %1:</source>
        <translation>Policies and milestones bearing on %1:</translation>
    </message>
    <message numerus="yes">
        <source>Link %n piece(s) of evidence</source>
        <translation>
            <numerusform>Link %n piece of evidence</numerusform>
            <numerusform>Link %n pieces of evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>not computable (%1)</source>
        <translation>not computable (%1)</translation>
    </message>
    <message>
        <source>not scored yet: scoring an indicator of it derives the score</source>
        <translation>not scored yet: scoring an indicator of it derives the score</translation>
    </message>
    <message>
        <source>&amp;Weight Sets…</source>
        <translation>&amp;Weight Sets…</translation>
    </message>
    <message>
        <source>Weight sets side by side: the analyst&apos;s, the experts&apos;, and those from the data; put one in force or compare the regions under several.</source>
        <translation>Weight sets side by side: the analyst&apos;s, the experts&apos;, and those from the data; put one in force or compare the regions under several.</translation>
    </message>
</context>
<context>
    <name>triangle::ScoringPacketReader</name>
    <message>
        <source>the score %1 lies outside 0–10</source>
        <translation>the score %1 lies outside 0–10</translation>
    </message>
    <message>
        <source>the score %1 is not on the 0.1 grid: give at most one decimal</source>
        <translation>the score %1 is not on the 0.1 grid: give at most one decimal</translation>
    </message>
    <message>
        <source>the hidden packet sheet has lost its key “%1”</source>
        <translation>the hidden packet sheet has lost its key “%1”</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing: it was renamed or deleted</source>
        <translation>the sheet “%1” is missing: it was renamed or deleted</translation>
    </message>
    <message>
        <source>sheet “%1” has lost its hidden row of column keys (row %2)</source>
        <translation>sheet “%1” has lost its hidden row of column keys (row %2)</translation>
    </message>
    <message>
        <source>sheet “%1”: its columns were changed (hidden row %2 lacks or repeats the keys %3)</source>
        <translation>sheet “%1”: its columns were changed (hidden row %2 lacks or repeats the keys %3)</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 belongs to another packet</source>
        <translation>sheet “%1”, row %2 belongs to another packet</translation>
    </message>
    <message>
        <source>its sheet “%1” cannot be read: %2</source>
        <translation>its sheet “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>sheet “%1” has more than %2 rows more than the packet&apos;s</source>
        <translation>sheet “%1” has more than %2 rows more than the packet&apos;s</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 has no hidden keys: a row was added, or its keys deleted</source>
        <translation>sheet “%1”, row %2 has no hidden keys: a row was added, or its keys deleted</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: its hidden keys were changed</source>
        <translation>sheet “%1”, row %2: its hidden keys were changed</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 repeats row %3 (%4, %5)</source>
        <translation>sheet “%1”, row %2 repeats row %3 (%4, %5)</translation>
    </message>
    <message>
        <source>the score “%1” is not a number</source>
        <translation>the score “%1” is not a number</translation>
    </message>
    <message>
        <source>the anchor “%1” does not begin with its score</source>
        <translation>the anchor “%1” does not begin with its score</translation>
    </message>
    <message>
        <source>sheet “%1” has %2 rows of items where the packet has %3: rows were added or deleted</source>
        <translation>sheet “%1” has %2 rows of items where the packet has %3: rows were added or deleted</translation>
    </message>
    <message>
        <source>the hidden packet sheet has lost the name of the comparisons sheet</source>
        <translation>the hidden packet sheet has lost the name of the comparisons sheet</translation>
    </message>
    <message>
        <source>“%1” is not on Saaty&apos;s scale (9 … 2, 1, 1/2 … 1/9)</source>
        <translation>“%1” is not on Saaty&apos;s scale (9 … 2, 1, 1/2 … 1/9)</translation>
    </message>
    <message>
        <source>“%1” is not a scoring packet: it has no hidden sheet “%2” naming the format %3. Return the workbook Triangle Studio wrote for the expert.</source>
        <translation>“%1” is not a scoring packet: it has no hidden sheet “%2” naming the format %3. Return the workbook Triangle Studio wrote for the expert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a scoring packet: %2</source>
        <translation>“%1” cannot be read as a scoring packet: %2</translation>
    </message>
    <message>
        <source>“%1” is a scoring packet of a later format (%2) than this version of Triangle Studio reads (%3); update Triangle Studio</source>
        <translation>“%1” is a scoring packet of a later format (%2) than this version of Triangle Studio reads (%3); update Triangle Studio</translation>
    </message>
</context>
<context>
    <name>triangle::ScoringPacketWriter</name>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>the packet&apos;s item %1 names an indicator the packet does not describe</source>
        <translation>the packet&apos;s item %1 names an indicator the packet does not describe</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>its sheets cannot be added</source>
        <translation>its sheets cannot be added</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>the workbook</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>sheet %1, row %2</translation>
    </message>
    <message>
        <source>Reason (outside the range)</source>
        <translation>Reason (outside the range)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expert scoring: %1, round %2</source>
        <translation>Expert scoring: %1, round %2</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>← note here the date you were asked to return the packet by</source>
        <translation>← note here the date you were asked to return the packet by</translation>
    </message>
    <message>
        <source>Open the sheet “%1”: it has one row for each region and indicator.</source>
        <translation>Open the sheet “%1”: it has one row for each region and indicator.</translation>
    </message>
    <message>
        <source>In each row, pick the rubric anchor that fits best, or type a score. The indicators and their anchors are described below.</source>
        <translation>In each row, pick the rubric anchor that fits best, or type a score. The indicators and their anchors are described below.</translation>
    </message>
    <message>
        <source>Compare your score with the panel&apos;s last round. When your new score lies outside the panel&apos;s range (Q1–Q3), say why in the column “%1”.</source>
        <translation>Compare your score with the panel&apos;s last round. When your new score lies outside the panel&apos;s range (Q1–Q3), say why in the column “%1”.</translation>
    </message>
    <message>
        <source>Write in the column “%1” what your score rests on, where it helps the panel.</source>
        <translation>Write in the column “%1” what your score rests on, where it helps the panel.</translation>
    </message>
    <message>
        <source>On the sheet “%1”, say for each pair how much more important the first is than the second.</source>
        <translation>On the sheet “%1”, say for each pair how much more important the first is than the second.</translation>
    </message>
    <message>
        <source>Save the workbook as it is (.xlsx), without renaming sheets or adding, moving or deleting rows, and send it back.</source>
        <translation>Save the workbook as it is (.xlsx), without renaming sheets or adding, moving or deleting rows, and send it back.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>The scale</translation>
    </message>
    <message>
        <source>Scores run from 0 to 10 in steps of 0.1. Pick an anchor from the list, or type a score: a score between two anchors is allowed when the region lies between them. A typed score counts; the anchor is used only when the score is left empty. Give your reason in the note column.</source>
        <translation>Scores run from 0 to 10 in steps of 0.1. Pick an anchor from the list, or type a score: a score between two anchors is allowed when the region lies between them. A typed score counts; the anchor is used only when the score is left empty. Give your reason in the note column.</translation>
    </message>
    <message>
        <source>Round %1: for each row you see the panel&apos;s median and interquartile range (Q1–Q3) from the last round, how many experts answered, and your own score then. You may keep or change your score; when your new score lies outside the range, give your reason in the column “%2”.</source>
        <translation>Round %1: for each row you see the panel&apos;s median and interquartile range (Q1–Q3) from the last round, how many experts answered, and your own score then. You may keep or change your score; when your new score lies outside the range, give your reason in the column “%2”.</translation>
    </message>
    <message>
        <source>This round is blind: you see no other expert&apos;s scores, and no other expert sees yours.</source>
        <translation>This round is blind: you see no other expert&apos;s scores, and no other expert sees yours.</translation>
    </message>
    <message>
        <source>Pairwise comparisons use Saaty&apos;s scale: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9 extreme; 2, 4, 6 and 8 lie between. Pick the number when the first item (A) is the more important, and its reciprocal (1/3, 1/5 …) when the second (B) is.</source>
        <translation>Pairwise comparisons use Saaty&apos;s scale: 1 equal importance, 3 moderate, 5 strong, 7 very strong, 9 extreme; 2, 4, 6 and 8 lie between. Pick the number when the first item (A) is the more important, and its reciprocal (1/3, 1/5 …) when the second (B) is.</translation>
    </message>
    <message>
        <source>The indicators</source>
        <translation>The indicators</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>How observed</source>
        <translation>How observed</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anchors</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Panel median</source>
        <translation>Panel median</translation>
    </message>
    <message>
        <source>Interquartile range (Q1–Q3)</source>
        <translation>Interquartile range (Q1–Q3)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Your score last round</source>
        <translation>Your score last round</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anchor</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Rubric anchor</source>
        <translation>Rubric anchor</translation>
    </message>
    <message>
        <source>Pick the anchor that fits best. It counts when the score cell is left empty.</source>
        <translation>Pick the anchor that fits best. It counts when the score cell is left empty.</translation>
    </message>
    <message>
        <source>Not an anchor</source>
        <translation>Not an anchor</translation>
    </message>
    <message>
        <source>Pick one of the listed anchors, or leave the cell empty and type a score.</source>
        <translation>Pick one of the listed anchors, or leave the cell empty and type a score.</translation>
    </message>
    <message>
        <source>Score 0–10</source>
        <translation>Score 0–10</translation>
    </message>
    <message>
        <source>A number from 0 to 10 in steps of 0.1, such as 6.5; or pick an anchor instead.</source>
        <translation>A number from 0 to 10 in steps of 0.1, such as 6.5; or pick an anchor instead.</translation>
    </message>
    <message>
        <source>Not a score</source>
        <translation>Not a score</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 with at most one decimal (steps of 0.1), or leave the cell empty.</source>
        <translation>Type a number from 0 to 10 with at most one decimal (steps of 0.1), or leave the cell empty.</translation>
    </message>
    <message>
        <source>sheet %1, column %2</source>
        <translation>sheet %1, column %2</translation>
    </message>
    <message>
        <source>Compared within</source>
        <translation>Compared within</translation>
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
        <translation>A over B (Saaty 1–9)</translation>
    </message>
    <message>
        <source>How much more important is A?</source>
        <translation>How much more important is A?</translation>
    </message>
    <message>
        <source>1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 … 1/9 when B is the more important.</source>
        <translation>1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 … 1/9 when B is the more important.</translation>
    </message>
    <message>
        <source>Not on Saaty&apos;s scale</source>
        <translation>Not on Saaty&apos;s scale</translation>
    </message>
    <message>
        <source>Pick a value from the list: 9 … 2, 1, 1/2 … 1/9.</source>
        <translation>Pick a value from the list: 9 … 2, 1, 1/2 … 1/9.</translation>
    </message>
    <message>
        <source>the workbook cannot be started</source>
        <translation>the workbook cannot be started</translation>
    </message>
</context>
<context>
    <name>triangle::SensitivityPanel</name>
    <message>
        <source>Dirichlet concentration κ: the weights are drawn as Dirichlet(κ · chosen weights). Larger κ keeps the draws closer to the chosen weights.</source>
        <translation>Dirichlet concentration κ: the weights are drawn as Dirichlet(κ · chosen weights). Larger κ keeps the draws closer to the chosen weights.</translation>
    </message>
    <message>
        <source>The same seed repeats the same draws.</source>
        <translation>The same seed repeats the same draws.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Concentration κ:</source>
        <translation>&amp;Concentration κ:</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>&amp;Draws:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Leading dimension</source>
        <translation>Leading dimension</translation>
    </message>
    <message>
        <source>Lead kept</source>
        <translation>Lead kept</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form kept</source>
        <translation>Form kept</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>Rank (range)</translation>
    </message>
    <message>
        <source>Rank kept</source>
        <translation>Rank kept</translation>
    </message>
    <message>
        <source>Each draw takes new indicator weights around the chosen ones, recomputes every derived score and reads the triangle again. “Kept” is the share of draws in which the reading stayed as it is with the chosen weights. Scores set by hand do not move with the weights.</source>
        <translation>Each draw takes new indicator weights around the chosen ones, recomputes every derived score and reads the triangle again. “Kept” is the share of draws in which the reading stayed as it is with the chosen weights. Scores set by hand do not move with the weights.</translation>
    </message>
    <message>
        <source>shared lead</source>
        <translation>shared lead</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Every score of this region is set by hand: weights do not move it.</source>
        <translation>Every score of this region is set by hand: weights do not move it.</translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s), concentration %1, seed %2, over %3 region(s) with indicator scores; %4 ms.</source>
        <translation>
            <numerusform>%n draw, concentration %1, seed %2, over %3 region(s) with indicator scores; %4 ms.</numerusform>
            <numerusform>%n draws, concentration %1, seed %2, over %3 region(s) with indicator scores; %4 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::SmallMultiplesView</name>
    <message>
        <source>Regions&apos; triangles</source>
        <translation>Regions&apos; triangles</translation>
    </message>
    <message>
        <source>Axes: %1 up, %2 lower left, %3 lower right. The colour is the leading dimension; grey when the lead is shared.</source>
        <translation>Axes: %1 up, %2 lower left, %3 lower right. The colour is the leading dimension; grey when the lead is shared.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Balance %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Area %1, balance %2</source>
        <translation>Area %1, balance %2</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Leading: %1</source>
        <translation>Leading: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s).</source>
        <translation>
            <numerusform>%n region.</numerusform>
            <numerusform>%n regions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: %1.</source>
        <translation>Current: %1.</translation>
    </message>
    <message>
        <source>The arrow keys move between regions and Enter opens one.</source>
        <translation>The arrow keys move between regions and Enter opens one.</translation>
    </message>
</context>
<context>
    <name>triangle::StageRepository</name>
    <message>
        <source>Reading stages</source>
        <translation>Reading stages</translation>
    </message>
    <message>
        <source>Reading a stage</source>
        <translation>Reading a stage</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the database.</source>
        <translation>There is no stage “%1” in the database.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Adding stage %1</source>
        <translation>Adding stage %1</translation>
    </message>
    <message>
        <source>Saving stage %1</source>
        <translation>Saving stage %1</translation>
    </message>
    <message>
        <source>There is no stage with id %1 in the database.</source>
        <translation>There is no stage with id %1 in the database.</translation>
    </message>
    <message>
        <source>Deleting a stage</source>
        <translation>Deleting a stage</translation>
    </message>
</context>
<context>
    <name>triangle::StagesDialog</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>The scores at this stage are planned values, such as the targets of a Five-Year plan. Findings that read the target stage then say “planned, not observed”.</source>
        <translation>The scores at this stage are planned values, such as the targets of a Five-Year plan. Findings that read the target stage then say “planned, not observed”.</translation>
    </message>
    <message>
        <source>The scores at this stage record what was observed.</source>
        <translation>The scores at this stage record what was observed.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The findings, the data files and the command line name the stage by its key, which stays as it is.</source>
        <translation>The findings, the data files and the command line name the stage by its key, which stays as it is.</translation>
    </message>
    <message>
        <source>Whether the scores at this stage were observed or are a plan&apos;s targets. The findings read this of the target stage.</source>
        <translation>Whether the scores at this stage were observed or are a plan&apos;s targets. The findings read this of the target stage.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Chinese &amp;name:</source>
        <translation>Chinese &amp;name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>&amp;Start year:</translation>
    </message>
    <message>
        <source>En&amp;d year:</source>
        <translation>En&amp;d year:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>A field is saved when you leave it, and Edit › Undo takes it back. Planned: the scores are a plan&apos;s targets, such as a Five-Year plan&apos;s; the findings that read the target stage then say “planned, not observed”.</source>
        <translation>A field is saved when you leave it, and Edit › Undo takes it back. Planned: the scores are a plan&apos;s targets, such as a Five-Year plan&apos;s; the findings that read the target stage then say “planned, not observed”.</translation>
    </message>
    <message>
        <source>S&amp;tages, in order:</source>
        <translation>S&amp;tages, in order:</translation>
    </message>
</context>
<context>
    <name>triangle::Store</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: another window or program is writing to the database. Try again in a moment.</source>
        <translation>%1: another window or program is writing to the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be created.</source>
        <translation>The folder of “%1” cannot be created.</translation>
    </message>
    <message>
        <source>“%1” is empty: it holds no database yet.</source>
        <translation>“%1” is empty: it holds no database yet.</translation>
    </message>
    <message>
        <source>“%1” is read-only (the file or its folder cannot be written). Open it read-only, or save a copy somewhere writable.</source>
        <translation>“%1” is read-only (the file or its folder cannot be written). Open it read-only, or save a copy somewhere writable.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>Checking “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a SQLite database.</source>
        <translation>“%1” is not a SQLite database.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” is damaged: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check reports “%2”.</source>
        <translation>“%1” is damaged: SQLite&apos;s integrity check reports “%2”.</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another program, not a Triangle Studio database.</source>
        <translation>“%1” is a SQLite database of another program, not a Triangle Studio database.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Triangle Studio (schema %2; this version reads up to %3). Open it with a newer version; it has not been changed.</source>
        <translation>“%1” was written by a newer version of Triangle Studio (schema %2; this version reads up to %3). Open it with a newer version; it has not been changed.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (version %2) that must be upgraded to %3 before use; open it read-write once to upgrade it.</source>
        <translation>“%1” uses an older schema (version %2) that must be upgraded to %3 before use; open it read-write once to upgrade it.</translation>
    </message>
    <message>
        <source>Backing up “%1” before upgrading it</source>
        <translation>Backing up “%1” before upgrading it</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Counting records</translation>
    </message>
    <message>
        <source>Saving a copy as “%1”</source>
        <translation>Saving a copy as “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>“%1” cannot be replaced.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1” is open read-only.</translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation>Starting a change</translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation>Saving a change</translation>
    </message>
    <message>
        <source>Looking for changes made elsewhere</source>
        <translation>Looking for changes made elsewhere</translation>
    </message>
    <message>
        <source>%1: the disk is full, or the database has reached its size limit; nothing of this change was saved. Free some space and try again.</source>
        <translation>%1: the disk is full, or the database has reached its size limit; nothing of this change was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>%1: the disk reported an input/output error (%2); the file may be on a failing or disconnected drive.</source>
        <translation>%1: the disk reported an input/output error (%2); the file may be on a failing or disconnected drive.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program (or another Triangle Studio window) that is writing to it. Try again when it has finished.</source>
        <translation>“%1” is locked by another program (or another Triangle Studio window) that is writing to it. Try again when it has finished.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the disk holding it is full. Free some space and try again; the file has not been changed.</source>
        <translation>“%1” cannot be opened: the disk holding it is full. Free some space and try again; the file has not been changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be read in its folder: the folder is read-only, and SQLite must create “%2” and “%3” beside a database in WAL mode to read it. Copy the file to a writable folder and open the copy.</source>
        <translation>“%1” cannot be read in its folder: the folder is read-only, and SQLite must create “%2” and “%3” beside a database in WAL mode to read it. Copy the file to a writable folder and open the copy.</translation>
    </message>
    <message>
        <source>Everything is saved, but part of it is still only in “%1”: it could not yet be moved into “%2” (%3). Keep “%1” with the database when you copy or move it; it is moved in when the database is next opened and closed.</source>
        <translation>Everything is saved, but part of it is still only in “%1”: it could not yet be moved into “%2” (%3). Keep “%1” with the database when you copy or move it; it is moved in when the database is next opened and closed.</translation>
    </message>
    <message>
        <source>Writing the log into “%1”</source>
        <translation>Writing the log into “%1”</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>another window or program is still reading or writing it</source>
        <translation>another window or program is still reading or writing it</translation>
    </message>
    <message>
        <source>Limiting the database&apos;s size</source>
        <translation>Limiting the database&apos;s size</translation>
    </message>
    <message>
        <source>Measuring the database</source>
        <translation>Measuring the database</translation>
    </message>
    <message>
        <source>“%1” is read-only here: its folder cannot be written, and SQLite writes its journal files beside the database. Open it read-only, or save a copy somewhere writable.</source>
        <translation>“%1” is read-only here: its folder cannot be written, and SQLite writes its journal files beside the database. Open it read-only, or save a copy somewhere writable.</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; the drive may be failing or disconnected</source>
        <translation>the disk reported an input/output error; the drive may be failing or disconnected</translation>
    </message>
    <message>
        <source>“%1” cannot be read: the disk reported an input/output error. It may be on a failing or disconnected drive; copy it elsewhere if you can.</source>
        <translation>“%1” cannot be read: the disk reported an input/output error. It may be on a failing or disconnected drive; copy it elsewhere if you can.</translation>
    </message>
    <message>
        <source>Setting how long to wait for other programs</source>
        <translation>Setting how long to wait for other programs</translation>
    </message>
    <message>
        <source>A copy cannot replace an open database or the files beside it.</source>
        <translation>A copy cannot replace an open database or the files beside it.</translation>
    </message>
</context>
<context>
    <name>triangle::StoreCommand</name>
    <message>
        <source>“%1” was not done: another program changed this record since it was read. Nothing was written; what is stored now is shown.</source>
        <translation>“%1” was not done: another program changed this record since it was read. Nothing was written; what is stored now is shown.</translation>
    </message>
</context>
<context>
    <name>triangle::TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Whole Table</source>
        <translation>Copy &amp;Whole Table</translation>
    </message>
</context>
<context>
    <name>triangle::TimelineCanvas</name>
    <message>
        <source>Timeline of policies and milestones</source>
        <translation>Timeline of policies and milestones</translation>
    </message>
    <message>
        <source>Policy, %1
%2
%3</source>
        <translation>Policy, %1
%2
%3</translation>
    </message>
    <message>
        <source>Milestone, %1
%2</source>
        <translation>Milestone, %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3: %n record(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %n record</numerusform>
            <numerusform>%1, %2, %3: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::TimelineRecordModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not cited as evidence for any score.</source>
        <translation>Not cited as evidence for any score.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>Supports:</translation>
    </message>
    <message>
        <source>How many scores cite this as evidence</source>
        <translation>How many scores cite this as evidence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bears on</source>
        <translation>Bears on</translation>
    </message>
    <message>
        <source>Kind · level</source>
        <translation>Kind · level</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
</context>
<context>
    <name>triangle::TimelineRenderer</name>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Records a year</source>
        <translation>Records a year</translation>
    </message>
    <message>
        <source>A lane of more than %1 records counts them per year and dimension and marks at most %2 a year: those cited as evidence and laws and regulations first.</source>
        <translation>A lane of more than %1 records counts them per year and dimension and marks at most %2 a year: those cited as evidence and laws and regulations first.</translation>
    </message>
</context>
<context>
    <name>triangle::TractionView</name>
    <message>
        <source>Cumulative evidence by dimension</source>
        <translation>Cumulative evidence by dimension</translation>
    </message>
    <message>
        <source>By the end of %1</source>
        <translation>By the end of %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n record(s)</source>
        <translation>
            <numerusform>%1: %2 of %n record</numerusform>
            <numerusform>%1: %2 of %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, half-way</source>
        <translation>%1, half-way</translation>
    </message>
    <message numerus="yes">
        <source>%1 reaches half of %n record(s) by %2</source>
        <translation>
            <numerusform>%1 reaches half of %n record by %2</numerusform>
            <numerusform>%1 reaches half of %n records by %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no records</source>
        <translation>%1 has no records</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>triangle::TriangleAggregate</name>
    <message numerus="yes">
        <source>Only %1 of %n members are assessed: it does not represent the other %2.</source>
        <translation>
            <numerusform>Only %1 of %n member is assessed: it does not represent the other %2.</numerusform>
            <numerusform>Only %1 of %n members are assessed: it does not represent the other %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its form, %1, is the aggregate triangle&apos;s: no assessed member has it.</source>
        <translation>Its form, %1, is the aggregate triangle&apos;s: no assessed member has it.</translation>
    </message>
    <message numerus="yes">
        <source>Its form, %1, is the aggregate triangle&apos;s: %2 of %n assessed members have it.</source>
        <translation>
            <numerusform>Its form, %1, is the aggregate triangle&apos;s: %2 of %n assessed member has it.</numerusform>
            <numerusform>Its form, %1, is the aggregate triangle&apos;s: %2 of %n assessed members have it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::TrianglePreview</name>
    <message>
        <source>Preview of the triangle</source>
        <translation>Preview of the triangle</translation>
    </message>
</context>
<context>
    <name>triangle::TriangleRenderer</name>
    <message>
        <source>Leading dimension</source>
        <translation>Leading dimension</translation>
    </message>
    <message>
        <source>Band: range of the raters&apos; scores.</source>
        <translation>Band: range of the raters&apos; scores.</translation>
    </message>
    <message numerus="yes">
        <source>Band: range of %n raters&apos; scores.</source>
        <translation>
            <numerusform>Band: range of %n rater&apos;s scores.</numerusform>
            <numerusform>Band: range of %n raters&apos; scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Band: range of %1–%2 raters&apos; scores.</source>
        <translation>Band: range of %1–%2 raters&apos; scores.</translation>
    </message>
    <message>
        <source>Raters&apos; range</source>
        <translation>Raters&apos; range</translation>
    </message>
    <message>
        <source>A group&apos;s band: range of its assessed members&apos; scores.</source>
        <translation>A group&apos;s band: range of its assessed members&apos; scores.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Members&apos; range</source>
        <translation>Members&apos; range</translation>
    </message>
</context>
<context>
    <name>triangle::TriangleView</name>
    <message>
        <source>Zoom to Fit</source>
        <translation>Zoom to Fit</translation>
    </message>
    <message>
        <source>Strategic triangle diagram</source>
        <translation>Strategic triangle diagram</translation>
    </message>
    <message>
        <source>Click to hide “%1”.</source>
        <translation>Click to hide “%1”.</translation>
    </message>
    <message>
        <source>Click to show “%1”.</source>
        <translation>Click to show “%1”.</translation>
    </message>
    <message>
        <source>%1. %2, %3: %4.</source>
        <translation>%1. %2, %3: %4.</translation>
    </message>
    <message>
        <source>Tab or the arrow keys move between vertices, Up and Down change a score, Enter selects the series and H hides or shows it.</source>
        <translation>Tab or the arrow keys move between vertices, Up and Down change a score, Enter selects the series and H hides or shows it.</translation>
    </message>
</context>
<context>
    <name>triangle::Validation</name>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is not a valid date between %1 and %2 (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>is not a valid date between %1 and %2 (use YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must name a region</source>
        <translation>must name a region</translation>
    </message>
    <message>
        <source>must be six digits (GB/T 2260), e.g. 330000</source>
        <translation>must be six digits (GB/T 2260), e.g. 330000</translation>
    </message>
    <message>
        <source>the national level has no parent region</source>
        <translation>the national level has no parent region</translation>
    </message>
    <message>
        <source>must name the region this one belongs to</source>
        <translation>must name the region this one belongs to</translation>
    </message>
    <message>
        <source>a region cannot be its own parent</source>
        <translation>a region cannot be its own parent</translation>
    </message>
    <message>
        <source>must be a year between %1 and %2</source>
        <translation>must be a year between %1 and %2</translation>
    </message>
    <message>
        <source>must be a year from the start year (%1) to %2</source>
        <translation>must be a year from the start year (%1) to %2</translation>
    </message>
    <message>
        <source>must name a stage</source>
        <translation>must name a stage</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10 in steps of 0.1</source>
        <translation>%1 is not a score from 0 to 10 in steps of 0.1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>%1 is not a weight above 0 and at most 100</source>
        <translation>%1 is not a weight above 0 and at most 100</translation>
    </message>
    <message>
        <source>another anchor already stands at %1</source>
        <translation>another anchor already stands at %1</translation>
    </message>
    <message>
        <source>must name an indicator</source>
        <translation>must name an indicator</translation>
    </message>
    <message>
        <source>must name a rater</source>
        <translation>must name a rater</translation>
    </message>
    <message>
        <source>may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</source>
        <translation>may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd</translation>
    </message>
    <message>
        <source>must name stored regions</source>
        <translation>must name stored regions</translation>
    </message>
    <message>
        <source>name a region twice</source>
        <translation>name a region twice</translation>
    </message>
    <message>
        <source>must hold no comma or space, e.g. coastal-provinces</source>
        <translation>must hold no comma or space, e.g. coastal-provinces</translation>
    </message>
    <message>
        <source>“%1” is not one of the dimensions the record bears on</source>
        <translation>“%1” is not one of the dimensions the record bears on</translation>
    </message>
    <message>
        <source>must name a policy or a milestone</source>
        <translation>must name a policy or a milestone</translation>
    </message>
    <message>
        <source>must be another record than the one that drove it</source>
        <translation>must be another record than the one that drove it</translation>
    </message>
    <message>
        <source>%1 is not a number of years from 0 to 80</source>
        <translation>%1 is not a number of years from 0 to 80</translation>
    </message>
</context>
<context>
    <name>triangle::VertexToolTip</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag the vertex, or press Up or Down, to change the score.</source>
        <translation>Drag the vertex, or press Up or Down, to change the score.</translation>
    </message>
    <message>
        <source>raters %1–%2</source>
        <translation>raters %1–%2</translation>
    </message>
</context>
<context>
    <name>triangle::ViewFigures</name>
    <message>
        <source>The dimensions view cannot be drawn here: the chart module is not loaded.</source>
        <translation>The dimensions view cannot be drawn here: the chart module is not loaded.</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>Choose at least one region.</translation>
    </message>
    <message>
        <source>None of the chosen regions has an assessment to compare.</source>
        <translation>None of the chosen regions has an assessment to compare.</translation>
    </message>
    <message>
        <source>Only the evolution and compare views are strategic triangles.</source>
        <translation>Only the evolution and compare views are strategic triangles.</translation>
    </message>
</context>
<context>
    <name>triangle::WebFigure</name>
    <message>
        <source>“%1”: a web figure&apos;s file name must end in .html or .echarts.json.</source>
        <translation>“%1”: a web figure&apos;s file name must end in .html or .echarts.json.</translation>
    </message>
    <message>
        <source>There is no figure to write.</source>
        <translation>There is no figure to write.</translation>
    </message>
    <message>
        <source>This build of Triangle Studio lacks the ECharts library, so it cannot write web pages.</source>
        <translation>This build of Triangle Studio lacks the ECharts library, so it cannot write web pages.</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetQueries</name>
    <message>
        <source>Weights from the data are made by the entropy method or CRITIC.</source>
        <translation>Weights from the data are made by the entropy method or CRITIC.</translation>
    </message>
    <message>
        <source>No weights from the data for %1 at stage %2: none of its indicators has a value there.</source>
        <translation>No weights from the data for %1 at stage %2: none of its indicators has a value there.</translation>
    </message>
    <message>
        <source>%1: one indicator with values, weight 1</source>
        <translation>%1: one indicator with values, weight 1</translation>
    </message>
    <message>
        <source>No weights from the data for %1 at stage %2: %3</source>
        <translation>No weights from the data for %1 at stage %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 regions, %3 left out for a missing value</source>
        <translation>%1: %2 regions, %3 left out for a missing value</translation>
    </message>
    <message>
        <source>%1: %2 regions</source>
        <translation>%1: %2 regions</translation>
    </message>
    <message>
        <source>entropy at %1, min–max, per dimension, raters&apos; %2</source>
        <translation>entropy at %1, min–max, per dimension, raters&apos; %2</translation>
    </message>
    <message>
        <source>CRITIC at %1, min–max, per dimension, raters&apos; %2</source>
        <translation>CRITIC at %1, min–max, per dimension, raters&apos; %2</translation>
    </message>
    <message>
        <source>weight 0 (no value at this stage): %1</source>
        <translation>weight 0 (no value at this stage): %1</translation>
    </message>
    <message>
        <source>weight 0 (every region scores the same): %1</source>
        <translation>weight 0 (every region scores the same): %1</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to the indicator “%2”.</source>
        <translation>The weight set “%1” gives no weight to the indicator “%2”.</translation>
    </message>
    <message>
        <source>The weights of %1 cannot be combined by the product: no indicator of it has a weight above 0 in both sets.</source>
        <translation>The weights of %1 cannot be combined by the product: no indicator of it has a weight above 0 in both sets.</translation>
    </message>
    <message>
        <source>The weights of %1 cannot be combined: α must lie between 0 and 1 and each set&apos;s weights must sum to more than 0.</source>
        <translation>The weights of %1 cannot be combined: α must lie between 0 and 1 and each set&apos;s weights must sum to more than 0.</translation>
    </message>
    <message>
        <source>%1 × %2, normalised per dimension (multiplicative)</source>
        <translation>%1 × %2, normalised per dimension (multiplicative)</translation>
    </message>
    <message>
        <source>%1 × %2 + %3 × %4, per dimension (linear)</source>
        <translation>%1 × %2 + %3 × %4, per dimension (linear)</translation>
    </message>
    <message>
        <source>Name two or more weight sets to compare.</source>
        <translation>Name two or more weight sets to compare.</translation>
    </message>
    <message>
        <source>The indicators changed while the weight sets were compared; try again.</source>
        <translation>The indicators changed while the weight sets were compared; try again.</translation>
    </message>
    <message>
        <source>No expert has given pairwise comparisons yet.</source>
        <translation>No expert has given pairwise comparisons yet.</translation>
    </message>
    <message>
        <source>Round %1 has no group weights: no expert&apos;s comparisons of a dimension&apos;s indicators are complete and consistent enough.</source>
        <translation>Round %1 has no group weights: no expert&apos;s comparisons of a dimension&apos;s indicators are complete and consistent enough.</translation>
    </message>
    <message>
        <source>AHP (%1), round %2; experts used: %3</source>
        <translation>AHP (%1), round %2; experts used: %3</translation>
    </message>
    <message>
        <source>; left out: %1</source>
        <translation>; left out: %1</translation>
    </message>
    <message>
        <source>; the weights in force kept for %1</source>
        <translation>; the weights in force kept for %1</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetRepository</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>entropy</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>combined</translation>
    </message>
    <message>
        <source>Reading weight sets</source>
        <translation>Reading weight sets</translation>
    </message>
    <message>
        <source>There is no weight set with id %1 in the database.</source>
        <translation>There is no weight set with id %1 in the database.</translation>
    </message>
    <message>
        <source>There is no weight set “%1” in the database.</source>
        <translation>There is no weight set “%1” in the database.</translation>
    </message>
    <message>
        <source>the indicator weights in force on %1</source>
        <translation>the indicator weights in force on %1</translation>
    </message>
    <message>
        <source>A weight set needs a name.</source>
        <translation>A weight set needs a name.</translation>
    </message>
    <message>
        <source>The round %1 is not between 1 and 20.</source>
        <translation>The round %1 is not between 1 and 20.</translation>
    </message>
    <message>
        <source>The weight set “%1” gives a weight to indicator id %2, which is not in the database.</source>
        <translation>The weight set “%1” gives a weight to indicator id %2, which is not in the database.</translation>
    </message>
    <message>
        <source>The weight %1 of indicator %2 is not between 0 and 100.</source>
        <translation>The weight %1 of indicator %2 is not between 0 and 100.</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2: a set gives every indicator one.</source>
        <translation>The weight set “%1” gives no weight to indicator %2: a set gives every indicator one.</translation>
    </message>
    <message>
        <source>The weights of the dimension %1 sum to 0: at least one of its indicators needs a weight above 0.</source>
        <translation>The weights of the dimension %1 sum to 0: at least one of its indicators needs a weight above 0.</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2, added after the set was made; make the set again to include it.</source>
        <translation>The weight set “%1” gives no weight to indicator %2, added after the set was made; make the set again to include it.</translation>
    </message>
    <message>
        <source>The weight set “%1” gives indicator %2 a weight of 0, and an indicator in force needs a weight above 0: in these data it carries no information (the regions do not differ on it, or none has a value for it). Combine the set with an expert set instead, and activate the combination.</source>
        <translation>The weight set “%1” gives indicator %2 a weight of 0, and an indicator in force needs a weight above 0: in these data it carries no information (the regions do not differ on it, or none has a value for it). Combine the set with an expert set instead, and activate the combination.</translation>
    </message>
    <message>
        <source>Adding the weight set “%1”</source>
        <translation>Adding the weight set “%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” is the one in force and cannot be removed; activate another set first.</source>
        <translation>The weight set “%1” is the one in force and cannot be removed; activate another set first.</translation>
    </message>
    <message>
        <source>Removing the weight set “%1”</source>
        <translation>Removing the weight set “%1”</translation>
    </message>
    <message>
        <source>Activating the weight set “%1”</source>
        <translation>Activating the weight set “%1”</translation>
    </message>
    <message>
        <source>Replacing the weight set “%1”</source>
        <translation>Replacing the weight set “%1”</translation>
    </message>
    <message>
        <source>The weight set “%1” gives no weight to indicator %2.</source>
        <translation>The weight set “%1” gives no weight to indicator %2.</translation>
    </message>
    <message>
        <source>The weight set “%1” gives indicator %2 the weight %3, where the indicator carries %4.</source>
        <translation>The weight set “%1” gives indicator %2 the weight %3, where the indicator carries %4.</translation>
    </message>
    <message>
        <source>Marking the weight set “%1” as the one in force</source>
        <translation>Marking the weight set “%1” as the one in force</translation>
    </message>
</context>
<context>
    <name>triangle::WeightSetsDialog</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Weight Sets</source>
        <translation>Weight Sets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>How it was made</translation>
    </message>
    <message>
        <source>&amp;Keep Weights in Force…</source>
        <translation>&amp;Keep Weights in Force…</translation>
    </message>
    <message>
        <source>Keep the indicator weights in force now as a set, to come back to them.</source>
        <translation>Keep the indicator weights in force now as a set, to come back to them.</translation>
    </message>
    <message>
        <source>&amp;Derive from Data…</source>
        <translation>&amp;Derive from Data…</translation>
    </message>
    <message>
        <source>Weights from the indicator values at a stage: an indicator on which the regions differ more weighs more (entropy), discounted when it repeats another (CRITIC).</source>
        <translation>Weights from the indicator values at a stage: an indicator on which the regions differ more weighs more (entropy), discounted when it repeats another (CRITIC).</translation>
    </message>
    <message>
        <source>&amp;Combine…</source>
        <translation>&amp;Combine…</translation>
    </message>
    <message>
        <source>Combine an expert set with a set from the data, dimension by dimension.</source>
        <translation>Combine an expert set with a set from the data, dimension by dimension.</translation>
    </message>
    <message>
        <source>Put the set&apos;s weights in force and derive every score again (one undo step).</source>
        <translation>Put the set&apos;s weights in force and derive every score again (one undo step).</translation>
    </message>
    <message>
        <source>Compare the selected sets at &amp;stage:</source>
        <translation>Compare the selected sets at &amp;stage:</translation>
    </message>
    <message>
        <source>✓ in force</source>
        <translation>✓ in force</translation>
    </message>
    <message>
        <source>No weight sets yet. Keep the weights in force as a set before trying others.</source>
        <translation>No weight sets yet. Keep the weights in force as a set before trying others.</translation>
    </message>
    <message>
        <source>No set is in force: the weights were edited by hand since one was activated.</source>
        <translation>No set is in force: the weights were edited by hand since one was activated.</translation>
    </message>
    <message>
        <source>The set in force is marked; the scores are derived with its weights.</source>
        <translation>The set in force is marked; the scores are derived with its weights.</translation>
    </message>
    <message>
        <source>The set in force cannot be removed; activate another first.</source>
        <translation>The set in force cannot be removed; activate another first.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1: rank</source>
        <translation>%1: rank</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: form</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Scores %1, %2, %3</source>
        <translation>Scores %1, %2, %3</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>leading dimension</source>
        <translation>leading dimension</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Added “%1”: %2</source>
        <translation>Added “%1”: %2</translation>
    </message>
    <message>
        <source>Activate weight set %1</source>
        <translation>Activate weight set %1</translation>
    </message>
    <message>
        <source>“%1” is in force; every derived score was derived again. Undo puts the earlier weights back.</source>
        <translation>“%1” is in force; every derived score was derived again. Undo puts the earlier weights back.</translation>
    </message>
    <message>
        <source>Removed the set.</source>
        <translation>Removed the set.</translation>
    </message>
    <message>
        <source>Derive Weights from Data</source>
        <translation>Derive Weights from Data</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Combine Weight Sets</source>
        <translation>Combine Weight Sets</translation>
    </message>
    <message>
        <source>The expert set&apos;s share in a linear combination.</source>
        <translation>The expert set&apos;s share in a linear combination.</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>combined</translation>
    </message>
    <message>
        <source>&amp;Expert set:</source>
        <translation>&amp;Expert set:</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>&amp;Data set:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;α (linear):</source>
        <translation>&amp;α (linear):</translation>
    </message>
    <message>
        <source>Keep Weights in Force</source>
        <translation>Keep Weights in Force</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
</context>
<context>
    <name>triangle::WriteRetryPrompt</name>
    <message>
        <source>Another program is writing to the database, so your change has not been saved. Retry once it has finished, or cancel the change.</source>
        <translation>Another program is writing to the database, so your change has not been saved. Retry once it has finished, or cancel the change.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so your change has not been saved. Free some space and retry, or cancel the change.</source>
        <translation>The disk holding the database is full, so your change has not been saved. Free some space and retry, or cancel the change.</translation>
    </message>
    <message>
        <source>Your change could not be written to the database, so it has not been saved. Retry, or cancel the change.</source>
        <translation>Your change could not be written to the database, so it has not been saved. Retry, or cancel the change.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
</context>
<context>
    <name>triangle::XlsxReader</name>
    <message>
        <source>its part %1 cannot be unpacked</source>
        <translation>its part %1 cannot be unpacked</translation>
    </message>
    <message>
        <source>its part %1 unpacks to more than %2 MiB</source>
        <translation>its part %1 unpacks to more than %2 MiB</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>its part %1 is damaged</translation>
    </message>
    <message>
        <source>sheet %1 has a cell with the reference “%2”</source>
        <translation>sheet %1 has a cell with the reference “%2”</translation>
    </message>
    <message>
        <source>sheet %1, cell %2%3 refers to a shared string that is not there</source>
        <translation>sheet %1, cell %2%3 refers to a shared string that is not there</translation>
    </message>
    <message>
        <source>sheet %1, cell %2%3 holds “%4” where a number belongs</source>
        <translation>sheet %1, cell %2%3 holds “%4” where a number belongs</translation>
    </message>
    <message>
        <source>sheet %1 is not well-formed XML: %2</source>
        <translation>sheet %1 is not well-formed XML: %2</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): it is not a zip package</source>
        <translation>is not an Excel workbook (.xlsx): it is not a zip package</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx): it has no workbook part</source>
        <translation>is not an Excel workbook (.xlsx): it has no workbook part</translation>
    </message>
    <message>
        <source>its workbook part is not well-formed XML: %1</source>
        <translation>its workbook part is not well-formed XML: %1</translation>
    </message>
    <message>
        <source>its shared strings are not well-formed XML: %1</source>
        <translation>its shared strings are not well-formed XML: %1</translation>
    </message>
    <message>
        <source>its sheet %1 is missing from the package</source>
        <translation>its sheet %1 is missing from the package</translation>
    </message>
    <message>
        <source>its part %1 is compressed with a method that is not supported (zip method %2); save the workbook again with Excel, WPS or LibreOffice</source>
        <translation>its part %1 is compressed with a method that is not supported (zip method %2); save the workbook again with Excel, WPS or LibreOffice</translation>
    </message>
    <message>
        <source>its part %1 holds a text or tag of more than %2 MiB; a cell holds at most 32,767 characters</source>
        <translation>its part %1 holds a text or tag of more than %2 MiB; a cell holds at most 32,767 characters</translation>
    </message>
    <message>
        <source>its part %1 has a document type declaration (DTD), which Excel and WPS never write; it is not read</source>
        <translation>its part %1 has a document type declaration (DTD), which Excel and WPS never write; it is not read</translation>
    </message>
    <message>
        <source>its part %1 points outside the package (“%2”)</source>
        <translation>its part %1 points outside the package (“%2”)</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML: %2</source>
        <translation>its part %1 is not well-formed XML: %2</translation>
    </message>
    <message>
        <source>its styles hold more than %1 formats</source>
        <translation>its styles hold more than %1 formats</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>it has more than %1 shared strings</translation>
    </message>
    <message>
        <source>its shared strings hold more than %1 MiB of text, or one more than %2 MiB</source>
        <translation>its shared strings hold more than %1 MiB of text, or one more than %2 MiB</translation>
    </message>
    <message>
        <source>sheet %1 has row %2 after row %3; a sheet&apos;s rows are stored in order, up to row %4</source>
        <translation>sheet %1 has row %2 after row %3; a sheet&apos;s rows are stored in order, up to row %4</translation>
    </message>
    <message>
        <source>sheet %1, row %2 holds more than %3 characters</source>
        <translation>sheet %1, row %2 holds more than %3 characters</translation>
    </message>
</context>
<context>
    <name>triangle::cli::AgreementCommand</name>
    <message>
        <source>How far the raters agree, stage by stage: Krippendorff&apos;s α with a 95 % interval and verdict.</source>
        <translation>How far the raters agree, stage by stage: Krippendorff&apos;s α with a 95 % interval and verdict.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio agreement [--db FILE] [--regions CODE[,CODE…]|all] [-o OUT.csv|OUT.json]
Krippendorff&apos;s α (interval metric) of the raters&apos; indicator scores over the regions, for each stage and then pooled over stages, each over all indicators and per dimension; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2), and its verdict follows Krippendorff&apos;s conventions (reliable from %3, tentative conclusions only from %4, unreliable below). Read the stages: pooled over stages, the differences between stages count as agreement.
Without --regions, or with “all”, every region with indicator values. Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per stage and scope, -o OUT.json the method and an object per stage and scope (numbers to three decimals). The database is opened read-only.</source>
        <translation>Usage: triangle-studio agreement [--db FILE] [--regions CODE[,CODE…]|all] [-o OUT.csv|OUT.json]
Krippendorff&apos;s α (interval metric) of the raters&apos; indicator scores over the regions, for each stage and then pooled over stages, each over all indicators and per dimension; its 95 % interval is the percentile bootstrap over the scored items (%1 resamples, seed %2), and its verdict follows Krippendorff&apos;s conventions (reliable from %3, tentative conclusions only from %4, unreliable below). Read the stages: pooled over stages, the differences between stages count as agreement.
Without --regions, or with “all”, every region with indicator values. Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per stage and scope, -o OUT.json the method and an object per stage and scope (numbers to three decimals). The database is opened read-only.</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>The CSV or JSON file to write (default: a table on standard output).</source>
        <translation>The CSV or JSON file to write (default: a table on standard output).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio agreement: %1</source>
        <translation>triangle-studio agreement: %1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv or .json</source>
        <translation>“%1”: the file name must end in .csv or .json</translation>
    </message>
    <message>
        <source>no region has indicator values</source>
        <translation>no region has indicator values</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::AgreementOutput</name>
    <message numerus="yes">
        <source>Agreement between raters over %n region(s): %1</source>
        <translation>
            <numerusform>Agreement between raters over %n region: %1</numerusform>
            <numerusform>Agreement between raters over %n regions: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>Units: an indicator of one region at one stage scored by two raters or more.</source>
        <translation>Units: an indicator of one region at one stage scored by two raters or more.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::CheckCommand</name>
    <message>
        <source>Check a database: schema version, integrity and record counts.</source>
        <translation>Check a database: schema version, integrity and record counts.</translation>
    </message>
    <message>
        <source>Opens the database given with --db (or the default database, which is created and seeded with the article&apos;s data if it does not exist yet), runs SQLite&apos;s integrity check, and prints the schema version and the number of regions, stages, assessments, policies, milestones and evidence links.
A file given with --db is opened read-only and never changed.
Exits with 0 when the database is sound, 1 otherwise.</source>
        <translation>Opens the database given with --db (or the default database, which is created and seeded with the article&apos;s data if it does not exist yet), runs SQLite&apos;s integrity check, and prints the schema version and the number of regions, stages, assessments, policies, milestones and evidence links.
A file given with --db is opened read-only and never changed.
Exits with 0 when the database is sound, 1 otherwise.</translation>
    </message>
    <message>
        <source>triangle-studio check: %1</source>
        <translation>triangle-studio check: %1</translation>
    </message>
    <message>
        <source>Created the default database and seeded it with the article&apos;s data.</source>
        <translation>Created the default database and seeded it with the article&apos;s data.</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Database:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Integrity:      %1</source>
        <translation>Integrity:      %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Regions:        %1</source>
        <translation>Regions:        %1</translation>
    </message>
    <message>
        <source>Stages:         %1</source>
        <translation>Stages:         %1</translation>
    </message>
    <message>
        <source>Assessments:    %1</source>
        <translation>Assessments:    %1</translation>
    </message>
    <message>
        <source>Policies:       %1</source>
        <translation>Policies:       %1</translation>
    </message>
    <message>
        <source>Milestones:     %1</source>
        <translation>Milestones:     %1</translation>
    </message>
    <message>
        <source>Evidence links: %1</source>
        <translation>Evidence links: %1</translation>
    </message>
    <message>
        <source>triangle-studio check: “%1” failed the integrity check.</source>
        <translation>triangle-studio check: “%1” failed the integrity check.</translation>
    </message>
    <message>
        <source>Indicators:     %1</source>
        <translation>Indicators:     %1</translation>
    </message>
    <message>
        <source>Raters:         %1</source>
        <translation>Raters:         %1</translation>
    </message>
    <message>
        <source>Indicator values: %1 (with %2 evidence links)</source>
        <translation>Indicator values: %1 (with %2 evidence links)</translation>
    </message>
    <message>
        <source>Region groups:  %1</source>
        <translation>Region groups:  %1</translation>
    </message>
    <message>
        <source>Comparison sets: %1</source>
        <translation>Comparison sets: %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::Command</name>
    <message>
        <source>The database file to use (default: %1).</source>
        <translation>The database file to use (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>triangle-studio %1: %2</source>
        <translation>triangle-studio %1: %2</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>triangle-studio %1: --lang must be zh_CN or en, not “%2”</source>
        <translation>triangle-studio %1: --lang must be zh_CN or en, not “%2”</translation>
    </message>
    <message>
        <source>triangle-studio %1: unknown region code “%2”</source>
        <translation>triangle-studio %1: unknown region code “%2”</translation>
    </message>
    <message>
        <source>unknown region group “%1”</source>
        <translation>unknown region group “%1”</translation>
    </message>
    <message>
        <source>zh_CN or en (default: the system&apos;s language, from LANG or LC_ALL).</source>
        <translation>zh_CN or en (default: the system&apos;s language, from LANG or LC_ALL).</translation>
    </message>
    <message>
        <source>unknown comparison set “%1” (`triangle-studio groups` lists the sets)</source>
        <translation>unknown comparison set “%1” (`triangle-studio groups` lists the sets)</translation>
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
        <translation>Usage: triangle-studio [--db FILE] [FILE]
       triangle-studio COMMAND [options]

Without a command, opens the desktop application on FILE, the --db file, or your default database.

Commands:
</translation>
    </message>
    <message>
        <source>
Run “triangle-studio help COMMAND” for the options of a command.
</source>
        <translation>
Run “triangle-studio help COMMAND” for the options of a command.
</translation>
    </message>
    <message>
        <source>triangle-studio %1: %2</source>
        <translation>triangle-studio %1: %2</translation>
    </message>
    <message>
        <source>Usage: triangle-studio %1 [options]</source>
        <translation>Usage: triangle-studio %1 [options]</translation>
    </message>
    <message>
        <source>triangle-studio %1: unexpected argument “%2”</source>
        <translation>triangle-studio %1: unexpected argument “%2”</translation>
    </message>
    <message>
        <source>triangle-studio %1: missing argument; see “triangle-studio help %1”</source>
        <translation>triangle-studio %1: missing argument; see “triangle-studio help %1”</translation>
    </message>
    <message>
        <source>unknown option “%1”</source>
        <translation>unknown option “%1”</translation>
    </message>
    <message>
        <source>unknown option “%1” (did you mean “%2”?)</source>
        <translation>unknown option “%1” (did you mean “%2”?)</translation>
    </message>
    <message>
        <source>triangle-studio: %1; see “triangle-studio --help”</source>
        <translation>triangle-studio: %1; see “triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: unexpected argument “%1”; see “triangle-studio --help”</source>
        <translation>triangle-studio: unexpected argument “%1”; see “triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio help: unknown command “%1” (did you mean “%2”?)</source>
        <translation>triangle-studio help: unknown command “%1” (did you mean “%2”?)</translation>
    </message>
    <message>
        <source>triangle-studio: unknown option “%1”; see “triangle-studio --help”</source>
        <translation>triangle-studio: unknown option “%1”; see “triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: unknown command “%1” (did you mean “%2”?); see “triangle-studio --help”</source>
        <translation>triangle-studio: unknown command “%1” (did you mean “%2”?); see “triangle-studio --help”</translation>
    </message>
    <message>
        <source>triangle-studio: “%1” is not valid UTF-8 (byte 0x%2): Triangle Studio cannot open or write a file whose name is not UTF-8; rename it.</source>
        <translation>triangle-studio: “%1” is not valid UTF-8 (byte 0x%2): Triangle Studio cannot open or write a file whose name is not UTF-8; rename it.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::DrawOptions</name>
    <message>
        <source>How many weight draws, 1–%1 (default %2).</source>
        <translation>How many weight draws, 1–%1 (default %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The Dirichlet concentration, above 0 (default 50).</source>
        <translation>The Dirichlet concentration, above 0 (default 50).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The random seed, a whole number from 0 (default 1).</source>
        <translation>The random seed, a whole number from 0 (default 1).</translation>
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
        <translation>--draws must be a whole number from 1 to %1, not “%2”</translation>
    </message>
    <message>
        <source>--concentration must be a number above 0, not “%1”</source>
        <translation>--concentration must be a number above 0, not “%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not “%2”</source>
        <translation>--seed must be a whole number from 0 to %1, not “%2”</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ExportCommand</name>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Start each CSV file with a byte-order mark.</source>
        <translation>Start each CSV file with a byte-order mark.</translation>
    </message>
    <message>
        <source>triangle-studio export: %1</source>
        <translation>triangle-studio export: %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>Wrote %1 to %2</translation>
    </message>
    <message>
        <source>Write the whole database to a JSON file, an Excel workbook or CSV files.</source>
        <translation>Write the whole database to a JSON file, an Excel workbook or CSV files.</translation>
    </message>
    <message>
        <source>Writes every region, stage, assessment, policy, milestone and evidence link of the database given with --db (or the default database).
-o FILE.json writes one JSON file; -o FILE.xlsx an Excel workbook with a sheet per entity (headers in the interface language above the field keys) and a Triangles sheet of metrics and radar charts; -o NAME.csv writes a folder NAME holding one CSV file per entity (UTF-8; add --bom for Excel and WPS). The format is described in docs/data-format.md; importing the output into an empty database gives the same content.</source>
        <translation>Writes every region, stage, assessment, policy, milestone and evidence link of the database given with --db (or the default database).
-o FILE.json writes one JSON file; -o FILE.xlsx an Excel workbook with a sheet per entity (headers in the interface language above the field keys) and a Triangles sheet of metrics and radar charts; -o NAME.csv writes a folder NAME holding one CSV file per entity (UTF-8; add --bom for Excel and WPS). The format is described in docs/data-format.md; importing the output into an empty database gives the same content.</translation>
    </message>
    <message>
        <source>Where to write: FILE.json, FILE.xlsx or NAME.csv.</source>
        <translation>Where to write: FILE.json, FILE.xlsx or NAME.csv.</translation>
    </message>
    <message>
        <source>triangle-studio export: say where to write with -o FILE.json, -o FILE.xlsx or -o NAME.csv</source>
        <translation>triangle-studio export: say where to write with -o FILE.json, -o FILE.xlsx or -o NAME.csv</translation>
    </message>
</context>
<context>
    <name>triangle::cli::FigureCommand</name>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>Stage keys, comma-separated (default: all).</source>
        <translation>Stage keys, comma-separated (default: all).</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72–600 (default 300).</source>
        <translation>Resolution of a PNG, 72–600 (default 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Width x height (default %1).</source>
        <translation>Width x height (default %1).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio figure: %1</source>
        <translation>triangle-studio figure: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view must be one of %1, not “%2”</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not “%3”</source>
        <translation>--dpi must be a whole number from %1 to %2, not “%3”</translation>
    </message>
    <message>
        <source>--size must look like 160x120mm, 6x4.5in or 1600x1200px, not “%1”</source>
        <translation>--size must look like 160x120mm, 6x4.5in or 1600x1200px, not “%1”</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…]</source>
        <translation>name the regions with --regions CODE[,CODE…]</translation>
    </message>
    <message>
        <source>unknown stage “%1”</source>
        <translation>unknown stage “%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>evolution, compare, balance, dimensions, timeline or traction.</source>
        <translation>evolution, compare, balance, dimensions, timeline or traction.</translation>
    </message>
    <message>
        <source>Draw a figure of chosen regions to PNG, SVG, PDF or a web page.</source>
        <translation>Draw a figure of chosen regions to PNG, SVG, PDF or a web page.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio figure [--db FILE] --view VIEW --regions CODE[,CODE…] [--stages KEY[,KEY…]] [--lang zh_CN|en] [--dpi N] [--size WxH] -o OUT.png|OUT.svg|OUT.pdf|OUT.html|OUT.echarts.json
Views: evolution (each region&apos;s stages on one diagram, with arrows), compare (the regions overlaid, one panel per stage), balance (each region&apos;s path on the ternary balance map), dimensions (the three dimension scores across the stages, a line per region and dimension), timeline (the regions&apos; policies and milestones along the years, with the national level and the stages), traction (per dimension, the region&apos;s dated policies and milestones counted cumulatively by year, with the year each reaches half its total and the advantage stage&apos;s leader drawn thicker; one panel per region).
The format follows the file name. --size takes millimetres (160x120, the default), or a unit: cm, in, pt, or px (pixels at the chosen DPI). --dpi (72–600, default 300) sets a PNG&apos;s resolution: its pixel size is inches × DPI. SVG keeps text as text; PDF is vector with fonts embedded. --lang draws the figure&apos;s words in that language.
For the evolution and compare views, OUT.html writes a web page that draws the figure with Apache ECharts %1, the library inline, so that it opens offline; the figure is laid out at --size and scaled, type and all, to fill the window. OUT.echarts.json writes the ECharts option alone.</source>
        <translation>Usage: triangle-studio figure [--db FILE] --view VIEW --regions CODE[,CODE…] [--stages KEY[,KEY…]] [--lang zh_CN|en] [--dpi N] [--size WxH] -o OUT.png|OUT.svg|OUT.pdf|OUT.html|OUT.echarts.json
Views: evolution (each region&apos;s stages on one diagram, with arrows), compare (the regions overlaid, one panel per stage), balance (each region&apos;s path on the ternary balance map), dimensions (the three dimension scores across the stages, a line per region and dimension), timeline (the regions&apos; policies and milestones along the years, with the national level and the stages), traction (per dimension, the region&apos;s dated policies and milestones counted cumulatively by year, with the year each reaches half its total and the advantage stage&apos;s leader drawn thicker; one panel per region).
The format follows the file name. --size takes millimetres (160x120, the default), or a unit: cm, in, pt, or px (pixels at the chosen DPI). --dpi (72–600, default 300) sets a PNG&apos;s resolution: its pixel size is inches × DPI. SVG keeps text as text; PDF is vector with fonts embedded. --lang draws the figure&apos;s words in that language.
For the evolution and compare views, OUT.html writes a web page that draws the figure with Apache ECharts %1, the library inline, so that it opens offline; the figure is laid out at --size and scaled, type and all, to fill the window. OUT.echarts.json writes the ECharts option alone.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .html or .echarts.json.</source>
        <translation>The file to write: .png, .svg, .pdf, .html or .echarts.json.</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.png, OUT.svg, OUT.pdf, OUT.html or OUT.echarts.json</source>
        <translation>say where to write with -o OUT.png, OUT.svg, OUT.pdf, OUT.html or OUT.echarts.json</translation>
    </message>
    <message>
        <source>%1 output supports the evolution and compare views, not “%2”</source>
        <translation>%1 output supports the evolution and compare views, not “%2”</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .png, .svg, .pdf, .html or .echarts.json</source>
        <translation>“%1”: the file name must end in .png, .svg, .pdf, .html or .echarts.json</translation>
    </message>
    <message>
        <source>A region group is named as group:KEY or group:NAME (group:yrd, group:长三角; `triangle-studio groups` lists them): the evolution and compare views draw its aggregate triangle (the mean or median of its assessed members, as the database is set) with the members&apos; range as a band along each axis; the other views draw its members.</source>
        <translation>A region group is named as group:KEY or group:NAME (group:yrd, group:长三角; `triangle-studio groups` lists them): the evolution and compare views draw its aggregate triangle (the mean or median of its assessed members, as the database is set) with the members&apos; range as a band along each axis; the other views draw its members.</translation>
    </message>
    <message>
        <source>--each-region writes one file per region in one run, reading the database once: -o is then a pattern such as &apos;out/{code}-{view}.svg&apos; with {code} (required), {name}, {view} and {stage} (one file per region and stage, for the evolution, compare and balance views; a region without an assessment at a stage is left out). Without --regions it draws every assessed region. Folders are made as needed.</source>
        <translation>--each-region writes one file per region in one run, reading the database once: -o is then a pattern such as &apos;out/{code}-{view}.svg&apos; with {code} (required), {name}, {view} and {stage} (one file per region and stage, for the evolution, compare and balance views; a region without an assessment at a stage is left out). Without --regions it draws every assessed region. Folders are made as needed.</translation>
    </message>
    <message>
        <source>A file per region; -o is a pattern with {code}, and {name}, {view} or {stage}.</source>
        <translation>A file per region; -o is a pattern with {code}, and {name}, {view} or {stage}.</translation>
    </message>
    <message>
        <source>the %1 view has no stages: leave {stage} out of the file name</source>
        <translation>the %1 view has no stages: leave {stage} out of the file name</translation>
    </message>
    <message>
        <source>“%1” names fields such as {code}: add --each-region to write a file per region</source>
        <translation>“%1” names fields such as {code}: add --each-region to write a file per region</translation>
    </message>
    <message>
        <source>no region has an assessment yet: name the regions with --regions</source>
        <translation>no region has an assessment yet: name the regions with --regions</translation>
    </message>
    <message>
        <source>none of the regions has an assessment at the chosen stages</source>
        <translation>none of the regions has an assessment at the chosen stages</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be made</source>
        <translation>the folder “%1” cannot be made</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) written before it)</source>
        <translation>
            <numerusform>%1 (%n file written before it)</numerusform>
            <numerusform>%1 (%n files written before it)</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend entries of the compare and balance views, the last “+N more” (default %1; 0 lists every one).</source>
        <translation>Legend entries of the compare and balance views, the last “+N more” (default %1; 0 lists every one).</translation>
    </message>
    <message>
        <source>--legend must be a whole number, 0 or more, not “%1”</source>
        <translation>--legend must be a whole number, 0 or more, not “%1”</translation>
    </message>
    <message>
        <source>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</source>
        <translation>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated.</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::FindingsCommand</name>
    <message>
        <source># Findings

</source>
        <translation># Findings

</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source> *Rule: %1.*</source>
        <translation> *Rule: %1.*</translation>
    </message>
    <message>
        <source>Test the article&apos;s claims on each region&apos;s data: verdicts with the numbers behind them.</source>
        <translation>Test the article&apos;s claims on each region&apos;s data: verdicts with the numbers behind them.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>The CSV, JSON or Markdown file to write (default: a table on standard output).</source>
        <translation>The CSV, JSON or Markdown file to write (default: a table on standard output).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio findings: %1</source>
        <translation>triangle-studio findings: %1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv, .json or .md</source>
        <translation>“%1”: the file name must end in .csv, .json or .md</translation>
    </message>
    <message>
        <source>no region is assessed yet</source>
        <translation>no region is assessed yet</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated, or all (default).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1.

</source>
        <translation>Data: %1.

</translation>
    </message>
    <message>
        <source> *Under uncertainty: %1.*</source>
        <translation> *Under uncertainty: %1.*</translation>
    </message>
    <message>
        <source>    under uncertainty: %1
</source>
        <translation>    under uncertainty: %1
</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source> *Under other thresholds: %1.*</source>
        <translation> *Under other thresholds: %1.*</translation>
    </message>
    <message>
        <source>Usage: triangle-studio findings [--db FILE] [--regions CODE[,CODE…]|all] [--lang zh_CN|en] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json|OUT.md]
For each region: continuous evolution (every score rises or holds from the initial to the advantage to the target stage), advantage traction read from the scores (the dimension leading at the advantage stage gained most first, the others gain more than it afterwards) and from the dated evidence (the leader&apos;s policies and milestones reach half their total first), and dynamic balance (balanced, then led by one dimension at the advantage stage, then balanced again). Each is supported, not supported, cannot tell, planned, not observed, or lacks data (what is missing is said), with the numbers and thresholds used (docs/method.md), the rules&apos; version and the region&apos;s data basis (observed, or illustrative: built from a narrative).
Under uncertainty: each verdict is tested again under --draws weight draws around the stored weights (Dirichlet, --concentration) and as many resamples of the raters (where there are several), and shown with the share of draws that give it; JSON also has, per region, how often each verdict changes over κ = 1 to 200. Defaults: --draws 1000, --concentration 50, --seed 1; the same seed gives the same shares.
Under other thresholds (JSON and Markdown): each constant of the form classifier is tried over a range, the others held, and each verdict is given with the values that keep it and what lies beyond them.
Default --regions all: every assessed region. Without -o prints a readable table; -o writes CSV (a row per region and claim), JSON or Markdown. The database is opened read-only.</source>
        <translation>Usage: triangle-studio findings [--db FILE] [--regions CODE[,CODE…]|all] [--lang zh_CN|en] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json|OUT.md]
For each region: continuous evolution (every score rises or holds from the initial to the advantage to the target stage), advantage traction read from the scores (the dimension leading at the advantage stage gained most first, the others gain more than it afterwards) and from the dated evidence (the leader&apos;s policies and milestones reach half their total first), and dynamic balance (balanced, then led by one dimension at the advantage stage, then balanced again). Each is supported, not supported, cannot tell, planned, not observed, or lacks data (what is missing is said), with the numbers and thresholds used (docs/method.md), the rules&apos; version and the region&apos;s data basis (observed, or illustrative: built from a narrative).
Under uncertainty: each verdict is tested again under --draws weight draws around the stored weights (Dirichlet, --concentration) and as many resamples of the raters (where there are several), and shown with the share of draws that give it; JSON also has, per region, how often each verdict changes over κ = 1 to 200. Defaults: --draws 1000, --concentration 50, --seed 1; the same seed gives the same shares.
Under other thresholds (JSON and Markdown): each constant of the form classifier is tried over a range, the others held, and each verdict is given with the values that keep it and what lies beyond them.
Default --regions all: every assessed region. Without -o prints a readable table; -o writes CSV (a row per region and claim), JSON or Markdown. The database is opened read-only.</translation>
    </message>
    <message numerus="yes">
        <source>triangle-studio findings: %1 of %n region(s) tested…</source>
        <translation>
            <numerusform>triangle-studio findings: %1 of %n region tested…</numerusform>
            <numerusform>triangle-studio findings: %1 of %n regions tested…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>triangle::cli::GroupsCommand</name>
    <message>
        <source>triangle-studio groups: %1</source>
        <translation>triangle-studio groups: %1</translation>
    </message>
    <message>
        <source>No region groups yet.</source>
        <translation>No region groups yet.</translation>
    </message>
    <message>
        <source>A group&apos;s triangle is the median of its assessed members.</source>
        <translation>A group&apos;s triangle is the median of its assessed members.</translation>
    </message>
    <message>
        <source>A group&apos;s triangle is the mean of its assessed members.</source>
        <translation>A group&apos;s triangle is the mean of its assessed members.</translation>
    </message>
    <message>
        <source>  members (%1): %2</source>
        <translation>  members (%1): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  note: %1</translation>
    </message>
    <message>
        <source>  source: %1</source>
        <translation>  source: %1</translation>
    </message>
    <message>
        <source>List the region groups (key, names, members and source) and the comparison sets.</source>
        <translation>List the region groups (key, names, members and source) and the comparison sets.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio groups [--db FILE]
Prints each region group of the database: its key (what --regions group:KEY names), its Chinese and English names, its members by code and name, its note and the plan or document that defines it, and how group triangles are aggregated (mean or median); then each comparison set: its key (what --regions set:KEY names), its name and its members in the set&apos;s order. The database is opened read-only.</source>
        <translation>Usage: triangle-studio groups [--db FILE]
Prints each region group of the database: its key (what --regions group:KEY names), its Chinese and English names, its members by code and name, its note and the plan or document that defines it, and how group triangles are aggregated (mean or median); then each comparison set: its key (what --regions set:KEY names), its name and its members in the set&apos;s order. The database is opened read-only.</translation>
    </message>
    <message>
        <source>Comparison sets:</source>
        <translation>Comparison sets:</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ImportCommand</name>
    <message>
        <source>%1 regions, %2 stages, %3 assessments, %4 policies, %5 milestones, %6 evidence links</source>
        <translation>%1 regions, %2 stages, %3 assessments, %4 policies, %5 milestones, %6 evidence links</translation>
    </message>
    <message>
        <source>fail (default), skip or update</source>
        <translation>fail (default), skip or update</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>triangle-studio import: --on-conflict must be fail, skip or update, not “%1”</source>
        <translation>triangle-studio import: --on-conflict must be fail, skip or update, not “%1”</translation>
    </message>
    <message numerus="yes">
        <source>triangle-studio import: nothing was imported; %n problem(s) in %1:</source>
        <translation>
            <numerusform>triangle-studio import: nothing was imported; %n problem in %1:</numerusform>
            <numerusform>triangle-studio import: nothing was imported; %n problems in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>triangle-studio import: %1</source>
        <translation>triangle-studio import: %1</translation>
    </message>
    <message>
        <source>Created %1 and imported into it.</source>
        <translation>Created %1 and imported into it.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Imported into %1.</translation>
    </message>
    <message>
        <source>Added:   %1</source>
        <translation>Added:   %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>, %1 indicators, %2 raters, %3 indicator values with %4 evidence links</source>
        <translation>, %1 indicators, %2 raters, %3 indicator values with %4 evidence links</translation>
    </message>
    <message>
        <source>Read a JSON file, an Excel workbook or a folder of CSV files into the database, all or nothing.</source>
        <translation>Read a JSON file, an Excel workbook or a folder of CSV files into the database, all or nothing.</translation>
    </message>
    <message>
        <source>A .json file, an .xlsx workbook or a folder of CSV files.</source>
        <translation>A .json file, an .xlsx workbook or a folder of CSV files.</translation>
    </message>
    <message>
        <source>triangle-studio import: warning: no backup was taken: %1</source>
        <translation>triangle-studio import: warning: no backup was taken: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>Backed up %1 to %2 first.</translation>
    </message>
    <message numerus="yes">
        <source>, %n region group(s)</source>
        <translation>
            <numerusform>, %n region group</numerusform>
            <numerusform>, %n region groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n comparison set(s)</source>
        <translation>
            <numerusform>, %n comparison set</numerusform>
            <numerusform>, %n comparison sets</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: triangle-studio import [--db FILE] [--on-conflict fail|skip|update] IN.json|IN.xlsx|IN_FOLDER
A returned scoring packet (see `triangle-studio packet`), or a folder of them, is recognised and its answers stored as its expert&apos;s for its round; it reports what was filled, left empty and out of range, and refuses a packet of another database or an altered one with nothing written.
Checks the whole input first and reports every problem with its file and line, sheet and row, or JSON path, and field; a workbook&apos;s Triangles sheet is derived and not read; nothing is written unless all of it is valid, and then all of it is written in one transaction. Records are matched by their keys (region code, stage key, policy or milestone uid, region and stage of an assessment): --on-conflict says what to do with one already in the database (fail, the default; skip it; or update it from the file).</source>
        <translation>Usage: triangle-studio import [--db FILE] [--on-conflict fail|skip|update] IN.json|IN.xlsx|IN_FOLDER
A returned scoring packet (see `triangle-studio packet`), or a folder of them, is recognised and its answers stored as its expert&apos;s for its round; it reports what was filled, left empty and out of range, and refuses a packet of another database or an altered one with nothing written.
Checks the whole input first and reports every problem with its file and line, sheet and row, or JSON path, and field; a workbook&apos;s Triangles sheet is derived and not read; nothing is written unless all of it is valid, and then all of it is written in one transaction. Records are matched by their keys (region code, stage key, policy or milestone uid, region and stage of an assessment): --on-conflict says what to do with one already in the database (fail, the default; skip it; or update it from the file).</translation>
    </message>
    <message>
        <source>, the expert panel&apos;s %1 packets, %2 answers and %3 comparisons</source>
        <translation>, the expert panel&apos;s %1 packets, %2 answers and %3 comparisons</translation>
    </message>
    <message>
        <source>Weight sets: %1 added, %2 updated, %3 skipped</source>
        <translation>Weight sets: %1 added, %2 updated, %3 skipped</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PacketCommand</name>
    <message>
        <source>Scoring packets for experts: one workbook each, to fill in with Excel, WPS or LibreOffice and import back.</source>
        <translation>Scoring packets for experts: one workbook each, to fill in with Excel, WPS or LibreOffice and import back.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio packet [--db FILE] --rater KEY|NAME[,…] --regions CODES --stage KEY [--round N] [--deadline TEXT] [--comparisons] -o OUT.xlsx|OUT_FOLDER
Writes one workbook per expert, in the expert&apos;s language: an instructions sheet (what to do, the scale, the deadline, each indicator&apos;s definition and rubric), a sheet with a row per region and indicator (the rubric&apos;s anchors as a drop-down list, the score checked to lie from 0 to 10 in steps of 0.1, a note), and with --comparisons a sheet of pairwise comparisons on Saaty&apos;s 1–9 scale. Everything but the cells to fill in is protected, without a password. A packet shows no other expert&apos;s scores; from round 2 on it shows each item&apos;s median and interquartile range from the round before and the expert&apos;s own score, and asks for a reason when the new score lies outside that range. The database records each packet, so that `triangle-studio import` takes the returned file back. With one expert -o may name the file; with several, -o names a folder and each file is named after its expert, stage and round.</source>
        <translation>Usage: triangle-studio packet [--db FILE] --rater KEY|NAME[,…] --regions CODES --stage KEY [--round N] [--deadline TEXT] [--comparisons] -o OUT.xlsx|OUT_FOLDER
Writes one workbook per expert, in the expert&apos;s language: an instructions sheet (what to do, the scale, the deadline, each indicator&apos;s definition and rubric), a sheet with a row per region and indicator (the rubric&apos;s anchors as a drop-down list, the score checked to lie from 0 to 10 in steps of 0.1, a note), and with --comparisons a sheet of pairwise comparisons on Saaty&apos;s 1–9 scale. Everything but the cells to fill in is protected, without a password. A packet shows no other expert&apos;s scores; from round 2 on it shows each item&apos;s median and interquartile range from the round before and the expert&apos;s own score, and asks for a reason when the new score lies outside that range. The database records each packet, so that `triangle-studio import` takes the returned file back. With one expert -o may name the file; with several, -o names a folder and each file is named after its expert, stage and round.</translation>
    </message>
    <message>
        <source>The experts (rater keys or names), comma-separated.</source>
        <translation>The experts (rater keys or names), comma-separated.</translation>
    </message>
    <message>
        <source>EXPERTS</source>
        <translation>EXPERTS</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated.</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>The stage to score (its key: initial, advantage, target, …).</source>
        <translation>The stage to score (its key: initial, advantage, target, …).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The Delphi round (default 1).</source>
        <translation>The Delphi round (default 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>When the packet is due back, as the experts should read it.</source>
        <translation>When the packet is due back, as the experts should read it.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Add the sheet of pairwise comparisons (AHP).</source>
        <translation>Add the sheet of pairwise comparisons (AHP).</translation>
    </message>
    <message>
        <source>The workbook (one expert) or the folder to write.</source>
        <translation>The workbook (one expert) or the folder to write.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio packet: %1</source>
        <translation>triangle-studio packet: %1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1 to 20, not “%1”</source>
        <translation>--round must be a whole number from 1 to 20, not “%1”</translation>
    </message>
    <message>
        <source>with several experts, -o names a folder, not “%1”</source>
        <translation>with several experts, -o names a folder, not “%1”</translation>
    </message>
    <message>
        <source>there is no rater “%1” (add the expert first, in the window&apos;s Panel page)</source>
        <translation>there is no rater “%1” (add the expert first, in the window&apos;s Panel page)</translation>
    </message>
    <message>
        <source>--regions names no region</source>
        <translation>--regions names no region</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>the folder %1 cannot be made</translation>
    </message>
    <message>
        <source>no packet for %1: %2</source>
        <translation>no packet for %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 for %2: %n item(s)</source>
        <translation>
            <numerusform>Wrote %1 for %2: %n item(s)</numerusform>
            <numerusform>Wrote %1 for %2: %n item(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>triangle-studio import: warning: no backup was taken: %1</source>
        <translation>triangle-studio import: warning: no backup was taken: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>Backed up %1 to %2 first.</translation>
    </message>
    <message>
        <source>triangle-studio import: %1</source>
        <translation>triangle-studio import: %1</translation>
    </message>
    <message>
        <source>Skipped %1: not a scoring packet.</source>
        <translation>Skipped %1: not a scoring packet.</translation>
    </message>
    <message>
        <source>Imported %1 packet(s), refused %2.</source>
        <translation>Imported %1 packet(s), refused %2.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PanelCommand</name>
    <message>
        <source>The expert panel: packets, each round&apos;s convergence (CV, Kendall&apos;s W, α) and the AHP weights and their consistency.</source>
        <translation>The expert panel: packets, each round&apos;s convergence (CV, Kendall&apos;s W, α) and the AHP weights and their consistency.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio panel [--db FILE] [--stage KEY] [--round N] [--include-inconsistent] [-o OUT.csv|OUT.json|OUT.md]
For each stage and Delphi round: who answered; per dimension Kendall&apos;s W with the tie correction, its chi-square and p-value, and Krippendorff&apos;s α with a 95 % bootstrap interval; the same α over the stage; each item&apos;s median, interquartile range and coefficient of variation; and whether the stop rule is met (set in the window&apos;s Panel page). For the pairwise comparisons: each expert&apos;s consistency ratio per scope with the comparison that most breaks it, and the group&apos;s weights by the geometric mean of the judgments (AIJ) or of the priorities (AIP), from the experts whose CR is within the limit unless --include-inconsistent. Without -o prints tables; -o writes CSV (a row per measure), JSON or Markdown. The database is opened read-only.</source>
        <translation>Usage: triangle-studio panel [--db FILE] [--stage KEY] [--round N] [--include-inconsistent] [-o OUT.csv|OUT.json|OUT.md]
For each stage and Delphi round: who answered; per dimension Kendall&apos;s W with the tie correction, its chi-square and p-value, and Krippendorff&apos;s α with a 95 % bootstrap interval; the same α over the stage; each item&apos;s median, interquartile range and coefficient of variation; and whether the stop rule is met (set in the window&apos;s Panel page). For the pairwise comparisons: each expert&apos;s consistency ratio per scope with the comparison that most breaks it, and the group&apos;s weights by the geometric mean of the judgments (AIJ) or of the priorities (AIP), from the experts whose CR is within the limit unless --include-inconsistent. Without -o prints tables; -o writes CSV (a row per measure), JSON or Markdown. The database is opened read-only.</translation>
    </message>
    <message>
        <source>Only this stage&apos;s rounds.</source>
        <translation>Only this stage&apos;s rounds.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Only this round.</source>
        <translation>Only this round.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep experts whose consistency ratio is above the limit in the group&apos;s weights.</source>
        <translation>Keep experts whose consistency ratio is above the limit in the group&apos;s weights.</translation>
    </message>
    <message>
        <source>The CSV, JSON or Markdown file to write.</source>
        <translation>The CSV, JSON or Markdown file to write.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio panel: %1</source>
        <translation>triangle-studio panel: %1</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv, .json or .md</source>
        <translation>“%1”: the file name must end in .csv, .json or .md</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1, not “%1”</source>
        <translation>--round must be a whole number from 1, not “%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::PanelOutput</name>
    <message>
        <source>Expert panel · %1</source>
        <translation>Expert panel · %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Expert panel</source>
        <translation>Expert panel</translation>
    </message>
</context>
<context>
    <name>triangle::cli::RegionsCommand</name>
    <message>
        <source>Add the prefecture- and county-level units of mainland China to a database.</source>
        <translation>Add the prefecture- and county-level units of mainland China to a database.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio regions add-levels [--db FILE]
add-levels adds the national level, the 31 provinces and the about 3,200 prefecture- and county-level units that ship with Triangle Studio (National Bureau of Statistics codes of 2023, English names generated from pinyin) wherever their code is not in the database yet, in one transaction. Regions already there are left exactly as they are, so running it again adds nothing.</source>
        <translation>Usage: triangle-studio regions add-levels [--db FILE]
add-levels adds the national level, the 31 provinces and the about 3,200 prefecture- and county-level units that ship with Triangle Studio (National Bureau of Statistics codes of 2023, English names generated from pinyin) wherever their code is not in the database yet, in one transaction. Regions already there are left exactly as they are, so running it again adds nothing.</translation>
    </message>
    <message>
        <source>What to do: add-levels.</source>
        <translation>What to do: add-levels.</translation>
    </message>
    <message>
        <source>triangle-studio regions: unknown action “%1” (the action is add-levels)</source>
        <translation>triangle-studio regions: unknown action “%1” (the action is add-levels)</translation>
    </message>
    <message>
        <source>triangle-studio regions: %1</source>
        <translation>triangle-studio regions: %1</translation>
    </message>
    <message>
        <source>triangle-studio regions: warning: no backup was taken: %1</source>
        <translation>triangle-studio regions: warning: no backup was taken: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 first.</source>
        <translation>Backed up %1 to %2 first.</translation>
    </message>
    <message>
        <source>triangle-studio regions: nothing was added: %1</source>
        <translation>triangle-studio regions: nothing was added: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n region(s) to %1.</source>
        <translation>
            <numerusform>Added %n region to %1.</numerusform>
            <numerusform>Added %n regions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there, left as they were: %1</source>
        <translation>Already there, left as they were: %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::ReportCommand</name>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio report: %1</source>
        <translation>triangle-studio report: %1</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…] or --regions all</source>
        <translation>name the regions with --regions CODE[,CODE…] or --regions all</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>A region group named as group:KEY or group:NAME gets a page of its own: its aggregate triangle across the stages with its members&apos; range, a table of it with how many members were assessed, and its members&apos; scores; it is drawn on the comparison page too. A region page shows the region&apos;s roll-up from its assessed sub-regions beside its own triangle.</source>
        <translation>A region group named as group:KEY or group:NAME gets a page of its own: its aggregate triangle across the stages with its members&apos; range, a table of it with how many members were assessed, and its members&apos; scores; it is drawn on the comparison page too. A region page shows the region&apos;s roll-up from its assessed sub-regions beside its own triangle.</translation>
    </message>
    <message>
        <source>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</source>
        <translation>A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: it stands for its members, compared in the set&apos;s order.</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all.</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated, or all.</translation>
    </message>
    <message>
        <source>Write a report for chosen regions: a PDF, or an OpenDocument text to edit.</source>
        <translation>Write a report for chosen regions: a PDF, or an OpenDocument text to edit.</translation>
    </message>
    <message>
        <source>With -o OUT.odt it writes an OpenDocument text with the same content, for LibreOffice, Word or WPS to open and edit: real headings, tables and the figures as images.</source>
        <translation>With -o OUT.odt it writes an OpenDocument text with the same content, for LibreOffice, Word or WPS to open and edit: real headings, tables and the figures as images.</translation>
    </message>
    <message>
        <source>With -o OUT.docx LibreOffice, where installed, converts that text into a Word document.</source>
        <translation>With -o OUT.docx LibreOffice, where installed, converts that text into a Word document.</translation>
    </message>
    <message>
        <source>The report to write: a .pdf, .odt or .docx file.</source>
        <translation>The report to write: a .pdf, .odt or .docx file.</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.pdf, -o OUT.odt or -o OUT.docx</source>
        <translation>say where to write with -o OUT.pdf, -o OUT.odt or -o OUT.docx</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Part %1 of %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Usage: triangle-studio report [--db FILE] --regions CODE[,CODE…]|set:NAME|all [--lang zh_CN|en] -o OUT.pdf
Writes a cover, the method, pages for each region in the order named (its evolution diagram, metrics with the change from stage to stage, and the argument for each score: how it was set, the rationale, the indicator scores with their notes, the evidence linked and the raters&apos; spread; then its dated policies and milestones), a page comparing the regions at each stage and a page on how their readings depend on the indicator weights (advantage stage, %1 draws, concentration %2, seed %3). “all” means every region that has an assessment. A report that fails leaves no file behind.</source>
        <translation>Usage: triangle-studio report [--db FILE] --regions CODE[,CODE…]|set:NAME|all [--lang zh_CN|en] -o OUT.pdf
Writes a cover, the method, pages for each region in the order named (its evolution diagram, metrics with the change from stage to stage, and the argument for each score: how it was set, the rationale, the indicator scores with their notes, the evidence linked and the raters&apos; spread; then its dated policies and milestones), a page comparing the regions at each stage and a page on how their readings depend on the indicator weights (advantage stage, %1 draws, concentration %2, seed %3). “all” means every region that has an assessment. A report that fails leaves no file behind.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SensitivityCommand</name>
    <message>
        <source>How robust each region&apos;s leading dimension, form and rank are to the indicator weights.</source>
        <translation>How robust each region&apos;s leading dimension, form and rank are to the indicator weights.</translation>
    </message>
    <message>
        <source>Usage: triangle-studio sensitivity [--db FILE] --regions CODE[,CODE…]|all [--stage KEY] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json]
Draws the indicator weights N times around the stored ones, each dimension&apos;s from Dirichlet(K × its normalised weights), derives the dimension scores again and counts how often each region&apos;s leading dimension, form and rank (by triangle area among the chosen regions) differ from what the stored weights give. A dimension set by hand keeps its score. The same seed gives the same result.
“all” means every region with indicator values at the stage. Defaults: --stage advantage, --draws 10000, --concentration 50 (larger keeps the draws closer to the stored weights), --seed 1.
Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per region, -o OUT.json the parameters and an object per region (rates and shares as fractions of the draws). The database is opened read-only.</source>
        <translation>Usage: triangle-studio sensitivity [--db FILE] --regions CODE[,CODE…]|all [--stage KEY] [--draws N] [--concentration K] [--seed S] [-o OUT.csv|OUT.json]
Draws the indicator weights N times around the stored ones, each dimension&apos;s from Dirichlet(K × its normalised weights), derives the dimension scores again and counts how often each region&apos;s leading dimension, form and rank (by triangle area among the chosen regions) differ from what the stored weights give. A dimension set by hand keeps its score. The same seed gives the same result.
“all” means every region with indicator values at the stage. Defaults: --stage advantage, --draws 10000, --concentration 50 (larger keeps the draws closer to the stored weights), --seed 1.
Without -o prints a table; -o OUT.csv writes a header row of stable keys and a row per region, -o OUT.json the parameters and an object per region (rates and shares as fractions of the draws). The database is opened read-only.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>The stage key (default advantage).</source>
        <translation>The stage key (default advantage).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The CSV or JSON file to write (default: a table on standard output).</source>
        <translation>The CSV or JSON file to write (default: a table on standard output).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio sensitivity: %1</source>
        <translation>triangle-studio sensitivity: %1</translation>
    </message>
    <message>
        <source>name the regions with --regions CODE[,CODE…] or --regions all</source>
        <translation>name the regions with --regions CODE[,CODE…] or --regions all</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .csv or .json</source>
        <translation>“%1”: the file name must end in .csv or .json</translation>
    </message>
    <message>
        <source>unknown stage “%1” (the stages are %2)</source>
        <translation>unknown stage “%1” (the stages are %2)</translation>
    </message>
    <message>
        <source>no region has indicator values at stage “%1”</source>
        <translation>no region has indicator values at stage “%1”</translation>
    </message>
    <message>
        <source>none of the regions is assessed at stage “%1”</source>
        <translation>none of the regions is assessed at stage “%1”</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Region codes, group:KEY or set:KEY, comma-separated, or all.</source>
        <translation>Region codes, group:KEY or set:KEY, comma-separated, or all.</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SensitivityOutput</name>
    <message numerus="yes">
        <source>Weight sensitivity at %1: %n draw(s), concentration %2, seed %3</source>
        <translation>
            <numerusform>Weight sensitivity at %1: %n draw, concentration %2, seed %3</numerusform>
            <numerusform>Weight sensitivity at %1: %n draws, concentration %2, seed %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Each draw takes each dimension&apos;s indicator weights from Dirichlet(concentration × the stored
weights) and derives the scores again; “changes” is the share of draws whose reading differs from
the one with the stored weights. Rank 1 is the largest triangle area.</source>
        <translation>Each draw takes each dimension&apos;s indicator weights from Dirichlet(concentration × the stored
weights) and derives the scores again; “changes” is the share of draws whose reading differs from
the one with the stored weights. Rank 1 is the largest triangle area.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Leading</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Rank (range)</source>
        <translation>Rank (range)</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>Share of draws in which each dimension leads:</source>
        <translation>Share of draws in which each dimension leads:</translation>
    </message>
    <message>
        <source>Every score set by hand, so the weights do not apply: %1</source>
        <translation>Every score set by hand, so the weights do not apply: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not assessed at this stage: %1</source>
        <translation>Not assessed at this stage: %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SummaryCommand</name>
    <message>
        <source>List each assessed region&apos;s triangles with area, balance, leading dimension and form.</source>
        <translation>List each assessed region&apos;s triangles with area, balance, leading dimension and form.</translation>
    </message>
    <message>
        <source>triangle-studio summary: %1</source>
        <translation>triangle-studio summary: %1</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>Region / stage: mission / political / operational; area, balance, leading dimension, form</source>
        <translation>Region / stage: mission / political / operational; area, balance, leading dimension, form</translation>
    </message>
    <message>
        <source>  %1: %2 / %3 / %4; area %5, balance %6, leading %7, %8</source>
        <translation>  %1: %2 / %3 / %4; area %5, balance %6, leading %7, %8</translation>
    </message>
    <message>
        <source>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle&apos;s area, balance (lowest over highest score) and area ratio (the earlier balance index), its leading dimension and its form. The database is opened read-only.</source>
        <translation>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle&apos;s area, balance (lowest over highest score) and area ratio (the earlier balance index), its leading dimension and its form. The database is opened read-only.</translation>
    </message>
    <message>
        <source>%1 (area ratio %2)</source>
        <translation>%1 (area ratio %2)</translation>
    </message>
    <message>
        <source>A region whose sub-regions are assessed also gets a roll-up at each stage: the mean (or median, as the database is set) of its assessed sub-regions, beside its own triangle, with how many were assessed and their range per dimension. Then each region group&apos;s triangle, aggregated the same way from its members.</source>
        <translation>A region whose sub-regions are assessed also gets a roll-up at each stage: the mean (or median, as the database is set) of its assessed sub-regions, beside its own triangle, with how many were assessed and their range per dimension. Then each region group&apos;s triangle, aggregated the same way from its members.</translation>
    </message>
    <message>
        <source>median of %1 of %2 assessed</source>
        <translation>median of %1 of %2 assessed</translation>
    </message>
    <message>
        <source>mean of %1 of %2 assessed</source>
        <translation>mean of %1 of %2 assessed</translation>
    </message>
    <message>
        <source>%1, range %2</source>
        <translation>%1, range %2</translation>
    </message>
    <message>
        <source>%1, roll-up</source>
        <translation>%1, roll-up</translation>
    </message>
    <message>
        <source>      sub-regions: %1</source>
        <translation>      sub-regions: %1</translation>
    </message>
    <message>
        <source>Region groups: each group&apos;s triangle from its assessed members</source>
        <translation>Region groups: each group&apos;s triangle from its assessed members</translation>
    </message>
    <message>
        <source>      members: %1</source>
        <translation>      members: %1</translation>
    </message>
    <message numerus="yes">
        <source>  no member assessed (%n member(s))</source>
        <translation>
            <numerusform>  no member assessed (%n member)</numerusform>
            <numerusform>  no member assessed (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line names the program&apos;s version, the findings rules&apos; version and the data&apos;s fingerprint (docs/method.md); under each assessment, how many of its dimension scores and indicator values cite evidence.</source>
        <translation>The first line names the program&apos;s version, the findings rules&apos; version and the data&apos;s fingerprint (docs/method.md); under each assessment, how many of its dimension scores and indicator values cite evidence.</translation>
    </message>
    <message>
        <source>      warning: %1</source>
        <translation>      warning: %1</translation>
    </message>
</context>
<context>
    <name>triangle::cli::WeightsCommand</name>
    <message>
        <source>List, derive, combine, activate, remove and compare the indicator weight sets.</source>
        <translation>List, derive, combine, activate, remove and compare the indicator weight sets.</translation>
    </message>
    <message>
        <source>Make a set from the data: entropy or critic.</source>
        <translation>Make a set from the data: entropy or critic.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Make a set from two: the experts&apos; set A and the data&apos;s set B.</source>
        <translation>Make a set from two: the experts&apos; set A and the data&apos;s set B.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>How --combine combines: multiplicative or linear.</source>
        <translation>How --combine combines: multiplicative or linear.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>The experts&apos; share in a linear combination, 0 to 1 (default 0.5).</source>
        <translation>The experts&apos; share in a linear combination, 0 to 1 (default 0.5).</translation>
    </message>
    <message>
        <source>ALPHA</source>
        <translation>ALPHA</translation>
    </message>
    <message>
        <source>The new set&apos;s name.</source>
        <translation>The new set&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Keep the weights in force as an analyst&apos;s set of this name.</source>
        <translation>Keep the weights in force as an analyst&apos;s set of this name.</translation>
    </message>
    <message>
        <source>Put the set&apos;s weights in force.</source>
        <translation>Put the set&apos;s weights in force.</translation>
    </message>
    <message>
        <source>Remove the set.</source>
        <translation>Remove the set.</translation>
    </message>
    <message>
        <source>Compare the regions under these sets.</source>
        <translation>Compare the regions under these sets.</translation>
    </message>
    <message>
        <source>A,B[,C…]</source>
        <translation>A,B[,C…]</translation>
    </message>
    <message>
        <source>The stage key (for --derive and --compare).</source>
        <translation>The stage key (for --derive and --compare).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>csv, json or md on standard output, or a file ending so.</source>
        <translation>csv, json or md on standard output, or a file ending so.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>triangle-studio weights: %1</source>
        <translation>triangle-studio weights: %1</translation>
    </message>
    <message>
        <source>one action at a time, not %1</source>
        <translation>one action at a time, not %1</translation>
    </message>
    <message>
        <source>-o takes csv, json or md, or a file name ending in .csv, .json or .md, not “%1”</source>
        <translation>-o takes csv, json or md, or a file name ending in .csv, .json or .md, not “%1”</translation>
    </message>
    <message>
        <source>-o goes with the list or --compare</source>
        <translation>-o goes with the list or --compare</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>No weight sets yet.</source>
        <translation>No weight sets yet.</translation>
    </message>
    <message>
        <source>No set is in force: the weights were edited by hand since one was activated.</source>
        <translation>No set is in force: the weights were edited by hand since one was activated.</translation>
    </message>
    <message>
        <source>%1  (%2, in force)</source>
        <translation>%1  (%2, in force)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>--compare needs two or more set names, comma-separated</source>
        <translation>--compare needs two or more set names, comma-separated</translation>
    </message>
    <message>
        <source>--compare needs --stage KEY</source>
        <translation>--compare needs --stage KEY</translation>
    </message>
    <message>
        <source>no region has indicator values and an assessment at stage “%1”</source>
        <translation>no region has indicator values and an assessment at stage “%1”</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1: rank</source>
        <translation>%1: rank</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: form</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>leading</translation>
    </message>
    <message>
        <source>Weight sets compared at %1: rank 1 is the largest triangle area; * marks a change between the sets.</source>
        <translation>Weight sets compared at %1: rank 1 is the largest triangle area; * marks a change between the sets.</translation>
    </message>
    <message>
        <source>--derive takes entropy or critic, not “%1”</source>
        <translation>--derive takes entropy or critic, not “%1”</translation>
    </message>
    <message>
        <source>--derive needs --stage KEY</source>
        <translation>--derive needs --stage KEY</translation>
    </message>
    <message>
        <source>--combine takes two set names, A,B</source>
        <translation>--combine takes two set names, A,B</translation>
    </message>
    <message>
        <source>--combine needs --rule multiplicative or --rule linear</source>
        <translation>--combine needs --rule multiplicative or --rule linear</translation>
    </message>
    <message>
        <source>--alpha must be a number from 0 to 1, not “%1”</source>
        <translation>--alpha must be a number from 0 to 1, not “%1”</translation>
    </message>
    <message>
        <source>name the new set with --name NAME</source>
        <translation>name the new set with --name NAME</translation>
    </message>
    <message>
        <source>triangle-studio weights: warning: no backup was taken: %1</source>
        <translation>triangle-studio weights: warning: no backup was taken: %1</translation>
    </message>
    <message>
        <source>Added the weight set “%1”: %2</source>
        <translation>Added the weight set “%1”: %2</translation>
    </message>
    <message>
        <source>The weight set “%1” is in force; every derived score was derived again.</source>
        <translation>The weight set “%1” is in force; every derived score was derived again.</translation>
    </message>
    <message>
        <source>Removed the weight set “%1”.</source>
        <translation>Removed the weight set “%1”.</translation>
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
        <translation>Usage: triangle-studio weights [--db FILE] [-o csv|json|md|OUT.csv|OUT.json|OUT.md]
       triangle-studio weights [--db FILE] --derive entropy|critic --stage KEY --name NAME
       triangle-studio weights [--db FILE] --combine A,B --rule multiplicative|linear [--alpha 0.5] --name NAME
       triangle-studio weights [--db FILE] --from-panel NAME [--round N] [--include-inconsistent]
       triangle-studio weights [--db FILE] --record NAME | --activate NAME | --remove NAME
       triangle-studio weights [--db FILE] --compare A,B[,C…] --stage KEY [-o csv|json|md|OUT…]
Without an action, lists every weight set: its name, method, how it was made, whether it is in force, and its weight and share within the dimension for each indicator.
--derive makes a set from the indicator values at the stage (each dimension&apos;s indicators on their own; the raters&apos; values combined as the database is set). --combine makes one from set A (the experts&apos;) and set B (the data&apos;s), by the product or by α·A + (1 − α)·B. --from-panel makes one from the expert panel&apos;s AHP weights of the round (the group&apos;s, by AIJ or AIP as the panel is set, from the experts whose consistency ratio passes); a dimension the experts did not compare keeps the weights in force. --record keeps the weights in force as an analyst&apos;s set. --activate puts a set&apos;s weights in force and derives every score again; a set with a weight of 0 cannot be. --remove removes a set that is not in force.
--compare prints each region&apos;s rank (by triangle area) and form under each set at the stage, marking those that change. -o chooses CSV, JSON or Markdown on standard output, or writes the file named. Listing and comparing open the database read-only; the other actions take the day&apos;s backup first.</translation>
    </message>
    <message>
        <source>Make a set from the expert panel&apos;s AHP weights (the latest round with comparisons, or --round).</source>
        <translation>Make a set from the expert panel&apos;s AHP weights (the latest round with comparisons, or --round).</translation>
    </message>
    <message>
        <source>The panel round for --from-panel.</source>
        <translation>The panel round for --from-panel.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --from-panel: keep experts whose consistency ratio is above the limit.</source>
        <translation>With --from-panel: keep experts whose consistency ratio is above the limit.</translation>
    </message>
    <message>
        <source>--round must be a whole number from 1 to 20, not “%1”</source>
        <translation>--round must be a whole number from 1 to 20, not “%1”</translation>
    </message>
</context>
</TS>
