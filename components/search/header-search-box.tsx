/** The header's search box: a plain GET form to /search, so it works before any script has loaded. */
export function HeaderSearchBox() {
  return (
    <form role="search" method="get" action="/search" className="header-search">
      <input type="search" name="q" aria-label="Search everything" placeholder="Search…" maxLength={200} required />
    </form>
  );
}
