// The meet-in-the-middle kernel is checked in as a binary (src/engine/kernelBinary.ts, written by
// scripts/writeKernel.ts from src/engine/kernel.wat): it must be the one the text describes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KERNEL_WASM, KERNEL_WAT_SHA256 } from '../src/engine/kernelBinary';

describe('the WebAssembly kernel', () => {
  it('was assembled from kernel.wat as it stands (else: npx tsx scripts/writeKernel.ts)', () => {
    const text = readFileSync(join(import.meta.dirname, '../src/engine/kernel.wat'));
    expect(createHash('sha256').update(text).digest('hex')).toBe(KERNEL_WAT_SHA256);
  });

  it('is a valid module with the exports the engine calls', () => {
    const module = new WebAssembly.Module(Buffer.from(KERNEL_WASM, 'base64'));
    expect(
      WebAssembly.Module.exports(module)
        .map((e) => `${e.name}:${e.kind}`)
        .sort(),
    ).toEqual([
      'layOut:function',
      'memory:memory',
      'merge:function',
      'product:function',
      'sweep:function',
    ]);
  });
});
