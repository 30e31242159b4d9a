namespace Sightline.Ecosystems.NuGet;

/// <summary>
/// Options for NuGet extraction. <see cref="PackagesFolder"/> is a NuGet global packages folder (what
/// <c>dotnet restore</c> fills); when set, the .nuspec of each resolved package gives its declared licence,
/// which lockfiles do not record. Null: licences only from what the repository itself states.
/// </summary>
public sealed record NuGetSettings(string? PackagesFolder)
{
    /// <summary>No folder: nothing is read beyond the repository.</summary>
    public static NuGetSettings None { get; } = new((string?)null);

    /// <summary>The machine's global packages folder: $NUGET_PACKAGES, else ~/.nuget/packages, if it exists.</summary>
    public static NuGetSettings Default()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            candidates.Add(Path.Combine(home, ".nuget", "packages"));
        }

        return new NuGetSettings(candidates.FirstOrDefault(Directory.Exists));
    }
}
