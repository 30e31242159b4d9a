import {
  kebabCase,
  capitalize,
} from "lodash";

export const slug = kebabCase("Hello World");
