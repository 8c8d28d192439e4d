/**
 * Benchmark reference, "one file": the article's counter and card as they
 * ship, bundled with Lit, the core and the dataset's core part into one
 * module that the page loads from its `<head>` (bench/vite.one-file.config.ts,
 * built by bench/run.mjs). No loader, no chunks, both registered in one task
 * before the first paint. Against the script embed it shows what the loader
 * and its chunks cost; against the Lit floor, what our elements' own work
 * (templates, styles, layout of their text) costs.
 */
import '../src/cooperation-counter/define.js';
import '../src/program-card/define.js';
