// The search page's only script: starts pagefind's UI and hides the no-JavaScript help.
/* global PagefindUI */
new PagefindUI({ element: '#search', showSubResults: true, resetStyles: false });
document.getElementById('search-fallback').hidden = true;
