/**
 * A table wider than the screen scrolls sideways inside its own region (`data-scroll-region`),
 * which the page makes a tab stop (tabindex="0") so a keyboard can scroll it too (WCAG 2.1.1).
 * Where the table fits, that stop leads nowhere: a keyboard user meets a focus ring around a
 * table that does not move, once per table. This takes the stop out while the region does not
 * scroll and puts it back when it comes to (a narrower window, a larger text size, a font loaded
 * late). Without JavaScript every region stays a tab stop, which is never wrong, only longer.
 */

const regions = document.querySelectorAll<HTMLElement>('[data-scroll-region]');

function scrolls(region: HTMLElement): boolean {
  // A pixel of rounding is not a scroll.
  return region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
}

function update(region: HTMLElement): void {
  if (scrolls(region)) region.tabIndex = 0;
  // The region that has focus keeps its stop until focus leaves it: taking it away would drop focus to the page.
  else if (document.activeElement !== region) region.removeAttribute('tabindex');
}

if (regions.length > 0 && 'ResizeObserver' in window) {
  const owner = new Map<Element, HTMLElement>();
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const region = owner.get(entry.target);
      if (region) update(region);
    }
  });
  for (const region of regions) {
    // The region's box does not change when its table grows inside it: both are watched.
    for (const el of [region, ...region.children]) {
      owner.set(el, region);
      observer.observe(el);
    }
    region.addEventListener('blur', () => update(region));
  }
}
