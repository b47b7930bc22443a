// The language of the four Camunda webapps, shared by their scripts/config.js.
//
// Camunda picks the browser's first language when it is one of `availableLocales`, otherwise
// `fallbackLocale`. Offering both vi and en would show English to every browser set to English, so
// each page offers one language: Vietnamese (locales/vi.json, ours) unless this browser asked for
// English with `?lang=en` in an app's address; `?lang=vi` switches back. The choice is kept in
// localStorage, so it holds for Tasklist, Cockpit, Admin and the Welcome page alike.

const KEY = 'directive.locale';
const LOCALES = ['vi', 'en'];

export function chosenLocale() {
  try {
    const asked = /[?&]lang=([a-z]{2})\b/.exec(window.location.search + window.location.hash);
    if (asked && LOCALES.includes(asked[1])) {
      window.localStorage.setItem(KEY, asked[1]);
    }
    const stored = window.localStorage.getItem(KEY);
    return LOCALES.includes(stored) ? stored : 'vi';
  } catch (e) {
    return 'vi'; // no localStorage (privacy mode): Vietnamese
  }
}

/** The `locales` entry of an app's configuration. */
export function locales() {
  const locale = chosenLocale();
  return { availableLocales: [locale], fallbackLocale: locale };
}
