using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.SemVer;

namespace Sightline.Versioning.Go;

/// <summary>
/// Go module versions (https://go.dev/ref/mod#versions): canonical "vMAJOR.MINOR.PATCH" SemVer, with
/// pseudo-versions as pre-releases and "+incompatible" as the only build suffix, ignored for order.
/// OSV records (Go vulndb, GHSA) strip the "v", so by default it is optional; pass requireV to read
/// go.mod text exactly as the go command does.
/// </summary>
public sealed class GoVersionScheme(bool requireV = false) : IVersionScheme
{
    private static readonly SemVerSyntax Syntax = new() { OptionalV = true, OnlyIncompatibleBuild = true };

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public Ecosystem? Ecosystem => Core.Model.Ecosystem.Go;

    /// <summary>True when "v" is mandatory, as in go.mod and go.sum.</summary>
    public bool RequireV { get; } = requireV;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        version = null;
        if (text is null || (RequireV && !text.StartsWith('v')))
        {
            return false;
        }

        var ok = SemVerParser.TryParse(text, Syntax, out var parsed);
        version = parsed;
        return ok;
    }

    /// <summary>
    /// A pseudo-version names a commit, not a tag: vX.0.0-yyyymmddhhmmss-abcdefabcdef,
    /// vX.Y.Z-pre.0.yyyymmddhhmmss-abcdefabcdef or vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdefabcdef.
    /// </summary>
    public static bool IsPseudoVersion(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var identifiers = version.PrereleaseIdentifiers;
        if (identifiers.Length == 0 || !IsTimestampAndRevision(identifiers[^1].Text))
        {
            return false;
        }

        // The base form stands alone on vX.0.0; the others follow a "0" identifier.
        return identifiers.Length == 1
            ? version.Minor == 0 && version.Patch == 0
            : identifiers[^2] is { IsNumeric: true, Text: "0" };
    }

    private static bool IsTimestampAndRevision(string identifier)
    {
        var span = identifier.AsSpan();
        return span.Length == 27
            && !span[..14].ContainsAnyExceptInRange('0', '9')
            && span[14] == '-'
            && !span[15..].ContainsAnyExcept(LowerHex);
    }
}
