// Where the server mounts the explorer: '/' or a prefix such as '/explorer/' behind a reverse proxy (BASE_PATH). The
// server writes it into the page as <meta name="explorer-base">; Vite's dev server, which has none, serves at '/'.

function basePath(): string {
  return document.querySelector('meta[name="explorer-base"]')?.getAttribute('content') ?? '/';
}

/** '/api/search?q=x' → '/explorer/api/search?q=x' under BASE_PATH=/explorer. */
export function underBase(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}
