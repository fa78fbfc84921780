import { buildSite } from '../../esbuild.config.mjs';

/** Builds dist/ once before the browser tests, which all read the same static site. */
export default async function setup(): Promise<void> {
  await buildSite();
}
