import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The module pair afresh (the kernel is built once per module instance). */
async function freshKernel() {
  vi.resetModules();
  const kernel = await import('./kernel');
  const { countsAtLeast } = await import('./subsetSums');
  const { provideWebAssemblyKernel } = await import('./webAssembly');
  return { ...kernel, countsAtLeast, provideWebAssemblyKernel };
}

/** [4; 3, 2, 1]: winning coalitions of 2 members {A, B}, {A, C}; of 3, all. */
function expectFourThreeTwoOne(counts: { total: Float64Array; holding: readonly Float64Array[] }) {
  expect(Array.from(counts.total)).toEqual([0, 0, 2, 1]);
  expect(counts.holding.map((h) => Array.from(h))).toEqual([
    [0, 0, 2, 1],
    [0, 0, 1, 1],
    [0, 0, 1, 1],
  ]);
}

describe('which build of the kernel runs', () => {
  it('WebAssembly once provided (the analysis worker, the command line)', async () => {
    const k = await freshKernel();
    k.provideWebAssemblyKernel();
    expect(k.kernelOf().memory).toBeInstanceOf(WebAssembly.Memory);
    expectFourThreeTwoOne(k.countsAtLeast([3, 2, 1], 4));
  });

  it('TypeScript where no binary was provided (the page: its bundle carries none)', async () => {
    const k = await freshKernel();
    expect(k.kernelOf().memory).not.toBeInstanceOf(WebAssembly.Memory);
    expectFourThreeTwoOne(k.countsAtLeast([3, 2, 1], 4));
    expect(() => k.kernelOf('webassembly')).toThrow('not provided');
  });

  it('TypeScript where WebAssembly may not be compiled', async () => {
    // As a Content-Security-Policy without 'wasm-unsafe-eval' does: compiling throws.
    function refuse(): never {
      throw new WebAssembly.CompileError('refused by the policy');
    }
    vi.stubGlobal('WebAssembly', Object.create(WebAssembly, { Module: { value: refuse } }));
    const k = await freshKernel();
    k.provideWebAssemblyKernel();
    expect(k.kernelOf().memory).not.toBeInstanceOf(WebAssembly.Memory);
    expectFourThreeTwoOne(k.countsAtLeast([3, 2, 1], 4));
  });
});
