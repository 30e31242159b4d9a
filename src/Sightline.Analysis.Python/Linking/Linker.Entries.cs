using System.Text.RegularExpressions;
using Sightline.Core.Code;

namespace Sightline.Analysis.Python.Linking;

internal sealed partial class Linker
{
    private static readonly HashSet<string> RouteMethods = new(StringComparer.Ordinal)
    {
        "route", "get", "post", "put", "delete", "patch", "head", "options", "websocket", "api_route", "api_view",
    };

    private static readonly HashSet<string> DjangoRoutes = new(StringComparer.Ordinal) { "path", "re_path", "url" };

    private static readonly string[] ScriptFiles = ["pyproject.toml", "setup.cfg", "setup.py"];

    /// <summary>
    /// "name = pkg.mod:func" in a console_scripts / [project.scripts] / [tool.poetry.scripts] entry. Non-backtracking:
    /// linear in the text, so it needs no wall-clock timeout (which fired on a loaded machine and failed the file).
    /// </summary>
    private static readonly Regex ScriptTarget = new(@"=\s*[""']?\s*([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*):([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Entry points found by decorators (Flask, FastAPI, Celery), Django url patterns and console scripts.</summary>
    private Dictionary<string, EntryPointKind> Entries()
    {
        var entries = new Dictionary<string, EntryPointKind>(StringComparer.Ordinal);
        foreach (var model in _modules.Values)
        {
            foreach (var (id, chain, _) in model.Decorators)
            {
                var names = chain.Where(s => s.Name is not null and not "[]").Select(s => s.Name!).ToList();
                if (names.Count >= 2 && RouteMethods.Contains(names[^1]))
                {
                    entries[id] = EntryPointKind.HttpHandler;
                }
                else if (names is [.., "task"] or [.., "shared_task"] or [.., "periodic_task"])
                {
                    entries.TryAdd(id, EntryPointKind.HostedService);
                }
            }

            foreach (var raw in model.Calls)
            {
                if (raw is { IsReference: true, ArgumentOf: [.., { Name: { } route }] } && DjangoRoutes.Contains(route) && Resolve(raw) is { Callee: { } view })
                {
                    entries[view] = EntryPointKind.HttpHandler;
                }
            }
        }

        foreach (var (id, kind) in ConsoleScripts())
        {
            entries[id] = kind;
        }

        return entries;
    }

    private IEnumerable<(string Id, EntryPointKind Kind)> ConsoleScripts()
    {
        foreach (var path in _repository.Files.Where(f => ScriptFiles.Contains(f.Split('/')[^1], StringComparer.Ordinal)))
        {
            string text;
            try
            {
                using var reader = new StreamReader(_repository.OpenRead(path));
                text = reader.ReadToEnd();
            }
            catch (Exception ex) when (ex is Core.Repositories.RepositoryFileException or IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (Match match in ScriptTarget.Matches(text))
            {
                var id = Canonical(Model.Value.Of(match.Groups[1].Value + "." + match.Groups[2].Value), 0).Name!;
                if (_definitions.Contains(id))
                {
                    yield return (id, EntryPointKind.Main);
                }
            }
        }
    }
}
