<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</source>
        <translation>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was opened. Checking the database instead; run “triangle-studio --help” for the commands that work without a display.</translation>
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
    <name>triangle::DataImporter</name>
    <message>
        <source>stage “%1”</source>
        <translation>stage “%1”</translation>
    </message>
    <message>
        <source>regions “%1” and “%2” are each other's ancestors</source>
        <translation>regions “%1” and “%2” are each other's ancestors</translation>
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
        <translation><numerusform>Nothing was imported: %n problem found.</numerusform><numerusform>Nothing was imported: %n problems found.</numerusform></translation>
    </message>
</context>
<context>
    <name>triangle::DataReader</name>
    <message>
        <source>unknown field (accepted: %1)</source>
        <translation>unknown field (accepted: %1)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
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
        <source>a list of dimensions</source>
        <translation>a list of dimensions</translation>
    </message>
    <message>
        <source>unknown dimension “%1” (accepted: %2)</source>
        <translation>unknown dimension “%1” (accepted: %2)</translation>
    </message>
    <message>
        <source>an object keyed by dimension</source>
        <translation>an object keyed by dimension</translation>
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
        <source>must be %1</source>
        <translation>must be %1</translation>
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
        <source>duplicate %1 “%2” (first used at %3)</source>
        <translation>duplicate %1 “%2” (first used at %3)</translation>
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
        <source>stage key</source>
        <translation>stage key</translation>
    </message>
    <message>
        <source>region code</source>
        <translation>region code</translation>
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
        <source>policy uid</source>
        <translation>policy uid</translation>
    </message>
    <message>
        <source>milestone uid</source>
        <translation>milestone uid</translation>
    </message>
    <message>
        <source>a unit needs a quantity</source>
        <translation>a unit needs a quantity</translation>
    </message>
    <message>
        <source>assessment of region and stage</source>
        <translation>assessment of region and stage</translation>
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
        <source>Seeding “%1” with the default data failed:
%2</source>
        <translation>Seeding “%1” with the default data failed:
