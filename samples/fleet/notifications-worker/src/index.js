// Batches order events and sends one notification per customer.
const _ = require('lodash');
const { send } = require('./mailer');

function flush(events) {
  const byCustomer = _.groupBy(events, 'customerId');
  for (const [customerId, orders] of Object.entries(byCustomer)) {
    send(customerId, `You have ${orders.length} order update(s).`);
  }
}

const flushSoon = _.debounce(flush, 500);

process.stdin.on('data', (chunk) => flushSoon(JSON.parse(chunk)));
