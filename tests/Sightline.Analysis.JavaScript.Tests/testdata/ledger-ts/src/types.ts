export interface Options {
  force: boolean;
}

export type Id = string;
