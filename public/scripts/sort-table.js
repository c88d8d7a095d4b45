// Progressive enhancement: the table reads fully without this script. Column headers with
// data-sort-type become buttons; a cell's data-sort value, if any, sorts instead of its text,
// and empty values ("not published") always sort last.
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const type = th.dataset.sortType;
    if (!type) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      const key = (row) => {
        const cell = row.cells[column];
        return (cell.dataset.sort ?? cell.textContent).trim();
      };
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === '' || y === '') return (x === '') - (y === '');
        const order = type === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'en-GB');
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
