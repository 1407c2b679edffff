import type { Px } from '../../render/coords';
import { labelSize } from '../../render/sizes';
import type { Dispatch } from '../state/store';
import type { Display } from '../state/viewer-state';
import { byId } from './dom';

// Projector use: presenter mode (full screen, the buttons hidden until the mouse moves while the band
// and the timing strip stay, larger labels), the light theme for washed-out projectors, and the side panel shown or hidden:
// render() puts the state's display on the page (the buttons are the top bar's).

const IDLE_MS = 2500;

export class Presentation {
  private readonly app = byId('app');
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private enteredFullscreen = false;
  private shown: Display | null = null;

  constructor(dispatch: Dispatch, relayout: () => void) {
    const wake = () => this.wake();
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    document.addEventListener('fullscreenchange', () => {
      // Leaving full screen with Esc also leaves presenter mode.
      if (!document.fullscreenElement && this.shown?.presenter && this.enteredFullscreen) dispatch({ type: 'display/presenter', on: false });
      this.enteredFullscreen = !!document.fullscreenElement;
      relayout();
    });
  }

  /** Label size on the pitch: at least 2.5% of the screen height (3% when presenting); on a
   *  screen taller than wide (a phone held upright) of 1.2 × its width instead. */
  labelPx(): Px {
    const h = window.innerHeight || 720, w = window.innerWidth || 1280;
    return labelSize(Math.min(h, w * 1.2), !!this.shown?.presenter);
  }

  /** Show the display part of the state; true when the pitch's box may have changed size. */
  render(d: Display): boolean {
    const was = this.shown;
    if (d === was) return false;
    this.shown = d;
    this.app.classList.toggle('theme-light', d.theme === 'light');
    this.app.classList.toggle('theme-dark', d.theme === 'dark');
    this.app.classList.toggle('panel-hidden', !d.panel);
    if (d.presenter !== !!was?.presenter) {
      this.app.classList.toggle('presenter', d.presenter);
      if (d.presenter) {
        // Only leaving the full screen presenter mode asks for ends it: a late event of an earlier
        // exit (F pressed just before P) must not switch it straight off again.
        this.enteredFullscreen = false;
        this.requestFullscreen();
        this.wake();
      } else {
        this.app.classList.remove('idle');
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      }
    }
    return !was || d.panel !== was.panel || d.presenter !== was.presenter;
  }

  toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else this.requestFullscreen();
  }

  private requestFullscreen(): void {
    // Only a user gesture may ask (a link opened in presenter mode stays in the window); refused
    // in some embeds too, and presenter mode still works in the window then.
    const nav = navigator as Navigator & { userActivation?: { isActive: boolean } };
    if (nav.userActivation && !nav.userActivation.isActive) return;
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private wake(): void {
    this.app.classList.remove('idle');
    clearTimeout(this.idleTimer);
    if (this.shown?.presenter) this.idleTimer = setTimeout(() => this.app.classList.add('idle'), IDLE_MS);
  }
}
