import { parseArgs } from 'node:util';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDatasetJson } from '../schema/validate-dataset.js';
import { DatasetError, formatIssue, type DatasetIssue } from '../schema/dataset-issue.js';

/**
 * `npm run validate [file...]`: checks dataset files against the contract in src/schema and
 * prints every issue with the feature and field it concerns. It only reads. Exit status:
 * 0 when every file is valid, 1 when one is not, 2 when the command itself is misused.
 */

const USAGE = `usage: npm run validate -- [file ...]

Checks newsmap dataset files (GeoJSON FeatureCollections with an "article" member).
With no file, checks every data/*.geojson. Exits 0 if all are valid, 1 if one is not,
2 on a usage error (unknown option, a file that cannot be read, nothing to check).`;

// A dataset is a few hundred kilobytes; anything this large is a mistake or an attack.
const MAX_BYTES = 64 * 1024 * 1024;
// A broken file can have thousands of issues; past this many the rest add nothing.
const MAX_SHOWN_ISSUES = 100;

class UsageError extends Error {}

/** Reads a file as UTF-8 text, refusing it unread when it is larger than `MAX_BYTES`. */
async function readDatasetText(file: string): Promise<string | DatasetIssue> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`cannot read ${file}: it is not a file`);
    if (info.size > MAX_BYTES) {
      return {
        path: '',
        message: `the file is ${(info.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_BYTES / 1024 / 1024} MB any dataset may be, and was not read`,
      };
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function issuesOf(text: string): DatasetIssue[] {
  try {
    parseDatasetJson(text);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return [...error.issues];
    throw error;
  }
}

// Issue text quotes the data; a file name or a JSON parser's excerpt could still carry terminal escapes.
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) =>
    JSON.stringify(character).slice(1, -1),
  );
}

function report(file: string, issues: readonly DatasetIssue[]): string[] {
  if (issues.length === 0) return [`ok    ${file}`];
  const shown = issues.slice(0, MAX_SHOWN_ISSUES).map((issue) => `  ${formatIssue(issue)}`);
  const rest = issues.length - shown.length;
  return [
    `FAIL  ${file}: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}`,
    ...shown,
    ...(rest > 0 ? [`  ... and ${rest} more`] : []),
  ];
}

async function defaultFiles(): Promise<string[]> {
  const names = await readdir('data').catch(() => []);
  const files = names
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .map((name) => path.join('data', name));
  if (files.length === 0) throw new UsageError('no data/*.geojson to check: name the files');
  return files;
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const files = parsed.positionals.length > 0 ? parsed.positionals : await defaultFiles();
  let invalid = 0;
  for (const file of files) {
    const text = await readDatasetText(file);
    const issues = typeof text === 'string' ? issuesOf(text) : [text];
    if (issues.length > 0) invalid += 1;
    for (const line of report(file, issues)) console.log(printable(line));
  }
  if (files.length > 1) {
    console.log(`${files.length - invalid} of ${files.length} files valid`);
  }
  return invalid === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${printable(error.message)}\n\n${USAGE}`);
  process.exitCode = 2;
}
