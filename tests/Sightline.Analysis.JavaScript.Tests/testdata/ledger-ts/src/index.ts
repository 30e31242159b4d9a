import express, { Request, Response } from 'express';
import type { Options } from './types';
import { merge } from 'lodash';
import AdmZip from 'adm-zip';
import { Store } from './store';

interface Settings {
  theme: string;
  retries?: number;
}

type Handler = (req: Request, res: Response) => void;

enum Mode { Fast, Safe = 2 }

const app = express();
const store = new Store<Settings>('settings');

export function applySettings(input: Partial<Settings>, opts?: Options): Settings {
  const current = store.load() as Settings;
  return merge({}, current, input!) satisfies Settings;
}

const upload: Handler = (req: Request, res: Response): void => {
  const zip = new AdmZip(req.body.path as string);
  zip.extractAllTo('/tmp/uploads', true);
  res.json(applySettings(req.body));
};

app.post('/upload', upload);

export abstract class Job<T> implements Runnable {
  private readonly name: string;
  protected constructor(name: string, public retries: number = 1) {
    this.name = name;
  }

  abstract run(input: T): Promise<void>;

  describe(): string {
    return this.format<string>(this.name);
  }

  private format<U>(value: U): string {
    return String(value);
  }
}
