import type { ThemeName } from '../view/display';
import type { Team } from '../core/spec';

// Colours: the Okabe–Ito set (distinguishable with the common colour-vision deficiencies).
// Attack blue against defence orange; every label is checked for 4.5:1 contrast in a test.
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

export type { ThemeName };

export interface TeamColours {
  fill: number;
  label: number; // text on the disc
}

export interface Theme {
  name: ThemeName;
  pitch: number;
  stripe: number; // mown stripes, alternate bands
  surround: number; // outside the field of play
  markings: number;
  markingAlpha: number;
  outline: number; // disc outline and arrowheads' edge
  teams: Record<Team, TeamColours>;
  ball: number;
  ballTrail: number;
  shadow: number;
  offsideLine: number;
  arrow: number;
  tagBg: number; // verdict tags
  tagText: number;
  onside: number; // verdict tag accent
  offside: number;
  ghost: number; // the pinned run's dashed outlines, trail and tag edge
}

export const THEMES: Record<ThemeName, Theme> = {
  // For screens and dim rooms.
  dark: {
    name: 'dark',
    pitch: 0x2e6b3f,
    stripe: 0x2a6239,
    surround: 0x18251b,
    markings: 0xffffff,
    markingAlpha: 0.85,
    outline: 0x0b0b0b,
    teams: {
      attack: { fill: OKABE_ITO.skyBlue, label: 0x000000 },
      defence: { fill: OKABE_ITO.orange, label: 0x000000 },
      neutral: { fill: OKABE_ITO.purple, label: 0x000000 },
    },
    ball: 0xffffff,
    ballTrail: 0xffffff,
    shadow: 0x000000,
    offsideLine: OKABE_ITO.yellow,
    arrow: 0xffffff,
    tagBg: 0x111111,
    tagText: 0xffffff,
    onside: OKABE_ITO.skyBlue,
    offside: OKABE_ITO.yellow,
    ghost: 0xffffff,
  },
  // For washed-out projectors: pale ground, dark ink, saturated discs.
  light: {
    name: 'light',
    pitch: 0xe4efe0,
    stripe: 0xdbe9d6,
    surround: 0xf7f7f2,
    markings: 0x2b4a30,
    markingAlpha: 1,
    outline: 0x000000,
    teams: {
      attack: { fill: OKABE_ITO.blue, label: 0xffffff },
      defence: { fill: OKABE_ITO.orange, label: 0x000000 },
      neutral: { fill: OKABE_ITO.purple, label: 0x000000 },
    },
    ball: 0xffffff,
    ballTrail: 0x333333,
    shadow: 0x000000,
    offsideLine: 0x000000,
    arrow: 0x1a1a1a,
    tagBg: 0xffffff,
    tagText: 0x000000,
    onside: OKABE_ITO.blue,
    offside: OKABE_ITO.vermillion,
    ghost: 0x4b1d6b,
  },
};

/** WCAG relative luminance of a 0xRRGGBB colour. */
export function luminance(rgb: number): number {
  const ch = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

/** WCAG contrast ratio (1–21) between two colours. */
export function contrastRatio(a: number, b: number): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

