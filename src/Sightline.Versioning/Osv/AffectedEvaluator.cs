using System.Runtime.CompilerServices;
using Sightline.Core.Advisories;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.Osv;

/// <summary>
/// OSV's evaluation (https://ossf.github.io/osv-schema/#evaluation) for one <c>affected[]</c> entry.
/// Compiled forms are cached per entry instance, so repeated calls do not re-parse events; callers that
/// hold entries for long can keep a <see cref="CompiledAffected"/> themselves instead.
/// </summary>
public static class AffectedEvaluator
{
    private static readonly ConditionalWeakTable<AffectedPackage, CompiledAffected> Cache = [];

    /// <param name="scheme">The ecosystem's scheme; null uses <see cref="VersionSchemes.For(Core.Model.Ecosystem?)"/>.</param>
    public static AffectedVerdict Evaluate(AffectedPackage affected, string version, IVersionScheme? scheme = null) =>
        Compiled(affected, scheme).Evaluate(version);

    public static AffectedVerdict Evaluate(AffectedPackage affected, VersionQuery version, IVersionScheme? scheme = null) =>
        Compiled(affected, scheme).Evaluate(version);

    /// <summary>The cached compiled form, rebuilt when asked for a different scheme than it was built with.</summary>
    public static CompiledAffected Compiled(AffectedPackage affected, IVersionScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(affected);
        var wanted = scheme ?? VersionSchemes.For(affected.Ecosystem);
        if (Cache.TryGetValue(affected, out var compiled) && ReferenceEquals(compiled.Scheme, wanted))
        {
            return compiled;
        }

        compiled = CompiledAffected.Compile(affected, wanted);
        Cache.AddOrUpdate(affected, compiled);
        return compiled;
    }
}
