import _ from "lodash";

export function render(name: string): string {
  const compiled = _.template("Hello <%= name %>");
  return compiled({ name });
}

export class Store {
  data: Record<string, unknown> = {};

  update(patch: object): void {
    _.merge(this.data, patch);
  }
}

function unused(): string {
  return _.escape("<b>");
}

export class Cache {
  constructor(private readonly items: string[]) {
    this.items = _.uniq(items);
  }
}
