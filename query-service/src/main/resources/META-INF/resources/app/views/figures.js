// Figures: per-place daily series of each epidemic fact type (GET /api/facts), the evidence sentences on hover, a
// click (or the table under each chart, for the keyboard) leading to the article.
import {getJson} from '../api.js';
import {esc, state, errorText, link, loadECharts, chartAnimation, FACT_LABELS} from '../dom.js';

const ROLLUPS = {none: '各地分列', county: '县级', city: '地级', province: '省级'};
const COLORS = ['#b3261e', '#1f5fa8', '#2e7d32', '#8e24aa', '#ef6c00', '#00838f', '#5d4037'];

const articleOf = ev => ({bulletinId: ev.bulletinId, ordinal: Number(String(ev.articleId).split('-').pop())});

/** Series of the answer: {type, code, name, points: [{date, value, evidence: [{evidence, place, articleId, title…}]}]}. */
function seriesOf(answer) {
  return (answer.series || []).map(s => ({
    type: s.type, place: s.name || s.code,
    points: (s.points || []).map(p => ({date: p.date, value: p.value, evidence: p.evidence || []})),
  }));
}

const TIP_EVIDENCE = 3;
const DAY_MS = 24 * 3600 * 1000;

function evidenceTip(place, p) {
  const shown = p.evidence.slice(0, TIP_EVIDENCE).map(ev => `<span class="tip-evidence">${esc(ev.evidence)}</span>`
    + (ev.title ? `<br><em>${esc(ev.title)}</em>` : ''));
  const more = p.evidence.length > TIP_EVIDENCE ? `<br>另有 ${p.evidence.length - TIP_EVIDENCE} 条出处` : '';
  return `<strong>${esc(place)}</strong> ${esc(p.date)} · ${esc(p.value)}<br>${shown.join('<br>')}${more}`;
}

export async function render(main, params, ctx) {
  main.innerHTML = `
    <h1>疫情数据</h1>
    <form action="/" class="search-form">
      <input type="hidden" name="view" value="figures">
      <label class="grow">地点 <input name="place" value="${esc(params.place || '')}" placeholder="全部地点,如 禹州市"></label>
      <label>类型 <select name="type"><option value="">全部类型</option>
        ${Object.entries(FACT_LABELS).map(([k, v]) => `<option value="${k}" ${params.type === k ? 'selected' : ''}>${v}</option>`).join('')}
      </select></label>
      <label>汇总到 <select name="rollup">
        ${Object.entries(ROLLUPS).map(([k, v]) => `<option value="${k}" ${(params.rollup || 'none') === k ? 'selected' : ''}>${v}</option>`).join('')}
      </select></label>
      <label>起 <input type="date" name="from" value="${esc(params.from || '')}"></label>
      <label>止 <input type="date" name="to" value="${esc(params.to || '')}"></label>
      <button type="submit">查看</button>
    </form>
    <div id="figures">${state('loading', '读取数据…')}</div>`;
  const out = main.querySelector('#figures');
  const qs = new URLSearchParams();
  for (const k of ['type', 'place', 'from', 'to', 'rollup']) if (params[k]) qs.set(k, params[k]);
  let series;
  try {
    series = seriesOf(await getJson('/api/facts?' + qs));
  } catch (e) {
    out.innerHTML = state('error', errorText(e, '读取疫情数据'));
    return;
  }
  if (!ctx.isCurrent()) return;
  series = series.filter(s => s.points.length);
  if (!series.length) {
    out.innerHTML = state('empty', params.place ? `“${params.place}”没有抽取到疫情数字。` : '还没有抽取到疫情数字。');
    return;
  }
  const byType = new Map();
  for (const s of series) {
    s.points.sort((a, b) => String(a.date).localeCompare(String(b.date)));
    if (!byType.has(s.type)) byType.set(s.type, []);
    byType.get(s.type).push(s);
  }
  out.innerHTML = [...byType].map(([type, list], i) => `
    <section class="panel figure-panel" data-type="${esc(type)}" aria-labelledby="fig-h-${i}">
      <h2 id="fig-h-${i}">${esc(FACT_LABELS[type] || type)}</h2>
      <div class="chart" id="chart-${i}" role="img" aria-label="${esc(FACT_LABELS[type] || type)}:${esc(list.map(s => s.place).join('、'))}"></div>
      <details><summary>数据与出处(${list.reduce((n, s) => n + s.points.length, 0)} 个点,点击图上的点打开文章)</summary>
        <table class="table"><thead><tr><th scope="col">地点</th><th scope="col">日期</th><th scope="col">数值</th>
          <th scope="col">原文</th></tr></thead><tbody>
          ${list.flatMap(s => s.points.flatMap(p => p.evidence.map(ev => `<tr>
            <td><a href="${link({view: 'place', name: ev.place || s.place})}">${esc(ev.place || s.place)}</a></td>
            <td>${esc(p.date)}</td><td class="num">${esc(ev.value)}</td>
            <td><a href="${link({view: 'article', ...articleOf(ev)})}">${esc(ev.evidence || ev.title || '查看文章')}</a></td>
            </tr>`))).join('')}
        </tbody></table></details>
    </section>`).join('');

  let echarts;
  try {
    echarts = await loadECharts();
  } catch (e) {
    out.insertAdjacentHTML('afterbegin', state('error', errorText(e, '绘制图表')));
    return;
  }
  if (!ctx.isCurrent()) return;
  const charts = [];
  [...byType].forEach(([, list], i) => {
    const chart = echarts.init(main.querySelector(`#chart-${i}`), null, {renderer: 'svg'});
    charts.push(chart);
    chart.setOption({
      animation: chartAnimation(),
      color: COLORS,
      grid: {left: 48, right: 16, top: 36, bottom: 32},
      legend: {type: 'scroll', top: 0},
      tooltip: {
        trigger: 'item', confine: true, className: 'fig-tooltip',
        formatter: item => evidenceTip(item.seriesName, item.data.point),
      },
      // daily series: ticks on days, never hours, with room so the first and last points are not cut
      xAxis: {type: 'time', minInterval: DAY_MS, boundaryGap: ['4%', '4%'], axisLabel: {formatter: '{MM}-{dd}', hideOverlap: true}},
      yAxis: {type: 'value', minInterval: 1},
      series: list.map(s => ({
        type: 'line', name: s.place, showSymbol: true, symbolSize: 9,
        data: s.points.map(p => ({value: [p.date, p.value], point: p})),
      })),
    });
    chart.on('click', item => {
      const ev = item.data?.point?.evidence?.[0];
      if (ev) import('../main.js').then(m => m.navigate(link({view: 'article', ...articleOf(ev)})));
    });
  });
  const onResize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    charts.forEach(c => c.dispose());
  };
}
