/** A duration as the build log writes it: « 3.2 s ». */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
