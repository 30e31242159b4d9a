import { readFileSync } from 'node:fs';

export class Store<T> {
  constructor(private readonly key: string) {}

  load(): T | undefined {
    return JSON.parse(readFileSync(`/tmp/${this.key}.json`, 'utf8')) as T;
  }
}
