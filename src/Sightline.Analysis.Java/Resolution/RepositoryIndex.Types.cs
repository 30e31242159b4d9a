using Sightline.Analysis.Java.Model;

namespace Sightline.Analysis.Java.Resolution;

internal sealed partial class RepositoryIndex
{
    private static readonly HashSet<string> JavaLang = new(StringComparer.Ordinal)
    {
        "String", "Object", "System", "Math", "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean",
        "Character", "Number", "Thread", "Runnable", "StringBuilder", "StringBuffer", "Exception", "RuntimeException",
        "Error", "Throwable", "Class", "Iterable", "Enum", "Record", "Void", "Process", "ProcessBuilder", "Runtime",
        "ClassLoader", "AutoCloseable", "Comparable", "CharSequence", "IllegalArgumentException", "IllegalStateException",
        "NullPointerException", "UnsupportedOperationException", "InterruptedException", "IndexOutOfBoundsException",
        "ThreadLocal", "StackWalker", "SecurityManager", "Override", "Deprecated", "FunctionalInterface", "SuppressWarnings",
        "AssertionError", "InternalError", "ClassCastException", "ArithmeticException", "ArrayIndexOutOfBoundsException",
        "CloneNotSupportedException", "NumberFormatException", "SecurityException", "StackOverflowError", "OutOfMemoryError",
        "ReflectiveOperationException", "ClassNotFoundException", "NoSuchMethodException", "NoSuchFieldException",
        "IllegalAccessException", "InstantiationException", "LinkageError", "ExceptionInInitializerError",
        "StringIndexOutOfBoundsException", "NegativeArraySizeException", "ArrayStoreException", "IllegalMonitorStateException",
        "Cloneable", "Appendable", "Readable", "Module", "Package", "ThreadGroup", "InheritableThreadLocal", "StrictMath",
        "SafeVarargs", "Iterable", "ModuleLayer", "ProcessHandle",
    };

    /// <summary>
    /// A type as written, seen from a type of a file: nested types, single-type imports, the same package,
    /// on-demand imports (several candidates when more than one could hold it), java.lang, qualified names.
    /// Empty for arrays, primitives and names it cannot place.
    /// </summary>
    public string[] ResolveType(string written, TypeDecl? context, JavaFile file)
    {
        if (written.EndsWith(']') || Lexing.Keywords.Primitives.Contains(written) || written == "var")
        {
            return [];
        }

        var dot = written.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var head = ResolveSimple(written[..dot], context, file);
            return head.Length == 1 ? [head[0] + written[dot..]] : [written];
        }

        return ResolveSimple(written, context, file);
    }

    private string[] ResolveSimple(string name, TypeDecl? context, JavaFile file)
    {
        for (var type = context; type is not null; type = type.Outer)
        {
            if (type.TypeParameters.Contains(name))
            {
                return [];
            }

            if (type.Name == name && !type.IsAnonymous)
            {
                return [type.Fqn];
            }

            if (type.Nested.TryGetValue(name, out var nested))
            {
                return [nested.Fqn];
            }
        }

        foreach (var import in file.Imports)
        {
            if (!import.IsStatic && !import.OnDemand && import.SimpleName == name)
            {
                return [import.Name];
            }
        }

        var samePackage = file.Package.Length > 0 ? file.Package + "." + name : name;
        if (_types.ContainsKey(samePackage))
        {
            return [samePackage];
        }

        var candidates = new List<string>();
        foreach (var import in file.Imports)
        {
            if (import.OnDemand && !import.IsStatic)
            {
                var candidate = import.Name + "." + name;
                if (_types.ContainsKey(candidate))
                {
                    return [candidate];
                }

                candidates.Add(candidate);
            }
        }

        foreach (var import in file.Imports)
        {
            // Static imports bring nested types too: "import static a.Outer.*;" makes Outer's Nested visible.
            if (import.IsStatic && (import.OnDemand || import.SimpleName == name))
            {
                var owner = import.OnDemand ? import.Name : import.Name[..Math.Max(import.Name.LastIndexOf('.'), 0)];
                if (Type(owner) is { } ownerType && ownerType.Nested.TryGetValue(name, out var nested))
                {
                    return [nested.Fqn];
                }
            }
        }

        if (JavaLang.Contains(name))
        {
            return ["java.lang." + name];
        }

        return char.IsUpper(name[0]) ? [.. candidates] : [];
    }

    /// <summary>A statically imported field of a repository type ("import static a.Constants.*;").</summary>
    public string[]? StaticField(JavaFile file, string name)
    {
        foreach (var import in file.Imports)
        {
            if (import.IsStatic && (import.OnDemand || import.SimpleName == name))
            {
                var owner = import.OnDemand ? import.Name : import.Name[..Math.Max(import.Name.LastIndexOf('.'), 0)];
                if (Type(owner) is { } ownerType && ownerType.Fields.ContainsKey(name))
                {
                    return FindField(ownerType, name);
                }
            }
        }

        return null;
    }
}
