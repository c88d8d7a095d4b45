import { describe, expect, it } from 'vitest';
import { formatProblem } from '../vocabulary.ts';
import { checkImages } from './checkImages.ts';

const check = (text: string) => checkImages('content/reports/kent/2017-cdi.md', text).map(formatProblem);
const message = (address: string) => `the image "${address}" is not a file of this site, so every reader's browser would fetch it from elsewhere; put the image in public/ and give its path, e.g. ![description](/images/name.png)`;

describe('checkImages(file, text)', () => {
  it('gives one error, at the image, for an image on another site', () => {
    expect(check('---\nheadline: H\n---\n## Conclusion\n\nSee ![x](https://tracker.example/pixel.gif) here.\n')).toEqual([
      `content/reports/kent/2017-cdi.md:6:5: error: ${message('https://tracker.example/pixel.gif')}`,
    ]);
  });

  it('catches protocol-relative, data: and reference-style images, and images in the front matter', () => {
    const text = ['---', 'summary: "Look ![a](//cdn.example/a.png)"', '---', '![b][logo] and ![Logo] and ![c](data:image/png;base64,AAAA)', '', '[logo]: <http://x.example/l.png>'].join('\n');
    expect(check(text)).toEqual([
      `content/reports/kent/2017-cdi.md:2:16: error: ${message('//cdn.example/a.png')}`,
      `content/reports/kent/2017-cdi.md:4:1: error: ${message('http://x.example/l.png')}`,
      `content/reports/kent/2017-cdi.md:4:16: error: ${message('http://x.example/l.png')}`,
      `content/reports/kent/2017-cdi.md:4:28: error: ${message('data:image/png;base64,AAAA')}`,
    ]);
  });

  it('accepts an image of the site, links to other sites, and image syntax inside code', () => {
    expect(check('![Chart](/images/chart.png) ![Map](map.png) [the report](https://example.org/r) `![x](https://tracker.example/p.gif)`')).toEqual([]);
  });
});
