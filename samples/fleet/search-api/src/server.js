// Product search: filters the catalogue by query terms.
const express = require('express');
const { get, uniqBy } = require('lodash');
const catalogue = require('./catalogue.json');

const app = express();

app.get('/search', (req, res) => {
  const term = String(get(req, 'query.q', '')).toLowerCase();
  const hits = catalogue.filter((p) => p.name.toLowerCase().includes(term));
  res.json(uniqBy(hits, 'sku'));
});

app.listen(process.env.PORT || 8080);
