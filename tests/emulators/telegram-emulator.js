// Starts telegram-test-api on 127.0.0.1 at a free port for the end-to-end tests and prints
// "LISTENING <url>" once it answers. It exits when its standard input closes (the test run ended).
'use strict';
const net = require('net');
const TelegramServer = require('telegram-test-api');

// The emulator turns port 0 into its default 9000, so a free port is found first.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Departure: a failed webhook call is an unhandled rejection that would end the process; log it.
process.on('unhandledRejection', (reason) => {
  console.error(`emulator: unhandled rejection: ${reason}`);
});

async function main() {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  console.log(`LISTENING ${server.config.apiURL}`);
  process.stdin.resume();
  process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(`emulator: ${error.stack || error}`);
  process.exit(1);
});
