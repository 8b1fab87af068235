/**
 * The Fullscreen API where the browser has it and allows it (a user gesture, no iframe policy against it). Presenter
 * mode works without it (headless browsers, kiosks): the app itself already fills the window.
 */
export function enterFullscreen(): void {
  if (typeof document === 'undefined' || document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  document.documentElement.requestFullscreen().catch(() => {
    // Refused (no gesture, policy): the window is the stage.
  });
}

export function leaveFullscreen(): void {
  if (typeof document === 'undefined' || !document.fullscreenElement || !document.exitFullscreen) return;
  document.exitFullscreen().catch(() => {});
}
