import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?lang=en&data=/bench/synth-100000.json');
await p.waitForFunction(
  () =>
    document.querySelectorAll('.leaflet-marker-icon').length === 11 &&
    document.querySelectorAll('.recharts-surface').length >= 2,
  null,
  { timeout: 60000 },
);
await p.waitForTimeout(1000);
await p.locator('.multi-select summary').first().click();
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (let i = 0; i < 6; i++) {
  await p.evaluate(
    (i) =>
      new Promise((r) => {
        document.querySelectorAll('.multi-select .ms-pop input[type=checkbox]')[i % 3].click();
        requestAnimationFrame(() => requestAnimationFrame(r));
      }),
    i,
  );
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
profile.nodes.forEach((n) => (n.children || []).forEach((c) => parent.set(c, n.id)));
const self = new Map(),
  total = new Map();
profile.samples.forEach((id, i) => {
  const d = profile.timeDeltas[i] || 0;
  let n = byId.get(id);
  const k0 =
    n.callFrame.functionName +
    ' ' +
    n.callFrame.url.split('/').pop() +
    ':' +
    n.callFrame.lineNumber +
    ':' +
    n.callFrame.columnNumber;
  self.set(k0, (self.get(k0) || 0) + d);
  const seen = new Set();
  let cur = id;
  while (cur) {
    const nn = byId.get(cur);
    const k =
      nn.callFrame.functionName +
      ' ' +
      nn.callFrame.url.split('/').pop() +
      ':' +
      nn.callFrame.lineNumber +
      ':' +
      nn.callFrame.columnNumber;
    if (!seen.has(k)) {
      total.set(k, (total.get(k) || 0) + d);
      seen.add(k);
    }
    cur = parent.get(cur);
  }
});
console.log('SELF');
[...self.entries()]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 15)
  .forEach(([k, v]) => console.log((v / 1000).toFixed(0) + 'ms', k));
await b.close();
