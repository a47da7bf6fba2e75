// Loaded into `next start` with NODE_OPTIONS=--require. It points the Cognito host names the stand-in
// plays (E2E_COGNITO_HOSTS, comma-separated) at 127.0.0.1 by wrapping dns.lookup, which node:https and
// Node's fetch (undici) both resolve through, and refuses every other name that is not loopback, so the
// app can reach nothing beyond this machine. The stand-in's CA comes in through NODE_EXTRA_CA_CERTS.
'use strict';
const dns = require('node:dns');

const mapped = new Set((process.env.E2E_COGNITO_HOSTS || '').split(',').filter(Boolean));
const loopback = new Set(['localhost', '127.0.0.1', '::1']);
const originalLookup = dns.lookup;

dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  } else if (typeof options === 'number') {
    options = { family: options };
  }
  options = options || {};
  if (mapped.has(hostname)) {
    const address = { address: '127.0.0.1', family: 4 };
    process.nextTick(() => (options.all ? callback(null, [address]) : callback(null, address.address, address.family)));
    return {};
  }
  if (!loopback.has(hostname)) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (blocked by the e2e preload: loopback only)`), {
      code: 'ENOTFOUND',
      hostname,
    });
    process.nextTick(() => callback(error));
    return {};
  }
  return originalLookup.call(this, hostname, options, callback);
};
