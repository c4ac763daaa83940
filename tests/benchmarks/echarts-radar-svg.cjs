// Apache ECharts drawing the same strategic triangles server-side, as the
// yardstick for `figure --each-region`: one radar chart per region (three
// axes, 0–10), rendered to an SVG string in Node and written to a file.
// Not part of the build; echarts comes from npm into a temporary folder:
//   npm install --prefix "$tmp" echarts
//   NODE_PATH="$tmp/node_modules" node echarts-radar-svg.cjs DATA.json OUT_DIR STAGE_KEY
// DATA.json is a Triangle Studio data file; every region with an assessment
// at STAGE_KEY gets a chart. Prints the count and the seconds taken, the
// file reading and Node's start-up not included.
'use strict';
const fs = require('fs');
const path = require('path');
const echarts = require('echarts');

const [dataFile, outDir, stageKey] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const names = new Map(data.regions.map((r) => [r.code, r.name_en || r.name_zh]));
const assessed = data.assessments.filter((a) => a.stage === stageKey);
fs.mkdirSync(outDir, { recursive: true });

// 160 × 120 mm at 72 points per inch, as the figure command's SVG.
const width = Math.round((160 / 25.4) * 72);
const height = Math.round((120 / 25.4) * 72);
const indicator = ['Mission', 'Political', 'Operational'].map((name) => ({ name, max: 10 }));

const start = process.hrtime.bigint();
for (const a of assessed) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption({
        animation: false,
        title: { text: names.get(a.region), subtext: stageKey },
        legend: { data: [names.get(a.region)], bottom: 0 },
        radar: { indicator, shape: 'polygon', splitNumber: 5 },
        series: [{
            type: 'radar',
            data: [{
                name: names.get(a.region),
                value: [a.scores.mission, a.scores.political, a.scores.operational],
                areaStyle: { opacity: 0.15 },
                label: { show: true },
            }],
        }],
    });
    fs.writeFileSync(path.join(outDir, `${a.region}.svg`), chart.renderToSVGString());
    chart.dispose();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${assessed.length} ${seconds.toFixed(3)}`);
