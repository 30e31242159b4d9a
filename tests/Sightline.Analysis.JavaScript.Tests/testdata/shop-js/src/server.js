'use strict';
const express = require('express');
const _ = require('lodash');
const { merge, template: compile } = require('lodash');
const mergeDeep = require('lodash/merge');
const lodashMerge = require('lodash.merge');
const AdmZip = require('adm-zip');
const fs = require('node:fs');
const { renderReceipt } = require('./receipts');
const pricing = require('./pricing');

const app = express();

app.get('/receipt/:id', (req, res) => {
  res.send(renderReceipt(req.params.id));
});

app.post('/settings', saveSettings);

function saveSettings(req, res) {
  const settings = merge({}, req.body);
  const deep = mergeDeep({}, settings);
  res.json(lodashMerge(deep, { saved: true }));
}

function unpack(path) {
  new AdmZip(path).extractAllTo('/tmp/out');
  const zip = new AdmZip(path);
  zip.extractAllTo('/tmp/other', true);
}

app.use('/upload', (req, res) => {
  unpack(req.query.file);
  res.end(compile('<%= n %>')({ n: pricing.total([1, 2]) }));
});

const copy = require('lodash').cloneDeep({ a: 1 });
fs.writeFileSync('/tmp/x', _.trim(' x '));

module.exports = { app, saveSettings, copy };
