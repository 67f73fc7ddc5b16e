/** The loader's tags and their element modules, written by the build from the registry (vite.config.ts). */
declare module 'virtual:imc-elements' {
  export const elements: Readonly<Record<'troop-levels-chart' | 'airstrikes-chart' | 'casualties-chart' | 'spending-chart' | 'mission-timeline' | 'mission-dashboard', () => Promise<unknown>>>;
}
