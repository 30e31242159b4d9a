using Sightline.Analysis.Java.Model;

namespace Sightline.Analysis.Java.Parsing;

internal sealed partial class DeclarationParser
{
    private void ParseMember(TypeDecl type)
    {
        var start = Pos;
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var annotations = ReadModifiers(modifiers);
        if (Accept(";"))
        {
            return;
        }

        if (Current.Is("{"))
        {
            var initializer = NewMember(MemberKind.Initializer, modifiers.Contains("static") ? "<clinit>" : "<init>", annotations, modifiers, start);
            ReadBody(initializer);
            type.Members.Add(initializer);
            return;
        }

        if (IsTypeStart())
        {
            ParseType(type, annotations, modifiers, start);
            return;
        }

        var typeParameters = ReadTypeParameters();
        if (Current.IsName && Current.Text == type.Name && (At(Pos + 1).Is("(") || (type.Kind == "record" && At(Pos + 1).Is("{"))))
        {
            var constructor = NewMember(MemberKind.Constructor, "<init>", annotations, modifiers, start);
            Pos++;
            ReadParameters(constructor);
            ReadMethodTail(constructor);
            type.Members.Add(constructor);
            return;
        }

        var memberType = ReadType();
        if (memberType is null || !Current.IsName)
        {
            Problem("cannot read a member of '" + type.Name + "' at '" + Current.Text + "'");
            if (Current.Is("}") && Pos < Tokens.Count - 1)
            {
                Pos++;
            }

            SkipToMemberEnd();
            return;
        }

        if (At(Pos + 1).Is("("))
        {
            var method = NewMember(MemberKind.Method, Current.Text, annotations, modifiers, start);
            method.Type = memberType;
            method.TypeParameters = typeParameters;
            method.NameAt = (Current.Line, Current.Column);
            Pos++;
            ReadParameters(method);
            ReadMethodTail(method);
            type.Members.Add(method);
            return;
        }

        ReadFields(type, memberType, annotations, modifiers, start);
    }

    private MemberDecl NewMember(MemberKind kind, string name, List<string> annotations, HashSet<string> modifiers, int start) =>
        new(kind, name)
        {
            Annotations = annotations,
            Modifiers = modifiers,
            StartLine = Tokens[start].Line,
            StartColumn = Tokens[start].Column,
        };

    private void ReadParameters(MemberDecl member)
    {
        if (!Current.Is("("))
        {
            return;
        }

        var close = MatchingClose(Pos);
        Pos++;
        while (Pos < close)
        {
            ReadModifiers([]);
            var parameterType = ReadType();
            if (parameterType is not null && Current.IsName)
            {
                member.Parameters.Add((Current.Text, parameterType));
            }

            while (Pos < close && !Current.Is(","))
            {
                Pos = Current.Is("(") ? MatchingClose(Pos) + 1 : Pos + 1;
            }

            Pos++;
        }

        Pos = close + 1;
    }

    /// <summary>After the parameters: dimensions, throws, then a body, ";" or an annotation default.</summary>
    private void ReadMethodTail(MemberDecl member)
    {
        while (!AtEnd && !Current.Is("{") && !Current.Is(";") && !Current.Is("}"))
        {
            Pos = Current.Is("(") ? MatchingClose(Pos) + 1 : Pos + 1;
        }

        if (Current.Is("{"))
        {
            ReadBody(member);
            return;
        }

        member.EndLine = Current.Line;
        Accept(";");
    }

    private void ReadBody(MemberDecl member)
    {
        member.BodyStart = Pos;
        member.BodyEnd = MatchingClose(Pos);
        member.EndLine = Tokens[member.BodyEnd].Line;
        if (Tokens[member.BodyEnd].Kind == Lexing.TokenKind.End)
        {
            file.Problems.Add(("the body of '" + member.Name + "' is not closed", Tokens[member.BodyStart].Line));
        }

        Pos = member.BodyEnd + 1;
    }

    /// <summary>"T a = x, b;": each declarator is a field; an initializer's tokens are walked as the field's body.</summary>
    private void ReadFields(TypeDecl type, string fieldType, List<string> annotations, HashSet<string> modifiers, int start)
    {
        while (Current.IsName)
        {
            var field = NewMember(MemberKind.Field, Current.Text, annotations, modifiers, start);
            field.Type = fieldType;
            type.Fields.TryAdd(field.Name, fieldType);
            Pos++;
            while (Current.Is("[") && At(Pos + 1).Is("]"))
            {
                Pos += 2;
            }

            if (Current.Is("="))
            {
                field.BodyStart = Pos + 1;
                while (!AtEnd && !Current.Is(",") && !Current.Is(";") && !Current.Is("}"))
                {
                    // "new Function<A, B>()" and "Map.<A, B>of()": those commas do not end the declarator.
                    if (Current.Is("new") || (Current.Is(".") && At(Pos + 1).Is("<")))
                    {
                        Pos++;
                        SkipTypeArguments();
                        ReadType();
                        continue;
                    }

                    Pos = Current.Is("(") || Current.Is("{") || Current.Is("[") ? MatchingClose(Pos) + 1 : Pos + 1;
                }

                field.BodyEnd = Pos;
                field.EndLine = Tokens[Math.Max(Pos - 1, 0)].Line;
                type.Members.Add(field);
            }

            if (!Accept(","))
            {
                break;
            }
        }

        if (!Accept(";"))
        {
            Problem("a field of '" + type.Name + "' is not ended by ';'");
            SkipToMemberEnd();
        }
    }
}
