import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import sortBy from 'lodash/sortBy.js';
import startCase from 'lodash/startCase.js';

function RefundTable({ refunds }) {
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, ['Order', 'Amount', 'Reason'].map((c) => h('th', null, c)))),
    h(
      'tbody',
      null,
      sortBy(refunds, 'orderId').map((r) =>
        h('tr', { key: r.orderId }, [
          h('td', null, r.orderId),
          h('td', null, (r.amount / 100).toFixed(2)),
          h('td', null, startCase(r.reason)),
        ])
      )
    )
  );
}

function App() {
  const [refunds, setRefunds] = useState([]);
  useEffect(() => {
    fetch('/api/refunds')
      .then((res) => res.json())
      .then(setRefunds);
  }, []);
  return h('main', null, h('h1', null, 'Refunds'), h(RefundTable, { refunds }));
}

render(h(App, null), document.getElementById('root'));
