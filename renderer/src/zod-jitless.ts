import { z } from 'zod';

// zod compiles object parsers with `new Function` after probing whether eval is allowed; the
// probe alone is a Content-Security-Policy violation on every page load under our CSP (no
// 'unsafe-eval'). Jitless parsing never probes. Imported first by main.tsx, so it is set before
// any schema parses.
z.config({ jitless: true });
