using Sightline.Analysis.Java.Lexing;
using Sightline.Core.Code;

namespace Sightline.Analysis.Java.Walk;

internal sealed partial class BodyWalker
{
    /// <summary>A field of this type, an enclosing type or a supertype (Lombok loggers included).</summary>
    private string[]? FieldInScope(string name)
    {
        for (var type = _type; type is not null; type = type.Outer)
        {
            if (index.FindField(type, name) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private string[]? FieldOf(string[]? type, string name)
    {
        if (type is { Length: 1 } && index.Type(type[0]) is { } repoType)
        {
            return index.FindField(repoType, name) is { Length: > 0 } field ? field : null;
        }

        return null;
    }

    /// <summary>"T::m", "x::m", "this::m", "T::new": a Reference to the repository's method, External when it is a package's.</summary>
    private void MethodReference(string[]? type, Token name, string text)
    {
        var method = name.Is("new") ? "<init>" : name.Text;
        var referenceText = text + "::" + name.Text;
        if (type is not { Length: 1 })
        {
            Call(type ?? [], method, referenceText, name);
            return;
        }

        if (index.Type(type[0]) is { } repoType)
        {
            if (method == "<init>")
            {
                Add(CallKind.Reference, repoType.Fqn + ".<init>", referenceText, name);
                return;
            }

            var (declaring, member, _) = index.FindMethod(repoType, method);
            if (member is not null)
            {
                Add(CallKind.Reference, declaring!.Fqn + "." + method, referenceText, name);
                return;
            }
        }

        Call(type, method, referenceText, name);
    }
}
