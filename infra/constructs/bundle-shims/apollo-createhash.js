'use strict';
// Replaces @apollo/utils.createhash in the Lambda bundle (see ../bundling.ts).
// The original picks node:crypto only when `module.require` exists, which it
// does not inside an esbuild bundle, so every request hashed its query with
// the pure-JavaScript sha.js. Lambda always runs on Node: use node:crypto.
const { createHash } = require('node:crypto');

exports.createHash = (kind) => createHash(kind);
