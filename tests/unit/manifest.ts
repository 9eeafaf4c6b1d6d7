import config from '../../wxt.config';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  incognito?: string;
  minimum_chrome_version?: string;
  content_security_policy?: { extension_pages?: string };
}

/** The manifest fields wxt.config.ts declares for a production build of one browser. */
export function builtManifest(browser: 'chrome' | 'firefox'): Manifest {
  const make = config.manifest as unknown as (env: object) => Manifest;
  return make({ browser, command: 'build', mode: 'production', manifestVersion: 3 });
}
