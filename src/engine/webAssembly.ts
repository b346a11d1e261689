/**
 * The meet-in-the-middle kernel as WebAssembly (kernel.ts): for the entry points that may
 * compile it and want a fast first answer (the analysis worker, the command line, the bench).
 * Importing this module brings the binary into a bundle; the page's does without it.
 */
import { provideKernelBinary } from './kernel';
import { KERNEL_WASM } from './kernelBinary';

export function provideWebAssemblyKernel(): void {
  provideKernelBinary(KERNEL_WASM);
}
