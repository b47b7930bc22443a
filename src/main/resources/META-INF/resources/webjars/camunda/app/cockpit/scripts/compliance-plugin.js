// Cockpit plugin "Tuân thủ": a directive's cascade of units with the four compliance categories.
// Plain DOM, no dependencies. Data comes from the application's /api/reports, which accepts the
// Cockpit session for reading (EngineBasicAuthFilter). Links open the units' process instances.

const ROUTE = '/tuan-thu';
const API = '/api/reports';

const CATEGORY_COLOURS = {
  ON_TIME: '#2e7d32',
  LATE: '#ef6c00',
  IN_PROGRESS: '#1565c0',
  OVERDUE: '#c62828',
  REFUSED: '#616161',
  INFORMED: '#78909c',
  RECALLED: '#6d4c41'
};
const OVERDUE_BACKGROUND = '#fdecea';

const COUNTS = [
  ['onTime', 'Đúng hạn', 'ON_TIME'],
  ['late', 'Quá hạn đã xong', 'LATE'],
  ['inProgress', 'Trong hạn', 'IN_PROGRESS'],
  ['overdue', 'Quá hạn', 'OVERDUE'],
  ['refused', 'Từ chối', 'REFUSED'],
  ['informed', 'Để biết', 'INFORMED'],
  ['recalled', 'Thu hồi', 'RECALLED']
];

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'style') {
      node.style.cssText = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `HTTP ${response.status}`);
  }
  return body;
}

function selectedDirective() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('directive');
}

// Days as Vietnamese write them (20/03/2026). A deadline is a date already; a moment (reportedAt) is
// shown as its day in Vietnam.
function day(value) {
  if (!value) {
    return '';
  }
  const iso = String(value).includes('T')
    ? new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
    : String(value);
  const [year, month, date] = iso.split('-');
  return date ? `${date}/${month}/${year}` : iso;
}

// The cascade as a tree: rows whose parent is not in the report (the recipient, or the top of the
// reader's part) are roots. Unit codes are unique within one directive.
function tree(units) {
  const codes = new Set(units.map(u => u.unitCode));
  const children = new Map();
  units.forEach(u => {
    const parent = codes.has(u.parentCode) ? u.parentCode : null;
    if (!children.has(parent)) {
      children.set(parent, []);
    }
    children.get(parent).push(u);
  });
  // below each unit: how many units, how many of them overdue (shown on a folded row)
  const below = new Map();
  const count = u => {
    let units = 0;
    let overdue = 0;
    (children.get(u.unitCode) || []).forEach(c => {
      const [n, o] = count(c);
      units += 1 + n;
      overdue += (c.overdue ? 1 : 0) + o;
    });
    below.set(u.unitCode, [units, overdue]);
    return [units, overdue];
  };
  (children.get(null) || []).forEach(count);
  return { roots: children.get(null) || [], childrenOf: u => children.get(u.unitCode) || [], below };
}

function countsView(report) {
  return el('div', { class: 'compliance-counts', style: 'display:flex;gap:12px;margin:12px 0' },
    ...COUNTS.map(([field, label, category]) => el('div', {
      'data-count': field,
      style: `border-left:6px solid ${CATEGORY_COLOURS[category]};padding:6px 12px;background:#fafafa;min-width:110px`
    }, el('div', { style: 'font-size:24px;font-weight:bold' }, report[field]), el('div', {}, label))));
}

const KIND_NAMES = {
  CENTRAL: 'Trung ương', PROVINCE: 'Tỉnh', PROVINCIAL_AGENCY: 'Sở, ngành', DISTRICT: 'Huyện',
  DISTRICT_AGENCY: 'Phòng, ban', COMMUNE: 'Xã'
};
const ROLE_NAMES = { CHU_TRI: 'Chủ trì', PHOI_HOP: 'Phối hợp', DE_BIET: 'Để biết' };

/** "213/UBND-VX ngày 02/12/2026 – Huyện Mường Tè"; a document not yet numbered says so. */
function receivedText(u) {
  const number = u.receivedNumber || 'chưa có số';
  return `${number}${u.receivedOn ? ' ngày ' + day(u.receivedOn) : ''}${u.receivedFrom ? ' – ' + u.receivedFrom : ''}`;
}

const SUMMARY_LENGTH = 80;

