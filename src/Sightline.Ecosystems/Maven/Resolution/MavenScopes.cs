using Sightline.Core.Model;

namespace Sightline.Ecosystems.Maven.Resolution;

/// <summary>
/// Maven scopes in Sightline terms, and Maven's scope propagation (JavaScopeDeriver). compile and runtime
/// are Runtime, provided and system are Provided, test is Test; an optional declaration is Optional.
/// </summary>
internal static class MavenScopes
{
    public static bool IsTransitive(string? scope) => scope is not ("test" or "provided" or "import");

    /// <summary>The scope of a declaration of the project itself.</summary>
    public static DependencyScope Declared(string? scope, bool optional) => scope switch
    {
        "test" => DependencyScope.Test,
        "provided" or "system" => DependencyScope.Provided,
        _ => optional ? DependencyScope.Optional : DependencyScope.Runtime,
    };

    /// <summary>
    /// The scope a dependency gets through a parent in <paramref name="parent"/> scope: a system dependency
    /// stays provided, otherwise the parent's scope carries down (compile under runtime is runtime, anything
    /// under test is test). A scope the root's dependencyManagement sets is taken as is, as Maven does.
    /// </summary>
    public static DependencyScope Derive(DependencyScope parent, string? childScope, bool managed)
    {
        if (managed)
        {
            var set = Declared(childScope, optional: false);
            return set == DependencyScope.Runtime && parent == DependencyScope.Optional ? DependencyScope.Optional : set;
        }

        return childScope switch
        {
            "system" => DependencyScope.Provided,
            "test" => DependencyScope.Test,
            "provided" => DependencyScope.Provided,
            _ => parent,
        };
    }
}
