using Sightline.Analysis.Java.Model;

namespace Sightline.Analysis.Java.Resolution;

/// <summary>Every type the repository declares, by fully qualified name, and the name lookups over them.</summary>
internal sealed partial class RepositoryIndex
{
    private readonly Dictionary<string, TypeDecl> _types = new(StringComparer.Ordinal);

    public void Add(JavaFile file)
    {
        foreach (var type in file.Types)
        {
            _types.TryAdd(type.Fqn, type);
        }
    }

    public TypeDecl? Type(string fqn) => _types.GetValueOrDefault(fqn);

    /// <summary>A method of the type or of its supertypes in the repository; else the first external supertype.</summary>
    public (TypeDecl? Declaring, MemberDecl? Method, string? ExternalSuper) FindMethod(TypeDecl type, string name)
    {
        string? external = null;
        var queue = new Queue<TypeDecl>([type]);
        var seen = new HashSet<TypeDecl>();
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current))
            {
                continue;
            }

            if (current.Method(name) is { } method)
            {
                return (current, method, null);
            }

            foreach (var super in current.Supers)
            {
                var names = ResolveType(super, current.Outer ?? current, current.File);
                if (names.Length == 1 && Type(names[0]) is { } repoSuper)
                {
                    queue.Enqueue(repoSuper);
                }
                else if (names.Length == 1 && external is null && super == current.Extends)
                {
                    external = names[0];
                }
            }
        }

        return (null, null, external);
    }

    /// <summary>A field's type (resolved where it is declared), searching supertypes and Lombok loggers.</summary>
    public string[]? FindField(TypeDecl type, string name)
    {
        var seen = new HashSet<TypeDecl>();
        var queue = new Queue<TypeDecl>([type]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current))
            {
                continue;
            }

            if (current.Fields.TryGetValue(name, out var fieldType))
            {
                return ResolveType(fieldType, current, current.File);
            }

            if (name == "log" && LombokLogger(current) is { } logger)
            {
                return [logger];
            }

            foreach (var super in current.Supers)
            {
                var names = ResolveType(super, current.Outer ?? current, current.File);
                if (names.Length == 1 && Type(names[0]) is { } repoSuper)
                {
                    queue.Enqueue(repoSuper);
                }
            }
        }

        return null;
    }

    private static string? LombokLogger(TypeDecl type)
    {
        foreach (var annotation in type.Annotations)
        {
            var logger = annotation switch
            {
                "Slf4j" => "org.slf4j.Logger",
                "Log4j2" => "org.apache.logging.log4j.Logger",
                "Log" => "java.util.logging.Logger",
                "Log4j" => "org.apache.log4j.Logger",
                "CommonsLog" => "org.apache.commons.logging.Log",
                "XSlf4j" => "org.slf4j.ext.XLogger",
                _ => null,
            };
            if (logger is not null)
            {
                return logger;
            }
        }

        return null;
    }
}
