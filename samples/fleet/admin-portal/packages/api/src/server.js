'use strict';

const http = require('node:http');
const _ = require('lodash');
const { z } = require('zod');

const RefundRequest = z.object({
  orderId: z.string().min(1),
  amount: z.number().int().positive(),
  reason: z.enum(['damaged', 'late', 'other']),
  note: z.string().max(500).optional(),
});

const refunds = [];

// Support agents can customise the notification e-mail body; rendered with lodash.
const DEFAULT_EMAIL = 'Hello, your refund of <%- amount %> cents for order <%- orderId %> was approved.';

function renderEmail(refund, templateText) {
  return _.template(templateText || DEFAULT_EMAIL)(refund);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(body || '{}'));
      } catch (err) {
        reject(err);
      }
    });
  });
}

function send(res, status, payload) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}

const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/api/refunds') {
    return send(res, 200, _.orderBy(refunds, ['createdAt'], ['desc']));
  }
  if (req.method === 'POST' && req.url === '/api/refunds') {
    const body = await readJson(req).catch(() => null);
    const parsed = RefundRequest.safeParse(body);
    if (!parsed.success) return send(res, 400, { error: parsed.error.flatten() });
    const refund = { ...parsed.data, createdAt: new Date().toISOString() };
    refunds.push(refund);
    return send(res, 201, { refund, email: renderEmail(refund, body.emailTemplate) });
  }
  send(res, 404, { error: 'not_found' });
});

if (require.main === module) {
  server.listen(Number(process.env.PORT || 3001));
}

module.exports = { server, renderEmail };
