// The home page's "find your force": filters the list of forces (which works without this script) as the reader
// types, matching each force's name, common short names and the places of its area (data-names, from
// data/places.csv) at the start of a word, so that "Hull" finds Kingston upon Hull but not Solihull; it opens the
// one match on Enter.
const form = document.getElementById('find-force');
const input = form.querySelector('input');
const items = [...document.querySelectorAll('#force-list li')];
const none = document.getElementById('find-none');
const status = document.getElementById('find-status');
const details = document.getElementById('force-details');
const norm = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9& ]/g, ' ').replace(/\s+/g, ' ').trim();
const matches = () => {
  const q = norm(input.value);
  return items.filter((li) => q === '' || li.dataset.names.split('|').some((name) => ` ${norm(name)}`.includes(` ${q}`)));
};
input.addEventListener('input', () => {
  const shown = matches();
  for (const li of items) li.hidden = !shown.includes(li);
  none.hidden = shown.length > 0;
  details.open = input.value !== '';
  // The page gives the words in its language (data-one, data-other), with {n} for the number.
  status.textContent = input.value ? (shown.length === 1 ? status.dataset.one : status.dataset.other).replace('{n}', String(shown.length)) : '';
});
form.addEventListener('submit', (event) => {
  const shown = matches();
  if (shown.length === 1) {
    event.preventDefault();
    location.href = shown[0].querySelector('a').href;
  }
});
