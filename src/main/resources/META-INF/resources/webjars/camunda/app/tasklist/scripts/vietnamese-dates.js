// Dates in Tasklist's Camunda Forms as Vietnamese write them (31/12/2026), whatever the browser's language
// and time zone. Loaded by scripts/config.js (`customScripts`) before Tasklist renders any form.
//
// form-js 1.x, as bundled in Camunda 7.24 (lib/deps.js), has no option for the date format of a `datetime`
// field: its date picker (flatpickr) takes `dateFormat` and the placeholder from
// `getLocaleDateFormat()`, which is `new Intl.DateTimeFormat('default')`, i.e. the browser's language:
// 12/28/2026 in an English browser, 28/12/2026 only in some others. The value form-js submits does not
// depend on it: it is always ISO `YYYY-MM-DD`, as the contract wants.
//
// 1. `Intl.DateTimeFormat('default')` with no options (only form-js asks for it that way) answers with
//    Vietnamese two-digit day and month: the picker shows and reads dd/mm/yyyy, the placeholder says
//    dd/mm/yyyy. Every other use of Intl.DateTimeFormat is left alone.
// 2. form-js reads a date field's value with `Date.parse('2026-12-28')`, which is midnight UTC: in a browser
//    west of Greenwich that is the evening before, so a pre-filled deadline would show, and be submitted,
//    one day early. A bare ISO date is read as that calendar day instead. Nothing else in Tasklist calls
//    Date.parse with a bare ISO date.

const NativeDateTimeFormat = Intl.DateTimeFormat;
const VIETNAMESE_DAY = { day: '2-digit', month: '2-digit', year: 'numeric' };

function DateTimeFormat(locales, options) {
  if (locales === 'default' && options === undefined) {
    return new NativeDateTimeFormat('vi-VN', VIETNAMESE_DAY);
  }
  return new NativeDateTimeFormat(locales, options);
}
DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = DateTimeFormat;

const nativeParse = Date.parse;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

Date.parse = function parse(text) {
  const day = typeof text === 'string' ? ISO_DAY.exec(text) : null;
  if (!day) {
    return nativeParse.call(Date, text);
  }
  const local = new Date(0);
  local.setFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  local.setHours(0, 0, 0, 0);
  return local.getTime();
};
