using System.CommandLine;
using Sightline.Core.Model;
using Sightline.Core.Queries;

namespace Sightline.Cli.Commands;

/// <summary>The package argument and --ecosystem option shared by package queries.</summary>
internal static class PackageArguments
{
    public static Argument<string> Package() => new("package")
    {
        Description = "Package name, name@version, or purl (lodash, lodash@4.17.15, @types/node, Newtonsoft.Json, pkg:npm/lodash@4.17.15)",
    };

    public static Option<string?> Ecosystem() => new("--ecosystem", "-e")
    {
        Description = "Only this ecosystem (npm, NuGet, Maven, Go, PyPI, crates.io, RubyGems, Packagist)",
        HelpName = "name",
    };

    public static PackageQuery Parse(string package, string? ecosystem)
    {
        Ecosystem? only = null;
        if (ecosystem is not null)
        {
            only = EcosystemNames.TryParse(ecosystem, out var parsed)
                ? parsed
                : throw new UsageException($"unknown ecosystem '{ecosystem}' (npm, NuGet, Maven, Go, PyPI, crates.io, RubyGems, Packagist)");
        }

        try
        {
            var query = PackageQuery.Parse(package, only);
            return only is not null && query.Ecosystem != only ? query with { Ecosystem = only } : query;
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }
}
