import { parseArgs } from 'node:util';
import { parsePort, serveSite } from './serve-site.js';

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      dataset: { type: 'string' },
    },
  });
  const { url } = await serveSite({
    port: parsePort(values.port),
    host: values.host,
    dataset: values.dataset,
  });
  console.log(`newsmap is serving the map at ${url}`);
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exitCode = 2;
}
