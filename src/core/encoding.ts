/**
 * A data file's bytes as the widgets read them: UTF-8, with or without its byte-order mark (dropped,
 * as `Response.text()` drops it; so is a second one, which a tool that adds a mark to a file that
 * already has one leaves, and which `checkText` would otherwise allow where the widgets did not). Otherwise its encoding: `UTF-16` (Notepad's "Unicode"), or `''`
 * for another (Windows-1252: Excel's plain CSV, Notepad's "ANSI"), whose accented letters a lenient
 * decoder would turn into "�" without a word. One rule for the elements' `src` loader, the checker's
 * CLI, the review sheet and the data editor.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { encoding: 'UTF-16' | '' } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF+/, '') };
  } catch {
    return { encoding: '' };
  }
}
