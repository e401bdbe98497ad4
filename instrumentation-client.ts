import { z } from 'zod';

// Runs before the app's code in every browser page. Zod compiles object schemas with `new Function`
// when it may, and probes for that with an eval the Content-Security-Policy refuses (server/http/
// security-headers.ts: no eval). Without the probe the forms' shared schemas parse the same way.
z.config({ jitless: true });
