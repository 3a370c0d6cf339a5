// Development entry (npm run dev): runs the CLI from source with tsx.
import { runCli } from './cli.ts';

const code = await runCli(process.argv.slice(2));
if (code >= 0) process.exit(code);
