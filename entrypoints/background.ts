export default defineBackground(() => {
  // The toolbar icon opens the side panel where the browser has one.
  if (import.meta.env.CHROME) {
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true });
  }
});
