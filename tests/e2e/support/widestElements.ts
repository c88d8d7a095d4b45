import type { Page } from 'playwright-core';

/** Names the elements that stick out past the viewport, so that a failure says where to look. */
export function widestElements(page: Page, width: number): Promise<string> {
  return page.evaluate((limit) => {
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const right = element.getBoundingClientRect().right;
      if (right > limit + 0.5 && !(element.parentElement && element.parentElement.getBoundingClientRect().right > limit + 0.5)) {
        const id = element.id ? `#${element.id}` : '';
        const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${element.tagName.toLowerCase()}${id}${cls} ends at ${Math.round(right)} px`);
      }
    }
    return culprits.slice(0, 5).join('; ') || 'no single element found';
  }, width);
}
