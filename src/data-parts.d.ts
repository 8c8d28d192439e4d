// Imports of the bundled dataset's parts (`…/jakarta-2024.json?part=core`), made
// by the Vite plugin in vite.shared.ts and the test server's json plugin from
// scripts/data-parts.mjs. Their shape is checked where they are used.
declare module '*.json?part=core' {
  const part: unknown;
  export default part;
}
declare module '*.json?part=partners' {
  const part: unknown;
  export default part;
}
declare module '*.json?part=programs' {
  const part: unknown;
  export default part;
}
