namespace Sightline.Remediation.Patching;

/// <summary>
/// The outcome of one patch. <see cref="NewText"/> null = nothing changed (<see cref="Problem"/> says why, or
/// the manifest already satisfies the request). <see cref="Property"/>: when the version comes from a
/// property/variable defined in ANOTHER file (Maven parent, Gradle gradle.properties / version catalog in
/// another file, MSBuild Directory.Build.props), its name — the caller patches that file with
/// <see cref="IManifestPatcher.PatchProperty"/>.
/// </summary>
public sealed record PatchResult(string? NewText, IReadOnlyList<string> Changes, string? Problem = null, string? Property = null)
{
    /// <summary>Nothing changed, for the reason given.</summary>
    public static PatchResult Unchanged(string problem) => new(null, [], problem);
}
