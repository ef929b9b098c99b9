// Calls to query-service. Every failure becomes an ApiError with a Chinese message the views can show.
// Where an endpoint of the query API is not deployed yet, the views fall back to what the newest articles
// say (see newestArticles) and tell the reader so.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function request(path, options = {}) {
  let res;
  try {
    res = await fetch(path, {headers: {Accept: 'application/json'}, ...options});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, '无法连接服务器');
  }
  if (!res.ok) {
    let detail = '';
    try {
      const problem = await res.json();
      detail = problem.detail || problem.title || '';
    } catch {
      // not a problem+json body: the status line says enough
    }
    throw new ApiError(res.status, `${res.status === 404 ? '未找到' : '服务返回 ' + res.status}${detail ? ':' + detail : ''}`);
  }
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

export const getJson = (path, options) => request(path, options);

const names = list => (list || []).map(x => (typeof x === 'string' ? x : x && (x.name || x.value))).filter(Boolean);

/** One shape for an article whether it came as a search hit or as an ArticleExtracted event. */
export function toHit(a) {
  const articleId = a.articleId ?? a.id;
  const ordinal = a.ordinal ?? Number(String(articleId).split('-').pop());
  return {
    articleId,
    bulletinId: a.bulletinId ?? String(articleId).replace(/-\d+$/, ''),
    ordinal,
    kind: a.kind,
    kicker: a.kicker,
    title: a.title,
    subtitle: a.subtitle,
    dateline: a.dateline,
    publication: a.publication ?? a.masthead?.publication,
    publishedOn: a.publishedOn ?? a.masthead?.publishedOn,
    titleHtml: a.titleHtml,
    snippetHtml: a.snippetHtml,
    summary: a.summary,
    body: a.body,
    persons: names(a.persons),
    places: names(a.places),
    organizations: names(a.organizations),
    topics: a.topics || [],
    raw: a,
  };
}

export const LOCAL_WINDOW = 200;

/** The newest articles in full (ArticleExtracted shape), the basis of every fallback. */
export async function newestArticles(limit = LOCAL_WINDOW) {
  const page = await getJson(`/api/articles?limit=${limit}`);
  return page.items || [];
}

export const SEARCH_FILTERS = ['q', 'place', 'person', 'organization', 'topic', 'kind', 'from', 'to', 'sort'];
export const PAGE_SIZE = 20;

const isSearchAnswer = page => 'total' in page || 'facets' in page
  || (page.items || []).some(i => 'titleHtml' in i || 'snippetHtml' in i);

/** Full-text search with facets; {degraded: true} when the answer was computed here from the newest articles. */
export async function searchArticles(params) {
  const qs = new URLSearchParams();
  for (const k of SEARCH_FILTERS) if (params[k]) qs.set(k, params[k]);
  qs.set('limit', PAGE_SIZE);
  qs.set('facets', 'true');
  if (params.cursor && !params.cursor.startsWith('local:')) qs.set('cursor', params.cursor);
  const page = await getJson('/api/articles?' + qs);
  if (isSearchAnswer(page)) {
    return {
      items: (page.items || []).map(toHit), nextCursor: page.nextCursor, total: page.total,
      totalExact: page.totalExact !== false, facets: page.facets || null, degraded: false,
    };
  }
  return localSearch(params, await newestArticles());
}

const escapeHtml = s => String(s).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

function markWords(text, words) {
  let html = escapeHtml(text);
  for (const w of words) html = html.split(escapeHtml(w)).join(`<mark>${escapeHtml(w)}</mark>`);
  return html;
}

function placeMatches(article, place) {
  return (article.places || []).some(p => p.name === place || (p.code && place.match(/^\d{6}$/)
    && p.code.startsWith(place.replace(/(00)+$/, ''))));
}

function localSearch(params, articles) {
  const words = (params.q || '').split(/\s+/).filter(Boolean);
  const has = (list, name) => (list || []).some(x => x.name === name);
  const date = a => a.dateline || a.masthead?.publishedOn || '';
  const matches = articles.filter(a => {
    const text = [a.kicker, a.title, a.subtitle, a.body].filter(Boolean).join('\n');
    return words.every(w => text.includes(w))
      && (!params.place || placeMatches(a, params.place))
      && (!params.person || has(a.persons, params.person))
      && (!params.organization || has(a.organizations, params.organization))
      && (!params.topic || (a.topics || []).includes(params.topic))
      && (!params.kind || a.kind === params.kind)
      && (!params.from || date(a) >= params.from)
      && (!params.to || (date(a) && date(a) <= params.to));
  });
  if (params.sort === 'date') matches.sort((x, y) => date(y).localeCompare(date(x)));
  const count = (pick) => {
    const counts = new Map();
    for (const a of matches) for (const [value, code] of pick(a)) {
      const c = counts.get(value) || {value, code, count: 0};
      c.count++;
      counts.set(value, c);
    }
    return [...counts.values()].sort((x, y) => y.count - x.count).slice(0, 15);
  };
  const facets = {
    places: count(a => (a.places || []).map(p => [p.name, p.code])),
    persons: count(a => (a.persons || []).map(p => [p.name])),
    organizations: count(a => (a.organizations || []).map(o => [o.name])),
    topics: count(a => (a.topics || []).map(t => [t])),
    kinds: count(a => [[a.kind]]),
  };
  const offset = params.cursor?.startsWith('local:') ? Number(params.cursor.slice(6)) : 0;
  const items = matches.slice(offset, offset + PAGE_SIZE).map(a => {
    const hit = toHit(a);
    const body = a.body || '';
    const at = words.length ? Math.max(0, body.indexOf(words[0]) - 30) : 0;
    hit.titleHtml = markWords(a.title || '', words);
    hit.snippetHtml = (at > 0 ? '…' : '') + markWords(body.slice(at, at + 100), words);
    return hit;
  });
  return {
    items, total: matches.length, totalExact: true, facets, degraded: true,
    nextCursor: offset + PAGE_SIZE < matches.length ? `local:${offset + PAGE_SIZE}` : null,
  };
}
