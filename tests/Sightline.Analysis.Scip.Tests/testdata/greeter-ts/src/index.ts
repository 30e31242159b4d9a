import { render, Store, Cache } from "./render";
import { chunk } from "lodash";

export function main(): void {
  const store = new Store();
  store.update({ greeting: render("world") });
  console.log(chunk([1, 2, 3, 4], 2));
  new Cache(["a", "a"]);
}

main();