/** The report's summary (or the reason of a refusal), cut to one line; the whole text on hover and on click. */
function summaryView(u) {
  const text = u.reportSummary || (u.refusalReason ? `Từ chối: ${u.refusalReason}` : '');
  if (text.length <= SUMMARY_LENGTH) {
    return el('td', { class: 'compliance-summary', title: text }, text);
  }
  const short = text.slice(0, SUMMARY_LENGTH).trimEnd() + '…';
  const line = el('summary', { style: 'cursor:pointer;color:#1565c0' }, short);
  const details = el('details', { title: text }, line,
    el('div', { style: 'white-space:pre-wrap;max-width:480px' }, text));
  // open, the whole text stands in place of the short line
  details.addEventListener('toggle', () => { line.textContent = details.open ? 'Thu gọn' : short; });
  return el('td', { class: 'compliance-summary' }, details);
}

const ENDED = new Set(['02', '06', '13']);

/**
 * The unit's process instance in Cockpit while it runs; a unit assigned whose instance has not started yet
 * (it starts in a job of its own), or one whose instance has ended (Cockpit shows running instances), says so.
 */
function instanceView(u) {
  if (!u.processInstanceId) {
    return el('span', { class: 'compliance-not-started', style: 'color:#757575' }, 'Chưa khởi tạo');
  }
  if (ENDED.has(u.status) || u.closedAt) {
    return el('span', { class: 'compliance-ended', style: 'color:#757575', title: u.processInstanceId }, 'Đã kết thúc');
  }
  return el('a', { href: `#/process-instance/${encodeURIComponent(u.processInstanceId)}`,
    title: `Mã tiến trình ${u.processInstanceId}` }, 'Mở tiến trình');
}

/** A cascade opens with as many whole levels as fit in this many rows; deeper levels unfold on a click. */
const OPEN_ROWS = 500;

function unitRow(u, depth, t, toggle, directiveId) {
  const colour = CATEGORY_COLOURS[u.category];
  const [units, overdue] = t.below.get(u.unitCode);
  const name = el('td', { style: `padding-left:${8 + depth * 20}px` });
  if (units > 0) {
    name.append(el('button', {
      type: 'button', class: 'btn btn-link btn-xs compliance-toggle', 'aria-expanded': 'false',
      title: 'Mở hoặc thu gọn các đơn vị cấp dưới', style: 'padding:0 4px 0 0;text-decoration:none'
    }, '▸'));
  }
  name.append(`${u.unitName} (${u.unitCode})`);
  if (units > 0) {
    name.append(el('div', { class: 'compliance-below', style: 'font-size:12px;color:#616161' },
      `${units} đơn vị cấp dưới` + (overdue ? `, ${overdue} quá hạn` : '')));
  }
  const row = el('tr', {
    class: u.overdue ? 'compliance-unit compliance-overdue' : 'compliance-unit',
    'data-unit-code': u.unitCode,
    'data-category': u.category,
    'data-depth': depth,
    style: u.overdue ? `background:${OVERDUE_BACKGROUND}` : ''
  },
  name,
  el('td', {}, KIND_NAMES[u.kind] || u.kind || ''),
  el('td', {}, ROLE_NAMES[u.role] || u.role),
  el('td', { class: 'compliance-received' }, receivedText(u)),
  el('td', { title: u.statusName }, `${u.status} ${u.statusName}`),
  el('td', {}, day(u.reportDeadline)),
  el('td', {}, day(u.reportedAt)),
  summaryView(u),
  el('td', {}, u.reminders),
  el('td', { class: 'compliance-category', style: `color:${colour};font-weight:bold` }, u.categoryName),
  el('td', { style: u.overdue ? `color:${CATEGORY_COLOURS.OVERDUE};font-weight:bold` : '' }, u.overdue ? 'Có' : 'Không'),
  el('td', { class: 'compliance-instance' }, instanceView(u)),
  el('td', { class: 'compliance-history' }, el('button', {
    type: 'button', class: 'btn btn-link compliance-history-open', title: 'Các bước xử lý của đơn vị: ai, khi nào, nội dung',
    style: 'padding:0;border:0;font-size:inherit;vertical-align:baseline'
  }, 'Lịch sử')));
  row.querySelector('.compliance-history-open').addEventListener('click', () => showHistory(directiveId, u));
  if (units > 0) {
    row.querySelector('.compliance-toggle').addEventListener('click', () => toggle(row, u, depth));
  }
  return row;
}

