using Sightline.Analysis.Java.Lexing;
using Sightline.Analysis.Java.Model;

namespace Sightline.Analysis.Java.Parsing;

internal sealed partial class DeclarationParser
{
    /// <summary>Deeper type nesting is generated or hostile code; the cap also bounds the recursion.</summary>
    private const int MaxTypeDepth = 64;

    private int _typeDepth;

    /// <summary>At "class", "interface", "enum", "record" or "@interface": the declaration and its body.</summary>
    public TypeDecl ParseType(TypeDecl? outer, List<string> annotations, HashSet<string> modifiers, int start)
    {
        var kind = Current.Is("@") ? "annotation" : Current.Text;
        Pos += Current.Is("@") ? 2 : 1;
        var name = Current.IsName ? Current.Text : "<error>";
        if (Current.IsName)
        {
            Pos++;
        }
        else
        {
            Problem("a type without a name");
        }

        var fqn = outer is not null ? outer.Fqn + "." + name : (file.Package.Length > 0 ? file.Package + "." + name : name);
        var type = new TypeDecl(file, fqn, name, outer)
        {
            Kind = kind,
            IsPublic = modifiers.Contains("public") || (outer is not null && outer.Kind == "interface"),
            Annotations = annotations,
            StartLine = Tokens[start].Line,
            StartColumn = Tokens[start].Column,
        };
        file.Types.Add(type);
        outer?.Nested.TryAdd(name, type);
        type.TypeParameters = ReadTypeParameters();
        if (kind == "record" && Current.Is("("))
        {
            ReadRecordComponents(type);
        }

        ReadSupers(type);
        if (Current.Is("{") && _typeDepth >= MaxTypeDepth)
        {
            Problem($"types nested deeper than {MaxTypeDepth} levels: the inner ones are not analysed");
            Pos = MatchingClose(Pos) + 1;
        }
        else if (Current.Is("{"))
        {
            _typeDepth++;
            ParseBody(type);
            _typeDepth--;
        }
        else
        {
            Problem("a type without a body");
            SkipToMemberEnd();
        }

        return type;
    }

    /// <summary>An anonymous class body at Pos ("{"), as a type named like the JVM does ("Outer$1").</summary>
    public TypeDecl ParseAnonymous(TypeDecl outer, string fqn, string super)
    {
        var type = new TypeDecl(file, fqn, fqn[(fqn.LastIndexOf('.') + 1)..], outer)
        {
            IsAnonymous = true,
            StartLine = Current.Line,
            StartColumn = Current.Column,
        };
        type.Supers.Add(super);
        type.Extends = super;
        file.Types.Add(type);
        ParseBody(type);
        return type;
    }

    private void ReadRecordComponents(TypeDecl type)
    {
        var close = MatchingClose(Pos);
        Pos++;
        while (Pos < close)
        {
            ReadModifiers([]);
            var componentType = ReadType();
            if (componentType is not null && Current.IsName)
            {
                type.Fields.TryAdd(Current.Text, componentType);
                Pos++;
            }

            while (Pos < close && !Current.Is(","))
            {
                Pos++;
            }

            Pos++;
        }

        Pos = close + 1;
    }

    private void ReadSupers(TypeDecl type)
    {
        while (!AtEnd && !Current.Is("{") && !Current.Is(";") && !Current.Is("}"))
        {
            if (Current.Is("extends") || Current.Is("implements") || Current.Is(","))
            {
                var isExtends = Current.Is("extends") && type.Kind == "class";
                Pos++;
                var super = ReadType();
                if (super is not null)
                {
                    type.Supers.Add(super);
                    type.Extends ??= isExtends ? super : null;
                }

                continue;
            }

            Pos++;
        }
    }

    private void ParseBody(TypeDecl type)
    {
        var close = MatchingClose(Pos);
        Pos++;
        if (type.Kind == "enum")
        {
            ParseEnumConstants(type, close);
        }

        while (Pos < close)
        {
            ParseMember(type);
        }

        if (Tokens[close].Kind == TokenKind.End)
        {
            file.Problems.Add(("'" + type.Name + "' is not closed", Tokens[close].Line));
        }

        type.EndLine = Tokens[close].Line;
        Pos = close + 1;
    }

    private void ParseEnumConstants(TypeDecl type, int close)
    {
        while (Pos < close)
        {
            ReadModifiers([]);
            if (!Current.IsName)
            {
                Accept(";");
                return;
            }

            var constant = new MemberDecl(MemberKind.Field, Current.Text) { Type = type.Fqn, Modifiers = ["static", "public"], StartLine = Current.Line, StartColumn = Current.Column };
            type.Fields.TryAdd(constant.Name, type.Name);
            Pos++;
            if (Current.Is("("))
            {
                constant.BodyStart = Pos;
                constant.BodyEnd = MatchingClose(Pos) + 1;
                Pos = constant.BodyEnd;
                type.Members.Add(constant);
            }

            if (Current.Is("{"))
            {
                ParseAnonymous(type, type.Fqn + "." + constant.Name, type.Name);
            }

            if (!Accept(","))
            {
                Accept(";");
                return;
            }
        }
    }
}
