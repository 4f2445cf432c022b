/**
 * Layout on a phone (390 px), a laptop (1280 px) and paper: what only a browser can measure. The document
 * never scrolls sideways; a table too wide for the screen scrolls inside its own labelled region, by
 * keyboard too, with its first column staying in view; the printed topic page is compact and says where
 * and as of when. Screenshots go to the test report for a person to look at (pixels are not compared).
 * That every table sits in such a region is checked statically (tests/site/checks/layout.ts).
 */
import { expect, test, type Page } from '@playwright/test';

const TOPIC = '/topics/csa-image-generators/';
const PAGES = [
  { name: 'matrix', path: '/matrix/' },
  { name: 'topic', path: TOPIC },
  { name: 'compare', path: '/compare/?rows=uk,us-federal,us-states,eu' },
  { name: 'gaps', path: '/gaps/' },
];

/** Each table region that is narrower than its table, scrolled to its end: where its first column then is. */
function scrolledRegions(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .table-wrap')]
      // Visible regions only: the content of a closed <details> has a box in Chromium but is not shown.
      .filter((r) => r.checkVisibility() && r.scrollWidth > r.clientWidth + 1)
      .map((r) => {
        r.scrollIntoView({ block: 'start', behavior: 'instant' });
        r.scrollLeft = r.scrollWidth;
        const cell = r.querySelector<HTMLElement>('tbody tr > :first-child')!;
        const box = r.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        const hit = document.elementFromPoint(c.left + Math.min(20, c.width / 2), Math.max(c.top, 0) + 10);
        const out = {
          label: r.getAttribute('aria-label') ?? '',
          role: r.getAttribute('role'),
          tabindex: r.getAttribute('tabindex'),
          scrolled: r.scrollLeft,
          // The first column's left edge, relative to the region's, and whether it is on top where it stands.
          offset: Math.round(c.left - box.left),
          onTop: !!hit && cell.contains(hit),
        };
        r.scrollLeft = 0;
        return out;
      }),
  );
}

const WIDTHS = [390, 1280];

test('at 390 and 1280 px no page scrolls sideways; a wide table scrolls in its region, first column fixed', async ({
  page,
}, info) => {
  const overflowing: Record<number, number> = { 390: 0, 1280: 0 };
  for (const { name, path } of PAGES) {
    // One load per page: the layout is measured at each width by resizing the window.
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(path);
    // The matrices of the parts (states, member states, legal systems) are folded: unfold them to measure them.
    await page.evaluate(() =>
      document.querySelectorAll<HTMLDetailsElement>('details.parts-matrix').forEach((d) => (d.open = true)),
    );
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const docWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(docWidth, `${path}: the document is ${docWidth} px wide in a ${width} px window`).toBeLessThanOrEqual(
        width,
      );
      await info.attach(`${name}-${width}px.png`, { body: await page.screenshot(), contentType: 'image/png' });
      const regions = await scrolledRegions(page);
      overflowing[width] += regions.length;
      for (const r of regions) {
        const where = `${path} at ${width} px: "${r.label}"`;
        expect([r.role, r.tabindex], `${where} is a region the keyboard can reach`).toEqual(['region', '0']);
        expect(r.scrolled, `${where} scrolls`).toBeGreaterThan(0);
        expect(Math.abs(r.offset), `${where} keeps its first column at its left edge`).toBeLessThanOrEqual(1);
        expect(r.onTop, `${where} keeps its first column in view, above the scrolled cells`).toBe(true);
      }
      if (name === 'matrix' && width === WIDTHS[0]) {
        // The region is named in the accessibility tree and scrolls from the keyboard; the screenshot shows
        // it scrolled, with its first column in place.
        const region = page.getByRole('region', { name: regions[0].label, exact: true });
        await region.focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
        await info.attach(`matrix-${width}px-scrolled.png`, {
          body: await region.screenshot(),
          contentType: 'image/png',
        });
      }
    }
  }
  // On a phone the comparison tables are wider than the screen, so the checks above ran on them; at 1280 px
  // none of them needs to scroll (all four jurisdictions fit).
  expect(overflowing[390]).toBeGreaterThanOrEqual(3);
  expect(overflowing[1280]).toBe(0);
});

test('the topic page prints compactly, with its address and date on every page', async ({ page }, info) => {
  // The width of an A4 page inside the print margins (186 mm at 96 px per inch).
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(TOPIC);
  const printed = await page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('table.topic-table')!;
    const pageRule = [...document.styleSheets]
      .flatMap((s) => [...s.cssRules])
      .flatMap((r) => (r instanceof CSSMediaRule ? [...r.cssRules] : [r]))
      .find((r) => r instanceof CSSPageRule);
    return {
      note: getComputedStyle(document.documentElement).getPropertyValue('--print-note').trim(),
      caption: table.querySelector('caption')!.textContent!,
      tableHeight: table.getBoundingClientRect().height,
      rowsKeptWhole: [...table.querySelectorAll('tr')].some((tr) => getComputedStyle(tr).breakInside === 'avoid'),
      citeShown: [...document.querySelectorAll('.cite')].some((c) => getComputedStyle(c).display !== 'none'),
      pageRule: pageRule?.cssText ?? '',
    };
  });
  // The note printed at the foot of each page: this page's address and the date its view is as of.
  const date = /as of (\d{4}-\d\d-\d\d)/.exec(printed.caption)![1];
  expect(printed.note).toContain(TOPIC);
  expect(printed.note).toContain(`as of ${date}`);
  expect(printed.pageRule).toContain('var(--print-note)');
  expect(printed.pageRule).toContain('counter(page)');
  // Rows may break across pages, and the four-row table fits on two pages (267 mm of height each).
  expect(printed.rowsKeptWhole).toBe(false);
  expect(printed.tableHeight).toBeLessThan(2 * 1009);
  expect(printed.citeShown).toBe(false);

  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  await info.attach('topic.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThan(40);
});
