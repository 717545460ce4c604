// The local web chat: two panes, each its own member. Every string shown comes from the
// server's catalogue (state.strings); every piece of server text is set with textContent.
'use strict';

(() => {
  const PANES = ['freelancer', 'client'];
  const HISTORY_LIMIT = 200;
  const state = { token: '', language: 'en', strings: {}, members: {}, maxTextLength: 4096, streams: {} };

  const t = (key, ...args) =>
    args.reduce((s, a, i) => s.replace(`{${i}}`, String(a)), state.strings[key] ?? key);

  const newDeliveryId = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };

  const paneNode = (pane) => document.querySelector(`.pane[data-pane="${pane}"]`);

  async function loadSession() {
    const response = await fetch('/web/api/session', { credentials: 'same-origin' });
    applySession(await response.json());
  }

  function applySession(session) {
    state.token = session.token;
    state.language = session.language;
    state.strings = session.strings;
    state.members = session.panes;
    state.maxTextLength = session.maxTextLength;
    document.documentElement.lang = session.language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title');
    document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
    const language = document.getElementById('language');
    language.textContent = t('language.switch');
    language.setAttribute('aria-label', t('language.switch-label'));
    PANES.forEach(labelPane);
  }

  function labelPane(pane) {
    const node = paneNode(pane);
    node.setAttribute('aria-label', t(`pane.${pane}`));
    node.querySelector('.pane-title').textContent = t(`pane.${pane}`);
    node.querySelector('.member').textContent = t('member', state.members[pane]);
    node.querySelector('.restart').textContent = t('restart');
    node.querySelector('.send').textContent = t('send');
    node.querySelector('.start').textContent = t('start');
    node.querySelector('.empty-text').textContent = t('empty');
    const input = node.querySelector('input[name="text"]');
    input.placeholder = t('input.placeholder');
    input.maxLength = state.maxTextLength;
    input.id = `input-${pane}`;
    const label = node.querySelector('.composer label');
    label.textContent = t('input.label');
    label.htmlFor = input.id;
    setStatus(pane, node.dataset.live === 'true' ? 'live' : 'connecting');
  }

  function setStatus(pane, status) {
    const node = paneNode(pane);
    node.dataset.live = String(status === 'live');
    node.querySelector('.status').textContent = t(`status.${status}`);
  }

  async function post(pane, path, body, turn) {
    let response;
    try {
      response = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': state.token },
        body: JSON.stringify(body),
      });
    } catch {
      showError(pane, t('error.network'), turn);
      return null;
    }
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      showError(pane, json.detail ?? String(response.status), turn);
      return null;
    }
    return json;
  }

  // Each turn is numbered (data-turns on the pane, data-turn on its messages) so the page, and a
  // test reading it, can tell one turn's replies from the next.
  async function sendTurn(pane, kind, body, echo) {
    const node = paneNode(pane);
    const turn = Number(node.dataset.turns ?? '0') + 1;
    node.setAttribute('aria-busy', 'true');
    node.querySelectorAll('button, input').forEach((b) => { b.disabled = true; });
    try {
      if (echo) addMessage(pane, { who: 'user', text: echo });
      const path = `/web/api/panes/${pane}/${kind}`;
      const result = await post(pane, path, { deliveryId: newDeliveryId(), ...body }, turn);
      (result?.replies ?? []).forEach((message) => addMessage(pane, { who: 'bot', message }, false, turn));
    } finally {
      node.querySelectorAll('button, input').forEach((b) => { b.disabled = false; });
      node.removeAttribute('aria-busy');
      node.dataset.turns = String(turn);
      focusAfterReply(pane);
    }
  }

  function focusAfterReply(pane) {
    const node = paneNode(pane);
    const field = node.querySelector('.log li:last-child .reply-form input, .log li:last-child .reply-form textarea');
    (field ?? node.querySelector('input[name="text"]')).focus();
  }

  function showError(pane, detail, turn) {
    addMessage(pane, { who: 'error', text: `${t('error.prefix')} ${detail}` }, false, turn);
  }

  function historyKey(pane) { return `skillshare.history.${pane}.${state.members[pane]}`; }

  function remember(pane, entry) {
    const key = historyKey(pane);
    const history = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    history.push(entry);
    sessionStorage.setItem(key, JSON.stringify(history.slice(-HISTORY_LIMIT)));
  }

  function addMessage(pane, entry, replay = false, turn = undefined) {
    if (!replay) remember(pane, entry);
    const node = paneNode(pane);
    const log = node.querySelector('.log');
    const item = entry.message ? renderReply(pane, entry.message) : renderPlain(entry);
    if (turn !== undefined) item.dataset.turn = String(turn);
    const replaced = entry.message?.replaces && log.querySelector(`li[data-id="${entry.message.replaces}"]`);
    if (replaced) replaced.replaceWith(item); else log.append(item);
    node.classList.add('has-messages');
    item.scrollIntoView({ block: 'nearest' });
  }

  function renderPlain(entry) {
    const item = el('li', `msg ${entry.who}`);
    item.append(el('span', 'who', entry.who === 'user' ? t('you') : t('bot')), el('p', 'text', entry.text));
    return item;
  }

  function renderReply(pane, message) {
    const item = el('li', message.pushed ? 'msg bot pushed' : 'msg bot');
    item.dataset.id = message.id;
    const who = el('span', 'who', t('bot'));
    if (message.pushed) who.append(el('span', 'badge', t('pushed')));
    item.append(who, el('p', 'text', message.text));
    if (message.card) item.append(renderCard(message.card));
    if (message.buttons?.length) item.append(renderButtons(pane, message));
    if (message.form) item.append(renderForm(pane, message));
    return item;
  }

  function renderCard(card) {
    const box = el('div', 'card');
    const list = el('dl');
    card.fields.forEach((f) => list.append(el('dt', null, f.label), el('dd', null, f.value)));
    box.append(el('h3', null, card.title), list);
    return box;
  }

  function renderButtons(pane, message) {
    const box = el('div', 'buttons');
    message.buttons.forEach((row) => {
      const line = el('div', 'row');
      row.forEach((b) => {
        const button = el('button', null, b.label);
        button.type = 'button';
        button.addEventListener('click', () =>
          sendTurn(pane, 'button', { key: b.key, messageId: message.id }, b.label));
        line.append(button);
      });
      box.append(line);
    });
    return box;
  }

  function renderForm(pane, message) {
    const spec = message.form;
    const form = el('form', 'reply-form');
    form.append(el('h3', null, spec.title));
    spec.fields.forEach((field) => form.append(renderField(message.id, field, spec.errors?.[field.name])));
    const submit = el('button', null, spec.submitLabel);
    submit.type = 'submit';
    form.append(submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields = Object.fromEntries(new FormData(form).entries());
      sendTurn(pane, 'form', { key: spec.key, fields, messageId: message.id }, spec.submitLabel);
    });
    return form;
  }

  function renderField(messageId, field, error) {
    const label = el('label', null, field.label);
    if (field.required) label.append(el('span', 'req', t('required')));
    const input = inputFor(field);
    input.name = field.name;
    input.required = field.required;
    if (field.maxLength) input.maxLength = field.maxLength;
    if (field.value !== null && field.value !== undefined) input.value = field.value;
    label.append(input);
    if (error) {
      const note = el('p', 'field-error', error);
      note.id = `${messageId}-${field.name}-error`;
      input.setAttribute('aria-describedby', note.id);
      input.setAttribute('aria-invalid', 'true');
      label.append(note);
    }
    return label;
  }

  function inputFor(field) {
    if (field.kind === 'multiline') return el('textarea');
    if (field.kind === 'choice') {
      const select = el('select');
      field.choices.forEach((c) => { const o = el('option', null, c.label); o.value = c.key; select.append(o); });
      return select;
    }
    const input = el('input');
    input.type = field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text';
    if (field.kind === 'number') input.step = 'any';
    return input;
  }

  function listen(pane) {
    state.streams[pane]?.close();
    setStatus(pane, 'connecting');
    const stream = new EventSource(`/web/api/panes/${pane}/events`);
    stream.addEventListener('ready', () => setStatus(pane, 'live'));
    stream.addEventListener('message', (event) =>
      addMessage(pane, { who: 'bot', message: JSON.parse(event.data) }));
    stream.addEventListener('error', () => setStatus(pane, 'offline'));
    state.streams[pane] = stream;
  }

  function replay(pane) {
    const node = paneNode(pane);
    node.querySelector('.log').replaceChildren();
    node.classList.remove('has-messages');
    JSON.parse(sessionStorage.getItem(historyKey(pane)) ?? '[]').forEach((e) => addMessage(pane, e, true));
  }

  async function restart(pane) {
    if (!window.confirm(t('restart.confirm'))) return;
    sessionStorage.removeItem(historyKey(pane));
    const session = await post(pane, `/web/api/panes/${pane}/restart`, {});
    if (!session) return;
    applySession(session);
    replay(pane);
    listen(pane);
  }

  async function switchLanguage() {
    const session = await post(PANES[0], '/web/api/language', { language: state.language === 'zh' ? 'en' : 'zh' });
    if (session) applySession(session);
  }

  function buildPane(pane) {
    const node = document.getElementById('pane-template').content.firstElementChild.cloneNode(true);
    node.dataset.pane = pane;
    node.querySelector('.composer').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = event.target.elements.text;
      const text = input.value;
      if (!text.trim()) return;
      input.value = '';
      sendTurn(pane, 'text', { text }, text);
    });
    node.querySelector('.start').addEventListener('click', () => sendTurn(pane, 'text', { text: '/start' }, '/start'));
    node.querySelector('.restart').addEventListener('click', () => restart(pane));
    document.getElementById('panes').append(node);
  }

  async function start() {
    PANES.forEach(buildPane);
    document.getElementById('language').addEventListener('click', switchLanguage);
    await loadSession();
    PANES.forEach((pane) => { replay(pane); listen(pane); });
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', start);
})();
