using System.Globalization;
using Sightline.Core.Extraction;
using Sightline.Core.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sightline.Engine.Gate;

/// <summary>
/// <c>.sightline-ignore.yaml</c>: findings a team has decided to accept, each with a reason and, usually,
/// an expiry after which the finding shows again.
/// </summary>
public sealed class IgnoreFile
{
    public const string DefaultName = ".sightline-ignore.yaml";

    private IgnoreFile(IReadOnlyList<IgnoreEntry> entries) => Entries = entries;

    public IReadOnlyList<IgnoreEntry> Entries { get; }

    public static IgnoreFile Empty { get; } = new([]);

    /// <summary>Reads the file; a malformed file is a <see cref="ManifestFormatException"/> naming the line.</summary>
    public static IgnoreFile Load(string path)
    {
        using var reader = new StreamReader(path);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ManifestFormatException("invalid YAML: " + ex.Message, ex.Start.Line, ex.Start.Column, ex);
        }

        if (yaml.Documents.Count == 0)
        {
            return Empty;
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root || !root.Children.TryGetValue("ignore", out var list) || list is not YamlSequenceNode items)
        {
            throw new ManifestFormatException("expected a top-level 'ignore:' list", yaml.Documents[0].RootNode.Start.Line, yaml.Documents[0].RootNode.Start.Column);
        }

        return new IgnoreFile([.. items.Children.Select(Entry)]);
    }

    /// <summary>The entry that hides this finding today, if any (expired entries never do).</summary>
    public IgnoreEntry? Match(Finding finding, DateOnly today) =>
        Entries.FirstOrDefault(e => !e.IsExpired(today) && e.Matches(finding));

    private static IgnoreEntry Entry(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw new ManifestFormatException("each ignore entry must be a mapping with id and reason", node.Start.Line, node.Start.Column);
        }

        string? Get(string key) => map.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
        var id = Get("id");
        var reason = Get("reason");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(reason))
        {
            throw new ManifestFormatException("an ignore entry needs an 'id' and a 'reason'", node.Start.Line, node.Start.Column);
        }

        DateOnly? expires = null;
        if (Get("expires") is { } text)
        {
            expires = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new ManifestFormatException($"'expires: {text}' is not a date (yyyy-mm-dd)", node.Start.Line, node.Start.Column);
        }

        return new IgnoreEntry(id, Get("package"), Get("repository"), reason, expires, (int)node.Start.Line);
    }
}

public sealed record IgnoreEntry(string Id, string? Package, string? Repository, string Reason, DateOnly? Expires, int Line)
{
    public bool IsExpired(DateOnly today) => Expires is { } expires && expires < today;

    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var idMatches = string.Equals(Id, finding.AdvisoryId, StringComparison.OrdinalIgnoreCase)
            || finding.Aliases.Any(a => string.Equals(Id, a, StringComparison.OrdinalIgnoreCase));
        return idMatches
            && (Package is null || string.Equals(Package, finding.Package, StringComparison.OrdinalIgnoreCase))
            && (Repository is null || string.Equals(Repository, finding.Repository, StringComparison.Ordinal));
    }
}
