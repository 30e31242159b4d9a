using Sightline.Analysis.Java.Lexing;

namespace Sightline.Analysis.Java.Walk;

internal sealed partial class BodyWalker
{
    /// <summary>"T x = ...", "var x = new T()", "for (T x : xs)", "catch (E e)", typed lambda parameters.</summary>
    private bool TryDeclaration()
    {
        var start = Pos;
        var previous = start > 0 ? Tokens[start - 1] : default;
        if (previous.Kind == TokenKind.Punctuator && !(previous.Text is "{" or "}" or ";" or "(" or "," or ")" or ":" or "->"))
        {
            return false;
        }

        ReadModifiers([]);
        var written = ReadType();
        if (written is null || !Current.IsName)
        {
            Pos = start;
            return false;
        }

        var name = Current;
        var next = At(Pos + 1);
        if (!(next.Is("=") || next.Is(";") || next.Is(",") || next.Is(":") || next.Is(")") || next.Is("->")))
        {
            Pos = start;
            return false;
        }

        Pos++;
        if (written != "var")
        {
            Declare(name.Text, Resolve(written));
            return true;
        }

        if (Accept("="))
        {
            var type = Chain();
            Declare(name.Text, Current.Is(";") || Current.Is(",") ? type ?? [] : []);
        }

        return true;
    }
}
