namespace Sightline.Analysis.Go.Syntax;

/// <summary>An expression or a type (Go's grammar mixes them: `T(x)`, `*T`, `[]T{}`), with its first token's place.</summary>
internal abstract record Expr(int Line, int Column, int Start, int End);

internal sealed record Ident(string Name, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record Selector(Expr X, string Name, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record Call(Expr Fun, IReadOnlyList<Expr> Args, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record CompositeLit(Expr? Type, IReadOnlyList<Expr> Elements, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record KeyValue(Expr Key, Expr Value, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record FuncLit(FuncType Type, Block Body, int EndLine, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>Unary operators and pointer types alike (`&amp;x`, `*p`, `*T`, `&lt;-ch`).</summary>
internal sealed record Unary(string Op, Expr X, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record Binary(Expr X, string Op, Expr Y, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record IndexExpr(Expr X, IReadOnlyList<Expr> Indices, bool IsSlice, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>`x.(T)`; a null type is the `x.(type)` of a type switch.</summary>
internal sealed record TypeAssert(Expr X, Expr? Type, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record Paren(Expr X, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record Literal(string Text, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>`[]T`, `[N]T`, `[...]T`, `map[K]V`, `chan T`: the parts that matter for binding.</summary>
internal sealed record ContainerType(string Kind, Expr? Key, Expr Elem, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

internal sealed record FuncType(IReadOnlyList<Field> TypeParams, IReadOnlyList<Field> Params, IReadOnlyList<Field> Results, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>struct and interface types: fields (with an empty name list when embedded) or methods.</summary>
internal sealed record StructType(bool IsInterface, IReadOnlyList<Field> Fields, int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>Something the parser could not read, kept so its neighbours still count.</summary>
internal sealed record BadExpr(int Line, int Column, int Start, int End) : Expr(Line, Column, Start, End);

/// <summary>A parameter, result or struct field group: `a, b int`, an embedded `*T`, a variadic `...T`.</summary>
internal sealed record Field(IReadOnlyList<Ident> Names, Expr Type);
