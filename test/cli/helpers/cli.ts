// Runs the CLI from its TypeScript sources (no build needed): `node --import tsx test/cli/helpers/cli.ts score …`.
import { main } from '../../../src/cli/index.js';

await main(process.argv);
