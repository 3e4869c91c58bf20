// Purity of the report layer (issue 10, lighter pass): buildReport, renderMarkdown and renderHtml run on a
// deep-frozen cohort and model, leave them untouched, and give byte-identical output on a second call.
// (buildReport's own purity tests are in test/report/buildReport.test.ts; this covers the renderers.)
import { describe, expect, it } from 'vitest';
import { buildReport, generateCohort, renderHtml, renderMarkdown } from 'social-outcomes/report';
import { deepFreeze } from '../../_helpers/deepFreeze';

describe('report renderers on frozen input', () => {
  it('renderMarkdown and renderHtml are deterministic and do not mutate a deep-frozen model', async () => {
    const records = deepFreeze(generateCohort({ n: 300, seed: 3 }));
    const config = deepFreeze({ area: 'E08000025', period: '2023-24', generated: '2024-06-30' });
    const model = deepFreeze(buildReport(records, config));
    const snapshot = JSON.stringify(model);
    expect(JSON.stringify(buildReport(records, config))).toBe(snapshot);
    const md1 = JSON.stringify(await renderMarkdown(model));
    const md2 = JSON.stringify(await renderMarkdown(model));
    expect(md2).toBe(md1);
    const html1 = await renderHtml(model);
    const html2 = await renderHtml(model);
    expect(html2).toBe(html1);
    expect(JSON.stringify(model)).toBe(snapshot);
  }, 60_000);
});
