using Sightline.Core.Model;
using Sightline.Versioning;

namespace Sightline.Remediation.Patching;

/// <summary>Version comparisons the patchers need: never downgrade, and say "already satisfied".</summary>
internal static class PatchVersions
{
    /// <summary>True when <paramref name="declared"/> parses and is at or above <paramref name="target"/>.</summary>
    public static bool IsAtLeast(Ecosystem ecosystem, string declared, string target)
    {
        if (string.Equals(declared, target, StringComparison.Ordinal))
        {
            return true;
        }

        var scheme = VersionSchemes.For(ecosystem);
        return scheme is not null
            && scheme.TryParse(declared, out var have)
            && scheme.TryParse(target, out var want)
            && have.CompareTo(want) >= 0;
    }

    /// <summary>The request's "nothing to do": the manifest already declares the target or newer (no Problem).</summary>
    public static PatchResult Satisfied { get; } = new(null, []);
}
