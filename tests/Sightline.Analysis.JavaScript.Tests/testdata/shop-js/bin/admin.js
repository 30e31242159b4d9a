#!/usr/bin/env node
const { saveSettings } = require('../src/server');
const minimist = require('minimist');

const args = minimist(process.argv.slice(2));
saveSettings({ body: args }, { json() {} });
