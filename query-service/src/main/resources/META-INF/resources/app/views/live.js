// Live: articles as query-service stores them (its SSE stream, or polling while the stream is not there),
// bulletin statuses, articles per hour and dead letters, refreshed without a reload.
import {getJson, toHit, arrivals as newestArrivals} from '../api.js';
import {esc, state, errorText, articleItem, formatTime, STATUS_LABELS, loadECharts, chartAnimation, link, submittedBulletins}
  from '../dom.js';

const SHOWN = 30;
const POLL_MS = 3000;
const ACTIVITY_MS = 5000;

export async function render(main, params, ctx) {
  main.innerHTML = `
    <h1>实时</h1>
    <div class="live-grid">
      <section aria-labelledby="arrivals-h" class="panel arrivals">
        <h2 id="arrivals-h">新到文章 <span class="badge" id="stream-status">连接中…</span></h2>
        <ul class="article-list" id="arrivals" aria-live="polite">${state('loading', '加载文章…')}</ul>
      </section>
      <section aria-labelledby="mine-h" class="panel" id="mine-panel" hidden>
        <h2 id="mine-h">我提交的公报</h2>
        <div id="mine"></div>
      </section>
      <section aria-labelledby="bulletins-h" class="panel">
        <h2 id="bulletins-h">公报状态(最近更新)</h2>
        <div id="bulletins">${state('loading', '加载公报…')}</div>
      </section>
      <section aria-labelledby="hourly-h" class="panel">
        <h2 id="hourly-h">每小时入库文章(近 24 小时)</h2>
        <div id="hourly-summary" class="meta"></div>
        <div id="hourly" class="chart small" role="img" aria-label="每小时入库文章数柱状图"></div>
      </section>
      <section aria-labelledby="dlq-h" class="panel">
        <h2 id="dlq-h">死信(处理失败)</h2>
        <div id="dead-letters">${state('loading', '加载死信…')}</div>
      </section>
    </div>`;

  const arrivals = main.querySelector('#arrivals');
  const streamStatus = main.querySelector('#stream-status');
  const known = new Map();
  const timers = [];
  let source = null;
  let chart = null;

  function show(hits, {fresh}) {
    for (const hit of hits.slice().reverse()) {
      if (!hit.articleId || known.has(hit.articleId)) continue;
      known.set(hit.articleId, hit);
      arrivals.querySelector('.state')?.remove();
      arrivals.insertAdjacentHTML('afterbegin', articleItem(hit, {snippet: false}));
      if (fresh) arrivals.firstElementChild.classList.add('fresh');
    }
    while (arrivals.children.length > SHOWN) arrivals.lastElementChild.remove();
    if (!arrivals.children.length) arrivals.innerHTML = state('empty', '还没有文章。提交一份公报后,它的文章会出现在这里。');
  }

  async function loadNewest(fresh) {
    show(await newestArrivals(SHOWN), {fresh});
  }

  /** The stream may send the whole article or only its id; fetch the bulletin for what is missing. */
  async function arrived(data) {
    let hit = toHit(data.article || data);
    if (!hit.title && hit.bulletinId) {
      const bulletin = await getJson(`/api/bulletins/${encodeURIComponent(hit.bulletinId)}`);
      const full = (bulletin.articles || []).find(a => a.articleId === hit.articleId);
      if (full) hit = toHit(full);
    }
    show([hit], {fresh: true});
    refreshActivity();
  }

  function poll() {
    streamStatus.textContent = `实时流不可用,每 ${POLL_MS / 1000} 秒刷新`;
    streamStatus.className = 'badge warn';
    timers.push(setInterval(() => loadNewest(true).catch(e => {
      streamStatus.textContent = errorText(e, '刷新');
      streamStatus.className = 'badge bad';
    }), POLL_MS));
  }

  function connect() {
    if (!window.EventSource) return poll();
    source = new EventSource('/api/stream/articles');
    source.onopen = () => {
      streamStatus.textContent = '实时流已连接';
      streamStatus.className = 'badge ok';
    };
    source.onmessage = e => {
      let data;
      try {
        data = JSON.parse(e.data);
      } catch {
        return;
      }
      arrived(data).catch(err => { streamStatus.textContent = errorText(err, '读取新文章'); });
    };
    source.addEventListener('article', source.onmessage);
    source.onerror = () => {
      // CLOSED means the server refused the stream (not deployed yet, or an error status); a dropped connection
      // stays CONNECTING and EventSource retries it by itself.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        poll();
      } else {
        streamStatus.textContent = '实时流重连中…';
        streamStatus.className = 'badge warn';
      }
    };
  }

  function bulletinRows(list, withReason) {
    if (!list.length) return null;
    return `<table class="table"><thead><tr><th scope="col">公报</th><th scope="col">状态</th>
      <th scope="col">${withReason ? '原因' : '文章'}</th><th scope="col">时间</th></tr></thead><tbody>
      ${list.map(b => `<tr data-bulletin-id="${esc(b.bulletinId)}">
        <td><a href="${link({view: 'submit', follow: b.bulletinId})}" title="${esc(b.bulletinId)}">
          ${esc(b.publication || b.fileName || b.bulletinId.slice(0, 12))}</a></td>
        <td><span class="status ${esc(b.status)}">${esc(STATUS_LABELS[b.status] || b.status)}</span></td>
        <td class="${withReason ? 'reason' : 'num'}">${withReason ? esc(b.failureReason || '') : esc(b.articleCount ?? '–')}</td>
        <td>${esc(formatTime(b.updatedAt || b.receivedAt))}</td></tr>`).join('')}</tbody></table>`;
  }

  async function refreshMine() {
    const ids = submittedBulletins();
    if (!ids.length) return;
    const rows = await Promise.all(ids.map(id => getJson(`/api/bulletins/${encodeURIComponent(id)}`)
      .then(b => ({...b, updatedAt: b.processedAt || b.receivedAt, publication: b.masthead?.publication}))
      .catch(e => ({bulletinId: id, status: e.status === 404 ? 'pending' : 'unknown'}))));
    if (!ctx.isCurrent()) return;
    main.querySelector('#mine-panel').hidden = false;
    main.querySelector('#mine').innerHTML = bulletinRows(rows, false);
  }

  async function refreshActivity() {
    refreshMine();
    const bulletins = main.querySelector('#bulletins');
    const dead = main.querySelector('#dead-letters');
    let activity;
    try {
      activity = await getJson('/ui/api/activity');
    } catch (e) {
      bulletins.innerHTML = state('error', errorText(e, '读取公报状态'));
      dead.innerHTML = state('error', errorText(e, '读取死信'));
      return;
    }
    if (!ctx.isCurrent()) return;
    bulletins.innerHTML = bulletinRows(activity.bulletins, false) || state('empty', '还没有收到公报。');
    dead.innerHTML = bulletinRows(activity.deadLetters, true) || state('empty', '没有处理失败的公报。');
    drawHourly(activity.articlesPerHour || []).catch(e => {
      main.querySelector('#hourly').innerHTML = state('error', errorText(e, '绘制图表'));
    });
  }

  async function drawHourly(hours) {
    const total = hours.reduce((n, h) => n + h.count, 0);
    main.querySelector('#hourly-summary').textContent = `近 24 小时共入库 ${total} 篇`;
    const echarts = await loadECharts();
    const el = main.querySelector('#hourly');
    if (!ctx.isCurrent() || !el) return;
    chart ??= echarts.init(el, null, {renderer: 'svg'});
    chart.setOption({
      animation: chartAnimation(),
      grid: {left: 36, right: 12, top: 12, bottom: 28},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'time'},
      yAxis: {type: 'value', minInterval: 1},
      series: [{type: 'bar', name: '文章', data: hours.map(h => [h.hour, h.count]), itemStyle: {color: '#b3261e'}}],
    });
  }

  const onResize = () => chart?.resize();
  window.addEventListener('resize', onResize);

  try {
    await loadNewest(false);
  } catch (e) {
    arrivals.innerHTML = state('error', errorText(e, '读取文章'));
  }
  connect();
  refreshActivity();
  timers.push(setInterval(refreshActivity, ACTIVITY_MS));

  return () => {
    source?.close();
    timers.forEach(clearInterval);
    window.removeEventListener('resize', onResize);
    chart?.dispose();
  };
}
