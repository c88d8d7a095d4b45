import { describe, expect, it } from 'vitest';
import { previewPdfResponse } from './previewPdf.ts';

describe('previewPdfResponse', () => {
  it('previewPdfResponse() answers a report\'s PDF in the preview with why there is none and how to get it', () => {
    const response = previewPdfResponse('/cdi/forces/kent/2026-cdi/report.pdf');
    expect(response?.status).toBe(404);
    expect(response?.body).toContain('The preview does not print PDFs');
    expect(response?.body).toContain('npm run pdf -- --only kent/2026-cdi');
  });

  it('previewPdfResponse() leaves every other address alone', () => {
    expect(previewPdfResponse('/forces/kent/2026-cdi/')).toBeNull();
    expect(previewPdfResponse('/forces/kent/2026-cdi/recording-rates.svg')).toBeNull();
  });
});
