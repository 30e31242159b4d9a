using Sightline.Ecosystems.Gradle.Catalog;
using Sightline.Ecosystems.Gradle.Scripts;

namespace Sightline.Ecosystems.Gradle;

internal sealed partial class GradleBuild
{
    /// <summary>One declaration, evaluated: modules (a bundle gives several), a project, or an unresolved entry.</summary>
    private IEnumerable<GradleDependency> Resolve(GradleDeclaration declaration, GradleValueResolver resolver)
    {
        var scope = GradleScopes.OfConfiguration(declaration.Configuration, declaration.Buildscript, declaration.TestContext);
        var template = new GradleDependency(GradleDependencyKind.Unresolved, declaration.Notation.Text, null, declaration.Configuration, scope)
        {
            Platform = declaration.Platform,
        };
        switch (declaration.Form)
        {
            case DeclarationForm.String:
                return [FromNotation(template, declaration.Notation, resolver.Resolve(declaration.Notation))];
            case DeclarationForm.Map:
                return [FromMap(template, declaration, resolver)];
            case DeclarationForm.Project:
                return [resolver.Resolve(declaration.Notation) is { } path
                    ? template with { Kind = GradleDependencyKind.Project, Name = path, ProjectPath = GradleScriptReader.ProjectPath(path) }
                    : template with { Reason = $"project({declaration.Notation.Text}): a path Sightline cannot evaluate" }];
            case DeclarationForm.Reference:
                return FromReference(template, declaration.Notation.Text, resolver);
            default:
                return [template with { Reason = $"declared as {declaration.Notation.Text}, an expression Sightline does not evaluate" }];
        }
    }

    private static GradleDependency FromNotation(GradleDependency template, GradleValue written, string? text)
    {
        if (text is null)
        {
            // The module is usually readable even when the version is a property we cannot evaluate.
            var parts = written.Text.Split(':');
            var known = parts.Length >= 3 && !parts[0].Contains('$', StringComparison.Ordinal) && !parts[1].Contains('$', StringComparison.Ordinal);
            return known
                ? template with { Name = parts[0] + ":" + parts[1], Version = GradleVersion.Parse(parts[2]), Reason = $"version '{parts[2]}' comes from a property Sightline cannot evaluate" }
                : template with { Reason = $"'{written.Text}' uses a property Sightline cannot evaluate" };
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var coordinates = (at < 0 ? text : text[..at]).Split(':');
        if (coordinates.Length is < 2 or > 4 || coordinates[0].Length == 0 || coordinates[1].Length == 0)
        {
            return template with { Name = text, Reason = $"'{text}' is not group:artifact[:version] notation" };
        }

        var version = coordinates.Length > 2 && coordinates[2].Length > 0 ? GradleVersion.Parse(coordinates[2]) : null;
        return template with { Kind = GradleDependencyKind.Module, Name = coordinates[0] + ":" + coordinates[1], Version = version };
    }

    private static GradleDependency FromMap(GradleDependency template, GradleDeclaration declaration, GradleValueResolver resolver)
    {
        var group = declaration.Group is null ? string.Empty : resolver.Resolve(declaration.Group);
        var name = resolver.Resolve(declaration.Name);
        var written = $"{declaration.Group?.Text}:{declaration.Name?.Text}";
        if (group is null || name is null)
        {
            return template with { Name = written, Reason = $"group or name ({written}) uses a property Sightline cannot evaluate" };
        }

        var module = group + ":" + name;
        if (declaration.Version is null)
        {
            return template with { Kind = GradleDependencyKind.Module, Name = module };
        }

        return resolver.Resolve(declaration.Version) is { } version
            ? template with { Kind = GradleDependencyKind.Module, Name = module, Version = GradleVersion.Parse(version) }
            : template with { Name = module, Version = GradleVersion.Parse(declaration.Version.Text), Reason = $"version '{declaration.Version.Text}' comes from a property Sightline cannot evaluate" };
    }

    private IEnumerable<GradleDependency> FromReference(GradleDependency template, string reference, GradleValueResolver resolver)
    {
        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? reference : reference[..dot];
        var rest = dot < 0 ? string.Empty : reference[(dot + 1)..];
        if (head == "projects" && rest.Length > 0)
        {
            return [ProjectByAccessor(rest) is { } project
                ? template with { Kind = GradleDependencyKind.Project, Name = project.Path, ProjectPath = project.Path }
                : template with { Reason = $"{reference}: no project of the build has this accessor" }];
        }

        if (resolver.Lookup(reference) is { } text)
        {
            return [FromNotation(template, GradleValue.Literal(text), text)];
        }

        if (Catalogs.TryGetValue(head, out var catalog))
        {
            return FromCatalog(template, catalog, reference, rest);
        }

        return CatalogProblem(head) is { } problem
            ? [template with { Reason = $"{reference}: {problem}" }]
            : [template with { Reason = $"declared through {reference}, a property Sightline cannot evaluate" }];
    }

    private static IEnumerable<GradleDependency> FromCatalog(GradleDependency template, VersionCatalog catalog, string reference, string rest)
    {
        if (rest.StartsWith("versions.", StringComparison.Ordinal) || rest.StartsWith("plugins.", StringComparison.Ordinal))
        {
            return [];
        }

        if (rest.StartsWith("bundles.", StringComparison.Ordinal))
        {
            if (!catalog.Bundles.TryGetValue(rest["bundles.".Length..], out var members))
            {
                return [template with { Reason = $"{reference}: no such bundle in {catalog.Path}" }];
            }

            return members.Select(m => FromLibrary(template, catalog, $"{catalog.Name}.{m}", m)).ToList();
        }

        return [FromLibrary(template, catalog, reference, rest)];
    }

    private static GradleDependency FromLibrary(GradleDependency template, VersionCatalog catalog, string reference, string key)
    {
        if (!catalog.Libraries.TryGetValue(key, out var library))
        {
            return template with { Name = reference, Reason = $"{reference}: no such library in {catalog.Path}" };
        }

        return library.Problem is { } problem
            ? template with { Name = library.Module, Reason = $"{reference} in {catalog.Path}: {problem}" }
            : template with { Kind = GradleDependencyKind.Module, Name = library.Module, Version = library.Version };
    }
}
