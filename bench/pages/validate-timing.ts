import { getDatasetIssues } from '../../src/schema/validate-dataset.js';

declare global {
  interface Window {
    validationTiming: Promise<{ parseMs: number; validateMs: number; issues: number }>;
  }
}

/** Times, in the browser, what newsmap's loader does with a dataset: JSON.parse, then the validator. */
window.validationTiming = (async () => {
  const url = new URLSearchParams(window.location.search).get('data') ?? '';
  const text = await (await fetch(url)).text();
  const parseStart = performance.now();
  const input: unknown = JSON.parse(text);
  const validateStart = performance.now();
  const issues = getDatasetIssues(input).length;
  return {
    parseMs: validateStart - parseStart,
    validateMs: performance.now() - validateStart,
    issues,
  };
})();
