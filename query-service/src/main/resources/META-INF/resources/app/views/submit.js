// Submit: paste a bulletin or choose a file (UTF-8 or GB18030) and send it with a feed's API key; query-service
// forwards it to ingest-service (/ui/api/bulletins). Then the page follows the bulletin until its articles are
// stored, or until it fails with a reason. /?view=submit&follow=<id> follows a bulletin sent earlier.
import {getJson, request} from '../api.js';
import {esc, state, errorText, articleLink, rememberSubmitted, STATUS_LABELS, KIND_LABELS} from '../dom.js';

const FOLLOW_MS = 1500;
const KEY_STORE = 'bulletin-dashboard.api-key';

export async function render(main, params, ctx) {
  let ingestUrl = '';
  try {
    ingestUrl = (await getJson('/ui/api/config')).ingestUrl;
  } catch {
    // only shown as a hint; submitting reports its own error
  }
  main.innerHTML = `
    <h1>提交公报</h1>
    <form class="submit-form" novalidate>
      <label>API 密钥 <input type="password" name="key" autocomplete="off" required
        value="${esc(sessionStorage.getItem(KEY_STORE) || '')}" placeholder="采集端的 API 密钥"></label>
      <label>公报全文 <textarea name="text" rows="10" placeholder="把公报文字粘贴到这里"></textarea></label>
      <div class="file-row">
        <label>或选择文件 <input type="file" name="file" accept=".txt,text/plain"></label>
        <label>文件编码 <select name="charset">
          <option value="">自动识别</option>
          <option value="utf-8">UTF-8</option>
          <option value="gb18030">GB18030 / GBK</option>
        </select></label>
      </div>
      <p class="meta">经查询服务转交采集服务${ingestUrl ? `(${esc(ingestUrl)})` : ''};选了文件时提交文件。</p>
      <button type="submit">提交</button>
    </form>
    <section id="progress" aria-live="polite"></section>`;
  const form = main.querySelector('form');
  const progress = main.querySelector('#progress');
  let timer = null;

  function follow(bulletinId, duplicate) {
    const started = Date.now();
    progress.innerHTML = `<div class="panel"><h2>公报 <code>${esc(bulletinId)}</code></h2>
      ${duplicate ? '<p class="notice">这份公报以前提交过,显示的是已有结果。</p>' : ''}
      <ol class="steps"><li class="done">已提交</li><li id="step-received">等待入库…</li><li id="step-processed">等待处理…</li></ol>
      <div id="follow-articles"></div></div>`;
    const tick = async () => {
      let b = null;
      try {
        b = await getJson(`/api/bulletins/${encodeURIComponent(bulletinId)}`);
      } catch (e) {
        if (e.status !== 404) progress.querySelector('#follow-articles').innerHTML = state('error', errorText(e, '查询进度'));
      }
      if (!ctx.isCurrent()) return;
      const received = progress.querySelector('#step-received');
      const processed = progress.querySelector('#step-processed');
      if (b) {
        received.textContent = '已接收';
        received.className = 'done';
      }
      if (b?.status === 'processed') {
        processed.textContent = `已处理:${b.articleCount ?? b.articles.length} 篇文章`;
        processed.className = 'done';
        progress.querySelector('#follow-articles').innerHTML = b.articles.length
          ? `<ol class="article-list">${b.articles.map(a => `<li class="article-item"><a class="article-title"
              href="${articleLink(a)}">${esc(a.title || '(无标题图片稿)')}</a><span class="meta">${esc(KIND_LABELS[a.kind] || a.kind)}
              ${a.dateline ? ' · ' + esc(a.dateline) : ''}</span></li>`).join('')}</ol>`
          : state('empty', '没有分出文章。');
        return;
      }
      if (b?.status === 'failed') {
        processed.textContent = `${STATUS_LABELS.failed}:${b.failureReason || '原因未知'}`;
        processed.className = 'failed';
        return;
      }
      const waited = Math.round((Date.now() - started) / 1000);
      if (!b) received.textContent = `等待入库…(${waited} 秒)`;
      timer = setTimeout(tick, FOLLOW_MS);
    };
    tick();
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearTimeout(timer);
    const key = form.key.value.trim();
    const file = form.file.files[0];
    const text = form.text.value;
    if (!key) {
      progress.innerHTML = state('error', '请填写 API 密钥。');
      form.key.focus();
      return;
    }
    if (!file && !text.trim()) {
      progress.innerHTML = state('error', '请粘贴公报全文或选择文件。');
      form.text.focus();
      return;
    }
    sessionStorage.setItem(KEY_STORE, key);
    const charset = file ? form.charset.value : 'utf-8';
    const button = form.querySelector('button');
    button.disabled = true;
    progress.innerHTML = state('loading', '提交中…');
    try {
      const answer = await request('/ui/api/bulletins', {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${key}`,
          'Content-Type': charset ? `text/plain; charset=${charset}` : 'text/plain',
        },
        body: file ? await file.arrayBuffer() : text,
      });
      rememberSubmitted(answer.bulletinId);
      follow(answer.bulletinId, answer.duplicate);
    } catch (err) {
      const hint = err.status === 401 ? '(API 密钥不对?)' : err.status === 502 ? '(采集服务没有运行?)' : '';
      progress.innerHTML = state('error', errorText(err, '提交') + hint);
    } finally {
      button.disabled = false;
    }
  });

  if (params.follow) follow(params.follow, false);
  return () => clearTimeout(timer);
}
