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
  INFORMED: '#78909c'
};
const OVERDUE_BACKGROUND = '#fdecea';

const COUNTS = [
  ['onTime', 'Đúng hạn', 'ON_TIME'],
  ['late', 'Quá hạn đã xong', 'LATE'],
  ['inProgress', 'Trong hạn', 'IN_PROGRESS'],
  ['overdue', 'Quá hạn', 'OVERDUE'],
  ['refused', 'Từ chối', 'REFUSED'],
  ['informed', 'Để biết', 'INFORMED']
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

// A deadline is a date already; a moment (reportedAt) is shown as its day in Vietnam.
function day(value) {
  if (!value) {
    return '';
  }
  return String(value).includes('T')
    ? new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
    : String(value);
}

// Parents before children, each child indented under its parent; rows whose parent is not in the
// cascade (the recipient) are roots.
function treeOrder(units) {
  const byParent = new Map();
  const codes = new Set(units.map(u => u.unitCode));
  units.forEach(u => {
    const parent = codes.has(u.parentCode) ? u.parentCode : null;
    if (!byParent.has(parent)) {
      byParent.set(parent, []);
    }
    byParent.get(parent).push(u);
  });
  const ordered = [];
  const visit = (parent, depth) => (byParent.get(parent) || []).forEach(u => {
    ordered.push([u, depth]);
    visit(u.unitCode, depth + 1);
  });
  visit(null, 0);
  return ordered;
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

function unitsView(report) {
  const header = ['Đơn vị', 'Cấp', 'Vai trò', 'Văn bản nhận', 'Trạng thái', 'Hạn báo cáo', 'Báo cáo ngày', 'Nhắc',
    'Phân loại', 'Quá hạn', 'Xem trong Cockpit'];
  const rows = treeOrder(report.units).map(([u, depth]) => {
    const colour = CATEGORY_COLOURS[u.category];
    const link = u.processInstanceId
      ? el('a', { href: `#/process-instance/${encodeURIComponent(u.processInstanceId)}` }, 'Xem tiến trình')
      : '';
    return el('tr', {
      class: u.overdue ? 'compliance-unit compliance-overdue' : 'compliance-unit',
      'data-unit-code': u.unitCode,
      'data-category': u.category,
      style: u.overdue ? `background:${OVERDUE_BACKGROUND}` : ''
    },
    el('td', { style: `padding-left:${8 + depth * 20}px` }, `${u.unitName} (${u.unitCode})`),
    el('td', {}, KIND_NAMES[u.kind] || u.kind || ''),
    el('td', {}, ROLE_NAMES[u.role] || u.role),
    el('td', { class: 'compliance-received' }, receivedText(u)),
    el('td', { title: u.statusName }, `${u.status} ${u.statusName}`),
    el('td', {}, day(u.reportDeadline)),
    el('td', {}, day(u.reportedAt)),
    el('td', {}, u.reminders),
    el('td', { class: 'compliance-category', style: `color:${colour};font-weight:bold` }, u.categoryName),
    el('td', { style: u.overdue ? `color:${CATEGORY_COLOURS.OVERDUE};font-weight:bold` : '' }, u.overdue ? 'Có' : 'Không'),
    el('td', {}, link));
  });
  return el('table', { class: 'cam-table compliance-units' },
    el('thead', {}, el('tr', {}, ...header.map(h => el('th', {}, h)))),
    el('tbody', {}, ...rows));
}

async function showDirective(container, directiveId) {
  container.replaceChildren(el('p', {}, 'Đang tải…'));
  try {
    const report = await getJson(`${API}/compliance?directive=${encodeURIComponent(directiveId)}`);
    const parts = [countsView(report), unitsView(report)];
    if (report.total > report.units.length) {
      parts.push(el('p', {}, `Hiển thị ${report.units.length} / ${report.total} đơn vị.`));
    }
    container.replaceChildren(...parts);
  } catch (e) {
    container.replaceChildren(el('p', { class: 'compliance-error', style: 'color:#c62828' }, e.message));
  }
}

async function renderView(node) {
  const picker = el('select', { class: 'form-control compliance-directive', style: 'max-width:900px' },
    el('option', { value: '' }, '— Chọn văn bản chỉ đạo —'));
  const content = el('div', { class: 'compliance-content' });
  node.replaceChildren(el('section', { class: 'compliance-view', style: 'padding:16px' },
    el('h2', {}, 'Tuân thủ — tình hình thực hiện văn bản chỉ đạo'),
    picker, content));
  picker.addEventListener('change', () => {
    window.location.hash = `#${ROUTE}` + (picker.value ? `?directive=${encodeURIComponent(picker.value)}` : '');
  });
  try {
    const directives = await getJson(`${API}/directives`);
    directives.forEach(d => picker.append(el('option', { value: d.id },
      `${d.number || '(chưa số)'} — ${d.subject || ''} — ${d.recipientName || d.recipientCode} (${d.businessKey})`)));
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
