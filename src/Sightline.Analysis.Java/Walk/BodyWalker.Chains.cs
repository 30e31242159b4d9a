using Sightline.Analysis.Java.Lexing;

namespace Sightline.Analysis.Java.Walk;

internal sealed partial class BodyWalker
{
    private bool TryChain()
    {
        var token = Current;
        if (!(token.IsName || token.Is("new") || token.Is("this") || token.Is("super") || token.Kind == TokenKind.StringLiteral || token.Is("(")))
        {
            return false;
        }

        Chain();
        return true;
    }

    /// <summary>A primary and its selectors: returns the type the chain ends with, null when unknown.</summary>
    private string[]? Chain()
    {
        var text = Current.Text;
        var type = Head(ref text);
        while (true)
        {
            if (Current.Is(".") && (At(Pos + 1).IsName || At(Pos + 1).Is("<")))
            {
                Pos++;
                SkipTypeArguments();
                if (!Current.IsName)
                {
                    return null;
                }

                var name = Current;
                Pos++;
                if (Current.Is("("))
                {
                    type = MemberCall(type, name, text + "." + name.Text);
                    text += "." + name.Text + "()";
                    Arguments();
                }
                else
                {
                    type = FieldOf(type, name.Text);
                    text += "." + name.Text;
                }
            }
            else if (Current.Is(".") && At(Pos + 1).Is("class"))
            {
                Pos += 2;
                type = ["java.lang.Class"];
                text += ".class";
            }
            else if (Current.Is("::") && (At(Pos + 1).IsName || At(Pos + 1).Is("new")))
            {
                Pos++;
                MethodReference(type, Current, text);
                Pos++;
                return null;
            }
            else if (Current.Is("["))
            {
                Arguments();
                type = null;
            }
            else
            {
                return type;
            }
        }
    }

    /// <summary>Walks a bracketed group at Pos (arguments, an index) and moves past it; cut at a nesting depth.</summary>
    private void Arguments()
    {
        var close = MatchingClose(Pos);
        if (_depth >= MaxDepth)
        {
            if (!_deepWarned)
            {
                file.Problems.Add(($"nesting deeper than {MaxDepth} levels: the inner part is not analysed", Current.Line));
                _deepWarned = true;
            }

            Pos = close + 1;
            return;
        }

        _depth++;
        var scopes = _scopes.Count;
        Pos++;
        WalkRange(close);
        _scopes.RemoveRange(scopes, _scopes.Count - scopes);
        _depth--;
        Pos = close + 1;
    }

    private string[]? Head(ref string text)
    {
        var token = Current;
        if (token.Kind == TokenKind.StringLiteral)
        {
            Pos++;
            return ["java.lang.String"];
        }

        if (token.Is("("))
        {
            text = "(...)";
            return Parenthesized();
        }

        if (token.Is("new"))
        {
            return New(ref text);
        }

        if (token.Is("this") || token.Is("super"))
        {
            return ThisOrSuper(token);
        }

        Pos++;
        if (Current.Is("("))
        {
            var type = UnqualifiedCall(token);
            Arguments();
            text += "()";
            return type;
        }

        if (Local(token.Text) is { } local)
        {
            return local.Length > 0 ? local : null;
        }

        if (FieldInScope(token.Text) is { } field)
        {
            return field.Length > 0 ? field : null;
        }

        if (index.StaticField(file, token.Text) is { } imported)
        {
            return imported.Length > 0 ? imported : null;
        }

        return TypeName(token, ref text);
    }

    /// <summary>A type name, or a package-qualified one ("org.acme.Util"): the static context of a call.</summary>
    private string[]? TypeName(Token token, ref string text)
    {
        if (char.IsUpper(token.Text[0]))
        {
            var type = Resolve(token.Text);
            return type.Length > 0 ? type : null;
        }

        var name = token.Text;
        while (Current.Is(".") && At(Pos + 1).IsName && !At(Pos + 2).Is("("))
        {
            name += "." + At(Pos + 1).Text;
            Pos += 2;
            if (char.IsUpper(name[name.LastIndexOf('.') + 1]))
            {
                text = name;
                return [name];
            }
        }

        text = name;
        return null;
    }

    private string[]? Parenthesized()
    {
        var open = Pos;
        var close = MatchingClose(Pos);
        string[]? cast = null;
        Pos++;
        var typeStart = Pos;
        if (ReadType() is { } written && Current.Is(")") && Pos == close && (At(close + 1).IsName || At(close + 1).Is("(") || At(close + 1).Is("this")))
        {
            cast = Resolve(written);
        }

        Pos = typeStart;
        if (cast is not null)
        {
            Pos = close + 1;
            Chain();
            return cast.Length > 0 ? cast : null;
        }

        Pos = open;
        var inner = Tokens[open + 1].Is("(") ? InnerCast(open + 1) : null;
        Arguments();
        return inner;
    }

    /// <summary>"((T) x).m()": the type of the cast inside the parentheses.</summary>
    private string[]? InnerCast(int open)
    {
        var saved = Pos;
        Pos = open + 1;
        var written = ReadType();
        var isCast = written is not null && Current.Is(")");
        Pos = saved;
        return isCast ? Resolve(written!) is { Length: > 0 } type ? type : null : null;
    }
}
