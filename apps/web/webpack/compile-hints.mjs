// @ts-check

/** V8's explicit compile hint: compile every function of the file eagerly, off the main thread. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the JavaScript a page loads first (the framework, the app's shared code and each page's
 * own chunk) with V8's explicit compile hint. Without it, V8 compiles each function the first
 * time it runs, on the main thread, in the middle of starting the page: most of the first long
 * task of a cold load on a phone. With it, Chromium compiles those files while it downloads
 * them, on a background thread. Chunks loaded later on demand (the interactive map, the panels)
 * keep lazy compilation: much of their code may never run.
 *
 * https://v8.dev/blog/explicit-compile-hints
 */
export class CompileHintsPlugin {
  /** @param {typeof import('webpack')} webpack the webpack that Next bundles */
  constructor(webpack) {
    this.webpack = webpack;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = this.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'CompileHintsPlugin',
          // After minification (which would drop the comment), before source maps are written.
          stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
        },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.canBeInitial()) continue;
            for (const file of chunk.files) {
              if (!file.endsWith('.js')) continue;
              compilation.updateAsset(
                file,
                (source) => new sources.ConcatSource(COMPILE_HINT, source),
              );
            }
          }
        },
      );
    });
  }
}
