import { template } from 'lodash';

// Unreached: nothing calls, passes or exports it.
function legacyRender(view: string): string {
  return template(view)({});
}
