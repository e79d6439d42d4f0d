/** Toggles full screen where the browser allows it; resolves false when it was refused. */
export async function toggleFullscreen(): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
    else return false;
    return true;
  } catch {
    return false;
  }
}
