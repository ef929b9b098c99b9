// Profiles of a person, a place or an organization: titles over time, co-mentioned entities, articles and, for a
// place, its parent and children. Read from /api/persons|places|organizations/{name}; where that endpoint is not
// deployed the profile is put together from the newest articles and says so.
import {getJson, toHit, newestArticles, LOCAL_WINDOW} from '../api.js';
import {esc, state, errorText, articleItem, profileLink, link, LEVEL_LABELS} from '../dom.js';

const KINDS = {
  person: {title: '人物', api: 'persons', field: 'persons'},
  place: {title: '地点', api: 'places', field: 'places'},
  organization: {title: '机构', api: 'organizations', field: 'organizations'},
};

const nameOf = x => (typeof x === 'string' ? x : x && (x.name || x.value || x.title));
const countOf = x => (x && typeof x === 'object' ? x.count ?? x.articles ?? x.articleCount ?? x.mentions : null);

/** Accepts the query API's profile answer in the forms it may take and gives the view one shape. */
function fromApi(data) {
  const co = data.coMentions || data.cooccurring || data.coOccurring || {};
  const list = (...candidates) => candidates.find(Array.isArray) || [];
  const titles = list(data.titles, data.titlesOverTime).map(t => typeof t === 'string' ? {title: t} : {
    title: t.title || t.name || t.value,
    from: t.from || t.firstSeen || t.first || t.since || t.date,
    to: t.to || t.lastSeen || t.last || t.until,
    count: countOf(t),
  });
  const articles = list(data.articles, data.items, data.articles?.items);
  return {
    name: data.name,
    code: data.code,
    level: data.level,
    articleCount: data.articleCount ?? data.articles?.total,
    mentionCount: data.mentionCount ?? data.mentions,
    titles,
    persons: list(co.persons, data.coPersons, data.persons),
    places: list(co.places, data.coPlaces, data.places),
    organizations: list(co.organizations, data.coOrganizations, data.organizations),
    parent: data.parent,
    children: list(data.children),
    articles: articles.map(toHit),
    degraded: false,
  };
}

