// Calls to query-service. Every failure becomes an ApiError with a Chinese message the views can show.

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

/**
 * One shape for an article, whether it came as a search hit, an entity profile's article reference or an
 * ArticleExtracted event; the ordinal is the articleId's suffix where only the id is given (bulletinId-ordinal).
 */
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
    date: a.date,
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

export const SEARCH_FILTERS = ['q', 'place', 'person', 'organization', 'topic', 'mediaTopic', 'kind', 'from', 'to', 'sort'];
export const PAGE_SIZE = 20;

/** Full-text search with facets: GET /api/articles, whose hits carry titleHtml and snippetHtml. */
export async function searchArticles(params) {
  const qs = new URLSearchParams();
  for (const k of SEARCH_FILTERS) if (params[k]) qs.set(k, params[k]);
  if (params.cursor) qs.set('cursor', params.cursor);
  qs.set('limit', PAGE_SIZE);
  qs.set('facets', 'true');
  const page = await getJson('/api/articles?' + qs);
  return {
    items: (page.items || []).map(toHit), nextCursor: page.nextCursor, total: page.total,
    totalExact: page.totalExact !== false, facets: page.facets || null,
  };
}

/** The newest stored articles, in arrival order. */
export async function arrivals(limit) {
  const page = await getJson(`/api/articles?sort=stored&facets=false&limit=${limit}`);
  return (page.items || []).map(toHit);
}
