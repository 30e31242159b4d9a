using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.SemVer;

/// <summary>
/// Generic SemVer 2.0.0 (https://semver.org), used for OSV SEMVER ranges of any ecosystem. OSV writes
/// those versions without a "v"; one leading "v" is accepted anyway because Go versions carry it.
/// </summary>
public sealed class SemVerScheme : IVersionScheme
{
    private static readonly SemVerSyntax Syntax = new() { OptionalV = true };

    public Ecosystem? Ecosystem => null;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        var ok = SemVerParser.TryParse(text, Syntax, out var parsed);
        version = parsed;
        return ok;
    }
}
