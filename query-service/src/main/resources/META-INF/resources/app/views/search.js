// Search: the query and every filter live in the URL (/?q=史根治&place=禹州市), so a result list can be shared.
import {searchArticles, SEARCH_FILTERS} from '../api.js';
import {esc, state, errorText, articleItem, link, KIND_LABELS} from '../dom.js';

const FILTER_LABELS = {
  place: '地点', person: '人物', organization: '机构', topic: '主题', mediaTopic: 'IPTC 主题', kind: '体裁',
  from: '起始日期', to: '截止日期',
};
const FACETS = [
  {key: 'places', filter: 'place', title: '地点'},
  {key: 'persons', filter: 'person', title: '人物'},
  {key: 'organizations', filter: 'organization', title: '机构'},
  {key: 'topics', filter: 'topic', title: '主题'},
  // the IPTC Media Topic of each topic: shown by its Chinese label, filtered by its QCode (medtop:20000449)
  {key: 'mediaTopics', filter: 'mediaTopic', title: 'IPTC 主题', filterValue: v => v.code},
  {key: 'kinds', filter: 'kind', title: '体裁', label: v => KIND_LABELS[v] || v},
];

function searchLink(params, changes) {
  const next = {view: 'search'};
  for (const k of SEARCH_FILTERS) if (params[k]) next[k] = params[k];
  return link({...next, ...changes});
}

/** Administrative codes put provinces, cities and counties in order; the depth of a code gives its indent. */
function placeDepth(code) {
  if (!code || !/^\d{6}/.test(code)) return 0;
  if (code.slice(2, 6) === '0000') return 0;
  if (code.slice(4, 6) === '00') return 1;
  return 2;
}

function facetHtml(facets, params) {
  if (!facets) return state('empty', '没有分面统计。');
  return FACETS.map(f => {
    let values = facets[f.key] || [];
    if (!values.length) return '';
    if (f.key === 'places') {
      values = values.slice().sort((a, b) => (a.code || '999999').localeCompare(b.code || '999999'));
    }
    return `<details open class="facet" data-facet="${f.filter}"><summary>${f.title}</summary><ul>
      ${values.map(v => {
        const value = f.filterValue ? f.filterValue(v) : v.value;
        const active = params[f.filter] === value;
        const depth = f.key === 'places' ? placeDepth(v.code) : 0;
        return `<li data-depth="${depth}"><a href="${searchLink(params, {[f.filter]: active ? null : value, cursor: null})}"
          ${active ? 'aria-current="true"' : ''}>${esc(f.label ? f.label(v.value) : v.value)}</a>
          <span class="count">${esc(v.count)}</span></li>`;
      }).join('')}</ul></details>`;
  }).join('') || state('empty', '没有分面统计。');
}

export async function render(main, params, ctx) {
  const activeFilters = Object.keys(FILTER_LABELS).filter(k => params[k]);
  main.innerHTML = `
    <h1>检索</h1>
    <form action="/" class="search-form" role="search">
      <input type="hidden" name="view" value="search">
      <label class="grow">关键词 <input type="search" name="q" value="${esc(params.q || '')}" placeholder="人名、地名、词语…" autofocus></label>
      <label>起 <input type="date" name="from" value="${esc(params.from || '')}"></label>
      <label>止 <input type="date" name="to" value="${esc(params.to || '')}"></label>
      <label>排序 <select name="sort">
        <option value="">相关度</option>
        <option value="date" ${params.sort === 'date' ? 'selected' : ''}>日期</option>
        <option value="stored" ${params.sort === 'stored' ? 'selected' : ''}>入库时间</option>
      </select></label>
      ${['place', 'person', 'organization', 'topic', 'mediaTopic', 'kind'].filter(k => params[k])
        .map(k => `<input type="hidden" name="${k}" value="${esc(params[k])}">`).join('')}
      <button type="submit">检索</button>
    </form>
    ${activeFilters.length ? `<p class="chips" aria-label="已选条件">${activeFilters.map(k => `
      <a class="chip" href="${searchLink(params, {[k]: null, cursor: null})}" aria-label="去掉条件 ${FILTER_LABELS[k]} ${esc(params[k])}">
        ${FILTER_LABELS[k]}:${esc(k === 'kind' ? KIND_LABELS[params[k]] || params[k] : params[k])} ×</a>`).join('')}</p>` : ''}
    <div class="search-grid">
      <aside class="facets" aria-label="分面">${state('loading', '统计中…')}</aside>
      <section class="results" aria-live="polite">${state('loading', '检索中…')}</section>
    </div>`;

  const results = main.querySelector('.results');
  const facets = main.querySelector('.facets');
  let answer;
  try {
    answer = await searchArticles(params);
  } catch (e) {
    results.innerHTML = state('error', errorText(e, '检索'));
    facets.innerHTML = '';
    return;
  }
  if (!ctx.isCurrent()) return;
  facets.innerHTML = facetHtml(answer.facets, params);
  if (!answer.items.length) {
    results.innerHTML = state('empty', params.q ? `没有找到包含“${params.q}”的文章。` : '没有符合条件的文章。');
    return;
  }
  const total = answer.total == null ? '' : `<p class="meta" id="result-count">${answer.totalExact ? '共' : '至少'} ${esc(answer.total)} 篇</p>`;
  results.innerHTML = `${total}
    <ol class="article-list">${answer.items.map(a => articleItem(a)).join('')}</ol>
    <nav class="pager" aria-label="翻页">
      ${params.cursor ? `<a href="${searchLink(params, {cursor: null})}">回到第一页</a>` : ''}
      ${answer.nextCursor ? `<a rel="next" href="${searchLink(params, {cursor: answer.nextCursor})}">下一页</a>` : ''}
    </nav>`;
}
