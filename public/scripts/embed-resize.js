// Optional, for a page that embeds charts from this site: fits each chart's frame to the height its page reports
// (embed-height.js), so that no blank space is left below the chart at any width. Without it the frame keeps the
// fitted height written in the embed code.
addEventListener('message', (event) => {
  const height = event.data && event.data.cdiEmbedHeight;
  if (typeof height !== 'number' || !(height > 0) || height > 20000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
