/**
 * The feedback section and the legal Q&A in a real browser: reached from the main navigation,
 * links found by their accessible names, and axe (WCAG 2.2 A/AA) on /gop-y/, the Q&A index and a
 * Q&A page. The feedback links are only followed as far as their address: the form is the
 * province's, outside this site.
 */
import { describe, it, expect, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, usePage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const siteUrl = inject('siteUrl');

describe.skipIf(!browserAvailable)('feedback and Q&A', () => {
  const session = usePage();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('reaches /gop-y/ from the navigation; the page lists the channels and passes axe', async () => {
    await page.goto(siteUrl);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Góp ý' }).click();
    await page.waitForURL(/\/gop-y\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Góp ý, phản ánh vướng mắc khi thi hành pháp luật');
    expect(await page.getByRole('link', { name: 'phapche@example.gov.vn' }).getAttribute('href')).toBe('mailto:phapche@example.gov.vn');
    const form = page.getByRole('link', { name: 'Biểu mẫu phản ánh vướng mắc (ví dụ)' });
    expect(await form.getAttribute('rel')).toBe('noopener noreferrer');
    expect(new URL((await form.getAttribute('href'))!).origin).toBe('https://dichvucong.example.gov.vn');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers a feedback link on part 4.3 of 08-CT/TU, named by its text, hidden when printing', async () => {
    await page.goto(`${siteUrl}van-ban/ban-thuong-vu-tinh-uy-dien-bien/2026/08-ct-tu/#muc-4-3`);
    const link = page.locator(':target').getByRole('link', { name: 'Phản ánh vướng mắc về mục 4.3' });
    const params = new URL((await link.getAttribute('href'))!).searchParams;
    expect([params.get('so_hieu'), params.get('muc')]).toEqual(['08-CT/TU', 'muc-4-3']);
    await link.focus();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await link.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await link.isVisible()).toBe(true);
  });

  it('goes from the Q&A index to an entry and on to the exact part it rests on', async () => {
    await page.goto(`${siteUrl}hoi-dap/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hỏi đáp pháp luật');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Tỉnh Điện Biên có tổ chức đối thoại với người dân, doanh nghiệp không, bao lâu một lần?' }).first().click();
    await page.waitForURL(/\/hoi-dap\/doi-thoai-voi-nguoi-dan-doanh-nghiep\/$/);
    expect(await page.getByRole('heading', { level: 2, name: 'Căn cứ' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Chỉ thị 08-CT/TU, phụ lục, dòng 9' }).click();
    await page.waitForURL(/\/08-ct-tu\/#bang-nv-9$/);
    expect(await page.locator(':target').textContent()).toContain('Hội nghị (tối thiểu 01 lần/năm)');
  });
});
