using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;
using Sightline.Versioning.SemVer;

namespace Sightline.Versioning.Npm;

/// <summary>
/// npm versions as node-semver reads them in loose mode (https://github.com/npm/node-semver): "v1.2.3",
/// "=1.2.3", " 1.2.3 ", "1.2.3beta" and leading zeros are accepted; order is SemVer 2.0.0 precedence,
/// build metadata ignored. Loose, because manifests and lockfiles written by old tools use those forms.
/// </summary>
public sealed class NpmVersionScheme : IVersionScheme
{
    /// <summary>node-semver's MAX_LENGTH and Number.MAX_SAFE_INTEGER.</summary>
    private static readonly SemVerSyntax Syntax = new() { NpmLoose = true, MaxLength = 256, MaxNumber = (1UL << 53) - 1 };

    public Ecosystem? Ecosystem => Core.Model.Ecosystem.Npm;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        var ok = SemVerParser.TryParse(text, Syntax, out var parsed);
        version = parsed;
        return ok;
    }
}
