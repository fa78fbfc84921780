#!/usr/bin/env node
// The `newsmap` command: runs the TypeScript command line through tsx, with no compile step.
import { register } from 'tsx/esm/api';

register();
await import('./newsmap.ts');
