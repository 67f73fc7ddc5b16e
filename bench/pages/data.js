// Seeded data for every page (a classic script, outside the measured bundles).
// benchData.series(n, seed): a daily series from 2003-01-01, a random walk from mulberry32.
(() => {
  function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const DAY = 86400000;
  const START = Date.UTC(2003, 0, 1) + DAY / 2; // noon UTC, where the element draws a day
  function series(n, seed) {
    const random = mulberry32(seed);
    const x = new Array(n);
    const y = new Array(n);
    let value = 100000;
    for (let i = 0; i < n; i++) {
      value = Math.max(0, value + Math.round((random() - 0.5) * 4000));
      x[i] = START + i * DAY;
      y[i] = value;
    }
    return { x, y };
  }
  window.benchData = { series, mulberry32 };
})();
