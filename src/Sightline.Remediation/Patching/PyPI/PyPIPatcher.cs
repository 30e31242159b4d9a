using Sightline.Core.Model;
using Sightline.Remediation.Patching.Cargo.Common;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching.PyPI;

/// <summary>
/// requirements / constraints files, pyproject.toml (PEP 621, dependency groups, [tool.uv] lists, Poetry) and
/// Pipfile: the specifier of a declared distribution is edited in place, operator and markers kept. A Pin of
/// an undeclared one adds "name==target" to a requirements file, "name&gt;=target" to [tool.uv]
/// constraint-dependencies or Poetry / Pipfile tables. Names compare per PEP 503.
/// </summary>
public sealed partial class PyPIPatcher : IManifestPatcher
{
    private enum FileKind
    {
        Requirements,
        PyProject,
        Pipfile,
    }

    public string Id => "pypi";

    public Ecosystem Ecosystem => Ecosystem.PyPI;

    public bool Handles(string path) => Kind(path) is not null;

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        if (Kind(path) is not { } kind)
        {
            return PatchResult.Unchanged($"{path}: not a Python manifest this patcher edits");
        }

        List<PyDeclaration> declarations;
        TomlDocument? document = null;
        var hashed = false;
        try
        {
            document = kind == FileKind.Requirements ? null : TomlDocument.Parse(text);
            declarations = document is null
                ? RequirementsFile.Declarations(text, out hashed)
                : PyProjectFile.Declarations(document, kind == FileKind.Pipfile);
        }
        catch (TomlException e)
        {
            return PatchResult.Unchanged($"{path}:{SpanEdits.LineNumber(text, e.Offset)}: not valid TOML: {e.Message}");
        }

        var wanted = PackageNames.Normalize(Ecosystem.PyPI, request.Package);
        var declared = declarations.Where(d => PackageNames.Normalize(Ecosystem.PyPI, d.Name) == wanted).ToList();
        if (declared.Count > 0)
        {
            return Edit(path, text, declared, request.TargetVersion);
        }

        return request.Kind == PatchKind.Bump ? PatchResult.Unchanged($"{path}: {request.Package} is not declared")
            : document is null ? PinRequirement(path, text, hashed, request)
            : PinToml(path, text, document, kind == FileKind.Pipfile, request);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value) =>
        PatchResult.Unchanged($"{path}: Python manifests have no version properties ('{property}')");

    /// <summary>
    /// Beside a pyproject.toml: poetry.lock → <c>poetry lock</c> (Poetry 2 keeps locked versions; 1.x needs
    /// --no-update), uv.lock → <c>uv lock</c>; beside a Pipfile: <c>pipenv lock</c>. Requirements files have no lockfile.
    /// </summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var folder = path[..(path.LastIndexOf('/') + 1)];
        return Kind(path) switch
        {
            FileKind.PyProject when repositoryFiles.Contains(folder + "poetry.lock") => ["poetry", "lock"],
            FileKind.PyProject when repositoryFiles.Contains(folder + "uv.lock") => ["uv", "lock"],
            FileKind.Pipfile when repositoryFiles.Contains(folder + "Pipfile.lock") => ["pipenv", "lock"],
            _ => null,
        };
    }

    private static PatchResult Edit(string path, string text, List<PyDeclaration> declared, string target)
    {
        var scheme = VersionSchemes.For(Ecosystem.PyPI)!;
        var edits = new List<SpanEdit>();
        var changed = new List<PyDeclaration>();
        foreach (var declaration in declared)
        {
            var outcome = declaration.Problem is { } problem
                ? new RangeOutcome([], problem)
                : RangePlan.Plan(declaration.Clauses, target, scheme, new RangeStyle(t => ">=" + t, declaration.AppendAt, declaration.Separator, ""));
            if (outcome.Problem is not null)
            {
                return PatchResult.Unchanged($"{path}: {declaration.Where} {declaration.Name} {outcome.Problem}");
            }

            edits.AddRange(outcome.Edits);
            if (!outcome.Satisfied)
            {
                changed.Add(declaration);
            }
        }

        if (edits.Count == 0)
        {
            return new PatchResult(null, []);
        }

        var after = SpanEdits.Apply(text, edits);
        return new PatchResult(after, [.. changed.Select(d =>
            $"{d.Where} {d.Name} {text[d.SpanStart..d.SpanEnd]} -> {SpanEdits.Rewritten(after, edits, d.SpanStart, d.SpanEnd)}")]);
    }

    private static FileKind? Kind(string path)
    {
        if (path is null)
        {
            return null;
        }

        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var folder = slash < 0 ? "" : path[..slash];
        var requirements = name.EndsWith(".txt", StringComparison.Ordinal)
            && (name.StartsWith("requirements", StringComparison.Ordinal) || name.EndsWith("requirements.txt", StringComparison.Ordinal)
                || name.StartsWith("constraints", StringComparison.Ordinal) || name.EndsWith("constraints.txt", StringComparison.Ordinal)
                || folder == "requirements" || folder.EndsWith("/requirements", StringComparison.Ordinal));
        return name switch
        {
            "pyproject.toml" => FileKind.PyProject,
            "Pipfile" => FileKind.Pipfile,
            _ => requirements ? FileKind.Requirements : null,
        };
    }
}
