-- Schema version 3: region groups (长三角, 京津冀, the Yellow River provinces,
-- and any an analyst defines), and how a group's triangle is aggregated.
--
-- Every statement ends with a semicolon at the end of a line: the migrator
-- runs them one at a time, in one transaction.

-- A named set of regions of any levels. The key is what the command line
-- names it by (group:yrd), so it holds no comma or space.
CREATE TABLE region_groups (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL UNIQUE
                        CHECK (length(trim(key)) > 0 AND key NOT GLOB '*[^A-Za-z0-9_.-]*'),
    name_zh     TEXT    NOT NULL CHECK (length(trim(name_zh)) > 0),
    name_en     TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT ''
);

-- A region's membership of a group; it goes with either of them.
CREATE TABLE group_members (
    group_id    INTEGER NOT NULL REFERENCES region_groups (id) ON DELETE CASCADE,
    region_id   INTEGER NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, region_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_region ON group_members (region_id);

-- The settings table learns a second key, how a group's (and a parent
-- region's roll-up) triangle combines its members' scores. SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt.
CREATE TABLE settings_v3 (
    key     TEXT PRIMARY KEY CHECK (key IN ('rater_aggregate', 'group_aggregate')),
    value   TEXT NOT NULL,
    CHECK (key NOT IN ('rater_aggregate', 'group_aggregate') OR value IN ('mean', 'median'))
);
INSERT INTO settings_v3 (key, value) SELECT key, value FROM settings;
DROP TABLE settings;
ALTER TABLE settings_v3 RENAME TO settings;

-- The groups shipped with the default data, added to an existing database
-- only where every member region is there (a new database is empty here and
-- gets them from default-data.json instead) and no group has the key yet.
-- Keep these in step with resources/data/default-data.json (a test compares).
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'yrd', '长三角', 'Yangtze River Delta',
           '长江三角洲区域：上海、江苏、浙江、安徽三省一市全域。(The Yangtze River Delta: the whole of Shanghai, Jiangsu, Zhejiang and Anhui.)',
           '《长江三角洲区域一体化发展规划纲要》，中共中央、国务院，2019 (Outline of the Integrated Regional Development of the Yangtze River Delta, 2019)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('310000', '320000', '330000', '340000')) = 4
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'yrd');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'jjj', '京津冀', 'Beijing–Tianjin–Hebei',
           '北京、天津、河北。(Beijing, Tianjin and Hebei.)',
           '《京津冀协同发展规划纲要》，中共中央、国务院，2015 (Outline of the Plan for Coordinated Development of Beijing, Tianjin and Hebei, 2015)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('110000', '120000', '130000')) = 3
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'jjj');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'chengyu', '成渝', 'Chengdu–Chongqing',
           '成渝地区双城经济圈以重庆市和四川省的部分区县为范围；省级层面以重庆、四川两地代表。(The twin-city economic circle covers parts of Chongqing and Sichuan; at provincial level the two stand for it.)',
           '《成渝地区双城经济圈建设规划纲要》，中共中央、国务院，2021 (Outline of the Construction Plan for the Chengdu–Chongqing Twin-City Economic Circle, 2021)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('500000', '510000')) = 2
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'chengyu');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'gba', '粤港澳大湾区（内地部分）', 'Greater Bay Area (mainland part)',
           '广东省（440000）在此代表大湾区的内地九市：广州、深圳、珠海、佛山、惠州、东莞、中山、江门、肇庆；香港、澳门不在本库的地区之中。(Guangdong, 440000, stands here for the nine Guangdong cities of the Bay Area; Hong Kong and Macao are not regions of this database.)',
           '《粤港澳大湾区发展规划纲要》，中共中央、国务院，2019 (Outline Development Plan for the Guangdong–Hong Kong–Macao Greater Bay Area, 2019)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('440000')) = 1
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'gba');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'northeast', '东北', 'Northeast China',
           '辽宁、吉林、黑龙江三省；东北振兴范围还包括内蒙古东部五盟市，内蒙古在此不计入（它属西部大开发）。(Liaoning, Jilin and Heilongjiang; the revitalisation also covers five eastern leagues and cities of Inner Mongolia, left out here as Inner Mongolia counts in the western development.)',
           '《中共中央 国务院关于实施东北地区等老工业基地振兴战略的若干意见》（中发〔2003〕11号），2003 (Opinions on Revitalising Northeast China and Other Old Industrial Bases, 2003)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('210000', '220000', '230000')) = 3
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'northeast');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'west', '西部大开发', 'Western Development',
           '西部大开发政策的适用范围：重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆，以及内蒙古、广西，共12个省级单位。(The 12 provincial-level units the western development policies apply to.)',
           '《国务院关于实施西部大开发若干政策措施的通知》（国发〔2000〕33号），2000 (State Council Notice on Policies and Measures for the Western Development, 2000)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('500000', '510000', '520000', '530000', '540000', '610000',
                                                         '620000', '630000', '640000', '650000', '150000', '450000')) = 12
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'west');
INSERT INTO region_groups (key, name_zh, name_en, note, source)
    SELECT 'yellow-river', '黄河流域', 'Yellow River Basin',
           '黄河流经的九省区：青海、四川、甘肃、宁夏、内蒙古、山西、陕西、河南、山东。(The nine provinces the Yellow River flows through.)',
           '《黄河流域生态保护和高质量发展规划纲要》，中共中央、国务院，2021 (Outline of the Plan for Ecological Protection and High-Quality Development of the Yellow River Basin, 2021)'
    WHERE (SELECT count(*) FROM regions WHERE code IN ('630000', '510000', '620000', '640000', '150000', '140000',
                                                         '610000', '410000', '370000')) = 9
      AND NOT EXISTS (SELECT 1 FROM region_groups WHERE key = 'yellow-river');
-- Their members: those of the regions that are there (all of them, as above).
INSERT INTO group_members (group_id, region_id)
    SELECT g.id, r.id FROM region_groups g JOIN regions r
    WHERE (g.key = 'yrd' AND r.code IN ('310000', '320000', '330000', '340000'))
       OR (g.key = 'jjj' AND r.code IN ('110000', '120000', '130000'))
       OR (g.key = 'chengyu' AND r.code IN ('500000', '510000'))
       OR (g.key = 'gba' AND r.code IN ('440000'))
       OR (g.key = 'northeast' AND r.code IN ('210000', '220000', '230000'))
       OR (g.key = 'west' AND r.code IN ('500000', '510000', '520000', '530000', '540000', '610000',
                                         '620000', '630000', '640000', '650000', '150000', '450000'))
       OR (g.key = 'yellow-river' AND r.code IN ('630000', '510000', '620000', '640000', '150000', '140000',
                                                 '610000', '410000', '370000'));
