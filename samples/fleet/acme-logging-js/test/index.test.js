'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { createLogger } = require('../src');

test('writes JSON lines with merged context', () => {
  const lines = [];
  const log = createLogger({ service: 'test', context: { region: 'eu-1' }, write: (l) => lines.push(l) });
  log.info('hello', { user: 'u1', password: 'secret' });
  const entry = JSON.parse(lines[0]);
  assert.strictEqual(entry.service, 'test');
  assert.strictEqual(entry.region, 'eu-1');
  assert.strictEqual(entry.password, '[REDACTED]');
});

test('renders the text format with a template', () => {
  const lines = [];
  const log = createLogger({ service: 'svc', output: 'text', write: (l) => lines.push(l) });
  log.warn('disk almost full');
  assert.match(lines[0], /WARN \[svc\] disk almost full$/);
});

test('drops lines below the configured level', () => {
  const lines = [];
  const log = createLogger({ level: 'warn', write: (l) => lines.push(l) });
  log.info('ignored');
  assert.strictEqual(lines.length, 0);
});

test('expands dotted field names into nested objects', () => {
  const lines = [];
  const log = createLogger({ write: (l) => lines.push(l) });
  log.info('request', { 'http.status': 200, 'http.auth.token': 'abc' });
  const entry = JSON.parse(lines[0]);
  assert.deepStrictEqual(entry.http, { status: 200, auth: { token: '[REDACTED]' } });
});
