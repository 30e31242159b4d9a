'use strict';

const _ = require('lodash');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

const DEFAULTS = {
  level: 'info',
  service: 'unknown-service',
  // lodash template, rendered for every line written in "text" format
  format: '<%= time %> <%= level.toUpperCase() %> [<%= service %>] <%= message %>',
  output: 'json',
  redact: ['password', 'token', 'authorization', 'cardNumber'],
  context: {},
};

// Redacts secrets and expands dotted field names ("http.status": 200 becomes
// { http: { status: 200 } }) so log pipelines index them as nested objects.
function normalizeFields(fields, keys) {
  const out = {};
  for (const [key, value] of Object.entries(fields || {})) {
    const leaf = key.split('.').pop();
    _.set(out, key, keys.includes(leaf) ? '[REDACTED]' : value);
  }
  return out;
}

/**
 * Create a logger. `options` is deep-merged over the defaults, so callers can
 * pass partial config straight from environment or request-scoped context.
 */
function createLogger(options) {
  const config = _.merge({}, DEFAULTS, options);
  const render = _.template(config.format);
  const threshold = LEVELS[config.level] || LEVELS.info;
  const write = config.write || ((line) => process.stdout.write(line + '\n'));

  function log(level, message, fields) {
    if (LEVELS[level] < threshold) {
      return;
    }
    const entry = _.merge(
      { time: new Date().toISOString(), level, service: config.service, message },
      normalizeFields(config.context, config.redact),
      normalizeFields(fields, config.redact)
    );
    write(config.output === 'text' ? render(entry) : JSON.stringify(entry));
  }

  return {
    config,
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
    /** Returns a logger that adds `context` to every line. */
    child(context) {
      return createLogger(_.merge({}, options, { context: _.merge({}, config.context, context) }));
    },
  };
}

/** Express-style middleware that logs one line per request. */
function requestLogger(logger) {
  return function logRequest(req, res, next) {
    const started = Date.now();
    res.on('finish', () => {
      logger.info('request', {
        method: req.method,
        path: req.originalUrl || req.url,
        status: res.statusCode,
        durationMs: Date.now() - started,
      });
    });
    next();
  };
}

module.exports = { createLogger, requestLogger, LEVELS };
