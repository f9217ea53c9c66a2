// Runs in the browser before any of the app's modules (Next's instrumentation-client convention).
import { z } from "zod";

// Zod 4 decides at a schema's construction whether to compile its parser with `new Function`, and
// finds out whether it may by trying: under our CSP (no 'unsafe-eval') the try fails and the
// browser reports a violation. Set before the first schema is built (a module's top level, the
// notification link's in the header, say), parsing without compiling is all the browser needs.
z.config({ jitless: true });
