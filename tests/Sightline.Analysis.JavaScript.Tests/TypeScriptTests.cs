using Sightline.Analysis.JavaScript.TypeScript;
using Sightline.Analysis.JavaScript.Walk;
using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.JavaScript.Tests;

public sealed class TypeScriptTests
{
    private const string Sample = """
        import type { Config } from './config';
        import { type Logger, merge } from 'lodash';
        import fs = require('fs');
        declare const VERSION: string;
        declare module 'x' { export const y: number; }
        export interface Shape<T extends object = {}> extends Base { area(): number; readonly [key: string]: unknown }
        export type Pair<A, B> = [A, B] | { a: A; b: B };
        const enum Color { Red = 'r', Green = 'g' }
        namespace Geometry { export function size(s: string): number { return s.length; } }
        function pick(a: string): string;
        function pick(a: number): number;
        function pick(a: any): any { return a; }
        export abstract class Base<T> implements Shape<T>, Other {
          private readonly items: Map<string, T[]> = new Map<string, T[]>();
          static count?: number;
          declare meta: string;
          constructor(protected name: string, @Inject() private svc?: Service) { this.svc = svc; }
          abstract area(): number;
          get label(): string { return this.name!; }
          protected find<K extends keyof T>(key: K, fallback?: T[K]): T[K] | undefined {
            return (this.items.get(key as string) as unknown as T[K]) ?? fallback;
          }
        }
        export const id = <T,>(value: T): T => value;
        const conf = { depth: 2 } as const satisfies Record<string, number>;
        let total!: number;
        const parse = (raw: string): Config => JSON.parse(raw) as Config;
        const ratio = total! / 2;
        const tuple: [string, number?] = ['a'];
        function assertIsString(v: unknown): asserts v is string {}
        for (const x of [1, 2] as number[]) merge({}, { x });
        const cond: Pick<Config, 'a'> extends never ? string : number = 1;
        fs.readFileSync(VERSION, { encoding: 'utf8' });
        export default class extends Base<string> { area() { return Geometry.size(this.name); } }
        """;

    [Fact]
    public void Stripping_keeps_every_line_and_column_and_leaves_parseable_javascript()
    {
        var stripped = SourceRewriter.Rewrite(Sample, typeScript: true, jsx: false, new Budget(TimeSpan.FromSeconds(5), CancellationToken.None), out _);

        Assert.Equal(Sample.Length, stripped.Length);
        Assert.Equal(Sample.Split('\n').Select(l => l.Length), stripped.Split('\n').Select(l => l.Length));
        Assert.Contains("const tuple" + new string(' ', 20) + "= ['a'];", stripped, StringComparison.Ordinal);
        Assert.Contains("const  fs = require('fs');", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("interface", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("enum", stripped, StringComparison.Ordinal);
        Assert.Empty(Analysis.Files(("a.ts", Sample)).File("a.ts").Warnings);
    }

    [Fact]
    public void Calls_in_typescript_keep_their_positions_and_resolve()
    {
        var file = Analysis.Files(("a.ts", Sample)).File("a.ts");

        Assert.Contains(file.Calls, c => c.Callee == "lodash.merge" && c.Line == 31 && c.Column == 37);
        Assert.Contains(file.Calls, c => c.Callee == "node:fs.readFileSync" && c.Line == 33 && c.Column == 4);
        Assert.Contains(file.Calls, c => c.Callee == "a.ts#Geometry.size" || c.Text == "Geometry.size");
        Assert.Contains(file.Definitions, d => d.Id == "a.ts#Base.find" && d.StartLine == 20);
        Assert.DoesNotContain(file.Definitions, d => d.Id.StartsWith("a.ts#Base.area", StringComparison.Ordinal));
        Assert.Equal(["lodash", "node:fs"], file.Imports.Select(i => i.Package));
    }

    [Fact]
    public void Tsx_components_and_generic_calls_are_read()
    {
        var file = Analysis.Files(("View.tsx", """
            import { useMemo } from 'react';
            import { orderBy } from 'lodash';
            interface Props { rows: Row[] }
            export function View({ rows }: Props) {
              const sorted = useMemo<Row[]>(() => orderBy(rows, ['name']), [rows]);
              return <ul>{sorted.map((r: Row) => <Item key={r.id} row={r as Row} />)}</ul>;
            }
            function Item({ row }: { row: Row }) { return <li>{row.name!}</li>; }
            """)).File("View.tsx");

        Assert.Empty(file.Warnings);
        Assert.Contains(file.Calls, c => c.Callee == "react.useMemo" && c.Line == 5 && c.Column == 18);
        Assert.Contains(file.Calls, c => c.Callee == "lodash.orderBy" && c.Line == 5 && c.Column == 39);
        Assert.Contains(file.Calls, c => c.Kind == CallKind.Reference && c.Callee == "View.tsx#Item");
    }

    [Fact]
    public void Declaration_files_are_skipped()
    {
        var file = Analysis.Files(("types/index.d.ts", "export declare function f(): void;\n")).File("types/index.d.ts");

        Assert.NotNull(file.Skipped);
        Assert.Contains("declaration", file.Skipped, StringComparison.Ordinal);
    }
}
