namespace Sightline.Ecosystems.Gradle.Scripts;

/// <summary>
/// Reads a build.gradle / build.gradle.kts (or a script it applies) into a <see cref="GradleScript"/>:
/// dependency declarations inside dependencies { } blocks, properties, group/version, applied scripts and
/// plugin ids. A tokenizer and a statement walker, not a Groovy or Kotlin parser: what it does not
/// recognise it skips, and a declaration it cannot read is kept as an expression to report.
/// </summary>
internal sealed partial class GradleScriptReader
{
    private static readonly HashSet<string> ControlWords = new(StringComparer.Ordinal)
    {
        "if", "else", "for", "while", "try", "catch", "finally", "when", "do", "switch", "synchronized",
    };

    private static readonly string[] ScopeFunctions = [".let", ".run", ".apply", ".also", ".with", ".forEach", ".each", ".afterEvaluate"];

    private static readonly HashSet<string> ExtBlocks = new(StringComparer.Ordinal)
    {
        "ext", "project.ext", "rootProject.ext", "extra", "project.extra", "extra.apply", "ext.with",
    };

    private readonly GradleScript _script;

    private GradleScriptReader(GradleScript script) => _script = script;

    public static GradleScript Read(Stream stream, string path)
    {
        var tokens = GradleLexer.Tokenize(stream, out var bytes);
        var script = Read(tokens, path);
        script.BytesRead = bytes;
        return script;
    }

    public static GradleScript Read(IReadOnlyList<GradleToken> tokens, string path)
    {
        var script = new GradleScript(path);
        var reader = new GradleScriptReader(script);
        GradleStatementWalker.Walk(tokens, GradleFrame.Root, reader.Visit);
        return script;
    }

    private GradleFrame Visit(GradleFrame frame, IReadOnlyList<GradleToken> head, bool opensBlock)
    {
        if (frame.Kind == FrameKind.Ignored)
        {
            return frame;
        }

        if (opensBlock)
        {
            return Open(frame, head);
        }

        Statement(frame, head);
        return frame;
    }

    private GradleFrame Open(GradleFrame frame, IReadOnlyList<GradleToken> head)
    {
        if (head.Count == 0 || IsControl(head))
        {
            return frame;
        }

        var name = GradleValue.DottedName(head, 0, out var end);
        var whole = name is not null && end == head.Count;
        if (frame.Kind == FrameKind.Dependencies)
        {
            // A declaration's closure (exclude, because) or constraints/components/modules: no dependencies inside.
            TryDeclaration(frame, head);
            return frame with { Kind = FrameKind.Ignored };
        }

        if (whole && (name == "dependencies" || name!.EndsWith(".dependencies", StringComparison.Ordinal)))
        {
            return frame with { Kind = FrameKind.Dependencies };
        }

        if (whole && name == "buildscript")
        {
            return frame with { Kind = FrameKind.Script, Buildscript = true };
        }

        if (whole && ExtBlocks.Contains(name!))
        {
            return frame with { Kind = FrameKind.Ext };
        }

        if (frame is { Kind: FrameKind.Script, Buildscript: false, Target: "" })
        {
            if (whole && name is GradleFrame.AllProjects or GradleFrame.SubProjects)
            {
                return frame with { Target = name };
            }

            if (head.Count == 4 && head[0].IsIdentifier("project") && head[1].Is('(') && head[2].Kind == GradleTokenKind.String && head[3].Is(')'))
            {
                var path = ProjectPath(head[2].Text);
                _script.ConfiguredProjects.Add(path);
                return frame with { Target = path };
            }
        }

        return frame with { Kind = FrameKind.Other, Label = whole ? name : null, TestContext = frame.TestContext || NamesTest(head) };
    }

    private void Statement(GradleFrame frame, IReadOnlyList<GradleToken> head)
    {
        if (head.Count == 0)
        {
            return;
        }

        if (head[0].IsIdentifier("apply") && head.Count > 1)
        {
            Apply(frame, head);
            return;
        }

        if (frame.Kind == FrameKind.Dependencies)
        {
            TryDeclaration(frame, head);
        }
        else if (frame.Label == "plugins")
        {
            Plugin(head);
        }
        else if (frame.Kind is FrameKind.Script or FrameKind.Ext)
        {
            Assignment(frame, head);
        }
    }

    /// <summary>apply from: 'x.gradle' / apply(from = "x") / apply plugin: 'id'.</summary>
    private void Apply(GradleFrame frame, IReadOnlyList<GradleToken> head)
    {
        var args = Unwrap(head, 1);
        foreach (var part in Split(args))
        {
            if (part.Count > 2 && part[0].IsIdentifier() && (part[1].Is(':') || part[1].Is('=')))
            {
                var value = GradleValue.From(Unwrap(part, 2, "file"));
                if (part[0].Text == "from")
                {
                    _script.Applied.Add((frame.Target, value));
                }
                else if (part[0].Text == "plugin" && value.Kind == GradleValueKind.Literal)
                {
                    _script.Plugins.Add(value.Text);
                }
            }
        }
    }

    private void Plugin(IReadOnlyList<GradleToken> head)
    {
        if (head[0].IsIdentifier("id") && head.Count > 1)
        {
            var at = head[1].Is('(') ? 2 : 1;
            if (at < head.Count && head[at].Kind == GradleTokenKind.String)
            {
                _script.Plugins.Add(head[at].Text);
            }
        }
        else if (head[0].IsIdentifier("kotlin") && head.Count > 2 && head[2].Kind == GradleTokenKind.String)
        {
            _script.Plugins.Add("org.jetbrains.kotlin." + head[2].Text);
        }
    }

    private static bool IsControl(IReadOnlyList<GradleToken> head)
    {
        if (head[0].IsIdentifier() && ControlWords.Contains(head[0].Text))
        {
            return true;
        }

        var name = GradleValue.DottedName(head, 0, out _);
        return name is not null && ScopeFunctions.Any(f => name.EndsWith(f, StringComparison.Ordinal) || name.EndsWith(f + "()", StringComparison.Ordinal));
    }

    private static bool NamesTest(IReadOnlyList<GradleToken> head) =>
        head.Any(t => t.IsIdentifier() && (t.Text.StartsWith("test", StringComparison.Ordinal) || t.Text.Contains("Test", StringComparison.Ordinal)));

    /// <summary>"a:b" and ":a:b" both name the project :a:b (include and project() take either).</summary>
    public static string ProjectPath(string text) => text.StartsWith(':') ? text : ":" + text;
}