%2</translation>
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
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
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
</context>
<context>
    <name>triangle::MainWindow</name>
    <message>
        <source>Triangle Studio databases (*.%1);;All files (*)</source>
        <translation>Triangle Studio databases (*.%1);;All files (*)</translation>
    </message>
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
        <source>Created %1 with the article's data</source>
        <translation>Created %1 with the article's data</translation>
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
        <source>&lt;p&gt;Select a region on the left to see its profile and assessments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a region on the left to see its profile and assessments.&lt;/p&gt;</translation>
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
        <source>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;Analyses how Chinese provinces reform government operations support through Mark Moore's strategic triangle of public value: mission, political and operational management.&lt;/p&gt;&lt;p&gt;Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework Construction and Case Review”. The shipped scores are an analyst's reading of the article, not measured data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Triangle Studio %1&lt;/h3&gt;&lt;p&gt;Analyses how Chinese provinces reform government operations support through Mark Moore's strategic triangle of public value: mission, political and operational management.&lt;/p&gt;&lt;p&gt;Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework Construction and Case Review”. The shipped scores are an analyst's reading of the article, not measured data.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
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
        <source>none (all within %1)</source>
        <translation>none (all within %1)</translation>
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
        <source>Area %1 of a possible %2; balance %3 (1 is equilateral).</source>
        <translation>Area %1 of a possible %2; balance %3 (1 is equilateral).</translation>
    </message>
    <message>
        <source>No dimension stands out and the mean score %1 is below %2: an initial, balanced-low triangle.</source>
        <translation>No dimension stands out and the mean score %1 is below %2: an initial, balanced-low triangle.</translation>
    </message>
    <message>
        <source>No dimension stands out and the mean score %1 reaches %2: a balanced-high triangle.</source>
        <translation>No dimension stands out and the mean score %1 reaches %2: a balanced-high triangle.</translation>
    </message>
    <message>
        <source>%1 leads both other dimensions by %2 or more: an advantage triangle that it pulls along.</source>
        <translation>%1 leads both other dimensions by %2 or more: an advantage triangle that it pulls along.</translation>
    </message>
    <message>
        <source>%1 trails both other dimensions by %2 or more: the triangle is held back by it.</source>
        <translation>%1 trails both other dimensions by %2 or more: the triangle is held back by it.</translation>
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
        <source>“%1” is damaged: SQLite's integrity check reports “%2”.</source>
        <translation>“%1” is damaged: SQLite's integrity check reports “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: its header is unreadable.</source>
        <translation>“%1” cannot be read: its header is unreadable.</translation>
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
        <source>“%1” cannot be opened to back it up.</source>
        <translation>“%1” cannot be opened to back it up.</translation>
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
        <source>A copy cannot replace the open database itself.</source>
        <translation>A copy cannot replace the open database itself.</translation>
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
        <source>No %1 “%2” in the database.</source>
        <translation>No %1 “%2” in the database.</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>Reading assessments</translation>
    </message>
    <message>
        <source>Reading an assessment</source>
        <translation>Reading an assessment</translation>
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
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>Deleting an assessment</source>
        <translation>Deleting an assessment</translation>
    </message>
    <message>
        <source>Reading evidence</source>
        <translation>Reading evidence</translation>
    </message>
    <message>
        <source>Linking evidence</source>
        <translation>Linking evidence</translation>
    </message>
    <message>
        <source>Unlinking evidence</source>
        <translation>Unlinking evidence</translation>
    </message>
    <message>
        <source>evidence link</source>
        <translation>evidence link</translation>
    </message>
    <message>
        <source>Reading regions</source>
        <translation>Reading regions</translation>
    </message>
    <message>
        <source>Reading a region</source>
        <translation>Reading a region</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>region with code</source>
        <translation>region with code</translation>
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
        <source>Reading stages</source>
        <translation>Reading stages</translation>
    </message>
    <message>
        <source>Reading a stage</source>
        <translation>Reading a stage</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
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
        <source>Deleting a stage</source>
        <translation>Deleting a stage</translation>
    </message>
    <message>
        <source>Reading policies</source>
        <translation>Reading policies</translation>
    </message>
    <message>
        <source>Reading a policy</source>
        <translation>Reading a policy</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>Policy “%1”</source>
        <translation>Policy “%1”</translation>
    </message>
    <message>
        <source>Adding policy “%1”</source>
        <translation>Adding policy “%1”</translation>
    </message>
    <message>
        <source>Saving policy “%1”</source>
        <translation>Saving policy “%1”</translation>
    </message>
    <message>
        <source>Deleting a policy</source>
        <translation>Deleting a policy</translation>
    </message>
    <message>
        <source>Reading milestones</source>
        <translation>Reading milestones</translation>
    </message>
    <message>
        <source>Reading a milestone</source>
        <translation>Reading a milestone</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>Milestone “%1”</source>
        <translation>Milestone “%1”</translation>
    </message>
    <message>
        <source>Adding milestone “%1”</source>
        <translation>Adding milestone “%1”</translation>
    </message>
    <message>
        <source>Saving milestone “%1”</source>
        <translation>Saving milestone “%1”</translation>
    </message>
    <message>
        <source>Deleting a milestone</source>
        <translation>Deleting a milestone</translation>
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
</context>
<context>
    <name>triangle::cli::CheckCommand</name>
    <message>
        <source>Check a database: schema version, integrity and record counts.</source>
        <translation>Check a database: schema version, integrity and record counts.</translation>
    </message>
    <message>
        <source>Opens the database given with --db (or the default database, which is created and seeded with the article's data if it does not exist yet), runs SQLite's integrity check, and prints the schema version and the number of regions, stages, assessments, policies, milestones and evidence links.
A file given with --db is opened read-only and never changed.
Exits with 0 when the database is sound, 1 otherwise.</source>
        <translation>Opens the database given with --db (or the default database, which is created and seeded with the article's data if it does not exist yet), runs SQLite's integrity check, and prints the schema version and the number of regions, stages, assessments, policies, milestones and evidence links.
A file given with --db is opened read-only and never changed.
Exits with 0 when the database is sound, 1 otherwise.</translation>
    </message>
    <message>
        <source>triangle-studio check: %1</source>
        <translation>triangle-studio check: %1</translation>
    </message>
    <message>
        <source>Created the default database and seeded it with the article's data.</source>
        <translation>Created the default database and seeded it with the article's data.</translation>
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
        <source>triangle-studio help: unknown command “%1”</source>
        <translation>triangle-studio help: unknown command “%1”</translation>
    </message>
    <message>
        <source>triangle-studio: unknown command “%1”</source>
        <translation>triangle-studio: unknown command “%1”</translation>
    </message>
</context>
<context>
    <name>triangle::cli::SummaryCommand</name>
    <message>
        <source>List each assessed region's triangles with area, balance, leading dimension and form.</source>
        <translation>List each assessed region's triangles with area, balance, leading dimension and form.</translation>
    </message>
    <message>
        <source>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle's area and balance, its leading dimension and its form. The database is opened read-only.</source>
        <translation>Prints one line per assessment in the database given with --db (or the default database): region, stage, the three scores (mission / political / operational), the triangle's area and balance, its leading dimension and its form. The database is opened read-only.</translation>
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
        <source>area %1, balance %2, %3, %4</source>
        <translation>area %1, balance %2, %3, %4</translation>
    </message>
</context>
</TS>