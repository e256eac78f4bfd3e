// import() of a package or a file URL, for the modules the reading child loads on demand (mammoth, tesseract.js,
// pdf.js's worker half). The child may run as one bundled script compiled through V8's code cache
// (run/child-launch.ts), and an import() inside such a script needs Node's experimental vm flag: there the launcher,
// an ordinary ES module, registers its own import() here and every on-demand load goes through it. Elsewhere this
// module's own import() is used. Both resolve packages from the installed package's node_modules.
const LAUNCHER_IMPORT = Symbol.for('resume-screen.launcher-import');

type Importer = (specifier: string) => Promise<unknown>;

export function importPackage<T>(specifier: string): Promise<T> {
  const launcher = (globalThis as Record<symbol, Importer | undefined>)[LAUNCHER_IMPORT];
  return (launcher ? launcher(specifier) : import(specifier)) as Promise<T>;
}

/** Called by the bundled child's launcher before the bundle runs. */
export function registerLauncherImport(importer: Importer): void {
  (globalThis as Record<symbol, Importer | undefined>)[LAUNCHER_IMPORT] = importer;
}
