import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError, formatIssue } from '../schema/dataset-issue.js';
import { runDataCommand } from './data-command.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

try {
  for (const file of await runDataCommand(root)) console.log(`wrote ${path.relative(root, file)}`);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error('The pipeline built an invalid dataset; nothing was written:');
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
  } else {
    console.error(`newsmap data: ${(error as Error).message}\nNothing was written.`);
  }
  process.exitCode = 1;
}
