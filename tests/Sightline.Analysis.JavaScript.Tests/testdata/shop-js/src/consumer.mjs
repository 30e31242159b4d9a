import { merge, tpl, formatPrice, price } from './reexports.mjs';
import * as lib from './reexports.mjs';

merge({}, {});
tpl('t');
formatPrice(1);
price(2);
lib.merge({}, {});
