// Figures: per-place daily series of each epidemic fact type, the evidence sentence on hover, a click (or the
// table under each chart, for the keyboard) leading to the article. Read from /api/facts; while that endpoint is
// not deployed the series are gathered from the facts of the newest articles.
import {getJson, newestArticles, LOCAL_WINDOW} from '../api.js';
import {esc, state, errorText, link, loadECharts, chartAnimation, FACT_LABELS} from '../dom.js';

const COLORS = ['#b3261e', '#1f5fa8', '#2e7d32', '#8e24aa', '#ef6c00', '#00838f', '#5d4037'];

/** A point: {date, value, evidence, bulletinId, ordinal, title}. */
function point(p) {
  const ev = Array.isArray(p.evidence) ? p.evidence[0] || {} : (typeof p.evidence === 'object' && p.evidence) || {};
  const articleId = p.articleId || ev.articleId;
  return {
    date: p.date || p.day,
    value: Number(p.value ?? p.total ?? p.sum),
    evidence: typeof p.evidence === 'string' ? p.evidence : ev.text || ev.evidence || ev.sentence || '',
    bulletinId: p.bulletinId || ev.bulletinId || (articleId ? String(articleId).replace(/-\d+$/, '') : null),
    ordinal: p.ordinal ?? ev.ordinal ?? (articleId ? Number(String(articleId).split('-').pop()) : null),
    title: p.title || ev.title || '',
  };
}

/** Groups the query API's answer (flat points, or series of points) into series keyed by type and place. */
function fromApi(data, typeFilter) {
  const series = new Map();
  const add = (type, place, p) => {
    const key = `${type}|${place}`;
    if (!series.has(key)) series.set(key, {type, place, points: []});
    series.get(key).points.push(point(p));
  };
  const rows = Array.isArray(data) ? data : data.series || data.items || data.points || [];
  for (const row of rows) {
    const nested = row.points || row.data || row.series;
    if (Array.isArray(nested)) {
      for (const p of nested) add(row.type || p.type || typeFilter, row.place || row.name || p.place, p);
    } else {
      add(row.type || typeFilter, row.place || row.placeName, row);
    }
  }
  return [...series.values()];
}

function fromArticles(articles, params) {
  const points = [];
  for (const a of articles) {
    for (const f of a.facts || []) {
      points.push({
        type: f.type, place: f.place || '(未注明地点)', date: f.date || a.dateline || a.masthead?.publishedOn,
        value: f.value, evidence: f.evidence, bulletinId: a.bulletinId, ordinal: a.ordinal, title: a.title,
      });
    }
  }
  return fromApi(points.filter(p => p.date && (!params.type || p.type === params.type)
    && (!params.place || p.place === params.place)
    && (!params.from || p.date >= params.from) && (!params.to || p.date <= params.to)), params.type);
}

function evidenceTip(place, p) {
  return `<strong>${esc(place)}</strong> ${esc(p.date)}:${esc(p.value)}<br><span class="tip-evidence">${esc(p.evidence)}</span>`
    + (p.title ? `<br><em>${esc(p.title)}</em>` : '');
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
      <label>起 <input type="date" name="from" value="${esc(params.from || '')}"></label>
      <label>止 <input type="date" name="to" value="${esc(params.to || '')}"></label>
      <button type="submit">查看</button>
    </form>
    <div id="figures">${state('loading', '读取数据…')}</div>`;
  const out = main.querySelector('#figures');
  const qs = new URLSearchParams();
  for (const k of ['type', 'place', 'from', 'to']) if (params[k]) qs.set(k, params[k]);
  let series;
  let degraded = false;
  try {
    series = fromApi(await getJson('/api/facts?' + qs), params.type);
  } catch (e) {
    if (e.status !== 404 && e.status !== 405) {
      out.innerHTML = state('error', errorText(e, '读取疫情数据'));
      return;
    }
    try {
      series = fromArticles(await newestArticles(), params);
      degraded = true;
    } catch (e2) {
      out.innerHTML = state('error', errorText(e2, '读取疫情数据'));
      return;
    }
  }
  if (!ctx.isCurrent()) return;
  series = series.filter(s => s.points.length);
  const notice = degraded ? `<p class="notice">数据接口尚未就绪:以下数字取自最近 ${LOCAL_WINDOW} 篇文章。</p>` : '';
  if (!series.length) {
    out.innerHTML = notice + state('empty', params.place ? `“${params.place}”没有抽取到疫情数字。` : '还没有抽取到疫情数字。');
    return;
  }
  const byType = new Map();
  for (const s of series) {
    s.points.sort((a, b) => String(a.date).localeCompare(String(b.date)));
    if (!byType.has(s.type)) byType.set(s.type, []);
    byType.get(s.type).push(s);
  }
  out.innerHTML = notice + [...byType].map(([type, list], i) => `
    <section class="panel figure-panel" data-type="${esc(type)}" aria-labelledby="fig-h-${i}">
      <h2 id="fig-h-${i}">${esc(FACT_LABELS[type] || type)}</h2>
      <div class="chart" id="chart-${i}" role="img" aria-label="${esc(FACT_LABELS[type] || type)}:${esc(list.map(s => s.place).join('、'))}"></div>
      <details><summary>数据与出处(${list.reduce((n, s) => n + s.points.length, 0)} 个点)</summary>
        <table class="table"><thead><tr><th scope="col">地点</th><th scope="col">日期</th><th scope="col">数值</th>
          <th scope="col">原文</th></tr></thead><tbody>
          ${list.flatMap(s => s.points.map(p => `<tr><td><a href="${link({view: 'place', name: s.place})}">${esc(s.place)}</a></td>
            <td>${esc(p.date)}</td><td class="num">${esc(p.value)}</td>
            <td>${p.bulletinId ? `<a href="${link({view: 'article', bulletin: p.bulletinId, ordinal: p.ordinal})}">${esc(p.evidence || '查看文章')}</a>` : esc(p.evidence)}</td></tr>`)).join('')}
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
      xAxis: {type: 'time'},
      yAxis: {type: 'value'},
      series: list.map(s => ({
        type: 'line', name: s.place, showSymbol: true, symbolSize: 9,
        data: s.points.map(p => ({value: [p.date, p.value], point: p})),
      })),
    });
    chart.on('click', item => {
      const p = item.data?.point;
      if (p?.bulletinId) {
        import('../main.js').then(m => m.navigate(link({view: 'article', bulletin: p.bulletinId, ordinal: p.ordinal})));
      }
    });
  });
  const onResize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    charts.forEach(c => c.dispose());
  };
}
