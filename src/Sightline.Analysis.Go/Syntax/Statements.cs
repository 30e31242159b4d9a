namespace Sightline.Analysis.Go.Syntax;

internal abstract record Stmt(int Line);

internal sealed record Block(IReadOnlyList<Stmt> Statements, int Line, int EndLine) : Stmt(Line);

internal sealed record ExprStmt(Expr X, int Line) : Stmt(Line);

/// <summary>`=`, `:=`, `op=`, `++`/`--` (no right side), and the `x := range y` of a for clause.</summary>
internal sealed record Assign(IReadOnlyList<Expr> Left, string Op, IReadOnlyList<Expr> Right, int Line) : Stmt(Line);

internal sealed record VarDecl(IReadOnlyList<VarSpec> Specs, int Line) : Stmt(Line);

internal sealed record VarSpec(IReadOnlyList<Ident> Names, Expr? Type, IReadOnlyList<Expr> Values);

internal sealed record TypeDecl(IReadOnlyList<TypeSpec> Specs, int Line) : Stmt(Line);

internal sealed record TypeSpec(Ident Name, Expr Type);

/// <summary>go, defer, return, send, labels and branches: the expressions they hold are what matter.</summary>
internal sealed record Simple(string Keyword, IReadOnlyList<Expr> Values, int Line) : Stmt(Line);

internal sealed record If(Stmt? Init, Expr? Cond, Block Then, Stmt? Else, int Line) : Stmt(Line);

/// <summary>All for forms; a range clause is an <see cref="Assign"/> with op "range" (or "range" with no left side).</summary>
internal sealed record For(Stmt? Init, Expr? Cond, Stmt? Post, Block Body, int Line) : Stmt(Line);

/// <summary>switch, type switch and select; each clause's list holds case expressions, types or a comm statement.</summary>
internal sealed record Switch(string Keyword, Stmt? Init, Stmt? Tag, IReadOnlyList<CaseClause> Clauses, int Line) : Stmt(Line);

internal sealed record CaseClause(IReadOnlyList<Expr> Cases, Stmt? Comm, IReadOnlyList<Stmt> Body, int Line);

internal sealed record FuncDecl(Field? Receiver, Ident Name, FuncType Type, Block? Body, int Line, int Column, int EndLine);

internal sealed record ImportSpec(string? Alias, string Path, int Line, int Column);

internal sealed record GoFile(string? Package, int PackageLine, IReadOnlyList<ImportSpec> Imports, IReadOnlyList<FuncDecl> Funcs, IReadOnlyList<VarDecl> Vars, IReadOnlyList<TypeSpec> Types, IReadOnlyList<(string Message, int Line)> Errors);
