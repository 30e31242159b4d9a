#!/usr/bin/env node
'use strict';

// Copies the service sources into a deployable folder and stamps build info.
// Usage: node scripts/build.js --out dist --env production [--sha abc123]

const fs = require('node:fs');
const path = require('node:path');
const minimist = require('minimist');

const args = minimist(process.argv.slice(2), {
  string: ['out', 'env', 'sha'],
  default: { out: 'dist', env: 'development' },
});

const root = path.resolve(__dirname, '..');
const out = path.resolve(root, args.out);

fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(path.join(root, 'src'), path.join(out, 'src'), { recursive: true });
fs.copyFileSync(path.join(root, 'package.json'), path.join(out, 'package.json'));
fs.writeFileSync(
  path.join(out, 'build-info.json'),
  JSON.stringify({ env: args.env, sha: args.sha || 'local', builtAt: new Date().toISOString() }, null, 2)
);
console.log(`built ${args.env} bundle into ${path.relative(root, out)}`);
