// In an embed page: tells the page that frames it how tall the chart's page is, whenever that changes, so that the
// optional embed-resize.js there can fit the frame to it (as Datawrapper and Flourish embeds do). Nothing else, and
// nothing at all when the page is not in a frame.
if (window.parent !== window) {
  let last = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) window.parent.postMessage({ cdiEmbedHeight: (last = height) }, '*');
  };
  // Measured after layout, outside the observer's callback, so that a change of height never loops.
  new ResizeObserver(() => requestAnimationFrame(tell)).observe(document.body);
  window.addEventListener('load', tell);
}
