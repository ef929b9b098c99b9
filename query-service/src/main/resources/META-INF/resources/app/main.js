// The dashboard is one page whose state lives in the query string (/?view=…&q=…), so every view, search and
// filter can be bookmarked or shared and the server only ever serves index.html at /.
import {state, errorText} from './dom.js';
import * as live from './views/live.js';
import * as search from './views/search.js';
import * as article from './views/article.js';
import * as profile from './views/profile.js';
import * as figures from './views/figures.js';
import * as submit from './views/submit.js';

const VIEWS = {
  live: {module: live, title: '实时'},
  search: {module: search, title: '检索'},
  article: {module: article, title: '文章'},
  person: {module: profile, title: '人物'},
  place: {module: profile, title: '地点'},
  organization: {module: profile, title: '机构'},
  figures: {module: figures, title: '疫情数据'},
  submit: {module: submit, title: '提交公报'},
};

const main = document.getElementById('view');
let cleanup = null;
let generation = 0;

function currentParams() {
  const params = Object.fromEntries(new URLSearchParams(location.search));
  params.view ??= params.q ? 'search' : 'live';
  return params;
}

async function render() {
  const params = currentParams();
  const entry = VIEWS[params.view];
  if (cleanup) cleanup();
  cleanup = null;
  const mine = ++generation;
  document.querySelectorAll('nav a[data-view]').forEach(a => {
    const active = a.dataset.view === params.view || (params.view === 'article' && a.dataset.view === 'search');
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  const quick = document.querySelector('.quick input[name=q]');
  if (quick && params.view !== 'search') quick.value = '';
  if (!entry) {
    main.innerHTML = state('error', `没有名为“${params.view}”的页面。`);
    return;
  }
  document.title = `${entry.title} · 公报流水线`;
  main.dataset.view = params.view;
  main.innerHTML = state('loading', '加载中…');
  try {
    const dispose = await entry.module.render(main, params, {isCurrent: () => mine === generation});
    if (mine === generation) cleanup = dispose || null; else if (dispose) dispose();
  } catch (e) {
    if (mine === generation) main.innerHTML = state('error', errorText(e, '页面加载'));
  }
}

export function navigate(url, {replace = false} = {}) {
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render().then(() => {
    if (!replace) main.focus({preventScroll: true});
  });
  window.scrollTo(0, 0);
}

document.addEventListener('click', e => {
  const a = e.target.closest('a[href^="/?"], a[href="/"]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || a.target) return;
  e.preventDefault();
  navigate(a.getAttribute('href'));
});

document.addEventListener('submit', e => {
  const form = e.target;
  if (form.getAttribute('action') !== '/') return;
  e.preventDefault();
  const qs = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') qs.set(k, String(v).trim());
  navigate('/?' + qs.toString());
});

window.addEventListener('popstate', render);
render();
