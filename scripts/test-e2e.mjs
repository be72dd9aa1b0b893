// npm run test:e2e — builds the site and runs tests/e2e in headless Chromium (Debian's `chromium` + playwright-core).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
if (!candidates.some((path) => existsSync(path))) {
  console.error(
    [
      '找不到 Chromium 浏览器,无法运行端到端测试(Chromium not found: the end-to-end tests need a browser).',
      '在 Debian/Ubuntu 上安装(install on Debian/Ubuntu):',
      '    sudo apt-get install -y chromium fonts-noto-cjk',
      '或者把已安装的 Chromium/Chrome 的路径写进 CHROMIUM_PATH 环境变量(or set CHROMIUM_PATH to an installed Chromium/Chrome).',
      `已查找(looked in): ${candidates.join(', ')}`,
    ].join('\n'),
  );
  process.exit(1);
}

const run = (command, args, env = process.env) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
if (!process.argv.includes('--no-build')) {
  const built = run('npx', ['astro', 'build']);
  if (built !== 0) process.exit(built);
  // tests/e2e/base-path.e2e.ts: the site as a school serves it from a folder of its own server.
  const underBase = run('npx', ['astro', 'build', '--outDir', 'dist-base/crm-lab'], { ...process.env, BASE_PATH: '/crm-lab/' });
  if (underBase !== 0) process.exit(underBase);
}
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
process.exit(run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...extra]));