/**
 * The unit tree, parents above their children. A small cascade opens whole; a national one (11,000 units)
 * opens with its top levels, each folded row saying how many units lie below it and how many are overdue,
 * so the page never builds ten thousand rows the supervisor has not asked for.
 */
function unitsView(report, directiveId) {
  const header = ['Đơn vị', 'Cấp', 'Vai trò', 'Văn bản nhận', 'Trạng thái', 'Hạn báo cáo', 'Báo cáo ngày',
    'Nội dung báo cáo', 'Nhắc', 'Phân loại', 'Quá hạn', 'Tiến trình', 'Lịch sử'];
  const t = tree(report.units);
  let levels = 0;
  for (let level = t.roots, shown = level.length; ;) {
    const next = level.flatMap(t.childrenOf);
    if (next.length === 0 || shown + next.length > OPEN_ROWS) {
      break;
    }
    shown += next.length;
    level = next;
    levels++;
  }
  const expanded = (row, open) => {
    row.classList.toggle('compliance-open', open);
    const button = row.querySelector('.compliance-toggle');
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '▾' : '▸';
    row.querySelector('.compliance-below').style.display = open ? 'none' : '';
  };
  const rowsOf = (u, depth, open, into) => {
    const row = unitRow(u, depth, t, toggle, directiveId);
    into.push(row);
    if (open(depth) && t.childrenOf(u).length > 0) {
      expanded(row, true);
      t.childrenOf(u).forEach(c => rowsOf(c, depth + 1, open, into));
    }
  };
  function toggle(row, u, depth) {
    if (row.classList.contains('compliance-open')) {
      for (let next = row.nextElementSibling; next && Number(next.dataset.depth) > depth;) {
        const following = next.nextElementSibling;
        next.remove();
        next = following;
      }
      expanded(row, false);
    } else {
      const rows = [];
      t.childrenOf(u).forEach(c => rowsOf(c, depth + 1, () => false, rows));
      row.after(...rows);
      expanded(row, true);
    }
  }
  const rows = [];
  t.roots.forEach(u => rowsOf(u, 0, depth => depth < levels, rows));
  return el('table', { class: 'cam-table compliance-units' },
    el('thead', {}, el('tr', {}, ...header.map(h => el('th', {}, h)))),
    el('tbody', {}, ...rows));
}

