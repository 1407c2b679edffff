import type { Px } from '../../render/coords';
import type { ThemeName } from '../../render/palette';
import { labelSize } from '../../render/sizes';
import { byId, setText } from './dom';

// Projector use: presenter mode (full screen, controls hidden until the mouse moves, larger
// labels) and the light theme for washed-out projectors.

const IDLE_MS = 2500;

export class Presentation {
  private readonly app = byId('app');
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  presenter = false;
  theme: ThemeName = 'dark';

  constructor(private readonly onChange: () => void) {
    const wake = () => this.wake();
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    document.addEventListener('fullscreenchange', () => {
      // Leaving full screen with Esc also leaves presenter mode.
      if (!document.fullscreenElement && this.presenter && this.enteredFullscreen) this.setPresenter(false);
      this.enteredFullscreen = !!document.fullscreenElement;
      onChange();
    });
  }

  private enteredFullscreen = false;

  /** Label size on the pitch: at least 2.5% of the screen height (3% when presenting). */
  labelPx(): Px {
    return labelSize(window.innerHeight || 720, this.presenter);
  }

  setTheme(t: ThemeName): void {
    this.theme = t;
    this.app.classList.toggle('theme-light', t === 'light');
    this.app.classList.toggle('theme-dark', t === 'dark');
    setText(byId('theme-btn'), t === 'light' ? 'Dark' : 'Light');
    this.onChange();
  }

  toggleTheme(): void {
    this.setTheme(this.theme === 'light' ? 'dark' : 'light');
  }

  setPresenter(on: boolean): void {
    this.presenter = on;
    this.app.classList.toggle('presenter', on);
    setText(byId('presenter-btn'), on ? 'Exit presenter' : 'Present');
    if (on) {
      this.requestFullscreen();
      this.wake();
    } else {
      this.app.classList.remove('idle');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    }
    this.onChange();
  }

  togglePresenter(): void {
    this.setPresenter(!this.presenter);
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
    if (this.presenter) this.idleTimer = setTimeout(() => this.app.classList.add('idle'), IDLE_MS);
  }
}
