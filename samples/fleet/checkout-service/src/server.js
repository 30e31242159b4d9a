'use strict';

const express = require('express');
const { createLogger, requestLogger } = require('@acme/logging');
const checkoutRoutes = require('./routes/checkout');
const healthRoutes = require('./routes/health');

const logger = createLogger({
  service: 'checkout-service',
  level: process.env.LOG_LEVEL || 'info',
  output: process.env.LOG_FORMAT || 'json',
});

function createApp() {
  const app = express();
  app.use(express.json({ limit: '100kb' }));
  app.use(requestLogger(logger));

  app.use('/healthz', healthRoutes);
  app.use('/api/checkout', checkoutRoutes(logger));

  app.use((err, req, res, next) => {
    logger.error('unhandled error', { path: req.path, error: err.message });
    res.status(500).json({ error: 'internal_error' });
  });
  return app;
}

if (require.main === module) {
  const port = Number(process.env.PORT || 8080);
  createApp().listen(port, () => logger.info('listening', { port }));
}

module.exports = { createApp };
