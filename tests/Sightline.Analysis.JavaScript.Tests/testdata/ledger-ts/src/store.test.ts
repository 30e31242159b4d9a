import { Store } from './store';
import { merge } from 'lodash';

describe('store', () => {
  it('loads', () => {
    expect(new Store<string>('k').load()).toEqual(merge({}, {}));
  });
});
