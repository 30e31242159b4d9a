using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.NuGet;

/// <summary>
/// MSBuild files (*.csproj, *.fsproj, *.vbproj, Directory.Packages.props, Directory.Build.props):
/// PackageReference / PackageVersion / GlobalPackageReference versions, VersionOverride and $(Property) versions.
/// </summary>
internal sealed partial class NuGetProjectPatcher : IManifestPatcher
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    public string Id => "nuget-csproj";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path)
    {
        var name = PatchPaths.FileName(path);
        return IsProject(name) || IsCentral(name) || string.Equals(name, "Directory.Build.props", StringComparison.OrdinalIgnoreCase);
    }

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var root = XmlSpanReader.TryRead(text, out var error);
        if (root is null)
        {
            return PatchResult.Unchanged($"{path}: not well-formed XML ({error})");
        }

        var items = MsBuildXml.Items(root, request.Package);
        if (items.Count > 0)
        {
            return EditItems(path, text, root, items, request);
        }

        return request.Kind == PatchKind.Pin
            ? Pin(path, text, root, request)
            : PatchResult.Unchanged($"{path}: no PackageReference or PackageVersion for {request.Package}");
    }

    public PatchResult PatchProperty(string path, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = XmlSpanReader.TryRead(text, out var error);
        if (root is null)
        {
            return PatchResult.Unchanged($"{path}: not well-formed XML ({error})");
        }

        var definitions = MsBuildXml.Properties(root, property);
        if (definitions.Count == 0)
        {
            return PatchResult.Unchanged($"{path}: property {property} is not defined here");
        }

        var edits = new List<TextEdit>();
        var changes = new List<string>();
        if (PropertyEdits(path, root, property, value, edits, changes) is { } problem)
        {
            return PatchResult.Unchanged(problem);
        }

        return edits.Count == 0 ? PatchVersions.Satisfied : new PatchResult(TextEdits.Apply(text, edits), changes);
    }

    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles)
    {
        ArgumentNullException.ThrowIfNull(repositoryFiles);
        var folder = PatchPaths.Folder(path);
        var name = PatchPaths.FileName(path);
        if (IsProject(name))
        {
            return repositoryFiles.Contains(PatchPaths.Join(folder, "packages.lock.json"))
                ? ["dotnet", "restore", name, "--force-evaluate"]
                : null;
        }

        // Directory.*.props reach every project below them: restore there when any of those has a lockfile.
        var prefix = folder.Length == 0 ? "" : folder + "/";
        if (!repositoryFiles.Any(file => file.StartsWith(prefix, StringComparison.Ordinal) && PatchPaths.FileName(file) == "packages.lock.json"))
        {
            return null;
        }

        var solutions = repositoryFiles.Where(file => PatchPaths.Folder(file) == folder
            && (file.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))).ToList();
        return solutions.Count == 1
            ? ["dotnet", "restore", PatchPaths.FileName(solutions[0]), "--force-evaluate"]
            : ["dotnet", "restore", "--force-evaluate"];
    }

    private static bool IsProject(string name) =>
        Array.Exists(ProjectExtensions, extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static bool IsCentral(string name) => string.Equals(name, "Directory.Packages.props", StringComparison.OrdinalIgnoreCase);
}
