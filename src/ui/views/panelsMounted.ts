// The 2-D and MNIST panels load on first use, after the frame that shows them: whoever lists the page's panels
// (the export menu) hears this event once an experiment's panels are on the page.
export const PANELS_MOUNTED = 'gan-playground:panels-mounted';

export function announcePanelsMounted(): void {
  window.dispatchEvent(new Event(PANELS_MOUNTED));
}
