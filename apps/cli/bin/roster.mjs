#!/usr/bin/env node
// Runs the TypeScript sources through tsx, as the server does, so the operator command needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
