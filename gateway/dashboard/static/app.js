// The operations dashboard page: the token (from #token=… once, then this tab's sessionStorage;
// never in a URL sent to the server), the event stream, and the acknowledge button.

import { openStream, errorText } from './stream.js';
import { Renderer } from './render.js';
import { clockSeconds } from './format.js';

const TOKEN_KEY = 'brightline.dashboard.token';
const $ = (id) => document.getElementById(id);

const renderer = new Renderer();
/** Every section as last sent: the server sends only those that changed. */
const sections = new Map();
let stream;
/** The event stream's state: connecting, live, lost, refused. */
let streamState = 'connecting';

function takeTokenFromFragment() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
  // Out of the address bar, the history and any bookmark made from here on.
  history.replaceState(null, '', location.pathname + location.search);
}

function setConnection(state) {
  streamState = state;
  showConnection();
}

/**
 * The stream's state, and whether the gateway itself still hears NATS (the `bus` section): a
 * stream that is up while the gateway lost NATS brings nothing new, so the page must not say live.
 */
function showConnection() {
  const bus = sections.get('bus');
  const busLost = streamState === 'live' && bus?.connected === false;
  document.body.dataset.connection = streamState;
  document.body.dataset.bus = busLost ? 'lost' : 'connected';
  const words = { connecting: 'connecting…', live: 'live', lost: 'connection lost — retrying', refused: 'token refused' };
  $('connection').textContent = busLost ? 'out of date' : (words[streamState] ?? streamState);
  $('connection-lost').hidden = streamState !== 'lost';
  $('bus-lost').hidden = !busLost;
  if (busLost) $('bus-lost-at').textContent = clockSeconds(bus.since);
}

function showPrompt(reason) {
  stream?.close();
  stream = undefined;
  setConnection('refused');
  const error = $('token-error');
  error.textContent = reason ?? '';
  error.hidden = !reason;
  $('token-prompt').hidden = false;
  $('token-input').value = '';
  $('token-input').focus();
}

function connect() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    showPrompt();
    return;
  }
  $('token-prompt').hidden = true;
  stream?.close();
  stream = openStream(token, {
    onState: setConnection,
    onRefused: (reason) => {
      sessionStorage.removeItem(TOKEN_KEY);
      showPrompt(`The dashboard refused that token: ${reason}`);
    },
    onView: apply,
  });
}

function apply(message) {
  renderer.serverOffsetS = message.server_time - Date.now() / 1000;
  if (message.reset) {
    sections.clear();
    renderer.plots.clear();
  }
  const changed = Object.keys(message.sections);
  for (const [key, value] of Object.entries(message.sections)) {
    if (value === null) sections.delete(key);
    else sections.set(key, value);
  }
  const touched = (prefix) => message.reset || changed.some((key) => key === prefix || key.startsWith(`${prefix}:`));

  if (touched('bus')) showConnection();
  if (touched('summary') || touched('me')) renderer.header(sections.get('summary'), sections.get('me'));
  if (touched('alarms')) renderer.alarms(sections.get('alarms') ?? [], acknowledge);
  if (touched('tiles') || touched('tile')) {
    const tiles = new Map();
    for (const id of sections.get('tiles') ?? []) if (sections.has(`tile:${id}`)) tiles.set(id, sections.get(`tile:${id}`));
    renderer.tiles(sections.get('tiles') ?? [], tiles);
  }
  if (touched('plots') || touched('plot') || message.points.length) {
    if (!renderer.plotUpdate(message.sections, message.points)) {
      // A gap in the points (should not happen): start over with the whole view.
      stream?.restart();
      return;
    }
    renderer.plotCards(sections.get('plots') ?? []);
  }
}

/** Acknowledges every record the row stands for, each at the occurrence the page showed. */
async function acknowledge(alarm) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const post = (member) =>
    fetch('/api/alarms/ack', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: member.key, since: member.since }),
    }).catch(() => undefined);
  const responses = await Promise.all(alarm.members.map(post));
  // Every console, this one included, learns of the acknowledgements from the stream.
  const failed = responses.find((response) => !response?.ok);
  if (failed === undefined) return;
  if (failed?.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showPrompt(`The dashboard refused that token: ${await errorText(failed)}`);
    return;
  }
  notify(failed ? `Could not acknowledge: ${await errorText(failed)}` : 'Could not acknowledge: the dashboard did not answer');
  const button = document.querySelector(`[data-alarm="${CSS.escape(alarm.key)}"] button`);
  if (button) button.disabled = false;
}

let noticeTimer;
function notify(text) {
  const notice = $('notice');
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (notice.hidden = true), 10_000);
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('token-input').value.trim();
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  connect();
});
$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  showPrompt();
});
window.addEventListener('hashchange', () => {
  if (/token=/.test(location.hash)) {
    takeTokenFromFragment();
    connect();
  }
});
setInterval(() => renderer.refreshTimes(), 5_000);

takeTokenFromFragment();
connect();
