const { template } = require('lodash');

function formatLine(item) {
  return template('<%- name %>: <%- price %>')(item);
}

function renderReceipt(id) {
  return [{ name: id, price: 1 }].map(formatLine).join('\n');
}

// Unreached: nothing calls, passes or exports it.
function unusedReport(rows) {
  return template('<%= rows.length %> rows')({ rows });
}

exports.renderReceipt = renderReceipt;
