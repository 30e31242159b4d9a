namespace Sightline.Analysis.CSharp;

/// <summary>Settings of <see cref="CSharpAnalyser"/>; the parameterless defaults suit an indexer.</summary>
public sealed record CSharpAnalyserOptions
{
    /// <summary>
    /// The local NuGet package folder whose assemblies are referenced for a project's PackageReferences
    /// (laid out as &lt;id lower&gt;/&lt;version&gt;/lib/&lt;tfm&gt;/*.dll). Null: NUGET_PACKAGES, else ~/.nuget/packages.
    /// An empty string turns package binding off, so calls into packages resolve syntactically.
    /// </summary>
    public string? PackageFolder { get; init; }

    /// <summary>
    /// Web projects (Sdk="Microsoft.NET.Sdk.Web", FrameworkReference Microsoft.AspNetCore.App) bind against the
    /// ASP.NET Core shared framework installed beside the runtime, as they build. Off: they resolve syntactically.
    /// </summary>
    public bool AspNetCoreFramework { get; init; } = true;

    /// <summary>Files larger than this are skipped (generated code, data embedded in source).</summary>
    public long MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one file's parse and analysis before it is skipped as "timed out".</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The package folder in effect: the option, NUGET_PACKAGES, or the user's default folder.</summary>
    internal string? EffectivePackageFolder()
    {
        if (PackageFolder is not null)
        {
            return PackageFolder.Length == 0 ? null : PackageFolder;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".nuget", "packages");
    }
}