function fromArticles(kind, name, articles) {
  const field = KINDS[kind].field;
  const mentioning = articles.filter(a => (a[field] || []).some(e => e.name === name));
  const tally = (pick) => {
    const counts = new Map();
    for (const a of mentioning) for (const n of new Set(pick(a))) if (n !== name) counts.set(n, (counts.get(n) || 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([n, count]) => ({name: n, count}));
  };
  const titles = new Map();
  let code = null;
  let level = null;
  for (const a of mentioning) {
    const when = a.dateline || a.masthead?.publishedOn;
    for (const e of a[field]) {
      if (e.name !== name) continue;
      code ??= e.code;
      level ??= e.level;
      for (const t of e.titles || []) {
        const seen = titles.get(t) || {title: t, from: when, to: when, count: 0};
        if (when && (!seen.from || when < seen.from)) seen.from = when;
        if (when && (!seen.to || when > seen.to)) seen.to = when;
        seen.count++;
        titles.set(t, seen);
      }
    }
  }
  return {
    name, code, level, articleCount: mentioning.length,
    titles: [...titles.values()].sort((x, y) => (x.from || '').localeCompare(y.from || '')),
    persons: tally(a => (a.persons || []).map(p => p.name)),
    places: tally(a => (a.places || []).map(p => p.name)),
    organizations: tally(a => (a.organizations || []).map(o => o.name)),
    parent: null, children: [],
    articles: mentioning.map(toHit),
    degraded: true,
  };
}

function entityChips(kind, items) {
  if (!items.length) return state('empty', '无');
  return `<ul class="chips">${items.map(x => `<li><a class="chip ${kind}" href="${profileLink(kind, nameOf(x))}">${
    esc(nameOf(x))}</a>${countOf(x) != null ? `<span class="count">${esc(countOf(x))}</span>` : ''}</li>`).join('')}</ul>`;
}

export async function render(main, params, ctx) {
  const kind = params.view;
  const name = params.name;
  const what = KINDS[kind];
  if (!name) {
    main.innerHTML = state('error', `链接缺少${what.title}名称。`);
    return;
  }
  let profile;
  try {
    profile = fromApi(await getJson(`/api/${what.api}/${encodeURIComponent(name)}`));
  } catch (e) {
    if (e.status !== 404 && e.status !== 405) {
      main.innerHTML = state('error', errorText(e, `读取${what.title}档案`));
      return;
    }
    try {
      profile = fromArticles(kind, name, await newestArticles());
    } catch (e2) {
      main.innerHTML = state('error', errorText(e2, `读取${what.title}档案`));
      return;
    }
  }
  if (!ctx.isCurrent()) return;
  if (profile.degraded && !profile.articles.length) {
    main.innerHTML = `<h1>${esc(name)}</h1>` + state('empty', `没有找到提及“${name}”的文章。`);
    return;
  }
  const placeBlock = kind === 'place' ? `
    <section class="panel" aria-labelledby="hier-h"><h2 id="hier-h">行政区划</h2>
      ${profile.degraded ? state('empty', '行政区划层级待查询服务的地点接口提供。') : `
      <p>上级:${profile.parent ? `<a href="${profileLink('place', nameOf(profile.parent))}">${esc(nameOf(profile.parent))}</a>
        ${countOf(profile.parent) != null ? `<span class="count">${esc(countOf(profile.parent))}</span>` : ''}` : '无'}</p>
      <h3>下级</h3>${entityChips('place', profile.children)}`}
    </section>` : '';
  main.innerHTML = `
    <header class="profile-head">
      <p class="kicker">${what.title}档案</p>
      <h1>${esc(profile.name || name)}</h1>
      <p class="meta">${[profile.level && LEVEL_LABELS[profile.level], profile.code && `区划代码 ${profile.code}`,
        profile.articleCount != null && `${profile.articleCount} 篇文章`, profile.mentionCount != null && `提及 ${profile.mentionCount} 次`]
        .filter(Boolean).map(esc).join(' · ')}
        · <a href="${link({view: 'search', [kind]: name})}">在检索中查看</a>
        ${kind === 'place' ? ` · <a href="${link({view: 'figures', place: name})}">疫情数据</a>` : ''}</p>
      ${profile.degraded ? `<p class="notice">档案接口尚未就绪:以下内容由最近 ${LOCAL_WINDOW} 篇文章汇总。</p>` : ''}
    </header>
    <div class="profile-grid">
      <section class="panel" aria-labelledby="arts-h"><h2 id="arts-h">相关文章</h2>
        ${profile.articles.length ? `<ol class="article-list">${profile.articles.map(a => articleItem(a)).join('')}</ol>`
          : state('empty', '没有文章。')}</section>
      <div>
        ${kind === 'person' ? `<section class="panel" aria-labelledby="titles-h"><h2 id="titles-h">职务(按时间)</h2>
          ${profile.titles.length ? `<ol class="timeline">${profile.titles.map(t => `<li><strong>${esc(t.title)}</strong>
            <span class="meta">${esc([t.from, t.to && t.to !== t.from ? t.to : null].filter(Boolean).join(' — '))}${
              t.count != null ? ` · ${esc(t.count)} 篇` : ''}</span></li>`).join('')}</ol>` : state('empty', '文中没有给出职务。')}
        </section>` : ''}
        ${placeBlock}
        <section class="panel" aria-labelledby="co-h"><h2 id="co-h">共同出现</h2>
          <h3>人物</h3>${entityChips('person', profile.persons)}
          <h3>地点</h3>${entityChips('place', profile.places)}
          <h3>机构</h3>${entityChips('organization', profile.organizations)}
        </section>
      </div>
    </div>`;
}
