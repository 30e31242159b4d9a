import { render } from "./render";
import { trim } from "lodash";

export function checkRender(): boolean {
  return trim(render("test")) === "Hello test";
}
