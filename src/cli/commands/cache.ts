// `resume-screen cache clean`: remove the journals and caches kept in the private temp folder.
import type { Command } from 'commander';
import { wholeNumber } from '../args.js';

export function registerCache(program: Command): void {
  const cache = program.command('cache').description('the private folder of journals (personal data) and caches');
  cache
    .command('clean')
    .description('remove the journals and caches kept in the private temp folder (journals of running batches are kept)')
    .option('--older-than <days>', 'only files not used for this many days (default: all)', wholeNumber('--older-than', 0))
    .action(async (opts: { olderThan?: string }) => {
      const { cacheCleanCommand } = await import('../run/cache.js');
      cacheCleanCommand(opts);
    });
  cache
    .command('dir')
    .description('print where the private folder is')
    .action(async () => {
      const { cacheDirCommand } = await import('../run/cache.js');
      cacheDirCommand();
    });
}
