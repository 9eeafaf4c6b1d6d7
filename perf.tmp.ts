const t0 = performance.now();
const { loadTaxonomy, extractSkills } = await import('./lib/skills/index');
const t1 = performance.now();
const t = loadTaxonomy();
const t2 = performance.now();
extractSkills('warm up', t);
const t3 = performance.now();
console.log(`import ${(t1-t0).toFixed(1)} load ${(t2-t1).toFixed(1)} index ${(t3-t2).toFixed(1)} heap ${(process.memoryUsage().heapUsed/1e6).toFixed(1)}MB`);
