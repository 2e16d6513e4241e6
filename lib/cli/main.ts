import { forwardToServer } from "./forwarding/forward-to-server";
import { buildProgram } from "./program";

// Beside a server holding the embedded database, the command runs there (see forwardToServer).
const forwardedStatus = await forwardToServer(process.argv.slice(2));
if (forwardedStatus !== undefined) process.exit(forwardedStatus);
await buildProgram().parseAsync(process.argv);
