using Sightline.Analysis.Java.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.Java.Session;

/// <summary>A file's definitions with their entry points; overloads share one id (the first one's range).</summary>
internal static class Definitions
{
    private static readonly HashSet<string> SpringMappings = new(StringComparer.Ordinal)
    {
        "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping",
    };

    private static readonly HashSet<string> JaxRs = new(StringComparer.Ordinal) { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "Path" };

    private static readonly HashSet<string> ContainerCalled = new(StringComparer.Ordinal)
    {
        "Scheduled", "EventListener", "Bean", "KafkaListener", "RabbitListener", "JmsListener", "PostConstruct",
    };

    private static readonly HashSet<string> ServletMethods = new(StringComparer.Ordinal)
    {
        "doGet", "doPost", "doPut", "doDelete", "doHead", "doOptions", "doPatch", "service",
    };

    public static List<CodeDefinition> Of(JavaFile file, bool library)
    {
        var definitions = new Dictionary<string, CodeDefinition>(StringComparer.Ordinal);
        foreach (var type in file.Types)
        {
            // Constructors first, so "<init>" spans a constructor rather than a field initialiser that runs in it.
            foreach (var member in type.Members.OrderBy(m => m.Kind is MemberKind.Field or MemberKind.Initializer))
            {
                var kind = member.Kind switch
                {
                    MemberKind.Method => DefinitionKind.Method,
                    _ => DefinitionKind.Constructor,
                };
                var name = member.Kind switch
                {
                    MemberKind.Method => member.Name,
                    MemberKind.Constructor => "<init>",
                    _ => member.IsStatic ? "<clinit>" : "<init>",
                };
                var entry = file.IsTest ? EntryPointKind.None : Entry(type, member, library);
                var definition = new CodeDefinition(type.Fqn + "." + name, name, kind, member.StartLine, member.EndLine) { Entry = entry, StartColumn = member.StartColumn };
                if (!definitions.TryGetValue(definition.Id, out var existing))
                {
                    definitions[definition.Id] = definition;
                }
                else if (existing.Entry == EntryPointKind.None && entry != EntryPointKind.None)
                {
                    definitions[definition.Id] = existing with { Entry = entry };
                }
            }

            // "new T()" names T.<init> even when T declares no constructor: the implicit one is a definition too.
            if (type.Kind is "class" or "enum" or "record" && !definitions.ContainsKey(type.Fqn + ".<init>"))
            {
                var entry = !file.IsTest && library && type.Kind == "class" && IsPublicType(type) ? EntryPointKind.PublicApi : EntryPointKind.None;
                definitions[type.Fqn + ".<init>"] = new CodeDefinition(type.Fqn + ".<init>", "<init>", DefinitionKind.Constructor, type.StartLine, type.EndLine) { Entry = entry, StartColumn = type.StartColumn };
            }
        }

        return [.. definitions.Values];
    }

    /// <summary>Entry points that make a module an application rather than a library.</summary>
    public static bool ApplicationEntry(TypeDecl type, MemberDecl member) => Entry(type, member, library: false) != EntryPointKind.None;

    private static EntryPointKind Entry(TypeDecl type, MemberDecl member, bool library)
    {
        if (member.Kind == MemberKind.Method && member.Name == "main" && member.IsStatic && member.Parameters is [(_, "String[]" or "java.lang.String[]")])
        {
            return EntryPointKind.Main;
        }

        if (member.Kind == MemberKind.Method && member.Annotations.Any(a => (SpringMappings.Contains(a) && IsController(type)) || JaxRs.Contains(a)))
        {
            return EntryPointKind.HttpHandler;
        }

        if (member.Kind == MemberKind.Method && ServletMethods.Contains(member.Name) && type.Supers.Any(s => s.EndsWith("HttpServlet", StringComparison.Ordinal) || s.EndsWith("GenericServlet", StringComparison.Ordinal)))
        {
            return EntryPointKind.HttpHandler;
        }

        if (member.Kind == MemberKind.Method && member.Annotations.Any(ContainerCalled.Contains))
        {
            return EntryPointKind.HostedService;
        }

        var isPublic = member.IsPublic || (type.Kind == "interface" && !member.Modifiers.Contains("private"));
        return library && isPublic && member.Kind is MemberKind.Method or MemberKind.Constructor && IsPublicType(type)
            ? EntryPointKind.PublicApi
            : EntryPointKind.None;
    }

    private static bool IsController(TypeDecl type)
    {
        for (var t = type; t is not null; t = t.Outer)
        {
            if (t.HasAnnotation("RestController") || t.HasAnnotation("Controller"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPublicType(TypeDecl type)
    {
        for (var t = type; t is not null; t = t.Outer)
        {
            if (!t.IsPublic || t.IsAnonymous)
            {
                return false;
            }
        }

        return true;
    }
}
