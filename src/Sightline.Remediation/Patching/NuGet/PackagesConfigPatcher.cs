using Sightline.Core.Model;

namespace Sightline.Remediation.Patching.NuGet;

/// <summary>
/// packages.config: every package, direct or not, is one &lt;package id version&gt; line, so Bump and Pin both
/// edit that line. A package it does not list is refused: adding one is nuget.exe's job (it also fetches it).
/// </summary>
internal sealed class PackagesConfigPatcher : IManifestPatcher
{
    public string Id => "nuget-packages-config";

    public Ecosystem Ecosystem => Ecosystem.NuGet;

    public bool Handles(string path) => string.Equals(PatchPaths.FileName(path), "packages.config", StringComparison.OrdinalIgnoreCase);

    public PatchResult Patch(string path, string text, PatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var root = XmlSpanReader.TryRead(text, out var error);
        if (root is null)
        {
            return PatchResult.Unchanged($"{path}: not well-formed XML ({error})");
        }

        var package = root.ChildrenNamed("package").FirstOrDefault(element =>
            string.Equals(element.Value("id")?.Value.Trim(), request.Package, StringComparison.OrdinalIgnoreCase));
        if (package?.Attributes.GetValueOrDefault("version") is not { Value: not null } version)
        {
            return PatchResult.Unchanged($"{path}: {request.Package} is not listed with a version");
        }

        var rewritten = NuGetVersionText.Rewrite(version.Value, request.TargetVersion, out var problem, out var satisfied);
        if (rewritten is null)
        {
            return PatchResult.Unchanged($"{path}: {request.Package}: {problem}");
        }

        if (satisfied)
        {
            return PatchVersions.Satisfied;
        }

        return new PatchResult(
            TextEdits.Replace(text, version.Start, version.End - version.Start, XmlText.Escape(rewritten)),
            [
                $"{path}: package {request.Package} {version.Value} → {rewritten}",
                $"{path}: the project's HintPaths still name packages\\{request.Package}.{version.Value}: update them to {rewritten}",
            ]);
    }

    public PatchResult PatchProperty(string path, string text, string property, string value) =>
        PatchResult.Unchanged($"{path}: packages.config has no properties ('{property}' is not defined here)");

    /// <summary>packages.config has no lockfile.</summary>
    public IReadOnlyList<string>? LockfileCommand(string path, IReadOnlyCollection<string> repositoryFiles) => null;
}
