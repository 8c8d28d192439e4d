/**
 * Every string of the gallery, the embed page and the snippets' fallback
 * text, in Indonesian and English. Labels of dataset items (metrics,
 * programmes, partners) come from the dataset itself.
 */
import type { Bilingual } from '../src/core/i18n.js';

const uiIndonesian = {
  pageTitle: 'Jakarta Global Widgets — galeri elemen dan kode sematan',
  pageDescription:
    'Elemen web siap sematan tentang kerja sama internasional Pemprov DKI Jakarta 2024, dengan kode sematan skrip dan iframe.',
  siteName: 'Jakarta Global Widgets',
  tagline:
    'Elemen web siap sematan tentang kerja sama internasional Pemprov DKI Jakarta 2024. Atur tampilannya, lalu salin kode sematannya ke CMS Anda.',
  skipLink: 'Langsung ke isi',
  settingsLabel: 'Pengaturan galeri',
  uiLanguage: 'Bahasa',
  uiTheme: 'Tema',
  uiSource: 'Sumber skrip',
  source_self: 'Situs galeri ini',
  source_cdn: 'CDN publik',
  kitLink: 'Unduh paket untuk situs sendiri',
  kitHelp: 'Folder cdn/ siap unggah, dengan berkas BACA-SAYA: tempat folder, baris CSP, dan kode sematan.',
  wpLink: 'Unduh plugin WordPress',
  wpHelp: 'Kode pendek dan blok "Jakarta Global Widget" yang dipertahankan WordPress untuk semua penulis, juga yang tanpa izin HTML bebas (skrip dan iframe mereka dibuang).',
  ownDataHeading: 'Data tahun berikutnya',
  ownDataHelp:
    'Pilih berkas data (mis. jakarta-2025.json dari editor data): pratinjau, menu, dan teks di dalam tag lalu memakai berkas itu. Berkas hanya dibaca di peramban ini, tidak dikirim ke mana pun. Tulis juga alamat terbitnya di bawah.',
  ownDataSrcLabel: 'Alamat berkas di situs Anda, untuk keempat elemen',
  ownDataSrcHelp:
    'Mis. /data/jakarta-2025.json: kode sematan skrip dan prarender setiap elemen lalu memuatnya. Kolom "Berkas data di situs Anda" setiap elemen mengikutinya, dan dapat diubah sendiri.',
  ownDataLabel: 'Berkas data',
  ownDataReset: 'Pakai data bawaan lagi',
  ownDataLoaded: (name: string, partners: string, programs: string) =>
    `Pratinjau, menu, dan teks di dalam tag kini dari ${name}: ${partners} mitra, ${programs} program.`,
  ownDataErrors: (count: string) =>
    ` Pemeriksa menemukan ${count} kesalahan; bagian itu tidak ditampilkan pembaca (editor data menyebut setiap kesalahan).`,
  ownDataFailed: (name: string, message: string, kept: string | null) =>
    `${name} tidak dapat dipakai: ${message}. Pratinjau tetap memakai ${kept ?? 'data bawaan'}.`,
  ownDataBundled: 'Pratinjau kembali memakai data bawaan.',
  ownDataIframe: 'iframe dan tautan oEmbed selalu menampilkan data bawaan, bukan berkas yang dipilih di atas.',
  onlyInFile: (item: string, file: string) =>
    `“${item}” hanya ada di ${file}. iframe dan tautan oEmbed selalu menampilkan data bawaan, jadi tidak dapat menampilkannya: pakai sematan skrip atau prarender.`,
  ownDataNoSrc: (file: string) =>
    `Teks di dalam tag ditulis dari ${file}, tetapi tanpa alamatnya di situs Anda (kolomnya di "Data tahun berikutnya" di atas, atau "Berkas data di situs Anda") elemen di halaman Anda menampilkan data bawaan.`,
  tocLabel: 'Daftar elemen',
  noScript: 'Galeri ini memerlukan JavaScript.',
  controlsLegend: 'Atur elemen',
  previewLabel: 'Pratinjau',
  previewWidth: 'Lebar pratinjau',
  previewFull: 'Lebar penuh',
  embedHeading: 'Salin kode sematan',
  scriptHeading: 'Sematan skrip',
  scriptHelp:
    'Untuk halaman yang mengizinkan skrip: lembar gaya yang mencadangkan ukuran elemen (agar tata letak tidak bergeser; label, keterangan atau judul Anda sendiri yang panjang masih dapat menggeser isi sesudahnya sebanyak baris tambahannya), tautan modulepreload yang meminta berkas elemen sejak awal (boleh dihapus; hanya mempercepat), satu <script type="module">, dan tag elemen. Teks di dalam tag tampil bila skrip tidak berjalan. Tanpa atribut style dan tanpa skrip inline: di bawah CSP yang ketat, cukup izinkan asal berkasnya (lihat di bawah kode).',
  iframeHeading: 'Sematan iframe',
  iframeHelp:
    'Untuk CMS yang membuang skrip atau tag yang tidak dikenal, dan halaman AMP (WordPress membuang iframe juga bagi penulis tanpa izin HTML bebas: pakai pluginnya atau tautan oEmbed). Skrip resize.js (opsional) menyesuaikan tinggi iframe dengan isinya; tanpa skrip itu, iframe tetap setinggi angka di kode ini, diukur pada lebar pratinjau (pilih 375 px untuk ukuran ponsel).',
  copy: 'Salin',
  copyScript: 'Salin kode sematan skrip',
  copyIframe: 'Salin kode sematan iframe',
  copied: 'Kode disalin ke papan klip.',
  copyFailed: 'Tidak dapat menyalin otomatis. Kode sudah dipilih: tekan Ctrl+C (⌘C di Mac).',
  copyFailedTouch: 'Tidak dapat menyalin otomatis. Kode sudah dipilih: ketuk pilihan itu dan pilih "Salin".',
  openEmbed: 'Buka halaman iframe',
  prerenderHeading: 'Sematan prarender (untuk situs dengan tahap build)',
  prerenderHelp:
    'Isi akhir elemen sudah ada di HTML (Declarative Shadow DOM): tampil tanpa JavaScript, terbaca mesin pencari, dan skrip lalu menggantinya di tempat tanpa pergeseran. Galeri berjalan di peramban, sedangkan prarender berjalan di Node: jalankan perintah ini saat situs dibangun.',
  copyPrerender: 'Salin langkah sematan prarender',
  prerenderStep1: '1. Saat situs dibangun (Node 20.19+), tulis HTML elemen:',
  prerenderApi: '   atau dari kode:',
  prerenderStep2: '2. Di halaman: isi berkas itu di tempat tag, lalu sekali per halaman:',
  prerenderDropped: (height: string | null, ratio: string | null) =>
    `Tidak ikut di prarender: ${[
      height ? `tinggi ${height} (agar sama sebelum dan sesudah skrip, tulis di lembar gaya Anda: sister-city-map { --jgw-map-height: ${height}; })` : '',
      ratio ? `rasio aspek ${ratio} (hanya di sematan skrip; atau tulis tinggi tetap dengan --jgw-map-height di lembar gaya Anda)` : '',
    ].filter(Boolean).join('; ')}.`,
  oembedHeading: 'Tautan untuk WordPress (oEmbed)',
  oembedHelp:
    'Untuk semua penulis WordPress, juga yang tanpa izin HTML bebas: tempel tautan ini sendirian di satu baris (atau di blok Embed). Berfungsi juga di Ghost, Notion, Slack dan Discord. Ada halaman untuk setiap angka, program, kawasan dan mitra, dalam dua bahasa.',
  cspNote: (origin: string, data: string | null) =>
    `Di halaman dengan Content-Security-Policy, izinkan asal berkas-berkas ini: script-src ${origin}; style-src ${origin} (dengan Trusted Types, juga trusted-types jakarta-global-widgets). Agar cukup 'self', unggah paket untuk situs sendiri (tautan di atas) ke situs Anda dan ganti alamatnya.${data ? ` Untuk berkas data: connect-src ${data}.` : ''}`,
  srcProblem_local:
    'Ini tempat berkas di komputer Anda. Tulis alamat tempat berkas itu diterbitkan di situs, mis. /data/jakarta-2025.json. Kode sematan belum memuatnya.',
  srcProblem_space: 'Alamat web tidak berisi spasi (spasi ditulis %20). Kode sematan belum memuatnya.',
  srcProblem_scheme:
    'Alamat harus diawali https:// atau http://, atau berupa jalur di situs Anda, mis. /data/jakarta-2025.json. Kode sematan belum memuatnya.',
  srcNote: (src: string, file: string | null) =>
    file
      ? `Pratinjau di atas dan teks di dalam tag memakai ${file}; di halaman Anda elemen memuat ${src} (alamat relatif: dari situs halaman itu).`
      : `Pratinjau di atas memakai data bawaan; di halaman Anda elemen memuat ${src} (alamat relatif: dari situs halaman itu). Teks di dalam tag, yang dibaca pembaca bila berkas itu tidak dapat dimuat, ditulis dari data bawaan: ganti dengan angka berkas itu, atau pilih berkas itu di "Data tahun berikutnya" di atas.`,
  oembedDropped: (names: string, viaIframe: boolean) =>
    `Tidak ikut di tautan ini (memakai nilai bawaan): ${names}. Untuk itu gunakan sematan ${viaIframe ? 'iframe' : 'skrip'}.`,
  iframeDropped: (names: string) =>
    `Tidak ikut di iframe (memakai nilai bawaan): ${names}. Teks bebas dan berkas data hanya ada di sematan skrip dan prarender.`,
  copyOembed: 'Salin tautan oEmbed',
  openOembed: 'Buka halaman tautan',
  oembedGallery: 'Galeri Jakarta Global Widgets: buat kode sematan lain',
  scenariosHeading: 'Contoh halaman penyemat',
  editorLink: 'Editor data',
  footerEditor: 'Editor data: perbarui angka dan mitra tahun berikutnya, periksa, pratinjau, dan unduh berkasnya',
  scenariosIntro: 'Keempat elemen di halaman yang biasa ditemui: dipakai juga sebagai uji ujung ke ujung.',
  scenario_news: 'Artikel berita (kolom sempit, CSS tema yang “bandel”)',
  scenario_portal: 'Portal pemerintah dengan Content-Security-Policy ketat',
  scenario_dark: 'Halaman mode gelap',
  scenario_rtl: 'Halaman kanan ke kiri (bahasa Arab)',
  scenario_twice: 'Halaman yang memuat pustaka dua kali',
  footerData: 'Data: himpunan dari sumber publik tentang kerja sama Pemprov DKI Jakarta 2024. Setiap angka menyebutkan sumbernya.',
  footerReview: 'Tinjauan data: setiap angka, mitra, sumber, dan pertanyaan terbuka, siap dicetak',
  footerVersion: (version: string) => `Versi pustaka ${version}. Lisensi MIT.`,
  // Gallery UI language and theme switches.
  lang_id: 'Bahasa Indonesia',
  lang_en: 'English',
  theme_light: 'Terang',
  theme_dark: 'Gelap',
  theme_auto: 'Ikuti sistem',
  // Sections.
  'title_cooperation-counter': 'Penghitung kerja sama',
  'intro_cooperation-counter':
    'Satu angka utama dengan labelnya, misalnya 102 kerja sama sepanjang 2024. Angka menghitung naik sekali saat terlihat, lengkap dengan sumbernya.',
  'title_program-card': 'Kartu program',
  'intro_program-card':
    'Satu program kerja sama: bidang, judul, angka utama, mitra, tahun, sumber, dan catatan.',
  'title_sister-city-list': 'Daftar kota kembar',
  'intro_sister-city-list':
    'Tabel 23 mitra kota kembar Jakarta yang dapat diurutkan dan disaring menurut kawasan.',
  'title_sister-city-map': 'Peta kota kembar',
  'intro_sister-city-map':
    'Peta mitra kota kembar Jakarta, dengan tampilan tabel untuk pembaca layar dan papan ketik.',
  // Controls.
  param_lang: 'Bahasa elemen',
  param_theme: 'Tema elemen',
  param_metric: 'Angka',
  param_animation: 'Animasi',
  param_label: 'Label pengganti (opsional)',
  param_caption: 'Keterangan (opsional)',
  param_src: 'Berkas data di situs Anda (opsional)',
  param_program: 'Program',
  param_variant: 'Varian',
  'param_heading-level': 'Tingkat judul',
  param_region: 'Kawasan',
  param_sort: 'Urutkan menurut',
  param_order: 'Arah urutan',
  param_selected: 'Mitra yang disorot',
  param_open: 'Buka juga panel detailnya',
  'param_no-controls': 'Sembunyikan menu kawasan',
  'param_no-download': 'Sembunyikan tautan "Unduh data"',
  param_height: 'Tinggi peta',
  'param_aspect-ratio': 'Rasio aspek',
  param_heading: 'Judul peta (opsional)',
  param_loading: 'Pemuatan peta',
  opt_lazy: 'Saat mendekati layar',
  opt_eager: 'Segera',
  opt_count: 'Hitung naik',
  opt_none: 'Tanpa animasi',
  opt_full: 'Lengkap',
  opt_compact: 'Ringkas',
  opt_name: 'Nama',
  opt_country: 'Negara',
  opt_year: 'Tahun',
  opt_asc: 'Naik (A–Z, 0–9)',
  opt_desc: 'Turun (Z–A, 9–0)',
  opt_noSelection: 'Tidak ada',
  opt_auto: 'Otomatis',
  headingLevel: (n: number) => `<h${n}>`,
  // Snippet text and iframe titles.
  fallbackSources: 'Sumber',
  /** Where the figure's sources disagree (it has notes), said in the fallback, which shows no notes. */
  fallbackSourcesDiffer: 'Sumber (yang tidak sepenuhnya sepakat)',
  /** `region` is the region's name, or '' for all the partners (then `count` is the total). */
  fallbackList: (count: string, total: string, region: string) =>
    region ? `${count} dari ${total} mitra kota kembar Jakarta (${region})` : `${count} mitra kota kembar Jakarta`,
  fallbackMap: (count: string, total: string, region: string) =>
    region ? `Peta ${count} dari ${total} mitra kota kembar Jakarta (${region})` : `Peta ${count} mitra kota kembar Jakarta`,
  'iframeTitle_cooperation-counter': (label: string) => `Angka kerja sama Jakarta: ${label}`,
  'iframeTitle_program-card': (title: string) => `Program kerja sama Jakarta: ${title}`,
  'iframeTitle_sister-city-list': (_x: string) => 'Daftar mitra kota kembar Jakarta',
  'iframeTitle_sister-city-map': (_x: string) => 'Peta mitra kota kembar Jakarta',
  // embed.html.
  embedErrorTitle: 'Sematan tidak dapat ditampilkan',
  embedMissingWidget: 'Parameter widget tidak ada. Contoh: embed.html?widget=cooperation-counter',
  embedUnknownWidget: (value: string, valid: string) => `Widget “${value}” tidak dikenal. Pilihan: ${valid}.`,
  embedUnknownParam: (name: string, valid: string) => `Parameter “${name}” tidak dikenal untuk widget ini. Pilihan: ${valid}.`,
  embedDuplicateParam: (name: string) => `Parameter “${name}” ditulis lebih dari sekali.`,
  embedBadValue: (name: string, value: string) => `Nilai “${value}” tidak berlaku untuk parameter “${name}”.`,
  embedHelp: 'Buat kode sematan yang benar di galeri.',
};

