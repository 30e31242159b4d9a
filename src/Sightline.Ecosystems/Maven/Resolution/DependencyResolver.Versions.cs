using Sightline.Ecosystems.Maven.Model;

namespace Sightline.Ecosystems.Maven.Resolution;

internal sealed partial class DependencyResolver
{
    /// <summary>A concrete version, or null with the reason: no version, an undefined property, a range nothing known satisfies.</summary>
    private string? ResolveVersion(EffectiveModel declaring, string groupId, string artifactId, string? version, out string reason)
    {
        var missing = declaring.Problems.Count == 0 ? string.Empty
            : $"; it may come from {string.Join(", ", declaring.Problems.Select(p => p.Requirement is null ? p.Name : p.Name + ":" + p.Requirement))}, which could not be used";
        if (string.IsNullOrEmpty(version))
        {
            reason = "no version declared or managed" + missing;
            return null;
        }

        if (Interpolator.HasExpression(version))
        {
            reason = $"version {version} not resolved: {string.Join(", ", Interpolator.Expressions(version).Select(e => "${" + e + "}"))} is not defined" + missing;
            return null;
        }

        if (!VersionRange.IsRange(version))
        {
            reason = string.Empty;
            return version;
        }

        var range = VersionRange.TryParse(version);
        var highest = range?.Highest(_session.Versions(groupId, artifactId));
        reason = range is null
            ? $"'{version}' is not a valid version range"
            : $"version range {version}: no version known to {_session.SearchedPlaces} satisfies it";
        return highest;
    }
}
