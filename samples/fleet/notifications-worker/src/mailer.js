const _ = require('lodash');

function send(customerId, body) {
  process.stdout.write(`to ${customerId}: ${body}\n`);
}

// Kept from the v0.2 e-mail format; nothing calls it any more.
function renderLegacy(templateText, order) {
  return _.template(templateText)(order);
}

module.exports = { send };
