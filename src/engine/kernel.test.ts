import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the kernel where WebAssembly may not be compiled', () => {
  it('runs its TypeScript build (a page whose policy forbids compiling: the exercises)', async () => {
    vi.resetModules();
    // As a Content-Security-Policy without 'wasm-unsafe-eval' does: compiling throws.
    function refuse(): never {
      throw new WebAssembly.CompileError('refused by the policy');
    }
    vi.stubGlobal('WebAssembly', Object.create(WebAssembly, { Module: { value: refuse } }));
    const { kernelOf } = await import('./kernel');
    const { countsAtLeast } = await import('./subsetSums');
    expect(kernelOf().memory).not.toBeInstanceOf(WebAssembly.Memory);
    // [4; 3, 2, 1]: winning coalitions of 2 members {A, B}, {A, C}; of 3, all.
    const counts = countsAtLeast([3, 2, 1], 4);
    expect(Array.from(counts.total)).toEqual([0, 0, 2, 1]);
    expect(counts.holding.map((h) => Array.from(h))).toEqual([
      [0, 0, 2, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ]);
    expect(() => kernelOf('webassembly')).toThrow('refused by the policy');
  });
});
