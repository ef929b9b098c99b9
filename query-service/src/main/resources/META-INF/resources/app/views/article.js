// Article: the headline block, bylines, dateline, the body with every extracted entity placed where it stands,
// the other articles of its bulletin and the received page with this article's span marked.
import {getJson, request, toHit} from '../api.js';
import {esc, state, errorText, articleLink, profileLink, link, KIND_LABELS, ROLE_LABELS, LEVEL_LABELS, FACT_LABELS}
  from '../dom.js';
import {highlightedBody} from '../highlight.js';

const LEGEND = [['person', '人物'], ['place', '地点'], ['organization', '机构'], ['date', '日期'], ['figure', '数字'],
  ['quote', '引语']];

function entityLists(a) {
  const group = (title, items) => items.length ? `<div><h3>${title}</h3><ul class="chips">${items.join('')}</ul></div>` : '';
  return group('人物', (a.persons || []).map(p => `<li><a class="chip person" href="${profileLink('person', p.name)}">
      ${esc(p.name)}</a>${(p.titles || []).length ? `<span class="meta">${esc(p.titles.join('、'))}</span>` : ''}</li>`))
    + group('地点', (a.places || []).map(p => `<li><a class="chip place" href="${profileLink('place', p.name)}">
      ${esc(p.name)}</a><span class="meta">${esc([LEVEL_LABELS[p.level], p.code].filter(Boolean).join(' '))}</span></li>`))
    + group('机构', (a.organizations || []).map(o => `<li><a class="chip organization"
      href="${profileLink('organization', o.name)}">${esc(o.name)}</a></li>`))
    + group('疫情数字', (a.facts || []).map(f => `<li><a class="chip figure"
      href="${link({view: 'figures', place: f.place, type: f.type})}">${esc(FACT_LABELS[f.type] || f.type)}
      ${esc(f.value)}</a><span class="meta">${esc([f.place, f.date].filter(Boolean).join(' '))}</span></li>`));
}

async function showPage(section, bulletinId, article) {
  let text;
  try {
    text = await request(`/api/bulletins/${encodeURIComponent(bulletinId)}/text`, {headers: {Accept: 'text/plain'}});
  } catch (e) {
    section.innerHTML = e.status === 404 ? state('empty', '这份公报没有保存原文。') : state('error', errorText(e, '读取原始版面'));
    return;
  }
  const span = article.span;
  if (!text) {
    section.innerHTML = state('empty', '这份公报没有保存原文。');
    return;
  }
  if (!span || span.end > text.length) {
    section.innerHTML = `<pre class="page">${esc(text)}</pre>`;
    return;
  }
  section.innerHTML = `<p class="meta">黄色底为本文在版面上的位置(第 ${span.start}–${span.end} 字)。</p>
    <pre class="page" tabindex="0">${esc(text.slice(0, span.start))}<mark id="article-span" class="span">${
    esc(text.slice(span.start, span.end))}</mark>${esc(text.slice(span.end))}</pre>`;
  // scroll the page box, not the window, to where the article stands
  const pre = section.querySelector('pre');
  pre.scrollTop = section.querySelector('#article-span').offsetTop - 16;
}

