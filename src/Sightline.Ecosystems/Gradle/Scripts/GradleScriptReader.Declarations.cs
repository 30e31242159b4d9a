namespace Sightline.Ecosystems.Gradle.Scripts;

internal sealed partial class GradleScriptReader
{
    private static readonly HashSet<string> NotConfigurations = new(StringComparer.Ordinal)
    {
        "val", "var", "def", "return", "println", "exclude", "because", "force", "transitive", "attributes",
        "capabilities", "version", "constraints", "components", "modules", "throw", "assert", "import", "logger",
    };

    private static readonly HashSet<string> FileDependencies = new(StringComparer.Ordinal)
    {
        "files", "fileTree", "gradleApi", "gradleTestKit", "localGroovy", "sourceSets", "layout", "it",
    };

    /// <summary>conf 'g:a:v' / conf('g:a:v') / conf group: 'g', name: 'a' / conf(libs.x) / "conf"(x) / add("conf", x).</summary>
    private bool TryDeclaration(GradleFrame frame, IReadOnlyList<GradleToken> head)
    {
        string configuration;
        IReadOnlyList<GradleToken> args;
        if (head[0].IsIdentifier("add") && head.Count > 4 && head[1].Is('(') && head[2].Kind == GradleTokenKind.String && head[3].Is(','))
        {
            configuration = head[2].Text;
            args = Slice(head, 4, Close(head, 1));
        }
        else if (head[0].IsIdentifier() && !NotConfigurations.Contains(head[0].Text) && !ControlWords.Contains(head[0].Text) && head.Count > 1
            && (head[1].Is('(') || head[1].Kind is GradleTokenKind.String or GradleTokenKind.Identifier))
        {
            configuration = head[0].Text;
            args = Unwrap(head, 1);
        }
        else if (head[0].Kind == GradleTokenKind.String && head.Count > 2 && head[1].Is('('))
        {
            configuration = head[0].Text;
            args = Unwrap(head, 1);
        }
        else
        {
            return false;
        }

        var parts = Split(args);
        if (parts.Count == 0)
        {
            return false;
        }

        var template = new GradleDeclaration(configuration, DeclarationForm.Expression, GradleValue.Literal(string.Empty), head[0].Line)
        {
            Target = frame.Target,
            Buildscript = frame.Buildscript,
            TestContext = frame.TestContext,
            File = _script.Path,
        };
        if (parts.All(IsNamed))
        {
            var named = parts.ToDictionary(p => p[0].Text, p => GradleValue.From(Slice(p, 2, p.Count)), StringComparer.Ordinal);
            if (!named.TryGetValue("name", out var artifact))
            {
                return false;
            }

            _script.Declarations.Add(template with
            {
                Form = DeclarationForm.Map,
                Group = named.GetValueOrDefault("group"),
                Name = artifact,
                Version = named.GetValueOrDefault("version"),
            });
            return true;
        }

        foreach (var part in parts.Where(p => !IsNamed(p) && !(p.Count == 1 && p[0].Is('{'))))
        {
            AddPart(template, part, platform: false);
        }

        return true;
    }

    private void AddPart(GradleDeclaration template, IReadOnlyList<GradleToken> part, bool platform)
    {
        var first = part[0];
        var call = part.Count > 2 && first.IsIdentifier() && part[1].Is('(');
        var wholeCall = call && Close(part, 1) == part.Count - 1;
        if (wholeCall && first.Text is "platform" or "enforcedPlatform" or "testFixtures")
        {
            AddPart(template, Slice(part, 2, part.Count - 1), platform || first.Text != "testFixtures");
            return;
        }

        var declaration = template with { Platform = platform };
        if (part.Count == 1 && first.Kind == GradleTokenKind.String)
        {
            _script.Declarations.Add(declaration with { Form = DeclarationForm.String, Notation = GradleValue.FromString(first) });
        }
        else if (call && first.Text == "project")
        {
            var inner = Slice(part, 2, Close(part, 1));
            var path = inner.Count == 1 ? inner : Split(inner).FirstOrDefault(p => IsNamed(p) && p[0].Text == "path") is { } named ? Slice(named, 2, named.Count) : inner;
            _script.Declarations.Add(declaration with { Form = DeclarationForm.Project, Notation = GradleValue.From(path) });
        }
        else if (wholeCall && first.Text == "kotlin" && part[2].Kind == GradleTokenKind.String)
        {
            var module = "org.jetbrains.kotlin:kotlin-" + part[2].Text;
            var version = part.Count > 5 && part[3].Is(',') && part[4].Kind == GradleTokenKind.String ? part[4] : (GradleToken?)null;
            var notation = version is { } v ? new GradleValue(v.Interpolated ? GradleValueKind.Template : GradleValueKind.Literal, module + ":" + v.Text) : GradleValue.Literal(module);
            _script.Declarations.Add(declaration with { Form = DeclarationForm.String, Notation = notation });
        }
        else if (first.IsIdentifier() && FileDependencies.Contains(first.Text) && (part.Count == 1 || part[1].Is('(') || part[1].Is('.')))
        {
            // Files, the Gradle API, source set outputs: not packages.
        }
        else
        {
            var value = GradleValue.From(part);
            var form = value.Kind == GradleValueKind.Reference ? DeclarationForm.Reference : DeclarationForm.Expression;
            _script.Declarations.Add(declaration with { Form = form, Notation = value });
        }
    }

    private static bool IsNamed(IReadOnlyList<GradleToken> part) =>
        part.Count > 2 && part[0].IsIdentifier() && (part[1].Is(':') || (part[1].Is('=') && !part[2].Is('=')));

    /// <summary>The tokens after <paramref name="start"/>, without one pair of parentheses around them all.</summary>
    private static IReadOnlyList<GradleToken> Unwrap(IReadOnlyList<GradleToken> tokens, int start, string? call = null)
    {
        if (call is not null && start + 1 < tokens.Count && tokens[start].IsIdentifier(call) && tokens[start + 1].Is('('))
        {
            start++;
        }

        if (start < tokens.Count && tokens[start].Is('('))
        {
            var close = Close(tokens, start);
            return Slice(tokens, start + 1, close < 0 ? tokens.Count : close);
        }

        return Slice(tokens, start, tokens.Count);
    }

    /// <summary>Index of the ')' or ']' matching the bracket at <paramref name="open"/>; -1 if none.</summary>
    private static int Close(IReadOnlyList<GradleToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Is('(') || tokens[i].Is('['))
            {
                depth++;
            }
            else if ((tokens[i].Is(')') || tokens[i].Is(']')) && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at top-level commas.</summary>
    private static List<IReadOnlyList<GradleToken>> Split(IReadOnlyList<GradleToken> tokens)
    {
        var parts = new List<IReadOnlyList<GradleToken>>();
        var current = new List<GradleToken>();
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Is('(') || token.Is('['))
            {
                depth++;
            }
            else if (token.Is(')') || token.Is(']'))
            {
                depth--;
            }
            else if (token.Is(',') && depth == 0)
            {
                if (current.Count > 0)
                {
                    parts.Add(current);
                }

                current = [];
                continue;
            }

            current.Add(token);
        }

        if (current.Count > 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    private static List<GradleToken> Slice(IReadOnlyList<GradleToken> tokens, int start, int end)
    {
        var slice = new List<GradleToken>(Math.Max(0, end - start));
        for (var i = Math.Max(0, start); i < end && i < tokens.Count; i++)
        {
            slice.Add(tokens[i]);
        }

        return slice;
    }
}
