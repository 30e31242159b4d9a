namespace Sightline.Remediation.Patching.Gradle;

internal sealed partial class GradleBuildPatcher
{
    /// <summary>
    /// Pins a module the script does not declare with a constraint in the top-level dependencies block:
    /// <c>constraints { implementation("g:a:v") }</c>. A constraint takes part in conflict resolution, so the
    /// transitive module resolves to at least v. Blocks are created when absent.
    /// </summary>
    private static PatchResult Constrain(string path, string text, List<ScriptToken> tokens, string groupId, string artifactId, string version)
    {
        var kotlin = path.EndsWith(".kts", StringComparison.Ordinal);
        var quote = kotlin || tokens.Count(token => token.Quote == '"') > tokens.Count(token => token.Quote == '\'') ? '"' : '\'';
        var constraint = $"implementation({quote}{groupId}:{artifactId}:{version}{quote})";
        var newline = TextEdits.LineEnding(text);
        var change = $"{path}: constraints {{ {constraint} }} (added to pin a transitive dependency)";
        var dependencies = Block(tokens, "dependencies", 0, 0, tokens.Count);
        if (dependencies is not var (open, close))
        {
            const string Unit = "    ";
            var block = "dependencies {" + newline + Unit + "constraints {" + newline + Unit + Unit + constraint + newline + Unit + "}" + newline + "}" + newline;
            var separator = text.Length == 0 || text.EndsWith('\n') ? newline : newline + newline;
            return new PatchResult(text + separator + block, [change]);
        }

        var unit = IndentUnit(text, tokens, open, close);
        var constraints = Block(tokens, "constraints", 1, open, close);
        TextEdit edit;
        if (constraints is var (_, constraintsClose))
        {
            var indent = TextEdits.IndentOf(text, tokens[constraintsClose].Start) + unit;
            edit = BeforeClose(text, tokens[constraintsClose].Start, indent + constraint, newline);
        }
        else
        {
            var indent = TextEdits.IndentOf(text, tokens[open].Start) + unit;
            var block = indent + "constraints {" + newline + indent + unit + constraint + newline + indent + "}";
            edit = BeforeClose(text, tokens[close].Start, block, newline);
        }

        return new PatchResult(TextEdits.Apply(text, [edit]), [change]);
    }

    /// <summary>The token indexes of "name {" at <paramref name="depth"/> and of its closing brace, searched in [from, to).</summary>
    private static (int Open, int Close)? Block(List<ScriptToken> tokens, string name, int depth, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (tokens[i].Kind == ScriptTokenKind.Identifier && tokens[i].Text == name && tokens[i].Depth == depth && tokens[i + 1].Text == "{")
            {
                for (var j = i + 2; j < tokens.Count; j++)
                {
                    if (tokens[j].Text == "}" && tokens[j].Depth == depth)
                    {
                        return (i + 1, j);
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The step between the block's line and its first inner line; a tab when the file indents with tabs, else four spaces.</summary>
    private static string IndentUnit(string text, List<ScriptToken> tokens, int open, int close)
    {
        var outer = TextEdits.IndentOf(text, tokens[open].Start);
        for (var i = open + 1; i < close; i++)
        {
            if (TextEdits.StartsLine(text, tokens[i].Start))
            {
                return TextEdits.IndentUnit(outer, TextEdits.IndentOf(text, tokens[i].Start), text.Contains("\n\t", StringComparison.Ordinal) ? "\t" : "    ");
            }
        }

        return text.Contains("\n\t", StringComparison.Ordinal) ? "\t" : "    ";
    }

    private static TextEdit BeforeClose(string text, int close, string lines, string newline) =>
        TextEdits.StartsLine(text, close)
            ? new TextEdit(TextEdits.LineStart(text, close), 0, lines + newline)
            : new TextEdit(close, 0, newline + lines + newline + TextEdits.IndentOf(text, close));
}
