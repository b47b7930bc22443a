// Cockpit configuration of this application: it shadows the webjar's empty config.js.
export default {
  // the "Tuân thủ" view (compliance of a directive's cascade), see compliance-plugin.js
  customScripts: ['scripts/compliance-plugin.js']
};
