module.exports = require('./config/next.base.js');
