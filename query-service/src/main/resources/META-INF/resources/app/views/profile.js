// Profiles of a person, a place or an organization (GET /api/persons|places|organizations/{name}): titles over
// time, co-mentioned entities, articles and, for a place, the divisions above and below it with their counts.
import {getJson, toHit} from '../api.js';
import {esc, state, errorText, articleItem, profileLink, link, LEVEL_LABELS} from '../dom.js';

const KINDS = {
  person: {title: '人物', api: 'persons'},
  place: {title: '地点', api: 'places'},
  organization: {title: '机构', api: 'organizations'},
};

/** A division known only by its code (no article named it yet) links by code, which the place endpoint takes. */
const placeKey = p => p.name || p.code;

function entityChips(kind, items) {
  if (!items || !items.length) return state('empty', '无');
  return `<ul class="chips">${items.map(x => `<li><a class="chip ${kind}" href="${profileLink(kind, kind === 'place'
    ? placeKey(x) : x.name)}">${esc(x.name || x.code)}</a><span class="count" title="篇数">${esc(x.articles)}</span></li>`)
    .join('')}</ul>`;
}

function titlesBlock(titles) {
  if (!titles.length) return state('empty', '文中没有给出职务。');
  return `<ol class="timeline">${titles.map(t => `<li><strong>${esc(t.title)}</strong>
    <span class="meta">${esc([t.firstSeen, t.lastSeen && t.lastSeen !== t.firstSeen ? t.lastSeen : null]
      .filter(Boolean).join(' — '))} · ${esc(t.articles)} 篇</span></li>`).join('')}</ol>`;
}

function hierarchyBlock(p) {
  // GB/T 2260 codes of one chain grow from the province down (410000, 411000, 411081)
  const ancestors = (p.ancestors || []).slice().sort((a, b) => String(a.code).localeCompare(String(b.code)));
  return `<section class="panel" aria-labelledby="hier-h"><h2 id="hier-h">行政区划</h2>
    <p class="breadcrumbs">${ancestors.length ? ancestors.map(a => `<a href="${profileLink('place', placeKey(a))}">${
      esc(a.name || a.code)}</a>`).join(' › ') + ' › ' : ''}<strong>${esc(p.name)}</strong></p>
    <p class="meta">本级 ${esc(p.articleCount)} 篇,含下级共 ${esc(p.rollupArticleCount)} 篇</p>
    <h3>下级</h3>${entityChips('place', p.children)}</section>`;
}

export async function render(main, params, ctx) {
  const kind = params.view;
  const what = KINDS[kind];
  const name = params.name;
  if (!name) {
    main.innerHTML = state('error', `链接缺少${what.title}名称。`);
    return;
  }
  let p;
  try {
    p = await getJson(`/api/${what.api}/${encodeURIComponent(name)}`);
  } catch (e) {
    main.innerHTML = `<h1>${esc(name)}</h1>` + (e.status === 404
      ? state('empty', `还没有文章提到${what.title}“${name}”。`) : state('error', errorText(e, `读取${what.title}档案`)));
    return;
  }
  if (!ctx.isCurrent()) return;
  const articles = (p.articles || []).map(toHit);
  const filter = kind === 'place' ? (p.code || p.name) : p.name;
  main.innerHTML = `
    <header class="profile-head">
      <p class="kicker">${what.title}档案</p>
      <h1>${esc(p.name || name)}</h1>
      <p class="meta">${[p.level && LEVEL_LABELS[p.level], p.code && `区划代码 ${p.code}`, `${p.articleCount} 篇文章`,
        p.mentionCount != null && `提及 ${p.mentionCount} 次`].filter(Boolean).map(esc).join(' · ')}
        · <a href="${link({view: 'search', [kind]: filter})}">在检索中查看</a>
        ${kind === 'place' ? ` · <a href="${link({view: 'figures', place: filter})}">疫情数据</a>` : ''}</p>
    </header>
    <div class="profile-grid">
      <section class="panel" aria-labelledby="arts-h"><h2 id="arts-h">相关文章</h2>
        ${articles.length ? `<ol class="article-list">${articles.map(a => articleItem(a, {snippet: false})).join('')}</ol>`
          : state('empty', '没有文章。')}</section>
      <div>
        ${kind === 'person' ? `<section class="panel" aria-labelledby="titles-h"><h2 id="titles-h">职务(按时间)</h2>
          ${titlesBlock(p.titles || [])}</section>` : ''}
        ${kind === 'place' ? hierarchyBlock(p) : ''}
        <section class="panel" aria-labelledby="co-h"><h2 id="co-h">共同出现</h2>
          <h3>人物</h3>${entityChips('person', p.persons)}
          <h3>地点</h3>${entityChips('place', p.places)}
          <h3>机构</h3>${entityChips('organization', p.organizations)}
        </section>
      </div>
    </div>`;
}
