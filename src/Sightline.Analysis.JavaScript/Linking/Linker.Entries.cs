using Sightline.Analysis.JavaScript.Model;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Linking;

internal sealed partial class Linker
{
    /// <summary>The package's main/bin/exports files: their module code and everything they export.</summary>
    private void MarkPackageExports()
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in PackageEntries.Find(session.Repository, session.Specifiers))
        {
            if (session.Model(entry) is { Skipped: null, IsTest: false } model)
            {
                Definition(model.ModuleId)?.MarkEntry(EntryPointKind.PackageExport);
                MarkExports(model, EntryPointKind.PackageExport, visited, 0);
            }
        }
    }

    /// <summary>Next.js: the default export of pages/api/**, and GET/POST/... exported by app/**/route files.</summary>
    private void MarkNextRoutes(IEnumerable<FileModel> models)
    {
        foreach (var model in models.Where(m => !m.IsTest))
        {
            if (NextPagesApi().IsMatch(model.Path) && model.Exports.TryGetValue("default", out var handler))
            {
                Mark(Resolve(handler, 0), EntryPointKind.HttpHandler);
            }
            else if (NextRouteHandler().IsMatch(model.Path))
            {
                foreach (var method in RouteMethods)
                {
                    if (model.Exports.TryGetValue(method, out var route))
                    {
                        Mark(Resolve(route, 0), EntryPointKind.HttpHandler);
                    }
                }
            }
        }
    }

    private void MarkExports(FileModel model, EntryPointKind entry, HashSet<string> visited, int depth)
    {
        if (!visited.Add(model.Path) || depth > MaxDepth)
        {
            return;
        }

        foreach (var value in model.Exports.Values)
        {
            var resolved = Resolve(value, 0);
            if (resolved is LocalModule module && session.Model(module.File) is { } inner)
            {
                MarkExports(inner, entry, visited, depth + 1);
            }
            else
            {
                Mark(resolved, entry);
            }
        }

        foreach (var star in model.StarExports)
        {
            if (star is LocalModule module && session.Model(module.File) is { } inner)
            {
                MarkExports(inner, entry, visited, depth + 1);
            }
        }
    }

    private void Mark(Binding value, EntryPointKind entry)
    {
        switch (value)
        {
            case LocalFunction function:
                Definition(function.Id)?.MarkEntry(entry);
                break;
            case LocalClass type:
                Definition(type.ConstructorId)?.MarkEntry(entry);
                foreach (var method in type.Methods.Values.Concat(type.StaticMethods.Values))
                {
                    Definition(method)?.MarkEntry(entry);
                }

                break;
            case LocalObject literal:
                foreach (var member in literal.Members.Values)
                {
                    if (member is LocalFunction or LocalClass)
                    {
                        Mark(member, entry);
                    }
                }

                break;
        }
    }
}