/** 1250.5 → "1.250,5", as Vietnamese write numbers. */
function number(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return Number(value).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/**
 * Số liệu: one figure across a unit's direct subordinates as a bar chart (supervisors read a chart faster
 * than a table), the figure and unit picked above it, and the table of every unit's own figures and subtree
 * sums below, with the CSV of the same.
 */
function figuresView(figures, directiveId) {
  const byCode = new Map(figures.units.map(u => [u.unitCode, u]));
  const childrenOf = new Map();
  figures.units.forEach(u => {
    if (u.parentCode && byCode.has(u.parentCode)) {
      childrenOf.set(u.parentCode, [...(childrenOf.get(u.parentCode) || []), u]);
    }
  });
  const parents = figures.units.filter(u => childrenOf.has(u.unitCode));
  const indicatorPicker = el('select', { class: 'form-control figures-indicator', style: 'max-width:360px;display:inline-block' },
    ...figures.indicators.map(i => el('option', { value: i.code }, `${i.name} (${i.unit})`)));
  const unitPicker = el('select', { class: 'form-control figures-unit', style: 'max-width:360px;display:inline-block;margin-left:8px' },
    ...parents.map(u => el('option', { value: u.unitCode }, u.unitName)));
  const chart = el('div', { class: 'figures-chart' });
  const draw = () => {
    const indicator = figures.indicators.find(i => i.code === indicatorPicker.value);
    const children = childrenOf.get(unitPicker.value) || [];
    chart.replaceChildren(barChart(indicator, children));
  };
  indicatorPicker.addEventListener('change', draw);
  unitPicker.addEventListener('change', draw);
  draw();
  const header = ['Đơn vị', ...figures.indicators.flatMap(i => [`${i.name} (đơn vị báo cáo)`, `${i.name} (tổng cấp dưới)`])];
  const rows = figures.units.map(u => el('tr', { 'data-unit-code': u.unitCode },
    el('td', {}, u.unitName),
    ...figures.indicators.flatMap(i => [
      el('td', { style: 'text-align:right' }, number((u.figures || {})[i.code])),
      el('td', { style: 'text-align:right' }, number((u.subtree || {})[i.code]))])));
  return el('section', { class: 'compliance-figures', style: 'margin-top:24px' },
    el('h3', {}, 'Số liệu báo cáo'),
    el('div', { style: 'margin-bottom:8px' }, indicatorPicker, unitPicker,
      el('a', { href: `/api/directives/${encodeURIComponent(directiveId)}/figures?format=csv`, style: 'margin-left:12px' },
        'Tải CSV')),
    chart,
    el('table', { class: 'cam-table compliance-figures-table', style: 'margin-top:12px' },
      el('thead', {}, el('tr', {}, ...header.map(h => el('th', {}, h)))),
      el('tbody', {}, ...rows)));
}

/** Horizontal bars in SVG: each subordinate's subtree sum of the figure, with its value written after the bar. */
function barChart(indicator, units) {
  const ns = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attributes, text) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  };
  if (!indicator || !units.length) {
    return el('p', {}, 'Không có đơn vị cấp dưới để so sánh.');
  }
  const value = u => Number((u.subtree || {})[indicator.code] ?? (u.figures || {})[indicator.code] ?? 0);
  const max = Math.max(1, ...units.map(value));
  const row = 24, label = 220, width = 420;
  const svg = svgEl('svg', { width: label + width + 120, height: units.length * row + 8, class: 'figures-bars',
    role: 'img', 'aria-label': `${indicator.name} theo đơn vị` });
  units.forEach((u, i) => {
    const y = i * row + 4;
    const w = Math.round(width * value(u) / max);
    svg.append(svgEl('text', { x: label - 8, y: y + 15, 'text-anchor': 'end', 'font-size': 12 }, u.unitName));
    svg.append(svgEl('rect', { x: label, y, width: Math.max(w, 1), height: row - 6, fill: '#1565c0',
      'data-unit-code': u.unitCode, 'data-value': value(u) }));
    svg.append(svgEl('text', { x: label + w + 6, y: y + 15, 'font-size': 12 }, `${number(value(u))} ${indicator.unit}`));
  });
  return svg;
}

// ---- Lịch sử: a unit's audit trail (GET /api/directives/{id}/units/{code}/history) -----------------------------

/** A moment as Vietnamese write it, in Vietnam: 02/03/2026 09:05. */
function moment(value) {
  if (!value) {
    return '';
  }
  const parts = {};
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(value))
    .forEach(p => { parts[p.type] = p.value; });
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const HISTORY_TEXT = 300;

