// The search page's only script: starts pagefind's UI, runs the search named in the address (?q=…, as the home
// page's "find your force" box sends it) and keeps the query in the address as the reader types, so that a search
// can be shared; hides the no-JavaScript help.
/* global PagefindUI */
const ui = new PagefindUI({ element: '#search', showSubResults: true, resetStyles: false });
document.getElementById('search-fallback').hidden = true;
const asked = new URLSearchParams(location.search).get('q');
if (asked) ui.triggerSearch(asked);
document.querySelector('#search').addEventListener('input', (event) => {
  const url = new URL(location.href);
  if (event.target.value) url.searchParams.set('q', event.target.value);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
});
