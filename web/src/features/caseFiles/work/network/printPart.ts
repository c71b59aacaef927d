// Printing one part of a page (the house rules for a visitor, the network map):
// everything else stays off the paper, so a sheet handed to a visitor at the
// door carries nothing of the youth's file. The CSS is in layout.css under
// "Printing one part of a page".

export function printPart(element: HTMLElement | null): void {
  if (!element) return;
  const root = document.documentElement;
  element.classList.add('baken-print-part');
  root.classList.add('baken-printing-part');
  window.addEventListener(
    'afterprint',
    () => {
      element.classList.remove('baken-print-part');
      root.classList.remove('baken-printing-part');
    },
    { once: true },
  );
  window.print();
}
