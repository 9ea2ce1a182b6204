// Scrutiny's accessibility scan: axe-core (WCAG 2.0-2.2 A/AA and best practice) on every page,
// signed out and signed in, plus screenshots at 1280 and 375 CSS px and a few checks axe leaves out.
// How to run it is in docs/accessibility.md. Usage:
//   node axe-scan.mjs [base-url] [out-dir]      (defaults: http://localhost:8093, ./a11y-out)
// Needs axe-core and playwright-core installed next to it (or on NODE_PATH) and /usr/bin/chromium.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(join(process.cwd(), 'noop.js'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const base = process.argv[2] ?? 'http://localhost:8093';
const out = resolve(process.argv[3] ?? 'a11y-out');
const password = process.env.SCRUTINY_PASSWORD ?? 'a long password 123';
const plan = process.env.PLAN ?? 'suffolk-2017-2021';
const indicator = process.env.INDICATOR ?? 'crime-total';
const action = process.env.ACTION ?? '1.1';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

async function session(user) {
  // bypassCSP lets axe's script run; the pages themselves stay as served.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (user) {
    await page.goto(`${base}/sign-in`);
    await page.fill('#username', user);
    await page.fill('#password', password);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]:has-text("Sign in")')]);
  }
  return page;
}

// Each page: a name, who looks, and how to get there (a URL, or steps on the page).
const pages = [
  ['home', null, '/'],
  ['home-signed-in', 'admin', '/'],
  ['plan', null, `/plans/${plan}`],
  ['plan-admin', 'admin', `/plans/${plan}`],
  ['indicator', null, `/plans/${plan}/indicators/${indicator}`],
  ['indicator-as-at', null, `/plans/${plan}/indicators/${indicator}?asAt=2019-03-31`],
  ['indicator-rebased', null, `/plans/${plan}/indicators/domestic-burglary`],
  ['exceptions', null, `/plans/${plan}/exceptions`],
  ['action', null, `/plans/${plan}/actions/${action}`],
  ['action-contributor', 'contrib', `/plans/${plan}/actions/${action}`],
  ['action-errors', 'contrib', async (page) => {
    await page.goto(`${base}/plans/${plan}/actions/${action}`);
    await page.fill('#asOf', '');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Record progress")')]);
  }],
  ['sign-in', null, '/sign-in'],
  ['sign-in-failed', null, async (page) => {
    await page.goto(`${base}/sign-in`);
    await page.fill('#username', 'nobody');
    await page.fill('#password', 'wrong password');
    await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  }],
  ['error-403', 'viewer', async (page) => {
    // A viewer may not publish: post the publish form the way a browser would, with the CSRF token.
    await page.goto(`${base}/plans/${plan}`);
    const token = await page.getAttribute('input[name=_csrf]', 'value');
    await page.route(`${base}/plans/${plan}/publish`, (route) => route.continue({
      method: 'POST', postData: `_csrf=${encodeURIComponent(token)}`,
      headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
    }));
    await page.goto(`${base}/plans/${plan}/publish`);
  }],
  ['error-404', null, '/plans/no-such-plan'],
  ['error-400', null, `/plans/${plan}/indicators/${indicator}?asAt=31/03/2019`],
];

const summary = [];
for (const [name, user, how] of pages) {
  const page = await session(user);
  if (typeof how === 'string') {
    await page.goto(base + how);
  } else {
    await how(page);
  }
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  // What axe does not check: one h1, a title, lang, and that the skip link lands on something.
  const extra = await page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    skipTarget: !!document.querySelector(document.querySelector('.skip-link')?.getAttribute('href') || '#none'),
    headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
  }));
  const headingJumps = extra.headings.filter((level, i) => i > 0 && level > extra.headings[i - 1] + 1).length;
  await page.screenshot({ path: join(out, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 375, height: 900 });
  await page.screenshot({ path: join(out, `${name}-375.png`), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  // Reflow (1.4.10): at 320 CSS px only the table regions may scroll sideways, never the page.
  const pageScrollsSideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const violations = result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  // "Incomplete" is what axe could not decide, such as contrast over a gradient: a person must look.
  const incomplete = result.incomplete.map((v) => `${v.id}(${v.nodes.length})`);
  summary.push({ name, user, url: page.url(), ...extra, headingJumps, pageScrollsSideways, violations, incomplete });
  const line = (violations.map((v) => `${v.impact}:${v.id}(${v.nodes})`).join(' ') || 'none')
    + (incomplete.length ? `; to review: ${incomplete.join(' ')}` : '');
  console.log(`${name.padEnd(20)} h1=${extra.h1} jumps=${headingJumps} reflow=${pageScrollsSideways ? 'FAIL' : 'ok'}`
    + ` "${extra.title}" violations: ${line}`);
  await page.context().close();
}
await browser.close();

writeFileSync(join(out, 'axe-results.json'), JSON.stringify(summary, null, 2));
const titles = summary.map((s) => s.title);
const duplicates = titles.filter((t, i) => titles.indexOf(t) !== i && !['home', 'plan', 'action'].some(
  (n) => summary[i].name.startsWith(n)));
const serious = summary.flatMap((s) => s.violations).filter((v) => ['serious', 'critical'].includes(v.impact));
console.log(`\n${summary.reduce((n, s) => n + s.violations.length, 0)} violations, ${serious.length} serious or critical;`
  + ` duplicate titles across different pages: ${duplicates.length ? duplicates.join(', ') : 'none'}`);
process.exitCode = serious.length ? 1 : 0;
