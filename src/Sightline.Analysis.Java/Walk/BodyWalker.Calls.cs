using Sightline.Analysis.Java.Lexing;
using Sightline.Analysis.Java.Model;
using Sightline.Analysis.Java.Parsing;
using Sightline.Core.Code;

namespace Sightline.Analysis.Java.Walk;

internal sealed partial class BodyWalker
{
    /// <summary>Every class has them, whatever it extends.</summary>
    private static readonly HashSet<string> ObjectMethods = new(StringComparer.Ordinal)
    {
        "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize",
    };

    /// <summary>"new T(...)" → "pkg.T.&lt;init&gt;"; a class body after it is an anonymous class.</summary>
    private string[]? New(ref string text)
    {
        Pos++;
        SkipTypeArguments();
        ReadModifiers([]);
        var at = Current;
        var written = ReadType();
        if (written is null)
        {
            return null;
        }

        text = "new " + written;
        if (!Current.Is("("))
        {
            while (Current.Is("["))
            {
                Arguments();
            }

            return null;
        }

        var type = Resolve(written);
        Call(type, "<init>", text, at);
        Arguments();
        if (Current.Is("{"))
        {
            Anonymous(written);
        }

        return type.Length > 0 ? type : null;
    }

    private void Anonymous(string super)
    {
        var outer = _type;
        var count = _anonymous.GetValueOrDefault(outer) + 1;
        _anonymous[outer] = count;
        var parser = new DeclarationParser(file) { Pos = Pos };
        var anonymous = parser.ParseAnonymous(outer, outer.Fqn + "$" + count, super);
        Pos = parser.Pos;
        foreach (var method in anonymous.Members.Where(m => m.Kind == MemberKind.Method))
        {
            Calls.Add(new CodeCall(_caller, CallKind.Reference, anonymous.Fqn + "." + method.Name, "new " + super + " { " + method.Name + " }", method.NameAt.Line, method.NameAt.Column));
        }

    }

    private string[]? ThisOrSuper(Token token)
    {
        Pos++;
        var type = token.Is("this") ? [_type.Fqn] : Super(_type);
        if (Current.Is("("))
        {
            Call(type ?? [], "<init>", token.Text, token);
            Arguments();
            return null;
        }

        return type;
    }

    private string[]? Super(TypeDecl type)
    {
        if (type.Extends is null)
        {
            return type.Kind == "class" ? ["java.lang.Object"] : null;
        }

        var super = index.ResolveType(type.Extends, type.Outer ?? type, type.File);
        return super.Length > 0 ? super : null;
    }

    /// <summary>"m(...)": a method of this type, an enclosing one or a supertype, else a static import.</summary>
    private string[]? UnqualifiedCall(Token name)
    {
        string? externalSuper = null;
        for (var type = _type; type is not null; type = type.Outer)
        {
            var (declaring, method, external) = index.FindMethod(type, name.Text);
            if (method is not null)
            {
                Add(CallKind.Local, declaring!.Fqn + "." + name.Text, name.Text, name);
                return ReturnType(declaring, method);
            }

            externalSuper ??= external;
        }

        var statics = file.Imports.Where(i => i.IsStatic && (i.OnDemand || i.SimpleName == name.Text)).ToList();
        var single = statics.Find(i => !i.OnDemand);
        if (single is not null)
        {
            return Call([single.Name[..single.Name.LastIndexOf('.')]], name.Text, name.Text, name);
        }

        if (statics.Count > 0)
        {
            return Call([.. statics.Select(i => i.Name)], name.Text, name.Text, name);
        }

        if (externalSuper is not null)
        {
            return Call([externalSuper], name.Text, name.Text, name);
        }

        if (ObjectMethods.Contains(name.Text))
        {
            return Call(["java.lang.Object"], name.Text, name.Text, name);
        }

        Add(CallKind.Unresolved, null, name.Text, name);
        return null;
    }

    private string[]? MemberCall(string[]? type, Token name, string text) => Call(type ?? [], name.Text, text, name);

    /// <summary>A call of <paramref name="method"/> on a type: Local when the repository declares it, External by name otherwise.</summary>
    private string[]? Call(string[] type, string method, string text, Token at)
    {
        if (type.Length == 0)
        {
            Add(CallKind.Unresolved, null, text, at);
            return null;
        }

        if (type.Length > 1)
        {
            Add(CallKind.External, null, text, at, [.. type.Select(t => t + "." + method)]);
            return null;
        }

        if (index.Type(type[0]) is { } repoType)
        {
            if (method == "<init>")
            {
                Add(CallKind.Local, repoType.Fqn + ".<init>", text, at);
                return null;
            }

            var (declaring, member, external) = index.FindMethod(repoType, method);
            if (member is not null)
            {
                Add(CallKind.Local, declaring!.Fqn + "." + method, text, at);
                return ReturnType(declaring, member);
            }

            if (external is null && !ObjectMethods.Contains(method))
            {
                Add(CallKind.Unresolved, null, text, at);
                return null;
            }

            type = [external ?? "java.lang.Object"];
        }

        var callee = type[0] + "." + method;
        Add(CallKind.External, callee, text, at);
        return KnownReturns.Of(callee);
    }

    private string[]? ReturnType(TypeDecl declaring, MemberDecl method)
    {
        var type = method.Type is null || method.TypeParameters.Contains(method.Type) ? [] : index.ResolveType(method.Type, declaring, declaring.File);
        return type.Length > 0 ? type : null;
    }
}
