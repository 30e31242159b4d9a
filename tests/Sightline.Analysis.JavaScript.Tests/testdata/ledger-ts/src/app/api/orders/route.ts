import { NextResponse } from 'next/server';
import { merge } from 'lodash';

export async function GET(request: Request) {
  return NextResponse.json(merge({}, { ok: true }));
}
