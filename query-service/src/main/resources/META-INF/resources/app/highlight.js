// Places the extracted entities on the article body. Entity spans are offsets into the received bulletin text,
// and the body starts somewhere inside the article's span (after the headline lines), so the body's own offset in
// the page is taken as the shift that puts the most spans exactly on their names. Where the body differs from the
// page (a page cut repaired, a line joined) a span no longer lands on its name, and every occurrence of the name
// in the body is marked instead.
import {esc, profileLink, link, FACT_LABELS} from './dom.js';

const NUMBER = /[0-9０-９.]+[万亿]?|[零一二两三四五六七八九十百千万]+/g;

function occurrences(body, text) {
  const found = [];
  if (!text) return found;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length)) found.push(at);
  return found;
}

function entityMarks(body, articleStart, entity, text, make) {
  const fromSpans = (entity.spans || [])
    .map(s => ({start: s.start - articleStart, end: s.end - articleStart}))
    .filter(s => s.start >= 0 && s.end <= body.length && s.end > s.start
      && (!text || body.slice(s.start, s.end) === text));
  const spans = fromSpans.length ? fromSpans : occurrences(body, text).map(at => ({start: at, end: at + text.length}));
  return spans.map(s => ({...s, ...make()}));
}

function bodyOffset(article, body) {
  const votes = new Map();
  const entities = [...(article.persons || []), ...(article.places || []), ...(article.organizations || [])];
  for (const e of entities) {
    for (const at of occurrences(body, e.name)) {
      for (const s of e.spans || []) votes.set(s.start - at, (votes.get(s.start - at) || 0) + 1);
    }
  }
  let best = article.span?.start ?? 0;
  let most = 0;
  for (const [offset, count] of votes) if (count > most) [best, most] = [offset, count];
  return best;
}

/** Every mark with start, end, kind, href and title; overlapping ones keep the longer. */
export function marksFor(article) {
  const body = article.body || '';
  const start = bodyOffset(article, body);
  const marks = [];
  for (const p of article.persons || []) {
    marks.push(...entityMarks(body, start, p, p.name, () => ({
      kind: 'person', href: profileLink('person', p.name), title: ['人物', ...(p.titles || [])].join(' · '),
    })));
  }
  for (const p of article.places || []) {
    marks.push(...entityMarks(body, start, p, p.name, () => ({
      kind: 'place', href: profileLink('place', p.name), title: ['地点', p.code].filter(Boolean).join(' · '),
    })));
  }
  for (const o of article.organizations || []) {
    marks.push(...entityMarks(body, start, o, o.name, () => ({
      kind: 'organization', href: profileLink('organization', o.name), title: '机构',
    })));
  }
  for (const d of article.dates || []) {
    marks.push(...entityMarks(body, start, d, d.text, () => ({
      kind: 'date', href: d.date ? link({view: 'search', from: d.date, to: d.date}) : null, title: `日期 ${d.date || ''}`,
    })));
  }
  for (const f of article.facts || []) {
    const evidenceAt = f.evidence ? body.indexOf(f.evidence) : -1;
    if (evidenceAt < 0) continue;
    // the evidence usually holds a date too (5月16日,禹州市新增本土确诊病例4例): take the number equal to the
    // value, else the last one, which is where the figure stands in these sentences
    const numbers = [...f.evidence.matchAll(NUMBER)].filter(m => m[0] !== '.');
    const number = numbers.find(m => Number(m[0]) === Number(f.value)) || numbers[numbers.length - 1];
    if (!number) continue;
    marks.push({
      start: evidenceAt + number.index, end: evidenceAt + number.index + number[0].length, kind: 'figure',
      href: link({view: 'figures', place: f.place, type: f.type}),
      title: `${FACT_LABELS[f.type] || f.type}:${f.value}${f.place ? ' · ' + f.place : ''}`,
    });
  }
  marks.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept = [];
  for (const m of marks) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/** Quotes wrap runs of text that may hold entity marks; a quote that would cut through a mark is left out. */
function quoteRanges(article, body, marks) {
  const ranges = [];
  for (const q of article.quotes || []) {
    const at = q.text ? body.indexOf(q.text) : -1;
    if (at < 0 || q.text.includes('\n')) continue;
    const end = at + q.text.length;
    const cuts = marks.some(m => (m.start < at && m.end > at) || (m.start < end && m.end > end));
    const overlaps = ranges.some(r => at < r.end && end > r.start);
    if (!cuts && !overlaps) ranges.push({start: at, end, speaker: q.speaker});
  }
  return ranges;
}

/** The body as paragraphs with each entity a link to its profile, each quote marked with its speaker. */
export function highlightedBody(article) {
  const body = article.body || '';
  const marks = marksFor(article);
  const quotes = quoteRanges(article, body, marks);
  const opens = new Map(quotes.map(q => [q.start, q]));
  const closes = new Set(quotes.map(q => q.end));
  const cuts = new Set([0, body.length, ...marks.flatMap(m => [m.start, m.end]), ...quotes.flatMap(q => [q.start, q.end])]);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = new Map(marks.map(m => [m.start, m]));
  let html = '';
  // marks never overlap and quotes never cut one, so no cut point falls inside a mark
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i];
    if (closes.has(at)) html += '</q>';
    const quote = opens.get(at);
    if (quote) html += `<q class="quote" title="${esc(quote.speaker ? '引语 · ' + quote.speaker : '引语')}">`;
    const mark = byStart.get(at);
    if (mark) {
      const text = esc(body.slice(mark.start, mark.end));
      const attrs = `class="ent ${mark.kind}" data-kind="${mark.kind}" title="${esc(mark.title)}"`;
      html += mark.href ? `<a ${attrs} href="${esc(mark.href)}">${text}</a>` : `<mark ${attrs}>${text}</mark>`;
    } else {
      html += esc(body.slice(at, points[i + 1]));
    }
  }
  if (closes.has(body.length)) html += '</q>';
  return '<p>' + html.split('\n').filter(p => p.trim() !== '').join('</p><p>') + '</p>';
}
