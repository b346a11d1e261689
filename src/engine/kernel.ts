/**
 * The meet-in-the-middle kernel's two builds, behind one interface: `kernel.wat` compiled to
 * WebAssembly, and the same functions in TypeScript over an ArrayBuffer. Each TypeScript function
 * follows its WebAssembly namesake line by line; subsetSums.test.ts runs every kernel test on
 * both, and tests/powerNato.test.ts makes them agree on the NATO tables.
 *
 * The WebAssembly build runs where its binary was provided (provideWebAssemblyKernel in webAssembly.ts):
 * the analysis worker, the command line, the bench. The page's Content-Security-Policy forbids
 * compiling WebAssembly, so whatever of the engine runs on the page (and in tests that provide no
 * binary) runs the TypeScript build, and the page's bundle carries no binary; a binary that fails
 * to compile falls back to it too.
 *
 * Arrays are byte offsets into the kernel's memory (subsetSums.ts lays them out): f64 for
 * weights and masses, i32 for masks, indices and head counts.
 */

/** The kernel's memory: a WebAssembly.Memory, or its stand-in over an ArrayBuffer. */
export interface KernelMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** kernel.wat's exports (see its comments for what each does). */
export interface Kernel {
  readonly memory: KernelMemory;
  merge(
    fw: number,
    fk: number,
    tw: number,
    tk: number,
    len: number,
    weight: number,
    flag: number,
  ): void;
  layOut(
    masks: number,
    weights: number,
    length: number,
    lowBits: number,
    patternHeads: number,
    patternMass: number,
    sizes: number,
    next: number,
    groupMass: number,
    colWeights: number,
    colBefore: number,
    index: number,
    cofactor: number,
  ): void;
  sweep(
    colWeights: number,
    colBefore: number,
    start: number,
    groupMass: number,
    classes: number,
    rowWeights: number,
    rows: number,
    index: number,
    cofactor: number,
    threshold: number,
    tally: number,
  ): void;
  product(
    out: number,
    coef: number,
    tally: number,
    items: number,
    patterns: number,
    sizes: number,
  ): void;
}

export type Backend = 'webassembly' | 'javascript';

const built = new Map<Backend, Kernel>();
/** The WebAssembly binary in base64, once provided; null once it failed to compile. */
let binary: string | null | undefined;

/** Lets the kernel run as WebAssembly from now on (kernelBinary.ts's KERNEL_WASM). */
export function provideKernelBinary(base64: string): void {
  binary = base64;
  built.delete('webassembly');
}

/**
 * The kernel: WebAssembly once its binary was provided and where it may be compiled (about a
 * kilobyte, compiled synchronously the first time), else the TypeScript build. `backend` forces
 * one (tests compare them).
 */
export function kernelOf(backend?: Backend): Kernel {
  const which = backend ?? (binary ? 'webassembly' : 'javascript');
  let k = built.get(which);
  if (!k) {
    if (which === 'javascript') k = javascriptKernel();
    else {
      if (!binary) throw new Error('the WebAssembly kernel was not provided (provideKernelBinary)');
      try {
        k = webAssemblyKernel(binary);
      } catch (e) {
        // A policy without 'wasm-unsafe-eval' forbids compiling; forcing it is a test's error.
        if (backend) throw e;
        binary = null;
        return kernelOf();
      }
    }
    built.set(which, k);
  }
  return k;
}

function webAssemblyKernel(base64: string): Kernel {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const names = ['merge', 'layOut', 'sweep', 'product'] as const;
  if (
    !(exports.memory instanceof WebAssembly.Memory) ||
    names.some((f) => typeof exports[f] !== 'function')
  )
    throw new Error('the meet-in-the-middle kernel lacks an export');
  return exports as unknown as Kernel;
}

