// In an embed page: tells the page that frames it how tall the chart's page is, whenever that changes, so that the
// optional embed-resize.js there can fit the frame to it (as Datawrapper and Flourish embeds do). Nothing else.
const tell = () => parent.postMessage({ cdiEmbedHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
new ResizeObserver(tell).observe(document.documentElement);
addEventListener('load', tell);