function cut(text, max) {
  const s = String(text ?? '');
  return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

/** The labels of detail fields other steps record (recall, amendment, extension requests), for what has no own line. */
const DETAIL_LABELS = {
  reason: 'Lý do', note: 'Ghi chú', newDeadline: 'Hạn mới', reportDeadline: 'Hạn báo cáo', oldDeadline: 'Hạn cũ',
  previousDeadline: 'Hạn cũ', version: 'Phiên bản', number: 'Số văn bản', approved: 'Kết quả', refusalReason: 'Lý do',
  reportSummary: 'Nội dung', implementingNumber: 'Số văn bản', implementingDate: 'Ngày ban hành',
  implementingSubject: 'Trích yếu', text: 'Nội dung',
  // extension requests (EXTENSION_REQUEST, EXTENSION_DECISION)
  requestedDeadline: 'Hạn đề nghị', currentDeadline: 'Hạn hiện tại', deadline: 'Hạn báo cáo',
  deadlineMoved: 'Đã chuyển hạn'
};

function detailValue(key, value) {
  if (typeof value === 'boolean') {
    return key === 'approved' ? (value ? 'Đồng ý' : 'Không đồng ý') : (value ? 'Có' : 'Không');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return day(value);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return moment(value);
  }
  if (value && typeof value === 'object') {
    return Array.isArray(value) ? `${value.length} mục` : '';
  }
  return String(value ?? '');
}

function noteText(d) {
  return d.note ? `Ghi chú: ${d.note}` : '';
}

/** What was submitted, in a sentence or two of Vietnamese. */
function historyDetails(step) {
  const d = step.details || {};
  switch (step.action) {
    case 'ACKNOWLEDGE':
      return 'Đã tiếp nhận văn bản';
    case 'REFUSE':
      return `Lý do: ${d.refusalReason || ''}`;
    case 'ASSIGN': {
      const rows = (d.assignments || []).map(a => `${a.unitName || a.unitCode} – ${(ROLE_NAMES[a.role] || a.role || '').toLowerCase()}`
        + `${a.reportDeadline ? ', hạn ' + day(a.reportDeadline) : ''}${a.task ? ': ' + a.task : ''}`);
      const total = d.assignmentsTotal || rows.length;
      const more = total > rows.length ? ` và ${total - rows.length} đơn vị khác` : '';
      const figures = (d.indicators || []).map(i => `${i.name}${i.unit ? ' (' + i.unit + ')' : ''}`);
      return `Giao ${total} đơn vị: ${rows.join('; ')}${more}.`
        + (figures.length ? ` Số liệu yêu cầu: ${figures.join(', ')}.` : '');
    }
    case 'ISSUE': {
      const to = (d.reportTo || []).map(r => r.name || r.unitCode);
      return `Văn bản số ${d.implementingNumber || ''}${d.implementingDate ? ' ngày ' + day(d.implementingDate) : ''}`
        + `${d.implementingSubject ? ' – ' + d.implementingSubject : ''}${to.length ? '. Báo cáo gửi: ' + to.join(', ') : ''}`;
    }
    case 'REPORT': {
      const figures = Object.entries(d.figures || {}).map(([code, value]) => `${code}: ${number(value)}`);
      return `${d.reportSummary || ''}${figures.length ? ' (số liệu: ' + figures.join(', ') + ')' : ''}`;
    }
    case 'REMIND':
    case 'CLOSE':
      return noteText(d);
    case 'EXTEND':
      return [d.newDeadline ? `Hạn mới: ${day(d.newDeadline)}` : '', noteText(d)].filter(Boolean).join('. ');
    default:
      return Object.entries(d)
        .filter(([, value]) => value !== null && value !== undefined && value !== '' && !(value && typeof value === 'object'))
        .map(([key, value]) => `${DETAIL_LABELS[key] || key}: ${detailValue(key, value)}`).join('. ');
  }
}

function historyTable(steps) {
  if (!steps.length) {
    return el('p', { class: 'compliance-history-empty' }, 'Chưa có bước xử lý nào được ghi nhận.');
  }
  return el('table', { class: 'cam-table compliance-history-table' },
    el('thead', {}, el('tr', {}, ...['Thời gian', 'Người thực hiện', 'Thao tác', 'Nội dung'].map(h => el('th', {}, h)))),
    el('tbody', {}, ...steps.map(step => {
      const details = historyDetails(step);
      return el('tr', { class: 'compliance-history-step', 'data-action': step.action },
        el('td', { style: 'white-space:nowrap' }, moment(step.at)),
        el('td', { title: step.userId || '' }, step.userName ? `${step.userName} (${step.userId})` : (step.userId || '(không rõ)')),
        el('td', { style: 'white-space:nowrap' }, step.actionText || step.action),
        el('td', { title: details, style: 'white-space:pre-wrap' }, cut(details, HISTORY_TEXT)));
    })));
}

/** The unit's steps in a panel over the view; Đóng, Esc or a click beside it closes it. */
async function showHistory(directiveId, u) {
  document.querySelectorAll('.compliance-history-panel').forEach(p => p.remove());
  const body = el('div', { class: 'compliance-history-body' }, el('p', {}, 'Đang tải…'));
  const close = el('button', { type: 'button', class: 'btn btn-default compliance-history-close' }, 'Đóng');
  const box = el('div', { role: 'dialog', 'aria-label': `Lịch sử xử lý của ${u.unitName}`,
    style: 'background:#fff;margin:60px auto;padding:16px;max-width:1000px;max-height:80vh;overflow:auto;'
      + 'border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.3)' },
  el('h3', { style: 'margin-top:0' }, `Lịch sử xử lý — ${u.unitName} (${u.unitCode})`),
  body, el('div', { style: 'text-align:right;margin-top:12px' }, close));
  const panel = el('div', { class: 'compliance-history-panel',
    style: 'position:fixed;inset:0;background:rgba(0,0,0,.35);z-index:2000' }, box);
  const onKey = e => { if (e.key === 'Escape') { dismiss(); } };
  function dismiss() {
    panel.remove();
    document.removeEventListener('keydown', onKey);
  }
  close.addEventListener('click', dismiss);
  panel.addEventListener('click', e => { if (e.target === panel) { dismiss(); } });
  document.addEventListener('keydown', onKey);
  document.body.append(panel);
  try {
    const steps = await getJson(`/api/directives/${encodeURIComponent(directiveId)}/units/${encodeURIComponent(u.unitCode)}/history`);
    body.replaceChildren(historyTable(steps));
  } catch (e) {
    body.replaceChildren(el('p', { class: 'compliance-error', style: 'color:#c62828' }, e.message));
  }
}

async function showDirective(container, directiveId) {
  container.replaceChildren(el('p', {}, 'Đang tải…'));
  try {
    // a national cascade (11,000 units) in one page: the API's largest
    const report = await getJson(`${API}/compliance?directive=${encodeURIComponent(directiveId)}&limit=20000`);
    const parts = [countsView(report), unitsView(report, directiveId)];
    if (report.total > report.units.length) {
      parts.push(el('p', {}, `Hiển thị ${report.units.length} / ${report.total} đơn vị.`));
    }
    container.replaceChildren(...parts);
    // the figures the cascade reports, summed up the tree; a directive that asks for none shows nothing more
    const figures = await getJson(`/api/directives/${encodeURIComponent(directiveId)}/figures`).catch(() => null);
    if (figures && figures.indicators && figures.indicators.length) {
      container.append(figuresView(figures, directiveId));
    }
  } catch (e) {
    container.replaceChildren(el('p', { class: 'compliance-error', style: 'color:#c62828' }, e.message));
  }
}

/**
 * "VB-20260302-4208E989 · 88/CĐ-TTg ngày 02/03/2026 · Thủ tướng Chính phủ → Huyện Mường Tè": the business key
 * first, so a narrow picker never cuts it; the subject on hover and under the picker.
 */
function directiveText(d) {
  const number = d.number || '(chưa có số)';
  return `${d.businessKey} · ${number}${d.issuedOn ? ' ngày ' + day(d.issuedOn) : ''}`
    + `${d.issuer ? ' · ' + d.issuer : ''} → ${d.recipientName || d.recipientCode}`;
}

async function renderView(node) {
  const picker = el('select', { class: 'form-control compliance-directive', style: 'width:100%;max-width:none' },
    el('option', { value: '' }, '— Chọn văn bản chỉ đạo —'));
  const subject = el('p', { class: 'compliance-subject', style: 'margin:6px 0;color:#444' });
  const content = el('div', { class: 'compliance-content' });
  node.replaceChildren(el('section', { class: 'compliance-view', style: 'padding:16px' },
    el('h2', {}, 'Tuân thủ — tình hình thực hiện văn bản chỉ đạo'),
    picker, subject, content));
  picker.addEventListener('change', () => {
    window.location.hash = `#${ROUTE}` + (picker.value ? `?directive=${encodeURIComponent(picker.value)}` : '');
  });
  try {
    const directives = await getJson(`${API}/directives`);
    directives.forEach(d => picker.append(el('option', { value: d.id, title: d.subject || '' }, directiveText(d))));
    if (directives.length === 0) {
      content.replaceChildren(el('p', { class: 'compliance-empty' },
        'Chưa có văn bản chỉ đạo nào đến đơn vị bạn giám sát.'));
    }
    const chosen = directives.find(d => d.id === selectedDirective());
    subject.textContent = chosen ? `Trích yếu: ${chosen.subject || '(không có)'} · Hạn báo cáo ${day(chosen.reportDeadline)}` : '';
  } catch (e) {
    content.replaceChildren(el('p', { class: 'compliance-error', style: 'color:#c62828' }, e.message));
    return;
  }
  const directiveId = selectedDirective();
  if (directiveId) {
    picker.value = directiveId;
    await showDirective(content, directiveId);
  }
}

export default [
  {
    id: 'directive.compliance.view',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render: node => { renderView(node); }
  },
  {
    id: 'directive.compliance.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: { pagePath: `#${ROUTE}`, label: 'Tuân thủ', checkActive: path => path.includes(`#${ROUTE}`) },
    render: node => {
      node.replaceChildren(el('a', { href: `#${ROUTE}`, class: 'compliance-navigation' }, 'Tuân thủ'));
    }
  }
];
