// Welcome page configuration of this application: it shadows the webjar's empty config.js.
import { locales } from '../../directive-locale.js';

export default {
  // Vietnamese (locales/vi.json) by default, English with ?lang=en: see directive-locale.js
  locales: locales()
};
