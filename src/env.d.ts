/// <reference types="astro/client" />
/// <reference types="vite-plugin-pwa/info" />

declare module 'virtual:hant-table' {
  const table: { pairs: string; phrases: Record<string, string> };
  export default table;
}
