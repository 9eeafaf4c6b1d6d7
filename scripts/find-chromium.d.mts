export declare const INSTALL_HINT: string;
export declare function findChromium(
  env?: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
  bundled?: string,
): string | null;
export interface Situation {
  platform: string;
  chromiumPathSet: boolean;
  isRoot: boolean;
  passwordlessSudo: boolean;
  hasAptGet: boolean;
}
export interface InstallPlan {
  method: 'playwright' | 'apt';
  steps: string[][];
}
export declare function installPlans(s: Situation): InstallPlan[];
export declare function situation(env?: Record<string, string | undefined>): Situation;
export declare function ensureChromium(deps?: {
  find?: () => string | null;
  plans?: () => InstallPlan[];
  run?: (argv: string[]) => string | null;
  works?: (path: string) => boolean;
  log?: (line: string) => void;
}): string | null;
