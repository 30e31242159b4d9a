using Sightline.Analysis.Java.Lexing;

namespace Sightline.Analysis.Java.Parsing;

/// <summary>Token navigation shared by the declaration parser and the body walker; every skip is iterative.</summary>
internal class TokenCursor(List<Token> tokens)
{
    protected List<Token> Tokens { get; } = tokens;

    public int Pos { get; set; }

    protected Token Current => Tokens[Pos];

    protected Token At(int index) => index < Tokens.Count ? Tokens[index] : Tokens[^1];

    protected bool AtEnd => Current.Kind == TokenKind.End;

    protected bool Accept(string text)
    {
        if (Current.Is(text))
        {
            Pos++;
            return true;
        }

        return false;
    }

    /// <summary>From an opening bracket, returns the index of its closing one (or the end token); brackets of other kinds are not checked.</summary>
    public int MatchingClose(int open)
    {
        var openText = Tokens[open].Text;
        var closeText = openText switch { "(" => ")", "[" => "]", "{" => "}", _ => ">" };
        var depth = 0;
        for (var i = open; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.Kind == TokenKind.End)
            {
                return i;
            }

            if (t.Kind != TokenKind.Punctuator)
            {
                continue;
            }

            if (t.Text == openText)
            {
                depth++;
            }
            else if (t.Text == closeText && --depth == 0)
            {
                return i;
            }
        }

        return Tokens.Count - 1;
    }

    /// <summary>Skips type arguments "&lt;...&gt;" at Pos when they look like types; false (Pos kept) when they do not.</summary>
    public bool SkipTypeArguments()
    {
        if (!Current.Is("<"))
        {
            return true;
        }

        var depth = 0;
        for (var i = Pos; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.Kind is TokenKind.Identifier || t.Is("extends") || t.Is("super") || (t.Kind == TokenKind.Keyword && Keywords.Primitives.Contains(t.Text)))
            {
                continue;
            }

            if (t.Kind != TokenKind.Punctuator)
            {
                return false;
            }

            switch (t.Text)
            {
                case "<": depth++; break;
                case ">":
                    if (--depth == 0)
                    {
                        Pos = i + 1;
                        return true;
                    }

                    break;
                case "." or "," or "?" or "&" or "[" or "]" or "@": break;
                default: return false;
            }
        }

        return false;
    }

    /// <summary>Reads type parameters "&lt;T, U extends X&gt;" at Pos: their names (empty when there are none).</summary>
    public List<string> ReadTypeParameters()
    {
        var names = new List<string>();
        if (!Current.Is("<"))
        {
            return names;
        }

        var start = Pos;
        var expectName = true;
        var depth = 0;
        for (var i = Pos; i < Tokens.Count && (i == start || depth > 0); i++)
        {
            var t = Tokens[i];
            depth += t.Is("<") ? 1 : t.Is(">") ? -1 : 0;
            if (depth == 1 && t.IsName && expectName)
            {
                names.Add(t.Text);
            }

            expectName = depth == 1 && (t.Is("<") || t.Is(","));
        }

        SkipTypeArguments();
        return names;
    }

    /// <summary>Reads a type at Pos: "a.b.C&lt;..&gt;[]" → "a.b.C[]"; null (Pos kept) when there is none.</summary>
    public string? ReadType()
    {
        var start = Pos;
        if (Current.Kind == TokenKind.Keyword && Keywords.Primitives.Contains(Current.Text))
        {
            var primitive = Current.Text;
            Pos++;
            return primitive + ReadDims();
        }

        if (!Current.IsName)
        {
            return null;
        }

        var name = Current.Text;
        Pos++;
        while (true)
        {
            if (Current.Is("<") && !SkipTypeArguments())
            {
                Pos = start;
                return null;
            }

            if (Current.Is(".") && At(Pos + 1).IsName)
            {
                name += "." + At(Pos + 1).Text;
                Pos += 2;
                continue;
            }

            break;
        }

        return name + ReadDims();
    }

    private string ReadDims()
    {
        var dims = "";
        while (Current.Is("[") && At(Pos + 1).Is("]"))
        {
            dims += "[]";
            Pos += 2;
        }

        if (Current.Is("..."))
        {
            dims += "[]";
            Pos++;
        }

        return dims;
    }

    /// <summary>Reads annotations and modifiers; returns annotation simple names.</summary>
    public List<string> ReadModifiers(HashSet<string> modifiers)
    {
        var annotations = new List<string>();
        while (true)
        {
            if (Current.Is("@") && At(Pos + 1).IsName)
            {
                Pos++;
                var name = Current.Text;
                Pos++;
                while (Current.Is(".") && At(Pos + 1).IsName)
                {
                    name = At(Pos + 1).Text;
                    Pos += 2;
                }

                annotations.Add(name);
                if (Current.Is("("))
                {
                    Pos = MatchingClose(Pos) + 1;
                }
            }
            else if (Keywords.Modifiers.Contains(Current.Text) && Current.Kind != TokenKind.StringLiteral
                && !(Current.Text == "default" && At(Pos + 1).Is(":")) && !(Current.Text == "sealed" && !At(Pos + 1).IsName && !At(Pos + 1).Is("class") && !At(Pos + 1).Is("interface")))
            {
                modifiers.Add(Current.Text);
                Pos++;
            }
            else if (Current.Text == "non" && At(Pos + 1).Is("-") && At(Pos + 2).Text == "sealed")
            {
                Pos += 3;
            }
            else
            {
                return annotations;
            }
        }
    }
}
