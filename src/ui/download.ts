/**
 * Saving a file from the page: a Blob behind a short-lived object URL and a temporary
 * `<a download>`. PNG: the exported SVG drawn on a canvas at twice its size (sharp on a
 * projector), through an Image loaded from a blob: URL (the CSP's img-src admits blob: for this).
 */

export const SVG_TYPE = 'image/svg+xml';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** Saves `blob` as `fileName` in the browser's downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download started from the click; some browsers still read the URL a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Rasterises standalone SVG text to a PNG at `scale` times its size. */
export async function pngFromSvg(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: SVG_TYPE }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
