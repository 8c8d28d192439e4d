// A file that cannot be read or written, as a sentence: shared by the CLI
// (bin/jakarta-global-widgets.mjs) and the review sheet (scripts/data-review.mjs).
/**
 * A file that cannot be read or written, as a sentence in the command's
 * language (not Node's ENOENT/EISDIR): "Berkas tidak ditemukan: data.json".
 */
export function fileProblem(error, file, lang, writing = false) {
  const t = (id, en) => (lang === 'id' ? id : en);
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return writing
        ? t(`Folder untuk berkas ini tidak ada: ${file}`, `The folder for this file does not exist: ${file}`)
        : t(`Berkas tidak ditemukan: ${file}`, `File not found: ${file}`);
    case 'EISDIR':
      return t(`${file} adalah folder, bukan berkas`, `${file} is a folder, not a file`);
    case 'EACCES':
    case 'EPERM':
      return writing
        ? t(`Tidak ada izin untuk menulis berkas: ${file}`, `No permission to write the file: ${file}`)
        : t(`Tidak ada izin untuk membaca berkas: ${file}`, `No permission to read the file: ${file}`);
    default: {
      const cause = error.code ?? error.message;
      return writing
        ? t(`Berkas "${file}" tidak bisa ditulis (${cause})`, `Cannot write "${file}" (${cause})`)
        : t(`Berkas "${file}" tidak bisa dibuka (${cause})`, `Cannot open "${file}" (${cause})`);
    }
  }
}