/** The same kernel in TypeScript: offsets in bytes, as in WebAssembly, over typed-array views. */
function javascriptKernel(): Kernel {
  let buffer = new ArrayBuffer(65536);
  let f64 = new Float64Array(buffer);
  let i32 = new Int32Array(buffer);
  const memory: KernelMemory = {
    get buffer() {
      return buffer;
    },
    grow(pages) {
      const old = buffer;
      buffer = new ArrayBuffer(old.byteLength + pages * 65536);
      new Uint8Array(buffer).set(new Uint8Array(old));
      f64 = new Float64Array(buffer);
      i32 = new Int32Array(buffer);
      return old.byteLength / 65536;
    },
  };
  const f = (at: number) => f64[at >>> 3] as number;
  const i = (at: number) => i32[at >>> 2] as number;
  return {
    memory,
    merge(fw, fk, tw, tk, len, weight, flag) {
      let a = 0;
      let b = 0;
      let k = 0;
      while (a < len && b < len) {
        const wa = f(fw + 8 * a);
        const wb = f(fw + 8 * b) + weight;
        if (wa <= wb) {
          f64[(tw >>> 3) + k] = wa;
          i32[(tk >>> 2) + k] = i(fk + 4 * a);
          a++;
        } else {
          f64[(tw >>> 3) + k] = wb;
          i32[(tk >>> 2) + k] = i(fk + 4 * b) | flag;
          b++;
        }
        k++;
      }
      for (; a < len; a++, k++) {
        f64[(tw >>> 3) + k] = f(fw + 8 * a);
        i32[(tk >>> 2) + k] = i(fk + 4 * a);
      }
      for (; b < len; b++, k++) {
        f64[(tw >>> 3) + k] = f(fw + 8 * b) + weight;
        i32[(tk >>> 2) + k] = i(fk + 4 * b) | flag;
      }
    },
    layOut(
      masks,
      weights,
      length,
      lowBits,
      pHeads,
      pMass,
      sizes,
      next,
      groupMass,
      colW,
      colBefore,
      index,
      cofactor,
    ) {
      const low = 2 ** lowBits;
      for (let k = 0; k < length; k++) {
        const mask = i(masks + 4 * k);
        const v0 = mask & (low - 1);
        const v1 = low + (mask >>> lowBits);
        const c = i(pHeads + 4 * v0) + i(pHeads + 4 * v1);
        const m0 = f(pMass + 8 * v0);
        const m1 = f(pMass + 8 * v1);
        const at = i(next + 4 * c);
        i32[(next >>> 2) + c] = at + 1;
        f64[(colW >>> 3) + at] = f(weights + 8 * k);
        f64[(colBefore >>> 3) + at] = f(groupMass + 8 * c);
        f64[(groupMass >>> 3) + c] = f(groupMass + 8 * c) + m0 * m1;
        i32[(index >>> 2) + 2 * k] = v0 * sizes + c;
        i32[(index >>> 2) + 2 * k + 1] = v1 * sizes + c;
        f64[(cofactor >>> 3) + 2 * k] = m1;
        f64[(cofactor >>> 3) + 2 * k + 1] = m0;
      }
    },
    sweep(
      colW,
      colBefore,
      start,
      groupMass,
      classes,
      rowW,
      rows,
      index,
      cofactor,
      threshold,
      tally,
    ) {
      for (let ca = 0; ca < classes; ca++) {
        let p = i(start + 4 * ca);
        const a1 = i(start + 4 * (ca + 1));
        const end = f(groupMass + 8 * ca);
        for (let r = rows - 1; r >= 0 && p < a1; r--) {
          const need = threshold - f(rowW + 8 * r);
          while (p < a1 && f(colW + 8 * p) < need) p++;
          if (p === a1) break;
          const pairs = end - f(colBefore + 8 * p);
          const i0 = (tally >>> 3) + i(index + 8 * r) + ca;
          const i1 = (tally >>> 3) + i(index + 8 * r + 4) + ca;
          f64[i0] = (f64[i0] as number) + pairs * f(cofactor + 16 * r);
          f64[i1] = (f64[i1] as number) + pairs * f(cofactor + 16 * r + 8);
        }
      }
    },
    product(out, coef, tally, items, patterns, sizes) {
      for (let j = 0; j < items; j++)
        for (let v = 0; v < patterns; v++) {
          const c = f(coef + 8 * (j * patterns + v));
          if (c === 0) continue;
          const o = (out >>> 3) + j * sizes;
          const t = (tally >>> 3) + v * sizes;
          for (let s = 0; s < sizes; s++)
            f64[o + s] = (f64[o + s] as number) + c * (f64[t + s] as number);
        }
    },
  };
}
