/**
 * Writes src/engine/kernelBinary.ts: the meet-in-the-middle kernel (src/engine/kernel.wat)
 * assembled by wabt's wat2wasm, as base64, with the SHA-256 of the text it came from
 * (tests/kernelBinary.test.ts fails when kernel.wat changed since). wabt is fetched by npx, pinned
 * here, so the project needs no build step and no dependency for it: the binary is checked in.
 *   npx tsx scripts/writeKernel.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WABT = 'wabt@1.0.39';
const SOURCE = 'src/engine/kernel.wat';
const OUT = 'src/engine/kernelBinary.ts';

const text = readFileSync(SOURCE);
const dir = mkdtempSync(join(tmpdir(), 'kernel-'));
try {
  const wasm = join(dir, 'kernel.wasm');
  execFileSync('npx', ['--yes', '-p', WABT, 'wat2wasm', SOURCE, '-o', wasm], { stdio: 'inherit' });
  const binary = readFileSync(wasm);
  new WebAssembly.Module(binary); // refuses an invalid module here rather than in the engine
  writeFileSync(
    OUT,
    [
      `// Written by scripts/writeKernel.ts from kernel.wat (${WABT}'s wat2wasm): do not edit.`,
      '',
      "/** kernel.wat's SHA-256 when this binary was written (tests/kernelBinary.test.ts). */",
      `export const KERNEL_WAT_SHA256 = '${createHash('sha256').update(text).digest('hex')}';`,
      '',
      `/** The WebAssembly module, ${binary.length} bytes, in base64. */`,
      'export const KERNEL_WASM =',
      `  '${binary.toString('base64')}';`,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${OUT}: ${binary.length} bytes`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
