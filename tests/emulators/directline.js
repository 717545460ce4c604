'use strict';
// Starts offline-directline 1.3.1 on 127.0.0.1 only (its own CLI listens on every interface).
// Usage: node directline.js <port, 0 for any free one> <bot url, e.g. http://127.0.0.1:3978/api/messages>
// Prints "directline listening on http://127.0.0.1:<port>" once it accepts requests.
const express = require('express');
const directline = require('offline-directline');

const port = Number(process.argv[2] || 0);
const botUrl = process.argv[3];
if (!botUrl) {
  console.error('usage: node directline.js <port> <botUrl>');
  process.exit(2);
}

// offline-directline leaves a failed forward to the bot unhandled; log it instead of dying.
process.on('unhandledRejection', (reason) => console.error('directline: forward failed:', String(reason)));

const app = express();
const server = app.listen(port, '127.0.0.1', () => {
  const serviceUrl = `http://127.0.0.1:${server.address().port}`;
  app.use(directline.getRouter(serviceUrl, botUrl));
  console.log(`directline listening on ${serviceUrl}`);
});
