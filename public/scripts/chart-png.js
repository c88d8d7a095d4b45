// The chart-png page's only script. The link "PNG" beside a report's chart leads here with ?chart=forces/<force>/<slug>/<chart>;
// this draws that chart's standalone SVG at twice its size, in this page's fonts (the report page's), and offers it as a PNG.
const status = document.getElementById('chart-png-status');
const download = document.getElementById('chart-png-download');
const canvas = document.getElementById('chart-png-preview');
const back = document.getElementById('chart-png-back');
const chart = new URLSearchParams(location.search).get('chart') ?? '';
const fail = (why) => (status.textContent = `${why} Each chart’s SVG download, beside it on its report page, opens in any browser.`);

async function draw() {
  // Only a report's own chart, addressed from this page, so that the page draws nothing else.
  const parts = /^forces\/[a-z0-9-]+\/[a-z0-9-]+\/([a-z0-9-]+)$/.exec(chart);
  if (!parts) return fail('This address names no chart: choose “PNG” beside a chart on its report page.');
  const name = parts[1];
  status.textContent = 'Drawing the chart…';
  const response = await fetch(new URL(`../${chart}.svg`, location.href));
  if (!response.ok) return fail('There is no such chart.');
  const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
  svg.setAttribute('font-family', getComputedStyle(document.body).fontFamily);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  canvas.width = 2 * width;
  canvas.height = 2 * height;
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const title = svg.querySelector('title')?.textContent ?? name;
  download.href = URL.createObjectURL(png);
  download.download = `${name}.png`;
  download.textContent = `Download ${name}.png`;
  canvas.setAttribute('aria-label', title);
  back.href = new URL(`../${chart.slice(0, -name.length)}#${name}`, location.href).href;
  status.textContent = `“${title}” as a PNG of ${canvas.width} × ${canvas.height} pixels:`;
  for (const element of [download, canvas, back]) element.hidden = false;
  download.click();
}

draw().catch(() => fail('The chart could not be drawn.'));
