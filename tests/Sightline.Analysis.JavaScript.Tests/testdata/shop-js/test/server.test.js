const { merge } = require('lodash');
const { saveSettings } = require('../src/server');

test('merges settings', () => {
  merge({}, {});
  saveSettings({ body: {} }, { json: () => {} });
});