export const ui: Bilingual<typeof uiIndonesian> = {
  id: uiIndonesian,
  en: {
    pageTitle: 'Jakarta Global Widgets — element gallery and embed code',
    pageDescription:
      'Embeddable web elements on the international cooperation of the Jakarta provincial government in 2024, with script and iframe embed code.',
    siteName: 'Jakarta Global Widgets',
    tagline:
      'Embeddable web elements about the Jakarta government’s international cooperation in 2024. Set them up, then copy the embed code into your CMS.',
    skipLink: 'Skip to content',
    settingsLabel: 'Gallery settings',
    uiLanguage: 'Language',
    uiTheme: 'Theme',
    uiSource: 'Script source',
    source_self: 'This gallery’s site',
    source_cdn: 'Public CDN',
    kitLink: 'Download the kit for your own site',
    kitHelp: 'The cdn/ folder ready to upload, with a READ-ME: where the folder goes, the CSP lines, the embed code.',
    wpLink: 'Download the WordPress plugin',
    wpHelp: 'A shortcode and a "Jakarta Global Widget" block that WordPress keeps for every author, those without the unfiltered HTML capability too (whose scripts and iframes it strips).',
    ownDataHeading: 'Next year’s data',
    ownDataHelp:
      'Choose a data file (e.g. jakarta-2025.json from the data editor): the previews, the menus and the text inside the tags then use it. The file is read in this browser only and sent nowhere. Also write below where it is published.',
    ownDataSrcLabel: 'The file’s address on your site, for all four elements',
    ownDataSrcHelp:
      'E.g. /data/jakarta-2025.json: every element’s script and prerender embed codes then load it. Each element’s “Data file on your site” follows it, and can be changed on its own.',
    ownDataLabel: 'Data file',
    ownDataReset: 'Use the bundled data again',
    ownDataLoaded: (name: string, partners: string, programs: string) =>
      `Previews, menus and the text inside the tags now come from ${name}: ${partners} partners, ${programs} programmes.`,
    ownDataErrors: (count: string) =>
      ` The checker finds ${count} error(s); readers would not see those parts (the data editor names each one).`,
    ownDataFailed: (name: string, message: string, kept: string | null) =>
      `${name} cannot be used: ${message}. The previews keep ${kept ?? 'the bundled data'}.`,
    ownDataBundled: 'The previews use the bundled data again.',
    ownDataIframe: 'The iframe and the oEmbed link always show the bundled data, not the file chosen above.',
    onlyInFile: (item: string, file: string) =>
      `“${item}” is only in ${file}. The iframe and the oEmbed link always show the bundled data, so they cannot show it: use the script or prerendered embed.`,
    ownDataNoSrc: (file: string) =>
      `The text inside the tag is written from ${file}, but without its address on your site (its field under “Next year’s data” above, or “Data file on your site”) the element on your page shows the bundled data.`,
    tocLabel: 'Elements',
    noScript: 'This gallery needs JavaScript.',
    controlsLegend: 'Set up the element',
    previewLabel: 'Preview',
    previewWidth: 'Preview width',
    previewFull: 'Full width',
    embedHeading: 'Copy embed code',
    scriptHeading: 'Script embed',
    scriptHelp:
      'For pages that allow scripts: the stylesheet that reserves the element’s size (so the layout does not shift; a long label, caption or heading of your own can still move what follows by its extra lines), modulepreload links that ask for the element’s files from the start (optional; they only make it faster), one <script type="module">, and the element’s tag. The text inside the tag shows if the script does not run. No style attribute, no inline script: under a strict CSP, only the files’ origin needs allowing (see under the code).',
    iframeHeading: 'iframe embed',
    iframeHelp:
      'For CMSs that strip scripts or unknown tags, and for AMP pages (WordPress strips iframes too for authors without the unfiltered HTML capability: use its plugin or the oEmbed link). The optional resize.js script fits the iframe’s height to its content; without it, the frame keeps the height in this code, measured at the preview’s width (choose 375 px for a phone’s).',
    copy: 'Copy',
    copyScript: 'Copy the script embed code',
    copyIframe: 'Copy the iframe embed code',
    copied: 'Code copied to the clipboard.',
    copyFailed: 'Could not copy automatically. The code is selected: press Ctrl+C (⌘C on a Mac).',
    copyFailedTouch: 'Could not copy automatically. The code is selected: tap the selection and choose "Copy".',
    openEmbed: 'Open the iframe page',
    prerenderHeading: 'Prerendered embed (for sites with a build step)',
    prerenderHelp:
      'The element’s final content is in the HTML (Declarative Shadow DOM): it shows without JavaScript, search engines read it, and the script then replaces it in place with no shift. The gallery runs in your browser and the prerenderer runs in Node: run this command when your site is built.',
    copyPrerender: 'Copy the prerendered embed steps',
    prerenderStep1: '1. When your site is built (Node 20.19+), write the element’s HTML:',
    prerenderApi: '   or from code:',
    prerenderStep2: '2. In the page: that file’s content in place of the tag, then once per page:',
    prerenderDropped: (height: string | null, ratio: string | null) =>
      `Not prerendered: ${[
        height ? `the height ${height} (to keep it before and after the script, write in your stylesheet: sister-city-map { --jgw-map-height: ${height}; })` : '',
        ratio ? `the aspect ratio ${ratio} (script embed only; or set a fixed height with --jgw-map-height in your stylesheet)` : '',
      ].filter(Boolean).join('; ')}.`,
    oembedHeading: 'Link for WordPress (oEmbed)',
    oembedHelp:
      'For every WordPress author, including those without unfiltered HTML: paste this link on its own line (or in an Embed block). It also works in Ghost, Notion, Slack and Discord. There is a page for each figure, programme, region and partner, in both languages.',
    cspNote: (origin: string, data: string | null) =>
      `On a page with a Content-Security-Policy, allow these files’ origin: script-src ${origin}; style-src ${origin} (with Trusted Types, also trusted-types jakarta-global-widgets). To need only 'self', upload the kit for your own site (link above) to your site and change the addresses.${data ? ` For the data file: connect-src ${data}.` : ''}`,
    srcProblem_local:
      'This is where the file is on your computer. Write the address where it is published on the site, e.g. /data/jakarta-2025.json. The embed code leaves it out until then.',
    srcProblem_space: 'A web address has no spaces (a space is written %20). The embed code leaves it out until then.',
    srcProblem_scheme:
      'The address must start with https:// or http://, or be a path on your site, e.g. /data/jakarta-2025.json. The embed code leaves it out until then.',
    srcNote: (src: string, file: string | null) =>
      file
        ? `The preview above and the text inside the tag use ${file}; on your page the element loads ${src} (a relative address: from that page’s site).`
        : `The preview above uses the bundled data; on your page the element loads ${src} (a relative address: from that page’s site). The text inside the tag, which readers see if that file cannot be loaded, is written from the bundled data: change it to that file’s figures, or choose the file under “Next year’s data” above.`,
    oembedDropped: (names: string, viaIframe: boolean) =>
      `Not carried by this link (defaults used): ${names}. Use the ${viaIframe ? 'iframe' : 'script'} embed for them.`,
    iframeDropped: (names: string) =>
      `Not carried by the iframe (defaults used): ${names}. Free text and a data file are only in the script and prerendered embeds.`,
    copyOembed: 'Copy the oEmbed link',
    openOembed: 'Open the link page',
    oembedGallery: 'Jakarta Global Widgets gallery: make another embed code',
    scenariosHeading: 'Example host pages',
    editorLink: 'Data editor',
    footerEditor: 'Data editor: update next year’s figures and partners, check, preview and download the file',
    scenariosIntro: 'All four elements on the kinds of pages they land on; also used as end-to-end tests.',
    scenario_news: 'News article (narrow column, “hostile” theme CSS)',
    scenario_portal: 'Government portal with a strict Content-Security-Policy',
    scenario_dark: 'Dark-mode page',
    scenario_rtl: 'Right-to-left page (Arabic)',
    scenario_twice: 'Page that loads the library twice',
    footerData: 'Data: compiled from public sources on the Jakarta government’s cooperation in 2024. Every figure names its sources.',
    footerReview: 'Data review: every figure, partner, source and open question, ready to print',
    footerVersion: (version: string) => `Library version ${version}. MIT licence.`,
    lang_id: 'Bahasa Indonesia',
    lang_en: 'English',
    theme_light: 'Light',
    theme_dark: 'Dark',
    theme_auto: 'Follow system',
    'title_cooperation-counter': 'Cooperation counter',
    'intro_cooperation-counter':
      'One headline figure with its label, such as 102 cooperation agreements in 2024. It counts up once when it comes into view, and names its sources.',
    'title_program-card': 'Programme card',
    'intro_program-card': 'One cooperation programme: sector, title, key figure, partners, year, sources and notes.',
    'title_sister-city-list': 'Sister-city list',
    'intro_sister-city-list': 'A sortable table of Jakarta’s 23 sister-city partners, with a region filter.',
    'title_sister-city-map': 'Sister-city map',
    'intro_sister-city-map': 'A map of Jakarta’s sister-city partners, with a table view for screen readers and keyboards.',
    param_lang: 'Element language',
    param_theme: 'Element theme',
    param_metric: 'Figure',
    param_animation: 'Animation',
    param_label: 'Replacement label (optional)',
    param_caption: 'Caption (optional)',
    param_src: 'Data file on your site (optional)',
    param_program: 'Programme',
    param_variant: 'Variant',
    'param_heading-level': 'Heading level',
    param_region: 'Region',
    param_sort: 'Sort by',
    param_order: 'Sort order',
    param_selected: 'Highlighted partner',
    param_open: 'Also open its detail panel',
    'param_no-controls': 'Hide the region menu',
    'param_no-download': 'Hide the "Download the data" link',
    param_height: 'Map height',
    'param_aspect-ratio': 'Aspect ratio',
    param_heading: 'Map heading (optional)',
    param_loading: 'Map loading',
    opt_lazy: 'When near the screen',
    opt_eager: 'At once',
    opt_count: 'Count up',
    opt_none: 'No animation',
    opt_full: 'Full',
    opt_compact: 'Compact',
    opt_name: 'Name',
    opt_country: 'Country',
    opt_year: 'Year',
    opt_asc: 'Ascending (A–Z, 0–9)',
    opt_desc: 'Descending (Z–A, 9–0)',
    opt_noSelection: 'None',
    opt_auto: 'Automatic',
    headingLevel: (n: number) => `<h${n}>`,
    fallbackSources: 'Sources',
    fallbackSourcesDiffer: 'Sources (which do not fully agree)',
    fallbackList: (count: string, total: string, region: string) =>
      region ? `${count} of Jakarta’s ${total} sister-city partners (${region})` : `Jakarta’s ${count} sister-city partners`,
    fallbackMap: (count: string, total: string, region: string) =>
      region ? `Map of ${count} of Jakarta’s ${total} sister-city partners (${region})` : `Map of Jakarta’s ${count} sister-city partners`,
    'iframeTitle_cooperation-counter': (label: string) => `Jakarta cooperation figure: ${label}`,
    'iframeTitle_program-card': (title: string) => `Jakarta cooperation programme: ${title}`,
    'iframeTitle_sister-city-list': (_x: string) => 'List of Jakarta’s sister-city partners',
    'iframeTitle_sister-city-map': (_x: string) => 'Map of Jakarta’s sister-city partners',
    embedErrorTitle: 'This embed cannot be shown',
    embedMissingWidget: 'The widget parameter is missing. Example: embed.html?widget=cooperation-counter',
    embedUnknownWidget: (value: string, valid: string) => `Unknown widget “${value}”. Choose one of: ${valid}.`,
    embedUnknownParam: (name: string, valid: string) => `Unknown parameter “${name}” for this widget. Choose from: ${valid}.`,
    embedDuplicateParam: (name: string) => `The parameter “${name}” is given more than once.`,
    embedBadValue: (name: string, value: string) => `“${value}” is not a valid value for “${name}”.`,
    embedHelp: 'Make a correct embed code in the gallery.',
  },
};

export type UiStrings = (typeof ui)['id'];
