using System.CommandLine;
using Sightline.Core.Extraction;
using Sightline.Ecosystems;
using Sightline.Ecosystems.Cargo;
using Sightline.Ecosystems.Go;
using Sightline.Ecosystems.Maven;
using Sightline.Ecosystems.NuGet;

namespace Sightline.Cli.Commands;

/// <summary>
/// Where extraction may look beyond the repositories: local Maven repositories, a remote Maven repository
/// (off unless given), the Go module cache, the NuGet global packages folder and Cargo's registry sources.
/// Shared by `index` and `scan`.
/// </summary>
internal sealed class ExtractorOptions
{
    private readonly Option<string[]> _mavenLocal = new("--maven-local")
    {
        Description = "A folder laid out like ~/.m2/repository, searched for parent POMs, BOMs and dependency POMs (repeatable; ~/.m2/repository is searched first when it exists)",
        HelpName = "folder",
    };

    private readonly Option<string[]> _mavenRemote = new("--maven-remote")
    {
        Description = "A Maven repository URL (Maven Central or a mirror) asked for POMs the fleet and local repositories lack (repeatable; off by default)",
        HelpName = "url",
    };

    private readonly Option<string?> _mavenCache = new("--maven-cache")
    {
        Description = "Folder caching what remote Maven repositories returned (default: ~/.cache/sightline/maven)",
        HelpName = "folder",
    };

    private readonly Option<bool> _offline = new("--offline") { Description = "Never contact a remote repository; cached answers are still used" };

    private readonly Option<string?> _goModuleCache = new("--go-mod-cache")
    {
        Description = "A Go module cache (GOMODCACHE) whose go.mod files give the edges between Go dependencies (default: the machine's, when it exists)",
        HelpName = "folder",
    };

    private readonly Option<string?> _nugetPackages = new("--nuget-packages")
    {
        Description = "A NuGet global packages folder whose .nuspec files give restored packages' declared licences (default: $NUGET_PACKAGES, else ~/.nuget/packages, when it exists)",
        HelpName = "folder",
    };

    private readonly Option<string?> _cargoRegistry = new("--cargo-registry")
    {
        Description = "Cargo's unpacked registry sources (registry/src) whose crates' Cargo.toml files give their declared licences (default: $CARGO_HOME/registry/src, else ~/.cargo/registry/src, when it exists)",
        HelpName = "folder",
    };

    private readonly Option<bool> _noCode = new("--no-code") { Description = "Skip source analysis (reachability): dependency graphs only" };

    /// <summary>The source analysers to run, none with --no-code.</summary>
    public IReadOnlyList<Core.Code.ILanguageAnalyser> Analysers(ParseResult parse) =>
        parse.GetValue(_noCode) ? [] : Engine.Reachability.Analysers.All;

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_noCode);
        command.Options.Add(_mavenLocal);
        command.Options.Add(_mavenRemote);
        command.Options.Add(_mavenCache);
        command.Options.Add(_offline);
        command.Options.Add(_goModuleCache);
        command.Options.Add(_nugetPackages);
        command.Options.Add(_cargoRegistry);
    }

    public IReadOnlyList<IEcosystemExtractor> Create(ParseResult parse)
    {
        var locals = parse.GetValue(_mavenLocal) ?? [];
        var remotes = parse.GetValue(_mavenRemote) ?? [];
        foreach (var folder in locals.Where(f => !Directory.Exists(f)))
        {
            throw new UsageException($"--maven-local: no folder '{folder}'");
        }

        var defaults = MavenSettings.Default();
        var maven = defaults with
        {
            LocalRepositories = [.. defaults.LocalRepositories, .. locals.Select(Path.GetFullPath)],
            RemoteRepositories = remotes,
            CacheFolder = parse.GetValue(_mavenCache) ?? (remotes.Length > 0 ? DefaultCache() : null),
            Offline = parse.GetValue(_offline),
        };
        var goCache = parse.GetValue(_goModuleCache);
        if (goCache is not null && !Directory.Exists(goCache))
        {
            throw new UsageException($"--go-mod-cache: no folder '{goCache}'");
        }

        var nugetPackages = parse.GetValue(_nugetPackages);
        if (nugetPackages is not null && !Directory.Exists(nugetPackages))
        {
            throw new UsageException($"--nuget-packages: no folder '{nugetPackages}'");
        }

        var cargoRegistry = parse.GetValue(_cargoRegistry);
        if (cargoRegistry is not null && !Directory.Exists(cargoRegistry))
        {
            throw new UsageException($"--cargo-registry: no folder '{cargoRegistry}'");
        }

        try
        {
            return Extractors.Create(maven, goCache is null ? new GoSettings() : new GoSettings(Path.GetFullPath(goCache)),
                nugetPackages is null ? null : new NuGetSettings(Path.GetFullPath(nugetPackages)),
                cargoRegistry is null ? null : new CargoSettings(Path.GetFullPath(cargoRegistry)));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException("--maven-remote: " + ex.Message);
        }
    }

    private static string DefaultCache() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sightline", "maven");
}
