namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// What settings.gradle(.kts) says: the root project's name, the included project paths (with renames
/// and custom folders), the version catalogs it declares, and its properties (gradle.ext.x is gradle.x
/// in build scripts).
/// </summary>
internal sealed class GradleSettings
{
    private GradleSettings(string path, GradleScript script)
    {
        Path = path;
        Script = script;
    }

    public string Path { get; }

    /// <summary>The settings script read as a script: its properties.</summary>
    public GradleScript Script { get; }

    public GradleValue? RootName { get; private set; }

    /// <summary>Included project paths (":a:b"), in order.</summary>
    public List<string> Includes { get; } = [];

    /// <summary>project(':a').name = 'x'.</summary>
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>project(':a').projectDir = file('dir'): the folder, relative to the root.</summary>
    public Dictionary<string, string> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>versionCatalogs { create("x") { from(files("p")) } }: name → the TOML path as written, or null when it comes from a published catalog.</summary>
    public Dictionary<string, string?> Catalogs { get; } = new(StringComparer.Ordinal);

    public static GradleSettings Read(Stream stream, string path)
    {
        var tokens = GradleLexer.Tokenize(stream, out var bytes);
        var script = GradleScriptReader.Read(tokens, path);
        script.BytesRead = bytes;
        var settings = new GradleSettings(path, script);
        GradleStatementWalker.Walk(tokens, GradleFrame.Root, settings.Visit);
        return settings;
    }

    private GradleFrame Visit(GradleFrame frame, IReadOnlyList<GradleToken> head, bool opensBlock)
    {
        var name = GradleValue.DottedName(head, 0, out var end);
        if (opensBlock)
        {
            if (frame.Label == "versionCatalogs" && CatalogName(head, name, end) is { } catalog)
            {
                return frame with { Kind = FrameKind.Other, Label = "catalog:" + catalog };
            }

            return name == "versionCatalogs" || name?.EndsWith(".versionCatalogs", StringComparison.Ordinal) == true
                ? frame with { Kind = FrameKind.Other, Label = "versionCatalogs" }
                : frame with { Kind = FrameKind.Other, Label = name };
        }

        if (head.Count == 0)
        {
            return frame;
        }

        var strings = head.Where(t => t.Kind == GradleTokenKind.String).ToList();
        if (name == "include" && frame.Label?.StartsWith("catalog:", StringComparison.Ordinal) != true)
        {
            Includes.AddRange(strings.Select(s => GradleScriptReader.ProjectPath(s.Text)));
        }
        else if (name == "rootProject.name" && end + 1 < head.Count && head[end].Is('='))
        {
            RootName = GradleValue.From(head.Skip(end + 1).ToList());
        }
        else if (name == "from" && frame.Label?.StartsWith("catalog:", StringComparison.Ordinal) == true && strings.Count > 0)
        {
            Catalogs[frame.Label["catalog:".Length..]] = head.Any(t => t.IsIdentifier("files") || t.IsIdentifier("file")) ? strings[0].Text : null;
        }
        else if (head.Count > 6 && head[0].IsIdentifier("project") && head[1].Is('(') && head[2].Kind == GradleTokenKind.String && head[3].Is(')') && head[4].Is('.'))
        {
            var project = GradleScriptReader.ProjectPath(head[2].Text);
            if (head[5].IsIdentifier("name") && head[6].Is('=') && strings.Count > 1)
            {
                Names[project] = strings[^1].Text;
            }
            else if (head[5].IsIdentifier("projectDir") && head[6].Is('=') && strings.Count > 1)
            {
                Folders[project] = strings[^1].Text;
            }
        }

        return frame;
    }

    private static string? CatalogName(IReadOnlyList<GradleToken> head, string? name, int end)
    {
        if (head.Count >= 4 && head[0].IsIdentifier("create") && head[1].Is('(') && head[2].Kind == GradleTokenKind.String)
        {
            return head[2].Text;
        }

        return name is not null && end == head.Count && !name.Contains('.', StringComparison.Ordinal) ? name : null;
    }
}
