import { useEffect, useState } from 'preact/hooks';

/**
 * False in a component's first frame, true once that frame is painted (Preact runs plain effects
 * after the next frame). Long lists draw what a window shows of them first and the rest just after,
 * so that the first rows do not wait for dozens of others (each with its status menu) to be built.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
