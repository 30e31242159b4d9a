using Sightline.Remediation.Patching.Cargo.Common;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>
/// Declarations in a pyproject.toml (PEP 621 and dependency-group lists, [tool.uv] lists, Poetry tables) or
/// a Pipfile (every package table): PEP 508 strings, and name = "constraint" / { version = ... } entries.
/// </summary>
internal static class PyProjectFile
{
    private static readonly HashSet<string> PipfileTables = new(StringComparer.Ordinal) { "source", "requires", "pipenv", "scripts" };
    private static readonly HashSet<string> UvLists = new(StringComparer.Ordinal) { "constraint-dependencies", "override-dependencies", "dev-dependencies" };

    public static List<PyDeclaration> Declarations(TomlDocument document, bool pipfile)
    {
        var declarations = new List<PyDeclaration>();
        foreach (var entry in document.Entries)
        {
            var path = entry.Path;
            if (pipfile)
            {
                if (path.Count >= 2 && !PipfileTables.Contains(path[0]))
                {
                    Table(declarations, document.Text, $"[{path[0]}]", path[1], path.Skip(2).ToList(), entry.Value, poetry: false);
                }
            }
            else if (ListName(path) is { } where && entry.Value.Kind == TomlValueKind.Array)
            {
                foreach (var item in entry.Value.Items.Where(i => i.Kind == TomlValueKind.String))
                {
                    Listed(declarations, document.Text, where, item);
                }
            }
            else if (PoetryTable(path) is { } length && path.Count > length && path[length] != "python")
            {
                var table = "[" + string.Join('.', path.Take(length)) + "]";
                Table(declarations, document.Text, table, path[length], path.Skip(length + 1).ToList(), entry.Value, poetry: true);
            }
        }

        return declarations;
    }

    private static void Listed(List<PyDeclaration> declarations, string text, string where, TomlValue item)
    {
        if (Pep508.Parse(text, item.ContentStart, item.ContentEnd) is not { } requirement)
        {
            return;
        }

        var problem = item.Escaped ? "is written with escapes" : requirement.Problem;
        declarations.Add(new PyDeclaration(where, requirement.Name, requirement.Clauses, requirement.AppendAt, ",", requirement.Start, requirement.End, problem));
    }

    // name = "constraint", name = { version = "constraint", ... }, [table.name] version = "constraint".
    private static void Table(List<PyDeclaration> declarations, string text, string where, string name, List<string> rest, TomlValue value, bool poetry)
    {
        TomlValue? version = value;
        string? problem = null;
        if (rest.Count > 0 && rest[0] != "version")
        {
            // Another key of a [table.name] sub-table: only a source matters (extras, markers do not).
            if (rest[0] is not ("git" or "path" or "url" or "file"))
            {
                return;
            }

            problem = $"comes from {rest[0]}, not an index";
            version = null;
        }
        else if (value.Kind == TomlValueKind.InlineTable)
        {
            var source = value.Entries.FirstOrDefault(e => e.Key is [var key] && key is "git" or "path" or "url" or "file");
            version = value.Entries.FirstOrDefault(e => e.Key is ["version"])?.Value;
            problem = source is not null ? $"comes from {source.Key[0]}, not an index" : version is null ? "declares no version" : null;
        }
        else if (value.Kind != TomlValueKind.String)
        {
            problem = "has several constraints (a list): not edited";
        }

        if (version is { Escaped: true } || version is { Kind: not TomlValueKind.String })
        {
            problem ??= "has a version that is not a plain string";
        }

        if (problem is not null || version is null)
        {
            declarations.Add(new PyDeclaration(where, name, [], 0, ",", 0, 0, problem ?? "declares no version"));
            return;
        }

        var (clauses, parseProblem) = PySpecifiers.Parse(text, version.ContentStart, version.ContentEnd, poetry);
        var appendAt = clauses.Count > 0 ? clauses[^1].End : version.ContentStart;
        declarations.Add(new PyDeclaration(where, name, clauses, appendAt, ",", version.ContentStart, version.ContentEnd, parseProblem));
    }

    private static string? ListName(IReadOnlyList<string> path) => path switch
    {
        ["project", "dependencies"] => "[project] dependencies",
        ["project", "optional-dependencies", var extra] => $"[project.optional-dependencies] {extra}",
        ["dependency-groups", var group] => $"[dependency-groups] {group}",
        ["tool", "uv", var list] when UvLists.Contains(list) => $"[tool.uv] {list}",
        _ => null,
    };

    // tool.poetry.dependencies, tool.poetry.dev-dependencies, tool.poetry.group.<g>.dependencies: the table's length.
    private static int? PoetryTable(IReadOnlyList<string> path) => path switch
    {
        ["tool", "poetry", "dependencies" or "dev-dependencies", ..] => 3,
        ["tool", "poetry", "group", _, "dependencies", ..] => 5,
        _ => null,
    };
}
