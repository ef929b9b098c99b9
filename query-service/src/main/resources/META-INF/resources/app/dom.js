// Small helpers shared by the views: escaping, labels, state blocks and links.

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

export function esc(value) {
  return value == null ? '' : String(value).replace(/[&<>"']/g, c => ESCAPES[c]);
}

/** The API marks query words with <mark> in otherwise escaped text; keep those and drop any other tag. */
export function markedHtml(html) {
  return html == null ? '' : String(html).replace(/<(?!\/?mark>)[^>]*>/g, '');
}

export function link(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== '') qs.set(k, v);
  }
  return '/?' + qs.toString();
}

export const KIND_LABELS = {news: '消息', feature: '通讯', timeline: '大事记', photo: '图片', notice: '公告'};
export const ROLE_LABELS = {reporter: '记者', correspondent: '通讯员', author: '作者', photographer: '摄影', editor: '编辑'};
export const STATUS_LABELS = {pending: '等待入库', unknown: '查询失败', received: '已接收', processed: '已处理', failed: '失败'};
export const FACT_LABELS = {
  confirmed_cases: '新增确诊病例',
  zero_new_streak: '连续零新增天数',
  clearance_streak: '连续双清零天数',
  testing_round: '核酸检测轮次',
  people_tested: '核酸检测人数',
  medical_staff_deployed: '投入医护人员',
  suspected_cases: '新增疑似病例',
  deaths: '新增死亡病例',
  recoveries: '新增治愈出院',
  close_contacts: '新增密切接触者',
  confirmed_total: '累计确诊病例',
  suspected_total: '累计疑似病例',
  deaths_total: '累计死亡病例',
  recoveries_total: '累计治愈出院',
  close_contacts_total: '累计密切接触者',
};
export const LEVEL_LABELS = {
  province: '省级', city: '地级', county: '县级', town: '乡镇', village: '村', locality: '片区', facility: '场所', other: '其他',
};

export const articleLink = a => link({view: 'article', bulletin: a.bulletinId, ordinal: a.ordinal});
export const profileLink = (kind, name) => link({view: kind, name});

export function state(kind, text) {
  const role = kind === 'error' ? ' role="alert"' : '';
  return `<p class="state ${kind}"${role}>${esc(text)}</p>`;
}

export function errorText(e, what) {
  return `${what}失败:${e && e.message ? e.message : e}`;
}

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One line of an article list: title (with the search marks when present), source line, snippet. */
export function articleItem(a, {snippet = true} = {}) {
  const title = a.titleHtml ? markedHtml(a.titleHtml) : esc(a.title || '(无标题图片稿)');
  const meta = [a.publication, a.dateline || a.date || a.publishedOn, KIND_LABELS[a.kind]].filter(Boolean).map(esc).join(' · ');
  const text = a.snippetHtml ? markedHtml(a.snippetHtml) : esc(a.summary || (a.body || '').slice(0, 90));
  return `<li class="article-item" data-article-id="${esc(a.articleId)}">
    ${a.kicker ? `<span class="kicker">${esc(a.kicker)}</span>` : ''}
    <a class="article-title" href="${articleLink(a)}">${title}</a>
    <span class="meta">${meta}</span>
    ${snippet && text ? `<span class="snippet">${text}</span>` : ''}
  </li>`;
}

/** Charts draw without animation for readers who ask for reduced motion. */
export const chartAnimation = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let echartsLoading;

/** ECharts ships in the build as a webjar; loaded only by the views that draw charts. */
export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  echartsLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/webjars/echarts/dist/echarts.min.js';
    script.onload = () => resolve(window.echarts);
    script.onerror = () => {
      echartsLoading = null;
      reject(new Error('图表库加载失败'));
    };
    document.head.append(script);
  });
  return echartsLoading;
}

const SUBMITTED = 'bulletin-dashboard.submitted';

/** Bulletins sent from this browser, newest first, so Live can follow them even when others flood the list. */
export function submittedBulletins() {
  try {
    return JSON.parse(localStorage.getItem(SUBMITTED) || '[]');
  } catch {
    return [];
  }
}

export function rememberSubmitted(bulletinId) {
  const list = [bulletinId, ...submittedBulletins().filter(id => id !== bulletinId)].slice(0, 10);
  localStorage.setItem(SUBMITTED, JSON.stringify(list));
}
