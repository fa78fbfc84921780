import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runBuildCommand } from '../pipeline/build-command.js';
import { DatasetError, formatIssue } from '../schema/dataset-issue.js';
import { parsePort, serveSite } from '../server/serve-site.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage:
  newsmap build <article.txt> [--published YYYY-MM-DD] [--title TEXT] [--out FILE] [--curation FILE]
  newsmap serve <dataset.geojson> [--port 8080] [--host 127.0.0.1]`;

async function build(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
      curation: { type: 'string' },
    },
  });
  const [article, ...extra] = positionals;
  if (article === undefined || extra.length > 0)
    throw new UsageError('build takes exactly one article file');
  const result = await runBuildCommand({
    article,
    root,
    ...(values.published === undefined ? {} : { published: values.published }),
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.curation === undefined ? {} : { curation: values.curation }),
    log: (line) => console.error(line),
  });
  console.log(`wrote ${path.relative(process.cwd(), result.dataset)}: ${result.places} places`);
  if (result.lowConfidence.length > 0) {
    console.log(
      `${result.lowConfidence.length} decisions to review (also in ${path.relative(process.cwd(), result.review)}):`,
    );
    for (const decision of result.lowConfidence) {
      console.log(
        `  "${decision.text}" -> ${decision.placeName} (${decision.placeId}), confidence ${decision.confidence.toFixed(2)}: ${decision.reason}`,
      );
    }
  }
  console.log(`open it with: npx newsmap serve ${path.relative(process.cwd(), result.dataset)}`);
}

async function serve(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const [dataset, ...extra] = positionals;
  if (dataset === undefined || extra.length > 0)
    throw new UsageError('serve takes exactly one dataset file');
  const { url } = await serveSite({ port: parsePort(values.port), host: values.host, dataset });
  console.log(`newsmap is serving ${dataset} at ${url}`);
}

class UsageError extends Error {}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'build') await build(rest);
  else if (command === 'serve') await serve(rest);
  else
    throw new UsageError(
      command === undefined ? 'a command is needed' : `unknown command "${command}"`,
    );
} catch (error) {
  if (error instanceof DatasetError) {
    console.error('newsmap: the dataset built is not valid, so nothing was written:');
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    process.exitCode = 1;
  } else if (
    error instanceof UsageError ||
    (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`newsmap: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`newsmap: ${(error as Error).message}\nNothing was written.`);
    process.exitCode = 1;
  }
}
