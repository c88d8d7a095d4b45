// The search page's only script: starts pagefind's UI, runs the search named in the address (?q=…, as the home
// page's "find your force" box sends it) and keeps the query in the address as the reader types, so that a search
// can be shared; hides the no-JavaScript help. pagefind searches the index of the page's language (<html lang>);
// its interface text is pagefind's own, or the page's (data-translations) for a language pagefind has none for.
/* global PagefindUI */
const translations = document.getElementById('search').dataset.translations;
const ui = new PagefindUI({ element: '#search', showSubResults: true, resetStyles: false, ...(translations ? { translations: JSON.parse(translations) } : {}) });
document.getElementById('search-fallback').hidden = true;
const asked = new URLSearchParams(location.search).get('q');
if (asked) ui.triggerSearch(asked);
document.querySelector('#search').addEventListener('input', (event) => {
  const url = new URL(location.href);
  if (event.target.value) url.searchParams.set('q', event.target.value);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
});
