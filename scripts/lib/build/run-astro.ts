/**
 * Runs `astro build` through Astro's own API at the `warn` log level, in a process of its own (see
 * scripts/build.ts). Rendering several pages at a time interleaves Astro's page-by-page lines into an
 * unreadable log; at this level a clean build prints nothing, so a warning or an error stands out.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
await build({ logLevel: 'warn', ...(values.outDir ? { outDir: values.outDir } : {}) });
