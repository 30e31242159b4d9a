using Sightline.Analysis.Java.Lexing;
using Sightline.Analysis.Java.Model;

namespace Sightline.Analysis.Java.Parsing;

/// <summary>
/// Reads the declarations of a file: package, imports, types and their members with token ranges. Bodies are
/// skipped by bracket matching here and walked later; a member it cannot read costs that member and a warning.
/// </summary>
internal sealed partial class DeclarationParser(JavaFile file) : TokenCursor(file.Tokens)
{
    public void ParseFile()
    {
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var annotations = ReadModifiers(modifiers);
        if (Accept("package"))
        {
            file.Package = ReadDottedName(out _);
            Accept(";");
            annotations = [];
        }

        while (!AtEnd)
        {
            annotations.AddRange(ReadModifiers(modifiers));
            if (Current.Is("import"))
            {
                ParseImport();
            }
            else if (Current.IsName && (Current.Text == "module" || (Current.Text == "open" && At(Pos + 1).Text == "module")))
            {
                // module-info.java: requires and exports, no code.
                Pos = Tokens.Count - 1;
            }
            else if (IsTypeStart())
            {
                ParseType(null, annotations, modifiers, Pos);
                annotations = [];
                modifiers = new HashSet<string>(StringComparer.Ordinal);
            }
            else
            {
                if (!Current.Is(";"))
                {
                    Problem("unexpected '" + Current.Text + "' at the top level");
                }

                if (Current.Is("}"))
                {
                    Pos++;
                }
                else
                {
                    SkipToMemberEnd();
                }

                annotations = [];
                modifiers = new HashSet<string>(StringComparer.Ordinal);
            }
        }
    }

    private void ParseImport()
    {
        var line = Current.Line;
        var column = Current.Column;
        Pos++;
        var isStatic = Accept("static");
        var name = ReadDottedName(out var onDemand);
        Accept(";");
        if (name.Length > 0)
        {
            file.Imports.Add(new ImportDecl(name, isStatic, onDemand, line, column));
        }
    }

    private string ReadDottedName(out bool onDemand)
    {
        onDemand = false;
        var name = "";
        while (Current.IsName)
        {
            name += (name.Length > 0 ? "." : "") + Current.Text;
            Pos++;
            if (!Current.Is("."))
            {
                break;
            }

            Pos++;
            if (Current.Is("*"))
            {
                onDemand = true;
                Pos++;
                break;
            }
        }

        return name;
    }

    private bool IsTypeStart() =>
        Current.Is("class") || Current.Is("interface") || Current.Is("enum")
        || (Current.Is("@") && At(Pos + 1).Is("interface"))
        || (Current.IsName && Current.Text == "record" && At(Pos + 1).IsName && (At(Pos + 2).Is("(") || At(Pos + 2).Is("<")));

    /// <summary>Skips to the end of a member it cannot read: past the next ";" or balanced block, never past the enclosing "}".</summary>
    private void SkipToMemberEnd()
    {
        while (!AtEnd)
        {
            if (Current.Is(";"))
            {
                Pos++;
                return;
            }

            if (Current.Is("{"))
            {
                Pos = MatchingClose(Pos) + 1;
                return;
            }

            if (Current.Is("}"))
            {
                return;
            }

            Pos = Current.Is("(") ? MatchingClose(Pos) + 1 : Pos + 1;
        }
    }

    private void Problem(string message) => file.Problems.Add((message, Current.Line));
}
