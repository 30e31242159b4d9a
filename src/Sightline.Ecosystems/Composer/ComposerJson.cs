using System.Text.Json;
using Sightline.Core.Extraction;

namespace Sightline.Ecosystems.Composer;

/// <summary>What composer.json declares: the package it is and what it requires.</summary>
internal sealed class ComposerJson
{
    public string? Name { get; private init; }

    public string? Version { get; private init; }

    /// <summary>The project's own licence as composer.json states it, if it states one.</summary>
    public string? License { get; private init; }

    public List<(string Name, string Constraint)> Require { get; private init; } = [];

    public List<(string Name, string Constraint)> RequireDev { get; private init; } = [];

    /// <summary>Names the project itself replaces or provides ("symfony/polyfill-mbstring": "*").</summary>
    public HashSet<string> Satisfies { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static ComposerJson Read(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, ComposerJsonRead.Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ManifestFormatException("composer.json must be a JSON object", 1, 1);
        }

        var json = new ComposerJson
        {
            Name = ComposerJsonRead.String(root, "name"),
            Version = ComposerJsonRead.String(root, "version"),
            License = ComposerLicense.Read(root),
            Require = ComposerJsonRead.Map(root, "require", "composer.json"),
            RequireDev = ComposerJsonRead.Map(root, "require-dev", "composer.json"),
        };
        foreach (var (name, _) in ComposerJsonRead.Map(root, "replace", "composer.json").Concat(ComposerJsonRead.Map(root, "provide", "composer.json")))
        {
            json.Satisfies.Add(name);
        }

        return json;
    }
}
