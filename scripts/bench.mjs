// npm run bench: builds the app so that the benchmark's local map tiles are
// allowed (a link's tiles= loads only from allowed origins), then runs the
// benchmark on that same origin. Arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(args, env) {
  const r = spawnSync('npx', args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.E2E_PORT ?? String(await freePort());
const env = {
  ...process.env,
  E2E_PORT: port,
  VITE_TILE_ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
};
run(['vite', 'build'], env);
run(
  ['playwright', 'test', '-c', 'tests/bench/playwright.config.ts', ...process.argv.slice(2)],
  env,
);
