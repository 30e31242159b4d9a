using System.Text.RegularExpressions;
using Sightline.Analysis.JavaScript.Model;
using Sightline.Analysis.JavaScript.Walk;
using Sightline.Core.Code;

namespace Sightline.Analysis.JavaScript.Linking;

/// <summary>
/// Second pass, once every file is walked: symbolic values are resolved through the export maps of the
/// files they come from, call sites get their kind and callee, and entry points are settled.
/// </summary>
internal sealed partial class Linker(AnalysisSession session)
{
    private const int MaxDepth = 32;

    private static readonly string[] RouteMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private readonly Dictionary<string, DefinitionBuilder> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _indexed = new(StringComparer.Ordinal);

    public IReadOnlyList<FileAnalysis> Link(IReadOnlyList<string> analyse)
    {
        var models = analyse.Select(path => session.Model(path)).OfType<FileModel>().ToList();
        foreach (var model in models)
        {
            if (model.Skipped is null && model.Definitions.Count > 0)
            {
                model.Definitions[0].Entry = model.IsTest ? EntryPointKind.None : EntryPointKind.ModuleCode;
            }
        }

        var calls = models.ToDictionary(m => m.Path, m => m.Calls.Select(Finish).OfType<CodeCall>().ToList(), StringComparer.Ordinal);
        MarkPackageExports();
        MarkNextRoutes(models);
        return models.Select(model => new FileAnalysis(model.Path, "javascript")
        {
            IsTest = model.IsTest,
            Skipped = model.Skipped,
            Lines = model.Lines,
            Definitions = model.Definitions.Select(d => d.Build()).ToList(),
            Imports = model.Imports,
            Calls = calls[model.Path],
            Warnings = model.Warnings,
        }).ToList();
    }

    private CodeCall? Finish(PendingCall call)
    {
        var callee = Resolve(call.Callee, 0);
        if (callee is LocalModule module)
        {
            callee = Resolve(new ExportRef(module.File, "default"), 0);
        }

        if (call.Kind == CallKind.Reference)
        {
            var target = callee switch
            {
                LocalFunction function => function.Id,
                LocalClass type => type.ConstructorId,
                _ => null,
            };
            if (target is not null)
            {
                if (call.IsHandler)
                {
                    Definition(target)?.MarkEntry(EntryPointKind.HttpHandler);
                }

                return new CodeCall(call.Caller, CallKind.Reference, target, call.Text, call.Line, call.Column);
            }

            return call.IsArgument && callee is PackageValue { IsExportMember: true } package
                ? new CodeCall(call.Caller, CallKind.External, package.Path, call.Text, call.Line, call.Column)
                : null;
        }

        return callee switch
        {
            LocalFunction function => new CodeCall(call.Caller, CallKind.Local, function.Id, call.Text, call.Line, call.Column),
            LocalClass type => new CodeCall(call.Caller, CallKind.Local, type.ConstructorId, call.Text, call.Line, call.Column),
            PackageValue package => new CodeCall(call.Caller, CallKind.External, package.Path, call.Text, call.Line, call.Column),
            GlobalValue global => new CodeCall(call.Caller, CallKind.External, Globals.Prefix + global.Path, call.Text, call.Line, call.Column),
            _ => new CodeCall(call.Caller, CallKind.Unresolved, null, call.Text, call.Line, call.Column),
        };
    }

    /// <summary>Follows symbolic values to what they are, through as many files as it takes (cycles end at the depth cap).</summary>
    public Binding Resolve(Binding binding, int depth)
    {
        if (depth > MaxDepth)
        {
            return UnknownValue.Instance;
        }

        return binding switch
        {
            ExportRef export => session.Model(export.File) is { } model ? ResolveExport(model, export.Name, depth + 1) : UnknownValue.Instance,
            MemberRef member => Resolve(Values.Member(Resolve(member.Target, depth + 1), member.Name), depth + 1),
            ResultRef result => Resolve(Values.Result(Resolve(result.Callee, depth + 1), result.IsNew), depth + 1),
            _ => binding,
        };
    }

    private Binding ResolveExport(FileModel model, string name, int depth)
    {
        if (model.Exports.TryGetValue(name, out var value))
        {
            return Resolve(value, depth);
        }

        if (name != "default" && model.Exports.TryGetValue("default", out var whole))
        {
            // CommonJS: `module.exports = { a }` exports a by name too.
            var member = Resolve(Values.Member(Resolve(whole, depth), name), depth);
            if (member is not UnknownValue)
            {
                return member;
            }
        }

        foreach (var star in model.StarExports.OrderBy(s => s is PackageValue ? 1 : 0))
        {
            if (name == "default")
            {
                break;
            }

            var found = Resolve(Values.Member(star, name), depth);
            if (found is not UnknownValue)
            {
                return found;
            }
        }

        return UnknownValue.Instance;
    }

    /// <summary>A definition of any file walked so far, by id (files walked later for context are indexed on a miss).</summary>
    private DefinitionBuilder? Definition(string id)
    {
        if (!_definitions.ContainsKey(id))
        {
            foreach (var model in session.Models.ToList())
            {
                if (_indexed.Add(model.Path))
                {
                    foreach (var definition in model.Definitions)
                    {
                        _definitions.TryAdd(definition.Id, definition);
                    }
                }
            }
        }

        return _definitions.GetValueOrDefault(id);
    }

    [GeneratedRegex(@"(^|/)pages/api/")]
    private static partial Regex NextPagesApi();

    [GeneratedRegex(@"(^|/)app/(.+/)?route\.(js|jsx|ts|tsx|mjs)$")]
    private static partial Regex NextRouteHandler();
}
