// Entry of the sync worker thread. The server runs from its TypeScript sources through tsx, whose loader hooks are
// not inherited by worker threads: register tsx here, then load the worker.
const { register } = await import('tsx/esm/api');
register();
await import('./sync-worker.ts');