export async function render(main, params, ctx) {
  const bulletinId = params.bulletin;
  const ordinal = Number(params.ordinal ?? 0);
  if (!bulletinId) {
    main.innerHTML = state('error', '链接缺少公报编号。');
    return;
  }
  let bulletin;
  try {
    bulletin = await getJson(`/api/bulletins/${encodeURIComponent(bulletinId)}`);
  } catch (e) {
    main.innerHTML = state('error', errorText(e, '读取文章'));
    return;
  }
  if (!ctx.isCurrent()) return;
  const articles = bulletin.articles || [];
  const a = articles.find(x => x.ordinal === ordinal);
  if (!a) {
    main.innerHTML = state('empty', `这份公报没有第 ${ordinal + 1} 篇文章(共 ${articles.length} 篇)。`);
    return;
  }
  const masthead = a.masthead || bulletin.masthead || {};
  const bylines = (a.bylines || []).map(b => `<span class="byline">${esc(ROLE_LABELS[b.role] || b.role)} ${esc(b.name)}</span>`);
  const counts = Object.fromEntries(LEGEND.map(([k]) => [k, 0]));
  const bodyHtml = highlightedBody(a);
  main.innerHTML = `
    <article class="article" aria-labelledby="article-title">
      <header class="headline">
        ${a.kicker ? `<p class="kicker">${esc(a.kicker)}</p>` : ''}
        <h1 id="article-title">${esc(a.title || '(无标题图片稿)')}</h1>
        ${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ''}
        <p class="meta">
          ${[masthead.publication, masthead.publishedOn && `出版 ${masthead.publishedOn}`, masthead.issueNo]
            .filter(Boolean).map(esc).join(' · ')}
          · <span class="kind">${esc(KIND_LABELS[a.kind] || a.kind)}</span>
          ${a.dateline ? ` · <span class="dateline">电头日期 ${esc(a.dateline)}</span>` : ''}
        </p>
        ${bylines.length ? `<p class="bylines">${bylines.join('')}</p>` : ''}
      </header>
      <p class="legend" aria-label="标注图例">${LEGEND.map(([k, label]) => `<span class="ent ${k}" data-legend="${k}">${label}</span>`).join('')}</p>
      <div class="body">${bodyHtml}</div>
      ${a.continuedOn ? `<p class="continued">(下转${esc(a.continuedOn.replace(/^下转/, ''))})</p>` : ''}
      ${a.summary ? `<p class="summary"><strong>摘要</strong> ${esc(a.summary)}</p>` : ''}
      ${(a.topics || []).length || (a.keywords || []).length ? `<p class="chips">
        ${(a.topics || []).map(t => `<a class="chip" href="${link({view: 'search', topic: t})}">${esc(t)}</a>`).join('')}
        ${(a.keywords || []).map(k => `<a class="chip plain" href="${link({view: 'search', q: k})}">${esc(k)}</a>`).join('')}</p>` : ''}
    </article>
    <div class="article-side">
      <section class="panel entities" aria-labelledby="entities-h"><h2 id="entities-h">抽取结果</h2>
        ${entityLists(a) || state('empty', '这篇文章没有抽取到人物、地点、机构或数字。')}</section>
      <section class="panel" aria-labelledby="siblings-h"><h2 id="siblings-h">同一公报的其他文章(共 ${articles.length} 篇)</h2>
        <ol class="article-list compact">${articles.map(x => {
          const hit = toHit(x);
          const current = x.ordinal === a.ordinal ? ' aria-current="page"' : '';
          return `<li><a href="${articleLink(hit)}"${current}>${esc(x.title || x.kicker || '(无标题图片稿)')}</a></li>`;
        }).join('')}</ol></section>
      <section class="panel raw" aria-labelledby="raw-h"><h2 id="raw-h">原始版面</h2>
        <div id="raw-page">${state('loading', '读取原始版面…')}</div></section>
    </div>`;
  main.querySelectorAll('.body .ent').forEach(el => counts[el.dataset.kind]++);
  counts.quote = main.querySelectorAll('.body q.quote').length;
  main.querySelectorAll('.legend [data-legend]').forEach(el => {
    el.textContent += ` ${counts[el.dataset.legend]}`;
  });
  await Promise.all([showPage(main.querySelector('#raw-page'), bulletinId, a), embedJsonLd(main.querySelector('article'), a)]);
}

// The article's schema.org NewsArticle markup, as the API writes it, so that what reads the page as data (search
// engines, aggregators, browser extensions) finds the headline, dates and named entities. A page without it still
// shows everything, so a failure here is silent.
async function embedJsonLd(articleEl, a) {
  let jsonLd;
  try {
    jsonLd = await request(`/api/articles/${encodeURIComponent(a.articleId)}`, {headers: {Accept: 'application/ld+json'}});
  } catch {
    return;
  }
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.id = 'article-jsonld';
  script.textContent = JSON.stringify(jsonLd).replace(/</g, '\\u003c');
  articleEl.append(script);
}
